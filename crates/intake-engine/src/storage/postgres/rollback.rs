//! Rollback (SPEC §2.9): `ingest.rollback_import_run` soft-deletes a run's
//! rows and plaintiffs with a reason; its SQLSTATEs become engine errors.

use sqlx::Row;
use uuid::Uuid;

use super::runs::get_run;
use super::{sqlstate, PgStorage};
use crate::error::{db_error, EngineError, Result};
use crate::model::*;
use crate::rollback::RollbackRequest;

/// Custom SQLSTATEs raised by the migration's functions.
const SQLSTATE_REASON_REQUIRED: &str = "IN001";
const SQLSTATE_RUN_NOT_FOUND: &str = "IN002";
const SQLSTATE_WRONG_RUN_STATUS: &str = "IN003";

pub(super) async fn rollback(
    storage: &PgStorage,
    run_id: Uuid,
    request: &RollbackRequest,
) -> Result<RollbackResult> {
    // The SQL function checks the reason again (`IN001`): it is also the
    // guard for a DBA calling it directly.
    let result = sqlx::query(
        "SELECT run_id, rows_rolled_back, plaintiffs_removed \
         FROM ingest.rollback_import_run($1, $2, $3)",
    )
    .bind(run_id)
    .bind(request.reason())
    .bind(request.actor())
    .fetch_one(&storage.pool)
    .await;
    match result {
        Ok(row) => {
            // What the rollback restored or left is in the change log.
            let log = super::updates::plaintiff_changes(storage, run_id).await?;
            Ok(RollbackResult::with_log(
                row.try_get("run_id")?,
                row.try_get("rows_rolled_back")?,
                row.try_get("plaintiffs_removed")?,
                log,
            ))
        }
        Err(err) => match sqlstate(&err).as_deref() {
            Some(SQLSTATE_REASON_REQUIRED) => Err(EngineError::ReasonRequired),
            Some(SQLSTATE_RUN_NOT_FOUND) => Err(EngineError::RunNotFound(run_id)),
            Some(SQLSTATE_WRONG_RUN_STATUS) => {
                let status = get_run(storage, run_id)
                    .await?
                    .map(|run| run.status.as_str().to_string())
                    .unwrap_or_default();
                Err(EngineError::NotRollbackable { run_id, status })
            }
            _ => Err(db_error(err)),
        },
    }
}
