//! Import screen: preview (dry run) with paged rows, import with progress and cancel.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use std::collections::BTreeMap;

use intake_engine::config::Settings;
use intake_engine::progress::CancelToken;
use intake_engine::{ops, ErrorCode, ImportReport, ImportRequest, PreviewRow, Progress};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use super::off_main;
use crate::ipc::{FixedRow, IpcError, IpcResult, PreviewEvent, PreviewPage};
use crate::notify::{self, Job};
use crate::preview_store::FateFilter;
use crate::state::AppState;

/// How often the UI hears that more preview rows exist (the first chunk is
/// announced at once).
const ROWS_EVENT_INTERVAL: Duration = Duration::from_millis(100);
/// Largest page the UI may ask for.
const MAX_PAGE: usize = 2_000;

/// Start a dry run of `request` and return at once; rows, progress and the
/// final report arrive on `on_event`, rows themselves via `preview_rows`.
#[tauri::command]
pub async fn start_preview(
    app: AppHandle,
    state: State<'_, AppState>,
    preview_id: String,
    mut request: ImportRequest,
    on_event: Channel<PreviewEvent>,
) -> IpcResult<()> {
    let store = state.store().await?;
    request.dry_run = true;
    let preview = state.new_preview(&preview_id);
    *preview.source.lock().expect("preview source lock") = request.source.clone();
    let cancel = state.start_job(&preview_id);

    let started = Instant::now();
    tauri::async_runtime::spawn_blocking(move || {
        let rows_channel = on_event.clone();
        let rows_target = preview.clone();
        let mut last_announced: Option<Instant> = None;
        let mut on_rows = move |rows: Vec<PreviewRow>| {
            let available = {
                let mut stored = rows_target.rows.lock().expect("preview rows lock");
                for row in rows {
                    stored.push(row);
                }
                stored.len() as u64
            };
            if last_announced.is_none_or(|t| t.elapsed() >= ROWS_EVENT_INTERVAL) {
                last_announced = Some(Instant::now());
                let _ = rows_channel.send(PreviewEvent::Rows { available });
            }
        };
        let progress_channel = on_event.clone();
        let on_progress = move |p: &Progress| {
            let _ = progress_channel.send(PreviewEvent::Progress {
                progress: p.clone(),
            });
        };
        let outcome = tauri::async_runtime::block_on(ops::preview(
            &*store,
            &request,
            &mut on_rows,
            &on_progress,
            &cancel,
        ));
        preview.complete.store(true, Ordering::Release);
        app.state::<AppState>().end_job(&preview_id);
        let available = preview.rows.lock().expect("preview rows lock").len() as u64;
        let _ = on_event.send(PreviewEvent::Rows { available });
        let outcome = outcome.map_err(IpcError::from);
        notify::job_ended(&app, Job::Preview, started.elapsed(), outcome.as_ref());
        let _ = match outcome {
            Ok(report) => on_event.send(PreviewEvent::Done {
                report: Box::new(report),
            }),
            Err(error) => on_event.send(PreviewEvent::Failed { error }),
        };
    });
    Ok(())
}

/// A page of a preview's rows, for the virtualized table.
#[tauri::command]
pub async fn preview_rows(
    state: State<'_, AppState>,
    preview_id: String,
    offset: u64,
    limit: u64,
    fate: Option<FateFilter>,
) -> IpcResult<PreviewPage> {
    let preview = state.preview(&preview_id)?;
    let complete = preview.is_complete();
    let rows = preview.rows.lock().expect("preview rows lock");
    let limit = (limit as usize).min(MAX_PAGE);
    let (page, matching) = rows.page_of(fate, offset as usize, limit);
    Ok(PreviewPage {
        offset,
        rows: page,
        available: rows.len() as u64,
        matching: matching as u64,
        counts: rows.counts(),
        complete,
    })
}

/// Edit cells of one preview row (canonical field → value): the row is
/// re-validated and re-keyed (it may become new, a duplicate in the file or
/// already in the database), the preview's counts move and the fix is kept
/// for the import.
#[tauri::command]
pub async fn fix_preview_row(
    state: State<'_, AppState>,
    preview_id: String,
    row_index: i64,
    edits: BTreeMap<String, String>,
) -> IpcResult<FixedRow> {
    let preview = state.preview(&preview_id)?;
    if !preview.is_complete() {
        return Err(IpcError::new(
            ErrorCode::InvalidArgument,
            "Wait for the preview to finish before fixing a row.",
        ));
    }
    let store = state.store().await?;
    let source = preview.source.lock().expect("preview source lock").clone();
    let refated = {
        let rows = preview.rows.lock().expect("preview rows lock");
        let row = rows.get(row_index).ok_or_else(|| {
            IpcError::new(
                ErrorCode::InvalidArgument,
                "That row is not in this preview.",
            )
        })?;
        ops::refate_preview_row(&row, &edits, &source, rows.file_keys())?
    };
    // The database is asked without holding the preview's lock.
    let fixed = ops::mark_live(&*store, refated).await?;
    let mut rows = preview.rows.lock().expect("preview rows lock");
    rows.replace(fixed.clone(), &edits);
    Ok(FixedRow {
        row: fixed,
        counts: rows.counts(),
        fixes: rows.fixes(),
    })
}

#[tauri::command]
pub async fn discard_preview(state: State<'_, AppState>, preview_id: String) -> IpcResult<()> {
    state.cancel_job(&preview_id);
    state.discard_preview(&preview_id);
    Ok(())
}

/// Import the file. Promotion follows the "review before promoting" setting.
/// Cancel with `cancel_job(job_id)`: the run is rolled back.
#[tauri::command]
pub async fn import_file(
    app: AppHandle,
    state: State<'_, AppState>,
    job_id: String,
    mut request: ImportRequest,
    on_progress: Channel<Progress>,
) -> IpcResult<ImportReport> {
    let store = state.store().await?;
    let settings = Settings::load()?;
    request.dry_run = false;
    request.promote = !settings.review_before_promoting;
    let cancel: CancelToken = state.start_job(&job_id);
    let on_progress = move |p: &Progress| {
        let _ = on_progress.send(p.clone());
    };
    let started = Instant::now();
    let outcome =
        off_main(async move { ops::import(&*store, &request, &on_progress, &cancel).await }).await;
    state.end_job(&job_id);
    notify::job_ended(&app, Job::Import, started.elapsed(), outcome.as_ref());
    outcome
}

/// Cancel a running preview or import; false when it already finished.
#[tauri::command]
pub async fn cancel_job(state: State<'_, AppState>, job_id: String) -> IpcResult<bool> {
    Ok(state.cancel_job(&job_id))
}
