//! The embedded SQLite backend against a real database file (one fresh file
//! per test, in a temp dir): claims and takeovers (incl. a SIGKILLed child
//! process), landing, promotion, reconciliation, rollback and the views.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use intake_engine::storage::sqlite::SqliteStorage;
use intake_engine::{
    BatchIdentity, CanonicalFields, Claim, EngineError, ImportSession, LandingRow, RowKind,
    RunFilter, RunMeta, RunStatus, Storage,
};
use sqlx::Row;
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
    }
}

fn in_file_duplicate(row_index: i64, key_n: u64, name: &str, first_row_index: i64) -> LandingRow {
    LandingRow {
        kind: RowKind::InFileDuplicate { first_row_index },
        ..candidate(row_index, key_n, name)
    }
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
    }
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

/// `(row_index, status, duplicate_of row_index, plaintiff_id is set)` of a run, in file order.
async fn raw_rows(store: &SqliteStorage, run_id: Uuid) -> Vec<(i64, String, Option<i64>, bool)> {
    sqlx::query(
        "SELECT p.row_index, p.status, d.row_index AS dup_row, p.plaintiff_id IS NOT NULL AS linked
           FROM plaintiffs_raw p LEFT JOIN plaintiffs_raw d ON d.id = p.duplicate_of
          WHERE p.import_run_id = ?1 ORDER BY p.row_index",
    )
    .bind(run_id.to_string())
    .fetch_all(store.pool())
    .await
    .unwrap()
    .iter()
    .map(|r| {
        (
            r.get("row_index"),
            r.get("status"),
            r.get("dup_row"),
            r.get("linked"),
        )
    })
    .collect()
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
    let (summary, recon) = session.finish(rows.len() as i64, promote).await.unwrap();
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
        5
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
            "table plaintiffs",
            "table plaintiffs_raw",
            "table row_fixes",
            "table run_headers",
            "table sources",
            "view v_blocked_duplicates",
            "view v_errored_rows",
            "view v_import_reconciliation",
            "view v_import_runs_summary",
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

#[tokio::test]
async fn claim_outcomes_follow_the_run_lifecycle() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let id = identity("acme", 1);

    let session = expect_claimed(store.claim(&id, &meta("a.csv")).await.unwrap());
    let run_id = session.run_id();
    // A live session: a second claim sees it in progress (same process).
    match store.claim(&id, &meta("copy of a.csv")).await.unwrap() {
        Claim::InProgress(run) => {
            assert_eq!(run.id, run_id);
            assert_eq!(run.status, RunStatus::Processing);
            assert_eq!(run.is_reconciled, None);
            assert_eq!(run.imported_by, "tester");
            assert_eq!(run.filename, "a.csv");
        }
        other => panic!("expected in_progress, got {}", claim_kind(&other)),
    }
    assert!(store.find_completed_batch(&id).await.unwrap().is_none());
    session.finish(0, true).await.unwrap();

    // Completed: every later claim is a duplicate of that run.
    for _ in 0..2 {
        match store.claim(&id, &meta("renamed.csv")).await.unwrap() {
            Claim::Duplicate(run) => {
                assert_eq!(run.id, run_id);
                assert_eq!(run.status, RunStatus::Completed);
                assert_eq!(run.is_reconciled, Some(true));
            }
            other => panic!("expected duplicate, got {}", claim_kind(&other)),
        }
    }
    assert_eq!(
        store.find_completed_batch(&id).await.unwrap().unwrap().id,
        run_id
    );

    // The same bytes with an explicit batch id are another batch.
    let with_batch = BatchIdentity {
        source_batch_id: Some("B-7".into()),
        ..id.clone()
    };
    let other = expect_claimed(store.claim(&with_batch, &meta("a.csv")).await.unwrap());
    assert_ne!(other.run_id(), run_id);

    // Failed: the batch may be imported again.
    let failed_run = other.run_id();
    other
        .fail("PARSE_ERROR", "Cannot parse the file: bad quote")
        .await
        .unwrap();
    let failed = store.get_run(failed_run).await.unwrap().unwrap();
    assert_eq!(failed.status, RunStatus::Failed);
    assert_eq!(
        failed.error_message.as_deref(),
        Some("Cannot parse the file: bad quote")
    );
    assert_eq!(
        error_details(&store, failed_run).await,
        serde_json::json!({"code": "PARSE_ERROR", "message": "Cannot parse the file: bad quote"})
    );
    let again = expect_claimed(store.claim(&with_batch, &meta("a.csv")).await.unwrap());
    assert_ne!(again.run_id(), failed_run);
    again.finish(0, true).await.unwrap();

    // Rolled back: the batch may be imported again.
    store
        .rollback(run_id, "wrong source", Some("admin"))
        .await
        .unwrap();
    let retaken = expect_claimed(store.claim(&id, &meta("a.csv")).await.unwrap());
    assert_ne!(retaken.run_id(), run_id);
    retaken.finish(0, true).await.unwrap();
    assert_eq!(
        count(&store, "SELECT count(*) FROM import_runs").await,
        4,
        "a, a with batch id (failed), its retry, the re-import after rollback"
    );
}

