//! The live plaintiffs' cross-source match keys on SQLite (migration 0012).
//! A raw row's keys are bound when it lands (`land`); this room keeps the
//! two key tables that lookups probe (`matches`) equal to the promoted rows'
//! keys: a run's keys go in when it finishes or is promoted, in key order
//! (a sorted merge into a clustered table, instead of a random B-tree insert
//! per row while landing); a rollback takes them out; a vendor update that
//! changes a plaintiff's phone, or its undoing, keys the plaintiff again;
//! rows from before 0012 are keyed once after migrating (`backfill`).
//!
//! A run whose keys were gathered while landing writes them right after its
//! commit, beside the commit's checkpoint (`write_pending`, migration 0013:
//! the run is listed in `match_keys_pending` until then). Whoever next writes
//! to the key tables first keys any run still listed (`flush_pending`): a
//! crash between the two commits leaves the run listed, never half-keyed.

use sqlx::sqlite::SqliteConnection;
use sqlx::{Row, SqlitePool};

use crate::error::Result;
use crate::match_keys::{match_keys, MatchKeys};

/// Each key table and the raw rows' column it is filled from.
const TABLES: [(&str, &str); 2] = [
    ("plaintiff_match_keys_email", "match_email_key"),
    ("plaintiff_match_keys_name_phone", "match_name_phone_key"),
];

/// Raw rows keyed per backfill transaction.
const BACKFILL_BATCH: i64 = 20_000;

/// Keys per multi-row INSERT when a run's gathered keys are written.
const WRITE_BATCH: usize = 500;

/// Key entries (16 bytes each, 8 MB) a run holds at most: past this,
/// landing writes them into the key tables in its own transaction (sorted,
/// a merge pass over each table) and starts again, so memory stays flat
/// however large the file. A 5M-row file holding all of its ~8.8M entries
/// peaked at ~290 MB; with 2M entries at 181 MB, with 500k at 169 MB; a
/// 1M-row file (~1.76M entries) 115 MB with 2M and 94 MB with 500k, in the
/// same time (`/usr/bin/time`, one run each).
pub(super) const MAX_GATHERED: usize = 500_000;

/// Gathered (key, raw id) pairs in fixed blocks of 1 MiB: a vector that
/// doubles holds up to twice its entries, and both copies while it grows.
#[derive(Default)]
struct KeyLog {
    blocks: Vec<Vec<(i64, i64)>>,
    len: usize,
}

impl KeyLog {
    const BLOCK: usize = 65_536;

    fn push(&mut self, pair: (i64, i64)) {
        match self.blocks.last_mut() {
            Some(block) if block.len() < Self::BLOCK => block.push(pair),
            _ => {
                let mut block = Vec::with_capacity(Self::BLOCK);
                block.push(pair);
                self.blocks.push(block);
            }
        }
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    /// All pairs, sorted, leaving the log empty (each block freed as it is
    /// copied).
    fn take_sorted(&mut self) -> Vec<(i64, i64)> {
        let mut all = Vec::with_capacity(self.len);
        for block in std::mem::take(&mut self.blocks) {
            all.extend_from_slice(&block);
        }
        self.len = 0;
        all.sort_unstable();
        all
    }
}

/// A run's promoted rows' keys with their raw ids, gathered while the rows
/// land so that `finalize` writes them sorted by the engine, without reading
/// the run back or sorting in SQLite (which doubled what matching cost).
/// The ids are counted, not read: the session holds the write lock, SQLite
/// gives a new row the id one above the largest, and a multi-row INSERT
/// inserts in VALUES order (rows left out by `OR IGNORE` take none). Each
/// chunk, and `finalize`, checks that the table's largest id is where the
/// count says; on any surprise the gathered keys are dropped and the run's
/// keys are read from the table instead (`index_run`).
pub(super) struct RunMatchKeys {
    email: KeyLog,
    name_phone: KeyLog,
    /// The id the next landed row gets; `None` before the first chunk.
    next_id: Option<i64>,
    /// The largest raw id whose keys are already written (`write_if_large`).
    written_through: Option<i64>,
    /// Entries held before they are written (`MAX_GATHERED` but in tests).
    limit: usize,
}

impl RunMatchKeys {
    pub(super) fn with_limit(limit: usize) -> Self {
        RunMatchKeys {
            email: KeyLog::default(),
            name_phone: KeyLog::default(),
            next_id: None,
            written_through: None,
            limit,
        }
    }

