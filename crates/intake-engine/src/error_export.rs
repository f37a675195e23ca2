//! The errored rows of a run as a CSV that can be corrected and sent back
//! (issue 10 point 8): `line`, `code`, `message`, then the row's original
//! columns in the file's header order, with the values as stored — PII
//! already masked (SPEC §5). Re-imported as a new file of the same source,
//! the corrected rows are new and the duplicates stay skipped (the extra
//! `line`/`code`/`message` columns only land in the raw payload).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::Result;
use crate::model::RowPage;
use crate::storage::Storage;

/// The columns the export puts before the original ones.
pub const EXPORT_COLUMNS: [&str; 3] = ["line", "code", "message"];

/// One errored row with its raw payload (JSON object keyed by the file's
/// masked headers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErroredPayload {
    pub row_index: i64,
    pub line: Option<i64>,
    pub error_code: String,
    pub error_message: String,
    pub raw_payload: String,
}

/// A run's errored rows and its headers in file order (`None` for runs
/// imported before headers were stored: the payload's key order is used).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErroredPayloads {
    pub headers: Option<Vec<String>>,
    pub rows: Vec<ErroredPayload>,
}

/// A cell a spreadsheet would evaluate as a formula gets a leading `'`
/// (as the app's exports do); a phone or number such as `+1 212 555 0100`
/// or `-5` stays as it is, so the corrected file imports the same value.
fn neutralize(value: &str) -> std::borrow::Cow<'_, str> {
    let Some(first) = value.chars().next() else {
        return value.into();
    };
    let formula = match first {
        '=' | '@' | '\t' | '\r' => true,
        '+' | '-' => !value[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || " ().-/".contains(c)),
        _ => false,
    };
    if formula {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

type Payload = serde_json::Map<String, serde_json::Value>;

fn parse_payload(raw: &str) -> Payload {
    serde_json::from_str(raw).unwrap_or_default()
}

/// The file's headers, then any payload key they do not name (`_extra_1`
/// of a ragged row), in first-seen order.
struct Columns {
    names: Vec<String>,
    known: std::collections::HashSet<String>,
}

impl Columns {
    fn new(headers: Option<&Vec<String>>) -> Self {
        let names = headers.cloned().unwrap_or_default();
        let known = names.iter().cloned().collect();
        Columns { names, known }
    }

    fn add_keys(&mut self, payload: &Payload) {
        for key in payload.keys() {
            if self.known.insert(key.clone()) {
                self.names.push(key.clone());
            }
        }
    }
}

pub(crate) fn write_err(e: csv::Error) -> crate::error::EngineError {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => io_err(e),
        other => crate::error::EngineError::Internal(format!("writing the CSV: {other:?}")),
    }
}

pub(crate) fn io_err(e: std::io::Error) -> crate::error::EngineError {
    crate::error::EngineError::FileUnwritable(format!("Cannot write the CSV file: {e}"))
}

pub(crate) fn csv_writer<W: std::io::Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn write_header<W: std::io::Write>(writer: &mut csv::Writer<W>, columns: &Columns) -> Result<()> {
    let header = EXPORT_COLUMNS
        .iter()
        .copied()
        .chain(columns.names.iter().map(String::as_str));
    writer.write_record(header).map_err(write_err)
}

fn write_row<W: std::io::Write>(
    writer: &mut csv::Writer<W>,
    columns: &Columns,
    row: &ErroredPayload,
    payload: &Payload,
) -> Result<()> {
    let mut record: Vec<String> = Vec::with_capacity(3 + columns.names.len());
    record.push(row.line.map(|l| l.to_string()).unwrap_or_default());
    record.push(row.error_code.clone());
    record.push(row.error_message.clone());
    for column in &columns.names {
        let value = match payload.get(column) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        record.push(neutralize(&value).into_owned());
    }
    writer.write_record(&record).map_err(write_err)
}

