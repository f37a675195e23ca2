//! Types shared by the engine, its storage backends and its front doors (CLI,
//! desktop app). The ones the UI sees derive `ts_rs::TS`, so the app's
//! TypeScript types are generated from them (`cargo test -p intake-engine
//! export_bindings`), never written twice.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

pub use crate::updates::{
    FieldChange, LiveRecord, PlaintiffChange, UpdateCounts, UPDATABLE_FIELDS,
};

/// Which storage backend a connection talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BackendKind {
    Postgres,
    Sqlite,
}

/// Batch identity: `(source_system, source_batch_id, file_hash)` (SPEC §2.2).
/// `source_system` is already normalized (`lower(trim(..))`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BatchIdentity {
    pub source_system: String,
    pub source_batch_id: Option<String>,
    pub file_hash: String,
}

/// What a claim records about the run besides its identity.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunMeta {
    pub filename: String,
    /// `csv` or `xlsx`.
    pub file_kind: String,
    /// Who says they are at the keyboard (the OS user). SQLite has no
    /// logins and records it as the run's `imported_by`; PostgreSQL records
    /// the database login (`session_user`) there and keeps this only as the
    /// note `import_runs.client_user`.
    pub imported_by: Option<String>,
}

/// `ingest.import_runs.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RunStatus {
    Processing,
    Completed,
    Failed,
    RolledBack,
}

impl RunStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Processing => "processing",
            RunStatus::Completed => "completed",
            RunStatus::Failed => "failed",
            RunStatus::RolledBack => "rolled_back",
        }
    }
    pub fn parse(s: &str) -> Option<RunStatus> {
        Some(match s {
            "processing" => RunStatus::Processing,
            "completed" => RunStatus::Completed,
            "failed" => RunStatus::Failed,
            "rolled_back" => RunStatus::RolledBack,
            _ => return None,
        })
    }
}

/// One import run as `ingest.v_import_runs_summary` shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RunSummary {
    pub id: Uuid,
    pub source_system: String,
    pub source_batch_id: Option<String>,
    pub file_hash: String,
    pub filename: String,
    pub file_kind: String,
    pub status: RunStatus,
    /// PostgreSQL: the database login that claimed the run. SQLite (no
    /// logins): the OS user of the importing process.
    pub imported_by: String,
    #[ts(type = "number")]
    pub rows_fetched: i64,
    #[ts(type = "number")]
    pub rows_inserted: i64,
    #[ts(type = "number")]
    pub rows_skipped: i64,
    #[ts(type = "number")]
    pub rows_errored: i64,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub duration_seconds: Option<f64>,
    /// `None` while the run is processing.
    pub is_reconciled: Option<bool>,
    /// Why the run failed, when it did (already PII-safe).
    pub error_message: Option<String>,
    pub rollback_reason: Option<String>,
    /// Like `imported_by`: the database login on PostgreSQL (the OS user
    /// the client named is the note `rolled_back_client_user`), the OS
    /// user on SQLite.
    pub rolled_back_by: Option<String>,
    pub rolled_back_at: Option<DateTime<Utc>>,
    /// Rows of this run still `pending` (imported with `--no-promote`).
    #[ts(type = "number")]
    pub rows_pending: i64,
}

/// Filter for the run history. `limit` 0 means no limit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RunFilter {
    pub source_system: Option<String>,
    pub status: Option<RunStatus>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    #[ts(type = "number")]
    pub limit: i64,
}

impl RunFilter {
    /// The filter with its source normalized like stored sources
    /// (`lower(trim(..))`), so `--source Simplicity` finds `simplicity`.
    pub fn normalized(mut self) -> RunFilter {
        self.source_system = self
            .source_system
            .map(|s| crate::dedupe_key::normalize_source(&s))
            .filter(|s| !s.is_empty());
        self
    }
}

