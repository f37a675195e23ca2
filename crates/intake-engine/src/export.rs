//! "Moving up": copy the embedded (SQLite) history and plaintiffs into a team
//! PostgreSQL database, so a clerk who started alone keeps the audit trail.
//!
//! # What is copied
//!
//! Every *terminal* run of the SQLite file (`completed`, `failed`,
//! `rolled_back`) with its ids, statuses, counts, who/when and error or
//! rollback details; all its `plaintiffs_raw` rows (raw ids are new
//! PostgreSQL identities; `duplicate_of` links are carried over through
//! `(import_run_id, row_index)`, which is unique on both sides); and its
//! `plaintiffs` rows (same uuids, linked to the new raw ids). `processing`
//! runs are skipped and reported: they may still be running.
//!
//! # Idempotent, all or nothing
//!
//! The whole export is ONE PostgreSQL transaction: the team database never
//! sees half an export, links between runs (a skipped row of one run pointing
//! at a row of an earlier run) always find their target, and "the run id is
//! already there" is then a complete test for "already exported". A second
//! export copies nothing it copied before. A run already in PostgreSQL is
//! never modified, even when it changed locally since (e.g. was rolled back
//! there): such runs are listed in [`ExportReport::runs_changed_locally`].
//!
//! # Conflicts with the team's data
//!
//! Nothing is ever dropped, and the unique indexes (one live run per batch
//! identity, one live raw row and one live plaintiff per dedupe key) are
//! never violated:
//!
//! - **Batch already imported by the team**: a local `completed` run whose
//!   batch identity is held by a live (`completed` or `processing`) run in
//!   PostgreSQL is copied, but as `rolled_back`, exactly as if it had been
//!   rolled back there: its rows become `rolled_back` (remembering what they
//!   were), its plaintiffs are soft-deleted, and `error_details` records the
//!   reason, the exporter, the time and `superseded_by_run_id`. The team's
//!   run stays the live one; the local run still reconciles.
//! - **Plaintiff already live in the team database**: a local `pending` or
//!   `promoted` row whose dedupe key is live in PostgreSQL lands as `skipped`
//!   pointing at the team's live row, with `error_code`
//!   [`ALREADY_IN_TEAM_DATABASE`] and a message naming what it was; its local
//!   plaintiff is not copied (the team's is the live one). The run's reported
//!   counts move those rows from inserted to skipped, so the run reconciles,
//!   and `error_details.export` keeps the counts it had before. This is also
//!   what happens when another import commits the same key while the export
//!   runs (`ON CONFLICT` on the live-key index).
//!
//! Skipped rows keep pointing at the row they pointed at locally; only when
//! that row itself landed as `skipped` (second case) they point on at the
//! team's live row. Batch claims of the exported identities are serialized
//! with `ingest.claim_import_run` through the same advisory lock, and two
//! exports into one database run one after the other.
//!
//! Needs a role that may write the tables directly (INSERT/UPDATE on
//! `ingest.import_runs`, `ingest.plaintiffs_raw`, INSERT on
//! `public.plaintiffs`), i.e. the role that ran `intake migrate`.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteRow};
use sqlx::{ConnectOptions, Connection, Executor, Row};
use uuid::Uuid;

use crate::error::{db_error, EngineError, Result};
use crate::model::{Phase, Progress};
use crate::progress::ProgressSink;
use crate::storage::postgres::copy_text::push_field;
use crate::storage::postgres::{source_turn_lock_key, PgStorage};
use crate::storage::Storage;

/// `error_code` of a local live row that landed as `skipped` because the team
/// database already had its plaintiff live.
pub const ALREADY_IN_TEAM_DATABASE: &str = "ALREADY_IN_TEAM_DATABASE";

/// Rows read from SQLite per query (keyset pages keep memory flat).
const PAGE_ROWS: i64 = 10_000;
/// COPY data is sent in pieces of about this size.
const COPY_SEND_BYTES: usize = 1 << 20;
const PROGRESS_EVERY: Duration = Duration::from_millis(100);
/// Advisory lock class of exports (1 and 2 are the batch claim's, see
/// `migrations/postgres`).
const EXPORT_LOCK_CLASS: i32 = 3;

