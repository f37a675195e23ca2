//! `intake export-to URL`: the embedded history moved up into a team
//! PostgreSQL database, through the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

fn samples() -> PathBuf {
    std::env::var_os("INTAKE_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples"))
}

/// A fresh PostgreSQL database, dropped at the end.
struct TeamDb {
    name: String,
    url: String,
}

impl TeamDb {
    async fn new() -> TeamDb {
        let name = format!("intake_cli_{}", uuid::Uuid::new_v4().simple());
        let admin = sqlx::PgPool::connect(PG_ADMIN_URL).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .unwrap();
        admin.close().await;
        let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
        TeamDb { name, url }
    }

    async fn scalar(&self, sql: &str) -> i64 {
        let pool = sqlx::PgPool::connect(&self.url).await.unwrap();
        let value: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
        pool.close().await;
        value
    }
}

impl Drop for TeamDb {
    fn drop(&mut self) {
        let _ = Command::new("psql")
            .args(["-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"])
            .arg(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .output();
    }
}

/// The binary with its own data/config dirs and no database from the environment.
fn intake(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_intake"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env_remove("INTAKE_DATABASE_URL")
        .env_remove("SUPABASE_MODE")
        .env_remove("RUST_LOG")
        .env_remove("INTAKE_LOG")
        .env("INTAKE_DATA_DIR", home.join("data"))
        .env("INTAKE_CONFIG_DIR", home.join("config"))
        .output()
        .expect("run intake")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test]
async fn export_to_moves_the_embedded_history_up_once() {
    let home = tempfile::tempdir().unwrap();
    for (file, source) in [
        ("plaintiffs_simplicity.csv", "simplicity"),
        ("plaintiffs_simplicity_update.csv", "simplicity"),
        ("plaintiffs_jbi_cp1252_semicolon.csv", "jbi"),
    ] {
        let path = samples().join(file);
        let out = intake(
            home.path(),
            &[
                "import",
                "--file",
                path.to_str().unwrap(),
                "--source",
                source,
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let embedded = home.path().join("data/intake.sqlite3");
    let team = TeamDb::new().await;

    // Not migrated yet: a clear message, exit 1, nothing written.
    let out = intake(home.path(), &["export-to", &team.url]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(
        stderr(&out).lines().last().unwrap(),
        "error: Configuration error: the target database has no intake schema yet: run `intake migrate --database URL` against it first"
    );
    assert_eq!(stdout(&out), "");

    let out = intake(home.path(), &["migrate", "--database", &team.url]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let out = intake(home.path(), &["export-to", &team.url]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "Database: embedded SQLite {0}\nExported 3 runs (0 already there), 121 rows, 109 plaintiffs from {0} to {1}\n",
            embedded.display(),
            team.url
        )
    );
    assert_eq!(
        team.scalar("SELECT count(*) FROM ingest.import_runs WHERE status = 'completed'")
            .await,
        3
    );
    assert_eq!(
        team.scalar("SELECT count(*) FROM ingest.plaintiffs_raw")
            .await,
        121
    );
    assert_eq!(
        team.scalar("SELECT count(*) FROM public.plaintiffs WHERE deleted_at IS NULL")
            .await,
        109
    );
    assert_eq!(
        team.scalar("SELECT count(*) FROM ingest.v_import_reconciliation WHERE is_reconciled")
            .await,
        3
    );

    // Again, as JSON: nothing new.
    let out = intake(home.path(), &["export-to", &team.url, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_str(stdout(&out).trim()).expect("one JSON object");
    assert_eq!(report["status"], "completed");
    assert_eq!(report["runs_copied"], 0);
    assert_eq!(report["runs_already_there"], 3);
    assert_eq!(report["rows_copied"], 0);
    assert_eq!(report["plaintiffs_copied"], 0);
    assert_eq!(report["conflicts"]["rows_already_live"], 0);
    assert_eq!(report["source"], embedded.display().to_string());
    assert_eq!(
        team.scalar("SELECT count(*) FROM ingest.plaintiffs_raw")
            .await,
        121
    );

    // The team's history now shows the clerk's runs.
    let out = intake(home.path(), &["runs", "--database", &team.url, "--json"]);
    let runs: Vec<serde_json::Value> = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        runs.iter()
            .map(|r| r["filename"].as_str().unwrap())
            .collect::<Vec<_>>(),
        [
            "plaintiffs_jbi_cp1252_semicolon.csv",
            "plaintiffs_simplicity_update.csv",
            "plaintiffs_simplicity.csv"
        ]
    );
}

#[test]
fn export_to_refuses_what_it_cannot_export() {
    let home = tempfile::tempdir().unwrap();

    let out = intake(
        home.path(),
        &["export-to", "sqlite:///tmp/elsewhere.sqlite3"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "error: the export target must be a PostgreSQL URL (postgres://…), not 'sqlite:///tmp/elsewhere.sqlite3'"
    );

    let out = intake(
        home.path(),
        &[
            "export-to",
            "postgres://postgres@127.0.0.1:5432/x",
            "--database",
            "postgres://u:secret@127.0.0.1/y",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "error: export-to copies from an embedded (SQLite) database: --database must be sqlite://PATH, not 'postgres://u@127.0.0.1/y'"
    );

    // Nothing imported yet: no embedded file, and none is created.
    let out = intake(
        home.path(),
        &[
            "export-to",
            "postgres://postgres@127.0.0.1:5432/x",
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let embedded = home.path().join("data/intake.sqlite3");
    let error: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(error["error"]["code"], "INVALID_ARGUMENT");
    assert_eq!(
        error["error"]["message"],
        format!(
            "Invalid argument: there is no embedded database at {}: nothing to export",
            embedded.display()
        )
    );
    assert!(!embedded.exists());
}
