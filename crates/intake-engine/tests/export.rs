//! Moving up: the embedded SQLite history copied into a team PostgreSQL
//! database (`intake_engine::export`), against real databases.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use intake_engine::export::{export_sqlite_to_postgres, ExportReport, ALREADY_IN_TEAM_DATABASE};
use intake_engine::pipeline::complete_run;
use intake_engine::progress::NoProgress;
use intake_engine::storage::sqlite::SqliteStorage;
use intake_engine::{
    BatchIdentity, Claim, ErrorCode, ImportStatus, RunFilter, RunMeta, RunStatus, RunSummary,
};
use uuid::Uuid;

fn sqlite_path(db: &TestDb) -> &Path {
    Path::new(db.url.strip_prefix("sqlite://").expect("sqlite url"))
}

async fn export(source: &TestDb, target: &TestDb) -> ExportReport {
    export_sqlite_to_postgres(sqlite_path(source), &target.url, &NoProgress)
        .await
        .expect("export")
}

/// The run history as people see it, without the duration (SQLite rounds it).
fn history(runs: &[RunSummary]) -> Vec<String> {
    let mut lines: Vec<String> = runs
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {:?} {} {} {} {} {}/{}/{}/{} by {} at {:?}..{:?} error {:?} rollback {:?} {:?} {:?} pending {}",
                r.id,
                r.source_system,
                r.file_hash,
                r.source_batch_id,
                r.filename,
                r.file_kind,
                r.status.as_str(),
                r.is_reconciled.map_or("-", |ok| if ok { "reconciled" } else { "NOT reconciled" }),
                r.rows_fetched,
                r.rows_inserted,
                r.rows_skipped,
                r.rows_errored,
                r.imported_by,
                r.created_at,
                r.finished_at,
                r.error_message,
                r.rollback_reason,
                r.rolled_back_by,
                r.rolled_back_at,
                r.rows_pending
            )
        })
        .collect();
    lines.sort();
    lines
}

/// Every raw row, keyed by (run, row index), with `duplicate_of` as the
/// (run, row index) it points at, so both sides compare directly.
async fn raw_rows(db: &TestDb) -> Vec<Vec<String>> {
    let (ts, id_text) = match db.kind() {
        intake_engine::BackendKind::Postgres => (
            "to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
            "::text",
        ),
        intake_engine::BackendKind::Sqlite => ("x.created_at", ""),
    };
    readable(
        db.rows(&format!(
            "SELECT x.import_run_id{id_text}, CAST(x.row_index AS BIGINT), x.status,
                x.status_before_rollback, x.dedupe_key, x.plaintiff_name, x.firm_name,
                x.short_name, x.contact_name, x.contact_email, x.contact_phone,
                x.contact_address, x.source_reference, x.error_code, x.error_message,
                d.import_run_id{id_text}, CAST(d.row_index AS BIGINT), x.plaintiff_id{id_text}, {ts}
         FROM {raw} x LEFT JOIN {raw} d ON d.id = x.duplicate_of
         ORDER BY 1, 2",
            raw = db.table("plaintiffs_raw")
        ))
        .await,
    )
}

/// The raw payloads as JSON values (jsonb reorders keys and spacing).
async fn raw_payloads(db: &TestDb) -> Vec<(String, serde_json::Value)> {
    let id_text = if db.kind() == intake_engine::BackendKind::Postgres {
        "::text"
    } else {
        ""
    };
    db.rows(&format!(
        "SELECT import_run_id{id_text} || ':' || CAST(row_index AS TEXT), raw_payload{id_text}
         FROM {} ORDER BY import_run_id, row_index",
        db.table("plaintiffs_raw")
    ))
    .await
    .into_iter()
    .map(|r| {
        (
            r[0].clone(),
            serde_json::from_str(&r[1]).expect("payload is JSON"),
        )
    })
    .collect()
}

