//! Reconciliation (SPEC §2.9): the counts a run reported against the rows it
//! stored (`v_import_reconciliation`).

use sqlx::sqlite::SqliteConnection;
use sqlx::Row;
use uuid::Uuid;

use super::{parse_status, SqliteStorage};
use crate::error::{EngineError, Result};
use crate::model::*;

pub(super) async fn reconcile(store: &SqliteStorage, run_id: Uuid) -> Result<Reconciliation> {
    let fetch = || async move {
        let mut conn = store.pool.acquire().await?;
        fetch_reconciliation(&mut conn, run_id)
            .await?
            .ok_or(EngineError::RunNotFound(run_id))
    };
    let recon = fetch().await?;
    if recon.status == RunStatus::Processing {
        let (_, recorded) = store.fail_dead_runs(Some(run_id)).await;
        if recorded {
            return fetch().await;
        }
    }
    Ok(recon)
}

pub(super) async fn fetch_reconciliation(
    conn: &mut SqliteConnection,
    run_id: Uuid,
) -> Result<Option<Reconciliation>> {
    let row = sqlx::query("SELECT * FROM v_import_reconciliation WHERE import_run_id = ?1")
        .bind(run_id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Reconciliation {
        run_id,
        status: parse_status(row.try_get("status")?)?,
        reported_fetched: row.try_get("reported_fetched")?,
        reported_inserted: row.try_get("reported_inserted")?,
        reported_skipped: row.try_get("reported_skipped")?,
        reported_errored: row.try_get("reported_errored")?,
        actual_total: row.try_get("actual_total")?,
        actual_inserted: row.try_get("actual_inserted")?,
        actual_skipped: row.try_get("actual_skipped")?,
        actual_errored: row.try_get("actual_errored")?,
        fetched_discrepancy: row.try_get("fetched_discrepancy")?,
        inserted_discrepancy: row.try_get("inserted_discrepancy")?,
        skipped_discrepancy: row.try_get("skipped_discrepancy")?,
        errored_discrepancy: row.try_get("errored_discrepancy")?,
        is_reconciled: row.try_get("is_reconciled")?,
    }))
}
