//! Database URLs as people and logs see them. Its own module so that
//! `config` (which opens backends) and the backends (which describe their
//! own URL) share it without importing each other.

/// A URL fit for people and logs: no password, whether it is in the user
/// info (`user:pw@`) or a query parameter (`?password=…`, `?sslpassword=…`).
pub fn describe_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(None);
            }
            let secret = |k: &str| {
                k.eq_ignore_ascii_case("password") || k.eq_ignore_ascii_case("sslpassword")
            };
            if u.query_pairs().any(|(k, _)| secret(&k)) {
                let kept: Vec<(String, String)> = u
                    .query_pairs()
                    .filter(|(k, _)| !secret(k))
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
                if kept.is_empty() {
                    u.set_query(None);
                } else {
                    u.query_pairs_mut().clear().extend_pairs(kept);
                }
            }
            u.to_string()
        }
        Err(_) => "<unparseable database URL>".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::describe_url;

    #[test]
    fn describe_url_never_shows_a_password() {
        assert_eq!(
            describe_url("postgres://postgres.abc:s3cret@aws-0-eu.pooler.supabase.com:5432/postgres?sslmode=require"),
            "postgres://postgres.abc@aws-0-eu.pooler.supabase.com:5432/postgres?sslmode=require"
        );
        assert_eq!(
            describe_url("postgres://u@h/db?password=s3cret&sslmode=require&sslpassword=x"),
            "postgres://u@h/db?sslmode=require"
        );
        assert_eq!(
            describe_url("postgres://u@h/db?password=s3cret"),
            "postgres://u@h/db"
        );
        assert_eq!(describe_url("not a url"), "<unparseable database URL>");
    }
}
