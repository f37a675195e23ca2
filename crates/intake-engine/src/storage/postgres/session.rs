//! The claimed run's import session: its lifecycle on the connection the
//! claim took (the run's transaction and the liveness lock), the source's
//! turn to land, and the end — finalize (promote if asked, record the counts,
//! reconcile), then commit or fail (roll back, record why) as the pipeline
//! decides (`pipeline::complete_run`). Rows land in [`super::land`].

use async_trait::async_trait;
use sqlx::pool::PoolConnection;
use sqlx::{Executor, PgPool, Postgres};
use uuid::Uuid;

use super::copy::copy_buffer;
use super::discard;
use super::lost::{is_connection_lost, record_lost_run, LostRunOutcome};
use super::match_keys::{fill_run, MatchKeyTask};
use super::promote::{promote_in_session, unpromote_in_session};
use super::reconcile::reconciliation_from_row;
use super::runs::{summary_from_row, COMPLETED_RUN_SUMMARY};
use crate::error::{db_error, EngineError, Result};
use crate::error_code::ErrorCode;
use crate::model::*;
use crate::storage::ImportSession;

pub struct PgImportSession {
    /// `None` once finished or failed; dropping a session that still has it
    /// closes the connection (see `Drop`).
    pub(super) conn: Option<PoolConnection<Postgres>>,
    /// For recording the run from a new connection when this one is lost.
    pub(super) pool: PgPool,
    /// The connection broke during the import (see `super::lost`).
    pub(super) lost: bool,
    pub(super) run_id: Uuid,
    pub(super) source_system: String,
    /// Land new rows as `promoted` (with their plaintiffs) rather than `pending`.
    pub(super) promote_on_land: bool,
    pub(super) stage_created: bool,
    pub(super) counts: ChunkCounts,
    pub(super) copy_buffer: Vec<u8>,
    /// By row index: what a candidate row's key resolved to (its own raw
    /// id, or a live twin); in-file duplicates of later chunks point at it.
    /// Runs of ids and a bit a row (`resolved.rs`).
    pub(super) resolved_ids: super::resolved::ResolvedIds,
    /// Ask which candidate keys are live before COPYing a chunk. Off until
    /// a chunk meets a live key: a file of new records (the common case)
    /// then pays no check at all, and a key that is live after all makes the
    /// COPY fail (unique violation), which sends that chunk to the staging
    /// path and turns the check on.
    pub(super) expect_live_keys: bool,
    /// Chunks that fell back to the staging path.
    pub(super) fallback_chunks: u64,
    /// Raw ids reserved from the identity's sequence and not used yet
    /// (`land::take_raw_ids`): reserved in growing blocks, so a file costs a
    /// handful of round trips for its ids, not one per chunk.
    pub(super) reserved_ids: std::collections::VecDeque<i64>,
    /// Size of the next reservation.
    pub(super) next_reservation: usize,
    /// The last chunk's savepoint is still open (released together with the
    /// next chunk's `SAVEPOINT`, in one round trip).
    pub(super) savepoint_open: bool,
    /// Advisory lock key of this import's source (`source_turn_lock_key`).
    pub(super) source_turn_lock: i64,
    /// The source's turn is held (until the transaction ends).
    pub(super) has_turn: bool,
    /// Apply the run's changed rows in `finalize` (`apply_updates`).
    pub(super) apply_updates: bool,
    /// What `finalize` found and applied.
    pub(super) update_counts: UpdateCounts,
    /// The second connection writing the run's match keys beside it
    /// (`super::match_keys`); `None` before the first chunk or once given up.
    pub(super) match_keys: Option<MatchKeyTask>,
    /// The writer was opened (or could not be): open it once.
    pub(super) match_keys_opened: bool,
}

impl PgImportSession {
    pub(super) fn new(
        conn: PoolConnection<Postgres>,
        pool: PgPool,
        run_id: Uuid,
        source_system: String,
        source_turn_lock: i64,
    ) -> Self {
        PgImportSession {
            conn: Some(conn),
            pool,
            lost: false,
            run_id,
            source_system,
            // Imports promote by default (SPEC §2.8); `expect_promotion(false)`
            // avoids the unpromote pass of a review-first import.
            promote_on_land: true,
            stage_created: false,
            counts: ChunkCounts::default(),
            copy_buffer: copy_buffer(),
            resolved_ids: Default::default(),
            expect_live_keys: false,
            fallback_chunks: 0,
            reserved_ids: std::collections::VecDeque::new(),
            next_reservation: super::land::FIRST_RESERVATION,
            savepoint_open: false,
            source_turn_lock,
            has_turn: false,
            apply_updates: false,
            update_counts: UpdateCounts::default(),
            match_keys: None,
            match_keys_opened: false,
        }
    }