    /// At a chunk's start, with the table's largest raw id.
    pub(super) fn check_chunk(gathered: &mut Option<Self>, largest_id: i64) {
        if let Some(g) = gathered.as_mut() {
            match g.next_id {
                None => g.next_id = Some(largest_id + 1),
                Some(next) if next == largest_id + 1 => {}
                Some(_) => *gathered = None,
            }
        }
    }

    /// After a chunk: past its limit of entries, write them now (inside
    /// the run's transaction) and keep gathering from empty.
    pub(super) async fn write_if_large(
        gathered: &mut Option<Self>,
        conn: &mut SqliteConnection,
        source: &str,
    ) -> Result<()> {
        if let Some(g) = gathered
            .as_mut()
            .filter(|g| g.email.len() + g.name_phone.len() > g.limit)
        {
            g.write(conn, source).await?;
            g.written_through = g.next_id.map(|next| next - 1);
        }
        Ok(())
    }

    /// The largest raw id whose keys were written while landing (the rest
    /// of the run's keys are above it).
    pub(super) fn written_through(&self) -> Option<i64> {
        self.written_through
    }

    /// Rows that went into the table, in insertion order, each with its
    /// keys if it is a promoted row (`None`: skipped, invalid or pending).
    pub(super) fn landed(&mut self, rows: impl Iterator<Item = Option<MatchKeys>>) {
        let Some(next) = self.next_id.as_mut() else {
            return;
        };
        for keys in rows {
            let id = *next;
            *next += 1;
            if let Some(keys) = keys {
                if let Some(k) = keys.email {
                    self.email.push((k, id));
                }
                if let Some(k) = keys.name_phone {
                    self.name_phone.push((k, id));
                }
            }
        }
    }

    /// In `finalize`, inside the run's transaction: does the count still
    /// hold (are the gathered ids the run's rows)?
    pub(super) async fn count_holds(&self, conn: &mut SqliteConnection) -> Result<bool> {
        let largest: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM plaintiffs_raw")
            .fetch_one(&mut *conn)
            .await?;
        Ok(self.next_id == Some(largest + 1))
    }

