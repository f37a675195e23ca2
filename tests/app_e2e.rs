//! End-to-end tests of the real app window (SPEC §4, desktop app): the
//! binary built with this test's features (`--features custom-protocol`, so it
//! embeds `ui/dist`), driven over WebDriver (tauri-driver + WebKitWebDriver),
//! with files delivered by a real drag and drop (a GTK drag source moved with
//! xdotool) — the same `onDragDropEvent` path a user's drop takes.
//!
//! Run (after `npm --prefix ui run build`):
//!   xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- \
//!     cargo test --features custom-protocol --test app_e2e
//! `E2E_SCREENSHOTS=<dir>` saves import.png, run.png, history.png and
//! settings.png there (the README's screenshots).

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use intake_engine::{config, RunFilter, RunStatus, Storage};
use serde_json::json;
use sqlx::Connection;

#[path = "support/app.rs"]
mod app;
use app::*;

/// The run of the update file (the newest run).
async fn run_id_of_update(store: &Arc<dyn Storage>) -> uuid::Uuid {
    let runs = store.list_runs(&RunFilter::default()).await.unwrap();
    let run = runs
        .iter()
        .find(|r| r.filename == "plaintiffs_simplicity_update.csv")
        .expect("the update file's run");
    run.id
}

/// The whole journey on one backend: drop → preview counts → import →
/// duplicate re-drop is calm → a bad file says why → History → Rollback.
async fn journey(app: &App, store: Arc<dyn Storage>, screenshots: bool) {
    app.type_into("[data-testid=source]", "simplicity").await;
    // A source the database does not know yet is created only when confirmed.
    app.click("[data-testid=confirm-new-source]").await;

    eprintln!("e2e step: drop + preview");
    // Drop → automatic dry run with the exact counts of the sample.
    app.drop_file(&sample("plaintiffs_simplicity.csv")).await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-fetched]").await, "100");
    assert_eq!(app.text("[data-testid=count-new]").await, "100");
    assert_eq!(app.text("[data-testid=count-dup-file]").await, "0");
    assert_eq!(app.text("[data-testid=count-existing]").await, "0");
    assert_eq!(app.text("[data-testid=count-invalid]").await, "0");
    assert_eq!(
        app.text("[data-testid=read-as]").await,
        "Read as UTF-8 text, columns separated by commas"
    );
    // The virtualized table shows the first rows with their fate.
    app.wait_text("[data-testid=preview-scroll] [data-row='0']", "New")
        .await;
    if screenshots {
        app.screenshot("import.png").await;
    }
    assert!(
        store
            .list_runs(&RunFilter::default())
            .await
            .unwrap()
            .is_empty(),
        "a preview writes nothing"
    );

    eprintln!("e2e step: import");
    // Import → result card, reconciled.
    app.click("[data-testid=import-button]").await;
    let counts = app.wait_text("[data-testid=result-counts]", "rows").await;
    assert_eq!(
        counts,
        "100 rows: 100 new, 0 duplicate, 0 already in database, 0 invalid"
    );
    assert_eq!(app.text("[data-testid=result-reconciled]").await, "✓ yes");
    let runs = store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(
        (runs[0].status, runs[0].rows_inserted),
        (RunStatus::Completed, 100)
    );
    let run_id = runs[0].id;

    eprintln!("e2e step: re-drop");
    // Re-dropping the same file: a calm "already imported" note, not an error.
    app.drop_file(&sample("plaintiffs_simplicity.csv")).await;
    let note = app
        .wait_text("[data-testid=duplicate-note]", "Already imported on")
        .await;
    assert!(note.contains("nothing to do"), "{note}");
    assert!(app
        .client
        .find(Locator::Css("[data-testid=file-error]"))
        .await
        .is_err());

    eprintln!("e2e step: bad file");
    // A file without a name column is no dead end: the mapping editor asks
    // which column holds the name, showing the file's own columns.
    app.drop_file(&sample("missing_name_column.csv")).await;
    let editor = app
        .wait_text(
            "[data-testid=mapping-editor]",
            "Which column holds the plaintiff's name?",
        )
        .await;
    assert!(
        editor.contains("Email") && editor.contains("Phone"),
        "{editor}"
    );
    // A file that cannot be read at all says why, in a sentence a clerk
    // understands, with the engine's code in small print for support.
    let empty = app.data.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    app.drop_file(&empty).await;
    app.wait_for("[data-testid=file-error]").await;
    assert_eq!(
        app.text("[data-testid=file-error] [data-testid=error-sentence]")
            .await,
        "The file is empty."
    );
    assert_eq!(
        app.text("[data-testid=file-error] [data-testid=error-code]")
            .await,
        "EMPTY_FILE"
    );
    assert_eq!(
        store.list_runs(&RunFilter::default()).await.unwrap().len(),
        1,
        "nothing written for a bad file"
    );

    eprintln!("e2e step: encoding override");
    // The preview says how the text was read, and the clerk can read it
    // another way: Windows-1252 read as UTF-8 makes every accented row
    // invalid (INVALID_ENCODING); back to "as detected", all are new.
    app.drop_file(&sample("plaintiffs_jbi_cp1252_semicolon.csv"))
        .await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(
        app.text("[data-testid=read-as]").await,
        "Read as Windows Western European (windows-1252) text, columns separated by semicolons"
    );
    assert_eq!(app.text("[data-testid=count-invalid]").await, "0");
    // A zero is not coloured as a problem; four invalid rows are.
    assert_eq!(
        app.count_class("[data-testid=count-invalid]").await,
        "count"
    );
    app.choose("[data-testid=encoding-choice]", "UTF-8").await;
    app.wait_for("[data-testid=read-as][data-encoding='UTF-8']")
        .await;
    assert_eq!(app.text("[data-testid=count-fetched]").await, "4");
    assert_eq!(app.text("[data-testid=count-invalid]").await, "4");
    assert_eq!(
        app.count_class("[data-testid=count-invalid]").await,
        "count tone-invalid"
    );
    app.choose("[data-testid=encoding-choice]", "").await;
    app.wait_for("[data-testid=read-as][data-encoding='windows-1252']")
        .await;
    assert_eq!(app.text("[data-testid=count-invalid]").await, "0");
    assert_eq!(app.text("[data-testid=count-new]").await, "4");

    eprintln!("e2e step: update file");
    // A second file of the same source: rows already in the database and
    // invalid rows are predicted, then imported exactly so.
    app.drop_file(&sample("plaintiffs_simplicity_update.csv"))
        .await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-fetched]").await, "17");
    assert_eq!(app.text("[data-testid=count-new]").await, "5");
    assert_eq!(app.text("[data-testid=count-existing]").await, "10");
    assert_eq!(app.text("[data-testid=count-invalid]").await, "2");
    app.click("[data-testid=import-button]").await;
    let counts = app.wait_text("[data-testid=result-counts]", "rows").await;
    assert_eq!(
        counts,
        "17 rows: 5 new, 0 duplicate, 10 already in database, 2 invalid"
    );
    app.click("[data-testid=open-run]").await;
    app.wait_for("[data-testid=run-page][data-status=completed]")
        .await;
    // The tables read their rows a page at a time, after the page shows.
    app.wait_for("[data-testid=errored-table] [role=row][data-row]")
        .await;
    app.wait_for("[data-testid=dups-table] [role=row][data-row]")
        .await;
    assert_eq!(
        app.client
            .find_all(Locator::Css(
                "[data-testid=errored-table] [role=row][data-row]"
            ))
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        app.client
            .find_all(Locator::Css(
                "[data-testid=dups-table] [role=row][data-row]"
            ))
            .await
            .unwrap()
            .len(),
        10
    );
    if screenshots {
        app.screenshot("run.png").await;
    }

    eprintln!("e2e step: export CSV");
    // Rust builds and writes the export (here into INTAKE_E2E_SAVE_DIR, as
    // the save dialog cannot be clicked over WebDriver); the page names no path.
    let short = &run_id_of_update(&store).await.simple().to_string()[..8];
    app.click("[data-testid=export-errored]").await;
    let saved = app
        .data
        .path()
        .join(format!("exports/run-{short}-errored-rows.csv"));
    app.wait_text(
        "[data-testid=run-notice]",
        &format!("Saved {}.", saved.display()),
    )
    .await;
    let csv = std::fs::read_to_string(&saved).unwrap();
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 3, "header + 2 errored rows: {csv}");
    // The fixable form: line, code, message, then the file's own columns.
    assert_eq!(
        lines[0],
        "line,code,message,Plaintiff Name,E-mail,Phone Number,Address,Firm Name,External ID"
    );
    app.click("[data-testid=export-duplicates]").await;
    let saved = app
        .data
        .path()
        .join(format!("exports/run-{short}-blocked-duplicates.csv"));
    app.wait_text(
        "[data-testid=run-notice]",
        &format!("Saved {}.", saved.display()),
    )
    .await;
    let csv = std::fs::read_to_string(&saved).unwrap();
    assert_eq!(
        csv.split_terminator("\r\n").count(),
        11,
        "header + 10 duplicates"
    );
    // Each duplicate names its file line (header line 1, so rows from 2).
    let first: Vec<&str> = csv
        .split_terminator("\r\n")
        .nth(1)
        .unwrap()
        .split(',')
        .collect();
    assert!(first[2].parse::<u32>().is_ok_and(|l| l >= 2), "line: {csv}");

    eprintln!("e2e step: history");
    // History lists the run, completed and reconciled.
    app.click("[data-testid=nav-history]").await;
    let row = format!("[data-testid=runs-table] tr[data-run-id='{run_id}']");
    assert_eq!(
        app.text(&format!("{row} [data-testid=run-status]")).await,
        "Completed"
    );
    assert_eq!(
        app.text(&format!("{row} [data-testid=run-reconciled]"))
            .await,
        "✓"
    );
    if screenshots {
        app.screenshot("history.png").await;
    }

    eprintln!("e2e step: rollback");
    // Rollback with a reason and the confirmation word.
    app.click(&format!("{row} button.link")).await;
    app.wait_for("[data-testid=run-page][data-status=completed]")
        .await;
    app.click("[data-testid=rollback-button]").await;
    app.type_into("[data-testid=rollback-reason]", "e2e: wrong vendor file")
        .await;
    let submit = app.wait_for("[data-testid=rollback-submit]").await;
    assert!(
        !submit.is_enabled().await.unwrap(),
        "Roll back needs the confirmation word"
    );
    app.type_into("[data-testid=rollback-confirm]", "ROLLBACK")
        .await;
    app.click("[data-testid=rollback-submit]").await;
    app.wait_for("[data-testid=run-page][data-status=rolled_back]")
        .await;
    app.wait_text("[data-testid=rolled-back-note]", "e2e: wrong vendor file")
        .await;

    eprintln!("e2e step: history after rollback");
    // The history shows it at once.
    app.click("[data-testid=nav-history]").await;
    app.wait_text(&format!("{row} [data-testid=run-status]"), "Rolled back")
        .await;
    let run = store.get_run(run_id).await.unwrap().expect("run exists");
    assert_eq!(run.status, RunStatus::RolledBack);
    assert_eq!(
        run.rollback_reason.as_deref(),
        Some("e2e: wrong vendor file")
    );

    eprintln!("e2e step: settings");
    // Settings says which database is in use, in the banner's words.
    app.click("[data-testid=nav-settings]").await;
    app.wait_for("#settings-title").await;
    let chosen = app
        .client
        .execute(
            "return document.querySelector('input[name=db]:checked').parentElement.textContent",
            vec![],
        )
        .await
        .unwrap();
    let chosen = chosen.as_str().unwrap_or_default();
    // No profile is chosen in either journey (the PostgreSQL one sets its
    // database by INTAKE_DATABASE_URL, which Settings notes above the choice).
    assert!(chosen.starts_with("This computer"), "{chosen}");
    if screenshots {
        app.screenshot("settings.png").await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_database_journey() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let app = App::start(None).await;
    // The banner names the database in words; its file is on hover.
    assert_eq!(
        app.text("[data-testid=db-banner]").await,
        "Database: This computer"
    );
    let data_dir = app.data.path().join("data");
    let title = app.attr("[data-testid=db-banner]", "title").await;
    assert!(title.contains(&data_dir.display().to_string()), "{title}");
    let user = app.text("[data-testid=who]").await;
    assert!(user.starts_with("Signed in as "), "{user}");
    let store = config::open(&config::sqlite_url(&data_dir.join("intake.sqlite3")))
        .await
        .unwrap();
    journey(&app, store, std::env::var_os("E2E_SCREENSHOTS").is_some()).await;
    app.close().await;
}