/// Result of `ingest.reconcile_import_run(run_id)` and `intake reconcile`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Reconciliation {
    pub run_id: Uuid,
    pub status: RunStatus,
    #[ts(type = "number")]
    pub reported_fetched: i64,
    #[ts(type = "number")]
    pub reported_inserted: i64,
    #[ts(type = "number")]
    pub reported_skipped: i64,
    #[ts(type = "number")]
    pub reported_errored: i64,
    /// All rows of the run in `plaintiffs_raw`, whatever their status.
    #[ts(type = "number")]
    pub actual_total: i64,
    /// Rows `pending` or `promoted` (or `rolled_back` after a rollback of such rows).
    #[ts(type = "number")]
    pub actual_inserted: i64,
    #[ts(type = "number")]
    pub actual_skipped: i64,
    #[ts(type = "number")]
    pub actual_errored: i64,
    #[ts(type = "number")]
    pub fetched_discrepancy: i64,
    #[ts(type = "number")]
    pub inserted_discrepancy: i64,
    #[ts(type = "number")]
    pub skipped_discrepancy: i64,
    #[ts(type = "number")]
    pub errored_discrepancy: i64,
    pub is_reconciled: bool,
}

/// A row of `ingest.v_errored_rows`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErroredRow {
    pub import_run_id: Uuid,
    #[ts(type = "number")]
    pub row_index: i64,
    pub filename: String,
    pub plaintiff_name: Option<String>,
    pub error_code: String,
    pub error_message: String,
    pub created_at: DateTime<Utc>,
    /// The file line a spreadsheet program shows for the row; `None` for
    /// rows landed before lines were stored.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub line: Option<i64>,
}

/// A row of `ingest.v_blocked_duplicates`: a skipped row and what it duplicates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BlockedDuplicate {
    pub import_run_id: Uuid,
    #[ts(type = "number")]
    pub row_index: i64,
    pub filename: String,
    pub source_system: String,
    pub plaintiff_name: Option<String>,
    pub dedupe_key: String,
    pub created_at: DateTime<Utc>,
    /// The live row this one duplicates (same run for an in-file duplicate).
    pub duplicate_of_run_id: Option<Uuid>,
    #[ts(type = "number | null")]
    pub duplicate_of_row_index: Option<i64>,
    pub duplicate_of_filename: Option<String>,
    /// The file lines a spreadsheet program shows for this row and for the
    /// row it duplicates; `None` for rows landed before lines were stored.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub line: Option<i64>,
    #[serde(default)]
    #[ts(type = "number | null")]
    pub duplicate_of_line: Option<i64>,
}

/// Which rows of a run's errored rows or blocked duplicates to read, in file
/// order (`row_index`): `limit` rows from `offset`, counted after
/// `after_row_index` when given (keyset: the exports walk a run this way).
/// Any `offset` is cheap: the backends start from the run's mark at or
/// before it (every 100th row is marked), so a table can jump anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RowPage {
    #[ts(type = "number")]
    pub offset: i64,
    #[ts(type = "number")]
    pub limit: i64,
    #[serde(default)]
    #[ts(type = "number | null", optional)]
    pub after_row_index: Option<i64>,
}

impl RowPage {
    /// Every row (the small lists of tests and the export of fixes).
    pub const ALL: RowPage = RowPage {
        offset: 0,
        limit: i64::MAX,
        after_row_index: None,
    };

    pub fn new(offset: i64, limit: i64) -> Self {
        RowPage {
            offset,
            limit,
            after_row_index: None,
        }
    }

    /// `limit` rows after `row_index`.
    pub fn after(row_index: i64, limit: i64) -> Self {
        RowPage {
            offset: 0,
            limit,
            after_row_index: Some(row_index),
        }
    }

    /// The keyset bound as SQL compares it (row indexes start at 0).
    pub fn after_bound(&self) -> i64 {
        self.after_row_index.unwrap_or(-1)
    }

    /// `limit` as SQL's LIMIT; `None`: all rows (`i64::MAX`).
    pub fn bounded_limit(&self) -> Option<i64> {
        (self.limit < i64::MAX).then_some(self.limit.max(0))
    }

