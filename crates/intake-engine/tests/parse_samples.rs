//! The sample files of `shared/samples` through hash → parse → map → validate,
//! with the exact counts their README gives.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use intake_engine::hashing::inspect_file;
use intake_engine::header_row::{find_header, HeaderRules};
use intake_engine::headers::map_headers;
use intake_engine::model::{LandingRow, RowKind};
use intake_engine::parse::{delimiter_label, open, FileKind};
use intake_engine::validate::build_row;
use intake_engine::EngineError;

/// `shared/samples` beside the clone (`INTAKE_SAMPLES_DIR` wins when set).
fn samples_dir() -> PathBuf {
    let dir = match std::env::var_os("INTAKE_SAMPLES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/samples"
        )),
    };
    assert!(
        dir.is_dir(),
        "samples folder not found: {} (set INTAKE_SAMPLES_DIR)",
        dir.display()
    );
    dir
}

struct Parsed {
    encoding: String,
    delimiter: Option<String>,
    kind: FileKind,
    headers: Vec<String>,
    header_line: u64,
    canonical: Vec<Option<String>>,
    rows: Vec<LandingRow>,
}

fn parse_sample(name: &str, source: &str) -> Result<Parsed, EngineError> {
    let facts = inspect_file(&samples_dir().join(name), &mut |_| {})?;
    let opened = open(&facts, None)?;
    let (overrides, column_map) = (BTreeMap::new(), BTreeMap::new());
    let rules = HeaderRules {
        overrides: &overrides,
        column_map: &column_map,
        header_row: None,
    };
    let found = find_header(opened.headers, opened.header_line, opened.records, &rules)?;
    let map = found.map;
    let mut rows = Vec::new();
    for (i, record) in found.records.enumerate() {
        rows.push(build_row(i as i64, record?, &map, source));
    }
    Ok(Parsed {
        encoding: opened.encoding,
        delimiter: opened.delimiter.map(delimiter_label),
        kind: opened.kind,
        headers: map.columns.iter().map(|c| c.header.clone()).collect(),
        header_line: found.line,
        canonical: map.columns.iter().map(|c| c.canonical.clone()).collect(),
        rows,
    })
}

fn valid_keys(rows: &[LandingRow]) -> Vec<String> {
    rows.iter()
        .filter(|r| r.kind == RowKind::Candidate)
        .map(|r| r.dedupe_key.clone().expect("valid rows have a key"))
        .collect()
}

fn invalid_codes(rows: &[LandingRow]) -> Vec<(i64, String)> {
    rows.iter()
        .filter_map(|r| match &r.kind {
            RowKind::Invalid { code, .. } => Some((r.row_index, code.clone())),
            _ => None,
        })
        .collect()
}

fn canonical(names: &[&str]) -> Vec<Option<String>> {
    names
        .iter()
        .map(|n| (!n.is_empty()).then(|| n.to_string()))
        .collect()
}

#[test]
fn simplicity_has_100_valid_unique_rows() {
    let p = parse_sample("plaintiffs_simplicity.csv", "simplicity").unwrap();
    assert_eq!(p.kind, FileKind::Csv);
    assert_eq!(p.encoding, "UTF-8");
    assert_eq!(p.delimiter.as_deref(), Some(","));
    assert_eq!(
        p.headers,
        [
            "PlaintiffName",
            "Email",
            "Phone",
            "Address",
            "FirmName",
            "ExternalID"
        ]
    );
    assert_eq!(
        p.canonical,
        canonical(&[
            "plaintiff_name",
            "contact_email",
            "contact_phone",
            "contact_address",
            "firm_name",
            "source_reference"
        ])
    );
    assert_eq!(p.rows.len(), 100);
    assert_eq!(invalid_codes(&p.rows), vec![]);
    let keys = valid_keys(&p.rows);
    assert_eq!(keys.len(), 100);
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 100);
    let first = &p.rows[0];
    assert_eq!(first.fields.plaintiff_name.as_deref(), Some("Olga Chen"));
    assert_eq!(
        first.fields.contact_address.as_deref(),
        Some("100 Main St, New York, NY 10001")
    );
    assert_eq!(first.fields.firm_name, None);
    assert_eq!(first.fields.source_reference.as_deref(), Some("SIM-5000"));
}

