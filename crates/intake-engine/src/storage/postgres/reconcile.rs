//! Reconciliation (SPEC §2.7): the run's reported counts against the rows
//! stored for it, from `ingest.reconcile_import_run` (and, inside an import,
//! from `ingest.finish_import_run`, which returns the same figures).

use sqlx::postgres::PgRow;
use sqlx::Row;
use uuid::Uuid;

use super::runs::{fail_dead_runs, run_status};
use super::PgStorage;
use crate::error::{EngineError, Result};
use crate::model::*;

pub(super) fn reconciliation_from_row(row: &PgRow) -> Result<Reconciliation> {
    let status: String = row.try_get("status")?;
    Ok(Reconciliation {
        run_id: row.try_get("run_id")?,
        status: run_status(&status)?,
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
    })
}

pub(super) async fn reconcile(storage: &PgStorage, run_id: Uuid) -> Result<Reconciliation> {
    let fetch = || {
        sqlx::query("SELECT * FROM ingest.reconcile_import_run($1)")
            .bind(run_id)
            .fetch_optional(&storage.pool)
    };
    let mut row = fetch().await?;
    if let Some(recon) = row.as_ref().map(reconciliation_from_row).transpose()? {
        if recon.status == RunStatus::Processing && fail_dead_runs(storage, Some(run_id)).await > 0
        {
            row = fetch().await?;
        }
    }
    match row {
        Some(row) => reconciliation_from_row(&row),
        None => Err(EngineError::RunNotFound(run_id)),
    }
}
