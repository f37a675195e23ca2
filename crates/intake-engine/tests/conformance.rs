//! One conformance suite, two backends: every scenario below runs unchanged
//! against PostgreSQL and SQLite (see the `conformance!` macro at the end).

use crate::common;

use common::*;
use intake_engine::pipeline::complete_run;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::{pipeline, BackendKind, ImportStatus, RowFate, RunFilter, RunStatus};

/// Import the samples in the order of samples/README.md and check every count.
async fn samples_in_order(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let first = db
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    assert_eq!(first.status, ImportStatus::Completed, "{first:?}");
    assert_eq!(
        (first.fetched, first.inserted, first.skipped, first.errored),
        (100, 100, 0, 0)
    );
    assert_eq!(first.reconciled, Some(true));

    let again = db
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    assert_eq!(again.status, ImportStatus::Duplicate);
    assert_eq!(again.run_id, first.run_id);
    assert_eq!(
        pipeline::duplicate_line(&again),
        format!(
            "DUPLICATE BATCH: File 'plaintiffs_simplicity.csv' with hash {}... has already been imported. No action taken.",
            &first.file_hash[..12]
        )
    );

    let update = db
        .import(&request(
            &sample("plaintiffs_simplicity_update.csv"),
            "simplicity",
        ))
        .await;
    assert_eq!(update.status, ImportStatus::Completed, "{update:?}");
    assert_eq!(
        (
            update.fetched,
            update.inserted,
            update.skipped,
            update.errored
        ),
        (17, 5, 10, 2)
    );
    assert_eq!((update.skipped_in_file, update.skipped_existing), (0, 10));
    assert_eq!(update.reconciled, Some(true));

    let jbi = db
        .import(&request(
            &sample("plaintiffs_jbi_cp1252_semicolon.csv"),
            "jbi",
        ))
        .await;
    assert_eq!(
        (jbi.fetched, jbi.inserted, jbi.skipped, jbi.errored),
        (4, 4, 0, 0),
        "{jbi:?}"
    );
    assert_eq!(jbi.encoding, "windows-1252");
    assert_eq!(jbi.delimiter.as_deref(), Some(";"));

    let missing = pipeline::import(
        db.store.as_ref(),
        &request(&sample("missing_name_column.csv"), "simplicity"),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err();
    assert!(
        missing
            .to_string()
            .starts_with("Missing required columns: {'plaintiff_name'}"),
        "{missing}"
    );

    // Exactly what is stored: 3 completed runs, 121 raw rows, 109 live plaintiffs.
    let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 3);
    assert!(runs
        .iter()
        .all(|r| r.status == RunStatus::Completed && r.is_reconciled == Some(true)));
    assert_eq!(
        runs[0].filename, "plaintiffs_jbi_cp1252_semicolon.csv",
        "newest first"
    );
    let counts = db.raw_status_counts().await;
    assert_eq!(counts.get("promoted"), Some(&109));
    assert_eq!(counts.get("skipped"), Some(&10));
    assert_eq!(counts.get("failed"), Some(&2));
    assert_eq!(db.live_plaintiffs().await, 109);
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);

    // Accents survived the Windows-1252 decoding.
    let names = db
        .rows(&format!(
            "SELECT plaintiff_name FROM {} WHERE source_system = 'jbi' ORDER BY row_index",
            db.table("plaintiffs_raw")
        ))
        .await;
    assert!(names.iter().any(|r| r[0] == "José Núñez"), "{names:?}");
    assert!(names.iter().any(|r| r[0] == "Zoë Müller"), "{names:?}");
}

/// Skipped rows point at the live row they duplicate; errored rows carry codes.
async fn blocked_duplicates_and_errors_are_listed(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let first = db
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    let update = db
        .import(&request(
            &sample("plaintiffs_simplicity_update.csv"),
            "simplicity",
        ))
        .await;
    let run = update.run_id.unwrap();

    let blocked = db.store.blocked_duplicates(run).await.unwrap();
    assert_eq!(blocked.len(), 10);
    assert!(blocked
        .iter()
        .all(|b| b.duplicate_of_run_id == first.run_id));
    assert!(blocked.iter().all(|b| b.dedupe_key.len() == 64));

    let errored = db.store.errored_rows(run).await.unwrap();
    assert_eq!(errored.len(), 2);
    assert!(
        errored.iter().all(|e| e.error_code == "MISSING_NAME"),
        "{errored:?}"
    );

    let recon = db.store.reconcile(run).await.unwrap();
    assert_eq!(
        (
            recon.reported_inserted,
            recon.actual_inserted,
            recon.actual_skipped,
            recon.actual_errored,
            recon.actual_total
        ),
        (5, 5, 10, 2, 17)
    );
    assert!(recon.is_reconciled);
    assert_eq!(recon.inserted_discrepancy, 0);
}

