//! History screen and a run's page: runs, reconciliation, errored rows,
//! blocked duplicates, rollback, promote (CSV export: `export.rs`).

use intake_engine::fixes::StoredFix;
use intake_engine::ops::{self, RollbackRequest};
use intake_engine::{
    DuplicatePage, ErroredRowPage, PlaintiffChange, PromoteResult, Reconciliation, RollbackResult,
    RowPage, RunFilter, RunSummary,
};
use tauri::State;
use uuid::Uuid;

use crate::ipc::IpcResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_runs(
    state: State<'_, AppState>,
    filter: RunFilter,
) -> IpcResult<Vec<RunSummary>> {
    Ok(ops::list_runs(&*state.store().await?, filter).await?)
}

#[tauri::command]
pub async fn get_run(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<RunSummary> {
    Ok(ops::get_run(&*state.store().await?, run_id).await?)
}

#[tauri::command]
pub async fn reconcile_run(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<Reconciliation> {
    Ok(ops::reconcile(&*state.store().await?, run_id).await?)
}

/// The fixes made to a run's rows before it was imported.
#[tauri::command]
pub async fn run_fixes(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<Vec<StoredFix>> {
    Ok(ops::run_fixes(&*state.store().await?, run_id).await?)
}

/// The vendor updates a run applied, and what its rollback restored or left.
#[tauri::command]
pub async fn run_changes(
    state: State<'_, AppState>,
    run_id: Uuid,
) -> IpcResult<Vec<PlaintiffChange>> {
    Ok(ops::plaintiff_changes(&*state.store().await?, run_id).await?)
}

/// A page of a run's errored rows (the run page's table asks as it scrolls).
#[tauri::command]
pub async fn errored_rows_page(
    state: State<'_, AppState>,
    run_id: Uuid,
    page: RowPage,
) -> IpcResult<ErroredRowPage> {
    Ok(ops::errored_rows_page(&*state.store().await?, run_id, page).await?)
}

/// A page of a run's blocked duplicates.
#[tauri::command]
pub async fn blocked_duplicates_page(
    state: State<'_, AppState>,
    run_id: Uuid,
    page: RowPage,
) -> IpcResult<DuplicatePage> {
    Ok(ops::blocked_duplicates_page(&*state.store().await?, run_id, page).await?)
}

/// Soft-delete a run; the engine requires a non-blank reason and records the OS user.
/// The reason is checked before the database is opened, as in the CLI.
#[tauri::command]
pub async fn rollback_run(
    state: State<'_, AppState>,
    run_id: Uuid,
    reason: String,
) -> IpcResult<RollbackResult> {
    let request = RollbackRequest::new(run_id, &reason, None)?;
    Ok(ops::rollback(&*state.store().await?, &request).await?)
}

#[tauri::command]
pub async fn promote_run(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<PromoteResult> {
    Ok(ops::promote(&*state.store().await?, Some(run_id)).await?)
}

/// Possible cross-vendor matches (the History's "Possible matches" screen):
/// live plaintiffs of two sources with the same email, or the same name and
/// phone, newest first.
#[tauri::command]
pub async fn cross_source_matches(
    state: State<'_, AppState>,
    filter: intake_engine::matches::MatchFilter,
) -> IpcResult<Vec<intake_engine::matches::CrossSourceMatch>> {
    Ok(ops::cross_source_matches(&*state.store().await?, &filter).await?)
}
