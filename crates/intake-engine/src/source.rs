//! The file being imported, opened once: the bytes that are parsed are the
//! bytes that were hashed.
//!
//! The first pass hashes the open handle (and gathers the sniffing facts).
//! The parser then reads either
//! - the same handle again from the start, hashing and counting what it
//!   consumes: at the end of the records, bytes, hash and the file's
//!   size/mtime must match the first pass or the import fails with
//!   `FileChanged` (a file rewritten or appended to during the import); or
//! - a private copy written during the first pass, for workbooks (the Excel
//!   reader needs random access, so what it reads could not be checked as a
//!   stream) and for pipes (they cannot be read twice).
//!
//! Devices and sockets are refused before anything is read.

use std::fs::File;
use std::io::{ErrorKind, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use sha2::{Digest, Sha256};

use crate::error::{EngineError, Result};
use crate::hashing::{FactsBuilder, FileFacts, CHUNK_SIZE};
use crate::parse::detect::{OLE_MAGIC, ZIP_MAGIC};

/// How long a named pipe may go without a writer before it is refused.
const PIPE_WRITER_WAIT: Duration = Duration::from_secs(10);
/// Most bytes taken from a pipe (they go to a private file on disk).
const PIPE_MAX_BYTES: u64 = 4 << 30;
/// Largest workbook file copied for reading; its parts are capped separately.
pub const WORKBOOK_MAX_BYTES: u64 = 512 << 20;

/// A file opened for import, its first pass done.
pub struct SourceFile {
    pub facts: FileFacts,
    body: Body,
}

enum Body {
    /// The opened file itself, to be read again and checked.
    Original { file: File, stamp: Stamp },
    /// A private, unnamed copy of exactly the hashed bytes.
    Snapshot(File),
}

/// What must not change about the file while it is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Inode change time (seconds, nanoseconds): also moves when a tool
    /// restores the mtime after writing.
    #[cfg(unix)]
    changed: (i64, i64),
}

impl Stamp {
    fn of(file: &File, path: &Path) -> Result<Stamp> {
        let meta = file.metadata().map_err(|e| unreadable(path, e))?;
        Ok(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            changed: {
                use std::os::unix::fs::MetadataExt;
                (meta.ctime(), meta.ctime_nsec())
            },
        })
    }
}

fn unreadable(path: &Path, e: std::io::Error) -> EngineError {
    EngineError::FileUnreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// What kind of thing a path names, from its metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Regular,
    Pipe,
}

fn kind_of(meta: &std::fs::Metadata, path: &Path) -> Result<Kind> {
    let ft = meta.file_type();
    if ft.is_dir() {
        return Err(EngineError::FileUnreadable {
            path: path.to_path_buf(),
            message: "it is a folder, not a file".into(),
        });
    }
    if ft.is_file() {
        return Ok(Kind::Regular);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let what = if ft.is_fifo() {
            return Ok(Kind::Pipe);
        } else if ft.is_char_device() || ft.is_block_device() {
            "a device"
        } else if ft.is_socket() {
            "a socket"
        } else {
            "a special file"
        };
        Err(EngineError::NotAFile {
            path: path.to_path_buf(),
            what,
        })
    }
    #[cfg(not(unix))]
    Err(EngineError::NotAFile {
        path: path.to_path_buf(),
        what: "a special file",
    })
}

/// Open without blocking: opening a named pipe would otherwise wait for a
/// writer with no way to cancel.
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

impl SourceFile {
    /// Open `path` once and run the first pass. `on_bytes` gets the running
    /// byte count; `abandoned` is asked between reads of a pipe (the import
    /// was cancelled or is no longer needed).
    /// Errors: `FileNotFound`, `FileUnreadable`, `NotAFile`, `EmptyFile`,
    /// `WorkbookTooLarge`, `Cancelled`.
    pub fn open(
        path: &Path,
        on_bytes: &mut dyn FnMut(u64),
        abandoned: &dyn Fn() -> bool,
    ) -> Result<SourceFile> {
        let not_found = |e: std::io::Error| match e.kind() {
            ErrorKind::NotFound => EngineError::FileNotFound(path.to_path_buf()),
            _ => unreadable(path, e),
        };
        // Refuse devices before opening them: opening can have effects.
        kind_of(&std::fs::metadata(path).map_err(not_found)?, path)?;
        let file = open_nonblocking(path).map_err(not_found)?;
        // The handle decides: the path may have been swapped since.
        let kind = kind_of(&file.metadata().map_err(|e| unreadable(path, e))?, path)?;
        match kind {
            Kind::Regular => {
                #[cfg(unix)]
                set_blocking(&file).map_err(|e| unreadable(path, e))?;
                open_regular(file, path, on_bytes)
            }
            Kind::Pipe => open_pipe(file, path, on_bytes, abandoned),
        }
    }

