//! PostgreSQL: least privilege on raw rows, the login as the recorded actor,
//! and importers whose connection is lost or whose client died (migration
//! 0005). Real server, a fresh database per test.

use crate::common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{request, TestDb, PG_ADMIN_URL};
use intake_engine::model::*;
use intake_engine::pipeline::complete_run;
use intake_engine::progress::CancelToken;
use intake_engine::storage::postgres::PgStorage;
use intake_engine::{pipeline, Claim, ImportSession, Storage};
use sqlx::{Connection, Executor, PgConnection};
use uuid::Uuid;

const CONNECTION_LOST: &str =
    "The connection to the database was lost during the import; nothing of this run was kept. Try again.";

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
                if let Ok(mut admin) = PgConnection::connect(PG_ADMIN_URL).await {
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

impl Roles {
    /// A LOGIN role `<prefix>_<random>` granted `group`; returns its name and URL.
    async fn login(&mut self, db: &TestDb, prefix: &str, group: &str) -> (String, String) {
        let role = format!("{prefix}_{}", &Uuid::new_v4().simple().to_string()[..8]);
        db.execute(&format!("CREATE ROLE {role} LOGIN IN ROLE {group}"))
            .await;
        self.0.push(role.clone());
        let url = db.url.replace("postgres@", &format!("{role}@"));
        (role, url)
    }
}

fn identity(hash: &str) -> BatchIdentity {
    BatchIdentity {
        source_system: "simplicity".into(),
        source_batch_id: None,
        file_hash: hash.into(),
    }
}

fn meta(os_user: &str) -> RunMeta {
    RunMeta {
        filename: "a.csv".into(),
        file_kind: "csv".into(),
        imported_by: Some(os_user.into()),
    }
}

fn row(row_index: i64, key_n: u64, name: &str) -> LandingRow {
    LandingRow {
        row_index,
        line: Some(row_index + 2),
        dedupe_key: Some(format!("{key_n:064x}")),
        fields: CanonicalFields {
            plaintiff_name: Some(name.into()),
            ..Default::default()
        },
        raw_payload: format!(r#"{{"PlaintiffName":"{name}"}}"#),
        kind: RowKind::Candidate,
        match_keys: Default::default(),
    }
    .with_match_keys()
}

async fn claimed(storage: &dyn Storage, hash: &str, os_user: &str) -> Box<dyn ImportSession> {
    match storage
        .claim(&identity(hash), &meta(os_user))
        .await
        .unwrap()
    {
        Claim::Claimed(session) => session,
        Claim::Duplicate(run) => panic!("expected claimed, got duplicate of {}", run.id),
        Claim::InProgress(run) => panic!("expected claimed, got in_progress of {}", run.id),
    }
}

fn sqlstate(err: &sqlx::Error) -> Option<String> {
    match err {
        sqlx::Error::Database(db) => db.code().map(|c| c.to_string()),
        _ => None,
    }
}

/// A plaintiff CSV of `rows` distinct records.
fn plaintiffs_csv(dir: &Path, rows: usize) -> std::path::PathBuf {
    let mut csv = String::from("PlaintiffName,Email\n");
    for i in 0..rows {
        csv.push_str(&format!("Person {i},person{i}@example.com\n"));
    }
    let path = dir.join("plaintiffs.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

#[tokio::test]
async fn operators_and_admins_cannot_change_raw_rows_by_hand() {
    let mut roles = Roles::default();
    let db = TestDb::postgres().await;
    let (run, _) = {
        let mut session = claimed(db.store.as_ref(), "h1", "owner").await;
        session
            .land(&[row(0, 1, "Ann"), row(1, 2, "Bob")])
            .await
            .unwrap();
        complete_run(session, 2, true).await.unwrap()
    };
    let (_, operator_url) = roles.login(&db, "clerk", "intake_operator").await;
    let (_, admin_url) = roles.login(&db, "boss", "intake_admin").await;

    for url in [&operator_url, &admin_url] {
        let mut conn = PgConnection::connect(url).await.unwrap();
        for forged in [
            "UPDATE ingest.plaintiffs_raw SET status = 'rolled_back'",
            "UPDATE ingest.plaintiffs_raw SET status = 'pending' WHERE status = 'promoted'",
            "UPDATE ingest.plaintiffs_raw SET dedupe_key = 'x'",
            "UPDATE ingest.plaintiffs_raw SET duplicate_of = id",
            "UPDATE ingest.plaintiffs_raw SET plaintiff_id = NULL",
            "UPDATE ingest.plaintiffs_raw SET import_run_id = gen_random_uuid()",
            "UPDATE ingest.plaintiffs_raw SET status_before_rollback = 'failed'",
            "UPDATE ingest.plaintiffs_raw SET firm_name = 'x'",
            "DELETE FROM ingest.plaintiffs_raw",
        ] {
            let err = conn.execute(forged).await.unwrap_err();
            assert_eq!(sqlstate(&err).as_deref(), Some("42501"), "{forged}: {err}");
            assert!(
                err.to_string()
                    .contains("permission denied for table plaintiffs_raw"),
                "{forged}: {err}"
            );
        }
        // The engine's functions refuse a run this session did not claim.
        for forged in [
            format!(
                "SELECT ingest.link_skipped_rows('{}', ARRAY[1]::bigint[])",
                run.id
            ),
            format!("SELECT ingest.promote_processing_run('{}')", run.id),
        ] {
            let err = conn.execute(forged.as_str()).await.unwrap_err();
            assert_eq!(sqlstate(&err).as_deref(), Some("IN004"), "{forged}: {err}");
        }
    }
    assert_eq!(
        db.rows(
            "SELECT status, (dedupe_key IS NOT NULL)::text, (plaintiff_id IS NOT NULL)::text \
             FROM ingest.plaintiffs_raw ORDER BY row_index"
        )
        .await,
        vec![vec!["promoted", "true", "true"]; 2]
    );
}

#[tokio::test]
async fn the_engine_still_imports_promotes_and_rolls_back_as_operator_and_admin() {
    let mut roles = Roles::default();
    let db = TestDb::postgres().await;
    let (_, operator_url) = roles.login(&db, "clerk", "intake_operator").await;
    let (_, admin_url) = roles.login(&db, "boss", "intake_admin").await;
    let operator = PgStorage::connect(&operator_url).await.unwrap();
    let admin = PgStorage::connect(&admin_url).await.unwrap();

    // Landed pending, promoted at the end of the import (the importing
    // session's own promotion, through ingest.promote_processing_run).
    let mut session = claimed(&operator, "h1", "clerk-os").await;
    session.expect_promotion(false);
    session
        .land(&[row(0, 1, "Ann"), row(1, 2, "Bob")])
        .await
        .unwrap();
    let (first, recon) = complete_run(session, 2, true).await.unwrap();
    assert!(recon.is_reconciled);
    assert_eq!((first.rows_inserted, first.rows_pending), (2, 0));

    // Landed promoted, then "do not promote" (unpromote), promoted by an admin later.
    let mut session = claimed(&operator, "h2", "clerk-os").await;
    session
        .land(&[row(0, 3, "Cy"), row(1, 1, "Ann again")])
        .await
        .unwrap();
    let (second, _) = complete_run(session, 2, false).await.unwrap();
    // The operator's key writer committed beside both runs (recording its
    // count of unindexed keys on the way), not the repair after them.
    assert_eq!(
        db.rows("SELECT keyed_by FROM ingest.match_keyed_runs ORDER BY keyed_at")
            .await,
        vec![vec!["import"]; 2]
    );
    assert_eq!(
        (
            second.rows_inserted,
            second.rows_skipped,
            second.rows_pending
        ),
        (1, 1, 1)
    );
    let promoted = admin.promote(Some(second.id)).await.unwrap();
    assert_eq!((promoted.runs, promoted.promoted), (1, 1));
    let rolled = admin.rollback(first.id, "wrong file", None).await.unwrap();
    assert_eq!((rolled.rows_rolled_back, rolled.plaintiffs_removed), (2, 2));

    // A session's own links and promotion, called as the SQL an operator's
    // session runs: claim, land by hand, link, promote, finish.
    let mut conn = PgConnection::connect(&operator_url).await.unwrap();
    let run_id: Uuid = sqlx::query_scalar(
        "SELECT run_id FROM ingest.claim_import_run('simplicity', NULL, 'h3', 'c.csv', 'csv', 'os')",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    conn.execute("BEGIN").await.unwrap();
    let ids: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO ingest.plaintiffs_raw (import_run_id, row_index, source_system, dedupe_key, \
             plaintiff_name, status) \
         VALUES ($1, 0, 'simplicity', $2, 'Dee', 'pending'), ($1, 1, 'simplicity', $3, 'Cy', 'skipped') \
         RETURNING id",
    )
    .bind(run_id)
    .bind(format!("{:064x}", 9))
    .bind(format!("{:064x}", 3))
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let linked: i64 = sqlx::query_scalar("SELECT ingest.link_skipped_rows($1, $2)")
        .bind(run_id)
        .bind(&ids)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(linked, 1);
    let promoted: i64 = sqlx::query_scalar("SELECT ingest.promote_processing_run($1)")
        .bind(run_id)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(promoted, 1);
    let reconciled: bool = sqlx::query_scalar(
        "SELECT is_reconciled FROM ingest.finish_import_run($1, 2, 1, 1, 0, true)",
    )
    .bind(run_id)
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert!(reconciled);
    conn.execute("COMMIT").await.unwrap();
    assert_eq!(
        db.rows(&format!(
            "SELECT x.status, l.row_index::text, (x.plaintiff_id IS NOT NULL)::text FROM ingest.plaintiffs_raw x \
             LEFT JOIN ingest.plaintiffs_raw l ON l.id = x.duplicate_of \
             WHERE x.import_run_id = '{run_id}' ORDER BY x.row_index"
        ))
        .await,
        vec![
            vec!["promoted", "NULL", "true"],
            vec!["skipped", "0", "false"]
        ]
    );
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);
    operator.pool().close().await;
    admin.pool().close().await;
}

#[tokio::test]
async fn the_login_is_the_actor_and_the_os_user_a_note() {
    let mut roles = Roles::default();
    let db = TestDb::postgres().await;
    let (anna, anna_url) = roles.login(&db, "clerk_anna", "intake_operator").await;
    let (bo, bo_url) = roles.login(&db, "admin_bo", "intake_admin").await;
    let as_anna = PgStorage::connect(&anna_url).await.unwrap();
    let as_bo = PgStorage::connect(&bo_url).await.unwrap();

    let dir = tempfile::tempdir().unwrap();
    let mut req = request(&plaintiffs_csv(dir.path(), 3), "simplicity");
    req.imported_by = Some("anna-laptop".into());
    let report = pipeline::import(
        &as_anna,
        &req,
        &intake_engine::progress::NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(report.status, ImportStatus::Completed);
    let run_id = report.run_id.unwrap();
    let run = as_anna.get_run(run_id).await.unwrap().unwrap();
    assert_eq!(run.imported_by, anna);

    as_bo
        .rollback(run_id, "wrong vendor", Some("bo-desktop"))
        .await
        .unwrap();
    let run = as_bo.get_run(run_id).await.unwrap().unwrap();
    assert_eq!(run.rolled_back_by.as_deref(), Some(bo.as_str()));
    assert_eq!(
        db.rows(&format!(
            "SELECT imported_by, client_user, rolled_back_by, rolled_back_client_user \
             FROM ingest.v_import_runs_summary WHERE id = '{run_id}'"
        ))
        .await,
        vec![vec![
            anna.clone(),
            "anna-laptop".into(),
            bo.clone(),
            "bo-desktop".into()
        ]]
    );
    // Whatever the client claims, SET ROLE included, the login is recorded.
    let mut conn = PgConnection::connect(&anna_url).await.unwrap();
    conn.execute("SET ROLE intake_operator").await.unwrap();
    let by: String = sqlx::query_scalar(
        "SELECT run_imported_by FROM ingest.claim_import_run('simplicity', NULL, 'h9', 'x.csv', 'csv', 'postgres')",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(by, anna);
    drop(conn);
    as_anna.pool().close().await;
    as_bo.pool().close().await;
}

/// Terminate the backends holding advisory locks in this database (the
/// importer's), from a thread of its own: the progress callback is sync.
fn terminate_importer(url: &str) -> i64 {
    let url = url.to_string();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let mut conn = PgConnection::connect(&url).await.unwrap();
            sqlx::query_scalar(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(t.pid)) FROM \
                 (SELECT DISTINCT l.pid FROM pg_locks l \
                  WHERE l.locktype = 'advisory' AND l.pid <> pg_backend_pid() \
                    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())) t",
            )
            .fetch_one(&mut conn)
            .await
            .unwrap()
        })
    })
    .join()
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_terminated_mid_import_says_so_and_the_rerun_completes() {
    let db = TestDb::postgres().await;
    let dir = tempfile::tempdir().unwrap();
    let req = request(&plaintiffs_csv(dir.path(), 60_000), "simplicity");

    let fired = AtomicBool::new(false);
    let terminated = std::sync::Mutex::new(0);
    let url = db.url.clone();
    let progress = |p: &Progress| {
        if p.phase == Phase::Landing && p.rows_done > 0 && !fired.swap(true, Ordering::SeqCst) {
            *terminated.lock().unwrap() = terminate_importer(&url);
        }
    };
    let report = pipeline::import(db.store.as_ref(), &req, &progress, &CancelToken::new())
        .await
        .unwrap();
    assert_eq!(*terminated.lock().unwrap(), 1);
    assert_eq!(report.status, ImportStatus::Failed);
    let error = report.error.clone().unwrap();
    assert_eq!(
        (error.code.as_str(), error.message.as_str()),
        ("CONNECTION_LOST", CONNECTION_LOST)
    );
    assert_eq!((report.inserted, report.skipped, report.errored), (0, 0, 0));
    let run_id = report.run_id.unwrap();
    assert_eq!(
        db.rows(&format!(
            "SELECT status, error_details->>'code', error_details->>'message' \
             FROM ingest.import_runs WHERE id = '{run_id}'"
        ))
        .await,
        vec![vec!["failed", "CONNECTION_LOST", CONNECTION_LOST]]
    );
    assert_eq!(db.count("plaintiffs_raw").await, 0);
    assert_eq!(db.count("plaintiffs").await, 0);

    let started = Instant::now();
    let again = db.import(&req).await;
    assert_eq!(again.status, ImportStatus::Completed, "{:?}", again.error);
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(
        (again.inserted, again.skipped, again.errored),
        (60_000, 0, 0)
    );
    assert_eq!(again.reconciled, Some(true));
    assert_eq!(db.live_plaintiffs().await, 60_000);
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(
        db.scalar(&format!(
            "SELECT count(*) FROM ingest.plaintiffs_raw WHERE import_run_id = '{run_id}'"
        ))
        .await,
        0
    );
}

