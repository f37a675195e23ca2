//! Fixes, run headers and the errored-rows export on SQLite
//! (migrations/sqlite/0005).

use sqlx::sqlite::SqliteConnection;
use sqlx::{Row, SqlitePool};
use uuid::Uuid;

use super::{now_text, parse_timestamp, parse_uuid};
use crate::error::{EngineError, Result};
use crate::error_export::{ErroredPayload, ErroredPayloads};
use crate::fixes::{RunNotes, StoredFix};
use crate::model::RowPage;

/// Write a run's notes on the session's connection, inside its transaction.
pub(super) async fn record_run_notes(
    conn: &mut SqliteConnection,
    run_id: &str,
    notes: &RunNotes,
) -> Result<()> {
    let headers =
        serde_json::to_string(&notes.headers).map_err(|e| EngineError::Internal(e.to_string()))?;
    sqlx::query("INSERT OR REPLACE INTO run_headers (import_run_id, headers) VALUES (?1, ?2)")
        .bind(run_id)
        .bind(headers)
        .execute(&mut *conn)
        .await?;
    let now = now_text();
    for fix in &notes.fixes {
        sqlx::query(
            "INSERT INTO row_fixes (import_run_id, line, row_index, field, original_value,
                                    new_value, fixed_by, fixed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .bind(run_id)
        .bind(fix.line)
        .bind(fix.row_index)
        .bind(&fix.field)
        .bind(&fix.original_value)
        .bind(&fix.new_value)
        .bind(&notes.actor)
        .bind(&now)
        .execute(&mut *conn)
        .await?;
    }
    if let Some(source) = &notes.source {
        super::sources::save_source(conn, source, &notes.actor).await?;
    }
    Ok(())
}

pub(super) async fn run_fixes(pool: &SqlitePool, run_id: Uuid) -> Result<Vec<StoredFix>> {
    let rows = sqlx::query(
        "SELECT import_run_id, line, row_index, field, original_value, new_value, fixed_by, fixed_at
           FROM row_fixes WHERE import_run_id = ?1 ORDER BY row_index, id",
    )
    .bind(run_id.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(StoredFix {
                import_run_id: parse_uuid(row.try_get("import_run_id")?)?,
                line: row.try_get("line")?,
                row_index: row.try_get("row_index")?,
                field: row.try_get("field")?,
                original_value: row.try_get("original_value")?,
                new_value: row.try_get("new_value")?,
                fixed_by: row.try_get("fixed_by")?,
                fixed_at: parse_timestamp(row.try_get("fixed_at")?)?,
            })
        })
        .collect()
}

pub(super) async fn errored_payloads(
    pool: &SqlitePool,
    run_id: Uuid,
    page: RowPage,
) -> Result<ErroredPayloads> {
    let id = run_id.to_string();
    let headers: Option<String> =
        sqlx::query_scalar("SELECT headers FROM run_headers WHERE import_run_id = ?1")
            .bind(&id)
            .fetch_optional(pool)
            .await?;
    let headers = headers
        .map(|h| serde_json::from_str::<Vec<String>>(&h))
        .transpose()
        .map_err(|e| EngineError::Database(format!("bad headers of run {run_id}: {e}")))?;
    let rows = sqlx::query(
        "SELECT row_index, line, error_code, error_message, raw_payload FROM plaintiffs_raw
          WHERE import_run_id = ?1 AND coalesce(status_before_rollback, status) = 'failed'
            AND row_index > ?2
          ORDER BY row_index LIMIT ?3 OFFSET ?4",
    )
    .bind(&id)
    .bind(page.after_bound())
    .bind(super::runs::sql_limit(&page))
    .bind(page.offset.max(0))
    .fetch_all(pool)
    .await?;
    let rows = rows
        .iter()
        .map(|row| {
            Ok(ErroredPayload {
                row_index: row.try_get("row_index")?,
                line: row.try_get("line")?,
                error_code: row
                    .try_get::<Option<String>, _>("error_code")?
                    .unwrap_or_default(),
                error_message: row
                    .try_get::<Option<String>, _>("error_message")?
                    .unwrap_or_default(),
                raw_payload: row.try_get("raw_payload")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(ErroredPayloads { headers, rows })
}
