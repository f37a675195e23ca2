//! Tauri commands, grouped by screen. Each one only translates between IPC
//! and the engine. All are `async` so none runs on the main (UI) thread;
//! long work runs on blocking threads.

pub mod export;
pub mod history;
pub mod import;
pub mod settings;
pub mod support;

use std::future::Future;

use crate::ipc::{IpcError, IpcResult};

/// Run engine work on a blocking thread (parsing and validation are CPU-bound)
/// and wait for it without holding up the async runtime or the UI thread.
pub(crate) async fn off_main<T, F>(work: F) -> IpcResult<T>
where
    T: Send + 'static,
    F: Future<Output = intake_engine::Result<T>> + 'static,
    F: Send,
{
    tauri::async_runtime::spawn_blocking(move || tauri::async_runtime::block_on(work))
        .await
        .map_err(|_| IpcError::new("INTERNAL", "The operation stopped unexpectedly."))?
        .map_err(IpcError::from)
}
