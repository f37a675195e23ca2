//! Finished runs: reconciliation (and a run that does not reconcile),
//! rollback, and the run history.

use intake_engine::model::*;
use intake_engine::{BackendKind, EngineError, ErrorCode};
use uuid::Uuid;

use super::*;
use crate::common::TestDb;

async fn reconcile_reports_counts_and_a_mismatch_fails_the_run(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let rows = [
        candidate(0, 1, "Ann"),
        in_file_duplicate(1, 1, 0, "ann"),
        invalid(
            2,
            None,
            "BAD_EMAIL",
            "contact_email is not an email address",
        ),
    ];
    let (run, _) = import(store, "h", "a.csv", &rows, true).await;
    let run = run.id;
    assert_eq!(
        store.reconcile(run).await.unwrap(),
        Reconciliation {
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
    let missing = Uuid::new_v4();
    assert!(
        matches!(store.reconcile(missing).await, Err(EngineError::RunNotFound(id)) if id == missing)
    );

    // The pipeline reports 5 records but only 2 were landed: the run fails
    // and commits nothing.
    let bad_id = identity("simplicity", None, "h-bad");
    let mut session = claim_session(store, &bad_id, "b.csv").await;
    let bad = session.run_id();
    session
        .land(&[candidate(0, 2, "Bob"), candidate(1, 3, "Cat")])
        .await
        .unwrap();
    match complete_run(session, 5, true).await {
        Err(EngineError::NotReconciled { run_id, detail }) => {
            assert_eq!(run_id, bad);
            assert_eq!(
                detail,
                "reported 5 fetched / 2 inserted / 0 skipped / 0 errored, stored 2 / 2 / 0 / 0"
            );
        }
        Err(e) => panic!("expected NotReconciled, got {e}"),
        Ok(_) => panic!("expected NotReconciled, got a completed run"),
    }
    let failed = store.get_run(bad).await.unwrap().unwrap();
    assert_eq!(failed.status, RunStatus::Failed);
    assert!(
        failed
            .error_message
            .as_deref()
            .is_some_and(|m| m.starts_with("Reconciliation failed")),
        "{:?}",
        failed.error_message
    );
    assert_eq!(error_details(&db, bad).await.0, "NOT_RECONCILED");
    // Nothing of the run stayed: its keys are free.
    assert_eq!(raw_rows(&db, bad).await, Vec::<RawRow>::new());
    assert_eq!(db.count("plaintiffs").await, 1);
    assert!(store.live_keys(&[key(2), key(3)]).await.unwrap().is_empty());

    // The view agrees with the function for every run.
    assert_eq!(
        db.rows(&format!(
            "SELECT CAST(import_run_id AS TEXT), filename, CAST(actual_total AS BIGINT), \
                    CAST(CASE WHEN is_reconciled THEN 1 ELSE 0 END AS BIGINT) \
               FROM {} ORDER BY created_at",
            db.table("v_import_reconciliation")
        ))
        .await,
        vec![
            vec![run.to_string(), "a.csv".into(), "3".into(), "1".into()],
            vec![bad.to_string(), "b.csv".into(), "0".into(), "1".into()],
        ]
    );
    // The failed batch can be imported again.
    let again = claim_session(store, &bad_id, "b.csv").await;
    complete_run(again, 0, true).await.unwrap();

    // Tampering with the stored rows shows up as a discrepancy.
    db.execute(&format!(
        "DELETE FROM {} WHERE status = 'skipped'",
        db.table("plaintiffs_raw")
    ))
    .await;
    let r = store.reconcile(run).await.unwrap();
    assert_eq!(
        (
            r.actual_total,
            r.fetched_discrepancy,
            r.skipped_discrepancy,
            r.is_reconciled
        ),
        (2, 1, 1, false)
    );
    assert_eq!(
        store.get_run(run).await.unwrap().unwrap().is_reconciled,
        Some(false)
    );
}

async fn rollback_needs_a_reason_keeps_the_audit_trail_and_releases_keys(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let raw = db.table("plaintiffs_raw");
    let plaintiffs = db.table("plaintiffs");
    let rows = [
        candidate(0, 1, "Ann"),
        candidate(1, 2, "Bob"),
        in_file_duplicate(2, 1, 0, "ANN"),
        invalid(3, None, "MISSING_NAME", "plaintiff_name is empty"),
    ];
    let (run, _) = import(store, "h1", "bad.csv", &rows, true).await;
    let run = run.id;

    assert!(matches!(
        store.rollback(run, "  \t", None).await,
        Err(EngineError::ReasonRequired)
    ));
    let missing = Uuid::new_v4();
    assert!(
        matches!(store.rollback(missing, "why", None).await, Err(EngineError::RunNotFound(id)) if id == missing)
    );
    // A processing run cannot be rolled back.
    let processing = claim_session(store, &identity("simplicity", None, "h3"), "p.csv").await;
    let refused = store
        .rollback(processing.run_id(), "why", None)
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "NOT_ROLLBACKABLE");
    assert!(
        matches!(&refused, EngineError::NotRollbackable { status, .. } if status == "processing"),
        "{refused}"
    );
    processing
        .fail(ErrorCode::Cancelled, "cancelled")
        .await
        .unwrap();

    let result = store
        .rollback(
            run,
            "  Vendor sent test data - Ticket #1234 ",
            Some("admin-ann"),
        )
        .await
        .unwrap();
    assert_eq!(
        result,
        RollbackResult {
            run_id: run,
            rows_rolled_back: 4,
            plaintiffs_removed: 2,
            fields_restored: 0,
            conflicts: vec![],
        }
    );
    let statuses = db
        .rows(&format!(
            "SELECT status, status_before_rollback FROM {raw} \
             WHERE import_run_id = '{run}' ORDER BY row_index"
        ))
        .await;
    let rolled_back = |before: &str| vec!["rolled_back".to_string(), before.to_string()];
    assert_eq!(
        statuses,
        vec![
            rolled_back("promoted"),
            rolled_back("promoted"),
            rolled_back("skipped"),
            rolled_back("failed")
        ]
    );
    assert_eq!(
        db.scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM {plaintiffs} WHERE deleted_at IS NOT NULL \
               AND deleted_reason = 'Vendor sent test data - Ticket #1234'"
        ))
        .await,
        2
    );
    let after = store.get_run(run).await.unwrap().unwrap();
    assert_eq!(after.status, RunStatus::RolledBack);
    assert_eq!(
        after.rollback_reason.as_deref(),
        Some("Vendor sent test data - Ticket #1234")
    );
    // PostgreSQL records the login that rolled back (the actor the client
    // named is the note `rolled_back_client_user`); SQLite has no logins.
    assert_eq!(
        after.rolled_back_by.as_deref(),
        Some(per_backend(kind, "postgres", "admin-ann"))
    );
    if kind == BackendKind::Postgres {
        assert_eq!(
            db.rows(&format!(
                "SELECT rolled_back_client_user FROM ingest.v_import_runs_summary WHERE id = '{run}'"
            ))
            .await,
            vec![vec!["admin-ann"]]
        );
    }
    assert!(after.rolled_back_at.unwrap() >= after.finished_at.unwrap());
    assert_eq!(
        after.is_reconciled,
        Some(true),
        "a rolled-back run still reconciles"
    );
    let reconciliation = store.reconcile(run).await.unwrap();
    assert_eq!(
        (
            reconciliation.status,
            reconciliation.actual_total,
            reconciliation.actual_inserted,
            reconciliation.actual_skipped,
            reconciliation.actual_errored,
            reconciliation.is_reconciled
        ),
        (RunStatus::RolledBack, 4, 2, 1, 1, true)
    );
    // Audit views still show the run's errored and blocked rows.
    assert_eq!(store.errored_rows(run).await.unwrap().len(), 1);
    assert_eq!(store.blocked_duplicates(run).await.unwrap().len(), 1);

    // Twice: refused with a clear error.
    let twice = store.rollback(run, "again", None).await.unwrap_err();
    assert!(
        matches!(&twice, EngineError::NotRollbackable { status, .. } if status == "rolled_back")
    );
    assert_eq!(
        twice.to_string(),
        format!("Import run {run} cannot be rolled back: its status is 'rolled_back'")
    );
    // Without an actor, someone is still recorded (the login, or the OS user).
    let (other, _) = import(store, "h4", "c.csv", &[candidate(0, 9, "Zed")], true).await;
    store.rollback(other.id, "oops", None).await.unwrap();
    assert!(!store
        .get_run(other.id)
        .await
        .unwrap()
        .unwrap()
        .rolled_back_by
        .unwrap()
        .is_empty());

    // The keys are free again: a corrected file lands them as new rows.
    let (fixed, _) = import(
        store,
        "h2",
        "fixed.csv",
        &[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")],
        true,
    )
    .await;
    assert_eq!((fixed.rows_inserted, fixed.rows_skipped), (2, 0));
    assert_eq!(
        raw_rows(&db, fixed.id).await,
        vec![
            (0, "promoted".into(), None, true),
            (1, "promoted".into(), None, true)
        ]
    );
    assert_eq!(db.live_plaintiffs().await, 2);
    assert_eq!(db.count("plaintiffs").await, 5);
    // And the rolled-back batch itself may be imported again.
    let (reimport, _) = import(store, "h1", "bad.csv", &[candidate(0, 3, "Cy")], true).await;
    assert_eq!(reimport.rows_inserted, 1);
}

