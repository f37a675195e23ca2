//! A run's page at scale: errored rows and blocked duplicates read a page at
//! a time (offset or keyset) with totals kept on the run, the kept counts
//! following promotion, rollback and a hard delete, and the CSV exports
//! walking the run page by page.

use intake_engine::model::*;
use intake_engine::run_csv::{run_csv, RunCsvKind};
use intake_engine::{ops, BackendKind, EngineError};
use uuid::Uuid;

use super::*;
use crate::common::TestDb;

/// 4,500 rows: even rows invalid, `4k+1` new, `4k+3` duplicates of `4k+1`.
pub(super) fn mixed_rows() -> Vec<LandingRow> {
    (0..4500)
        .map(|i| match i % 4 {
            0 | 2 => invalid(i, Some(&format!("Bad {i}")), "BAD_EMAIL", "not an email"),
            1 => candidate(i, i as u64, &format!("New{i}")),
            _ => in_file_duplicate(i, (i - 2) as u64, i - 2, &format!("new{}", i - 2)),
        })
        .collect()
}

fn indexes<T>(rows: &[T], index: impl Fn(&T) -> i64) -> Vec<i64> {
    rows.iter().map(index).collect()
}

async fn errored_rows_and_duplicates_are_paged_in_file_order(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let (run, _) = import(store, "p1", "big.csv", &mixed_rows(), false).await;
    let run = run.id;

    let page = store
        .errored_rows_page(run, RowPage::new(0, 3))
        .await
        .unwrap();
    assert_eq!((page.total, page.offset), (2250, 0));
    assert_eq!(indexes(&page.rows, |r| r.row_index), vec![0, 2, 4]);
    assert_eq!(page.rows[1].line, Some(4));
    assert_eq!(page.rows[1].plaintiff_name.as_deref(), Some("Bad 2"));
    assert_eq!(page.rows[1].error_code, "BAD_EMAIL");
    let page = store
        .errored_rows_page(run, RowPage::new(3, 3))
        .await
        .unwrap();
    assert_eq!(indexes(&page.rows, |r| r.row_index), vec![6, 8, 10]);
    // The last page is short; past the end is empty.
    let page = store
        .errored_rows_page(run, RowPage::new(2248, 10))
        .await
        .unwrap();
    assert_eq!(indexes(&page.rows, |r| r.row_index), vec![4496, 4498]);
    assert!(store
        .errored_rows_page(run, RowPage::new(2250, 10))
        .await
        .unwrap()
        .rows
        .is_empty());
    // Keyset: after a row index.
    let page = store
        .errored_rows_page(run, RowPage::after(4494, 5))
        .await
        .unwrap();
    assert_eq!(indexes(&page.rows, |r| r.row_index), vec![4496, 4498]);

    let dups = store
        .blocked_duplicates_page(run, RowPage::new(1, 2))
        .await
        .unwrap();
    assert_eq!((dups.total, dups.offset), (1125, 1));
    assert_eq!(indexes(&dups.rows, |r| r.row_index), vec![7, 11]);
    assert_eq!(dups.rows[0].duplicate_of_run_id, Some(run));
    assert_eq!(
        (dups.rows[0].duplicate_of_row_index, dups.rows[0].line),
        (Some(5), Some(9))
    );
    let dups = store
        .blocked_duplicates_page(run, RowPage::after(4491, 100))
        .await
        .unwrap();
    assert_eq!(indexes(&dups.rows, |r| r.row_index), vec![4495, 4499]);

    // An unknown run says so; pages are 1 to 5,000 rows.
    let missing = Uuid::new_v4();
    assert!(matches!(
        store.errored_rows_page(missing, RowPage::new(0, 10)).await,
        Err(EngineError::RunNotFound(id)) if id == missing
    ));
    assert!(matches!(
        store.blocked_duplicates_page(missing, RowPage::new(0, 10)).await,
        Err(EngineError::RunNotFound(id)) if id == missing
    ));
    for bad in [
        RowPage::new(0, 0),
        RowPage::new(-1, 10),
        RowPage::new(0, 5001),
    ] {
        assert!(matches!(
            ops::errored_rows_page(store, run, bad).await,
            Err(EngineError::InvalidArgument(_))
        ));
    }
    assert_eq!(
        ops::blocked_duplicates_page(store, run, RowPage::new(0, 5000))
            .await
            .unwrap()
            .rows
            .len(),
        1125
    );

    // The exports walk the run page by page (2,000 rows a page): every row
    // once, in file order.
    let csv = run_csv(store, run, RunCsvKind::ErroredRows).await.unwrap();
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines[0], "line,code,message,PlaintiffName");
    let first_cells: Vec<i64> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(
        first_cells,
        (0..4500).step_by(2).map(|i| i + 2).collect::<Vec<i64>>()
    );
    let csv = run_csv(store, run, RunCsvKind::BlockedDuplicates)
        .await
        .unwrap();
    let row_indexes: Vec<i64> = csv
        .split_terminator("\r\n")
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    assert_eq!(row_indexes, (3..4500).step_by(4).collect::<Vec<i64>>());
}

