//! Vendor updates (issue 11 part A), the same as PostgreSQL's
//! (`migrations/postgres/0011_plaintiff_changes.sql`) done by the engine:
//! the live records a dry run compares with, the change log of a run,
//! counting (and, if asked, applying) a run's changed rows inside its
//! transaction, and restoring them when the run is rolled back.

use std::collections::{HashMap, HashSet};

use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;
use uuid::Uuid;

use super::{now_text, parse_timestamp, parse_uuid, SqliteStorage};
use crate::error::{EngineError, Result};
use crate::model::*;

/// Keys per `live_records` query.
const LIVE_RECORDS_BATCH: usize = 500;

/// The live values of a twin: the plaintiff's, or the pending raw row's.
const LIVE_VALUES: &str = "
    CASE WHEN p.id IS NULL THEN t.firm_name ELSE p.firm_name END AS o1,
    CASE WHEN p.id IS NULL THEN t.short_name ELSE p.short_name END AS o2,
    CASE WHEN p.id IS NULL THEN t.contact_name ELSE p.contact_name END AS o3,
    CASE WHEN p.id IS NULL THEN t.contact_phone ELSE p.contact_phone END AS o4,
    CASE WHEN p.id IS NULL THEN t.contact_address ELSE p.contact_address END AS o5,
    CASE WHEN p.id IS NULL THEN t.source_reference ELSE p.source_reference END AS o6";

pub(super) async fn live_records(
    store: &SqliteStorage,
    keys: &[String],
) -> Result<HashMap<String, LiveRecord>> {
    let mut live = HashMap::new();
    let sql = format!(
        "SELECT t.dedupe_key, p.id AS plaintiff_id, {LIVE_VALUES}
           FROM plaintiffs_raw t
           LEFT JOIN plaintiffs p ON p.id = t.plaintiff_id AND p.deleted_at IS NULL
          WHERE t.status IN ('pending', 'promoted')
            AND t.dedupe_key IN (SELECT value FROM json_each(?1))"
    );
    for batch in keys.chunks(LIVE_RECORDS_BATCH) {
        let json = serde_json::to_string(batch)
            .map_err(|e| EngineError::Database(format!("cannot encode keys: {e}")))?;
        let rows = sqlx::query(&sql).bind(json).fetch_all(&store.pool).await?;
        for row in rows {
            let key: String = row.try_get("dedupe_key")?;
            let plaintiff_id: Option<String> = row.try_get("plaintiff_id")?;
            live.insert(
                key,
                LiveRecord {
                    plaintiff_id: plaintiff_id.map(parse_uuid).transpose()?,
                    fields: CanonicalFields {
                        firm_name: row.try_get("o1")?,
                        short_name: row.try_get("o2")?,
                        contact_name: row.try_get("o3")?,
                        contact_phone: row.try_get("o4")?,
                        contact_address: row.try_get("o5")?,
                        source_reference: row.try_get("o6")?,
                        ..CanonicalFields::default()
                    },
                },
            );
        }
    }
    Ok(live)
}

pub(super) async fn plaintiff_changes(
    store: &SqliteStorage,
    run_id: Uuid,
) -> Result<Vec<PlaintiffChange>> {
    let rows = sqlx::query(
        "SELECT plaintiff_id, plaintiff_name, import_run_id, kind, field, old_value, new_value,
                changed_by, changed_at, line
           FROM v_plaintiff_changes WHERE import_run_id = ?1 ORDER BY id",
    )
    .bind(run_id.to_string())
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(change_from_row).collect()
}

fn change_from_row(row: &SqliteRow) -> Result<PlaintiffChange> {
    let plaintiff_id: String = row.try_get("plaintiff_id")?;
    let run_id: String = row.try_get("import_run_id")?;
    Ok(PlaintiffChange {
        plaintiff_id: parse_uuid(plaintiff_id)?,
        plaintiff_name: row.try_get("plaintiff_name")?,
        import_run_id: parse_uuid(run_id)?,
        kind: row.try_get("kind")?,
        field: row.try_get("field")?,
        old_value: row.try_get("old_value")?,
        new_value: row.try_get("new_value")?,
        changed_by: row.try_get("changed_by")?,
        changed_at: parse_timestamp(row.try_get("changed_at")?)?,
        line: row.try_get("line")?,
    })
}

