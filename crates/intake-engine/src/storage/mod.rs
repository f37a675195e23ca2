//! One storage abstraction, two backends. The pipeline (`crate::pipeline`) is
//! written once against these traits; PostgreSQL and SQLite implement them
//! with their own SQL (`migrations/postgres`, `migrations/sqlite`).

pub(crate) mod columns;
pub(crate) mod history;
pub mod postgres;
pub mod schema_version;
pub mod sqlite;

use std::collections::{HashMap, HashSet};

use async_trait::async_trait;
use uuid::Uuid;

use crate::error::Result;
use crate::error_code::ErrorCode;
use crate::error_export::ErroredPayloads;
use crate::fixes::{RunNotes, StoredFix};
use crate::matches::{CrossSourceMatch, MatchCandidate, MatchFilter, RowMatch, RunMatches};
use crate::model::*;
use crate::rollback::RollbackRequest;
use crate::sources::{SourceInfo, SourceUpdate};

/// Result of claiming a batch (SPEC §2.2).
pub enum Claim {
    /// This process owns the run; land rows through the session.
    Claimed(Box<dyn ImportSession>),
    /// A completed run already holds this batch: no-op.
    Duplicate(RunSummary),
    /// Another live process is importing this batch right now.
    InProgress(RunSummary),
}

/// A run's list read a page at a time: its errored rows or its blocked
/// duplicates, as both backends name them (status, kept count, marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RunRows {
    Errored,
    Duplicates,
}

impl RunRows {
    /// The rows' status before any rollback, and the `kind` of their marks.
    pub(crate) fn status(self) -> &'static str {
        match self {
            RunRows::Errored => "failed",
            RunRows::Duplicates => "skipped",
        }
    }

    /// The run's kept count of them (`import_runs`).
    pub(crate) fn tally_column(self) -> &'static str {
        match self {
            RunRows::Errored => "tally_errored",
            RunRows::Duplicates => "tally_skipped",
        }
    }
}

/// The database's schema as this engine sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaState {
    Ready,
    /// Never migrated.
    Missing,
    /// Migrated by an older version: migrations this engine relies on are
    /// missing (`intake migrate` applies them).
    Outdated,
}

#[async_trait]
pub trait Storage: Send + Sync {
    fn backend(&self) -> BackendKind;
    /// Rows per chunk the file's reader hands an import or a dry run. Three
    /// chunks are alive at once (landing, waiting, being built), ~0.7 KB a
    /// row; per-chunk round trips matter against a remote server.
    fn chunk_rows(&self) -> usize {
        10_000
    }
    /// Where the data lives, without any password (for `intake runs` headers, the app).
    fn describe(&self) -> String;

    /// Apply migrations; idempotent.
    async fn migrate(&self) -> Result<()>;
    /// Whether the schema this engine needs is there (see [`SchemaState`]).
    async fn schema_state(&self) -> Result<SchemaState> {
        Ok(SchemaState::Ready)
    }

    /// The completed run holding this batch, if any (dry run's duplicate check).
    async fn find_completed_batch(&self, id: &BatchIdentity) -> Result<Option<RunSummary>>;
    /// Which of these dedupe keys already have a live (`pending`/`promoted`) row.
    async fn live_keys(&self, keys: &[String]) -> Result<HashSet<String>>;
    /// The live record of each of these dedupe keys that is live: the
    /// plaintiff's fields, or the pending raw row's (a dry run's changed
    /// rows, `updates.rs`).
    async fn live_records(&self, keys: &[String]) -> Result<HashMap<String, LiveRecord>>;
    /// The change log of a run: the updates it applied and, once rolled
    /// back, what the rollback restored or left (`conflict`); in log order.
    async fn plaintiff_changes(&self, run_id: Uuid) -> Result<Vec<PlaintiffChange>>;

    /// Claim the batch. On `Claimed`, the run is recorded as `processing`
    /// (committed, so a failure is still recorded) and the returned session
    /// holds the liveness token (advisory lock / file lock) and an open
    /// transaction for the rows.
    async fn claim(&self, id: &BatchIdentity, meta: &RunMeta) -> Result<Claim>;

