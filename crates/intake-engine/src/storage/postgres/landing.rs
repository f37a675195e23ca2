//! The claimed run's session: the bulk landing path.
//!
//! Per chunk, the direct path (the common case):
//! 1. one query finds which of the chunk's candidate keys are already live,
//!    and one reserves a raw id for every row, so the client decides every
//!    row's status and `duplicate_of` itself;
//! 2. inside `SAVEPOINT`, the raw rows are `COPY`d straight into
//!    `ingest.plaintiffs_raw` and the new plaintiffs (client uuid v7 ids)
//!    straight into `public.plaintiffs`.
//!
//! If another import made one of the keys live after the check, the raw COPY
//! fails with a unique violation: the chunk rolls back to the savepoint and
//! lands through the staging path instead — `COPY` into a temp table, then
//! ONE statement whose `ON CONFLICT` on the raw live-key index decides,
//! concurrency-safe, which rows are really new. No raw row is ever updated on
//! the default path.
//!
//! That index is the only guard of row-level idempotency (migration 0003):
//! a plaintiff is only made from a raw row this session inserted as live, so
//! it is new too.

use std::collections::HashMap;

use async_trait::async_trait;
use sqlx::pool::PoolConnection;
use sqlx::{Executor, PgPool, Postgres, Row};
use uuid::Uuid;

use super::copy_text::push_field;
use super::lost::{is_connection_lost, record_lost_run, LostRunOutcome};
use super::{discard, reconciliation_from_row, summary_from_row, COMPLETED_RUN_SUMMARY};
use crate::error::{db_error, EngineError, Result};
use crate::model::*;
use crate::storage::ImportSession;

/// COPY data is sent in pieces of about this size.
const COPY_SEND_BYTES: usize = 1 << 20;

/// SQLSTATE unique_violation: a key went live after the chunk's check.
const SQLSTATE_UNIQUE_VIOLATION: &str = "23505";

/// The chunk's candidate keys that already have a live raw row ($1 text[]).
const LIVE_KEYS_OF_CHUNK: &str = "
SELECT r.dedupe_key, r.id
FROM ingest.plaintiffs_raw r
WHERE r.dedupe_key = ANY($1::text[]) AND r.status IN ('pending', 'promoted')";

/// Reserve $1 raw ids (the identity's sequence; concurrent importers and
/// other inserts draw from it too, so reserved ids never collide).
const RESERVE_RAW_IDS: &str =
    "SELECT array(SELECT nextval('ingest.plaintiffs_raw_id_seq') FROM generate_series(1, $1))";

const COPY_RAW: &str = "COPY ingest.plaintiffs_raw (id, import_run_id, row_index, source_system, \
    dedupe_key, plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone, \
    contact_address, source_reference, raw_payload, status, error_code, error_message, \
    duplicate_of, plaintiff_id, line) FROM STDIN WITH (FORMAT binary)";

const COPY_PLAINTIFFS: &str = "COPY public.plaintiffs (id, plaintiff_name, firm_name, short_name, \
    contact_name, contact_email, contact_phone, contact_address, source_reference, source_system, \
    dedupe_key, import_run_id, raw_id) FROM STDIN WITH (FORMAT binary)";

/// After a chunk landed through the staging path: the raw id each candidate
/// row's key resolved to (its own, or the live row it was skipped for), so
/// later in-file duplicates can point at it.
const RESOLVED_IDS_OF_CHUNK: &str = "
SELECT row_index::bigint, CASE WHEN status = 'skipped' THEN duplicate_of ELSE id END
FROM ingest.plaintiffs_raw
WHERE id = ANY($2::bigint[]) AND import_run_id = $1";

const CREATE_STAGE: &str = "CREATE TEMP TABLE intake_stage (
        raw_id           bigint NOT NULL,
        row_index        integer NOT NULL,
        kind             \"char\" NOT NULL,
        dedupe_key       text,
        plaintiff_id     uuid,
        plaintiff_name   text,
        firm_name        text,
        short_name       text,
        contact_name     text,
        contact_email    text,
        contact_phone    text,
        contact_address  text,
        source_reference text,
        raw_payload      jsonb,
        error_code       text,
        error_message    text,
        line             integer
    ) ON COMMIT DROP";

