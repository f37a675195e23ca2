//! The operations both front doors offer — the CLI's subcommands and the
//! app's commands: import, preview (dry run), runs, reconcile, rollback,
//! promote, export. Requests are typed and checked here, once; the CLI and
//! the Tauri commands only translate arguments in and results out.
//!
//! Checks that need no database (a run id, a rollback reason, the export's
//! two URLs) live in the request constructors, so a front door can refuse a
//! bad invocation before it connects.

use std::path::{Path, PathBuf};

use uuid::Uuid;

use crate::config::{self, DatabaseUrl};
use crate::error::{EngineError, Result};
use crate::export::{self, ExportReport};
use crate::model::{
    DuplicatePage, ErroredRowPage, ImportReport, ImportRequest, PreviewRow, PromoteResult,
    Reconciliation, RollbackResult, RowPage, RunFilter, RunStatus, RunSummary,
};
use crate::progress::{CancelToken, ProgressSink};
use crate::sources::{SourceInfo, SourceMatch};
use crate::storage::Storage;

/// A run id as people type it (surrounding blanks ignored).
pub fn parse_run_id(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| {
        EngineError::Usage(format!(
            "'{text}' is not a run id: run ids look like 0193a0c4-5b6e-7f80-9a1b-2c3d4e5f6a7b (see `intake runs`)"
        ))
    })
}

/// A run status filter: `processing`, `completed`, `failed` or `rolled_back`.
pub fn parse_run_status(text: &str) -> Result<RunStatus> {
    RunStatus::parse(text).ok_or_else(|| {
        EngineError::Usage(format!(
            "unknown status '{text}': use processing, completed, failed or rolled_back"
        ))
    })
}

/// Checks an import request can pass before a database is opened, so a
/// missing file is one clear line rather than a connection attempt first.
pub fn check_import(req: &ImportRequest) -> Result<()> {
    if !req.path.exists() {
        return Err(EngineError::FileNotFound(req.path.clone()));
    }
    Ok(())
}

/// Import a file (or dry-run it when `req.dry_run`); see [`crate::pipeline::import`].
pub async fn import(
    store: &dyn Storage,
    req: &ImportRequest,
    progress: &dyn ProgressSink,
    cancel: &CancelToken,
) -> Result<ImportReport> {
    crate::pipeline::import(store, req, progress, cancel).await
}

/// A dry run that hands every row's predicted fate to `on_rows`; see
/// [`crate::pipeline::preview`].
pub async fn preview(
    store: &dyn Storage,
    req: &ImportRequest,
    on_rows: &mut (dyn FnMut(Vec<PreviewRow>) + Send),
    progress: &dyn ProgressSink,
    cancel: &CancelToken,
) -> Result<ImportReport> {
    crate::pipeline::preview(store, req, on_rows, progress, cancel).await
}

/// The first rows of a file for the mapping editor; see [`crate::peek::peek`].
pub fn peek(
    path: &Path,
    encoding: Option<&str>,
    header_row: Option<u64>,
    sheet: Option<&str>,
) -> Result<crate::peek::FilePeek> {
    crate::peek::peek(path, encoding, header_row, sheet)
}

/// Known sources, by key (the app's source picker, `intake sources`).
pub async fn list_sources(store: &dyn Storage) -> Result<Vec<SourceInfo>> {
    store.list_sources().await
}

/// A typed source name against the known ones ("Did you mean simplicity?").
pub async fn match_source(store: &dyn Storage, typed: &str) -> Result<SourceMatch> {
    let known = store.list_sources().await?;
    Ok(crate::sources::match_source(
        typed,
        known.iter().map(|s| s.key.as_str()),
    ))
}

/// Run history, newest first; the source is matched like stored sources.
pub async fn list_runs(store: &dyn Storage, filter: RunFilter) -> Result<Vec<RunSummary>> {
    store.list_runs(&filter.normalized()).await
}

/// Possible cross-vendor matches (`v_cross_source_matches`), newest first;
/// a negative limit is refused.
pub async fn cross_source_matches(
    store: &dyn Storage,
    filter: &crate::matches::MatchFilter,
) -> Result<Vec<crate::matches::CrossSourceMatch>> {
    if filter.limit.is_some_and(|l| l < 0) {
        return Err(EngineError::InvalidArgument(
            "the limit is a number of pairs, 0 or more".into(),
        ));
    }
    store.list_cross_source_matches(filter).await
}

