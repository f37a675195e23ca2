//! Landing a chunk of rows into `plaintiffs_raw`: multi-row INSERTs of a few
//! fixed sizes, candidates whose key is already live landed as `skipped`
//! (pointing at the live row), and the dry run's live-key check.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

use sqlx::Sqlite;
use uuid::Uuid;

use super::session::SqliteSession;
use super::{now_text, SqliteStorage};
use crate::error::{EngineError, Result};
use crate::model::*;
use crate::storage::columns::canonical_columns;

/// Rows per multi-row `INSERT`; a chunk is cut greedily into these sizes so a
/// handful of prepared statements serve every chunk length.
const INSERT_BATCH_SIZES: [usize; 5] = [256, 64, 16, 4, 1];
/// Keys per `live_keys` query.
const LIVE_KEYS_BATCH: usize = 500;
pub(super) async fn live_keys(store: &SqliteStorage, keys: &[String]) -> Result<HashSet<String>> {
    let mut live = HashSet::new();
    for batch in keys.chunks(LIVE_KEYS_BATCH) {
        let json = serde_json::to_string(batch)
            .map_err(|e| EngineError::Database(format!("cannot encode keys: {e}")))?;
        let found: Vec<String> = sqlx::query_scalar(
            "SELECT dedupe_key FROM plaintiffs_raw
              WHERE status IN ('pending', 'promoted')
                AND dedupe_key IN (SELECT value FROM json_each(?1))",
        )
        .bind(json)
        .fetch_all(&store.pool)
        .await?;
        live.extend(found);
    }
    Ok(live)
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum InsertKind {
    /// Candidates (as `promoted`, skipping a live key) and invalid rows.
    Landing,
    /// Skipped rows, each pointing at the live row with its key.
    Skipped,
}

/// Values bound per row: 17 shared by both kinds, then for landing rows
/// status, error code, error message and plaintiff id.
const LANDING_PARAMS_PER_ROW: usize = 21;
const SKIPPED_PARAMS_PER_ROW: usize = 17;

/// The multi-row INSERT for `rows` rows of one kind, built once per size.
/// Parameters are anonymous (`?`): SQLite looks numbered ones up by a linear
/// scan, which made binding a 256-row statement quadratic.
fn insert_sql(kind: InsertKind, rows: usize) -> &'static str {
    static CACHE: OnceLock<Mutex<HashMap<(InsertKind, usize), &'static str>>> = OnceLock::new();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    cache.entry((kind, rows)).or_insert_with(|| {
        let columns = concat!(
            "import_run_id, source_system, created_at, row_index, dedupe_key, ",
            canonical_columns!(),
            ", raw_payload, line, match_email_key, match_name_phone_key"
        );
        let shared_tuple = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
        let tuples = |extra: &str| vec![format!("({shared_tuple}{extra})"); rows].join(", ");
        // `OR IGNORE` everywhere: a candidate whose key is live is left out
        // (and then landed as skipped); the caller checks that every other
        // row went in. No constraint can abort halfway through the statement,
        // so SQLite keeps no statement journal (a copy of every touched page).
        let sql = match kind {
            InsertKind::Landing => format!(
                "INSERT OR IGNORE INTO plaintiffs_raw ({columns}, status, error_code, \
                 error_message, plaintiff_id) VALUES {}",
                tuples(", ?, ?, ?, ?")
            ),
            // One correlated lookup over a VALUES table: a scalar subquery
            // per tuple would keep a cursor open per row, and SQLite visits
            // every open cursor on each insert.
            InsertKind::Skipped => format!(
                "INSERT OR IGNORE INTO plaintiffs_raw ({columns}, status, duplicate_of) \
                 SELECT v.*, 'skipped', \
                        (SELECT l.id FROM plaintiffs_raw l \
                          WHERE l.dedupe_key = v.column5 AND l.status IN ('pending', 'promoted')) \
                   FROM (VALUES {}) AS v",
                tuples("")
            ),
        };
        debug_assert_eq!(
            sql.matches('?').count(),
            rows * match kind {
                InsertKind::Landing => LANDING_PARAMS_PER_ROW,
                InsertKind::Skipped => SKIPPED_PARAMS_PER_ROW,
            }
        );
        Box::leak(sql.into_boxed_str())
    })
}

