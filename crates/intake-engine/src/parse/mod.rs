//! Step 3 of SPEC §2: turn a file into header + records, streaming, whatever
//! its encoding, delimiter or format (CSV or Excel).

mod csv_records;
mod csv_split;
pub mod detect;
mod excel;
mod record;
mod workbook_limits;
mod xls_limits;

pub use excel::cell_to_string;
use excel::WorkbookFormat;
pub use record::{Record, RecordProblem};

use crate::error::{EngineError, Result};
use crate::hashing::FileFacts;
use crate::source::{ReadCheck, SourceFile};

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

/// Says whether a row (its raw fields) can be the header: lets a workbook
/// without a chosen sheet skip a first sheet that holds no names.
pub type HeaderProbe = std::sync::Arc<dyn Fn(&[String]) -> bool + Send + Sync>;

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
    /// The first non-blank row, trimmed: the header unless a later row is
    /// (see `header_row`).
    pub headers: Vec<String>,
    /// The 1-based file line (Excel: sheet row) of `headers`.
    pub header_line: u64,
    /// Excel: the sheet read.
    pub sheet: Option<String>,
    pub records: Records,
}

/// A row's fields as header names: trimmed, BOM and NUL free (a NUL cannot
/// be stored in a PostgreSQL key: headers keep U+FFFD instead).
pub fn header_fields(fields: Vec<String>) -> Vec<String> {
    fields
        .into_iter()
        .map(|h| {
            h.trim_start_matches('\u{feff}')
                .trim()
                .replace('\0', "\u{FFFD}")
        })
        .collect()
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
/// a zip is an xlsx when its extension says so or it holds a workbook part,
/// an OLE file likewise for xls. Anything else goes down the text path, so a
/// CSV export saved as `.xls` still imports. Zip and OLE files are always
/// read from a private snapshot (see `source`).
fn workbook_format(source: &SourceFile) -> Option<WorkbookFormat> {
    let ext = extension(&source.facts);
    let head = &source.facts.head;
    if head.starts_with(detect::ZIP_MAGIC)
        && (matches!(ext.as_str(), "xlsx" | "xlsm")
            || source.snapshot().is_some_and(excel::zip_holds_workbook))
    {
        return Some(WorkbookFormat::Xlsx);
    }
    if head.starts_with(detect::OLE_MAGIC)
        && (matches!(ext.as_str(), "xls" | "xlsx" | "xlsm")
            || source
                .snapshot()
                .is_some_and(|f| excel::opens_as(f, WorkbookFormat::Xls)))
    {
        return Some(WorkbookFormat::Xls);
    }
    None
}

/// A workbook's sheet names (empty for a text file).
pub fn sheet_names(source: &SourceFile) -> Result<Vec<String>> {
    match (workbook_format(source), source.snapshot()) {
        (Some(format), Some(file)) => excel::sheet_names(file, format),
        _ => Ok(Vec::new()),
    }
}

/// Open a file whose facts were gathered by `hashing::inspect_file`: it is
/// opened again and must still hash the same (`FileChanged` otherwise).
/// The pipeline uses `open_source`, which reads the file only once.
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
    let source = SourceFile::open(&facts.path, &mut |_| {}, &|| false)?;
    if source.facts.sha256 != facts.sha256 {
        return Err(EngineError::FileChanged);
    }
    open_source(source, sheet, encoding)
}

/// Parse a file after its first pass: the records are read from the same
/// handle (checked at their end, see `source`) or from its private snapshot.
/// `encoding` is a person's choice for a text file (else it is detected).
/// Errors: `BinaryFile`, `NoHeader`, `Parse`, `Excel`, `WorkbookTooLarge`,
/// `SheetNotFound`; `FileChanged` as the last record.
pub fn open_source(
    source: SourceFile,
    sheet: Option<&str>,
    encoding: Option<detect::TextEncoding>,
) -> Result<OpenedFile> {
    open_source_probing(source, sheet, encoding, None)
}

/// `open_source`; a workbook without a chosen sheet is read from the first
/// sheet with a row `probe` accepts among its first 30 non-blank rows (the
/// first sheet when none has).
pub fn open_source_probing(
    source: SourceFile,
    sheet: Option<&str>,
    encoding: Option<detect::TextEncoding>,
    probe: Option<HeaderProbe>,
) -> Result<OpenedFile> {
    let path = source.facts.path.clone();
    if let Some(format) = workbook_format(&source) {
        let file = source.into_snapshot()?;
        let opened =
            excel::open_workbook(file, format, sheet, probe)?.ok_or(EngineError::NoHeader(path))?;
        return Ok(OpenedFile {
            kind: FileKind::Xlsx,
            encoding: format.label().to_string(),
            delimiter: None,
            headers: opened.headers,
            header_line: opened.header_line,
            sheet: Some(opened.sheet),
            records: opened.records,
        });
    }

    let facts = &source.facts;
    if detect::has_binary_signature(&facts.head) {
        return Err(EngineError::BinaryFile(path));
    }
    let encoding = match encoding {
        Some(chosen) => chosen,
        None => {
            detect::detect_encoding(facts).ok_or_else(|| EngineError::BinaryFile(path.clone()))?
        }
    };
    let (head_text, _, _) = encoding.encoding.decode(&facts.head);
    let delimiter = detect::detect_delimiter(&head_text, facts.head.len() as u64 >= facts.size);

    let (stream, check) = source.into_stream()?;
    let (header_line, headers, records) = csv_records::open_csv(stream, encoding, delimiter)?
        .ok_or_else(|| EngineError::NoHeader(path.clone()))?;
    Ok(OpenedFile {
        kind: FileKind::Csv,
        encoding: encoding.label(),
        delimiter: Some(delimiter),
        headers,
        header_line,
        sheet: None,
        records: Box::new(Checked { records, check }),
    })
}

/// The records, then the end-of-read check: a file that changed while it
/// was read ends with a `FileChanged` error instead of just ending.
struct Checked {
    records: Records,
    check: Option<ReadCheck>,
}

impl Iterator for Checked {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.records.next() {
            Some(Err(e)) => {
                // Reading stops here. A file cut or rewritten mid-record
                // often fails to parse: say that it changed, if it did.
                match self.check.take().map(ReadCheck::finish) {
                    Some(Err(changed @ EngineError::FileChanged)) => Some(Err(changed)),
                    _ => Some(Err(e)),
                }
            }
            Some(record) => Some(record),
            None => self.check.take()?.finish().err().map(Err),
        }
    }
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
