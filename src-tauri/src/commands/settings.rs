//! Settings screen: which database, connection profiles (passwords in the OS
//! keychain), Test connection, and the banner's facts.

use std::time::Duration;

use intake_engine::config::{self, keychain, DatabaseUrl, Settings};
use intake_engine::ErrorCode;
use tauri::State;

use crate::ipc::{ConnectionInfo, ConnectionTest, IpcError, IpcResult, ProfileInput};
use crate::state::{os_user, AppState};
use crate::updates;

const TEST_TIMEOUT: Duration = Duration::from_secs(20);

/// The database the app uses (connecting on first call). A failed connection
/// is reported in `error`, not as an `Err`, so the app can still open Settings.
#[tauri::command]
pub async fn connection_info(state: State<'_, AppState>) -> IpcResult<ConnectionInfo> {
    match state.connection().await {
        Ok(conn) => {
            let capabilities = conn.store.capabilities().await;
            let embedded_path =
                DatabaseUrl::sqlite_path(&conn.resolved.url).map(|path| path.display().to_string());
            Ok(ConnectionInfo {
                origin: conn.resolved.origin.clone(),
                description: conn.store.describe(),
                embedded_path,
                environment: conn.resolved.environment.clone(),
                capabilities: capabilities.as_ref().ok().cloned(),
                error: capabilities.err().map(IpcError::from),
                user: os_user(),
            })
        }
        Err(error) => {
            let settings = Settings::load().unwrap_or_default();
            let profile = settings
                .active_profile
                .as_deref()
                .and_then(|n| settings.profile(n));
            Ok(ConnectionInfo {
                origin: profile.map_or("embedded".into(), |p| format!("profile {}", p.name)),
                description: profile.map_or_else(
                    || config::default_sqlite_path().display().to_string(),
                    |p| format!("{}@{}:{}/{}", p.user, p.host, p.port, p.database),
                ),
                embedded_path: None,
                environment: profile.map(|p| p.environment.clone()),
                capabilities: None,
                error: Some(error),
                user: os_user(),
            })
        }
    }
}

/// Drop the open connection and connect again (after the settings changed).
#[tauri::command]
pub async fn reconnect(state: State<'_, AppState>) -> IpcResult<ConnectionInfo> {
    state.disconnect().await;
    connection_info(state).await
}

#[tauri::command]
pub async fn get_settings() -> IpcResult<Settings> {
    Ok(Settings::load()?)
}

/// Saves the settings; changed update settings are checked first (an
/// insecure or missing address is refused with a sentence, nothing saved).
/// Unchanged ones are not, so a hand-edited address cannot block other saves.
#[tauri::command]
pub async fn save_settings(settings: Settings) -> IpcResult<()> {
    let stored = Settings::load().unwrap_or_default();
    if settings.updates != stored.updates {
        updates::manifest_url(&settings.updates)?;
    }
    Ok(settings.save()?)
}

/// Add or replace a profile; a given password goes to the OS keychain only.
#[tauri::command]
pub async fn save_profile(input: ProfileInput) -> IpcResult<Settings> {
    let name = input.profile.name.trim().to_string();
    if name.is_empty() {
        return Err(IpcError::new(
            ErrorCode::InvalidArgument,
            "A connection profile needs a name.",
        ));
    }
    let mut settings = Settings::load()?;
    let profile = config::Profile {
        name: name.clone(),
        ..input.profile
    };
    match settings.profiles.iter_mut().find(|p| p.name == name) {
        Some(existing) => *existing = profile,
        None => settings.profiles.push(profile),
    }
    match input.password.as_deref() {
        Some("") => keychain::delete_password(&name)?,
        Some(pw) => keychain::set_password(&name, pw)?,
        None => {}
    }
    settings.save()?;
    Ok(settings)
}

#[tauri::command]
pub async fn delete_profile(name: String) -> IpcResult<Settings> {
    let mut settings = Settings::load()?;
    settings.profiles.retain(|p| p.name != name);
    if settings.active_profile.as_deref() == Some(name.as_str()) {
        settings.active_profile = None;
    }
    keychain::delete_password(&name)?;
    settings.save()?;
    Ok(settings)
}

/// Connect with a profile (the typed password, else the saved one) and report
/// the role and what it may do. Nothing is saved.
#[tauri::command]
pub async fn test_connection(input: ProfileInput) -> IpcResult<ConnectionTest> {
    let password = match input.password.filter(|p| !p.is_empty()) {
        Some(pw) => Some(pw),
        None => keychain::get_password(&input.profile.name)?,
    };
    let url = config::profile_url_with_password(&input.profile, password.as_deref())?;
    let attempt = async {
        let store = config::connect(&url).await?;
        let capabilities = store.capabilities().await?;
        Ok::<_, intake_engine::EngineError>(ConnectionTest {
            description: store.describe(),
            capabilities,
        })
    };
    match tokio::time::timeout(TEST_TIMEOUT, attempt).await {
        Ok(result) => Ok(result?),
        Err(_) => Err(IpcError::new(
            ErrorCode::Connection,
            "Cannot connect to the database: no answer within 20 seconds (check the host, the port and the network).",
        )),
    }
}
