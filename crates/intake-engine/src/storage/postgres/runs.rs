//! Reading the run history: the runs list and one run (`v_import_runs_summary`,
//! after settling runs whose importer is gone), a run's errored rows and
//! blocked duplicates, and what the connected role may do.

use sqlx::postgres::PgRow;
use sqlx::{Postgres, QueryBuilder, Row};
use uuid::Uuid;

use super::PgStorage;
use crate::error::{db_error, EngineError, Result};
use crate::model::*;
use crate::storage::RunRows;

/// The columns `RunSummary` is read from.
const SUMMARY_COLUMNS: &str = "id, source_system, source_batch_id, file_hash, \
    coalesce(filename, '') AS filename, coalesce(file_kind, '') AS file_kind, status, \
    imported_by, rows_fetched::bigint AS rows_fetched, rows_inserted::bigint AS rows_inserted, \
    rows_skipped::bigint AS rows_skipped, rows_errored::bigint AS rows_errored, created_at, \
    finished_at, duration_seconds, is_reconciled, error_message, rollback_reason, \
    rolled_back_by, rolled_back_at, rows_pending";

/// A completed run's summary read from `import_runs` alone, without the live
/// recount of `v_import_runs_summary` (which scans all of the run's rows):
/// for the duplicate-batch answer and the end of an import, which must stay
/// cheap. A completed run reconciled when it committed (the pipeline commits
/// only a reconciled run). Append a WHERE clause.
pub(super) const COMPLETED_RUN_SUMMARY: &str = "SELECT id, source_system, source_batch_id, \
    file_hash, coalesce(filename, '') AS filename, coalesce(file_kind, '') AS file_kind, status, \
    imported_by, rows_fetched::bigint AS rows_fetched, rows_inserted::bigint AS rows_inserted, \
    rows_skipped::bigint AS rows_skipped, rows_errored::bigint AS rows_errored, created_at, \
    finished_at, \
    extract(epoch FROM (finished_at - coalesce(started_at, created_at)))::double precision \
        AS duration_seconds, \
    true AS is_reconciled, error_details ->> 'message' AS error_message, \
    error_details ->> 'rollback_reason' AS rollback_reason, \
    error_details ->> 'rolled_back_by' AS rolled_back_by, \
    (error_details ->> 'rolled_back_at')::timestamptz AS rolled_back_at, \
    (CASE WHEN promoted THEN 0 ELSE rows_inserted END)::bigint AS rows_pending \
    FROM ingest.import_runs";

pub(super) fn run_status(text: &str) -> Result<RunStatus> {
    RunStatus::parse(text)
        .ok_or_else(|| EngineError::Database(format!("unknown import run status '{text}'")))
}

pub(super) fn summary_from_row(row: &PgRow) -> Result<RunSummary> {
    let status: String = row.try_get("status")?;
    Ok(RunSummary {
        id: row.try_get("id")?,
        source_system: row.try_get("source_system")?,
        source_batch_id: row.try_get("source_batch_id")?,
        file_hash: row.try_get("file_hash")?,
        filename: row.try_get("filename")?,
        file_kind: row.try_get("file_kind")?,
        status: run_status(&status)?,
        imported_by: row.try_get("imported_by")?,
        rows_fetched: row.try_get("rows_fetched")?,
        rows_inserted: row.try_get("rows_inserted")?,
        rows_skipped: row.try_get("rows_skipped")?,
        rows_errored: row.try_get("rows_errored")?,
        created_at: row.try_get("created_at")?,
        finished_at: row.try_get("finished_at")?,
        duration_seconds: row.try_get("duration_seconds")?,
        is_reconciled: row.try_get("is_reconciled")?,
        error_message: row.try_get("error_message")?,
        rollback_reason: row.try_get("rollback_reason")?,
        rolled_back_by: row.try_get("rolled_back_by")?,
        rolled_back_at: row.try_get("rolled_back_at")?,
        rows_pending: row.try_get("rows_pending")?,
    })
}

/// Record processing runs (all, or one) whose importer is gone as failed
/// (`ingest.fail_dead_runs`, migration 0006). Best effort: a role that may
/// not call it still reads the history. Returns how many were recorded.
pub(super) async fn fail_dead_runs(storage: &PgStorage, run_id: Option<Uuid>) -> i64 {
    match sqlx::query_scalar("SELECT ingest.fail_dead_runs($1)")
        .bind(run_id)
        .fetch_one(&storage.pool)
        .await
    {
        Ok(n) => n,
        Err(e) => {
            tracing::debug!("Dead runs not settled: {}", db_error(e));
            0
        }
    }
}