/// A fresh PostgreSQL database, dropped even when the test fails.
struct FreshDatabase(String);

impl FreshDatabase {
    async fn create() -> FreshDatabase {
        let name = format!("intake_e2e_{}", uuid::Uuid::new_v4().simple());
        let mut admin = sqlx::PgConnection::connect(PG_ADMIN_URL)
            .await
            .expect("PostgreSQL on 127.0.0.1:5432");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .unwrap();
        FreshDatabase(name)
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.0);
        // Drop runs inside the test's runtime: use a thread with its own.
        let _ = std::thread::spawn(move || {
            tokio::runtime::Runtime::new().unwrap().block_on(async {
                if let Ok(mut admin) = sqlx::PgConnection::connect(PG_ADMIN_URL).await {
                    let _ = sqlx::query(&sql).execute(&mut admin).await;
                }
            })
        })
        .join();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_journey() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let fresh = FreshDatabase::create().await;
    let db = fresh.0.clone();
    let url = format!("postgres://postgres@127.0.0.1:5432/{db}");
    let store = config::connect(&url).await.unwrap();
    store.migrate().await.unwrap();

    let app = App::start(Some(&url)).await;
    let banner = app.text("[data-testid=db-banner]").await;
    assert!(
        banner.contains("INTAKE_DATABASE_URL") && banner.contains(&db),
        "{banner}"
    );
    journey(&app, store.clone(), false).await;
    app.close().await;
    drop(store);
    drop(fresh);
}

