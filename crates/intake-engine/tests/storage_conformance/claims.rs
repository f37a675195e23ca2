//! Claims: the batch lifecycle, takeover of a dropped session, and
//! concurrent claims of one batch.

use std::sync::Arc;
use std::time::{Duration, Instant};

use intake_engine::model::*;
use intake_engine::{BackendKind, Claim, ErrorCode};

use super::*;
use crate::common::TestDb;

async fn claim_outcomes_follow_the_batch_lifecycle(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let id = identity("Simplicity ", None, "hash-a");

    let first = claim_session(store, &id, "a.csv").await;
    let first_id = first.run_id();
    // A live session: a second claim sees it in progress.
    let second = store.claim(&id, &meta("a-copy.csv")).await.unwrap();
    assert_eq!(outcome(&second), ("in_progress", first_id));
    if let Claim::InProgress(run) = &second {
        assert_eq!(run.status, RunStatus::Processing);
        // PostgreSQL's claim normalizes the source itself; SQLite stores
        // what it is given (the pipeline normalizes before either).
        assert_eq!(
            run.source_system,
            per_backend(kind, "simplicity", "Simplicity ")
        );
        assert_eq!(run.filename, "a.csv");
        assert_eq!(run.is_reconciled, None);
        // PostgreSQL records the login (the client's word, "tester", is
        // only a note); SQLite has no logins and records the client's word.
        assert_eq!(run.imported_by, per_backend(kind, "postgres", "tester"));
    }
    assert!(store.find_completed_batch(&id).await.unwrap().is_none());
    let (summary, _) = complete_run(first, 0, true).await.unwrap();
    assert_eq!(summary.status, RunStatus::Completed);

    // Completed: every later claim is a duplicate of that run.
    for _ in 0..2 {
        let claim = store.claim(&id, &meta("renamed.csv")).await.unwrap();
        assert_eq!(outcome(&claim), ("duplicate", first_id));
        if let Claim::Duplicate(run) = &claim {
            assert_eq!(run.status, RunStatus::Completed);
            assert_eq!(run.is_reconciled, Some(true));
        }
    }
    let found = store.find_completed_batch(&id).await.unwrap().unwrap();
    assert_eq!(found.id, first_id);

    // Batch id and source are part of the identity.
    let with_batch_id = identity("simplicity", Some("B-7"), "hash-a");
    let with_batch = claim_session(store, &with_batch_id, "a.csv").await;
    assert_ne!(with_batch.run_id(), first_id);
    let other_source = claim_session(store, &identity("jbi", None, "hash-a"), "a.csv").await;
    assert_ne!(other_source.run_id(), with_batch.run_id());
    other_source
        .fail(ErrorCode::Cancelled, "stopped by the test")
        .await
        .unwrap();

    // Failed: the batch may be imported again, as a new run.
    let failed_run = with_batch.run_id();
    with_batch
        .fail(ErrorCode::Parse, "Cannot parse the file: bad quote")
        .await
        .unwrap();
    let failed = store.get_run(failed_run).await.unwrap().unwrap();
    assert_eq!(failed.status, RunStatus::Failed);
    assert_eq!(
        failed.error_message.as_deref(),
        Some("Cannot parse the file: bad quote")
    );
    assert_eq!(
        error_details(&db, failed_run).await,
        (
            "PARSE_ERROR".to_string(),
            "Cannot parse the file: bad quote".to_string()
        )
    );
    let again = claim_session(store, &with_batch_id, "a.csv").await;
    assert_ne!(again.run_id(), failed_run);
    complete_run(again, 0, true).await.unwrap();

    // Rolled back: the batch may be imported again.
    store
        .rollback(first_id, "wrong source", Some("admin"))
        .await
        .unwrap();
    let retaken = claim_session(store, &id, "a.csv").await;
    assert_ne!(retaken.run_id(), first_id);
    complete_run(retaken, 0, true).await.unwrap();
    assert_eq!(
        db.count("import_runs").await,
        5,
        "a, a with batch id (failed), a of another source (failed), the retry, \
         the re-import after rollback"
    );
}

async fn a_dropped_session_is_taken_over_at_once(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let id = identity("simplicity", None, "hash-drop");
    let mut session = claim_session(store, &id, "a.csv").await;
    let dead_run = session.run_id();
    session
        .land(&[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")])
        .await
        .unwrap();
    drop(session); // a cancelled or panicked import

    let started = Instant::now();
    let mut next = claim_session(store, &id, "a.csv").await;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_ne!(next.run_id(), dead_run);
    let old = store.get_run(dead_run).await.unwrap().unwrap();
    assert_eq!(old.status, RunStatus::Failed);
    assert!(old.finished_at.is_some());
    let message = "The importer stopped before finishing; taken over by a new run";
    assert_eq!(old.error_message.as_deref(), Some(message));
    assert_eq!(
        error_details(&db, dead_run).await,
        ("ABANDONED".to_string(), message.to_string())
    );
    // Its rows never committed ...
    assert_eq!(db.count("plaintiffs_raw").await, 0);
    // ... so their keys land in the new run.
    let counts = next
        .land(&[candidate(0, 1, "Ann"), candidate(1, 2, "Bob")])
        .await
        .unwrap();
    assert_eq!(counts.inserted, 2);
    complete_run(next, 2, true).await.unwrap();
}

async fn eight_concurrent_claims_of_one_batch_claim_it_once(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let id = identity("simplicity", None, "hash-8");
    let barrier = Arc::new(tokio::sync::Barrier::new(8));
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let store = db.store.clone();
            let id = id.clone();
            let barrier = barrier.clone();
            tokio::spawn(async move {
                barrier.wait().await;
                store
                    .claim(&id, &meta(&format!("copy{n}.csv")))
                    .await
                    .unwrap()
            })
        })
        .collect();
    // Keep every outcome (and so the winning session) alive until all are in.
    let mut claims = Vec::new();
    for task in tasks {
        claims.push(task.await.unwrap());
    }
    let claimed: Vec<_> = claims
        .iter()
        .map(outcome)
        .filter(|(kind, _)| *kind == "claimed")
        .collect();
    assert_eq!(
        claimed.len(),
        1,
        "{:?}",
        claims.iter().map(outcome).collect::<Vec<_>>()
    );
    let winner_id = claimed[0].1;
    let in_progress = claims
        .iter()
        .filter(|c| outcome(c) == ("in_progress", winner_id))
        .count();
    assert_eq!(in_progress, 7);
    let winner = claims
        .into_iter()
        .find_map(|c| match c {
            Claim::Claimed(session) => Some(session),
            _ => None,
        })
        .unwrap();
    complete_run(winner, 0, true).await.unwrap();
    assert_eq!(db.count("import_runs").await, 1);
}

conformance!(
    claim_outcomes_follow_the_batch_lifecycle,
    a_dropped_session_is_taken_over_at_once,
    eight_concurrent_claims_of_one_batch_claim_it_once,
);
