//! Logging through one redaction layer (SPEC §5): `tracing` to stderr for the
//! CLI and to a daily rolling file for the app, in the runbook's line format
//! `2025-01-14 10:30:00 [INFO] [intake] Starting import: file=… source=… hash=…`.
//! Every formatted line passes through `pii::redact` before it is written, so
//! an SSN or card number that slipped into a message is masked anyway.

use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, MakeWriter};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::EnvFilter;

use crate::pii;

/// The runbook's line format: local time, level, `[intake]`, message and fields.
pub struct RunbookFormat;

impl<S, N> FormatEvent<S, N> for RunbookFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        write!(writer, "{now} [{}] [intake] ", event.metadata().level())?;
        ctx.field_format().format_fields(writer.by_ref(), event)?;
        writeln!(writer)
    }
}

/// A writer that masks PII in each formatted line before passing it on.
/// tracing-subscriber writes one whole event per `write` call.
pub struct RedactingWriter<W: Write>(pub W);

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(pii::redact(&text).as_bytes())?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// `MakeWriter` wrapper applying `RedactingWriter` to any inner writer.
pub struct Redacting<M>(pub M);

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Redacting<M> {
    type Writer = RedactingWriter<M::Writer>;
    fn make_writer(&'a self) -> Self::Writer {
        RedactingWriter(self.0.make_writer())
    }
}

fn filter(default: &str) -> EnvFilter {
    // INTAKE_LOG (or RUST_LOG) refines the level; sqlx's per-statement logs
    // stay off unless asked for, since statements can carry values.
    let spec = std::env::var("INTAKE_LOG")
        .or_else(|_| std::env::var("RUST_LOG"))
        .unwrap_or_else(|_| format!("{default},sqlx=error"));
    EnvFilter::try_new(spec).unwrap_or_else(|_| EnvFilter::new(default))
}

/// CLI logging: stderr. `default_level` is e.g. `info` or `debug`.
pub fn init_cli(default_level: &str) {
    let _ = tracing_subscriber::fmt()
        // Colour codes only for a person at a terminal, never into a pipe or
        // file (set before the event format, which keeps it).
        .with_ansi(io::stderr().is_terminal())
        .event_format(RunbookFormat)
        .with_env_filter(filter(default_level))
        .with_writer(Redacting(io::stderr))
        .try_init();
}

/// Name of the app's log files: `intake.log.YYYY-MM-DD` (one per day).
pub const APP_LOG_PREFIX: &str = "intake.log";
/// Daily log files kept: two weeks of history for support, then the oldest
/// are deleted (at start and at each day's rollover).
pub const APP_LOG_FILES_KEPT: usize = 14;

/// The app's daily rolling log file in `log_dir`, keeping
/// [`APP_LOG_FILES_KEPT`] files.
pub fn app_log_appender(
    log_dir: &Path,
) -> Result<tracing_appender::rolling::RollingFileAppender, tracing_appender::rolling::InitError> {
    tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix(APP_LOG_PREFIX)
        .max_log_files(APP_LOG_FILES_KEPT)
        .build(log_dir)
}

/// App logging: the daily rolling file of [`app_log_appender`] in `log_dir`
/// (stderr if that folder cannot be written).
/// Keep the guard alive for the app's lifetime (it flushes on drop).
pub fn init_app(log_dir: &Path) -> tracing_appender::non_blocking::WorkerGuard {
    let (writer, guard) = match app_log_appender(log_dir) {
        Ok(appender) => tracing_appender::non_blocking(appender),
        Err(e) => {
            eprintln!("cannot write the log in {}: {e}", log_dir.display());
            tracing_appender::non_blocking(io::stderr())
        }
    };
    let _ = tracing_subscriber::fmt()
        .with_ansi(false)
        .event_format(RunbookFormat)
        .with_env_filter(filter("info"))
        .with_writer(Redacting(writer))
        .try_init();
    guard
}

/// An error the UI showed, with its code and where (`context`), written to
/// the same redacted log as the engine's own lines.
pub fn record_ui_error(code: &str, message: &str, context: &str) {
    tracing::warn!(target: "intake::ui", code, context, "UI error: {message}");
}
