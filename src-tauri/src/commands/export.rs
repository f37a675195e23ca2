//! CSV exports of a run's rows. Rust asks where to save it in the native
//! save dialog and streams the file from the database, a page at a time
//! (constant memory): the web page never names a path (least privilege: no
//! command writes wherever the page says).

use std::path::PathBuf;

use intake_engine::run_csv::{self, RunCsvKind};
use intake_engine::ErrorCode;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use uuid::Uuid;

use crate::ipc::{IpcError, IpcResult};
use crate::state::AppState;

/// TEST ONLY: when set, exports are written into this folder under their
/// suggested name instead of asking in the save dialog, which WebDriver
/// cannot click (tests/app_e2e.rs). Never set it for people.
const E2E_SAVE_DIR_ENV: &str = "INTAKE_E2E_SAVE_DIR";

/// Export the run's errored rows or blocked duplicates. Returns where the
/// file was saved, or `None` when the clerk cancelled the dialog.
#[tauri::command]
pub async fn export_run_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    run_id: Uuid,
    kind: RunCsvKind,
) -> IpcResult<Option<String>> {
    let store = state.store().await?;
    // An unknown run says so before the save dialog opens.
    if store.get_run(run_id).await?.is_none() {
        return Err(intake_engine::EngineError::RunNotFound(run_id).into());
    }
    let name = kind.suggested_file_name(run_id);
    let Some(path) = choose_path(app, name).await? else {
        return Ok(None);
    };
    // Streamed from the database to a file beside the chosen one, a page at
    // a time (constant memory), then renamed: a failed export leaves no
    // half-written file under the chosen name.
    let unwritable = |e: std::io::Error| {
        IpcError::new(
            ErrorCode::FileUnwritable,
            format!("Cannot save {}: {e}", path.display()),
        )
    };
    let mut part = path.clone().into_os_string();
    part.push(".part");
    let part = PathBuf::from(part);
    let file = std::fs::File::create(&part).map_err(unwritable)?;
    let mut out = std::io::BufWriter::new(file);
    let written = run_csv::write_run_csv(&*store, run_id, kind, &mut out).await;
    let finished = written.map_err(IpcError::from).and_then(|_| {
        use std::io::Write as _;
        out.flush().map_err(unwritable)?;
        drop(out);
        std::fs::rename(&part, &path).map_err(unwritable)
    });
    if let Err(e) = finished {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    Ok(Some(path.display().to_string()))
}

/// Export the possible cross-vendor matches the screen shows (same filter).
/// Returns where the file was saved, or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_matches_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    filter: intake_engine::matches::MatchFilter,
) -> IpcResult<Option<String>> {
    let store = state.store().await?;
    let pairs = intake_engine::ops::cross_source_matches(&*store, &filter).await?;
    let csv = intake_engine::matches::matches_csv(&pairs);
    let Some(path) = choose_path(app, "possible-matches.csv".into()).await? else {
        return Ok(None);
    };
    tokio::fs::write(&path, csv).await.map_err(|e| {
        IpcError::new(
            ErrorCode::FileUnwritable,
            format!("Cannot save {}: {e}", path.display()),
        )
    })?;
    Ok(Some(path.display().to_string()))
}

async fn choose_path(app: AppHandle, name: String) -> IpcResult<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os(E2E_SAVE_DIR_ENV) {
        return Ok(Some(PathBuf::from(dir).join(name)));
    }
    // The blocking dialog must not hold an async worker (or the main thread).
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_file_name(&name)
            .add_filter("CSV", &["csv"])
            .blocking_save_file()
    })
    .await
    .map_err(|_| IpcError::new(ErrorCode::Internal, "The save dialog closed unexpectedly."))?;
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path = picked.into_path().map_err(|_| {
        IpcError::new(
            ErrorCode::FileUnwritable,
            "Choose a folder on this computer.",
        )
    })?;
    Ok(Some(with_csv_extension(path)))
}

/// `errors` → `errors.csv`; a name that already ends in `.csv` is kept.
fn with_csv_extension(path: PathBuf) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".csv");
        PathBuf::from(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_files_end_in_csv() {
        assert_eq!(
            with_csv_extension("/t/errors".into()),
            PathBuf::from("/t/errors.csv")
        );
        assert_eq!(
            with_csv_extension("/t/e.CSV".into()),
            PathBuf::from("/t/e.CSV")
        );
        assert_eq!(
            with_csv_extension("/t/e.txt".into()),
            PathBuf::from("/t/e.txt.csv")
        );
    }
}
