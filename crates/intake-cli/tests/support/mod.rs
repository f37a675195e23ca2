//! Shared by the front-door and lifecycle tests: the real `intake` binary
//! against a fresh database of each kind, and direct reads of its tables.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

pub fn samples() -> PathBuf {
    std::env::var_os("INTAKE_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The default embedded file (no URL anywhere).
    Embedded,
    /// `sqlite://` URL of a file in a temp folder.
    SqliteUrl,
    /// A fresh PostgreSQL database (migrated).
    Postgres,
}

/// An isolated environment: own data/config dirs, no database from the caller's env.
pub struct Env {
    pub kind: Kind,
    pub dir: tempfile::TempDir,
    /// Passed as INTAKE_DATABASE_URL.
    pub url: Option<String>,
    pub pg_name: Option<String>,
}

impl Env {
    pub fn new(kind: Kind) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let (url, pg_name) = match kind {
            Kind::Embedded => (None, None),
            Kind::SqliteUrl => (
                Some(format!(
                    "sqlite://{}",
                    dir.path().join("team.sqlite3").display()
                )),
                None,
            ),
            Kind::Postgres => {
                let name = format!("intake_cli_{}", uuid::Uuid::new_v4().simple());
                psql(PG_ADMIN_URL, &format!("CREATE DATABASE {name}"));
                (
                    Some(format!("postgres://postgres@127.0.0.1:5432/{name}")),
                    Some(name),
                )
            }
        };
        let env = Env {
            kind,
            dir,
            url,
            pg_name,
        };
        if kind == Kind::Postgres {
            let out = env.intake(&["migrate"]);
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
        env
    }

    /// The SQLite file, for the SQLite kinds.
    pub fn sqlite_path(&self) -> PathBuf {
        match self.kind {
            Kind::Embedded => self.dir.path().join("data/intake.sqlite3"),
            Kind::SqliteUrl => self.dir.path().join("team.sqlite3"),
            Kind::Postgres => panic!("no SQLite file"),
        }
    }

    /// The `Database: …` line (and `database` JSON) this environment shows.
    pub fn database_line(&self) -> String {
        match self.kind {
            Kind::Embedded => format!("Database: embedded SQLite {}", self.sqlite_path().display()),
            Kind::SqliteUrl => format!(
                "Database: SQLite {} (from INTAKE_DATABASE_URL)",
                self.sqlite_path().display()
            ),
            Kind::Postgres => format!(
                "Database: PostgreSQL {} (from INTAKE_DATABASE_URL)",
                self.url.as_deref().unwrap()
            ),
        }
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_intake"));
        cmd.args(args)
            .env_remove("DATABASE_URL")
            .env_remove("INTAKE_DATABASE_URL")
            .env_remove("SUPABASE_MODE")
            .env_remove("RUST_LOG")
            .env_remove("INTAKE_LOG")
            .env("INTAKE_DATA_DIR", self.dir.path().join("data"))
            .env("INTAKE_CONFIG_DIR", self.dir.path().join("config"))
            .env("RUST_BACKTRACE", "1");
        if let Some(url) = &self.url {
            cmd.env("INTAKE_DATABASE_URL", url);
        }
        cmd
    }

    pub fn intake(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run intake")
    }

    pub fn import(&self, file: &Path, source: &str, extra: &[&str]) -> Output {
        let mut args = vec![
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            source,
        ];
        args.extend_from_slice(extra);
        self.intake(&args)
    }

    /// A table's name on this backend (`ingest.`/`public.` on PostgreSQL).
    pub fn table(&self, t: &str) -> String {
        match (self.kind, t) {
            (Kind::Postgres, "plaintiffs") => "public.plaintiffs".into(),
            (Kind::Postgres, t) => format!("ingest.{t}"),
            (_, t) => t.to_string(),
        }
    }

    /// `status error_code` of a run, e.g. `failed CANCELLED`.
    pub fn run_state(&self, run_id: &str) -> String {
        let code = match self.kind {
            Kind::Postgres => "error_details ->> 'code'",
            _ => "error_details ->> '$.code'",
        };
        self.sql(&format!(
            "SELECT status || ' ' || coalesce({code}, '-') FROM {} WHERE id = '{run_id}'",
            self.table("import_runs")
        ))
    }

    /// Raw rows and live plaintiffs of a run.
    pub fn rows_of(&self, run_id: &str) -> (String, String) {
        (
            self.sql(&format!(
                "SELECT COUNT(*) FROM {} WHERE import_run_id = '{run_id}'",
                self.table("plaintiffs_raw")
            )),
            self.sql(&format!(
                "SELECT COUNT(*) FROM {} WHERE import_run_id = '{run_id}' AND deleted_at IS NULL",
                self.table("plaintiffs")
            )),
        )
    }

    /// The first column of the first row, as text ("" when there is none).
    pub fn sql(&self, query: &str) -> String {
        match self.kind {
            Kind::Postgres => psql(self.url.as_deref().unwrap(), query),
            _ => {
                let path = self.sqlite_path();
                let rt = tokio::runtime::Runtime::new().unwrap();
                rt.block_on(async {
                    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!(
                        "sqlite://{}",
                        path.display()
                    ))
                    .await
                    .unwrap();
                    let row: Option<sqlx::sqlite::SqliteRow> =
                        sqlx::query(query).fetch_optional(&mut conn).await.unwrap();
                    use sqlx::Row;
                    match row {
                        None => String::new(),
                        Some(row) => {
                            if let Ok(v) = row.try_get::<Option<i64>, _>(0) {
                                v.map(|v| v.to_string()).unwrap_or_default()
                            } else {
                                row.try_get::<Option<String>, _>(0)
                                    .unwrap()
                                    .unwrap_or_default()
                            }
                        }
                    }
                })
            }
        }
    }

    /// Wait until a run of this environment is `processing`; returns its id.
    pub fn wait_for_processing(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let db_ready = self.kind == Kind::Postgres || self.sqlite_path().exists();
            if db_ready {
                let query = format!(
                    "SELECT id FROM {} WHERE status = 'processing'",
                    self.table("import_runs")
                );
                let id = std::panic::catch_unwind(|| self.sql(&query)).unwrap_or_default();
                if !id.is_empty() {
                    return id;
                }
            }
            assert!(Instant::now() < deadline, "the import never started");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            let _ = Command::new("psql")
                .args([PG_ADMIN_URL, "-XAtqc"])
                .arg(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .output();
        }
    }
}

pub fn psql(url: &str, query: &str) -> String {
    let out = Command::new("psql")
        .args([url, "-XAtqc", query])
        .output()
        .expect("psql");
    assert!(
        out.status.success(),
        "psql failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {} / stderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

/// A generated CSV of `rows` distinct people, so an import lasts long enough
/// to be stopped mid-run.
pub fn big_csv(dir: &Path, name: &str, rows: usize) -> PathBuf {
    let path = dir.join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(f, "PlaintiffName,Email,Phone,Address").unwrap();
    for i in 0..rows {
        writeln!(
            f,
            "Person {i} {name},person{i}@example.com,555-{:04},\"{i} Main St, Springfield\"",
            i % 10000
        )
        .unwrap();
    }
    f.flush().unwrap();
    path
}

/// Send a signal with the `kill` command (`TERM`, `HUP`, `KILL`).
pub fn send_signal(pid: u32, signal: &str) {
    let status = Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success(), "kill -{signal} {pid}");
}