async fn plaintiffs(db: &TestDb) -> Vec<Vec<String>> {
    let (ts, del, id_text) = match db.kind() {
        intake_engine::BackendKind::Postgres => (
            "to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
            "to_char(p.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
            "::text",
        ),
        intake_engine::BackendKind::Sqlite => ("p.created_at", "p.deleted_at", ""),
    };
    readable(
        db.rows(&format!(
            "SELECT p.id{id_text}, p.plaintiff_name, p.firm_name, p.contact_email, p.contact_phone,
                p.contact_address, p.source_reference, p.source_system, p.dedupe_key,
                p.import_run_id{id_text}, r.import_run_id{id_text}, CAST(r.row_index AS BIGINT),
                {ts}, {del}, p.deleted_reason
         FROM {} p LEFT JOIN {} r ON r.id = p.raw_id ORDER BY 1",
            db.table("plaintiffs"),
            db.table("plaintiffs_raw")
        ))
        .await,
    )
}

/// (runs, runs reconciled) in PostgreSQL.
async fn reconciled(pg: &TestDb) -> (i64, i64) {
    (
        pg.scalar("SELECT count(*) FROM ingest.v_import_reconciliation")
            .await,
        pg.scalar("SELECT count(*) FROM ingest.v_import_reconciliation WHERE is_reconciled")
            .await,
    )
}

/// Live batch identities held twice (must always be none).
async fn duplicate_live_batches(pg: &TestDb) -> i64 {
    pg.scalar(
        "SELECT count(*) FROM (SELECT 1 FROM ingest.import_runs WHERE status IN ('processing', 'completed')
         GROUP BY source_system, coalesce(source_batch_id, ''), file_hash HAVING count(*) > 1) d",
    )
    .await
}

/// The string helper writes "?" for a value it cannot read: never expected here.
fn readable(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    assert!(
        rows.iter().flatten().all(|v| v != "?"),
        "unreadable value in {rows:?}"
    );
    assert!(!rows.is_empty());
    rows
}