/// Duplicates inside one file: the first occurrence wins, later ones point at it.
async fn in_file_duplicates(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let csv = "name,email\nJohn Doe,john@example.com\n  JOHN   DOE ,JOHN@EXAMPLE.COM\nJane Roe,jane@example.com\njohn doe,john@example.com\n";
    let (_d, path) = temp_file("dups.csv", csv.as_bytes());
    let dry = db
        .import(&ImportRequest {
            dry_run: true,
            ..request(&path, "acme")
        })
        .await;
    assert_eq!(
        (
            dry.fetched,
            dry.inserted,
            dry.skipped,
            dry.errored,
            dry.skipped_in_file
        ),
        (4, 2, 2, 0, 2)
    );
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (
            report.fetched,
            report.inserted,
            report.skipped,
            report.errored
        ),
        (4, 2, 2, 0)
    );
    let blocked = db
        .store
        .blocked_duplicates(report.run_id.unwrap())
        .await
        .unwrap();
    let mut pointers: Vec<(i64, Option<i64>)> = blocked
        .iter()
        .map(|b| (b.row_index, b.duplicate_of_row_index))
        .collect();
    pointers.sort();
    assert_eq!(pointers, vec![(1, Some(0)), (3, Some(0))]);
}

/// A dry run writes nothing and predicts the import exactly.
async fn dry_run_predicts_exactly(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    db.import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    let before = (
        db.count("import_runs").await,
        db.count("plaintiffs_raw").await,
        db.count("plaintiffs").await,
    );

    let mut fates = Vec::new();
    let req = request(&sample("plaintiffs_simplicity_update.csv"), "simplicity");
    let dry = pipeline::preview(
        db.store.as_ref(),
        &req,
        &mut |rows| fates.extend(rows),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(dry.status, ImportStatus::DryRun);
    assert_eq!(
        pipeline::summary_line(&dry),
        "Import DRY_RUN: 17 fetched, 5 inserted, 10 skipped, 2 errored"
    );
    assert_eq!(dry.skipped_existing, 10);
    assert_eq!(fates.len(), 17);
    assert_eq!(fates.iter().filter(|r| r.fate == RowFate::New).count(), 5);
    assert_eq!(
        fates
            .iter()
            .filter(|r| r.fate == RowFate::AlreadyInDatabase)
            .count(),
        10
    );
    assert_eq!(
        fates
            .iter()
            .filter(|r| matches!(r.fate, RowFate::Invalid { .. }))
            .count(),
        2
    );
    let after = (
        db.count("import_runs").await,
        db.count("plaintiffs_raw").await,
        db.count("plaintiffs").await,
    );
    assert_eq!(before, after, "a dry run writes nothing");

    let real = db.import(&req).await;
    assert_eq!(
        (real.fetched, real.inserted, real.skipped, real.errored),
        (dry.fetched, dry.inserted, dry.skipped, dry.errored)
    );

    // A dry run of an imported file says it is a duplicate batch.
    let dup = db
        .import(&ImportRequest {
            dry_run: true,
            ..req.clone()
        })
        .await;
    assert_eq!(dup.status, ImportStatus::Duplicate);
}

/// Rollback: reason required, rows marked, plaintiffs out, the batch and its
/// keys released so a corrected re-import works.
async fn rollback_and_reimport(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let req = request(&sample("plaintiffs_simplicity.csv"), "simplicity");
    let first = db.import(&req).await;
    let run = first.run_id.unwrap();

    let blank = db
        .store
        .rollback(run, "   ", Some("admin"))
        .await
        .unwrap_err();
    assert_eq!(blank.code(), "REASON_REQUIRED");

    let result = db
        .store
        .rollback(run, "Vendor sent test data - Ticket #1234", Some("admin"))
        .await
        .unwrap();
    assert_eq!(
        (result.rows_rolled_back, result.plaintiffs_removed),
        (100, 100)
    );
    assert_eq!(db.live_plaintiffs().await, 0);
    assert_eq!(db.raw_status_counts().await.get("rolled_back"), Some(&100));
    let summary = db.store.get_run(run).await.unwrap().unwrap();
    assert_eq!(summary.status, RunStatus::RolledBack);
    assert_eq!(
        summary.rollback_reason.as_deref(),
        Some("Vendor sent test data - Ticket #1234")
    );
    assert!(
        db.store.reconcile(run).await.unwrap().is_reconciled,
        "a rolled-back run still reconciles"
    );

    let again = db
        .store
        .rollback(run, "twice", Some("admin"))
        .await
        .unwrap_err();
    assert_eq!(again.code(), "NOT_ROLLBACKABLE");

    let reimport = db.import(&req).await;
    assert_eq!(reimport.status, ImportStatus::Completed);
    assert_ne!(reimport.run_id, first.run_id);
    assert_eq!((reimport.inserted, reimport.skipped), (100, 0));
    assert_eq!(db.live_plaintiffs().await, 100);
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);
}

