//! The hostile-input corpus (issue 8): files generated here, each imported
//! by the real `intake` binary into both backends, asserting for every one
//! the exit code, the outcome (counts or error code), that nothing panicked,
//! a time and a peak-memory bound, and the database invariants afterwards:
//! no run left `processing`, every completed run reconciles, no two live raw
//! rows share a key, every live plaintiff has its live raw row.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Any input, any backend: the importer's peak resident memory stays below this.
const PEAK_RSS_LIMIT_KB: i64 = 300 * 1024;
/// Generous: these files are small; only a hang or a quadratic path gets near it.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// What a case must end in.
#[derive(Clone, Debug)]
enum Expect {
    /// Imported (exit 0, completed) with exactly these counts.
    Counts {
        fetched: i64,
        inserted: i64,
        skipped: i64,
        errored: i64,
    },
    /// Refused before anything is written: exit 2 with one of these codes.
    Refused(&'static [&'static str]),
}

use Expect::*;

fn counts(fetched: i64, inserted: i64, skipped: i64, errored: i64) -> Expect {
    Counts {
        fetched,
        inserted,
        skipped,
        errored,
    }
}

struct Case {
    name: String,
    path: PathBuf,
    expect: Expect,
    /// Error codes of the errored rows, in file order (checked when given).
    row_codes: Option<Vec<&'static str>>,
}

use crate::support::{Env, Kind};

/// A backend under test: a fresh database (PostgreSQL, or a `sqlite://` file)
/// and a private data directory.
fn backend_name(env: &Env) -> &'static str {
    match env.kind {
        Kind::Postgres => "postgres",
        _ => "sqlite",
    }
}

fn scalar(env: &Env, query: &str) -> i64 {
    env.sql(query).parse().unwrap()
}

/// The invariants a DBA relies on, whatever was thrown at the importer.
fn assert_invariants(env: &Env, after: &str) {
    let runs = env.table("import_runs");
    let raw = env.table("plaintiffs_raw");
    let plaintiffs = env.table("plaintiffs");
    let recon = env.table("v_import_reconciliation");
    let checks = [
        (
            "runs left processing",
            format!("SELECT count(*) FROM {runs} WHERE status = 'processing'"),
        ),
        (
            "completed runs that do not reconcile",
            format!(
                "SELECT count(*) FROM {recon} v JOIN {runs} r ON r.id = v.import_run_id \
                 WHERE r.status = 'completed' AND NOT v.is_reconciled"
            ),
        ),
        (
            "dedupe keys with two live raw rows",
            format!(
                "SELECT count(*) FROM (SELECT dedupe_key FROM {raw} \
                 WHERE status IN ('pending', 'promoted') GROUP BY dedupe_key \
                 HAVING count(*) > 1) d"
            ),
        ),
        (
            "live plaintiffs without their live raw row",
            format!(
                "SELECT count(*) FROM {plaintiffs} p WHERE p.deleted_at IS NULL AND NOT EXISTS \
                 (SELECT 1 FROM {raw} r WHERE r.id = p.raw_id AND r.status = 'promoted')"
            ),
        ),
        (
            "rows of runs that are not completed but still live",
            format!(
                "SELECT count(*) FROM {raw} x JOIN {runs} r ON r.id = x.import_run_id \
                 WHERE r.status <> 'completed' AND x.status IN ('pending', 'promoted')"
            ),
        ),
    ];
    for (what, query) in checks {
        assert_eq!(
            scalar(env, &query),
            0,
            "[{}] after {after}: {what}",
            backend_name(env)
        );
    }
}

/// The exit code recorded for a process killed at `TIME_LIMIT`.
const TIMED_OUT: i32 = -1000;

/// A finished `intake` process: exit code, output, wall time and peak RSS.
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    peak_rss_kb: i64,
}

