//! The stable codes that cross to the UI (`IpcError`, `ErrorInfo`) and the
//! CLI's `--json`: one enum, so the engine, the shell and the UI (through the
//! generated `ErrorCode.ts` union) cannot drift apart. The wire form is the
//! SCREAMING_SNAKE_CASE name (`FILE_NOT_FOUND`); renaming a variant changes
//! what scripts and the UI see, so variants are only ever added.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A stable error code: what went wrong, for programs; the message beside
/// it says it for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum ErrorCode {
    FileNotFound,
    FileUnreadable,
    EmptyFile,
    BinaryFile,
    MissingColumns,
    MapColumnNotFound,
    NoHeader,
    #[serde(rename = "PARSE_ERROR")]
    Parse,
    #[serde(rename = "EXCEL_ERROR")]
    Excel,
    SheetNotFound,
    InvalidArgument,
    ReasonRequired,
    RunNotFound,
    NotRollbackable,
    Cancelled,
    NotReconciled,
    #[serde(rename = "DATABASE_BUSY")]
    Busy,
    PermissionDenied,
    #[serde(rename = "CONNECTION_FAILED")]
    Connection,
    #[serde(rename = "DATABASE_ERROR")]
    Database,
    #[serde(rename = "CONFIG_ERROR")]
    Config,
    #[serde(rename = "INVALID_DATABASE_URL")]
    DatabaseUrl,
    DiskFull,
    FileChanged,
    NotAFile,
    WorkbookTooLarge,
    /// A panic inside the engine or a library it uses.
    #[serde(rename = "INTERNAL_ERROR")]
    InternalError,
    ConnectionLost,
    /// Recorded on a `processing` run whose importer is gone (killed, power
    /// lost) when a later command finds it.
    Abandoned,
    /// The shell lost a task (it stopped without an answer), or the UI met
    /// something that is not an error object.
    Internal,
    /// The shell no longer holds the rows of this preview.
    PreviewGone,
    /// An export the user chose to save could not be written.
    FileUnwritable,
    /// A failed run's stored message, shown on its page.
    RunFailed,
    /// The database was migrated by a newer version of intake.
    SchemaTooNew,
    /// Updates are on but no update address is set.
    UpdateUrlMissing,
    /// The update address is not an https address.
    UpdateUrlInvalid,
    /// Checking for or installing an update failed.
    UpdateFailed,
    /// Updates are turned off in the settings.
    UpdatesOff,
}

impl ErrorCode {
    /// Every code, for tests and generated lists.
    pub const ALL: [ErrorCode; 38] = [
        ErrorCode::FileNotFound,
        ErrorCode::FileUnreadable,
        ErrorCode::EmptyFile,
        ErrorCode::BinaryFile,
        ErrorCode::MissingColumns,
        ErrorCode::MapColumnNotFound,
        ErrorCode::NoHeader,
        ErrorCode::Parse,
        ErrorCode::Excel,
        ErrorCode::SheetNotFound,
        ErrorCode::InvalidArgument,
        ErrorCode::ReasonRequired,
        ErrorCode::RunNotFound,
        ErrorCode::NotRollbackable,
        ErrorCode::Cancelled,
        ErrorCode::NotReconciled,
        ErrorCode::Busy,
        ErrorCode::PermissionDenied,
        ErrorCode::Connection,
        ErrorCode::Database,
        ErrorCode::Config,
        ErrorCode::DatabaseUrl,
        ErrorCode::DiskFull,
        ErrorCode::FileChanged,
        ErrorCode::NotAFile,
        ErrorCode::WorkbookTooLarge,
        ErrorCode::InternalError,
        ErrorCode::ConnectionLost,
        ErrorCode::Abandoned,
        ErrorCode::Internal,
        ErrorCode::PreviewGone,
        ErrorCode::FileUnwritable,
        ErrorCode::RunFailed,
        ErrorCode::SchemaTooNew,
        ErrorCode::UpdateUrlMissing,
        ErrorCode::UpdateUrlInvalid,
        ErrorCode::UpdateFailed,
        ErrorCode::UpdatesOff,
    ];

