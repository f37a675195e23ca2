use super::*;

fn csv_file(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("vendor.csv");
    std::fs::write(&path, text).unwrap();
    path
}

fn open(path: &Path) -> Result<SourceFile> {
    SourceFile::open(path, &mut |_| {}, &|| false)
}

/// Read the stream to its end and run the check.
fn read_all(source: SourceFile) -> Result<Vec<u8>> {
    let (mut stream, check) = source.into_stream()?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    check.map_or(Ok(()), ReadCheck::finish)?;
    Ok(bytes)
}

#[test]
fn an_unchanged_file_reads_back_its_hashed_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv_file(dir.path(), "Name\nJohn\n");
    let source = open(&path).unwrap();
    assert!(!source.is_snapshot());
    assert_eq!(source.facts.size, 10);
    assert_eq!(read_all(source).unwrap(), b"Name\nJohn\n");
}

#[test]
fn a_rewrite_between_the_passes_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv_file(dir.path(), "Name\nJohn\n");
    let source = open(&path).unwrap();
    // Same size, other bytes, in place.
    std::fs::write(&path, "Name\nJane\n").unwrap();
    assert_eq!(read_all(source).unwrap_err().code(), "FILE_CHANGED");
}

#[test]
fn a_change_after_the_parser_stopped_reading_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv_file(dir.path(), "Name\nJohn\n");
    let source = open(&path).unwrap();
    let (mut stream, check) = source.into_stream().unwrap();
    let mut first = [0u8; 4];
    stream.read_exact(&mut first).unwrap();
    // The parser stopped early; the rest is read by the check itself.
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"Late\n")
        .unwrap();
    assert_eq!(check.unwrap().finish().unwrap_err().code(), "FILE_CHANGED");
}

/// A rewrite that breaks the parse is still reported as a change.
#[test]
fn a_parse_error_caused_by_a_rewrite_is_reported_as_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Name,Email\n".to_string() + &"John,j@example.com\n".repeat(20_000);
    let path = csv_file(dir.path(), &text);
    let source = open(&path).unwrap();
    let mut broken = text.into_bytes();
    let at = broken.len() - 5;
    broken[at] = 0xFF; // not UTF-8 any more
    std::fs::write(&path, &broken).unwrap();
    let opened = crate::parse::open_source(source, None, None).unwrap();
    let err = opened.records.collect::<Result<Vec<_>>>().unwrap_err();
    assert_eq!(err.code(), "FILE_CHANGED");
}

#[test]
fn a_new_mtime_alone_is_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv_file(dir.path(), "Name\nJohn\n");
    let source = open(&path).unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(3600))
        .unwrap();
    assert_eq!(read_all(source).unwrap_err().code(), "FILE_CHANGED");
}

#[test]
fn workbooks_are_read_from_a_private_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.xlsx");
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 200_000));
    std::fs::write(&path, &bytes).unwrap();
    let source = open(&path).unwrap();
    assert!(source.is_snapshot());
    // Changing the original does not change what is parsed.
    std::fs::write(&path, b"other").unwrap();
    assert_eq!(read_all(source).unwrap(), bytes);
}

#[cfg(unix)]
#[test]
fn devices_and_sockets_are_refused_at_once() {
    for device in ["/dev/zero", "/dev/null"] {
        let started = Instant::now();
        let err = open(Path::new(device)).err().unwrap();
        assert_eq!(err.code(), "NOT_A_FILE");
        assert!(err.is_bad_input());
        assert!(started.elapsed() < Duration::from_secs(5));
    }
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("s.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let err = open(&socket).err().unwrap();
    assert_eq!(
        (err.code(), err.to_string()),
        (
            "NOT_A_FILE",
            format!(
                "Cannot import {}: it is a socket, not a file",
                socket.display()
            )
        )
    );
    let err = open(dir.path()).err().unwrap();
    assert_eq!(err.code(), "FILE_UNREADABLE");
}

/// Process substitution (`<(cat f.csv)`): a pipe at /dev/fd/N, read once.
#[cfg(target_os = "linux")]
#[test]
fn a_pipe_is_read_once_into_a_snapshot() {
    use std::os::fd::AsRawFd;
    let dir = tempfile::tempdir().unwrap();
    let text = "Name\nJohn\n".repeat(50_000);
    let path = csv_file(dir.path(), &text);
    let file_hash = open(&path).unwrap().facts.sha256;
    let mut cat = std::process::Command::new("cat")
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let fd = cat.stdout.as_ref().unwrap().as_raw_fd();
    let pipe = PathBuf::from(format!("/dev/fd/{fd}"));
    let source = open(&pipe).unwrap();
    cat.wait().unwrap();
    assert!(source.is_snapshot());
    assert_eq!(source.facts.sha256, file_hash);
    assert_eq!(source.facts.size, text.len() as u64);
    assert_eq!(read_all(source).unwrap(), text.as_bytes());
}

/// A named pipe nobody writes to is not waited on forever: the import
/// can be abandoned while it waits.
#[cfg(unix)]
#[test]
fn waiting_on_a_pipe_can_be_abandoned() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("p.csv");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let started = Instant::now();
    let err = SourceFile::open(&fifo, &mut |_| {}, &|| {
        started.elapsed() > Duration::from_millis(200)
    })
    .err()
    .unwrap();
    assert_eq!(err.code(), "CANCELLED");
    assert!(started.elapsed() < Duration::from_secs(5));
}
