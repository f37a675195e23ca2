//! Opening a PostgreSQL database for a short command (`intake runs`): the
//! connection made to report connection errors plainly answers the schema
//! check and closes; the pool then opens one connection for the work
//! (before: four, each a TLS handshake and a server process).

use std::time::{Duration, Instant};

use intake_engine::storage::SchemaState;
use intake_engine::{config, ops, BackendKind, RunFilter};

use crate::common::TestDb;

/// Backends connected to `db` other than the one asking.
async fn backends(db: &TestDb) -> i64 {
    on_pool!(db, pool => sqlx::query_scalar(
        "SELECT count(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .fetch_one(&pool)
    .await
    .unwrap())
}

/// Waits (up to 5 s) for a closed connection's backend to leave.
async fn settled_backends(db: &TestDb, want: i64) -> i64 {
    let started = Instant::now();
    loop {
        let n = backends(db).await;
        if n == want || started.elapsed() > Duration::from_secs(5) {
            return n;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_short_command_opens_one_connection_after_the_schema_check() {
    let db = TestDb::postgres().await;
    // The test's own store (migrated) is closed first: only ours count.
    db.store.migrate().await.unwrap();
    let url = db.url.clone();
    let before = backends(&db).await;

    let store = config::open(&url).await.expect("open");
    // The first connection checked the schema and closed; the pool has
    // connected nothing yet.
    assert_eq!(settled_backends(&db, before).await, before);
    let runs = ops::list_runs(store.as_ref(), RunFilter::default())
        .await
        .unwrap();
    assert!(runs.is_empty());
    assert_eq!(settled_backends(&db, before + 1).await, before + 1);
    // A later check reads through the pool.
    assert_eq!(store.schema_state().await.unwrap(), SchemaState::Ready);
}