#[tokio::test]
async fn a_dropped_session_is_taken_over_and_its_rows_vanish() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let id = identity("acme", 2);
    let mut session = expect_claimed(store.claim(&id, &meta("a.csv")).await.unwrap());
    let abandoned = session.run_id();
    session
        .land(&[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")])
        .await
        .unwrap();
    drop(session);

    let session = expect_claimed(store.claim(&id, &meta("a.csv")).await.unwrap());
    assert_ne!(session.run_id(), abandoned);
    let old = store.get_run(abandoned).await.unwrap().unwrap();
    assert_eq!(old.status, RunStatus::Failed);
    assert!(old.finished_at.is_some());
    assert_eq!(
        error_details(&store, abandoned).await,
        serde_json::json!({
            "code": "ABANDONED",
            "message": "The importer stopped before finishing; taken over by a new run"
        })
    );
    assert_eq!(
        count(&store, "SELECT count(*) FROM plaintiffs_raw").await,
        0
    );
    // The released keys land in the new run.
    let mut session = session;
    let counts = session
        .land(&[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")])
        .await
        .unwrap();
    assert_eq!(counts.inserted, 2);
    session.finish(2, true).await.unwrap();
}

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
        .args([
            "child_process_that_claims_and_hangs",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
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
    session.finish(0, true).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_concurrent_claims_of_one_batch_claim_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(fresh_store(dir.path()).await);
    let barrier = Arc::new(tokio::sync::Barrier::new(8));
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let barrier = barrier.clone();
            tokio::spawn(async move {
                barrier.wait().await;
                store
                    .claim(&identity("acme", 4), &meta(&format!("copy{i}.csv")))
                    .await
                    .unwrap()
            })
        })
        .collect();
    // Keep every outcome (and so the winning session) alive until all are in.
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    let kinds: Vec<&str> = outcomes.iter().map(claim_kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "claimed").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "in_progress").count(),
        7,
        "{kinds:?}"
    );
    let winner = outcomes
        .into_iter()
        .find_map(|c| match c {
            Claim::Claimed(s) => Some(s),
            _ => None,
        })
        .unwrap();
    winner.finish(0, true).await.unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM import_runs").await, 1);
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
// Landing and promotion

#[tokio::test]
async fn landing_classifies_rows_and_promotes_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;

    let mut session = expect_claimed(
        store
            .claim(&identity("acme", 10), &meta("a.csv"))
            .await
            .unwrap(),
    );
    let run_a = session.run_id();
    let first = session
        .land(&[
            candidate(0, 1, "Ann"),
            candidate(1, 2, "Bob"),
            invalid(2, Some("Bad Row")),
            in_file_duplicate(3, 2, "Bob", 1),
        ])
        .await
        .unwrap();
    assert_eq!((first.inserted, first.skipped, first.errored), (2, 1, 1));
    // A second chunk: an in-file duplicate of a row of the first chunk.
    let second = session
        .land(&[
            in_file_duplicate(4, 1, "Ann", 0),
            candidate(5, 3, "Cat"),
            invalid(6, None),
        ])
        .await
        .unwrap();
    assert_eq!((second.inserted, second.skipped, second.errored), (1, 1, 1));
    let (summary, recon) = session.finish(7, true).await.unwrap();
    assert_eq!(
        (
            summary.rows_fetched,
            summary.rows_inserted,
            summary.rows_skipped,
            summary.rows_errored
        ),
        (7, 3, 2, 2)
    );
    assert_eq!(summary.status, RunStatus::Completed);
    assert_eq!(summary.is_reconciled, Some(true));
    assert_eq!(summary.rows_pending, 0);
    assert!(summary.duration_seconds.unwrap() >= 0.0);
    assert_eq!(recon.status, RunStatus::Completed);
    assert_eq!(
        raw_rows(&store, run_a).await,
        vec![
            (0, "promoted".into(), None, true),
            (1, "promoted".into(), None, true),
            (2, "failed".into(), None, false),
            (3, "skipped".into(), Some(1), false),
            (4, "skipped".into(), Some(0), false),
            (5, "promoted".into(), None, true),
            (6, "failed".into(), None, false),
        ]
    );
    // Each promoted row is linked to the live plaintiff it became.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM plaintiffs p JOIN plaintiffs_raw r
                ON r.plaintiff_id = p.id AND p.raw_id = r.id AND p.dedupe_key = r.dedupe_key
             WHERE p.deleted_at IS NULL AND r.status = 'promoted'"
        )
        .await,
        3
    );
    assert_eq!(count(&store, "SELECT count(*) FROM plaintiffs").await, 3);

    // Another file: key 1 is already live, key 4 is new.
    let mut session = expect_claimed(
        store
            .claim(&identity("acme", 11), &meta("b.csv"))
            .await
            .unwrap(),
    );
    let run_b = session.run_id();
    let counts = session
        .land(&[
            candidate(0, 1, "Ann"),
            candidate(1, 4, "Dan"),
            in_file_duplicate(2, 1, "Ann", 0),
        ])
        .await
        .unwrap();
    assert_eq!((counts.inserted, counts.skipped, counts.errored), (1, 2, 0));
    session.finish(3, true).await.unwrap();
    assert_eq!(
        raw_rows(&store, run_b).await,
        vec![
            (0, "skipped".into(), Some(0), false),
            (1, "promoted".into(), None, true),
            (2, "skipped".into(), Some(0), false),
        ]
    );
    let blocked = store.blocked_duplicates(run_b).await.unwrap();
    assert_eq!(blocked.len(), 2);
    assert_eq!(
        (
            blocked[0].row_index,
            blocked[0].dedupe_key.as_str(),
            blocked[0].plaintiff_name.as_deref(),
            blocked[0].filename.as_str(),
            blocked[0].source_system.as_str(),
            blocked[0].duplicate_of_run_id,
            blocked[0].duplicate_of_row_index,
            blocked[0].duplicate_of_filename.as_deref(),
        ),
        (
            0,
            key(1).as_str(),
            Some("Ann"),
            "b.csv",
            "acme",
            Some(run_a),
            Some(0),
            Some("a.csv")
        )
    );
    assert_eq!(blocked[1].row_index, 2);
    assert_eq!(blocked[1].duplicate_of_run_id, Some(run_a));

    let in_file = store.blocked_duplicates(run_a).await.unwrap();
    assert_eq!(
        in_file
            .iter()
            .map(|b| (b.row_index, b.duplicate_of_run_id, b.duplicate_of_row_index))
            .collect::<Vec<_>>(),
        vec![(3, Some(run_a), Some(1)), (4, Some(run_a), Some(0))]
    );
    let errored = store.errored_rows(run_a).await.unwrap();
    assert_eq!(
        errored
            .iter()
            .map(|e| (
                e.row_index,
                e.filename.as_str(),
                e.plaintiff_name.as_deref(),
                e.error_code.as_str(),
                e.error_message.as_str()
            ))
            .collect::<Vec<_>>(),
        vec![
            (
                2,
                "a.csv",
                Some("Bad Row"),
                "MISSING_NAME",
                "plaintiff_name is required"
            ),
            (
                6,
                "a.csv",
                None,
                "MISSING_NAME",
                "plaintiff_name is required"
            ),
        ]
    );
    assert!(store.errored_rows(run_b).await.unwrap().is_empty());

    // Which keys are live, for the dry run.
    let live = store
        .live_keys(&[key(1), key(2), key(3), key(4), key(5)])
        .await
        .unwrap();
    let mut live: Vec<String> = live.into_iter().collect();
    live.sort();
    assert_eq!(live, vec![key(1), key(2), key(3), key(4)]);
}