/// One changed field of a run's changed row.
struct Diff {
    raw_id: i64,
    plaintiff_id: Option<String>,
    field: String,
    old_value: Option<String>,
    new_value: String,
}

/// The changed fields of a run's skipped rows: the first row of the file
/// per live twin (a row of another run), non-empty values that differ.
async fn run_diffs(conn: &mut SqliteConnection, run: &str) -> Result<Vec<Diff>> {
    let sql = format!(
        "WITH c AS (
            SELECT x.id AS raw_id, p.id AS plaintiff_id,
                   x.firm_name AS n1, x.short_name AS n2, x.contact_name AS n3,
                   x.contact_phone AS n4, x.contact_address AS n5, x.source_reference AS n6,
                   {LIVE_VALUES},
                   row_number() OVER (PARTITION BY t.id ORDER BY x.row_index) AS rn
              FROM plaintiffs_raw x
              JOIN plaintiffs_raw t
                ON t.id = x.duplicate_of AND t.import_run_id <> ?1
               AND t.status IN ('pending', 'promoted')
              LEFT JOIN plaintiffs p ON p.id = t.plaintiff_id AND p.deleted_at IS NULL
             WHERE x.import_run_id = ?1 AND x.status = 'skipped'
         ), f AS (
            SELECT raw_id, plaintiff_id, 'contact_address' AS field, o5 AS old_value, n5 AS new_value FROM c WHERE rn = 1
            UNION ALL SELECT raw_id, plaintiff_id, 'contact_name', o3, n3 FROM c WHERE rn = 1
            UNION ALL SELECT raw_id, plaintiff_id, 'contact_phone', o4, n4 FROM c WHERE rn = 1
            UNION ALL SELECT raw_id, plaintiff_id, 'firm_name', o1, n1 FROM c WHERE rn = 1
            UNION ALL SELECT raw_id, plaintiff_id, 'short_name', o2, n2 FROM c WHERE rn = 1
            UNION ALL SELECT raw_id, plaintiff_id, 'source_reference', o6, n6 FROM c WHERE rn = 1
         )
         SELECT raw_id, plaintiff_id, field, old_value, new_value FROM f
          WHERE coalesce(new_value, '') <> '' AND new_value IS NOT old_value
          ORDER BY raw_id, field"
    );
    let rows = sqlx::query(&sql).bind(run).fetch_all(&mut *conn).await?;
    rows.iter()
        .map(|row| {
            Ok(Diff {
                raw_id: row.try_get("raw_id")?,
                plaintiff_id: row.try_get("plaintiff_id")?,
                field: row.try_get("field")?,
                old_value: row.try_get("old_value")?,
                new_value: row.try_get("new_value")?,
            })
        })
        .collect()
}

/// A field name from the change log, checked against the updatable fields
/// before it is written into SQL.
fn column(field: &str) -> Result<&'static str> {
    UPDATABLE_FIELDS
        .iter()
        .find(|&&f| f == field)
        .copied()
        .ok_or_else(|| EngineError::Database(format!("unknown field '{field}' in the change log")))
}

/// A column the match keys are computed from (`crate::match_keys`).
fn keyed(col: &str) -> bool {
    matches!(col, "plaintiff_name" | "contact_email" | "contact_phone")
}

