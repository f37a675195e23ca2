//! A run's errored rows or blocked duplicates as a CSV file for a spreadsheet
//! program. Cells a spreadsheet would evaluate as a formula (starting with
//! `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`, so a
//! vendor's `=HYPERLINK(…)` in a name is shown as text, never run.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{EngineError, Result};
use crate::model::BlockedDuplicate;
use crate::storage::Storage;

/// Which of a run's row lists to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RunCsvKind {
    ErroredRows,
    BlockedDuplicates,
    /// The fixes made to the run's rows before import (kept after a rollback).
    Fixes,
}

impl RunCsvKind {
    /// The file name offered in the save dialog, e.g. `run-0190c1d2-errored-rows.csv`.
    pub fn suggested_file_name(self, run_id: Uuid) -> String {
        let short = &run_id.simple().to_string()[..8];
        let what = match self {
            RunCsvKind::ErroredRows => "errored-rows",
            RunCsvKind::BlockedDuplicates => "blocked-duplicates",
            RunCsvKind::Fixes => "fixes",
        };
        format!("run-{short}-{what}.csv")
    }
}

const DUPLICATE_HEADERS: [&str; 12] = [
    "import_run_id",
    "row_index",
    "line",
    "filename",
    "source_system",
    "plaintiff_name",
    "dedupe_key",
    "duplicate_of_run_id",
    "duplicate_of_row_index",
    "duplicate_of_line",
    "duplicate_of_filename",
    "created_at",
];

/// Write a run's rows of `kind` as CSV (CRLF lines, RFC 4180 quoting) to
/// `out`, a page at a time: memory stays the same whatever the run's size.
/// Returns how many rows were written.
pub async fn write_run_csv(
    store: &dyn Storage,
    run_id: Uuid,
    kind: RunCsvKind,
    out: &mut (dyn std::io::Write + Send),
) -> Result<u64> {
    if store.get_run(run_id).await?.is_none() {
        return Err(EngineError::RunNotFound(run_id));
    }
    match kind {
        // The fixable form (line, code, message, then the file's own
        // columns): corrected by the vendor, it imports again.
        RunCsvKind::ErroredRows => {
            crate::error_export::write_errored_rows_csv(store, run_id, out).await
        }
        RunCsvKind::BlockedDuplicates => write_duplicates_csv(store, run_id, out).await,
        RunCsvKind::Fixes => {
            let fixes = store.run_fixes(run_id).await?;
            let csv = fixes_csv(&fixes);
            out.write_all(csv.as_bytes())
                .map_err(crate::error_export::io_err)?;
            Ok(fixes.len() as u64)
        }
    }
}

/// The CSV text of a run's rows of `kind`, in memory (small runs, tests).
pub async fn run_csv(store: &dyn Storage, run_id: Uuid, kind: RunCsvKind) -> Result<String> {
    let mut bytes = Vec::new();
    write_run_csv(store, run_id, kind, &mut bytes).await?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8"))
}

async fn write_duplicates_csv(
    store: &dyn Storage,
    run_id: Uuid,
    out: &mut (dyn std::io::Write + Send),
) -> Result<u64> {
    let mut writer = crate::error_export::csv_writer(out);
    write_cells(&mut writer, DUPLICATE_HEADERS.iter().map(|h| h.to_string()))?;
    let mut written = 0u64;
    let mut next = Some(crate::error_export::first_export_page());
    while let Some(request) = next.take() {
        let page = store.blocked_duplicates_page(run_id, request).await?;
        for row in &page.rows {
            write_cells(&mut writer, duplicate_cells(row).into_iter())?;
            written += 1;
        }
        next = crate::error_export::next_export_page(
            page.rows.len(),
            page.rows.last().map(|r| r.row_index),
        );
    }
    writer.flush().map_err(crate::error_export::io_err)?;
    Ok(written)
}

fn write_cells<W: std::io::Write>(
    writer: &mut csv::Writer<W>,
    cells: impl Iterator<Item = String>,
) -> Result<()> {
    writer
        .write_record(cells.map(|c| neutralize_cell(&c).into_owned()))
        .map_err(crate::error_export::write_err)
}

