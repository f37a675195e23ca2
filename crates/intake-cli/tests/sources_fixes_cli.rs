//! `intake sources`, the "did you mean" line, `--fixes` and the errored-rows
//! export round trip (issue 10 points 5, 6 and 8), through the real binary.

use std::path::{Path, PathBuf};

use crate::support::{json, text, Env, Kind};

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

const WHO_FILE: &str = "Who,Email\nAnn Lee,ann@example.com\nBob Roe,bob@example.com\n";

#[test]
fn sources_are_listed_and_their_mapping_reused() {
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let out = env.intake(&["sources"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("No sources yet."));

        let first = write(env.dir.path(), "a.csv", WHO_FILE);
        let out = env.import(
            &first,
            "Westfield",
            &["--map", "plaintiff_name=Who", "--json"],
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (&v["mapping_source"], &v["inserted"]),
            (&"explicit".into(), &2.into())
        );

        // The next file of the source: no --map needed.
        let second = write(
            env.dir.path(),
            "b.csv",
            "Who,Email\nCat Poe,cat@example.com\n",
        );
        let out = env.import(&second, "westfield", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (
                &v["mapping_source"],
                &v["saved_mapping_ignored"],
                &v["inserted"]
            ),
            (&"saved".into(), &false.into(), &1.into())
        );
        let third = write(env.dir.path(), "c.csv", "Name\nDan Fox\n");
        let out = env.import(&third, "westfield", &[]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains(
                "Mapping: the one saved for source 'westfield' was not applied (the file lacks some of its columns)"
            ),
            "{}",
            text(&out.stdout)
        );

        let out = env.intake(&["sources", "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(v.as_array().unwrap().len(), 1);
        assert_eq!(v[0]["key"], "westfield");
        assert_eq!(v[0]["display_name"], "Westfield");
        assert_eq!(v[0]["runs"], 3);
        assert_eq!(
            v[0]["saved_mapping"]["column_map"]["plaintiff_name"][0],
            "Who"
        );
        let out = env.intake(&["sources"]);
        let stdout = text(&out.stdout);
        let row = stdout
            .lines()
            .find(|l| l.starts_with("Westfield"))
            .unwrap_or_default();
        assert!(
            row.contains("westfield")
                && row.contains("    3  ")
                && row.ends_with("plaintiff_name=Who"),
            "{stdout}"
        );
    }
}

#[test]
fn a_typo_of_a_known_source_gets_a_did_you_mean_line() {
    let env = Env::new(Kind::SqliteUrl);
    let first = write(env.dir.path(), "a.csv", "Name\nAnn Lee\n");
    assert_eq!(env.import(&first, "simplicity", &[]).status.code(), Some(0));
    let second = write(env.dir.path(), "b.csv", "Name\nBob Roe\n");
    let out = env.import(&second, "simplicty", &["--json"]);
    // The import still proceeds, under the name given.
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("Source 'simplicty' is new; did you mean 'simplicity'?"),
        "{}",
        text(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(
        (&v["status"], &v["source_system"]),
        (&"completed".into(), &"simplicty".into())
    );
    assert_eq!(v["source_suggestion"], "simplicity");
    // A known source or an unrelated new one: no such line.
    let third = write(env.dir.path(), "c.csv", "Name\nCat Poe\n");
    let out = env.import(&third, "Simplicity", &[]);
    assert!(
        !text(&out.stderr).contains("did you mean"),
        "{}",
        text(&out.stderr)
    );
    let out = env.import(&third, "acme-legal", &[]);
    assert!(
        !text(&out.stderr).contains("did you mean"),
        "{}",
        text(&out.stderr)
    );
}

const FIXABLE: &str =
    "Name,Email\nAnn Lee,ann@example.com\n,bob@example.com\nCat Poe,not-an-email\n";

#[test]
fn fixes_file_corrects_rows_and_is_listed_with_the_run() {
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let file = write(env.dir.path(), "fixable.csv", FIXABLE);
        let fixes = write(
            env.dir.path(),
            "fixes.csv",
            "line,field,value\n3,plaintiff_name,Bob Roe\n4,contact_email,cat@example.com\n",
        );
        let fixes_arg = fixes.to_str().unwrap();
        let out = env.import(&file, "simplicity", &["--fixes", fixes_arg, "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (
                &v["fetched"],
                &v["inserted"],
                &v["errored"],
                &v["fixes_applied"]
            ),
            (&3.into(), &3.into(), &0.into(), &2.into())
        );
        let run_id = v["run_id"].as_str().unwrap().to_string();

        let out = env.intake(&["runs", "--run-id", &run_id]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(stdout.contains("  Fixes (2):"), "{stdout}");
        assert!(
            stdout.contains("    line 3: plaintiff_name (empty) -> 'Bob Roe' (by "),
            "{stdout}"
        );
        assert!(
            stdout.contains("    line 4: contact_email 'not-an-email' -> 'cat@example.com' (by "),
            "{stdout}"
        );
        let out = env.intake(&["runs", "--run-id", &run_id, "--json"]);
        let v = json(&out);
        assert_eq!(v["run"]["id"], run_id.as_str());
        assert_eq!(v["fixes"][1]["original_value"], "not-an-email");
        assert_eq!(v["fixes"][1]["row_index"], 2);
    }
}

#[test]
fn bad_fixes_exit_2_with_a_clear_message() {
    let env = Env::new(Kind::SqliteUrl);
    let file = write(env.dir.path(), "fixable.csv", FIXABLE);
    let cases = [
        (
            "line,field,value\n3,nmae,Bob\n",
            "error: Invalid argument: the fix for line 3 names an unknown field 'nmae'; the fields are: plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone, contact_address, source_reference",
        ),
        (
            "line,field,value\n1,plaintiff_name,Bob\n",
            "error: Invalid argument: --fixes: line 1 is not a record of the file (the header is line 1; records start after it)",
        ),
        (
            "line,field,value\n9,plaintiff_name,Bob\n",
            "error: Invalid argument: --fixes: line 9 is not a record of the file (the header is line 1; records start after it)",
        ),
    ];
    for (i, (fixes, message)) in cases.iter().enumerate() {
        let path = write(env.dir.path(), &format!("fixes{i}.csv"), fixes);
        let out = env.import(&file, "simplicity", &["--fixes", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        // The last line (a refusal found while reading follows the log's
        // "Starting import" line).
        let stderr = text(&out.stderr);
        assert_eq!(stderr.trim().lines().last(), Some(*message), "{stderr}");
    }
    assert_eq!(env.sql("SELECT count(*) FROM plaintiffs_raw"), "0");
}

#[test]
fn errored_rows_export_corrected_and_imported_again() {
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let file = write(
            env.dir.path(),
            "roster.csv",
            "Name,Email,SSN\nAnn Lee,ann@example.com,\n,bob@example.com,987-65-4321\n,ann@example.com,\n",
        );
        let out = env.import(&file, "simplicity", &["--json"]);
        let v = json(&out);
        assert_eq!((&v["inserted"], &v["errored"]), (&1.into(), &2.into()));
        let run_id = v["run_id"].as_str().unwrap().to_string();

        let export = env.dir.path().join("errors.csv");
        let out = env.intake(&["errors", &run_id, "--output", export.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("Wrote 2 errored row(s) of run"),
            "{}",
            text(&out.stdout)
        );
        let csv = std::fs::read_to_string(&export).unwrap();
        assert_eq!(
            csv,
            "line,code,message,Name,Email,SSN\r\n\
3,MISSING_NAME,plaintiff_name is empty,,bob@example.com,***-**-4321\r\n\
4,MISSING_NAME,plaintiff_name is empty,,ann@example.com,\r\n"
        );
        // To stdout: the CSV alone.
        let out = env.intake(&["errors", &run_id]);
        assert_eq!(text(&out.stdout), csv);

        // Corrected by the clerk and sent back: Bob is new, Ann stays skipped.
        let corrected = csv
            .replace("is empty,,bob@", "is empty,Bob Roe,bob@")
            .replace("is empty,,ann@", "is empty,Ann Lee,ann@");
        let back = write(env.dir.path(), "roster-corrected.csv", &corrected);
        let out = env.import(&back, "simplicity", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (&v["fetched"], &v["inserted"], &v["skipped"], &v["errored"]),
            (&2.into(), &1.into(), &1.into(), &0.into())
        );
    }
}
