//! Support: UI errors into the app's redacted log, and the diagnostics text
//! for "Copy diagnostics" in Settings.

use intake_engine::diagnostics::{self, DiagnosticFacts};
use intake_engine::BackendKind;
use tauri::State;

use crate::ipc::IpcResult;
use crate::state::AppState;

/// Longest message / context written per UI error (a runaway message must
/// not flood the log).
const MAX_FIELD: usize = 2_000;

fn clipped(text: &str) -> &str {
    match text.char_indices().nth(MAX_FIELD) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// An error the UI showed: its code, its message and where it was shown.
/// Goes through the log's redaction like every other line.
#[tauri::command]
pub fn log_ui_error(code: String, message: String, context: String) {
    intake_engine::logging::record_ui_error(clipped(&code), clipped(&message), clipped(&context));
}

/// Version, database kind, OS and the last log lines, PII-masked.
#[tauri::command]
pub async fn diagnostics(state: State<'_, AppState>) -> IpcResult<String> {
    let database = match state.connection().await {
        Ok(conn) => match conn.store.backend() {
            BackendKind::Sqlite => "Embedded (SQLite, this computer)".to_string(),
            BackendKind::Postgres => format!(
                "PostgreSQL ({}{})",
                conn.resolved.origin,
                conn.resolved
                    .environment
                    .as_deref()
                    .map(|e| format!(", {e}"))
                    .unwrap_or_default()
            ),
        },
        Err(e) => format!("not connected ({})", e.code),
    };
    let facts = DiagnosticFacts {
        app_version: env!("CARGO_PKG_VERSION"),
        database: &database,
    };
    Ok(diagnostics::diagnostics_text(&facts, &crate::log_dir()))
}
