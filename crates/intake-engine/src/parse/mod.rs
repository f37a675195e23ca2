//! Step 3 of SPEC §2: turn a file into header + records, streaming, whatever
//! its encoding, delimiter or format (CSV or Excel).

use crate::error::Result;
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

/// An opened file: its header and a streaming iterator over data records
/// (blank lines skipped). Records keep their field count as found: the
/// validator decides about too few / too many fields.
pub struct OpenedFile {
    pub kind: FileKind,
    /// `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, … or `xlsx`.
    pub encoding: String,
    /// `None` for Excel.
    pub delimiter: Option<u8>,
    pub headers: Vec<String>,
    pub records: Box<dyn Iterator<Item = Result<Vec<String>>> + Send>,
}

/// Open a file whose facts were gathered by `hashing::inspect_file`.
/// Errors: `BinaryFile`, `NoHeader`, `Parse`, `Excel`, `SheetNotFound`.
pub fn open(facts: &FileFacts, sheet: Option<&str>) -> Result<OpenedFile> {
    let _ = (facts, sheet);
    unimplemented!("parse::open")
}

/// How a delimiter is shown to people: `,` `;` `tab` `|`.
pub fn delimiter_label(d: u8) -> String {
    match d {
        b'\t' => "tab".to_string(),
        other => (other as char).to_string(),
    }
}
