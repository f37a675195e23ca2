//! The database is always explicit (issue #8 point 3): an empty URL is a
//! usage error, a `sqlite://` path needs an existing folder, and every
//! command names the database it used. Unknown and malformed run ids get a
//! sentence and the right exit code.

use crate::support::{json, samples, text, Env, Kind};

const EMPTY_FLAG: &str = "error: --database is empty: give a postgres:// or sqlite:// URL, or leave it out to use the embedded database";

fn empty_env(var: &str) -> String {
    format!("error: {var} is set but empty: give a postgres:// or sqlite:// URL, or unset it to use the embedded database")
}

#[test]
fn an_empty_database_url_is_a_usage_error() {
    let env = Env::new(Kind::Embedded);
    let file = samples().join("plaintiffs_simplicity.csv");
    let file = file.to_str().unwrap();
    let import = ["import", "--file", file, "--source", "simplicity"];
    // (flag, INTAKE_DATABASE_URL, DATABASE_URL, expected stderr)
    type Case<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, String);
    let cases: Vec<Case> = vec![
        (Some(""), None, None, EMPTY_FLAG.into()),
        (Some("  "), None, None, EMPTY_FLAG.into()),
        (
            None,
            Some(""),
            Some("postgres://postgres@127.0.0.1:5432/x"),
            empty_env("INTAKE_DATABASE_URL"),
        ),
        (None, None, Some(" \t"), empty_env("DATABASE_URL")),
    ];
    for (flag, intake_var, database_var, expected) in &cases {
        for command in [&import[..], &["runs"], &["promote"], &["migrate"]] {
            let mut args: Vec<&str> = Vec::new();
            if let Some(flag) = flag {
                args.extend(["--database", flag]);
            }
            args.extend_from_slice(command);
            let mut cmd = env.command(&args);
            if let Some(v) = intake_var {
                cmd.env("INTAKE_DATABASE_URL", v);
            }
            if let Some(v) = database_var {
                cmd.env("DATABASE_URL", v);
            }
            let out = cmd.output().unwrap();
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
            assert_eq!(stderr.trim_end(), expected, "{args:?}");
            assert_eq!(text(&out.stdout), "", "{args:?}");
        }
    }
    // With --json: one object naming the error.
    let mut args = vec!["--database", ""];
    args.extend_from_slice(&import);
    args.push("--json");
    let out = env.intake(&args);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["status"], "failed");
    assert_eq!(v["error"]["code"], "INVALID_DATABASE_URL");
    assert_eq!(
        format!("error: {}", v["error"]["message"].as_str().unwrap()),
        EMPTY_FLAG
    );
    // Nothing was silently imported into the embedded file.
    assert!(!env.sqlite_path().exists(), "the embedded file was created");
    // The flag decides when it is given: an empty variable under it is moot.
    let target = env.dir.path().join("flag.sqlite3");
    let url = format!("sqlite://{}", target.display());
    let mut args = vec!["--database", url.as_str()];
    args.extend_from_slice(&import);
    let out = env
        .command(&args)
        .env("INTAKE_DATABASE_URL", "")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(target.exists());
    assert!(!env.sqlite_path().exists());
}

