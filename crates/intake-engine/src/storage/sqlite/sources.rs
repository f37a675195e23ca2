//! Sources on SQLite: the `sources` table (migrations/sqlite/0005) and the
//! sources of the run history.

use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::{Row, SqlitePool};

use super::{now_text, optional_timestamp};
use crate::error::{EngineError, Result};
use crate::sources::{SavedMapping, SourceInfo, SourceUpdate};

/// Every source with a row or a completed run, by key.
const LIST_SOURCES: &str = "
WITH keys AS (
    SELECT source_key AS k FROM sources
    UNION SELECT source_system FROM import_runs WHERE status = 'completed'
), runs AS (
    SELECT source_system, count(*) AS n, max(created_at) AS last
    FROM import_runs WHERE status = 'completed' GROUP BY source_system
)
SELECT keys.k AS key, s.display_name, s.saved_mapping, s.created_by, s.created_at,
       s.updated_by, s.updated_at, coalesce(runs.n, 0) AS runs, runs.last AS last_import_at
FROM keys
LEFT JOIN sources s ON s.source_key = keys.k
LEFT JOIN runs ON runs.source_system = keys.k
ORDER BY keys.k";

pub(super) async fn list_sources(pool: &SqlitePool) -> Result<Vec<SourceInfo>> {
    let rows = sqlx::query(LIST_SOURCES).fetch_all(pool).await?;
    rows.iter().map(source_from_row).collect()
}

fn source_from_row(row: &SqliteRow) -> Result<SourceInfo> {
    let key: String = row.try_get("key")?;
    let mapping: Option<String> = row.try_get("saved_mapping")?;
    let saved_mapping = mapping
        .map(|m| serde_json::from_str::<SavedMapping>(&m))
        .transpose()
        .map_err(|e| EngineError::Database(format!("bad saved mapping of source '{key}': {e}")))?;
    Ok(SourceInfo {
        display_name: row
            .try_get::<Option<String>, _>("display_name")?
            .unwrap_or_else(|| key.clone()),
        key,
        saved_mapping,
        runs: row.try_get("runs")?,
        last_import_at: optional_timestamp(row.try_get("last_import_at")?)?,
        created_by: row.try_get("created_by")?,
        created_at: optional_timestamp(row.try_get("created_at")?)?,
        updated_by: row.try_get("updated_by")?,
        updated_at: optional_timestamp(row.try_get("updated_at")?)?,
    })
}

/// Upsert a source (same rules as PostgreSQL's `ingest.save_source`): a
/// `None` mapping keeps the saved one, the display name is the first given.
pub(super) async fn save_source(
    conn: &mut SqliteConnection,
    update: &SourceUpdate,
    actor: &str,
) -> Result<()> {
    if update.key.is_empty() {
        return Err(EngineError::InvalidArgument("a source needs a name".into()));
    }
    let mapping = update
        .mapping
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| EngineError::Internal(e.to_string()))?;
    let display = if update.display_name.trim().is_empty() {
        update.key.as_str()
    } else {
        update.display_name.trim()
    };
    sqlx::query(
        "INSERT INTO sources (source_key, display_name, saved_mapping, created_by, created_at,
                              updated_by, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5)
         ON CONFLICT (source_key) DO UPDATE SET
             saved_mapping = coalesce(excluded.saved_mapping, sources.saved_mapping),
             updated_by = CASE WHEN excluded.saved_mapping IS NULL THEN sources.updated_by
                               ELSE excluded.updated_by END,
             updated_at = CASE WHEN excluded.saved_mapping IS NULL THEN sources.updated_at
                               ELSE excluded.updated_at END",
    )
    .bind(&update.key)
    .bind(display)
    .bind(mapping)
    .bind(actor)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}
