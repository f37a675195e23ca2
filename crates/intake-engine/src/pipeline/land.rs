//! The async side of a run: receive the reader's chunks and land them
//! (import) or predict each row's fate (dry run, preview), with progress
//! ticks while a chunk lands and the wait for this source's turn.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use super::reader::ReaderMsg;
use super::{ProgressMeter, PROGRESS_EVERY};
use crate::error::{EngineError, Result};
use crate::fixes::AppliedFix;
use crate::matches::{MatchCandidate, PossibleMatch, RowMatch, REPORT_MATCH_LIMIT};
use crate::model::*;
use crate::progress::CancelToken;
use crate::storage::{ImportSession, Storage};

/// How often an import waiting for its turn to land asks again.
const TURN_RETRY_EVERY: Duration = Duration::from_millis(200);

fn fate_of(row: &LandingRow, live: &HashMap<String, LiveRecord>) -> RowFate {
    match &row.kind {
        RowKind::Invalid {
            code,
            message,
            field,
        } => RowFate::Invalid {
            code: code.clone(),
            message: message.clone(),
            field: field.clone(),
        },
        RowKind::InFileDuplicate { first_row_index } => RowFate::DuplicateInFile {
            first_row_index: *first_row_index,
        },
        RowKind::Candidate => match &row.dedupe_key {
            Some(k) if live.contains_key(k) => RowFate::AlreadyInDatabase,
            _ => RowFate::New,
        },
    }
}

/// A preview row shows the canonical fields; PII columns never reach it.
fn preview_row(row: LandingRow, fate: RowFate, changes: Vec<FieldChange>) -> PreviewRow {
    PreviewRow {
        row_index: row.row_index,
        line: row.line,
        fields: row.fields,
        fate,
        dedupe_key: row.dedupe_key,
        matches: Vec::new(),
        changes,
    }
}

/// The changes a row whose key is live brings to its live record (the
/// first row of the file per key: later ones are in-file duplicates).
fn changes_of(
    row: &LandingRow,
    live: &HashMap<String, LiveRecord>,
) -> Option<(Vec<FieldChange>, bool)> {
    let record = live.get(row.dedupe_key.as_deref()?)?;
    Some((
        record.fields.changes_to(&row.fields),
        record.plaintiff_id.is_some(),
    ))
}

/// The chunk's possible cross-vendor matches (new and skipped rows; invalid
/// rows are not imported), one lookup for the chunk, by row index.
async fn chunk_matches(
    store: &dyn Storage,
    source_system: &str,
    chunk: &[LandingRow],
) -> Result<HashMap<i64, Vec<PossibleMatch>>> {
    let candidates: Vec<MatchCandidate> = chunk
        .iter()
        .filter(|r| !matches!(r.kind, RowKind::Invalid { .. }))
        .filter(|r| r.match_keys.email.is_some() || r.match_keys.name_phone.is_some())
        .map(|r| MatchCandidate {
            row_index: r.row_index,
            keys: r.match_keys,
        })
        .collect();
    let mut by_row: HashMap<i64, Vec<PossibleMatch>> = HashMap::new();
    if candidates.is_empty() {
        return Ok(by_row);
    }
    for m in store
        .find_cross_source_matches(source_system, &candidates)
        .await?
    {
        by_row.entry(m.row_index).or_default().push(m.matched);
    }
    Ok(by_row)
}