#[tokio::test]
async fn no_promote_leaves_rows_pending_until_promote() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let run_a = import(
        &store,
        20,
        "a.csv",
        &[
            candidate(0, 1, "Ann"),
            candidate(1, 2, "Bob"),
            invalid(2, None),
        ],
        false,
    )
    .await;
    let run_b = import(
        &store,
        21,
        "b.csv",
        &[candidate(0, 3, "Cat"), candidate(1, 1, "Ann")],
        false,
    )
    .await;
    assert_eq!(
        raw_rows(&store, run_a).await,
        vec![
            (0, "pending".into(), None, false),
            (1, "pending".into(), None, false),
            (2, "failed".into(), None, false),
        ]
    );
    // A pending row holds its key too.
    assert_eq!(
        raw_rows(&store, run_b).await,
        vec![
            (0, "pending".into(), None, false),
            (1, "skipped".into(), Some(0), false)
        ]
    );
    assert_eq!(count(&store, "SELECT count(*) FROM plaintiffs").await, 0);
    let summary = store.get_run(run_a).await.unwrap().unwrap();
    assert_eq!(
        (summary.rows_pending, summary.is_reconciled),
        (2, Some(true))
    );

    let one = store.promote(Some(run_a)).await.unwrap();
    assert_eq!((one.runs, one.promoted), (1, 2));
    assert_eq!(
        raw_rows(&store, run_a).await,
        vec![
            (0, "promoted".into(), None, true),
            (1, "promoted".into(), None, true),
            (2, "failed".into(), None, false),
        ]
    );
    assert_eq!(store.get_run(run_a).await.unwrap().unwrap().rows_pending, 0);
    assert_eq!(store.get_run(run_b).await.unwrap().unwrap().rows_pending, 1);

    let all = store.promote(None).await.unwrap();
    assert_eq!((all.runs, all.promoted), (1, 1));
    let again = store.promote(None).await.unwrap();
    assert_eq!((again.runs, again.promoted), (0, 0));
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM plaintiffs p JOIN plaintiffs_raw r
                ON r.plaintiff_id = p.id AND p.raw_id = r.id AND r.status = 'promoted'
             WHERE p.deleted_at IS NULL"
        )
        .await,
        3
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM import_runs WHERE promoted = 1"
        )
        .await,
        2
    );
    assert!(matches!(
        store.promote(Some(Uuid::nil())).await,
        Err(EngineError::RunNotFound(id)) if id == Uuid::nil()
    ));
    // Still reconciled after promotion.
    assert!(store.reconcile(run_a).await.unwrap().is_reconciled);
}

