//! Times the history and a run's page through the engine (the operations
//! the CLI and the app call), on a database filled by
//! `scripts/bench-history.sh`: the first page of the runs list (all, by
//! source, by status) and opening a run's page (its summary, the first page
//! of its errored rows and of its blocked duplicates), for the largest run
//! and a typical one. Prints the median of `--repeat` tries in ms.
//! `cargo run --release -p intake-engine --example bench_history -- URL [--repeat N]`

use std::future::Future;
use std::time::Instant;

use intake_engine::{ops, RowPage, RunFilter, RunStatus};
use uuid::Uuid;

async fn median_ms<F, Fut>(repeat: usize, mut f: F) -> f64
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()>,
{
    let mut times = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let started = Instant::now();
        f().await;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn line(label: &str, ms: f64, target: f64) {
    let verdict = if ms < target { "ok" } else { "OVER" };
    println!("  {label:<52} {ms:8.1} ms  (target < {target:.0} ms: {verdict})");
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let Some(url) = args.next() else {
        eprintln!("usage: bench_history URL [--repeat N]");
        std::process::exit(2);
    };
    let mut repeat = 11;
    while let Some(arg) = args.next() {
        if arg == "--repeat" {
            repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(repeat);
        }
    }
    let store = intake_engine::config::open(&url).await.expect("open");
    let store = store.as_ref();
    let first_page = |source: Option<&str>, status: Option<RunStatus>| RunFilter {
        source_system: source.map(str::to_string),
        status,
        limit: 20,
        ..Default::default()
    };
    // Warm the pool's connections and the server's caches once.
    let runs = ops::list_runs(store, first_page(None, None))
        .await
        .expect("runs");
    assert_eq!(runs.len(), 20, "the bench database has runs");
    let source = runs[0].source_system.clone();

    println!("history (first page of 20, engine):");
    for (label, filter) in [
        ("all runs", first_page(None, None)),
        ("source filter", first_page(Some(&source), None)),
        (
            "status filter (rolled_back)",
            first_page(None, Some(RunStatus::RolledBack)),
        ),
    ] {
        let ms = median_ms(repeat, || async {
            ops::list_runs(store, filter.clone()).await.expect("runs");
        })
        .await;
        line(label, ms, 50.0);
    }

    let all = ops::list_runs(
        store,
        RunFilter {
            limit: 0,
            ..Default::default()
        },
    )
    .await
    .expect("runs");
    let largest = all.iter().max_by_key(|r| r.rows_fetched).expect("a run");
    // Not the middle one: the bench makes run 500 of 1,000 the large one.
    let typical = &all[all.len() / 3];
    println!("run page (summary + first 100 errored rows + first 100 duplicates, engine):");
    for (label, run) in [("largest run", largest), ("typical run", typical)] {
        let id: Uuid = run.id;
        let ms = median_ms(repeat, || async {
            ops::get_run(store, id).await.expect("run");
            let errored = ops::errored_rows_page(store, id, RowPage::new(0, 100))
                .await
                .expect("errored");
            let dups = ops::blocked_duplicates_page(store, id, RowPage::new(0, 100))
                .await
                .expect("dups");
            assert!(errored.total == 0 || !errored.rows.is_empty());
            assert!(dups.total == 0 || !dups.rows.is_empty());
        })
        .await;
        line(&format!("{label} ({} rows)", run.rows_fetched), ms, 100.0);
        // Deep in the lists: the middle (off a page boundary, as a dragged
        // scrollbar lands) and the last page, each page a different one so
        // the server's cache does not answer for the seek.
        for (what, rows) in [
            ("errored rows", run.rows_errored),
            ("duplicates", run.rows_skipped),
        ] {
            for (at, offset) in [
                ("middle", rows / 2 + 37),
                ("last page", (rows - 100).max(0)),
            ] {
                let mut k = 0;
                let ms = median_ms(repeat, || {
                    k += 1;
                    let offset = (offset - k * 1_000).max(0);
                    async move {
                        let page = RowPage::new(offset, 100);
                        let n = if what == "duplicates" {
                            ops::blocked_duplicates_page(store, id, page)
                                .await
                                .expect("dups")
                                .rows
                                .len()
                        } else {
                            ops::errored_rows_page(store, id, page)
                                .await
                                .expect("errored")
                                .rows
                                .len()
                        };
                        assert!(n > 0 || rows == 0);
                    }
                })
                .await;
                line(&format!("  its {what}, {at} (offset ~{offset})"), ms, 100.0);
            }
        }
        // Scrolling on from a page: the next page by keyset.
        let ms = median_ms(repeat, || async {
            let page = RowPage::new((run.rows_skipped / 2).max(0), 100);
            let dups = ops::blocked_duplicates_page(store, id, page)
                .await
                .expect("dups");
            if let Some(last) = dups.rows.last() {
                ops::blocked_duplicates_page(store, id, RowPage::after(last.row_index, 100))
                    .await
                    .expect("dups");
            }
        })
        .await;
        line(
            "  a middle page of duplicates and the next (keyset)",
            ms,
            100.0,
        );
    }
    // The reconciliation counts the rows themselves (shown after the page).
    let ms = median_ms(3, || async {
        ops::reconcile(store, largest.id).await.expect("reconcile");
    })
    .await;
    println!(
        "  reconciliation of the largest run (counts its rows; the page shows it when ready): {ms:.1} ms"
    );
}
