//! The pipeline of SPEC §2, written once over `Storage`: hash → claim → parse
//! → map → validate → dedupe → land → promote → finalize/reconcile; and the
//! dry run (steps 1–7 without writing) that predicts an import exactly.
//!
//! Reading the file is blocking work, so it runs on its own thread (the
//! "reader") and hands the async side ready-made chunks of `LandingRow`s
//! through a small bounded channel: parsing the next chunk overlaps with the
//! database landing the current one, and memory stays flat in file size.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::dedupe_key;
use crate::error::{EngineError, Result};
use crate::model::*;
use crate::parse;
use crate::progress::{CancelToken, ProgressSink};
use crate::storage::{Claim, ImportSession, Storage};

mod complete;
pub(crate) mod first_seen;
mod land;
mod reader;
pub use complete::{complete_run, complete_run_with_updates};
mod saved_mapping;
use land::{land_all, with_ticks};
use reader::{start_reader, ReaderMsg};

use crate::fixes::{FixPlan, RunNotes};
use crate::sources::{MappingSource, SavedMapping, SourceUpdate};

/// Progress reports at most this often (≥ 4 per second as the UI asks).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Import a file (or dry-run it when `req.dry_run`). Bad input is an `Err`
/// (nothing written); a run that failed after its claim is `Ok` with
/// `status: Failed` and `error` set (the run is recorded as `failed`).
pub async fn import(
    store: &dyn Storage,
    req: &ImportRequest,
    progress: &dyn ProgressSink,
    cancel: &CancelToken,
) -> Result<ImportReport> {
    run(store, req, None, progress, cancel).await
}

/// Dry run that also hands every row's predicted fate to `on_rows`, in file
/// order, in chunks (the first chunk arrives as soon as it is validated).
pub async fn preview(
    store: &dyn Storage,
    req: &ImportRequest,
    on_rows: &mut (dyn FnMut(Vec<PreviewRow>) + Send),
    progress: &dyn ProgressSink,
    cancel: &CancelToken,
) -> Result<ImportReport> {
    let req = ImportRequest {
        dry_run: true,
        ..req.clone()
    };
    run(store, &req, Some(on_rows), progress, cancel).await
}

/// The runbook's summary line, e.g. `Import DRY_RUN: 100 fetched, 100 inserted, 0 skipped, 0 errored`.
pub fn summary_line(report: &ImportReport) -> String {
    let label = match report.status {
        ImportStatus::Completed => "COMPLETED",
        ImportStatus::Duplicate => "DUPLICATE",
        ImportStatus::DryRun => "DRY_RUN",
        ImportStatus::Failed => "FAILED",
        ImportStatus::InProgress => "IN_PROGRESS",
    };
    format!(
        "Import {label}: {} fetched, {} inserted, {} skipped, {} errored",
        report.fetched, report.inserted, report.skipped, report.errored
    )
}

/// The runbook's duplicate-batch line.
pub fn duplicate_line(report: &ImportReport) -> String {
    format!(
        "DUPLICATE BATCH: File '{}' with hash {}... has already been imported. No action taken.",
        report.filename,
        short_hash(&report.file_hash)
    )
}

pub fn short_hash(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

/// The file's name as stored and shown, PII masked (SPEC §5).
fn file_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    crate::pii::mask_text(&name)
}

/// Throttled progress with a rows/s rate.
struct ProgressMeter<'a> {
    sink: &'a dyn ProgressSink,
    started: Instant,
    last: Option<Instant>,
    bytes_total: u64,
}

impl<'a> ProgressMeter<'a> {
    fn report(&mut self, phase: Phase, rows_done: u64, bytes_done: u64, force: bool) {
        let now = Instant::now();
        if !force && self.last.is_some_and(|t| now - t < PROGRESS_EVERY) {
            return;
        }
        self.last = Some(now);
        let secs = (now - self.started).as_secs_f64();
        self.sink.report(&Progress {
            phase,
            rows_done,
            bytes_done,
            bytes_total: self.bytes_total,
            rows_per_sec: if secs > 0.0 {
                rows_done as f64 / secs
            } else {
                0.0
            },
        });
    }
}

