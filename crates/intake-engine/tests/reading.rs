//! Reading the file: what is imported is exactly what was hashed, on both
//! backends. A file rewritten or appended to during an import fails the run
//! (nothing stays live) and the next import of the new file works; pipes are
//! read once; devices are refused at once; hostile workbooks are refused
//! with a code instead of taking all memory or panicking.

use crate::common;

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::*;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::{
    pipeline, BackendKind, ImportReport, ImportStatus, Phase, Progress, RunFilter, RunStatus,
};

const CHANGED: &str =
    "The file changed while it was being imported — nothing was imported; import it again";

/// A CSV of `rows` plaintiffs named `{prefix} {i}`: far more rows than the
/// reader can run ahead of the database (two chunks), so a change made when
/// the run is claimed always lands before the reader reaches the end.
fn csv_rows(prefix: &str, rows: usize) -> String {
    let mut out = String::from("PlaintiffName,Email\n");
    for i in 0..rows {
        out.push_str(&format!("{prefix} {i},{prefix}{i}@example.com\n").to_lowercase());
    }
    out
}

/// Import `path`, calling `change` once when the run is claimed.
async fn import_changing(
    db: &TestDb,
    path: &Path,
    change: impl Fn() + Send + Sync,
) -> ImportReport {
    let done = AtomicBool::new(false);
    let sink = |p: &Progress| {
        if p.phase == Phase::Claiming && !done.swap(true, Ordering::SeqCst) {
            change();
        }
    };
    let report = pipeline::import(
        db.store.as_ref(),
        &request(path, "acme"),
        &sink,
        &CancelToken::new(),
    )
    .await
    .expect("a failed run is a report");
    assert!(done.load(Ordering::SeqCst), "the change was made");
    report
}

/// The run failed with FILE_CHANGED and nothing of it is live.
async fn assert_nothing_imported(db: &TestDb, report: &ImportReport) {
    assert_eq!(report.status, ImportStatus::Failed, "{report:?}");
    let error = report.error.as_ref().unwrap();
    assert_eq!(
        (error.code.as_str(), error.message.as_str()),
        ("FILE_CHANGED", CHANGED)
    );
    assert_eq!((report.inserted, report.skipped, report.errored), (0, 0, 0));
    assert_eq!(db.count("plaintiffs_raw").await, 0);
    assert_eq!(db.live_plaintiffs().await, 0);
    let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].status, RunStatus::Failed);
}

async fn rewritten_during_import(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let rows = 60_000;
    let (_dir, path) = temp_file("vendor.csv", csv_rows("Person", rows).as_bytes());
    let rewrite = || std::fs::write(&path, csv_rows("Other", rows)).unwrap();
    let report = import_changing(&db, &path, rewrite).await;
    assert_nothing_imported(&db, &report).await;

    // The new file imports whole, under its own hash.
    let again = db.import(&request(&path, "acme")).await;
    assert_eq!(again.status, ImportStatus::Completed, "{again:?}");
    assert_eq!((again.fetched, again.inserted), (rows as i64, rows as i64));
    assert_eq!(again.reconciled, Some(true));
    assert_ne!(again.file_hash, report.file_hash);
    let names = db
        .scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM {} WHERE plaintiff_name LIKE 'other %'",
            db.table("plaintiffs")
        ))
        .await;
    assert_eq!(names, rows as i64);
}

async fn appended_during_import(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let rows = 60_000;
    let (_dir, path) = temp_file("vendor.csv", csv_rows("Person", rows).as_bytes());
    let append = || {
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        for i in 0..10 {
            writeln!(f, "late {i},late{i}@example.com").unwrap();
        }
    };
    let report = import_changing(&db, &path, append).await;
    assert_nothing_imported(&db, &report).await;

    let again = db.import(&request(&path, "acme")).await;
    assert_eq!(again.status, ImportStatus::Completed, "{again:?}");
    assert_eq!(
        (again.fetched, again.inserted),
        (rows as i64 + 10, rows as i64 + 10)
    );
    assert_eq!(again.reconciled, Some(true));
}

/// A dry run of a file that changes while it is read says so too.
async fn dry_run_of_a_changing_file(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_dir, path) = temp_file("vendor.csv", csv_rows("Person", 60_000).as_bytes());
    let mut first = true;
    let mut on_rows = |_rows: Vec<intake_engine::PreviewRow>| {
        if std::mem::take(&mut first) {
            std::fs::write(&path, csv_rows("Other", 60_000)).unwrap();
        }
    };
    let err = pipeline::preview(
        db.store.as_ref(),
        &request(&path, "acme"),
        &mut on_rows,
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        ("FILE_CHANGED", CHANGED)
    );
    assert!(!err.is_bad_input());
    assert_eq!(db.count("import_runs").await, 0);
}

