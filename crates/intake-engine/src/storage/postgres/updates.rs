//! Vendor updates (issue 11 part A): the live records a dry run compares a
//! file's rows with, the change log of a run, and — inside the import's
//! transaction — counting (and, if asked, applying) the run's changed rows
//! through `ingest.apply_plaintiff_updates` (migration 0011). A rollback
//! restores through `ingest.rollback_import_run` itself.

use std::collections::HashMap;

use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use uuid::Uuid;

use super::PgStorage;
use crate::error::Result;
use crate::model::*;

/// Keys per `live_records` query.
const LIVE_RECORDS_BATCH: usize = 1000;

pub(super) async fn live_records(
    storage: &PgStorage,
    keys: &[String],
) -> Result<HashMap<String, LiveRecord>> {
    let mut live = HashMap::new();
    for batch in keys.chunks(LIVE_RECORDS_BATCH) {
        let rows = sqlx::query(
            "SELECT t.dedupe_key, p.id AS plaintiff_id, \
                    CASE WHEN p.id IS NULL THEN t.firm_name ELSE p.firm_name END AS firm_name, \
                    CASE WHEN p.id IS NULL THEN t.short_name ELSE p.short_name END AS short_name, \
                    CASE WHEN p.id IS NULL THEN t.contact_name ELSE p.contact_name END AS contact_name, \
                    CASE WHEN p.id IS NULL THEN t.contact_phone ELSE p.contact_phone END AS contact_phone, \
                    CASE WHEN p.id IS NULL THEN t.contact_address ELSE p.contact_address END AS contact_address, \
                    CASE WHEN p.id IS NULL THEN t.source_reference ELSE p.source_reference END AS source_reference \
             FROM ingest.plaintiffs_raw t \
             LEFT JOIN public.plaintiffs p ON p.id = t.plaintiff_id AND p.deleted_at IS NULL \
             WHERE t.dedupe_key = ANY($1) AND t.status IN ('pending', 'promoted')",
        )
        .bind(batch)
        .fetch_all(&storage.pool)
        .await?;
        for row in rows {
            let key: String = row.try_get("dedupe_key")?;
            live.insert(
                key,
                LiveRecord {
                    plaintiff_id: row.try_get("plaintiff_id")?,
                    fields: CanonicalFields {
                        firm_name: row.try_get("firm_name")?,
                        short_name: row.try_get("short_name")?,
                        contact_name: row.try_get("contact_name")?,
                        contact_phone: row.try_get("contact_phone")?,
                        contact_address: row.try_get("contact_address")?,
                        source_reference: row.try_get("source_reference")?,
                        ..CanonicalFields::default()
                    },
                },
            );
        }
    }
    Ok(live)
}

pub(super) async fn plaintiff_changes(
    storage: &PgStorage,
    run_id: Uuid,
) -> Result<Vec<PlaintiffChange>> {
    let rows = sqlx::query(
        "SELECT plaintiff_id, plaintiff_name, import_run_id, kind, field, old_value, new_value, \
                changed_by, changed_at, line::bigint AS line \
         FROM ingest.v_plaintiff_changes WHERE import_run_id = $1 ORDER BY id",
    )
    .bind(run_id)
    .fetch_all(&storage.pool)
    .await?;
    rows.iter().map(change_from_row).collect()
}

fn change_from_row(row: &PgRow) -> Result<PlaintiffChange> {
    Ok(PlaintiffChange {
        plaintiff_id: row.try_get("plaintiff_id")?,
        plaintiff_name: row.try_get("plaintiff_name")?,
        import_run_id: row.try_get("import_run_id")?,
        kind: row.try_get("kind")?,
        field: row.try_get("field")?,
        old_value: row.try_get("old_value")?,
        new_value: row.try_get("new_value")?,
        changed_by: row.try_get("changed_by")?,
        changed_at: row.try_get("changed_at")?,
        line: row.try_get("line")?,
    })
}

/// Inside the import's transaction (the session that claimed the run):
/// count the changed rows and, with `apply`, apply and log them.
pub(super) async fn apply_in_session(
    conn: &mut PgConnection,
    run_id: Uuid,
    apply: bool,
) -> Result<UpdateCounts> {
    let row = sqlx::query("SELECT changed, updated FROM ingest.apply_plaintiff_updates($1, $2)")
        .bind(run_id)
        .bind(apply)
        .fetch_one(conn)
        .await?;
    Ok(UpdateCounts {
        changed: row.try_get("changed")?,
        updated: row.try_get("updated")?,
    })
}