fn duplicate_cells(r: &BlockedDuplicate) -> Vec<String> {
    vec![
        r.import_run_id.to_string(),
        r.row_index.to_string(),
        r.line.map(|l| l.to_string()).unwrap_or_default(),
        r.filename.clone(),
        r.source_system.clone(),
        r.plaintiff_name.clone().unwrap_or_default(),
        r.dedupe_key.clone(),
        r.duplicate_of_run_id
            .map(|u| u.to_string())
            .unwrap_or_default(),
        r.duplicate_of_row_index
            .map(|i| i.to_string())
            .unwrap_or_default(),
        r.duplicate_of_line
            .map(|l| l.to_string())
            .unwrap_or_default(),
        r.duplicate_of_filename.clone().unwrap_or_default(),
        timestamp(&r.created_at),
    ]
}

pub fn duplicates_csv(rows: &[BlockedDuplicate]) -> String {
    to_csv(&DUPLICATE_HEADERS, rows.iter().map(duplicate_cells))
}

const FIX_HEADERS: [&str; 8] = [
    "import_run_id",
    "line",
    "row_index",
    "field",
    "original_value",
    "new_value",
    "fixed_by",
    "fixed_at",
];

/// The original is stored masked already (SPEC §5); it is written as stored.
pub fn fixes_csv(fixes: &[crate::fixes::StoredFix]) -> String {
    to_csv(
        &FIX_HEADERS,
        fixes.iter().map(|f| {
            vec![
                f.import_run_id.to_string(),
                f.line.map(|l| l.to_string()).unwrap_or_default(),
                f.row_index.to_string(),
                f.field.clone(),
                f.original_value.clone().unwrap_or_default(),
                f.new_value.clone().unwrap_or_default(),
                f.fixed_by.clone(),
                timestamp(&f.fixed_at),
            ]
        }),
    )
}

fn timestamp(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A leading `'` on cells a spreadsheet would evaluate.
pub fn neutralize_cell(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}").into(),
        _ => value.into(),
    }
}

pub(crate) fn to_csv(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let write = |out: &mut csv::Writer<Vec<u8>>, cells: &mut dyn Iterator<Item = &str>| {
        out.write_record(cells.map(|c| neutralize_cell(c).into_owned()))
            .expect("writing CSV to memory cannot fail");
    };
    write(&mut out, &mut headers.iter().copied());
    for row in rows {
        write(&mut out, &mut row.iter().map(String::as_str));
    }
    let bytes = out.into_inner().expect("CSV in memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_shown_as_text() {
        for (cell, shown) in [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Ann = Bob", "Ann = Bob"),
            ("", ""),
        ] {
            assert_eq!(neutralize_cell(cell), shown, "{cell:?}");
        }
    }

    #[test]
    fn no_rows_is_the_header_line() {
        assert_eq!(
            duplicates_csv(&[]),
            "import_run_id,row_index,line,filename,source_system,plaintiff_name,dedupe_key,duplicate_of_run_id,duplicate_of_row_index,duplicate_of_line,duplicate_of_filename,created_at\r\n"
        );
    }

    #[test]
    fn suggested_names_say_the_run_and_the_list() {
        let id = Uuid::parse_str("0190c1d2-aaaa-7bbb-8ccc-123456789abc").unwrap();
        assert_eq!(
            RunCsvKind::ErroredRows.suggested_file_name(id),
            "run-0190c1d2-errored-rows.csv"
        );
        assert_eq!(
            RunCsvKind::BlockedDuplicates.suggested_file_name(id),
            "run-0190c1d2-blocked-duplicates.csv"
        );
    }

    #[test]
    fn fixes_list_line_field_original_and_new_value() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-01-02T03:04:05Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        let fix = crate::fixes::StoredFix {
            import_run_id: Uuid::nil(),
            line: Some(3),
            row_index: 1,
            field: "plaintiff_name".into(),
            original_value: None,
            new_value: Some("=Ann Lee".into()),
            fixed_by: "clerk".into(),
            fixed_at: at,
        };
        assert_eq!(
            fixes_csv(&[fix]),
            "import_run_id,line,row_index,field,original_value,new_value,fixed_by,fixed_at\r\n\
             00000000-0000-0000-0000-000000000000,3,1,plaintiff_name,,'=Ann Lee,clerk,2026-01-02T03:04:05.000Z\r\n"
        );
        assert_eq!(
            RunCsvKind::Fixes.suggested_file_name(Uuid::nil()),
            "run-00000000-fixes.csv"
        );
    }
}