async fn run(
    store: &dyn Storage,
    req: &ImportRequest,
    mut on_rows: Option<&mut (dyn FnMut(Vec<PreviewRow>) + Send)>,
    progress: &dyn ProgressSink,
    cancel: &CancelToken,
) -> Result<ImportReport> {
    let started = Instant::now();
    if req.source.trim().is_empty() {
        return Err(EngineError::InvalidArgument(
            "a source is required (e.g. --source simplicity)".into(),
        ));
    }
    if req.path.as_os_str().is_empty() {
        return Err(EngineError::InvalidArgument("a file is required".into()));
    }
    if let Some(label) = req.encoding.as_deref() {
        parse::detect::encoding_for_label(label, &[])?;
    }
    crate::column_map::check_fields(&req.column_map)?;
    if req.header_row == Some(0) {
        return Err(EngineError::InvalidArgument(
            "the header row is a line number counted from 1".into(),
        ));
    }
    let fix_plan = FixPlan::new(&req.fixes)?;
    let source_system = dedupe_key::normalize_source(&req.source);
    let filename = file_name(&req.path);
    // An explicit mapping wins; otherwise the source's saved one is tried.
    let explicit = !req.column_map.is_empty() || !req.header_overrides.is_empty();
    let saved = if explicit {
        None
    } else {
        store
            .get_source(&req.source)
            .await?
            .and_then(|s| s.saved_mapping)
            .filter(|m| !m.is_empty())
    };
    let mut meter = ProgressMeter {
        sink: progress,
        started,
        last: None,
        bytes_total: 0,
    };
    let mut report = ImportReport {
        run_id: None,
        status: if req.dry_run {
            ImportStatus::DryRun
        } else {
            ImportStatus::Completed
        },
        fetched: 0,
        inserted: 0,
        skipped: 0,
        errored: 0,
        file_hash: String::new(),
        duration_ms: 0,
        filename: filename.clone(),
        source_system: source_system.clone(),
        encoding: String::new(),
        delimiter: None,
        columns: Vec::new(),
        header_line: None,
        sheet: None,
        skipped_in_file: 0,
        skipped_existing: 0,
        skipped_changed: 0,
        updated: 0,
        existing_run: None,
        reconciled: None,
        promoted: false,
        error: None,
        mapping_source: if explicit {
            MappingSource::Explicit
        } else {
            MappingSource::Aliases
        },
        saved_mapping_ignored: false,
        fixes_applied: 0,
        cross_source_matches: Vec::new(),
        cross_source_match_count: 0,
    };
    let has_saved = saved.is_some();

    let mut rx = start_reader(
        req,
        source_system.clone(),
        saved,
        fix_plan,
        store.chunk_rows(),
        cancel.clone(),
    );

    // Phase 1: hash and open the file. Any error here is bad input: nothing
    // has been written yet.
    let file_kind;
    let payload_names: Vec<String>;
    loop {
        match rx.recv().await {
            Some(ReaderMsg::Hashing {
                bytes_done,
                bytes_total,
            }) => {
                meter.bytes_total = bytes_total;
                meter.report(Phase::Hashing, 0, bytes_done, false);
            }
            Some(ReaderMsg::Hashed { hash, size }) => {
                meter.bytes_total = size;
                meter.report(Phase::Hashing, 0, size, true);
                report.file_hash = hash;
                // Re-importing a finished batch costs about one hash of the
                // file: answer before the file is even parsed. (The claim
                // below still decides for real; this is only a fast path.)
                let identity = BatchIdentity {
                    source_system: source_system.clone(),
                    source_batch_id: batch_id_of(req),
                    file_hash: report.file_hash.clone(),
                };
                if let Some(existing) = store.find_completed_batch(&identity).await? {
                    drop(rx);
                    return Ok(finish_duplicate(report, existing, started));
                }
            }
            Some(ReaderMsg::Opened(info)) => {
                file_kind = info.kind;
                report.encoding = info.encoding;
                report.delimiter = info.delimiter;
                report.columns = info.columns;
                report.header_line = Some(info.header_line);
                report.sheet = info.sheet;
                payload_names = info.payload_names;
                if info.used_saved {
                    report.mapping_source = MappingSource::Saved;
                } else if has_saved {
                    report.saved_mapping_ignored = true;
                }
                // A fix on the header or a title line above it can never
                // apply: refuse it before anything is written.
                let above: Vec<i64> = req
                    .fixes
                    .iter()
                    .map(|f| f.line)
                    .filter(|&l| l <= info.header_line as i64)
                    .collect();
                if !above.is_empty() {
                    return Err(crate::fixes::not_records_error(
                        &above,
                        Some(info.header_line),
                    ));
                }
                tracing::info!(
                    "Starting import: file={} source={} hash={}...",
                    filename,
                    source_system,
                    short_hash(&report.file_hash)
                );
                // Headers only, never values: headers are not PII.
                for c in &report.columns {
                    tracing::debug!(
                        "Column '{}' -> {}{}",
                        c.header,
                        c.canonical.as_deref().unwrap_or("(raw payload only)"),
                        if c.pii { " [PII, masked]" } else { "" }
                    );
                }
                tracing::debug!(
                    "Detected encoding={} delimiter={}",
                    report.encoding,
                    report.delimiter.as_deref().unwrap_or("-")
                );
                break;
            }
            Some(ReaderMsg::Failed(e)) => return Err(e),
            Some(_) | None => {
                return Err(EngineError::Parse(
                    "the file reader stopped unexpectedly".into(),
                ))
            }
        }
    }
    let identity = BatchIdentity {
        source_system: source_system.clone(),
        source_batch_id: batch_id_of(req),
        file_hash: report.file_hash.clone(),
    };

    // Phase 2: claim (or, for a dry run, only look).
    let mut session: Option<Box<dyn ImportSession>> = None;
    if !req.dry_run {
        meter.report(Phase::Claiming, 0, meter.bytes_total, true);
        let meta = RunMeta {
            filename: filename.clone(),
            file_kind: file_kind.as_str().to_string(),
            imported_by: Some(
                req.imported_by
                    .clone()
                    .unwrap_or_else(crate::actor::os_user),
            ),
        };
        match store.claim(&identity, &meta).await? {
            Claim::Duplicate(existing) => return Ok(finish_duplicate(report, existing, started)),
            Claim::InProgress(existing) => {
                tracing::warn!(
                    "Batch in progress elsewhere: file={} run={}",
                    filename,
                    existing.id
                );
                report.status = ImportStatus::InProgress;
                report.run_id = Some(existing.id);
                report.existing_run = Some(existing);
                report.duration_ms = started.elapsed().as_millis() as i64;
                return Ok(report);
            }
            Claim::Claimed(mut s) => {
                s.expect_promotion(req.promote);
                s.apply_updates(req.apply_updates);
                report.run_id = Some(s.run_id());
                session = Some(s);
            }
        }
    }

    // Phase 3: rows. A failure from here on is recorded on the run.
    let outcome = land_all(
        store,
        &mut rx,
        session.as_deref_mut(),
        &mut on_rows,
        &mut report,
        &mut meter,
        cancel,
    )
    .await;
    drop(rx); // stops the reader if it is still going

    match (outcome, session) {
        (Ok((fetched, fixes)), None) => {
            report.fetched = fetched;
            report.fixes_applied = fixes.len() as i64;
            report.status = ImportStatus::DryRun;
            if !req.apply_updates {
                report.updated = 0;
            }
            meter.report(Phase::Done, fetched as u64, meter.bytes_total, true);
            report.duration_ms = started.elapsed().as_millis() as i64;
            tracing::info!("Dry run complete: {}", summary_line(&report));
            Ok(report)
        }
        (Ok((fetched, fixes)), Some(mut session)) => {
            report.fetched = fetched;
            meter.report(Phase::Finalizing, fetched as u64, meter.bytes_total, true);
            report.fixes_applied = fixes.len() as i64;
            let notes = RunNotes {
                headers: payload_names,
                fixes,
                source: Some(SourceUpdate::named(
                    &req.source,
                    explicit.then(|| SavedMapping {
                        column_map: req.column_map.clone(),
                        header_overrides: req.header_overrides.clone(),
                    }),
                )),
                actor: req
                    .imported_by
                    .clone()
                    .unwrap_or_else(crate::actor::os_user),
            };
            if let Err(e) = session.record_run_notes(&notes).await {
                let e = complete::abort(session, e).await;
                return Ok(failed(report, &e, started));
            }
            let bytes = meter.bytes_total;
            let finished = with_ticks(
                complete_run_with_updates(session, fetched, req.promote),
                || meter.report(Phase::Finalizing, fetched as u64, bytes, false),
            )
            .await;
            match finished {
                Ok((summary, recon, updates)) => {
                    report.skipped_changed = updates.changed;
                    report.updated = updates.updated;

                    report.inserted = summary.rows_inserted;
                    report.skipped = summary.rows_skipped;
                    report.errored = summary.rows_errored;
                    report.skipped_existing = (report.skipped - report.skipped_in_file).max(0);
                    report.reconciled = Some(recon.is_reconciled);
                    report.promoted = req.promote;
                    report.status = ImportStatus::Completed;
                    // Committed: the matches only inform, so a failure to
                    // read them leaves the report without them.
                    match store
                        .run_cross_source_matches(summary.id, crate::matches::REPORT_MATCH_LIMIT)
                        .await
                    {
                        Ok(m) => {
                            report.cross_source_match_count = m.total;
                            report.cross_source_matches = m.rows;
                        }
                        Err(e) => tracing::warn!("Could not read the run's possible matches: {e}"),
                    }
                    meter.report(Phase::Done, fetched as u64, meter.bytes_total, true);
                    report.duration_ms = started.elapsed().as_millis() as i64;
                    tracing::info!(
                        "Import complete: {} run={}",
                        summary_line(&report),
                        summary.id
                    );
                    Ok(report)
                }
                Err(e) => Ok(failed(report, &e, started)),
            }
        }
        (Err(e), Some(session)) => {
            let e = complete::abort(session, e).await;
            // A fix naming a line that turned out not to be a record is a
            // bad invocation (exit 2), though the run it claimed is recorded
            // as failed with nothing landed.
            if matches!(e, EngineError::InvalidArgument(_)) {
                return Err(e);
            }
            Ok(failed(report, &e, started))
        }
        (Err(e), None) => Err(e),
    }
}