fn counts(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// A run that failed: claimed, then failed with a reason (as a crash or a
/// database error mid-import records it).
async fn failed_run(db: &TestDb) -> Uuid {
    let id = BatchIdentity {
        source_system: "simplicity".into(),
        source_batch_id: Some("2025-01-broken".into()),
        file_hash: "ab".repeat(32),
    };
    let meta = RunMeta {
        filename: "broken.csv".into(),
        file_kind: "csv".into(),
        imported_by: Some("clerk".into()),
    };
    let Claim::Claimed(session) = db.store.claim(&id, &meta).await.unwrap() else {
        panic!("expected a claim")
    };
    let run_id = session.run_id();
    session
        .fail(
            ErrorCode::Parse,
            "Cannot parse the file: unterminated quote at record 7",
        )
        .await
        .unwrap();
    run_id
}

/// The samples as a clerk imports them alone, then rolls the jbi run back
/// and has one failed run: 4 terminal runs, 121 raw rows, 109 plaintiffs.
async fn local_history(sqlite: &TestDb) -> (Uuid, Uuid, Uuid, Uuid) {
    let first = sqlite
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    let update = sqlite
        .import(&request(
            &sample("plaintiffs_simplicity_update.csv"),
            "simplicity",
        ))
        .await;
    let jbi = sqlite
        .import(&request(
            &sample("plaintiffs_jbi_cp1252_semicolon.csv"),
            "jbi",
        ))
        .await;
    for report in [&first, &update, &jbi] {
        assert_eq!(report.status, ImportStatus::Completed, "{report:?}");
    }
    let jbi_run = jbi.run_id.unwrap();
    sqlite
        .store
        .rollback(
            jbi_run,
            "Vendor sent test data - Ticket #1234",
            Some("admin"),
        )
        .await
        .unwrap();
    let failed = failed_run(sqlite).await;
    (
        first.run_id.unwrap(),
        update.run_id.unwrap(),
        jbi_run,
        failed,
    )
}

#[tokio::test]
async fn export_copies_the_history_exactly_and_only_once() {
    let sqlite = TestDb::sqlite().await;
    let (_first, update_run, jbi_run, failed) = local_history(&sqlite).await;
    // A run still being imported is not copied.
    let processing_id = BatchIdentity {
        source_system: "jbi".into(),
        source_batch_id: None,
        file_hash: "cd".repeat(32),
    };
    let meta = RunMeta {
        filename: "busy.csv".into(),
        file_kind: "csv".into(),
        imported_by: None,
    };
    let Claim::Claimed(busy) = sqlite.store.claim(&processing_id, &meta).await.unwrap() else {
        panic!("expected a claim")
    };
    let processing_run = busy.run_id();

    let pg = TestDb::postgres().await;
    let report = export(&sqlite, &pg).await;
    assert_eq!(report.runs_copied, 4, "{report:?}");
    assert_eq!(report.runs_already_there, 0);
    assert_eq!(report.runs_skipped_processing, vec![processing_run]);
    assert_eq!(report.rows_copied, 121);
    assert_eq!(report.plaintiffs_copied, 109);
    assert_eq!(report.conflicts, Default::default());
    assert!(report.runs_changed_locally.is_empty());
    assert_eq!(report.source, sqlite_path(&sqlite).display().to_string());
    assert_eq!(report.target, pg.url);

    // Exact contents.
    assert_eq!(pg.count("import_runs").await, 4);
    assert_eq!(
        pg.raw_status_counts().await,
        counts(&[
            ("promoted", 105),
            ("skipped", 10),
            ("failed", 2),
            ("rolled_back", 4)
        ])
    );
    assert_eq!(pg.count("plaintiffs").await, 109);
    assert_eq!(pg.live_plaintiffs().await, 105);
    assert_eq!(reconciled(&pg).await, (4, 4));
    assert_eq!(pg.duplicate_live_keys().await, 0);

    // The run history is the same, run by run (the processing one aside).
    let local_runs: Vec<RunSummary> = sqlite
        .store
        .list_runs(&RunFilter::default())
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.id != processing_run)
        .collect();
    let team_runs = pg.store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(history(&team_runs), history(&local_runs));
    let rolled_back = team_runs.iter().find(|r| r.id == jbi_run).unwrap();
    assert_eq!(rolled_back.status, RunStatus::RolledBack);
    assert_eq!(
        rolled_back.rollback_reason.as_deref(),
        Some("Vendor sent test data - Ticket #1234")
    );
    assert_eq!(rolled_back.rolled_back_by.as_deref(), Some("admin"));
    let failed_summary = team_runs.iter().find(|r| r.id == failed).unwrap();
    assert_eq!(failed_summary.status, RunStatus::Failed);
    assert_eq!(
        failed_summary.error_message.as_deref(),
        Some("Cannot parse the file: unterminated quote at record 7")
    );
    assert_eq!(
        failed_summary.source_batch_id.as_deref(),
        Some("2025-01-broken")
    );

    // Every row, link and plaintiff is the same (raw ids are new; links are
    // compared as the (run, row index) they point at).
    assert_eq!(raw_rows(&pg).await, raw_rows(&sqlite).await);
    assert_eq!(raw_payloads(&pg).await, raw_payloads(&sqlite).await);
    assert_eq!(plaintiffs(&pg).await, plaintiffs(&sqlite).await);
    let blocked = pg.store.blocked_duplicates(update_run).await.unwrap();
    assert_eq!(blocked.len(), 10);
    assert!(blocked
        .iter()
        .all(|b| b.duplicate_of_filename.as_deref() == Some("plaintiffs_simplicity.csv")));
    assert_eq!(
        blocked,
        sqlite.store.blocked_duplicates(update_run).await.unwrap()
    );
    assert_eq!(
        pg.store.errored_rows(update_run).await.unwrap(),
        sqlite.store.errored_rows(update_run).await.unwrap()
    );
    // Provenance is recorded on every exported run.
    assert_eq!(
        pg.scalar("SELECT count(*) FROM ingest.import_runs WHERE error_details -> 'export' ->> 'from' = 'embedded'")
            .await,
        4
    );

    // Again: nothing new.
    let again = export(&sqlite, &pg).await;
    assert_eq!(
        (
            again.runs_copied,
            again.runs_already_there,
            again.rows_copied,
            again.plaintiffs_copied
        ),
        (0, 4, 0, 0),
        "{again:?}"
    );
    assert_eq!(pg.count("import_runs").await, 4);
    assert_eq!(pg.count("plaintiffs_raw").await, 121);
    assert_eq!(pg.count("plaintiffs").await, 109);

    // Once the busy import finishes, the next export copies just that run.
    complete_run(busy, 0, true).await.unwrap();
    let third = export(&sqlite, &pg).await;
    assert_eq!(
        (
            third.runs_copied,
            third.runs_already_there,
            third.rows_copied
        ),
        (1, 4, 0)
    );
    assert!(third.runs_skipped_processing.is_empty());
    assert_eq!(reconciled(&pg).await, (5, 5));

    // A run rolled back locally after its export is reported, not changed.
    sqlite
        .store
        .rollback(update_run, "wrong vendor file", None)
        .await
        .unwrap();
    let fourth = export(&sqlite, &pg).await;
    assert_eq!(fourth.runs_changed_locally, vec![update_run]);
    assert_eq!(fourth.runs_copied, 0);
    assert_eq!(
        pg.store.get_run(update_run).await.unwrap().unwrap().status,
        RunStatus::Completed
    );
}

