//! Vendor updates through `intake import --apply-updates` (issue 11 part
//! A): changed rows counted in the report (`skipped_changed`, `updated`),
//! applied only when asked, listed by `intake runs --run-id`, restored by
//! `intake rollback`.

use std::path::{Path, PathBuf};

use crate::support::{json, text, Env, Kind};

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

const BASE: &str = "PlaintiffName,Email,Phone,Address\n\
                    Ann Lee,ann@example.com,555-0100,1 Main St\n\
                    Bob Ray,bob@example.com,555-0200,2 Oak Ave\n";
const UPDATE: &str = "PlaintiffName,Email,Phone,Address\n\
                      Ann Lee,ann@example.com,555-0111,1 Main St\n\
                      Bob Ray,bob@example.com,,2 Oak Ave\n";

#[test]
fn apply_updates_changes_the_plaintiff_and_rollback_restores_it() {
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let base = write(env.dir.path(), "base.csv", BASE);
        let update = write(env.dir.path(), "update.csv", UPDATE);
        assert_eq!(
            env.import(&base, "vendor", &["--json"]).status.code(),
            Some(0)
        );
        let phone = || {
            env.sql(&format!(
                "SELECT contact_phone FROM {} WHERE plaintiff_name = 'Ann Lee' AND deleted_at IS NULL",
                env.table("plaintiffs")
            ))
        };

        // The dry run says what changed and how to apply it.
        let dry = env.import(&update, "vendor", &["--dry-run"]);
        let stdout = text(&dry.stdout);
        assert!(
            stdout.contains("Import DRY_RUN: 2 fetched, 0 inserted, 2 skipped, 0 errored"),
            "{stdout}"
        );
        assert!(
            stdout.contains(
                "  changed: 1 already in database with new values, 0 plaintiffs would be updated (--apply-updates to apply them)"
            ),
            "{stdout}"
        );
        let dry = json(&env.import(
            &update,
            "vendor",
            &["--dry-run", "--apply-updates", "--json"],
        ));
        assert_eq!(
            (&dry["skipped_changed"], &dry["updated"]),
            (&1.into(), &1.into())
        );

        let out = env.import(&update, "vendor", &["--apply-updates", "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (&v["fetched"], &v["inserted"], &v["skipped"], &v["errored"]),
            (&2.into(), &0.into(), &2.into(), &0.into())
        );
        assert_eq!(
            (&v["skipped_changed"], &v["updated"]),
            (&1.into(), &1.into())
        );
        assert_eq!(v["reconciled"], true);
        assert_eq!(phone(), "555-0111");
        let run = v["run_id"].as_str().unwrap().to_string();

        let detail = text(&env.intake(&["runs", "--run-id", &run]).stdout);
        assert!(detail.contains("  Plaintiff changes (1):"), "{detail}");
        assert!(
            detail.contains("    update Ann Lee (line 2): contact_phone '555-0100' -> '555-0111'"),
            "{detail}"
        );
        let detail = json(&env.intake(&["runs", "--run-id", &run, "--json"]));
        assert_eq!(detail["changes"][0]["field"], "contact_phone");
        assert_eq!(detail["changes"][0]["new_value"], "555-0111");

        let out = env.intake(&["rollback", &run, "--reason", "wrong file"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains("  updates: 1 fields restored to their old value, 0 left as they are"),
            "{stdout}"
        );
        assert_eq!(phone(), "555-0100");
    }
}

#[test]
fn without_apply_updates_nothing_changes() {
    let env = Env::new(Kind::SqliteUrl);
    let base = write(env.dir.path(), "base.csv", BASE);
    let update = write(env.dir.path(), "update.csv", UPDATE);
    env.import(&base, "vendor", &[]);
    let v = json(&env.import(&update, "vendor", &["--json"]));
    assert_eq!(
        (&v["skipped_changed"], &v["updated"]),
        (&1.into(), &0.into())
    );
    assert_eq!(
        env.sql("SELECT contact_phone FROM plaintiffs WHERE plaintiff_name = 'Ann Lee'"),
        "555-0100"
    );
    assert_eq!(env.sql("SELECT count(*) FROM plaintiff_changes"), "0");
}
