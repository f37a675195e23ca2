//! A team PostgreSQL database as the target of `export-to`: the SQL that
//! writes another backend's history into it. The whole export is ONE
//! transaction ([`ExportTarget`]): runs are inserted from parallel arrays,
//! rows and plaintiffs are COPYd into temp stages (`export_stage`), then set-based statements
//! write them, carry links over and settle conflicts with the team's data
//! (see `crate::export` for the rules).
//!
//! Needs a role that may write the tables directly (INSERT/UPDATE on
//! `ingest.import_runs`, `ingest.plaintiffs_raw`, INSERT on
//! `public.plaintiffs`), i.e. the role that ran `intake migrate`.

use std::collections::HashMap;

use sqlx::{Executor, Postgres, Row, Transaction};
use uuid::Uuid;

use super::copy::{CopyFormat, CopyIn};
use super::export_stage::{COPY_PLAINTIFFS, COPY_RAW, CREATE_STAGES};
use super::{source_turn_lock_key, PgStorage};
use crate::error::{EngineError, Result};
use crate::row_error_code::RowErrorCode;
use crate::storage::columns::{canonical_columns, plaintiff_columns};
use crate::storage::history::{HistoryRun, RunToCopy};

/// `error_code` of a local live row that landed as `skipped` because the team
/// database already had its plaintiff live.
pub const ALREADY_IN_TEAM_DATABASE: &str = RowErrorCode::AlreadyInTeamDatabase.as_str();

/// Advisory lock class of exports (1 and 2 are the batch claim's, see
/// `migrations/postgres`).
const EXPORT_LOCK_CLASS: i32 = 3;

/// The runs, from parallel arrays.
const INSERT_RUNS: &str = "
INSERT INTO ingest.import_runs
    (id, source_system, source_batch_id, file_hash, filename, file_kind, status, imported_by,
     rows_fetched, rows_inserted, rows_skipped, rows_errored, promoted, error_details,
     created_at, started_at, finished_at)
SELECT u.id, u.source_system, u.source_batch_id, u.file_hash, u.filename, u.file_kind, u.status,
       u.imported_by, u.fetched, u.inserted, u.skipped, u.errored, u.promoted,
       u.error_details::jsonb, u.created_at::timestamptz, u.started_at::timestamptz,
       u.finished_at::timestamptz
FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
            $8::text[], $9::int[], $10::int[], $11::int[], $12::int[], $13::bool[], $14::text[],
            $15::text[], $16::text[], $17::text[])
     AS u(id, source_system, source_batch_id, file_hash, filename, file_kind, status, imported_by,
          fetched, inserted, skipped, errored, promoted, error_details, created_at, started_at,
          finished_at)";

/// The columns both raw inserts write, in this order.
macro_rules! raw_columns {
    () => {
        concat!(
            "(import_run_id, row_index, source_system, dedupe_key, ",
            canonical_columns!(),
            ", raw_payload, status, status_before_rollback, error_code, error_message, \
             duplicate_of, plaintiff_id, created_at, line)"
        )
    };
}

/// Message of a row that landed as skipped because its plaintiff was live
/// in the team database; `s.status` is what it was locally.
macro_rules! already_live_message_sql {
    () => {
        "'Already live in the team database when exported from \
         the embedded database (was ' || s.status || ' there)'"
    };
}

/// $1 = [`ALREADY_IN_TEAM_DATABASE`]. Local live rows whose key is live in
/// PostgreSQL (a live raw row holds it) land as skipped; a key committed by
/// someone else meanwhile is left out by `ON CONFLICT` and landed by
/// [`INSERT_RAW_LEFT_OUT`].
const INSERT_RAW: &str = concat!(
    "INSERT INTO ingest.plaintiffs_raw ",
    raw_columns!(),
    "
         SELECT s.run_id, s.row_index, s.source_system, s.dedupe_key, ",
    canonical_columns!("s."),
    ", s.raw_payload,
                CASE WHEN c.is_live THEN 'skipped' ELSE s.status END,
                s.status_before_rollback,
                CASE WHEN c.is_live THEN $1 ELSE s.error_code END,
                CASE WHEN c.is_live THEN ",
    already_live_message_sql!(),
    " ELSE s.error_message END,
                c.live_raw_id,
                CASE WHEN c.is_live THEN NULL ELSE s.plaintiff_id END,
                s.created_at, s.line
         FROM pg_temp.export_raw s
         LEFT JOIN ingest.plaintiffs_raw l
                ON s.status IN ('pending', 'promoted')
               AND l.dedupe_key = s.dedupe_key AND l.status IN ('pending', 'promoted')
         CROSS JOIN LATERAL (SELECT l.id IS NOT NULL AS is_live, l.id AS live_raw_id) c
         ORDER BY s.run_ord, s.row_index
         ON CONFLICT (dedupe_key) WHERE status IN ('pending', 'promoted') DO NOTHING"
);

