//! A first look at a file for the app's mapping editor: its header row (as
//! found, or the row that looks most like one when no row maps a name), a
//! few records under it, PII masked like preview rows, and a workbook's
//! sheet names. Nothing is validated or stored; only the file's first rows
//! are read.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{EngineError, Result};
use crate::header_row::SEARCH_ROWS;
use crate::headers::map_headers_with;
use crate::parse::{self, header_fields};
use crate::pii;
use crate::source::SourceFile;

/// Records shown under the headers.
pub const SAMPLE_ROWS: usize = 5;

/// The first rows of a file, for choosing its mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FilePeek {
    /// The header row's cells, trimmed (blank cells stay, as `""`).
    pub headers: Vec<String>,
    /// Up to `SAMPLE_ROWS` records after the header, PII masked.
    pub sample_rows: Vec<Vec<String>>,
    /// The 1-based file line (Excel: sheet row) of the header row.
    #[ts(type = "number")]
    pub header_line: u64,
    /// A workbook's sheet names in order; empty for a text file.
    pub sheets: Vec<String>,
    /// Excel: the sheet read.
    pub sheet: Option<String>,
}

/// Peek at `path`. `header_row` and `sheet` as in `ImportRequest`; without
/// a header row, the header is the row an import would take, or, when none
/// maps a name, the first of the fullest rows among the first ones (title
/// lines have one cell, the header has many).
pub fn peek(
    path: &Path,
    encoding: Option<&str>,
    header_row: Option<u64>,
    sheet: Option<&str>,
) -> Result<FilePeek> {
    if !path.exists() {
        return Err(EngineError::FileNotFound(path.to_path_buf()));
    }
    let source = SourceFile::open(path, &mut |_| {}, &|| false)?;
    let sheets = parse::sheet_names(&source)?;
    let encoding = encoding
        .map(|label| parse::detect::encoding_for_label(label, &source.facts.head))
        .transpose()?;
    let probe: Option<parse::HeaderProbe> = match header_row {
        Some(_) => None,
        None => Some(Arc::new(|row: &[String]| {
            maps_a_name(&header_fields(row.to_vec()))
        })),
    };
    let opened = parse::open_source_probing(source, sheet, encoding, probe)?;
    let mut rows = vec![(opened.header_line, opened.headers)];
    let wanted_rows = header_row.map_or(SEARCH_ROWS, |line| line as usize) + SAMPLE_ROWS;
    // A record the parser refuses ends the look; the import will say why.
    for record in opened.records.take(wanted_rows).map_while(Result::ok) {
        rows.push((record.line, header_fields(record.fields)));
    }
    let at = header_index(&rows, header_row)?;
    let headers = rows[at].1.clone();
    let sample_rows = rows[at + 1..]
        .iter()
        .take(SAMPLE_ROWS)
        .map(|(_, fields)| mask_row(fields, &headers))
        .collect();
    Ok(FilePeek {
        header_line: rows[at].0,
        headers,
        sample_rows,
        sheets,
        sheet: opened.sheet,
    })
}

fn maps_a_name(headers: &[String]) -> bool {
    map_headers_with(headers, &BTreeMap::new(), &BTreeMap::new()).is_ok()
}

/// Which of `rows` (line, cells) is the header.
fn header_index(rows: &[(u64, Vec<String>)], header_row: Option<u64>) -> Result<usize> {
    if let Some(wanted) = header_row {
        return rows.iter().position(|(line, _)| *line == wanted).ok_or_else(|| {
            EngineError::InvalidArgument(format!(
                "line {wanted} cannot be the header row: it is blank, inside a record or past the file's first rows"
            ))
        });
    }
    let searched = &rows[..rows.len().min(SEARCH_ROWS)];
    if let Some(at) = searched.iter().position(|(_, cells)| maps_a_name(cells)) {
        return Ok(at);
    }
    let filled = |cells: &Vec<String>| cells.iter().filter(|c| !c.is_empty()).count();
    let most = searched.iter().map(|(_, c)| filled(c)).max().unwrap_or(0);
    Ok(searched
        .iter()
        .position(|(_, c)| filled(c) == most)
        .unwrap_or(0))
}

/// A record's values as a preview row shows them: a PII column's values
/// masked whole, SSN-like numbers masked anywhere.
fn mask_row(fields: &[String], headers: &[String]) -> Vec<String> {
    fields
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let header = headers.get(i).map(String::as_str);
            if header.is_some_and(pii::is_pii_header) && !value.is_empty() {
                pii::mask(value)
            } else {
                pii::mask_field(value, header).into_owned()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn an_unknown_name_column_shows_the_fullest_row_and_masked_samples() {
        let (_d, path) = file(
            "people.csv",
            "Acme export\nGenerated today\n\nPerson,SSN,Email\nAda Lovelace,123-45-6789,ada@x.org\nAlan Turing,,alan@x.org\n",
        );
        let peek = peek(&path, None, None, None).unwrap();
        assert_eq!(peek.headers, ["Person", "SSN", "Email"]);
        assert_eq!(peek.header_line, 4);
        assert_eq!(
            peek.sample_rows,
            [
                vec!["Ada Lovelace", "***-**-6789", "ada@x.org"],
                vec!["Alan Turing", "", "alan@x.org"]
            ]
        );
        assert!(peek.sheets.is_empty());
        assert_eq!(peek.sheet, None);
    }

    #[test]
    fn a_mapped_header_and_a_chosen_line_are_found() {
        let (_d, path) = file(
            "names.csv",
            "Title,,\nFirst Name,Last Name,Email\nAda,Lovelace,a@x.org\n",
        );
        let found = peek(&path, None, None, None).unwrap();
        assert_eq!((found.header_line, found.headers.len()), (2, 3));
        let chosen = peek(&path, None, Some(1), None).unwrap();
        assert_eq!(chosen.headers, ["Title", "", ""]);
        assert_eq!(chosen.sample_rows.len(), 2);
        let err = peek(&path, None, Some(9), None).unwrap_err();
        assert_eq!(err.code(), "INVALID_ARGUMENT");
    }
}
