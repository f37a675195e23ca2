//! SQLite backend (embedded default): the same tables, views and semantics as
//! the PostgreSQL backend, in one local file (`migrations/sqlite`).
//!
//! SQLite has one writer at a time, so the design differs in three places:
//! - **Liveness** of a `processing` run is an OS file lock
//!   (`<db>.locks/<sha256 of the batch identity>.lock`) held by the importing
//!   session; the OS drops it when the process dies, so the next claim takes
//!   the run over at once. An in-process registry makes two claims of one
//!   batch from the same process see each other too.
//! - **Claims** run in a short `BEGIN IMMEDIATE` transaction; a claim that
//!   finds the batch's lock held never waits for the database write lock, so
//!   a second importer of the same file gets `in_progress`/`duplicate`, never
//!   "database is locked".
//! - **Rows** of a run go in through one dedicated connection and one write
//!   transaction (taken at the first chunk, committed by `finish`). Imports of
//!   other files wait for it on the busy timeout. When the import promotes
//!   (the `expect_promotion` hint), new rows land directly as `promoted`
//!   (their time-ordered plaintiff id chosen up front) and each chunk's
//!   plaintiffs are inserted right after it, while its pages are still in the
//!   cache; otherwise they land as `pending`. `finish` only repairs a wrong
//!   hint (promote the pending rows, or remove the plaintiffs and make the
//!   rows pending). All of it happens inside the run's transaction, so nobody
//!   ever sees an intermediate state, and the common path never updates the
//!   rows it just wrote.
//! - **Durability**: WAL with `synchronous = NORMAL`. A commit appends its
//!   frames to the WAL without an fsync, so a killed or crashed importer
//!   loses nothing it committed (the OS has the bytes) and never leaves half
//!   a run (uncommitted frames are ignored). Only a power loss or OS crash
//!   before the next checkpoint can undo the last commits, never corrupt the
//!   file; and the checkpoint that runs right after an import's commit syncs
//!   the WAL and the database file, so a finished import is on disk anyway.

mod dead_runs;
mod fixes;
mod sources;

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use sha2::{Digest, Sha256};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteRow, SqliteSynchronous,
};
use sqlx::{ConnectOptions, Connection, Row, Sqlite};
use uuid::Uuid;

use super::{Claim, ImportSession, Storage};
use crate::error::{EngineError, Result};
use crate::model::*;

/// How long a writer waits for another writer (another import, a rollback)
/// before SQLite gives up with "database is locked".
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);
/// Page cache of ordinary connections (KiB, as SQLite's negative `cache_size`).
const POOL_CACHE_KIB: i64 = 64 * 1024;
/// Page cache of an importing session: the live-key indexes of a million-row
/// run stay in memory instead of being spilled and re-read.
const SESSION_CACHE_KIB: i64 = 256 * 1024;
/// Page size of a new database file (an existing file keeps its own): the
/// same bytes in a quarter as many pages and WAL frames (fewer page-cache
/// lookups, splits and frame headers), b-trees a level shallower; a
/// million-row import took ~15% less time than with 4 KiB pages.
const PAGE_SIZE_BYTES: u32 = 16 * 1024;
/// The WAL file is cut back to this size after a checkpoint resets it, so a
/// million-row import does not leave a gigabyte of stale WAL on disk.
const JOURNAL_SIZE_LIMIT_BYTES: i64 = 64 * 1024 * 1024;
/// Rows per multi-row `INSERT`; a chunk is cut greedily into these sizes so a
/// handful of prepared statements serve every chunk length.
const INSERT_BATCH_SIZES: [usize; 5] = [256, 64, 16, 4, 1];
/// Keys per `live_keys` query.
const LIVE_KEYS_BATCH: usize = 500;
/// How often a claim looks again while another claimer holds the batch lock.
const CLAIM_RETRY_INTERVAL: Duration = Duration::from_millis(20);

const ABANDONED_CODE: &str = "ABANDONED";
const ABANDONED_MESSAGE: &str = "The importer stopped before finishing; taken over by a new run";

pub struct SqliteStorage {
    path: PathBuf,
    lock_dir: PathBuf,
    options: SqliteConnectOptions,
    pool: SqlitePool,
}

