//! CSV records, streamed: bytes → (encoding_rs_io) UTF-8 → (csv) records.

use std::io::Read;

use encoding_rs::UTF_8;
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};

use super::{is_blank, RecordIter};
use crate::error::{EngineError, Result};
use crate::hashing::CHUNK_SIZE;
use crate::parse::detect::TextEncoding;

/// A reader of the file's text as UTF-8, BOM stripped.
fn decoded_reader<R: Read>(file: R, encoding: TextEncoding) -> DecodeReaderBytes<R, Vec<u8>> {
    let mut builder = DecodeReaderBytesBuilder::new();
    builder.strip_bom(true);
    if encoding.encoding == UTF_8 {
        // Already checked to be valid UTF-8 by the hashing pass: pass the
        // bytes through untouched (no transcoding cost), minus the BOM.
        builder.bom_sniffing(false).utf8_passthru(true);
    } else {
        builder.encoding(Some(encoding.encoding));
    }
    builder
        .build_with_buffer(file, vec![0u8; CHUNK_SIZE])
        .expect("a 64 KiB buffer is large enough")
}

fn csv_error(e: csv::Error) -> EngineError {
    // csv's messages name positions and field counts, never field contents.
    EngineError::Parse(e.to_string())
}

/// The trimmed header and the data records that follow it (blank lines
/// skipped), or `None` when the file holds no non-blank line at all.
pub fn open_csv<R: Read + Send + 'static>(
    file: R,
    encoding: TextEncoding,
    delimiter: u8,
) -> Result<Option<(Vec<String>, RecordIter)>> {
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(CHUNK_SIZE)
        .from_reader(decoded_reader(file, encoding));
    let mut records = reader.into_records();
    let header = loop {
        match records.next() {
            None => return Ok(None),
            Some(Err(e)) => return Err(csv_error(e)),
            Some(Ok(record)) => {
                let fields: Vec<String> = record.iter().map(str::to_string).collect();
                if !is_blank(&fields) {
                    break fields;
                }
            }
        }
    };
    let headers = header
        .into_iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let mut failed = false;
    let data = records.map_while(move |next| {
        // Stop after the first error: the reader cannot resynchronize reliably.
        if failed {
            return None;
        }
        Some(match next {
            Ok(record) => Ok(record.iter().map(str::to_string).collect::<Vec<String>>()),
            Err(e) => {
                failed = true;
                Err(csv_error(e))
            }
        })
    });
    let data = data.filter(|r| !matches!(r, Ok(fields) if is_blank(fields)));
    Ok(Some((headers, Box::new(data))))
}
