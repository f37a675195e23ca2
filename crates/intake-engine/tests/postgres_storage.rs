//! What only the PostgreSQL backend has, against a real server: schema and
//! privileges, connection errors, a terminated backend, the per-source turn
//! and the staging fallback of the bulk landing, roles, the runbook's SQL and
//! upgrades. The storage scenarios both backends share are in
//! `storage_conformance`.
//! Every test makes its own database (`INTAKE_TEST_PG_ADMIN_URL`, default
//! `postgres://postgres@127.0.0.1:5432/postgres`) and drops it at the end.

use std::sync::Arc;
use std::time::{Duration, Instant};

use intake_engine::model::*;
use intake_engine::pipeline::complete_run;
use intake_engine::storage::postgres::PgStorage;
use intake_engine::{Claim, EngineError, ErrorCode, ImportSession, Storage};
use sqlx::{Connection, Executor, PgConnection, Row};
use uuid::Uuid;

fn admin_url() -> String {
    std::env::var("INTAKE_TEST_PG_ADMIN_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn url_for(database: &str) -> String {
    let admin = admin_url();
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
    format!("{base}/{database}")
}

/// A fresh database, dropped (WITH FORCE) when the guard goes away, even on panic.
struct TestDb {
    name: String,
    url: String,
}

impl TestDb {
    async fn new() -> TestDb {
        let name = format!("intake_t_{}", Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(&admin_url())
            .await
            .expect("admin connection");
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        TestDb {
            url: url_for(&name),
            name,
        }
    }

    async fn storage(&self) -> PgStorage {
        let storage = PgStorage::connect(&self.url).await.expect("connect");
        storage.migrate().await.expect("migrate");
        storage
    }

    async fn conn(&self) -> PgConnection {
        PgConnection::connect(&self.url)
            .await
            .expect("test connection")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                if let Ok(mut admin) = PgConnection::connect(&admin_url()).await {
                    let _ = admin
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                }
            });
        })
        .join()
        .expect("drop test database");
    }
}

fn key(n: u64) -> String {
    format!("{n:064x}")
}

fn identity(source: &str, batch: Option<&str>, hash: &str) -> BatchIdentity {
    BatchIdentity {
        source_system: source.into(),
        source_batch_id: batch.map(str::to_string),
        file_hash: hash.into(),
    }
}

fn meta(filename: &str) -> RunMeta {
    RunMeta {
        filename: filename.into(),
        file_kind: "csv".into(),
        imported_by: Some("tester".into()),
    }
}

fn fields(name: &str, email: &str) -> CanonicalFields {
    CanonicalFields {
        plaintiff_name: Some(name.into()),
        contact_email: Some(email.into()),
        firm_name: Some("Firm\tWith \"tab\"\\ and\nnewline".into()),
        ..Default::default()
    }
}

