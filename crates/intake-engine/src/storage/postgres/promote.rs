//! Promotion (SPEC §2.8) after the fact: `ingest.promote_pending` turns the
//! `pending` rows of one run (or all) into `public.plaintiffs`. An import
//! that promotes does it inside its own transaction instead (see `session`),
//! through [`promote_in_session`] / [`unpromote_in_session`].

use sqlx::{PgConnection, Row};
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

/// Promote this run's pending rows inside the import's transaction (used
/// only when rows were landed `pending` and the import then promotes): each
/// row becomes `promoted` and gets its plaintiff in one statement, in a
/// function only the session that claimed the run may call (admins promote
/// any run with `ingest.promote_pending`). `finish_import_run` records the
/// run as promoted.
pub(super) async fn promote_in_session(conn: &mut PgConnection, run_id: Uuid) -> Result<()> {
    sqlx::query("SELECT ingest.promote_processing_run($1)")
        .bind(run_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Undo, inside the import's transaction, the promotion of rows landed
/// `promoted` by an import that then must not promote (nobody saw them).
pub(super) async fn unpromote_in_session(conn: &mut PgConnection, run_id: Uuid) -> Result<()> {
    sqlx::query("SELECT ingest.unpromote_processing_run($1)")
        .bind(run_id)
        .execute(conn)
        .await?;
    Ok(())
}
