//! Vendor updates (issue 11 part A): a row whose key is live but whose
//! other fields differ is seen (dry run, preview, report), applied only when
//! asked (logged in `plaintiff_changes`), and restored by a rollback —
//! unless a later run changed the field again (a conflict, left as it is).

use intake_engine::model::*;
use intake_engine::pipeline;
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::BackendKind;
use uuid::Uuid;

use crate::common::{temp_file, TestDb};

const HEADER: &str = "PlaintiffName,Email,Phone,Address,Firm\n";

const BASE: &str = "Ann Lee,ann@example.com,555-0100,1 Main St,Acme\n\
                    Bob Ray,bob@example.com,555-0200,2 Oak Ave,Acme\n\
                    Cy Po,cy@example.com,555-0300,3 Elm Rd,Acme\n";

fn file(name: &str, rows: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    temp_file(name, format!("{HEADER}{rows}").as_bytes())
}

fn req(path: &std::path::Path, apply: bool) -> ImportRequest {
    ImportRequest {
        apply_updates: apply,
        ..crate::common::request(path, "vendor")
    }
}

/// `(name, phone, address, firm)` of the live plaintiffs, by name.
async fn plaintiffs(db: &TestDb) -> Vec<Vec<String>> {
    db.rows(&format!(
        "SELECT plaintiff_name, contact_phone, contact_address, firm_name FROM {} \
          WHERE deleted_at IS NULL ORDER BY plaintiff_name",
        db.table("plaintiffs")
    ))
    .await
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// `(kind, name, field, old, new)` of a run's change log.
async fn log(db: &TestDb, run: Uuid) -> Vec<(String, String, String, String, String)> {
    db.store
        .plaintiff_changes(run)
        .await
        .unwrap()
        .into_iter()
        .map(|c| {
            (
                c.kind,
                c.plaintiff_name.unwrap_or_default(),
                c.field,
                c.old_value.unwrap_or_else(|| "NULL".into()),
                c.new_value.unwrap_or_else(|| "NULL".into()),
            )
        })
        .collect()
}

fn entry(
    kind: &str,
    name: &str,
    field: &str,
    old: &str,
    new: &str,
) -> (String, String, String, String, String) {
    (
        kind.into(),
        name.into(),
        field.into(),
        old.into(),
        new.into(),
    )
}

async fn changed_rows_are_seen_applied_and_restored(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d1, base) = file("base.csv", BASE);
    let first = db.import(&req(&base, false)).await;
    assert_eq!(
        (first.inserted, first.skipped_changed, first.updated),
        (3, 0, 0)
    );

    // Ann: a new phone. Bob: blank phone and firm (never erase), a new
    // address. Cy: the same. Dee: new.
    let (_d2, update) = file(
        "update.csv",
        "Ann Lee,ann@example.com,555-0111,1 Main St,Acme\n\
         Bob Ray,bob@example.com,,9 New Rd,\n\
         Cy Po,cy@example.com,555-0300,3 Elm Rd,Acme\n\
         Dee Su,dee@example.com,555-0400,4 Pine Ct,Acme\n",
    );
    let mut rows = Vec::new();
    let dry = pipeline::preview(
        db.store.as_ref(),
        &req(&update, false),
        &mut |r| rows.extend(r),
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(
        (
            dry.inserted,
            dry.skipped,
            dry.skipped_existing,
            dry.skipped_changed,
            dry.updated
        ),
        (1, 3, 3, 2, 0)
    );
    let changes: Vec<(i64, Vec<FieldChange>)> = rows
        .iter()
        .map(|r| (r.row_index, r.changes.clone()))
        .collect();
    let change = |field: &str, old: &str, new: &str| FieldChange {
        field: field.into(),
        old: Some(old.into()),
        new: new.into(),
    };
    assert_eq!(
        changes,
        vec![
            (0, vec![change("contact_phone", "555-0100", "555-0111")]),
            (1, vec![change("contact_address", "2 Oak Ave", "9 New Rd")]),
            (2, vec![]),
            (3, vec![]),
        ]
    );
    assert_eq!(rows[0].fate, RowFate::AlreadyInDatabase);
    // Asked to apply, the dry run predicts the plaintiffs it would change.
    let dry_apply = pipeline::import(
        db.store.as_ref(),
        &ImportRequest {
            dry_run: true,
            ..req(&update, true)
        },
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .unwrap();
    assert_eq!((dry_apply.skipped_changed, dry_apply.updated), (2, 2));

    let run = db.import(&req(&update, true)).await;
    assert_eq!(run.status, ImportStatus::Completed);
    assert_eq!(
        (run.fetched, run.inserted, run.skipped, run.errored),
        (4, 1, 3, 0)
    );
    assert_eq!((run.skipped_changed, run.updated), (2, 2));
    assert_eq!(run.reconciled, Some(true));
    let run_id = run.run_id.unwrap();
    assert!(db.store.reconcile(run_id).await.unwrap().is_reconciled);
    assert_eq!(
        plaintiffs(&db).await,
        vec![
            row(&["Ann Lee", "555-0111", "1 Main St", "Acme"]),
            row(&["Bob Ray", "555-0200", "9 New Rd", "Acme"]),
            row(&["Cy Po", "555-0300", "3 Elm Rd", "Acme"]),
            row(&["Dee Su", "555-0400", "4 Pine Ct", "Acme"]),
        ]
    );
    assert_eq!(
        log(&db, run_id).await,
        vec![
            entry("update", "Ann Lee", "contact_phone", "555-0100", "555-0111"),
            entry(
                "update",
                "Bob Ray",
                "contact_address",
                "2 Oak Ave",
                "9 New Rd"
            ),
        ]
    );
    let logged = db.store.plaintiff_changes(run_id).await.unwrap();
    assert_eq!(logged[0].line, Some(2));
    assert_eq!(logged[1].line, Some(3));

    let rolled = db
        .store
        .rollback(run_id, "wrong file", Some("ann"))
        .await
        .unwrap();
    assert_eq!(
        (
            rolled.rows_rolled_back,
            rolled.plaintiffs_removed,
            rolled.fields_restored
        ),
        (4, 1, 2)
    );
    assert_eq!(rolled.conflicts, vec![]);
    assert_eq!(
        plaintiffs(&db).await,
        vec![
            row(&["Ann Lee", "555-0100", "1 Main St", "Acme"]),
            row(&["Bob Ray", "555-0200", "2 Oak Ave", "Acme"]),
            row(&["Cy Po", "555-0300", "3 Elm Rd", "Acme"]),
        ]
    );
    assert_eq!(
        log(&db, run_id).await,
        vec![
            entry("update", "Ann Lee", "contact_phone", "555-0100", "555-0111"),
            entry(
                "update",
                "Bob Ray",
                "contact_address",
                "2 Oak Ave",
                "9 New Rd"
            ),
            entry(
                "restore",
                "Bob Ray",
                "contact_address",
                "9 New Rd",
                "2 Oak Ave"
            ),
            entry(
                "restore",
                "Ann Lee",
                "contact_phone",
                "555-0111",
                "555-0100"
            ),
        ]
    );
    // The log is append-only for everyone but its writers.
    if kind == BackendKind::Sqlite {
        assert!(db
            .try_execute("DELETE FROM plaintiff_changes")
            .await
            .is_err());
    }
}

async fn changed_rows_are_only_counted_unless_asked(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d1, base) = file("base.csv", BASE);
    db.import(&req(&base, false)).await;
    let (_d2, update) = file("update.csv", "Ann Lee,ann@example.com,555-0111,,\n");
    let run = db.import(&req(&update, false)).await;
    assert_eq!((run.skipped, run.skipped_changed, run.updated), (1, 1, 0));
    assert_eq!(
        plaintiffs(&db).await[0],
        row(&["Ann Lee", "555-0100", "1 Main St", "Acme"])
    );
    assert_eq!(log(&db, run.run_id.unwrap()).await, vec![]);

    // A live twin still pending review has no plaintiff: the change is
    // counted, nothing is applied.
    let (_d3, pending) = file(
        "pending.csv",
        "Eve Ng,eve@example.com,555-0500,5 Bay St,Acme\n",
    );
    db.import(&ImportRequest {
        promote: false,
        ..req(&pending, false)
    })
    .await;
    let (_d4, update2) = file("update2.csv", "Eve Ng,eve@example.com,555-0555,,\n");
    let run2 = db.import(&req(&update2, true)).await;
    assert_eq!(
        (run2.skipped, run2.skipped_changed, run2.updated),
        (1, 1, 0)
    );
    assert_eq!(log(&db, run2.run_id.unwrap()).await, vec![]);
}

async fn a_rollback_leaves_fields_a_later_run_changed(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let (_d1, base) = file("base.csv", BASE);
    db.import(&req(&base, false)).await;
    let (_d2, u1) = file(
        "u1.csv",
        "Ann Lee,ann@example.com,555-0111,,\nBob Ray,bob@example.com,,9 New Rd,\n",
    );
    let run1 = db.import(&req(&u1, true)).await;
    assert_eq!(run1.updated, 2);
    let (_d3, u2) = file("u2.csv", "Ann Lee,ann@example.com,555-0222,,\n");
    let run2 = db.import(&req(&u2, true)).await;
    assert_eq!(run2.updated, 1);

    // Rolling back the first: Ann's phone was changed again by the second
    // run (a conflict, left as it is); Bob's address is restored.
    let rolled = db
        .store
        .rollback(run1.run_id.unwrap(), "wrong file", None)
        .await
        .unwrap();
    assert_eq!(rolled.fields_restored, 1);
    let conflicts: Vec<_> = rolled
        .conflicts
        .iter()
        .map(|c| {
            (
                c.kind.as_str(),
                c.plaintiff_name.as_deref(),
                c.field.as_str(),
                c.old_value.as_deref(),
                c.new_value.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        conflicts,
        vec![(
            "conflict",
            Some("Ann Lee"),
            "contact_phone",
            Some("555-0100"),
            Some("555-0222")
        )]
    );
    assert_eq!(
        plaintiffs(&db).await[..2],
        [
            row(&["Ann Lee", "555-0222", "1 Main St", "Acme"]),
            row(&["Bob Ray", "555-0200", "2 Oak Ave", "Acme"]),
        ]
    );
    // Rolling back the second puts back what it replaced.
    let rolled2 = db
        .store
        .rollback(run2.run_id.unwrap(), "also wrong", None)
        .await
        .unwrap();
    assert_eq!((rolled2.fields_restored, rolled2.conflicts.len()), (1, 0));
    assert_eq!(
        plaintiffs(&db).await[0],
        row(&["Ann Lee", "555-0111", "1 Main St", "Acme"])
    );
}

conformance!(
    changed_rows_are_seen_applied_and_restored,
    changed_rows_are_only_counted_unless_asked,
    a_rollback_leaves_fields_a_later_run_changed,
);
