//! Engine errors. Every variant has a stable `code()` that crosses to the UI
//! and the CLI's JSON, and a human message (its `Display`). Messages never
//! contain row values: PII must not leak through errors.

use std::path::PathBuf;

pub use crate::error_code::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("File not found: {}", .0.display())]
    FileNotFound(PathBuf),
    #[error("Cannot read file {}: {message}", path.display())]
    FileUnreadable { path: PathBuf, message: String },
    #[error("The file is empty: {}", .0.display())]
    EmptyFile(PathBuf),
    #[error("This does not look like a CSV or Excel file (it contains binary data): {}", .0.display())]
    BinaryFile(PathBuf),
    /// Wording kept from the runbook: `Missing required columns: {'plaintiff_name'}`.
    #[error("Missing required columns: {{{}}}. Headers found: {}", quote_set(.missing), .found.join(", "))]
    MissingColumns {
        missing: Vec<String>,
        found: Vec<String>,
    },
    /// A `--map` names a column the header row does not have.
    #[error("--map {field}: the file has no column '{column}'. Headers found: {}", .found.join(", "))]
    MapColumnNotFound {
        field: String,
        column: String,
        found: Vec<String>,
    },
    #[error("The file has no header row: {}", .0.display())]
    NoHeader(PathBuf),
    #[error("Cannot parse the file: {0}")]
    Parse(String),
    #[error("Cannot read the Excel workbook: {0}")]
    Excel(String),
    #[error("Sheet '{0}' was not found in the workbook")]
    SheetNotFound(String),
    #[error("Invalid argument: {0}")]
    InvalidArgument(String),
    /// A front door's argument that cannot be used, in words that name the
    /// option itself (`'x' is not a run id: …`): same code as
    /// `InvalidArgument`, without its prefix.
    #[error("{0}")]
    Usage(String),
    #[error("A reason is required to roll back a run")]
    ReasonRequired,
    #[error("Import run {0} was not found")]
    RunNotFound(uuid::Uuid),
    #[error("Import run {run_id} cannot be rolled back: its status is '{status}'{}", nothing_kept(.status))]
    NotRollbackable { run_id: uuid::Uuid, status: String },
    #[error("The import was cancelled; nothing was imported")]
    Cancelled,
    #[error("Reconciliation failed for run {run_id}: {detail}")]
    NotReconciled { run_id: uuid::Uuid, detail: String },
    /// The embedded database is busy with another writer for longer than
    /// the busy timeout (SQLite allows one writer at a time).
    #[error("The embedded database is busy: another import or rollback is writing to it right now. Try again when it finishes.")]
    Busy,
    #[error("Permission denied: {0}")]
    PermissionDenied(String),
    #[error("Cannot connect to the database: {0}")]
    Connection(String),
    /// A database error, already reduced to a safe message (no DETAIL line).
    #[error("Database error: {0}")]
    Database(String),
    #[error("Configuration error: {0}")]
    Config(String),
    /// A database URL that cannot be used as given (empty, unsupported, a
    /// SQLite file in a folder that does not exist): a bad invocation.
    #[error("{0}")]
    DatabaseUrl(String),
    /// SQLITE_FULL / PostgreSQL 53100: the disk holding the database is full.
    /// The failed statement's transaction is rolled back, so nothing of it stays.
    #[error("The disk holding the database is full: nothing of this change was kept. Free some space and try again.")]
    DiskFull,
    /// The bytes read for the import are not the bytes that were hashed.
    #[error(
        "The file changed while it was being imported — nothing was imported; import it again"
    )]
    FileChanged,
    /// A device, socket or other non-file path: refused before reading.
    #[error("Cannot import {}: it is {what}, not a file", path.display())]
    NotAFile { path: PathBuf, what: &'static str },
    /// A workbook past the limits that keep memory bounded.
    #[error("The workbook is too large to import safely: {0}. Save the sheet as CSV and import that file instead.")]
    WorkbookTooLarge(String),
    /// An export could not write its file (the message says which and why).
    #[error("{0}")]
    FileUnwritable(String),
    /// A bug (a panic) inside the engine or a library it uses.
    #[error("Internal error: {0}; nothing was imported")]
    Internal(String),
    /// The database connection of an import broke (server restart, the
    /// backend terminated, network): the server rolled the rows back.
    #[error("The connection to the database was lost during the import; nothing of this run was kept. Try again.")]
    ConnectionLost,
    /// A newer build migrated the database (`storage::schema_version`).
    #[error("This database was upgraded by a newer version of Plaintiff Intake (schema {found}); this version knows up to schema {known}. Update the app (and the intake command) to use it.")]
    SchemaTooNew { found: i64, known: i64 },
}

/// A failed run kept none of its rows: say so, rather than leave the
/// refusal unexplained.
fn nothing_kept(status: &str) -> &'static str {
    if status == "failed" {
        " (a failed run kept none of its rows: there is nothing to roll back)"
    } else {
        ""
    }
}

