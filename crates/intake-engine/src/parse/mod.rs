//! Step 3 of SPEC §2: turn a file into header + records, streaming, whatever
//! its encoding, delimiter or format (CSV or Excel).

mod csv_records;
mod csv_split;
pub mod detect;
mod excel;
mod record;

use std::fs::File;
use std::io::ErrorKind;

pub use excel::cell_to_string;
use excel::WorkbookFormat;
pub use record::{Record, RecordProblem};

use crate::error::{EngineError, Result};
use crate::hashing::FileFacts;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    Xlsx,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Csv => "csv",
            FileKind::Xlsx => "xlsx",
        }
    }
}

/// Records as plain fields (a workbook's cells are always text).
pub type RecordIter = Box<dyn Iterator<Item = Result<Vec<String>>> + Send>;

/// The data records of an opened file, streamed.
pub type Records = Box<dyn Iterator<Item = Result<Record>> + Send>;

/// An opened file: its header and a streaming iterator over data records
/// (blank lines skipped). Records keep their field count as found: the
/// validator decides about too few / too many fields.
pub struct OpenedFile {
    pub kind: FileKind,
    /// `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, … or
    /// `xlsx` (`xls` for a legacy workbook, also of kind `Xlsx`).
    pub encoding: String,
    /// `None` for Excel.
    pub delimiter: Option<u8>,
    pub headers: Vec<String>,
    pub records: Records,
}

/// A record with no content: every field empty or whitespace.
pub(crate) fn is_blank(fields: &[String]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

fn extension(facts: &FileFacts) -> String {
    facts
        .path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// Which workbook format the file is, if it is one. The magic bytes decide:
/// a zip is an xlsx when its extension says so or calamine opens it as one,
/// an OLE file likewise for xls. Anything else goes down the text path, so a
/// CSV export saved as `.xls` still imports.
fn workbook_format(facts: &FileFacts) -> Option<WorkbookFormat> {
    let ext = extension(facts);
    let head = &facts.head;
    if head.starts_with(detect::ZIP_MAGIC)
        && (matches!(ext.as_str(), "xlsx" | "xlsm")
            || excel::opens_as(&facts.path, WorkbookFormat::Xlsx))
    {
        return Some(WorkbookFormat::Xlsx);
    }
    if head.starts_with(detect::OLE_MAGIC)
        && (matches!(ext.as_str(), "xls" | "xlsx" | "xlsm")
            || excel::opens_as(&facts.path, WorkbookFormat::Xls))
    {
        return Some(WorkbookFormat::Xls);
    }
    None
}

/// Open a file whose facts were gathered by `hashing::inspect_file`.
/// Errors: `BinaryFile`, `NoHeader`, `Parse`, `Excel`, `SheetNotFound`.
pub fn open(facts: &FileFacts, sheet: Option<&str>) -> Result<OpenedFile> {
    open_with(facts, sheet, None)
}

/// `open`, reading a text file in `encoding` when a person chose one
/// (see `detect::encoding_for_label`) instead of the detected one.
pub fn open_with(
    facts: &FileFacts,
    sheet: Option<&str>,
    encoding: Option<detect::TextEncoding>,
) -> Result<OpenedFile> {
    if let Some(format) = workbook_format(facts) {
        let range = excel::load_sheet(&facts.path, format, sheet)?;
        let (headers, records) =
            excel::sheet_records(range).ok_or_else(|| EngineError::NoHeader(facts.path.clone()))?;
        return Ok(OpenedFile {
            kind: FileKind::Xlsx,
            encoding: format.label().to_string(),
            delimiter: None,
            headers,
            records: Box::new(records.map(|r| r.map(Record::from))),
        });
    }

    if detect::has_binary_signature(&facts.head) {
        return Err(EngineError::BinaryFile(facts.path.clone()));
    }
    let encoding = match encoding {
        Some(chosen) => chosen,
        None => detect::detect_encoding(facts)
            .ok_or_else(|| EngineError::BinaryFile(facts.path.clone()))?,
    };
    let (head_text, _, _) = encoding.encoding.decode(&facts.head);
    let delimiter = detect::detect_delimiter(&head_text, facts.head.len() as u64 >= facts.size);

    let file = File::open(&facts.path).map_err(|e| match e.kind() {
        ErrorKind::NotFound => EngineError::FileNotFound(facts.path.clone()),
        _ => EngineError::FileUnreadable {
            path: facts.path.clone(),
            message: e.to_string(),
        },
    })?;
    let (headers, records) = csv_records::open_csv(file, encoding, delimiter)?
        .ok_or_else(|| EngineError::NoHeader(facts.path.clone()))?;
    Ok(OpenedFile {
        kind: FileKind::Csv,
        encoding: encoding.label(),
        delimiter: Some(delimiter),
        headers,
        records,
    })
}

/// How a delimiter is shown to people: `,` `;` `tab` `|`.
pub fn delimiter_label(d: u8) -> String {
    match d {
        b'\t' => "tab".to_string(),
        other => (other as char).to_string(),
    }
}

#[cfg(test)]
mod tests;