/// Every promote-hint/finish combination ends in the state `finish` asks
/// for: rows landed `promoted` chunk by chunk are turned back into `pending`
/// (their plaintiffs removed), rows landed `pending` are promoted at the end.
#[tokio::test]
async fn the_promote_hint_never_changes_the_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    // An earlier run holds key 1, so each run below also has a candidate
    // that hits a live key from another run.
    let held = import(&store, 30, "held.csv", &[candidate(0, 1, "Ann")], true).await;
    // Nobody else was reading: the finished import left no WAL behind.
    let wal = dir.path().join("data").join("intake.sqlite3-wal");
    assert_eq!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0), 0);
    let held_raw_id: i64 = count(
        &store,
        &format!("SELECT id FROM plaintiffs_raw WHERE import_run_id = '{held}'"),
    )
    .await;
    for (n, (hint, promote)) in [(true, true), (true, false), (false, true), (false, false)]
        .into_iter()
        .enumerate()
    {
        let base = 100 * (n as u64 + 1);
        let mut session = expect_claimed(
            store
                .claim(&identity("acme", 31 + n as u64), &meta("hint.csv"))
                .await
                .unwrap(),
        );
        session.expect_promotion(hint);
        let run = session.run_id();
        let first = session
            .land(&[
                candidate(0, base, "Cat"),
                candidate(1, 1, "Ann"),
                invalid(2, None),
            ])
            .await
            .unwrap();
        assert_eq!((first.inserted, first.skipped, first.errored), (1, 1, 1));
        let second = session
            .land(&[
                in_file_duplicate(3, base, "Cat", 0),
                candidate(4, base + 1, "Dan"),
            ])
            .await
            .unwrap();
        assert_eq!((second.inserted, second.skipped, second.errored), (1, 1, 0));
        let (summary, recon) = session.finish(5, promote).await.unwrap();
        assert!(recon.is_reconciled, "hint {hint}, promote {promote}");
        assert_eq!(
            (
                summary.rows_inserted,
                summary.rows_skipped,
                summary.rows_errored
            ),
            (2, 2, 1)
        );
        assert_eq!(summary.rows_pending, if promote { 0 } else { 2 });
        let new_status = if promote { "promoted" } else { "pending" };
        assert_eq!(
            raw_rows(&store, run).await,
            vec![
                (0, new_status.into(), None, promote),
                // Row 0 of the earlier run (checked by id below).
                (1, "skipped".into(), Some(0), false),
                (2, "failed".into(), None, false),
                (3, "skipped".into(), Some(0), false),
                (4, new_status.into(), None, promote),
            ],
            "hint {hint}, promote {promote}"
        );
        // The cross-run duplicate points at the earlier run's live row.
        assert_eq!(
            count(
                &store,
                &format!(
                    "SELECT duplicate_of FROM plaintiffs_raw
                      WHERE import_run_id = '{run}' AND row_index = 1"
                ),
            )
            .await,
            held_raw_id
        );
        // Exactly the promoted rows have a plaintiff, linked both ways, with
        // a time-ordered (version 7) id.
        let linked: Vec<String> = sqlx::query_scalar(
            "SELECT p.id FROM plaintiffs p
               JOIN plaintiffs_raw r ON r.id = p.raw_id AND r.plaintiff_id = p.id
              WHERE p.import_run_id = ?1 AND p.deleted_at IS NULL ORDER BY r.row_index",
        )
        .bind(run.to_string())
        .fetch_all(store.pool())
        .await
        .unwrap();
        assert_eq!(linked.len(), if promote { 2 } else { 0 });
        for id in &linked {
            assert_eq!(Uuid::parse_str(id).unwrap().get_version_num(), 7, "{id}");
        }
        assert_eq!(
            count(
                &store,
                &format!("SELECT count(*) FROM plaintiffs WHERE import_run_id = '{run}'"),
            )
            .await,
            linked.len() as i64
        );
    }
    // `promote` (after a --no-promote import) also mints version 7 ids.
    assert_eq!(store.promote(None).await.unwrap().promoted, 4);
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM plaintiffs")
        .fetch_all(store.pool())
        .await
        .unwrap();
    assert_eq!(ids.len(), 1 + 2 + 2 + 2 + 2);
    for id in &ids {
        assert_eq!(Uuid::parse_str(id).unwrap().get_version_num(), 7, "{id}");
    }
}

