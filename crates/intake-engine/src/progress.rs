//! Progress reporting and cancellation for long work (hashing, preview, import).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::model::Progress;

/// Receives progress updates; the pipeline throttles calls (~10 per second).
pub trait ProgressSink: Send + Sync {
    fn report(&self, progress: &Progress);
}

/// Ignores progress.
pub struct NoProgress;
impl ProgressSink for NoProgress {
    fn report(&self, _: &Progress) {}
}

impl<F: Fn(&Progress) + Send + Sync> ProgressSink for F {
    fn report(&self, progress: &Progress) {
        self(progress)
    }
}

/// Cooperative cancellation: the pipeline checks it between chunks and rolls
/// the run back when it is set.
#[derive(Debug, Clone, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst)
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}
