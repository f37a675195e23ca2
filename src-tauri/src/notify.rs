//! A desktop notification when an import, or a preview that took a while,
//! ends while the clerk is in another window (reading email): the window
//! itself says everything when it has the focus.

use std::time::Duration;

use intake_engine::ImportReport;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::ipc::IpcError;

/// A preview shorter than this is still being watched: no notification.
pub const LONG_PREVIEW: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    Import,
    Preview,
}

/// Whether a job that ended after `elapsed` deserves a notification.
pub fn should_notify(job: Job, elapsed: Duration, window_focused: bool) -> bool {
    if window_focused {
        return false;
    }
    match job {
        Job::Import => true,
        Job::Preview => elapsed >= LONG_PREVIEW,
    }
}

/// Title and body of the notification for a job's outcome.
pub fn message(job: Job, outcome: Result<&ImportReport, &IpcError>) -> (String, String) {
    match (job, outcome) {
        (Job::Import, Ok(r)) => (
            "Import finished".into(),
            format!(
                "{}: {} new, {} skipped, {} invalid.",
                r.filename, r.inserted, r.skipped, r.errored
            ),
        ),
        (Job::Preview, Ok(r)) => (
            "Preview ready".into(),
            format!("{}: {} rows checked.", r.filename, r.fetched),
        ),
        (Job::Import, Err(e)) => ("Import failed".into(), e.message.clone()),
        (Job::Preview, Err(e)) => ("Preview failed".into(), e.message.clone()),
    }
}

/// Notify when [`should_notify`] says so. The plugin sends in the background:
/// a desktop without a notification service only loses the notification.
pub fn job_ended(
    app: &AppHandle,
    job: Job,
    elapsed: Duration,
    outcome: Result<&ImportReport, &IpcError>,
) {
    let focused = app
        .get_webview_window("main")
        .and_then(|w| w.is_focused().ok())
        .unwrap_or(false);
    if !should_notify(job, elapsed, focused) {
        return;
    }
    let (title, body) = message(job, outcome);
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        tracing::info!("no desktop notification shown: {e}");
    }
}

// The decision and the words are tested here; the desktop notification
// itself is not asserted anywhere: the test machines run no notification
// service (org.freedesktop.Notifications), so the plugin's background send
// can only fail there; the outcome reaches the window either way.
#[cfg(test)]
mod tests {
    use super::*;
    use intake_engine::ErrorCode;

    #[test]
    fn only_an_unwatched_window_is_notified() {
        let secs = Duration::from_secs;
        assert!(should_notify(Job::Import, secs(1), false));
        assert!(!should_notify(Job::Import, secs(600), true));
        assert!(!should_notify(Job::Preview, secs(4), false));
        assert!(should_notify(Job::Preview, secs(5), false));
        assert!(!should_notify(Job::Preview, secs(60), true));
    }

    #[test]
    fn failures_say_the_error_sentence() {
        let e = IpcError::new(
            ErrorCode::Cancelled,
            "The import was cancelled; nothing was imported.",
        );
        assert_eq!(
            message(Job::Import, Err(&e)),
            (
                "Import failed".to_string(),
                "The import was cancelled; nothing was imported.".to_string()
            )
        );
    }
}