/// Rows the main insert left out (their key went live meanwhile): skipped.
const INSERT_RAW_LEFT_OUT: &str = concat!(
    "INSERT INTO ingest.plaintiffs_raw ",
    raw_columns!(),
    "
         SELECT s.run_id, s.row_index, s.source_system, s.dedupe_key, ",
    canonical_columns!("s."),
    ", s.raw_payload, 'skipped', NULL, $1, ",
    already_live_message_sql!(),
    ",
                (SELECT l.id FROM ingest.plaintiffs_raw l
                 WHERE l.dedupe_key = s.dedupe_key AND l.status IN ('pending', 'promoted')),
                NULL, s.created_at, s.line
         FROM pg_temp.export_raw s
         WHERE NOT EXISTS (SELECT 1 FROM ingest.plaintiffs_raw x
                           WHERE x.import_run_id = s.run_id AND x.row_index = s.row_index)
         ORDER BY s.run_ord, s.row_index"
);

/// Carry the local `duplicate_of` links over; a target that itself landed
/// as skipped on export hands its own (team) target on. $1 = the code.
const LINK_DUPLICATES: &str = "
UPDATE ingest.plaintiffs_raw x
SET duplicate_of = CASE WHEN t.status = 'skipped' AND t.error_code = $1
                        THEN t.duplicate_of ELSE t.id END
FROM pg_temp.export_raw s
JOIN ingest.plaintiffs_raw t ON t.import_run_id = s.dup_run AND t.row_index = s.dup_row
WHERE s.dup_run IS NOT NULL
  AND x.import_run_id = s.run_id AND x.row_index = s.row_index
  AND x.duplicate_of IS NULL";