/// The batch id of a request. A chosen Excel sheet is part of it
/// (`sheet:NAME`, or `B#sheet:NAME` with an explicit batch id `B`): other
/// sheets of the same workbook hold other records, so importing them is not
/// a duplicate of the first. PII in it is masked like any stored text.
fn batch_id_of(req: &ImportRequest) -> Option<String> {
    let explicit = req
        .batch_id
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty());
    match (
        explicit,
        req.sheet
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty()),
    ) {
        (Some(b), Some(sheet)) => Some(format!("{b}#sheet:{sheet}")),
        (Some(b), None) => Some(b.to_string()),
        (None, Some(sheet)) => Some(format!("sheet:{sheet}")),
        (None, None) => None,
    }
    .map(|id| crate::pii::mask_text(&id))
}

fn finish_duplicate(
    mut report: ImportReport,
    existing: RunSummary,
    started: Instant,
) -> ImportReport {
    report.status = ImportStatus::Duplicate;
    report.run_id = Some(existing.id);
    report.existing_run = Some(existing);
    report.duration_ms = started.elapsed().as_millis() as i64;
    tracing::info!("{}", duplicate_line(&report));
    report
}

fn failed(mut report: ImportReport, e: &EngineError, started: Instant) -> ImportReport {
    tracing::error!("Import failed: file={} error={}", report.filename, e);
    report.status = ImportStatus::Failed;
    report.inserted = 0;
    report.skipped = 0;
    report.errored = 0;
    report.error = Some(ErrorInfo {
        code: e.error_code(),
        message: crate::pii::redact(&e.to_string()),
    });
    report.duration_ms = started.elapsed().as_millis() as i64;
    report
}