    /// Write the gathered keys sorted (their count checked by
    /// `count_holds`), leaving none gathered.
    async fn write(&mut self, conn: &mut SqliteConnection, source: &str) -> Result<()> {
        let source_id = source_id(conn, source).await?;
        let gathered = [self.email.take_sorted(), self.name_phone.take_sorted()];
        for ((table, _), pairs) in TABLES.iter().zip(gathered) {
            let statement = |rows: usize| {
                format!(
                    "INSERT INTO {table} (key, source_id, raw_id) VALUES {}",
                    vec![format!("(?, {source_id}, ?)"); rows].join(", ")
                )
            };
            let full = statement(WRITE_BATCH);
            for batch in pairs.chunks(WRITE_BATCH) {
                let partial;
                let sql = if batch.len() == WRITE_BATCH {
                    &full
                } else {
                    partial = statement(batch.len());
                    &partial
                };
                let mut query = sqlx::query(sql);
                for &(key, raw_id) in batch {
                    query = query.bind(key).bind(raw_id);
                }
                query.execute(&mut *conn).await?;
            }
        }
        Ok(())
    }
}

/// In `finalize`, inside the run's transaction: list the run as keyed
/// after its commit (`write_pending`).
pub(super) async fn mark_pending(conn: &mut SqliteConnection, run: &str, after: i64) -> Result<()> {
    sqlx::query("INSERT INTO match_keys_pending (import_run_id, after_raw_id) VALUES (?1, ?2)")
        .bind(run)
        .bind(after)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How long the key write after a commit waits for another writer (an
/// import of another file that took the lock in between) before it leaves
/// the run to that writer's `flush_pending`, instead of keeping its clerk
/// waiting for the other import.
const PENDING_WRITE_WAIT_MS: u32 = 1000;

/// After the run's commit: its gathered keys into the key tables and the
/// run off the list, in one transaction — unless someone keyed it first
/// (`flush_pending`, e.g. a rollback that came in between).
pub(super) async fn write_pending(
    conn: &mut SqliteConnection,
    run: &str,
    source: &str,
    mut keys: RunMatchKeys,
) -> Result<()> {
    sqlx::query(&format!("PRAGMA busy_timeout = {PENDING_WRITE_WAIT_MS}"))
        .execute(&mut *conn)
        .await?;
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
    let written = async {
        let listed = sqlx::query("DELETE FROM match_keys_pending WHERE import_run_id = ?1")
            .bind(run)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        if listed == 1 {
            keys.write(conn, source).await?;
        }
        sqlx::query("COMMIT").execute(&mut *conn).await?;
        Ok(())
    }
    .await;
    if written.is_err() {
        sqlx::query("ROLLBACK").execute(&mut *conn).await.ok();
    }
    written
}

/// Inside a write transaction that reads or changes the key tables: key
/// every run still listed in `match_keys_pending` from its raw rows (its
/// importer died between its two commits, or has not got to the second).
pub(super) async fn flush_pending(conn: &mut SqliteConnection) -> Result<()> {
    let pending: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT m.import_run_id, m.after_raw_id, r.source_system
           FROM match_keys_pending m JOIN import_runs r ON r.id = m.import_run_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (run, after, source) in pending {
        index_run(conn, &run, &source, after).await?;
        sqlx::query("DELETE FROM match_keys_pending WHERE import_run_id = ?1")
            .bind(&run)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The number of a source in the key tables, given it one if it has none.
pub(super) async fn source_id(conn: &mut SqliteConnection, source: &str) -> Result<i64> {
    sqlx::query("INSERT OR IGNORE INTO match_key_sources (source_system) VALUES (?1)")
        .bind(source)
        .execute(&mut *conn)
        .await?;
    Ok(
        sqlx::query_scalar("SELECT id FROM match_key_sources WHERE source_system = ?1")
            .bind(source)
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// Inside the run's transaction, after its rows were promoted: the keys of
/// its promoted raw rows above id `after` (all of them: the session holds
/// the write lock, so its rows are the newest) into the key tables.
pub(super) async fn index_run(
    conn: &mut SqliteConnection,
    run: &str,
    source: &str,
    after: i64,
) -> Result<()> {
    let source_id = source_id(conn, source).await?;
    for (table, column) in TABLES {
        // `+import_run_id`: walk the rowid range, not the run's index entries.
        sqlx::query(&format!(
            "INSERT INTO {table} (key, source_id, raw_id)
             SELECT {column}, ?3, id FROM plaintiffs_raw
              WHERE id > ?2 AND +import_run_id = ?1 AND status = 'promoted'
                AND {column} IS NOT NULL
              ORDER BY 1, 3"
        ))
        .bind(run)
        .bind(after)
        .bind(source_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Inside the run's transaction: take out the keys written while landing
/// (raw ids above `after`, up to `through`) of a run that is not promoted.
pub(super) async fn unwrite(
    conn: &mut SqliteConnection,
    run: &str,
    after: i64,
    through: i64,
) -> Result<()> {
    for (table, column) in TABLES {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE (key, raw_id) IN
               (SELECT {column}, id FROM plaintiffs_raw
                 WHERE id > ?2 AND id <= ?3 AND +import_run_id = ?1 AND {column} IS NOT NULL)"
        ))
        .bind(run)
        .bind(after)
        .bind(through)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// `intake promote`: the keys of the rows in `promote_batch`, a source at
/// a time.
pub(super) async fn index_promote_batch(conn: &mut SqliteConnection) -> Result<()> {
    let sources: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT r.source_system FROM promote_batch b
           JOIN plaintiffs_raw r ON r.id = b.raw_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for source in sources {
        let source_id = source_id(conn, &source).await?;
        for (table, column) in TABLES {
            sqlx::query(&format!(
                "INSERT INTO {table} (key, source_id, raw_id)
                 SELECT r.{column}, ?2, r.id
                   FROM promote_batch b JOIN plaintiffs_raw r ON r.id = b.raw_id
                  WHERE r.{column} IS NOT NULL AND r.source_system = ?1
                  ORDER BY 1, 3"
            ))
            .bind(&source)
            .bind(source_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Inside a rollback, before its raw rows leave `promoted`: their keys out.
pub(super) async fn unindex_run(conn: &mut SqliteConnection, run: &str) -> Result<()> {
    for (table, column) in TABLES {
        sqlx::query(&format!(
            "DELETE FROM {table}
              WHERE (key, raw_id) IN (SELECT {column}, id FROM plaintiffs_raw
                                       WHERE import_run_id = ?1 AND status = 'promoted'
                                         AND {column} IS NOT NULL)"
        ))
        .bind(run)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// One key of one live raw row (already there: nothing to do).
async fn insert_key(
    conn: &mut SqliteConnection,
    table: &str,
    key: i64,
    source_id: i64,
    raw_id: i64,
) -> Result<()> {
    sqlx::query(&format!(
        "INSERT OR IGNORE INTO {table} (key, source_id, raw_id) VALUES (?1, ?2, ?3)"
    ))
    .bind(key)
    .bind(source_id)
    .bind(raw_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// After a plaintiff's phone changed (a vendor update or its restore): its
/// keys from its current name, email and phone, on its raw row and, while
/// it is live, in the key tables.
pub(super) async fn rekey_plaintiff(conn: &mut SqliteConnection, plaintiff: &str) -> Result<()> {
    let Some(row) = sqlx::query(
        "SELECT x.id, x.status, x.source_system, x.match_email_key, x.match_name_phone_key,
                p.plaintiff_name, p.contact_email, p.contact_phone, p.deleted_at IS NULL AS live
           FROM plaintiffs p JOIN plaintiffs_raw x ON x.id = p.raw_id
          WHERE p.id = ?1",
    )
    .bind(plaintiff)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(());
    };
    let raw_id: i64 = row.try_get("id")?;
    let old = MatchKeys {
        email: row.try_get("match_email_key")?,
        name_phone: row.try_get("match_name_phone_key")?,
    };
    let new = match_keys(
        row.try_get::<Option<&str>, _>("plaintiff_name")?,
        row.try_get::<Option<&str>, _>("contact_email")?,
        row.try_get::<Option<&str>, _>("contact_phone")?,
    );
    let indexed = row.try_get::<&str, _>("status")? == "promoted" && row.try_get("live")?;
    if old == new {
        return Ok(());
    }
    sqlx::query(
        "UPDATE plaintiffs_raw SET match_email_key = ?2, match_name_phone_key = ?3 WHERE id = ?1",
    )
    .bind(raw_id)
    .bind(new.email)
    .bind(new.name_phone)
    .execute(&mut *conn)
    .await?;
    if indexed {
        let source: String = row.try_get("source_system")?;
        let source_id = source_id(conn, &source).await?;
        let pairs = [(old.email, new.email), (old.name_phone, new.name_phone)];
        for ((table, _), (old, new)) in TABLES.iter().zip(pairs) {
            if old == new {
                continue;
            }
            if let Some(old) = old {
                sqlx::query(&format!(
                    "DELETE FROM {table} WHERE key = ?1 AND raw_id = ?2"
                ))
                .bind(old)
                .bind(raw_id)
                .execute(&mut *conn)
                .await?;
            }
            if let Some(new) = new {
                insert_key(conn, table, new, source_id, raw_id).await?;
            }
        }
    }
    Ok(())
}

/// After migrating: key the raw rows that landed before 0012, a batch per
/// transaction (an interrupted backfill goes on where it stopped), then drop
/// the `match_keys_backfill` marker. A promoted row is keyed from its
/// plaintiff's current values (a vendor update may have changed the phone).
/// Called under the migration lock.
pub(super) async fn backfill(pool: &SqlitePool) -> Result<()> {
    let mut source_ids = std::collections::HashMap::new();
    loop {
        let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
        let marker: Option<bool> = sqlx::query_scalar(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'match_keys_backfill'",
        )
        .fetch_optional(&mut *tx)
        .await?;
        if marker.is_none() {
            return Ok(());
        }
        let range: Option<(i64, i64)> =
            sqlx::query_as("SELECT next_raw_id, last_raw_id FROM match_keys_backfill")
                .fetch_optional(&mut *tx)
                .await?;
        let Some((next, last)) = range.filter(|(next, last)| next <= last) else {
            sqlx::query("DROP TABLE match_keys_backfill")
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            return Ok(());
        };
        let rows = sqlx::query(
            "SELECT x.id, x.status, x.source_system,
                    CASE WHEN p.id IS NULL THEN x.plaintiff_name ELSE p.plaintiff_name END AS name,
                    CASE WHEN p.id IS NULL THEN x.contact_email ELSE p.contact_email END AS email,
                    CASE WHEN p.id IS NULL THEN x.contact_phone ELSE p.contact_phone END AS phone
               FROM plaintiffs_raw x LEFT JOIN plaintiffs p ON p.id = x.plaintiff_id
              WHERE x.id >= ?1 AND x.id <= ?2 AND x.status <> 'failed'
              ORDER BY x.id LIMIT ?3",
        )
        .bind(next)
        .bind(last)
        .bind(BACKFILL_BATCH)
        .fetch_all(&mut *tx)
        .await?;
        let mut done = last;
        if rows.len() as i64 == BACKFILL_BATCH {
            done = rows.last().map_or(last, |r| r.get::<i64, _>("id"));
        }
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            let keys = match_keys(
                row.try_get::<Option<&str>, _>("name")?,
                row.try_get::<Option<&str>, _>("email")?,
                row.try_get::<Option<&str>, _>("phone")?,
            );
            sqlx::query(
                "UPDATE plaintiffs_raw SET match_email_key = ?2, match_name_phone_key = ?3
                  WHERE id = ?1",
            )
            .bind(id)
            .bind(keys.email)
            .bind(keys.name_phone)
            .execute(&mut *tx)
            .await?;
            if row.try_get::<&str, _>("status")? != "promoted" {
                continue;
            }
            let source: String = row.try_get("source_system")?;
            let source_id = match source_ids.get(&source) {
                Some(&known) => known,
                None => {
                    let new = source_id(&mut tx, &source).await?;
                    source_ids.insert(source, new);
                    new
                }
            };
            for ((table, _), key) in TABLES.iter().zip([keys.email, keys.name_phone]) {
                if let Some(key) = key {
                    insert_key(&mut tx, table, key, source_id, id).await?;
                }
            }
        }
        sqlx::query("UPDATE match_keys_backfill SET next_raw_id = ?1")
            .bind(done + 1)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::sqlite::SqliteStorage;
    use crate::storage::Storage;

    async fn email_entries(conn: &mut SqliteConnection) -> i64 {
        sqlx::query_scalar("SELECT count(*) FROM plaintiff_match_keys_email")
            .fetch_one(conn)
            .await
            .unwrap()
    }

    /// Past its limit, a run's gathered keys are written at once (in the
    /// caller's transaction) and nothing stays gathered; the run's rows
    /// above the written ones are what is left to key.
    #[tokio::test]
    async fn keys_past_the_limit_are_written_and_dropped_from_memory() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStorage::open(&dir.path().join("k.sqlite3"))
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let mut conn = store.pool().acquire().await.unwrap();
        let keys = |k: i64| MatchKeys {
            email: Some(k),
            name_phone: Some(-k),
        };
        let mut gathered = Some(RunMatchKeys::with_limit(4));
        RunMatchKeys::check_chunk(&mut gathered, 10);
        gathered
            .as_mut()
            .unwrap()
            .landed([Some(keys(7)), None].into_iter());
        RunMatchKeys::write_if_large(&mut gathered, &mut conn, "a")
            .await
            .unwrap();
        // Two entries (ids 11 and 12 landed): under the limit, kept.
        assert_eq!(email_entries(&mut conn).await, 0);
        assert_eq!(gathered.as_ref().unwrap().written_through(), None);
        gathered
            .as_mut()
            .unwrap()
            .landed([Some(keys(5)), Some(keys(9))].into_iter());
        RunMatchKeys::write_if_large(&mut gathered, &mut conn, "a")
            .await
            .unwrap();
        // Six entries: written, ids 11, 13 and 14 with their keys.
        let rows: Vec<(i64, i64)> =
            sqlx::query_as("SELECT key, raw_id FROM plaintiff_match_keys_name_phone ORDER BY 1")
                .fetch_all(&mut *conn)
                .await
                .unwrap();
        assert_eq!(rows, vec![(-9, 14), (-7, 11), (-5, 13)]);
        assert_eq!(email_entries(&mut conn).await, 3);
        let g = gathered.as_ref().unwrap();
        assert_eq!((g.email.len(), g.name_phone.len()), (0, 0));
        assert_eq!(g.written_through(), Some(14));
    }
}
