//! The reader thread of an import: open the file once, hash it, parse the
//! same bytes, map headers, build and classify rows, and hand them to the
//! async side in chunks through a small bounded channel, so parsing the next
//! chunk overlaps with the database landing this one and memory stays flat.

use std::path::Path;
use std::time::Instant;

use tokio::sync::mpsc;

use super::first_seen::{FirstSeen, Key80};
use super::saved_mapping::find_header_preferring;
use super::PROGRESS_EVERY;
use crate::error::{EngineError, Result};
use crate::fixes::{AppliedFix, FixPlan};
use crate::header_row::HeaderRules;
use crate::headers;
use crate::headers::CANONICAL_FIELDS;
use crate::model::*;
use crate::parse;
use crate::progress::CancelToken;
use crate::quiet_panic;
use crate::source::SourceFile;
use crate::sources::SavedMapping;
use crate::validate;

/// Rows of the first chunk handed to storage: small, so a preview shows its
/// first rows quickly. The others hold `Storage::chunk_rows`.
const FIRST_CHUNK_ROWS: usize = 1_000;
/// Raw payload bytes per chunk at most, whatever its row count.
const CHUNK_BYTES: usize = 32 << 20;
/// Chunks parsed ahead of the database. The database is the slower side,
/// so one chunk waiting is enough to keep it busy; every further chunk only
/// adds ~15 MB of resident memory.
const CHANNEL_DEPTH: usize = 1;

/// What the reader thread sends to the async side, in this order:
/// `Hashing`*, `Hashed`, `Opened`, `Chunk`*, then `Done` or `Failed`.
pub(super) enum ReaderMsg {
    Hashing {
        bytes_done: u64,
        bytes_total: u64,
    },
    Hashed {
        hash: String,
        size: u64,
    },
    Opened(OpenedInfo),
    Chunk(Vec<LandingRow>),
    Done {
        fetched: i64,
        fixes: Vec<AppliedFix>,
    },
    Failed(EngineError),
}

pub(super) struct OpenedInfo {
    pub(super) kind: parse::FileKind,
    pub(super) encoding: String,
    pub(super) delimiter: Option<String>,
    pub(super) columns: Vec<ColumnMapping>,
    pub(super) header_line: u64,
    pub(super) sheet: Option<String>,
    /// The raw payload's keys in file order (the headers, made unique).
    pub(super) payload_names: Vec<String>,
    /// The source's saved mapping was applied.
    pub(super) used_saved: bool,
}

pub(super) fn start_reader(
    req: &ImportRequest,
    source_system: String,
    saved: Option<SavedMapping>,
    fixes: FixPlan,
    chunk_rows: usize,
    cancel: CancelToken,
) -> mpsc::Receiver<ReaderMsg> {
    let (tx, rx) = mpsc::channel(CHANNEL_DEPTH);
    let path = req.path.clone();
    let sheet = req.sheet.clone();
    let overrides = req.header_overrides.clone();
    let column_map = req.column_map.clone();
    let header_row = req.header_row;
    let encoding = req.encoding.clone();
    std::thread::Builder::new()
        .name("intake-reader".into())
        .spawn(move || {
            let abandoned = || cancel.is_cancelled() || tx.is_closed();
            let outcome = caught(|| {
                read_file(
                    &path,
                    sheet.as_deref(),
                    encoding.as_deref(),
                    HeaderRules {
                        overrides: &overrides,
                        column_map: &column_map,
                        header_row,
                    },
                    Extras {
                        source_system: &source_system,
                        saved: saved.as_ref(),
                        fixes,
                        chunk_rows,
                    },
                    &tx,
                    &abandoned,
                )
            });
            let Err(failure) = outcome else {
                return;
            };
            let _ = tx.blocking_send(ReaderMsg::Failed(failure));
        })
        .expect("spawn reader thread");
    rx
}

/// Run the reader's work; a panic in it becomes an error. Its message is
/// withheld (it may quote the file) and nothing reaches stderr.
fn caught(work: impl FnOnce() -> Result<()>) -> Result<()> {
    quiet_panic::catch(work).unwrap_or_else(|()| {
        tracing::error!("The file reader panicked");
        Err(EngineError::Internal(
            "the file reader failed unexpectedly".into(),
        ))
    })
}