/// Receive chunks until the reader is done; land them (import) or predict
/// their fate (dry run). Returns the number of records fetched.
pub(super) async fn land_all(
    store: &dyn Storage,
    rx: &mut mpsc::Receiver<ReaderMsg>,
    mut session: Option<&mut (dyn ImportSession + 'static)>,
    on_rows: &mut Option<&mut (dyn FnMut(Vec<PreviewRow>) + Send)>,
    report: &mut ImportReport,
    meter: &mut ProgressMeter<'_>,
    cancel: &CancelToken,
) -> Result<(i64, Vec<AppliedFix>)> {
    let phase = if session.is_some() {
        Phase::Landing
    } else {
        Phase::Validating
    };
    if let Some(s) = session.as_deref_mut() {
        wait_for_turn(s, meter, cancel).await?;
    }
    let mut rows_done: u64 = 0;
    loop {
        if cancel.is_cancelled() {
            return Err(EngineError::Cancelled);
        }
        let chunk = match rx.recv().await {
            Some(ReaderMsg::Chunk(rows)) => rows,
            Some(ReaderMsg::Done { fetched, fixes }) => return Ok((fetched, fixes)),
            Some(ReaderMsg::Failed(e)) => return Err(e),
            Some(_) => continue,
            None => {
                return Err(EngineError::Parse(
                    "the file reader stopped unexpectedly".into(),
                ))
            }
        };
        let chunk_len = chunk.len() as u64;
        for row in &chunk {
            match row.kind {
                RowKind::InFileDuplicate { .. } => report.skipped_in_file += 1,
                RowKind::Invalid { .. } if session.is_none() => report.errored += 1,
                _ => {}
            }
        }
        match session.as_deref_mut() {
            Some(s) => {
                let counts = land_with_ticks(s, &chunk, meter, phase, rows_done).await?;
                tracing::debug!(
                    "Landed chunk: rows={} inserted={} skipped={} errored={}",
                    chunk.len(),
                    counts.inserted,
                    counts.skipped,
                    counts.errored
                );
                report.inserted += counts.inserted;
                report.skipped += counts.skipped;
                report.errored += counts.errored;
            }
            None => {
                let keys: Vec<String> = chunk
                    .iter()
                    .filter(|r| r.kind == RowKind::Candidate)
                    .filter_map(|r| r.dedupe_key.clone())
                    .collect();
                let live = if keys.is_empty() {
                    Default::default()
                } else {
                    store.live_records(&keys).await?
                };
                let mut found = chunk_matches(store, &report.source_system, &chunk).await?;
                let mut preview = on_rows.as_ref().map(|_| Vec::with_capacity(chunk.len()));
                // By value: a preview row takes the row's fields and key
                // instead of a copy of the whole row with its payload.
                for row in chunk {
                    let fate = fate_of(&row, &live);
                    let row_matches = found.remove(&row.row_index).unwrap_or_default();
                    for m in &row_matches {
                        report.cross_source_match_count += 1;
                        if (report.cross_source_matches.len() as i64) < REPORT_MATCH_LIMIT {
                            report.cross_source_matches.push(RowMatch {
                                row_index: row.row_index,
                                line: row.line,
                                name: row.fields.plaintiff_name.clone(),
                                matched: m.clone(),
                            });
                        }
                    }
                    let mut changes = Vec::new();
                    match fate {
                        RowFate::New => report.inserted += 1,
                        RowFate::AlreadyInDatabase => {
                            report.skipped += 1;
                            report.skipped_existing += 1;
                            if let Some((found, has_plaintiff)) = changes_of(&row, &live) {
                                if !found.is_empty() {
                                    report.skipped_changed += 1;
                                    // What applying would update; the
                                    // pipeline keeps it only if asked.
                                    if has_plaintiff {
                                        report.updated += 1;
                                    }
                                }
                                changes = found;
                            }
                        }
                        RowFate::DuplicateInFile { .. } => report.skipped += 1,
                        RowFate::Invalid { .. } => {}
                    }
                    if let Some(p) = preview.as_mut() {
                        let mut shown = preview_row(row, fate, changes);
                        shown.matches = row_matches;
                        p.push(shown);
                    }
                }
                if let (Some(cb), Some(p)) = (on_rows.as_mut(), preview) {
                    cb(p);
                }
            }
        }
        rows_done += chunk_len;
        meter.report(phase, rows_done, meter.bytes_total, false);
    }
}

/// Wait until this import may land rows (see `ImportSession::try_take_turn`),
/// showing that it waits and staying cancellable.
async fn wait_for_turn(
    session: &mut (dyn ImportSession + 'static),
    meter: &mut ProgressMeter<'_>,
    cancel: &CancelToken,
) -> Result<()> {
    let mut waiting_since: Option<Instant> = None;
    loop {
        if session.try_take_turn().await? {
            if let Some(since) = waiting_since {
                tracing::info!(
                    "Turn to land rows taken after waiting {:.1}s",
                    since.elapsed().as_secs_f64()
                );
            }
            return Ok(());
        }
        if cancel.is_cancelled() {
            return Err(EngineError::Cancelled);
        }
        if waiting_since.is_none() {
            tracing::info!("Waiting for another import of this source to finish");
            waiting_since = Some(Instant::now());
            meter.report(Phase::Waiting, 0, meter.bytes_total, true);
        }
        tokio::time::sleep(TURN_RETRY_EVERY).await;
        meter.report(Phase::Waiting, 0, meter.bytes_total, false);
    }
}

/// Await `work`, calling `on_tick` every `PROGRESS_EVERY` meanwhile: a chunk
/// or the final commit can take longer than the UI's ≥ 4 updates a second.
pub(super) async fn with_ticks<T>(
    work: impl std::future::Future<Output = T>,
    mut on_tick: impl FnMut(),
) -> T {
    tokio::pin!(work);
    let mut tick = tokio::time::interval(PROGRESS_EVERY);
    tick.tick().await; // the first tick fires at once
    loop {
        tokio::select! {
            out = &mut work => return out,
            _ = tick.tick() => on_tick(),
        }
    }
}

/// Land one chunk with progress ticks; rows inside the chunk are estimated
/// from the rate so far.
async fn land_with_ticks(
    session: &mut (dyn ImportSession + 'static),
    chunk: &[LandingRow],
    meter: &mut ProgressMeter<'_>,
    phase: Phase,
    rows_before: u64,
) -> Result<ChunkCounts> {
    let chunk_started = Instant::now();
    let rate = rows_before as f64 / meter.started.elapsed().as_secs_f64().max(1e-3);
    let last_row = chunk.len().saturating_sub(1) as u64;
    with_ticks(session.land(chunk), || {
        let in_chunk = (rate * chunk_started.elapsed().as_secs_f64()) as u64;
        let bytes = meter.bytes_total;
        meter.report(phase, rows_before + in_chunk.min(last_row), bytes, false);
    })
    .await
}