    /// The file was copied to a private snapshot (workbooks, pipes).
    pub fn is_snapshot(&self) -> bool {
        matches!(self.body, Body::Snapshot(_))
    }

    /// The private snapshot, if the file was copied (for format sniffing).
    pub(crate) fn snapshot(&self) -> Option<&File> {
        match &self.body {
            Body::Snapshot(file) => Some(file),
            Body::Original { .. } => None,
        }
    }

    /// A handle on exactly the hashed bytes, from the start, for a reader
    /// that needs random access (Excel). Only a snapshot qualifies.
    pub(crate) fn into_snapshot(self) -> Result<File> {
        match self.body {
            Body::Snapshot(mut file) => {
                file.seek(SeekFrom::Start(0))
                    .map_err(|e| unreadable(&self.facts.path, e))?;
                Ok(file)
            }
            Body::Original { .. } => Err(EngineError::Internal(
                "a workbook was not copied before reading".into(),
            )),
        }
    }

    /// A stream of the file's bytes from the start, and the check to run
    /// once the stream has been read (`None` for a private snapshot).
    pub(crate) fn into_stream(self) -> Result<(Box<dyn Read + Send>, Option<ReadCheck>)> {
        let path = self.facts.path.clone();
        match self.body {
            Body::Snapshot(mut file) => {
                file.seek(SeekFrom::Start(0))
                    .map_err(|e| unreadable(&path, e))?;
                Ok((Box::new(file), None))
            }
            Body::Original { mut file, stamp } => {
                file.seek(SeekFrom::Start(0))
                    .map_err(|e| unreadable(&path, e))?;
                let tally = Arc::new(Mutex::new(Tally {
                    file,
                    hasher: Sha256::new(),
                    count: 0,
                }));
                let check = ReadCheck {
                    tally: Arc::clone(&tally),
                    size: self.facts.size,
                    sha256: self.facts.sha256,
                    stamp,
                    path,
                };
                Ok((Box::new(HashingReader(tally)), Some(check)))
            }
        }
    }
}

