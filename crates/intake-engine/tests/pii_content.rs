//! SPEC §5 on both backends: SSNs, card numbers and tax ids written anywhere in
//! a file — a name, an email, an address, notes, a header name, the file name —
//! are stored masked to the last 4, and the original digits appear nowhere in
//! the database, the dry-run preview or the report.

use crate::common;

use common::*;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::{pipeline, BackendKind, ImportRequest, ImportStatus, PreviewRow};

const CSV: &str = "\
Plaintiff Name,Email,Phone,Address,City,State,Zip,Notes,Ref 661-30-4455
Ann Lee 536-22-8147,ann-536-22-8147@example.com,(212) 555-1000,\"12 Main St, card 4111 1111 1111 1111\",New York,NY,10001-2345,\"EIN 87-6543219; tax id 402117788; paid $12,345.67 on 2024-03-15; not a card 1234 5678 9012 3456\",R-1
Bob Stone,bob@example.com,+1 212 555 1001,1 Elm St,Austin,TX,78701,\"ssn 402117789; card 5500-0000-0000-0004; for the court file see case 123456780\",4111111111111111
,carl@example.com,,,,,,SSN 771-20-3344,R-3
Ann Lee 536-22-8147,ann-536-22-8147@example.com,,,,,,again 536-22-8147,R-4
";

const FILE_NAME: &str = "vendor 733-12-9001.csv";
const BATCH_ID: &str = "B 733-12-9002";

/// Every original number, in the forms it could be stored in: as written,
/// digits only, and the leading digits that masking hides (kept long enough,
/// or with their separator, not to turn up by chance in a hex id or hash).
fn originals() -> Vec<&'static str> {
    vec![
        // SSN in the name and the email (and the duplicate row's notes).
        "536-22-8147",
        "536228147",
        "536-22",
        // SSN in a header name.
        "661-30-4455",
        "661304455",
        "661-30",
        // Visa test number in the address and in the `Ref` column.
        "4111 1111 1111 1111",
        "4111111111111111",
        "4111 1111",
        "41111111",
        // EIN and bare 9-digit tax ids / SSN next to their words.
        "87-6543219",
        "876543219",
        "87-654",
        "402117788",
        "402117789",
        "4021177",
        // Mastercard test number.
        "5500-0000-0000-0004",
        "5500000000000004",
        "5500-0000",
        // SSN in an errored row's notes.
        "771-20-3344",
        "771203344",
        "771-20",
        // SSNs in the file name and the batch id.
        "733-12-9001",
        "733-12-9002",
        "733-12",
    ]
}

/// What must be there, masked, and what is not PII and must stay intact.
const EXPECTED: &[&str] = &[
    "Ann Lee ***-**-8147",
    "ann-***-**-8147@example.com",
    "12 Main St, card **** **** **** 1111",
    "Ref ***-**-4455",
    "EIN **-***3219; tax id *****7788",
    "ssn *****7789; card ****-****-****-0004",
    "************1111",
    "SSN ***-**-3344",
    "vendor ***-**-9001.csv",
    "B ***-**-9002",
    // Not PII: kept as written.
    "(212) 555-1000",
    "+1 212 555 1001",
    "10001-2345",
    "$12,345.67",
    "2024-03-15",
    "1234 5678 9012 3456",
    "case 123456780",
];

fn assert_clean(what: &str, text: &str) {
    for original in originals() {
        assert!(
            !text.contains(original),
            "{what} holds '{original}' unmasked:\n{text}"
        );
    }
}

fn request_for(path: &std::path::Path) -> ImportRequest {
    ImportRequest {
        batch_id: Some(BATCH_ID.to_string()),
        ..request(path, "acme")
    }
}

/// Every text of every table (each row as text, jsonb included).
async fn whole_database_text(db: &TestDb) -> String {
    let mut out = String::new();
    match db.kind() {
        BackendKind::Postgres => {
            let tables = db
                .rows(
                    "SELECT table_schema || '.' || table_name FROM information_schema.tables \
                     WHERE table_schema IN ('ingest', 'public') AND table_type = 'BASE TABLE' \
                     ORDER BY 1",
                )
                .await;
            assert!(tables.len() >= 3, "{tables:?}");
            for t in tables {
                for row in db
                    .rows(&format!("SELECT CAST(t AS TEXT) FROM {} t", t[0]))
                    .await
                {
                    out.push_str(&format!("{}: {}\n", t[0], row[0]));
                }
            }
        }
        BackendKind::Sqlite => {
            let columns = db
                .rows(
                    "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
                     WHERE m.type = 'table' ORDER BY m.name, p.cid",
                )
                .await;
            assert!(columns.len() >= 20, "{columns:?}");
            for c in columns {
                for row in db
                    .rows(&format!(
                        "SELECT CAST(\"{}\" AS TEXT) FROM \"{}\"",
                        c[1], c[0]
                    ))
                    .await
                {
                    out.push_str(&format!("{}.{}: {}\n", c[0], c[1], row[0]));
                }
            }
        }
    }
    out
}