/// The runbook's hard delete (raw rows, then the run) on a run that was NOT
/// rolled back first: its plaintiffs leave production with their raw rows (a
/// trigger), so the re-import it allows stores every plaintiff exactly once.
/// SQLite refuses the delete where foreign keys are on (the engine's
/// connections); the sqlite3 shell has them off, and gets the trigger.
async fn hard_delete_of_a_live_run(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let req = request(&sample("plaintiffs_simplicity.csv"), "simplicity");
    let first = db.import(&req).await;
    let run = first.run_id.unwrap();
    assert_eq!(db.live_plaintiffs().await, 100);

    let delete_raw_rows = format!(
        "DELETE FROM {} WHERE import_run_id = '{run}'",
        db.table("plaintiffs_raw")
    );
    let delete_run = format!("DELETE FROM {} WHERE id = '{run}'", db.table("import_runs"));
    let expected_reason = match kind {
        BackendKind::Postgres => {
            assert_eq!(db.execute(&delete_raw_rows).await, 100);
            db.execute(&delete_run).await;
            "Hard delete of its ingest.plaintiffs_raw row"
        }
        BackendKind::Sqlite => {
            let refused = db.try_execute(&delete_raw_rows).await.unwrap_err();
            assert!(
                refused
                    .to_string()
                    .contains("FOREIGN KEY constraint failed"),
                "{refused}"
            );
            assert_eq!(db.live_plaintiffs().await, 100);
            use sqlx::{Connection, Executor};
            let mut shell = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            shell.execute("PRAGMA foreign_keys = OFF").await.unwrap();
            let deleted = shell.execute(delete_raw_rows.as_str()).await.unwrap();
            assert_eq!(deleted.rows_affected(), 100);
            shell.execute(delete_run.as_str()).await.unwrap();
            shell.close().await.unwrap();
            "Hard delete of its plaintiffs_raw row"
        }
    };
    assert_eq!(db.live_plaintiffs().await, 0);
    let reasons = db
        .rows(&format!(
            "SELECT deleted_reason, CAST(COUNT(*) AS BIGINT) FROM {} GROUP BY deleted_reason",
            db.table("plaintiffs")
        ))
        .await;
    assert_eq!(
        reasons,
        vec![vec![expected_reason.to_string(), "100".into()]]
    );

    let reimport = db.import(&req).await;
    assert_eq!(reimport.status, ImportStatus::Completed);
    assert_eq!((reimport.inserted, reimport.skipped), (100, 0));
    assert_eq!(db.live_plaintiffs().await, 100);
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);
}

/// An explicit batch id makes the same bytes a new batch; its rows are all
/// duplicates of the first import.
async fn batch_id_and_source_identity(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let path = sample("plaintiffs_simplicity.csv");
    db.import(&request(&path, "simplicity")).await;
    // The same bytes under another name are the same batch.
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = copy_dir.path().join("renamed.csv");
    std::fs::copy(&path, &copy).unwrap();
    assert_eq!(
        db.import(&request(&copy, " Simplicity ")).await.status,
        ImportStatus::Duplicate
    );
    let b2 = db
        .import(&ImportRequest {
            batch_id: Some("B2".into()),
            ..request(&path, "simplicity")
        })
        .await;
    assert_eq!(b2.status, ImportStatus::Completed);
    assert_eq!((b2.inserted, b2.skipped), (0, 100));
    // Another source: another batch and other dedupe keys.
    let other = db.import(&request(&path, "jbi")).await;
    assert_eq!(
        (other.status, other.inserted),
        (ImportStatus::Completed, 100)
    );
}

