//! Who is acting: the OS user, named the same way by every front door (CLI,
//! app) and backend, so the history names the same person however the
//! import or rollback was started. A neutral module: storage and export use
//! it without reaching into the pipeline.

/// Who is importing or rolling back, when the front door does not say: the OS user.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .or_else(user_from_passwd)
        .unwrap_or_else(|| "unknown".to_string())
}

/// Without a login environment (services, CI), look the uid up in /etc/passwd.
#[cfg(unix)]
fn user_from_passwd() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut parts = line.split(':');
        let name = parts.next()?;
        (parts.nth(1)? == uid).then(|| name.to_string())
    })
}

#[cfg(not(unix))]
fn user_from_passwd() -> Option<String> {
    None
}

/// A named actor, trimmed; a blank one names nobody (each backend then
/// records its own default: the OS user, or PostgreSQL's login).
pub fn validate_actor(actor: Option<&str>) -> Option<String> {
    actor
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::validate_actor;

    #[test]
    fn a_blank_actor_names_nobody() {
        assert_eq!(validate_actor(None), None);
        assert_eq!(validate_actor(Some(" \t")), None);
        assert_eq!(validate_actor(Some(" ann ")).as_deref(), Some("ann"));
    }
}
