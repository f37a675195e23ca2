//! Sources with saved mappings, fixes stored with their run, and the
//! errored-rows export that can be corrected and imported again (issue 10
//! points 5, 6 and 8) — the same scenarios on PostgreSQL and SQLite.

use std::collections::BTreeMap;

use crate::common::*;
use intake_engine::error_export::export_errored_rows;
use intake_engine::fixes::RowFix;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::sources::{
    match_source, MappingSource, SavedMapping, SourceMatch, SourceUpdate,
};
use intake_engine::{pipeline, BackendKind, ImportRequest, ImportStatus, RunFilter, RunStatus};

fn mapped(path: &std::path::Path, source: &str, field: &str, column: &str) -> ImportRequest {
    let mut req = request(path, source);
    req.column_map
        .insert(field.to_string(), vec![column.to_string()]);
    req.imported_by = Some("clerk-a".into());
    req
}

fn counts(r: &intake_engine::ImportReport) -> (i64, i64, i64, i64) {
    (r.fetched, r.inserted, r.skipped, r.errored)
}

/// Who a backend records: the database login on PostgreSQL, the OS user
/// the front door names on SQLite.
fn who(kind: BackendKind) -> &'static str {
    match kind {
        BackendKind::Postgres => "postgres",
        BackendKind::Sqlite => "clerk-a",
    }
}

async fn sources_remember_mappings(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    assert!(db.store.list_sources().await.unwrap().is_empty());

    // A dry run never creates a source.
    let (_d0, first) = temp_file(
        "a.csv",
        b"Who,Email\nAnn Lee,ann@example.com\nBob Roe,bob@example.com\n",
    );
    let mut dry = mapped(&first, " Westfield ", "plaintiff_name", "Who");
    dry.dry_run = true;
    let preview = db.import(&dry).await;
    assert_eq!(preview.status, ImportStatus::DryRun);
    assert_eq!(preview.mapping_source, MappingSource::Explicit);
    assert!(db.store.list_sources().await.unwrap().is_empty());

    // 1. An explicitly mapped import saves its mapping for the source.
    let explicit = db
        .import(&mapped(&first, " Westfield ", "plaintiff_name", "Who"))
        .await;
    assert_eq!(explicit.status, ImportStatus::Completed, "{explicit:?}");
    assert_eq!(counts(&explicit), (2, 2, 0, 0));
    assert_eq!(explicit.mapping_source, MappingSource::Explicit);
    let sources = db.store.list_sources().await.unwrap();
    assert_eq!(sources.len(), 1);
    let westfield = &sources[0];
    assert_eq!(
        (westfield.key.as_str(), westfield.display_name.as_str()),
        ("westfield", "Westfield")
    );
    let want = SavedMapping {
        column_map: BTreeMap::from([("plaintiff_name".to_string(), vec!["Who".to_string()])]),
        header_overrides: BTreeMap::new(),
    };
    assert_eq!(westfield.saved_mapping.as_ref(), Some(&want));
    assert_eq!(westfield.runs, 1);
    assert!(westfield.last_import_at.is_some());
    assert_eq!(westfield.created_by.as_deref(), Some(who(kind)));
    assert_eq!(westfield.updated_by.as_deref(), Some(who(kind)));

    // 2. The next file of the source with those columns gets it applied.
    let (_d1, second) = temp_file(
        "b.csv",
        b"Email,Who\ncat@example.com,Cat Poe\nann@example.com,Ann Lee\n",
    );
    let mut plain = request(&second, "WESTFIELD");
    plain.imported_by = Some("clerk-b".into());
    let reused = db.import(&plain).await;
    assert_eq!(reused.status, ImportStatus::Completed, "{reused:?}");
    assert_eq!(reused.mapping_source, MappingSource::Saved);
    assert!(!reused.saved_mapping_ignored);
    assert_eq!(counts(&reused), (2, 1, 1, 0));

    // 3. A file without its columns: not applied, and said so.
    let (_d2, third) = temp_file("c.csv", b"Name,Email\nDan Fox,dan@example.com\n");
    let aliases = db.import(&request(&third, "westfield")).await;
    assert_eq!(aliases.status, ImportStatus::Completed, "{aliases:?}");
    assert_eq!(aliases.mapping_source, MappingSource::Aliases);
    assert!(aliases.saved_mapping_ignored);
    // An import by the aliases keeps the saved mapping.
    let again = db.store.get_source("  Westfield").await.unwrap().unwrap();
    assert_eq!(again.saved_mapping.as_ref(), Some(&want));
    assert_eq!(again.runs, 3);
    assert_eq!(again.display_name, "Westfield");

    // A source without a saved mapping: nothing tried, nothing ignored.
    let (_d3, other) = temp_file("d.csv", b"Name\nEve Stone\n");
    let fresh = db.import(&request(&other, "Simplicity")).await;
    assert_eq!(
        (fresh.mapping_source, fresh.saved_mapping_ignored),
        (MappingSource::Aliases, false)
    );

    // The app's mapping editor saves a mapping directly.
    let edited = SavedMapping {
        column_map: BTreeMap::from([("plaintiff_name".to_string(), vec!["Full".to_string()])]),
        header_overrides: BTreeMap::from([("Notes".to_string(), String::new())]),
    };
    db.store
        .save_source(
            &SourceUpdate::named("simplicity", Some(edited.clone())),
            Some("clerk-a"),
        )
        .await
        .unwrap();
    let sources = db.store.list_sources().await.unwrap();
    let keys: Vec<&str> = sources.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["simplicity", "westfield"]);
    assert_eq!(sources[0].saved_mapping.as_ref(), Some(&edited));
    assert_eq!(sources[0].display_name, "Simplicity");
    assert_eq!(sources[0].runs, 1);

    // "Did you mean …?" over the stored sources.
    assert_eq!(
        match_source("simplicty", keys.iter().copied()),
        SourceMatch::Similar {
            key: "simplicty".into(),
            suggestion: "simplicity".into()
        }
    );
}

