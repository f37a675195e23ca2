//! Fuzzing the reading side (parse → map headers → validate → key) with
//! generated CSV-shaped inputs and mutations of a committed seed corpus
//! (`tests/fuzz_corpus/`). No database: this is about bytes, and it runs
//! thousands of inputs a second.
//!
//! - `fuzz_corpus_replays` (every test run): each corpus file, plus a fixed
//!   number of generated and mutated inputs from a fixed seed.
//! - `fuzz_for_a_while` (ignored; `scripts/bench.sh` runs it for a fixed
//!   time): `FUZZ_SECONDS` (default 60) of fresh inputs from a time seed.
//!   An input that breaks a property is written to `tests/fuzz_corpus/` as
//!   `found-<sha256 prefix>` so it can be committed and replayed forever.
//!
//! Properties, for every input: nothing panics; a refusal is one of the
//! bad-input errors; records come with increasing file lines; every row the
//! database would store is storable (no NUL anywhere, a JSON object payload,
//! a 64-hex key for each candidate); reading the same bytes twice gives the
//! same rows. (A coverage-guided `cargo fuzz` needs a nightly toolchain,
//! which these machines do not have.)

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use intake_engine::hashing::inspect_file;
use intake_engine::{headers, parse, validate, RowKind};

/// Errors a hostile file may legitimately end in (all "cannot import this
/// file": exit 2), plus a file that changed (not here: nothing rewrites).
const REFUSALS: &[&str] = &[
    "EMPTY_FILE",
    "NO_HEADER",
    "BINARY_FILE",
    "MISSING_COLUMNS",
    "PARSE_ERROR",
    "EXCEL_ERROR",
    "WORKBOOK_TOO_LARGE",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus")
}

/// xorshift64*: deterministic, so a seed replays a whole session.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const HEADERS: &[&[u8]] = &[
    b"PlaintiffName",
    b"Plaintiff Name",
    b"name",
    b"Email",
    b"E-mail",
    b"Phone",
    b"Address",
    b"City",
    b"Notes",
    b"SSN",
    b"ExternalID",
    b"FirmName",
    b"",
];

/// Cell contents chosen to sit on the parser's edges.
const CELLS: &[&[u8]] = &[
    b"Ann",
    b"John Doe",
    b"ann@x.com",
    b"not-an-email",
    b"\"quoted, with comma\"",
    b"\"multi\nline\"",
    b"\"esc \"\"aped\"\"\"",
    b"\"",
    b"\"\"",
    b"a\"b",
    b"Jos\xc3\xa9",
    b"Jose\xcc\x81",
    b"\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7",
    b"Jos\xe9",
    b"\xc3",
    b"\xff\xfe",
    b"\x00",
    b"\x1a",
    b"\x07",
    b"\xc2\xa0",
    b"123-45-6789",
    b"4111 1111 1111 1111",
    b"=SUM(A1)",
    b"   ",
    b"",
];

const DELIMITERS: &[u8] = b",;\t|";
const NEWLINES: &[&[u8]] = &[b"\n", b"\r\n", b"\r"];

/// A CSV-shaped input: a header, some rows, every edge mixed in.
fn generate(rng: &mut Rng) -> Vec<u8> {
    let delimiter = rng.pick(DELIMITERS);
    let newline = rng.pick(NEWLINES);
    let mut out = Vec::new();
    if rng.chance(10) {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let columns = 1 + rng.below(6);
    for c in 0..columns {
        if c > 0 {
            out.push(delimiter);
        }
        out.extend_from_slice(if c == 0 && rng.chance(80) {
            b"PlaintiffName"
        } else {
            rng.pick(HEADERS)
        });
    }
    out.extend_from_slice(newline);
    for _ in 0..rng.below(12) {
        let fields = if rng.chance(85) {
            columns
        } else {
            rng.below(columns + 3)
        };
        for f in 0..fields {
            if f > 0 {
                out.push(delimiter);
            }
            out.extend_from_slice(rng.pick(CELLS));
            if rng.chance(3) {
                out.extend(std::iter::repeat_n(b'x', rng.below(5000)));
            }
        }
        out.extend_from_slice(if rng.chance(90) {
            newline
        } else {
            rng.pick(NEWLINES)
        });
    }
    if rng.chance(8) {
        out = to_utf16(&out, rng.chance(50), rng.chance(50));
    }
    out
}

/// The text re-encoded as UTF-16 (invalid UTF-8 bytes kept as U+FFFD).
fn to_utf16(bytes: &[u8], big_endian: bool, bom: bool) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let units = std::iter::once(0xFEFF)
        .filter(|_| bom)
        .chain(text.encode_utf16());
    units
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// A mutation of `seed`: flips, insertions of edge bytes, deletions,
/// duplications, truncation.
fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let token = rng.pick(CELLS).to_vec();
                out.splice(at..at, token);
            }
            2 => {
                let end = (at + rng.below(16)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(64)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
            _ => out.truncate(at),
        }
    }
    out
}

/// What the pipeline would store for a file: each row's index, fate and
/// payload — or the code of its refusal.
type Outcome = Result<Vec<(i64, String, String)>, String>;

