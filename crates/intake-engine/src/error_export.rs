//! The errored rows of a run as a CSV that can be corrected and sent back
//! (issue 10 point 8): `line`, `code`, `message`, then the row's original
//! columns in the file's header order, with the values as stored — PII
//! already masked (SPEC §5). Re-imported as a new file of the same source,
//! the corrected rows are new and the duplicates stay skipped (the extra
//! `line`/`code`/`message` columns only land in the raw payload).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::Result;
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

/// The CSV text (RFC 4180, CRLF line ends).
pub fn errored_rows_csv(payloads: &ErroredPayloads) -> Result<String> {
    let parsed: Vec<serde_json::Map<String, serde_json::Value>> = payloads
        .rows
        .iter()
        .map(|r| serde_json::from_str(&r.raw_payload).unwrap_or_default())
        .collect();
    // The file's headers, then any payload key they do not name
    // (`_extra_1` of a ragged row), in first-seen order.
    let mut columns: Vec<String> = payloads.headers.clone().unwrap_or_default();
    for payload in &parsed {
        for key in payload.keys() {
            if !columns.contains(key) {
                columns.push(key.clone());
            }
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header: Vec<&str> = EXPORT_COLUMNS
        .iter()
        .copied()
        .chain(columns.iter().map(String::as_str))
        .collect();
    let write_err = |e: csv::Error| crate::error::EngineError::Internal(e.to_string());
    writer.write_record(&header).map_err(write_err)?;
    for (row, payload) in payloads.rows.iter().zip(&parsed) {
        let mut record: Vec<String> = vec![
            row.line.map(|l| l.to_string()).unwrap_or_default(),
            row.error_code.clone(),
            row.error_message.clone(),
        ];
        for column in &columns {
            let value = match payload.get(column) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            };
            record.push(neutralize(&value).into_owned());
        }
        writer.write_record(&record).map_err(write_err)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| crate::error::EngineError::Internal(e.to_string()))?;
    Ok(String::from_utf8(bytes).expect("CSV of strings is UTF-8"))
}

/// A run's errored rows as the CSV above.
pub async fn export_errored_rows(store: &dyn Storage, run_id: Uuid) -> Result<String> {
    if store.get_run(run_id).await?.is_none() {
        return Err(crate::error::EngineError::RunNotFound(run_id));
    }
    errored_rows_csv(&store.errored_payloads(run_id).await?)
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