    /// The same rows, read from a run's mark (migrations PG 0015 / SQLite
    /// 0011): the list's row at position `ordinal` is `row_index`, so a page
    /// from position `offset >= ordinal` is the rows from `row_index` on,
    /// `offset - ordinal` of them skipped. A keyset page, or none found,
    /// is read as asked.
    pub fn from_mark(self, mark: Option<(i64, i64)>) -> RowPage {
        match mark {
            Some((ordinal, row_index))
                if self.after_row_index.is_none() && (0..=self.offset).contains(&ordinal) =>
            {
                RowPage {
                    offset: self.offset - ordinal,
                    limit: self.limit,
                    after_row_index: Some(row_index - 1),
                }
            }
            _ => self,
        }
    }
}

/// A page of a run's errored rows; `total` is the run's count of them (kept
/// on the run, not recounted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErroredRowPage {
    #[ts(type = "number")]
    pub total: i64,
    #[ts(type = "number")]
    pub offset: i64,
    pub rows: Vec<ErroredRow>,
}

/// A page of a run's blocked duplicates; `total` as for [`ErroredRowPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DuplicatePage {
    #[ts(type = "number")]
    pub total: i64,
    #[ts(type = "number")]
    pub offset: i64,
    pub rows: Vec<BlockedDuplicate>,
}

/// What the connected role may do (derived from its privileges on PostgreSQL;
/// everything on the embedded backend).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Capabilities {
    pub backend: BackendKind,
    pub role: String,
    pub can_read: bool,
    pub can_import: bool,
    pub can_promote: bool,
    pub can_rollback: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollbackResult {
    pub run_id: Uuid,
    #[ts(type = "number")]
    pub rows_rolled_back: i64,
    #[ts(type = "number")]
    pub plaintiffs_removed: i64,
    /// Fields the run had changed (vendor updates) put back to their old value.
    #[serde(default)]
    #[ts(type = "number")]
    pub fields_restored: i64,
    /// Fields left as they are because a later run changed them again
    /// (`kind` = `conflict`: `old_value` is what would have been restored,
    /// `new_value` what was kept).
    #[serde(default)]
    pub conflicts: Vec<PlaintiffChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PromoteResult {
    #[ts(type = "number")]
    pub runs: i64,
    #[ts(type = "number")]
    pub promoted: i64,
}

/// The canonical fields of SPEC §2.4, as stored in `plaintiffs_raw` columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CanonicalFields {
    pub plaintiff_name: Option<String>,
    pub firm_name: Option<String>,
    pub short_name: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_address: Option<String>,
    pub source_reference: Option<String>,
}

/// How the pipeline classified a parsed record before it reaches storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKind {
    /// Valid and the first of its dedupe key in this file: new unless the
    /// database already holds a live row with the key.
    Candidate,
    /// Valid, but an earlier record of this file has the same dedupe key.
    InFileDuplicate { first_row_index: i64 },
    /// Invalid: lands as `failed` with this code and message; `field` names
    /// the canonical field at fault, when there is one.
    Invalid {
        code: String,
        message: String,
        field: Option<String>,
    },
}

/// One record of the file, ready to land in `plaintiffs_raw`.
#[derive(Debug, Clone)]
pub struct LandingRow {
    /// 0-based data record index.
    pub row_index: i64,
    /// The 1-based file line the record starts on (Excel: its sheet row);
    /// `None` when not known.
    pub line: Option<i64>,
    /// 64 lowercase hex chars; `None` only for invalid rows without a name.
    pub dedupe_key: Option<String>,
    pub fields: CanonicalFields,
    /// JSON object text keyed by the original headers, PII columns masked.
    pub raw_payload: String,
    pub kind: RowKind,
    /// The row's cross-source match keys (`crate::match_keys::of_row`),
    /// computed with the row on the reader thread, beside the database's
    /// work instead of on the landing's critical path; none for an invalid row.
    pub match_keys: crate::match_keys::MatchKeys,
}

impl LandingRow {
    /// The row with its match keys computed from its fields and kind
    /// (`crate::match_keys::of_row`).
    pub fn with_match_keys(mut self) -> Self {
        self.match_keys = crate::match_keys::of_row(&self.fields, &self.kind);
        self
    }
}

/// What storage did with one chunk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChunkCounts {
    pub inserted: i64,
    pub skipped: i64,
    pub errored: i64,
}

