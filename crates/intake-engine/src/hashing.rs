//! Step 1 of SPEC §2: SHA-256 of the file's exact bytes, streamed, lowercase
//! hex — plus, in the same pass, the facts encoding detection needs.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{EngineError, Result};

/// Read size of the streaming pass, and how much of the file `head` keeps.
pub const CHUNK_SIZE: usize = 64 * 1024;

/// What one streaming pass over the file learned.
#[derive(Debug, Clone)]
pub struct FileFacts {
    pub path: PathBuf,
    pub size: u64,
    /// Lowercase hex SHA-256 of the exact bytes.
    pub sha256: String,
    /// The whole file is valid UTF-8 (a BOM, if any, included).
    pub valid_utf8: bool,
    /// Valid multi-byte UTF-8 characters in the whole file.
    pub utf8_multibyte: u64,
    /// Invalid UTF-8 sequences in the whole file (0 when `valid_utf8`).
    pub utf8_invalid: u64,
    /// The file contains a NUL byte (binary, or UTF-16).
    pub has_nul: bool,
    /// The first bytes of the file (up to 64 KiB) for sniffing.
    pub head: Vec<u8>,
}

/// Hash the file in one streaming pass; `on_bytes` receives the running byte count.
/// Errors: `FileNotFound`, `FileUnreadable`, `NotAFile`, `EmptyFile` (zero bytes).
/// To parse what was hashed, use `source::SourceFile::open` instead.
pub fn inspect_file(path: &Path, on_bytes: &mut dyn FnMut(u64)) -> Result<FileFacts> {
    crate::source::SourceFile::open(path, on_bytes, &|| false).map(|s| s.facts)
}

/// Gathers `FileFacts` from the file's bytes, fed in order, in chunks.
#[derive(Debug, Default)]
pub(crate) struct FactsBuilder {
    hasher: Sha256,
    utf8: Utf8Validator,
    has_nul: bool,
    head: Vec<u8>,
    size: u64,
}