impl SqliteStorage {
    /// Open (creating it and its folder if needed) the database file. Does not
    /// migrate: call `migrate()`.
    pub async fn open(path: &Path) -> Result<SqliteStorage> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                EngineError::Connection(format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(BUSY_TIMEOUT)
            .foreign_keys(true)
            .pragma("temp_store", "memory")
            .pragma("journal_size_limit", JOURNAL_SIZE_LIMIT_BYTES.to_string())
            .page_size(PAGE_SIZE_BYTES)
            .pragma("cache_size", (-POOL_CACHE_KIB).to_string());
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .min_connections(0)
            .acquire_timeout(BUSY_TIMEOUT)
            .connect_with(options.clone())
            .await
            .map_err(|e| match e {
                sqlx::Error::Database(db) => EngineError::Connection(format!(
                    "cannot open {}: {}",
                    path.display(),
                    db.message()
                )),
                other => crate::error::db_error(other),
            })?;
        let mut lock_dir = path.as_os_str().to_owned();
        lock_dir.push(".locks");
        Ok(SqliteStorage {
            path: path.to_path_buf(),
            lock_dir: PathBuf::from(lock_dir),
            options,
            pool,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The pool, for tests and tools that inspect the tables directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    fn lock_path(&self, id: &BatchIdentity) -> PathBuf {
        let mut hasher = Sha256::new();
        for part in [
            id.source_system.as_str(),
            id.source_batch_id.as_deref().unwrap_or(""),
            id.file_hash.as_str(),
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0u8]);
        }
        self.lock_dir
            .join(format!("{}.lock", hex::encode(hasher.finalize())))
    }

    /// The processing or completed run holding this batch, if any.
    async fn live_run(&self, id: &BatchIdentity) -> Result<Option<RunSummary>> {
        let row = sqlx::query(
            "SELECT * FROM v_import_runs_summary
              WHERE source_system = ?1 AND coalesce(source_batch_id, '') = ?2 AND file_hash = ?3
                AND status IN ('processing', 'completed')
              ORDER BY created_at DESC LIMIT 1",
        )
        .bind(&id.source_system)
        .bind(id.source_batch_id.as_deref().unwrap_or(""))
        .bind(&id.file_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(run_summary_from_row).transpose()
    }

    async fn begin_immediate(&self) -> Result<sqlx::Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Second half of a claim, holding the batch lock: record the run.
    async fn claim_locked(
        &self,
        id: &BatchIdentity,
        meta: &RunMeta,
        lock: BatchLock,
    ) -> Result<Claim> {
        // The session writes only references it has just checked or created
        // (its own run, the live row it duplicates, the raw row a plaintiff
        // comes from), so per-row foreign-key lookups would only cost time.
        let mut conn = self
            .options
            .clone()
            .foreign_keys(false)
            .pragma("cache_size", (-SESSION_CACHE_KIB).to_string())
            .connect()
            .await?;
        sqlx::query("BEGIN IMMEDIATE").execute(&mut conn).await?;
        let recorded = record_claim(&mut conn, id, meta).await;
        match recorded {
            Ok(ClaimRecord::Duplicate(run_id)) => {
                sqlx::query("ROLLBACK").execute(&mut conn).await?;
                let summary = fetch_summary(&mut conn, run_id).await?;
                conn.close().await.ok();
                drop(lock);
                Ok(Claim::Duplicate(summary))
            }
            Ok(ClaimRecord::Claimed(run_id)) => {
                sqlx::query("COMMIT").execute(&mut conn).await?;
                Ok(Claim::Claimed(Box::new(SqliteSession {
                    conn,
                    run_id,
                    run_id_text: run_id.to_string(),
                    source_system: id.source_system.clone(),
                    in_transaction: false,
                    promote_on_land: true,
                    landing_started: false,
                    counts: ChunkCounts::default(),
                    _lock: lock,
                })))
            }
            Err(e) => {
                sqlx::query("ROLLBACK").execute(&mut conn).await.ok();
                Err(e)
            }
        }
    }
}

enum ClaimRecord {
    Duplicate(Uuid),
    Claimed(Uuid),
}

/// Inside the claim transaction: a completed run wins; a processing run
/// whose importer is gone (we hold its lock) is marked abandoned; then the
/// new run is inserted.
async fn record_claim(
    conn: &mut SqliteConnection,
    id: &BatchIdentity,
    meta: &RunMeta,
) -> Result<ClaimRecord> {
    let existing = sqlx::query(
        "SELECT id, status FROM import_runs
          WHERE source_system = ?1 AND coalesce(source_batch_id, '') = ?2 AND file_hash = ?3
            AND status IN ('processing', 'completed')",
    )
    .bind(&id.source_system)
    .bind(id.source_batch_id.as_deref().unwrap_or(""))
    .bind(&id.file_hash)
    .fetch_all(&mut *conn)
    .await?;
    let now = now_text();
    for row in &existing {
        let run_id = parse_uuid(row.try_get("id")?)?;
        let status: String = row.try_get("status")?;
        if status == "completed" {
            return Ok(ClaimRecord::Duplicate(run_id));
        }
        sqlx::query(
            "UPDATE import_runs
                SET status = 'failed', finished_at = ?2,
                    error_details = json_object('code', ?3, 'message', ?4)
              WHERE id = ?1",
        )
        .bind(run_id.to_string())
        .bind(&now)
        .bind(ABANDONED_CODE)
        .bind(ABANDONED_MESSAGE)
        .execute(&mut *conn)
        .await?;
        tracing::warn!("Took over abandoned import run {run_id}");
    }
    let run_id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO import_runs
            (id, source_system, source_batch_id, file_hash, filename, file_kind, status,
             imported_by, owner_pid, owner_host, created_at, started_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'processing', ?7, ?8, ?9, ?10, ?10)",
    )
    .bind(run_id.to_string())
    .bind(&id.source_system)
    .bind(id.source_batch_id.as_deref())
    .bind(&id.file_hash)
    .bind(&meta.filename)
    .bind(&meta.file_kind)
    .bind(
        meta.imported_by
            .clone()
            .unwrap_or_else(crate::pipeline::os_user),
    )
    .bind(i64::from(std::process::id()))
    .bind(host_name())
    .bind(&now)
    .execute(&mut *conn)
    .await?;
    Ok(ClaimRecord::Claimed(run_id))
}

#[async_trait]
impl Storage for SqliteStorage {
    fn backend(&self) -> BackendKind {
        BackendKind::Sqlite
    }

