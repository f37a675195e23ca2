//! Rolling a run back (SPEC §2.10): its plaintiffs soft-deleted, its raw
//! rows marked `rolled_back`, the reason and actor recorded. The request
//! comes checked (`crate::rollback`); a processing run whose importer is
//! gone is recorded as failed first.

use uuid::Uuid;

use super::{dead_runs, now_text, SqliteStorage};
use crate::error::{EngineError, Result};
use crate::model::*;
use crate::rollback::RollbackRequest;

pub(super) async fn rollback_run(
    store: &SqliteStorage,
    run_id: Uuid,
    request: &RollbackRequest,
) -> Result<RollbackResult> {
    let reason = request.reason();
    // No database login to name: the actor is the OS user.
    let actor = request
        .actor()
        .map(str::to_string)
        .unwrap_or_else(crate::actor::os_user);
    let run_text = run_id.to_string();
    // A processing run whose importer is gone is recorded as failed and
    // rolled back; its batch lock is held meanwhile, so nobody claims it.
    let gone = store.dead_runs(Some(run_id)).await?.pop();
    let mut tx = store.begin_immediate().await?;
    let status: Option<String> = sqlx::query_scalar("SELECT status FROM import_runs WHERE id = ?1")
        .bind(&run_text)
        .fetch_optional(&mut *tx)
        .await?;
    match status.as_deref() {
        None => return Err(EngineError::RunNotFound(run_id)),
        Some("completed") => {}
        Some("processing") if gone.is_some() => {
            dead_runs::mark_gone(&mut tx, run_id).await?;
            tracing::warn!("Import run {run_id} had lost its importer: recorded as failed");
        }
        Some(other) => {
            return Err(EngineError::NotRollbackable {
                run_id,
                status: other.to_string(),
            })
        }
    }
    let now = now_text();
    // Through the raw rows' links (primary-key lookups): no index on
    // plaintiffs.import_run_id to maintain on every promotion.
    let plaintiffs_removed = sqlx::query(
        "UPDATE plaintiffs SET deleted_at = ?2, deleted_reason = ?3
          WHERE id IN (SELECT plaintiff_id FROM plaintiffs_raw
                        WHERE import_run_id = ?1 AND plaintiff_id IS NOT NULL)
            AND deleted_at IS NULL",
    )
    .bind(&run_text)
    .bind(&now)
    .bind(reason)
    .execute(&mut *tx)
    .await?
    .rows_affected() as i64;
    super::match_keys::flush_pending(&mut tx).await?;
    super::match_keys::unindex_run(&mut tx, &run_text).await?;
    let rows_rolled_back = sqlx::query(
        "UPDATE plaintiffs_raw SET status_before_rollback = status, status = 'rolled_back'
          WHERE import_run_id = ?1 AND status <> 'rolled_back'",
    )
    .bind(&run_text)
    .execute(&mut *tx)
    .await?
    .rows_affected() as i64;
    sqlx::query(
        "UPDATE import_runs
            SET status = 'rolled_back',
                error_details = json_set(error_details,
                    '$.rollback_reason', ?2, '$.rolled_back_by', ?3, '$.rolled_back_at', ?4)
          WHERE id = ?1",
    )
    .bind(&run_text)
    .bind(reason)
    .bind(&actor)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    super::updates::restore_in_rollback(&mut tx, &run_text, &actor, &now).await?;
    tx.commit().await?;
    drop(gone);
    tracing::info!("Rolled back import run {run_id}: {rows_rolled_back} rows");
    let log = super::updates::plaintiff_changes(store, run_id).await?;
    Ok(RollbackResult::with_log(
        run_id,
        rows_rolled_back,
        plaintiffs_removed,
        log,
    ))
}
