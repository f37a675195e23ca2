//! Hostile text, both backends: one bad byte, a NUL, UTF-16 without a BOM or
//! a stray quote errors its own row (naming the file line) — never the whole
//! file, never garbling the other rows, never swallowing rows.

use crate::common;

use common::*;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::{pipeline, BackendKind, ImportRequest, ImportStatus};

/// `(row_index, code, message)` of a run's errored rows, in row order.
async fn errors(db: &TestDb, run: uuid::Uuid) -> Vec<(i64, String, String)> {
    let mut rows: Vec<(i64, String, String)> = db
        .store
        .errored_rows(run)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.row_index, e.error_code, e.error_message))
        .collect();
    rows.sort();
    rows
}

fn owned(rows: &[(i64, &str, &str)]) -> Vec<(i64, String, String)> {
    rows.iter()
        .map(|(i, c, m)| (*i, c.to_string(), m.to_string()))
        .collect()
}

/// The raw payload of row `row_index` of a run, parsed.
async fn payload(db: &TestDb, run: uuid::Uuid, row_index: i64) -> serde_json::Value {
    let rows = db
        .rows(&format!(
            "SELECT CAST(raw_payload AS TEXT) FROM {} WHERE import_run_id = '{run}' AND row_index = {row_index}",
            db.table("plaintiffs_raw")
        ))
        .await;
    serde_json::from_str(&rows[0][0]).unwrap()
}

async fn count_names(db: &TestDb, pattern: &str) -> i64 {
    db.scalar(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM {} WHERE plaintiff_name LIKE '{pattern}'",
        db.table("plaintiffs")
    ))
    .await
}

/// 1,000 UTF-8 rows (header on line 1, row i on line i + 2), where `bad`
/// replaces some rows' bytes.
fn utf8_file(bad: &[(usize, &[u8])]) -> Vec<u8> {
    let mut out = b"Name,Email,Notes\n".to_vec();
    for i in 0..1000 {
        match bad.iter().find(|(at, _)| *at == i) {
            Some((_, bytes)) => out.extend_from_slice(bytes),
            None => {
                out.extend_from_slice(format!("José Núñez {i},j{i}@example.es,Añejo\n").as_bytes())
            }
        }
    }
    out
}

/// The case: a UTF-8 file with one Windows-1252 byte in the middle and
/// a character cut off at the end stays UTF-8; exactly those two rows are
/// errored, every other name is stored as written — and importing the
/// corrected file adds the two rows, not 1,000 duplicates.
async fn utf8_with_two_bad_sequences_stays_utf8(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let bytes = utf8_file(&[
        (499, b"M\xfcller 499,m499@example.de,x\n"),
        (999, b"Ann Lee,ann@example.com,Caf\xC3"),
    ]);
    let (_d, path) = temp_file("vendor.csv", &bytes);
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(report.encoding, "UTF-8");
    assert_eq!(
        (
            report.status,
            report.fetched,
            report.inserted,
            report.errored
        ),
        (ImportStatus::Completed, 1000, 998, 2),
        "{report:?}"
    );
    assert_eq!(report.reconciled, Some(true));
    let run = report.run_id.unwrap();
    assert_eq!(
        errors(&db, run).await,
        owned(&[
            (
                499,
                "INVALID_ENCODING",
                "Line 501 is not valid UTF-8 text (byte 0xFC in plaintiff_name); fix the file or choose its encoding"
            ),
            (
                999,
                "INVALID_ENCODING",
                "Line 1001 is not valid UTF-8 text (byte 0xC3 in column 'Notes'); fix the file or choose its encoding"
            ),
        ])
    );
    assert_eq!(count_names(&db, "José Núñez %").await, 998);
    assert_eq!(count_names(&db, "%Ã%").await, 0);
    assert_eq!(db.live_plaintiffs().await, 998);
    // Invalid bytes are never stored raw: U+FFFD stands in for them.
    let bad = payload(&db, run, 499).await;
    assert_eq!(bad["Name"], "M\u{FFFD}ller 499");
    assert_eq!(payload(&db, run, 999).await["Notes"], "Caf\u{FFFD}");
    assert_eq!(payload(&db, run, 0).await["Name"], "José Núñez 0");

    // The vendor sends the corrected file: only the two fixed rows are new.
    let fixed = utf8_file(&[
        (499, "Müller 499,m499@example.de,x\n".as_bytes()),
        (999, "Ann Lee,ann@example.com,Café\n".as_bytes()),
    ]);
    let (_f, fixed_path) = temp_file("vendor_fixed.csv", &fixed);
    let report = db.import(&request(&fixed_path, "acme")).await;
    assert_eq!(
        (
            report.encoding.as_str(),
            report.inserted,
            report.skipped,
            report.errored
        ),
        ("UTF-8", 2, 998, 0),
        "{report:?}"
    );
    assert_eq!(db.live_plaintiffs().await, 1000);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);
}