/// A named pipe is read once, to its end, and imported like the file.
async fn named_pipe_is_read_once(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("vendor.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let contents = csv_rows("Person", 3_000);
    let writer = {
        let (fifo, contents) = (fifo.clone(), contents.clone());
        // Opening for writing waits for the import to open the pipe.
        std::thread::spawn(move || std::fs::write(&fifo, contents).unwrap())
    };
    let report = db.import(&request(&fifo, "acme")).await;
    writer.join().unwrap();
    assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
    assert_eq!((report.fetched, report.inserted), (3_000, 3_000));
    assert_eq!(report.reconciled, Some(true));
    // Same bytes, same hash: the file itself is now a duplicate batch.
    let (_f, file) = temp_file("vendor.csv", contents.as_bytes());
    let again = db.import(&request(&file, "acme")).await;
    assert_eq!(again.status, ImportStatus::Duplicate);
    assert_eq!(again.file_hash, report.file_hash);
}

/// A named pipe nobody writes to: Ctrl-C (the cancel token) ends the wait,
/// and nothing was claimed.
async fn cancel_while_waiting_on_a_pipe(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("vendor.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let cancel = CancelToken::new();
    let later = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        later.cancel();
    });
    let started = Instant::now();
    let err = pipeline::import(
        db.store.as_ref(),
        &request(&fifo, "acme"),
        &NoProgress,
        &cancel,
    )
    .await
    .unwrap_err();
    assert_eq!(err.code(), "CANCELLED");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(db.count("import_runs").await, 0);
}

/// Devices are refused at once (bad input: CLI exit 2), writing nothing.
async fn devices_are_refused(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    for device in ["/dev/zero", "/dev/null", "/dev/urandom"] {
        let started = Instant::now();
        let err = pipeline::import(
            db.store.as_ref(),
            &request(Path::new(device), "acme"),
            &NoProgress,
            &CancelToken::new(),
        )
        .await
        .unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(5), "{device}");
        assert_eq!(err.code(), "NOT_A_FILE", "{device}");
        assert_eq!(
            err.to_string(),
            format!("Cannot import {device}: it is a device, not a file")
        );
        assert!(err.is_bad_input());
    }
    assert_eq!(db.count("import_runs").await, 0);
}

// ---------------------------------------------------------------- workbooks

