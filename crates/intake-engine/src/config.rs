//! Which database to use, and the settings the app and the CLI share.
//!
//! Order (SPEC §4): `--database URL`, else `INTAKE_DATABASE_URL`, else
//! `DATABASE_URL`, else a saved profile (`--profile NAME` or `SUPABASE_MODE`),
//! else the embedded SQLite file in the user's data directory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::db_url::describe_url;
use crate::error::{EngineError, Result};
use crate::model::BackendKind;
use crate::storage::postgres::PgStorage;
use crate::storage::sqlite::SqliteStorage;
use crate::storage::{SchemaState, Storage};

/// Folder name under the platform's data and config directories.
pub const APP_DIR_NAME: &str = "plaintiff-intake";
/// Keychain service name for profile passwords.
pub const KEYCHAIN_SERVICE: &str = "plaintiff-intake";

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", APP_DIR_NAME)
}

/// Per-user data folder (`~/.local/share/plaintiff-intake` on Linux,
/// `~/Library/Application Support/plaintiff-intake` on macOS,
/// `%APPDATA%\plaintiff-intake\data` on Windows). `INTAKE_DATA_DIR` overrides it.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("INTAKE_DATA_DIR").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".plaintiff-intake"))
}

/// Per-user config folder (settings.json). `INTAKE_CONFIG_DIR` overrides it.
pub fn config_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("INTAKE_CONFIG_DIR").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    project_dirs()
        .map(|d| d.config_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".plaintiff-intake"))
}

/// The embedded database file, the same for the CLI and the app.
pub fn default_sqlite_path() -> PathBuf {
    data_dir().join("intake.sqlite3")
}

/// A saved PostgreSQL connection. The password is not here: it lives in the
/// OS keychain under (`KEYCHAIN_SERVICE`, profile name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Profile {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    /// `disable`, `prefer`, `require`, … (Supabase: `require`).
    pub sslmode: Option<String>,
    /// `dev` or `prod`: drives the banner and `SUPABASE_MODE`.
    pub environment: String,
}

/// Settings shared by the app and the CLI (`<config dir>/settings.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Settings {
    /// Profile the app connects to; `None` = the embedded database.
    pub active_profile: Option<String>,
    pub profiles: Vec<Profile>,
    pub last_source: Option<String>,
    pub sources: Vec<String>,
    /// Per source: header → canonical field (or "" to ignore the column).
    pub header_overrides: BTreeMap<String, BTreeMap<String, String>>,
    /// Import without promoting; rows stay `pending` until promoted.
    pub review_before_promoting: bool,
    /// The desktop app's update checks.
    pub updates: UpdateSettings,
}

/// Update checks of the desktop app: off unless an admin turns them on and
/// names the organisation's signed update manifest (`latest.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct UpdateSettings {
    pub enabled: bool,
    /// The manifest's https URL.
    pub url: Option<String>,
}

impl Settings {
    pub fn path() -> PathBuf {
        config_dir().join("settings.json")
    }

    /// Load the settings; a missing file gives the defaults.
    pub fn load() -> Result<Settings> {
        Self::load_from(&Self::path())
    }

    pub fn load_from(path: &Path) -> Result<Settings> {
        match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                EngineError::Config(format!("cannot read settings {}: {e}", path.display()))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(EngineError::Config(format!(
                "cannot read settings {}: {e}",
                path.display()
            ))),
        }
    }

    /// Save atomically (write a temp file, then rename).
    pub fn save(&self) -> Result<()> {
        self.save_to(&Self::path())
    }

    pub fn save_to(&self, path: &Path) -> Result<()> {
        let io = |e: std::io::Error| {
            EngineError::Config(format!("cannot save settings {}: {e}", path.display()))
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = path.with_extension("json.tmp");
        let text = serde_json::to_string_pretty(self).expect("settings serialize");
        std::fs::write(&tmp, text).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.name == name)
    }
}

/// Passwords in the OS keychain (macOS Keychain, Windows Credential Manager,
/// Secret Service on Linux) — never in a file or a log.
pub mod keychain {
    use super::KEYCHAIN_SERVICE;
    use crate::error::{EngineError, Result};

