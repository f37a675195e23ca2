//! The desktop app's log: daily files kept for two weeks, UI errors in the
//! same redacted file, and a diagnostics text for support that carries no SSN.
//! (Own test binary: `init_app` installs the process-wide subscriber.)

use std::fs;

use intake_engine::diagnostics::{diagnostics_text, DiagnosticFacts};
use intake_engine::logging::{self, APP_LOG_FILES_KEPT};

fn log_files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn only_the_newest_fourteen_daily_files_are_kept() {
    assert_eq!(APP_LOG_FILES_KEPT, 14);
    let dir = tempfile::tempdir().unwrap();
    // Twenty days of old logs, written oldest first (the appender orders
    // them by creation time), and a file of someone else's. The kernel
    // stamps files from a coarse clock (a tick is up to 10 ms): 5 ms apart,
    // two files could share a stamp and the appender drop the wrong one.
    for day in 1..=20 {
        fs::write(
            dir.path().join(format!("intake.log.2026-01-{day:02}")),
            "x\n",
        )
        .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    fs::write(dir.path().join("notes.txt"), "keep me\n").unwrap();

    let appender = logging::app_log_appender(dir.path()).unwrap();
    drop(appender);

    let names = log_files(dir.path());
    let today = format!("intake.log.{}", chrono::Utc::now().format("%Y-%m-%d"));
    let mut expected: Vec<String> = (8..=20)
        .map(|day| format!("intake.log.2026-01-{day:02}"))
        .collect();
    expected.push(today);
    expected.push("notes.txt".into());
    expected.sort();
    assert_eq!(
        names, expected,
        "13 newest old files + today's, and the other file"
    );
}

#[test]
fn diagnostics_of_a_log_with_an_ssn_show_no_ssn() {
    let dir = tempfile::tempdir().unwrap();
    let guard = logging::init_app(dir.path());
    tracing::info!("Starting import: file=ssn_123-45-6789.csv source=acme");
    logging::record_ui_error(
        "INVALID_SSN",
        "Row 4: SSN 987-65-4321 is not valid",
        "file-error",
    );
    drop(guard); // flushes the non-blocking writer

    let log: String = log_files(dir.path())
        .iter()
        .map(|f| fs::read_to_string(dir.path().join(f)).unwrap())
        .collect();
    assert!(
        !log.contains("123-45-6789") && !log.contains("987-65-4321"),
        "{log}"
    );
    assert!(log.contains("[WARN] [intake] UI error: Row 4: SSN ***-**-4321 is not valid code=\"INVALID_SSN\" context=\"file-error\""), "{log}");

    let text = diagnostics_text(
        &DiagnosticFacts {
            app_version: "9.9.9",
            database: "Embedded (SQLite)",
        },
        dir.path(),
    );
    assert!(
        text.starts_with("Plaintiff Intake 9.9.9\nDatabase: Embedded (SQLite)\n"),
        "{text}"
    );
    assert!(text.contains("Last 2 log lines:\n"), "{text}");
    assert!(
        text.contains("file=ssn_***-**-6789.csv source=acme"),
        "{text}"
    );
    assert!(
        text.contains("UI error: Row 4: SSN ***-**-4321 is not valid"),
        "{text}"
    );
    assert!(
        !text.contains("123-45-6789") && !text.contains("987-65-4321"),
        "{text}"
    );
}