/// The CSV text (RFC 4180, CRLF line ends) of rows already in memory.
pub fn errored_rows_csv(payloads: &ErroredPayloads) -> Result<String> {
    let parsed: Vec<Payload> = payloads
        .rows
        .iter()
        .map(|r| parse_payload(&r.raw_payload))
        .collect();
    let mut columns = Columns::new(payloads.headers.as_ref());
    for payload in &parsed {
        columns.add_keys(payload);
    }
    let mut writer = csv_writer(Vec::new());
    write_header(&mut writer, &columns)?;
    for (row, payload) in payloads.rows.iter().zip(&parsed) {
        write_row(&mut writer, &columns, row, payload)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| crate::error::EngineError::Internal(e.to_string()))?;
    Ok(String::from_utf8(bytes).expect("CSV of strings is UTF-8"))
}

/// Rows read from the database per page while exporting.
pub const EXPORT_PAGE_ROWS: i64 = 2_000;

/// The first page of an export's walk through a run, in file order.
pub(crate) fn first_export_page() -> RowPage {
    RowPage {
        offset: 0,
        limit: EXPORT_PAGE_ROWS,
        after_row_index: None,
    }
}

/// The page after one that returned `rows` rows, the last at
/// `last_row_index`; `None` when that page was the last (a short page).
pub(crate) fn next_export_page(rows: usize, last_row_index: Option<i64>) -> Option<RowPage> {
    match last_row_index {
        Some(last) if rows as i64 == EXPORT_PAGE_ROWS => {
            Some(RowPage::after(last, EXPORT_PAGE_ROWS))
        }
        _ => None,
    }
}

/// Write a run's errored rows as the CSV above to `out`, a page at a time
/// (constant memory whatever the run's size): a first walk finds the
/// columns (payload keys the headers do not name), the second writes.
/// Returns how many rows were written.
pub async fn write_errored_rows_csv(
    store: &dyn Storage,
    run_id: Uuid,
    out: &mut (dyn std::io::Write + Send),
) -> Result<u64> {
    if store.get_run(run_id).await?.is_none() {
        return Err(crate::error::EngineError::RunNotFound(run_id));
    }
    let mut columns: Option<Columns> = None;
    let mut next = Some(first_export_page());
    while let Some(request) = next.take() {
        let page = store.errored_payloads(run_id, request).await?;
        let columns = columns.get_or_insert_with(|| Columns::new(page.headers.as_ref()));
        for row in &page.rows {
            columns.add_keys(&parse_payload(&row.raw_payload));
        }
        next = next_export_page(page.rows.len(), page.rows.last().map(|r| r.row_index));
    }
    let columns = columns.unwrap_or_else(|| Columns::new(None));
    let mut writer = csv_writer(out);
    write_header(&mut writer, &columns)?;
    let mut written = 0u64;
    let mut next = Some(first_export_page());
    while let Some(request) = next.take() {
        let page = store.errored_payloads(run_id, request).await?;
        for row in &page.rows {
            write_row(&mut writer, &columns, row, &parse_payload(&row.raw_payload))?;
            written += 1;
        }
        next = next_export_page(page.rows.len(), page.rows.last().map(|r| r.row_index));
    }
    writer.flush().map_err(io_err)?;
    Ok(written)
}

/// A run's errored rows as the CSV above, in memory (small runs, tests).
pub async fn export_errored_rows(store: &dyn Storage, run_id: Uuid) -> Result<String> {
    let mut bytes = Vec::new();
    write_errored_rows_csv(store, run_id, &mut bytes).await?;
    Ok(String::from_utf8(bytes).expect("CSV of strings is UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_follow_the_header_and_formulas_are_neutralized() {
        let payloads = ErroredPayloads {
            headers: Some(vec!["Name".into(), "Email".into(), "Phone".into()]),
            rows: vec![ErroredPayload {
                row_index: 3,
                line: Some(5),
                error_code: "MISSING_NAME".into(),
                error_message: "plaintiff_name is empty".into(),
                raw_payload:
                    r#"{"Email":"=cmd|x","Name":"","Phone":"+1 212 555-0100","_extra_1":"a, b"}"#
                        .into(),
            }],
        };
        assert_eq!(
            errored_rows_csv(&payloads).unwrap(),
            "line,code,message,Name,Email,Phone,_extra_1\r\n\
             5,MISSING_NAME,plaintiff_name is empty,,'=cmd|x,+1 212 555-0100,\"a, b\"\r\n"
        );
    }
}