/// Cancel during a real import in the window: the run rolls back (nothing
/// landed, recorded as failed with CANCELLED), the window says so in one
/// sentence, and the same file can then be imported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_rolls_the_import_back() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big_vendor_file.csv");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        writeln!(f, "PlaintiffName,Email,Phone").unwrap();
        for i in 0..400_000 {
            writeln!(f, "Person {i},person{i}@example.com,555-{:04}", i % 10_000).unwrap();
        }
    }
    let app = App::start(None).await;
    let data_dir = app.data.path().join("data");
    let store = config::open(&config::sqlite_url(&data_dir.join("intake.sqlite3")))
        .await
        .unwrap();
    app.type_into("[data-testid=source]", "bulk").await;
    app.click("[data-testid=confirm-new-source]").await;
    app.drop_file(&big).await;
    app.wait_text("[data-testid=count-fetched]", "400,000")
        .await;
    app.click("[data-testid=import-button]").await;
    app.click("[data-testid=cancel-button]").await;
    let message = app
        .wait_text("[data-testid=import-failed]", "cancelled")
        .await;
    assert!(
        message.contains("The import was cancelled; nothing was imported"),
        "{message}"
    );
    let runs = store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].status, RunStatus::Failed);
    let recon = store.reconcile(runs[0].id).await.unwrap();
    assert_eq!(recon.actual_total, 0, "nothing half-imported");
    app.close().await;
}

