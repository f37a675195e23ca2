//! Measures what the intake clerk sees after dropping a file, on the embedded
//! backend: the time to the first preview rows and to the full dry run, then
//! how often progress updates arrive during the import (the UI wants ≥ 4/s).
//! `cargo run --release -p intake-engine --example preview_latency -- FILE [SOURCE]`

use std::sync::Mutex;
use std::time::{Duration, Instant};

use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::storage::sqlite::SqliteStorage;
use intake_engine::{pipeline, ImportRequest, Storage};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: preview_latency FILE [SOURCE]");
        std::process::exit(2);
    };
    let source = args.next().unwrap_or_else(|| "bench".to_string());
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SqliteStorage::open(&dir.path().join("intake.sqlite3"))
        .await
        .expect("open");
    store.migrate().await.expect("migrate");
    let req = ImportRequest {
        path: file.into(),
        source,
        promote: true,
        ..Default::default()
    };
    let started = Instant::now();
    let mut first_rows = None;
    let mut rows = 0usize;
    let report = pipeline::preview(
        &store,
        &req,
        &mut |chunk| {
            first_rows.get_or_insert_with(|| started.elapsed());
            rows += chunk.len();
        },
        &NoProgress,
        &CancelToken::new(),
    )
    .await
    .expect("preview");
    let total = started.elapsed();
    println!(
        "first preview rows after {:.0} ms; full dry run of {} rows in {:.2} s ({:.0} rows/s): {}",
        first_rows.unwrap_or(total).as_secs_f64() * 1000.0,
        rows,
        total.as_secs_f64(),
        rows as f64 / total.as_secs_f64(),
        pipeline::summary_line(&report)
    );

    // Progress cadence during the real import.
    let stamps: Mutex<Vec<Instant>> = Mutex::new(Vec::new());
    let record = |_: &intake_engine::Progress| stamps.lock().unwrap().push(Instant::now());
    let started = Instant::now();
    let report = pipeline::import(&store, &req, &record, &CancelToken::new())
        .await
        .expect("import");
    let total = started.elapsed();
    let stamps = stamps.into_inner().unwrap();
    let max_gap = stamps
        .windows(2)
        .map(|w| w[1] - w[0])
        .max()
        .unwrap_or(Duration::ZERO);
    println!(
        "import in {:.2} s: {} progress updates ({:.1}/s), longest gap {:.0} ms: {}",
        total.as_secs_f64(),
        stamps.len(),
        stamps.len() as f64 / total.as_secs_f64(),
        max_gap.as_secs_f64() * 1000.0,
        pipeline::summary_line(&report)
    );
}
