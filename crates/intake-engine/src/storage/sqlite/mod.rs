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
//!   transaction (taken at the first chunk, committed by `commit`). Imports of
//!   other files wait for it on the busy timeout. When the import promotes
//!   (the `expect_promotion` hint), new rows land directly as `promoted`
//!   (their time-ordered plaintiff id chosen up front) and each chunk's
//!   plaintiffs are inserted right after it, while its pages are still in the
//!   cache; otherwise they land as `pending`. `finalize` only repairs a wrong
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
//!
//! Rooms, by operation (the same names as `storage::postgres`):
//! - `claim`     — batch locks (liveness), claiming a batch, the duplicate check
//! - `session`   — the claimed run's session: transaction, finalize, commit, fail
//! - `land`      — landing a chunk of rows (multi-row INSERTs), the live-key check
//! - `promote`   — promotion: while landing, at finalize, and `intake promote`
//! - `reconcile` — the reconciliation figures
//! - `runs`      — reading runs, errored rows, blocked duplicates, capabilities
//! - `rollback`  — soft-deleting a run
//! - `dead_runs` — processing runs whose importer is gone

mod claim;
mod dead_runs;
pub(crate) mod export_source;
mod fixes;
mod land;
mod match_keys;
mod matches;
mod promote;
mod reconcile;
mod rollback;
mod runs;
mod session;
mod sources;
mod updates;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::Sqlite;
use uuid::Uuid;

use super::{Claim, Storage};
use crate::error::{EngineError, Result};
use crate::model::*;
use crate::rollback::RollbackRequest;