    async fn list_runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>>;
    async fn get_run(&self, run_id: Uuid) -> Result<Option<RunSummary>>;
    async fn reconcile(&self, run_id: Uuid) -> Result<Reconciliation>;
    /// Soft-delete a run: requires a non-blank reason. The reason and the
    /// actor are checked here, once, for every backend
    /// ([`RollbackRequest::new`]); backends implement [`Storage::rollback_run`].
    async fn rollback(
        &self,
        run_id: Uuid,
        reason: &str,
        actor: Option<&str>,
    ) -> Result<RollbackResult> {
        let request = RollbackRequest::new(reason, actor)?;
        self.rollback_run(run_id, &request).await
    }
    /// Soft-delete a run, given an already checked reason and actor.
    async fn rollback_run(&self, run_id: Uuid, request: &RollbackRequest)
        -> Result<RollbackResult>;
    /// Promote `pending` rows (of one run, or all) into `public.plaintiffs`.
    async fn promote(&self, run_id: Option<Uuid>) -> Result<PromoteResult>;
    /// A page of a run's errored rows in file order, with the run's count of
    /// them (`RunNotFound` for an unknown run).
    async fn errored_rows_page(&self, run_id: Uuid, page: RowPage) -> Result<ErroredRowPage>;
    /// A page of a run's blocked duplicates, as `errored_rows_page`.
    async fn blocked_duplicates_page(&self, run_id: Uuid, page: RowPage) -> Result<DuplicatePage>;
    /// All of a run's errored rows (small runs; pages otherwise).
    async fn errored_rows(&self, run_id: Uuid) -> Result<Vec<ErroredRow>> {
        match self.errored_rows_page(run_id, RowPage::ALL).await {
            Ok(page) => Ok(page.rows),
            Err(crate::error::EngineError::RunNotFound(_)) => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }
    /// All of a run's blocked duplicates (small runs; pages otherwise).
    async fn blocked_duplicates(&self, run_id: Uuid) -> Result<Vec<BlockedDuplicate>> {
        match self.blocked_duplicates_page(run_id, RowPage::ALL).await {
            Ok(page) => Ok(page.rows),
            Err(crate::error::EngineError::RunNotFound(_)) => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }
    async fn capabilities(&self) -> Result<Capabilities>;

    /// Known sources: the `sources` table, plus sources that only appear in
    /// the run history; by key.
    async fn list_sources(&self) -> Result<Vec<SourceInfo>>;
    /// One source by its name (normalized here like the dedupe key's source).
    async fn get_source(&self, name: &str) -> Result<Option<SourceInfo>> {
        let key = crate::dedupe_key::normalize_source(name);
        Ok(self
            .list_sources()
            .await?
            .into_iter()
            .find(|s| s.key == key))
    }
    /// Upsert a source; a `Some` mapping replaces its saved mapping (the
    /// app's mapping editor; an import saves through its session instead).
    /// `actor` as for `rollback`.
    async fn save_source(&self, update: &SourceUpdate, actor: Option<&str>) -> Result<()>;
    /// The fixes stored with a run, by row.
    async fn run_fixes(&self, run_id: Uuid) -> Result<Vec<StoredFix>>;

    /// Possible cross-vendor matches of a chunk's rows (preview, dry run):
    /// live plaintiffs of a source other than `source_system` with the same
    /// normalized email, or the same normalized name and phone digits. One
    /// index-backed query per chunk; `line` and `name` are left for the
    /// caller to fill.
    async fn find_cross_source_matches(
        &self,
        source_system: &str,
        rows: &[MatchCandidate],
    ) -> Result<Vec<RowMatch>>;
    /// A run's rows (new, promoted or skipped) that possibly are live
    /// plaintiffs of another source: the first `limit` by line, and the count.
    async fn run_cross_source_matches(&self, run_id: Uuid, limit: i64) -> Result<RunMatches>;
    /// Live pairs of `v_cross_source_matches`, newest first.
    async fn list_cross_source_matches(
        &self,
        filter: &MatchFilter,
    ) -> Result<Vec<CrossSourceMatch>>;
    /// A page of a run's errored rows with their raw payloads (keyset:
    /// `page.after_row_index`), and the file's headers in file order (for
    /// the errored-rows export, which walks the run page by page).
    async fn errored_payloads(&self, run_id: Uuid, page: RowPage) -> Result<ErroredPayloads>;
}

/// An owned, claimed run: rows go in through `land`; `finalize` writes the
/// run's figures and `commit` makes rows and figures visible together — or
/// `fail` keeps nothing. The session only does; the pipeline decides how a
/// run ends (`crate::pipeline::complete_run`: a run that does not reconcile
/// fails). Dropping a session without `commit`/`fail` must roll its rows
/// back and release the claim (as a crash would).
#[async_trait]
pub trait ImportSession: Send {
    fn run_id(&self) -> Uuid;
    /// Called before the first `land` with the import's promote flag, so a
    /// backend can land new rows directly as `promoted` instead of promoting
    /// them in a second pass. `finalize`'s flag still decides; ignoring this
    /// hint is always correct.
    fn expect_promotion(&mut self, _promote: bool) {}
    /// Called before `finalize`: apply this run's changed rows (vendor
    /// updates) to the live plaintiffs in `finalize`, logging each change.
    /// Off by default: changed rows are only counted.
    fn apply_updates(&mut self, apply: bool);
    /// After `finalize`: the changed rows it found and the plaintiffs it
    /// updated.
    fn update_counts(&self) -> UpdateCounts;
    /// Try, without waiting, to take this import's turn to land rows; the
    /// turn is held until `commit` or `fail`. Imports that can meet each
    /// other's dedupe keys (same source) land one at a time: two that landed
    /// at once would each wait on a key the other has not committed yet, and
    /// the database would kill one of them as a deadlock. `false`: another
    /// import has the turn; the pipeline tries again (and can be cancelled
    /// meanwhile). Backends with one writer at a time need no turn.
    async fn try_take_turn(&mut self) -> Result<bool> {
        Ok(true)
    }
    /// Land one chunk (rows in file order). Candidates whose key is already
    /// live become `skipped`, pointing at the live row.
    async fn land(&mut self, rows: &[LandingRow]) -> Result<ChunkCounts>;
    /// Inside the still-open transaction: promote (if asked), write the
    /// counts and the `completed` mark, and compute the reconciliation
    /// figures. Commits nothing, decides nothing: nobody sees any of it
    /// before `commit`, and `fail` undoes it.
    async fn finalize(&mut self, fetched: i64, promote: bool) -> Result<Reconciliation>;
    /// Commit the finalized run: rows, figures and `completed` status become
    /// visible together. If the commit fails, the run is recorded as
    /// `failed` and the error returned.
    async fn commit(self: Box<Self>) -> Result<RunSummary>;
    /// Record, in the run's transaction, what the run keeps beside its rows:
    /// the file's headers, the fixes applied, its source (and the mapping to
    /// remember). Called once, after the last `land` and before `finalize`.
    async fn record_run_notes(&mut self, notes: &RunNotes) -> Result<()>;
    /// Roll the rows back and record the run as `failed` with this message.
    async fn fail(self: Box<Self>, code: ErrorCode, message: &str) -> Result<()>;
}
