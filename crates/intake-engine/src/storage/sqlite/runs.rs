//! Reading runs: the run list and one run (dead importers shown as failed),
//! a run's errored rows and blocked duplicates, and what this backend allows.

use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;
use uuid::Uuid;

use super::{
    optional_timestamp, parse_status, parse_timestamp, parse_uuid, timestamp_text, SqliteStorage,
};
use crate::error::{EngineError, Result};
use crate::model::*;
use crate::storage::RunRows;

pub(super) async fn list_runs(
    store: &SqliteStorage,
    filter: &RunFilter,
) -> Result<Vec<RunSummary>> {
    let mut sql = String::from("SELECT * FROM v_import_runs_summary WHERE 1 = 1");
    if filter.source_system.is_some() {
        sql.push_str(" AND source_system = ?1");
    }
    if filter.status.is_some() {
        sql.push_str(" AND status = ?2");
    }
    if filter.since.is_some() {
        sql.push_str(" AND created_at >= ?3");
    }
    if filter.until.is_some() {
        sql.push_str(" AND created_at <= ?4");
    }
    sql.push_str(" ORDER BY created_at DESC, id DESC LIMIT ?5");
    let sql = sql.as_str();
    let fetch = || async move {
        let rows = sqlx::query(sql)
            .bind(filter.source_system.as_deref())
            .bind(filter.status.map(RunStatus::as_str))
            .bind(filter.since.map(timestamp_text))
            .bind(filter.until.map(timestamp_text))
            .bind(if filter.limit > 0 { filter.limit } else { -1 })
            .fetch_all(&store.pool)
            .await?;
        rows.iter()
            .map(run_summary_from_row)
            .collect::<Result<Vec<_>>>()
    };
    let mut runs = fetch().await?;
    if store.settle_dead_runs(&mut runs).await {
        runs = fetch().await?;
    }
    Ok(runs)
}

pub(super) async fn get_run(store: &SqliteStorage, run_id: Uuid) -> Result<Option<RunSummary>> {
    let fetch = || async move {
        let row = sqlx::query("SELECT * FROM v_import_runs_summary WHERE id = ?1")
            .bind(run_id.to_string())
            .fetch_optional(&store.pool)
            .await?;
        row.as_ref().map(run_summary_from_row).transpose()
    };
    let Some(run) = fetch().await? else {
        return Ok(None);
    };
    let mut runs = [run];
    if store.settle_dead_runs(&mut runs).await {
        return fetch().await;
    }
    let [run] = runs;
    Ok(Some(run))
}

/// The run's kept count of `rows` (its `tally_*` column), or
/// `RunNotFound`, and the page to read: from the run's mark at or before
/// the page's position (0011) while the marks are current, so a deep page
/// walks from a row near it instead of from the run's first row.
async fn total_and_seek(
    store: &SqliteStorage,
    run_id: Uuid,
    rows: RunRows,
    page: RowPage,
) -> Result<(i64, RowPage)> {
    let tally = rows.tally_column();
    let row: Option<(i64, Option<i64>, Option<i64>)> = sqlx::query_as(&format!(
        "SELECT r.{tally}, m.ordinal, m.row_index
           FROM import_runs r
           LEFT JOIN (SELECT ordinal, row_index, of_rows FROM run_row_marks
                       WHERE import_run_id = ?1 AND kind = ?2 AND ordinal <= ?3
                       ORDER BY ordinal DESC LIMIT 1) m ON m.of_rows = r.{tally}
          WHERE r.id = ?1"
    ))
    .bind(run_id.to_string())
    .bind(rows.status())
    .bind(if page.after_row_index.is_some() {
        -1
    } else {
        page.offset
    })
    .fetch_optional(&store.pool)
    .await?;
    let (total, ordinal, row_index) = row.ok_or(EngineError::RunNotFound(run_id))?;
    Ok((total, page.from_mark(ordinal.zip(row_index))))
}

/// `page.limit` as SQLite's LIMIT (-1: all).
pub(super) fn sql_limit(page: &RowPage) -> i64 {
    page.bounded_limit().unwrap_or(-1)
}