/// Choose `file` in the native GTK file dialog the way a keyboard user does
/// (Ctrl+L, the path, Enter), with real X key events (xdotool): WebDriver
/// reaches only the web view, not a native dialog.
async fn choose_in_native_dialog(app: &App, file: &Path) {
    let started = Instant::now();
    let dialog = loop {
        let out = Command::new("xdotool")
            .args([
                "search",
                "--onlyvisible",
                "--name",
                "^Choose a file to import$",
            ])
            .output()
            .unwrap();
        if let Some(id) = String::from_utf8_lossy(&out.stdout).lines().next() {
            break id.to_string();
        }
        if started.elapsed() > WAIT {
            app.fail("the native file dialog did not open").await;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    // No window manager under Xvfb: give the dialog the keyboard focus.
    run("xdotool", &["windowfocus", "--sync", &dialog]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    run("xdotool", &["key", "--clearmodifiers", "ctrl+l"]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    run(
        "xdotool",
        &["type", "--delay", "20", file.to_str().unwrap()],
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    run("xdotool", &["key", "Return"]);
}

/// Keyboard only (SPEC §4 "keyboard-operable"; issue 13 point 6): Tab,
/// Enter, Space, Esc and typed text, no mouse. Choose a file through the
/// native dialog (typed into GTK's file chooser with real key events), check
/// the preview rows with the arrow keys, import, open History, open the run
/// from its row, open the rollback dialog, close it with Esc, open it again,
/// and roll back with a reason.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyboard_only_journey() {
    use fantoccini::key::Key;
    let _serial = ONE_AT_A_TIME.lock().await;
    let app = App::start(None).await;
    let data_dir = app.data.path().join("data");
    let store = config::open(&config::sqlite_url(&data_dir.join("intake.sqlite3")))
        .await
        .unwrap();

    eprintln!("keyboard: source and the file dialog");
    app.tab_to("[data-testid=source]").await;
    app.type_keys("simplicity").await;
    app.tab_to("[data-testid=confirm-new-source]").await;
    app.press(Key::Space).await;
    app.tab_to("[data-testid=dropzone]").await;
    app.press(Key::Enter).await;
    choose_in_native_dialog(&app, &sample("plaintiffs_simplicity.csv")).await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-new]").await, "100");

    eprintln!("keyboard: preview rows with the arrow keys");
    // The Import button comes after what it imports: Tab passes the preview
    // rows first. The arrow keys move the active row.
    app.tab_to("[data-testid=preview-scroll]").await;
    app.wait_text("[data-testid=preview-scroll] [data-row='0']", "New")
        .await;
    for _ in 0..3 {
        app.press(Key::Down).await;
    }
    assert_eq!(
        app.attr("[data-testid=preview-scroll]", "data-active-row")
            .await,
        "3"
    );
    let active = app
        .attr("[data-testid=preview-scroll]", "aria-activedescendant")
        .await;
    assert_eq!(app.attr(&format!("#{active}"), "data-row").await, "3");
    app.press(Key::End).await;
    assert_eq!(
        app.attr("[data-testid=preview-scroll]", "data-active-row")
            .await,
        "99"
    );
    app.wait_for("[data-testid=preview-scroll] [data-row='99']")
        .await;
    app.tab_to("[data-testid=import-button]").await;
    app.press(Key::Enter).await;
    let counts = app.wait_text("[data-testid=result-counts]", "rows").await;
    assert_eq!(
        counts,
        "100 rows: 100 new, 0 duplicate, 0 already in database, 0 invalid"
    );
    let runs = store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    let run_id = runs[0].id;

    eprintln!("keyboard: history and the run");
    app.tab_to("[data-testid=nav-history]").await;
    app.press(Key::Enter).await;
    let row = format!("[data-testid=runs-table] tr[data-run-id='{run_id}']");
    app.tab_to(&row).await;
    app.press(Key::Enter).await;
    app.wait_for("[data-testid=run-page][data-status=completed]")
        .await;

    eprintln!("keyboard: rollback, Esc, rollback again");
    app.tab_to("[data-testid=rollback-button]").await;
    app.press(Key::Enter).await;
    app.wait_for("[data-testid=rollback-dialog]").await;
    app.wait_focus("[data-testid=rollback-reason]").await;
    app.press(Key::Escape).await;
    let started = Instant::now();
    while app
        .client
        .find(Locator::Css("[data-testid=rollback-dialog]"))
        .await
        .is_ok()
    {
        if started.elapsed() > WAIT {
            app.fail("Esc did not close the rollback dialog").await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.tab_to("[data-testid=rollback-button]").await;
    app.press(Key::Space).await;
    app.wait_for("[data-testid=rollback-dialog]").await;
    // The reason field has the focus as the dialog opens.
    app.wait_focus("[data-testid=rollback-reason]").await;
    app.type_keys("keyboard: wrong vendor file").await;
    app.tab_to("[data-testid=rollback-confirm]").await;
    app.type_keys("ROLLBACK").await;
    app.tab_to("[data-testid=rollback-submit]").await;
    app.press(Key::Enter).await;
    app.wait_for("[data-testid=run-page][data-status=rolled_back]")
        .await;
    let run = store.get_run(run_id).await.unwrap().expect("run exists");
    assert_eq!(run.status, RunStatus::RolledBack);
    assert_eq!(
        run.rollback_reason.as_deref(),
        Some("keyboard: wrong vendor file")
    );
    app.close().await;
}

/// One window per computer: a second `plaintiff-intake FILE` (what "Open
/// with…" and a double-click run) hands its file to the running window,
/// which previews it, and exits. The second launch is a plain process while
/// the WebDriver session holds the first. The first launch was itself given
/// a file. Errors the window shows reach the log, and Settings' diagnostics
/// carry them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_launch_opens_its_file_in_the_running_window() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let first = sample("plaintiffs_jbi_cp1252_semicolon.csv");
    let app = App::start_with(
        None,
        &[first.to_str().unwrap()],
        Some(json!({ "last_source": "simplicity", "sources": ["simplicity"] })),
    )
    .await;
    // The launch file is previewed at once.
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-fetched]").await, "4");
    app.wait_for("[data-testid=read-as][data-encoding='windows-1252']")
        .await;

    let second_launch = |file: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_plaintiff-intake"));
        cmd.arg(file).stdout(Stdio::null()).stderr(Stdio::null());
        App::app_env(&mut cmd, app.data.path());
        let mut child = cmd.spawn().expect("cannot start the second instance");
        let started = Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if started.elapsed() > WAIT {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the second launch kept running (a second window?)");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let status = second_launch(&sample("plaintiffs_simplicity.csv"));
    assert!(status.success(), "second launch exited with {status}");
    app.wait_text("[data-testid=count-fetched]", "100").await;
    assert_eq!(app.text("[data-testid=count-new]").await, "100");
    let windows = run(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^Plaintiff Intake$"],
    );
    assert_eq!(windows.lines().count(), 1, "one window: {windows}");

    // A file that cannot be imported: the window says why, and the log has it.
    // A file without a name column opens the mapping editor…
    assert!(second_launch(&sample("missing_name_column.csv")).success());
    app.wait_for("[data-testid=mapping-editor]").await;
    // …and one that cannot be read says why.
    let empty = app.data.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    assert!(second_launch(&empty).success());
    app.wait_text("[data-testid=file-error]", "The file is empty")
        .await;
    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=copy-diagnostics]").await;
    let started = Instant::now();
    let text = loop {
        let el = app.wait_for("[data-testid=diagnostics-text]").await;
        let text = el.prop("value").await.unwrap().unwrap_or_default();
        // The log writer is asynchronous: the UI error may land a moment later.
        if text.contains("EMPTY_FILE") || started.elapsed() > WAIT {
            break text;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        app.click("[data-testid=copy-diagnostics]").await;
    };
    assert!(
        text.starts_with(&format!(
            "Plaintiff Intake {}\nDatabase: Embedded (SQLite, this computer)\nOS: ",
            env!("CARGO_PKG_VERSION")
        )),
        "{text}"
    );
    assert!(text.contains("second launch: opening"), "{text}");
    assert!(
        text.contains("UI error: The file is empty")
            && text.contains("code=\"EMPTY_FILE\" context=\"file-error\""),
        "{text}"
    );
    app.close().await;
}

/// Settings → Updates: an insecure address is refused with the shell's
/// sentence and nothing is saved; an https address that cannot be reached is
/// saved, and Check now says why the check failed, its code in small print.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_settings_refuse_http_and_report_a_failed_check() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let app = App::start_with(None, &[], Some(json!({ "sources": ["jbi"] }))).await;
    let settings_path = app.data.path().join("config/settings.json");
    let before = std::fs::read_to_string(&settings_path).unwrap();
    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=updates-enabled]").await;
    app.type_into("[data-testid=updates-url]", "http://example.org/x.json")
        .await;
    app.click("[data-testid=updates-save]").await;
    let error = "[data-testid=updates-error]";
    assert_eq!(
        app.text(&format!("{error} [data-testid=error-sentence]"))
            .await,
        "The update address 'http://example.org/x.json' is not a secure web address: it must start with https://."
    );
    assert_eq!(
        app.text(&format!("{error} small [data-testid=error-code]"))
            .await,
        "UPDATE_URL_INVALID"
    );
    assert_eq!(
        std::fs::read_to_string(&settings_path).unwrap(),
        before,
        "nothing saved"
    );

    // Nothing listens on the discard port: the check fails at once.
    let unreachable = "https://127.0.0.1:9/latest.json";
    app.type_into("[data-testid=updates-url]", unreachable)
        .await;
    app.click("[data-testid=updates-check]").await;
    app.wait_text(
        &format!("{error} small [data-testid=error-code]"),
        "UPDATE_FAILED",
    )
    .await;
    let sentence = app
        .text(&format!("{error} [data-testid=error-sentence]"))
        .await;
    assert!(
        sentence.starts_with("Could not check for or install an update: "),
        "{sentence}"
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&settings_path).unwrap()).unwrap();
    assert_eq!(
        saved["updates"],
        json!({ "enabled": true, "url": unreachable })
    );
    assert_eq!(saved["sources"], json!(["jbi"]), "the rest kept");
    app.close().await;
}

/// Issue 10 in the window: a First/Last file composes names; a file whose
/// name column is unknown opens the mapping editor instead of a dead end,
/// imports once mapped, and the next file of the source is mapped by the
/// saved mapping; a typo of a known source is caught.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_that_does_not_fit_is_mapped_in_the_window() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let names = dir.path().join("first_last.csv");
    std::fs::write(
        &names,
        // Title lines above the header, as vendors' exports have them.
        "Acme Funding - plaintiff export\nGenerated 2026-11-01\n\nFirst Name,Last Name,Email\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\nGrace,Hopper,grace@example.com\n",
    )
    .unwrap();
    let people = dir.path().join("acme_people.csv");
    std::fs::write(
        &people,
        "Person,Email\nMarie Curie,marie@example.com\nNiels Bohr,niels@example.com\n",
    )
    .unwrap();
    let more_people = dir.path().join("acme_people_2.csv");
    std::fs::write(
        &more_people,
        "Person,Email\nLise Meitner,lise@example.com\n",
    )
    .unwrap();

    let app = App::start(None).await;
    let data_dir = app.data.path().join("data");
    let store = config::open(&config::sqlite_url(&data_dir.join("intake.sqlite3")))
        .await
        .unwrap();
    store
        .save_source(
            &intake_engine::sources::SourceUpdate::named("simplicity", None),
            Some("e2e"),
        )
        .await
        .unwrap();

    eprintln!("e2e step: a typo of a known source");
    app.type_into("[data-testid=source]", "simplicty").await;
    app.wait_text("[data-testid=source-hint]", "Did you mean simplicity?")
        .await;
    app.click("[data-testid=use-suggestion]").await;
    let started = Instant::now();
    let field = app.wait_for("[data-testid=source]").await;
    while field.prop("value").await.unwrap().as_deref() != Some("simplicity") {
        assert!(started.elapsed() < WAIT, "the suggestion was not used");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    eprintln!("e2e step: First + Last compose the name");
    app.type_into("[data-testid=source]", "acme").await;
    app.wait_text(
        "[data-testid=source-hint]",
        "New source 'acme' — create it on import?",
    )
    .await;
    app.drop_file(&names).await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-new]").await, "3");
    app.wait_text(
        "[data-testid=preview-scroll] [data-row='0']",
        "Ada Lovelace",
    )
    .await;
    // The header was found on line 4, and rows show the lines a
    // spreadsheet program shows (Ada is on line 5).
    assert_eq!(
        app.text("[data-testid=header-line]").await,
        "Column names on line 4 (the lines above are not rows)"
    );
    app.wait_for("[data-testid=preview-scroll] [data-row='0'][data-line='5']")
        .await;

    eprintln!("e2e step: an unknown name column opens the mapping editor");
    app.drop_file(&people).await;
    let editor = app
        .wait_text(
            "[data-testid=mapping-editor]",
            "Which column holds the plaintiff's name?",
        )
        .await;
    assert!(editor.contains("Marie Curie"), "{editor}");
    app.click("[data-testid=mapping-editor] input[data-header='Person']")
        .await;
    app.wait_text("[data-testid=map-gives]", "Marie Curie · Niels Bohr")
        .await;
    app.screenshot("mapping.png").await;
    app.click("[data-testid=map-apply]").await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-new]").await, "2");
    assert_eq!(
        app.attr("[data-testid=import-button]", "disabled").await,
        "true"
    );
    app.click("[data-testid=confirm-new-source]").await;
    app.click("[data-testid=import-button]").await;
    let counts = app.wait_text("[data-testid=result-counts]", "rows").await;
    assert_eq!(
        counts,
        "2 rows: 2 new, 0 duplicate, 0 already in database, 0 invalid"
    );
    let acme = store.get_source("acme").await.unwrap().expect("acme saved");
    let saved = acme.saved_mapping.expect("the mapping is saved");
    assert_eq!(saved.column_map["plaintiff_name"], ["Person"]);

    eprintln!("e2e step: the next file of the source uses the saved mapping");
    app.drop_file(&more_people).await;
    app.wait_for("[data-testid=import-button]").await;
    assert_eq!(app.text("[data-testid=count-new]").await, "1");
    app.click("[data-testid=import-button]").await;
    let counts = app.wait_text("[data-testid=result-counts]", "rows").await;
    assert_eq!(
        counts,
        "1 rows: 1 new, 0 duplicate, 0 already in database, 0 invalid"
    );
    let runs = store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 2);
    assert!(runs.iter().all(|r| r.status == RunStatus::Completed));
    app.close().await;
}

