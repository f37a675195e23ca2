//! Real vendor files through `intake import` (issue 10): title lines above
//! the header, `--header-row`, `--map`, names composed from their parts,
//! suggestions, and `header_line` / `sheet` in `--json`.

use std::path::{Path, PathBuf};

use crate::support::{json, samples, text, Env, Kind};

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

const CLAIMANTS: &str = "Acme Funding - claimant list\n\nClaimant Full,Mail,Given,Family,Notes\nAnn Lee,ann@x.io,Ann,Lee,x\nBob Roe,bob@x.io,Bob,Roe,y\n";

#[test]
fn westfield_export_imports_with_its_header_on_line_4() {
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let file = samples().join("plaintiffs_westfield_export.csv");
        let out = env.import(&file, "westfield", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(v["status"], "completed");
        assert_eq!(v["header_line"], 4);
        assert_eq!(v["sheet"], serde_json::Value::Null);
        assert_eq!(
            (&v["fetched"], &v["inserted"], &v["skipped"], &v["errored"]),
            (&15.into(), &12.into(), &1.into(), &2.into())
        );
        assert_eq!(v["columns"][1]["header"], "First Name");
        assert_eq!(v["columns"][1]["canonical"], "plaintiff_name");
        assert_eq!(
            env.sql(&format!(
                "SELECT plaintiff_name FROM {} WHERE row_index = 0",
                env.table("plaintiffs_raw")
            )),
            "Maria J. Alvarez"
        );
        let human = env.import(&file, "westfield2", &[]);
        let stdout = text(&human.stdout);
        assert!(
            stdout.contains("Header on line 4 (the lines above it are not records)"),
            "{stdout}"
        );
    }
}