/// `VmHWM` of a `/proc/PID/status` text, in KiB.
fn vm_hwm_kb(status: &str) -> Option<i64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Run a command to its end (killing it at `TIME_LIMIT`), measuring its
/// own peak RSS.
fn run_measured(mut cmd: Command) -> Ran {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn intake");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut s).ok();
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut s).ok();
        s
    });
    let pid = child.id() as libc::pid_t;
    let status_file = format!("/proc/{pid}/status");
    let mut status: libc::c_int = 0;
    let mut peak_rss_kb = 0;
    loop {
        // VmHWM is the high-water mark of the process's own memory since its
        // exec (wait4's ru_maxrss would include this test's memory: std
        // spawns with vfork, and exec records the parent's peak). Sampled
        // until exit, it misses at most the last few milliseconds' growth.
        if let Some(kb) = std::fs::read_to_string(&status_file)
            .ok()
            .and_then(|s| vm_hwm_kb(&s))
        {
            peak_rss_kb = peak_rss_kb.max(kb);
        }
        // SAFETY: plain waitpid on our own child, with a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            break;
        }
        assert!(r == 0, "waitpid failed");
        if started.elapsed() > TIME_LIMIT {
            // A hang is a finding like any other: kill it, report, go on.
            let _ = child.kill();
            let _ = child.wait();
            return Ran {
                code: TIMED_OUT,
                stdout: String::new(),
                stderr: format!("did not finish within {TIME_LIMIT:?}"),
                elapsed: started.elapsed(),
                peak_rss_kb: 0,
            };
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let elapsed = started.elapsed();
    // The child was reaped by waitpid: std must not wait for it again.
    std::mem::forget(child);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -libc::WTERMSIG(status)
    };
    Ran {
        code,
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
        elapsed,
        peak_rss_kb,
    }
}

// ---------------------------------------------------------------------------
// The corpus.

struct Corpus {
    dir: tempfile::TempDir,
    cases: Vec<Case>,
}

impl Corpus {
    fn file(&mut self, name: &str, bytes: &[u8], expect: Expect) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        // HOSTILE_CORPUS_DIR=DIR keeps a copy of every file, to replay by hand.
        if let Some(keep) = std::env::var_os("HOSTILE_CORPUS_DIR") {
            std::fs::create_dir_all(&keep).unwrap();
            std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
        }
        self.add(name, path.clone(), expect);
        path
    }

    fn add(&mut self, name: &str, path: PathBuf, expect: Expect) {
        self.cases.push(Case {
            name: name.to_string(),
            path,
            expect,
            row_codes: None,
        });
    }

    fn with_row_codes(&mut self, codes: &[&'static str]) {
        self.cases.last_mut().unwrap().row_codes = Some(codes.to_vec());
    }
}

/// `n` distinct people as CSV lines `Name i,personi@example.com`.
fn people(n: usize) -> String {
    (0..n)
        .map(|i| format!("Person {i},person{i}@example.com\n"))
        .collect()
}

/// A deterministic pseudo-random byte stream (xorshift), so a failure can be replayed.
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = std::iter::once(0xFEFF)
        .filter(|_| bom)
        .chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// A real workbook with a header row and `rows` people on its one sheet.