    fn describe(&self) -> String {
        self.path.display().to_string()
    }

    async fn migrate(&self) -> Result<()> {
        // Several first-time processes (e.g. 8 `intake import`s at once on a
        // new machine) must not apply the same migration twice: sqlx's
        // SQLite migrator takes no lock of its own, so serialize on a file lock.
        let lock_path = self.lock_dir.join("migrate.lock");
        let lock = tokio::task::spawn_blocking(move || -> std::io::Result<std::fs::File> {
            if let Some(dir) = lock_path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_path)?;
            file.lock()?;
            Ok(file)
        })
        .await
        .map_err(|e| EngineError::Database(format!("migration lock: {e}")))?
        .map_err(|e| EngineError::Database(format!("migration lock: {e}")))?;
        let result = sqlx::migrate!("../../migrations/sqlite")
            .run(&self.pool)
            .await;
        drop(lock);
        result?;
        Ok(())
    }

    async fn find_completed_batch(&self, id: &BatchIdentity) -> Result<Option<RunSummary>> {
        // The duplicate-batch answer must cost about one hash of the file, so
        // this reads the run alone instead of `v_import_runs_summary`, whose
        // live recount scans all of a run's rows. A completed run reconciled
        // when it committed (finish checks it in the same transaction).
        let row = sqlx::query(
            "SELECT r.id, r.source_system, r.source_batch_id, r.file_hash, r.filename,
                    r.file_kind, r.status, r.imported_by, r.rows_fetched, r.rows_inserted,
                    r.rows_skipped, r.rows_errored, r.promoted, r.created_at, r.started_at,
                    r.finished_at,
                    round((julianday(r.finished_at)
                           - julianday(coalesce(r.started_at, r.created_at))) * 86400.0, 3)
                        AS duration_seconds,
                    1 AS is_reconciled,
                    CASE WHEN r.promoted THEN 0 ELSE r.rows_inserted END AS rows_pending,
                    r.error_details ->> '$.code'            AS error_code,
                    r.error_details ->> '$.message'         AS error_message,
                    r.error_details ->> '$.rollback_reason' AS rollback_reason,
                    r.error_details ->> '$.rolled_back_by'  AS rolled_back_by,
                    r.error_details ->> '$.rolled_back_at'  AS rolled_back_at
               FROM import_runs r
              WHERE r.source_system = ?1 AND coalesce(r.source_batch_id, '') = ?2
                AND r.file_hash = ?3 AND r.status = 'completed'
              ORDER BY r.created_at DESC LIMIT 1",
        )
        .bind(&id.source_system)
        .bind(id.source_batch_id.as_deref().unwrap_or(""))
        .bind(&id.file_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(run_summary_from_row).transpose()
    }

    async fn live_keys(&self, keys: &[String]) -> Result<HashSet<String>> {
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
            .fetch_all(&self.pool)
            .await?;
            live.extend(found);
        }
        Ok(live)
    }

    async fn claim(&self, id: &BatchIdentity, meta: &RunMeta) -> Result<Claim> {
        // Re-imports of a finished file are the common case: answer them
        // with one read, no lock and no write.
        if let Some(run) = self.live_run(id).await? {
            if run.status == RunStatus::Completed {
                return Ok(Claim::Duplicate(run));
            }
        }
        std::fs::create_dir_all(&self.lock_dir).map_err(|e| {
            EngineError::Database(format!("cannot create {}: {e}", self.lock_dir.display()))
        })?;
        let lock_path = self.lock_path(id);
        let deadline = Instant::now() + BUSY_TIMEOUT;
        loop {
            if let Some(lock) = BatchLock::try_acquire(&lock_path)? {
                return self.claim_locked(id, meta, lock).await;
            }
            // Someone alive holds the batch: an importer (its run is
            // visible), or another claimer about to record or drop its claim.
            if let Some(run) = self.live_run(id).await? {
                return Ok(match run.status {
                    RunStatus::Completed => Claim::Duplicate(run),
                    _ => Claim::InProgress(run),
                });
            }
            if Instant::now() >= deadline {
                return Err(EngineError::Database(
                    "timed out waiting for another claim of the same batch".into(),
                ));
            }
            tokio::time::sleep(CLAIM_RETRY_INTERVAL).await;
        }
    }