    // keyring's Secret Service backend blocks on its own executor; run each
    // call on a plain thread so it is safe from inside a tokio runtime.
    fn on_thread<T: Send + 'static>(
        f: impl FnOnce() -> keyring::Result<T> + Send + 'static,
    ) -> keyring::Result<T> {
        std::thread::spawn(f).join().unwrap_or_else(|_| {
            Err(keyring::Error::PlatformFailure(
                "keychain thread panicked".into(),
            ))
        })
    }

    fn explain(e: keyring::Error) -> EngineError {
        EngineError::Config(format!("OS keychain: {e}"))
    }

    pub fn set_password(profile: &str, password: &str) -> Result<()> {
        let (profile, password) = (profile.to_string(), password.to_string());
        on_thread(move || keyring::Entry::new(KEYCHAIN_SERVICE, &profile)?.set_password(&password))
            .map_err(explain)
    }

    /// The saved password, or `None` when there is none.
    pub fn get_password(profile: &str) -> Result<Option<String>> {
        let profile = profile.to_string();
        match on_thread(move || keyring::Entry::new(KEYCHAIN_SERVICE, &profile)?.get_password()) {
            Ok(pw) => Ok(Some(pw)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(explain(e)),
        }
    }

    pub fn delete_password(profile: &str) -> Result<()> {
        let profile = profile.to_string();
        match on_thread(move || {
            keyring::Entry::new(KEYCHAIN_SERVICE, &profile)?.delete_credential()
        }) {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(explain(e)),
        }
    }
}

/// Build the URL of a profile with the given password.
pub fn profile_url_with_password(p: &Profile, password: Option<&str>) -> Result<String> {
    let mut url =
        url::Url::parse("postgres://localhost/").map_err(|e| EngineError::Config(e.to_string()))?;
    url.set_host(Some(&p.host))
        .map_err(|e| EngineError::Config(format!("profile '{}': bad host: {e}", p.name)))?;
    let _ = url.set_port(Some(p.port));
    let _ = url.set_username(&p.user);
    if let Some(pw) = password.filter(|pw| !pw.is_empty()) {
        let _ = url.set_password(Some(pw));
    }
    url.set_path(&p.database);
    if let Some(mode) = p.sslmode.as_deref().filter(|m| !m.is_empty()) {
        url.query_pairs_mut().append_pair("sslmode", mode);
    }
    Ok(url.to_string())
}

/// The URL of a saved profile, its password read from the OS keychain.
pub fn profile_url(p: &Profile) -> Result<String> {
    let password = keychain::get_password(&p.name)?;
    profile_url_with_password(p, password.as_deref())
}

/// Where a resolved database came from, for messages and the dev/prod banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ResolvedDatabase {
    /// `postgres://…` or `sqlite://…` (may hold a password: never log it; use `describe_url`).
    pub url: String,
    /// `--database`, `INTAKE_DATABASE_URL`, `DATABASE_URL`, `profile <name>`, `embedded`.
    pub origin: String,
    /// `dev`/`prod` for profiles, `None` otherwise.
    pub environment: Option<String>,
}

/// Resolve the database: `flag` is `--database`, `profile` is `--profile`
/// (or the app's active profile). `SUPABASE_MODE` picks a profile by name or
/// by environment when no profile is named.
///
/// The first of `--database`, `INTAKE_DATABASE_URL`, `DATABASE_URL` that is
/// given decides; given but blank is a usage error, never a silent fall back
/// to the embedded file (an emptied variable would otherwise import into a
/// database nobody meant).
pub fn resolve(flag: Option<&str>, profile: Option<&str>) -> Result<ResolvedDatabase> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    if let Some(url) = flag {
        return direct_url(url, "--database");
    }
    for key in ["INTAKE_DATABASE_URL", "DATABASE_URL"] {
        if let Some(value) = std::env::var_os(key) {
            return direct_url(&value.to_string_lossy(), key);
        }
    }
    let mode = env("SUPABASE_MODE");
    if profile.is_some() || mode.is_some() {
        let settings = Settings::load()?;
        let chosen = match (profile, mode.as_deref()) {
            (Some(name), _) => settings.profile(name).ok_or_else(|| {
                EngineError::Config(format!(
                    "no saved connection profile named '{name}' (profiles are made in the app's Settings)"
                ))
            })?,
            (None, Some(mode)) => settings
                .profile(mode)
                .or_else(|| settings.profiles.iter().find(|p| p.environment == mode))
                .ok_or_else(|| {
                    EngineError::Config(format!(
                        "SUPABASE_MODE={mode}, but no saved profile is named or marked '{mode}'"
                    ))
                })?,
            (None, None) => unreachable!(),
        };
        return Ok(ResolvedDatabase {
            url: profile_url(chosen)?,
            origin: format!("profile {}", chosen.name),
            environment: Some(chosen.environment.clone()),
        });
    }
    Ok(ResolvedDatabase {
        url: sqlite_url(&default_sqlite_path()),
        origin: EMBEDDED_ORIGIN.to_string(),
        environment: None,
    })
}

