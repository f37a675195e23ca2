//! Landing a chunk of rows (SPEC §2.5–2.6) inside the claimed run's
//! transaction.
//!
//! Per chunk, the direct path (the common case):
//! 1. every row gets a raw id from ids reserved in growing blocks, and —
//!    once the file has met live keys — one query finds which of the
//!    chunk's candidate keys are already live, so the client decides every
//!    row's status and `duplicate_of` itself;
//! 2. inside that savepoint, the raw rows are `COPY`d straight into
//!    `ingest.plaintiffs_raw` and the new plaintiffs (client uuid v7 ids)
//!    straight into `public.plaintiffs` (a chunk whose rows are all skipped
//!    makes no second COPY). The savepoint is released with the next
//!    chunk's `SAVEPOINT`: a chunk costs three round trips (five with new
//!    plaintiffs, one more with the live-key check), which is what a remote
//!    database charges per 20,000 rows.
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

use std::collections::{HashMap, HashSet};

use sqlx::{Executor, Row};
use uuid::Uuid;

use super::copy::{
    bin_canonical_fields, bin_i32, bin_i64, bin_jsonb, bin_null, bin_row, bin_text, bin_uuid,
    copy_rows, push_canonical_fields, push_field, push_i64, push_uuid, CopyFormat,
};
use super::match_keys::MatchKeyTask;
use super::resolved::Resolved;
use super::{PgImportSession, PgStorage};
use crate::error::{db_error, EngineError, Result};
use crate::model::*;
use crate::storage::columns::{canonical_columns, plaintiff_columns};

/// Keys per `live_keys` query: keeps each bind array a few MB at most.
const LIVE_KEYS_BATCH: usize = 20_000;

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

/// Raw ids are reserved in blocks that double from this size up to
/// [`MAX_RESERVATION`]: a 1M-row file reserves its ids in about seventeen
/// round trips (one per chunk cost 51, a second at 20 ms RTT), and leaves
/// at most one block unused (a gap in the ids, as a rollback leaves). Larger
/// blocks cost peak memory (262,144 ids: ~7 MB while decoding) for little.
pub(super) const FIRST_RESERVATION: usize = 16_384;
const MAX_RESERVATION: usize = 65_536;

const COPY_RAW: &str = concat!(
    "COPY ingest.plaintiffs_raw (id, import_run_id, row_index, source_system, dedupe_key, ",
    canonical_columns!(),
    ", raw_payload, status, error_code, error_message, duplicate_of, plaintiff_id, line) \
     FROM STDIN WITH (FORMAT binary)"
);
/// Fields of a `COPY_RAW` row.
const RAW_FIELDS: i16 = 20;

const COPY_PLAINTIFFS: &str = concat!(
    "COPY public.plaintiffs (",
    plaintiff_columns!(),
    ") FROM STDIN WITH (FORMAT binary)"
);
/// Fields of a `COPY_PLAINTIFFS` row.
const PLAINTIFF_FIELDS: i16 = 13;

/// After a chunk landed through the staging path: each candidate row's own
/// raw id and the one its key resolved to (its own, or the live row it was
/// skipped for), so later in-file duplicates can point at it.
const RESOLVED_IDS_OF_CHUNK: &str = "
SELECT row_index::bigint, id, CASE WHEN status = 'skipped' THEN duplicate_of ELSE id END
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