// ---------------------------------------------------------------------------
// Reconciliation

#[tokio::test]
async fn reconcile_reports_exact_counts_and_a_mismatch_fails_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let run = import(
        &store,
        30,
        "a.csv",
        &[
            candidate(0, 1, "Ann"),
            in_file_duplicate(1, 1, "Ann", 0),
            invalid(2, None),
        ],
        true,
    )
    .await;
    let recon = store.reconcile(run).await.unwrap();
    assert_eq!(
        recon,
        intake_engine::Reconciliation {
            run_id: run,
            status: RunStatus::Completed,
            reported_fetched: 3,
            reported_inserted: 1,
            reported_skipped: 1,
            reported_errored: 1,
            actual_total: 3,
            actual_inserted: 1,
            actual_skipped: 1,
            actual_errored: 1,
            fetched_discrepancy: 0,
            inserted_discrepancy: 0,
            skipped_discrepancy: 0,
            errored_discrepancy: 0,
            is_reconciled: true,
        }
    );
    assert!(matches!(
        store.reconcile(Uuid::nil()).await,
        Err(EngineError::RunNotFound(_))
    ));

    // The pipeline reports 5 records but only 2 were landed: not completed.
    let mut session = expect_claimed(
        store
            .claim(&identity("acme", 31), &meta("b.csv"))
            .await
            .unwrap(),
    );
    let bad = session.run_id();
    session
        .land(&[candidate(0, 2, "Bob"), candidate(1, 3, "Cat")])
        .await
        .unwrap();
    match session.finish(5, true).await {
        Err(EngineError::NotReconciled { run_id, detail }) => {
            assert_eq!(run_id, bad);
            assert_eq!(
                detail,
                "fetched +3, inserted +0, skipped +0, errored +0 (reported minus stored)"
            );
        }
        Err(e) => panic!("expected NotReconciled, got {e}"),
        Ok(_) => panic!("expected NotReconciled, got a completed run"),
    }
    let failed = store.get_run(bad).await.unwrap().unwrap();
    assert_eq!(failed.status, RunStatus::Failed);
    assert_eq!(error_details(&store, bad).await["code"], "NOT_RECONCILED");
    // Nothing of the run stayed: its keys are free.
    assert_eq!(
        raw_rows(&store, bad).await,
        Vec::<(i64, String, Option<i64>, bool)>::new()
    );
    assert_eq!(count(&store, "SELECT count(*) FROM plaintiffs").await, 1);
    assert_eq!(store.live_keys(&[key(2), key(3)]).await.unwrap().len(), 0);

    // The view agrees with the function for every run.
    let rows = sqlx::query(
        "SELECT import_run_id, filename, actual_total, is_reconciled
           FROM v_import_reconciliation ORDER BY created_at",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let view: Vec<(String, String, i64, bool)> = rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect();
    assert_eq!(
        view,
        vec![
            (run.to_string(), "a.csv".to_string(), 3, true),
            (bad.to_string(), "b.csv".to_string(), 0, true),
        ]
    );
}