/// `ResolvedDatabase::origin` of the embedded default.
pub const EMBEDDED_ORIGIN: &str = "embedded";

/// A URL given by flag or environment variable (`origin`); blank is refused.
pub fn direct_url(url: &str, origin: &str) -> Result<ResolvedDatabase> {
    let url = url.trim();
    if url.is_empty() {
        let (what, instead) = if origin.starts_with("--") {
            (format!("{origin} is empty"), "leave it out")
        } else {
            (format!("{origin} is set but empty"), "unset it")
        };
        return Err(EngineError::DatabaseUrl(format!(
            "{what}: give a postgres:// or sqlite:// URL, or {instead} to use the embedded database"
        )));
    }
    Ok(ResolvedDatabase {
        url: url.to_string(),
        origin: origin.to_string(),
        environment: None,
    })
}

/// Which database a command used, for people (`Display`) and `--json`.
/// Never holds a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatabaseInfo {
    /// `postgres` or `sqlite`.
    pub backend: BackendKind,
    /// The URL without its password (PostgreSQL), or the file (SQLite).
    pub location: String,
    /// Where the choice came from: `--database`, `INTAKE_DATABASE_URL`,
    /// `DATABASE_URL`, `profile NAME` or `embedded`.
    pub origin: String,
}

impl DatabaseInfo {
    pub fn of(resolved: &ResolvedDatabase) -> DatabaseInfo {
        let (backend, location) = match DatabaseUrl::parse(&resolved.url) {
            Some(DatabaseUrl::Sqlite(path)) => (BackendKind::Sqlite, path.display().to_string()),
            _ => (BackendKind::Postgres, describe_url(&resolved.url)),
        };
        DatabaseInfo {
            backend,
            location,
            origin: resolved.origin.clone(),
        }
    }
}

impl std::fmt::Display for DatabaseInfo {
    /// `PostgreSQL postgres://u@h:5432/db (from INTAKE_DATABASE_URL)`,
    /// `embedded SQLite /home/u/.local/share/plaintiff-intake/intake.sqlite3`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.backend, self.origin.as_str()) {
            (BackendKind::Sqlite, EMBEDDED_ORIGIN) => {
                write!(f, "embedded SQLite {}", self.location)
            }
            (BackendKind::Sqlite, origin) => write!(f, "SQLite {} (from {origin})", self.location),
            (BackendKind::Postgres, origin) => {
                write!(f, "PostgreSQL {} (from {origin})", self.location)
            }
        }
    }
}

pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// A database URL as every front door reads it: the one parser for
/// `--database`, the environment, profiles, `export-to` and the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `postgres://…` or `postgresql://…`, kept whole (it may hold a password).
    Postgres(String),
    /// `sqlite://PATH` or `sqlite:PATH`; a query (`?mode=rwc`) is dropped.
    /// The path may be empty (`sqlite://`): callers refuse it in their words.
    Sqlite(PathBuf),
}

impl DatabaseUrl {
    /// `None` for any other scheme.
    pub fn parse(url: &str) -> Option<DatabaseUrl> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Some(DatabaseUrl::Postgres(url.to_string()));
        }
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or(rest);
        Some(DatabaseUrl::Sqlite(PathBuf::from(path)))
    }

    /// The SQLite file, when this is one.
    pub fn sqlite_path(url: &str) -> Option<PathBuf> {
        match DatabaseUrl::parse(url)? {
            DatabaseUrl::Sqlite(path) => Some(path),
            DatabaseUrl::Postgres(_) => None,
        }
    }
}

/// Open a backend from a URL without touching its schema (for `intake migrate`).
pub async fn connect(url: &str) -> Result<Arc<dyn Storage>> {
    match DatabaseUrl::parse(url) {
        Some(DatabaseUrl::Postgres(url)) => Ok(Arc::new(PgStorage::connect(&url).await?)),
        Some(DatabaseUrl::Sqlite(path)) => {
            check_sqlite_path(&path, url)?;
            Ok(Arc::new(SqliteStorage::open(&path).await?))
        }
        None => Err(EngineError::DatabaseUrl(format!(
            "Unsupported database URL '{}': use postgres://… or sqlite://PATH",
            describe_url(url)
        ))),
    }
}