#[tokio::test]
async fn export_into_a_team_database_that_already_has_some_of_the_data() {
    // The team imported the first sample file, and two of the jbi plaintiffs
    // from another file.
    let pg = TestDb::postgres().await;
    let team_first = pg
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    assert_eq!(team_first.status, ImportStatus::Completed);
    let (_dir, team_jbi_file) = temp_file(
        "jbi_partial.csv",
        "Name;Contact Email\nJosé Núñez;jose.nunez@example.es\nZoë Müller;zoe.muller@example.de\n"
            .as_bytes(),
    );
    let team_jbi = pg.import(&request(&team_jbi_file, "jbi")).await;
    assert_eq!(
        (team_jbi.inserted, team_jbi.skipped),
        (2, 0),
        "{team_jbi:?}"
    );

    // Locally, the clerk imported the same first file and the others.
    let sqlite = TestDb::sqlite().await;
    let first = sqlite
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    let update = sqlite
        .import(&request(
            &sample("plaintiffs_simplicity_update.csv"),
            "simplicity",
        ))
        .await;
    let jbi = sqlite
        .import(&request(
            &sample("plaintiffs_jbi_cp1252_semicolon.csv"),
            "jbi",
        ))
        .await;
    let (first_run, update_run, jbi_run) = (
        first.run_id.unwrap(),
        update.run_id.unwrap(),
        jbi.run_id.unwrap(),
    );

    let report = export(&sqlite, &pg).await;
    assert_eq!(report.runs_copied, 3, "{report:?}");
    assert_eq!(report.rows_copied, 121);
    assert_eq!(report.conflicts.superseded_runs.len(), 1);
    assert_eq!(report.conflicts.superseded_runs[0].run_id, first_run);
    assert_eq!(
        report.conflicts.superseded_runs[0].team_run_id,
        team_first.run_id.unwrap()
    );
    assert_eq!(report.conflicts.rows_already_live, 2);
    assert_eq!(report.conflicts.plaintiffs_not_copied, 2);
    // 100 soft-deleted plaintiffs of the superseded run, 5 + 2 live ones.
    assert_eq!(report.plaintiffs_copied, 107);

    // No unique index was bent: one live run per batch, one live row and
    // one live plaintiff per key, and every run reconciles.
    assert_eq!(duplicate_live_batches(&pg).await, 0);
    assert_eq!(pg.duplicate_live_keys().await, 0);
    assert_eq!(
        pg.scalar("SELECT count(*) FROM (SELECT 1 FROM public.plaintiffs WHERE deleted_at IS NULL GROUP BY dedupe_key HAVING count(*) > 1) d")
            .await,
        0
    );
    assert_eq!(reconciled(&pg).await, (5, 5));
    assert_eq!(pg.count("import_runs").await, 5);
    // Team: 100 + 2 promoted. Local: first 100 rolled back; update 5 promoted,
    // 10 skipped, 2 failed; jbi 2 promoted, 2 skipped.
    assert_eq!(
        pg.raw_status_counts().await,
        counts(&[
            ("promoted", 109),
            ("skipped", 12),
            ("failed", 2),
            ("rolled_back", 100)
        ])
    );
    assert_eq!(pg.count("plaintiffs").await, 209);
    assert_eq!(pg.live_plaintiffs().await, 109);

    // The superseded run is kept, as rolled back, with why and by whom.
    let superseded = pg.store.get_run(first_run).await.unwrap().unwrap();
    assert_eq!(superseded.status, RunStatus::RolledBack);
    assert_eq!(
        (superseded.rows_fetched, superseded.rows_inserted),
        (100, 100)
    );
    assert_eq!(superseded.is_reconciled, Some(true));
    assert_eq!(
        superseded.rollback_reason,
        Some(format!(
            "Superseded when exported from the embedded database: the team database had already imported this batch (run {})",
            team_first.run_id.unwrap()
        ))
    );
    assert_eq!(
        superseded.imported_by,
        first_summary_by(&sqlite, first_run).await
    );
    assert_eq!(
        pg.scalar(&format!(
            "SELECT count(*) FROM ingest.plaintiffs_raw WHERE import_run_id = '{first_run}'
             AND status = 'rolled_back' AND status_before_rollback = 'promoted'"
        ))
        .await,
        100
    );
    assert_eq!(
        pg.scalar(&format!(
            "SELECT count(*) FROM public.plaintiffs WHERE import_run_id = '{first_run}'
             AND deleted_at IS NOT NULL AND deleted_reason LIKE 'Superseded when exported%'"
        ))
        .await,
        100
    );
    // The team's run is untouched and still the live one.
    let team_run = pg
        .store
        .get_run(team_first.run_id.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (team_run.status, team_run.rows_inserted),
        (RunStatus::Completed, 100)
    );

    // The update run keeps its counts and links (to the local first run's rows).
    let update_summary = pg.store.get_run(update_run).await.unwrap().unwrap();
    assert_eq!(
        (
            update_summary.status,
            update_summary.rows_inserted,
            update_summary.rows_skipped,
            update_summary.rows_errored
        ),
        (RunStatus::Completed, 5, 10, 2)
    );
    let blocked = pg.store.blocked_duplicates(update_run).await.unwrap();
    assert_eq!(blocked.len(), 10);
    assert!(blocked
        .iter()
        .all(|b| b.duplicate_of_run_id == Some(first_run)));

    // The jbi run: the two plaintiffs the team already had landed as skipped,
    // pointing at the team's rows; its counts say so and remember the old ones.
    let jbi_summary = pg.store.get_run(jbi_run).await.unwrap().unwrap();
    assert_eq!(
        (
            jbi_summary.status,
            jbi_summary.rows_fetched,
            jbi_summary.rows_inserted,
            jbi_summary.rows_skipped
        ),
        (RunStatus::Completed, 4, 2, 2)
    );
    assert_eq!(jbi_summary.is_reconciled, Some(true));
    let jbi_blocked = pg.store.blocked_duplicates(jbi_run).await.unwrap();
    assert_eq!(
        jbi_blocked
            .iter()
            .map(|b| (
                b.plaintiff_name.clone().unwrap(),
                b.duplicate_of_run_id,
                b.duplicate_of_row_index
            ))
            .collect::<Vec<_>>(),
        vec![
            ("José Núñez".to_string(), team_jbi.run_id, Some(0)),
            ("Zoë Müller".to_string(), team_jbi.run_id, Some(1)),
        ]
    );
    assert_eq!(
        pg.rows(&format!(
            "SELECT error_code, error_message, coalesce(plaintiff_id::text, 'NULL') FROM ingest.plaintiffs_raw
             WHERE import_run_id = '{jbi_run}' AND status = 'skipped' ORDER BY row_index"
        ))
        .await,
        vec![
            vec![
                ALREADY_IN_TEAM_DATABASE.to_string(),
                "Already live in the team database when exported from the embedded database (was promoted there)".to_string(),
                "NULL".to_string()
            ];
            2
        ]
    );
    assert_eq!(
        pg.rows(&format!(
            "SELECT (error_details -> 'export' ->> 'rows_already_in_team_database'),
                    (error_details -> 'export' ->> 'rows_inserted_before_export'),
                    (error_details -> 'export' ->> 'rows_skipped_before_export')
             FROM ingest.import_runs WHERE id = '{jbi_run}'"
        ))
        .await,
        vec![vec!["2".to_string(), "4".to_string(), "0".to_string()]]
    );

    // Again: nothing new, nothing changed.
    let again = export(&sqlite, &pg).await;
    assert_eq!(
        (
            again.runs_copied,
            again.runs_already_there,
            again.rows_copied,
            again.plaintiffs_copied
        ),
        (0, 3, 0, 0)
    );
    assert!(again.runs_changed_locally.is_empty(), "{again:?}");
    assert_eq!(pg.count("plaintiffs_raw").await, 223);
    assert_eq!(pg.count("plaintiffs").await, 209);

    // The team can still import the next file; the batch is still theirs.
    let team_again = pg
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;
    assert_eq!(team_again.status, ImportStatus::Duplicate);
    assert_eq!(team_again.run_id, team_first.run_id);
}