/// Cut `len` rows into the fixed statement sizes.
fn batch_lengths(mut len: usize) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let size = *INSERT_BATCH_SIZES.iter().find(|&&s| s <= len)?;
        len -= size;
        Some(size)
    })
}

type SqliteQuery<'q> = sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Bind the 17 values every landed row has, in `insert_sql`'s column order.
fn bind_row<'q>(
    query: SqliteQuery<'q>,
    shared: &'q RowContext,
    row: &'q LandingRow,
) -> SqliteQuery<'q> {
    let f = &row.fields;
    query
        .bind(shared.run_id.as_str())
        .bind(shared.source_system.as_str())
        .bind(shared.created_at.as_str())
        .bind(row.row_index)
        .bind(row.dedupe_key.as_deref())
        .bind(f.plaintiff_name.as_deref())
        .bind(f.firm_name.as_deref())
        .bind(f.short_name.as_deref())
        .bind(f.contact_name.as_deref())
        .bind(f.contact_email.as_deref())
        .bind(f.contact_phone.as_deref())
        .bind(f.contact_address.as_deref())
        .bind(f.source_reference.as_deref())
        .bind(row.raw_payload.as_str())
        .bind(row.line)
        .bind(row.match_keys.email)
        .bind(row.match_keys.name_phone)
}

/// What every row of one `land` call shares.
struct RowContext {
    run_id: String,
    source_system: String,
    created_at: String,
}

