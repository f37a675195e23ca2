//! What only the embedded SQLite backend has, against a real database file
//! (one fresh file per test, in a temp dir): its pragmas and schema, a
//! SIGKILLed importer process, OS file locks, the WAL and throughput. The
//! storage scenarios both backends share are in `storage_conformance`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use intake_engine::pipeline::complete_run;
use intake_engine::storage::sqlite::SqliteStorage;
use intake_engine::{
    BatchIdentity, CanonicalFields, Claim, ImportSession, LandingRow, RowKind, RunMeta, RunStatus,
    Storage,
};
use uuid::Uuid;

// ---------------------------------------------------------------------------
// Helpers

async fn fresh_store(dir: &Path) -> SqliteStorage {
    let store = SqliteStorage::open(&dir.join("data").join("intake.sqlite3"))
        .await
        .expect("open");
    store.migrate().await.expect("migrate");
    store
}

/// An arbitrary 64-hex dedupe key, distinct per `n`.
fn key(n: u64) -> String {
    format!("{:016x}{:048x}", 0xabcd_0000_0000_0000u64 + n, n)
}

fn identity(source: &str, hash_seed: u64) -> BatchIdentity {
    BatchIdentity {
        source_system: source.into(),
        source_batch_id: None,
        file_hash: format!("{:064x}", hash_seed),
    }
}

fn meta(filename: &str) -> RunMeta {
    RunMeta {
        filename: filename.into(),
        file_kind: "csv".into(),
        imported_by: Some("tester".into()),
    }
}

fn fields(name: &str) -> CanonicalFields {
    CanonicalFields {
        plaintiff_name: Some(name.into()),
        contact_email: Some(format!(
            "{}@example.com",
            name.to_lowercase().replace(' ', ".")
        )),
        ..Default::default()
    }
}

fn candidate(row_index: i64, key_n: u64, name: &str) -> LandingRow {
    LandingRow {
        row_index,
        line: None,
        dedupe_key: Some(key(key_n)),
        fields: fields(name),
        raw_payload: format!(r#"{{"Name":"{name}"}}"#),
        kind: RowKind::Candidate,
        match_keys: Default::default(),
    }
    .with_match_keys()
}

fn invalid(row_index: i64, name: Option<&str>) -> LandingRow {
    LandingRow {
        row_index,
        line: None,
        dedupe_key: None,
        fields: CanonicalFields {
            plaintiff_name: name.map(str::to_string),
            ..Default::default()
        },
        raw_payload: "{}".into(),
        kind: RowKind::Invalid {
            code: "MISSING_NAME".into(),
            message: "plaintiff_name is required".into(),
            field: Some("plaintiff_name".into()),
        },
        match_keys: Default::default(),
    }
    .with_match_keys()
}

fn expect_claimed(claim: Claim) -> Box<dyn ImportSession> {
    match claim {
        Claim::Claimed(session) => session,
        Claim::Duplicate(run) => panic!("expected claimed, got duplicate of {}", run.id),
        Claim::InProgress(run) => panic!("expected claimed, got in_progress of {}", run.id),
    }
}

fn claim_kind(claim: &Claim) -> &'static str {
    match claim {
        Claim::Claimed(_) => "claimed",
        Claim::Duplicate(_) => "duplicate",
        Claim::InProgress(_) => "in_progress",
    }
}

async fn count(store: &SqliteStorage, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(store.pool())
        .await
        .unwrap()
}