/// --no-promote keeps rows pending until promote.
async fn no_promote_then_promote(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let report = db
        .import(&ImportRequest {
            promote: false,
            ..request(&sample("plaintiffs_simplicity.csv"), "simplicity")
        })
        .await;
    assert_eq!(
        (report.status, report.inserted),
        (ImportStatus::Completed, 100)
    );
    assert_eq!(db.raw_status_counts().await.get("pending"), Some(&100));
    assert_eq!(db.live_plaintiffs().await, 0);
    let summary = db
        .store
        .get_run(report.run_id.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(summary.rows_pending, 100);
    let promoted = db.store.promote(report.run_id).await.unwrap();
    assert_eq!(promoted.promoted, 100);
    assert_eq!(db.live_plaintiffs().await, 100);
    assert_eq!(db.raw_status_counts().await.get("promoted"), Some(&100));
    assert_eq!(
        db.store.promote(None).await.unwrap().promoted,
        0,
        "promote is idempotent"
    );
    assert!(
        db.store
            .reconcile(report.run_id.unwrap())
            .await
            .unwrap()
            .is_reconciled
    );
}

/// SSN / tax id / card columns are stored masked; nothing stores them in full.
async fn pii_is_never_stored_in_full(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let csv = "Plaintiff Name,Email,SSN,Tax ID,Card Number\nJohn Doe,john@example.com,123-45-6789,12-3456789,4111 1111 1111 1234\n";
    let (_d, path) = temp_file("pii.csv", csv.as_bytes());
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(report.inserted, 1);
    let payload = db
        .rows(&format!(
            "SELECT CAST(raw_payload AS TEXT) FROM {}",
            db.table("plaintiffs_raw")
        ))
        .await;
    let text = &payload[0][0];
    assert!(
        !text.contains("123-45-6789") && !text.contains("3456789") && !text.contains("4111 1111"),
        "{text}"
    );
    assert!(
        text.contains("6789") && text.contains("1234"),
        "last four kept: {text}"
    );
}

/// Formula- and SQL-looking names are stored literally.
async fn hostile_values_stored_literally(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let csv = "name,email\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",a@example.com\n\"Robert'); DROP TABLE plaintiffs;--\",b@example.com\n@SUM(A1),c@example.com\n";
    let (_d, path) = temp_file("hostile.csv", csv.as_bytes());
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!((report.inserted, report.errored), (3, 0), "{report:?}");
    let names = db
        .rows(&format!(
            "SELECT plaintiff_name FROM {} ORDER BY plaintiff_name",
            db.table("plaintiffs")
        ))
        .await;
    let names: Vec<&str> = names.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        vec![
            "=HYPERLINK(\"http://x\",\"y\")",
            "@SUM(A1)",
            "Robert'); DROP TABLE plaintiffs;--"
        ]
    );
}

/// Rows with too few or too many fields are errored, never abort the file.
async fn ragged_rows_are_errored(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let csv = "name,email,phone\nA One,a@example.com,1\nB Two,b@example.com\nC Three,c@example.com,3,extra\nD Four,d@example.com,4\n";
    let (_d, path) = temp_file("ragged.csv", csv.as_bytes());
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (report.fetched, report.inserted, report.errored),
        (4, 2, 2),
        "{report:?}"
    );
    let errored = db.store.errored_rows(report.run_id.unwrap()).await.unwrap();
    let codes: Vec<(i64, &str)> = errored
        .iter()
        .map(|e| (e.row_index, e.error_code.as_str()))
        .collect();
    assert_eq!(
        codes,
        vec![(1, "INVALID_FIELD_COUNT"), (2, "INVALID_FIELD_COUNT")]
    );
}

/// A NUL inside a value (possible in BOM-marked or UTF-16 files) is an
/// errored row on both backends, never a failed import.
async fn nul_characters_are_errored_rows(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, path) = temp_file(
        "nul.csv",
        b"\xEF\xBB\xBFname,email\nJohn\0Doe,john@example.com\nJane Roe,jane@example.com\n",
    );
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (report.status, report.inserted, report.errored),
        (ImportStatus::Completed, 1, 1),
        "{report:?}"
    );
    let errored = db.store.errored_rows(report.run_id.unwrap()).await.unwrap();
    assert_eq!(errored[0].error_code, "INVALID_ENCODING");
    assert_eq!(
        errored[0].error_message,
        "Line 2 contains a NUL byte (in plaintiff_name)"
    );
    assert_eq!(
        errored[0].plaintiff_name.as_deref(),
        Some("John\u{FFFD}Doe")
    );
}