/// Plaintiffs, linked to the new raw ids; not those whose row landed as
/// skipped because the team already had the plaintiff. $1 = the code.
const INSERT_PLAINTIFFS: &str = concat!(
    "
INSERT INTO public.plaintiffs (",
    plaintiff_columns!(),
    ", created_at, deleted_at, deleted_reason)
SELECT p.id, ",
    canonical_columns!("p."),
    ", p.source_system, p.dedupe_key,
       p.import_run_id, x.id, p.created_at, p.deleted_at, p.deleted_reason
FROM pg_temp.export_plaintiffs p
JOIN ingest.plaintiffs_raw x ON x.import_run_id = p.raw_run AND x.row_index = p.raw_row
WHERE NOT (x.status = 'skipped' AND x.error_code IS NOT DISTINCT FROM $1)"
);

/// Move rows that landed as skipped from inserted to skipped in their run's
/// counts, keeping the counts it had before. $1 = exported run ids, $2 = the code.
const ADJUST_COUNTS: &str = "
WITH moved AS (
    SELECT x.import_run_id, count(*)::int AS n
    FROM ingest.plaintiffs_raw x
    WHERE x.import_run_id = ANY($1) AND x.status = 'skipped' AND x.error_code = $2
    GROUP BY x.import_run_id
)
UPDATE ingest.import_runs r
SET rows_inserted = r.rows_inserted - m.n,
    rows_skipped = r.rows_skipped + m.n,
    error_details = jsonb_set(r.error_details, '{export}',
        coalesce(r.error_details -> 'export', '{}'::jsonb) || jsonb_build_object(
            'rows_already_in_team_database', m.n,
            'rows_inserted_before_export', r.rows_inserted,
            'rows_skipped_before_export', r.rows_skipped))
FROM moved m
WHERE r.id = m.import_run_id
RETURNING m.n::bigint";

/// What writing the staged rows did.
pub(crate) struct Written {
    /// Raw rows inserted (live or skipped).
    pub rows: i64,
    pub plaintiffs: i64,
    /// Staged plaintiffs not copied: the team had them live.
    pub plaintiffs_not_copied: i64,
}

/// The export's one transaction in the team database.
pub(crate) struct ExportTarget {
    tx: Transaction<'static, Postgres>,
}

/// Why a superseded run counts as rolled back (its `rollback_reason`, and
/// the `deleted_reason` of its plaintiffs).
pub(crate) fn superseded_reason(team_run: Uuid) -> String {
    format!(
        "Superseded when exported from the embedded database: the team database had already \
         imported this batch (run {team_run})"
    )
}

impl ExportTarget {
    /// Check that the database is migrated and the role may write the
    /// tables, then open the transaction and wait for exports before it:
    /// a second export of the same file waits, then finds everything already
    /// there instead of failing on run ids.
    pub(crate) async fn begin(storage: &PgStorage) -> Result<ExportTarget> {
        check_target(storage.pool()).await?;
        let mut tx = storage.pool().begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1, 0)")
            .bind(EXPORT_LOCK_CLASS)
            .execute(&mut *tx)
            .await?;
        Ok(ExportTarget { tx })
    }

    pub(crate) async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }

    /// Imports of the exported sources land one at a time with the export
    /// (their turn lock): rows meeting each other's uncommitted keys would
    /// deadlock. Taken in key order (unnest keeps the sorted array's order),
    /// so two lockers never wait on each other.
    pub(crate) async fn take_source_turns(&mut self, runs: &[HistoryRun]) -> Result<()> {
        let mut turn_locks: Vec<i64> = runs
            .iter()
            .map(|r| source_turn_lock_key(&r.source_system))
            .collect();
        turn_locks.sort_unstable();
        turn_locks.dedup();
        sqlx::query("SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k")
            .bind(&turn_locks)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The runs among `ids` already in the database, with their status
    /// (empty for a run superseded on export: it was meant to differ).
    pub(crate) async fn runs_already_there(
        &mut self,
        ids: &[Uuid],
    ) -> Result<HashMap<Uuid, String>> {
        sqlx::query(
            "SELECT id, status, error_details ? 'superseded_by_run_id' AS superseded \
             FROM ingest.import_runs WHERE id = ANY($1)",
        )
        .bind(ids)
        .fetch_all(&mut *self.tx)
        .await?
        .iter()
        .map(|row| {
            let superseded: bool = row.try_get("superseded")?;
            let status: String = row.try_get("status")?;
            let status = if superseded { String::new() } else { status };
            Ok((row.try_get("id")?, status))
        })
        .collect()
    }

    /// Take the claim lock of every exported completed batch (the key
    /// `ingest.claim_import_run` uses, in a fixed order so two exports cannot
    /// deadlock), then find the team's live run for each of those batches.
    pub(crate) async fn lock_and_find_superseded(
        &mut self,
        runs: &[&HistoryRun],
    ) -> Result<HashMap<Uuid, Uuid>> {
        let completed: Vec<&&HistoryRun> =
            runs.iter().filter(|r| r.status == "completed").collect();
        if completed.is_empty() {
            return Ok(HashMap::new());
        }
        let ids: Vec<Uuid> = completed.iter().map(|r| r.id).collect();
        let sources: Vec<String> = completed.iter().map(|r| r.source_system.clone()).collect();
        let batches: Vec<Option<String>> = completed
            .iter()
            .map(|r| r.source_batch_id.clone())
            .collect();
        let hashes: Vec<String> = completed.iter().map(|r| r.file_hash.clone()).collect();
        let lock_keys: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT ingest.batch_lock_key(1, u.src, u.batch, u.hash) AS k
             FROM unnest($1::text[], $2::text[], $3::text[]) AS u(src, batch, hash)
             ORDER BY 1",
        )
        .bind(&sources)
        .bind(&batches)
        .bind(&hashes)
        .fetch_all(&mut *self.tx)
        .await?;
        for key in lock_keys {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(key)
                .execute(&mut *self.tx)
                .await?;
        }
        let rows = sqlx::query(
            "SELECT u.id, t.id AS team_run_id
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, src, batch, hash)
             CROSS JOIN LATERAL (
                 SELECT r.id FROM ingest.import_runs r
                 WHERE r.source_system = lower(trim(u.src))
                   AND coalesce(r.source_batch_id, '') = coalesce(nullif(trim(u.batch), ''), '')
                   AND r.file_hash = u.hash
                   AND r.status IN ('processing', 'completed')
                 ORDER BY r.created_at DESC LIMIT 1
             ) t",
        )
        .bind(&ids)
        .bind(&sources)
        .bind(&batches)
        .bind(&hashes)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("id")?, row.try_get("team_run_id")?)))
            .collect()
    }

    /// Insert the runs; a superseded one as rolled back, with the reason,
    /// the exporter and the time in `error_details`.
    pub(crate) async fn insert_runs(
        &mut self,
        runs: &[RunToCopy<'_>],
        export_time: &str,
        exporter: &str,
    ) -> Result<()> {
        let mut statuses = Vec::with_capacity(runs.len());
        let mut details = Vec::with_capacity(runs.len());
        for copy in runs {
            let mut error_details: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&copy.run.error_details).unwrap_or_default();
            error_details.insert(
                "export".into(),
                serde_json::json!({
                    "from": "embedded",
                    "exported_at": export_time,
                    "exported_by": exporter,
                }),
            );
            let status = match copy.superseded_by {
                Some(team_run) => {
                    error_details
                        .insert("rollback_reason".into(), superseded_reason(team_run).into());
                    error_details.insert("rolled_back_by".into(), exporter.into());
                    error_details.insert("rolled_back_at".into(), export_time.into());
                    error_details
                        .insert("superseded_by_run_id".into(), team_run.to_string().into());
                    "rolled_back".to_string()
                }
                None => copy.run.status.clone(),
            };
            statuses.push(status);
            details.push(serde_json::Value::Object(error_details).to_string());
        }
        let column = |f: &dyn Fn(&HistoryRun) -> String| -> Vec<String> {
            runs.iter().map(|r| f(r.run)).collect()
        };
        let optional = |f: &dyn Fn(&HistoryRun) -> Option<String>| -> Vec<Option<String>> {
            runs.iter().map(|r| f(r.run)).collect()
        };
        let count = |f: &dyn Fn(&HistoryRun) -> i32| -> Vec<i32> {
            runs.iter().map(|r| f(r.run)).collect()
        };
        sqlx::query(INSERT_RUNS)
            .bind(runs.iter().map(|r| r.run.id).collect::<Vec<Uuid>>())
            .bind(column(&|r| r.source_system.clone()))
            .bind(optional(&|r| r.source_batch_id.clone()))
            .bind(column(&|r| r.file_hash.clone()))
            .bind(column(&|r| r.filename.clone()))
            .bind(column(&|r| r.file_kind.clone()))
            .bind(statuses)
            .bind(column(&|r| r.imported_by.clone()))
            .bind(count(&|r| r.rows_fetched))
            .bind(count(&|r| r.rows_inserted))
            .bind(count(&|r| r.rows_skipped))
            .bind(count(&|r| r.rows_errored))
            .bind(runs.iter().map(|r| r.run.promoted).collect::<Vec<bool>>())
            .bind(details)
            .bind(column(&|r| r.created_at.clone()))
            .bind(optional(&|r| r.started_at.clone()))
            .bind(optional(&|r| r.finished_at.clone()))
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub(crate) async fn create_stages(&mut self) -> Result<()> {
        self.tx.execute(CREATE_STAGES).await?;
        Ok(())
    }

    /// The COPY of raw rows into the stage; encode them with
    /// [`encode_raw_row`](super::export_stage::encode_raw_row).
    pub(crate) async fn copy_raw_rows<'a>(
        &'a mut self,
        buffer: &'a mut Vec<u8>,
    ) -> Result<CopyIn<'a>> {
        Ok(CopyIn::start(&mut self.tx, COPY_RAW, CopyFormat::Text, buffer).await?)
    }

    /// The COPY of plaintiffs into the stage; encode them with
    /// [`encode_plaintiff`](super::export_stage::encode_plaintiff).
    pub(crate) async fn copy_plaintiffs<'a>(
        &'a mut self,
        buffer: &'a mut Vec<u8>,
    ) -> Result<CopyIn<'a>> {
        Ok(CopyIn::start(&mut self.tx, COPY_PLAINTIFFS, CopyFormat::Text, buffer).await?)
    }

    /// Write the staged rows (`staged_rows` of them) and plaintiffs, and
    /// carry the duplicate links over.
    pub(crate) async fn write_staged(&mut self, staged_rows: i64) -> Result<Written> {
        self.tx
            .execute("ANALYZE pg_temp.export_raw; ANALYZE pg_temp.export_plaintiffs")
            .await?;
        let inserted = sqlx::query(INSERT_RAW)
            .bind(ALREADY_IN_TEAM_DATABASE)
            .execute(&mut *self.tx)
            .await?
            .rows_affected() as i64;
        let left_out = if inserted < staged_rows {
            sqlx::query(INSERT_RAW_LEFT_OUT)
                .bind(ALREADY_IN_TEAM_DATABASE)
                .execute(&mut *self.tx)
                .await?
                .rows_affected() as i64
        } else {
            0
        };
        tracing::debug!("export: rows written");
        sqlx::query(LINK_DUPLICATES)
            .bind(ALREADY_IN_TEAM_DATABASE)
            .execute(&mut *self.tx)
            .await?;
        let plaintiffs = sqlx::query(INSERT_PLAINTIFFS)
            .bind(ALREADY_IN_TEAM_DATABASE)
            .execute(&mut *self.tx)
            .await?
            .rows_affected() as i64;
        let staged_plaintiffs: i64 =
            sqlx::query_scalar("SELECT count(*) FROM pg_temp.export_plaintiffs")
                .fetch_one(&mut *self.tx)
                .await?;
        Ok(Written {
            rows: inserted + left_out,
            plaintiffs,
            plaintiffs_not_copied: staged_plaintiffs - plaintiffs,
        })
    }

    /// Move the rows that landed as skipped from inserted to skipped in
    /// their runs' counts; returns how many rows moved.
    pub(crate) async fn adjust_counts(&mut self, run_ids: &[Uuid]) -> Result<i64> {
        let moved: Vec<i64> = sqlx::query_scalar(ADJUST_COUNTS)
            .bind(run_ids)
            .bind(ALREADY_IN_TEAM_DATABASE)
            .fetch_all(&mut *self.tx)
            .await?;
        // The runs' kept counts (0013) from the rows as they landed here,
        // and the marks their pages seek by (0015).
        sqlx::query("SELECT ingest.recount_import_runs($1), ingest.mark_run_rows($1)")
            .bind(run_ids)
            .execute(&mut *self.tx)
            .await?;
        Ok(moved.iter().sum())
    }

    /// The runs among `run_ids` that do not reconcile, oldest first.
    pub(crate) async fn unreconciled(&mut self, run_ids: &[Uuid]) -> Result<Vec<Uuid>> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM ingest.v_import_reconciliation \
             WHERE id = ANY($1) AND NOT is_reconciled ORDER BY created_at",
        )
        .bind(run_ids)
        .fetch_all(&mut *self.tx)
        .await?)
    }
}