#[cfg(unix)]
fn set_blocking(file: &File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this `File` owns; no memory is passed.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// A regular file: hash it through the handle; workbooks (zip or OLE magic)
/// are copied to a snapshot in the same pass.
fn open_regular(mut file: File, path: &Path, on_bytes: &mut dyn FnMut(u64)) -> Result<SourceFile> {
    let stamp = Stamp::of(&file, path)?;
    let mut facts = FactsBuilder::default();
    let mut buf = vec![0u8; CHUNK_SIZE];
    let mut snapshot: Option<File> = None;
    // Bytes read before the magic bytes decide about a snapshot.
    let mut undecided: Option<Vec<u8>> = Some(Vec::new());
    loop {
        let n = read_some(&mut file, &mut buf).map_err(|e| unreadable(path, e))?;
        let chunk = &buf[..n];
        facts.feed(chunk);
        if let Some(mut pending) = undecided.take() {
            pending.extend_from_slice(chunk);
            if pending.len() < OLE_MAGIC.len() && n > 0 {
                undecided = Some(pending);
            } else if pending.starts_with(ZIP_MAGIC) || pending.starts_with(OLE_MAGIC) {
                if stamp.len > WORKBOOK_MAX_BYTES {
                    return Err(EngineError::WorkbookTooLarge(format!(
                        "the file is larger than {} MB",
                        WORKBOOK_MAX_BYTES >> 20
                    )));
                }
                let mut copy = tempfile::tempfile().map_err(|e| unreadable(path, e))?;
                copy.write_all(&pending).map_err(|e| unreadable(path, e))?;
                snapshot = Some(copy);
            }
        } else if let Some(copy) = snapshot.as_mut() {
            copy.write_all(chunk).map_err(|e| unreadable(path, e))?;
            if facts.size() > stamp.len {
                // Growing while it is copied: stop before it fills the disk.
                return Err(EngineError::FileChanged);
            }
        }
        if n == 0 {
            break;
        }
        on_bytes(facts.size());
    }
    let facts = facts.finish(path)?;
    match snapshot {
        Some(copy) => {
            // The copy is what gets parsed; the original must not have moved
            // while it was taken.
            if Stamp::of(&file, path)? != stamp || facts.size != stamp.len {
                return Err(EngineError::FileChanged);
            }
            Ok(SourceFile {
                facts,
                body: Body::Snapshot(copy),
            })
        }
        None => Ok(SourceFile {
            facts,
            body: Body::Original { file, stamp },
        }),
    }
}

/// `read`, retrying on interruption.
fn read_some(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match file.read(buf) {
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// A pipe (named pipe, `<(…)`, `/dev/stdin` fed by a pipe): read it once, to
/// its end, into a snapshot. The handle is non-blocking so that waiting for
/// a writer or for data stays cancellable.
fn open_pipe(
    mut file: File,
    path: &Path,
    on_bytes: &mut dyn FnMut(u64),
    abandoned: &dyn Fn() -> bool,
) -> Result<SourceFile> {
    let mut copy = tempfile::tempfile().map_err(|e| unreadable(path, e))?;
    let mut facts = FactsBuilder::default();
    let mut buf = vec![0u8; CHUNK_SIZE];
    // A writer has been seen: data came, or the pipe said "nothing yet".
    // Until then, end-of-file only means nobody has opened it for writing.
    let mut writer_seen = false;
    let started = Instant::now();
    loop {
        match file.read(&mut buf) {
            Ok(0) if writer_seen => break,
            Ok(0) => {
                if started.elapsed() >= PIPE_WRITER_WAIT {
                    return Err(EngineError::FileUnreadable {
                        path: path.to_path_buf(),
                        message: format!(
                            "nothing was written to the pipe within {} seconds",
                            PIPE_WRITER_WAIT.as_secs()
                        ),
                    });
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(n) => {
                writer_seen = true;
                facts.feed(&buf[..n]);
                copy.write_all(&buf[..n]).map_err(|e| unreadable(path, e))?;
                if facts.size() > PIPE_MAX_BYTES {
                    return Err(EngineError::FileUnreadable {
                        path: path.to_path_buf(),
                        message: format!(
                            "more than {} GB came through the pipe; save it to a file and import that file",
                            PIPE_MAX_BYTES >> 30
                        ),
                    });
                }
                on_bytes(facts.size());
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                writer_seen = true;
                std::thread::sleep(Duration::from_millis(2));
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(unreadable(path, e)),
        }
        if abandoned() {
            return Err(EngineError::Cancelled);
        }
    }
    Ok(SourceFile {
        facts: facts.finish(path)?,
        body: Body::Snapshot(copy),
    })
}

/// The handle, with the hash and count of every byte read through it.
struct Tally {
    file: File,
    hasher: Sha256,
    count: u64,
}

fn lock(tally: &Mutex<Tally>) -> std::sync::MutexGuard<'_, Tally> {
    tally
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Reads the original file, hashing what the parser consumes.
struct HashingReader(Arc<Mutex<Tally>>);

impl Read for HashingReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut t = lock(&self.0);
        let n = t.file.read(buf)?;
        t.hasher.update(&buf[..n]);
        t.count += n as u64;
        Ok(n)
    }
}

/// Compares what the parser read with what was hashed first.
pub(crate) struct ReadCheck {
    tally: Arc<Mutex<Tally>>,
    size: u64,
    sha256: String,
    stamp: Stamp,
    path: PathBuf,
}

impl ReadCheck {
    /// Read what the parser left (to the end of the file), then compare.
    /// Errors: `FileChanged`, `FileUnreadable`.
    pub(crate) fn finish(self) -> Result<()> {
        let mut t = lock(&self.tally);
        let mut buf = vec![0u8; CHUNK_SIZE];
        loop {
            let n = read_some(&mut t.file, &mut buf).map_err(|e| unreadable(&self.path, e))?;
            if n == 0 {
                break;
            }
            t.hasher.update(&buf[..n]);
            t.count += n as u64;
        }
        let hash = hex::encode(std::mem::take(&mut t.hasher).finalize());
        let stamp = Stamp::of(&t.file, &self.path)?;
        if t.count != self.size || hash != self.sha256 || stamp != self.stamp {
            tracing::warn!(
                "The file changed during the import: {} bytes hashed, {} read",
                self.size,
                t.count
            );
            return Err(EngineError::FileChanged);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