    pub(super) fn conn(&mut self) -> Result<&mut PoolConnection<Postgres>> {
        self.conn
            .as_mut()
            .ok_or_else(|| EngineError::Database("the import session is already closed".into()))
    }

    /// Give up the liveness lock and return the (idle) connection to the pool.
    async fn release(&mut self, mut conn: PoolConnection<Postgres>) -> Result<()> {
        match conn.execute("SELECT pg_advisory_unlock_all()").await {
            Ok(_) => Ok(()),
            Err(err) => {
                discard(conn);
                Err(db_error(err))
            }
        }
    }

    async fn record_failure(&mut self, code: ErrorCode, message: &str) -> Result<()> {
        let run_id = self.run_id;
        let conn = self.conn()?;
        let recorded = sqlx::query("SELECT ingest.fail_import_run($1, $2, $3)")
            .bind(run_id)
            .bind(code.as_str())
            .bind(message)
            .execute(&mut **conn)
            .await;
        let conn = self.conn.take().expect("session connection present");
        match recorded {
            Ok(_) => self.release(conn).await,
            Err(err) => {
                discard(conn);
                Err(db_error(err))
            }
        }
    }

    async fn finish_inner(&mut self, fetched: i64, promote: bool) -> Result<Reconciliation> {
        let run_id = self.run_id;
        let counts = self.counts;
        let promote_on_land = self.promote_on_land;
        if self.fallback_chunks > 0 {
            tracing::debug!(
                "{} chunk(s) landed through the staging path",
                self.fallback_chunks
            );
        }
        let apply = self.apply_updates;
        if let Some(keys) = self.match_keys.as_mut() {
            keys.all_sent();
        }
        let conn = self.conn()?;
        // Before promoting: the run's own pending rows are never twins. A
        // run without skipped rows (a file of new records) has no changes.
        if counts.skipped > 0 {
            self.update_counts = super::updates::apply_in_session(conn, run_id, apply).await?;
        }
        let conn = self.conn()?;
        if promote && !promote_on_land {
            promote_in_session(conn, run_id).await?;
        } else if !promote && promote_on_land && counts.inserted > 0 {
            unpromote_in_session(conn, run_id).await?;
        }
        let row = sqlx::query(
            "SELECT id AS run_id, status, reported_fetched, reported_inserted, reported_skipped, \
                    reported_errored, actual_total, actual_inserted, actual_skipped, actual_errored, \
                    fetched_discrepancy, inserted_discrepancy, skipped_discrepancy, \
                    errored_discrepancy, is_reconciled \
             FROM ingest.finish_import_run($1, $2, $3, $4, $5, $6)",
        )
        .bind(run_id)
        .bind(fetched)
        .bind(counts.inserted)
        .bind(counts.skipped)
        .bind(counts.errored)
        .bind(promote)
        .fetch_one(&mut **conn)
        .await?;
        reconciliation_from_row(&row)
    }
}

#[async_trait]
impl ImportSession for PgImportSession {
    fn run_id(&self) -> Uuid {
        self.run_id
    }

    fn expect_promotion(&mut self, promote: bool) {
        if self.counts == ChunkCounts::default() {
            self.promote_on_land = promote;
        }
    }

    fn apply_updates(&mut self, apply: bool) {
        self.apply_updates = apply;
    }

    fn update_counts(&self) -> UpdateCounts {
        self.update_counts
    }

    /// A transaction-level advisory lock per source, taken inside the run's
    /// transaction: it ends with the commit or rollback (or the connection).
    async fn try_take_turn(&mut self) -> Result<bool> {
        match self.take_turn().await {
            Ok(taken) => Ok(taken),
            Err(err) => Err(self.check_lost(err).await),
        }
    }

