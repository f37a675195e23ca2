//! Claiming a batch (SPEC §2.2): `ingest.claim_import_run` records the run
//! as `processing` and takes the session-level advisory lock that marks its
//! importer alive, on the connection the import session then owns. Also the
//! dry run's question "which completed run holds this batch", and the lock
//! that gives imports of one source their turn to land rows.

use sqlx::{Executor, Row};
use uuid::Uuid;

use super::runs::{run_summary, summary_from_row, COMPLETED_RUN_SUMMARY};
use super::{discard, PgImportSession, PgStorage};
use crate::error::{db_error, EngineError, Result};
use crate::model::*;
use crate::storage::Claim;

pub(super) async fn find_completed_batch(
    storage: &PgStorage,
    id: &BatchIdentity,
) -> Result<Option<RunSummary>> {
    let sql = format!(
        "{COMPLETED_RUN_SUMMARY} \
         WHERE source_system = lower(trim($1)) \
           AND coalesce(source_batch_id, '') = coalesce(nullif(trim($2), ''), '') \
           AND file_hash = $3 AND status = 'completed' \
         ORDER BY created_at DESC LIMIT 1"
    );
    let row = sqlx::query(&sql)
        .bind(&id.source_system)
        .bind(&id.source_batch_id)
        .bind(&id.file_hash)
        .fetch_optional(&storage.pool)
        .await?;
    row.as_ref().map(summary_from_row).transpose()
}

pub(super) async fn claim(
    storage: &PgStorage,
    id: &BatchIdentity,
    meta: &RunMeta,
) -> Result<Claim> {
    // The claim runs on the connection the session will own: the
    // session-level advisory lock it takes marks this importer as alive.
    let mut conn = storage.pool.acquire().await?;
    let claimed = sqlx::query(
        "SELECT outcome, run_id, lower(trim($1)) AS source_system \
         FROM ingest.claim_import_run($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id.source_system)
    .bind(&id.source_batch_id)
    .bind(&id.file_hash)
    .bind(&meta.filename)
    .bind(&meta.file_kind)
    .bind(&meta.imported_by)
    .fetch_one(&mut *conn)
    .await;
    let row = match claimed {
        Ok(row) => row,
        Err(err) => {
            discard(conn);
            return Err(db_error(err));
        }
    };
    let outcome: String = row.try_get("outcome")?;
    let run_id: Uuid = row.try_get("run_id")?;
    let source_system: String = row.try_get("source_system")?;
    match outcome.as_str() {
        "claimed" => {
            if let Err(err) = conn.execute("BEGIN").await {
                discard(conn);
                return Err(db_error(err));
            }
            Ok(Claim::Claimed(Box::new(PgImportSession::new(
                conn,
                storage.pool.clone(),
                run_id,
                source_system,
                source_turn_lock_key(&id.source_system),
            ))))
        }
        "duplicate" => {
            drop(conn);
            Ok(Claim::Duplicate(run_summary(storage, run_id).await?))
        }
        "in_progress" => {
            drop(conn);
            Ok(Claim::InProgress(run_summary(storage, run_id).await?))
        }
        other => {
            discard(conn);
            Err(EngineError::Database(format!(
                "unexpected claim outcome '{other}'"
            )))
        }
    }
}

/// The transaction-level advisory lock that gives imports of one source
/// their turn to land rows (`ImportSession::try_take_turn`); `export-to`
/// takes it too. The dedupe key hashes the normalized source, so only
/// imports of the same normalized source can meet each other's keys.
/// 64 bits of SHA-256: no two sources share a turn by accident.
pub(crate) fn source_turn_lock_key(source: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(b"plaintiff-intake source turn\0")
        .chain_update(crate::dedupe_key::normalize_source(source).as_bytes())
        .finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}
