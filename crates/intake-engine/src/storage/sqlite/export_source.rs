//! The embedded database as the source of `export-to`: opened read-only,
//! read in one transaction (a consistent snapshot of the file), its runs
//! whole and their rows and plaintiffs in keyset pages, so memory stays flat.

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteRow};
use sqlx::{ConnectOptions, Connection, Row};
use uuid::Uuid;

use crate::error::{db_error, EngineError, Result};
use crate::storage::columns::canonical_columns;
use crate::storage::history::{HistoryPlaintiff, HistoryRawRow, HistoryRun};

/// A read-only snapshot of an embedded database, for export.
pub(crate) struct ExportSource {
    conn: SqliteConnection,
}

/// A page of raw rows; [`RawRowPage::rows`] reads them.
pub(crate) struct RawRowPage(Vec<SqliteRow>);

/// A page of plaintiffs; [`PlaintiffPage::plaintiffs`] reads them.
pub(crate) struct PlaintiffPage(Vec<SqliteRow>);

impl ExportSource {
    /// Open the file read-only; it must exist and hold the intake schema.
    pub(crate) async fn open(path: &Path) -> Result<ExportSource> {
        if !path.is_file() {
            return Err(EngineError::InvalidArgument(format!(
                "there is no embedded database at {}: nothing to export",
                path.display()
            )));
        }
        let mut conn = SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .busy_timeout(super::BUSY_TIMEOUT)
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
        Ok(ExportSource { conn })
    }

    /// Start the read transaction every later read sees.
    pub(crate) async fn begin_snapshot(&mut self) -> Result<()> {
        sqlx::query("BEGIN").execute(&mut self.conn).await?;
        Ok(())
    }

    /// End the snapshot and close the file.
    pub(crate) async fn close(mut self) {
        let _ = sqlx::query("ROLLBACK").execute(&mut self.conn).await;
        let _ = self.conn.close().await;
    }

    /// Every run of the file, oldest first.
    pub(crate) async fn runs(&mut self) -> Result<Vec<HistoryRun>> {
        let rows = sqlx::query(
            "SELECT id, source_system, source_batch_id, file_hash, filename, file_kind, status,
                    imported_by, rows_fetched, rows_inserted, rows_skipped, rows_errored, promoted,
                    error_details, created_at, started_at, finished_at
               FROM import_runs ORDER BY created_at, id",
        )
        .fetch_all(&mut self.conn)
        .await?;
        rows.iter().map(run_from_row).collect()
    }

    /// Up to `limit` raw rows of a run after row index `after`, in row order
    /// (along the `(import_run_id, row_index)` index).
    pub(crate) async fn raw_rows_page(
        &mut self,
        run_id: &str,
        after: i64,
        limit: i64,
    ) -> Result<RawRowPage> {
        let rows = sqlx::query(concat!(
            "SELECT r.row_index, r.source_system, r.dedupe_key, ",
            canonical_columns!("r."),
            ", r.raw_payload, r.status, r.status_before_rollback, r.error_code,
                    r.error_message, d.import_run_id AS dup_run, d.row_index AS dup_row,
                    r.plaintiff_id, r.created_at, r.line
               FROM plaintiffs_raw r
               LEFT JOIN plaintiffs_raw d ON d.id = r.duplicate_of
              WHERE r.import_run_id = ?1 AND r.row_index > ?2
              ORDER BY r.row_index LIMIT ?3"
        ))
        .bind(run_id)
        .bind(after)
        .bind(limit)
        .fetch_all(&mut self.conn)
        .await?;
        Ok(RawRowPage(rows))
    }

