//! `docs/schema.sql` and `docs/schema-sqlite.sql` show the schema the
//! migrations build, so a reader sees the current tables and functions
//! without replaying every migration. Both are generated from a freshly
//! migrated database; this test fails when they are stale. Refresh with:
//!     INTAKE_UPDATE_SCHEMA=1 cargo test -p intake-engine --test all schema_snapshot::

use crate::common;

use std::path::{Path, PathBuf};

use common::TestDb;

const REFRESH: &str =
    "INTAKE_UPDATE_SCHEMA=1 cargo test -p intake-engine --test all schema_snapshot::";

fn snapshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs")
        .join(name)
}

/// Compare `generated` with the committed snapshot `name`, or rewrite it when
/// `INTAKE_UPDATE_SCHEMA` is set.
fn check_snapshot(name: &str, generated: &str) {
    let path = snapshot_path(name);
    if std::env::var_os("INTAKE_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, generated)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let first_difference = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "docs/{name} is not the schema the migrations build (first difference at line {}).\n\
             Refresh it with:\n    {REFRESH}",
            first_difference + 1
        );
    }
}

/// Lines of a `pg_dump` that depend on the client or server release (or are
/// random per run, like the `\restrict` key), not on the schema.
fn is_release_dependent(line: &str) -> bool {
    line.starts_with("-- Dumped from database version")
        || line.starts_with("-- Dumped by pg_dump version")
        || line.starts_with("\\restrict ")
        || line.starts_with("\\unrestrict ")
        || line.starts_with("SET transaction_timeout")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_schema_snapshot_is_current() {
    let db = TestDb::postgres().await;
    let output = std::process::Command::new("pg_dump")
        .args([
            "--schema-only",
            "--no-owner",
            "--exclude-table=public._sqlx_migrations",
            "--dbname",
        ])
        .arg(&db.url)
        .output()
        .expect("run pg_dump (package postgresql-client)");
    assert!(
        output.status.success(),
        "pg_dump failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dump = String::from_utf8(output.stdout).expect("pg_dump writes UTF-8");
    let mut schema = String::from(
        "-- The PostgreSQL schema after every migration in migrations/postgres:\n\
         -- pg_dump --schema-only --no-owner of a freshly migrated database.\n\
         -- Generated; do not edit. Refresh with\n",
    );
    schema.push_str(&format!("--     {REFRESH}\n"));
    for line in dump.lines().filter(|line| !is_release_dependent(line)) {
        schema.push_str(line);
        schema.push('\n');
    }
    check_snapshot("schema.sql", &schema);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_schema_snapshot_is_current() {
    let db = TestDb::sqlite().await;
    let statements = db
        .rows(
            "SELECT sql FROM sqlite_schema \
             WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' \
             ORDER BY tbl_name, CASE type WHEN 'table' THEN 0 ELSE 1 END, name",
        )
        .await;
    let mut schema = String::from(
        "-- The SQLite schema after every migration in migrations/sqlite, as stored\n\
         -- in sqlite_schema of a freshly migrated database (each table, then its\n\
         -- indexes and triggers). Generated; do not edit. Refresh with\n",
    );
    schema.push_str(&format!("--     {REFRESH}\n"));
    for row in statements {
        schema.push('\n');
        schema.push_str(&row[0]);
        schema.push_str(";\n");
    }
    check_snapshot("schema-sqlite.sql", &schema);
}
