//! What the shell keeps between IPC calls: the open database, the rows of
//! live previews and the cancel tokens of running jobs.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use intake_engine::config::{self, ResolvedDatabase, Settings};
use intake_engine::progress::CancelToken;
use intake_engine::{ErrorCode, Storage};

use crate::ipc::{IpcError, IpcResult};
use crate::preview_store::PreviewRows;

pub struct Connection {
    pub store: Arc<dyn Storage>,
    pub resolved: ResolvedDatabase,
}

#[derive(Default)]
pub struct Preview {
    pub rows: Mutex<PreviewRows>,
    pub complete: AtomicBool,
    /// The request's source, to re-key a fixed row as the import will.
    pub source: Mutex<String>,
}

impl Preview {
    pub fn is_complete(&self) -> bool {
        self.complete.load(Ordering::Acquire)
    }
}

#[derive(Default)]
pub struct AppState {
    connection: tokio::sync::Mutex<Option<Arc<Connection>>>,
    previews: Mutex<HashMap<String, Arc<Preview>>>,
    jobs: Mutex<HashMap<String, CancelToken>>,
}

impl AppState {
    /// The open database, connecting (and, for the embedded one, migrating)
    /// on first use.
    pub async fn connection(&self) -> IpcResult<Arc<Connection>> {
        let mut slot = self.connection.lock().await;
        if let Some(conn) = slot.as_ref() {
            return Ok(conn.clone());
        }
        let settings = Settings::load()?;
        let resolved = config::resolve(None, settings.active_profile.as_deref())?;
        let store = config::open(&resolved.url).await?;
        let conn = Arc::new(Connection { store, resolved });
        *slot = Some(conn.clone());
        Ok(conn)
    }

    pub async fn store(&self) -> IpcResult<Arc<dyn Storage>> {
        Ok(self.connection().await?.store.clone())
    }

    /// Forget the open database (after the settings changed).
    pub async fn disconnect(&self) {
        self.connection.lock().await.take();
    }

    /// Register a new preview; older ones are dropped (one window, one preview).
    pub fn new_preview(&self, id: &str) -> Arc<Preview> {
        let preview = Arc::new(Preview::default());
        let mut previews = self.previews.lock().expect("previews lock");
        previews.clear();
        previews.insert(id.to_string(), preview.clone());
        preview
    }

    pub fn preview(&self, id: &str) -> IpcResult<Arc<Preview>> {
        self.previews
            .lock()
            .expect("previews lock")
            .get(id)
            .cloned()
            .ok_or_else(|| {
                IpcError::new(
                    ErrorCode::PreviewGone,
                    "This preview is no longer available; drop the file again.",
                )
            })
    }

    pub fn discard_preview(&self, id: &str) {
        self.previews.lock().expect("previews lock").remove(id);
    }

    pub fn start_job(&self, id: &str) -> CancelToken {
        let token = CancelToken::new();
        self.jobs
            .lock()
            .expect("jobs lock")
            .insert(id.to_string(), token.clone());
        token
    }

    pub fn end_job(&self, id: &str) {
        self.jobs.lock().expect("jobs lock").remove(id);
    }

    /// Returns false when no such job is running (already finished).
    pub fn cancel_job(&self, id: &str) -> bool {
        match self.jobs.lock().expect("jobs lock").get(id) {
            Some(token) => {
                token.cancel();
                true
            }
            None => false,
        }
    }
}

/// Who is at the keyboard: recorded as the importer and the rollback actor.
pub use intake_engine::actor::os_user;
