//! Sources on PostgreSQL: `ingest.sources` (migrations/postgres/0008),
//! written only through `ingest.save_source` (who/when are the database
//! login and the server's clock), plus the sources of the run history.

use sqlx::postgres::{PgConnection, PgPool, PgRow};
use sqlx::Row;

use crate::error::{EngineError, Result};
use crate::sources::{SavedMapping, SourceInfo, SourceUpdate};

/// Every source with a row or a completed run, by key.
const LIST_SOURCES: &str = "
WITH keys AS (
    SELECT source_key AS k FROM ingest.sources
    UNION SELECT source_system FROM ingest.import_runs WHERE status = 'completed'
), runs AS (
    SELECT source_system, count(*) AS n, max(created_at) AS last
    FROM ingest.import_runs WHERE status = 'completed' GROUP BY source_system
)
SELECT keys.k AS key, s.display_name, s.saved_mapping::text AS saved_mapping, s.created_by,
       s.created_at, s.updated_by, s.updated_at, coalesce(runs.n, 0) AS runs,
       runs.last AS last_import_at
FROM keys
LEFT JOIN ingest.sources s ON s.source_key = keys.k
LEFT JOIN runs ON runs.source_system = keys.k
ORDER BY keys.k";

pub(super) async fn list_sources(pool: &PgPool) -> Result<Vec<SourceInfo>> {
    let rows = sqlx::query(LIST_SOURCES).fetch_all(pool).await?;
    rows.iter().map(source_from_row).collect()
}

fn source_from_row(row: &PgRow) -> Result<SourceInfo> {
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
        last_import_at: row.try_get("last_import_at")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        updated_by: row.try_get("updated_by")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Upsert through `ingest.save_source` on `conn` (the pool's, or an
/// importing session's inside its transaction).
pub(super) async fn save_source(conn: &mut PgConnection, update: &SourceUpdate) -> Result<()> {
    if update.key.is_empty() {
        return Err(EngineError::InvalidArgument("a source needs a name".into()));
    }
    let mapping = update
        .mapping
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| EngineError::Internal(e.to_string()))?;
    sqlx::query("SELECT ingest.save_source($1, $2, $3::jsonb)")
        .bind(&update.key)
        .bind(&update.display_name)
        .bind(mapping)
        .execute(conn)
        .await?;
    Ok(())
}