    async fn list_runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>> {
        let mut sql = String::from("SELECT * FROM v_import_runs_summary WHERE 1 = 1");
        if filter.source_system.is_some() {
            sql.push_str(" AND source_system = ?1");
        }
        if filter.status.is_some() {
            sql.push_str(" AND status = ?2");
        }
        if filter.since.is_some() {
            sql.push_str(" AND created_at >= ?3");
        }
        if filter.until.is_some() {
            sql.push_str(" AND created_at <= ?4");
        }
        sql.push_str(" ORDER BY created_at DESC, id DESC LIMIT ?5");
        let sql = sql.as_str();
        let fetch = || async move {
            let rows = sqlx::query(sql)
                .bind(filter.source_system.as_deref())
                .bind(filter.status.map(RunStatus::as_str))
                .bind(filter.since.map(timestamp_text))
                .bind(filter.until.map(timestamp_text))
                .bind(if filter.limit > 0 { filter.limit } else { -1 })
                .fetch_all(&self.pool)
                .await?;
            rows.iter()
                .map(run_summary_from_row)
                .collect::<Result<Vec<_>>>()
        };
        let mut runs = fetch().await?;
        if self.settle_dead_runs(&mut runs).await {
            runs = fetch().await?;
        }
        Ok(runs)
    }

    async fn get_run(&self, run_id: Uuid) -> Result<Option<RunSummary>> {
        let fetch = || async move {
            let row = sqlx::query("SELECT * FROM v_import_runs_summary WHERE id = ?1")
                .bind(run_id.to_string())
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(run_summary_from_row).transpose()
        };
        let Some(run) = fetch().await? else {
            return Ok(None);
        };
        let mut runs = [run];
        if self.settle_dead_runs(&mut runs).await {
            return fetch().await;
        }
        let [run] = runs;
        Ok(Some(run))
    }

    async fn reconcile(&self, run_id: Uuid) -> Result<Reconciliation> {
        let fetch = || async move {
            let mut conn = self.pool.acquire().await?;
            fetch_reconciliation(&mut conn, run_id)
                .await?
                .ok_or(EngineError::RunNotFound(run_id))
        };
        let recon = fetch().await?;
        if recon.status == RunStatus::Processing {
            let (_, recorded) = self.fail_dead_runs(Some(run_id)).await;
            if recorded {
                return fetch().await;
            }
        }
        Ok(recon)
    }