async fn fetch_runs(storage: &PgStorage, filter: &RunFilter) -> Result<Vec<RunSummary>> {
    let mut query: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        "SELECT {SUMMARY_COLUMNS} FROM ingest.v_import_runs_summary WHERE true"
    ));
    if let Some(source) = &filter.source_system {
        query
            .push(" AND source_system = lower(trim(")
            .push_bind(source.clone())
            .push("))");
    }
    if let Some(status) = filter.status {
        query.push(" AND status = ").push_bind(status.as_str());
    }
    if let Some(since) = filter.since {
        query.push(" AND created_at >= ").push_bind(since);
    }
    if let Some(until) = filter.until {
        query.push(" AND created_at < ").push_bind(until);
    }
    query.push(" ORDER BY created_at DESC, id");
    if filter.limit > 0 {
        query.push(" LIMIT ").push_bind(filter.limit);
    }
    let rows = query.build().fetch_all(&storage.pool).await?;
    rows.iter().map(summary_from_row).collect()
}

/// A run that must exist.
pub(super) async fn run_summary(storage: &PgStorage, run_id: Uuid) -> Result<RunSummary> {
    get_run(storage, run_id)
        .await?
        .ok_or(EngineError::RunNotFound(run_id))
}

pub(super) async fn list_runs(storage: &PgStorage, filter: &RunFilter) -> Result<Vec<RunSummary>> {
    let runs = fetch_runs(storage, filter).await?;
    if runs.iter().any(|r| r.status == RunStatus::Processing)
        && fail_dead_runs(storage, None).await > 0
    {
        return fetch_runs(storage, filter).await;
    }
    Ok(runs)
}

pub(super) async fn get_run(storage: &PgStorage, run_id: Uuid) -> Result<Option<RunSummary>> {
    let sql = format!("SELECT {SUMMARY_COLUMNS} FROM ingest.v_import_runs_summary WHERE id = $1");
    let fetch = || sqlx::query(&sql).bind(run_id).fetch_optional(&storage.pool);
    let mut row = fetch().await?;
    if let Some(run) = row.as_ref().map(summary_from_row).transpose()? {
        if run.status == RunStatus::Processing && fail_dead_runs(storage, Some(run_id)).await > 0 {
            row = fetch().await?;
        }
    }
    row.as_ref().map(summary_from_row).transpose()
}

/// The run's kept count of `kind`'s rows (its `tally_*` column), or
/// `RunNotFound`, and the page to read: from the run's mark at or before
/// the page's position (0015) while the marks are current, so a deep page
/// walks at most 99 rows instead of every row before it.
async fn total_and_seek(
    storage: &PgStorage,
    run_id: Uuid,
    rows: RunRows,
    page: RowPage,
) -> Result<(i64, RowPage)> {
    let tally = rows.tally_column();
    let row: Option<(i64, Option<i64>, Option<i64>)> = sqlx::query_as(&format!(
        "SELECT r.{tally}, m.ordinal, m.row_index \
         FROM ingest.import_runs r \
         LEFT JOIN LATERAL (SELECT k.ordinal, k.row_index FROM ingest.run_row_marks k \
                            WHERE k.import_run_id = r.id AND k.kind = $2 AND k.ordinal <= $3 \
                              AND k.of_rows = r.{tally} \
                            ORDER BY k.ordinal DESC LIMIT 1) m ON true \
         WHERE r.id = $1"
    ))
    .bind(run_id)
    .bind(rows.status())
    .bind(if page.after_row_index.is_some() {
        -1
    } else {
        page.offset
    })
    .fetch_optional(&storage.pool)
    .await?;
    let (total, ordinal, row_index) = row.ok_or(EngineError::RunNotFound(run_id))?;
    Ok((total, page.from_mark(ordinal.zip(row_index))))
}

