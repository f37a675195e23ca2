//! The claimed run's session (`ImportSession`): one dedicated connection and
//! one write transaction for all of the run's rows; `finalize` writes the
//! run's figures, `commit` makes them visible, `fail` keeps nothing.
//! Landing lives in `land`, promotion in `promote`.

use async_trait::async_trait;
use sqlx::sqlite::SqliteConnection;
use uuid::Uuid;

use super::claim::BatchLock;
use super::match_keys::RunMatchKeys;
use super::now_text;
use super::reconcile::fetch_reconciliation;
use super::runs::fetch_summary;
use crate::error::{EngineError, Result};
use crate::error_code::ErrorCode;
use crate::model::*;
use crate::storage::ImportSession;

/// A claimed run. Field order matters for `Drop`: the connection (and with
/// it the open transaction) goes before the batch lock is released.
pub(super) struct SqliteSession {
    pub(super) conn: SqliteConnection,
    pub(super) run_id: Uuid,
    pub(super) run_id_text: String,
    pub(super) source_system: String,
    pub(super) in_transaction: bool,
    /// New rows land as `promoted` and get their plaintiff chunk by chunk
    /// (the promote hint); otherwise they land as `pending`.
    pub(super) promote_on_land: bool,
    /// A chunk has landed: `promote_on_land` is fixed from then on.
    pub(super) landing_started: bool,
    /// The largest raw id before the run's first chunk: its rows are the
    /// ones above (the session holds the write lock).
    pub(super) first_raw_after: Option<i64>,
    /// The promoted rows' match keys, gathered as they land.
    pub(super) run_keys: Option<super::match_keys::RunMatchKeys>,
    /// Gathered keys `commit` writes after the run's commit.
    pub(super) keys_after_commit: Option<super::match_keys::RunMatchKeys>,
    /// For the checkpoint that runs beside that write.
    pub(super) pool: sqlx::SqlitePool,
    pub(super) counts: ChunkCounts,
    /// Apply the run's changed rows in `finalize` (`apply_updates`).
    pub(super) apply_updates: bool,
    /// What `finalize` found and applied.
    pub(super) update_counts: UpdateCounts,
    pub(super) _lock: BatchLock,
}

impl SqliteSession {
    pub(super) async fn ensure_transaction(&mut self) -> Result<()> {
        if !self.in_transaction {
            sqlx::query("BEGIN IMMEDIATE")
                .execute(&mut self.conn)
                .await?;
            self.in_transaction = true;
        }
        Ok(())
    }

    /// Roll back the run's open transaction, if any. SQLite may already have
    /// rolled it back by itself (after SQLITE_FULL or an I/O error): the
    /// ROLLBACK then fails with "no transaction is active", which must not
    /// keep the failure from being recorded.
    pub(super) async fn rollback_rows(&mut self) {
        if self.in_transaction {
            self.in_transaction = false;
            if let Err(e) = sqlx::query("ROLLBACK").execute(&mut self.conn).await {
                tracing::debug!("Rollback of run {}: {e}", self.run_id);
            }
        }
    }

    /// `finalize`: repair a wrong promotion hint, write the counts and the
    /// `completed` mark, and reconcile — all inside the run's transaction.
    async fn finalize_in_transaction(
        &mut self,
        fetched: i64,
        promote: bool,
    ) -> Result<Reconciliation> {
        self.ensure_transaction().await?;
        // Runs keyed after their commit that were not (their importer died):
        // before this run's updates rekey plaintiffs.
        super::match_keys::flush_pending(&mut self.conn).await?;
        let now = now_text();
        // A run without skipped rows (a file of new records) has no changes.
        if self.counts.skipped > 0 {
            self.update_counts = super::updates::apply_in_session(
                &mut self.conn,
                &self.run_id_text,
                self.apply_updates,
            )
            .await?;
        }
        self.repair_promotion(promote, &now).await?;
        // The promoted rows' keys into the key tables: as gathered while
        // landing, after the commit (`commit`); or read from the table now
        // when they were promoted only now (or the gathering lost count).
        let gathered = self.run_keys.take();
        // A large run wrote its first keys while landing, up to this raw id.
        let written = gathered.as_ref().and_then(RunMatchKeys::written_through);
        if let (true, Some(first_after)) = (promote, self.first_raw_after) {
            let after = written.unwrap_or(first_after);
            let gathered = match gathered {
                Some(keys) if self.promote_on_land => {
                    keys.count_holds(&mut self.conn).await?.then_some(keys)
                }
                _ => None,
            };
            if let Some(keys) = gathered {
                super::match_keys::mark_pending(&mut self.conn, &self.run_id_text, after).await?;
                self.keys_after_commit = Some(keys);
            } else if !crate::match_keys::deferred_for_bench() {
                super::match_keys::index_run(
                    &mut self.conn,
                    &self.run_id_text,
                    &self.source_system,
                    after,
                )
                .await?;
            }
        } else if let (Some(first_after), Some(through)) = (self.first_raw_after, written) {
            // Promoted while landing but not to be promoted after all: the
            // keys written while landing go with the plaintiffs.
            super::match_keys::unwrite(&mut self.conn, &self.run_id_text, first_after, through)
                .await?;
        }
        sqlx::query(
            "UPDATE import_runs
                SET status = 'completed', rows_fetched = ?2, rows_inserted = ?3,
                    rows_skipped = ?4, rows_errored = ?5, promoted = ?6, finished_at = ?7
              WHERE id = ?1",
        )
        .bind(self.run_id_text.as_str())
        .bind(fetched)
        .bind(self.counts.inserted)
        .bind(self.counts.skipped)
        .bind(self.counts.errored)
        .bind(promote)
        .bind(&now)
        .execute(&mut self.conn)
        .await?;
        fetch_reconciliation(&mut self.conn, self.run_id)
            .await?
            .ok_or(EngineError::RunNotFound(self.run_id))
    }