    /// The wire form, e.g. `FILE_NOT_FOUND` (what serde writes).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::FileNotFound => "FILE_NOT_FOUND",
            ErrorCode::FileUnreadable => "FILE_UNREADABLE",
            ErrorCode::EmptyFile => "EMPTY_FILE",
            ErrorCode::BinaryFile => "BINARY_FILE",
            ErrorCode::MissingColumns => "MISSING_COLUMNS",
            ErrorCode::MapColumnNotFound => "MAP_COLUMN_NOT_FOUND",
            ErrorCode::NoHeader => "NO_HEADER",
            ErrorCode::Parse => "PARSE_ERROR",
            ErrorCode::Excel => "EXCEL_ERROR",
            ErrorCode::SheetNotFound => "SHEET_NOT_FOUND",
            ErrorCode::InvalidArgument => "INVALID_ARGUMENT",
            ErrorCode::ReasonRequired => "REASON_REQUIRED",
            ErrorCode::RunNotFound => "RUN_NOT_FOUND",
            ErrorCode::NotRollbackable => "NOT_ROLLBACKABLE",
            ErrorCode::Cancelled => "CANCELLED",
            ErrorCode::NotReconciled => "NOT_RECONCILED",
            ErrorCode::Busy => "DATABASE_BUSY",
            ErrorCode::PermissionDenied => "PERMISSION_DENIED",
            ErrorCode::Connection => "CONNECTION_FAILED",
            ErrorCode::Database => "DATABASE_ERROR",
            ErrorCode::Config => "CONFIG_ERROR",
            ErrorCode::DatabaseUrl => "INVALID_DATABASE_URL",
            ErrorCode::DiskFull => "DISK_FULL",
            ErrorCode::FileChanged => "FILE_CHANGED",
            ErrorCode::NotAFile => "NOT_A_FILE",
            ErrorCode::WorkbookTooLarge => "WORKBOOK_TOO_LARGE",
            ErrorCode::InternalError => "INTERNAL_ERROR",
            ErrorCode::ConnectionLost => "CONNECTION_LOST",
            ErrorCode::Abandoned => "ABANDONED",
            ErrorCode::Internal => "INTERNAL",
            ErrorCode::PreviewGone => "PREVIEW_GONE",
            ErrorCode::FileUnwritable => "FILE_UNWRITABLE",
            ErrorCode::RunFailed => "RUN_FAILED",
            ErrorCode::SchemaTooNew => "SCHEMA_TOO_NEW",
            ErrorCode::UpdateUrlMissing => "UPDATE_URL_MISSING",
            ErrorCode::UpdateUrlInvalid => "UPDATE_URL_INVALID",
            ErrorCode::UpdateFailed => "UPDATE_FAILED",
            ErrorCode::UpdatesOff => "UPDATES_OFF",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Compare with the wire form, as tests and scripts see it.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;
    use std::collections::HashSet;

    /// `as_str` (the CLI's text, storage's `error_details`) and serde (JSON,
    /// IPC, the TypeScript union) must be the same strings.
    #[test]
    fn the_wire_form_is_the_serde_form_for_every_code() {
        let mut seen = HashSet::new();
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
            assert!(seen.insert(code.as_str()), "{code} listed twice");
        }
    }

    /// `ALL` lists every variant: the TypeScript union has exactly its codes.
    #[test]
    fn all_lists_every_variant() {
        use ts_rs::TS;
        let union = ErrorCode::inline();
        let mut in_union: Vec<&str> = union.split(" | ").map(|s| s.trim_matches('"')).collect();
        let mut listed: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        in_union.sort_unstable();
        listed.sort_unstable();
        assert_eq!(in_union, listed);
    }
}