/// How long a writer waits for another writer (another import, a rollback)
/// before SQLite gives up with "database is locked".
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);
/// Page cache of ordinary connections (KiB, as SQLite's negative `cache_size`).
/// An import's report reads through them: a run's possible matches are only
/// looked up when another source has live plaintiffs (`matches::of_run`),
/// so a single-source million-row import no longer fills this cache at its
/// end (peak RSS ~135 → ~95 MB). 16 MiB here measured a 1M-row import
/// ~16% slower, so it stays at 64.
pub(super) const POOL_CACHE_KIB: i64 = 64 * 1024;
/// All of SQLite's memory in this process (every connection's page cache
/// together), beyond which it reuses cache pages instead of growing: a dry
/// run of a 1M-row file already in the database filled the page caches of
/// three pool connections (~200 MB peak).
const SOFT_HEAP_LIMIT_BYTES: i64 = 64 * 1024 * 1024;
/// Page size of a new database file (an existing file keeps its own): the
/// same bytes in a quarter as many pages and WAL frames (fewer page-cache
/// lookups, splits and frame headers), b-trees a level shallower; a
/// million-row import took ~15% less time than with 4 KiB pages.
const PAGE_SIZE_BYTES: u32 = 16 * 1024;
/// The WAL file is cut back to this size after a checkpoint resets it, so a
/// million-row import does not leave a gigabyte of stale WAL on disk.
const JOURNAL_SIZE_LIMIT_BYTES: i64 = 64 * 1024 * 1024;
pub struct SqliteStorage {
    path: PathBuf,
    lock_dir: PathBuf,
    options: SqliteConnectOptions,
    pool: SqlitePool,
    /// Match-key entries an import holds before writing them
    /// (`match_keys::RunMatchKeys`).
    gathered_keys_limit: usize,
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
            .pragma("soft_heap_limit", SOFT_HEAP_LIMIT_BYTES.to_string())
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
            gathered_keys_limit: match_keys::MAX_GATHERED,
        })
    }

    /// Write an import's match keys after every `entries` gathered instead
    /// of the default 500k (tests make a small file behave as a huge one).
    pub fn with_gathered_keys_limit(mut self, entries: usize) -> Self {
        self.gathered_keys_limit = entries;
        self
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The pool, for tests and tools that inspect the tables directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub(super) async fn begin_immediate(&self) -> Result<sqlx::Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// At start: key the runs left in `match_keys_pending` (the write lock
    /// is taken only when there are any).
    async fn flush_pending_keys(&self) -> Result<()> {
        let any: Option<i64> = sqlx::query_scalar("SELECT 1 FROM match_keys_pending LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        if any.is_none() {
            return Ok(());
        }
        let mut tx = self.begin_immediate().await?;
        match_keys::flush_pending(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Each operation lives in its room (see the module comment).
#[async_trait]
impl Storage for SqliteStorage {
    fn backend(&self) -> BackendKind {
        BackendKind::Sqlite
    }

    fn describe(&self) -> String {
        self.path.display().to_string()
    }

    async fn migrate(&self) -> Result<()> {
        super::schema_version::refuse_newer_sqlite(&self.pool).await?;
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
        // Rows from before 0012 get their match keys (once, resumable), and
        // runs whose importer died before writing theirs (0013) get them.
        let result = match result {
            Ok(()) => match match_keys::backfill(&self.pool).await {
                Ok(()) => self.flush_pending_keys().await,
                Err(e) => Err(e),
            },
            Err(e) => Err(e.into()),
        };
        drop(lock);
        result
    }

    async fn find_completed_batch(&self, id: &BatchIdentity) -> Result<Option<RunSummary>> {
        claim::find_completed_batch(self, id).await
    }

    async fn live_keys(&self, keys: &[String]) -> Result<HashSet<String>> {
        land::live_keys(self, keys).await
    }

    async fn live_records(
        &self,
        keys: &[String],
    ) -> Result<std::collections::HashMap<String, LiveRecord>> {
        updates::live_records(self, keys).await
    }

    async fn plaintiff_changes(&self, run_id: Uuid) -> Result<Vec<PlaintiffChange>> {
        updates::plaintiff_changes(self, run_id).await
    }

    async fn claim(&self, id: &BatchIdentity, meta: &RunMeta) -> Result<Claim> {
        claim::claim(self, id, meta).await
    }

    async fn list_runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>> {
        runs::list_runs(self, filter).await
    }

    async fn get_run(&self, run_id: Uuid) -> Result<Option<RunSummary>> {
        runs::get_run(self, run_id).await
    }

    async fn reconcile(&self, run_id: Uuid) -> Result<Reconciliation> {
        reconcile::reconcile(self, run_id).await
    }

    async fn rollback_run(
        &self,
        run_id: Uuid,
        request: &RollbackRequest,
    ) -> Result<RollbackResult> {
        rollback::rollback_run(self, run_id, request).await
    }

    async fn promote(&self, run_id: Option<Uuid>) -> Result<PromoteResult> {
        promote::promote(self, run_id).await
    }

    async fn errored_rows_page(&self, run_id: Uuid, page: RowPage) -> Result<ErroredRowPage> {
        runs::errored_rows_page(self, run_id, page).await
    }

    async fn blocked_duplicates_page(&self, run_id: Uuid, page: RowPage) -> Result<DuplicatePage> {
        runs::blocked_duplicates_page(self, run_id, page).await
    }

    async fn capabilities(&self) -> Result<Capabilities> {
        runs::capabilities()
    }

    /// Half the default: nothing is remote, and a 1M-row import peaked at
    /// 77 MB instead of 90 MB in the same time (25.4–27.1 s against
    /// 26.6–27.6 s, two runs each), which brought a 5M-row one under 150 MB.
    fn chunk_rows(&self) -> usize {
        5_000
    }

    async fn list_sources(&self) -> Result<Vec<crate::sources::SourceInfo>> {
        sources::list_sources(&self.pool).await
    }

    async fn save_source(
        &self,
        update: &crate::sources::SourceUpdate,
        actor: Option<&str>,
    ) -> Result<()> {
        let actor = actor.map_or_else(crate::actor::os_user, str::to_string);
        let mut conn = self.pool.acquire().await?;
        sources::save_source(&mut conn, update, &actor).await
    }

    async fn run_fixes(&self, run_id: Uuid) -> Result<Vec<crate::fixes::StoredFix>> {
        fixes::run_fixes(&self.pool, run_id).await
    }

    async fn errored_payloads(
        &self,
        run_id: Uuid,
        page: RowPage,
    ) -> Result<crate::error_export::ErroredPayloads> {
        fixes::errored_payloads(&self.pool, run_id, page).await
    }

    async fn find_cross_source_matches(
        &self,
        source_system: &str,
        rows: &[crate::matches::MatchCandidate],
    ) -> Result<Vec<crate::matches::RowMatch>> {
        matches::find(self, source_system, rows).await
    }

    async fn run_cross_source_matches(
        &self,
        run_id: Uuid,
        limit: i64,
    ) -> Result<crate::matches::RunMatches> {
        matches::of_run(self, run_id, limit).await
    }

    async fn list_cross_source_matches(
        &self,
        filter: &crate::matches::MatchFilter,
    ) -> Result<Vec<crate::matches::CrossSourceMatch>> {
        matches::list(self, filter).await
    }
}

// ---------------------------------------------------------------------------
// Stored values: ids, statuses and timestamps as text.

fn parse_uuid(text: String) -> Result<Uuid> {
    Uuid::parse_str(&text).map_err(|e| EngineError::Database(format!("bad uuid in database: {e}")))
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