/// What an export did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportReport {
    /// The SQLite file.
    pub source: String,
    /// The PostgreSQL database, without password.
    pub target: String,
    /// Runs copied by this export.
    pub runs_copied: i64,
    /// Terminal runs that an earlier export had already copied (left as they are).
    pub runs_already_there: i64,
    /// Runs already there whose status differs locally now (e.g. rolled back
    /// locally after the first export): not changed in PostgreSQL.
    pub runs_changed_locally: Vec<Uuid>,
    /// Local runs still `processing`: not copied.
    pub runs_skipped_processing: Vec<Uuid>,
    /// `plaintiffs_raw` rows copied.
    pub rows_copied: i64,
    /// `public.plaintiffs` rows copied (live and soft-deleted).
    pub plaintiffs_copied: i64,
    pub conflicts: ExportConflicts,
    pub duration_ms: i64,
}

/// Where the local history met the team's data (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportConflicts {
    /// Local completed runs whose batch the team database already held:
    /// copied as `rolled_back`.
    pub superseded_runs: Vec<SupersededRun>,
    /// Local live rows whose plaintiff was already live in the team
    /// database: copied as `skipped`.
    pub rows_already_live: i64,
    /// Local plaintiffs of those rows, not copied.
    pub plaintiffs_not_copied: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupersededRun {
    pub run_id: Uuid,
    /// The team's run that holds the batch.
    pub team_run_id: Uuid,
}

/// One run of the SQLite file.
struct SourceRun {
    id: Uuid,
    source_system: String,
    source_batch_id: Option<String>,
    file_hash: String,
    filename: String,
    file_kind: String,
    status: String,
    imported_by: String,
    rows_fetched: i32,
    rows_inserted: i32,
    rows_skipped: i32,
    rows_errored: i32,
    promoted: bool,
    error_details: String,
    created_at: String,
    started_at: Option<String>,
    finished_at: Option<String>,
}

/// A run about to be copied, as it will be written.
struct RunToCopy<'a> {
    run: &'a SourceRun,
    /// The team's live run holding the same batch, when there is one.
    superseded_by: Option<Uuid>,
}

const CREATE_STAGES: &str = "
CREATE TEMP TABLE export_raw (
    run_ord                integer NOT NULL,
    run_id                 uuid NOT NULL,
    row_index              integer NOT NULL,
    source_system          text NOT NULL,
    dedupe_key             text,
    plaintiff_name         text,
    firm_name              text,
    short_name             text,
    contact_name           text,
    contact_email          text,
    contact_phone          text,
    contact_address        text,
    source_reference       text,
    raw_payload            jsonb NOT NULL,
    status                 text NOT NULL,
    status_before_rollback text,
    error_code             text,
    error_message          text,
    dup_run                uuid,
    dup_row                integer,
    plaintiff_id           uuid,
    created_at             timestamptz NOT NULL,
    line                   integer
) ON COMMIT DROP;
CREATE TEMP TABLE export_plaintiffs (
    id               uuid NOT NULL,
    plaintiff_name   text NOT NULL,
    firm_name        text,
    short_name       text,
    contact_name     text,
    contact_email    text,
    contact_phone    text,
    contact_address  text,
    source_reference text,
    source_system    text,
    dedupe_key       text NOT NULL,
    import_run_id    uuid NOT NULL,
    raw_run          uuid NOT NULL,
    raw_row          integer NOT NULL,
    created_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    deleted_reason   text
) ON COMMIT DROP";

const COPY_RAW: &str = "COPY pg_temp.export_raw (run_ord, run_id, row_index, source_system, \
    dedupe_key, plaintiff_name, firm_name, short_name, contact_name, contact_email, \
    contact_phone, contact_address, source_reference, raw_payload, status, \
    status_before_rollback, error_code, error_message, dup_run, dup_row, plaintiff_id, \
    created_at, line) FROM STDIN";

const COPY_PLAINTIFFS: &str = "COPY pg_temp.export_plaintiffs (id, plaintiff_name, firm_name, \
    short_name, contact_name, contact_email, contact_phone, contact_address, source_reference, \
    source_system, dedupe_key, import_run_id, raw_run, raw_row, created_at, deleted_at, \
    deleted_reason) FROM STDIN";

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

const RAW_COLUMNS: &str = "(import_run_id, row_index, source_system, dedupe_key, plaintiff_name, \
    firm_name, short_name, contact_name, contact_email, contact_phone, contact_address, \
    source_reference, raw_payload, status, status_before_rollback, error_code, error_message, \
    duplicate_of, plaintiff_id, created_at, line)";