const COPY_STAGE: &str =
    "COPY pg_temp.intake_stage (raw_id, row_index, kind, dedupe_key, plaintiff_id, \
    plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone, \
    contact_address, source_reference, raw_payload, error_code, error_message, line) FROM STDIN";

/// Staging kinds: `n` new candidate, `d` in-file duplicate, `f` invalid.
const KIND_NEW: char = 'n';
const KIND_IN_FILE_DUPLICATE: char = 'd';
const KIND_INVALID: char = 'f';

/// $1 run id, $2 source system, $3 status for new rows ('promoted' or 'pending').
/// New rows are inserted in file order: sorting them by key (to order lock
/// waits between concurrent imports) sorted whole rows to disk and cost
/// 1.3 s per million rows, and cannot prevent waits across chunks anyway.
/// When every candidate was inserted (the common case) the check for
/// candidates that lost to a live row is skipped.
const LAND_CHUNK: &str = "
WITH new_rows AS (
    INSERT INTO ingest.plaintiffs_raw AS x
        (id, import_run_id, row_index, source_system, dedupe_key, plaintiff_name, firm_name,
         short_name, contact_name, contact_email, contact_phone, contact_address,
         source_reference, raw_payload, status, plaintiff_id, line)
    SELECT s.raw_id, $1, s.row_index, $2, s.dedupe_key, s.plaintiff_name, s.firm_name, s.short_name,
           s.contact_name, s.contact_email, s.contact_phone, s.contact_address,
           s.source_reference, coalesce(s.raw_payload, '{}'::jsonb), $3,
           CASE WHEN $3 = 'promoted' THEN s.plaintiff_id END, s.line
    FROM pg_temp.intake_stage s
    WHERE s.kind = 'n'
    ON CONFLICT (dedupe_key) WHERE status IN ('pending', 'promoted') DO NOTHING
    RETURNING x.id, x.row_index, x.dedupe_key, x.plaintiff_id, x.plaintiff_name, x.firm_name,
              x.short_name, x.contact_name, x.contact_email, x.contact_phone,
              x.contact_address, x.source_reference
), new_plaintiffs AS (
    INSERT INTO public.plaintiffs
        (id, plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone,
         contact_address, source_reference, source_system, dedupe_key, import_run_id, raw_id)
    SELECT n.plaintiff_id, n.plaintiff_name, n.firm_name, n.short_name, n.contact_name,
           n.contact_email, n.contact_phone, n.contact_address, n.source_reference, $2,
           n.dedupe_key, $1, n.id
    FROM new_rows n
    WHERE n.plaintiff_id IS NOT NULL
    RETURNING 1
), other_rows AS (
    INSERT INTO ingest.plaintiffs_raw
        (id, import_run_id, row_index, source_system, dedupe_key, plaintiff_name, firm_name,
         short_name, contact_name, contact_email, contact_phone, contact_address,
         source_reference, raw_payload, status, error_code, error_message, duplicate_of, line)
    SELECT s.raw_id, $1, s.row_index, $2,
           CASE WHEN s.kind = 'f' THEN NULL ELSE s.dedupe_key END,
           s.plaintiff_name, s.firm_name, s.short_name, s.contact_name, s.contact_email,
           s.contact_phone, s.contact_address, s.source_reference,
           coalesce(s.raw_payload, '{}'::jsonb),
           CASE WHEN s.kind = 'f' THEN 'failed' ELSE 'skipped' END,
           s.error_code, s.error_message,
           CASE WHEN s.kind <> 'f' THEN coalesce(
               n.id,
               (SELECT l.id FROM ingest.plaintiffs_raw l
                WHERE l.dedupe_key = s.dedupe_key AND l.status IN ('pending', 'promoted')))
           END,
           s.line
    FROM pg_temp.intake_stage s
    LEFT JOIN new_rows n ON n.dedupe_key = s.dedupe_key AND s.kind <> 'f'
    WHERE s.kind <> 'n'
       OR ((SELECT count(*) FROM new_rows) < (SELECT count(*) FROM pg_temp.intake_stage c WHERE c.kind = 'n')
           AND NOT EXISTS (SELECT 1 FROM new_rows m WHERE m.row_index = s.row_index))
    RETURNING status, duplicate_of
)
SELECT (SELECT count(*) FROM new_rows) AS inserted,
       (SELECT count(*) FROM new_plaintiffs) AS plaintiffs,
       (SELECT count(*) FROM other_rows WHERE status = 'skipped') AS skipped,
       (SELECT count(*) FROM other_rows WHERE status = 'failed') AS errored,
       (SELECT count(*) FROM other_rows WHERE status = 'skipped' AND duplicate_of IS NULL)
           AS skipped_unlinked";

