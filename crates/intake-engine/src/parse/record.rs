//! One data record as the parser hands it to the validator: its fields, and
//! what was wrong with its bytes when they could not be read faithfully.

use crate::row_error_code::RowErrorCode;

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

impl RecordProblem {
    /// The row error: `(code, message, canonical field at fault)`. Messages
    /// name the file line and the column (`label_of(col)`: how people call a
    /// column, and its canonical field), never a value.
    pub fn error(
        &self,
        label_of: impl Fn(usize) -> (String, Option<String>),
    ) -> (&'static str, String, Option<String>) {
        let in_column = |col: usize| {
            let (label, field) = label_of(col);
            // "Column 'Notes'" reads "column 'Notes'" inside a sentence.
            let mut chars = label.chars();
            let label = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => label,
            };
            (label, field)
        };
        match *self {
            RecordProblem::InvalidUtf8 { line, field, byte } => {
                let (label, field) = in_column(field);
                (
                    RowErrorCode::InvalidEncoding.as_str(),
                    format!(
                        "Line {line} is not valid UTF-8 text (byte 0x{byte:02X} in {label}); fix the file or choose its encoding"
                    ),
                    field,
                )
            }
            RecordProblem::Nul { line, field } => {
                let (label, field) = in_column(field);
                (
                    RowErrorCode::InvalidEncoding.as_str(),
                    format!("Line {line} contains a NUL byte (in {label})"),
                    field,
                )
            }
            RecordProblem::UnclosedQuote { line } => (
                RowErrorCode::InvalidQuote.as_str(),
                format!("Line {line} has a quote that is never closed"),
                None,
            ),
            RecordProblem::StrayQuote { line } => (
                RowErrorCode::InvalidQuote.as_str(),
                format!(
                    "Line {line} has a quote that is not closed on its line (it would swallow the lines after it)"
                ),
                None,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::headers::map_headers;
    use crate::model::RowKind;
    use crate::validate::build_row;

    fn invalid(kind: &RowKind) -> (&str, &str, Option<&str>) {
        match kind {
            RowKind::Invalid {
                code,
                message,
                field,
            } => (code, message, field.as_deref()),
            other => panic!("not invalid: {other:?}"),
        }
    }

    #[test]
    fn a_record_problem_errors_the_row_before_anything_else() {
        let headers: Vec<String> = ["Name", "Email", "Notes"].map(String::from).into();
        let map = map_headers(&headers, &Default::default()).unwrap();
        // Too few fields too: the encoding problem is what the clerk must fix.
        let row = build_row(
            7,
            Record {
                fields: vec!["Jos\u{FFFD}".into(), "j@x.es".into()],
                line: 9,
                problem: Some(RecordProblem::InvalidUtf8 {
                    line: 9,
                    field: 0,
                    byte: 0xE9,
                }),
            },
            &map,
            "acme",
        );
        assert_eq!(row.row_index, 7);
        assert_eq!(row.dedupe_key, None);
        assert_eq!(
            invalid(&row.kind),
            (
                "INVALID_ENCODING",
                "Line 9 is not valid UTF-8 text (byte 0xE9 in plaintiff_name); fix the file or choose its encoding",
                Some("plaintiff_name")
            )
        );
        assert_eq!(row.raw_payload, r#"{"Name":"Jos�","Email":"j@x.es"}"#);

        let with = |problem| {
            let record = Record {
                fields: vec!["Ann".into(), "a@x.io".into(), "n\0te".into()],
                line: 3,
                problem: Some(problem),
            };
            build_row(0, record, &map, "acme").kind
        };
        assert_eq!(
            invalid(&with(RecordProblem::Nul { line: 3, field: 2 })),
            (
                "INVALID_ENCODING",
                "Line 3 contains a NUL byte (in column 'Notes')",
                None
            )
        );
        assert_eq!(
            invalid(&with(RecordProblem::UnclosedQuote { line: 4 })),
            (
                "INVALID_QUOTE",
                "Line 4 has a quote that is never closed",
                None
            )
        );
        assert_eq!(
            invalid(&with(RecordProblem::StrayQuote { line: 5 })),
            (
                "INVALID_QUOTE",
                "Line 5 has a quote that is not closed on its line (it would swallow the lines after it)",
                None
            )
        );
    }
}
