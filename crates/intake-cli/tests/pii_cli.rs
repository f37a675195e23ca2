//! SPEC §5 through the `intake` binary, on both backends: SSNs, card numbers
//! and tax ids written anywhere in a file (name, email, address, notes, a
//! header, the file name) never reach the `--json` output or the stderr log
//! (at debug level) of a dry run or an import, nor an error line.

use std::path::Path;
use std::process::{Command, Output};

const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

const CSV: &str = "\
Plaintiff Name,Email,Phone,Address,City,State,Zip,Notes,Ref 661-30-4455
Ann Lee 536-22-8147,ann-536-22-8147@example.com,(212) 555-1000,\"12 Main St, card 4111 1111 1111 1111\",New York,NY,10001-2345,\"EIN 87-6543219; tax id 402117788; paid $12,345.67 on 2024-03-15\",R-1
Bob Stone,bob@example.com,+1 212 555 1001,1 Elm St,Austin,TX,78701,\"ssn 402117789; card 5500-0000-0000-0004\",4111111111111111
,carl@example.com,,,,,,SSN 771-20-3344,R-3
Ann Lee 536-22-8147,ann-536-22-8147@example.com,,,,,,again 536-22-8147,R-4
";

const ORIGINALS: &[&str] = &[
    "536-22-8147",
    "536228147",
    "536-22",
    "661-30-4455",
    "661304455",
    "661-30",
    "4111 1111 1111 1111",
    "4111111111111111",
    "4111 1111",
    "87-6543219",
    "876543219",
    "402117788",
    "402117789",
    "5500-0000-0000-0004",
    "5500000000000004",
    "771-20-3344",
    "771203344",
    "733-12-9001",
    "733-12-9002",
    "733-12",
];

fn assert_clean(what: &str, text: &str) {
    for original in ORIGINALS {
        assert!(
            !text.contains(original),
            "{what} holds '{original}' unmasked:\n{text}"
        );
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn psql(url: &str, query: &str) {
    let out = Command::new("psql")
        .args([url, "-qAtc", query])
        .output()
        .expect("run psql");
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// An isolated environment on the embedded database or a fresh PostgreSQL one.
struct Env {
    dir: tempfile::TempDir,
    database: Option<String>,
    pg_name: Option<String>,
}

impl Env {
    fn all() -> Vec<Env> {
        let name = format!("intake_pii_{}", uuid::Uuid::new_v4().simple());
        psql(PG_ADMIN_URL, &format!("CREATE DATABASE {name}"));
        let pg = Env {
            dir: tempfile::tempdir().unwrap(),
            database: Some(format!("postgres://postgres@127.0.0.1:5432/{name}")),
            pg_name: Some(name),
        };
        let out = pg.intake(&["migrate"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let embedded = Env {
            dir: tempfile::tempdir().unwrap(),
            database: None,
            pg_name: None,
        };
        vec![embedded, pg]
    }

    fn intake(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_intake"));
        cmd.args(args)
            .env_remove("DATABASE_URL")
            .env_remove("INTAKE_DATABASE_URL")
            .env_remove("SUPABASE_MODE")
            .env_remove("RUST_LOG")
            .env_remove("INTAKE_LOG")
            .env("INTAKE_DATA_DIR", self.dir.path().join("data"))
            .env("INTAKE_CONFIG_DIR", self.dir.path().join("config"));
        if let Some(url) = &self.database {
            cmd.env("INTAKE_DATABASE_URL", url);
        }
        cmd.output().expect("run intake")
    }

    fn import(&self, file: &Path, extra: &[&str]) -> Output {
        let mut args = vec![
            "--verbose",
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "acme",
            "--batch-id",
            "B 733-12-9002",
            "--json",
        ];
        args.extend_from_slice(extra);
        self.intake(&args)
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

#[test]
fn pii_in_content_never_reaches_output_or_logs() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("vendor 733-12-9001.csv");
    std::fs::write(&file, CSV).unwrap();
    for env in Env::all() {
        for extra in [&["--dry-run"][..], &[][..]] {
            let out = env.import(&file, extra);
            let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
            assert_eq!(out.status.code(), Some(0), "{stderr}");
            assert_clean("stdout", &stdout);
            assert_clean("stderr", &stderr);
            let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
            let expected_status = if extra.is_empty() {
                "completed"
            } else {
                "dry_run"
            };
            assert_eq!(
                (
                    v["status"].as_str(),
                    v["inserted"].as_i64(),
                    v["skipped"].as_i64(),
                    v["errored"].as_i64()
                ),
                (Some(expected_status), Some(2), Some(1), Some(1)),
                "{stdout}"
            );
            assert_eq!(v["filename"], "vendor ***-**-9001.csv");
            // The debug log names the columns: the header is masked there too.
            assert!(
                stderr.contains("Column 'Ref ***-**-4455' -> (raw payload only)"),
                "{stderr}"
            );
            assert!(
                stderr.contains("Starting import: file=vendor ***-**-9001.csv source=acme"),
                "{stderr}"
            );
        }
    }
}

/// An error line naming a file with an SSN in its name masks it.
#[test]
fn error_lines_are_masked() {
    let env = Env {
        dir: tempfile::tempdir().unwrap(),
        database: None,
        pg_name: None,
    };
    let missing = env.dir.path().join("ssn 536-22-8147.csv");
    let out = env.intake(&[
        "import",
        "--file",
        missing.to_str().unwrap(),
        "--source",
        "acme",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_clean("stdout", &stdout);
    assert_clean("stderr", &stderr);
    assert!(
        stderr.trim().starts_with("error: File not found: ")
            && stderr.trim().ends_with("ssn ***-**-8147.csv"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["error"]["code"], "FILE_NOT_FOUND");
}