pub(super) async fn errored_rows_page(
    storage: &PgStorage,
    run_id: Uuid,
    page: RowPage,
) -> Result<ErroredRowPage> {
    let (total, seek) = total_and_seek(storage, run_id, RunRows::Errored, page).await?;
    // The partial index on (import_run_id, row_index) of errored rows
    // (0013) serves the order and the keyset; the offset is < 100 rows.
    let rows = sqlx::query(
        "SELECT s.import_run_id, s.row_index::bigint AS row_index, \
                coalesce(run.filename, '') AS filename, s.plaintiff_name, \
                coalesce(s.error_code, '') AS error_code, \
                coalesce(s.error_message, '') AS error_message, s.created_at, \
                s.line::bigint AS line \
         FROM ingest.plaintiffs_raw s \
         JOIN ingest.import_runs run ON run.id = s.import_run_id \
         WHERE s.import_run_id = $1 AND coalesce(s.status_before_rollback, s.status) = 'failed' \
           AND s.row_index > $2 \
         ORDER BY s.row_index LIMIT $3 OFFSET $4",
    )
    .bind(run_id)
    .bind(seek.after_bound())
    .bind(seek.bounded_limit())
    .bind(seek.offset.max(0))
    .fetch_all(&storage.pool)
    .await?;
    let rows = rows
        .iter()
        .map(|row| {
            Ok(ErroredRow {
                import_run_id: row.try_get("import_run_id")?,
                row_index: row.try_get("row_index")?,
                filename: row.try_get("filename")?,
                plaintiff_name: row.try_get("plaintiff_name")?,
                error_code: row.try_get("error_code")?,
                error_message: row.try_get("error_message")?,
                created_at: row.try_get("created_at")?,
                line: row.try_get("line")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(ErroredRowPage {
        total,
        offset: page.offset,
        rows,
    })
}

pub(super) async fn blocked_duplicates_page(
    storage: &PgStorage,
    run_id: Uuid,
    page: RowPage,
) -> Result<DuplicatePage> {
    let (total, seek) = total_and_seek(storage, run_id, RunRows::Duplicates, page).await?;
    let rows = sqlx::query(
        "SELECT s.import_run_id, s.row_index::bigint AS row_index, \
                coalesce(run.filename, '') AS filename, s.source_system, s.plaintiff_name, \
                coalesce(s.dedupe_key, '') AS dedupe_key, s.created_at, \
                o.import_run_id AS duplicate_of_run_id, \
                o.row_index::bigint AS duplicate_of_row_index, \
                orun.filename AS duplicate_of_filename, s.line::bigint AS line, \
                o.line::bigint AS duplicate_of_line \
         FROM ingest.plaintiffs_raw s \
         JOIN ingest.import_runs run ON run.id = s.import_run_id \
         LEFT JOIN ingest.plaintiffs_raw o ON o.id = s.duplicate_of \
         LEFT JOIN ingest.import_runs orun ON orun.id = o.import_run_id \
         WHERE s.import_run_id = $1 AND coalesce(s.status_before_rollback, s.status) = 'skipped' \
           AND s.row_index > $2 \
         ORDER BY s.row_index LIMIT $3 OFFSET $4",
    )
    .bind(run_id)
    .bind(seek.after_bound())
    .bind(seek.bounded_limit())
    .bind(seek.offset.max(0))
    .fetch_all(&storage.pool)
    .await?;
    let rows = rows
        .iter()
        .map(|row| {
            Ok(BlockedDuplicate {
                import_run_id: row.try_get("import_run_id")?,
                row_index: row.try_get("row_index")?,
                filename: row.try_get("filename")?,
                source_system: row.try_get("source_system")?,
                plaintiff_name: row.try_get("plaintiff_name")?,
                dedupe_key: row.try_get("dedupe_key")?,
                created_at: row.try_get("created_at")?,
                duplicate_of_run_id: row.try_get("duplicate_of_run_id")?,
                duplicate_of_row_index: row.try_get("duplicate_of_row_index")?,
                duplicate_of_filename: row.try_get("duplicate_of_filename")?,
                line: row.try_get("line")?,
                duplicate_of_line: row.try_get("duplicate_of_line")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(DuplicatePage {
        total,
        offset: page.offset,
        rows,
    })
}

pub(super) async fn capabilities(storage: &PgStorage) -> Result<Capabilities> {
    // Objects are looked up by oid in the catalogs: resolving a name
    // inside a schema the role may not use would itself be refused.
    let row = sqlx::query(
        "WITH fns AS (
             SELECT p.proname, pg_catalog.has_function_privilege(p.oid, 'EXECUTE') AS allowed
             FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'ingest'
         ), rels AS (
             SELECT n.nspname || '.' || c.relname AS name,
                    pg_catalog.has_table_privilege(c.oid, 'SELECT') AS can_select,
                    pg_catalog.has_table_privilege(c.oid, 'INSERT') AS can_insert
             FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname IN ('ingest', 'public')
         )
         SELECT current_user::text AS role,
                coalesce((SELECT pg_catalog.has_schema_privilege(n.oid, 'USAGE')
                          FROM pg_catalog.pg_namespace n WHERE n.nspname = 'ingest'), false)
                    AS schema_usage,
                coalesce((SELECT can_select FROM rels WHERE name = 'ingest.v_import_runs_summary'), false)
                    AS can_read,
                coalesce((SELECT bool_and(allowed) AND count(*) = 2 FROM fns
                          WHERE proname IN ('claim_import_run', 'finish_import_run')), false)
                  AND coalesce((SELECT can_insert FROM rels WHERE name = 'ingest.plaintiffs_raw'), false)
                  AND coalesce((SELECT can_insert FROM rels WHERE name = 'public.plaintiffs'), false)
                    AS can_import,
                coalesce((SELECT bool_and(allowed) FROM fns WHERE proname = 'promote_pending'), false)
                    AS can_promote,
                coalesce((SELECT bool_and(allowed) FROM fns WHERE proname = 'rollback_import_run'), false)
                    AS can_rollback",
    )
    .fetch_one(&storage.pool)
    .await?;
    let usage: bool = row.try_get("schema_usage")?;
    Ok(Capabilities {
        backend: BackendKind::Postgres,
        role: row.try_get("role")?,
        can_read: usage && row.try_get::<bool, _>("can_read")?,
        can_import: usage && row.try_get::<bool, _>("can_import")?,
        can_promote: usage && row.try_get::<bool, _>("can_promote")?,
        can_rollback: usage && row.try_get::<bool, _>("can_rollback")?,
    })
}
