//! Sniffing a file's head: binary signatures, text encoding and delimiter.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::{EngineError, Result};
use crate::hashing::FileFacts;

/// Signatures of file types that are never CSV. Zip and OLE are handled by the
/// caller first (they may be Excel workbooks).
const BINARY_SIGNATURES: &[&[u8]] = &[
    b"%PDF",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xFF\xD8\xFF", // JPEG
    b"\x7FELF",      // ELF executable
    b"\x1F\x8B",     // gzip
    b"7z\xBC\xAF\x27\x1C",
    b"Rar!\x1A\x07",
    b"\xCA\xFE\xBA\xBE", // Mach-O / Java class
    b"\xCF\xFA\xED\xFE", // Mach-O 64
    b"II*\x00",          // TIFF
    b"MM\x00*",          // TIFF
    b"SQLite format 3\x00",
];

pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
pub const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";
pub const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// The head starts with the signature of a known binary format.
pub fn has_binary_signature(head: &[u8]) -> bool {
    BINARY_SIGNATURES.iter().any(|sig| head.starts_with(sig))
        || head.starts_with(ZIP_MAGIC)
        || head.starts_with(EMPTY_ZIP_MAGIC)
        || head.starts_with(OLE_MAGIC)
}

/// How a CSV file's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextEncoding {
    pub encoding: &'static Encoding,
    /// The file starts with a byte order mark (stripped when decoding).
    pub bom: bool,
}

impl TextEncoding {
    /// The label shown to people: `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`,
    /// `UTF-16BE`, `windows-1252`, …
    pub fn label(&self) -> String {
        if self.encoding == UTF_8 && self.bom {
            "UTF-8 (BOM)".to_string()
        } else {
            self.encoding.name().to_string()
        }
    }
}

/// The head is mostly not text: more than 10% NUL or other control bytes
/// (tab, CR, LF and form feed are text). A few NUL bytes in a text file only
/// error the records holding them.
pub fn is_mostly_binary(head: &[u8]) -> bool {
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    control * 10 > head.len()
}

/// UTF-16 without a byte order mark, told by its zero bytes: text that is
/// mostly ASCII has a zero high byte in most code units — at odd offsets in
/// little-endian, even ones in big-endian — and almost none in the other half.
pub fn sniff_utf16(head: &[u8]) -> Option<&'static Encoding> {
    let units = head.len() / 2;
    if units < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let mostly = |zeros: usize| zeros * 10 >= units * 4; // ≥ 40% of units
    let hardly = |zeros: usize| zeros * 20 <= units; // ≤ 5% of units
    if mostly(odd) && hardly(even) {
        Some(UTF_16LE)
    } else if mostly(even) && hardly(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The file is UTF-8 as a whole: every sequence is valid, or valid multi-byte
/// characters are at least as many as invalid sequences (a truncated last
/// character or a stray Windows-1252 byte in a UTF-8 export). Text in a
/// legacy encoding has almost no valid multi-byte sequences.
pub fn is_mostly_utf8(facts: &FileFacts) -> bool {
    facts.utf8_invalid == 0 || facts.utf8_multibyte >= facts.utf8_invalid
}

/// Decide the text encoding of a file; `None` when it is binary (mostly NUL
/// or control bytes, and not UTF-16).
pub fn detect_encoding(facts: &FileFacts) -> Option<TextEncoding> {
    if let Some((encoding, _)) = Encoding::for_bom(&facts.head) {
        return Some(TextEncoding {
            encoding,
            bom: true,
        });
    }
    let unmarked = |encoding| {
        Some(TextEncoding {
            encoding,
            bom: false,
        })
    };
    if let Some(utf16) = sniff_utf16(&facts.head) {
        return unmarked(utf16);
    }
    if is_mostly_binary(&facts.head) {
        return None;
    }
    if is_mostly_utf8(facts) {
        return unmarked(UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&facts.head, facts.head.len() as u64 >= facts.size);
    let (guess, confident) = detector.guess_assess(None, false);
    // UTF-16 is never guessed without a BOM; an unconfident guess falls back
    // to the encoding Western vendors' spreadsheets export.
    if confident && guess != UTF_16LE && guess != UTF_16BE {
        unmarked(guess)
    } else {
        unmarked(WINDOWS_1252)
    }
}

/// The encoding a person chose by label (`UTF-8`, `windows-1252`, `latin1`,
/// `UTF-16LE`, … as the WHATWG Encoding Standard names them; the shown
/// `UTF-8 (BOM)` too). `file_head` decides whether a BOM is to be stripped.
pub fn encoding_for_label(label: &str, file_head: &[u8]) -> Result<TextEncoding> {
    let trimmed = label.trim();
    let name = trimmed
        .strip_suffix("(BOM)")
        .or_else(|| trimmed.strip_suffix("(bom)"))
        .unwrap_or(trimmed)
        .trim();
    let encoding = Encoding::for_label(name.as_bytes())
        .filter(|e| *e != encoding_rs::REPLACEMENT)
        .ok_or_else(|| {
            EngineError::InvalidArgument(format!(
                "'{trimmed}' is not a known text encoding (e.g. UTF-8, windows-1252, UTF-16LE, UTF-16BE, ISO-8859-2)"
            ))
        })?;
    let bom = Encoding::for_bom(file_head).is_some_and(|(e, _)| e == encoding);
    Ok(TextEncoding { encoding, bom })
}

/// Candidate delimiters, in the order ties are broken.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many lines of the head delimiter detection looks at.
const SNIFF_LINES: usize = 50;

/// Split decoded text into logical CSV lines (a newline inside quotes does
/// not end a line) and count, per line, each candidate delimiter outside quotes.
/// `complete` says whether the text is the whole file: if not, its last line
/// may be cut off and is dropped.
fn delimiter_counts(text: &str, complete: bool) -> Vec<[usize; 4]> {
    let mut lines = Vec::new();
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    let mut has_content = false;
    for c in text.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                has_content = true;
            }
            '\n' | '\r' if !in_quotes => {
                if has_content {
                    lines.push(counts);
                    if lines.len() >= SNIFF_LINES {
                        return lines;
                    }
                }
                counts = [0; 4];
                has_content = false;
            }
            _ => {
                if !in_quotes {
                    if let Some(i) = DELIMITERS.iter().position(|d| *d as char == c) {
                        counts[i] += 1;
                    }
                }
                if !c.is_whitespace() {
                    has_content = true;
                }
            }
        }
    }
    if has_content && complete {
        lines.push(counts);
    }
    lines
}

