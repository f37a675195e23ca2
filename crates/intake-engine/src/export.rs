//! "Moving up": copy the embedded (SQLite) history and plaintiffs into a team
//! PostgreSQL database, so a clerk who started alone keeps the audit trail.
//!
//! # What is copied
//!
//! Every *terminal* run of the SQLite file (`completed`, `failed`,
//! `rolled_back`) with its ids, statuses, counts, who/when and error or
//! rollback details; all its `plaintiffs_raw` rows (raw ids are new
//! PostgreSQL identities; `duplicate_of` links are carried over through
//! `(import_run_id, row_index)`, which is unique on both sides); and its
//! `plaintiffs` rows (same uuids, linked to the new raw ids). `processing`
//! runs are skipped and reported: they may still be running.
//!
//! # Idempotent, all or nothing
//!
//! The whole export is ONE PostgreSQL transaction: the team database never
//! sees half an export, links between runs (a skipped row of one run pointing
//! at a row of an earlier run) always find their target, and "the run id is
//! already there" is then a complete test for "already exported". A second
//! export copies nothing it copied before. A run already in PostgreSQL is
//! never modified, even when it changed locally since (e.g. was rolled back
//! there): such runs are listed in [`ExportReport::runs_changed_locally`].
//!
//! # Conflicts with the team's data
//!
//! Nothing is ever dropped, and the unique indexes (one live run per batch
//! identity, one live raw row and one live plaintiff per dedupe key) are
//! never violated:
//!
//! - **Batch already imported by the team**: a local `completed` run whose
//!   batch identity is held by a live (`completed` or `processing`) run in
//!   PostgreSQL is copied, but as `rolled_back`, exactly as if it had been
//!   rolled back there: its rows become `rolled_back` (remembering what they
//!   were), its plaintiffs are soft-deleted, and `error_details` records the
//!   reason, the exporter, the time and `superseded_by_run_id`. The team's
//!   run stays the live one; the local run still reconciles.
//! - **Plaintiff already live in the team database**: a local `pending` or
//!   `promoted` row whose dedupe key is live in PostgreSQL lands as `skipped`
//!   pointing at the team's live row, with `error_code`
//!   [`ALREADY_IN_TEAM_DATABASE`] and a message naming what it was; its local
//!   plaintiff is not copied (the team's is the live one). The run's reported
//!   counts move those rows from inserted to skipped, so the run reconciles,
//!   and `error_details.export` keeps the counts it had before. This is also
//!   what happens when another import commits the same key while the export
//!   runs (`ON CONFLICT` on the live-key index).
//!
//! Skipped rows keep pointing at the row they pointed at locally; only when
//! that row itself landed as `skipped` (second case) they point on at the
//! team's live row. Batch claims of the exported identities are serialized
//! with `ingest.claim_import_run` through the same advisory lock, and two
//! exports into one database run one after the other.
//!
//! This module decides and reports; the SQL lives with the backends:
//! [`ExportSource`] reads the embedded database, [`ExportTarget`] writes
//! the team database (one transaction), through `storage::postgres::copy`.
//! Needs the role that ran `intake migrate` on the target (it writes the
//! tables directly).

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{EngineError, Result};
use crate::model::{Phase, Progress};
use crate::progress::ProgressSink;
use crate::storage::history::{HistoryRun, RunToCopy};
use crate::storage::postgres::copy::copy_buffer;
use crate::storage::postgres::export_stage::{encode_plaintiff, encode_raw_row};
use crate::storage::postgres::export_target::{superseded_reason, ExportTarget};
use crate::storage::postgres::PgStorage;
use crate::storage::sqlite::export_source::ExportSource;
use crate::storage::Storage;

pub use crate::storage::postgres::export_target::ALREADY_IN_TEAM_DATABASE;

/// Rows read from SQLite per query (keyset pages keep memory flat).
const PAGE_ROWS: i64 = 10_000;
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// What an export did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportReport {
    /// The SQLite file.
    pub source: String,
    /// The PostgreSQL database, without password.
    pub target: String,
    /// Runs copied by this export.
    pub runs_copied: i64,
    /// Terminal runs that an earlier export had already copied (left as they are).
    pub runs_already_there: i64,
    /// Runs already there whose status differs locally now (e.g. rolled back
    /// locally after the first export): not changed in PostgreSQL.
    pub runs_changed_locally: Vec<Uuid>,
    /// Local runs still `processing`: not copied.
    pub runs_skipped_processing: Vec<Uuid>,
    /// `plaintiffs_raw` rows copied.
    pub rows_copied: i64,
    /// `public.plaintiffs` rows copied (live and soft-deleted).
    pub plaintiffs_copied: i64,
    pub conflicts: ExportConflicts,
    pub duration_ms: i64,
}

