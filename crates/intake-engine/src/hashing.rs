//! Step 1 of SPEC §2: SHA-256 of the file's exact bytes, streamed, lowercase
//! hex — plus, in the same pass, the facts encoding detection needs.

use std::path::{Path, PathBuf};

use crate::error::Result;

/// What one streaming pass over the file learned.
#[derive(Debug, Clone)]
pub struct FileFacts {
    pub path: PathBuf,
    pub size: u64,
    /// Lowercase hex SHA-256 of the exact bytes.
    pub sha256: String,
    /// The whole file is valid UTF-8 (a BOM, if any, included).
    pub valid_utf8: bool,
    /// The file contains a NUL byte (binary, or UTF-16).
    pub has_nul: bool,
    /// The first bytes of the file (up to 64 KiB) for sniffing.
    pub head: Vec<u8>,
}

/// Hash the file in one streaming pass; `on_bytes` receives the running byte count.
/// Errors: `FileNotFound`, `FileUnreadable`, `EmptyFile` (zero bytes).
pub fn inspect_file(path: &Path, on_bytes: &mut dyn FnMut(u64)) -> Result<FileFacts> {
    let _ = (path, on_bytes);
    unimplemented!("hashing::inspect_file")
}