/// Pick the delimiter from the first lines of decoded text: among those that
/// occur in the header, the one whose count is the same on the most lines,
/// then the most frequent in the header. Defaults to `,`.
pub fn detect_delimiter(text: &str, complete: bool) -> u8 {
    let lines = delimiter_counts(text, complete);
    let Some((header, rest)) = lines.split_first() else {
        return b',';
    };
    let mut best: Option<(usize, usize, usize)> = None; // (consistent lines, header count, index)
    for i in 0..DELIMITERS.len() {
        if header[i] == 0 {
            continue;
        }
        let consistent = rest.iter().filter(|line| line[i] == header[i]).count();
        let candidate = (consistent, header[i], i);
        let better = match best {
            None => true,
            Some((c, h, _)) => (consistent, header[i]) > (c, h),
        };
        if better {
            best = Some(candidate);
        }
    }
    best.map_or(b',', |(_, _, i)| DELIMITERS[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn facts(bytes: &[u8]) -> FileFacts {
        FileFacts {
            path: PathBuf::from("x.csv"),
            size: bytes.len() as u64,
            sha256: String::new(),
            valid_utf8: std::str::from_utf8(bytes).is_ok(),
            utf8_multibyte: String::from_utf8_lossy(bytes)
                .chars()
                .filter(|c| !c.is_ascii() && *c != '\u{FFFD}')
                .count() as u64,
            utf8_invalid: String::from_utf8_lossy(bytes).matches('\u{FFFD}').count() as u64,
            has_nul: bytes.contains(&0),
            head: bytes.to_vec(),
        }
    }

    #[test]
    fn encodings_are_detected() {
        let label = |b: &[u8]| detect_encoding(&facts(b)).map(|e| e.label());
        assert_eq!(label(b"Name\nJos\xc3\xa9\n").as_deref(), Some("UTF-8"));
        assert_eq!(label(b"\xEF\xBB\xBFName\n").as_deref(), Some("UTF-8 (BOM)"));
        assert_eq!(label(b"\xFF\xFEN\0a\0\n\0").as_deref(), Some("UTF-16LE"));
        assert_eq!(label(b"\xFE\xFF\0N\0a\0\n").as_deref(), Some("UTF-16BE"));
        assert_eq!(
            label(b"Name;Email\r\nJos\xe9 N\xfa\xf1ez;jose@example.es\r\n").as_deref(),
            Some("windows-1252")
        );
        // Mostly NUL / control bytes is binary; a NUL in text is not.
        assert_eq!(label(b"Name\0\n"), None);
        assert_eq!(
            label(&[0u8, 1, 2, 3, 0, 0, 0, 7, 8, 14, b'a'].repeat(50)),
            None
        );
        assert_eq!(
            label(
                &[
                    b"Name,Email\nJo\0hn,j@x.io\n".as_slice(),
                    &b"Ann,a@x.io\n".repeat(20)
                ]
                .concat()
            )
            .as_deref(),
            Some("UTF-8")
        );
        // UTF-16 without a BOM, told by its zero bytes.
        let le: Vec<u8> = "Name;Email\r\nJosé;j@x.es\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Name;Email\r\nJosé;j@x.es\r\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(label(&le).as_deref(), Some("UTF-16LE"));
        assert_eq!(label(&be).as_deref(), Some("UTF-16BE"));
    }

    #[test]
    fn mostly_utf8_with_a_few_bad_bytes_stays_utf8() {
        let label = |b: &[u8]| detect_encoding(&facts(b)).map(|e| e.label());
        // Valid multi-byte characters outnumber the bad sequences.
        let mut bytes = "Name\nJosé Núñez\nZoë\nJos".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xe9\n");
        bytes.extend_from_slice(&"€".as_bytes()[..2]);
        assert_eq!(label(&bytes).as_deref(), Some("UTF-8"));
        // No valid multi-byte character at all: a legacy encoding.
        assert_eq!(
            label(b"Name;Email\r\nJos\xe9 N\xfa\xf1ez;jose@example.es\r\n").as_deref(),
            Some("windows-1252")
        );
        // A legacy file with one accidental valid pair ("\xc9\xa9") is not UTF-8.
        let legacy = b"Name;Email\r\nJos\xe9 N\xfa\xf1ez;jose@example.es\r\n\xc9\xa9\r\n";
        assert_ne!(label(legacy).as_deref(), Some("UTF-8"));
        assert!(!is_mostly_utf8(&facts(legacy)));
    }

    #[test]
    fn encoding_labels() {
        let enc = |l: &str, head: &[u8]| encoding_for_label(l, head).map(|e| e.label());
        assert_eq!(enc("utf-8", b"a").unwrap(), "UTF-8");
        assert_eq!(
            enc(" UTF-8 (BOM) ", b"\xEF\xBB\xBFa").unwrap(),
            "UTF-8 (BOM)"
        );
        assert_eq!(enc("latin1", b"a").unwrap(), "windows-1252");
        assert_eq!(enc("cp1252", b"a").unwrap(), "windows-1252");
        assert_eq!(enc("utf-16be", b"a").unwrap(), "UTF-16BE");
        let err = encoding_for_label("klingon", b"a").unwrap_err();
        assert_eq!(err.code(), "INVALID_ARGUMENT");
        assert_eq!(
            err.to_string(),
            "Invalid argument: 'klingon' is not a known text encoding (e.g. UTF-8, windows-1252, UTF-16LE, UTF-16BE, ISO-8859-2)"
        );
        assert_eq!(
            encoding_for_label("iso-2022-kr", b"a").unwrap_err().code(),
            "INVALID_ARGUMENT"
        );
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n", true), b',');
        assert_eq!(detect_delimiter("a;b;c\n1;2,5;3\n", true), b';');
        assert_eq!(detect_delimiter("a\tb\tc\n1\t2\t3\n", true), b'\t');
        assert_eq!(detect_delimiter("a|b|c\n1|2|3\n", true), b'|');
        assert_eq!(detect_delimiter("Name\nJohn\n", true), b',');
        assert_eq!(detect_delimiter("", true), b',');
        // Delimiters inside quotes (even across lines) do not count.
        assert_eq!(
            detect_delimiter(
                "Name;Address\n\"Doe, John\";\"1 Main St,\nApt 2, NY\"\nX;Y\n",
                true
            ),
            b';'
        );
        // Same header count: the one consistent across lines wins.
        assert_eq!(detect_delimiter("a,b;c\n1,2;3;4\n5,6;7;8\n", true), b',');
        // Most frequent in the header when equally consistent.
        assert_eq!(detect_delimiter("a;b;c,d\n", true), b';');
    }

    #[test]
    fn truncated_last_line_is_ignored() {
        let lines = delimiter_counts("a,b\n1,2\n3", false);
        assert_eq!(lines.len(), 2);
        let lines = delimiter_counts("a,b\n1,2\n3", true);
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn binary_signatures() {
        assert!(has_binary_signature(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(has_binary_signature(b"%PDF-1.7"));
        assert!(has_binary_signature(b"\x7FELF\x02\x01"));
        assert!(has_binary_signature(b"PK\x03\x04"));
        assert!(!has_binary_signature(b"PlaintiffName,Email\n"));
        assert!(!has_binary_signature(b"PK,Name\n"));
    }
}