#[test]
fn simplicity_update_has_2_invalid_and_10_known_plaintiffs() {
    let first = parse_sample("plaintiffs_simplicity.csv", "simplicity").unwrap();
    let p = parse_sample("plaintiffs_simplicity_update.csv", "simplicity").unwrap();
    assert_eq!(p.encoding, "UTF-8");
    assert_eq!(p.delimiter.as_deref(), Some(","));
    assert_eq!(
        p.canonical,
        canonical(&[
            "plaintiff_name",
            "contact_email",
            "contact_phone",
            "contact_address",
            "firm_name",
            "source_reference"
        ])
    );
    assert_eq!(p.rows.len(), 17);
    assert_eq!(
        invalid_codes(&p.rows),
        vec![
            (15, "MISSING_NAME".to_string()),
            (16, "MISSING_NAME".to_string())
        ]
    );
    let known: HashSet<String> = valid_keys(&first.rows).into_iter().collect();
    let keys = valid_keys(&p.rows);
    assert_eq!(keys.len(), 15);
    assert_eq!(
        keys.iter().collect::<HashSet<_>>().len(),
        15,
        "no in-file duplicates"
    );
    let already_imported = keys.iter().filter(|k| known.contains(*k)).count();
    assert_eq!(
        already_imported, 10,
        "upper-cased, space-padded rows match the first file"
    );
    assert_eq!(keys.len() - already_imported, 5);
    assert_eq!(
        p.rows[0].fields.plaintiff_name.as_deref(),
        Some("OLGA CHEN")
    );
}

#[test]
fn jbi_is_windows_1252_with_semicolons() {
    let p = parse_sample("plaintiffs_jbi_cp1252_semicolon.csv", "jbi").unwrap();
    assert_eq!(p.encoding, "windows-1252");
    assert_eq!(p.delimiter.as_deref(), Some(";"));
    assert_eq!(
        p.headers,
        ["Name", "Contact Email", "Contact Phone", "Contact Address"]
    );
    assert_eq!(
        p.canonical,
        canonical(&[
            "plaintiff_name",
            "contact_email",
            "contact_phone",
            "contact_address"
        ])
    );
    assert_eq!(p.rows.len(), 4);
    assert_eq!(invalid_codes(&p.rows), vec![]);
    assert_eq!(valid_keys(&p.rows).len(), 4);
    let names: Vec<&str> = p
        .rows
        .iter()
        .map(|r| r.fields.plaintiff_name.as_deref().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "José Núñez",
            "Zoë Müller",
            "François Lefèvre",
            "Björn Ångström"
        ]
    );
    assert_eq!(
        p.rows[1].fields.contact_address.as_deref(),
        Some("Hauptstraße 5, Berlin")
    );
    assert_eq!(p.rows[3].fields.contact_email, None);
}

#[test]
fn missing_name_column_fails_before_any_row() {
    let err = parse_sample("missing_name_column.csv", "any")
        .err()
        .expect("must fail");
    assert_eq!(err.code(), "MISSING_COLUMNS");
    assert!(err.is_bad_input());
    let message = err.to_string();
    assert!(
        message.starts_with("Missing required columns: {'plaintiff_name'}"),
        "{message}"
    );
    assert!(message.contains("Email, Phone"), "{message}");
}

