//! One data record as the parser hands it to the validator: its fields, and
//! what was wrong with its bytes when they could not be read faithfully.

/// A data record. `fields` never hold raw invalid bytes: bytes that are not
/// text are replaced with U+FFFD, and `problem` says why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub fields: Vec<String>,
    /// The 1-based file line the record starts on; 0 when not known (Excel).
    pub line: u64,
    pub problem: Option<RecordProblem>,
}

/// Why a record cannot be imported as it is. Lines are the file's physical
/// lines, 1-based (the header is usually line 1); fields are 0-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordProblem {
    /// Field `field` holds bytes that are not UTF-8 text, the first being `byte`
    /// on line `line`.
    InvalidUtf8 { line: u64, field: usize, byte: u8 },
    /// Field `field` holds a NUL byte, on line `line`.
    Nul { line: u64, field: usize },
    /// A quote opened on `line` is never closed: the rest of the file would
    /// have been one field. The record is this line with the quote taken as
    /// text; the lines after it are read as records again.
    UnclosedQuote { line: u64 },
    /// A quote opened on `line` runs into the following lines and closes far
    /// away or badly (see `csv_split`): handled like `UnclosedQuote`.
    StrayQuote { line: u64 },
}

impl From<Vec<String>> for Record {
    fn from(fields: Vec<String>) -> Self {
        Record {
            fields,
            line: 0,
            problem: None,
        }
    }
}