/// Message of a row that landed as skipped because its plaintiff was live
/// in the team database; `s.status` is what it was locally.
const ALREADY_LIVE_MESSAGE_SQL: &str = "'Already live in the team database when exported from \
    the embedded database (was ' || s.status || ' there)'";

/// $1 = [`ALREADY_IN_TEAM_DATABASE`]. Local live rows whose key is live in
/// PostgreSQL (a live raw row holds it) land as skipped; a key committed by someone else meanwhile is left out by
/// `ON CONFLICT` and landed by [`insert_raw_left_out_sql`].
fn insert_raw_sql() -> String {
    format!(
        "INSERT INTO ingest.plaintiffs_raw {RAW_COLUMNS}
         SELECT s.run_id, s.row_index, s.source_system, s.dedupe_key, s.plaintiff_name,
                s.firm_name, s.short_name, s.contact_name, s.contact_email, s.contact_phone,
                s.contact_address, s.source_reference, s.raw_payload,
                CASE WHEN c.is_live THEN 'skipped' ELSE s.status END,
                s.status_before_rollback,
                CASE WHEN c.is_live THEN $1 ELSE s.error_code END,
                CASE WHEN c.is_live THEN {ALREADY_LIVE_MESSAGE_SQL} ELSE s.error_message END,
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
    )
}

/// Rows the main insert left out (their key went live meanwhile): skipped.
fn insert_raw_left_out_sql() -> String {
    format!(
        "INSERT INTO ingest.plaintiffs_raw {RAW_COLUMNS}
         SELECT s.run_id, s.row_index, s.source_system, s.dedupe_key, s.plaintiff_name,
                s.firm_name, s.short_name, s.contact_name, s.contact_email, s.contact_phone,
                s.contact_address, s.source_reference, s.raw_payload, 'skipped', NULL, $1,
                {ALREADY_LIVE_MESSAGE_SQL},
                (SELECT l.id FROM ingest.plaintiffs_raw l
                 WHERE l.dedupe_key = s.dedupe_key AND l.status IN ('pending', 'promoted')),
                NULL, s.created_at, s.line
         FROM pg_temp.export_raw s
         WHERE NOT EXISTS (SELECT 1 FROM ingest.plaintiffs_raw x
                           WHERE x.import_run_id = s.run_id AND x.row_index = s.row_index)
         ORDER BY s.run_ord, s.row_index"
    )
}

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
const INSERT_PLAINTIFFS: &str = "
INSERT INTO public.plaintiffs
    (id, plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone,
     contact_address, source_reference, source_system, dedupe_key, import_run_id, raw_id,
     created_at, deleted_at, deleted_reason)
SELECT p.id, p.plaintiff_name, p.firm_name, p.short_name, p.contact_name, p.contact_email,
       p.contact_phone, p.contact_address, p.source_reference, p.source_system, p.dedupe_key,
       p.import_run_id, x.id, p.created_at, p.deleted_at, p.deleted_reason
FROM pg_temp.export_plaintiffs p
JOIN ingest.plaintiffs_raw x ON x.import_run_id = p.raw_run AND x.row_index = p.raw_row
WHERE NOT (x.status = 'skipped' AND x.error_code IS NOT DISTINCT FROM $1)";

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

/// Copy the SQLite file's terminal runs, their rows and plaintiffs into the
/// (migrated) PostgreSQL database at `pg_url`. See the module docs for the
/// behaviour on conflicts. Progress: `Landing` while rows are copied (rows
/// done), `Finalizing` while they are written, `Done`.
pub async fn export_sqlite_to_postgres(
    sqlite_path: &Path,
    pg_url: &str,
    progress: &dyn ProgressSink,
) -> Result<ExportReport> {
    let started = Instant::now();
    let mut source = open_source(sqlite_path).await?;
    let target = PgStorage::connect(pg_url).await?;
    check_target(target.pool()).await?;

    // One read transaction: a consistent snapshot of the file.
    sqlx::query("BEGIN").execute(&mut source).await?;
    let result = export_inner(&mut source, &target, progress, started).await;
    let _ = sqlx::query("ROLLBACK").execute(&mut source).await;
    let _ = source.close().await;
    target.pool().close().await;
    let mut report = result?;
    report.source = sqlite_path.display().to_string();
    report.target = target.describe();
    report.duration_ms = started.elapsed().as_millis() as i64;
    Ok(report)
}