/// Issue 10 point 6: the Invalid card filters the preview to the one invalid
/// row, its empty name is typed in place, the counts move at once, and the
/// import stores the fix with the run, listed on the run page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixing_an_invalid_cell_before_import() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("vendor_with_a_gap.csv");
    std::fs::write(
        &file,
        "Name,Email\nAnn Lee,ann@example.com\n,nobody@example.com\nBo Li,bo@example.com\n",
    )
    .unwrap();
    let app = App::start(None).await;
    let data_dir = app.data.path().join("data");
    let store = config::open(&config::sqlite_url(&data_dir.join("intake.sqlite3")))
        .await
        .unwrap();
    app.type_into("[data-testid=source]", "gapvendor").await;
    // A source the database does not know yet is created only when confirmed.
    app.click("[data-testid=confirm-new-source]").await;
    app.drop_file(&file).await;
    app.wait_text("[data-testid=count-fetched]", "3").await;
    assert_eq!(app.text("[data-testid=count-invalid]").await, "1");
    assert_eq!(app.text("[data-testid=count-new]").await, "2");

    app.click("[data-testid=filter-invalid]").await;
    app.wait_for("[data-testid=preview-table][data-fate=invalid][data-rows='1']")
        .await;
    assert_eq!(
        app.attr("[data-testid=filter-invalid]", "aria-pressed")
            .await,
        "true"
    );
    // The only row shown is the file's second record (line 3).
    app.wait_for("[data-testid=preview-scroll] [data-row='1']")
        .await;
    assert_eq!(
        app.attr(
            "[data-testid=preview-scroll] [role=row][data-row]",
            "data-row"
        )
        .await,
        "1"
    );

    app.type_into("[data-testid=edit-plaintiff_name-1]", "Cy Young")
        .await;
    app.press(fantoccini::key::Key::Enter).await;
    app.wait_text("[data-testid=count-invalid]", "0").await;
    assert_eq!(app.text("[data-testid=count-new]").await, "3");
    // The fixed row left the Invalid filter.
    app.wait_for("[data-testid=preview-table][data-fate=invalid][data-rows='0']")
        .await;

    app.click("[data-testid=import-button]").await;
    let result = app.wait_text("[data-testid=result-card]", "3 new").await;
    assert!(result.contains("0 invalid"), "{result}");
    let runs = store.list_runs(&RunFilter::default()).await.unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!((run.rows_inserted, run.rows_errored), (3, 0));

    app.click("[data-testid=open-run]").await;
    app.wait_for("[data-testid=run-page][data-status=completed]")
        .await;
    let listed = app.wait_text("[data-testid=fixes-table]", "Cy Young").await;
    assert!(listed.contains("plaintiff name"), "{listed}");
    assert_eq!(
        app.text("[data-testid=fix-row] td:first-child").await,
        "3",
        "the fix is listed by its file line"
    );

    let fixes = store.run_fixes(run.id).await.unwrap();
    assert_eq!(fixes.len(), 1, "{fixes:?}");
    assert_eq!(
        (
            fixes[0].line,
            fixes[0].row_index,
            fixes[0].field.as_str(),
            fixes[0].new_value.as_deref()
        ),
        (Some(3), 1, "plaintiff_name", Some("Cy Young"))
    );
    app.close().await;
}