/// A `sqlite://` path must name a file in an existing folder: a typo must not
/// quietly create folders and an empty database. Only the embedded
/// database's own folder is created.
fn check_sqlite_path(path: &Path, url: &str) -> Result<()> {
    if path.as_os_str().is_empty() {
        return Err(EngineError::DatabaseUrl(format!(
            "The database URL '{}' names no file: use sqlite:///path/to/intake.sqlite3",
            describe_url(url)
        )));
    }
    if path.is_dir() {
        return Err(EngineError::DatabaseUrl(format!(
            "{} is a folder, not a database file: name the file, e.g. sqlite://{}",
            path.display(),
            path.join("intake.sqlite3").display()
        )));
    }
    if path == default_sqlite_path() {
        return Ok(());
    }
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) if !folder.is_dir() => Err(EngineError::DatabaseUrl(format!(
            "The folder {} does not exist: create it first, or give a sqlite:// path in an \
             existing folder (only the embedded database's folder is made automatically)",
            folder.display()
        ))),
        _ => Ok(()),
    }
}

/// Open a backend ready for work: the embedded database is created and
/// migrated on first use; a PostgreSQL database must have been migrated by
/// an admin (`intake migrate`), since operators may not run DDL.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>> {
    let store = connect(url).await?;
    match store.backend() {
        BackendKind::Sqlite => store.migrate().await?,
        BackendKind::Postgres => match store.schema_state().await? {
            SchemaState::Ready => {}
            SchemaState::Missing => {
                return Err(EngineError::Config(
                    "this database has no `ingest` schema yet: run `intake migrate` first".into(),
                ))
            }
            SchemaState::Outdated => {
                return Err(EngineError::Config(
                    "this database's `ingest` schema is older than this version of intake: \
                         run `intake migrate` first"
                        .into(),
                ))
            }
        },
    }
    Ok(store)
}

#[cfg(test)]
mod tests {
    use super::{direct_url, DatabaseInfo, DatabaseUrl, ResolvedDatabase};
    use std::path::PathBuf;

    #[test]
    fn one_parser_reads_every_database_url() {
        let pg = |u: &str| Some(DatabaseUrl::Postgres(u.to_string()));
        let file = |p: &str| Some(DatabaseUrl::Sqlite(PathBuf::from(p)));
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db"),
            pg("postgres://u@h/db")
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://h/db"),
            pg("postgresql://h/db")
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.sqlite3"),
            file("/tmp/x.sqlite3")
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db?mode=rwc"),
            file("/tmp/x.db")
        );
        assert_eq!(DatabaseUrl::parse("sqlite:rel.db"), file("rel.db"));
        assert_eq!(DatabaseUrl::parse("sqlite://"), file(""));
        assert_eq!(DatabaseUrl::parse("mysql://h/db"), None);
        assert_eq!(DatabaseUrl::parse("/tmp/x.sqlite3"), None);
        assert_eq!(
            DatabaseUrl::sqlite_path("sqlite:///a/b.db?x=1"),
            Some(PathBuf::from("/a/b.db"))
        );
        assert_eq!(DatabaseUrl::sqlite_path("postgres://h/db"), None);
    }

    #[test]
    fn a_blank_url_is_refused_with_a_sentence() {
        for (origin, expected) in [
            ("--database", "--database is empty: give a postgres:// or sqlite:// URL, or leave it out to use the embedded database"),
            ("DATABASE_URL", "DATABASE_URL is set but empty: give a postgres:// or sqlite:// URL, or unset it to use the embedded database"),
        ] {
            let err = direct_url(" \t", origin).unwrap_err();
            assert_eq!((err.code(), err.to_string()), ("INVALID_DATABASE_URL", expected.into()));
            assert!(err.is_bad_input());
        }
        assert_eq!(
            direct_url(" sqlite:///x.db ", "--database").unwrap().url,
            "sqlite:///x.db"
        );
    }

    #[test]
    fn the_database_is_named_without_its_password() {
        let info = |url: &str, origin: &str| {
            DatabaseInfo::of(&ResolvedDatabase {
                url: url.into(),
                origin: origin.into(),
                environment: None,
            })
            .to_string()
        };
        assert_eq!(
            info("postgres://u:pw@h:5432/db", "INTAKE_DATABASE_URL"),
            "PostgreSQL postgres://u@h:5432/db (from INTAKE_DATABASE_URL)"
        );
        assert_eq!(
            info("sqlite:///data/intake.sqlite3", "embedded"),
            "embedded SQLite /data/intake.sqlite3"
        );
        assert_eq!(
            info("sqlite:///tmp/x.sqlite3?mode=rwc", "--database"),
            "SQLite /tmp/x.sqlite3 (from --database)"
        );
    }
}
