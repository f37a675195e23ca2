//! "Copy diagnostics" for support: the app's version, the database kind, the
//! OS and the last lines of the app's log — PII-masked once more as a whole,
//! so even a line that reached the file some other way shows no SSN.

use std::fs;
use std::path::Path;

use crate::logging::APP_LOG_PREFIX;
use crate::pii;

/// Log lines a diagnostics text carries.
pub const DIAGNOSTIC_LOG_LINES: usize = 200;

/// What the shell knows about itself.
pub struct DiagnosticFacts<'a> {
    pub app_version: &'a str,
    /// e.g. `Embedded (SQLite)` or `PostgreSQL`; never a URL or a password.
    pub database: &'a str,
}

/// The text to paste into a support ticket.
pub fn diagnostics_text(facts: &DiagnosticFacts<'_>, log_dir: &Path) -> String {
    let lines = last_log_lines(log_dir, DIAGNOSTIC_LOG_LINES);
    let mut text = format!(
        "Plaintiff Intake {}\nDatabase: {}\nOS: {} {} ({})\nLog folder: {}\n\nLast {} log lines:\n",
        facts.app_version,
        facts.database,
        std::env::consts::OS,
        os_release().unwrap_or_default(),
        std::env::consts::ARCH,
        log_dir.display(),
        lines.len(),
    );
    for line in &lines {
        text.push_str(line);
        text.push('\n');
    }
    pii::redact(&text)
}

/// The last `n` lines of the app's log files (newest file last), oldest first.
pub fn last_log_lines(log_dir: &Path, n: usize) -> Vec<String> {
    let Ok(entries) = fs::read_dir(log_dir) else {
        return Vec::new();
    };
    // Daily files are named `intake.log.YYYY-MM-DD`: by name is by date.
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(APP_LOG_PREFIX))
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut lines: Vec<String> = Vec::new();
    for file in files.iter().rev() {
        let Ok(bytes) = fs::read(file) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        let mut older: Vec<String> = text
            .lines()
            .rev()
            .take(n - lines.len())
            .map(String::from)
            .collect();
        older.reverse();
        older.append(&mut lines);
        lines = older;
        if lines.len() >= n {
            break;
        }
    }
    lines
}

/// The OS name and version from `/etc/os-release` (Linux); `None` elsewhere.
fn os_release() -> Option<String> {
    let text = fs::read_to_string("/etc/os-release").ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|v| v.trim_matches('"').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_lines_span_files_in_date_order() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, lines: std::ops::Range<u32>| {
            let text: String = lines.map(|i| format!("line {i}\n")).collect();
            fs::write(dir.path().join(name), text).unwrap();
        };
        write("intake.log.2026-01-02", 150..300);
        write("intake.log.2026-01-01", 0..150);
        fs::write(dir.path().join("other.txt"), "not a log\n").unwrap();
        let lines = last_log_lines(dir.path(), 200);
        assert_eq!(lines.len(), 200);
        assert_eq!(lines[0], "line 100");
        assert_eq!(lines[199], "line 299");
        assert_eq!(
            last_log_lines(dir.path(), 3),
            ["line 297", "line 298", "line 299"]
        );
        assert!(last_log_lines(&dir.path().join("missing"), 200).is_empty());
    }

    #[test]
    fn a_raw_ssn_in_a_log_file_is_masked() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("intake.log.2026-01-01"),
            "2026-01-01 10:00:00 [INFO] [intake] pasted 123-45-6789 here\n",
        )
        .unwrap();
        let text = diagnostics_text(
            &DiagnosticFacts {
                app_version: "0.1.0",
                database: "Embedded (SQLite)",
            },
            dir.path(),
        );
        assert!(!text.contains("123-45-6789"), "{text}");
        assert!(text.contains("pasted ***-**-6789 here"), "{text}");
        assert!(
            text.starts_with("Plaintiff Intake 0.1.0\nDatabase: Embedded (SQLite)\nOS: "),
            "{text}"
        );
        assert!(text.contains("Last 1 log lines:\n"), "{text}");
    }
}