/// Vendor updates (issue 11 part A): a file is imported, then its update
/// file (Ann's new phone) is dropped; the preview counts it as Changed and
/// shows the old and new phone side by side; "Apply 1 update" changes the
/// plaintiff; rolling the update run back puts the old phone back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vendor_update_is_previewed_applied_and_rolled_back() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("vendor_base.csv");
    std::fs::write(
        &base,
        "Name,Email,Phone\nAnn Lee,ann@example.com,555-0100\nBo Li,bo@example.com,555-0200\n",
    )
    .unwrap();
    let update = dir.path().join("vendor_update.csv");
    std::fs::write(
        &update,
        "Name,Email,Phone\nAnn Lee,ann@example.com,555-0111\nBo Li,bo@example.com,\n",
    )
    .unwrap();
    let app = App::start(None).await;
    let data_dir = app.data.path().join("data");
    let store = config::open(&config::sqlite_url(&data_dir.join("intake.sqlite3")))
        .await
        .unwrap();
    let ann =
        intake_engine::dedupe_key::dedupe_key("updvendor", "Ann Lee", Some("ann@example.com"));
    let ann_phone = || {
        let store = store.clone();
        let ann = ann.clone();
        async move {
            store
                .live_records(std::slice::from_ref(&ann))
                .await
                .unwrap()
                .remove(&ann)
                .and_then(|r| r.fields.contact_phone)
        }
    };

    app.type_into("[data-testid=source]", "updvendor").await;
    app.click("[data-testid=confirm-new-source]").await;
    app.drop_file(&base).await;
    app.wait_text("[data-testid=count-fetched]", "2").await;
    app.click("[data-testid=import-button]").await;
    app.wait_text("[data-testid=result-card]", "2 new").await;
    assert_eq!(ann_phone().await.as_deref(), Some("555-0100"));

    // The update file: both rows are already in the database, Ann's changed
    // (Bo's blank phone never erases his).
    app.drop_file(&update).await;
    app.wait_text("[data-testid=count-existing]", "2").await;
    assert_eq!(app.text("[data-testid=count-changed]").await, "1");
    app.click("[data-testid=filter-changed]").await;
    app.wait_for("[data-testid=preview-table][data-fate=changed][data-rows='1']")
        .await;
    let phone = app
        .wait_text("[data-testid=changed-contact_phone-0]", "555-0111")
        .await;
    assert!(
        phone.contains("555-0100"),
        "old and new side by side: {phone}"
    );
    app.screenshot("updates-preview.png").await;

    app.click("[data-testid=apply-updates]").await;
    app.click("[data-testid=import-button]").await;
    let result = app
        .wait_text(
            "[data-testid=result-card]",
            "1 changed, 1 plaintiffs updated",
        )
        .await;
    assert!(result.contains("0 new"), "{result}");
    assert_eq!(ann_phone().await.as_deref(), Some("555-0111"));

    app.click("[data-testid=open-run]").await;
    app.wait_for("[data-testid=run-page][data-status=completed]")
        .await;
    let listed = app
        .wait_text("[data-testid=changes-table]", "555-0111")
        .await;
    assert!(listed.contains("Ann Lee"), "{listed}");

    app.click("[data-testid=rollback-button]").await;
    app.type_into("[data-testid=rollback-reason]", "e2e: wrong update file")
        .await;
    app.type_into("[data-testid=rollback-confirm]", "ROLLBACK")
        .await;
    app.click("[data-testid=rollback-submit]").await;
    app.wait_for("[data-testid=run-page][data-status=rolled_back]")
        .await;
    app.wait_text("[data-testid=run-notice]", "1 changed details put back")
        .await;
    app.screenshot("updates-run.png").await;
    assert_eq!(ann_phone().await.as_deref(), Some("555-0100"));
    app.close().await;
}

