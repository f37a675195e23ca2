//! The pipeline of SPEC §2, written once over `Storage`: hash → claim → parse
//! → map → validate → dedupe → land → promote → finalize/reconcile; and the
//! dry run (steps 1–7 without writing) that predicts an import exactly.

use crate::error::Result;
use crate::model::{ImportReport, ImportRequest, PreviewRow};
use crate::progress::{CancelToken, ProgressSink};
use crate::storage::Storage;

/// Import a file (or dry-run it when `req.dry_run`). Bad input is an `Err`
/// (nothing written); a run that failed after its claim is `Ok` with
/// `status: Failed` and `error` set (the run is recorded as `failed`).
pub async fn import(
    store: &dyn Storage,
    req: &ImportRequest,
    progress: &dyn ProgressSink,
    cancel: &CancelToken,
) -> Result<ImportReport> {
    let _ = (store, req, progress, cancel);
    unimplemented!("pipeline::import")
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
    let _ = (store, req, on_rows, progress, cancel);
    unimplemented!("pipeline::preview")
}