/// The reader thread: open the file once and hash it, parse it (the same
/// bytes, see `source`), map headers, build and classify rows. A file that
/// changed while it was read ends in `FileChanged` before `Done` is sent.
/// Returns early (Ok) when the receiver is gone (duplicate batch, cancel).
fn read_file(
    path: &Path,
    sheet: Option<&str>,
    encoding: Option<&str>,
    rules: HeaderRules<'_>,
    extras: Extras<'_>,
    tx: &mpsc::Sender<ReaderMsg>,
    abandoned: &dyn Fn() -> bool,
) -> Result<()> {
    let send = |msg| tx.blocking_send(msg).is_ok();
    let total = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let mut last = Instant::now();
    let source = SourceFile::open(
        path,
        &mut |done| {
            if last.elapsed() >= PROGRESS_EVERY {
                last = Instant::now();
                let _ = tx.try_send(ReaderMsg::Hashing {
                    bytes_done: done,
                    bytes_total: total,
                });
            }
        },
        abandoned,
    )?;
    if !send(ReaderMsg::Hashed {
        hash: source.facts.sha256.clone(),
        size: source.facts.size,
    }) {
        return Ok(());
    }
    let encoding = encoding
        .map(|label| parse::detect::encoding_for_label(label, &source.facts.head))
        .transpose()?;
    // A workbook without a chosen sheet is read from the first sheet
    // holding a header row (SPEC §7).
    let probe: Option<parse::HeaderProbe> = match rules.header_row {
        Some(_) => None,
        None => {
            let overrides = rules.overrides.clone();
            let column_map = rules.column_map.clone();
            Some(std::sync::Arc::new(move |row: &[String]| {
                let headers = parse::header_fields(row.to_vec());
                headers::map_headers_with(&headers, &overrides, &column_map).is_ok()
            }))
        }
    };
    let opened = parse::open_source_probing(source, sheet, encoding, probe)?;
    let Extras {
        source_system,
        saved,
        mut fixes,
        chunk_rows,
    } = extras;
    let (found, used_saved) = find_header_preferring(
        opened.headers,
        opened.header_line,
        opened.records,
        &rules,
        saved,
    )?;
    let map = found.map;
    let payload_names = (0..map.len())
        .map(|i| {
            serde_json::from_str::<String>(map.payload_key(i).trim_end_matches(':'))
                .unwrap_or_else(|_| map.columns[i].header.clone())
        })
        .collect();
    if !send(ReaderMsg::Opened(OpenedInfo {
        kind: opened.kind,
        encoding: opened.encoding.clone(),
        delimiter: opened.delimiter.map(parse::delimiter_label),
        columns: map.columns.clone(),
        header_line: found.line,
        sheet: opened.sheet.clone(),
        payload_names,
        used_saved,
    })) {
        return Ok(());
    }

    // In-file duplicates: first occurrence of a key wins (`first_seen.rs`:
    // ~13 bytes a distinct key, keys compared on 80 bits).
    let mut first_seen = FirstSeen::new();
    let mut chunk = Vec::with_capacity(FIRST_CHUNK_ROWS);
    let mut chunk_limit = FIRST_CHUNK_ROWS;
    let mut chunk_bytes = 0usize;
    let mut row_index: i64 = 0;
    let mut applied: Vec<AppliedFix> = Vec::new();
    for record in found.records {
        let record = record?;
        let line = (record.line > 0).then_some(record.line as i64);
        let mut row = match fixes.take(line) {
            None => validate::build_row(row_index, record, &map, source_system),
            Some(row_fixes) => {
                let (row, changes) =
                    validate::build_row_fixed(row_index, record, &map, source_system, &row_fixes);
                applied.extend(changes.into_iter().map(|c| AppliedFix {
                    line,
                    row_index,
                    field: CANONICAL_FIELDS[c.field].to_string(),
                    original_value: c.original,
                    new_value: c.new,
                }));
                row
            }
        };
        if let (RowKind::Candidate, Some(key)) = (&row.kind, &row.dedupe_key) {
            let key = Key80::of(key);
            // Beyond 4G records the first row index cannot be kept: such a
            // row is only looked up; the database's live-key index still
            // lands a later duplicate of it as skipped.
            let first = match u32::try_from(row_index) {
                Ok(index) => first_seen.first_or_insert(key, index),
                Err(_) => first_seen.get(key),
            };
            if let Some(first) = first {
                row.kind = RowKind::InFileDuplicate {
                    first_row_index: i64::from(first),
                };
            }
        }
        chunk_bytes += row.raw_payload.len();
        chunk.push(row);
        row_index += 1;
        // Wide rows (thousands of columns) fill a chunk by bytes first.
        if chunk.len() >= chunk_limit || chunk_bytes >= CHUNK_BYTES {
            chunk_limit = chunk_rows.max(1);
            chunk_bytes = 0;
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(chunk_limit));
            if !send(ReaderMsg::Chunk(full)) {
                return Ok(());
            }
        }
    }
    if !chunk.is_empty() && !send(ReaderMsg::Chunk(chunk)) {
        return Ok(());
    }
    if !fixes.is_empty() {
        return Err(crate::fixes::not_records_error(
            &fixes.lines(),
            Some(found.line),
        ));
    }
    send(ReaderMsg::Done {
        fetched: row_index,
        fixes: applied,
    });
    Ok(())
}

/// What the reader applies besides the request's header rules: the
/// source (for the keys), its saved mapping, the fixes by line.
struct Extras<'a> {
    source_system: &'a str,
    saved: Option<&'a SavedMapping>,
    fixes: FixPlan,
    /// Rows per chunk after the first (`Storage::chunk_rows`).
    chunk_rows: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_reader_is_an_error_without_its_message() {
        let err = caught(|| panic!("slice of 'José Núñez'")).unwrap_err();
        assert_eq!(err.code(), "INTERNAL_ERROR");
        assert_eq!(
            err.to_string(),
            "Internal error: the file reader failed unexpectedly; nothing was imported"
        );
        assert!(caught(|| Ok(())).is_ok());
        assert_eq!(
            caught(|| Err(EngineError::FileChanged)).unwrap_err().code(),
            "FILE_CHANGED"
        );
    }
}
