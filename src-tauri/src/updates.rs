//! Updates through `tauri-plugin-updater`, only when the settings turn them
//! on (`Settings::updates`): a clerk's machine must not reach out to the
//! internet unless the organisation chose to. The manifest and the installer
//! it names are verified against the public key in `tauri.conf.json`
//! (`plugins.updater.pubkey`); `scripts/package.sh` documents signing.

use intake_engine::config::{Settings, UpdateSettings};
use intake_engine::ErrorCode;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime};
use tauri_plugin_updater::UpdaterExt;
use ts_rs::TS;
use url::Url;

use crate::ipc::{IpcError, IpcResult};

/// Emitted at startup when a newer version is offered.
pub const UPDATE_AVAILABLE_EVENT: &str = "update-available";

/// A newer version the manifest offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UpdateOffer {
    pub version: String,
    pub current_version: String,
    pub notes: Option<String>,
}

/// The manifest URL to check, or `None` when updates are off.
pub fn manifest_url(updates: &UpdateSettings) -> IpcResult<Option<Url>> {
    if !updates.enabled {
        return Ok(None);
    }
    let text = updates.url.as_deref().map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Err(IpcError::new(
            ErrorCode::UpdateUrlMissing,
            "Updates are turned on but no update address is set: enter the address your IT department gave you in Settings, or turn updates off.",
        ));
    }
    match Url::parse(text) {
        // The signature protects the files; https also keeps the offer
        // itself (which version, which notes) from being changed on the way.
        Ok(url) if url.scheme() == "https" && url.host().is_some() => Ok(Some(url)),
        _ => Err(IpcError::new(
            ErrorCode::UpdateUrlInvalid,
            format!("The update address '{text}' is not a secure web address: it must start with https://."),
        )),
    }
}

fn updater<R: Runtime>(app: &AppHandle<R>) -> IpcResult<Option<tauri_plugin_updater::Updater>> {
    let settings = Settings::load()?;
    let Some(url) = manifest_url(&settings.updates)? else {
        return Ok(None);
    };
    app.updater_builder()
        .endpoints(vec![url])
        .and_then(|b| b.build())
        .map(Some)
        .map_err(update_error)
}

fn update_error(e: tauri_plugin_updater::Error) -> IpcError {
    IpcError::new(
        ErrorCode::UpdateFailed,
        format!("Could not check for or install an update: {e}"),
    )
}

/// Ask the manifest whether a newer version exists (`None`: up to date, or
/// updates are off).
#[tauri::command]
pub async fn check_for_update(app: AppHandle) -> IpcResult<Option<UpdateOffer>> {
    let Some(updater) = updater(&app)? else {
        return Ok(None);
    };
    let update = updater.check().await.map_err(update_error)?;
    Ok(update.map(|u| UpdateOffer {
        version: u.version.clone(),
        current_version: u.current_version.clone(),
        notes: u.body.clone(),
    }))
}

/// Download the offered version, verify its signature, install it and
/// restart. Refused while updates are off.
#[tauri::command]
pub async fn install_update(app: AppHandle) -> IpcResult<()> {
    let Some(updater) = updater(&app)? else {
        return Err(IpcError::new(
            ErrorCode::UpdatesOff,
            "Updates are turned off in Settings.",
        ));
    };
    let Some(update) = updater.check().await.map_err(update_error)? else {
        return Ok(());
    };
    update
        .download_and_install(|_, _| {}, || {})
        .await
        .map_err(update_error)?;
    app.restart()
}