    async fn land(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts> {
        match self.land_rows(rows).await {
            Ok(counts) => Ok(counts),
            Err(err) => Err(self.check_lost(err).await),
        }
    }

    /// A lost connection is reported as such (`check_lost`), so `fail`
    /// records the run from a new connection.
    async fn finalize(&mut self, fetched: i64, promote: bool) -> Result<Reconciliation> {
        match self.finish_inner(fetched, promote).await {
            Ok(reconciliation) => Ok(reconciliation),
            Err(err) => Err(self.check_lost(err).await),
        }
    }

    async fn commit(mut self: Box<Self>) -> Result<RunSummary> {
        let run_id = self.run_id;
        let Some(mut conn) = self.conn.take() else {
            return Err(EngineError::Database(
                "the import session is already closed".into(),
            ));
        };
        let sql = format!("{COMPLETED_RUN_SUMMARY} WHERE id = $1");
        if let Err(err) = conn.execute("COMMIT").await {
            // Whether the commit reached the server is unknown: once this
            // backend is gone, the run says.
            let lost = is_connection_lost(&mut conn).await;
            discard(conn);
            let err = if lost {
                EngineError::ConnectionLost
            } else {
                db_error(err)
            };
            let message = err.to_string();
            match record_lost_run(&self.pool, run_id, err.error_code(), &message).await {
                Ok(LostRunOutcome::Completed) => {
                    self.finish_match_keys().await;
                    let row = sqlx::query(&sql).bind(run_id).fetch_one(&self.pool).await?;
                    summary_from_row(&row)
                }
                Ok(LostRunOutcome::Failed) => return Err(err),
                Err(record_err) => {
                    tracing::error!("Could not record the failed run: {record_err}");
                    return Err(err);
                }
            }
        } else {
            self.finish_match_keys().await;
            let summary = match sqlx::query(&sql).bind(run_id).fetch_one(&mut *conn).await {
                Ok(row) => summary_from_row(&row),
                Err(err) => Err(db_error(err)),
            };
            self.release(conn).await?;
            summary
        }
    }

    async fn record_run_notes(&mut self, notes: &crate::fixes::RunNotes) -> Result<()> {
        let run_id = self.run_id;
        let conn = self.conn()?;
        match super::fixes::record_run_notes(conn, run_id, notes).await {
            Ok(()) => Ok(()),
            Err(err) => Err(self.check_lost(err).await),
        }
    }

    async fn fail(mut self: Box<Self>, code: ErrorCode, message: &str) -> Result<()> {
        if let Some(conn) = self.conn.as_mut() {
            match conn.execute("ROLLBACK").await {
                Ok(_) => return self.record_failure(code, message).await,
                Err(err) => {
                    let err = self.check_lost(db_error(err)).await;
                    if !self.lost {
                        if let Some(conn) = self.conn.take() {
                            discard(conn);
                        }
                        return Err(err);
                    }
                }
            }
        }
        if self.lost {
            record_lost_run(&self.pool, self.run_id, code, message).await?;
            return Ok(());
        }
        Err(EngineError::Database(
            "the import session is already closed".into(),
        ))
    }
}

impl PgImportSession {
    /// The run committed: commit the keys written beside it, or key it from
    /// its raw rows now. Never fails the import (a run left unkeyed is keyed
    /// by the next lookup).
    async fn finish_match_keys(&mut self) {
        let run_id = self.run_id;
        if let Some(keys) = self.match_keys.take() {
            if keys.commit().await {
                return;
            }
            tracing::warn!("Match keys of run {run_id} are computed from its rows");
        }
        fill_run(&self.pool, run_id).await;
    }

    pub(super) async fn take_turn(&mut self) -> Result<bool> {
        if !self.has_turn {
            let key = self.source_turn_lock;
            let conn = self.conn()?;
            self.has_turn = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
                .bind(key)
                .fetch_one(&mut **conn)
                .await?;
        }
        Ok(self.has_turn)
    }

    /// After an error: when the connection no longer answers, close it and
    /// say that the connection was lost (the server rolls the rows back);
    /// any other error passes through.
    async fn check_lost(&mut self, err: EngineError) -> EngineError {
        if self.lost {
            return EngineError::ConnectionLost;
        }
        let Some(conn) = self.conn.as_mut() else {
            return err;
        };
        if !is_connection_lost(conn).await {
            return err;
        }
        if let Some(conn) = self.conn.take() {
            discard(conn);
        }
        self.lost = true;
        tracing::warn!(
            "The database connection of run {} was lost: {err}",
            self.run_id
        );
        EngineError::ConnectionLost
    }
}

impl Drop for PgImportSession {
    /// Dropped without commit/fail (cancelled, panicked): close the
    /// connection instead of returning it mid-transaction. The server rolls
    /// the rows back and releases the liveness lock, so the next claim takes
    /// the batch over.
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            discard(conn);
        }
    }
}