/// The real vendor export of SPEC §7: two title lines and a blank line
/// above the header, First / Middle Initial / Last Name columns composing
/// the name, address parts composing the address, legal-intake synonyms.
#[test]
fn westfield_export_finds_its_header_on_line_4_and_composes_names() {
    let p = parse_sample("plaintiffs_westfield_export.csv", "westfield").unwrap();
    assert_eq!(p.header_line, 4);
    assert_eq!(p.headers[0], "Case Number");
    assert_eq!(
        p.canonical,
        canonical(&[
            "source_reference",
            "plaintiff_name",
            "plaintiff_name",
            "plaintiff_name",
            "contact_email",
            "contact_phone",
            "contact_address",
            "contact_address",
            "contact_address",
            "contact_address",
            "firm_name"
        ])
    );
    // 15 fetched: the title lines are not records.
    assert_eq!(p.rows.len(), 15);
    let lines: Vec<Option<i64>> = p.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, (5..=19).map(Some).collect::<Vec<_>>());
    let first = &p.rows[0];
    assert_eq!(
        first.fields.plaintiff_name.as_deref(),
        Some("Maria J. Alvarez")
    );
    assert_eq!(
        first.fields.contact_address.as_deref(),
        Some("100 Elm St, Springfield, IL 62701")
    );
    assert_eq!(first.fields.source_reference.as_deref(), Some("WCS-1000"));
    assert_eq!(first.fields.firm_name.as_deref(), Some("Reed Law Group"));
    assert_eq!(
        first.fields.contact_phone.as_deref(),
        Some("(555) 0100-3471")
    );
    // The original columns stay in the raw payload.
    assert!(
        first
            .raw_payload
            .contains(r#""First Name":"Maria","Middle Initial":"J.","Last Name":"Alvarez""#),
        "{}",
        first.raw_payload
    );
    assert_eq!(
        p.rows[1].fields.plaintiff_name.as_deref(),
        Some("James Johnson")
    );
    // Line 17 is line 6 again (case and spaces differ): same key.
    assert_eq!(p.rows[12].line, Some(17));
    assert_eq!(
        p.rows[12].fields.plaintiff_name.as_deref(),
        Some("JAMES johnson")
    );
    assert_eq!(p.rows[12].dedupe_key, p.rows[1].dedupe_key);
    let keys = valid_keys(&p.rows);
    assert_eq!(keys.len(), 13);
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 12);
    assert_eq!(
        invalid_codes(&p.rows),
        vec![
            (13, "MISSING_NAME".to_string()),
            (14, "INVALID_EMAIL".to_string())
        ]
    );
    assert_eq!(p.rows[13].line, Some(18));
    assert_eq!(p.rows[14].line, Some(19));
}

#[test]
fn every_sample_is_covered() {
    let mut names: Vec<String> = std::fs::read_dir(samples_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".csv") || n.ends_with(".xlsx"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "missing_name_column.csv",
            "plaintiffs_jbi_cp1252_semicolon.csv",
            "plaintiffs_simplicity.csv",
            "plaintiffs_simplicity_update.csv",
            "plaintiffs_westfield_export.csv"
        ],
        "a new sample needs its expectations here"
    );
}

/// Peak resident memory of this process, in KiB (Linux).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Memory stays flat while a 1M-row CSV streams through parse → map →
/// validate. Ignored by default (it writes ~110 MB); run alone:
/// `cargo test -p intake-engine --release --test all parse_samples:: -- --ignored`.
#[test]
#[ignore]
fn one_million_rows_stream_in_flat_memory() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(out, "PlaintiffName,Email,Phone,Address,FirmName,ExternalID").unwrap();
    for i in 0..1_000_000 {
        writeln!(
            out,
            "Person {i},person{i}@example.com,(212) 555-{:04},\"{i} Main St, New York, NY 10001\",Acme Funding LLC,SIM-{i}",
            i % 10_000
        )
        .unwrap();
    }
    out.flush().unwrap();
    drop(out);

    let before = peak_rss_kib();
    let started = std::time::Instant::now();
    let facts = inspect_file(&path, &mut |_| {}).unwrap();
    let opened = open(&facts, None).unwrap();
    let map = map_headers(&opened.headers, &BTreeMap::new()).unwrap();
    let mut valid = 0u64;
    for (i, record) in opened.records.enumerate() {
        let row = build_row(i as i64, record.unwrap(), &map, "bench");
        valid += u64::from(row.kind == RowKind::Candidate);
    }
    let grown_mib = (peak_rss_kib() - before) / 1024;
    eprintln!(
        "1M rows ({} MB) in {:?}, peak RSS grew by {grown_mib} MiB",
        facts.size / 1_000_000,
        started.elapsed()
    );
    assert_eq!(valid, 1_000_000);
    assert!(grown_mib < 50, "peak RSS grew by {grown_mib} MiB");
}