async fn export_inner(
    source: &mut SqliteConnection,
    target: &PgStorage,
    progress: &dyn ProgressSink,
    started: Instant,
) -> Result<ExportReport> {
    let runs = read_source_runs(source).await?;
    let mut report = ExportReport {
        source: String::new(),
        target: String::new(),
        runs_copied: 0,
        runs_already_there: 0,
        runs_changed_locally: Vec::new(),
        runs_skipped_processing: runs
            .iter()
            .filter(|r| r.status == "processing")
            .map(|r| r.id)
            .collect(),
        rows_copied: 0,
        plaintiffs_copied: 0,
        conflicts: ExportConflicts::default(),
        duration_ms: 0,
    };
    let terminal: Vec<&SourceRun> = runs.iter().filter(|r| r.status != "processing").collect();

    let mut tx = target.pool().begin().await?;
    // Exports run one at a time: a second export of the same file waits,
    // then finds everything already there instead of failing on run ids.
    sqlx::query("SELECT pg_advisory_xact_lock($1, 0)")
        .bind(EXPORT_LOCK_CLASS)
        .execute(&mut *tx)
        .await?;
    // Imports of the exported sources land one at a time with it (their
    // turn lock): rows meeting each other's uncommitted keys would deadlock.
    // Taken in key order (unnest keeps the sorted array's order), so two
    // lockers never wait on each other.
    let mut turn_locks: Vec<i64> = runs
        .iter()
        .map(|r| source_turn_lock_key(&r.source_system))
        .collect();
    turn_locks.sort_unstable();
    turn_locks.dedup();
    sqlx::query("SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k")
        .bind(&turn_locks)
        .execute(&mut *tx)
        .await?;
    let terminal_ids: Vec<Uuid> = terminal.iter().map(|r| r.id).collect();
    let already: HashMap<Uuid, String> = sqlx::query(
        "SELECT id, status, error_details ? 'superseded_by_run_id' AS superseded \
         FROM ingest.import_runs WHERE id = ANY($1)",
    )
    .bind(&terminal_ids)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|row| {
        let superseded: bool = row.try_get("superseded")?;
        let status: String = row.try_get("status")?;
        // A run superseded on export was meant to differ: not a local change.
        let status = if superseded { String::new() } else { status };
        Ok((row.try_get("id")?, status))
    })
    .collect::<Result<_>>()?;
    report.runs_already_there = already.len() as i64;
    report.runs_changed_locally = terminal
        .iter()
        .filter(|r| {
            already
                .get(&r.id)
                .is_some_and(|status| !status.is_empty() && *status != r.status)
        })
        .map(|r| r.id)
        .collect();
    let new_runs: Vec<&SourceRun> = terminal
        .into_iter()
        .filter(|r| !already.contains_key(&r.id))
        .collect();
    if new_runs.is_empty() {
        tx.commit().await?;
        report_progress(progress, Phase::Done, 0, started);
        return Ok(report);
    }

    let superseded = lock_and_find_superseded(&mut tx, &new_runs).await?;
    let to_copy: Vec<RunToCopy> = new_runs
        .iter()
        .map(|run| RunToCopy {
            run,
            superseded_by: superseded.get(&run.id).copied(),
        })
        .collect();
    report.conflicts.superseded_runs = to_copy
        .iter()
        .filter_map(|r| {
            r.superseded_by.map(|team_run_id| SupersededRun {
                run_id: r.run.id,
                team_run_id,
            })
        })
        .collect();

    let export_time = Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true);
    let exporter = crate::actor::os_user();
    insert_runs(&mut tx, &to_copy, &export_time, &exporter).await?;

    tx.execute(CREATE_STAGES).await?;
    let staged_rows = stage_raw_rows(source, &mut tx, &to_copy, progress, started).await?;
    tracing::debug!(
        "export: staged {staged_rows} raw rows after {:?}",
        started.elapsed()
    );
    stage_plaintiffs(source, &mut tx, &to_copy, &export_time).await?;
    tracing::debug!(
        "export: staged {staged_rows} rows and the plaintiffs after {:?}",
        started.elapsed()
    );
    tx.execute("ANALYZE pg_temp.export_raw; ANALYZE pg_temp.export_plaintiffs")
        .await?;
    report_progress(progress, Phase::Finalizing, staged_rows as u64, started);

    let inserted = sqlx::query(&insert_raw_sql())
        .bind(ALREADY_IN_TEAM_DATABASE)
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
    let left_out = if inserted < staged_rows {
        sqlx::query(&insert_raw_left_out_sql())
            .bind(ALREADY_IN_TEAM_DATABASE)
            .execute(&mut *tx)
            .await?
            .rows_affected() as i64
    } else {
        0
    };
    report.rows_copied = inserted + left_out;
    tracing::debug!("export: rows written after {:?}", started.elapsed());
    sqlx::query(LINK_DUPLICATES)
        .bind(ALREADY_IN_TEAM_DATABASE)
        .execute(&mut *tx)
        .await?;
    report.plaintiffs_copied = sqlx::query(INSERT_PLAINTIFFS)
        .bind(ALREADY_IN_TEAM_DATABASE)
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
    let staged_plaintiffs: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pg_temp.export_plaintiffs")
            .fetch_one(&mut *tx)
            .await?;
    report.conflicts.plaintiffs_not_copied = staged_plaintiffs - report.plaintiffs_copied;
    tracing::debug!(
        "export: links and plaintiffs written after {:?}",
        started.elapsed()
    );

    let run_ids: Vec<Uuid> = to_copy.iter().map(|r| r.run.id).collect();
    let moved: Vec<i64> = sqlx::query_scalar(ADJUST_COUNTS)
        .bind(&run_ids)
        .bind(ALREADY_IN_TEAM_DATABASE)
        .fetch_all(&mut *tx)
        .await?;
    report.conflicts.rows_already_live = moved.iter().sum();

    // Every exported run must reconcile in its new home, or nothing commits.
    let unreconciled: Vec<Uuid> = sqlx::query_scalar(
        "SELECT id FROM ingest.v_import_reconciliation \
         WHERE id = ANY($1) AND NOT is_reconciled ORDER BY created_at",
    )
    .bind(&run_ids)
    .fetch_all(&mut *tx)
    .await?;
    if let Some(first) = unreconciled.first() {
        return Err(EngineError::NotReconciled {
            run_id: *first,
            detail: format!(
                "{} exported run(s) would not reconcile in the team database; nothing was exported",
                unreconciled.len()
            ),
        });
    }
    tx.commit().await?;
    report.runs_copied = to_copy.len() as i64;
    report_progress(progress, Phase::Done, staged_rows as u64, started);
    tracing::info!(
        "Exported {} runs, {} rows, {} plaintiffs to the team database ({} runs superseded, {} rows already live there)",
        report.runs_copied,
        report.rows_copied,
        report.plaintiffs_copied,
        report.conflicts.superseded_runs.len(),
        report.conflicts.rows_already_live
    );
    Ok(report)
}