    async fn rollback(
        &self,
        run_id: Uuid,
        reason: &str,
        actor: Option<&str>,
    ) -> Result<RollbackResult> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(EngineError::ReasonRequired);
        }
        let actor = actor
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .unwrap_or_else(crate::pipeline::os_user);
        let run_text = run_id.to_string();
        // A processing run whose importer is gone is recorded as failed and
        // rolled back; its batch lock is held meanwhile, so nobody claims it.
        let gone = self.dead_runs(Some(run_id)).await?.pop();
        let mut tx = self.begin_immediate().await?;
        let status: Option<String> =
            sqlx::query_scalar("SELECT status FROM import_runs WHERE id = ?1")
                .bind(&run_text)
                .fetch_optional(&mut *tx)
                .await?;
        match status.as_deref() {
            None => return Err(EngineError::RunNotFound(run_id)),
            Some("completed") => {}
            Some("processing") if gone.is_some() => {
                dead_runs::mark_gone(&mut tx, run_id).await?;
                tracing::warn!("Import run {run_id} had lost its importer: recorded as failed");
            }
            Some(other) => {
                return Err(EngineError::NotRollbackable {
                    run_id,
                    status: other.to_string(),
                })
            }
        }
        let now = now_text();
        // Through the raw rows' links (primary-key lookups): no index on
        // plaintiffs.import_run_id to maintain on every promotion.
        let plaintiffs_removed = sqlx::query(
            "UPDATE plaintiffs SET deleted_at = ?2, deleted_reason = ?3
              WHERE id IN (SELECT plaintiff_id FROM plaintiffs_raw
                            WHERE import_run_id = ?1 AND plaintiff_id IS NOT NULL)
                AND deleted_at IS NULL",
        )
        .bind(&run_text)
        .bind(&now)
        .bind(reason)
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
        let rows_rolled_back = sqlx::query(
            "UPDATE plaintiffs_raw SET status_before_rollback = status, status = 'rolled_back'
              WHERE import_run_id = ?1 AND status <> 'rolled_back'",
        )
        .bind(&run_text)
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
        sqlx::query(
            "UPDATE import_runs
                SET status = 'rolled_back',
                    error_details = json_set(error_details,
                        '$.rollback_reason', ?2, '$.rolled_back_by', ?3, '$.rolled_back_at', ?4)
              WHERE id = ?1",
        )
        .bind(&run_text)
        .bind(reason)
        .bind(&actor)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        drop(gone);
        tracing::info!("Rolled back import run {run_id}: {rows_rolled_back} rows");
        Ok(RollbackResult {
            run_id,
            rows_rolled_back,
            plaintiffs_removed,
        })
    }

    async fn promote(&self, run_id: Option<Uuid>) -> Result<PromoteResult> {
        let run_text = run_id.map(|id| id.to_string());
        let mut tx = self.begin_immediate().await?;
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
        sqlx::query(
            "INSERT INTO plaintiffs
                (id, plaintiff_name, firm_name, short_name, contact_name, contact_email,
                 contact_phone, contact_address, source_reference, source_system, dedupe_key,
                 import_run_id, raw_id, created_at)
             SELECT b.plaintiff_id, r.plaintiff_name, r.firm_name, r.short_name, r.contact_name,
                    r.contact_email, r.contact_phone, r.contact_address, r.source_reference,
                    r.source_system, r.dedupe_key, r.import_run_id, r.id, ?1
               FROM promote_batch b JOIN plaintiffs_raw r ON r.id = b.raw_id",
        )
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
        let runs = sqlx::query(
            "UPDATE import_runs SET promoted = 1
              WHERE id IN (SELECT DISTINCT r.import_run_id
                             FROM promote_batch b JOIN plaintiffs_raw r ON r.id = b.raw_id)",
        )
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
        sqlx::query("DELETE FROM promote_batch")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(PromoteResult { runs, promoted })
    }

    async fn errored_rows(&self, run_id: Uuid) -> Result<Vec<ErroredRow>> {
        let rows = sqlx::query(
            "SELECT import_run_id, row_index, filename, plaintiff_name, error_code,
                    error_message, created_at, line
               FROM v_errored_rows WHERE import_run_id = ?1 ORDER BY row_index",
        )
        .bind(run_id.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ErroredRow {
                    import_run_id: parse_uuid(row.try_get("import_run_id")?)?,
                    row_index: row.try_get("row_index")?,
                    filename: row.try_get("filename")?,
                    plaintiff_name: row.try_get("plaintiff_name")?,
                    error_code: row
                        .try_get::<Option<String>, _>("error_code")?
                        .unwrap_or_default(),
                    error_message: row
                        .try_get::<Option<String>, _>("error_message")?
                        .unwrap_or_default(),
                    created_at: parse_timestamp(row.try_get("created_at")?)?,
                    line: row.try_get("line")?,
                })
            })
            .collect()
    }

    async fn blocked_duplicates(&self, run_id: Uuid) -> Result<Vec<BlockedDuplicate>> {
        let rows = sqlx::query(
            "SELECT * FROM v_blocked_duplicates WHERE import_run_id = ?1 ORDER BY row_index",
        )
        .bind(run_id.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(BlockedDuplicate {
                    import_run_id: parse_uuid(row.try_get("import_run_id")?)?,
                    row_index: row.try_get("row_index")?,
                    filename: row.try_get("filename")?,
                    source_system: row.try_get("source_system")?,
                    plaintiff_name: row.try_get("plaintiff_name")?,
                    dedupe_key: row
                        .try_get::<Option<String>, _>("dedupe_key")?
                        .unwrap_or_default(),
                    created_at: parse_timestamp(row.try_get("created_at")?)?,
                    duplicate_of_run_id: row
                        .try_get::<Option<String>, _>("duplicate_of_run_id")?
                        .map(parse_uuid)
                        .transpose()?,
                    duplicate_of_row_index: row.try_get("duplicate_of_row_index")?,
                    duplicate_of_filename: row.try_get("duplicate_of_filename")?,
                })
            })
            .collect()
    }

    async fn capabilities(&self) -> Result<Capabilities> {
        Ok(Capabilities {
            backend: BackendKind::Sqlite,
            role: "local".into(),
            can_read: true,
            can_import: true,
            can_promote: true,
            can_rollback: true,
        })
    }

    async fn list_sources(&self) -> Result<Vec<crate::sources::SourceInfo>> {
        sources::list_sources(&self.pool).await
    }

    async fn save_source(
        &self,
        update: &crate::sources::SourceUpdate,
        actor: Option<&str>,
    ) -> Result<()> {
        let actor = actor.map_or_else(crate::pipeline::os_user, str::to_string);
        let mut conn = self.pool.acquire().await?;
        sources::save_source(&mut conn, update, &actor).await
    }

    async fn run_fixes(&self, run_id: Uuid) -> Result<Vec<crate::fixes::StoredFix>> {
        fixes::run_fixes(&self.pool, run_id).await
    }

    async fn errored_payloads(&self, run_id: Uuid) -> Result<crate::error_export::ErroredPayloads> {
        fixes::errored_payloads(&self.pool, run_id).await
    }
}

/// A time-ordered (version 7) uuid, lowercase and hyphenated, computed by
/// SQLite: the statement's millisecond timestamp, then random bits. Rows
/// promoted together land next to each other in the primary-key index.
const UUID_V7_SQL: &str = "lower(printf('%s-%s-7%s-%s%s-%s', \
     substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8), \
     substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4), \
     substr(hex(randomblob(2)), 2), substr('89ab', 1 + (abs(random()) % 4), 1), \
     substr(hex(randomblob(2)), 2), hex(randomblob(6))))";