impl SqliteSession {
    /// Land one chunk (`ImportSession::land`).
    pub(super) async fn land_chunk(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts> {
        self.ensure_transaction().await?;
        self.landing_started = true;
        let shared = RowContext {
            run_id: self.run_id_text.clone(),
            source_system: self.source_system.clone(),
            created_at: now_text(),
        };
        // This session holds the write lock: every raw row above this id is
        // one of this chunk's.
        let chunk_after: i64 =
            sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM plaintiffs_raw")
                .fetch_one(&mut self.conn)
                .await?;
        self.first_raw_after.get_or_insert(chunk_after);
        super::match_keys::RunMatchKeys::check_chunk(&mut self.run_keys, chunk_after);
        let mut counts = ChunkCounts::default();
        let (in_file_duplicates, landing): (Vec<&LandingRow>, Vec<&LandingRow>) = rows
            .iter()
            .partition(|r| matches!(r.kind, RowKind::InFileDuplicate { .. }));
        let mut skipped = self.insert_landing(&landing, &shared, &mut counts).await?;
        // In-file duplicates after the landing rows: the first of their key
        // (same chunk or earlier) is in the table by now.
        skipped.extend(in_file_duplicates);
        self.insert_skipped(&skipped, &shared).await?;
        super::match_keys::RunMatchKeys::write_if_large(
            &mut self.run_keys,
            &mut self.conn,
            &self.source_system,
        )
        .await?;
        counts.skipped = skipped.len() as i64;
        if self.promote_on_land && counts.inserted > 0 {
            self.promote_landed(chunk_after, counts.inserted, &shared.created_at)
                .await?;
        }
        self.counts += counts;
        Ok(counts)
    }

    /// Land candidates and invalid rows; returns the candidates that hit a
    /// live key (they become skipped rows).
    async fn insert_landing<'r>(
        &mut self,
        rows: &[&'r LandingRow],
        shared: &RowContext,
        counts: &mut ChunkCounts,
    ) -> Result<Vec<&'r LandingRow>> {
        let mut conflicting = Vec::new();
        let mut start = 0;
        for len in batch_lengths(rows.len()) {
            let batch = &rows[start..start + len];
            start += len;
            let mut query = sqlx::query(insert_sql(InsertKind::Landing, len));
            let mut candidates = 0usize;
            for row in batch {
                query = bind_row(query, shared, row);
                query = match &row.kind {
                    RowKind::Invalid { code, message, .. } => query
                        .bind("failed")
                        .bind(code.as_str())
                        .bind(message.as_str())
                        .bind(None::<String>),
                    _ => {
                        candidates += 1;
                        // Time-ordered ids: plaintiffs' primary-key index
                        // grows at its right edge instead of at random pages.
                        let (status, plaintiff_id) = if self.promote_on_land {
                            ("promoted", Some(Uuid::now_v7().to_string()))
                        } else {
                            ("pending", None)
                        };
                        query
                            .bind(status)
                            .bind(None::<String>)
                            .bind(None::<String>)
                            .bind(plaintiff_id)
                    }
                };
            }
            let landed = query.execute(&mut self.conn).await?.rows_affected() as usize;
            let errored = len - candidates;
            counts.errored += errored as i64;
            let mut left_out = Vec::new();
            if landed < len {
                left_out = self.not_landed(batch).await?;
                // Only a live key may keep a candidate out; anything else
                // (an invalid row left out) is a bug to surface, not a skip.
                if left_out
                    .iter()
                    .any(|r| matches!(r.kind, RowKind::Invalid { .. }))
                {
                    return Err(EngineError::Database(
                        "an invalid row could not be recorded".into(),
                    ));
                }
                conflicting.extend(left_out.iter().copied());
            }
            counts.inserted += (landed - errored) as i64;
            if let Some(gathered) = self.run_keys.as_mut() {
                let left_out: HashSet<i64> = left_out.iter().map(|r| r.row_index).collect();
                let landed_rows = batch
                    .iter()
                    .filter(|row| !left_out.contains(&row.row_index));
                gathered.landed(landed_rows.map(|row| {
                    let new = !matches!(row.kind, RowKind::Invalid { .. });
                    (new && self.promote_on_land).then_some(row.match_keys)
                }));
            }
        }
        Ok(conflicting)
    }

    /// The rows of `batch` that are not in the table (their key was live).
    async fn not_landed<'r>(&mut self, batch: &[&'r LandingRow]) -> Result<Vec<&'r LandingRow>> {
        let indexes: Vec<i64> = batch.iter().map(|r| r.row_index).collect();
        let landed: HashSet<i64> = sqlx::query_scalar(
            "SELECT row_index FROM plaintiffs_raw
              WHERE import_run_id = ?1 AND row_index IN (SELECT value FROM json_each(?2))",
        )
        .bind(self.run_id_text.as_str())
        .bind(serde_json::Value::from(indexes).to_string())
        .fetch_all(&mut self.conn)
        .await?
        .into_iter()
        .collect();
        Ok(batch
            .iter()
            .filter(|r| !landed.contains(&r.row_index))
            .copied()
            .collect())
    }

    async fn insert_skipped(&mut self, rows: &[&LandingRow], shared: &RowContext) -> Result<()> {
        let mut start = 0;
        for len in batch_lengths(rows.len()) {
            let batch = &rows[start..start + len];
            start += len;
            let mut query = sqlx::query(insert_sql(InsertKind::Skipped, len));
            for row in batch {
                query = bind_row(query, shared, row);
            }
            let landed = query.execute(&mut self.conn).await?.rows_affected() as usize;
            if landed != len {
                return Err(EngineError::Database(format!(
                    "{} of {len} skipped rows could not be recorded",
                    len - landed
                )));
            }
            if let Some(gathered) = self.run_keys.as_mut() {
                gathered.landed(std::iter::repeat_n(None, len));
            }
        }
        Ok(())
    }
}