pub async fn get_run(store: &dyn Storage, run_id: Uuid) -> Result<RunSummary> {
    store
        .get_run(run_id)
        .await?
        .ok_or(EngineError::RunNotFound(run_id))
}

pub async fn reconcile(store: &dyn Storage, run_id: Uuid) -> Result<Reconciliation> {
    store.reconcile(run_id).await
}

/// Most rows one page may ask for (the run page asks for ~100 at a time).
pub const MAX_PAGE_ROWS: i64 = 5_000;

fn checked_page(page: RowPage) -> Result<RowPage> {
    if page.offset < 0 || page.limit < 1 || page.limit > MAX_PAGE_ROWS {
        return Err(EngineError::InvalidArgument(format!(
            "a page is 1 to {MAX_PAGE_ROWS} rows from offset 0 or more"
        )));
    }
    Ok(page)
}

/// A page of a run's errored rows in file order, with how many there are.
pub async fn errored_rows_page(
    store: &dyn Storage,
    run_id: Uuid,
    page: RowPage,
) -> Result<ErroredRowPage> {
    store.errored_rows_page(run_id, checked_page(page)?).await
}

/// A page of a run's blocked duplicates in file order, with how many there are.
pub async fn blocked_duplicates_page(
    store: &dyn Storage,
    run_id: Uuid,
    page: RowPage,
) -> Result<DuplicatePage> {
    store
        .blocked_duplicates_page(run_id, checked_page(page)?)
        .await
}

/// A run's change log: the vendor updates it applied and, once rolled
/// back, what the rollback restored or left (`conflict`).
pub async fn plaintiff_changes(
    store: &dyn Storage,
    run_id: Uuid,
) -> Result<Vec<crate::model::PlaintiffChange>> {
    store.plaintiff_changes(run_id).await
}

/// The fixes stored with a run (kept after a rollback).
pub async fn run_fixes(store: &dyn Storage, run_id: Uuid) -> Result<Vec<crate::fixes::StoredFix>> {
    store.run_fixes(run_id).await
}

/// Re-decide one preview row with a person's edits (canonical field → value),
/// as the import will with the same fixes; `file_keys` are the preview's.
/// No database: the caller may hold the preview's lock. Then `mark_live`.
pub fn refate_preview_row(
    row: &PreviewRow,
    edits: &std::collections::BTreeMap<String, String>,
    source: &str,
    file_keys: &crate::fixes::FileKeys,
) -> Result<PreviewRow> {
    crate::fixes::refate_row(row, edits, source, file_keys)
}

/// A re-decided `New` row whose key is live already → `AlreadyInDatabase`.
pub async fn mark_live(store: &dyn Storage, row: PreviewRow) -> Result<PreviewRow> {
    crate::fixes::mark_live(store, row).await
}

/// A rollback that may be attempted: the run, and the checked request
/// (a non-blank, trimmed reason — `rollback::RollbackRequest`) naming the
/// person who asks (the OS user unless a front door names someone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollbackRequest {
    run_id: Uuid,
    checked: crate::rollback::RollbackRequest,
}

impl RollbackRequest {
    pub fn new(run_id: Uuid, reason: &str, actor: Option<&str>) -> Result<RollbackRequest> {
        let actor = actor
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .unwrap_or_else(crate::actor::os_user);
        Ok(RollbackRequest {
            run_id,
            checked: crate::rollback::RollbackRequest::new(reason, Some(&actor))?,
        })
    }

    pub fn run_id(&self) -> Uuid {
        self.run_id
    }

    /// The reason as recorded (trimmed).
    pub fn reason(&self) -> &str {
        self.checked.reason()
    }

    pub fn actor(&self) -> &str {
        self.checked.actor().unwrap_or_default()
    }
}

/// Soft-delete a run (SPEC §2.9).
pub async fn rollback(store: &dyn Storage, req: &RollbackRequest) -> Result<RollbackResult> {
    store.rollback_run(req.run_id, &req.checked).await
}

/// Promote `pending` rows of one run, or of every run.
pub async fn promote(store: &dyn Storage, run_id: Option<Uuid>) -> Result<PromoteResult> {
    store.promote(run_id).await
}

/// A copy of an embedded (SQLite) database into a team PostgreSQL database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    source: PathBuf,
    target: String,
}