/// A file without a header row: the message lists what it found, with
/// SSN-like values masked.
async fn headerless_file_message_masks_values(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, path) = temp_file(
        "noheader.csv",
        b"John Doe,123-45-6789,john@example.com\nJane Roe,987-65-4321,jane@example.com\n",
    );
    let err = pipeline::import(
        db.store.as_ref(),
        &request(&path, "acme"),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with("Missing required columns: {'plaintiff_name'}. Headers found: "),
        "{message}"
    );
    assert!(
        !message.contains("123-45-6789") && message.contains("6789"),
        "{message}"
    );
}

/// A header-only file imports as an empty, reconciled run.
async fn header_only_file(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d, path) = temp_file("header_only.csv", b"PlaintiffName,Email\n");
    let report = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (report.status, report.fetched, report.reconciled),
        (ImportStatus::Completed, 0, Some(true))
    );
}

/// Files that cannot be imported at all write nothing.
async fn bad_files_write_nothing(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_a, empty) = temp_file("empty.csv", b"");
    let (_b, binary) = temp_file("image.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    for (path, code) in [
        (empty, "EMPTY_FILE"),
        (binary, "BINARY_FILE"),
        (sample("missing_name_column.csv"), "MISSING_COLUMNS"),
    ] {
        let err = pipeline::import(
            db.store.as_ref(),
            &request(&path, "acme"),
            &NoProgress,
            &CancelToken::new(),
        )
        .await
        .unwrap_err();
        assert_eq!(err.code(), code, "{}", path.display());
    }
    assert_eq!(db.count("import_runs").await, 0);
}

/// Cancel rolls the run back: nothing lands, the run is recorded as failed,
/// and the batch can be imported afterwards.
async fn cancel_rolls_back(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let cancel = CancelToken::new();
    cancel.cancel();
    let req = request(&sample("plaintiffs_simplicity.csv"), "simplicity");
    let report = pipeline::import(db.store.as_ref(), &req, &NoProgress, &cancel)
        .await
        .unwrap();
    assert_eq!(report.status, ImportStatus::Failed);
    assert_eq!(report.error.as_ref().unwrap().code, "CANCELLED");
    assert_eq!(db.count("plaintiffs_raw").await, 0);
    let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].status, RunStatus::Failed);
    let again = db.import(&req).await;
    assert_eq!(
        (again.status, again.inserted),
        (ImportStatus::Completed, 100)
    );
}

/// Two vendor files of one source that share plaintiffs, in opposite order,
/// imported at the same time (two clerks): both complete, every shared
/// plaintiff is stored once (inserted by one run, skipped by the other) and
/// both runs reconcile. Without turns (PostgreSQL) this deadlocked: each
/// import met a key the other had landed but not committed. Now the second
/// lands after the first (SQLite: after its single write transaction).
async fn concurrent_imports_of_overlapping_files(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let rows = 60_000;
    let line = |i: usize| format!("Plaintiff {i},p{i}@example.com,Firm {}\n", i % 97);
    let mut forward = String::from("PlaintiffName,Email,FirmName\n");
    let mut backward = forward.clone();
    for i in 0..rows {
        forward.push_str(&line(i));
        // The second file: the same people last to first, plus 5,000 of its own.
        backward.push_str(&line(rows - 1 - i));
    }
    for i in rows..rows + 5_000 {
        backward.push_str(&line(i));
    }
    let (_a, file_a) = temp_file("vendor_monday.csv", forward.as_bytes());
    let (_b, file_b) = temp_file("vendor_tuesday.csv", backward.as_bytes());
    let mut tasks = Vec::new();
    for file in [file_a, file_b] {
        let store = db.store.clone();
        let req = request(&file, "acme");
        tasks.push(tokio::spawn(async move {
            pipeline::import(store.as_ref(), &req, &NoProgress, &CancelToken::new())
                .await
                .unwrap()
        }));
    }
    let mut reports = Vec::new();
    for t in tasks {
        reports.push(t.await.unwrap());
    }
    for report in &reports {
        assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
        assert_eq!(report.reconciled, Some(true), "{report:?}");
        assert!(
            db.store
                .reconcile(report.run_id.unwrap())
                .await
                .unwrap()
                .is_reconciled
        );
    }
    let inserted: i64 = reports.iter().map(|r| r.inserted).sum();
    let skipped: i64 = reports.iter().map(|r| r.skipped).sum();
    assert_eq!((inserted, skipped), (65_000, 60_000));
    assert_eq!(db.live_plaintiffs().await, 65_000);
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);
    // Every skipped row points at the live row it duplicates.
    let unlinked = db
        .scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM {raw} s LEFT JOIN {raw} o ON o.id = s.duplicate_of \
             WHERE s.status = 'skipped' AND (o.id IS NULL OR o.dedupe_key <> s.dedupe_key \
             OR o.status <> 'promoted')",
            raw = db.table("plaintiffs_raw")
        ))
        .await;
    assert_eq!(unlinked, 0);
}

