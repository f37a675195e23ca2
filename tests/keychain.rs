//! Keychain round trip against the real OS store (Secret Service on Linux):
//! set, read and delete a profile password through `config::keychain`.
//! Run under `scripts/with-keyring.sh cargo test --test keychain`, which
//! starts a private, unlocked gnome-keyring inside its own D-Bus session.

use intake_engine::config::keychain;

#[test]
fn password_round_trips_through_the_os_keychain() {
    let profile = format!("e2e-keychain-{}", uuid::Uuid::new_v4().simple());
    assert_eq!(
        keychain::get_password(&profile).unwrap(),
        None,
        "fresh profile has no password"
    );

    keychain::set_password(&profile, "s3cret, with spaces & ünïcode").unwrap();
    assert_eq!(
        keychain::get_password(&profile).unwrap().as_deref(),
        Some("s3cret, with spaces & ünïcode")
    );

    // Replacing keeps one entry with the new value.
    keychain::set_password(&profile, "rotated").unwrap();
    assert_eq!(
        keychain::get_password(&profile).unwrap().as_deref(),
        Some("rotated")
    );

    // The store is the real Secret Service, not keyring's in-memory mock:
    // another process (secret-tool) sees the entry.
    if std::env::var_os("INTAKE_KEYRING_WRAPPED").is_some() {
        let out = std::process::Command::new("secret-tool")
            .args([
                "lookup",
                "service",
                "plaintiff-intake",
                "username",
                &profile,
            ])
            .output()
            .expect("secret-tool (libsecret-tools)");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "rotated");
    }

    keychain::delete_password(&profile).unwrap();
    assert_eq!(keychain::get_password(&profile).unwrap(), None);
    // Deleting again is not an error.
    keychain::delete_password(&profile).unwrap();
}
