//! The desktop shell: Tauri commands that translate between IPC and the
//! engine (`intake-engine`). No import logic lives here.

mod commands;
mod ipc;
mod preview_store;
mod state;

pub use ipc::{IpcError, PreviewEvent, PreviewPage};

use state::AppState;

pub fn run() {
    let log_dir = intake_engine::config::data_dir().join("logs");
    let _log_guard = intake_engine::logging::init_app(&log_dir);

    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::default())
        .invoke_handler(commands::invoke_handler())
        .run(tauri::generate_context!())
        .expect("error while running the Plaintiff Intake app");
}
