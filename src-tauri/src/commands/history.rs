//! History screen and a run's page: runs, reconciliation, errored rows,
//! blocked duplicates, rollback, promote (CSV export: `export.rs`).

use intake_engine::{
    BlockedDuplicate, ErroredRow, PromoteResult, Reconciliation, RollbackResult, RunFilter,
    RunSummary,
};
use tauri::State;
use uuid::Uuid;

use crate::ipc::IpcResult;
use crate::state::{os_user, AppState};

#[tauri::command]
pub async fn list_runs(
    state: State<'_, AppState>,
    filter: RunFilter,
) -> IpcResult<Vec<RunSummary>> {
    Ok(state.store().await?.list_runs(&filter.normalized()).await?)
}

#[tauri::command]
pub async fn get_run(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<RunSummary> {
    state
        .store()
        .await?
        .get_run(run_id)
        .await?
        .ok_or_else(|| intake_engine::EngineError::RunNotFound(run_id).into())
}

#[tauri::command]
pub async fn reconcile_run(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<Reconciliation> {
    Ok(state.store().await?.reconcile(run_id).await?)
}

#[tauri::command]
pub async fn errored_rows(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<Vec<ErroredRow>> {
    Ok(state.store().await?.errored_rows(run_id).await?)
}

#[tauri::command]
pub async fn blocked_duplicates(
    state: State<'_, AppState>,
    run_id: Uuid,
) -> IpcResult<Vec<BlockedDuplicate>> {
    Ok(state.store().await?.blocked_duplicates(run_id).await?)
}

/// Soft-delete a run; the engine requires a non-blank reason and records the OS user.
#[tauri::command]
pub async fn rollback_run(
    state: State<'_, AppState>,
    run_id: Uuid,
    reason: String,
) -> IpcResult<RollbackResult> {
    let actor = os_user();
    Ok(state
        .store()
        .await?
        .rollback(run_id, &reason, Some(&actor))
        .await?)
}

#[tauri::command]
pub async fn promote_run(state: State<'_, AppState>, run_id: Uuid) -> IpcResult<PromoteResult> {
    Ok(state.store().await?.promote(Some(run_id)).await?)
}
