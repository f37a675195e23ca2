//! Benchmark of the real app window previewing a large file (issue 12: the
//! first rows on screen, the full dry run, the window's answers to clicks and
//! the app's memory while it previews). Not a test: it prints numbers and
//! fails only when the preview itself does. Run by `scripts/bench-app.sh`,
//! which builds the release app and names the file:
//!   INTAKE_BENCH_FILE=bench-data/plaintiffs_1000000.csv xvfb-run … dbus-run-session -- \
//!     cargo test --release --features custom-protocol --test app_bench -- --ignored --nocapture

#[allow(dead_code)]
#[path = "support/app.rs"]
mod app;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use app::{app_window_geometry, run, App, ONE_AT_A_TIME};

/// Installed in the page before the drop. It records, on the page's clock
/// (`Date.now()`, the machine's wall clock, so comparable with the drop's
/// time): when the first preview row is in the DOM and when the summary
/// shows; every gap of the main thread (a 10 ms timer that fires late); and
/// for each click, when the frame after its handler was painted.
const PROBE: &str = r#"
const b = window.__bench = { first: null, done: null, gaps: [], clicks: [] };
const seen = () => {
  if (b.first === null && document.querySelector('[data-testid=preview-table] [data-line]')) b.first = Date.now();
  if (b.done === null && document.querySelector('[data-testid=preview-summary]')) b.done = Date.now();
};
new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
let last = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - last > 30) b.gaps.push([Date.now(), now - last]);
  last = now;
}, 10);
document.addEventListener('click', () => {
  requestAnimationFrame(() => setTimeout(() => b.clicks.push(Date.now()), 0));
}, true);
return true;
"#;

fn millis(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH).unwrap().as_secs_f64() * 1000.0
}

/// Every process under `root` (the app and its WebKit web and network
/// processes), `root` included.
fn process_tree(root: u32) -> Vec<u32> {
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        if let Ok(entries) = std::fs::read_dir("/proc") {
            for pid in entries
                .flatten()
                .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
            {
                let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                    continue;
                };
                // "pid (comm) state ppid …"; comm may hold spaces and parentheses.
                let ppid = stat
                    .rsplit_once(')')
                    .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                    .and_then(|p| p.parse::<u32>().ok());
                if ppid == Some(parent) && !tree.contains(&pid) {
                    tree.push(pid);
                }
            }
        }
        i += 1;
    }
    tree
}

/// The app's process: the one running this test's app binary.
fn app_pid() -> u32 {
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_plaintiff-intake")).unwrap();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary))
        .expect("the app's process")
}