    /// Up to `limit` plaintiffs of the runs in `run_ids` (a JSON array of
    /// ids) after table position `after`, in one pass over the table (rowid
    /// pages; there is no index by run to walk).
    pub(crate) async fn plaintiffs_page(
        &mut self,
        run_ids: &str,
        after: i64,
        limit: i64,
    ) -> Result<PlaintiffPage> {
        let rows = sqlx::query(concat!(
            "SELECT p.rowid AS position, p.id, ",
            canonical_columns!("p."),
            ", p.source_system, p.dedupe_key,
                    p.import_run_id, r.import_run_id AS raw_run, r.row_index AS raw_row,
                    p.created_at, p.deleted_at, p.deleted_reason
               FROM plaintiffs p
               JOIN plaintiffs_raw r ON r.id = p.raw_id
              WHERE p.rowid > ?1
                AND p.import_run_id IN (SELECT value FROM json_each(?2))
              ORDER BY p.rowid LIMIT ?3"
        ))
        .bind(after)
        .bind(run_ids)
        .bind(limit)
        .fetch_all(&mut self.conn)
        .await?;
        Ok(PlaintiffPage(rows))
    }
}

impl RawRowPage {
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The row index to page on from (`None`: the page is empty).
    pub(crate) fn last_row_index(&self) -> Result<Option<i64>> {
        self.0.last().map(|row| Ok(row.try_get(0)?)).transpose()
    }

    pub(crate) fn rows(&self) -> impl Iterator<Item = Result<HistoryRawRow<'_>>> {
        self.0.iter().map(raw_row)
    }
}

impl PlaintiffPage {
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The table position to page on from (`None`: the page is empty).
    pub(crate) fn last_position(&self) -> Result<Option<i64>> {
        self.0
            .last()
            .map(|row| Ok(row.try_get("position")?))
            .transpose()
    }

    pub(crate) fn plaintiffs(&self) -> impl Iterator<Item = Result<HistoryPlaintiff<'_>>> {
        self.0.iter().map(plaintiff)
    }
}

/// Columns by position (see `raw_rows_page`), borrowed: a million rows are
/// read here, name lookups and copies add up.
fn raw_row(row: &SqliteRow) -> Result<HistoryRawRow<'_>> {
    let text = |index: usize| -> Result<Option<&str>> { Ok(row.try_get(index)?) };
    let mut fields = [None; 8];
    for (offset, field) in fields.iter_mut().enumerate() {
        *field = text(3 + offset)?;
    }
    Ok(HistoryRawRow {
        row_index: row.try_get(0)?,
        source_system: text(1)?,
        dedupe_key: text(2)?,
        fields,
        raw_payload: text(11)?,
        status: row.try_get(12)?,
        status_before_rollback: text(13)?,
        error_code: text(14)?,
        error_message: text(15)?,
        duplicate_of_run: text(16)?,
        duplicate_of_row: row.try_get(17)?,
        plaintiff_id: text(18)?,
        created_at: text(19)?,
        line: row.try_get(20)?,
    })
}

fn plaintiff(row: &SqliteRow) -> Result<HistoryPlaintiff<'_>> {
    let text = |name: &str| -> Result<Option<&str>> { Ok(row.try_get(name)?) };
    let mut fields = [None; 8];
    for (name, field) in crate::storage::columns::CANONICAL_COLUMNS
        .iter()
        .zip(fields.iter_mut())
    {
        *field = text(name)?;
    }
    Ok(HistoryPlaintiff {
        id: row.try_get("id")?,
        fields,
        source_system: text("source_system")?,
        dedupe_key: text("dedupe_key")?,
        import_run_id: row.try_get("import_run_id")?,
        raw_run: text("raw_run")?,
        raw_row: row.try_get("raw_row")?,
        created_at: text("created_at")?,
        deleted_at: text("deleted_at")?,
        deleted_reason: text("deleted_reason")?,
    })
}

fn run_from_row(row: &SqliteRow) -> Result<HistoryRun> {
    let count = |name: &str| -> Result<i32> {
        let value: i64 = row.try_get(name)?;
        i32::try_from(value)
            .map_err(|_| EngineError::Database(format!("run count {name} out of range")))
    };
    let id: String = row.try_get("id")?;
    Ok(HistoryRun {
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