fn workbook(rows: usize) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write(0, 0, "Plaintiff Name").unwrap();
    sheet.write(0, 1, "Email").unwrap();
    for i in 0..rows {
        let r = i as u32 + 1;
        sheet.write(r, 0, format!("Sheet Person {i}")).unwrap();
        sheet.write(r, 1, format!("sheet{i}@example.com")).unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// A zip member's new content, written by a function.
type Member<'a> = (&'a str, &'a dyn Fn(&mut dyn Write));

/// Rewrite a zip, replacing the named members.
fn rezip(original: &[u8], replace: &[Member]) -> Vec<u8> {
    let mut reader = zip::ZipArchive::new(std::io::Cursor::new(original)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(true);
    for i in 0..reader.len() {
        let mut member = reader.by_index(i).unwrap();
        let name = member.name().to_string();
        out.start_file(name.as_str(), options).unwrap();
        match replace.iter().find(|(n, _)| *n == name) {
            Some((_, write)) => write(&mut out),
            None => {
                std::io::copy(&mut member, &mut out).unwrap();
            }
        }
    }
    out.finish().unwrap().into_inner()
}

/// The zip bomb: built once for both backends (deflating 600 MB takes a while).
fn zip_bomb(book: &[u8]) -> &'static [u8] {
    static BOMB: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BOMB.get_or_init(|| {
        rezip(
            book,
            &[("xl/worksheets/sheet1.xml", &|w: &mut dyn Write| {
                w.write_all(SHEET_HEAD.as_bytes()).unwrap();
                w.write_all(b"<sheetData>").unwrap();
                let row = br#"<row r="2"><c r="A2" t="inlineStr"><is><t>bomb</t></is></c></row>"#;
                let block = row.repeat(16 * 1024);
                for _ in 0..(600 << 20) / block.len() {
                    w.write_all(&block).unwrap();
                }
                w.write_all(b"</sheetData></worksheet>").unwrap();
            })],
        )
    })
}

const SHEET_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#;

fn build_corpus() -> Corpus {
    let mut c = Corpus {
        dir: tempfile::tempdir().unwrap(),
        cases: Vec::new(),
    };
    let h = "PlaintiffName,Email\n";

    // --- Shapes of text and lines.
    c.file("empty.csv", b"", Refused(&["EMPTY_FILE"]));
    c.file(
        "whitespace_only.csv",
        b"  \n\t\n \r\n",
        Refused(&["NO_HEADER"]),
    );
    c.file("bom_only.csv", b"\xEF\xBB\xBF", Refused(&["NO_HEADER"]));
    c.file("header_only.csv", h.as_bytes(), counts(0, 0, 0, 0));
    c.file(
        "no_trailing_newline.csv",
        b"PlaintiffName,Email\nAnn,ann@x.com\nBob,bob@x.com",
        counts(2, 2, 0, 0),
    );
    c.file(
        "crlf.csv",
        b"PlaintiffName,Email\r\nAnn,ann@x.com\r\nBob,bob@x.com\r\nCid,cid@x.com\r\n",
        counts(3, 3, 0, 0),
    );
    c.file(
        "cr_only.csv",
        b"PlaintiffName,Email\rAnn,ann@x.com\rBob,bob@x.com\r",
        counts(2, 2, 0, 0),
    );
    c.file(
        "mixed_line_endings.csv",
        b"PlaintiffName,Email\r\nAnn,ann@x.com\nBob,bob@x.com\rCid,cid@x.com\r\n",
        counts(3, 3, 0, 0),
    );
    c.file(
        "blank_lines_between.csv",
        b"\n\nPlaintiffName,Email\n\nAnn,ann@x.com\n\n\n  \nBob,bob@x.com\n\n",
        counts(2, 2, 0, 0),
    );
    c.file(
        "delimiter_only_lines.csv",
        b"PlaintiffName,Email\n,\n , \nAnn,ann@x.com\n,\n",
        counts(1, 1, 0, 0),
    );
    c.file(
        "dos_eof_marker.csv",
        b"PlaintiffName,Email\r\nAnn,ann@x.com\r\nBob,bob@x.com\r\n\x1a",
        counts(2, 2, 0, 0),
    );
    c.file(
        "trailing_delimiter.csv",
        b"PlaintiffName,Email,\nAnn,ann@x.com,\nBob,bob@x.com,\n",
        counts(2, 2, 0, 0),
    );
    c.file(
        "quoted_header.csv",
        b"\"Plaintiff Name\",\"Email\"\n\"Ann\",\"ann@x.com\"\n",
        counts(1, 1, 0, 0),
    );
    c.file(
        "semicolon.csv",
        b"PlaintiffName;Email\nAnn;ann@x.com\nBob;bob@x.com\n",
        counts(2, 2, 0, 0),
    );
    c.file(
        "tab.tsv",
        b"PlaintiffName\tEmail\nAnn\tann@x.com\nBob\tbob@x.com\n",
        counts(2, 2, 0, 0),
    );
    c.file(
        "pipe.txt",
        b"PlaintiffName|Email\nAnn|ann@x.com\nBob|bob@x.com\n",
        counts(2, 2, 0, 0),
    );

    // --- Quotes.
    c.file(
        "embedded_newlines.csv",
        b"PlaintiffName,Email,Address\nAnn,ann@x.com,\"1 Main St\nApt 2\r\nSpringfield\"\nBob,bob@x.com,\"2 Elm, \"\"B\"\"\"\n",
        counts(2, 2, 0, 0),
    );
    c.file(
        "escaped_quotes.csv",
        b"PlaintiffName,Email\n\"John \"\"JJ\"\" Doe\",jj@x.com\n",
        counts(1, 1, 0, 0),
    );
    // A quote that is never closed must not swallow the rows after it.
    c.file(
        "unterminated_quote_first_row.csv",
        b"PlaintiffName,Email\n\"Ann,ann@x.com\nBob,bob@x.com\nCid,cid@x.com\n",
        counts(3, 2, 0, 1),
    );
    c.file(
        "unterminated_quote_last_row.csv",
        b"PlaintiffName,Email\nAnn,ann@x.com\nBob,bob@x.com\n\"Cid,cid@x.com\n",
        counts(3, 2, 0, 1),
    );
    c.file(
        "stray_quote_mid_field.csv",
        b"PlaintiffName,Email\nAnn \"Annie\" Lee,ann@x.com\nBob,bob@x.com\n",
        counts(2, 2, 0, 0),
    );

    // --- Formulas, control characters, Unicode.
    c.file(
        "formulas.csv",
        b"PlaintiffName,Email\n=HYPERLINK(\"http://x\"),f1@x.com\n+cmd|' /C calc'!A0,f2@x.com\n@SUM(A1:A2),f3@x.com\n-2+3,f4@x.com\n",
        counts(4, 4, 0, 0),
    );
    c.file(
        "control_character.csv",
        b"PlaintiffName,Email\nAnn\x07,ann@x.com\nBob\x1b[31m,bob@x.com\nCid,cid@x.com\n",
        counts(3, 1, 0, 2),
    );
    c.with_row_codes(&["INVALID_CHARACTER", "INVALID_CHARACTER"]);
    c.file(
        "unicode_names.csv",
        "PlaintiffName,Email\nJosé Núñez,jose@x.com\nJose\u{301} Nu\u{301}n\u{303}ez,jose@x.com\n\u{5E9}\u{5E8}\u{5D4},rtl@x.com\n👩‍👩‍👧 Family,emoji@x.com\nＪＯＨＮ ＤＯＥ,john@x.com\nJohn   Doe,JOHN@X.COM\n".as_bytes(),
        // NFD spelling and fullwidth/extra-space spellings are the same people.
        counts(6, 4, 2, 0),
    );
    c.file(
        "nbsp_only_name.csv",
        "PlaintiffName,Email\n\u{a0}\u{2003},nobody@x.com\nAnn,ann@x.com\n".as_bytes(),
        counts(2, 1, 0, 1),
    );
    c.with_row_codes(&["MISSING_NAME"]);
    c.file(
        "invalid_emails.csv",
        b"PlaintiffName,Email\nAnn,not-an-email\nBob,bob@\nCid,cid@x.com\n",
        counts(3, 1, 0, 2),
    );
    c.with_row_codes(&["INVALID_EMAIL", "INVALID_EMAIL"]);
    c.file(
        "ragged_rows.csv",
        b"PlaintiffName,Email\nAnn\nBob,bob@x.com,extra\nCid,cid@x.com\n",
        counts(3, 1, 0, 2),
    );
    c.with_row_codes(&["INVALID_FIELD_COUNT", "INVALID_FIELD_COUNT"]);
    c.file(
        "header_repeated_in_data.csv",
        b"PlaintiffName,Email\nAnn,ann@x.com\nPlaintiffName,Email\nBob,bob@x.com\n",
        counts(3, 2, 0, 1),
    );
    c.file(
        "same_person_10k_times.csv",
        format!("{h}{}", "Ann,ann@x.com\n".repeat(10_000)).as_bytes(),
        counts(10_000, 1, 9_999, 0),
    );
    c.file(
        "duplicate_header_names.csv",
        b"PlaintiffName,Email,Notes,Notes\nAnn,ann@x.com,a,b\n",
        counts(1, 1, 0, 0),
    );

    // --- Encodings.
    c.file(
        "windows1252.csv",
        b"PlaintiffName;Email\r\nJos\xe9 N\xfa\xf1ez;jose@x.com\r\nFran\xe7ois;fr@x.com\r\n",
        counts(2, 2, 0, 0),
    );
    let mut one_bad = format!("{h}José Núñez,jose@x.com\nRenée,renee@x.com\n").into_bytes();
    one_bad.extend_from_slice(b"Bj\xf6rn,bjorn@x.com\n");
    one_bad.extend_from_slice("Zoë,zoe@x.com\nÅsa,asa@x.com\n".as_bytes());
    c.file("utf8_one_invalid_byte.csv", &one_bad, counts(5, 4, 0, 1));
    c.with_row_codes(&["INVALID_ENCODING"]);
    let mut truncated = format!("{h}José,jose@x.com\nRenée,renee@x.com\nZo").into_bytes();
    truncated.push(0xC3); // the first byte of "ë", cut off
    c.file(
        "utf8_truncated_last_char.csv",
        &truncated,
        counts(3, 2, 0, 1),
    );
    c.with_row_codes(&["INVALID_ENCODING"]);
    let text = "PlaintiffName,Email\nJosé,jose@x.com\nZoë,zoe@x.com\n";
    c.file(
        "utf16le_bom.csv",
        &utf16(text, false, true),
        counts(2, 2, 0, 0),
    );
    c.file(
        "utf16be_bom.csv",
        &utf16(text, true, true),
        counts(2, 2, 0, 0),
    );
    c.file(
        "utf16le_no_bom.csv",
        &utf16(text, false, false),
        counts(2, 2, 0, 0),
    );
    c.file(
        "utf16be_no_bom.csv",
        &utf16(text, true, false),
        counts(2, 2, 0, 0),
    );
    c.file(
        "nul_in_one_row.csv",
        b"PlaintiffName,Email\nAnn,ann@x.com\nB\x00b,bob@x.com\nCid,cid@x.com\n",
        counts(3, 2, 0, 1),
    );

    // --- Sizes.
    let wide: String = (0..100_000).map(|i| format!(",c{i}")).collect();
    let wide_row: String = (0..100_000).map(|_| ",v").collect();
    c.file(
        "100k_columns.csv",
        format!("PlaintiffName{wide}\nAnn{wide_row}\nBob{wide_row}\n").as_bytes(),
        counts(2, 2, 0, 0),
    );
    let dup_wide: String = (0..20_000).map(|_| ",Notes").collect();
    let dup_row: String = (0..20_000).map(|_| ",n").collect();
    c.file(
        "20k_repeated_header_names.csv",
        format!("PlaintiffName{dup_wide}\nAnn{dup_row}\n").as_bytes(),
        counts(1, 1, 0, 0),
    );
    c.file(
        "20mb_field.csv",
        format!(
            "PlaintiffName,Email,Notes\nAnn,ann@x.com,{}\nBob,bob@x.com,ok\n",
            "x".repeat(20 << 20)
        )
        .as_bytes(),
        counts(2, 1, 0, 1),
    );
    c.with_row_codes(&["FIELD_TOO_LONG"]);
    // One 10 MB line and nothing else: no name column, and the refusal must
    // not echo 10 MB of "headers found".
    c.file(
        "10mb_single_line.csv",
        "a".repeat(10 << 20).as_bytes(),
        Refused(&["MISSING_COLUMNS"]),
    );
    let wide_name: String = (0..999).map(|i| format!("c{i},")).collect();
    let wide_vals: String = (0..999).map(|i| format!("{i},")).collect();
    c.file(
        "name_in_column_1000.csv",
        format!("{wide_name}PlaintiffName\n{wide_vals}Ann\n").as_bytes(),
        counts(1, 1, 0, 0),
    );
    c.file(
        "5000_people.csv",
        format!("{h}{}", people(5_000)).as_bytes(),
        counts(5_000, 5_000, 0, 0),
    );

    // --- Not CSV at all.
    c.file(
        "missing_name_column.csv",
        b"Email,Phone\na@x.com,555\n",
        Refused(&["MISSING_COLUMNS"]),
    );
    c.file(
        "random_bytes.csv",
        &random_bytes(64 * 1024, 0x9E37_79B9_7F4A_7C15),
        Refused(&["BINARY_FILE", "NO_HEADER", "MISSING_COLUMNS"]),
    );
    c.file(
        "random_bytes_2.bin",
        &random_bytes(3000, 42),
        Refused(&["BINARY_FILE", "NO_HEADER", "MISSING_COLUMNS"]),
    );
    for (name, head) in [
        ("picture.png.csv", &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..]),
        ("document.pdf.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("archive.gz.csv", b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
        ("program.elf.csv", b"\x7fELF\x02\x01\x01\0\0\0"),
        ("database.sqlite.csv", b"SQLite format 3\0\x10\0"),
    ] {
        let mut bytes = head.to_vec();
        bytes.extend_from_slice(&random_bytes(4096, bytes.len() as u64 + 7));
        c.file(name, &bytes, Refused(&["BINARY_FILE"]));
    }
    c.file(
        "html_saved_as.xls",
        b"<html><body><table><tr><td>Name</td></tr><tr><td>Ann</td></tr></table></body></html>\n",
        Refused(&["MISSING_COLUMNS"]),
    );

    // --- Workbooks, real and broken.
    let book = workbook(2);
    c.file("workbook.xlsx", &book, counts(2, 2, 0, 0));
    c.file("workbook_named.csv", &book, counts(2, 2, 0, 0));
    c.file(
        "csv_named.xlsx",
        b"PlaintiffName,Email\nAnn,ann@x.com\nBob,bob@x.com\n",
        counts(2, 2, 0, 0),
    );
    c.file(
        "truncated.xlsx",
        &book[..book.len() / 2],
        Refused(&["EXCEL_ERROR", "BINARY_FILE"]),
    );
    c.file(
        "not_a_zip.xlsx",
        b"PK\x03\x04this is not really a zip file",
        Refused(&["EXCEL_ERROR", "BINARY_FILE"]),
    );
    let text_zip = {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        w.start_file("readme.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(b"PlaintiffName,Email\nAnn,ann@x.com\n")
            .unwrap();
        w.finish().unwrap().into_inner()
    };
    c.file(
        "zip_of_text.xlsx",
        &text_zip,
        Refused(&["EXCEL_ERROR", "BINARY_FILE"]),
    );
    c.file(
        "ole_garbage.xls",
        &[
            &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"[..],
            &random_bytes(8192, 3),
        ]
        .concat(),
        Refused(&["EXCEL_ERROR", "BINARY_FILE"]),
    );
    let empty_sheet = {
        let mut b = rust_xlsxwriter::Workbook::new();
        b.add_worksheet();
        b.save_to_buffer().unwrap()
    };
    c.file("empty_sheet.xlsx", &empty_sheet, Refused(&["NO_HEADER"]));
    // ~600 MB of sheet XML deflated to a few MB: refused, not inflated.
    c.file(
        "zip_bomb.xlsx",
        zip_bomb(&book),
        Refused(&["WORKBOOK_TOO_LARGE"]),
    );
    let huge_dimension = rezip(
        &book,
        &[("xl/worksheets/sheet1.xml", &|w: &mut dyn Write| {
            write!(
                w,
                r#"{SHEET_HEAD}<dimension ref="A1:XFD20000000"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Plaintiff Name</t></is></c></row><row r="20000000"><c r="A20000000" t="inlineStr"><is><t>Ann</t></is></c></row></sheetData></worksheet>"#
            )
            .unwrap();
        })],
    );
    c.file(
        "declares_20m_rows.xlsx",
        &huge_dimension,
        Refused(&["WORKBOOK_TOO_LARGE"]),
    );
    let bad_shared_string = rezip(
        &book,
        &[("xl/worksheets/sheet1.xml", &|w: &mut dyn Write| {
            write!(
                w,
                r#"{SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Plaintiff Name</t></is></c></row><row r="2"><c r="A2" t="s"><v>99999</v></c></row></sheetData></worksheet>"#
            )
            .unwrap();
        })],
    );
    c.file(
        "shared_string_index_out_of_range.xlsx",
        &bad_shared_string,
        Refused(&["EXCEL_ERROR"]),
    );

    // --- Not regular files.
    let fifo = c.dir.path().join("pipe.csv");
    let ok = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(ok.success());
    c.add("fifo.csv", fifo, counts(2, 2, 0, 0));
    c.add(
        "dev_zero",
        PathBuf::from("/dev/zero"),
        Refused(&["FILE_UNREADABLE", "NOT_A_FILE"]),
    );
    c.add(
        "dev_null",
        PathBuf::from("/dev/null"),
        Refused(&["FILE_UNREADABLE", "NOT_A_FILE", "EMPTY_FILE"]),
    );
    c.add(
        "a_directory",
        c.dir.path().to_path_buf(),
        Refused(&["FILE_UNREADABLE", "NOT_A_FILE"]),
    );
    c.add(
        "does_not_exist.csv",
        c.dir.path().join("nope.csv"),
        Refused(&["FILE_NOT_FOUND"]),
    );
    c
}

/// What the FIFO case writes into the pipe while intake reads it.
const FIFO_CONTENT: &[u8] =
    b"PlaintiffName,Email\nFifo Ann,fifo.ann@x.com\nFifo Bob,fifo.bob@x.com\n";

fn feed_fifo(path: &Path) -> std::thread::JoinHandle<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        // Non-blocking open fails until intake opens the reading end; give
        // up with the time limit so a refusal never hangs the test.
        let started = Instant::now();
        while started.elapsed() < TIME_LIMIT {
            let opened = std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(&path);
            if let Ok(mut f) = opened {
                let _ = f.write_all(FIFO_CONTENT);
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    })
}

fn json(ran: &Ran, case: &str) -> serde_json::Value {
    serde_json::from_str(ran.stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "{case}: not JSON ({e}): {} / stderr: {}",
            ran.stdout, ran.stderr
        )
    })
}