fn candidate(row_index: i64, key_n: u64, name: &str) -> LandingRow {
    LandingRow {
        row_index,
        // Under a header on line 1.
        line: Some(row_index + 2),
        dedupe_key: Some(key(key_n)),
        fields: fields(name, &format!("{}@example.com", name.to_lowercase())),
        raw_payload: format!(r#"{{"PlaintiffName":"{name}","Note":"tab\there"}}"#),
        kind: RowKind::Candidate,
        match_keys: Default::default(),
    }
    .with_match_keys()
}

fn in_file_duplicate(row_index: i64, key_n: u64, first_row_index: i64, name: &str) -> LandingRow {
    LandingRow {
        kind: RowKind::InFileDuplicate { first_row_index },
        ..candidate(row_index, key_n, name)
    }
}

fn invalid(row_index: i64, code: &str, message: &str) -> LandingRow {
    LandingRow {
        row_index,
        line: Some(row_index + 2),
        dedupe_key: None,
        fields: CanonicalFields {
            contact_email: Some("nobody@example.com".into()),
            ..Default::default()
        },
        raw_payload: r#"{"PlaintiffName":""}"#.into(),
        kind: RowKind::Invalid {
            code: code.into(),
            message: message.into(),
            field: Some("plaintiff_name".into()),
        },
        match_keys: Default::default(),
    }
    .with_match_keys()
}

async fn claim_session(
    storage: &PgStorage,
    id: &BatchIdentity,
    filename: &str,
) -> Box<dyn ImportSession> {
    match storage.claim(id, &meta(filename)).await.expect("claim") {
        Claim::Claimed(session) => session,
        Claim::Duplicate(run) => panic!("expected claimed, got duplicate of {}", run.id),
        Claim::InProgress(run) => panic!("expected claimed, got in_progress of {}", run.id),
    }
}

/// Land `rows` as one run and finish it (promoting).
async fn import(
    storage: &PgStorage,
    hash: &str,
    filename: &str,
    rows: &[LandingRow],
) -> (RunSummary, Reconciliation) {
    let mut session = claim_session(storage, &identity("simplicity", None, hash), filename).await;
    session.land(rows).await.expect("land");
    complete_run(session, rows.len() as i64, true)
        .await
        .expect("finish")
}

async fn raw_statuses(
    conn: &mut PgConnection,
    run_id: Uuid,
) -> Vec<(i32, String, Option<i64>, Option<String>)> {
    sqlx::query_as(
        "SELECT row_index, status, duplicate_of, error_code FROM ingest.plaintiffs_raw \
         WHERE import_run_id = $1 ORDER BY row_index",
    )
    .bind(run_id)
    .fetch_all(conn)
    .await
    .unwrap()
}

async fn raw_id(conn: &mut PgConnection, run_id: Uuid, row_index: i32) -> i64 {
    sqlx::query_scalar(
        "SELECT id FROM ingest.plaintiffs_raw WHERE import_run_id = $1 AND row_index = $2",
    )
    .bind(run_id)
    .bind(row_index)
    .fetch_one(conn)
    .await
    .unwrap()
}

async fn scalar_i64(conn: &mut PgConnection, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(conn).await.unwrap()
}

// ---------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------

#[tokio::test]
async fn migrate_beside_unrelated_tables_and_twice_is_a_no_op() {
    let db = TestDb::new().await;
    let mut conn = db.conn().await;
    conn.execute("CREATE TABLE public.customers (id serial PRIMARY KEY, name text); INSERT INTO public.customers (name) VALUES ('Acme')")
        .await
        .unwrap();

    let storage = PgStorage::connect(&db.url).await.unwrap();
    storage.migrate().await.unwrap();
    let applied = scalar_i64(&mut conn, "SELECT count(*) FROM _sqlx_migrations").await;
    let tables = scalar_i64(
        &mut conn,
        "SELECT count(*) FROM pg_tables WHERE schemaname IN ('ingest', 'public')",
    )
    .await;
    storage.migrate().await.unwrap();
    assert_eq!(
        scalar_i64(&mut conn, "SELECT count(*) FROM _sqlx_migrations").await,
        applied
    );
    assert_eq!(
        scalar_i64(
            &mut conn,
            "SELECT count(*) FROM pg_tables WHERE schemaname IN ('ingest', 'public')"
        )
        .await,
        tables
    );
    assert_eq!(
        scalar_i64(&mut conn, "SELECT count(*) FROM public.customers").await,
        1
    );
    for table in [
        "ingest.import_runs",
        "ingest.plaintiffs_raw",
        "public.plaintiffs",
    ] {
        let exists: bool = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
            .bind(table)
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert!(exists, "{table} missing");
    }
    // Nothing in the ingest schema is executable by PUBLIC.
    let public_exec = scalar_i64(
        &mut conn,
        "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
         WHERE n.nspname = 'ingest' AND has_function_privilege('public', p.oid, 'EXECUTE')",
    )
    .await;
    assert_eq!(public_exec, 0);
    // Every SECURITY DEFINER function pins its search_path; the run functions are all definers.
    let definer_without_path = scalar_i64(
        &mut conn,
        "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
         WHERE n.nspname = 'ingest' AND p.prosecdef AND (p.proconfig IS NULL \
           OR NOT ('search_path=pg_catalog, pg_temp' = ANY (p.proconfig)))",
    )
    .await;
    assert_eq!(definer_without_path, 0);
    let definers = scalar_i64(
        &mut conn,
        "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
         WHERE n.nspname = 'ingest' AND p.prosecdef AND p.proname IN ('claim_import_run', \
           'reconcile_import_run', 'rollback_import_run', 'promote_pending', 'finish_import_run', \
           'fail_import_run', 'unpromote_processing_run')",
    )
    .await;
    assert_eq!(definers, 7);
    assert_eq!(storage.describe(), db.url);
}

#[tokio::test]
async fn describe_hides_the_password_and_connection_errors_are_plain() {
    let db = TestDb::new().await;
    let with_password = db.url.replace("postgres@", "postgres:s3cret@");
    let storage = PgStorage::connect(&with_password).await.unwrap();
    // A lost importer connection must free its batch within minutes.
    let idle: String = sqlx::query_scalar("SHOW tcp_keepalives_idle")
        .fetch_one(storage.pool())
        .await
        .unwrap();
    assert_eq!(idle, "30");
    assert!(
        !storage.describe().contains("s3cret"),
        "{}",
        storage.describe()
    );
    assert!(storage.describe().contains("127.0.0.1:5432"));

    let refused = PgStorage::connect("postgres://postgres@127.0.0.1:1/test")
        .await
        .err()
        .unwrap();
    assert_eq!(refused.code(), "CONNECTION_FAILED");
    assert!(
        refused
            .to_string()
            .contains("nothing accepted the connection at 127.0.0.1:1"),
        "{refused}"
    );

    let missing_db = PgStorage::connect(&url_for("intake_no_such_db"))
        .await
        .err()
        .unwrap();
    assert_eq!(
        missing_db.to_string(),
        "Cannot connect to the database: the database 'intake_no_such_db' does not exist on 127.0.0.1:5432"
    );

    let bad_url = PgStorage::connect("postgres://u:pw@[bad")
        .await
        .err()
        .unwrap();
    assert_eq!(bad_url.code(), "CONFIG_ERROR");
    assert!(!bad_url.to_string().contains("pw"));
}

// ---------------------------------------------------------------------------
// Claim
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_terminated_backend_is_taken_over() {
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let id = identity("simplicity", None, "hash-kill");
    let mut session = claim_session(&storage, &id, "a.csv").await;
    let dead_run = session.run_id();
    session.land(&[candidate(0, 1, "Ann")]).await.unwrap();

    let mut conn = db.conn().await;
    let terminated: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_locks \
         CROSS JOIN ingest.batch_lock_key(2, 'simplicity', NULL, 'hash-kill') AS k \
         WHERE locktype = 'advisory' AND objsubid = 1 AND granted \
           AND classid = ((k >> 32) & 4294967295)::oid AND objid = (k & 4294967295)::oid \
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(terminated, vec![true]);

    let next = claim_session(&storage, &id, "a.csv").await;
    assert_ne!(next.run_id(), dead_run);
    assert_eq!(
        storage.get_run(dead_run).await.unwrap().unwrap().status,
        RunStatus::Failed
    );
    // The dead session can neither land nor finish.
    assert!(session.land(&[candidate(1, 2, "Bob")]).await.is_err());
    assert!(complete_run(session, 1, true).await.is_err());
    let (summary, _) = complete_run(next, 0, true).await.unwrap();
    assert_eq!(summary.status, RunStatus::Completed);
    assert_eq!(
        scalar_i64(&mut conn, "SELECT count(*) FROM ingest.plaintiffs_raw").await,
        0
    );
}

// ---------------------------------------------------------------------------
// Landing and promotion
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_imports_with_a_shared_key_skip_and_link() {
    let db = TestDb::new().await;
    let storage = Arc::new(db.storage().await);
    let mut first = claim_session(&storage, &identity("simplicity", None, "h1"), "a.csv").await;
    let first_run = first.run_id();
    first.land(&[candidate(0, 1, "Ann")]).await.unwrap();

    // The second import meets the first one's uncommitted key: it waits,
    // then skips the row once the first commits, and still links it.
    let second_storage = storage.clone();
    let second = tokio::spawn(async move {
        let mut session = claim_session(
            &second_storage,
            &identity("simplicity", None, "h2"),
            "b.csv",
        )
        .await;
        let counts = session
            .land(&[candidate(0, 1, "ANN"), candidate(1, 2, "Bob")])
            .await
            .unwrap();
        (session, counts)
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !second.is_finished(),
        "the second import should wait for the first"
    );
    complete_run(first, 1, true).await.unwrap();
    let (second, counts) = second.await.unwrap();
    assert_eq!(
        counts,
        ChunkCounts {
            inserted: 1,
            skipped: 1,
            errored: 0
        }
    );
    let second_run = second.run_id();
    let (summary, _) = complete_run(second, 2, true).await.unwrap();
    assert_eq!(summary.is_reconciled, Some(true));
    let mut conn = db.conn().await;
    let ann = raw_id(&mut conn, first_run, 0).await;
    assert_eq!(
        raw_statuses(&mut conn, second_run).await,
        vec![
            (0, "skipped".into(), Some(ann), None),
            (1, "promoted".into(), None, None),
        ]
    );
    assert_eq!(
        scalar_i64(&mut conn, "SELECT count(*) FROM public.plaintiffs").await,
        2
    );
}

/// Two imports of one source: the second waits for the source's turn while
/// the first lands, then lands its first chunk straight away without asking
/// which keys are live (a file of new records pays no check). Keys the first
/// import committed meanwhile make that COPY fail with a unique violation:
/// the chunk rolls back to its savepoint and lands through the staging path,
/// with exact statuses, links and counts; the next chunk lands directly
/// again and links its in-file duplicates to rows of the fallen-back chunk.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_committed_while_waiting_for_the_turn_falls_back_to_staging() {
    let db = TestDb::new().await;
    let storage = Arc::new(db.storage().await);
    let mut conn = db.conn().await;
    let mut first = claim_session(&storage, &identity("simplicity", None, "ha"), "a.csv").await;
    let first_run = first.run_id();
    first
        .land(&[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")])
        .await
        .unwrap();

    let second_storage = storage.clone();
    let second = tokio::spawn(async move {
        let mut session = claim_session(
            &second_storage,
            &identity("simplicity", None, "hb"),
            "b.csv",
        )
        .await;
        let counts = session
            .land(&[
                candidate(0, 1, "ANN"),
                candidate(1, 3, "Cy"),
                in_file_duplicate(2, 1, 0, "ann"),
                invalid(3, "MISSING_NAME", "plaintiff_name is empty"),
                candidate(4, 2, "BOB"),
            ])
            .await
            .unwrap();
        (session, counts)
    });
    // The second import waits for the source's turn, held by the first.
    let mut waiting_for_turn = false;
    for _ in 0..100 {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND wait_event_type = 'Lock' \
               AND wait_event = 'advisory' AND query LIKE 'SELECT pg_advisory_xact_lock%'",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap();
        if waiting == 1 {
            waiting_for_turn = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        waiting_for_turn,
        "the second import should wait for the source's turn"
    );
    assert!(!second.is_finished());
    complete_run(first, 2, true).await.unwrap();

    let (mut second, counts) = second.await.unwrap();
    let second_run = second.run_id();
    assert_eq!(
        counts,
        ChunkCounts {
            inserted: 1,
            skipped: 3,
            errored: 1
        }
    );
    // A later chunk (direct path again): in-file duplicates of the fallen-back
    // chunk's rows, one of a key live elsewhere, one of a key this run inserted.
    assert_eq!(
        second
            .land(&[
                in_file_duplicate(5, 1, 0, "Ann "),
                in_file_duplicate(6, 3, 1, "CY"),
                candidate(7, 4, "Dee"),
            ])
            .await
            .unwrap(),
        ChunkCounts {
            inserted: 1,
            skipped: 2,
            errored: 0
        }
    );
    let (summary, reconciliation) = complete_run(second, 8, true).await.unwrap();
    assert!(reconciliation.is_reconciled);
    assert_eq!(
        (
            summary.rows_fetched,
            summary.rows_inserted,
            summary.rows_skipped,
            summary.rows_errored
        ),
        (8, 2, 5, 1)
    );
    // Both paths store each row's file line.
    let lines: Vec<(i32, Option<i32>)> = sqlx::query_as(
        "SELECT row_index, line FROM ingest.plaintiffs_raw WHERE import_run_id = $1 ORDER BY row_index",
    )
    .bind(second_run)
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(lines, (0..8).map(|i| (i, Some(i + 2))).collect::<Vec<_>>());

    let ann = raw_id(&mut conn, first_run, 0).await;
    let bob = raw_id(&mut conn, first_run, 1).await;
    let cy = raw_id(&mut conn, second_run, 1).await;
    assert_eq!(
        raw_statuses(&mut conn, second_run).await,
        vec![
            (0, "skipped".into(), Some(ann), None),
            (1, "promoted".into(), None, None),
            (2, "skipped".into(), Some(ann), None),
            (3, "failed".into(), None, Some("MISSING_NAME".into())),
            (4, "skipped".into(), Some(bob), None),
            (5, "skipped".into(), Some(ann), None),
            (6, "skipped".into(), Some(cy), None),
            (7, "promoted".into(), None, None),
        ]
    );
    // One live plaintiff per key, each linked both ways to its raw row.
    assert_eq!(
        scalar_i64(&mut conn, "SELECT count(*) FROM public.plaintiffs").await,
        4
    );
    assert_eq!(
        scalar_i64(
            &mut conn,
            "SELECT count(*) FROM ingest.plaintiffs_raw r JOIN public.plaintiffs p \
             ON p.id = r.plaintiff_id AND p.raw_id = r.id AND p.dedupe_key = r.dedupe_key \
             WHERE r.status = 'promoted'"
        )
        .await,
        4
    );
    // Nothing of the rolled-back direct COPY survived.
    assert_eq!(
        scalar_i64(
            &mut conn,
            "SELECT count(*) FROM ingest.plaintiffs_raw GROUP BY import_run_id ORDER BY 1 DESC LIMIT 1"
        )
        .await,
        8
    );
}

/// Rows re-sent under a new batch, over several chunks: the live-key check
/// of each chunk, the staging fallback when a chunk
/// meets a live key unchecked (also right after a chunk whose savepoint was
/// still open), raw ids from more than one reserved block, in-file
/// duplicates across chunks: exact statuses, links and counts.
#[tokio::test]
async fn re_sent_rows_over_several_chunks_are_skipped_and_linked() {
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let mut conn = db.conn().await;
    // The first batch: keys 1..=30_000, in three chunks (two id blocks).
    let mut first = claim_session(&storage, &identity("simplicity", None, "h1"), "a.csv").await;
    let first_run = first.run_id();
    for part in 0..3u64 {
        let rows: Vec<LandingRow> = (part * 10_000..(part + 1) * 10_000)
            .map(|i| candidate(i as i64, i + 1, "Ann"))
            .collect();
        first.land(&rows).await.unwrap();
    }
    let (summary, _) = complete_run(first, 30_000, true).await.unwrap();
    assert_eq!(summary.rows_inserted, 30_000);

    let mut second = claim_session(&storage, &identity("simplicity", None, "h2"), "b.csv").await;
    let second_run = second.run_id();
    // Chunk 1 (unchecked: a new file is not expected to meet live keys):
    // rows 0..1000, keys 1..=1000, all live → staging path.
    let chunk1: Vec<LandingRow> = (0..1_000u64)
        .map(|i| candidate(i as i64, i + 1, "Ann"))
        .collect();
    let counts = second.land(&chunk1).await.unwrap();
    assert_eq!(
        (counts.inserted, counts.skipped, counts.errored),
        (0, 1_000, 0)
    );
    // Chunk 2 (checked): 10,000 live keys, 5,000 new ones, in-file
    // duplicates of chunk 1's rows and of this chunk's new rows, an invalid row.
    let mut chunk2: Vec<LandingRow> = (1_000..11_000u64)
        .map(|i| candidate(i as i64, i + 1, "Ann"))
        .chain((11_000..16_000u64).map(|i| candidate(i as i64, 100_000 + i, "Bob")))
        .collect();
    chunk2.push(in_file_duplicate(16_000, 1, 0, "ann"));
    chunk2.push(in_file_duplicate(16_001, 111_000, 11_000, "bob"));
    chunk2.push(invalid(16_002, "MISSING_NAME", "plaintiff_name is empty"));
    let counts = second.land(&chunk2).await.unwrap();
    assert_eq!(
        (counts.inserted, counts.skipped, counts.errored),
        (5_000, 10_002, 1)
    );
    // Chunk 3: checked, all new → the check turns off.
    let chunk3: Vec<LandingRow> = (16_003..20_003u64)
        .map(|i| candidate(i as i64, 200_000 + i, "Cy"))
        .collect();
    let counts = second.land(&chunk3).await.unwrap();
    assert_eq!(
        (counts.inserted, counts.skipped, counts.errored),
        (4_000, 0, 0)
    );
    // Chunk 4: unchecked, meets a live key → rolls back to its savepoint
    // (chunk 3's was still open until this one's) and lands staged.
    let chunk4 = vec![
        candidate(20_003, 300_000, "Dee"),
        candidate(20_004, 29_999, "Ann"),
        in_file_duplicate(20_005, 200_000 + 16_003, 16_003, "cy"),
    ];
    let counts = second.land(&chunk4).await.unwrap();
    assert_eq!((counts.inserted, counts.skipped, counts.errored), (1, 2, 0));
    let (summary, reconciliation) = complete_run(second, 20_006, true).await.unwrap();
    assert!(reconciliation.is_reconciled);
    assert_eq!(
        (
            summary.rows_fetched,
            summary.rows_inserted,
            summary.rows_skipped,
            summary.rows_errored
        ),
        (20_006, 9_001, 11_004, 1)
    );
    // Every row skipped for a live key points at that key's live row of the
    // first batch; in-file duplicates at their first row's resolution.
    assert_eq!(
        scalar_i64(
            &mut conn,
            &format!(
                "SELECT count(*) FROM ingest.plaintiffs_raw s \
                 JOIN ingest.plaintiffs_raw l ON l.id = s.duplicate_of \
                 WHERE s.import_run_id = '{second_run}' AND s.status = 'skipped' \
                   AND l.dedupe_key = s.dedupe_key AND l.status = 'promoted'"
            )
        )
        .await,
        11_004
    );
    assert_eq!(
        scalar_i64(
            &mut conn,
            &format!(
                "SELECT count(*) FROM ingest.plaintiffs_raw s \
                 JOIN ingest.plaintiffs_raw l ON l.id = s.duplicate_of \
                 WHERE s.import_run_id = '{second_run}' AND l.import_run_id = '{first_run}'"
            )
        )
        .await,
        11_002
    );
    let statuses = raw_statuses(&mut conn, second_run).await;
    assert_eq!(statuses.len(), 20_006);
    assert_eq!(
        statuses[16_002],
        (16_002, "failed".into(), None, Some("MISSING_NAME".into()))
    );
    assert_eq!(
        statuses[16_001].2,
        Some(raw_id(&mut conn, second_run, 11_000).await)
    );
    assert_eq!(
        statuses[20_005].2,
        Some(raw_id(&mut conn, second_run, 16_003).await)
    );
    // One plaintiff per live key, linked both ways.
    assert_eq!(
        scalar_i64(
            &mut conn,
            "SELECT count(*) FROM ingest.plaintiffs_raw r JOIN public.plaintiffs p \
             ON p.id = r.plaintiff_id AND p.raw_id = r.id AND p.dedupe_key = r.dedupe_key \
             WHERE r.status = 'promoted'"
        )
        .await,
        39_001
    );
    assert_eq!(
        scalar_i64(&mut conn, "SELECT count(*) FROM public.plaintiffs").await,
        39_001
    );
}

/// A duplicate's first row is remembered as "skipped for a live twin", not
/// by the twin's id: a later chunk finds the twin again by the key, even
/// once the live-key check had turned off.
#[tokio::test]
async fn a_duplicate_of_a_row_skipped_chunks_ago_points_at_its_live_twin() {
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let mut conn = db.conn().await;
    let mut first = claim_session(&storage, &identity("simplicity", None, "h1"), "a.csv").await;
    let first_run = first.run_id();
    first.land(&[candidate(0, 1, "Ann")]).await.unwrap();
    complete_run(first, 1, true).await.unwrap();

    let mut second = claim_session(&storage, &identity("simplicity", None, "h2"), "b.csv").await;
    let second_run = second.run_id();
    // Chunk 1: row 0 meets the live key (staging path), row 1 is new.
    let counts = second
        .land(&[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")])
        .await
        .unwrap();
    assert_eq!((counts.inserted, counts.skipped), (1, 1));
    // Chunk 2: checked, all new: the check turns off.
    let counts = second.land(&[candidate(2, 3, "Cy")]).await.unwrap();
    assert_eq!((counts.inserted, counts.skipped), (1, 0));
    // Chunk 3: duplicates of row 0 (its live twin) and of row 1 (its own row).
    let counts = second
        .land(&[
            in_file_duplicate(3, 1, 0, "ann"),
            in_file_duplicate(4, 2, 1, "bob"),
            candidate(5, 4, "Dee"),
            in_file_duplicate(6, 4, 5, "dee"),
        ])
        .await
        .unwrap();
    assert_eq!((counts.inserted, counts.skipped, counts.errored), (1, 3, 0));
    let (summary, reconciliation) = complete_run(second, 7, true).await.unwrap();
    assert!(reconciliation.is_reconciled);
    assert_eq!((summary.rows_inserted, summary.rows_skipped), (3, 4));
    let twin = raw_id(&mut conn, first_run, 0).await;
    let statuses = raw_statuses(&mut conn, second_run).await;
    assert_eq!(statuses[0].2, Some(twin));
    assert_eq!(statuses[3], (3, "skipped".into(), Some(twin), None));
    assert_eq!(
        statuses[4],
        (
            4,
            "skipped".into(),
            Some(raw_id(&mut conn, second_run, 1).await),
            None
        )
    );
    assert_eq!(
        statuses[6],
        (
            6,
            "skipped".into(),
            Some(raw_id(&mut conn, second_run, 5).await),
            None
        )
    );
}

/// Row-level idempotency is the raw table's live-key index alone (migration
/// 0003): public.plaintiffs has no unique index of its own, and none is
/// needed because every plaintiff comes from a live raw row.
#[tokio::test]
async fn the_raw_live_key_index_is_the_only_dedupe_index() {
    let db = TestDb::new().await;
    let _migrated = db.storage().await;
    let mut conn = db.conn().await;
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "SELECT tablename::text, indexname::text FROM pg_indexes \
         WHERE schemaname IN ('ingest', 'public') AND indexdef ILIKE '%(dedupe_key)%' \
         ORDER BY 1, 2",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(
        indexes,
        vec![(
            "plaintiffs_raw".to_string(),
            "plaintiffs_raw_live_key_uq".to_string()
        )]
    );
}

// ---------------------------------------------------------------------------
// Rollback in SQL
// ---------------------------------------------------------------------------

/// The SQL function refuses a blank reason itself (a DBA may call it
/// directly); the storage layer's own check is in the conformance suite.
#[tokio::test]
async fn rollback_import_run_in_sql_needs_a_reason() {
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let mut conn = db.conn().await;
    let (run, _) = import(&storage, "h1", "bad.csv", &[candidate(0, 1, "Ann")]).await;
    let sql_blank = sqlx::query("SELECT * FROM ingest.rollback_import_run($1, '')")
        .bind(run.id)
        .execute(&mut conn)
        .await
        .unwrap_err();
    assert!(
        sql_blank
            .to_string()
            .contains("A reason is required to roll back a run"),
        "{sql_blank}"
    );
    assert_eq!(
        storage.get_run(run.id).await.unwrap().unwrap().status,
        RunStatus::Completed
    );
}

// ---------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------

/// LOGIN roles made by a test, dropped when it ends (roles are cluster-wide).
#[derive(Default)]
struct Roles(Vec<String>);

impl Drop for Roles {
    fn drop(&mut self) {
        let roles = std::mem::take(&mut self.0);
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                if let Ok(mut admin) = PgConnection::connect(&admin_url()).await {
                    for role in roles {
                        let _ = admin
                            .execute(format!("DROP ROLE IF EXISTS {role}").as_str())
                            .await;
                    }
                }
            });
        })
        .join()
        .expect("drop test roles");
    }
}

/// A LOGIN role granted `group`, connected through the storage layer.
async fn login_as(db: &TestDb, roles: &mut Roles, group: &str) -> (PgStorage, String) {
    let role = format!("intake_t_{}", &Uuid::new_v4().simple().to_string()[..12]);
    let mut conn = db.conn().await;
    conn.execute(format!("CREATE ROLE {role} LOGIN IN ROLE {group}").as_str())
        .await
        .unwrap();
    roles.0.push(role.clone());
    let url = db.url.replace("postgres@", &format!("{role}@"));
    (PgStorage::connect(&url).await.unwrap(), role)
}

#[tokio::test]
async fn roles_grant_exactly_what_they_should() {
    let mut roles = Roles::default();
    let db = TestDb::new().await;
    let owner = db.storage().await;
    let (run, _) = import(&owner, "h1", "a.csv", &[candidate(0, 1, "Ann")]).await;

    let (manager, manager_role) = login_as(&db, &mut roles, "intake_manager").await;
    let (operator, operator_role) = login_as(&db, &mut roles, "intake_operator").await;
    let (admin, admin_role) = login_as(&db, &mut roles, "intake_admin").await;
    let (nobody, _) = login_as(&db, &mut roles, "pg_monitor").await;

    let caps = |c: &Capabilities| (c.can_read, c.can_import, c.can_promote, c.can_rollback);
    let manager_caps = manager.capabilities().await.unwrap();
    assert_eq!(manager_caps.role, manager_role);
    assert_eq!(caps(&manager_caps), (true, false, false, false));
    assert_eq!(
        caps(&operator.capabilities().await.unwrap()),
        (true, true, false, false)
    );
    assert_eq!(
        caps(&admin.capabilities().await.unwrap()),
        (true, true, true, true)
    );
    assert_eq!(
        caps(&nobody.capabilities().await.unwrap()),
        (false, false, false, false)
    );

    // Manager: reads everything, changes nothing.
    assert_eq!(
        manager
            .list_runs(&RunFilter::default())
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(manager.reconcile(run.id).await.unwrap().is_reconciled);
    assert_eq!(manager.errored_rows(run.id).await.unwrap().len(), 0);
    let claim = manager
        .claim(&identity("simplicity", None, "h2"), &meta("b.csv"))
        .await;
    assert!(
        matches!(claim, Err(EngineError::PermissionDenied(_))),
        "{:?}",
        claim.err()
    );
    assert!(matches!(
        manager.rollback(run.id, "why", None).await,
        Err(EngineError::PermissionDenied(_))
    ));
    assert!(matches!(
        manager.promote(None).await,
        Err(EngineError::PermissionDenied(_))
    ));

    // Operator: imports (with promotion), cannot roll back or promote later.
    let (imported, _) = import(
        &operator,
        "h2",
        "b.csv",
        &[candidate(0, 2, "Bob"), candidate(1, 1, "Ann")],
    )
    .await;
    assert_eq!((imported.rows_inserted, imported.rows_skipped), (1, 1));
    assert!(matches!(
        operator.rollback(run.id, "why", None).await,
        Err(EngineError::PermissionDenied(_))
    ));
    assert!(matches!(
        operator.promote(None).await,
        Err(EngineError::PermissionDenied(_))
    ));
    let mut as_operator =
        PgConnection::connect(&db.url.replace("postgres@", &format!("{operator_role}@")))
            .await
            .unwrap();
    let forge = sqlx::query("UPDATE ingest.import_runs SET status = 'completed'")
        .execute(&mut as_operator)
        .await;
    assert!(forge.unwrap_err().to_string().contains("permission denied"));
    // Only the session that claimed a run may end it: another operator's
    // session cannot mark it completed (with no rows) or failed meanwhile.
    let mut importing =
        claim_session(&operator, &identity("simplicity", None, "h3"), "c.csv").await;
    importing.land(&[candidate(0, 3, "Cy")]).await.unwrap();
    let run3 = importing.run_id();
    for forged in [
        format!("SELECT * FROM ingest.finish_import_run('{run3}', 0, 0, 0, 0, true)"),
        format!("SELECT ingest.fail_import_run('{run3}', 'X', 'forged')"),
        format!("SELECT ingest.unpromote_processing_run('{run3}')"),
    ] {
        let err = sqlx::query(&forged)
            .execute(&mut as_operator)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!(
                "Import run {run3} belongs to the session that claimed it"
            )),
            "{forged}: {err}"
        );
    }
    assert_eq!(
        operator.get_run(run3).await.unwrap().unwrap().status,
        RunStatus::Processing
    );
    let (finished, _) = complete_run(importing, 1, true).await.unwrap();
    assert_eq!(
        (finished.status, finished.rows_inserted),
        (RunStatus::Completed, 1)
    );

    // Admin: rolls back, recorded as the database user when no actor is given.
    admin
        .rollback(run.id, "bad vendor file", None)
        .await
        .unwrap();
    let rolled = admin.get_run(run.id).await.unwrap().unwrap();
    assert_eq!(rolled.rolled_back_by.as_deref(), Some(admin_role.as_str()));

    // Nobody: cannot even read.
    assert!(matches!(
        nobody.list_runs(&RunFilter::default()).await,
        Err(EngineError::PermissionDenied(_))
    ));

    drop(as_operator);
    for storage in [manager, operator, admin, nobody] {
        storage.pool().close().await;
    }
    owner.pool().close().await;
    drop(db);
}

// ---------------------------------------------------------------------------
// The runbook's SQL, verbatim apart from the placeholders
// ---------------------------------------------------------------------------

#[tokio::test]
async fn every_runbook_query_runs_and_answers() {
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let rows = vec![
        candidate(0, 1, "Ann"),
        candidate(1, 2, "Bob"),
        in_file_duplicate(2, 1, 0, "ANN"),
        invalid(3, "MISSING_NAME", "plaintiff_name is empty"),
    ];
    let (run, _) = import(&storage, "h1", "plaintiffs.csv", &rows).await;
    let (run2, _) = import(
        &storage,
        "h2",
        "plaintiffs_update.csv",
        &[candidate(0, 2, "BOB"), candidate(1, 3, "Cy")],
    )
    .await;
    let mut conn = db.conn().await;
    let id = run.id.to_string();

    // Quick start, step 3: verify.
    let latest = sqlx::query(
        "SELECT * FROM ingest.v_import_runs_summary WHERE filename = 'plaintiffs.csv' ORDER BY created_at DESC LIMIT 1",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(latest.len(), 1);
    assert_eq!(latest[0].get::<Uuid, _>("id"), run.id);
    assert!(latest[0]
        .get::<Option<f64>, _>("duration_seconds")
        .is_some());
    let discrepancies = sqlx::query("SELECT * FROM ingest.v_import_reconciliation WHERE filename = 'plaintiffs.csv' AND NOT is_reconciled")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(discrepancies.len(), 0);

    // Test 2: keys with more than one raw row are exactly those with blocked duplicates.
    let dup_keys: Vec<(String, i64)> = sqlx::query_as(
        "SELECT dedupe_key, COUNT(*) as cnt FROM ingest.plaintiffs_raw GROUP BY dedupe_key HAVING COUNT(*) > 1 ORDER BY 1",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(dup_keys, vec![(key(1), 2), (key(2), 2)]);
    // ... and no key has two live rows.
    let live_dups = scalar_i64(
        &mut conn,
        "SELECT count(*) FROM (SELECT dedupe_key FROM ingest.plaintiffs_raw WHERE status IN ('pending','promoted') GROUP BY dedupe_key HAVING COUNT(*) > 1) d",
    )
    .await;
    assert_eq!(live_dups, 0);

    // Monitoring.
    let recent = sqlx::query(
        "SELECT id, source_system, filename, status, rows_fetched, rows_inserted, rows_skipped, rows_errored, duration_seconds, created_at \
         FROM ingest.v_import_runs_summary ORDER BY created_at DESC LIMIT 20",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(
        recent
            .iter()
            .map(|r| r.get::<Uuid, _>("id"))
            .collect::<Vec<_>>(),
        vec![run2.id, run.id]
    );
    assert_eq!(
        (
            recent[1].get::<i32, _>("rows_fetched"),
            recent[1].get::<i32, _>("rows_inserted"),
            recent[1].get::<i32, _>("rows_skipped"),
            recent[1].get::<i32, _>("rows_errored")
        ),
        (4, 2, 1, 1)
    );
    let failed_rows: Vec<(String, i32, Option<String>, String, String)> = sqlx::query_as(&format!(
        "SELECT filename, row_index, plaintiff_name, error_code, error_message FROM ingest.v_errored_rows \
         WHERE import_run_id = '{id}' ORDER BY row_index"
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(
        failed_rows,
        vec![(
            "plaintiffs.csv".into(),
            3,
            None,
            "MISSING_NAME".into(),
            "plaintiff_name is empty".into()
        )]
    );
    let blocked: Vec<(String, Option<String>, String, String)> = sqlx::query_as(
        "SELECT dedupe_key, plaintiff_name, source_system, filename, created_at::text FROM ingest.v_blocked_duplicates WHERE filename = 'plaintiffs.csv'",
    )
    .fetch_all(&mut conn)
    .await
    .map(|rows: Vec<(String, Option<String>, String, String, String)>| rows.into_iter().map(|(a, b, c, d, _)| (a, b, c, d)).collect())
    .unwrap();
    assert_eq!(
        blocked,
        vec![(
            key(1),
            Some("ANN".into()),
            "simplicity".into(),
            "plaintiffs.csv".into()
        )]
    );

    // Reconciliation.
    let unreconciled = sqlx::query("SELECT * FROM ingest.v_import_reconciliation WHERE NOT is_reconciled ORDER BY created_at DESC")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(unreconciled.len(), 0);
    let detailed = sqlx::query(&format!(
        "SELECT * FROM ingest.reconcile_import_run('{id}')"
    ))
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(detailed.get::<i64, _>("reported_inserted"), 2);
    assert_eq!(detailed.get::<i64, _>("actual_total"), 4);
    assert_eq!(detailed.get::<i64, _>("inserted_discrepancy"), 0);
    assert!(detailed.get::<bool, _>("is_reconciled"));
    let orphaned = sqlx::query(&format!(
        "SELECT * FROM ingest.plaintiffs_raw WHERE import_run_id = '{id}' AND status NOT IN ('pending', 'promoted')"
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(orphaned.len(), 2);
    let count = scalar_i64(
        &mut conn,
        &format!("SELECT COUNT(*) FROM ingest.plaintiffs_raw WHERE import_run_id = '{id}'"),
    )
    .await;
    assert_eq!(count, 4);
    let violations = sqlx::query(&format!(
        "SELECT * FROM ingest.v_errored_rows WHERE import_run_id = '{id}'"
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(violations.len(), 1);

    // Troubleshooting: high skip rate.
    let skipped: Vec<(Option<String>, String)> = sqlx::query_as(&format!(
        "SELECT pr.plaintiff_name, pr.dedupe_key FROM ingest.plaintiffs_raw pr WHERE pr.import_run_id = '{}' AND pr.status = 'skipped'",
        run2.id
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(skipped, vec![(Some("BOB".into()), key(2))]);
    let originals = sqlx::query(&format!(
        "SELECT * FROM ingest.plaintiffs_raw WHERE dedupe_key = '{}' ORDER BY created_at",
        key(2)
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(originals.len(), 2);
    assert_eq!(originals[0].get::<String, _>("status"), "promoted");
    assert_eq!(originals[0].get::<Uuid, _>("import_run_id"), run.id);

    // Rollback and its verification.
    let rolled = sqlx::query(&format!(
        "SELECT * FROM ingest.rollback_import_run('{id}', 'Reason: Vendor sent test data in production - Ticket #1234')"
    ))
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(rolled.get::<i64, _>("rows_rolled_back"), 4);
    assert_eq!(rolled.get::<i64, _>("plaintiffs_removed"), 2);
    let (status, reason): (String, serde_json::Value) = sqlx::query_as(&format!(
        "SELECT status, error_details->'rollback_reason' as reason FROM ingest.import_runs WHERE id = '{id}'"
    ))
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(status, "rolled_back");
    assert_eq!(
        reason,
        serde_json::json!("Reason: Vendor sent test data in production - Ticket #1234")
    );
    let by_status: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT status, COUNT(*) FROM ingest.plaintiffs_raw WHERE import_run_id = '{id}' GROUP BY status"
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(by_status, vec![("rolled_back".into(), 4)]);

    // Hard delete (admin-only, explicit): the batch can then be imported again.
    conn.execute(
        format!(
            "DELETE FROM ingest.plaintiffs_raw WHERE import_run_id = '{}'",
            run2.id
        )
        .as_str(),
    )
    .await
    .unwrap();
    conn.execute(format!("DELETE FROM ingest.import_runs WHERE id = '{}'", run2.id).as_str())
        .await
        .unwrap();
    let again = claim_session(
        &storage,
        &identity("simplicity", None, "h2"),
        "plaintiffs_update.csv",
    )
    .await;
    again.fail(ErrorCode::Cancelled, "done").await.unwrap();
}

// ---------------------------------------------------------------------------
// Landing throughput experiment (not a test): run with
// `INTAKE_BENCH_ROWS=1000000 INTAKE_BENCH_CHUNK=50000 cargo test --release -p intake-engine --test all postgres_storage::bench_landing -- --ignored --nocapture`
// ---------------------------------------------------------------------------

#[tokio::test]
#[ignore]
async fn bench_landing() {
    let total: i64 = std::env::var("INTAKE_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let chunk: usize = std::env::var("INTAKE_BENCH_CHUNK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    let promote_on_land = std::env::var("INTAKE_BENCH_PENDING").is_err();
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let make_row = |i: i64| {
        let name = format!("Plaintiff Number {i}");
        let email = format!("plaintiff{i}@example.com");
        let payload = format!(
            r#"{{"PlaintiffName":"{name}","Email":"{email}","FirmName":"Firm {f}","Phone":"555-{p:04}","Address":"{i} Main Street, Springfield","ExternalID":"EXT-{i}"}}"#,
            f = i % 1000,
            p = i % 10000
        );
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        i.hash(&mut h);
        let k = h.finish();
        LandingRow {
            row_index: i,
            line: None,
            dedupe_key: Some(format!("{k:016x}{k:016x}{i:032x}")),
            fields: CanonicalFields {
                plaintiff_name: Some(name),
                firm_name: Some(format!("Firm {}", i % 1000)),
                contact_email: Some(email),
                contact_phone: Some(format!("555-{:04}", i % 10000)),
                contact_address: Some(format!("{i} Main Street, Springfield")),
                source_reference: Some(format!("EXT-{i}")),
                ..Default::default()
            },
            raw_payload: payload,
            kind: RowKind::Candidate,
            match_keys: Default::default(),
        }
        .with_match_keys()
    };
    let started = Instant::now();
    let mut session = claim_session(&storage, &identity("bench", None, "hash"), "bench.csv").await;
    session.expect_promotion(promote_on_land);
    let mut landed = 0i64;
    let mut in_land = Duration::ZERO;
    let mut buffer = Vec::with_capacity(chunk);
    while landed < total {
        buffer.clear();
        let end = (landed + chunk as i64).min(total);
        buffer.extend((landed..end).map(make_row));
        let land_started = Instant::now();
        session.land(&buffer).await.unwrap();
        in_land += land_started.elapsed();
        landed = end;
    }
    let land_done = started.elapsed();
    let (summary, _) = complete_run(session, total, true).await.unwrap();
    let elapsed = started.elapsed();
    println!(
        "landed+promoted {total} rows in chunks of {chunk} (promote_on_land={promote_on_land}): inside land() {:.2}s, land phase {:.2}s, total {:.2}s, {:.0} rows/s; inserted {}",
        in_land.as_secs_f64(),
        land_done.as_secs_f64(),
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        summary.rows_inserted
    );
}

// ---------------------------------------------------------------------------
// Upgrades and the batch lock
// ---------------------------------------------------------------------------

/// A database migrated by an earlier version (up to 0002) that holds a
/// plaintiff entered by hand (no raw row of its own): this version refuses
/// to open it until it is migrated, and the migration to one dedupe index
/// refuses to run until that plaintiff is dealt with; then it upgrades.
#[tokio::test]
async fn upgrading_refuses_plaintiffs_without_a_raw_row_and_old_schemas() {
    let db = TestDb::new().await;
    let mut conn = db.conn().await;
    let mut up_to_0002 = sqlx::migrate!("../../migrations/postgres");
    up_to_0002.migrations = up_to_0002
        .migrations
        .iter()
        .filter(|m| m.version <= 2)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    up_to_0002.run(&mut conn).await.unwrap();
    conn.execute(
        format!(
            "INSERT INTO public.plaintiffs (plaintiff_name, dedupe_key) VALUES ('Ann', '{}')",
            key(1)
        )
        .as_str(),
    )
    .await
    .unwrap();

    let outdated = intake_engine::config::open(&db.url).await.err().unwrap();
    assert_eq!(
        outdated.to_string(),
        "Configuration error: this database's `ingest` schema is older than this version of \
         intake: run `intake migrate` first"
    );
    let storage = PgStorage::connect(&db.url).await.unwrap();
    let refused = storage.migrate().await.unwrap_err().to_string();
    assert!(
        refused.contains(
            "Cannot upgrade: 1 live plaintiff(s) in public.plaintiffs have no promoted \
             ingest.plaintiffs_raw row of their own"
        ),
        "{refused}"
    );
    assert_eq!(
        scalar_i64(
            &mut conn,
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'plaintiffs_live_key_uq'"
        )
        .await,
        1,
        "nothing of the refused migration is applied"
    );

    conn.execute("UPDATE public.plaintiffs SET deleted_at = now()")
        .await
        .unwrap();
    storage.migrate().await.unwrap();
    assert!(intake_engine::config::open(&db.url).await.is_ok());
    let (run, _) = import(&storage, "h1", "a.csv", &[candidate(0, 1, "Ann")]).await;
    assert_eq!(run.rows_inserted, 1);
    storage.pool().close().await;
}

/// The previous importer of a batch can still hold the batch's lock for a
/// moment after recording its run as failed. A new claim waits for it
/// instead of claiming without the lock (it could then neither finish nor
/// fail its run, and could be taken over while importing).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_waits_for_the_previous_importers_lock() {
    let db = TestDb::new().await;
    let storage = db.storage().await;
    let mut previous = db.conn().await;
    let run: Uuid = sqlx::query_scalar(
        "SELECT run_id FROM ingest.claim_import_run('simplicity', NULL, 'h-lock', 'a.csv')",
    )
    .fetch_one(&mut previous)
    .await
    .unwrap();
    sqlx::query("SELECT ingest.fail_import_run($1, 'TEST', 'failed on purpose')")
        .bind(run)
        .execute(&mut previous)
        .await
        .unwrap();

    let storage = Arc::new(storage);
    let claimer = storage.clone();
    let next = tokio::spawn(async move {
        claim_session(&claimer, &identity("simplicity", None, "h-lock"), "a.csv").await
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(!next.is_finished(), "the claim waits for the lock");
    previous
        .execute("SELECT pg_advisory_unlock_all()")
        .await
        .unwrap();
    let session = next.await.unwrap();
    assert_ne!(session.run_id(), run);
    // It holds the lock: it may end its run.
    let (summary, _) = complete_run(session, 0, true).await.unwrap();
    assert_eq!(summary.status, RunStatus::Completed);
}