/// Open the SQLite file read-only; it must exist and hold the intake schema.
async fn open_source(path: &Path) -> Result<SqliteConnection> {
    if !path.is_file() {
        return Err(EngineError::InvalidArgument(format!(
            "there is no embedded database at {}: nothing to export",
            path.display()
        )));
    }
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .busy_timeout(crate::storage::sqlite::BUSY_TIMEOUT)
        .connect()
        .await
        .map_err(|e| {
            EngineError::Connection(format!("cannot open {}: {}", path.display(), db_error(e)))
        })?;
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' \
         AND name IN ('import_runs', 'plaintiffs_raw', 'plaintiffs')",
    )
    .fetch_one(&mut conn)
    .await?;
    if tables != 3 {
        return Err(EngineError::InvalidArgument(format!(
            "{} is not a Plaintiff Intake database (no import history in it)",
            path.display()
        )));
    }
    Ok(conn)
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

async fn read_source_runs(source: &mut SqliteConnection) -> Result<Vec<SourceRun>> {
    let rows = sqlx::query(
        "SELECT id, source_system, source_batch_id, file_hash, filename, file_kind, status,
                imported_by, rows_fetched, rows_inserted, rows_skipped, rows_errored, promoted,
                error_details, created_at, started_at, finished_at
           FROM import_runs ORDER BY created_at, id",
    )
    .fetch_all(&mut *source)
    .await?;
    rows.iter().map(source_run_from_row).collect()
}