// ---------------------------------------------------------------------------
// Batch lock: liveness of a claimed run.

/// Lock files held by this process (file locks alone may not exclude two
/// holders in one process on every platform).
fn held_locks() -> &'static Mutex<HashSet<PathBuf>> {
    static HELD: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    HELD.get_or_init(|| Mutex::new(HashSet::new()))
}

/// Exclusive OS lock on one batch identity's lock file, released on drop
/// (and by the OS when the process dies).
struct BatchLock {
    file: Option<File>,
    path: PathBuf,
}

impl BatchLock {
    /// `None` when someone else (this process or another) holds it.
    fn try_acquire(path: &Path) -> Result<Option<BatchLock>> {
        let mut held = held_locks().lock().unwrap_or_else(|p| p.into_inner());
        if held.contains(path) {
            return Ok(None);
        }
        let lock_error = |e: std::io::Error| {
            EngineError::Database(format!("cannot lock {}: {e}", path.display()))
        };
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(path)
            .map_err(lock_error)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(e)) => return Err(lock_error(e)),
        }
        // Who holds it, for a person looking at the folder; not relied upon.
        file.set_len(0).ok();
        writeln!(file, "pid {} on {}", std::process::id(), host_name()).ok();
        held.insert(path.to_path_buf());
        Ok(Some(BatchLock {
            file: Some(file),
            path: path.to_path_buf(),
        }))
    }
}

impl Drop for BatchLock {
    fn drop(&mut self) {
        let mut held = held_locks().lock().unwrap_or_else(|p| p.into_inner());
        if let Some(file) = self.file.take() {
            file.unlock().ok();
        }
        held.remove(&self.path);
    }
}

// ---------------------------------------------------------------------------
// Import session.

/// A claimed run. Field order matters for `Drop`: the connection (and with
/// it the open transaction) goes before the batch lock is released.
struct SqliteSession {
    conn: SqliteConnection,
    run_id: Uuid,
    run_id_text: String,
    source_system: String,
    in_transaction: bool,
    /// New rows land as `promoted` and get their plaintiff chunk by chunk
    /// (the promote hint); otherwise they land as `pending`.
    promote_on_land: bool,
    /// A chunk has landed: `promote_on_land` is fixed from then on.
    landing_started: bool,
    counts: ChunkCounts,
    _lock: BatchLock,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum InsertKind {
    /// Candidates (as `promoted`, skipping a live key) and invalid rows.
    Landing,
    /// Skipped rows, each pointing at the live row with its key.
    Skipped,
}

/// Values bound per row: 14 shared by both kinds, then for landing rows
/// status, error code, error message and plaintiff id.
const LANDING_PARAMS_PER_ROW: usize = 19;
const SKIPPED_PARAMS_PER_ROW: usize = 15;

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
        let columns = "import_run_id, source_system, created_at, row_index, dedupe_key, \
                       plaintiff_name, firm_name, short_name, contact_name, contact_email, \
                       contact_phone, contact_address, source_reference, raw_payload, line";
        let shared_tuple = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
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

/// Bind the 15 values every landed row has, in `insert_sql`'s column order.
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
}

/// What every row of one `land` call shares.
struct RowContext {
    run_id: String,
    source_system: String,
    created_at: String,
}

impl SqliteSession {
    async fn ensure_transaction(&mut self) -> Result<()> {
        if !self.in_transaction {
            sqlx::query("BEGIN IMMEDIATE")
                .execute(&mut self.conn)
                .await?;
            self.in_transaction = true;
        }
        Ok(())
    }