impl std::ops::AddAssign for ChunkCounts {
    fn add_assign(&mut self, o: Self) {
        self.inserted += o.inserted;
        self.skipped += o.skipped;
        self.errored += o.errored;
    }
}

/// A header of the file and the canonical field it maps to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ColumnMapping {
    /// The header as found in the file.
    pub header: String,
    /// Canonical field name (`plaintiff_name`, …), or `None`: kept in the raw payload only.
    pub canonical: Option<String>,
    /// The column holds SSNs, tax ids or card numbers: masked everywhere.
    pub pii: bool,
    /// For an unmapped header: the canonical field it looks closest to
    /// (a typo, a variant). Shown for a person to confirm, never applied.
    #[serde(default)]
    #[ts(optional)]
    pub suggestion: Option<String>,
}

/// Everything an import (or dry run) needs to know.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportRequest {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub source: String,
    pub batch_id: Option<String>,
    /// Excel: sheet to read (default: the first).
    pub sheet: Option<String>,
    pub dry_run: bool,
    /// Promote new rows into `public.plaintiffs` (default true in the front doors).
    pub promote: bool,
    /// Header → canonical field name, or `""` to ignore a column the aliases would map.
    pub header_overrides: BTreeMap<String, String>,
    pub imported_by: Option<String>,
    /// CSV: read the file in this encoding (a label such as `UTF-8`,
    /// `windows-1252`, `UTF-16LE`) instead of the detected one.
    #[serde(default)]
    #[ts(optional)]
    pub encoding: Option<String>,
    /// The 1-based line (CSV) or sheet row (Excel) of the header; default:
    /// the first of the first 30 non-blank rows that maps `plaintiff_name`.
    #[serde(default)]
    #[ts(optional, type = "number")]
    pub header_row: Option<u64>,
    /// Canonical field → the columns feeding it (the CLI's `--map`), joined
    /// with a space (`, ` for `contact_address`). Wins over `header_overrides`
    /// and the aliases; a column the file lacks is an error.
    #[serde(default)]
    #[ts(as = "Option<BTreeMap<String, Vec<String>>>", optional)]
    pub column_map: BTreeMap<String, Vec<String>>,
    /// Corrections of canonical values by file line (the CLI's `--fixes`,
    /// the app's edited cells), applied before validation and keying.
    #[serde(default)]
    #[ts(as = "Option<Vec<crate::fixes::RowFix>>", optional)]
    pub fixes: Vec<crate::fixes::RowFix>,
    /// Apply vendor updates: a row whose key is live and whose other fields
    /// differ (non-empty values) changes the live plaintiff, recorded in the
    /// change log (the CLI's `--apply-updates`).
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub apply_updates: bool,
}

/// Outcome of `import`, one per CLI `--json` object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ImportStatus {
    Completed,
    Duplicate,
    DryRun,
    Failed,
    InProgress,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErrorInfo {
    pub code: crate::ErrorCode,
    pub message: String,
}