    /// After the run's commit: copy it into the database file (a checkpoint,
    /// on a connection of the pool) while this connection writes the keys
    /// gathered for after the commit — two threads at once, where the
    /// commit's own checkpoint and the keys took turns (~2 s of a 1M-row
    /// import). A failed key write leaves the run in `match_keys_pending`
    /// for the next writer (`flush_pending`); the import stands.
    async fn checkpoint_and_write_keys(&mut self) {
        let pool = self.pool.clone();
        let checkpoint = async move {
            let mut conn = pool.acquire().await?;
            sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&mut *conn)
                .await?;
            Ok::<(), EngineError>(())
        };
        let keys = self.keys_after_commit.take();
        let (conn, run, source) = (&mut self.conn, &self.run_id_text, &self.source_system);
        let write = async move {
            match keys {
                Some(keys) => super::match_keys::write_pending(conn, run, source, keys).await,
                None => Ok(()),
            }
        };
        let (checkpointed, written) = tokio::join!(checkpoint, write);
        if let Err(e) = checkpointed {
            tracing::debug!("Checkpoint after import: {e}");
        }
        if let Err(e) = written {
            tracing::warn!(
                "Match keys of run {} left for the next writer: {e}",
                self.run_id
            );
        }
    }

    /// The checkpoint has copied the run into the database file; cut the
    /// WAL (as large as the run) back to nothing so it does not sit on disk
    /// until the next write. Best effort and without waiting: if a reader
    /// or the next writer is busy, the WAL is cut back to
    /// `journal_size_limit` when it is next reused.
    async fn truncate_wal(&mut self) {
        for pragma in ["PRAGMA busy_timeout = 0", "PRAGMA wal_checkpoint(TRUNCATE)"] {
            if let Err(e) = sqlx::query(pragma).execute(&mut self.conn).await {
                tracing::debug!("WAL not truncated after import: {e}");
                return;
            }
        }
    }

    /// Roll back the rows (if any) and record the run as failed.
    pub(super) async fn record_failure(&mut self, code: ErrorCode, message: &str) -> Result<()> {
        self.rollback_rows().await;
        sqlx::query(
            "UPDATE import_runs
                SET status = 'failed', finished_at = ?2,
                    error_details = json_object('code', ?3, 'message', ?4)
              WHERE id = ?1 AND status = 'processing'",
        )
        .bind(self.run_id_text.as_str())
        .bind(now_text())
        .bind(code.as_str())
        .bind(crate::pii::redact(message))
        .execute(&mut self.conn)
        .await?;
        Ok(())
    }
}

#[async_trait]
impl ImportSession for SqliteSession {
    fn run_id(&self) -> Uuid {
        self.run_id
    }

    fn expect_promotion(&mut self, promote: bool) {
        if !self.landing_started {
            self.promote_on_land = promote;
        }
    }

    fn apply_updates(&mut self, apply: bool) {
        self.apply_updates = apply;
    }

    fn update_counts(&self) -> UpdateCounts {
        self.update_counts
    }

    async fn land(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts> {
        self.land_chunk(rows).await
    }

    async fn finalize(&mut self, fetched: i64, promote: bool) -> Result<Reconciliation> {
        self.finalize_in_transaction(fetched, promote).await
    }

    async fn commit(mut self: Box<Self>) -> Result<RunSummary> {
        if let Err(e) = sqlx::query("COMMIT").execute(&mut self.conn).await {
            // Nothing committed: roll back and record the run as failed, so
            // it never stays `processing` (SQLite keeps the transaction open
            // after a failed COMMIT, e.g. on SQLITE_BUSY).
            let error = EngineError::from(e);
            if let Err(record_err) = self
                .record_failure(error.error_code(), &error.to_string())
                .await
            {
                tracing::error!(
                    "Could not record the failed run {}: {record_err}",
                    self.run_id
                );
            }
            return Err(error);
        }
        self.in_transaction = false;
        self.checkpoint_and_write_keys().await;
        let summary = fetch_summary(&mut self.conn, self.run_id).await?;
        self.truncate_wal().await;
        Ok(summary)
    }

    async fn record_run_notes(&mut self, notes: &crate::fixes::RunNotes) -> Result<()> {
        self.ensure_transaction().await?;
        super::fixes::record_run_notes(&mut self.conn, &self.run_id_text, notes).await
    }

    async fn fail(mut self: Box<Self>, code: ErrorCode, message: &str) -> Result<()> {
        self.record_failure(code, message).await
    }
}