impl ExportRequest {
    /// `source_url`: the `--database` given, if any (else the embedded file);
    /// `target_url`: the PostgreSQL database to copy into.
    pub fn new(source_url: Option<&str>, target_url: &str) -> Result<ExportRequest> {
        let source = match source_url {
            None => config::default_sqlite_path(),
            Some(url) => {
                // Blank is refused with the same sentence as in every other command.
                let url = config::direct_url(url, "--database")?.url;
                match DatabaseUrl::parse(&url) {
                    Some(DatabaseUrl::Sqlite(path)) if !path.as_os_str().is_empty() => path,
                    _ => {
                        return Err(EngineError::Usage(format!(
                            "export-to copies from an embedded (SQLite) database: --database must be sqlite://PATH, not '{}'",
                            config::describe_url(&url)
                        )))
                    }
                }
            }
        };
        if !matches!(
            DatabaseUrl::parse(target_url),
            Some(DatabaseUrl::Postgres(_))
        ) {
            return Err(EngineError::Usage(format!(
                "the export target must be a PostgreSQL URL (postgres://…), not '{}'",
                config::describe_url(target_url)
            )));
        }
        Ok(ExportRequest {
            source,
            target: target_url.to_string(),
        })
    }

    /// The SQLite file copied from.
    pub fn source(&self) -> &Path {
        &self.source
    }
}

/// Copy the history; see [`crate::export::export_sqlite_to_postgres`].
pub async fn export(req: &ExportRequest, progress: &dyn ProgressSink) -> Result<ExportReport> {
    export::export_sqlite_to_postgres(&req.source, &req.target, progress).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_id_is_a_uuid_or_one_sentence() {
        let id = "0193a0c4-5b6e-7f80-9a1b-2c3d4e5f6a7b";
        assert_eq!(parse_run_id(&format!(" {id} ")).unwrap().to_string(), id);
        let err = parse_run_id("42").unwrap_err();
        assert_eq!(
            (err.code(), err.to_string(), err.is_bad_input()),
            (
                "INVALID_ARGUMENT",
                "'42' is not a run id: run ids look like 0193a0c4-5b6e-7f80-9a1b-2c3d4e5f6a7b (see `intake runs`)".into(),
                true
            )
        );
    }

    #[test]
    fn a_status_filter_names_the_statuses() {
        assert_eq!(
            parse_run_status("rolled_back").unwrap(),
            RunStatus::RolledBack
        );
        assert_eq!(
            parse_run_status("done").unwrap_err().to_string(),
            "unknown status 'done': use processing, completed, failed or rolled_back"
        );
    }

    #[test]
    fn a_rollback_needs_a_reason_and_names_its_actor() {
        let run = Uuid::nil();
        for blank in ["", "  \t"] {
            let err = RollbackRequest::new(run, blank, None).unwrap_err();
            assert_eq!(err.code(), "REASON_REQUIRED");
        }
        let req = RollbackRequest::new(run, "  Vendor test data  ", Some(" alice ")).unwrap();
        assert_eq!((req.reason(), req.actor()), ("Vendor test data", "alice"));
        let req = RollbackRequest::new(run, "x", Some(" ")).unwrap();
        assert_eq!(req.actor(), crate::actor::os_user());
    }

    #[test]
    fn an_export_goes_from_sqlite_to_postgres() {
        let req =
            ExportRequest::new(Some("sqlite:///tmp/a.db?mode=ro"), "postgres://h/db").unwrap();
        assert_eq!(req.source(), Path::new("/tmp/a.db"));
        let err = ExportRequest::new(Some("postgres://u:pw@h/db"), "postgres://h/db").unwrap_err();
        assert_eq!(
            (err.code(), err.to_string()),
            ("INVALID_ARGUMENT", "export-to copies from an embedded (SQLite) database: --database must be sqlite://PATH, not 'postgres://u@h/db'".into())
        );
        let err = ExportRequest::new(Some("sqlite://"), "postgres://h/db").unwrap_err();
        assert_eq!(err.code(), "INVALID_ARGUMENT");
        let err = ExportRequest::new(Some(" "), "postgres://h/db").unwrap_err();
        assert_eq!(err.code(), "INVALID_DATABASE_URL");
        let err = ExportRequest::new(None, "sqlite:///x.db").unwrap_err();
        assert_eq!(
            err.to_string(),
            "the export target must be a PostgreSQL URL (postgres://…), not 'sqlite:///x.db'"
        );
    }
}