async fn first_summary_by(sqlite: &TestDb, run: Uuid) -> String {
    sqlite
        .store
        .get_run(run)
        .await
        .unwrap()
        .unwrap()
        .imported_by
}

/// A key another import commits while the export is writing: the export's
/// row waits on the live-key index, then lands as skipped, not as an error.
#[tokio::test]
async fn a_key_that_goes_live_during_the_export_lands_as_skipped() {
    let sqlite = TestDb::sqlite().await;
    let jbi = sqlite
        .import(&request(
            &sample("plaintiffs_jbi_cp1252_semicolon.csv"),
            "jbi",
        ))
        .await;
    let jbi_run = jbi.run_id.unwrap();
    let pg = TestDb::postgres().await;

    // Another session lands one of the keys and keeps its transaction open.
    let (_dir, file) = temp_file(
        "one.csv",
        "Name;Contact Email\nZoë Müller;zoe.muller@example.de\n".as_bytes(),
    );
    let id = BatchIdentity {
        source_system: "jbi".into(),
        source_batch_id: Some("race".into()),
        file_hash: "ef".repeat(32),
    };
    let meta = RunMeta {
        filename: "one.csv".into(),
        file_kind: "csv".into(),
        imported_by: None,
    };
    let Claim::Claimed(mut session) = pg.store.claim(&id, &meta).await.unwrap() else {
        panic!("expected a claim")
    };
    drop(file);
    let key =
        intake_engine::dedupe_key::dedupe_key("jbi", "Zoë Müller", Some("zoe.muller@example.de"));
    let row = intake_engine::LandingRow {
        row_index: 0,
        line: None,
        dedupe_key: Some(key),
        fields: intake_engine::CanonicalFields {
            plaintiff_name: Some("Zoë Müller".into()),
            contact_email: Some("zoe.muller@example.de".into()),
            ..Default::default()
        },
        raw_payload: "{}".into(),
        kind: intake_engine::RowKind::Candidate,
        match_keys: Default::default(),
    }
    .with_match_keys();
    session.expect_promotion(true);
    let landed = session.land(&[row]).await.unwrap();
    assert_eq!(landed.inserted, 1);

    let path = sqlite_path(&sqlite).to_path_buf();
    let url = pg.url.clone();
    let exporting =
        tokio::spawn(async move { export_sqlite_to_postgres(&path, &url, &NoProgress).await });
    // Let the export reach the live-key index and wait there.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert!(
        !exporting.is_finished(),
        "the export should wait for the other import"
    );
    let (summary, _) = complete_run(session, 1, true).await.unwrap();
    let report = exporting.await.unwrap().expect("export");

    assert_eq!(report.rows_copied, 4);
    assert_eq!(report.conflicts.rows_already_live, 1);
    assert_eq!(report.conflicts.plaintiffs_not_copied, 1);
    assert_eq!(report.plaintiffs_copied, 3);
    assert_eq!(pg.duplicate_live_keys().await, 0);
    assert_eq!(reconciled(&pg).await, (2, 2));
    let blocked = pg.store.blocked_duplicates(jbi_run).await.unwrap();
    assert_eq!(blocked.len(), 1);
    assert_eq!(blocked[0].duplicate_of_run_id, Some(summary.id));
    assert_eq!(pg.live_plaintiffs().await, 4);
}

