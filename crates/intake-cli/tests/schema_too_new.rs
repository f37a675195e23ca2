//! A database migrated by a newer intake: every command stops with one
//! sentence saying to update, exit code 2 and code SCHEMA_TOO_NEW (issue 13
//! point 7), on the embedded file and on PostgreSQL.

use crate::support::{json, text, Env, Kind};
use intake_engine::storage::schema_version::{newest_postgres, newest_sqlite};

fn refuses_a_newer_schema(kind: Kind) {
    let env = Env::new(kind);
    // The embedded file is created and migrated by its first use.
    let first = env.intake(&["runs"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let (known, checksum) = match kind {
        Kind::Postgres => (newest_postgres(), "'\\x00'::bytea"),
        _ => (newest_sqlite(), "X'00'"),
    };
    let future = known + 1;
    env.sql(&format!(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES ({future}, 'from the future', TRUE, {checksum}, 0)"
    ));
    let sentence = format!(
        "This database was upgraded by a newer version of Plaintiff Intake (schema {future}); \
         this version knows up to schema {known}. Update the app (and the intake command) to use it."
    );
    for args in [&["runs"][..], &["migrate"][..]] {
        let out = env.intake(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(
            text(&out.stderr),
            format!("error: {sentence}\n"),
            "{args:?}"
        );
    }
    let out = env.intake(&["runs", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let body = json(&out);
    assert_eq!(body["error"]["code"], "SCHEMA_TOO_NEW", "{body}");
    assert_eq!(body["error"]["message"], sentence.as_str(), "{body}");
}

#[test]
fn embedded_database_from_a_newer_version_is_refused() {
    refuses_a_newer_schema(Kind::Embedded);
}

#[test]
fn postgres_database_from_a_newer_version_is_refused() {
    refuses_a_newer_schema(Kind::Postgres);
}