/// Issue 11 point 5: the same person sent by two vendors. Vendor A's file is
/// imported; vendor B's file with Ada's email (other case) shows "possible
/// match: Ada Lovelace from vendor-a" in the preview, is imported anyway,
/// and History → Possible matches lists the pair and exports it as CSV.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cross_vendor_match_is_flagged_and_listed_for_managers() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let vendor_a = dir.path().join("vendor_a.csv");
    std::fs::write(
        &vendor_a,
        "Name,Email,Phone\nAda Lovelace,ada@example.com,(212) 555-1000\nAlan Turing,alan@example.com,\n",
    )
    .unwrap();
    let vendor_b = dir.path().join("vendor_b.csv");
    std::fs::write(
        &vendor_b,
        "Name,Email,Phone\nAda Lovelace,ADA@Example.com,\nLinus Torvalds,linus@example.com,\n",
    )
    .unwrap();
    let app = App::start(None).await;
    std::fs::create_dir_all(app.data.path().join("exports")).unwrap();

    eprintln!("e2e step: vendor A is imported");
    app.type_into("[data-testid=source]", "vendor-a").await;
    app.click("[data-testid=confirm-new-source]").await;
    app.drop_file(&vendor_a).await;
    app.wait_text("[data-testid=count-new]", "2").await;
    app.click("[data-testid=import-button]").await;
    app.wait_text("[data-testid=result-counts]", "2 new").await;

    eprintln!("e2e step: vendor B's preview flags Ada");
    app.type_into("[data-testid=source]", "vendor-b").await;
    app.click("[data-testid=confirm-new-source]").await;
    app.drop_file(&vendor_b).await;
    app.wait_text("[data-testid=count-new]", "2").await;
    let flag = app
        .wait_text(
            "[data-testid=preview-scroll] [data-row='0'] [data-testid=possible-match]",
            "possible match",
        )
        .await;
    assert_eq!(flag, "possible match: Ada Lovelace from vendor-a");
    assert_eq!(
        app.attr("[data-testid=possible-matches-note]", "data-count")
            .await,
        "1"
    );
    app.screenshot("possible-match-preview.png").await;

    eprintln!("e2e step: imported anyway; History → Possible matches lists the pair");
    app.click("[data-testid=import-button]").await;
    let counts = app.wait_text("[data-testid=result-counts]", "rows").await;
    assert_eq!(
        counts,
        "2 rows: 2 new, 0 duplicate, 0 already in database, 0 invalid"
    );
    assert_eq!(
        app.attr("[data-testid=result-matches]", "data-count").await,
        "1"
    );
    app.click("[data-testid=nav-history]").await;
    app.click("[data-testid=open-matches]").await;
    let row = app
        .wait_text("[data-testid=matches-table] [data-testid=match-row]", "Ada")
        .await;
    assert!(row.contains("vendor-b"), "{row}");
    assert!(row.contains("vendor-a"), "{row}");
    assert!(row.contains("Same email"), "{row}");
    app.screenshot("possible-matches.png").await;

    app.click("[data-testid=export-matches]").await;
    let saved = app.data.path().join("exports/possible-matches.csv");
    app.wait_text(
        "[data-testid=matches-saved]",
        &format!("Saved to {}", saved.display()),
    )
    .await;
    let csv = std::fs::read_to_string(&saved).unwrap();
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 2, "header + 1 pair: {csv}");
    assert!(lines[1].starts_with("Ada Lovelace,vendor-b,"), "{csv}");
    assert!(lines[1].contains(",Ada Lovelace,vendor-a,"), "{csv}");
    app.close().await;
}
