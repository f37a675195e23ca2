//! CSV records, streamed: bytes → (encoding_rs_io; UTF-8 passes through
//! untouched) → records split on raw bytes (`csv_split`) → fields. Each field
//! is checked for UTF-8 and NUL bytes here, so one bad byte errors its
//! record, not the file.

use std::io::Read;

use encoding_rs::UTF_8;
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};

use super::csv_split::{split_fields, RawRecord, Runaway, Splitter};
use super::record::{Record, RecordProblem};
use super::{is_blank, Records};
use crate::error::{EngineError, Result};
use crate::hashing::CHUNK_SIZE;
use crate::parse::detect::TextEncoding;

/// A reader of the file's text, BOM stripped: UTF-8 bytes are passed through
/// as they are (invalid ones included, checked per field), any other
/// encoding is transcoded to UTF-8.
fn decoded_reader<R: Read>(reader: R, encoding: TextEncoding) -> DecodeReaderBytes<R, Vec<u8>> {
    let mut builder = DecodeReaderBytesBuilder::new();
    builder.strip_bom(true);
    if encoding.encoding == UTF_8 {
        builder.bom_sniffing(false).utf8_passthru(true);
    } else {
        builder.encoding(Some(encoding.encoding));
    }
    builder
        .build_with_buffer(reader, vec![0u8; CHUNK_SIZE])
        .expect("a 64 KiB buffer is large enough")
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// A record's fields as text. A runaway quote, else the first field that is
/// not UTF-8 or holds a NUL byte, gives the record its problem; invalid bytes
/// become U+FFFD, never stored raw.
fn decode(raw: RawRecord, delimiter: u8) -> Record {
    let line = raw.line;
    let mut problem = raw.runaway.map(|(how, line)| match how {
        Runaway::Unclosed => RecordProblem::UnclosedQuote { line },
        Runaway::Stray => RecordProblem::StrayQuote { line },
    });
    let fields = split_fields(&raw.bytes, delimiter, raw.literal_from);
    drop(raw);
    let mut out: Vec<String> = Vec::with_capacity(fields.len());
    for (i, bytes) in fields.into_iter().enumerate() {
        let (text, bad_at) = match String::from_utf8(bytes) {
            Ok(s) => {
                let nul = s.bytes().position(|b| b == 0);
                (s, nul)
            }
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                if problem.is_none() {
                    problem = Some(RecordProblem::InvalidUtf8 {
                        line: line + lines_before(&out) + count_newlines(&bytes[..at]),
                        field: i,
                        byte: bytes[at],
                    });
                }
                (String::from_utf8_lossy(&bytes).into_owned(), None)
            }
        };
        if let (None, Some(at)) = (&problem, bad_at) {
            problem = Some(RecordProblem::Nul {
                line: line + lines_before(&out) + count_newlines(&text.as_bytes()[..at]),
                field: i,
            });
        }
        out.push(text);
    }
    Record {
        fields: out,
        line,
        problem,
    }
}

/// Line breaks in the fields before the one at fault (multi-line quoted
/// values): counted only when a record has a problem.
fn lines_before(fields: &[String]) -> u64 {
    fields.iter().map(|f| count_newlines(f.as_bytes())).sum()
}

fn io_error(e: std::io::Error) -> EngineError {
    EngineError::Parse(format!("reading the file failed: {e}"))
}

/// A line holding only Ctrl-Z: the end-of-file marker old DOS and
/// Windows exports append. It is not a record (it would be an errored row
/// with one field that nobody can see in a spreadsheet).
fn is_dos_eof_marker(fields: &[String]) -> bool {
    matches!(fields, [only] if only.trim() == "\u{1a}")
}

/// The trimmed first non-blank record (the header, unless `header_row`
/// finds a later one) with its line, and the data records that follow it
/// (blank lines skipped), or `None` when the file holds no non-blank line.
pub fn open_csv<R: Read + Send + 'static>(
    reader: R,
    encoding: TextEncoding,
    delimiter: u8,
) -> Result<Option<(u64, Vec<String>, Records)>> {
    let mut splitter = Splitter::new(decoded_reader(reader, encoding), delimiter);
    let header = loop {
        let Some(raw) = splitter.next_record().map_err(io_error)? else {
            return Ok(None);
        };
        let record = decode(raw, delimiter);
        if let Some(RecordProblem::UnclosedQuote { line } | RecordProblem::StrayQuote { line }) =
            record.problem
        {
            return Err(EngineError::Parse(format!(
                "line {line} (the header row) has a quote that is not closed on its line; fix the file"
            )));
        }
        if !is_blank(&record.fields) {
            break record;
        }
    };
    let header_line = header.line;
    let headers = super::header_fields(header.fields);
    let mut failed = false;
    let data = std::iter::from_fn(move || {
        // Stop after the first error: a read error ends the file.
        if failed {
            return None;
        }
        loop {
            match splitter.next_record() {
                Ok(None) => return None,
                Ok(Some(raw)) => {
                    let record = decode(raw, delimiter);
                    if record.problem.is_none()
                        && (is_blank(&record.fields) || is_dos_eof_marker(&record.fields))
                    {
                        continue;
                    }
                    return Some(Ok(record));
                }
                Err(e) => {
                    failed = true;
                    return Some(Err(io_error(e)));
                }
            }
        }
    });
    Ok(Some((header_line, headers, Box::new(data))))
}