/// A minimal `.xlsx`: one sheet (`sheet_xml` is its `<sheetData>` plus
/// anything before it) and optional shared strings.
fn xlsx(before_data: &str, rows: &str, shared: Option<&str>) -> Vec<u8> {
    let mut parts: Vec<(&str, String)> = vec![
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.into(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.into(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.into(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.into(),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{before_data}<sheetData>{rows}</sheetData></worksheet>"#),
        ),
    ];
    if let Some(shared) = shared {
        parts.push((
            "xl/sharedStrings.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{shared}</sst>"#),
        ));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// Rewrite the uncompressed size the zip declares for `part` (central
/// directory and local header), as a zip bomb would.
fn declare_size(zip: &mut [u8], part: &str, size: u32) {
    let u16_at = |z: &[u8], at: usize| u16::from_le_bytes([z[at], z[at + 1]]) as usize;
    let mut patched = 0;
    for i in 0..zip.len().saturating_sub(46) {
        // (name length at, name at, uncompressed size at)
        let (len_at, name_at, size_at) = match &zip[i..i + 4] {
            b"PK\x01\x02" => (28, 46, 24),
            b"PK\x03\x04" => (26, 30, 22),
            _ => continue,
        };
        let name_len = u16_at(zip, i + len_at);
        if zip.get(i + name_at..i + name_at + name_len) == Some(part.as_bytes()) {
            zip[i + size_at..i + size_at + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "local and central entries of {part}");
}

fn cell(r: &str, shared_index: usize) -> String {
    format!(r#"<c r="{r}" t="s"><v>{shared_index}</v></c>"#)
}

const HEADER_STRINGS: &str = "<si><t>PlaintiffName</t></si><si><t>Email</t></si><si><t>John Doe</t></si><si><t>john@example.com</t></si>";

fn header_and_john() -> String {
    format!(
        r#"<row r="1">{}{}</row><row r="2">{}{}</row>"#,
        cell("A1", 0),
        cell("B1", 1),
        cell("A2", 2),
        cell("B2", 3)
    )
}

async fn import_err(db: &TestDb, path: &Path) -> intake_engine::EngineError {
    pipeline::import(
        db.store.as_ref(),
        &request(path, "acme"),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err()
}

fn peak_rss_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<u64>()
        .unwrap()
        / 1024
}

async fn hostile_workbooks_are_refused(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };

    // A well-formed one imports (the test workbook itself is sound).
    let good = write(
        "good.xlsx",
        &xlsx("", &header_and_john(), Some(HEADER_STRINGS)),
    );
    let report = db.import(&request(&good, "acme")).await;
    assert_eq!(
        (report.status, report.inserted),
        (ImportStatus::Completed, 1),
        "{report:?}"
    );

    // Zip bomb: the directory says the sheet unpacks to 600 MB.
    let mut bomb = xlsx("", &header_and_john(), Some(HEADER_STRINGS));
    declare_size(&mut bomb, "xl/worksheets/sheet1.xml", 600 << 20);
    let err = import_err(&db, &write("bomb.xlsx", &bomb)).await;
    assert_eq!(err.code(), "WORKBOOK_TOO_LARGE");
    assert_eq!(
        err.to_string(),
        "The workbook is too large to import safely: it unpacks to 600 MB of sheets (the limit is 512 MB). Save the sheet as CSV and import that file instead."
    );
    assert!(err.is_bad_input());

    // Zip bomb in disguise: a small declared size, 3 MB unpacked.
    let padding = "<row/>".repeat(500_000);
    let mut liar = xlsx(
        "",
        &format!("{}{padding}", header_and_john()),
        Some(HEADER_STRINGS),
    );
    declare_size(&mut liar, "xl/worksheets/sheet1.xml", 1_000);
    let err = import_err(&db, &write("liar.xlsx", &liar)).await;
    assert_eq!(err.code(), "WORKBOOK_TOO_LARGE");
    assert!(
        err.to_string()
            .contains("more than the zip's directory says"),
        "{err}"
    );

    // A declared dimension of 20 million rows.
    let huge = xlsx(
        r#"<dimension ref="A1:Z20000000"/>"#,
        &header_and_john(),
        Some(HEADER_STRINGS),
    );
    let err = import_err(&db, &write("dimension.xlsx", &huge)).await;
    assert_eq!(err.code(), "WORKBOOK_TOO_LARGE");
    assert_eq!(
        err.to_string(),
        "The workbook is too large to import safely: the sheet declares cells beyond row 1048576 or column 16384 (the most Excel allows). Save the sheet as CSV and import that file instead."
    );

    // A cell past Excel's last row.
    let far = format!(
        r#"{}<row r="2000001">{}</row>"#,
        header_and_john(),
        cell("A2000001", 2)
    );
    let err = import_err(
        &db,
        &write("far.xlsx", &xlsx("", &far, Some(HEADER_STRINGS))),
    )
    .await;
    assert_eq!(err.code(), "WORKBOOK_TOO_LARGE");

    // A shared-string index past the end panics inside calamine: an error.
    let corrupt = format!(
        r#"<row r="1">{}{}</row><row r="2">{}</row>"#,
        cell("A1", 0),
        cell("B1", 1),
        cell("A2", 99)
    );
    let err = import_err(
        &db,
        &write("corrupt.xlsx", &xlsx("", &corrupt, Some(HEADER_STRINGS))),
    )
    .await;
    assert_eq!(err.code(), "EXCEL_ERROR");
    assert_eq!(
        err.to_string(),
        "Cannot read the Excel workbook: the workbook is damaged (the Excel reader failed on it)"
    );

    assert_eq!(
        db.count("import_runs").await,
        1,
        "only the good workbook ran"
    );
}

/// Cells a million rows apart: calamine's ranges would allocate the whole
/// rectangle (~1 GB); streamed, memory stays flat and the rows import.
async fn sparse_workbook_streams_in_flat_memory(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let strings =
        format!("{HEADER_STRINGS}<si><t>Jane Roe</t></si><si><t>jane@example.com</t></si>");
    let rows = format!(
        r#"{}<row r="1048576">{}{}<c r="Z1048576"><v>7</v></c></row>"#,
        header_and_john(),
        cell("A1048576", 4),
        cell("B1048576", 5)
    );
    let path = dir.path().join("sparse.xlsx");
    std::fs::write(&path, xlsx("", &rows, Some(&strings))).unwrap();
    let before = peak_rss_mib();
    let report = db.import(&request(&path, "acme")).await;
    let grown = peak_rss_mib().saturating_sub(before);
    assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
    assert_eq!((report.fetched, report.inserted), (2, 2));
    assert!(grown < 300, "peak RSS grew by {grown} MiB");
}

conformance!(
    rewritten_during_import,
    appended_during_import,
    dry_run_of_a_changing_file,
    named_pipe_is_read_once,
    cancel_while_waiting_on_a_pipe,
    devices_are_refused,
    hostile_workbooks_are_refused,
    sparse_workbook_streams_in_flat_memory,
);