#[test]
fn a_sqlite_path_needs_an_existing_folder_except_the_default() {
    let env = Env::new(Kind::Embedded);
    let file = samples().join("plaintiffs_simplicity.csv");
    let missing = env.dir.path().join("no/such/dir");
    let url = format!("sqlite://{}", missing.join("x.sqlite3").display());
    for command in [
        vec![
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "simplicity",
        ],
        vec!["runs"],
        vec!["migrate"],
    ] {
        let mut args = vec!["--database", url.as_str()];
        args.extend_from_slice(&command);
        let out = env.intake(&args);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert_eq!(
            text(&out.stderr).trim_end(),
            format!(
                "error: The folder {} does not exist: create it first, or give a sqlite:// path in an existing folder (only the embedded database's folder is made automatically)",
                missing.display()
            )
        );
        assert!(!env.dir.path().join("no").exists(), "no folder was created");
    }
    // A folder given as the database is refused too.
    let out = env.intake(&[
        "--database",
        &format!("sqlite://{}", env.dir.path().display()),
        "runs",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with(&format!(
            "error: {} is a folder, not a database file",
            env.dir.path().display()
        )),
        "{}",
        text(&out.stderr)
    );
    // The embedded default's folder is created, also when named explicitly.
    assert!(!env.sqlite_path().parent().unwrap().exists());
    let out = env.intake(&[
        "--database",
        &format!("sqlite://{}", env.sqlite_path().display()),
        "runs",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(env.sqlite_path().exists());
    // An unsupported scheme is a bad invocation as well.
    let out = env.intake(&["--database", "mysql://u:secret@x/db", "runs"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "error: Unsupported database URL 'mysql://u@x/db': use postgres://… or sqlite://PATH"
    );
}

/// Every command says which database it used: a first line in human output,
/// a `database` object in `--json`; the runbook's lines are unchanged.
#[test]
fn every_command_names_its_database() {
    for kind in [Kind::Embedded, Kind::SqliteUrl, Kind::Postgres] {
        let mut env = Env::new(kind);
        if kind == Kind::Postgres {
            // A password in the URL is never shown.
            env.url = env
                .url
                .as_ref()
                .map(|u| u.replace("postgres@", "postgres:s3cret@"));
        }
        let line = env.database_line().replace(":s3cret@", "@");
        let expected_json = serde_json::json!({
            "backend": if kind == Kind::Postgres { "postgres" } else { "sqlite" },
            "location": match kind {
                Kind::Postgres => env.url.as_deref().unwrap().replace(":s3cret", ""),
                _ => env.sqlite_path().display().to_string(),
            },
            "origin": if kind == Kind::Embedded { "embedded" } else { "INTAKE_DATABASE_URL" },
        });
        let file = samples().join("plaintiffs_simplicity.csv");
        let human = |args: &[&str]| {
            let out = env.intake(args);
            let stdout = text(&out.stdout);
            assert_eq!(stdout.lines().next(), Some(line.as_str()), "{args:?}");
            assert!(!stdout.contains("s3cret") && !text(&out.stderr).contains("s3cret"));
            (out.status.code(), stdout)
        };
        let as_json = |args: &[&str]| {
            let out = env.intake(args);
            let v = json(&out);
            assert_eq!(v["database"], expected_json, "{args:?}");
            v
        };

        let (code, stdout) = human(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "simplicity",
            "--dry-run",
        ]);
        assert_eq!(code, Some(0));
        assert!(stdout.contains(
            "\n============================================================\nImport DRY_RUN: 100 fetched, 100 inserted, 0 skipped, 0 errored\n"
        ));
        as_json(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "simplicity",
            "--dry-run",
            "--json",
        ]);
        let v = as_json(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "simplicity",
            "--no-promote",
            "--json",
        ]);
        assert_eq!(v["status"], "completed");
        let run_id = v["run_id"].as_str().unwrap().to_string();
        let hash = v["file_hash"].as_str().unwrap().to_string();
        let (code, stdout) = human(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "simplicity",
        ]);
        assert_eq!(code, Some(0));
        assert_eq!(
            stdout,
            format!("{line}\nDUPLICATE BATCH: File 'plaintiffs_simplicity.csv' with hash {}... has already been imported. No action taken.\n", &hash[..12])
        );
        let v = as_json(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "simplicity",
            "--json",
        ]);
        assert_eq!(v["status"], "duplicate");

        let (code, stdout) = human(&["runs"]);
        assert_eq!(code, Some(0));
        assert_eq!(stdout.lines().filter(|l| l.contains(&run_id)).count(), 1);
        let runs = json(&env.intake(&["runs", "--json"]));
        assert_eq!(runs.as_array().map(Vec::len), Some(1), "stays an array");

        let (code, stdout) = human(&["reconcile", &run_id]);
        assert_eq!(code, Some(0));
        assert!(stdout.contains("is_reconciled: true"));
        as_json(&["reconcile", &run_id, "--json"]);

        let (code, stdout) = human(&["promote", "--run-id", &run_id]);
        assert_eq!(code, Some(0));
        assert_eq!(
            stdout,
            format!("{line}\nPromoted 100 rows from 1 runs into public.plaintiffs.\n")
        );
        as_json(&["promote", "--json"]);

        let (code, stdout) = human(&["rollback", &run_id, "--reason", "Ticket #1"]);
        assert_eq!(code, Some(0));
        assert_eq!(
            stdout,
            format!("{line}\nRolled back run {run_id}: 100 rows marked rolled_back, 100 plaintiffs taken out of production. Reason: Ticket #1\n")
        );
        // A refusal still names the database, and its JSON error too.
        let out = env.intake(&["rollback", &run_id, "--reason", "again", "--json"]);
        assert_eq!(out.status.code(), Some(1));
        let v = json(&out);
        assert_eq!(v["database"], expected_json);
        assert_eq!(v["error"]["code"], "NOT_ROLLBACKABLE");

        let (code, stdout) = human(&["migrate"]);
        assert_eq!(code, Some(0));
        assert_eq!(stdout.lines().count(), 2, "{stdout}");

        if kind == Kind::Embedded {
            let team = Env::new(Kind::Postgres);
            let (code, stdout) = human(&["export-to", team.url.as_deref().unwrap()]);
            assert_eq!(code, Some(0));
            assert!(stdout
                .lines()
                .nth(1)
                .unwrap()
                .starts_with("Exported 1 runs"));
            let out = env.intake(&["export-to", team.url.as_deref().unwrap(), "--json"]);
            assert_eq!(json(&out)["database"], expected_json);
        }
    }
}

