// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    intake_alloc::tune();
    // WebKitGTK's DMA-BUF renderer shows a blank window on many Linux GPU/driver
    // combinations (and under Xvfb); the plain renderer works everywhere.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // Set before any thread starts, so no one reads the environment concurrently.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    plaintiff_intake_app::run();
}