impl FactsBuilder {
    pub(crate) fn feed(&mut self, chunk: &[u8]) {
        self.hasher.update(chunk);
        self.utf8.feed(chunk);
        self.has_nul = self.has_nul || chunk.contains(&0);
        if self.head.len() < CHUNK_SIZE {
            let take = (CHUNK_SIZE - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.size += chunk.len() as u64;
    }

    pub(crate) fn size(&self) -> u64 {
        self.size
    }

    /// Errors: `EmptyFile` when no byte was fed.
    pub(crate) fn finish(self, path: &Path) -> Result<FileFacts> {
        if self.size == 0 {
            return Err(EngineError::EmptyFile(path.to_path_buf()));
        }
        let (utf8_multibyte, utf8_invalid) = self.utf8.finish();
        Ok(FileFacts {
            path: path.to_path_buf(),
            size: self.size,
            sha256: hex::encode(self.hasher.finalize()),
            valid_utf8: utf8_invalid == 0,
            utf8_multibyte,
            utf8_invalid,
            has_nul: self.has_nul,
            head: self.head,
        })
    }
}

/// UTF-8 validation over a stream of chunks: a character split across two
/// chunks is carried over instead of being taken for an error. It scans the
/// whole file, counting valid multi-byte characters and invalid sequences, so
/// encoding detection can tell "UTF-8 with a few bad bytes" from "not UTF-8".
#[derive(Debug)]
struct Utf8Validator {
    /// The incomplete character at the end of the previous chunk (≤ 3 bytes).
    carry: Vec<u8>,
    multibyte: u64,
    invalid: u64,
}

impl Default for Utf8Validator {
    fn default() -> Self {
        Utf8Validator {
            carry: Vec::with_capacity(4),
            multibyte: 0,
            invalid: 0,
        }
    }
}

/// Lead bytes of multi-byte characters: one per character in valid UTF-8.
fn count_multibyte(valid: &[u8]) -> u64 {
    valid.iter().filter(|&&b| b >= 0xC0).count() as u64
}

impl Utf8Validator {
    fn feed(&mut self, mut data: &[u8]) {
        // Complete the character left over from the previous chunk, one byte
        // at a time (it needs at most 3 more).
        while !self.carry.is_empty() {
            let Some((&byte, rest)) = data.split_first() else {
                return;
            };
            self.carry.push(byte);
            match std::str::from_utf8(&self.carry) {
                Ok(_) => {
                    self.multibyte += 1;
                    self.carry.clear();
                }
                Err(e) if e.error_len().is_some() => {
                    // The carried prefix was valid so far: this byte breaks
                    // it. The prefix is one invalid sequence; rescan the byte.
                    self.invalid += 1;
                    self.carry.clear();
                    break;
                }
                Err(_) => {}
            }
            data = rest;
        }
        loop {
            match std::str::from_utf8(data) {
                Ok(_) => {
                    self.multibyte += count_multibyte(data);
                    return;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    self.multibyte += count_multibyte(&data[..valid]);
                    match e.error_len() {
                        Some(len) => {
                            self.invalid += 1;
                            data = &data[valid + len..];
                        }
                        // Only an incomplete character at the very end: keep it.
                        None => {
                            self.carry.extend_from_slice(&data[valid..]);
                            return;
                        }
                    }
                }
            }
        }
    }

    /// (valid multi-byte characters, invalid sequences); a character cut off
    /// at the end of the file is an invalid sequence.
    fn finish(self) -> (u64, u64) {
        (
            self.multibyte,
            self.invalid + u64::from(!self.carry.is_empty()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write_temp(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(bytes).unwrap();
        f.flush().unwrap();
        f
    }

    fn counts_in_chunks(bytes: &[u8], chunk: usize) -> (u64, u64) {
        let mut v = Utf8Validator::default();
        for c in bytes.chunks(chunk) {
            v.feed(c);
        }
        v.finish()
    }

    fn validate_in_chunks(bytes: &[u8], chunk: usize) -> bool {
        counts_in_chunks(bytes, chunk).1 == 0
    }

    #[test]
    fn hashes_known_content_and_reports_progress() {
        let f = write_temp(b"abc");
        let mut seen = Vec::new();
        let facts = inspect_file(f.path(), &mut |n| seen.push(n)).unwrap();
        assert_eq!(
            facts.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(facts.size, 3);
        assert_eq!(facts.head, b"abc");
        assert!(facts.valid_utf8);
        assert!(!facts.has_nul);
        assert_eq!(seen, vec![3]);
    }

    #[test]
    fn large_file_streams_in_chunks_and_keeps_64k_head() {
        // 200 000 bytes of "é" (2 bytes each): characters straddle chunk borders.
        let content = "é".repeat(100_000).into_bytes();
        let f = write_temp(&content);
        let mut seen = Vec::new();
        let facts = inspect_file(f.path(), &mut |n| seen.push(n)).unwrap();
        assert_eq!(facts.size, 200_000);
        assert_eq!(facts.head.len(), CHUNK_SIZE);
        assert_eq!(facts.head[..], content[..CHUNK_SIZE]);
        assert!(facts.valid_utf8);
        assert_eq!(*seen.last().unwrap(), 200_000);
        assert!(seen.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(facts.sha256, hex::encode(Sha256::digest(&content)));
    }

    #[test]
    fn utf8_validation_across_every_chunk_boundary() {
        let text = "José Núñez € 𝄞 ok".as_bytes();
        for chunk in 1..=text.len() {
            assert!(validate_in_chunks(text, chunk), "chunk size {chunk}");
        }
        let mut bad = text.to_vec();
        bad[3] = 0xFF;
        for chunk in 1..=bad.len() {
            assert!(!validate_in_chunks(&bad, chunk), "chunk size {chunk}");
        }
        // A character cut off at the end of the file is invalid.
        assert!(!validate_in_chunks(&"€".as_bytes()[..2], 1));
    }

    #[test]
    fn utf8_counts_across_every_chunk_boundary() {
        // 5 multi-byte characters, one cp1252 byte in the middle, one
        // truncated € (2 of its 3 bytes) before ASCII, one at the end.
        let mut bytes = "José Núñez ".as_bytes().to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(" € x".as_bytes());
        bytes.extend_from_slice(&"€".as_bytes()[..2]);
        bytes.extend_from_slice(b"ok ");
        bytes.extend_from_slice(&"€".as_bytes()[..2]);
        for chunk in 1..=bytes.len() {
            assert_eq!(
                counts_in_chunks(&bytes, chunk),
                (4, 3),
                "chunk size {chunk}"
            );
        }
        assert_eq!(counts_in_chunks("a𝄞b".as_bytes(), 1), (1, 0));
    }

    #[test]
    fn windows_1252_and_nul_bytes_are_reported() {
        let f = write_temp(b"Jos\xe9 N\xfa\xf1ez\n");
        let facts = inspect_file(f.path(), &mut |_| {}).unwrap();
        assert!(!facts.valid_utf8);
        assert!(!facts.has_nul);
        let f = write_temp(b"a\0b");
        let facts = inspect_file(f.path(), &mut |_| {}).unwrap();
        assert!(facts.has_nul);
        assert!(facts.valid_utf8);
    }

    #[test]
    fn missing_empty_and_folder_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.csv");
        let err = inspect_file(&missing, &mut |_| {}).unwrap_err();
        assert_eq!(err.code(), "FILE_NOT_FOUND");

        let f = write_temp(b"");
        let err = inspect_file(f.path(), &mut |_| {}).unwrap_err();
        assert_eq!(err.code(), "EMPTY_FILE");

        let err = inspect_file(dir.path(), &mut |_| {}).unwrap_err();
        assert_eq!(err.code(), "FILE_UNREADABLE");
    }

    #[test]
    fn same_bytes_under_another_name_give_the_same_hash() {
        let a = write_temp(b"PlaintiffName\nJohn Doe\n");
        let b = write_temp(b"PlaintiffName\nJohn Doe\n");
        let ha = inspect_file(a.path(), &mut |_| {}).unwrap().sha256;
        let hb = inspect_file(b.path(), &mut |_| {}).unwrap().sha256;
        assert_eq!(ha, hb);
        assert_eq!(ha.len(), 64);
        assert!(ha
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
    }
}
