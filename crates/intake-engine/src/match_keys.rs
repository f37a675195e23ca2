//! The two cross-source match keys of a row (`crate::matches`), computed by
//! the engine so the database only stores and compares 64-bit integers:
//! - email:      `trim(lower(NFKC(email)))`, none when blank;
//! - name+phone: `collapse(trim(lower(NFKC(name)))) | the phone's ASCII digits`,
//!   none without a digit or a name.
//!
//! Each is hashed to the first 64 bits of its SHA-256 (big-endian, signed).
//! PostgreSQL's `ingest.match_key_hash(ingest.match_email(..))` and
//! `ingest.match_key_hash(ingest.match_name_phone(..))` give the same numbers
//! (migration 0014; `tests/match_keys_sql.rs` checks both sides agree), which
//! is how a run whose keys were lost is keyed again from its raw rows.

use sha2::{Digest, Sha256};

use crate::dedupe_key::{normalized_email, normalized_name};
use crate::model::{CanonicalFields, RowKind};

/// Benchmarks only (`scripts/bench.sh`): write no keys at all and look
/// nothing up, to measure what an import costs without matching. On
/// PostgreSQL the runs imported so are keyed by the first lookup made
/// without it; on SQLite they stay unkeyed (bench databases only).
const DEFER_ENV: &str = "INTAKE_BENCH_DEFER_MATCH_KEYS";

pub fn deferred_for_bench() -> bool {
    static DEFERRED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DEFERRED.get_or_init(|| std::env::var_os(DEFER_ENV).is_some())
}

/// A row's keys; `None` where the rule cannot apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatchKeys {
    pub email: Option<i64>,
    pub name_phone: Option<i64>,
}

/// The keys of a row with this name, email and phone.
pub fn match_keys(name: Option<&str>, email: Option<&str>, phone: Option<&str>) -> MatchKeys {
    MatchKeys {
        email: email_text(email).map(|key| key_hash(&key)),
        name_phone: name_phone_text(name, phone).map(|key| key_hash(&key)),
    }
}

/// The keys a row of this kind lands with: none for an invalid row (it is
/// never imported), nor when a benchmark switched matching off.
pub fn of_row(fields: &CanonicalFields, kind: &RowKind) -> MatchKeys {
    if matches!(kind, RowKind::Invalid { .. }) || deferred_for_bench() {
        return MatchKeys::default();
    }
    match_keys(
        fields.plaintiff_name.as_deref(),
        fields.contact_email.as_deref(),
        fields.contact_phone.as_deref(),
    )
}

/// The normalized email (what `ingest.match_email` returns).
pub fn email_text(email: Option<&str>) -> Option<String> {
    let key = normalized_email(email?);
    (!key.is_empty()).then_some(key)
}

/// The normalized name and phone digits (what `ingest.match_name_phone`
/// returns). Like the SQL, a name is present when something other than
/// ASCII whitespace is left.
pub fn name_phone_text(name: Option<&str>, phone: Option<&str>) -> Option<String> {
    let name = name?;
    let digits: String = phone?.chars().filter(char::is_ascii_digit).collect();
    let ascii_ws = |c: char| matches!(c, '\t' | '\n' | '\x0B' | '\x0C' | '\r' | ' ');
    if digits.is_empty() || name.trim_matches(ascii_ws).is_empty() {
        return None;
    }
    Some(format!("{}|{digits}", normalized_name(name)))
}

/// The first 64 bits of SHA-256 of the key, as `ingest.match_key_hash`.
pub fn key_hash(key: &str) -> i64 {
    let digest = Sha256::digest(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disguised_emails_and_names_share_keys() {
        let a = match_keys(
            Some("Ann  Lee"),
            Some(" ANN@X.COM "),
            Some("(555) 010-0001"),
        );
        let b = match_keys(Some("ann lee"), Some("ann@x.com"), Some("555.010.0001"));
        assert_eq!(a, b);
        assert!(a.email.is_some() && a.name_phone.is_some());
        assert_ne!(a.email, a.name_phone);
    }

    #[test]
    fn blank_email_or_phone_without_digits_has_no_key() {
        let k = match_keys(Some("Ann Lee"), Some("  "), Some("n/a"));
        assert_eq!(k, MatchKeys::default());
        assert_eq!(match_keys(None, None, Some("5550100")).name_phone, None);
        assert_eq!(
            name_phone_text(Some(" \t "), Some("5550100")),
            None,
            "a name of ASCII whitespace is no name"
        );
    }

    #[test]
    fn unicode_is_folded_like_the_dedupe_key() {
        assert_eq!(
            email_text(Some("ＡＮＮ@Ｘ.com\u{3000}")).as_deref(),
            Some("ann@x.com")
        );
        assert_eq!(
            name_phone_text(Some("ÉMILE\u{00A0}\u{00A0}Zola"), Some("+33 1 23")).as_deref(),
            Some("émile zola|33123")
        );
    }

    #[test]
    fn hash_is_the_big_endian_prefix_of_sha256() {
        // sha256("abc") = ba7816bf8f01cfea...
        assert_eq!(
            key_hash("abc"),
            i64::from_be_bytes([0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea])
        );
    }
}