/// The bytes at rest: `pg_dump` of the database, or the SQLite files
/// themselves (free pages and the WAL included).
fn database_at_rest(db: &TestDb) -> String {
    match db.kind() {
        BackendKind::Postgres => {
            let out = std::process::Command::new("pg_dump")
                .args(["--data-only", "--dbname", &db.url])
                .output()
                .expect("run pg_dump");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).into_owned()
        }
        BackendKind::Sqlite => {
            let path = db.url.trim_start_matches("sqlite://");
            let dir = std::path::Path::new(path).parent().unwrap();
            let mut text = String::new();
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_file() {
                    text.push_str(&String::from_utf8_lossy(&std::fs::read(path).unwrap()));
                }
            }
            assert!(text.len() > 4096, "the database file was read");
            text
        }
    }
}

async fn pii_in_content_is_never_stored(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, path) = temp_file(FILE_NAME, CSV.as_bytes());

    // The dry run: preview rows and report.
    let mut preview: Vec<PreviewRow> = Vec::new();
    let dry = pipeline::preview(
        db.store.as_ref(),
        &request_for(&path),
        &mut |rows| preview.extend(rows),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(
        (
            dry.status,
            dry.fetched,
            dry.inserted,
            dry.skipped,
            dry.errored
        ),
        (ImportStatus::DryRun, 4, 2, 1, 1)
    );
    assert_eq!(dry.filename, "vendor ***-**-9001.csv");
    let header_shown: Vec<&str> = dry.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(header_shown.last(), Some(&"Ref ***-**-4455"));
    let preview_text = serde_json::to_string(&preview).unwrap();
    assert_clean("the preview", &preview_text);
    assert_clean("the dry-run report", &format!("{dry:?}"));
    assert!(
        preview_text.contains("\"plaintiff_name\":\"Ann Lee ***-**-8147\""),
        "{preview_text}"
    );
    assert_eq!(db.count("import_runs").await, 0, "a dry run writes nothing");

    // The import.
    let report = db.import(&request_for(&path)).await;
    assert_eq!(
        (
            report.status,
            report.inserted,
            report.skipped,
            report.errored,
            report.reconciled
        ),
        (ImportStatus::Completed, 2, 1, 1, Some(true)),
        "{report:?}"
    );
    assert_clean("the report", &format!("{report:?}"));
    let run_id = report.run_id.unwrap();
    let listings = format!(
        "{:?}\n{:?}\n{:?}",
        db.store.errored_rows(run_id).await.unwrap(),
        db.store.blocked_duplicates(run_id).await.unwrap(),
        db.store
            .list_runs(&intake_engine::RunFilter::default().normalized())
            .await
            .unwrap()
    );
    assert_clean("the run listings", &listings);

    // Every text column of every table, then the bytes at rest.
    let everything = whole_database_text(&db).await;
    assert_clean("the database", &everything);
    for expected in EXPECTED {
        assert!(
            everything.contains(expected),
            "'{expected}' missing from the database:\n{everything}"
        );
    }
    assert_clean("the database at rest", &database_at_rest(&db));

    // The plaintiff rows, exactly.
    let plaintiffs = db
        .rows(&format!(
            "SELECT plaintiff_name, contact_email, contact_phone, contact_address, \
             coalesce(source_reference, 'NULL') FROM {} ORDER BY plaintiff_name",
            db.table("plaintiffs")
        ))
        .await;
    assert_eq!(
        plaintiffs,
        vec![
            vec![
                "Ann Lee ***-**-8147",
                "ann-***-**-8147@example.com",
                "(212) 555-1000",
                "12 Main St, card **** **** **** 1111, New York, NY 10001-2345",
                "NULL",
            ],
            vec![
                "Bob Stone",
                "bob@example.com",
                "+1 212 555 1001",
                "1 Elm St, Austin, TX 78701",
                "NULL",
            ],
        ]
    );

    // The key is computed from the masked name and email, as stored.
    let keys = db
        .rows(&format!(
            "SELECT dedupe_key FROM {} WHERE plaintiff_name LIKE 'Ann%' ORDER BY row_index",
            db.table("plaintiffs_raw")
        ))
        .await;
    let expected_key = intake_engine::dedupe_key::dedupe_key(
        "acme",
        "Ann Lee ***-**-8147",
        Some("ann-***-**-8147@example.com"),
    );
    assert_eq!(keys, vec![vec![expected_key.clone()], vec![expected_key]]);
    if kind == BackendKind::Postgres {
        let disagree = db
            .scalar(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM public.plaintiffs \
                 WHERE ingest.compute_plaintiff_dedupe_key(source_system, plaintiff_name, contact_email) \
                       IS DISTINCT FROM dedupe_key",
            )
            .await;
        assert_eq!(disagree, 0);
    }

    // Re-importing the same plaintiffs in another file: the masked keys meet.
    let more = format!("{CSV}Dan Roe,dan@example.com,,,,,,,R-5\n");
    let (_d2, again) = temp_file("again.csv", more.as_bytes());
    let second = db.import(&request(&again, "acme")).await;
    assert_eq!(
        (second.inserted, second.skipped_existing, second.errored),
        (1, 2, 1),
        "{second:?}"
    );
    assert_clean(
        "the database after a re-import",
        &whole_database_text(&db).await,
    );
}

conformance!(pii_in_content_is_never_stored);