/// One `kB` figure of a /proc file (`VmRSS:` of status, `Pss:` of smaps_rollup).
fn kib(path: &str, field: &str) -> u64 {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU seconds (user + system) each process of the tree has used, by name.
fn cpu_seconds(root: u32) -> Vec<(String, f64)> {
    // Clock ticks are 100 a second on Linux.
    process_tree(root)
        .into_iter()
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let (head, rest) = stat.rsplit_once(')')?;
            let name = head.split_once('(')?.1.to_string();
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some((name, ticks / 100.0))
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Memory {
    /// The app process alone (the Rust side: engine, preview rows).
    app_rss: u64,
    app_pss: u64,
    /// The app and its WebKit processes, resident (shared pages counted in each).
    total_rss: u64,
    /// The same processes, proportional set size (shared pages split).
    total_pss: u64,
}

fn memory_now(root: u32) -> Memory {
    let mut m = Memory {
        app_rss: kib(&format!("/proc/{root}/status"), "VmRSS:"),
        app_pss: kib(&format!("/proc/{root}/smaps_rollup"), "Pss:"),
        ..Memory::default()
    };
    for pid in process_tree(root) {
        m.total_rss += kib(&format!("/proc/{pid}/status"), "VmRSS:");
        m.total_pss += kib(&format!("/proc/{pid}/smaps_rollup"), "Pss:");
    }
    m
}

/// Samples the memory every 100 ms until stopped; the peaks of each figure.
fn sample_memory(root: u32, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Memory> {
    std::thread::spawn(move || {
        let mut peak = Memory::default();
        while !stop.load(Ordering::Relaxed) {
            let m = memory_now(root);
            peak.app_rss = peak.app_rss.max(m.app_rss);
            peak.app_pss = peak.app_pss.max(m.app_pss);
            peak.total_rss = peak.total_rss.max(m.total_rss);
            peak.total_pss = peak.total_pss.max(m.total_pss);
            std::thread::sleep(Duration::from_millis(100));
        }
        peak
    })
}

/// Clicks the "Checking…" note (it does nothing when clicked) with the real
/// mouse every 300 ms while the preview runs; when each click was sent
/// (wall clock, ms).
async fn click_while_previewing(app: &App) -> Vec<f64> {
    let [x, y, ..] = app_window_geometry();
    let (ax, ay) = (x as f64, y as f64);
    let mut clicks = Vec::new();
    loop {
        let rect = app
            .client
            .execute(
                "const n = document.querySelector('[data-testid=previewing]');
                 if (!n) return null;
                 const r = n.getBoundingClientRect();
                 return [r.left + 20, r.top + r.height / 2];",
                vec![],
            )
            .await
            .unwrap();
        let Some([x, y]) = rect.as_array().map(|a| [a[0].as_f64(), a[1].as_f64()]) else {
            return clicks;
        };
        let (x, y) = (ax + x.unwrap(), ay + y.unwrap());
        run(
            "xdotool",
            &["mousemove", &format!("{x:.0}"), &format!("{y:.0}")],
        );
        clicks.push(millis(SystemTime::now()));
        run("xdotool", &["click", "1"]);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

fn bench_file() -> PathBuf {
    let file = std::env::var_os("INTAKE_BENCH_FILE")
        .map(PathBuf::from)
        .expect("INTAKE_BENCH_FILE names the file to preview (scripts/bench-app.sh)");
    let file = std::fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    assert!(file.is_file(), "{} is not a file", file.display());
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: scripts/bench-app.sh"]
async fn preview_of_a_large_file_in_the_window() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let file = bench_file();
    let app = App::start(None).await;
    app.type_into("[data-testid=source]", "bench").await;
    app.click("[data-testid=confirm-new-source]").await;
    let pid = app_pid();
    let idle = memory_now(pid);
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = sample_memory(pid, stop.clone());
    app.client.execute(PROBE, vec![]).await.unwrap();

    let cpu_before = cpu_seconds(pid);
    let dropped = millis(app.drop_file(&file).await);
    let clicks = click_while_previewing(&app).await;
    let started = Instant::now();
    let bench = loop {
        let b = app
            .client
            .execute("return window.__bench", vec![])
            .await
            .unwrap();
        if !b["done"].is_null() {
            break b;
        }
        if let Ok(failed) = app
            .client
            .find(fantoccini::Locator::Css("[data-testid=import-failed]"))
            .await
        {
            panic!(
                "the preview failed: {}",
                failed.text().await.unwrap_or_default()
            );
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the preview did not finish in 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let cpu_after = cpu_seconds(pid);
    // The table after the preview: scroll to the middle of the file and time
    // its rows (pages fetched from the Rust side) onto the screen.
    let rows = app.text("[data-testid=count-fetched]").await;
    let scrolled = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const s = document.querySelector('[data-testid=preview-scroll]');
             const t0 = performance.now();
             s.scrollTop = s.scrollHeight / 2;
             const check = () => {
               const lines = [...document.querySelectorAll('[data-testid=preview-table] [data-line]')].map((e) => +e.dataset.line);
               if (lines.length > 0 && Math.min(...lines) > 1000) done([performance.now() - t0, Math.min(...lines)]);
               else if (performance.now() - t0 > 5000) done([null, 0]);
               else requestAnimationFrame(check);
             };
             check();",
            vec![],
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    let peak = sampler.join().unwrap();

    let first = bench["first"]
        .as_f64()
        .expect("no preview row was ever shown")
        - dropped;
    let done = bench["done"].as_f64().unwrap() - dropped;
    let gaps: Vec<(f64, f64)> = bench["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g[0].as_f64().unwrap(), g[1].as_f64().unwrap()))
        .filter(|&(at, _)| at >= dropped && at <= dropped + done)
        .collect();
    let longest_gap = gaps.iter().map(|g| g.1).fold(0.0, f64::max);
    // The page answers clicks in order: the nth paint answers the nth click.
    let answers: Vec<f64> = bench["clicks"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&clicks)
        .filter_map(|(painted, sent)| Some(painted.as_f64()? - sent))
        .collect();
    let slowest = answers.iter().copied().fold(0.0, f64::max);
    let mb = |k: u64| k as f64 / 1024.0;
    println!("file: {} ({rows} rows)", file.display());
    println!("first rows on screen after the drop: {first:.0} ms (bar < 300 ms)");
    println!(
        "full preview (dry run) after the drop: {:.2} s (bar < 4 s)",
        done / 1000.0
    );
    println!(
        "clicks while previewing: {} sent, {} answered, slowest {slowest:.0} ms from the click to the next frame (bar < 100 ms); main thread stalls > 30 ms: {}, longest {longest_gap:.0} ms",
        clicks.len(),
        answers.len(),
        gaps.len()
    );
    let used: Vec<String> = cpu_after
        .iter()
        .map(|(name, after)| {
            let before = cpu_before
                .iter()
                .find(|(n, _)| n == name)
                .map_or(0.0, |b| b.1);
            format!("{name} {:.2} s", after - before)
        })
        .collect();
    println!("CPU used from the drop to the summary: {}", used.join(", "));
    match scrolled[0].as_f64() {
        Some(ms) => println!(
            "scrolled to the middle: rows from line {} on screen after {ms:.0} ms",
            scrolled[1]
        ),
        None => println!("scrolled to the middle: no rows there after 5 s"),
    }
    println!(
        "memory before the drop: app {:.1} MB RSS / {:.1} MB PSS, app + WebKit {:.1} MB RSS / {:.1} MB PSS",
        mb(idle.app_rss),
        mb(idle.app_pss),
        mb(idle.total_rss),
        mb(idle.total_pss)
    );
    println!(
        "memory peak while previewing: app {:.1} MB RSS / {:.1} MB PSS, app + WebKit {:.1} MB RSS / {:.1} MB PSS (bar < 300 MB)",
        mb(peak.app_rss),
        mb(peak.app_pss),
        mb(peak.total_rss),
        mb(peak.total_pss)
    );
    app.close().await;
}
