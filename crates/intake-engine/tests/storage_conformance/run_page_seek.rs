//! A page anywhere in a run's errored rows or blocked duplicates: read from
//! the run's marks (PG 0015 / SQLite 0010: every 100th row's row_index), the
//! same rows as a walk from the start, and exact when the marks no longer
//! match the run's rows (a hard delete) or a keyset is given.

use intake_engine::model::*;
use intake_engine::BackendKind;
use uuid::Uuid;

use super::run_pages::mixed_rows;
use super::*;
use crate::common::TestDb;

fn indexes<T>(rows: &[T], index: impl Fn(&T) -> i64) -> Vec<i64> {
    rows.iter().map(index).collect()
}

/// `(kind, ordinal, row_index, of_rows)` of the run's marks.
async fn marks(db: &TestDb, run: Uuid) -> Vec<(String, i64, i64, i64)> {
    let table = db.table("run_row_marks");
    db.rows(&format!(
        "SELECT kind, ordinal, row_index, of_rows FROM {table} \
         WHERE import_run_id = '{run}' ORDER BY kind, ordinal"
    ))
    .await
    .into_iter()
    .map(|r| {
        (
            r[0].clone(),
            r[1].parse().unwrap(),
            r[2].parse().unwrap(),
            r[3].parse().unwrap(),
        )
    })
    .collect()
}

async fn errored_at(store: &dyn Storage, run: Uuid, page: RowPage) -> (i64, Vec<i64>) {
    let page = store.errored_rows_page(run, page).await.unwrap();
    (page.total, indexes(&page.rows, |r| r.row_index))
}

async fn duplicates_at(store: &dyn Storage, run: Uuid, page: RowPage) -> (i64, Vec<i64>) {
    let page = store.blocked_duplicates_page(run, page).await.unwrap();
    (page.total, indexes(&page.rows, |r| r.row_index))
}

async fn any_page_is_the_rows_at_its_position(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    // 4,500 rows: errored at even indexes (2,250), duplicates at 4k+3 (1,125).
    let (run, _) = import(store, "s1", "big.csv", &mixed_rows(), false).await;
    let run = run.id;

    // Completing the run marked every 100th of each list.
    let marked = marks(&db, run).await;
    let expected: Vec<(String, i64, i64, i64)> = (1..=22)
        .map(|k| ("failed".to_string(), k * 100, k * 200, 2250))
        .chain((1..=11).map(|k| ("skipped".to_string(), k * 100, k * 400 + 3, 1125)))
        .collect();
    assert_eq!(marked, expected);

    // Error at position p is row 2p; duplicate at p is row 4p+3.
    for p in [
        0, 1, 99, 100, 101, 150, 199, 200, 1234, 1999, 2000, 2199, 2200, 2243,
    ] {
        let want: Vec<i64> = (p..(p + 7).min(2250)).map(|q| 2 * q).collect();
        assert_eq!(
            errored_at(store, run, RowPage::new(p, 7)).await,
            (2250, want),
            "errored rows from position {p}"
        );
    }
    for p in [0, 99, 100, 550, 1099, 1100, 1120] {
        let want: Vec<i64> = (p..(p + 10).min(1125)).map(|q| 4 * q + 3).collect();
        assert_eq!(
            duplicates_at(store, run, RowPage::new(p, 10)).await,
            (1125, want),
            "duplicates from position {p}"
        );
    }
    // Past the end: nothing; the last page is short.
    assert_eq!(
        errored_at(store, run, RowPage::new(2250, 5)).await.1,
        Vec::<i64>::new()
    );
    assert_eq!(
        errored_at(store, run, RowPage::new(9999, 5)).await.1,
        Vec::<i64>::new()
    );
    assert_eq!(
        duplicates_at(store, run, RowPage::new(1123, 100)).await.1,
        vec![4495, 4499]
    );
    // Every page, walked as the table scrolls, is the list in order.
    let mut walked = Vec::new();
    for p in (0..2250).step_by(100) {
        walked.extend(errored_at(store, run, RowPage::new(p, 100)).await.1);
    }
    assert_eq!(walked, (0..2250).map(|q| 2 * q).collect::<Vec<i64>>());
    // A keyset page counts its offset after the row given, marks or not.
    let page = RowPage {
        offset: 150,
        limit: 3,
        after_row_index: Some(1000),
    };
    assert_eq!(errored_at(store, run, page).await.1, vec![1302, 1304, 1306]);
    assert_eq!(
        duplicates_at(store, run, RowPage::after(2003, 2)).await.1,
        vec![2007, 2011]
    );

    // A rollback keeps the rows' status before it: same marks, same pages.
    store.rollback(run, "test data", None).await.unwrap();
    assert_eq!(marks(&db, run).await, expected);
    assert_eq!(
        errored_at(store, run, RowPage::new(1500, 2)).await,
        (2250, vec![3000, 3002])
    );

    // A hard delete of an errored row (position 5, row 10) moves the kept
    // count: the marks no longer match it and are not used; pages stay exact.
    let raw = db.table("plaintiffs_raw");
    db.execute(&format!(
        "DELETE FROM {raw} WHERE import_run_id = '{run}' AND row_index = 10"
    ))
    .await;
    assert_eq!(
        errored_at(store, run, RowPage::new(4, 3)).await,
        (2249, vec![8, 12, 14])
    );
    assert_eq!(
        errored_at(store, run, RowPage::new(200, 2)).await,
        (2249, vec![402, 404])
    );
    assert_eq!(
        errored_at(store, run, RowPage::new(2247, 5)).await.1,
        vec![4496, 4498]
    );
    // The duplicates' marks still match their count.
    assert_eq!(
        duplicates_at(store, run, RowPage::new(700, 1)).await,
        (1125, vec![2803])
    );
}

async fn a_small_run_has_no_marks(kind: BackendKind) {
    let db = TestDb::new(kind).await;
    let store = db.store.as_ref();
    let rows: Vec<LandingRow> = (0..150)
        .map(|i| invalid(i, None, "MISSING_NAME", "plaintiff_name is empty"))
        .collect();
    let (run, _) = import(store, "s2", "small.csv", &rows, false).await;
    assert_eq!(
        marks(&db, run.id).await,
        vec![("failed".to_string(), 100, 100, 150)]
    );
    let (run, _) = import(store, "s3", "tiny.csv", &rows[..100], false).await;
    assert_eq!(marks(&db, run.id).await, vec![]);
    assert_eq!(
        errored_at(store, run.id, RowPage::new(98, 5)).await,
        (100, vec![98, 99])
    );
}

conformance!(
    any_page_is_the_rows_at_its_position,
    a_small_run_has_no_marks,
);