async fn list_runs_filters_and_orders_newest_first(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let (first, _) = import(store, "h1", "a.csv", &[candidate(0, 1, "Ann")], true).await;
    let between = chrono::Utc::now();
    let (second, _) = import(store, "h2", "b.csv", &[candidate(0, 2, "Bob")], true).await;
    let mut session = claim_session(store, &identity("jbi", None, "h3"), "c.csv").await;
    let failed = session.run_id();
    session.land(&[candidate(0, 3, "Cat")]).await.unwrap();
    session.fail(ErrorCode::Parse, "bad").await.unwrap();
    let (first, second) = (first.id, second.id);

    let ids = |runs: Vec<RunSummary>| runs.into_iter().map(|r| r.id).collect::<Vec<_>>();
    let list = |filter: RunFilter| async move { ids(store.list_runs(&filter).await.unwrap()) };
    assert_eq!(
        list(RunFilter::default()).await,
        vec![failed, second, first]
    );
    assert_eq!(
        list(RunFilter {
            limit: 2,
            ..Default::default()
        })
        .await,
        vec![failed, second]
    );
    // PostgreSQL's source filter ignores case; SQLite's matches exactly.
    assert_eq!(
        list(RunFilter {
            source_system: Some(per_backend(kind, "SIMPLICITY", "simplicity").into()),
            ..Default::default()
        })
        .await,
        vec![second, first]
    );
    assert_eq!(
        list(RunFilter {
            status: Some(RunStatus::Failed),
            ..Default::default()
        })
        .await,
        vec![failed]
    );
    assert_eq!(
        list(RunFilter {
            since: Some(between),
            ..Default::default()
        })
        .await,
        vec![failed, second]
    );
    assert_eq!(
        list(RunFilter {
            until: Some(between),
            ..Default::default()
        })
        .await,
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
    let first_run = store.get_run(first).await.unwrap().unwrap();
    assert!(first_run.duration_seconds.unwrap() >= 0.0);
    assert!(first_run.finished_at.is_some());
    assert!(store.get_run(Uuid::nil()).await.unwrap().is_none());
}

conformance!(
    reconcile_reports_counts_and_a_mismatch_fails_the_run,
    rollback_needs_a_reason_keeps_the_audit_trail_and_releases_keys,
    list_runs_filters_and_orders_newest_first,
);