fn run_corpus(backend: &Env) {
    let migrate = run_measured(backend.command(&["migrate"]));
    assert_eq!(migrate.code, 0, "migrate: {}", migrate.stderr);
    let corpus = build_corpus();
    assert!(corpus.cases.len() >= 60, "{} cases", corpus.cases.len());
    let mut failures = Vec::new();
    for case in &corpus.cases {
        let feeder = (case.name == "fifo.csv").then(|| feed_fifo(&case.path));
        let source = format!("hostile_{}", case.name.replace(['.', ' '], "_"));
        let ran = run_measured(backend.command(&[
            "import",
            "--file",
            case.path.to_str().unwrap(),
            "--source",
            &source,
            "--json",
        ]));
        if let Some(f) = feeder {
            f.join().unwrap();
        }
        let label = format!("[{}] {}", backend_name(backend), case.name);
        let mut problems = Vec::new();
        if ran.code == TIMED_OUT {
            failures.push(format!("{label}: {}", ran.stderr));
            continue;
        }
        for needle in ["panicked at", "stack backtrace", "RUST_BACKTRACE"] {
            if ran.stderr.contains(needle) || ran.stdout.contains(needle) {
                problems.push(format!("output mentions {needle:?}"));
            }
        }
        if ran.stderr.len() > 16 * 1024 {
            problems.push(format!("stderr is {} bytes long", ran.stderr.len()));
        }
        if ran.peak_rss_kb > PEAK_RSS_LIMIT_KB {
            problems.push(format!("peak RSS {} MB", ran.peak_rss_kb / 1024));
        }
        let out = json(&ran, &label);
        match &case.expect {
            Counts {
                fetched,
                inserted,
                skipped,
                errored,
            } => {
                let got = (
                    ran.code,
                    out["status"].as_str().unwrap_or("?").to_string(),
                    out["fetched"].as_i64().unwrap_or(-1),
                    out["inserted"].as_i64().unwrap_or(-1),
                    out["skipped"].as_i64().unwrap_or(-1),
                    out["errored"].as_i64().unwrap_or(-1),
                );
                let want = (
                    0,
                    "completed".to_string(),
                    *fetched,
                    *inserted,
                    *skipped,
                    *errored,
                );
                if got != want {
                    problems.push(format!(
                        "(exit, status, fetched, inserted, skipped, errored) = {got:?}, want {want:?}; error: {}",
                        out["error"]
                    ));
                } else if let Some(codes) = &case.row_codes {
                    let run_id = out["run_id"].as_str().unwrap();
                    let raw = backend.table("plaintiffs_raw");
                    let mut distinct = codes.clone();
                    distinct.dedup();
                    for code in distinct {
                        let want = codes.iter().filter(|c| **c == code).count() as i64;
                        let n = scalar(
                            backend,
                            &format!(
                                "SELECT count(*) FROM {raw} WHERE import_run_id = '{run_id}' \
                             AND status = 'failed' AND error_code = '{code}'"
                            ),
                        );
                        if n != want {
                            problems.push(format!("{n} rows with {code}, want {want}"));
                        }
                    }
                }
            }
            Refused(codes) => {
                let code = out["error"]["code"].as_str().unwrap_or("?");
                if ran.code != 2 || !codes.contains(&code) {
                    problems.push(format!(
                        "exit {} with {code} ({}), want exit 2 with one of {codes:?}",
                        ran.code, out["error"]["message"]
                    ));
                }
            }
        }
        assert_invariants(backend, &label);
        if !problems.is_empty() {
            failures.push(format!("{label}: {}", problems.join("; ")));
        }
        eprintln!(
            "{label}: exit {} in {:.2}s, peak {} MB",
            ran.code,
            ran.elapsed.as_secs_f64(),
            ran.peak_rss_kb / 1024
        );
    }
    // Every file that was imported is now a duplicate batch: no-op, exit 0.
    for case in &corpus.cases {
        if !matches!(case.expect, Counts { .. }) || case.name == "fifo.csv" {
            continue;
        }
        let source = format!("hostile_{}", case.name.replace(['.', ' '], "_"));
        let path = case.path.to_str().unwrap();
        let ran = run_measured(
            backend.command(&["import", "--file", path, "--source", &source, "--json"]),
        );
        let out = json(&ran, &case.name);
        if ran.code != 0 || out["status"] != "duplicate" {
            failures.push(format!(
                "[{}] {} again: exit {} status {}, want 0 duplicate",
                backend_name(backend),
                case.name,
                ran.code,
                out["status"]
            ));
        }
    }
    assert_invariants(backend, "the second pass");
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        corpus.cases.len(),
        failures.join("\n")
    );
}

#[test]
fn hostile_corpus_on_embedded_sqlite() {
    run_corpus(&Env::new(Kind::SqliteUrl));
}

#[test]
fn hostile_corpus_on_postgres() {
    run_corpus(&Env::new(Kind::Postgres));
}