/// The report of an import or a dry run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub run_id: Option<Uuid>,
    pub status: ImportStatus,
    #[ts(type = "number")]
    pub fetched: i64,
    #[ts(type = "number")]
    pub inserted: i64,
    #[ts(type = "number")]
    pub skipped: i64,
    #[ts(type = "number")]
    pub errored: i64,
    pub file_hash: String,
    #[ts(type = "number")]
    pub duration_ms: i64,
    pub filename: String,
    pub source_system: String,
    /// Encoding label (`UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `windows-1252`, `xlsx`).
    pub encoding: String,
    /// Delimiter shown to people (`,` `;` `tab` `|`), `None` for Excel.
    pub delimiter: Option<String>,
    pub columns: Vec<ColumnMapping>,
    /// The 1-based file line (Excel: sheet row) of the header row.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub header_line: Option<u64>,
    /// Excel: the sheet read (chosen, or found holding the names).
    #[serde(default)]
    pub sheet: Option<String>,
    /// Skipped because an earlier record of the same file has the key.
    #[ts(type = "number")]
    pub skipped_in_file: i64,
    /// Skipped because the database already holds a live row with the key.
    #[ts(type = "number")]
    pub skipped_existing: i64,
    /// Of `skipped_existing`: rows whose other fields differ from the live
    /// plaintiff (non-empty different values).
    #[serde(default)]
    #[ts(type = "number")]
    pub skipped_changed: i64,
    /// Plaintiffs changed by this import (`apply_updates`); a dry run
    /// predicts it.
    #[serde(default)]
    #[ts(type = "number")]
    pub updated: i64,
    /// For `duplicate` and `in_progress`: the run that holds the batch.
    pub existing_run: Option<RunSummary>,
    pub reconciled: Option<bool>,
    pub promoted: bool,
    pub error: Option<ErrorInfo>,
    /// Which mapping the import used: the request's own, the one saved for
    /// the source, or the aliases alone.
    #[serde(default)]
    pub mapping_source: crate::sources::MappingSource,
    /// The source has a saved mapping, but this file lacks some of its
    /// columns, so it was not applied.
    #[serde(default)]
    pub saved_mapping_ignored: bool,
    /// Fixes applied to the file's records (`ImportRequest::fixes`).
    #[serde(default)]
    #[ts(type = "number")]
    pub fixes_applied: i64,
    /// Rows (new or skipped) that possibly are a live plaintiff of another
    /// source (same email, or same name and phone): the first
    /// `matches::REPORT_MATCH_LIMIT` by line. Still imported.
    #[serde(default)]
    pub cross_source_matches: Vec<crate::matches::RowMatch>,
    /// How many such matches in all (the list above may be cut).
    #[serde(default)]
    #[ts(type = "number")]
    pub cross_source_match_count: i64,
}

/// Fate of one row in a preview (dry run).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum RowFate {
    New,
    DuplicateInFile {
        #[ts(type = "number")]
        first_row_index: i64,
    },
    AlreadyInDatabase,
    Invalid {
        code: String,
        message: String,
        field: Option<String>,
    },
}

/// One row of a preview, PII masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PreviewRow {
    #[ts(type = "number")]
    pub row_index: i64,
    /// The file line a spreadsheet program shows for the row.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub line: Option<i64>,
    pub fields: CanonicalFields,
    pub fate: RowFate,
    /// The row's dedupe key (`None` for invalid rows), so an edited row's
    /// new key can be compared with the file's (`fixes::FileKeys`).
    #[serde(default)]
    pub dedupe_key: Option<String>,
    /// Live plaintiffs of other sources this row possibly is.
    #[serde(default)]
    pub matches: Vec<crate::matches::PossibleMatch>,
    /// `AlreadyInDatabase` rows: the fields that differ from the live
    /// plaintiff (old and new value); empty otherwise.
    #[serde(default)]
    pub changes: Vec<FieldChange>,
}

/// Phase of a long operation, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Phase {
    Hashing,
    Claiming,
    /// Another import of the same source is landing rows; this one lands
    /// when that one has finished (they could meet each other's plaintiffs).
    Waiting,
    Validating,
    Landing,
    Finalizing,
    Done,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Progress {
    pub phase: Phase,
    #[ts(type = "number")]
    pub rows_done: u64,
    #[ts(type = "number")]
    pub bytes_done: u64,
    #[ts(type = "number")]
    pub bytes_total: u64,
    pub rows_per_sec: f64,
}

#[cfg(test)]
mod tests {
    use super::RowPage;

    #[test]
    fn a_page_reads_from_the_mark_at_or_before_it() {
        // Position 1,234 from the mark at 1,200 (row 2,400): 34 rows on
        // from row 2,400 inclusive.
        let page = RowPage::new(1234, 100).from_mark(Some((1200, 2400)));
        assert_eq!(
            page,
            RowPage {
                offset: 34,
                limit: 100,
                after_row_index: Some(2399)
            }
        );
        assert_eq!(page.after_bound(), 2399);
        // No mark, a mark past the position, or a keyset page: as asked.
        let asked = RowPage::new(50, 10);
        assert_eq!(asked.from_mark(None), asked);
        assert_eq!(asked.from_mark(Some((100, 200))), asked);
        let keyset = RowPage::after(7, 10);
        assert_eq!(keyset.from_mark(Some((0, 0))), keyset);
    }
}