fn source_run_from_row(row: &SqliteRow) -> Result<SourceRun> {
    let count = |name: &str| -> Result<i32> {
        let value: i64 = row.try_get(name)?;
        i32::try_from(value)
            .map_err(|_| EngineError::Database(format!("run count {name} out of range")))
    };
    let id: String = row.try_get("id")?;
    Ok(SourceRun {
        id: Uuid::parse_str(&id).map_err(|_| {
            EngineError::Database(format!("invalid run id '{id}' in the embedded database"))
        })?,
        source_system: row.try_get("source_system")?,
        source_batch_id: row.try_get("source_batch_id")?,
        file_hash: row.try_get("file_hash")?,
        filename: row.try_get("filename")?,
        file_kind: row.try_get("file_kind")?,
        status: row.try_get("status")?,
        imported_by: row.try_get("imported_by")?,
        rows_fetched: count("rows_fetched")?,
        rows_inserted: count("rows_inserted")?,
        rows_skipped: count("rows_skipped")?,
        rows_errored: count("rows_errored")?,
        promoted: row.try_get::<i64, _>("promoted")? != 0,
        error_details: row.try_get("error_details")?,
        created_at: row.try_get("created_at")?,
        started_at: row.try_get("started_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

/// Take the claim lock of every exported completed batch (the key
/// `ingest.claim_import_run` uses, in a fixed order so two exports cannot
/// deadlock), then find the team's live run for each of those batches.
async fn lock_and_find_superseded(
    conn: &mut PgConnection,
    runs: &[&SourceRun],
) -> Result<HashMap<Uuid, Uuid>> {
    let completed: Vec<&&SourceRun> = runs.iter().filter(|r| r.status == "completed").collect();
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
    .fetch_all(&mut *conn)
    .await?;
    for key in lock_keys {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(key)
            .execute(&mut *conn)
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
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("team_run_id")?)))
        .collect()
}

async fn insert_runs(
    conn: &mut PgConnection,
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
                error_details.insert("rollback_reason".into(), superseded_reason(team_run).into());
                error_details.insert("rolled_back_by".into(), exporter.into());
                error_details.insert("rolled_back_at".into(), export_time.into());
                error_details.insert("superseded_by_run_id".into(), team_run.to_string().into());
                "rolled_back".to_string()
            }
            None => copy.run.status.clone(),
        };
        statuses.push(status);
        details.push(serde_json::Value::Object(error_details).to_string());
    }
    let column = |f: &dyn Fn(&SourceRun) -> String| -> Vec<String> {
        runs.iter().map(|r| f(r.run)).collect()
    };
    let optional = |f: &dyn Fn(&SourceRun) -> Option<String>| -> Vec<Option<String>> {
        runs.iter().map(|r| f(r.run)).collect()
    };
    let count =
        |f: &dyn Fn(&SourceRun) -> i32| -> Vec<i32> { runs.iter().map(|r| f(r.run)).collect() };
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
        .execute(&mut *conn)
        .await?;
    Ok(())
}

fn superseded_reason(team_run: Uuid) -> String {
    format!(
        "Superseded when exported from the embedded database: the team database had already \
         imported this batch (run {team_run})"
    )
}