async fn error_details(store: &SqliteStorage, run_id: Uuid) -> serde_json::Value {
    let text: String = sqlx::query_scalar("SELECT error_details FROM import_runs WHERE id = ?1")
        .bind(run_id.to_string())
        .fetch_one(store.pool())
        .await
        .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Land `rows` as one run of a fresh identity and finish it.
async fn import(
    store: &SqliteStorage,
    hash_seed: u64,
    filename: &str,
    rows: &[LandingRow],
    promote: bool,
) -> Uuid {
    let mut session = expect_claimed(
        store
            .claim(&identity("acme", hash_seed), &meta(filename))
            .await
            .unwrap(),
    );
    session.land(rows).await.unwrap();
    let (summary, recon) = complete_run(session, rows.len() as i64, promote)
        .await
        .unwrap();
    assert!(recon.is_reconciled);
    summary.id
}

// ---------------------------------------------------------------------------
// Schema

#[tokio::test]
async fn migrate_twice_is_a_no_op_and_creates_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    store.migrate().await.unwrap();
    assert_eq!(
        count(&store, "SELECT count(*) FROM _sqlx_migrations").await,
        13
    );
    // Dropped by later migrations: the only dedupe index is the raw table's.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master
              WHERE name IN ('plaintiffs_import_run_idx', 'plaintiffs_live_key_uq')"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master
              WHERE type = 'index' AND sql LIKE '%(dedupe_key)%'"
        )
        .await,
        1
    );
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT type || ' ' || name FROM sqlite_master
          WHERE type IN ('table', 'view') AND name NOT LIKE '\\_%' ESCAPE '\\'
            AND name NOT LIKE 'sqlite%' ORDER BY type, name",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    assert_eq!(
        names,
        [
            "table import_runs",
            "table match_key_sources",
            "table match_keys_pending",
            "table plaintiff_changes",
            "table plaintiff_match_keys_email",
            "table plaintiff_match_keys_name_phone",
            "table plaintiffs",
            "table plaintiffs_raw",
            "table row_fixes",
            "table run_headers",
            "table run_row_marks",
            "table sources",
            "view v_blocked_duplicates",
            "view v_cross_source_matches",
            "view v_errored_rows",
            "view v_import_reconciliation",
            "view v_import_runs_summary",
            "view v_plaintiff_changes",
        ]
    );
    let pragmas: (String, i64, i64) = {
        let mut conn = store.pool().acquire().await.unwrap();
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        (journal, fk, busy)
    };
    assert_eq!(pragmas, ("wal".to_string(), 1, 30_000));
    // A new file gets 16 KiB pages; the WAL is cut back after checkpoints.
    assert_eq!(count(&store, "PRAGMA page_size").await, 16_384);
    assert_eq!(
        count(&store, "PRAGMA journal_size_limit").await,
        64 * 1024 * 1024
    );
    assert_eq!(
        store.describe(),
        dir.path()
            .join("data")
            .join("intake.sqlite3")
            .display()
            .to_string()
    );
    let caps = store.capabilities().await.unwrap();
    assert_eq!(caps.role, "local");
    assert!(caps.can_read && caps.can_import && caps.can_promote && caps.can_rollback);
}

// ---------------------------------------------------------------------------
// Claims

const CHILD_DB_ENV: &str = "INTAKE_SQLITE_TEST_CHILD_DB";

/// Not a test on its own: when the parent test re-runs this binary with
/// `CHILD_DB_ENV` set, this claims a batch, lands rows, reports the run id
/// and waits to be killed.
#[tokio::test]
async fn child_process_that_claims_and_hangs() {
    let Ok(db) = std::env::var(CHILD_DB_ENV) else {
        return;
    };
    let store = SqliteStorage::open(Path::new(&db)).await.unwrap();
    let mut session = expect_claimed(
        store
            .claim(&identity("acme", 3), &meta("a.csv"))
            .await
            .unwrap(),
    );
    session
        .land(&[candidate(0, 1, "Ann"), invalid(1, None)])
        .await
        .unwrap();
    println!("CLAIMED {}", session.run_id());
    tokio::time::sleep(std::time::Duration::from_secs(600)).await;
    unreachable!("the parent kills this process");
}

#[tokio::test]
async fn a_killed_importer_process_never_blocks_its_batch() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let mut child = Command::new(std::env::current_exe().unwrap())
        // The test's full name in this binary (module path minus the crate).
        .arg(format!(
            "{}::child_process_that_claims_and_hangs",
            module_path!().split_once("::").unwrap().1
        ))
        .args(["--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_DB_ENV, store.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let child_run = loop {
        let line = lines.next().expect("child exited before claiming").unwrap();
        // libtest prints "test <name> ... " on the same line first.
        if let Some((_, id)) = line.split_once("CLAIMED ") {
            break Uuid::parse_str(id.trim()).unwrap();
        }
    };
    let id = identity("acme", 3);
    // Alive in another process (holding the write lock): in progress, at once.
    let started = std::time::Instant::now();
    match store.claim(&id, &meta("a.csv")).await.unwrap() {
        Claim::InProgress(run) => assert_eq!(run.id, child_run),
        other => panic!("expected in_progress, got {}", claim_kind(&other)),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(5));

    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let session = expect_claimed(store.claim(&id, &meta("a.csv")).await.unwrap());
    assert_ne!(session.run_id(), child_run);
    let old = store.get_run(child_run).await.unwrap().unwrap();
    assert_eq!(old.status, RunStatus::Failed);
    assert_eq!(error_details(&store, child_run).await["code"], "ABANDONED");
    assert_eq!(
        count(&store, "SELECT count(*) FROM plaintiffs_raw").await,
        0
    );
    complete_run(session, 0, true).await.unwrap();
}