// ---------------------------------------------------------------------------
// Rollback

#[tokio::test]
async fn rollback_needs_a_reason_keeps_the_audit_trail_and_releases_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let run = import(
        &store,
        40,
        "a.csv",
        &[
            candidate(0, 1, "Ann"),
            candidate(1, 2, "Bob"),
            in_file_duplicate(2, 1, "Ann", 0),
            invalid(3, None),
        ],
        true,
    )
    .await;

    assert!(matches!(
        store.rollback(run, "  \t", None).await,
        Err(EngineError::ReasonRequired)
    ));
    assert!(matches!(
        store.rollback(Uuid::nil(), "reason", None).await,
        Err(EngineError::RunNotFound(_))
    ));
    let processing = expect_claimed(
        store
            .claim(&identity("acme", 41), &meta("p.csv"))
            .await
            .unwrap(),
    );
    match store.rollback(processing.run_id(), "reason", None).await {
        Err(EngineError::NotRollbackable { status, .. }) => assert_eq!(status, "processing"),
        other => panic!(
            "expected NotRollbackable, got {:?}",
            other.map(|r| r.run_id)
        ),
    }
    processing.fail("CANCELLED", "cancelled").await.unwrap();

    let result = store
        .rollback(
            run,
            "  Vendor sent test data - Ticket #1234 ",
            Some("admin"),
        )
        .await
        .unwrap();
    assert_eq!(
        (
            result.run_id,
            result.rows_rolled_back,
            result.plaintiffs_removed
        ),
        (run, 4, 2)
    );
    assert_eq!(
        raw_rows(&store, run)
            .await
            .iter()
            .map(|r| r.1.as_str())
            .collect::<Vec<_>>(),
        vec!["rolled_back"; 4]
    );
    let before: Vec<Option<String>> = sqlx::query_scalar(
        "SELECT status_before_rollback FROM plaintiffs_raw WHERE import_run_id = ?1 ORDER BY row_index",
    )
    .bind(run.to_string())
    .fetch_all(store.pool())
    .await
    .unwrap();
    assert_eq!(
        before,
        vec![
            Some("promoted".to_string()),
            Some("promoted".to_string()),
            Some("skipped".to_string()),
            Some("failed".to_string())
        ]
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM plaintiffs WHERE deleted_at IS NOT NULL
               AND deleted_reason = 'Vendor sent test data - Ticket #1234'"
        )
        .await,
        2
    );
    let summary = store.get_run(run).await.unwrap().unwrap();
    assert_eq!(summary.status, RunStatus::RolledBack);
    assert_eq!(
        summary.rollback_reason.as_deref(),
        Some("Vendor sent test data - Ticket #1234")
    );
    assert_eq!(summary.rolled_back_by.as_deref(), Some("admin"));
    assert!(summary.rolled_back_at.unwrap() >= summary.finished_at.unwrap());
    assert_eq!(
        summary.is_reconciled,
        Some(true),
        "a rolled-back run still reconciles"
    );
    let recon = store.reconcile(run).await.unwrap();
    assert_eq!(
        (
            recon.status,
            recon.actual_total,
            recon.actual_inserted,
            recon.actual_skipped,
            recon.actual_errored
        ),
        (RunStatus::RolledBack, 4, 2, 1, 1)
    );
    // Audit views still show the run's errored and blocked rows.
    assert_eq!(store.errored_rows(run).await.unwrap().len(), 1);
    assert_eq!(store.blocked_duplicates(run).await.unwrap().len(), 1);

    match store.rollback(run, "again", None).await {
        Err(EngineError::NotRollbackable { status, .. }) => assert_eq!(status, "rolled_back"),
        other => panic!(
            "expected NotRollbackable, got {:?}",
            other.map(|r| r.run_id)
        ),
    }
    // Without an actor, the OS user is recorded.
    let other = import(&store, 42, "c.csv", &[candidate(0, 9, "Zed")], true).await;
    store.rollback(other, "oops", None).await.unwrap();
    assert!(!store
        .get_run(other)
        .await
        .unwrap()
        .unwrap()
        .rolled_back_by
        .unwrap()
        .is_empty());

    // A corrected re-import lands the released keys as new rows.
    let rerun = import(
        &store,
        43,
        "a-fixed.csv",
        &[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")],
        true,
    )
    .await;
    assert_eq!(
        raw_rows(&store, rerun).await,
        vec![
            (0, "promoted".into(), None, true),
            (1, "promoted".into(), None, true)
        ]
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM plaintiffs WHERE deleted_at IS NULL"
        )
        .await,
        2
    );
    assert_eq!(count(&store, "SELECT count(*) FROM plaintiffs").await, 5);
}

