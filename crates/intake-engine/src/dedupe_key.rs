//! Step 6 of SPEC §2: the dedupe key, one recipe everywhere (this function and
//! the SQL function `ingest.compute_plaintiff_dedupe_key` agree on every input).

/// `lower(trim(source))`.
pub fn normalize_source(source: &str) -> String {
    let _ = source;
    unimplemented!("dedupe_key::normalize_source")
}

/// `sha256_hex(source | name | email)` as specified in SPEC §2.6.
pub fn dedupe_key(source: &str, name: &str, email: Option<&str>) -> String {
    let _ = (source, name, email);
    unimplemented!("dedupe_key::dedupe_key")
}
