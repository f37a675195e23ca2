//! Files handed to the app by the desktop: `plaintiff-intake FILE`, "Open
//! with…", a double-click through the file association. One window per
//! computer: a second launch (single-instance plugin) focuses the running
//! window and passes its file on, and the window previews it exactly as if
//! it had been dropped (the UI's drop path).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager};

/// Event the main window hears with the absolute path of a file to preview.
pub const OPEN_FILE_EVENT: &str = "open-file";

/// A file given on the first launch, kept until the UI is ready to ask for it.
#[derive(Default)]
pub struct LaunchFile(Mutex<Option<String>>);

impl LaunchFile {
    pub fn new(path: Option<PathBuf>) -> Self {
        Self(Mutex::new(path.map(|p| p.display().to_string())))
    }
}

/// The file among a launch's arguments (after the program name): the first
/// that is not an option, made absolute against the launch's `cwd`.
pub fn file_argument(args: &[String], cwd: &Path) -> Option<PathBuf> {
    let arg = args.iter().skip(1).find(|a| !a.starts_with('-'))?;
    // A desktop entry's %u may pass a file:// URL (percent-encoded).
    let path = match url::Url::parse(arg) {
        Ok(u) if u.scheme() == "file" => u.to_file_path().ok()?,
        _ => PathBuf::from(arg),
    };
    Some(if path.is_absolute() {
        path
    } else {
        cwd.join(path)
    })
}

/// Single-instance callback: bring the running window forward and hand it
/// the second launch's file.
pub fn second_launch(app: &AppHandle, args: Vec<String>, cwd: String) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if let Some(path) = file_argument(&args, Path::new(&cwd)) {
        tracing::info!("second launch: opening {}", path.display());
        let _ = app.emit_to("main", OPEN_FILE_EVENT, path.display().to_string());
    }
}

/// The file the app was started with, once (the UI asks when it is ready).
#[tauri::command]
pub fn take_launch_file(launch: tauri::State<'_, LaunchFile>) -> Option<String> {
    launch.0.lock().expect("launch file lock").take()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_first_non_option_argument_is_the_file() {
        let cwd = Path::new("/home/ann/Downloads");
        assert_eq!(file_argument(&args(&["plaintiff-intake"]), cwd), None);
        assert_eq!(
            file_argument(&args(&["plaintiff-intake", "acme.csv"]), cwd),
            Some(PathBuf::from("/home/ann/Downloads/acme.csv"))
        );
        assert_eq!(
            file_argument(&args(&["plaintiff-intake", "--flag", "/tmp/b.xlsx"]), cwd),
            Some(PathBuf::from("/tmp/b.xlsx"))
        );
        assert_eq!(
            file_argument(&args(&["plaintiff-intake", "file:///tmp/my%20c.csv"]), cwd),
            Some(PathBuf::from("/tmp/my c.csv"))
        );
    }
}