#[test]
fn map_makes_a_file_without_a_name_column_importable() {
    let env = Env::new(Kind::SqliteUrl);
    let file = write(env.dir.path(), "claimants.csv", CLAIMANTS);
    // Without --map: refused with the first row as the headers found.
    let out = env.import(&file, "acme", &["--dry-run"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim(),
        "error: Missing required columns: {'plaintiff_name'}. Headers found: Acme Funding - claimant list"
    );
    let out = env.import(
        &file,
        "acme",
        &[
            "--map",
            "plaintiff_name=claimant full",
            "--map",
            "contact_email=Mail",
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = json(&out);
    assert_eq!((&v["inserted"], &v["header_line"]), (&2.into(), &3.into()));
    assert_eq!(v["columns"][0]["canonical"], "plaintiff_name");
    assert_eq!(
        env.sql(&format!(
            "SELECT group_concat(plaintiff_name || ' ' || contact_email, '; ') FROM {}",
            env.table("plaintiffs_raw")
        )),
        "Ann Lee ann@x.io; Bob Roe bob@x.io"
    );
}

#[test]
fn map_composes_several_columns() {
    let env = Env::new(Kind::SqliteUrl);
    let file = write(env.dir.path(), "claimants.csv", CLAIMANTS);
    let out = env.import(
        &file,
        "acme",
        &[
            "--map",
            "plaintiff_name=Family+Given",
            "--map",
            "contact_address=Notes+Mail",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        env.sql(&format!(
            "SELECT plaintiff_name || ' | ' || contact_address FROM {} WHERE row_index = 0",
            env.table("plaintiffs_raw")
        )),
        "Lee Ann | x, ann@x.io"
    );
}

#[test]
fn map_errors_exit_2() {
    let env = Env::new(Kind::SqliteUrl);
    let file = write(env.dir.path(), "claimants.csv", CLAIMANTS);
    let out = env.import(
        &file,
        "acme",
        &["--map", "plaintiff_name=Claimant Name", "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim(),
        "error: --map plaintiff_name: the file has no column 'Claimant Name'. Headers found: Acme Funding - claimant list"
    );
    // Found on the header row, another column missing: that row's headers.
    let out = env.import(
        &file,
        "acme",
        &[
            "--map",
            "plaintiff_name=Claimant Full",
            "--map",
            "firm_name=Firm",
            "--json",
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["error"]["code"], "MAP_COLUMN_NOT_FOUND");
    assert_eq!(
        v["error"]["message"],
        "--map firm_name: the file has no column 'Firm'. Headers found: Claimant Full, Mail, Given, Family, Notes"
    );
    let out = env.import(&file, "acme", &["--map", "plaintiff=Given", "--dry-run"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim(),
        "error: Invalid argument: --map names an unknown field 'plaintiff'; the fields are: plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone, contact_address, source_reference"
    );
    let out = env.import(&file, "acme", &["--map", "plaintiff_name", "--dry-run"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not FIELD=COLUMN"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn header_row_overrides_detection() {
    let env = Env::new(Kind::SqliteUrl);
    let file = write(
        env.dir.path(),
        "t.csv",
        "Name\nClient,Email\nCy Doe,cy@x.io\n",
    );
    let auto = json(&env.import(&file, "acme", &["--dry-run", "--json"]));
    assert_eq!(
        (&auto["header_line"], &auto["fetched"]),
        (&1.into(), &2.into())
    );
    let out = env.import(&file, "acme", &["--dry-run", "--json", "--header-row", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = json(&out);
    assert_eq!(
        (&v["header_line"], &v["fetched"], &v["inserted"]),
        (&2.into(), &1.into(), &1.into())
    );
    let out = env.import(&file, "acme", &["--dry-run", "--header-row", "7"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim(),
        "error: Invalid argument: the header row cannot be line 7: the file has no data on or after it"
    );
}

#[test]
fn composites_and_suggestions_in_json() {
    let env = Env::new(Kind::SqliteUrl);
    let file = write(
        env.dir.path(),
        "people.csv",
        "First Name,Middle Name,Last Name,Suffix,E-mial,Cell\nJohn,Q.,Public,Jr.,j@x.io,555\nAnn,,Lee,,a@x.io,556\n",
    );
    let out = env.import(&file, "acme", &["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = json(&out);
    let columns: Vec<(String, String, String)> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["header"].as_str().unwrap().to_string(),
                c["canonical"].as_str().unwrap_or("-").to_string(),
                c["suggestion"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = [
        ("First Name", "plaintiff_name", "-"),
        ("Middle Name", "plaintiff_name", "-"),
        ("Last Name", "plaintiff_name", "-"),
        ("Suffix", "plaintiff_name", "-"),
        ("E-mial", "-", "contact_email"),
        ("Cell", "contact_phone", "-"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(columns, expected);
    assert_eq!(
        env.sql(&format!(
            "SELECT group_concat(plaintiff_name || '/' || coalesce(contact_email, '-'), '; ') FROM {}",
            env.table("plaintiffs_raw")
        )),
        "John Q. Public Jr./-; Ann Lee/-"
    );
    let human = env.import(&file, "other", &["--dry-run"]);
    assert!(
        text(&human.stdout).contains(
            "Column 'E-mial' is not imported; if it holds contact_email, add --map contact_email=\"E-mial\""
        ),
        "{}",
        text(&human.stdout)
    );
}

#[test]
fn sheet_holding_the_names_is_named_in_json() {
    use rust_xlsxwriter::Workbook;
    let env = Env::new(Kind::SqliteUrl);
    let path = env.dir.path().join("book.xlsx");
    let mut wb = Workbook::new();
    let cover = wb.add_worksheet();
    cover.set_name("Cover").unwrap();
    cover.write_string(0, 0, "Report").unwrap();
    let data = wb.add_worksheet();
    data.set_name("Claimants").unwrap();
    data.write_string(1, 0, "Injured Party").unwrap();
    data.write_string(2, 0, "Ann Lee").unwrap();
    wb.save(&path).unwrap();
    let out = env.import(&path, "acme", &["--json", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = json(&out);
    assert_eq!(
        (&v["sheet"], &v["header_line"], &v["inserted"]),
        (&"Claimants".into(), &2.into(), &1.into())
    );
}
