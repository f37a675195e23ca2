//! The desktop shell: Tauri commands that translate between IPC and the
//! engine (`intake-engine`). No import logic lives here.

mod commands;
mod ipc;
mod notify;
mod open_file;
mod preview_store;
mod state;

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
        .manage(AppState::default())
        .manage(open_file::LaunchFile::new(launch_file))
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
            commands::export::export_run_csv,
            commands::support::log_ui_error,
            commands::support::diagnostics,
            open_file::take_launch_file,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Plaintiff Intake app");
}