/// Where the local history met the team's data (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportConflicts {
    /// Local completed runs whose batch the team database already held:
    /// copied as `rolled_back`.
    pub superseded_runs: Vec<SupersededRun>,
    /// Local live rows whose plaintiff was already live in the team
    /// database: copied as `skipped`.
    pub rows_already_live: i64,
    /// Local plaintiffs of those rows, not copied.
    pub plaintiffs_not_copied: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupersededRun {
    pub run_id: Uuid,
    /// The team's run that holds the batch.
    pub team_run_id: Uuid,
}

/// Copy the SQLite file's terminal runs, their rows and plaintiffs into the
/// (migrated) PostgreSQL database at `pg_url`. See the module docs for the
/// behaviour on conflicts. Progress: `Landing` while rows are copied (rows
/// done), `Finalizing` while they are written, `Done`.
pub async fn export_sqlite_to_postgres(
    sqlite_path: &Path,
    pg_url: &str,
    progress: &dyn ProgressSink,
) -> Result<ExportReport> {
    let started = Instant::now();
    let mut source = ExportSource::open(sqlite_path).await?;
    let target = PgStorage::connect(pg_url).await?;
    let result = async {
        let tx = ExportTarget::begin(&target).await?;
        // One read transaction: a consistent snapshot of the file.
        source.begin_snapshot().await?;
        export_inner(&mut source, tx, progress, started).await
    }
    .await;
    source.close().await;
    target.pool().close().await;
    let mut report = result?;
    report.source = sqlite_path.display().to_string();
    report.target = target.describe();
    report.duration_ms = started.elapsed().as_millis() as i64;
    Ok(report)
}

async fn export_inner(
    source: &mut ExportSource,
    mut target: ExportTarget,
    progress: &dyn ProgressSink,
    started: Instant,
) -> Result<ExportReport> {
    let runs = source.runs().await?;
    let mut report = ExportReport {
        source: String::new(),
        target: String::new(),
        runs_copied: 0,
        runs_already_there: 0,
        runs_changed_locally: Vec::new(),
        runs_skipped_processing: runs
            .iter()
            .filter(|r| r.status == "processing")
            .map(|r| r.id)
            .collect(),
        rows_copied: 0,
        plaintiffs_copied: 0,
        conflicts: ExportConflicts::default(),
        duration_ms: 0,
    };
    let terminal: Vec<&HistoryRun> = runs.iter().filter(|r| r.status != "processing").collect();

    target.take_source_turns(&runs).await?;
    let terminal_ids: Vec<Uuid> = terminal.iter().map(|r| r.id).collect();
    let already = target.runs_already_there(&terminal_ids).await?;
    report.runs_already_there = already.len() as i64;
    report.runs_changed_locally = terminal
        .iter()
        .filter(|r| {
            already
                .get(&r.id)
                .is_some_and(|status| !status.is_empty() && *status != r.status)
        })
        .map(|r| r.id)
        .collect();
    let new_runs: Vec<&HistoryRun> = terminal
        .into_iter()
        .filter(|r| !already.contains_key(&r.id))
        .collect();
    if new_runs.is_empty() {
        target.commit().await?;
        report_progress(progress, Phase::Done, 0, started);
        return Ok(report);
    }

    let superseded = target.lock_and_find_superseded(&new_runs).await?;
    let to_copy: Vec<RunToCopy> = new_runs
        .iter()
        .map(|run| RunToCopy {
            run,
            superseded_by: superseded.get(&run.id).copied(),
        })
        .collect();
    report.conflicts.superseded_runs = to_copy
        .iter()
        .filter_map(|r| {
            r.superseded_by.map(|team_run_id| SupersededRun {
                run_id: r.run.id,
                team_run_id,
            })
        })
        .collect();

    let export_time = Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true);
    let exporter = crate::actor::os_user();
    target
        .insert_runs(&to_copy, &export_time, &exporter)
        .await?;

    target.create_stages().await?;
    let staged_rows = stage_raw_rows(source, &mut target, &to_copy, progress, started).await?;
    tracing::debug!(
        "export: staged {staged_rows} raw rows after {:?}",
        started.elapsed()
    );
    stage_plaintiffs(source, &mut target, &to_copy, &export_time).await?;
    tracing::debug!(
        "export: staged {staged_rows} rows and the plaintiffs after {:?}",
        started.elapsed()
    );
    report_progress(progress, Phase::Finalizing, staged_rows as u64, started);

    let written = target.write_staged(staged_rows).await?;
    report.rows_copied = written.rows;
    report.plaintiffs_copied = written.plaintiffs;
    report.conflicts.plaintiffs_not_copied = written.plaintiffs_not_copied;
    tracing::debug!(
        "export: rows, links and plaintiffs written after {:?}",
        started.elapsed()
    );

    let run_ids: Vec<Uuid> = to_copy.iter().map(|r| r.run.id).collect();
    report.conflicts.rows_already_live = target.adjust_counts(&run_ids).await?;

    // Every exported run must reconcile in its new home, or nothing commits.
    let unreconciled = target.unreconciled(&run_ids).await?;
    if let Some(first) = unreconciled.first() {
        return Err(EngineError::NotReconciled {
            run_id: *first,
            detail: format!(
                "{} exported run(s) would not reconcile in the team database; nothing was exported",
                unreconciled.len()
            ),
        });
    }
    target.commit().await?;
    report.runs_copied = to_copy.len() as i64;
    report_progress(progress, Phase::Done, staged_rows as u64, started);
    tracing::info!(
        "Exported {} runs, {} rows, {} plaintiffs to the team database ({} runs superseded, {} rows already live there)",
        report.runs_copied,
        report.rows_copied,
        report.plaintiffs_copied,
        report.conflicts.superseded_runs.len(),
        report.conflicts.rows_already_live
    );
    Ok(report)
}