/// The target must be migrated, and the role must be able to write the tables.
async fn check_target(pool: &sqlx::PgPool) -> Result<()> {
    let row = sqlx::query(
        "SELECT to_regclass('ingest.import_runs') IS NOT NULL
                AND to_regclass('ingest.plaintiffs_raw') IS NOT NULL
                AND to_regclass('public.plaintiffs') IS NOT NULL
                AND to_regclass('ingest.v_import_reconciliation') IS NOT NULL AS migrated",
    )
    .fetch_one(pool)
    .await?;
    if !row.try_get::<bool, _>("migrated")? {
        return Err(EngineError::Config(
            "the target database has no intake schema yet: run `intake migrate --database URL` \
             against it first"
                .into(),
        ));
    }
    let allowed: bool = sqlx::query_scalar(
        "SELECT has_table_privilege('ingest.import_runs', 'INSERT, UPDATE')
            AND has_table_privilege('ingest.plaintiffs_raw', 'INSERT, UPDATE')
            AND has_table_privilege('public.plaintiffs', 'INSERT')",
    )
    .fetch_one(pool)
    .await?;
    if !allowed {
        return Err(EngineError::PermissionDenied(
            "exporting writes the intake tables directly: connect as the role that ran \
             `intake migrate` (INSERT/UPDATE on ingest.import_runs and ingest.plaintiffs_raw, \
             INSERT on public.plaintiffs)"
                .into(),
        ));
    }
    Ok(())
}