pub(super) async fn errored_rows_page(
    store: &SqliteStorage,
    run_id: Uuid,
    page: RowPage,
) -> Result<ErroredRowPage> {
    let (total, seek) = total_and_seek(store, run_id, RunRows::Errored, page).await?;
    // The (import_run_id, row_index) unique index serves order and keyset.
    let rows = sqlx::query(
        "SELECT import_run_id, row_index, filename, plaintiff_name, error_code,
                error_message, created_at, line
           FROM v_errored_rows WHERE import_run_id = ?1 AND row_index > ?2
          ORDER BY row_index LIMIT ?3 OFFSET ?4",
    )
    .bind(run_id.to_string())
    .bind(seek.after_bound())
    .bind(sql_limit(&seek))
    .bind(seek.offset.max(0))
    .fetch_all(&store.pool)
    .await?;
    let rows = rows
        .iter()
        .map(|row| {
            Ok(ErroredRow {
                import_run_id: parse_uuid(row.try_get("import_run_id")?)?,
                row_index: row.try_get("row_index")?,
                filename: row.try_get("filename")?,
                plaintiff_name: row.try_get("plaintiff_name")?,
                error_code: row
                    .try_get::<Option<String>, _>("error_code")?
                    .unwrap_or_default(),
                error_message: row
                    .try_get::<Option<String>, _>("error_message")?
                    .unwrap_or_default(),
                created_at: parse_timestamp(row.try_get("created_at")?)?,
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
    store: &SqliteStorage,
    run_id: Uuid,
    page: RowPage,
) -> Result<DuplicatePage> {
    let (total, seek) = total_and_seek(store, run_id, RunRows::Duplicates, page).await?;
    let rows = sqlx::query(
        "SELECT * FROM v_blocked_duplicates WHERE import_run_id = ?1 AND row_index > ?2
          ORDER BY row_index LIMIT ?3 OFFSET ?4",
    )
    .bind(run_id.to_string())
    .bind(seek.after_bound())
    .bind(sql_limit(&seek))
    .bind(seek.offset.max(0))
    .fetch_all(&store.pool)
    .await?;
    let rows = rows
        .iter()
        .map(|row| {
            Ok(BlockedDuplicate {
                import_run_id: parse_uuid(row.try_get("import_run_id")?)?,
                row_index: row.try_get("row_index")?,
                filename: row.try_get("filename")?,
                source_system: row.try_get("source_system")?,
                plaintiff_name: row.try_get("plaintiff_name")?,
                dedupe_key: row
                    .try_get::<Option<String>, _>("dedupe_key")?
                    .unwrap_or_default(),
                created_at: parse_timestamp(row.try_get("created_at")?)?,
                duplicate_of_run_id: row
                    .try_get::<Option<String>, _>("duplicate_of_run_id")?
                    .map(parse_uuid)
                    .transpose()?,
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

pub(super) fn capabilities() -> Result<Capabilities> {
    Ok(Capabilities {
        backend: BackendKind::Sqlite,
        role: "local".into(),
        can_read: true,
        can_import: true,
        can_promote: true,
        can_rollback: true,
    })
}

pub(super) async fn fetch_summary(conn: &mut SqliteConnection, run_id: Uuid) -> Result<RunSummary> {
    let row = sqlx::query("SELECT * FROM v_import_runs_summary WHERE id = ?1")
        .bind(run_id.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(EngineError::RunNotFound(run_id))?;
    run_summary_from_row(&row)
}

pub(super) fn run_summary_from_row(row: &SqliteRow) -> Result<RunSummary> {
    Ok(RunSummary {
        id: parse_uuid(row.try_get("id")?)?,
        source_system: row.try_get("source_system")?,
        source_batch_id: row.try_get("source_batch_id")?,
        file_hash: row.try_get("file_hash")?,
        filename: row.try_get("filename")?,
        file_kind: row.try_get("file_kind")?,
        status: parse_status(row.try_get("status")?)?,
        imported_by: row.try_get("imported_by")?,
        rows_fetched: row.try_get("rows_fetched")?,
        rows_inserted: row.try_get("rows_inserted")?,
        rows_skipped: row.try_get("rows_skipped")?,
        rows_errored: row.try_get("rows_errored")?,
        created_at: parse_timestamp(row.try_get("created_at")?)?,
        finished_at: optional_timestamp(row.try_get("finished_at")?)?,
        duration_seconds: row.try_get("duration_seconds")?,
        is_reconciled: row.try_get("is_reconciled")?,
        error_message: row.try_get("error_message")?,
        rollback_reason: row.try_get("rollback_reason")?,
        rolled_back_by: row.try_get("rolled_back_by")?,
        rolled_back_at: optional_timestamp(row.try_get("rolled_back_at")?)?,
        rows_pending: row.try_get("rows_pending")?,
    })
}