/// Stream every exported run's raw rows from SQLite into the target's stage
/// with COPY, page by page along the `(import_run_id, row_index)` index.
/// Rows of a superseded run are written as rolled back. Returns the rows staged.
async fn stage_raw_rows(
    source: &mut ExportSource,
    target: &mut ExportTarget,
    runs: &[RunToCopy<'_>],
    progress: &dyn ProgressSink,
    started: Instant,
) -> Result<i64> {
    let mut buffer = copy_buffer();
    let mut copy = target.copy_raw_rows(&mut buffer).await?;
    let mut staged: i64 = 0;
    let mut last_report = Instant::now();
    let outcome: Result<()> = async {
        for (ord, copy_run) in runs.iter().enumerate() {
            let run_id = copy_run.run.id.to_string();
            let superseded = copy_run.superseded_by.is_some();
            let mut after: i64 = -1;
            loop {
                let page = source.raw_rows_page(&run_id, after, PAGE_ROWS).await?;
                let Some(last) = page.last_row_index()? else {
                    break;
                };
                after = last;
                for row in page.rows() {
                    encode_raw_row(copy.row(), ord, &run_id, &row?, superseded);
                    copy.send_full().await?;
                }
                staged += page.len() as i64;
                if last_report.elapsed() >= PROGRESS_EVERY {
                    last_report = Instant::now();
                    report_progress(progress, Phase::Landing, staged as u64, started);
                }
                if (page.len() as i64) < PAGE_ROWS {
                    break;
                }
            }
        }
        Ok(())
    }
    .await;
    copy.end(outcome).await?;
    Ok(staged)
}

/// Stream the exported runs' plaintiffs into the target's stage in one pass
/// over the table; those of a superseded run are soft-deleted, as its
/// rollback would have.
async fn stage_plaintiffs(
    source: &mut ExportSource,
    target: &mut ExportTarget,
    runs: &[RunToCopy<'_>],
    export_time: &str,
) -> Result<()> {
    let superseded: HashMap<String, String> = runs
        .iter()
        .filter_map(|r| {
            r.superseded_by
                .map(|team_run| (r.run.id.to_string(), superseded_reason(team_run)))
        })
        .collect();
    let run_ids = serde_json::Value::from(
        runs.iter()
            .map(|r| r.run.id.to_string())
            .collect::<Vec<String>>(),
    )
    .to_string();
    let mut buffer = copy_buffer();
    let mut copy = target.copy_plaintiffs(&mut buffer).await?;
    let outcome: Result<()> = async {
        let mut after: i64 = 0;
        loop {
            let page = source.plaintiffs_page(&run_ids, after, PAGE_ROWS).await?;
            let Some(last) = page.last_position()? else {
                break;
            };
            after = last;
            for plaintiff in page.plaintiffs() {
                let plaintiff = plaintiff?;
                let reason = superseded.get(plaintiff.import_run_id).map(String::as_str);
                encode_plaintiff(copy.row(), &plaintiff, reason, export_time);
                copy.send_full().await?;
            }
            if (page.len() as i64) < PAGE_ROWS {
                break;
            }
        }
        Ok(())
    }
    .await;
    copy.end(outcome).await
}

fn report_progress(progress: &dyn ProgressSink, phase: Phase, rows_done: u64, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    progress.report(&Progress {
        phase,
        rows_done,
        bytes_done: 0,
        bytes_total: 0,
        rows_per_sec: if secs > 0.0 {
            rows_done as f64 / secs
        } else {
            0.0
        },
    });
}