#[tokio::test]
async fn export_needs_a_migrated_target_and_an_intake_file() {
    let sqlite = TestDb::sqlite().await;
    sqlite
        .import(&request(&sample("plaintiffs_simplicity.csv"), "simplicity"))
        .await;

    // A database nobody migrated.
    let name = format!("intake_t_{}", Uuid::new_v4().simple());
    let admin = sqlx::PgPool::connect(PG_ADMIN_URL).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
    let err = export_sqlite_to_postgres(sqlite_path(&sqlite), &url, &NoProgress)
        .await
        .unwrap_err();
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&admin)
        .await
        .unwrap();
    assert_eq!(err.code(), "CONFIG_ERROR");
    assert_eq!(
        err.to_string(),
        "Configuration error: the target database has no intake schema yet: run `intake migrate --database URL` against it first"
    );

    // No file, or a file that is not an intake database.
    let pg = TestDb::postgres().await;
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.sqlite3");
    let err = export_sqlite_to_postgres(&missing, &pg.url, &NoProgress)
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "Invalid argument: there is no embedded database at {}: nothing to export",
            missing.display()
        )
    );
    assert!(!missing.exists(), "the export must not create the file");
    let other = dir.path().join("other.sqlite3");
    let store = SqliteStorage::open(&other).await.unwrap();
    store.pool().close().await;
    let err = export_sqlite_to_postgres(&other, &pg.url, &NoProgress)
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "Invalid argument: {} is not a Plaintiff Intake database (no import history in it)",
            other.display()
        )
    );
    assert_eq!(pg.count("import_runs").await, 0);
    admin.close().await;
}

/// Two exports of one file at once: one copies, the other waits and finds
/// everything already there.
#[tokio::test]
async fn two_exports_at_once_copy_everything_once() {
    let sqlite = TestDb::sqlite().await;
    local_history(&sqlite).await;
    let pg = TestDb::postgres().await;
    let (a, b) = tokio::join!(export(&sqlite, &pg), export(&sqlite, &pg));
    let mut outcomes = [
        (a.runs_copied, a.runs_already_there, a.rows_copied),
        (b.runs_copied, b.runs_already_there, b.rows_copied),
    ];
    outcomes.sort();
    assert_eq!(outcomes, [(0, 4, 0), (4, 0, 121)]);
    assert_eq!(pg.count("plaintiffs_raw").await, 121);
    assert_eq!(reconciled(&pg).await, (4, 4));
}
