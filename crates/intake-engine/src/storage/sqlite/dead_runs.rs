//! Runs whose importer is gone. A `processing` run is alive while its
//! importer holds the batch's lock file; when that process ends without
//! recording the run's end (kill -9, a crash, a full disk that kept it from
//! writing its failure) the OS frees the lock. The next command that looks
//! at the run then records it as failed, and `rollback` accepts it.

use std::time::Duration;

use sqlx::{ConnectOptions, Connection, Row, SqliteConnection};
use uuid::Uuid;

use super::claim::BatchLock;
use super::{now_text, parse_uuid, SqliteStorage};
use crate::error::Result;
use crate::error_code::ErrorCode;
use crate::model::{BatchIdentity, RunStatus, RunSummary};

pub(super) const GONE_MESSAGE: &str =
    "The importer stopped before finishing (its process ended); nothing of this run was kept";

/// How long a reader waits to record dead runs: another import may hold the
/// write lock for minutes, and a listing must not wait for it.
const RECORD_WAIT: Duration = Duration::from_millis(500);

/// A processing run whose importer is gone, with its batch lock now held by
/// this process (so nobody claims the batch until the run is recorded).
pub(super) struct DeadRun {
    pub run_id: Uuid,
    _lock: BatchLock,
}

impl SqliteStorage {
    /// The processing runs (all, or `only`) whose batch lock is free.
    pub(super) async fn dead_runs(&self, only: Option<Uuid>) -> Result<Vec<DeadRun>> {
        let rows = sqlx::query(
            "SELECT id, source_system, source_batch_id, file_hash FROM import_runs
              WHERE status = 'processing' AND (?1 IS NULL OR id = ?1)",
        )
        .bind(only.map(|id| id.to_string()))
        .fetch_all(&self.pool)
        .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        std::fs::create_dir_all(&self.lock_dir).ok();
        let mut dead = Vec::new();
        for row in rows {
            let identity = BatchIdentity {
                source_system: row.try_get("source_system")?,
                source_batch_id: row.try_get("source_batch_id")?,
                file_hash: row.try_get("file_hash")?,
            };
            if let Some(lock) = BatchLock::try_acquire(&self.lock_path(&identity))? {
                dead.push(DeadRun {
                    run_id: parse_uuid(row.try_get("id")?)?,
                    _lock: lock,
                });
            }
        }
        Ok(dead)
    }

    /// Record dead processing runs (all, or `only`) as failed, for readers:
    /// best effort, waiting briefly for the write lock. Returns the dead
    /// runs found and whether they were recorded.
    pub(super) async fn fail_dead_runs(&self, only: Option<Uuid>) -> (Vec<Uuid>, bool) {
        let dead = match self.dead_runs(only).await {
            Ok(dead) => dead,
            Err(e) => {
                tracing::debug!("Cannot tell whether processing runs are alive: {e}");
                return (Vec::new(), false);
            }
        };
        if dead.is_empty() {
            return (Vec::new(), false);
        }
        let ids: Vec<Uuid> = dead.iter().map(|d| d.run_id).collect();
        let recorded = async {
            let mut conn = self
                .options
                .clone()
                .busy_timeout(RECORD_WAIT)
                .connect()
                .await?;
            let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
            for id in &ids {
                mark_gone(&mut tx, *id).await?;
            }
            tx.commit().await?;
            conn.close().await.ok();
            Ok::<_, crate::error::EngineError>(())
        }
        .await;
        drop(dead);
        match recorded {
            Ok(()) => {
                for id in &ids {
                    tracing::warn!("Import run {id} had lost its importer: recorded as failed");
                }
                (ids, true)
            }
            Err(e) => {
                tracing::debug!("Dead runs not recorded yet: {e}");
                (ids, false)
            }
        }
    }

    /// Show dead runs as failed in a listing, recording them when possible.
    /// Returns true when the runs must be read again (they were recorded).
    pub(super) async fn settle_dead_runs(&self, runs: &mut [RunSummary]) -> bool {
        if !runs.iter().any(|r| r.status == RunStatus::Processing) {
            return false;
        }
        let only = match runs {
            [one] => Some(one.id),
            _ => None,
        };
        let (dead, recorded) = self.fail_dead_runs(only).await;
        if recorded {
            return !dead.is_empty();
        }
        for run in runs.iter_mut().filter(|r| dead.contains(&r.id)) {
            run.status = RunStatus::Failed;
            run.error_message = Some(GONE_MESSAGE.to_string());
        }
        false
    }
}

/// Inside a write transaction: record a processing run as failed because its
/// importer is gone. The caller holds the run's batch lock.
pub(super) async fn mark_gone(conn: &mut SqliteConnection, run_id: Uuid) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE import_runs
            SET status = 'failed', finished_at = ?2,
                error_details = json_object('code', ?3, 'message', ?4)
          WHERE id = ?1 AND status = 'processing'",
    )
    .bind(run_id.to_string())
    .bind(now_text())
    .bind(ErrorCode::Abandoned.as_str())
    .bind(GONE_MESSAGE)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