const COPY_STAGE: &str = concat!(
    "COPY pg_temp.intake_stage (raw_id, row_index, kind, dedupe_key, plaintiff_id, ",
    canonical_columns!(),
    ", raw_payload, error_code, error_message, line) FROM STDIN"
);

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
const LAND_CHUNK: &str = concat!(
    "
WITH new_rows AS (
    INSERT INTO ingest.plaintiffs_raw AS x
        (id, import_run_id, row_index, source_system, dedupe_key, ",
    canonical_columns!(),
    ", raw_payload, status, plaintiff_id, line)
    SELECT s.raw_id, $1, s.row_index, $2, s.dedupe_key, ",
    canonical_columns!("s."),
    ",
           coalesce(s.raw_payload, '{}'::jsonb), $3,
           CASE WHEN $3 = 'promoted' THEN s.plaintiff_id END, s.line
    FROM pg_temp.intake_stage s
    WHERE s.kind = 'n'
    ON CONFLICT (dedupe_key) WHERE status IN ('pending', 'promoted') DO NOTHING
    RETURNING x.id, x.row_index, x.dedupe_key, x.plaintiff_id, ",
    canonical_columns!("x."),
    "
), new_plaintiffs AS (
    INSERT INTO public.plaintiffs (",
    plaintiff_columns!(),
    ")
    SELECT n.plaintiff_id, ",
    canonical_columns!("n."),
    ", $2, n.dedupe_key, $1, n.id
    FROM new_rows n
    WHERE n.plaintiff_id IS NOT NULL
    RETURNING 1
), other_rows AS (
    INSERT INTO ingest.plaintiffs_raw
        (id, import_run_id, row_index, source_system, dedupe_key, ",
    canonical_columns!(),
    ", raw_payload, status, error_code, error_message, duplicate_of, line)
    SELECT s.raw_id, $1, s.row_index, $2,
           CASE WHEN s.kind = 'f' THEN NULL ELSE s.dedupe_key END, ",
    canonical_columns!("s."),
    ",
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
           AS skipped_unlinked"
);

/// A skipped row whose live twin was committed by another import after this
/// statement's snapshot was taken: link it now ($2 = the chunk's raw ids).
/// Raw rows are never updated by the importing role itself (migration 0005):
/// the function checks that this session claimed the run.
const LINK_UNLINKED_SKIPS: &str = "SELECT ingest.link_skipped_rows($1, $2)";

/// Which of these dedupe keys already have a live (`pending`/`promoted`) row.
pub(super) async fn live_keys(storage: &PgStorage, keys: &[String]) -> Result<HashSet<String>> {
    let mut live = HashSet::new();
    for batch in keys.chunks(LIVE_KEYS_BATCH) {
        let found: Vec<String> = sqlx::query_scalar(
            "SELECT dedupe_key FROM ingest.plaintiffs_raw \
             WHERE dedupe_key = ANY($1) AND status IN ('pending', 'promoted')",
        )
        .bind(batch)
        .fetch_all(&storage.pool)
        .await?;
        live.extend(found);
    }
    Ok(live)
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
    async fn stage_rows(&mut self, rows: &[LandingRow], raw_ids: &[i64]) -> Result<()> {
        let create_stage = !self.stage_created;
        let conn = self.conn.as_mut().expect("session connection present");
        if create_stage {
            conn.execute(CREATE_STAGE).await?;
        } else {
            conn.execute("TRUNCATE pg_temp.intake_stage").await?;
        }
        self.stage_created = true;

        copy_rows(
            conn,
            COPY_STAGE,
            &mut self.copy_buffer,
            CopyFormat::Text,
            rows.len(),
            |i, out| encode_stage_row(out, &rows[i], raw_ids[i]),
        )
        .await
        .map_err(db_error)
    }

    pub(super) async fn land_rows(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts> {
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
        let raw_ids = self.take_raw_ids(rows.len()).await?;
        if !self.match_keys_opened {
            self.match_keys_opened = true;
            self.match_keys = MatchKeyTask::start(&self.pool, self.run_id).await;
        }
        // The chunk's match keys go to the writer's own connection and task
        // (`super::match_keys`) while this connection lands rows. A file of
        // new records (no live key met yet) sends them before landing, every
        // row counted in (should one turn out live, its keys are only
        // indexed needlessly); otherwise after landing, when the rows
        // skipped for a live twin are known, and the writer works beside the
        // next chunk.
        let early = !self.expect_live_keys;
        if early {
            if let Some(keys) = self.match_keys.as_mut() {
                keys.send(rows, &raw_ids, |_| true).await;
            }
        }
        let chunk = self.land_chunk(rows, &raw_ids).await?;
        self.counts += chunk;
        if !early {
            if let Some(keys) = self.match_keys.as_mut() {
                let resolved = &self.resolved_ids;
                keys.send(rows, &raw_ids, |row| {
                    let first = match row.kind {
                        RowKind::InFileDuplicate { first_row_index } => first_row_index,
                        _ => row.row_index,
                    };
                    resolved.get(first) != Resolved::LiveTwin
                })
                .await;
            }
        }
        Ok(chunk)
    }

    async fn land_chunk(&mut self, rows: &[LandingRow], raw_ids: &[i64]) -> Result<ChunkCounts> {
        Ok(match self.land_direct(rows, raw_ids).await? {
            Some(chunk) => chunk,
            None => {
                self.fallback_chunks += 1;
                self.expect_live_keys = true;
                tracing::debug!("Chunk lands through the staging path (a key went live meanwhile)");
                let chunk = self.land_staged(rows, raw_ids).await?;
                self.remember_staged_ids(rows, raw_ids).await?;
                chunk
            }
        })
    }

    /// `count` raw ids from the reservation, reserving a block first when it
    /// runs short.
    async fn take_raw_ids(&mut self, count: usize) -> Result<Vec<i64>> {
        if self.reserved_ids.len() < count {
            let missing = count - self.reserved_ids.len();
            let block = missing.max(self.next_reservation);
            self.next_reservation = (self.next_reservation * 2).min(MAX_RESERVATION);
            let conn = self.conn()?;
            let ids: Vec<i64> = sqlx::query_scalar(RESERVE_RAW_IDS)
                .bind(i32::try_from(block).unwrap_or(i32::MAX))
                .fetch_one(&mut **conn)
                .await?;
            if ids.len() != block {
                return Err(EngineError::Database(
                    "the database reserved a wrong number of row ids".into(),
                ));
            }
            self.reserved_ids.extend(ids);
        }
        Ok(self.reserved_ids.drain(..count).collect())
    }

    /// Open this chunk's savepoint (the previous chunk's, still open, is
    /// released in the same round trip) and, given the chunk's candidate
    /// keys, find which are live (key → live raw id). Sending the keys
    /// inline with the savepoint would save one more round trip, but the
    /// 1.3 MB statement per chunk raised peak RSS by ~8 MB (146–155 MB
    /// against the 150 MB bar).
    async fn open_chunk_savepoint(
        &mut self,
        keys: Option<&[&str]>,
    ) -> Result<HashMap<String, i64>> {
        let savepoint = if self.savepoint_open {
            "RELEASE SAVEPOINT intake_chunk; SAVEPOINT intake_chunk"
        } else {
            "SAVEPOINT intake_chunk"
        };
        let conn = self.conn.as_mut().expect("session connection present");
        conn.execute(savepoint).await?;
        self.savepoint_open = true;
        let Some(keys) = keys else {
            return Ok(HashMap::new());
        };
        Ok(sqlx::query_as(LIVE_KEYS_OF_CHUNK)
            .bind(keys)
            .fetch_all(&mut **conn)
            .await?
            .into_iter()
            .collect())
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
        // Keys to check: the candidates', and those of in-file duplicates
        // whose first row (an earlier chunk's) was skipped for a live twin.
        let mut twin_duplicates = false;
        let candidate_keys: Vec<&str> = rows
            .iter()
            .filter(|row| match &row.kind {
                RowKind::Candidate => true,
                RowKind::InFileDuplicate { first_row_index } => {
                    let twin = self.resolved_ids.get(*first_row_index) == Resolved::LiveTwin;
                    twin_duplicates |= twin;
                    twin
                }
                RowKind::Invalid { .. } => false,
            })
            .filter_map(|row| row.dedupe_key.as_deref())
            .collect();
        let check = !candidate_keys.is_empty() && (self.expect_live_keys || twin_duplicates);
        let live = self
            .open_chunk_savepoint(check.then_some(candidate_keys.as_slice()))
            .await?;
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
                    let plan = match live.get(key) {
                        Some(&live_id) => {
                            chunk.skipped += 1;
                            RowPlan {
                                raw_id,
                                status: "skipped",
                                duplicate_of: Some(live_id),
                                plaintiff_id: None,
                            }
                        }
                        None => {
                            chunk.inserted += 1;
                            RowPlan {
                                raw_id,
                                status: new_status,
                                duplicate_of: None,
                                plaintiff_id: self.promote_on_land.then(Uuid::now_v7),
                            }
                        }
                    };
                    let twin = plan.duplicate_of.is_some();
                    self.resolved_ids.remember(row.row_index, raw_id, twin);
                    plan
                }
                RowKind::InFileDuplicate { first_row_index } => {
                    let key = row.dedupe_key.as_deref().unwrap_or_default();
                    let first = match self.resolved_ids.get(*first_row_index) {
                        Resolved::Raw(id) => id,
                        Resolved::LiveTwin => match live.get(key) {
                            Some(&live_id) => live_id,
                            None => return Ok(None),
                        },
                        Resolved::Unknown => return Ok(None),
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
        let buffer = &mut self.copy_buffer;
        let mut copied = copy_rows(
            conn,
            COPY_RAW,
            buffer,
            CopyFormat::Binary,
            rows.len(),
            |i, out| encode_raw_row(out, &rows[i], &plans[i], run_id, source_system),
        )
        .await;
        if copied.is_ok() && chunk.inserted > 0 && self.promote_on_land {
            let new_rows: Vec<usize> = (0..rows.len())
                .filter(|&i| plans[i].plaintiff_id.is_some())
                .collect();
            let new_plaintiffs = new_rows.len();
            copied = copy_rows(
                conn,
                COPY_PLAINTIFFS,
                buffer,
                CopyFormat::Binary,
                new_plaintiffs,
                |i, out| {
                    let i = new_rows[i];
                    encode_plaintiff_row(out, &rows[i], &plans[i], run_id, source_system)
                },
            )
            .await;
        }
        match copied {
            // The savepoint stays open until the next chunk's (or the
            // transaction's end): one round trip less per chunk.
            Ok(()) => Ok(Some(chunk)),
            Err(err) if is_unique_violation(&err) => {
                conn.execute("ROLLBACK TO SAVEPOINT intake_chunk; RELEASE SAVEPOINT intake_chunk")
                    .await?;
                self.savepoint_open = false;
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
        let mut resolved: Vec<(i64, i64, Option<i64>)> = sqlx::query_as(RESOLVED_IDS_OF_CHUNK)
            .bind(run_id)
            .bind(&candidates)
            .fetch_all(&mut **conn)
            .await?;
        // In file order: remembering the chunk's first row forgets what the
        // direct path remembered of it.
        resolved.sort_unstable_by_key(|&(row_index, _, _)| row_index);
        for (row_index, own_id, resolved_id) in resolved {
            let twin = resolved_id != Some(own_id);
            self.resolved_ids.remember(row_index, own_id, twin);
        }
        Ok(())
    }
}

fn is_unique_violation(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => db.code().as_deref() == Some(SQLSTATE_UNIQUE_VIOLATION),
        _ => false,
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
    bin_row(out, RAW_FIELDS);
    bin_i64(out, Some(plan.raw_id));
    bin_uuid(out, Some(run_id));
    bin_i32(out, row.row_index as i32);
    bin_text(out, Some(source_system));
    bin_text(out, dedupe_key);
    bin_canonical_fields(out, &row.fields);
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
    bin_row(out, PLAINTIFF_FIELDS);
    bin_uuid(out, plan.plaintiff_id);
    bin_canonical_fields(out, &row.fields);
    bin_text(out, Some(source_system));
    bin_text(out, row.dedupe_key.as_deref());
    bin_uuid(out, Some(run_id));
    bin_i64(out, Some(plan.raw_id));
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
    push_canonical_fields(buffer, &row.fields);
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
