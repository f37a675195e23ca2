//! Promotion: `pending` raw rows become `public.plaintiffs` rows. An import
//! that promotes does it while landing (`promote_landed`, per chunk), or at
//! `finalize` when the `expect_promotion` hint was wrong
//! (`repair_promotion`); `intake promote` promotes a run's pending rows later.

use uuid::Uuid;

use super::session::SqliteSession;
use super::{now_text, SqliteStorage};
use crate::error::{EngineError, Result};
use crate::model::*;
use crate::storage::columns::{canonical_columns, plaintiff_columns};

/// A time-ordered (version 7) uuid, lowercase and hyphenated, computed by
/// SQLite: the statement's millisecond timestamp, then random bits. Rows
/// promoted together land next to each other in the primary-key index.
const UUID_V7_SQL: &str = "lower(printf('%s-%s-7%s-%s%s-%s', \
     substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8), \
     substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4), \
     substr(hex(randomblob(2)), 2), substr('89ab', 1 + (abs(random()) % 4), 1), \
     substr(hex(randomblob(2)), 2), hex(randomblob(6))))";

pub(super) async fn promote(store: &SqliteStorage, run_id: Option<Uuid>) -> Result<PromoteResult> {
    let run_text = run_id.map(|id| id.to_string());
    let mut tx = store.begin_immediate().await?;
    if let Some(run_text) = &run_text {
        let exists: Option<String> =
            sqlx::query_scalar("SELECT status FROM import_runs WHERE id = ?1")
                .bind(run_text)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            return Err(EngineError::RunNotFound(run_id.expect("run id given")));
        }
    }
    // Plaintiff ids are chosen once per row in a temp table, then used
    // both for the plaintiffs and the raw rows' links.
    sqlx::query(
        "CREATE TEMP TABLE IF NOT EXISTS promote_batch
            (raw_id INTEGER PRIMARY KEY, plaintiff_id TEXT NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM promote_batch")
        .execute(&mut *tx)
        .await?;
    let promoted = sqlx::query(&format!(
        "INSERT INTO promote_batch (raw_id, plaintiff_id)
         SELECT id, {UUID_V7_SQL} FROM plaintiffs_raw
          WHERE status = 'pending' AND (?1 IS NULL OR import_run_id = ?1)"
    ))
    .bind(run_text.as_deref())
    .execute(&mut *tx)
    .await?
    .rows_affected() as i64;
    let now = now_text();
    sqlx::query(concat!(
        "INSERT INTO plaintiffs (",
        plaintiff_columns!(),
        ", created_at) SELECT b.plaintiff_id, ",
        canonical_columns!("r."),
        ", r.source_system, r.dedupe_key, r.import_run_id, r.id, ?1
           FROM promote_batch b JOIN plaintiffs_raw r ON r.id = b.raw_id",
    ))
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE plaintiffs_raw
            SET status = 'promoted',
                plaintiff_id = (SELECT b.plaintiff_id FROM promote_batch b
                                 WHERE b.raw_id = plaintiffs_raw.id)
          WHERE id IN (SELECT raw_id FROM promote_batch)",
    )
    .execute(&mut *tx)
    .await?;
    // The runs' kept counts move with their rows (0009), in this transaction.
    sqlx::query(
        "UPDATE import_runs
            SET tally_pending = tally_pending - m.n, tally_promoted = tally_promoted + m.n
           FROM (SELECT r.import_run_id AS run, count(*) AS n
                   FROM promote_batch b JOIN plaintiffs_raw r ON r.id = b.raw_id
                  GROUP BY r.import_run_id) AS m
          WHERE import_runs.id = m.run AND import_runs.status = 'completed'",
    )
    .execute(&mut *tx)
    .await?;
    let runs = sqlx::query(
        "UPDATE import_runs SET promoted = 1
          WHERE id IN (SELECT DISTINCT r.import_run_id
                         FROM promote_batch b JOIN plaintiffs_raw r ON r.id = b.raw_id)",
    )
    .execute(&mut *tx)
    .await?
    .rows_affected() as i64;
    super::match_keys::flush_pending(&mut tx).await?;
    super::match_keys::index_promote_batch(&mut tx).await?;
    sqlx::query("DELETE FROM promote_batch")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(PromoteResult { runs, promoted })
}

impl SqliteSession {
    /// Create the plaintiffs of the rows landed as `promoted` since raw id
    /// `after` (this chunk's), while their pages are still in the cache.
    pub(super) async fn promote_landed(
        &mut self,
        after: i64,
        expected: i64,
        now: &str,
    ) -> Result<()> {
        // `+import_run_id`: walk the rowid range, not the run's index entries.
        let created = sqlx::query(
            "INSERT OR IGNORE INTO plaintiffs
                (id, plaintiff_name, firm_name, short_name, contact_name, contact_email,
                 contact_phone, contact_address, source_reference, source_system, dedupe_key,
                 import_run_id, raw_id, created_at)
             SELECT plaintiff_id, plaintiff_name, firm_name, short_name, contact_name,
                    contact_email, contact_phone, contact_address, source_reference,
                    source_system, dedupe_key, import_run_id, id, ?3
               FROM plaintiffs_raw
              WHERE id > ?1 AND +import_run_id = ?2 AND status = 'promoted'",
        )
        .bind(after)
        .bind(self.run_id_text.as_str())
        .bind(now)
        .execute(&mut self.conn)
        .await?
        .rows_affected() as i64;
        if created != expected {
            return Err(EngineError::Database(format!(
                "promotion created {created} plaintiffs for {expected} new rows"
            )));
        }
        Ok(())
    }

    /// At `finalize`, inside the run's transaction: make the rows match the
    /// import's promote flag when the `expect_promotion` hint was wrong.
    pub(super) async fn repair_promotion(&mut self, promote: bool, now: &str) -> Result<()> {
        let run = self.run_id_text.as_str();
        match (self.promote_on_land, promote) {
            (true, true) | (false, false) => {}
            // Rows landed `pending` (the hint said no promotion): promote now.
            (false, true) => {
                sqlx::query(&format!(
                    "UPDATE plaintiffs_raw SET status = 'promoted', plaintiff_id = {UUID_V7_SQL}
                      WHERE import_run_id = ?1 AND status = 'pending'"
                ))
                .bind(run)
                .execute(&mut self.conn)
                .await?;
                sqlx::query(concat!(
                    "INSERT INTO plaintiffs (",
                    plaintiff_columns!(),
                    ", created_at) SELECT plaintiff_id, ",
                    canonical_columns!(),
                    ", source_system, dedupe_key, import_run_id, id, ?2
                       FROM plaintiffs_raw
                      WHERE import_run_id = ?1 AND status = 'promoted'",
                ))
                .bind(run)
                .bind(now)
                .execute(&mut self.conn)
                .await?;
            }
            // Promoted while landing, but the import must not promote: undo
            // it inside the same transaction (nobody saw it).
            (true, false) => {
                sqlx::query(
                    "DELETE FROM plaintiffs
                      WHERE id IN (SELECT plaintiff_id FROM plaintiffs_raw
                                    WHERE import_run_id = ?1 AND status = 'promoted')",
                )
                .bind(run)
                .execute(&mut self.conn)
                .await?;
                sqlx::query(
                    "UPDATE plaintiffs_raw SET status = 'pending', plaintiff_id = NULL
                      WHERE import_run_id = ?1 AND status = 'promoted'",
                )
                .bind(run)
                .execute(&mut self.conn)
                .await?;
            }
        }
        Ok(())
    }
}
