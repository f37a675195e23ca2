//! Limits that keep reading an `.xlsx` bounded in memory and time, checked
//! before calamine unpacks anything: a 2 MB zip can unpack to gigabytes, and
//! its directory can understate what a part unpacks to. So every XML part is
//! unpacked once here with a hard cap, and scanned for what would make the
//! Excel reader's memory grow: one enormous text or tag, too many shared
//! strings (calamine keeps them all in memory).
//!
//! Bound: shared strings ≤ 64 MiB in ≤ 2 M entries (≈ 200 MB in memory at
//! worst), any one text ≤ 32 MiB; sheets are streamed row by row.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};

use crate::error::{EngineError, Result};

/// All XML parts of a workbook together, unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 512 << 20;
/// The shared-strings part, unpacked, and its number of strings.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 64 << 20;
pub const MAX_SHARED_STRINGS: u64 = 2_000_000;
/// One text run or tag (Excel itself caps a cell at 32,767 characters).
pub const MAX_TEXT_BYTES: u64 = 32 << 20;
/// Excel's own limits on a sheet.
pub const MAX_ROWS: u32 = 1_048_576;
pub const MAX_COLUMNS: u32 = 16_384;
/// Rows × columns of the rectangle a sheet's cells span.
pub const MAX_CELLS: u64 = 100_000_000;

const MIB: u64 = 1 << 20;

fn too_large(why: String) -> EngineError {
    EngineError::WorkbookTooLarge(why)
}

fn damaged(e: impl std::fmt::Display) -> EngineError {
    EngineError::Excel(format!("the workbook is damaged ({e})"))
}

/// Check the workbook's zip: declared sizes first (cheap), then every XML
/// part unpacked for real. Errors: `WorkbookTooLarge`, `Excel`.
pub fn check_xlsx(file: &File) -> Result<()> {
    let mut reader = file;
    reader.seek(SeekFrom::Start(0)).map_err(damaged)?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(damaged)?;
    let mut parts = Vec::new();
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(damaged)?;
        let name = entry.name().to_ascii_lowercase();
        // What calamine may unpack: XML parts and relationships.
        if entry.is_dir() || !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        declared = declared.saturating_add(entry.size());
        let shared_strings = name.ends_with("sharedstrings.xml");
        if shared_strings && entry.size() > MAX_SHARED_STRINGS_BYTES {
            return Err(shared_strings_too_large());
        }
        parts.push((i, shared_strings, entry.size()));
    }
    if declared > MAX_UNPACKED_BYTES {
        return Err(too_large(format!(
            "it unpacks to {} MB of sheets (the limit is {} MB)",
            declared / MIB,
            MAX_UNPACKED_BYTES / MIB
        )));
    }
    let mut total: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    for (index, shared_strings, declared_size) in parts {
        let mut entry = zip.by_index(index).map_err(damaged)?;
        let mut scan = XmlScan::default();
        let mut unpacked: u64 = 0;
        loop {
            let n = entry.read(&mut buf).map_err(damaged)?;
            if n == 0 {
                break;
            }
            unpacked += n as u64;
            total += n as u64;
            if unpacked > declared_size {
                // A zip bomb's usual disguise: a small declared size.
                return Err(too_large(
                    "a part unpacks to more than the zip's directory says (a zip bomb?)".into(),
                ));
            }
            if total > MAX_UNPACKED_BYTES {
                return Err(too_large(format!(
                    "it unpacks to more than {} MB of sheets",
                    MAX_UNPACKED_BYTES / MIB
                )));
            }
            scan.feed(&buf[..n])?;
            if shared_strings && scan.si_elements > MAX_SHARED_STRINGS {
                return Err(shared_strings_too_large());
            }
        }
    }
    Ok(())
}

fn shared_strings_too_large() -> EngineError {
    too_large(format!(
        "its shared strings are over {} MB or {} million entries",
        MAX_SHARED_STRINGS_BYTES / MIB,
        MAX_SHARED_STRINGS / 1_000_000
    ))
}

/// A byte-level look at XML: the longest text or tag, and how many `si`
/// elements (shared strings) open. Enough to bound the reader; it does not
/// validate anything.
#[derive(Default)]
struct XmlScan {
    in_tag: bool,
    /// Length of the current text or tag so far.
    run: u64,
    /// The current tag's first bytes (its name).
    name: Vec<u8>,
    si_elements: u64,
}

impl XmlScan {
    fn feed(&mut self, mut data: &[u8]) -> Result<()> {
        while !data.is_empty() {
            let stop = if self.in_tag { b'>' } else { b'<' };
            match data.iter().position(|&b| b == stop) {
                Some(i) => {
                    self.take(&data[..i])?;
                    self.end_run();
                    data = &data[i + 1..];
                }
                None => {
                    self.take(data)?;
                    data = &[];
                }
            }
        }
        Ok(())
    }

    fn take(&mut self, bytes: &[u8]) -> Result<()> {
        self.run += bytes.len() as u64;
        if self.run > MAX_TEXT_BYTES {
            return Err(too_large(format!(
                "one cell or tag holds more than {} MB",
                MAX_TEXT_BYTES / MIB
            )));
        }
        if self.in_tag && self.name.len() < 16 {
            let room = 16 - self.name.len();
            self.name.extend_from_slice(&bytes[..room.min(bytes.len())]);
        }
        Ok(())
    }

    fn end_run(&mut self) {
        if self.in_tag {
            let name = self
                .name
                .split(|b| b.is_ascii_whitespace() || *b == b'/')
                .next()
                .unwrap_or_default();
            let local = name.rsplit(|b| *b == b':').next().unwrap_or_default();
            if local == b"si" {
                self.si_elements += 1;
            }
        }
        self.in_tag = !self.in_tag;
        self.run = 0;
        self.name.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_shared_strings_across_chunk_borders() {
        let xml = b"<sst><si><t>a</t></si><x:si/><si  ><t>b</t></si><sic/></sst>";
        for chunk in 1..xml.len() {
            let mut scan = XmlScan::default();
            for part in xml.chunks(chunk) {
                scan.feed(part).unwrap();
            }
            assert_eq!(scan.si_elements, 3, "chunk {chunk}");
        }
    }

    #[test]
    fn one_huge_text_is_refused() {
        let mut scan = XmlScan::default();
        scan.feed(b"<t>").unwrap();
        let block = vec![b'a'; 1 << 20];
        for _ in 0..32 {
            scan.feed(&block).unwrap();
        }
        let err = scan.feed(b"a").unwrap_err();
        assert_eq!(err.code(), "WORKBOOK_TOO_LARGE");
        assert_eq!(
            err.to_string(),
            "The workbook is too large to import safely: one cell or tag holds more than 32 MB. Save the sheet as CSV and import that file instead."
        );
    }
}