    /// Roll back the run's open transaction, if any. SQLite may already have
    /// rolled it back by itself (after SQLITE_FULL or an I/O error): the
    /// ROLLBACK then fails with "no transaction is active", which must not
    /// keep the failure from being recorded.
    async fn rollback_rows(&mut self) {
        if self.in_transaction {
            self.in_transaction = false;
            if let Err(e) = sqlx::query("ROLLBACK").execute(&mut self.conn).await {
                tracing::debug!("Rollback of run {}: {e}", self.run_id);
            }
        }
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
            if landed < len {
                let left_out = self.not_landed(batch).await?;
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
                conflicting.extend(left_out);
            }
            counts.inserted += (landed - errored) as i64;
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
        }
        Ok(())
    }

    /// Create the plaintiffs of the rows landed as `promoted` since raw id
    /// `after` (this chunk's), while their pages are still in the cache.
    async fn promote_landed(&mut self, after: i64, expected: i64, now: &str) -> Result<()> {
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

    /// Everything `finish` does inside the run's transaction; the caller
    /// commits when the result reconciles and rolls back otherwise.
    async fn finalize(&mut self, fetched: i64, promote: bool) -> Result<Reconciliation> {
        self.ensure_transaction().await?;
        let now = now_text();
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
                sqlx::query(
                    "INSERT INTO plaintiffs
                        (id, plaintiff_name, firm_name, short_name, contact_name, contact_email,
                         contact_phone, contact_address, source_reference, source_system,
                         dedupe_key, import_run_id, raw_id, created_at)
                     SELECT plaintiff_id, plaintiff_name, firm_name, short_name, contact_name,
                            contact_email, contact_phone, contact_address, source_reference,
                            source_system, dedupe_key, import_run_id, id, ?2
                       FROM plaintiffs_raw
                      WHERE import_run_id = ?1 AND status = 'promoted'",
                )
                .bind(run)
                .bind(&now)
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
        sqlx::query(
            "UPDATE import_runs
                SET status = 'completed', rows_fetched = ?2, rows_inserted = ?3,
                    rows_skipped = ?4, rows_errored = ?5, promoted = ?6, finished_at = ?7
              WHERE id = ?1",
        )
        .bind(self.run_id_text.as_str())
        .bind(fetched)
        .bind(self.counts.inserted)
        .bind(self.counts.skipped)
        .bind(self.counts.errored)
        .bind(promote)
        .bind(&now)
        .execute(&mut self.conn)
        .await?;
        fetch_reconciliation(&mut self.conn, self.run_id)
            .await?
            .ok_or(EngineError::RunNotFound(self.run_id))
    }

    /// The commit's automatic checkpoint has copied the run into the
    /// database file; cut the WAL (as large as the run) back to nothing so it
    /// does not sit on disk until the next write. Best effort and without
    /// waiting: if a reader or the next writer is busy, the WAL is cut back
    /// to `journal_size_limit` when it is next reused.
    async fn truncate_wal(&mut self) {
        for pragma in ["PRAGMA busy_timeout = 0", "PRAGMA wal_checkpoint(TRUNCATE)"] {
            if let Err(e) = sqlx::query(pragma).execute(&mut self.conn).await {
                tracing::debug!("WAL not truncated after import: {e}");
                return;
            }
        }
    }

    /// Roll back the rows (if any) and record the run as failed.
    async fn record_failure(&mut self, code: &str, message: &str) -> Result<()> {
        self.rollback_rows().await;
        sqlx::query(
            "UPDATE import_runs
                SET status = 'failed', finished_at = ?2,
                    error_details = json_object('code', ?3, 'message', ?4)
              WHERE id = ?1 AND status = 'processing'",
        )
        .bind(self.run_id_text.as_str())
        .bind(now_text())
        .bind(code)
        .bind(crate::pii::redact(message))
        .execute(&mut self.conn)
        .await?;
        Ok(())
    }
}

#[async_trait]
impl ImportSession for SqliteSession {
    fn run_id(&self) -> Uuid {
        self.run_id
    }

    fn expect_promotion(&mut self, promote: bool) {
        if !self.landing_started {
            self.promote_on_land = promote;
        }
    }