/// Line 1 header; lines 2.. the records (row_index = line - 2).
const FIXABLE: &[u8] = b"Name,Email,Notes\n\
Ann Lee,ann@example.com,first\n\
,bob@example.com,no name\n\
Cat Poe,not-an-email,bad email\n\
,ann@example.com,Ann again without a name\n\
Eve 123-45-6789,eve@example.com,SSN in the name\n";

fn fixes() -> Vec<RowFix> {
    let fix = |line: i64, field: &str, value: &str| RowFix {
        line,
        field: field.into(),
        value: value.into(),
    };
    vec![
        fix(3, "plaintiff_name", " Bob Roe "),
        fix(4, "contact_email", ""),
        fix(5, "plaintiff_name", "ann lee"),
        fix(6, "plaintiff_name", "Eve Stone"),
    ]
}

async fn fixes_are_applied_stored_and_kept(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_dir, path) = temp_file("fixable.csv", FIXABLE);
    let plain = {
        let mut r = request(&path, "simplicity");
        r.dry_run = true;
        db.import(&r).await
    };
    assert_eq!(counts(&plain), (5, 2, 0, 3));

    let mut req = request(&path, "simplicity");
    req.imported_by = Some("clerk-a".into());
    req.fixes = fixes();
    let dry = db
        .import(&ImportRequest {
            dry_run: true,
            ..req.clone()
        })
        .await;
    assert_eq!(counts(&dry), (5, 4, 1, 0));
    assert_eq!((dry.fixes_applied, dry.skipped_in_file), (4, 1));
    assert_eq!(db.count("row_fixes").await, 0, "a dry run stores nothing");

    let report = db.import(&req).await;
    assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
    assert_eq!(counts(&report), (5, 4, 1, 0));
    assert_eq!(report.fixes_applied, 4);
    // The batch identity stays the file's hash.
    assert_eq!(report.file_hash, plain.file_hash);
    let run = report.run_id.unwrap();

    let stored = db.store.run_fixes(run).await.unwrap();
    /// line, row index, field, original value, new value.
    type Fix<'a> = (Option<i64>, i64, &'a str, Option<&'a str>, Option<&'a str>);
    let got: Vec<Fix> = stored
        .iter()
        .map(|f| {
            (
                f.line,
                f.row_index,
                f.field.as_str(),
                f.original_value.as_deref(),
                f.new_value.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(3), 1, "plaintiff_name", None, Some("Bob Roe")),
            (Some(4), 2, "contact_email", Some("not-an-email"), None),
            (Some(5), 3, "plaintiff_name", None, Some("ann lee")),
            (
                Some(6),
                4,
                "plaintiff_name",
                Some("Eve ***-**-6789"),
                Some("Eve Stone")
            ),
        ]
    );
    assert!(stored
        .iter()
        .all(|f| f.fixed_by == who(kind) && f.import_run_id == run));

    // The fixed values are what was stored; the raw payload keeps the file's.
    let rows = db
        .rows(&format!(
            "SELECT plaintiff_name, status, CAST(raw_payload AS TEXT) FROM {} WHERE row_index = 1",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert_eq!(rows[0][0], "Bob Roe");
    assert!(
        rows[0][2].contains(r#""Name": """#) || rows[0][2].contains(r#""Name":"""#),
        "{}",
        rows[0][2]
    );

    // A rollback keeps the fixes as audit.
    db.store
        .rollback(run, "vendor resent", Some("admin"))
        .await
        .unwrap();
    assert_eq!(db.store.run_fixes(run).await.unwrap(), stored);
}

async fn bad_fixes_write_nothing(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_dir, path) = temp_file("fixable.csv", FIXABLE);
    let run = |fixes: Vec<RowFix>| {
        let mut req = request(&path, "simplicity");
        req.fixes = fixes;
        let store = db.store.clone();
        async move { pipeline::import(store.as_ref(), &req, &NoProgress, &CancelToken::new()).await }
    };
    let fix = |line: i64, field: &str| RowFix {
        line,
        field: field.into(),
        value: "X".into(),
    };

    let unknown = run(vec![fix(3, "nmae")]).await.unwrap_err();
    assert_eq!(unknown.code(), "INVALID_ARGUMENT");
    assert!(
        unknown
            .to_string()
            .contains("the fix for line 3 names an unknown field 'nmae'"),
        "{unknown}"
    );
    let header = run(vec![fix(1, "plaintiff_name")]).await.unwrap_err();
    assert_eq!(
        header.to_string(),
        "Invalid argument: --fixes: line 1 is not a record of the file (the header is line 1; records start after it)"
    );
    assert_eq!(db.count("import_runs").await, 0, "refused before the claim");

    // A line past the end is only known at the end: the claimed run fails
    // and its rows and fixes roll back with it.
    let past = run(vec![fix(3, "plaintiff_name"), fix(40, "plaintiff_name")])
        .await
        .unwrap_err();
    assert_eq!(
        past.to_string(),
        "Invalid argument: --fixes: line 40 is not a record of the file (the header is line 1; records start after it)"
    );
    let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].status, RunStatus::Failed);
    assert_eq!(db.count("plaintiffs_raw").await, 0);
    assert_eq!(db.count("row_fixes").await, 0);
    assert!(db.store.run_fixes(runs[0].id).await.unwrap().is_empty());
    // The failed run does not block a corrected attempt.
    let ok = run(fixes()).await.unwrap();
    assert_eq!((ok.status, ok.fixes_applied), (ImportStatus::Completed, 4));
}

