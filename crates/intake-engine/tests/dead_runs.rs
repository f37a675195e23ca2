//! A run whose importer vanished (its session dropped without finish or fail,
//! as when the process is killed) is recorded as failed by the next look at
//! it — `get_run`, `reconcile`, `list_runs` — and `rollback` accepts it,
//! on both backends. A live run is never touched.

use crate::common;

use std::time::{Duration, Instant};

use common::TestDb;
use intake_engine::storage::{Claim, ImportSession};
use intake_engine::{
    BackendKind, BatchIdentity, EngineError, ErrorCode, RunFilter, RunMeta, RunStatus,
};
use uuid::Uuid;

const GONE: [&str; 2] = [
    // SQLite: only the process can end.
    "The importer stopped before finishing (its process ended); nothing of this run was kept",
    // PostgreSQL: the process, or its connection.
    "The importer stopped before finishing (its process ended or its connection was lost); nothing of this run was kept",
];

fn identity(hash: &str) -> BatchIdentity {
    BatchIdentity {
        source_system: "acme".into(),
        source_batch_id: None,
        file_hash: hash.into(),
    }
}

async fn claim(db: &TestDb, hash: &str) -> Box<dyn ImportSession> {
    let meta = RunMeta {
        filename: format!("{hash}.csv"),
        file_kind: "csv".into(),
        imported_by: Some("tester".into()),
    };
    match db.store.claim(&identity(hash), &meta).await.unwrap() {
        Claim::Claimed(session) => session,
        _ => panic!("expected a claim"),
    }
}

/// Claim a run and let its importer vanish; returns once nothing holds its
/// liveness lock any more (PostgreSQL releases it when the backend exits).
async fn dead_run(db: &TestDb, hash: &str) -> Uuid {
    let session = claim(db, hash).await;
    let run_id = session.run_id();
    drop(session);
    if db.kind() == BackendKind::Postgres {
        let deadline = Instant::now() + Duration::from_secs(30);
        // Only the live run's session holds an advisory lock in this test's
        // database by then (other databases on the server are other tests').
        while db
            .scalar(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = \
                 (SELECT oid FROM pg_database WHERE datname = current_database())",
            )
            .await
            > 1
        {
            assert!(
                Instant::now() < deadline,
                "the dropped session kept its lock"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    run_id
}

#[tokio::test]
async fn a_vanished_importer_s_run_is_settled_by_the_next_look() {
    for kind in [BackendKind::Sqlite, BackendKind::Postgres] {
        let db = TestDb::new(kind).await;
        let live = claim(&db, "live").await;
        let live_id = live.run_id();

        let by_get = dead_run(&db, "h1").await;
        let run = db.store.get_run(by_get).await.unwrap().unwrap();
        assert_eq!(run.status, RunStatus::Failed, "{kind:?}");
        assert!(GONE.contains(&run.error_message.as_deref().unwrap()));

        let by_reconcile = dead_run(&db, "h2").await;
        let recon = db.store.reconcile(by_reconcile).await.unwrap();
        assert_eq!(
            (recon.status, recon.is_reconciled),
            (RunStatus::Failed, true)
        );

        let by_list = dead_run(&db, "h3").await;
        let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
        let status = |id: Uuid| runs.iter().find(|r| r.id == id).unwrap().status;
        assert_eq!(status(by_list), RunStatus::Failed, "{kind:?}");
        assert_eq!(status(live_id), RunStatus::Processing, "{kind:?}");

        let by_rollback = dead_run(&db, "h4").await;
        let result = db
            .store
            .rollback(by_rollback, "importer killed", Some("admin"))
            .await
            .unwrap();
        assert_eq!((result.rows_rolled_back, result.plaintiffs_removed), (0, 0));
        let run = db.store.get_run(by_rollback).await.unwrap().unwrap();
        assert_eq!(run.status, RunStatus::RolledBack);
        assert_eq!(run.rollback_reason.as_deref(), Some("importer killed"));
        assert!(GONE.contains(&run.error_message.as_deref().unwrap()));

        // The live run was looked at by all of these and is still live.
        match db.store.rollback(live_id, "no", None).await {
            Err(EngineError::NotRollbackable { status, .. }) => assert_eq!(status, "processing"),
            other => panic!("{kind:?}: expected NotRollbackable, got {other:?}"),
        }
        let run = db.store.get_run(live_id).await.unwrap().unwrap();
        assert_eq!(run.status, RunStatus::Processing, "{kind:?}");
        live.fail(ErrorCode::Cancelled, "test over").await.unwrap();
        assert_eq!(
            db.scalar(&format!(
                "SELECT count(*) FROM {} WHERE status = 'failed'",
                db.table("import_runs")
            ))
            .await,
            4
        );
    }
}
