//! Which database to use: `--database URL`, else `INTAKE_DATABASE_URL`, else
//! `DATABASE_URL`, else a saved profile (`--profile NAME` or `SUPABASE_MODE`),
//! else the embedded SQLite file in the user's data directory.

use std::path::PathBuf;
use std::sync::Arc;

use crate::error::Result;
use crate::storage::Storage;

/// The embedded database file: `<data dir>/intake.sqlite3`
/// (`~/.local/share/plaintiff-intake/` on Linux). `INTAKE_DATA_DIR` overrides the folder.
pub fn default_sqlite_path() -> PathBuf {
    unimplemented!("config::default_sqlite_path")
}

/// Open a storage backend from a `postgres://…` or `sqlite://…` URL and apply migrations.
pub async fn connect(url: &str) -> Result<Arc<dyn Storage>> {
    let _ = url;
    unimplemented!("config::connect")
}
