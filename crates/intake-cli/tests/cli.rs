//! The `intake` binary as an operator uses it: real processes, real
//! PostgreSQL and SQLite, exact output and exit codes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

fn samples() -> PathBuf {
    std::env::var_os("INTAKE_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples"))
}

/// An isolated environment: own data/config dirs, no database from the caller's env.
struct Env {
    dir: tempfile::TempDir,
    database: Option<String>,
    pg_name: Option<String>,
}

impl Env {
    fn embedded() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
            database: None,
            pg_name: None,
        }
    }

    fn postgres() -> Env {
        let name = format!("intake_cli_{}", uuid::Uuid::new_v4().simple());
        psql(PG_ADMIN_URL, &format!("CREATE DATABASE {name}"));
        let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
        let env = Env {
            dir: tempfile::tempdir().unwrap(),
            database: Some(url),
            pg_name: Some(name),
        };
        let out = env.intake(&["migrate"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        env
    }

    fn all() -> Vec<Env> {
        vec![Env::embedded(), Env::postgres()]
    }

    fn command(&self, args: &[&str]) -> Command {
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
        if let Some(url) = &self.database {
            cmd.env("INTAKE_DATABASE_URL", url);
        }
        cmd
    }

    fn intake(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run intake")
    }

    fn import(&self, file: &Path, source: &str, extra: &[&str]) -> Output {
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

    fn sql(&self, query: &str) -> String {
        match &self.database {
            Some(url) => psql(url, query),
            None => {
                let path = self.dir.path().join("data/intake.sqlite3");
                let rt = tokio::runtime::Runtime::new().unwrap();
                rt.block_on(async {
                    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
                        .await
                        .unwrap();
                    let v: i64 = sqlx::query_scalar(query).fetch_one(&pool).await.unwrap();
                    v.to_string()
                })
            }
        }
    }

    fn table(&self, t: &str) -> String {
        match (&self.database, t) {
            (None, t) => t.to_string(),
            (Some(_), "plaintiffs") => "public.plaintiffs".into(),
            (Some(_), t) => format!("ingest.{t}"),
        }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            psql(
                PG_ADMIN_URL,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

fn psql(url: &str, query: &str) -> String {
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

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {} / stderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

#[test]
fn runbook_flow_on_both_backends() {
    for env in Env::all() {
        let file = samples().join("plaintiffs_simplicity.csv");
        let dry = env.import(&file, "simplicity", &["--dry-run"]);
        assert_eq!(dry.status.code(), Some(0), "{}", text(&dry.stderr));
        let stdout = text(&dry.stdout);
        assert!(stdout.contains("\n============================================================\nImport DRY_RUN: 100 fetched, 100 inserted, 0 skipped, 0 errored\n"), "{stdout}");
        let stderr = text(&dry.stderr);
        assert!(stderr.contains("[INFO] [intake] Starting import: file=plaintiffs_simplicity.csv source=simplicity hash="), "{stderr}");
        assert!(stderr.contains("[INFO] [intake] Dry run complete: Import DRY_RUN: 100 fetched, 100 inserted, 0 skipped, 0 errored"), "{stderr}");
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {}",
                env.table("import_runs")
            )),
            "0",
            "dry run writes nothing"
        );

        let real = env.import(&file, "simplicity", &["--json"]);
        assert_eq!(real.status.code(), Some(0), "{}", text(&real.stderr));
        let v = json(&real);
        assert_eq!(v["status"], "completed");
        assert_eq!(
            (
                v["fetched"].as_i64(),
                v["inserted"].as_i64(),
                v["skipped"].as_i64(),
                v["errored"].as_i64()
            ),
            (Some(100), Some(100), Some(0), Some(0))
        );
        assert_eq!(v["file_hash"].as_str().unwrap().len(), 64);
        assert!(v["duration_ms"].is_i64());
        let run_id = v["run_id"].as_str().unwrap().to_string();

        let dup = env.import(&file, "simplicity", &[]);
        assert_eq!(dup.status.code(), Some(0));
        let hash = v["file_hash"].as_str().unwrap();
        assert_eq!(
            text(&dup.stdout).lines().last().unwrap(),
            format!("DUPLICATE BATCH: File 'plaintiffs_simplicity.csv' with hash {}... has already been imported. No action taken.", &hash[..12])
        );
        let dup_json = json(&env.import(&file, "simplicity", &["--json"]));
        assert_eq!(dup_json["status"], "duplicate");

        let update = json(&env.import(
            &samples().join("plaintiffs_simplicity_update.csv"),
            "simplicity",
            &["--json"],
        ));
        assert_eq!(
            (
                update["inserted"].as_i64(),
                update["skipped"].as_i64(),
                update["errored"].as_i64()
            ),
            (Some(5), Some(10), Some(2))
        );

        let runs = env.intake(&["runs"]);
        assert_eq!(runs.status.code(), Some(0));
        let listing = text(&runs.stdout);
        assert!(listing.starts_with("Database: "), "{listing}");
        assert_eq!(
            listing.lines().filter(|l| l.contains("completed")).count(),
            2,
            "{listing}"
        );
        let runs_json = json(&env.intake(&["runs", "--json"]));
        assert_eq!(runs_json.as_array().unwrap().len(), 2);
        let filtered = json(&env.intake(&["runs", "--source", " Simplicity ", "--json"]));
        assert_eq!(
            filtered.as_array().unwrap().len(),
            2,
            "sources match like stored ones"
        );
        let none = json(&env.intake(&["runs", "--source", "jbi", "--json"]));
        assert_eq!(none.as_array().unwrap().len(), 0);

        let rec = env.intake(&["reconcile", &run_id]);
        assert_eq!(rec.status.code(), Some(0));
        assert!(
            text(&rec.stdout).contains("is_reconciled: true"),
            "{}",
            text(&rec.stdout)
        );
        let rec_json = json(&env.intake(&["reconcile", &run_id, "--json"]));
        assert_eq!(rec_json["inserted_discrepancy"], 0);

        let no_reason = env.intake(&["rollback", &run_id, "--reason", "  "]);
        assert_eq!(no_reason.status.code(), Some(2));
        assert_eq!(
            text(&no_reason.stderr).trim(),
            "error: A reason is required to roll back a run"
        );

        let rb = env.intake(&[
            "rollback",
            &run_id,
            "--reason",
            "Vendor sent test data - Ticket #1234",
        ]);
        assert_eq!(rb.status.code(), Some(0), "{}", text(&rb.stderr));
        assert!(text(&rb.stdout).lines().nth(1).unwrap().starts_with(&format!("Rolled back run {run_id}: 100 rows marked rolled_back, 100 plaintiffs taken out of production.")), "{}", text(&rb.stdout));
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {} WHERE deleted_at IS NULL",
                env.table("plaintiffs")
            )),
            "5"
        );

        // Re-import after rollback works.
        let again = json(&env.import(&file, "simplicity", &["--json"]));
        assert_eq!(
            (again["status"].as_str(), again["inserted"].as_i64()),
            (Some("completed"), Some(100))
        );
    }
}

