//! The desktop shell: Tauri commands that translate between IPC and the
//! engine (`intake-engine`). No import logic lives here.

mod commands;
mod ipc;
mod notify;
mod open_file;
mod preview_store;
mod state;
mod updates;

pub use ipc::{IpcError, PreviewEvent, PreviewPage};

use state::AppState;

/// Where the app's daily log files are.
pub(crate) fn log_dir() -> std::path::PathBuf {
    intake_engine::config::data_dir().join("logs")
}

pub fn run() {
    let _log_guard = intake_engine::logging::init_app(&log_dir());
    let launch_file = std::env::current_dir()
        .ok()
        .and_then(|cwd| open_file::file_argument(&std::env::args().collect::<Vec<_>>(), &cwd));

    tauri::Builder::default()
        // First: a second launch hands its file to this window and exits.
        .plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
            open_file::second_launch(app, args, cwd)
        }))
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(
                    tauri_plugin_window_state::StateFlags::SIZE
                        | tauri_plugin_window_state::StateFlags::POSITION
                        | tauri_plugin_window_state::StateFlags::MAXIMIZED,
                )
                .build(),
        )
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .plugin(updates::startup_check())
        .manage(AppState::default())
        .manage(open_file::LaunchFile::new(launch_file))
        .invoke_handler(commands::invoke_handler())
        .run(tauri::generate_context!())
        .expect("error while running the Plaintiff Intake app");
}