#[test]
fn os_file_locks_exclude_a_second_handle_in_the_same_process() {
    // Why the in-process registry is only a second line of defence on Linux:
    // std's file locks (flock) belong to the open file, not the process.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.lock");
    let first = std::fs::File::create(&path).unwrap();
    let second = std::fs::File::open(&path).unwrap();
    first.try_lock().unwrap();
    assert!(matches!(
        second.try_lock(),
        Err(std::fs::TryLockError::WouldBlock)
    ));
    drop(first);
    second.try_lock().unwrap();
}

// ---------------------------------------------------------------------------
// The WAL

/// Nobody else was reading: a finished import leaves no WAL behind.
#[tokio::test]
async fn a_finished_import_leaves_no_wal_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    import(&store, 30, "held.csv", &[candidate(0, 1, "Ann")], true).await;
    let wal = dir.path().join("data").join("intake.sqlite3-wal");
    assert_eq!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0), 0);
    assert_eq!(count(&store, "SELECT count(*) FROM plaintiffs").await, 1);
}

// ---------------------------------------------------------------------------
// Throughput (not part of the normal run):
// cargo test --release -p intake-engine --test all sqlite_storage:: -- --ignored --nocapture

#[tokio::test]
#[ignore]
async fn throughput_one_million_rows_with_promotion() {
    // INTAKE_BENCH_ROWS overrides the row count (e.g. for profiling).
    let rows_total: i64 = std::env::var("INTAKE_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    const CHUNK: usize = 5_000;
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let rows: Vec<LandingRow> = (0..rows_total)
        .map(|i| {
            let n = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            LandingRow {
                row_index: i,
                line: None,
                dedupe_key: Some(format!("{:016x}{:016x}{:016x}{:016x}", n, n ^ 1, n ^ 2, i)),
                fields: CanonicalFields {
                    plaintiff_name: Some(format!("Plaintiff Number {i}")),
                    firm_name: Some("Example Firm LLP".into()),
                    contact_email: Some(format!("plaintiff{i}@example.com")),
                    contact_phone: Some("+1 555 010 0000".into()),
                    contact_address: Some(format!("{i} Main Street, Springfield, IL 62701")),
                    source_reference: Some(format!("EXT-{i}")),
                    ..Default::default()
                },
                raw_payload: format!(
                    r#"{{"Plaintiff Name":"Plaintiff Number {i}","Email":"plaintiff{i}@example.com","Phone":"+1 555 010 0000","Address":"{i} Main Street","City":"Springfield","State":"IL","Zip":"62701","External ID":"EXT-{i}"}}"#
                ),
                kind: RowKind::Candidate,
                match_keys: Default::default(),
            }
            .with_match_keys()
        })
        .collect();
    let started = std::time::Instant::now();
    let mut session = expect_claimed(
        store
            .claim(&identity("bench", 99), &meta("big.csv"))
            .await
            .unwrap(),
    );
    for chunk in rows.chunks(CHUNK) {
        session.land(chunk).await.unwrap();
    }
    let landed = started.elapsed();
    let (summary, _) = complete_run(session, rows_total, true).await.unwrap();
    let total = started.elapsed();
    assert_eq!(summary.rows_inserted, rows_total);
    println!(
        "SQLite: {} rows landed in {:.2} s, finished (promotion + reconcile + commit) in {:.2} s: {:.0} rows/s",
        rows_total,
        landed.as_secs_f64(),
        total.as_secs_f64(),
        rows_total as f64 / total.as_secs_f64()
    );
    // A re-import of the same rows: all skipped.
    let started = std::time::Instant::now();
    let mut session = expect_claimed(
        store
            .claim(&identity("bench", 100), &meta("again.csv"))
            .await
            .unwrap(),
    );
    for chunk in rows.chunks(CHUNK) {
        session.land(chunk).await.unwrap();
    }
    let (summary, _) = complete_run(session, rows_total, true).await.unwrap();
    assert_eq!(summary.rows_skipped, rows_total);
    println!(
        "SQLite: {} duplicate rows in {:.2} s: {:.0} rows/s",
        rows_total,
        started.elapsed().as_secs_f64(),
        rows_total as f64 / started.elapsed().as_secs_f64()
    );
}