/// Inside the import's transaction: count the changed rows and, with
/// `apply`, apply them to existing plaintiffs and log each change.
pub(super) async fn apply_in_session(
    conn: &mut SqliteConnection,
    run: &str,
    apply: bool,
) -> Result<UpdateCounts> {
    let diffs = run_diffs(conn, run).await?;
    let changed = diffs.iter().map(|d| d.raw_id).collect::<HashSet<_>>().len() as i64;
    if !apply {
        return Ok(UpdateCounts {
            changed,
            updated: 0,
        });
    }
    let by: String = sqlx::query_scalar("SELECT imported_by FROM import_runs WHERE id = ?1")
        .bind(run)
        .fetch_one(&mut *conn)
        .await?;
    let now = now_text();
    let mut updated = HashSet::new();
    for d in &diffs {
        let Some(plaintiff) = d.plaintiff_id.as_deref() else {
            continue;
        };
        let col = column(&d.field)?;
        sqlx::query(&format!("UPDATE plaintiffs SET {col} = ?1 WHERE id = ?2"))
            .bind(&d.new_value)
            .bind(plaintiff)
            .execute(&mut *conn)
            .await?;
        if keyed(col) {
            super::match_keys::rekey_plaintiff(conn, plaintiff).await?;
        }
        sqlx::query(
            "INSERT INTO plaintiff_changes
                (plaintiff_id, import_run_id, raw_id, field, old_value, new_value, kind,
                 changed_by, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'update', ?7, ?8)",
        )
        .bind(plaintiff)
        .bind(run)
        .bind(d.raw_id)
        .bind(&d.field)
        .bind(&d.old_value)
        .bind(&d.new_value)
        .bind(&by)
        .bind(&now)
        .execute(&mut *conn)
        .await?;
        updated.insert(plaintiff);
    }
    Ok(UpdateCounts {
        changed,
        updated: updated.len() as i64,
    })
}

/// Inside a rollback's transaction: put back each field the run changed
/// (newest first), unless a later, still live run changed it again or its
/// value is no longer the one this run wrote; log `restore` or `conflict`.
pub(super) async fn restore_in_rollback(
    conn: &mut SqliteConnection,
    run: &str,
    actor: &str,
    now: &str,
) -> Result<()> {
    let changes = sqlx::query(
        "SELECT id, plaintiff_id, field, old_value, new_value FROM plaintiff_changes
          WHERE import_run_id = ?1 AND kind = 'update' ORDER BY id DESC",
    )
    .bind(run)
    .fetch_all(&mut *conn)
    .await?;
    for change in changes {
        let id: i64 = change.try_get("id")?;
        let plaintiff: String = change.try_get("plaintiff_id")?;
        let field: String = change.try_get("field")?;
        let old_value: Option<String> = change.try_get("old_value")?;
        let new_value: Option<String> = change.try_get("new_value")?;
        let col = column(&field)?;
        let current: Option<String> =
            sqlx::query_scalar(&format!("SELECT {col} FROM plaintiffs WHERE id = ?1"))
                .bind(&plaintiff)
                .fetch_optional(&mut *conn)
                .await?
                .flatten();
        let changed_later: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM plaintiff_changes l
                              JOIN import_runs r ON r.id = l.import_run_id
                             WHERE l.plaintiff_id = ?1 AND l.field = ?2 AND l.kind = 'update'
                               AND l.id > ?3 AND l.import_run_id <> ?4
                               AND r.status <> 'rolled_back')",
        )
        .bind(&plaintiff)
        .bind(&field)
        .bind(id)
        .bind(run)
        .fetch_one(&mut *conn)
        .await?;
        let conflict = changed_later || current != new_value;
        if !conflict {
            sqlx::query(&format!("UPDATE plaintiffs SET {col} = ?1 WHERE id = ?2"))
                .bind(&old_value)
                .bind(&plaintiff)
                .execute(&mut *conn)
                .await?;
            if keyed(col) {
                super::match_keys::rekey_plaintiff(conn, &plaintiff).await?;
            }
        }
        // restore: what it replaced → the old value; conflict: what would
        // have been restored → what was kept.
        let (from, to, kind) = if conflict {
            (&old_value, &current, "conflict")
        } else {
            (&current, &old_value, "restore")
        };
        sqlx::query(
            "INSERT INTO plaintiff_changes
                (plaintiff_id, import_run_id, field, old_value, new_value, kind, changed_by,
                 changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .bind(&plaintiff)
        .bind(run)
        .bind(&field)
        .bind(from)
        .bind(to)
        .bind(kind)
        .bind(actor)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