// ---------------------------------------------------------------------------
// History

#[tokio::test]
async fn list_runs_filters_and_orders_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(dir.path()).await;
    let first = import(&store, 50, "a.csv", &[candidate(0, 1, "Ann")], true).await;
    let between = chrono::Utc::now();
    let second = import(&store, 51, "b.csv", &[candidate(0, 2, "Bob")], true).await;
    let mut session = expect_claimed(
        store
            .claim(&identity("globex", 52), &meta("c.csv"))
            .await
            .unwrap(),
    );
    let failed = session.run_id();
    session.land(&[candidate(0, 3, "Cat")]).await.unwrap();
    session.fail("PARSE_ERROR", "bad").await.unwrap();

    let ids =
        |runs: Vec<intake_engine::RunSummary>| runs.into_iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(
        ids(store.list_runs(&RunFilter::default()).await.unwrap()),
        vec![failed, second, first]
    );
    assert_eq!(
        ids(store
            .list_runs(&RunFilter {
                limit: 2,
                ..Default::default()
            })
            .await
            .unwrap()),
        vec![failed, second]
    );
    assert_eq!(
        ids(store
            .list_runs(&RunFilter {
                source_system: Some("acme".into()),
                ..Default::default()
            })
            .await
            .unwrap()),
        vec![second, first]
    );
    assert_eq!(
        ids(store
            .list_runs(&RunFilter {
                status: Some(RunStatus::Failed),
                ..Default::default()
            })
            .await
            .unwrap()),
        vec![failed]
    );
    assert_eq!(
        ids(store
            .list_runs(&RunFilter {
                since: Some(between),
                ..Default::default()
            })
            .await
            .unwrap()),
        vec![failed, second]
    );
    assert_eq!(
        ids(store
            .list_runs(&RunFilter {
                until: Some(between),
                ..Default::default()
            })
            .await
            .unwrap()),
        vec![first]
    );
    let failed_run = store.get_run(failed).await.unwrap().unwrap();
    assert_eq!(
        (
            failed_run.rows_fetched,
            failed_run.error_message.as_deref(),
            failed_run.is_reconciled
        ),
        (0, Some("bad"), Some(true))
    );
    assert!(store.get_run(Uuid::nil()).await.unwrap().is_none());
}

// ---------------------------------------------------------------------------
// Throughput (not part of the normal run):
// cargo test --release -p intake-engine --test sqlite_storage -- --ignored --nocapture

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
            }
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
    let (summary, _) = session.finish(rows_total, true).await.unwrap();
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
    let (summary, _) = session.finish(rows_total, true).await.unwrap();
    assert_eq!(summary.rows_skipped, rows_total);
    println!(
        "SQLite: {} duplicate rows in {:.2} s: {:.0} rows/s",
        rows_total,
        started.elapsed().as_secs_f64(),
        rows_total as f64 / started.elapsed().as_secs_f64()
    );
}
