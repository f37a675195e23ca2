//! The storage trait's scenarios (claim, land, promote, reconcile, roll back,
//! history), each run against PostgreSQL and SQLite by `conformance!`.
//! What only one backend has (roles, advisory locks, WAL, a killed process)
//! stays in `postgres_storage.rs` and `sqlite_storage.rs`.

mod claims;
mod landing;
mod matches;
mod run_page_seek;
mod run_pages;
mod runs;
mod updates;

use intake_engine::model::*;
pub use intake_engine::pipeline::complete_run;
use intake_engine::{BackendKind, Claim, ImportSession, Storage};
use uuid::Uuid;

use crate::common::TestDb;

/// An arbitrary 64-hex dedupe key, distinct per `n`.
pub fn key(n: u64) -> String {
    format!("{n:064x}")
}

pub fn identity(source: &str, batch: Option<&str>, hash: &str) -> BatchIdentity {
    BatchIdentity {
        source_system: source.into(),
        source_batch_id: batch.map(str::to_string),
        file_hash: hash.into(),
    }
}

pub fn meta(filename: &str) -> RunMeta {
    RunMeta {
        filename: filename.into(),
        file_kind: "csv".into(),
        imported_by: Some("tester".into()),
    }
}

/// A row to land. The firm name and payload carry the characters the bulk
/// paths must escape (tab, quote, backslash, newline).
pub fn candidate(row_index: i64, key_n: u64, name: &str) -> LandingRow {
    LandingRow {
        row_index,
        // Under a header on line 1.
        line: Some(row_index + 2),
        dedupe_key: Some(key(key_n)),
        fields: CanonicalFields {
            plaintiff_name: Some(name.into()),
            contact_email: Some(format!("{}@example.com", name.to_lowercase())),
            firm_name: Some("Firm\tWith \"tab\"\\ and\nnewline".into()),
            ..Default::default()
        },
        raw_payload: format!(r#"{{"PlaintiffName":"{name}","Note":"tab\there"}}"#),
        kind: RowKind::Candidate,
        match_keys: Default::default(),
    }
    .with_match_keys()
}

pub fn in_file_duplicate(
    row_index: i64,
    key_n: u64,
    first_row_index: i64,
    name: &str,
) -> LandingRow {
    LandingRow {
        kind: RowKind::InFileDuplicate { first_row_index },
        ..candidate(row_index, key_n, name)
    }
}

/// A row the pipeline found invalid (`name` is what the file had, if anything).
pub fn invalid(row_index: i64, name: Option<&str>, code: &str, message: &str) -> LandingRow {
    LandingRow {
        row_index,
        line: Some(row_index + 2),
        dedupe_key: None,
        fields: CanonicalFields {
            plaintiff_name: name.map(str::to_string),
            contact_email: Some("nobody@example.com".into()),
            ..Default::default()
        },
        raw_payload: r#"{"PlaintiffName":""}"#.into(),
        kind: RowKind::Invalid {
            code: code.into(),
            message: message.into(),
            field: Some("plaintiff_name".into()),
        },
        match_keys: Default::default(),
    }
    .with_match_keys()
}

pub async fn claim_session(
    store: &dyn Storage,
    id: &BatchIdentity,
    filename: &str,
) -> Box<dyn ImportSession> {
    match store.claim(id, &meta(filename)).await.expect("claim") {
        Claim::Claimed(session) => session,
        Claim::Duplicate(run) => panic!("expected claimed, got duplicate of {}", run.id),
        Claim::InProgress(run) => panic!("expected claimed, got in_progress of {}", run.id),
    }
}

pub fn outcome(claim: &Claim) -> (&'static str, Uuid) {
    match claim {
        Claim::Claimed(session) => ("claimed", session.run_id()),
        Claim::Duplicate(run) => ("duplicate", run.id),
        Claim::InProgress(run) => ("in_progress", run.id),
    }
}

/// Land `rows` as one run of source "simplicity" and finish it.
pub async fn import(
    store: &dyn Storage,
    hash: &str,
    filename: &str,
    rows: &[LandingRow],
    promote: bool,
) -> (RunSummary, Reconciliation) {
    let mut session = claim_session(store, &identity("simplicity", None, hash), filename).await;
    session.land(rows).await.expect("land");
    let (summary, reconciliation) = complete_run(session, rows.len() as i64, promote)
        .await
        .expect("finish");
    assert!(reconciliation.is_reconciled);
    (summary, reconciliation)
}

/// A raw row as `(row_index, status, the row it duplicates as (run, row_index),
/// linked to a plaintiff)`.
pub type RawRow = (i64, String, Option<(Uuid, i64)>, bool);

/// The raw rows of a run, in file order.
pub async fn raw_rows(db: &TestDb, run_id: Uuid) -> Vec<RawRow> {
    let raw = db.table("plaintiffs_raw");
    db.rows(&format!(
        "SELECT CAST(p.row_index AS BIGINT), p.status, CAST(d.import_run_id AS TEXT), \
                CAST(d.row_index AS BIGINT), \
                CAST(CASE WHEN p.plaintiff_id IS NULL THEN 0 ELSE 1 END AS BIGINT) \
           FROM {raw} p LEFT JOIN {raw} d ON d.id = p.duplicate_of \
          WHERE p.import_run_id = '{run_id}' ORDER BY p.row_index"
    ))
    .await
    .into_iter()
    .map(|r| {
        let duplicate_of =
            (r[2] != "NULL").then(|| (Uuid::parse_str(&r[2]).unwrap(), r[3].parse().unwrap()));
        (
            r[0].parse().unwrap(),
            r[1].clone(),
            duplicate_of,
            r[4] == "1",
        )
    })
    .collect()
}

/// `(code, message)` of a run's recorded error.
pub async fn error_details(db: &TestDb, run_id: Uuid) -> (String, String) {
    let rows = db
        .rows(&format!(
            "SELECT error_details ->> 'code', error_details ->> 'message' FROM {} WHERE id = '{run_id}'",
            db.table("import_runs")
        ))
        .await;
    (rows[0][0].clone(), rows[0][1].clone())
}

/// The value for `kind`: the backends differ here by design (stated where used).
pub fn per_backend<T>(kind: BackendKind, postgres: T, sqlite: T) -> T {
    match kind {
        BackendKind::Postgres => postgres,
        BackendKind::Sqlite => sqlite,
    }
}
