//! Test harness shared by the engine's integration tests: a fresh database per
//! test on either backend, and helpers to look at what was stored.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::storage::postgres::PgStorage;
use intake_engine::storage::sqlite::SqliteStorage;
use intake_engine::{pipeline, BackendKind, ImportReport, ImportRequest, Storage};
use sqlx::Row;

pub const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Evaluate `$body` with `$pool` bound to a pool on this test database,
/// whichever backend it is (the two pool types share no trait for queries).
macro_rules! on_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db.kind() {
            BackendKind::Postgres => {
                let $pool = sqlx::PgPool::connect(&$db.url).await.unwrap();
                let out = $body;
                $pool.close().await;
                out
            }
            BackendKind::Sqlite => {
                let $pool = sqlx::SqlitePool::connect(&$db.url).await.unwrap();
                let out = $body;
                $pool.close().await;
                out
            }
        }
    };
}

/// One cell as text: strings as they are, integers in decimal, NULL as "NULL".
macro_rules! cell {
    ($row:expr, $i:expr) => {{
        let text = |v: Option<String>| v.unwrap_or_else(|| "NULL".into());
        $row.try_get::<Option<String>, _>($i)
            .map(text)
            .or_else(|_| {
                $row.try_get::<Option<i64>, _>($i)
                    .map(|v| text(v.map(|v| v.to_string())))
            })
            .or_else(|_| {
                $row.try_get::<Option<i32>, _>($i)
                    .map(|v| text(v.map(|v| v.to_string())))
            })
            .unwrap_or_else(|_| "?".into())
    }};
}

/// A fresh database, dropped (PostgreSQL) or deleted (SQLite) at the end.
pub struct TestDb {
    pub store: Arc<dyn Storage>,
    pub url: String,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new(kind: BackendKind) -> TestDb {
        match kind {
            BackendKind::Postgres => Self::postgres().await,
            BackendKind::Sqlite => Self::sqlite().await,
        }
    }

    pub async fn postgres() -> TestDb {
        let name = format!("intake_t_{}", uuid::Uuid::new_v4().simple());
        let admin = sqlx::PgPool::connect(PG_ADMIN_URL)
            .await
            .expect("connect to PostgreSQL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .expect("create test database");
        admin.close().await;
        let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
        let store = PgStorage::connect(&url).await.expect("connect test db");
        store.migrate().await.expect("migrate");
        TestDb {
            store: Arc::new(store),
            url,
            pg_name: Some(name),
            _dir: None,
        }
    }

    pub async fn sqlite() -> TestDb {
        Self::sqlite_with(|store| store).await
    }

    /// A fresh SQLite database whose storage `configure` adjusts.
    pub async fn sqlite_with(configure: impl FnOnce(SqliteStorage) -> SqliteStorage) -> TestDb {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("intake.sqlite3");
        let store = configure(SqliteStorage::open(&path).await.expect("open sqlite"));
        store.migrate().await.expect("migrate");
        TestDb {
            store: Arc::new(store),
            url: format!("sqlite://{}", path.display()),
            pg_name: None,
            _dir: Some(dir),
        }
    }

    pub fn kind(&self) -> BackendKind {
        self.store.backend()
    }

    /// Table name with the schema PostgreSQL uses (`ingest.` / `public.`).
    pub fn table(&self, name: &str) -> String {
        match (self.kind(), name) {
            (BackendKind::Postgres, "plaintiffs") => "public.plaintiffs".to_string(),
            (BackendKind::Postgres, other) => format!("ingest.{other}"),
            (BackendKind::Sqlite, other) => other.to_string(),
        }
    }

    /// Run a query returning one i64.
    pub async fn scalar(&self, sql: &str) -> i64 {
        on_pool!(self, pool => sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap())
    }

    /// Rows of a query as strings (NULL → "NULL"), for exact comparisons.
    pub async fn rows(&self, sql: &str) -> Vec<Vec<String>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
            rows.iter()
                .map(|r| (0..r.len()).map(|i| cell!(r, i)).collect())
                .collect()
        })
    }

    /// `plaintiffs_raw` rows per status.
    pub async fn raw_status_counts(&self) -> BTreeMap<String, i64> {
        let sql = format!(
            "SELECT status, CAST(COUNT(*) AS BIGINT) FROM {} GROUP BY status",
            self.table("plaintiffs_raw")
        );
        self.rows(&sql)
            .await
            .into_iter()
            .map(|r| (r[0].clone(), r[1].parse().unwrap()))
            .collect()
    }

    pub async fn count(&self, table: &str) -> i64 {
        self.scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM {}",
            self.table(table)
        ))
        .await
    }

    pub async fn live_plaintiffs(&self) -> i64 {
        self.scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM {} WHERE deleted_at IS NULL",
            self.table("plaintiffs")
        ))
        .await
    }

    /// Keys with more than one live raw row (must always be none).
    pub async fn duplicate_live_keys(&self) -> i64 {
        self.scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM (SELECT dedupe_key FROM {} WHERE status IN ('pending','promoted') GROUP BY dedupe_key HAVING COUNT(*) > 1) d",
            self.table("plaintiffs_raw")
        ))
        .await
    }

    /// Keys held by more than one live plaintiff (must always be none).
    pub async fn duplicate_live_plaintiffs(&self) -> i64 {
        self.scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM (SELECT dedupe_key FROM {} WHERE deleted_at IS NULL GROUP BY dedupe_key HAVING COUNT(*) > 1) d",
            self.table("plaintiffs")
        ))
        .await
    }

    /// Run a statement as the database owner (what a DBA would type).
    pub async fn execute(&self, sql: &str) -> u64 {
        self.try_execute(sql).await.unwrap()
    }

    pub async fn try_execute(&self, sql: &str) -> Result<u64, sqlx::Error> {
        on_pool!(self, pool => sqlx::query(sql).execute(&pool).await.map(|r| r.rows_affected()))
    }

    pub async fn import(&self, req: &ImportRequest) -> ImportReport {
        pipeline::import(self.store.as_ref(), req, &NoProgress, &CancelToken::new())
            .await
            .expect("import")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = self.pg_name.take() {
            // Best effort; a separate thread so Drop works inside or outside a runtime.
            let _ = std::thread::spawn(move || {
                let _ = std::process::Command::new("psql")
                    .args(["-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"])
                    .arg(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .output();
            })
            .join();
        }
    }
}

/// Folder of the shared sample files.
pub fn samples_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("INTAKE_SAMPLES_DIR") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples")
}

pub fn sample(name: &str) -> PathBuf {
    samples_dir().join(name)
}

pub fn request(path: &Path, source: &str) -> ImportRequest {
    ImportRequest {
        path: path.to_path_buf(),
        source: source.to_string(),
        promote: true,
        ..Default::default()
    }
}

/// Write `contents` to a file named `name` in a fresh temp dir.
pub fn temp_file(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    (dir, path)
}

/// `conformance!(scenario, …)`: one test per scenario and backend, in
/// modules `postgres` and `sqlite`; a scenario is `async fn(BackendKind)`.
#[allow(unused_macros)]
macro_rules! conformance {
    ($($scenario:ident),* $(,)?) => {
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    super::$scenario(intake_engine::BackendKind::Postgres).await
                }
            )*
        }
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    super::$scenario(intake_engine::BackendKind::Sqlite).await
                }
            )*
        }
    };
}