fn quote_set(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl EngineError {
    /// Stable machine-readable code, e.g. for `{code, message}` in the UI.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            EngineError::FileNotFound(_) => ErrorCode::FileNotFound,
            EngineError::FileUnreadable { .. } => ErrorCode::FileUnreadable,
            EngineError::EmptyFile(_) => ErrorCode::EmptyFile,
            EngineError::BinaryFile(_) => ErrorCode::BinaryFile,
            EngineError::MissingColumns { .. } => ErrorCode::MissingColumns,
            EngineError::MapColumnNotFound { .. } => ErrorCode::MapColumnNotFound,
            EngineError::NoHeader(_) => ErrorCode::NoHeader,
            EngineError::Parse(_) => ErrorCode::Parse,
            EngineError::Excel(_) => ErrorCode::Excel,
            EngineError::SheetNotFound(_) => ErrorCode::SheetNotFound,
            EngineError::InvalidArgument(_) => ErrorCode::InvalidArgument,
            EngineError::Usage(_) => ErrorCode::InvalidArgument,
            EngineError::ReasonRequired => ErrorCode::ReasonRequired,
            EngineError::RunNotFound(_) => ErrorCode::RunNotFound,
            EngineError::NotRollbackable { .. } => ErrorCode::NotRollbackable,
            EngineError::Cancelled => ErrorCode::Cancelled,
            EngineError::NotReconciled { .. } => ErrorCode::NotReconciled,
            EngineError::Busy => ErrorCode::Busy,
            EngineError::PermissionDenied(_) => ErrorCode::PermissionDenied,
            EngineError::Connection(_) => ErrorCode::Connection,
            EngineError::Database(_) => ErrorCode::Database,
            EngineError::Config(_) => ErrorCode::Config,
            EngineError::DatabaseUrl(_) => ErrorCode::DatabaseUrl,
            EngineError::DiskFull => ErrorCode::DiskFull,
            EngineError::FileChanged => ErrorCode::FileChanged,
            EngineError::NotAFile { .. } => ErrorCode::NotAFile,
            EngineError::WorkbookTooLarge(_) => ErrorCode::WorkbookTooLarge,
            EngineError::FileUnwritable(_) => ErrorCode::FileUnwritable,
            EngineError::Internal(_) => ErrorCode::InternalError,
            EngineError::ConnectionLost => ErrorCode::ConnectionLost,
            EngineError::SchemaTooNew { .. } => ErrorCode::SchemaTooNew,
        }
    }

    /// The code's wire form (`error_code().as_str()`), e.g. `FILE_NOT_FOUND`.
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    /// True when the file itself cannot be imported at all (CLI exit code 2).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            EngineError::FileNotFound(_)
                | EngineError::FileUnreadable { .. }
                | EngineError::EmptyFile(_)
                | EngineError::BinaryFile(_)
                | EngineError::MissingColumns { .. }
                | EngineError::MapColumnNotFound { .. }
                | EngineError::NoHeader(_)
                | EngineError::Parse(_)
                | EngineError::Excel(_)
                | EngineError::SheetNotFound(_)
                | EngineError::InvalidArgument(_)
                | EngineError::Usage(_)
                | EngineError::ReasonRequired
                | EngineError::DatabaseUrl(_)
                | EngineError::NotAFile { .. }
                | EngineError::WorkbookTooLarge(_)
        )
    }
}

/// Reduce a sqlx error to a message safe for logs and users: the primary
/// message only, never the DETAIL line (which can echo row values).
pub fn db_error(err: sqlx::Error) -> EngineError {
    match &err {
        sqlx::Error::Database(db) => {
            let code = db.code().map(|c| c.to_string()).unwrap_or_default();
            let msg = crate::pii::redact(db.message());
            // SQLite primary codes (the low byte of extended ones, e.g. 517, 261):
            // SQLITE_BUSY (5), SQLITE_FULL (13); PostgreSQL's disk_full is 53100.
            let sqlite_code = db
                .try_downcast_ref::<sqlx::sqlite::SqliteError>()
                .and_then(|_| code.parse::<i64>().ok())
                .map(|c| c & 0xff);
            if sqlite_code == Some(5) {
                EngineError::Busy
            } else if sqlite_code == Some(13) || code == "53100" {
                EngineError::DiskFull
            } else if code == "42501" {
                EngineError::PermissionDenied(msg)
            } else if code.is_empty() {
                EngineError::Database(msg)
            } else {
                EngineError::Database(format!("{msg} (SQLSTATE {code})"))
            }
        }
        sqlx::Error::Io(e) => EngineError::Connection(e.to_string()),
        sqlx::Error::Tls(e) => EngineError::Connection(format!("TLS: {e}")),
        sqlx::Error::PoolTimedOut => {
            EngineError::Connection("timed out waiting for a database connection".into())
        }
        sqlx::Error::PoolClosed => EngineError::Connection("the connection pool is closed".into()),
        sqlx::Error::Configuration(e) => EngineError::Config(e.to_string()),
        other => EngineError::Database(crate::pii::redact(&other.to_string())),
    }
}

impl From<sqlx::Error> for EngineError {
    fn from(e: sqlx::Error) -> Self {
        db_error(e)
    }
}

impl From<sqlx::migrate::MigrateError> for EngineError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        match e {
            sqlx::migrate::MigrateError::Execute(inner) => db_error(inner),
            other => EngineError::Database(format!("migration failed: {other}")),
        }
    }
}

pub type Result<T, E = EngineError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{ConnectOptions, Executor};

    /// A writer waiting out the busy timeout gets a sentence, not "database is locked".
    #[tokio::test]
    async fn sqlite_busy_is_explained() {
        let dir = tempfile::tempdir().unwrap();
        let options = SqliteConnectOptions::new()
            .filename(dir.path().join("busy.sqlite3"))
            .create_if_missing(true)
            .busy_timeout(std::time::Duration::ZERO);
        let mut holder = options.connect().await.unwrap();
        let mut waiter = options.connect().await.unwrap();
        holder.execute("CREATE TABLE t (x)").await.unwrap();
        holder.execute("BEGIN IMMEDIATE").await.unwrap();
        let err = db_error(waiter.execute("BEGIN IMMEDIATE").await.unwrap_err());
        assert_eq!(err.code(), "DATABASE_BUSY");
        assert_eq!(
            err.to_string(),
            "The embedded database is busy: another import or rollback is writing to it right now. Try again when it finishes."
        );
    }
}