/// `(rows_pending, is_reconciled)` as the history lists the run, and as
/// `get_run` reads it (the same).
async fn listed(store: &dyn intake_engine::Storage, run: Uuid) -> (i64, Option<bool>) {
    let one = store.get_run(run).await.unwrap().unwrap();
    let listed = store
        .list_runs(&RunFilter::default())
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.id == run)
        .unwrap();
    assert_eq!(
        (one.rows_pending, one.is_reconciled),
        (listed.rows_pending, listed.is_reconciled)
    );
    (one.rows_pending, one.is_reconciled)
}

/// PostgreSQL's runbook view also shows promoted rows.
async fn promoted(db: &TestDb, kind: BackendKind, run: Uuid) -> Option<i64> {
    (kind == BackendKind::Postgres).then_some(())?;
    let rows = db
        .rows(&format!(
            "SELECT rows_promoted FROM ingest.v_import_runs_summary WHERE id = '{run}'"
        ))
        .await;
    Some(rows[0][0].parse().unwrap())
}

async fn kept_counts_follow_promotion_rollback_and_deletes(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let pg = |n: i64| per_backend(kind, Some(n), None);
    let rows = [
        candidate(0, 1, "Ann"),
        candidate(1, 2, "Bob"),
        candidate(2, 3, "Cy"),
        in_file_duplicate(3, 1, 0, "ann"),
        invalid(4, None, "MISSING_NAME", "plaintiff_name is empty"),
    ];
    let (a, _) = import(store, "k1", "a.csv", &rows, false).await;
    assert_eq!(listed(store, a.id).await, (3, Some(true)));
    assert_eq!(promoted(&db, kind, a.id).await, pg(0));

    // Promoted later: pending → promoted.
    assert_eq!(store.promote(Some(a.id)).await.unwrap().promoted, 3);
    assert_eq!(listed(store, a.id).await, (0, Some(true)));
    assert_eq!(promoted(&db, kind, a.id).await, pg(3));

    // Promoted by the import itself.
    let (b, _) = import(store, "k2", "b.csv", &[candidate(0, 10, "Dee")], true).await;
    assert_eq!(listed(store, b.id).await, (0, Some(true)));
    assert_eq!(promoted(&db, kind, b.id).await, pg(1));

    // Rolled back: nothing pending or promoted, still reconciled.
    let (c, _) = import(
        store,
        "k3",
        "c.csv",
        &[candidate(0, 20, "Eve"), candidate(1, 21, "Fay")],
        false,
    )
    .await;
    assert_eq!(listed(store, c.id).await, (2, Some(true)));
    store.rollback(c.id, "test data", None).await.unwrap();
    assert_eq!(listed(store, c.id).await, (0, Some(true)));
    assert_eq!(promoted(&db, kind, c.id).await, pg(0));
    store.rollback(a.id, "test data", None).await.unwrap();
    assert_eq!(listed(store, a.id).await, (0, Some(true)));
    assert_eq!(promoted(&db, kind, a.id).await, pg(0));
    assert_eq!(
        store
            .errored_rows_page(a.id, RowPage::new(0, 10))
            .await
            .unwrap()
            .total,
        1,
        "a rolled-back run keeps its errored rows"
    );

    // Promote everything pending: only the runs that had some move.
    let (d, _) = import(store, "k4", "d.csv", &[candidate(0, 30, "Gus")], false).await;
    assert_eq!(store.promote(None).await.unwrap().promoted, 1);
    assert_eq!(listed(store, d.id).await, (0, Some(true)));
    assert_eq!(promoted(&db, kind, d.id).await, pg(1));
    assert_eq!(promoted(&db, kind, b.id).await, pg(1));

    // A hard delete of a raw row shows at once in the history; the
    // reconciliation counts the rows themselves.
    let rows = [
        candidate(0, 40, "Hal"),
        invalid(1, None, "MISSING_NAME", "plaintiff_name is empty"),
    ];
    let (e, _) = import(store, "k5", "e.csv", &rows, false).await;
    assert_eq!(listed(store, e.id).await, (1, Some(true)));
    let raw = db.table("plaintiffs_raw");
    db.execute(&format!(
        "DELETE FROM {raw} WHERE import_run_id = '{}' AND row_index = 0",
        e.id
    ))
    .await;
    assert_eq!(listed(store, e.id).await, (0, Some(false)));
    let r = store.reconcile(e.id).await.unwrap();
    assert_eq!(
        (r.actual_total, r.inserted_discrepancy, r.is_reconciled),
        (1, 1, false)
    );

    // PostgreSQL: the kept counts are what a recount finds.
    if kind == BackendKind::Postgres {
        let view = "SELECT id::text, is_reconciled::text, rows_pending, rows_promoted \
                    FROM ingest.v_import_runs_summary ORDER BY id";
        let before = db.rows(view).await;
        db.execute("SELECT ingest.recount_import_runs(NULL)").await;
        assert_eq!(db.rows(view).await, before);
    }
}

conformance!(
    errored_rows_and_duplicates_are_paged_in_file_order,
    kept_counts_follow_promotion_rollback_and_deletes,
);
