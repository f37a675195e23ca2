//! Real vendor files (issue 10), on both backends: title lines above the
//! header, names composed from First/Last, legal-intake synonyms, a
//! person's column map and header row, a workbook whose names are on a later
//! sheet.

use crate::common;

use std::collections::BTreeMap;

use common::*;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::{pipeline, BackendKind, ImportRequest, ImportStatus, PreviewRow, RowFate};

async fn westfield_export(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let path = sample("plaintiffs_westfield_export.csv");
    let mut seen: Vec<PreviewRow> = Vec::new();
    let dry = pipeline::preview(
        db.store.as_ref(),
        &request(&path, "westfield"),
        &mut |rows| seen.extend(rows),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(dry.header_line, Some(4));
    assert_eq!(
        (dry.fetched, dry.inserted, dry.skipped, dry.errored),
        (15, 12, 1, 2)
    );
    let lines: Vec<Option<i64>> = seen.iter().map(|r| r.line).collect();
    assert_eq!(lines, (5..=19).map(Some).collect::<Vec<_>>());
    assert_eq!(
        seen[0].fields.plaintiff_name.as_deref(),
        Some("Maria J. Alvarez")
    );
    assert_eq!(
        seen[12].fate,
        RowFate::DuplicateInFile { first_row_index: 1 }
    );
    assert!(matches!(&seen[13].fate, RowFate::Invalid { code, .. } if code == "MISSING_NAME"));
    assert!(matches!(&seen[14].fate, RowFate::Invalid { code, .. } if code == "INVALID_EMAIL"));

    let report = db.import(&request(&path, "westfield")).await;
    assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
    assert_eq!(report.header_line, Some(4));
    assert_eq!(report.sheet, None);
    assert_eq!(
        (
            report.fetched,
            report.inserted,
            report.skipped,
            report.errored
        ),
        (15, 12, 1, 2)
    );
    assert_eq!(report.reconciled, Some(true));
    let first = db
        .rows(&format!(
            "SELECT plaintiff_name, contact_address, source_reference, firm_name, contact_phone \
             FROM {} WHERE row_index = 0",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert_eq!(
        first,
        vec![vec![
            "Maria J. Alvarez".to_string(),
            "100 Elm St, Springfield, IL 62701".to_string(),
            "WCS-1000".to_string(),
            "Reed Law Group".to_string(),
            "(555) 0100-3471".to_string()
        ]]
    );
    let payload = db
        .rows(&format!(
            "SELECT CAST(raw_payload AS TEXT) FROM {} WHERE row_index = 0",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert!(payload[0][0].contains("Middle Initial"), "{payload:?}");
    assert_eq!(db.live_plaintiffs().await, 12);
    let errored = db
        .rows(&format!(
            "SELECT row_index, error_code FROM {} WHERE status = 'failed' ORDER BY row_index",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert_eq!(
        errored,
        vec![
            vec!["13".to_string(), "MISSING_NAME".to_string()],
            vec!["14".to_string(), "INVALID_EMAIL".to_string()]
        ]
    );
    // Every landed row carries its file line, whichever landing path took it.
    let lines = db
        .rows(&format!(
            "SELECT CAST(line AS INTEGER) FROM {} ORDER BY row_index",
            db.table("plaintiffs_raw")
        ))
        .await;
    let expected: Vec<Vec<String>> = (5..=19).map(|l| vec![l.to_string()]).collect();
    assert_eq!(lines, expected);
    // The errored rows, as the run page and the export list them.
    let run_id = report.run_id.unwrap();
    let listed: Vec<(i64, Option<i64>, String)> = db
        .store
        .errored_rows(run_id)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.row_index, r.line, r.error_code))
        .collect();
    assert_eq!(
        listed,
        vec![
            (13, Some(18), "MISSING_NAME".to_string()),
            (14, Some(19), "INVALID_EMAIL".to_string())
        ]
    );
    let view = db
        .rows(&format!(
            "SELECT CAST(line AS INTEGER) FROM {} ORDER BY row_index",
            db.table("v_errored_rows")
        ))
        .await;
    assert_eq!(view, vec![vec!["18".to_string()], vec!["19".to_string()]]);
}

fn mapped(path: &std::path::Path, maps: &[(&str, &[&str])]) -> ImportRequest {
    ImportRequest {
        column_map: maps
            .iter()
            .map(|(f, cols)| (f.to_string(), cols.iter().map(|c| c.to_string()).collect()))
            .collect::<BTreeMap<_, _>>(),
        ..request(path, "acme")
    }
}

async fn column_map_and_header_row(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_dir, path) = temp_file(
        "acme.csv",
        b"Acme export\nClaimant Full,Mail,Given,Family\nAnn Lee,ann@x.io,Ann,Lee\nBob Roe,bob@x.io,Bob,Roe\n",
    );
    let run = |req: ImportRequest| {
        let store = db.store.clone();
        async move { pipeline::import(store.as_ref(), &req, &NoProgress, &CancelToken::new()).await }
    };
    // No name column: refused, and the unmapped header gets a suggestion.
    let err = run(ImportRequest {
        dry_run: true,
        ..request(&path, "acme")
    })
    .await
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Missing required columns: {'plaintiff_name'}. Headers found: Acme export"
    );
    // A column the file lacks: named, with the headers found.
    let err = run(mapped(&path, &[("plaintiff_name", &["Claimant Ful"])]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "MAP_COLUMN_NOT_FOUND");
    assert_eq!(
        err.to_string(),
        "--map plaintiff_name: the file has no column 'Claimant Ful'. Headers found: Acme export"
    );
    let err = run(mapped(&path, &[("plaintiff_nickname", &["Given"])]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "INVALID_ARGUMENT");
    assert!(
        err.to_string()
            .contains("plaintiff_name, firm_name, short_name"),
        "{err}"
    );
    // Mapped: the header is found on line 2, the name composed from two columns.
    let dry = run(ImportRequest {
        dry_run: true,
        ..mapped(
            &path,
            &[
                ("plaintiff_name", &["family", "GIVEN"]),
                ("contact_email", &["Mail"]),
            ],
        )
    })
    .await
    .unwrap();
    assert_eq!(dry.header_line, Some(2));
    assert_eq!((dry.fetched, dry.inserted), (2, 2));
    let suggested: Vec<(&str, Option<&str>)> = dry
        .columns
        .iter()
        .map(|c| (c.header.as_str(), c.suggestion.as_deref()))
        .collect();
    assert_eq!(
        suggested,
        vec![
            ("Claimant Full", None),
            ("Mail", None),
            ("Given", None),
            ("Family", None)
        ]
    );
    let report = run(mapped(
        &path,
        &[
            ("plaintiff_name", &["Claimant Full"]),
            ("contact_email", &["Mail"]),
        ],
    ))
    .await
    .unwrap();
    assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
    assert_eq!(
        (report.fetched, report.inserted, report.header_line),
        (2, 2, Some(2))
    );
    let names = db
        .rows(&format!(
            "SELECT plaintiff_name, contact_email FROM {} ORDER BY row_index",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert_eq!(
        names,
        vec![
            vec!["Ann Lee".to_string(), "ann@x.io".to_string()],
            vec!["Bob Roe".to_string(), "bob@x.io".to_string()]
        ]
    );

    // A chosen header row: line 1 is taken even though it is a title.
    let (_dir2, titled) = temp_file("t.csv", b"Name\nClient,Email\nCy Doe,cy@x.io\n");
    let auto = run(ImportRequest {
        dry_run: true,
        ..request(&titled, "acme")
    })
    .await
    .unwrap();
    assert_eq!((auto.header_line, auto.fetched), (Some(1), 2));
    let chosen = run(ImportRequest {
        dry_run: true,
        header_row: Some(2),
        ..request(&titled, "acme")
    })
    .await
    .unwrap();
    assert_eq!(
        (chosen.header_line, chosen.fetched, chosen.inserted),
        (Some(2), 1, 1)
    );
}

async fn suggestions_are_never_applied(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_dir, path) = temp_file("s.csv", b"Claimant,E-mial,Notes\nAnn Lee,ann@x.io,hi\n");
    let report = db.import(&request(&path, "acme")).await;
    let mapped: Vec<(Option<&str>, Option<&str>)> = report
        .columns
        .iter()
        .map(|c| (c.canonical.as_deref(), c.suggestion.as_deref()))
        .collect();
    assert_eq!(
        mapped,
        vec![
            (Some("plaintiff_name"), None),
            (None, Some("contact_email")),
            (None, None)
        ]
    );
    let email = db
        .rows(&format!(
            "SELECT contact_email FROM {}",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert_eq!(email, vec![vec!["NULL".to_string()]]);
}

async fn workbook_names_on_a_later_sheet(kind: BackendKind) {
    use rust_xlsxwriter::Workbook;
    let db = TestDb::new(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vendor.xlsx");
    let mut wb = Workbook::new();
    let cover = wb.add_worksheet();
    cover.set_name("Summary").unwrap();
    cover.write_string(0, 0, "Total").unwrap();
    cover.write_number(0, 1, 2.0).unwrap();
    let data = wb.add_worksheet();
    data.set_name("Roster").unwrap();
    data.write_string(0, 0, "Westfield roster").unwrap();
    for (c, h) in ["First Name", "Last Name", "Email Address"]
        .iter()
        .enumerate()
    {
        data.write_string(2, c as u16, *h).unwrap();
    }
    for (r, row) in [["Ann", "Lee", "ann@x.io"], ["Bob", "", "bob@x.io"]]
        .iter()
        .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            data.write_string(r as u32 + 3, c as u16, *v).unwrap();
        }
    }
    wb.save(&path).unwrap();
    let mut seen: Vec<PreviewRow> = Vec::new();
    let report = pipeline::preview(
        db.store.as_ref(),
        &request(&path, "acme"),
        &mut |rows| seen.extend(rows),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(report.sheet.as_deref(), Some("Roster"));
    assert_eq!(report.header_line, Some(3));
    assert_eq!((report.fetched, report.inserted), (2, 2));
    let rows: Vec<(Option<i64>, Option<&str>)> = seen
        .iter()
        .map(|r| (r.line, r.fields.plaintiff_name.as_deref()))
        .collect();
    assert_eq!(
        rows,
        vec![(Some(4), Some("Ann Lee")), (Some(5), Some("Bob"))]
    );
    // A chosen sheet is read even without names.
    let err = pipeline::import(
        db.store.as_ref(),
        &ImportRequest {
            sheet: Some("Summary".into()),
            ..request(&path, "acme")
        },
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Missing required columns: {'plaintiff_name'}. Headers found: Total, 2"
    );
}

conformance!(
    westfield_export,
    column_map_and_header_row,
    suggestions_are_never_applied,
    workbook_names_on_a_later_sheet,
);