#[test]
fn bad_files_get_one_clear_line_and_exit_2() {
    let env = Env::embedded();
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    let binary = dir.path().join("photo.csv");
    std::fs::write(
        &binary,
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01",
    )
    .unwrap();
    let missing = dir.path().join("nope.csv");
    let cases: Vec<(PathBuf, String)> = vec![
        (
            missing.clone(),
            format!("error: File not found: {}", missing.display()),
        ),
        (
            empty.clone(),
            format!("error: The file is empty: {}", empty.display()),
        ),
        (
            binary.clone(),
            format!(
                "error: This does not look like a CSV or Excel file (it contains binary data): {}",
                binary.display()
            ),
        ),
        (
            samples().join("missing_name_column.csv"),
            "error: Missing required columns: {'plaintiff_name'}. Headers found: ".to_string(),
        ),
    ];
    for (path, expected) in cases {
        let out = env.import(&path, "simplicity", &[]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {stderr}", path.display());
        assert_eq!(stderr.lines().count(), 1, "exactly one line: {stderr}");
        assert!(stderr.starts_with(&expected), "{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{stderr}"
        );
    }
    // Nothing was written (the embedded file may not even exist).
    let db = env.dir.path().join("data/intake.sqlite3");
    if db.exists() {
        assert_eq!(env.sql("SELECT COUNT(*) FROM import_runs"), "0");
    }
    // A missing --source is a bad invocation too.
    let out = env.intake(&["import", "--file", "x.csv"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn embedded_database_is_the_default_and_is_announced() {
    let env = Env::embedded();
    let help = env.intake(&["--help"]);
    let expected = env.dir.path().join("data/intake.sqlite3");
    assert!(text(&help.stdout).contains(&format!(
        "Embedded database (used when nothing else is configured): {}",
        expected.display()
    )));
    let out = env.import(
        &samples().join("plaintiffs_jbi_cp1252_semicolon.csv"),
        "jbi",
        &["--json"],
    );
    assert_eq!(json(&out)["inserted"], 4);
    assert!(expected.exists());
    let runs = text(&env.intake(&["runs"]).stdout);
    assert!(
        runs.starts_with(&format!(
            "Database: embedded SQLite {}\n",
            expected.display()
        )),
        "{runs}"
    );
}

/// A big generated file, so an import lasts long enough to be killed mid-run.
fn big_csv(dir: &Path, rows: usize) -> PathBuf {
    let path = dir.join("big.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(f, "PlaintiffName,Email,Phone,Address").unwrap();
    for i in 0..rows {
        writeln!(
            f,
            "Person {i},person{i}@example.com,555-{:04},\"{i} Main St, Springfield\"",
            i % 10000
        )
        .unwrap();
    }
    f.flush().unwrap();
    path
}

#[test]
fn killed_importer_is_taken_over_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = big_csv(dir.path(), 300_000);
    for env in Env::all() {
        let mut child = env
            .command(&[
                "import",
                "--file",
                file.to_str().unwrap(),
                "--source",
                "bulk",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the run is claimed (processing), then kill -9 mid-run.
        let deadline = Instant::now() + Duration::from_secs(60);
        let runs = env.table("import_runs");
        loop {
            let claimed = std::panic::catch_unwind(|| {
                env.sql(&format!(
                    "SELECT COUNT(*) FROM {runs} WHERE status = 'processing'"
                ))
            })
            .unwrap_or_else(|_| "0".into());
            if claimed == "1" {
                break;
            }
            assert!(Instant::now() < deadline, "the import never started");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(300));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let out = env.import(&file, "bulk", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (v["status"].as_str(), v["inserted"].as_i64()),
            (Some("completed"), Some(300_000))
        );
        assert_eq!(v["reconciled"], true);
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {runs} WHERE status = 'failed'"
            )),
            "1",
            "the dead run is recorded as failed"
        );
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {runs} WHERE status = 'completed'"
            )),
            "1"
        );
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {}",
                env.table("plaintiffs_raw")
            )),
            "300000"
        );
    }
}

