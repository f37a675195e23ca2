//! The desktop shell: Tauri commands that translate between IPC and the
//! engine (`intake-engine`). No import logic lives here.

mod commands;
mod ipc;
mod preview_store;
mod state;
mod updates;

pub use ipc::{IpcError, PreviewEvent, PreviewPage};

use state::AppState;

pub fn run() {
    let log_dir = intake_engine::config::data_dir().join("logs");
    let _log_guard = intake_engine::logging::init_app(&log_dir);

    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .plugin(updates::startup_check())
        .manage(AppState::default())
        .invoke_handler(tauri::generate_handler![
            commands::settings::connection_info,
            commands::settings::reconnect,
            commands::settings::get_settings,
            commands::settings::save_settings,
            commands::settings::save_profile,
            commands::settings::delete_profile,
            commands::settings::test_connection,
            commands::import::start_preview,
            commands::import::preview_rows,
            commands::import::discard_preview,
            commands::import::import_file,
            commands::import::cancel_job,
            commands::history::list_runs,
            commands::history::get_run,
            commands::history::reconcile_run,
            commands::history::errored_rows,
            commands::history::blocked_duplicates,
            commands::history::rollback_run,
            commands::history::promote_run,
            commands::history::write_csv_file,
            updates::check_for_update,
            updates::install_update,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Plaintiff Intake app");
}