/// 8 concurrent imports of one file: exactly one imports, the others are
/// duplicate or in progress, no key is live twice, every run reconciles.
async fn concurrent_imports_of_one_file(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let req = request(&sample("plaintiffs_simplicity.csv"), "simplicity");
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = db.store.clone();
        let req = req.clone();
        tasks.push(tokio::spawn(async move {
            pipeline::import(store.as_ref(), &req, &NoProgress, &CancelToken::new())
                .await
                .unwrap()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap().status);
    }
    let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
    let seen: Vec<(RunStatus, Option<String>)> = runs
        .iter()
        .map(|r| (r.status, r.error_message.clone()))
        .collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == ImportStatus::Completed)
            .count(),
        1,
        "{statuses:?} runs: {seen:?}"
    );
    assert!(statuses.iter().all(|s| matches!(
        s,
        ImportStatus::Completed | ImportStatus::Duplicate | ImportStatus::InProgress
    )));
    assert_eq!(db.live_plaintiffs().await, 100);
    assert_eq!(db.duplicate_live_keys().await, 0);
    assert_eq!(db.duplicate_live_plaintiffs().await, 0);
    assert_eq!(
        runs.iter()
            .filter(|r| r.status == RunStatus::Completed)
            .count(),
        1
    );
}

/// An Excel workbook goes through the same path: the first sheet by
/// default, or the sheet asked for; the same plaintiffs as a CSV dedupe.
async fn excel_workbooks(kind: BackendKind) {
    use rust_xlsxwriter::Workbook;
    let db = TestDb::new(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vendor.xlsx");
    let mut wb = Workbook::new();
    let cover = wb.add_worksheet();
    cover.set_name("Cover").unwrap();
    cover.write_string(0, 0, "Plaintiff Name").unwrap();
    cover.write_string(0, 1, "Email").unwrap();
    cover.write_string(1, 0, "Cover Person").unwrap();
    cover.write_string(1, 1, "cover@example.com").unwrap();
    let data = wb.add_worksheet();
    data.set_name("Plaintiffs").unwrap();
    for (c, h) in ["PlaintiffName", "E-mail", "Phone Number"]
        .iter()
        .enumerate()
    {
        data.write_string(0, c as u16, *h).unwrap();
    }
    let rows = [
        ("John Doe", "john@example.com"),
        ("Zoë Müller", "zoe@example.com"),
        ("", "blank@example.com"),
        ("JOHN DOE", "JOHN@example.com"),
    ];
    for (r, (name, email)) in rows.iter().enumerate() {
        data.write_string(r as u32 + 1, 0, *name).unwrap();
        data.write_string(r as u32 + 1, 1, *email).unwrap();
        data.write_number(r as u32 + 1, 2, 5550100.0 + r as f64)
            .unwrap();
    }
    wb.save(&path).unwrap();

    let first = db.import(&request(&path, "acme")).await;
    assert_eq!(
        (first.fetched, first.inserted, first.encoding.as_str()),
        (1, 1, "xlsx")
    );
    let sheet = db
        .import(&ImportRequest {
            sheet: Some("Plaintiffs".into()),
            ..request(&path, "acme")
        })
        .await;
    assert_eq!(
        (sheet.fetched, sheet.inserted, sheet.skipped, sheet.errored),
        (4, 2, 1, 1),
        "{sheet:?}"
    );
    assert_eq!(sheet.delimiter, None);
    let runs = db.store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(
        runs[0].source_batch_id.as_deref(),
        Some("sheet:Plaintiffs"),
        "another sheet is another batch"
    );
    let phones = db
        .rows(&format!(
            "SELECT contact_phone FROM {} WHERE plaintiff_name = 'John Doe'",
            db.table("plaintiffs")
        ))
        .await;
    assert_eq!(
        phones,
        vec![vec!["5550100".to_string()]],
        "whole numbers without .0"
    );
    let missing = pipeline::import(
        db.store.as_ref(),
        &ImportRequest {
            sheet: Some("Nope".into()),
            ..request(&path, "acme")
        },
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "Sheet 'Nope' was not found in the workbook"
    );
}

use intake_engine::ImportRequest;

conformance!(
    samples_in_order,
    blocked_duplicates_and_errors_are_listed,
    in_file_duplicates,
    dry_run_predicts_exactly,
    rollback_and_reimport,
    batch_id_and_source_identity,
    no_promote_then_promote,
    pii_is_never_stored_in_full,
    hostile_values_stored_literally,
    ragged_rows_are_errored,
    header_only_file,
    bad_files_write_nothing,
    cancel_rolls_back,
    concurrent_imports_of_one_file,
    excel_workbooks,
    nul_characters_are_errored_rows,
    headerless_file_message_masks_values,
    hard_delete_of_a_live_run,
    concurrent_imports_of_overlapping_files,
);

/// PostgreSQL only (SQLite has one writer at a time and no turns): an import
/// of a source whose turn another import holds says it is waiting, can be
/// cancelled while it waits (recorded as a failed, cancelled run), and
/// otherwise lands as soon as the other import has finished.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_import_waits_for_the_turn_of_its_source() {
    use intake_engine::model::{BatchIdentity, Phase, Progress, RunMeta};
    use intake_engine::storage::Claim;
    use std::sync::{Arc, Mutex};

    let db = TestDb::postgres().await;
    let identity = BatchIdentity {
        source_system: " Simplicity ".into(),
        source_batch_id: Some("held".into()),
        file_hash: "0".repeat(64),
    };
    let meta = RunMeta {
        filename: "held.csv".into(),
        file_kind: "csv".into(),
        imported_by: Some("clerk-a".into()),
    };
    let Claim::Claimed(mut holder) = db.store.claim(&identity, &meta).await.unwrap() else {
        panic!("the holder's batch should be claimed");
    };
    assert!(holder.try_take_turn().await.unwrap());
    // Another source is not held up.
    let other = db
        .import(&request(
            &sample("plaintiffs_simplicity.csv"),
            "another-vendor",
        ))
        .await;
    assert_eq!(other.status, ImportStatus::Completed);

    let req = request(&sample("plaintiffs_simplicity.csv"), "simplicity");
    // 1. Cancelled while waiting.
    let phases = Arc::new(Mutex::new(Vec::<Phase>::new()));
    let cancel = CancelToken::new();
    let sink = {
        let (phases, cancel) = (phases.clone(), cancel.clone());
        move |p: &Progress| {
            phases.lock().unwrap().push(p.phase);
            if p.phase == Phase::Waiting {
                cancel.cancel();
            }
        }
    };
    let cancelled = pipeline::import(db.store.as_ref(), &req, &sink, &cancel)
        .await
        .unwrap();
    assert_eq!(cancelled.status, ImportStatus::Failed);
    assert_eq!(cancelled.error.as_ref().unwrap().code, "CANCELLED");
    assert!(phases.lock().unwrap().contains(&Phase::Waiting));
    assert!(!phases.lock().unwrap().contains(&Phase::Landing));
    let run = db
        .store
        .get_run(cancelled.run_id.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(run.status, RunStatus::Failed);

    // 2. Waits, then lands once the holder has finished.
    let store = db.store.clone();
    let waiting = tokio::spawn(async move {
        pipeline::import(store.as_ref(), &req, &NoProgress, &CancelToken::new())
            .await
            .unwrap()
    });
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert!(!waiting.is_finished(), "it lands only after the holder");
    complete_run(holder, 0, true).await.unwrap();
    let landed = waiting.await.unwrap();
    assert_eq!(
        (landed.status, landed.inserted),
        (ImportStatus::Completed, 100)
    );
}