#[test]
fn eight_concurrent_processes_import_one_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = big_csv(dir.path(), 20_000);
    for env in Env::all() {
        let children: Vec<_> = (0..8)
            .map(|_| {
                env.command(&[
                    "import",
                    "--file",
                    file.to_str().unwrap(),
                    "--source",
                    "bulk",
                    "--json",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
            })
            .collect();
        let outs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let statuses: Vec<String> = outs
            .iter()
            .map(|o| json(o)["status"].as_str().unwrap_or("?").to_string())
            .collect();
        assert_eq!(
            statuses.iter().filter(|s| *s == "completed").count(),
            1,
            "{statuses:?}"
        );
        for (o, s) in outs.iter().zip(&statuses) {
            assert!(
                s == "completed" || s == "duplicate" || s == "in_progress",
                "{s}: {}",
                text(&o.stderr)
            );
            assert!(!text(&o.stderr).contains("locked"), "{}", text(&o.stderr));
            let expected = if s == "in_progress" { 1 } else { 0 };
            assert_eq!(o.status.code(), Some(expected));
        }
        let raw = env.table("plaintiffs_raw");
        assert_eq!(env.sql(&format!("SELECT COUNT(*) FROM {raw}")), "20000");
        assert_eq!(
            env.sql(&format!("SELECT COUNT(*) FROM (SELECT dedupe_key FROM {raw} GROUP BY dedupe_key HAVING COUNT(*) > 1) d")),
            "0"
        );
    }
}

/// Two clerks import two files of one vendor that share their plaintiffs
/// (PostgreSQL, where imports run in parallel): the second waits for the
/// first to finish landing, says so on stderr, then completes; nobody is
/// stored twice and nothing fails as a deadlock.
#[test]
fn overlapping_files_of_one_source_take_turns() {
    let dir = tempfile::tempdir().unwrap();
    let first = big_csv(dir.path(), 200_000);
    // The same people, last to first (and so in another file).
    let second = dir.path().join("reversed.csv");
    let body = std::fs::read_to_string(&first).unwrap();
    let mut lines: Vec<&str> = body.lines().collect();
    lines[1..].reverse();
    std::fs::write(&second, lines.join("\n") + "\n").unwrap();

    let env = Env::postgres();
    let spawn = |file: &Path| {
        env.command(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "bulk",
            "--json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
    };
    let a = spawn(&first);
    // Start the second once the first is landing rows (it holds the turn).
    let deadline = Instant::now() + Duration::from_secs(60);
    while env.sql(
        "SELECT COUNT(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'COPY ingest.plaintiffs_raw%'",
    ) != "1"
    {
        assert!(
            Instant::now() < deadline,
            "the first import never landed rows"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let b = spawn(&second);
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    for out in [&a, &b] {
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(json(out)["status"], "completed", "{}", text(&out.stderr));
        assert_eq!(json(out)["reconciled"], true);
    }
    assert_eq!(
        (json(&a)["inserted"].as_i64(), json(&b)["skipped"].as_i64()),
        (Some(200_000), Some(200_000))
    );
    assert!(
        text(&b.stderr)
            .contains("[INFO] [intake] Waiting for another import of this source to finish"),
        "{}",
        text(&b.stderr)
    );
    assert_eq!(
        env.sql("SELECT COUNT(*) FROM public.plaintiffs WHERE deleted_at IS NULL"),
        "200000"
    );
}

/// SSNs, tax ids and card numbers never reach the logs (even at debug
/// level), the JSON output or the stored payload in full.
#[test]
fn pii_never_reaches_logs_output_or_storage() {
    let env = Env::embedded();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pii.csv");
    std::fs::write(
        &file,
        "Plaintiff Name,Email,SSN,Tax ID,Card Number,Notes\n\
         John Doe,john@example.com,123-45-6789,12-3456789,4111 1111 1111 1234,call 987-65-4321\n\
         ,blank@example.com,222-33-4444,98-7654321,5500 0000 0000 0004,\n\
         Jane Roe,not-an-email,333-44-5555,11-2233445,3400 000000 00009,\n",
    )
    .unwrap();
    for extra in [&["--dry-run", "--json"][..], &["--json"][..]] {
        let mut args = vec![
            "--verbose",
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "acme",
        ];
        args.extend_from_slice(extra);
        let out = env.intake(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        for secret in [
            "123-45-6789",
            "12-3456789",
            "4111 1111 1111",
            "222-33-4444",
            "98-7654321",
            "5500 0000",
            "333-44-5555",
            "987-65-4321",
        ] {
            assert!(!all.contains(secret), "{secret} leaked: {all}");
        }
        assert!(
            text(&out.stderr).contains("[DEBUG]") || extra.contains(&"--dry-run"),
            "debug logging is on"
        );
    }
    let raw = env.sql("SELECT COUNT(*) FROM plaintiffs_raw WHERE raw_payload LIKE '%123-45-6789%' OR raw_payload LIKE '%4111 1111 1111 1234%' OR raw_payload LIKE '%12-3456789%'");
    assert_eq!(raw, "0");
    assert_eq!(
        env.sql("SELECT COUNT(*) FROM plaintiffs_raw WHERE raw_payload LIKE '%6789%'"),
        "1",
        "last four kept"
    );
}

/// Connection problems are explained in plain words, exit 1, no stack trace.
#[test]
fn connection_problems_are_explained() {
    let env = Env::embedded();
    let name = format!("intake_cli_{}", uuid::Uuid::new_v4().simple());
    psql(PG_ADMIN_URL, &format!("CREATE DATABASE {name}"));
    let cases = [
        ("postgres://postgres@127.0.0.1:5999/x".to_string(), "error: Cannot connect to the database: nothing accepted the connection at 127.0.0.1:5999"),
        ("postgres://postgres@127.0.0.1:5432/intake_no_such_db".to_string(), "error: Cannot connect to the database: the database 'intake_no_such_db' does not exist on 127.0.0.1:5432"),
        (format!("postgres://postgres@127.0.0.1:5432/{name}"), "error: Configuration error: this database has no `ingest` schema yet: run `intake migrate` first"),
        // A bad invocation (exit 2).
        ("mysql://x".to_string(), "error: Unsupported database URL"),
    ];
    for (url, expected) in cases {
        let out = env.intake(&["--database", &url, "runs"]);
        let stderr = text(&out.stderr);
        let code = if url.starts_with("mysql") { 2 } else { 1 };
        assert_eq!(out.status.code(), Some(code), "{url}: {stderr}");
        assert!(stderr.starts_with(expected), "{url}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    psql(
        PG_ADMIN_URL,
        &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
    );
}