async fn errored_rows_export_round_trip(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_dir, path) = temp_file(
        "roster.csv",
        b"Vendor roster\n\
Name,Email,Phone,SSN\n\
Ann Lee,ann@example.com,555-0100,\n\
,bob@example.com,+1 212 555 0101,987-65-4321\n\
Cat Poe,cat@bad,555-0102,\n\
,ann@example.com,555-0103,\n\
Ann Lee,ann@example.com,555-0100,\n",
    );
    let first = db.import(&request(&path, "simplicity")).await;
    assert_eq!(counts(&first), (5, 1, 1, 3));
    let run = first.run_id.unwrap();

    let csv = export_errored_rows(db.store.as_ref(), run).await.unwrap();
    assert_eq!(
        csv,
        "line,code,message,Name,Email,Phone,SSN\r\n\
4,MISSING_NAME,plaintiff_name is empty,,bob@example.com,+1 212 555 0101,***-**-4321\r\n\
5,INVALID_EMAIL,contact_email is not a valid email address,Cat Poe,cat@bad,555-0102,\r\n\
6,MISSING_NAME,plaintiff_name is empty,,ann@example.com,555-0103,\r\n"
    );

    // The clerk (or the vendor) corrects the cells and sends it back.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    for record in reader.records() {
        let mut cells: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        match cells[0].as_str() {
            "4" => cells[3] = "Bob Roe".into(),
            "5" => cells[4] = "cat@example.com".into(),
            "6" => cells[3] = "Ann Lee".into(),
            other => panic!("unexpected line {other}"),
        }
        writer.write_record(&cells).unwrap();
    }
    let corrected = writer.into_inner().unwrap();
    let (_dir2, back) = temp_file("roster-corrected.csv", &corrected);
    let second = db.import(&request(&back, "simplicity")).await;
    assert_eq!(second.status, ImportStatus::Completed, "{second:?}");
    // Bob and Cat are new; Ann is already in the database: skipped.
    assert_eq!(counts(&second), (3, 2, 1, 0));
    assert_eq!(second.skipped_existing, 1);
    assert!(db
        .store
        .errored_rows(second.run_id.unwrap())
        .await
        .unwrap()
        .is_empty());
    assert_eq!(db.live_plaintiffs().await, 3);
}

conformance!(
    sources_remember_mappings,
    fixes_are_applied_stored_and_kept,
    bad_fixes_write_nothing,
    errored_rows_export_round_trip,
);