/// `promote`, `reconcile` and `rollback` of a run that does not exist exit 1
/// with a sentence and change nothing; an id that is not a run id exits 2.
#[test]
fn unknown_and_malformed_run_ids() {
    let unknown = "0193a0c4-5b6e-7f80-9a1b-2c3d4e5f6a7b";
    let not_found = format!("error: Import run {unknown} was not found");
    let malformed = "error: '12345' is not a run id: run ids look like 0193a0c4-5b6e-7f80-9a1b-2c3d4e5f6a7b (see `intake runs`)";
    for kind in [Kind::Embedded, Kind::Postgres] {
        let env = Env::new(kind);
        // A run whose rows wait to be promoted: a mistyped id must not touch them.
        let v = json(&env.import(
            &samples().join("plaintiffs_simplicity.csv"),
            "simplicity",
            &["--no-promote", "--json"],
        ));
        assert_eq!(v["status"], "completed");
        for (args, code, expected) in [
            (vec!["promote", "--run-id", unknown], 1, not_found.as_str()),
            (vec!["reconcile", unknown], 1, not_found.as_str()),
            (
                vec!["rollback", unknown, "--reason", "x"],
                1,
                not_found.as_str(),
            ),
            (vec!["promote", "--run-id", "12345"], 2, malformed),
            (vec!["reconcile", "12345"], 2, malformed),
            (vec!["rollback", "12345", "--reason", "x"], 2, malformed),
        ] {
            let out = env.intake(&args);
            assert_eq!(out.status.code(), Some(code), "{kind:?} {args:?}");
            assert_eq!(text(&out.stderr).trim_end(), expected, "{kind:?} {args:?}");
            let mut with_json = args.clone();
            with_json.push("--json");
            let out = env.intake(&with_json);
            assert_eq!(out.status.code(), Some(code));
            let v = json(&out);
            assert_eq!(
                v["error"]["code"],
                if code == 1 {
                    "RUN_NOT_FOUND"
                } else {
                    "INVALID_ARGUMENT"
                }
            );
        }
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {} WHERE status = 'pending'",
                env.table("plaintiffs_raw")
            )),
            "100"
        );
        assert_eq!(
            env.sql(&format!("SELECT COUNT(*) FROM {}", env.table("plaintiffs"))),
            "0"
        );
    }
}
