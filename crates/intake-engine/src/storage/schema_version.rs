//! Refuse a database whose schema is newer than this build. An older app
//! working on a schema it does not know could write rows the newer schema's
//! rules reject or misread (and sqlx's migrator would fail with an obscure
//! "previously applied but is missing" error), so opening such a database
//! stops with `SchemaTooNew` and a sentence saying to update the app.
//!
//! The version of a schema is the highest migration number recorded in
//! sqlx's `_sqlx_migrations` table; this build knows the migrations it embeds.

use sqlx::migrate::Migrator;
use sqlx::{PgConnection, SqlitePool};

use crate::error::{EngineError, Result};

static POSTGRES: Migrator = sqlx::migrate!("../../migrations/postgres");
static SQLITE: Migrator = sqlx::migrate!("../../migrations/sqlite");

/// The newest PostgreSQL schema this build knows.
pub fn newest_postgres() -> i64 {
    newest(&POSTGRES)
}

/// The newest SQLite schema this build knows.
pub fn newest_sqlite() -> i64 {
    newest(&SQLITE)
}

fn newest(migrator: &Migrator) -> i64 {
    migrator.iter().map(|m| m.version).max().unwrap_or(0)
}

/// `Err(SchemaTooNew)` when a newer build migrated this database.
/// A never-migrated database passes. A role that may not read
/// `_sqlx_migrations` passes too: databases migrated by this build or a newer
/// one grant it (migration 0008), so only schemas older than this check —
/// which cannot be newer than this build — are unreadable.
pub async fn refuse_newer_postgres(conn: &mut PgConnection) -> Result<()> {
    let readable: Option<bool> = sqlx::query_scalar(
        "SELECT has_table_privilege(c, 'SELECT') FROM to_regclass('_sqlx_migrations') AS c \
         WHERE c IS NOT NULL",
    )
    .fetch_optional(&mut *conn)
    .await?;
    if readable != Some(true) {
        return Ok(());
    }
    let applied: Option<i64> =
        sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *conn)
            .await?;
    compare(applied, newest_postgres())
}

/// `Err(SchemaTooNew)` when a newer build migrated this database file.
pub async fn refuse_newer_sqlite(pool: &SqlitePool) -> Result<()> {
    let present: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master \
                        WHERE type = 'table' AND name = '_sqlx_migrations')",
    )
    .fetch_one(pool)
    .await?;
    if !present {
        return Ok(());
    }
    let applied: Option<i64> =
        sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(pool)
            .await?;
    compare(applied, newest_sqlite())
}

fn compare(applied: Option<i64>, known: i64) -> Result<()> {
    match applied {
        Some(found) if found > known => Err(EngineError::SchemaTooNew { found, known }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_build_knows_its_own_migrations() {
        // Both backends have migrations; their numbers start at 1.
        assert!(newest_postgres() >= 7, "{}", newest_postgres());
        assert!(newest_sqlite() >= 4, "{}", newest_sqlite());
    }

    #[test]
    fn only_a_newer_schema_is_refused() {
        assert!(compare(None, 7).is_ok());
        assert!(compare(Some(3), 7).is_ok());
        assert!(compare(Some(7), 7).is_ok());
        let err = compare(Some(9), 7).unwrap_err();
        assert_eq!(err.error_code().as_str(), "SCHEMA_TOO_NEW");
        assert_eq!(
            err.to_string(),
            "This database was upgraded by a newer version of Plaintiff Intake (schema 9); \
             this version knows up to schema 7. Update the app (and the intake command) to use it."
        );
    }
}