#[tokio::test]
async fn a_terminated_session_fails_its_run_with_connection_lost() {
    let db = TestDb::postgres().await;
    let mut session = claimed(db.store.as_ref(), "h1", "os").await;
    let run_id = session.run_id();
    session.land(&[row(0, 1, "Ann")]).await.unwrap();
    assert_eq!(terminate_importer(&db.url), 1);

    let err = session.land(&[row(1, 2, "Bob")]).await.unwrap_err();
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        ("CONNECTION_LOST", CONNECTION_LOST)
    );
    session
        .fail(err.error_code(), &err.to_string())
        .await
        .unwrap();
    let run = db.store.get_run(run_id).await.unwrap().unwrap();
    assert_eq!(run.status, RunStatus::Failed);
    assert_eq!(run.error_message.as_deref(), Some(CONNECTION_LOST));
    assert_eq!(db.count("plaintiffs_raw").await, 0);

    // A lost session at the finish: the run is recorded failed too.
    let mut session = claimed(db.store.as_ref(), "h1", "os").await;
    let second = session.run_id();
    session.land(&[row(0, 1, "Ann")]).await.unwrap();
    assert_eq!(terminate_importer(&db.url), 1);
    let err = complete_run(session, 1, true).await.unwrap_err();
    assert_eq!(err.code(), "CONNECTION_LOST");
    let run = db.store.get_run(second).await.unwrap().unwrap();
    assert_eq!(
        (run.status, run.error_message.as_deref()),
        (RunStatus::Failed, Some(CONNECTION_LOST))
    );
    let next = claimed(db.store.as_ref(), "h1", "os").await;
    let (summary, _) = complete_run(next, 0, true).await.unwrap();
    assert_eq!(summary.status, RunStatus::Completed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_waits_for_an_importer_whose_client_died_and_not_for_a_live_one() {
    let db = TestDb::postgres().await;
    // A live importer (idle in its transaction between chunks): in_progress at once.
    let live = claimed(db.store.as_ref(), "live", "os").await;
    let started = Instant::now();
    let answer = db
        .store
        .claim(&identity("live"), &meta("other"))
        .await
        .unwrap();
    assert!(matches!(answer, Claim::InProgress(ref run) if run.id == live.run_id()));
    assert!(started.elapsed() < Duration::from_secs(2));
    // Nor can another session record a live importer's run as lost.
    let status: String = sqlx::query_scalar("SELECT ingest.fail_lost_import_run($1, 'X', 'y')")
        .bind(live.run_id())
        .fetch_one(&mut PgConnection::connect(&db.url).await.unwrap())
        .await
        .unwrap();
    assert_eq!(status, "processing");
    complete_run(live, 0, true).await.unwrap();

    // An importer whose client died while its backend is still busy (kill -9
    // during a long statement): the backend holds the batch's lock until
    // the statement ends. The claim waits for it instead of in_progress.
    let mut dying = PgConnection::connect(&db.url).await.unwrap();
    let dead_run: Uuid = sqlx::query_scalar(
        "SELECT run_id FROM ingest.claim_import_run('simplicity', NULL, 'dying', 'a.csv', 'csv', 'os')",
    )
    .fetch_one(&mut dying)
    .await
    .unwrap();
    dying.execute("BEGIN").await.unwrap();
    let busy = tokio::time::timeout(
        Duration::from_millis(300),
        dying.execute("SELECT pg_sleep(3)"),
    )
    .await;
    assert!(busy.is_err(), "the statement should still be running");
    drop(dying); // the client is gone; its backend sleeps on

    let started = Instant::now();
    let answer = db
        .store
        .claim(&identity("dying"), &meta("os"))
        .await
        .unwrap();
    let Claim::Claimed(next) = answer else {
        panic!("expected claimed after the dead importer's backend went away");
    };
    assert!(started.elapsed() < Duration::from_secs(10));
    let old = db.store.get_run(dead_run).await.unwrap().unwrap();
    assert_eq!(old.status, RunStatus::Failed);
    complete_run(next, 0, true).await.unwrap();
}

/// Vendor updates (issue 11 part A) as the least-privileged roles: an
/// operator's import applies them (through `ingest.apply_plaintiff_updates`,
/// never a grant to UPDATE plaintiffs), every role reads the change log and
/// nobody writes it by hand; an admin's rollback restores.
#[tokio::test]
async fn updates_are_applied_by_operators_logged_append_only_and_restored_by_admins() {
    let mut roles = Roles::default();
    let db = TestDb::postgres().await;
    let (_, operator_url) = roles.login(&db, "clerk", "intake_operator").await;
    let (_, manager_url) = roles.login(&db, "mgr", "intake_manager").await;
    let (_, admin_url) = roles.login(&db, "boss", "intake_admin").await;
    let operator = PgStorage::connect(&operator_url).await.unwrap();
    let admin = PgStorage::connect(&admin_url).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.csv");
    std::fs::write(
        &base,
        "PlaintiffName,Email,Phone\nAnn Lee,ann@example.com,555-0100\n",
    )
    .unwrap();
    let update = dir.path().join("update.csv");
    std::fs::write(
        &update,
        "PlaintiffName,Email,Phone\nAnn Lee,ann@example.com,555-0111\n",
    )
    .unwrap();
    let run = |path: std::path::PathBuf, apply: bool| {
        let operator = &operator;
        async move {
            pipeline::import(
                operator,
                &ImportRequest {
                    apply_updates: apply,
                    ..request(&path, "vendor")
                },
                &intake_engine::progress::NoProgress,
                &CancelToken::new(),
            )
            .await
            .unwrap()
        }
    };
    run(base, false).await;
    let report = run(update, true).await;
    assert_eq!(report.status, ImportStatus::Completed);
    assert_eq!((report.skipped_changed, report.updated), (1, 1));
    let run_id = report.run_id.unwrap();
    let phone = "SELECT contact_phone FROM public.plaintiffs WHERE deleted_at IS NULL";
    assert_eq!(db.rows(phone).await, vec![vec!["555-0111"]]);

    for url in [&operator_url, &manager_url, &admin_url] {
        let mut conn = PgConnection::connect(url).await.unwrap();
        let logged: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM ingest.plaintiff_changes c \
             JOIN ingest.v_plaintiff_changes v ON v.id = c.id",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap();
        assert_eq!(logged, 1);
        for forged in [
            "UPDATE ingest.plaintiff_changes SET new_value = 'x'".to_string(),
            "DELETE FROM ingest.plaintiff_changes".to_string(),
            format!(
                "INSERT INTO ingest.plaintiff_changes (plaintiff_id, import_run_id, field, changed_by) \
                 VALUES (gen_random_uuid(), '{run_id}', 'firm_name', 'me')"
            ),
            "UPDATE public.plaintiffs SET contact_phone = 'x'".to_string(),
        ] {
            let err = conn.execute(forged.as_str()).await.unwrap_err();
            assert_eq!(sqlstate(&err).as_deref(), Some("42501"), "{forged}: {err}");
        }
    }
    // Only the session that claimed a run applies its updates; managers may not call it.
    let mut conn = PgConnection::connect(&operator_url).await.unwrap();
    let err = conn
        .execute(format!("SELECT * FROM ingest.apply_plaintiff_updates('{run_id}', true)").as_str())
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&err).as_deref(), Some("IN004"), "{err}");
    let mut conn = PgConnection::connect(&manager_url).await.unwrap();
    let err = conn
        .execute(format!("SELECT * FROM ingest.apply_plaintiff_updates('{run_id}', true)").as_str())
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&err).as_deref(), Some("42501"), "{err}");

    let rolled = admin.rollback(run_id, "wrong file", None).await.unwrap();
    assert_eq!((rolled.fields_restored, rolled.conflicts.len()), (1, 0));
    assert_eq!(db.rows(phone).await, vec![vec!["555-0100"]]);
    operator.pool().close().await;
    admin.pool().close().await;
}
