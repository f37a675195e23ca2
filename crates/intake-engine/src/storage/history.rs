//! A run's history as `export-to` carries it from one backend to another:
//! what the source backend reads ([`sqlite::export_source`](super::sqlite))
//! and the target writes ([`postgres::export_target`](super::postgres)).
//! Rows are borrowed from the source's pages: a million of them pass here,
//! and copies add up.

use uuid::Uuid;

/// One run of the source, as stored (timestamps as RFC 3339 text).
pub(crate) struct HistoryRun {
    pub id: Uuid,
    pub source_system: String,
    pub source_batch_id: Option<String>,
    pub file_hash: String,
    pub filename: String,
    pub file_kind: String,
    pub status: String,
    pub imported_by: String,
    pub rows_fetched: i32,
    pub rows_inserted: i32,
    pub rows_skipped: i32,
    pub rows_errored: i32,
    pub promoted: bool,
    /// The JSON object of `error_details`.
    pub error_details: String,
    pub created_at: String,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
}

/// A run about to be copied, as it will be written.
pub(crate) struct RunToCopy<'a> {
    pub run: &'a HistoryRun,
    /// The target's live run holding the same batch, when there is one: the
    /// copied run is then written as rolled back (superseded).
    pub superseded_by: Option<Uuid>,
}

/// One `plaintiffs_raw` row. Its `duplicate_of` is carried as the
/// `(import_run_id, row_index)` of the row it points at: raw ids are the
/// source's own, the pair is unique in both backends.
pub(crate) struct HistoryRawRow<'r> {
    pub row_index: i64,
    pub source_system: Option<&'r str>,
    pub dedupe_key: Option<&'r str>,
    /// The canonical fields, in `storage::columns` order.
    pub fields: [Option<&'r str>; 8],
    pub raw_payload: Option<&'r str>,
    pub status: &'r str,
    pub status_before_rollback: Option<&'r str>,
    pub error_code: Option<&'r str>,
    pub error_message: Option<&'r str>,
    pub duplicate_of_run: Option<&'r str>,
    pub duplicate_of_row: Option<i64>,
    pub plaintiff_id: Option<&'r str>,
    pub created_at: Option<&'r str>,
    pub line: Option<i64>,
}

/// One `plaintiffs` row, linked to its raw row by `(raw_run, raw_row)`.
pub(crate) struct HistoryPlaintiff<'r> {
    pub id: &'r str,
    /// The canonical fields, in `storage::columns` order.
    pub fields: [Option<&'r str>; 8],
    pub source_system: Option<&'r str>,
    pub dedupe_key: Option<&'r str>,
    pub import_run_id: &'r str,
    pub raw_run: Option<&'r str>,
    pub raw_row: i64,
    pub created_at: Option<&'r str>,
    pub deleted_at: Option<&'r str>,
    pub deleted_reason: Option<&'r str>,
}