/// A plugin whose only job is the startup check: when updates are on and a
/// newer version is offered, tell the window (`update-available`).
pub fn startup_check<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("intake-update-check")
        .setup(|app, _| {
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                let Ok(Some(updater)) = updater(&app) else {
                    return;
                };
                match updater.check().await {
                    Ok(Some(u)) => {
                        tracing::info!(version = %u.version, "an update is available");
                        let offer = UpdateOffer {
                            version: u.version.clone(),
                            current_version: u.current_version.clone(),
                            notes: u.body.clone(),
                        };
                        let _ = app.emit(UPDATE_AVAILABLE_EVENT, offer);
                    }
                    Ok(None) => tracing::info!("no update available"),
                    Err(e) => tracing::warn!("update check failed: {e}"),
                }
            });
            Ok(())
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn updates(enabled: bool, url: Option<&str>) -> UpdateSettings {
        UpdateSettings {
            enabled,
            url: url.map(Into::into),
        }
    }

    #[test]
    fn updates_are_off_unless_turned_on() {
        assert_eq!(UpdateSettings::default(), updates(false, None));
        // Off wins over an address: nothing is contacted.
        assert_eq!(
            manifest_url(&updates(
                false,
                Some("https://updates.example.org/latest.json")
            )),
            Ok(None)
        );
        // settings.json written before updates existed loads with them off.
        let old: Settings = serde_json::from_str(r#"{"sources": ["jbi"]}"#).unwrap();
        assert_eq!(old.updates, updates(false, None));
    }

    #[test]
    fn an_https_manifest_is_checked() {
        let url = manifest_url(&updates(
            true,
            Some(" https://updates.example.org/latest.json "),
        ));
        assert_eq!(
            url.unwrap().unwrap().as_str(),
            "https://updates.example.org/latest.json"
        );
    }

    #[test]
    fn a_missing_or_insecure_address_is_refused_with_a_sentence() {
        for (url, code, message) in [
            (None, ErrorCode::UpdateUrlMissing, "Updates are turned on but no update address is set: enter the address your IT department gave you in Settings, or turn updates off."),
            (Some("  "), ErrorCode::UpdateUrlMissing, "Updates are turned on but no update address is set: enter the address your IT department gave you in Settings, or turn updates off."),
            (Some("http://updates.example.org/latest.json"), ErrorCode::UpdateUrlInvalid, "The update address 'http://updates.example.org/latest.json' is not a secure web address: it must start with https://."),
            (Some("updates.example.org"), ErrorCode::UpdateUrlInvalid, "The update address 'updates.example.org' is not a secure web address: it must start with https://."),
        ] {
            let err = manifest_url(&updates(true, url)).unwrap_err();
            assert_eq!((err.code, err.message.as_str()), (code, message), "{url:?}");
        }
    }

    #[test]
    fn the_settings_round_trip_through_settings_json() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let settings = Settings {
            updates: updates(true, Some("https://updates.example.org/latest.json")),
            ..Settings::default()
        };
        settings.save_to(&path).unwrap();
        assert_eq!(Settings::load_from(&path).unwrap(), settings);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(r#""updates": {"#) && text.contains(r#""enabled": true"#),
            "{text}"
        );
    }

    /// What `tauri-plugin-updater` does with a downloaded installer: the
    /// public key in tauri.conf.json verifies a file signed by
    /// `tauri signer sign` with the project's key, and refuses it changed.
    #[test]
    fn the_configured_public_key_verifies_signed_files_only() {
        use base64::Engine as _;
        let b64 = |text: &str| {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .unwrap();
            String::from_utf8(bytes).unwrap()
        };
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let config: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root.join("tauri.conf.json")).unwrap())
                .unwrap();
        let pubkey = config["plugins"]["updater"]["pubkey"].as_str().unwrap();
        let key = minisign_verify::PublicKey::decode(&b64(pubkey)).unwrap();
        let fixtures = root.join("src-tauri/fixtures");
        let signed = std::fs::read(fixtures.join("signed-update.txt")).unwrap();
        let signature = minisign_verify::Signature::decode(&b64(&std::fs::read_to_string(
            fixtures.join("signed-update.txt.sig"),
        )
        .unwrap()))
        .unwrap();
        key.verify(&signed, &signature, true).expect("genuine file");
        let mut tampered = signed.clone();
        tampered[0] ^= 1;
        assert!(key.verify(&tampered, &signature, true).is_err());
    }
}