    async fn land(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts> {
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
        let mut counts = ChunkCounts::default();
        let (in_file_duplicates, landing): (Vec<&LandingRow>, Vec<&LandingRow>) = rows
            .iter()
            .partition(|r| matches!(r.kind, RowKind::InFileDuplicate { .. }));
        let mut skipped = self.insert_landing(&landing, &shared, &mut counts).await?;
        // In-file duplicates after the landing rows: the first of their key
        // (same chunk or earlier) is in the table by now.
        skipped.extend(in_file_duplicates);
        self.insert_skipped(&skipped, &shared).await?;
        counts.skipped = skipped.len() as i64;
        if self.promote_on_land && counts.inserted > 0 {
            self.promote_landed(chunk_after, counts.inserted, &shared.created_at)
                .await?;
        }
        self.counts += counts;
        Ok(counts)
    }

    async fn finish(
        mut self: Box<Self>,
        fetched: i64,
        promote: bool,
    ) -> Result<(RunSummary, Reconciliation)> {
        let reconciliation = match self.finalize(fetched, promote).await {
            Ok(r) => r,
            Err(e) => {
                if let Err(record_err) = self.record_failure(e.code(), &e.to_string()).await {
                    tracing::error!(
                        "Could not record the failed run {}: {record_err}",
                        self.run_id
                    );
                }
                return Err(e);
            }
        };
        if !reconciliation.is_reconciled {
            let detail = format!(
                "fetched {:+}, inserted {:+}, skipped {:+}, errored {:+} (reported minus stored)",
                reconciliation.fetched_discrepancy,
                reconciliation.inserted_discrepancy,
                reconciliation.skipped_discrepancy,
                reconciliation.errored_discrepancy
            );
            let error = EngineError::NotReconciled {
                run_id: self.run_id,
                detail,
            };
            if let Err(record_err) = self.record_failure(error.code(), &error.to_string()).await {
                tracing::error!(
                    "Could not record the failed run {}: {record_err}",
                    self.run_id
                );
            }
            return Err(error);
        }
        if let Err(e) = sqlx::query("COMMIT").execute(&mut self.conn).await {
            // Nothing committed: roll back and record the run as failed, so
            // it never stays `processing` (SQLite keeps the transaction open
            // after a failed COMMIT, e.g. on SQLITE_BUSY).
            let error = EngineError::from(e);
            if let Err(record_err) = self.record_failure(error.code(), &error.to_string()).await {
                tracing::error!(
                    "Could not record the failed run {}: {record_err}",
                    self.run_id
                );
            }
            return Err(error);
        }
        self.in_transaction = false;
        let summary = fetch_summary(&mut self.conn, self.run_id).await?;
        self.truncate_wal().await;
        let reconciliation = Reconciliation {
            status: summary.status,
            ..reconciliation
        };
        Ok((summary, reconciliation))
    }

    async fn record_run_notes(&mut self, notes: &crate::fixes::RunNotes) -> Result<()> {
        self.ensure_transaction().await?;
        fixes::record_run_notes(&mut self.conn, &self.run_id_text, notes).await
    }

    async fn fail(mut self: Box<Self>, code: &str, message: &str) -> Result<()> {
        self.record_failure(code, message).await
    }
}

// ---------------------------------------------------------------------------
// Row mapping and small helpers.

async fn fetch_summary(conn: &mut SqliteConnection, run_id: Uuid) -> Result<RunSummary> {
    let row = sqlx::query("SELECT * FROM v_import_runs_summary WHERE id = ?1")
        .bind(run_id.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(EngineError::RunNotFound(run_id))?;
    run_summary_from_row(&row)
}

async fn fetch_reconciliation(
    conn: &mut SqliteConnection,
    run_id: Uuid,
) -> Result<Option<Reconciliation>> {
    let row = sqlx::query("SELECT * FROM v_import_reconciliation WHERE import_run_id = ?1")
        .bind(run_id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Reconciliation {
        run_id,
        status: parse_status(row.try_get("status")?)?,
        reported_fetched: row.try_get("reported_fetched")?,
        reported_inserted: row.try_get("reported_inserted")?,
        reported_skipped: row.try_get("reported_skipped")?,
        reported_errored: row.try_get("reported_errored")?,
        actual_total: row.try_get("actual_total")?,
        actual_inserted: row.try_get("actual_inserted")?,
        actual_skipped: row.try_get("actual_skipped")?,
        actual_errored: row.try_get("actual_errored")?,
        fetched_discrepancy: row.try_get("fetched_discrepancy")?,
        inserted_discrepancy: row.try_get("inserted_discrepancy")?,
        skipped_discrepancy: row.try_get("skipped_discrepancy")?,
        errored_discrepancy: row.try_get("errored_discrepancy")?,
        is_reconciled: row.try_get("is_reconciled")?,
    }))
}

fn run_summary_from_row(row: &SqliteRow) -> Result<RunSummary> {
    Ok(RunSummary {
        id: parse_uuid(row.try_get("id")?)?,
        source_system: row.try_get("source_system")?,
        source_batch_id: row.try_get("source_batch_id")?,
        file_hash: row.try_get("file_hash")?,
        filename: row.try_get("filename")?,
        file_kind: row.try_get("file_kind")?,
        status: parse_status(row.try_get("status")?)?,
        imported_by: row.try_get("imported_by")?,
        rows_fetched: row.try_get("rows_fetched")?,
        rows_inserted: row.try_get("rows_inserted")?,
        rows_skipped: row.try_get("rows_skipped")?,
        rows_errored: row.try_get("rows_errored")?,
        created_at: parse_timestamp(row.try_get("created_at")?)?,
        finished_at: optional_timestamp(row.try_get("finished_at")?)?,
        duration_seconds: row.try_get("duration_seconds")?,
        is_reconciled: row.try_get("is_reconciled")?,
        error_message: row.try_get("error_message")?,
        rollback_reason: row.try_get("rollback_reason")?,
        rolled_back_by: row.try_get("rolled_back_by")?,
        rolled_back_at: optional_timestamp(row.try_get("rolled_back_at")?)?,
        rows_pending: row.try_get("rows_pending")?,
    })
}

fn parse_uuid(text: String) -> Result<Uuid> {
    Uuid::parse_str(&text)
        .map_err(|e| EngineError::Database(format!("bad run id in database: {e}")))
}

fn parse_status(text: String) -> Result<RunStatus> {
    RunStatus::parse(&text)
        .ok_or_else(|| EngineError::Database(format!("unknown run status '{text}' in database")))
}

fn parse_timestamp(text: String) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| EngineError::Database(format!("bad timestamp in database: {e}")))
}

fn optional_timestamp(text: Option<String>) -> Result<Option<DateTime<Utc>>> {
    text.map(parse_timestamp).transpose()
}

/// The stored timestamp format: RFC 3339 UTC with microseconds, so text
/// order is time order.
fn timestamp_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn now_text() -> String {
    timestamp_text(Utc::now())
}

fn host_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown".into())
}