/// A skipped row whose live twin was committed by another import after this
/// statement's snapshot was taken: link it now ($2 = the chunk's raw ids).
/// Raw rows are never updated by the importing role itself (migration 0005):
/// the function checks that this session claimed the run.
const LINK_UNLINKED_SKIPS: &str = "SELECT ingest.link_skipped_rows($1, $2)";

/// Promote this run's pending rows inside the import's transaction (used
/// only when rows were landed `pending` and the import then promotes): each
/// row becomes `promoted` and gets its plaintiff in one statement, in a
/// function only the session that claimed the run may call (admins promote
/// any run with `ingest.promote_pending`). `finish_import_run` records the
/// run as promoted.
const PROMOTE_RUN: &str = "SELECT ingest.promote_processing_run($1)";

pub struct PgImportSession {
    /// `None` once finished or failed; dropping a session that still has it
    /// closes the connection (see `Drop`).
    conn: Option<PoolConnection<Postgres>>,
    /// For recording the run from a new connection when this one is lost.
    pool: PgPool,
    /// The connection broke during the import (see `super::lost`).
    lost: bool,
    run_id: Uuid,
    source_system: String,
    /// Land new rows as `promoted` (with their plaintiffs) rather than `pending`.
    promote_on_land: bool,
    stage_created: bool,
    counts: ChunkCounts,
    copy_buffer: Vec<u8>,
    /// By row index: the raw id a candidate row's key resolved to (its own
    /// id, or the live row it duplicates); 0 = unknown. In-file duplicates
    /// of later chunks point at it. 8 bytes per row of the file.
    resolved_ids: Vec<i64>,
    /// Ask which candidate keys are live before COPYing a chunk. Off until
    /// a chunk meets a live key: a file of new records (the common case)
    /// then pays no check at all, and a key that is live after all makes the
    /// COPY fail (unique violation), which sends that chunk to the staging
    /// path and turns the check on.
    expect_live_keys: bool,
    /// Chunks that fell back to the staging path.
    fallback_chunks: u64,
    /// Advisory lock key of this import's source (`source_turn_lock_key`).
    source_turn_lock: i64,
    /// The source's turn is held (until the transaction ends).
    has_turn: bool,
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
            copy_buffer: Vec::with_capacity(COPY_SEND_BYTES + 64 * 1024),
            resolved_ids: Vec::new(),
            expect_live_keys: false,
            fallback_chunks: 0,
            source_turn_lock,
            has_turn: false,
        }
    }

    fn conn(&mut self) -> Result<&mut PoolConnection<Postgres>> {
        self.conn
            .as_mut()
            .ok_or_else(|| EngineError::Database("the import session is already closed".into()))
    }

    async fn stage_rows(&mut self, rows: &[LandingRow], raw_ids: &[i64]) -> Result<()> {
        let create_stage = !self.stage_created;
        let conn = self.conn.as_mut().expect("session connection present");
        if create_stage {
            conn.execute(CREATE_STAGE).await?;
        } else {
            conn.execute("TRUNCATE pg_temp.intake_stage").await?;
        }
        self.stage_created = true;

        copy_encoded(
            conn,
            COPY_STAGE,
            &mut self.copy_buffer,
            TEXT_COPY,
            rows.len(),
            |i, out| encode_stage_row(out, &rows[i], raw_ids[i]),
        )
        .await
        .map_err(db_error)
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

    async fn record_failure(&mut self, code: &str, message: &str) -> Result<()> {
        let run_id = self.run_id;
        let conn = self.conn()?;
        let recorded = sqlx::query("SELECT ingest.fail_import_run($1, $2, $3)")
            .bind(run_id)
            .bind(code)
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
        let conn = self.conn()?;
        if promote && !promote_on_land {
            sqlx::query(PROMOTE_RUN)
                .bind(run_id)
                .execute(&mut **conn)
                .await?;
        } else if !promote && promote_on_land && counts.inserted > 0 {
            sqlx::query("SELECT ingest.unpromote_processing_run($1)")
                .bind(run_id)
                .execute(&mut **conn)
                .await?;
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

    async fn finish(
        mut self: Box<Self>,
        fetched: i64,
        promote: bool,
    ) -> Result<(RunSummary, Reconciliation)> {
        let reconciliation = match self.finish_inner(fetched, promote).await {
            Ok(reconciliation) if reconciliation.is_reconciled => reconciliation,
            Ok(reconciliation) => {
                let err = EngineError::NotReconciled {
                    run_id: self.run_id,
                    detail: discrepancy_detail(&reconciliation),
                };
                return Err(self.abandon(err).await);
            }
            Err(err) => return Err(self.abandon(err).await),
        };
        let run_id = self.run_id;
        let mut conn = self.conn.take().expect("session connection present");
        let sql = format!("{COMPLETED_RUN_SUMMARY} WHERE id = $1");
        let summary = if let Err(err) = conn.execute("COMMIT").await {
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
            match record_lost_run(&self.pool, run_id, err.code(), &message).await {
                Ok(LostRunOutcome::Completed) => {
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
            let summary = match sqlx::query(&sql).bind(run_id).fetch_one(&mut *conn).await {
                Ok(row) => summary_from_row(&row),
                Err(err) => Err(db_error(err)),
            };
            self.release(conn).await?;
            summary
        };
        let mut reconciliation = reconciliation;
        reconciliation.status = RunStatus::Completed;
        Ok((summary?, reconciliation))
    }

    async fn record_run_notes(&mut self, notes: &crate::fixes::RunNotes) -> Result<()> {
        let run_id = self.run_id;
        let conn = self.conn()?;
        match super::fixes::record_run_notes(conn, run_id, notes).await {
            Ok(()) => Ok(()),
            Err(err) => Err(self.check_lost(err).await),
        }
    }

    async fn fail(mut self: Box<Self>, code: &str, message: &str) -> Result<()> {
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

/// What the direct path decided for one row of a chunk.
struct RowPlan {
    raw_id: i64,
    status: &'static str,
    /// The live raw row a skipped row duplicates.
    duplicate_of: Option<i64>,
    /// The new plaintiff of a row landing `promoted`.
    plaintiff_id: Option<Uuid>,
}

impl PgImportSession {
    async fn take_turn(&mut self) -> Result<bool> {
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

    async fn land_rows(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts> {
        if !self.take_turn().await? {
            // Callers wait for the turn first (the pipeline does); landing
            // without it could deadlock with another import of the source.
            let key = self.source_turn_lock;
            let conn = self.conn()?;
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(key)
                .execute(&mut **conn)
                .await?;
            self.has_turn = true;
        }
        if rows.is_empty() {
            return Ok(ChunkCounts::default());
        }
        if rows
            .iter()
            .any(|row| !matches!(row.kind, RowKind::Invalid { .. }) && row.dedupe_key.is_none())
        {
            return Err(EngineError::InvalidArgument(
                "a valid row reached storage without a dedupe key".into(),
            ));
        }
        let conn = self.conn()?;
        let raw_ids: Vec<i64> = sqlx::query_scalar(RESERVE_RAW_IDS)
            .bind(rows.len() as i32)
            .fetch_one(&mut **conn)
            .await?;
        if raw_ids.len() != rows.len() {
            return Err(EngineError::Database(
                "the database reserved a wrong number of row ids".into(),
            ));
        }
        let chunk = match self.land_direct(rows, &raw_ids).await? {
            Some(chunk) => chunk,
            None => {
                self.fallback_chunks += 1;
                self.expect_live_keys = true;
                tracing::debug!("Chunk lands through the staging path (a key went live meanwhile)");
                let chunk = self.land_staged(rows, &raw_ids).await?;
                self.remember_staged_ids(rows, &raw_ids).await?;
                chunk
            }
        };
        self.counts += chunk;
        Ok(chunk)
    }

    /// Land a chunk by COPYing its rows straight into the final tables.
    /// `None`: nothing of the chunk was written, land it through the staging
    /// path (a key went live after the check, or an in-file duplicate's first
    /// row is unknown).
    async fn land_direct(
        &mut self,
        rows: &[LandingRow],
        raw_ids: &[i64],
    ) -> Result<Option<ChunkCounts>> {
        let candidate_keys: Vec<&str> = rows
            .iter()
            .filter(|row| row.kind == RowKind::Candidate)
            .filter_map(|row| row.dedupe_key.as_deref())
            .collect();
        let conn = self.conn.as_mut().expect("session connection present");
        let live: HashMap<String, i64> = if candidate_keys.is_empty() || !self.expect_live_keys {
            HashMap::new()
        } else {
            sqlx::query_as(LIVE_KEYS_OF_CHUNK)
                .bind(&candidate_keys)
                .fetch_all(&mut **conn)
                .await?
                .into_iter()
                .collect()
        };
        drop(candidate_keys);

        let new_status = if self.promote_on_land {
            "promoted"
        } else {
            "pending"
        };
        let mut chunk = ChunkCounts::default();
        let mut plans = Vec::with_capacity(rows.len());
        for (row, &raw_id) in rows.iter().zip(raw_ids) {
            let plan = match &row.kind {
                RowKind::Invalid { .. } => {
                    chunk.errored += 1;
                    RowPlan {
                        raw_id,
                        status: "failed",
                        duplicate_of: None,
                        plaintiff_id: None,
                    }
                }
                RowKind::Candidate => {
                    let key = row.dedupe_key.as_deref().unwrap_or_default();
                    let (plan, resolved) = match live.get(key) {
                        Some(&live_id) => {
                            chunk.skipped += 1;
                            let plan = RowPlan {
                                raw_id,
                                status: "skipped",
                                duplicate_of: Some(live_id),
                                plaintiff_id: None,
                            };
                            (plan, live_id)
                        }
                        None => {
                            chunk.inserted += 1;
                            let plan = RowPlan {
                                raw_id,
                                status: new_status,
                                duplicate_of: None,
                                plaintiff_id: self.promote_on_land.then(Uuid::now_v7),
                            };
                            (plan, raw_id)
                        }
                    };
                    self.remember_resolved(row.row_index, resolved);
                    plan
                }
                RowKind::InFileDuplicate { first_row_index } => {
                    let Some(first) = self.resolved(*first_row_index) else {
                        return Ok(None);
                    };
                    chunk.skipped += 1;
                    RowPlan {
                        raw_id,
                        status: "skipped",
                        duplicate_of: Some(first),
                        plaintiff_id: None,
                    }
                }
            };
            plans.push(plan);
        }
        // Keep checking while the file keeps meeting live keys; once a chunk
        // meets none, try the next one without the check.
        self.expect_live_keys = !live.is_empty();
        drop(live);

        let run_id = self.run_id;
        let source_system = self.source_system.as_str();
        let conn = self.conn.as_mut().expect("session connection present");
        conn.execute("SAVEPOINT intake_chunk").await?;
        let buffer = &mut self.copy_buffer;
        let mut copied = copy_encoded(conn, COPY_RAW, buffer, BINARY_COPY, rows.len(), |i, out| {
            encode_raw_row(out, &rows[i], &plans[i], run_id, source_system)
        })
        .await;
        if copied.is_ok() && chunk.inserted > 0 && self.promote_on_land {
            let new_rows: Vec<usize> = (0..rows.len())
                .filter(|&i| plans[i].plaintiff_id.is_some())
                .collect();
            let new_plaintiffs = new_rows.len();
            copied = copy_encoded(
                conn,
                COPY_PLAINTIFFS,
                buffer,
                BINARY_COPY,
                new_plaintiffs,
                |i, out| {
                    let i = new_rows[i];
                    encode_plaintiff_row(out, &rows[i], &plans[i], run_id, source_system)
                },
            )
            .await;
        }
        match copied {
            Ok(()) => {
                conn.execute("RELEASE SAVEPOINT intake_chunk").await?;
                Ok(Some(chunk))
            }
            Err(err) if is_unique_violation(&err) => {
                conn.execute("ROLLBACK TO SAVEPOINT intake_chunk; RELEASE SAVEPOINT intake_chunk")
                    .await?;
                Ok(None)
            }
            Err(err) => Err(db_error(err)),
        }
    }

    /// The staging path: `COPY` into the temp table, then one set-based
    /// statement (`ON CONFLICT` on the live-key index). Correct under any
    /// concurrency; used for the chunks the direct path cannot land.
    async fn land_staged(&mut self, rows: &[LandingRow], raw_ids: &[i64]) -> Result<ChunkCounts> {
        self.stage_rows(rows, raw_ids).await?;
        let run_id = self.run_id;
        let new_status = if self.promote_on_land {
            "promoted"
        } else {
            "pending"
        };
        let source_system = self.source_system.clone();
        let conn = self.conn()?;
        let row = sqlx::query(LAND_CHUNK)
            .bind(run_id)
            .bind(&source_system)
            .bind(new_status)
            .fetch_one(&mut **conn)
            .await?;
        let inserted: i64 = row.try_get("inserted")?;
        let plaintiffs: i64 = row.try_get("plaintiffs")?;
        let skipped_unlinked: i64 = row.try_get("skipped_unlinked")?;
        if skipped_unlinked > 0 {
            sqlx::query(LINK_UNLINKED_SKIPS)
                .bind(run_id)
                .bind(raw_ids)
                .execute(&mut **conn)
                .await?;
        }
        // Every row inserted live is new, so it made exactly one plaintiff.
        if new_status == "promoted" && plaintiffs != inserted {
            return Err(EngineError::Database(format!(
                "promotion made {plaintiffs} plaintiffs for {inserted} new rows"
            )));
        }
        Ok(ChunkCounts {
            inserted,
            skipped: row.try_get("skipped")?,
            errored: row.try_get("errored")?,
        })
    }

    /// After a staged chunk: learn which raw id each candidate's key resolved to.
    async fn remember_staged_ids(&mut self, rows: &[LandingRow], raw_ids: &[i64]) -> Result<()> {
        let candidates: Vec<i64> = rows
            .iter()
            .zip(raw_ids)
            .filter(|(row, _)| row.kind == RowKind::Candidate)
            .map(|(_, &raw_id)| raw_id)
            .collect();
        if candidates.is_empty() {
            return Ok(());
        }
        let run_id = self.run_id;
        let conn = self.conn()?;
        let resolved: Vec<(i64, Option<i64>)> = sqlx::query_as(RESOLVED_IDS_OF_CHUNK)
            .bind(run_id)
            .bind(&candidates)
            .fetch_all(&mut **conn)
            .await?;
        for (row_index, raw_id) in resolved {
            self.remember_resolved(row_index, raw_id.unwrap_or(0));
        }
        Ok(())
    }

    fn remember_resolved(&mut self, row_index: i64, raw_id: i64) {
        let Ok(index) = usize::try_from(row_index) else {
            return;
        };
        if index >= self.resolved_ids.len() {
            self.resolved_ids.resize(index + 1, 0);
        }
        self.resolved_ids[index] = raw_id;
    }

    fn resolved(&self, row_index: i64) -> Option<i64> {
        let index = usize::try_from(row_index).ok()?;
        self.resolved_ids.get(index).copied().filter(|&id| id != 0)
    }

    /// Roll the rows back, record the run as failed with this error, release
    /// the claim, and hand the error back. A connection that cannot even roll
    /// back is closed: the server then rolls back and the next claim takes over.
    async fn abandon(&mut self, err: EngineError) -> EngineError {
        let err = self.check_lost(err).await;
        let message = err.to_string();
        if let Some(conn) = self.conn.as_mut() {
            if conn.execute("ROLLBACK").await.is_ok() {
                let _ = self.record_failure(err.code(), &message).await;
                return err;
            }
            if let Some(conn) = self.conn.take() {
                discard(conn);
            }
        }
        // Closed: the server rolls the rows back; record the run from a new
        // connection once that backend is gone.
        if let Err(record_err) =
            record_lost_run(&self.pool, self.run_id, err.code(), &message).await
        {
            tracing::error!("Could not record the failed run: {record_err}");
        }
        err
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

fn discrepancy_detail(r: &Reconciliation) -> String {
    format!(
        "reported {} fetched / {} inserted / {} skipped / {} errored, \
         stored {} / {} / {} / {}",
        r.reported_fetched,
        r.reported_inserted,
        r.reported_skipped,
        r.reported_errored,
        r.actual_total,
        r.actual_inserted,
        r.actual_skipped,
        r.actual_errored,
    )
}

impl Drop for PgImportSession {
    /// Dropped without finish/fail (cancelled, panicked): close the
    /// connection instead of returning it mid-transaction. The server rolls
    /// the rows back and releases the liveness lock, so the next claim takes
    /// the batch over.
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            discard(conn);
        }
    }
}

/// One COPY: `prologue`, rows `0..count` encoded by `encode`, `epilogue`,
/// sent in pieces of about `COPY_SEND_BYTES` (the server parses a piece
/// while the next is encoded). The COPY always ends with `finish` or
/// `abort`; the driver's error is returned as is, so the caller can tell a
/// unique violation apart.
async fn copy_encoded(
    conn: &mut PoolConnection<Postgres>,
    statement: &str,
    buffer: &mut Vec<u8>,
    (prologue, epilogue): (&[u8], &[u8]),
    count: usize,
    mut encode: impl FnMut(usize, &mut Vec<u8>),
) -> std::result::Result<(), sqlx::Error> {
    let mut copy = conn.copy_in_raw(statement).await?;
    buffer.clear();
    buffer.extend_from_slice(prologue);
    for i in 0..=count {
        if i < count {
            encode(i, buffer);
        } else {
            buffer.extend_from_slice(epilogue);
        }
        if buffer.len() >= COPY_SEND_BYTES || (i == count && !buffer.is_empty()) {
            if let Err(err) = copy.send(buffer.as_slice()).await {
                let _ = copy.abort("send failed").await;
                return Err(err);
            }
            buffer.clear();
        }
    }
    copy.finish().await?;
    Ok(())
}

fn is_unique_violation(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => db.code().as_deref() == Some(SQLSTATE_UNIQUE_VIOLATION),
        _ => false,
    }
}

/// Binary COPY framing: the signature, flags and header extension length...
const BINARY_COPY_HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";
/// ...and the end-of-data marker (a field count of -1).
const BINARY_COPY_TRAILER: &[u8] = &[0xff, 0xff];
const TEXT_COPY: (&[u8], &[u8]) = (b"", b"");
const BINARY_COPY: (&[u8], &[u8]) = (BINARY_COPY_HEADER, BINARY_COPY_TRAILER);

/// Binary format: no escaping for the client, no text parsing for the
/// server (measured ~10% of a COPY into the landing tables).
const RAW_FIELDS: i16 = 20;
const PLAINTIFF_FIELDS: i16 = 13;

fn bin_null(out: &mut Vec<u8>) {
    out.extend_from_slice(&(-1i32).to_be_bytes());
}

fn bin_i64(out: &mut Vec<u8>, value: Option<i64>) {
    match value {
        Some(value) => {
            out.extend_from_slice(&8i32.to_be_bytes());
            out.extend_from_slice(&value.to_be_bytes());
        }
        None => bin_null(out),
    }
}

fn bin_i32(out: &mut Vec<u8>, value: i32) {
    out.extend_from_slice(&4i32.to_be_bytes());
    out.extend_from_slice(&value.to_be_bytes());
}

fn bin_uuid(out: &mut Vec<u8>, value: Option<Uuid>) {
    match value {
        Some(value) => {
            out.extend_from_slice(&16i32.to_be_bytes());
            out.extend_from_slice(value.as_bytes());
        }
        None => bin_null(out),
    }
}

/// A text value; PostgreSQL text cannot hold NUL, so it is dropped (as the
/// text format does).
fn bin_text(out: &mut Vec<u8>, value: Option<&str>) {
    let Some(value) = value else {
        return bin_null(out);
    };
    let bytes = value.as_bytes();
    if bytes.contains(&0) {
        let cleaned: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
        out.extend_from_slice(&(cleaned.len() as i32).to_be_bytes());
        out.extend_from_slice(&cleaned);
    } else {
        out.extend_from_slice(&(bytes.len() as i32).to_be_bytes());
        out.extend_from_slice(bytes);
    }
}

/// jsonb's binary form: a version byte (1), then the JSON text.
fn bin_jsonb(out: &mut Vec<u8>, json: &str) {
    out.extend_from_slice(&(json.len() as i32 + 1).to_be_bytes());
    out.push(1);
    out.extend_from_slice(json.as_bytes());
}

fn bin_fields(out: &mut Vec<u8>, fields: &CanonicalFields) {
    for value in [
        &fields.plaintiff_name,
        &fields.firm_name,
        &fields.short_name,
        &fields.contact_name,
        &fields.contact_email,
        &fields.contact_phone,
        &fields.contact_address,
        &fields.source_reference,
    ] {
        bin_text(out, value.as_deref());
    }
}

/// One `ingest.plaintiffs_raw` row in binary COPY format (columns of `COPY_RAW`).
fn encode_raw_row(
    out: &mut Vec<u8>,
    row: &LandingRow,
    plan: &RowPlan,
    run_id: Uuid,
    source_system: &str,
) {
    let (dedupe_key, error_code, error_message) = match &row.kind {
        RowKind::Invalid { code, message, .. } => {
            (None, Some(code.as_str()), Some(message.as_str()))
        }
        _ => (row.dedupe_key.as_deref(), None, None),
    };
    out.extend_from_slice(&RAW_FIELDS.to_be_bytes());
    bin_i64(out, Some(plan.raw_id));
    bin_uuid(out, Some(run_id));
    bin_i32(out, row.row_index as i32);
    bin_text(out, Some(source_system));
    bin_text(out, dedupe_key);
    bin_fields(out, &row.fields);
    let payload = row.raw_payload.trim();
    bin_jsonb(out, if payload.is_empty() { "{}" } else { payload });
    bin_text(out, Some(plan.status));
    bin_text(out, error_code);
    bin_text(out, error_message);
    bin_i64(out, plan.duplicate_of);
    bin_uuid(out, plan.plaintiff_id);
    match file_line(row) {
        Some(line) => bin_i32(out, line),
        None => bin_null(out),
    }
}

/// The row's file line as stored (`integer`); beyond its range: unknown.
fn file_line(row: &LandingRow) -> Option<i32> {
    row.line.and_then(|l| i32::try_from(l).ok())
}

/// One `public.plaintiffs` row in binary COPY format (columns of `COPY_PLAINTIFFS`).
fn encode_plaintiff_row(
    out: &mut Vec<u8>,
    row: &LandingRow,
    plan: &RowPlan,
    run_id: Uuid,
    source_system: &str,
) {
    out.extend_from_slice(&PLAINTIFF_FIELDS.to_be_bytes());
    bin_uuid(out, plan.plaintiff_id);
    bin_fields(out, &row.fields);
    bin_text(out, Some(source_system));
    bin_text(out, row.dedupe_key.as_deref());
    bin_uuid(out, Some(run_id));
    bin_i64(out, Some(plan.raw_id));
}

/// The eight canonical fields in COPY text format, each with its leading tab.
fn push_fields(out: &mut Vec<u8>, fields: &CanonicalFields) {
    for value in [
        &fields.plaintiff_name,
        &fields.firm_name,
        &fields.short_name,
        &fields.contact_name,
        &fields.contact_email,
        &fields.contact_phone,
        &fields.contact_address,
        &fields.source_reference,
    ] {
        push_field(out, value.as_deref());
    }
}

fn push_uuid(out: &mut Vec<u8>, id: Option<Uuid>) {
    match id {
        Some(id) => {
            let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
            out.extend_from_slice(id.hyphenated().encode_lower(&mut text).as_bytes());
        }
        None => out.extend_from_slice(b"\\N"),
    }
}

fn push_i64(out: &mut Vec<u8>, value: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = value.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if value < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[at..]);
}

/// Append one row in COPY text format: tab-separated, `\N` for NULL,
/// backslash escapes for backslash, tab, newline and carriage return.
fn encode_stage_row(buffer: &mut Vec<u8>, row: &LandingRow, raw_id: i64) {
    let (kind, error_code, error_message) = match &row.kind {
        RowKind::Candidate => (KIND_NEW, None, None),
        RowKind::InFileDuplicate { .. } => (KIND_IN_FILE_DUPLICATE, None, None),
        RowKind::Invalid { code, message, .. } => {
            (KIND_INVALID, Some(code.as_str()), Some(message.as_str()))
        }
    };
    push_i64(buffer, raw_id);
    buffer.push(b'\t');
    push_i64(buffer, row.row_index);
    buffer.push(b'\t');
    buffer.push(kind as u8);
    push_field(buffer, row.dedupe_key.as_deref());
    buffer.push(b'\t');
    push_uuid(buffer, (kind == KIND_NEW).then(Uuid::now_v7));
    push_fields(buffer, &row.fields);
    let payload = if row.raw_payload.trim().is_empty() {
        None
    } else {
        Some(row.raw_payload.as_str())
    };
    push_field(buffer, payload);
    push_field(buffer, error_code);
    push_field(buffer, error_message);
    buffer.push(b'\t');
    match file_line(row) {
        Some(line) => push_i64(buffer, line.into()),
        None => buffer.extend_from_slice(b"\\N"),
    }
    buffer.push(b'\n');
}