/// A file in Windows-1252 as a whole is still read as Windows-1252; a clerk
/// can choose the encoding, and an unknown label is refused before anything.
async fn windows_1252_and_the_encoding_override(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let mut bytes = b"Name;Email\r\n".to_vec();
    for i in 0..50 {
        bytes.extend_from_slice(
            format!("Jos\u{e9} N\u{fa}\u{f1}ez {i};j{i}@example.es\r\n").as_bytes(),
        );
    }
    // Written as Windows-1252: é ú ñ are single bytes.
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(&bytes).unwrap());
    let (_d, path) = temp_file("jbi.csv", &cp1252);

    // Read as UTF-8 by choice: every row is errored, none is garbled.
    let chosen = db
        .import(&ImportRequest {
            dry_run: true,
            encoding: Some("utf-8".into()),
            ..request(&path, "jbi")
        })
        .await;
    assert_eq!(
        (
            chosen.encoding.as_str(),
            chosen.fetched,
            chosen.errored,
            chosen.inserted
        ),
        ("UTF-8", 50, 50, 0)
    );
    let unknown = pipeline::import(
        db.store.as_ref(),
        &ImportRequest {
            encoding: Some("klingon".into()),
            ..request(&path, "jbi")
        },
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err();
    assert_eq!(unknown.code(), "INVALID_ARGUMENT");
    assert_eq!(
        unknown.to_string(),
        "Invalid argument: 'klingon' is not a known text encoding (e.g. UTF-8, windows-1252, UTF-16LE, UTF-16BE, ISO-8859-2)"
    );
    assert_eq!(db.count("import_runs").await, 0);

    let report = db.import(&request(&path, "jbi")).await;
    assert_eq!(report.encoding, "windows-1252");
    assert_eq!((report.inserted, report.errored), (50, 0));
    assert_eq!(count_names(&db, "José Núñez %").await, 50);
}

/// UTF-16 without a byte order mark, little- and big-endian.
async fn utf16_without_bom(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let text = "Name\tEmail\r\nJosé Núñez\tj@example.es\r\nBjörn Ångström\tb@example.se\r\n";
    for (big_endian, label) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
        let bytes: Vec<u8> = text
            .encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect();
        let (_d, path) = temp_file("utf16.txt", &bytes);
        let report = db.import(&request(&path, label)).await;
        assert_eq!(
            (
                report.encoding.as_str(),
                report.delimiter.as_deref(),
                report.inserted,
                report.errored
            ),
            (label, Some("tab"), 2, 0),
            "{report:?}"
        );
    }
    assert_eq!(count_names(&db, "José Núñez").await, 2);
    assert_eq!(count_names(&db, "Björn Ångström").await, 2);
}

/// A NUL byte in a text file errors its row only (it used to refuse the file).
async fn nul_byte_errors_its_row(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, path) = temp_file(
        "nul.csv",
        b"name,email\nJane Roe,jane@example.com\nJohn\0Doe,john@example.com\nAl Poe,al@example.com\n",
    );
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (
            report.status,
            report.fetched,
            report.inserted,
            report.errored
        ),
        (ImportStatus::Completed, 3, 2, 1),
        "{report:?}"
    );
    let run = report.run_id.unwrap();
    assert_eq!(
        errors(&db, run).await,
        owned(&[(
            1,
            "INVALID_ENCODING",
            "Line 3 contains a NUL byte (in plaintiff_name)"
        )])
    );
    assert_eq!(payload(&db, run, 1).await["name"], "John\u{FFFD}Doe");
}

/// A stray quote on the first data row no longer swallows the rows after
/// it: its line is one errored row, every other row imports.
async fn stray_quotes_never_swallow_rows(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, path) = temp_file(
        "quotes.csv",
        b"Name,Email,Address\n\"Doe, John,jd@example.com,1 Main St\nAnn Lee,ann@example.com,\"2 Elm St\nApt 4\"\nBob Ray,\"bob@example.com\",3 Oak St\nCy Lo,cy@example.com,\"open\n",
    );
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (report.fetched, report.inserted, report.errored),
        (4, 2, 2),
        "{report:?}"
    );
    let run = report.run_id.unwrap();
    assert_eq!(
        errors(&db, run).await,
        owned(&[
            (
                0,
                "INVALID_QUOTE",
                "Line 2 has a quote that is not closed on its line (it would swallow the lines after it)"
            ),
            (3, "INVALID_QUOTE", "Line 6 has a quote that is never closed"),
        ])
    );
    // The legit multi-line address is intact.
    assert_eq!(payload(&db, run, 1).await["Address"], "2 Elm St\nApt 4");
    assert_eq!(payload(&db, run, 0).await["Name"], "\"Doe");
}

/// 100,000 columns, most of them named alike: mapped in linear time.
async fn hundred_thousand_repeated_columns(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let columns = 100_000;
    let mut text = String::from("Name");
    text.push_str(&",Col".repeat(columns - 1));
    text.push('\n');
    for row in ["Ann Lee", "Bob Ray"] {
        text.push_str(row);
        text.push_str(&",x".repeat(columns - 1));
        text.push('\n');
    }
    let (_d, path) = temp_file("wide.csv", text.as_bytes());
    let report = db
        .import(&ImportRequest {
            dry_run: true,
            ..request(&path, "acme")
        })
        .await;
    assert_eq!(
        (report.fetched, report.inserted),
        (2, 2),
        "{:?}",
        report.error
    );
    assert_eq!(report.columns.len(), columns);
    // That the header mapping stays linear is counted, not timed, by
    // `headers::tests::a_hundred_thousand_repeated_headers_map_in_linear_work`.
}

conformance!(
    utf8_with_two_bad_sequences_stays_utf8,
    windows_1252_and_the_encoding_override,
    utf16_without_bom,
    nul_byte_errors_its_row,
    stray_quotes_never_swallow_rows,
    hundred_thousand_repeated_columns,
);
