//! Cross-vendor matches through the CLI (issue 11): the import report flags
//! rows that possibly are a plaintiff of another source (human and
//! `--json`), and `intake matches` lists the live pairs (table, JSON, CSV).

use std::path::{Path, PathBuf};

use crate::support::{json, text, Env, Kind};

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

const VENDOR_A: &str = "PlaintiffName,Email,Phone\nAda Lovelace,ada@example.com,(212) 555-1000\nGrace Hopper,grace@example.com,212-555-2000\n";
const VENDOR_B: &str = "PlaintiffName,Email,Phone\nAda Lovelace,ADA@example.com ,\nGrace Hopper,gh@other.com,(212) 555 2000\nLinus Torvalds,linus@example.com,\n";

#[test]
fn an_import_flags_possible_matches_and_intake_matches_lists_them() {
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let a = write(env.dir.path(), "a.csv", VENDOR_A);
        let b = write(env.dir.path(), "b.csv", VENDOR_B);
        let out = env.import(&a, "vendor-a", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let a_run = json(&out)["run_id"].as_str().unwrap().to_string();

        let dry = env.import(&b, "vendor-b", &["--dry-run"]);
        let stdout = text(&dry.stdout);
        assert!(
            stdout.contains("  possible matches with other sources: 2 (imported anyway; list them with `intake matches`)"),
            "{stdout}"
        );
        assert!(
            stdout.contains("    line 2: Ada Lovelace - possible match: Ada Lovelace from vendor-a (same email)"),
            "{stdout}"
        );
        assert!(
            stdout.contains("    line 3: Grace Hopper - possible match: Grace Hopper from vendor-a (same name and phone)"),
            "{stdout}"
        );

        let out = env.import(&b, "vendor-b", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (&v["status"], &v["inserted"]),
            (&"completed".into(), &3.into())
        );
        assert_eq!(v["cross_source_match_count"], 2);
        let m = &v["cross_source_matches"];
        assert_eq!(m.as_array().unwrap().len(), 2);
        assert_eq!(
            (
                &m[0]["line"],
                &m[0]["matched"]["plaintiff_name"],
                &m[0]["matched"]["source_system"],
                &m[0]["matched"]["rule"]
            ),
            (
                &2.into(),
                &"Ada Lovelace".into(),
                &"vendor-a".into(),
                &"email".into()
            )
        );
        assert_eq!(m[0]["matched"]["import_run_id"], a_run.as_str());
        assert_eq!(m[1]["matched"]["rule"], "name_phone");

        let listed = env.intake(&["matches", "--json"]);
        assert_eq!(listed.status.code(), Some(0), "{}", text(&listed.stderr));
        let pairs = json(&listed);
        assert_eq!(pairs.as_array().unwrap().len(), 2);
        let csv = env.intake(&["matches", "--csv", "--source", "vendor-a"]);
        let csv = text(&csv.stdout);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3, "{csv}");
        assert_eq!(
            lines[0],
            "plaintiff_name,source,run_id,line,matched_plaintiff_name,matched_source,matched_run_id,matched_line,rule,created_at"
        );
        let table = text(&env.intake(&["matches", "--source", "nobody"]).stdout);
        assert!(
            table.contains("No possible matches between sources."),
            "{table}"
        );
        let bad = env.intake(&["matches", "--limit", "-1"]);
        assert_eq!(bad.status.code(), Some(2));
    }
}
