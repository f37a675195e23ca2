//! Promotion (SPEC §2.8) after the fact: `ingest.promote_pending` turns the
//! `pending` rows of one run (or all) into `public.plaintiffs`. An import
//! that promotes does it inside its own transaction instead (see `session`).

use sqlx::Row;
use uuid::Uuid;

use super::PgStorage;
use crate::error::{EngineError, Result};
use crate::model::*;

pub(super) async fn promote(storage: &PgStorage, run_id: Option<Uuid>) -> Result<PromoteResult> {
    if let Some(id) = run_id {
        let exists: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM ingest.import_runs WHERE id = $1)")
                .bind(id)
                .fetch_one(&storage.pool)
                .await?;
        if !exists {
            return Err(EngineError::RunNotFound(id));
        }
    }
    let row = sqlx::query("SELECT runs, promoted FROM ingest.promote_pending($1)")
        .bind(run_id)
        .fetch_one(&storage.pool)
        .await?;
    Ok(PromoteResult {
        runs: row.try_get("runs")?,
        promoted: row.try_get("promoted")?,
    })
}