/// The outcome for the file at `path`; `Err(problem)` when a property is broken.
fn read_all(path: &Path) -> Result<Outcome, String> {
    let facts = match inspect_file(path, &mut |_| {}) {
        Ok(f) => f,
        Err(e) => return Ok(Err(e.code().to_string())),
    };
    let opened = match parse::open(&facts, None) {
        Ok(o) => o,
        Err(e) => return Ok(Err(e.code().to_string())),
    };
    let map = match headers::map_headers(&opened.headers, &BTreeMap::new()) {
        Ok(m) => m,
        Err(e) => return Ok(Err(e.code().to_string())),
    };
    let mut rows = Vec::new();
    let mut last_line = 0;
    for (row_index, record) in opened.records.enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => return Ok(Err(e.code().to_string())),
        };
        if record.line <= last_line {
            return Err(format!(
                "record {row_index} on line {} after line {last_line}",
                record.line
            ));
        }
        last_line = record.line;
        let row = validate::build_row(row_index as i64, record, &map, "fuzz");
        let stored = [
            row.fields.plaintiff_name.as_deref(),
            row.fields.contact_email.as_deref(),
            row.fields.contact_address.as_deref(),
            Some(row.raw_payload.as_str()),
        ];
        if stored.iter().flatten().any(|v| v.contains('\0')) {
            return Err(format!("row {row_index} would store a NUL byte"));
        }
        if row.raw_payload.contains("\\u0000") {
            return Err(format!(
                "row {row_index}: payload holds \\u0000 (jsonb refuses it)"
            ));
        }
        match serde_json::from_str::<serde_json::Value>(&row.raw_payload) {
            Ok(serde_json::Value::Object(_)) => {}
            _ => return Err(format!("row {row_index}: payload is not a JSON object")),
        }
        if row.kind == RowKind::Candidate {
            let key_ok = row
                .dedupe_key
                .as_deref()
                .is_some_and(|k| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit()));
            if !key_ok {
                return Err(format!("row {row_index}: candidate without a 64-hex key"));
            }
        }
        let kind = match &row.kind {
            RowKind::Invalid { code, .. } => code.clone(),
            other => format!("{other:?}"),
        };
        rows.push((row.row_index, kind, row.raw_payload));
    }
    Ok(Ok(rows))
}

/// Check one input; `Some(problem)` when a property is broken.
fn check(bytes: &[u8], path: &Path) -> Option<String> {
    std::fs::write(path, bytes).unwrap();
    let first = match std::panic::catch_unwind(AssertUnwindSafe(|| read_all(path))) {
        Err(_) => return Some("panicked".into()),
        Ok(Err(problem)) => return Some(problem),
        Ok(Ok(outcome)) => outcome,
    };
    if let Err(code) = &first {
        if !REFUSALS.contains(&code.as_str()) {
            return Some(format!("refused with unexpected code {code}"));
        }
    }
    match read_all(path) {
        Ok(second) if second == first => None,
        _ => Some("reading the same bytes twice gave different rows".into()),
    }
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut seeds: Vec<(String, Vec<u8>)> = std::fs::read_dir(corpus_dir())
        .expect("tests/fuzz_corpus")
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    seeds.sort();
    seeds
}

/// Run inputs until `budget` says stop; returns (inputs run, problems).
fn fuzz(seed: u64, mut budget: impl FnMut(usize) -> bool, save: bool) -> (usize, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.csv");
    let seeds = seeds();
    let mut rng = Rng(seed | 1);
    let mut problems = Vec::new();
    let mut n = 0;
    while budget(n) {
        let input = if rng.chance(50) || seeds.is_empty() {
            generate(&mut rng)
        } else {
            mutate(&seeds[rng.below(seeds.len())].1, &mut rng)
        };
        n += 1;
        if let Some(problem) = check(&input, &path) {
            let digest = sha2_hex(&input);
            if save {
                std::fs::write(
                    corpus_dir().join(format!("found-{}", &digest[..12])),
                    &input,
                )
                .unwrap();
            }
            problems.push(format!(
                "input {n} ({} bytes, sha256 {}…): {problem}",
                input.len(),
                &digest[..12]
            ));
            if problems.len() >= 10 {
                break;
            }
        }
    }
    (n, problems)
}

fn sha2_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

#[test]
fn fuzz_corpus_replays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.csv");
    let seeds = seeds();
    assert!(seeds.len() >= 20, "{} seeds", seeds.len());
    let broken: Vec<String> = seeds
        .iter()
        .filter_map(|(name, bytes)| check(bytes, &path).map(|p| format!("{name}: {p}")))
        .collect();
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    let (n, problems) = fuzz(0x5EED, |n| n < 3_000, false);
    assert_eq!(n, 3_000);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
#[ignore = "long-running; scripts/bench.sh runs it with FUZZ_SECONDS"]
fn fuzz_for_a_while() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    let started = Instant::now();
    let deadline = Duration::from_secs(seconds);
    let (n, problems) = fuzz(seed, |_| started.elapsed() < deadline, true);
    println!(
        "fuzz: {n} inputs in {:.0} s ({:.0}/s), seed {seed}, {} problems",
        started.elapsed().as_secs_f64(),
        n as f64 / started.elapsed().as_secs_f64(),
        problems.len()
    );
    assert!(problems.is_empty(), "seed {seed}:\n{}", problems.join("\n"));
}
