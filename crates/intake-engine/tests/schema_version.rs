//! A database migrated by a newer build is refused on open, on both
//! backends and whatever role connects, with a sentence saying to update
//! (issue 13 point 7). The "newer build" is a fake future row in
//! `_sqlx_migrations`, exactly what a newer build's migrator would leave.

use crate::common::TestDb;
use intake_engine::storage::schema_version::{newest_postgres, newest_sqlite};
use intake_engine::{config, BackendKind, EngineError};

fn too_new(found: i64, known: i64) -> String {
    format!(
        "This database was upgraded by a newer version of Plaintiff Intake (schema {found}); \
         this version knows up to schema {known}. Update the app (and the intake command) to use it."
    )
}

fn newest(kind: BackendKind) -> i64 {
    match kind {
        BackendKind::Postgres => newest_postgres(),
        BackendKind::Sqlite => newest_sqlite(),
    }
}

async fn add_future_migration(db: &TestDb, version: i64) {
    let checksum = match db.kind() {
        BackendKind::Postgres => "'\\x00'::bytea",
        BackendKind::Sqlite => "X'00'",
    };
    db.execute(&format!(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES ({version}, 'from the future', TRUE, {checksum}, 0)"
    ))
    .await;
}

fn assert_too_new(result: Result<impl Sized, EngineError>, found: i64, known: i64) {
    let Err(err) = result else {
        panic!("a newer schema was accepted")
    };
    assert_eq!(
        (err.error_code().as_str(), err.to_string()),
        ("SCHEMA_TOO_NEW", too_new(found, known))
    );
}

async fn newer_schema_is_refused(kind: BackendKind) -> TestDb {
    let db = TestDb::new(kind).await;
    let known = newest(kind);
    // The current schema opens, and migrating it again is a no-op.
    config::open(&db.url).await.expect("open current schema");
    db.store.migrate().await.expect("migrate current schema");

    add_future_migration(&db, known + 2).await;
    assert_too_new(config::open(&db.url).await, known + 2, known);
    // `intake migrate` must not try to run migrations against it either.
    assert_too_new(db.store.migrate().await, known + 2, known);
    db
}

#[tokio::test]
async fn sqlite_newer_schema_is_refused() {
    newer_schema_is_refused(BackendKind::Sqlite).await;
}

#[tokio::test]
async fn postgres_newer_schema_is_refused() {
    let db = newer_schema_is_refused(BackendKind::Postgres).await;
    // A clerk's role reads the version too (migration 0008 grants it).
    let role = format!(
        "intake_t_op_{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    db.execute(&format!("CREATE ROLE {role} LOGIN IN ROLE intake_operator"))
        .await;
    let url = db.url.replace("postgres@", &format!("{role}@"));
    let opened = config::open(&url).await;
    db.execute(&format!("DROP ROLE {role}")).await;
    let known = newest_postgres();
    assert_too_new(opened, known + 2, known);
}
