//! Fixes, run headers and the errored-rows export on PostgreSQL
//! (migrations/postgres/0008). The importing session writes them through
//! `ingest.record_run_notes`, which only the session that claimed the run
//! may call; `fixed_by` is the database login.

use sqlx::postgres::{PgConnection, PgPool};
use sqlx::Row;
use uuid::Uuid;

use crate::error::{EngineError, Result};
use crate::error_export::{ErroredPayload, ErroredPayloads};
use crate::fixes::{RunNotes, StoredFix};
use crate::model::RowPage;

pub(super) async fn record_run_notes(
    conn: &mut PgConnection,
    run_id: Uuid,
    notes: &RunNotes,
) -> Result<()> {
    let json = |v: serde_json::Result<String>| v.map_err(|e| EngineError::Internal(e.to_string()));
    let headers = json(serde_json::to_string(&notes.headers))?;
    let fixes = json(serde_json::to_string(&notes.fixes))?;
    sqlx::query("SELECT ingest.record_run_notes($1, $2::jsonb, $3::jsonb)")
        .bind(run_id)
        .bind(headers)
        .bind(fixes)
        .execute(&mut *conn)
        .await?;
    if let Some(source) = &notes.source {
        super::sources::save_source(conn, source).await?;
    }
    Ok(())
}

pub(super) async fn run_fixes(pool: &PgPool, run_id: Uuid) -> Result<Vec<StoredFix>> {
    let rows = sqlx::query(
        "SELECT import_run_id, line, row_index, field, original_value, new_value, fixed_by, fixed_at \
           FROM ingest.row_fixes WHERE import_run_id = $1 ORDER BY row_index, id",
    )
    .bind(run_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(StoredFix {
                import_run_id: row.try_get("import_run_id")?,
                line: row.try_get::<Option<i32>, _>("line")?.map(i64::from),
                row_index: i64::from(row.try_get::<i32, _>("row_index")?),
                field: row.try_get("field")?,
                original_value: row.try_get("original_value")?,
                new_value: row.try_get("new_value")?,
                fixed_by: row.try_get("fixed_by")?,
                fixed_at: row.try_get("fixed_at")?,
            })
        })
        .collect()
}

pub(super) async fn errored_payloads(
    pool: &PgPool,
    run_id: Uuid,
    page: RowPage,
) -> Result<ErroredPayloads> {
    let headers: Option<String> =
        sqlx::query_scalar("SELECT headers::text FROM ingest.run_headers WHERE import_run_id = $1")
            .bind(run_id)
            .fetch_optional(pool)
            .await?;
    let headers = headers
        .map(|h| serde_json::from_str::<Vec<String>>(&h))
        .transpose()
        .map_err(|e| EngineError::Database(format!("bad headers of run {run_id}: {e}")))?;
    let rows = sqlx::query(
        "SELECT row_index::bigint AS row_index, line::bigint AS line, error_code, error_message, \
                raw_payload::text AS raw_payload \
           FROM ingest.plaintiffs_raw \
          WHERE import_run_id = $1 AND coalesce(status_before_rollback, status) = 'failed' \
            AND row_index > $2 \
          ORDER BY row_index LIMIT $3 OFFSET $4",
    )
    .bind(run_id)
    .bind(page.after_bound())
    .bind(page.bounded_limit())
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
