//! Types that exist only at the IPC boundary. Engine types (`ImportReport`,
//! `RunSummary`, …) cross as they are; all of them are exported to
//! `ui/src/bindings` by ts-rs.

use intake_engine::config::Profile;
use intake_engine::{Capabilities, EngineError, ErrorCode, ImportReport, PreviewRow, Progress};
use serde::Serialize;
use ts_rs::TS;

/// An error as the UI sees it: a stable code and a human sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl From<EngineError> for IpcError {
    fn from(e: EngineError) -> Self {
        Self {
            code: e.error_code(),
            message: e.to_string(),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

/// Streamed over a `Channel` while a preview (dry run) runs.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum PreviewEvent {
    /// More rows are available: fetch pages with `preview_rows`.
    Rows {
        #[ts(type = "number")]
        available: u64,
    },
    Progress {
        progress: Progress,
    },
    /// The dry run finished; `report` holds the counts and the mapping.
    Done {
        report: Box<ImportReport>,
    },
    /// The file cannot be imported (or the dry run failed).
    Failed {
        error: IpcError,
    },
}

/// A slice of a preview's rows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PreviewPage {
    #[ts(type = "number")]
    pub offset: u64,
    pub rows: Vec<PreviewRow>,
    /// Rows known so far (grows while the preview runs).
    #[ts(type = "number")]
    pub available: u64,
    /// Rows of the asked fate (all rows without a filter).
    #[ts(type = "number")]
    pub matching: u64,
    /// Rows by fate as held now (they move when a row is fixed).
    pub counts: crate::preview_store::FateCounts,
    pub complete: bool,
}

/// A preview row after a fix: its new fate, the preview's counts, and every
/// fix made so far (the import sends them).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FixedRow {
    pub row: intake_engine::PreviewRow,
    pub counts: crate::preview_store::FateCounts,
    pub fixes: Vec<intake_engine::fixes::RowFix>,
}

/// Which database the app talks to, for the banner and for hiding what the
/// connected role may not do.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ConnectionInfo {
    /// `embedded`, `INTAKE_DATABASE_URL`, `profile <name>`, …
    pub origin: String,
    /// Where the data lives, never with a password.
    pub description: String,
    /// The embedded SQLite file, when that is the database.
    pub embedded_path: Option<String>,
    /// `dev` / `prod` for a profile; `None` otherwise.
    pub environment: Option<String>,
    pub capabilities: Option<Capabilities>,
    /// Set when the connection failed; the app still opens (Settings works).
    pub error: Option<IpcError>,
    /// The OS user the app records as the importer / the actor of a rollback.
    pub user: String,
}

/// What "Test connection" found.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ConnectionTest {
    pub description: String,
    pub capabilities: Capabilities,
}

/// A profile plus an optional new password (kept only in the OS keychain).
#[derive(Debug, Clone, serde::Deserialize, TS)]
#[ts(export)]
pub struct ProfileInput {
    pub profile: Profile,
    /// `None` keeps the saved password; `""` removes it.
    pub password: Option<String>,
}