/// Stream every exported run's raw rows from SQLite into `export_raw` with
/// COPY, page by page along the `(import_run_id, row_index)` index. Rows of
/// a superseded run are written as rolled back. Returns the rows staged.
async fn stage_raw_rows(
    source: &mut SqliteConnection,
    target: &mut PgConnection,
    runs: &[RunToCopy<'_>],
    progress: &dyn ProgressSink,
    started: Instant,
) -> Result<i64> {
    let mut copy = target.copy_in_raw(COPY_RAW).await?;
    let mut buffer: Vec<u8> = Vec::with_capacity(COPY_SEND_BYTES + 64 * 1024);
    let mut staged: i64 = 0;
    let mut last_report = Instant::now();
    let outcome: Result<()> = async {
        for (ord, copy_run) in runs.iter().enumerate() {
            let run_id = copy_run.run.id.to_string();
            let mut after: i64 = -1;
            loop {
                let rows = sqlx::query(
                    "SELECT r.row_index, r.source_system, r.dedupe_key, r.plaintiff_name,
                            r.firm_name, r.short_name, r.contact_name, r.contact_email,
                            r.contact_phone, r.contact_address, r.source_reference,
                            r.raw_payload, r.status, r.status_before_rollback, r.error_code,
                            r.error_message, d.import_run_id AS dup_run, d.row_index AS dup_row,
                            r.plaintiff_id, r.created_at, r.line
                       FROM plaintiffs_raw r
                       LEFT JOIN plaintiffs_raw d ON d.id = r.duplicate_of
                      WHERE r.import_run_id = ?1 AND r.row_index > ?2
                      ORDER BY r.row_index LIMIT ?3",
                )
                .bind(&run_id)
                .bind(after)
                .bind(PAGE_ROWS)
                .fetch_all(&mut *source)
                .await?;
                let Some(last) = rows.last() else { break };
                after = last.try_get("row_index")?;
                for row in &rows {
                    encode_raw_row(
                        &mut buffer,
                        ord,
                        &run_id,
                        row,
                        copy_run.superseded_by.is_some(),
                    )?;
                    if buffer.len() >= COPY_SEND_BYTES {
                        copy.send(buffer.as_slice()).await?;
                        buffer.clear();
                    }
                }
                staged += rows.len() as i64;
                if last_report.elapsed() >= PROGRESS_EVERY {
                    last_report = Instant::now();
                    report_progress(progress, Phase::Landing, staged as u64, started);
                }
                if (rows.len() as i64) < PAGE_ROWS {
                    break;
                }
            }
        }
        if !buffer.is_empty() {
            copy.send(buffer.as_slice()).await?;
        }
        Ok(())
    }
    .await;
    match outcome {
        Ok(()) => {
            copy.finish().await?;
            Ok(staged)
        }
        Err(err) => {
            let _ = copy.abort("export failed").await;
            Err(err)
        }
    }
}

fn encode_raw_row(
    buffer: &mut Vec<u8>,
    ord: usize,
    run_id: &str,
    row: &SqliteRow,
    superseded: bool,
) -> Result<()> {
    // Columns by position (see the page query in `stage_raw_rows`), borrowed:
    // a million rows are read here, name lookups and copies add up.
    let text = |index: usize| -> Result<Option<&str>> { Ok(row.try_get(index)?) };
    let status: &str = row.try_get(12)?;
    // A superseded run is copied as rolled back: its rows remember what they were.
    let (status, before) = if superseded && status != "rolled_back" {
        ("rolled_back", Some(status))
    } else {
        (status, text(13)?)
    };
    buffer.extend_from_slice(ord.to_string().as_bytes());
    push_field(buffer, Some(run_id));
    let row_index: i64 = row.try_get(0)?;
    push_field(buffer, Some(&row_index.to_string()));
    // source_system, dedupe_key and the eight canonical fields.
    for index in 1..=10 {
        push_field(buffer, text(index)?);
    }
    let payload = text(11)?.filter(|p| !p.trim().is_empty());
    push_field(buffer, Some(payload.unwrap_or("{}")));
    push_field(buffer, Some(status));
    push_field(buffer, before);
    push_field(buffer, text(14)?); // error_code
    push_field(buffer, text(15)?); // error_message
    push_field(buffer, text(16)?); // dup_run
    let dup_row: Option<i64> = row.try_get(17)?;
    push_field(buffer, dup_row.map(|r| r.to_string()).as_deref());
    push_field(buffer, text(18)?); // plaintiff_id
    push_field(buffer, text(19)?); // created_at
    let line: Option<i64> = row.try_get(20)?;
    push_field(buffer, line.map(|l| l.to_string()).as_deref());
    buffer.push(b'\n');
    Ok(())
}

/// Stream the exported runs' plaintiffs into `export_plaintiffs` in one
/// pass over the table (rowid pages; there is no index by run to walk);
/// those of a superseded run are soft-deleted, as its rollback would have.
async fn stage_plaintiffs(
    source: &mut SqliteConnection,
    target: &mut PgConnection,
    runs: &[RunToCopy<'_>],
    export_time: &str,
) -> Result<()> {
    let superseded: HashMap<String, String> = runs
        .iter()
        .filter_map(|r| {
            r.superseded_by
                .map(|team_run| (r.run.id.to_string(), superseded_reason(team_run)))
        })
        .collect();
    let run_ids = serde_json::Value::from(
        runs.iter()
            .map(|r| r.run.id.to_string())
            .collect::<Vec<String>>(),
    )
    .to_string();
    let mut copy = target.copy_in_raw(COPY_PLAINTIFFS).await?;
    let mut buffer: Vec<u8> = Vec::with_capacity(COPY_SEND_BYTES + 64 * 1024);
    let outcome: Result<()> = async {
        let mut after: i64 = 0;
        loop {
            let rows = sqlx::query(
                "SELECT p.rowid AS position, p.id, p.plaintiff_name, p.firm_name,
                        p.short_name, p.contact_name, p.contact_email, p.contact_phone,
                        p.contact_address, p.source_reference, p.source_system, p.dedupe_key,
                        p.import_run_id, r.import_run_id AS raw_run, r.row_index AS raw_row,
                        p.created_at, p.deleted_at, p.deleted_reason
                   FROM plaintiffs p
                   JOIN plaintiffs_raw r ON r.id = p.raw_id
                  WHERE p.rowid > ?1
                    AND p.import_run_id IN (SELECT value FROM json_each(?2))
                  ORDER BY p.rowid LIMIT ?3",
            )
            .bind(after)
            .bind(&run_ids)
            .bind(PAGE_ROWS)
            .fetch_all(&mut *source)
            .await?;
            let Some(last) = rows.last() else { break };
            after = last.try_get("position")?;
            for row in &rows {
                let run_id: String = row.try_get("import_run_id")?;
                let reason = superseded.get(&run_id).map(String::as_str);
                encode_plaintiff(&mut buffer, &run_id, row, reason, export_time)?;
                if buffer.len() >= COPY_SEND_BYTES {
                    copy.send(buffer.as_slice()).await?;
                    buffer.clear();
                }
            }
            if (rows.len() as i64) < PAGE_ROWS {
                break;
            }
        }
        if !buffer.is_empty() {
            copy.send(buffer.as_slice()).await?;
        }
        Ok(())
    }
    .await;
    match outcome {
        Ok(()) => {
            copy.finish().await?;
            Ok(())
        }
        Err(err) => {
            let _ = copy.abort("export failed").await;
            Err(err)
        }
    }
}

fn encode_plaintiff(
    buffer: &mut Vec<u8>,
    run_id: &str,
    row: &SqliteRow,
    superseded_reason: Option<&str>,
    export_time: &str,
) -> Result<()> {
    let text = |name: &str| -> Result<Option<String>> { Ok(row.try_get(name)?) };
    let id: String = row.try_get("id")?;
    buffer.extend_from_slice(id.as_bytes());
    for name in [
        "plaintiff_name",
        "firm_name",
        "short_name",
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_address",
        "source_reference",
        "source_system",
        "dedupe_key",
    ] {
        push_field(buffer, text(name)?.as_deref());
    }
    push_field(buffer, Some(run_id));
    push_field(buffer, text("raw_run")?.as_deref());
    let raw_row: i64 = row.try_get("raw_row")?;
    push_field(buffer, Some(&raw_row.to_string()));
    push_field(buffer, text("created_at")?.as_deref());
    let mut deleted_at = text("deleted_at")?;
    let mut deleted_reason = text("deleted_reason")?;
    if let (None, Some(reason)) = (&deleted_at, superseded_reason) {
        deleted_at = Some(export_time.to_string());
        deleted_reason = Some(reason.to_string());
    }
    push_field(buffer, deleted_at.as_deref());
    push_field(buffer, deleted_reason.as_deref());
    buffer.push(b'\n');
    Ok(())
}

fn report_progress(progress: &dyn ProgressSink, phase: Phase, rows_done: u64, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    progress.report(&Progress {
        phase,
        rows_done,
        bytes_done: 0,
        bytes_total: 0,
        rows_per_sec: if secs > 0.0 {
            rows_done as f64 / secs
        } else {
            0.0
        },
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_fields_escape_what_copy_text_format_needs() {
        let mut buffer = Vec::new();
        push_field(&mut buffer, Some("a\\b\tc\nd\re\0f"));
        push_field(&mut buffer, None);
        assert_eq!(buffer, b"\ta\\\\b\\tc\\nd\\ref\t\\N");
    }
}
