//! Step 6 of SPEC §2: the dedupe key, one recipe everywhere (this function and
//! the SQL function `ingest.compute_plaintiff_dedupe_key` agree on every input).
//!
//! `sha256_hex(source | name | email)` over UTF-8, where
//! - `source = lower(trim(source))`
//! - `name   = collapse_whitespace(trim(lower(NFKC(name))))`
//! - `email  = trim(lower(NFKC(email)))`, or `""` when missing.
//!
//! `trim`/`collapse` use the Unicode White_Space property (`char::is_whitespace`),
//! `lower` is `str::to_lowercase` (full mapping, final-sigma rule included).
//!
//! The SQL twin lives in `migrations/postgres/0002_dedupe_key.sql`; its Unicode
//! tables are generated from this toolchain's `char` data by
//! `tests/dedupe_key_sql_data.rs`, and `tests/dedupe_key_vectors.rs` checks
//! that both sides agree.

use std::borrow::Cow;

use sha2::{Digest, Sha256};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// `lower(trim(source))`, the form stored in `source_system` and hashed into
/// the dedupe key. No NFKC here: the spec keeps the source as typed.
pub fn normalize_source(source: &str) -> String {
    let trimmed = source.trim();
    if trimmed.is_ascii() {
        trimmed.to_ascii_lowercase()
    } else {
        trimmed.to_lowercase()
    }
}

/// `sha256_hex(source | name | email)` as specified in SPEC §2.6.
///
/// Runs once per record: pure-ASCII fields (the common case) are streamed
/// into the hasher without any heap allocation, because NFKC and the full
/// lowercase mapping are both trivial on ASCII.
pub fn dedupe_key(source: &str, name: &str, email: Option<&str>) -> String {
    let mut sink = HashSink::new();

    let source = source.trim();
    if source.is_ascii() {
        sink.push_ascii_lowercase(source.as_bytes());
    } else {
        sink.push_str(&source.to_lowercase());
    }
    sink.push_str("|");

    if name.is_ascii() {
        push_ascii_trimmed_collapsed(&mut sink, name.as_bytes());
    } else {
        push_trimmed_collapsed(&mut sink, &nfkc_lowercase(name));
    }
    sink.push_str("|");

    let email = email.unwrap_or("");
    if email.is_ascii() {
        sink.push_ascii_lowercase(email.trim().as_bytes());
    } else {
        sink.push_str(nfkc_lowercase(email).trim());
    }

    sink.finish_hex()
}

/// `collapse(trim(lower(NFKC(name))))`: the name exactly as the key hashes it
/// (also the name part of a cross-source match key, `match_keys`).
pub(crate) fn normalized_name(name: &str) -> String {
    let lowered: Cow<'_, str> = if name.is_ascii() {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Owned(nfkc_lowercase(name))
    };
    let mut out = String::with_capacity(lowered.len());
    for word in lowered.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `trim(lower(NFKC(email)))`: the email exactly as the key hashes it.
pub(crate) fn normalized_email(email: &str) -> String {
    if email.is_ascii() {
        email.trim().to_ascii_lowercase()
    } else {
        nfkc_lowercase(email).trim().to_string()
    }
}

/// `lower(NFKC(s))` for text that is not pure ASCII.
fn nfkc_lowercase(s: &str) -> String {
    let normalized: Cow<'_, str> = match is_nfkc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        IsNormalized::No | IsNormalized::Maybe => Cow::Owned(s.nfkc().collect()),
    };
    normalized.to_lowercase()
}

/// Trim + collapse for ASCII input, lowercasing on the way. ASCII White_Space
/// is `\t \n \x0B \x0C \r` and space (`u8::is_ascii_whitespace` lacks `\x0B`,
/// so ask `char::is_whitespace`).
fn push_ascii_trimmed_collapsed(sink: &mut HashSink, bytes: &[u8]) {
    let mut emitted_any = false;
    let mut pending_space = false;
    for &byte in bytes {
        if (byte as char).is_whitespace() {
            pending_space = emitted_any;
        } else {
            if pending_space {
                sink.push_byte(b' ');
                pending_space = false;
            }
            sink.push_byte(byte.to_ascii_lowercase());
            emitted_any = true;
        }
    }
}

/// Trim + collapse: leading/trailing White_Space dropped, each inner run → one
/// ASCII space.
fn push_trimmed_collapsed(sink: &mut HashSink, text: &str) {
    let mut emitted_any = false;
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_whitespace() {
            pending_space = emitted_any;
        } else {
            if pending_space {
                sink.push_byte(b' ');
                pending_space = false;
            }
            let mut utf8 = [0u8; 4];
            sink.push_str(ch.encode_utf8(&mut utf8));
            emitted_any = true;
        }
    }
}

/// SHA-256 fed through a small stack buffer, so byte-at-a-time producers do
/// not pay the hasher's per-call overhead.
struct HashSink {
    hasher: Sha256,
    buf: [u8; 128],
    len: usize,
}

impl HashSink {
    fn new() -> Self {
        Self {
            hasher: Sha256::new(),
            buf: [0; 128],
            len: 0,
        }
    }

    #[inline]
    fn push_byte(&mut self, byte: u8) {
        if self.len == self.buf.len() {
            self.flush();
        }
        self.buf[self.len] = byte;
        self.len += 1;
    }

    fn push_ascii_lowercase(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.push_byte(byte.to_ascii_lowercase());
        }
    }

    fn push_str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        if self.len + bytes.len() <= self.buf.len() {
            self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        } else {
            self.flush();
            self.hasher.update(bytes);
        }
    }

    fn flush(&mut self) {
        self.hasher.update(&self.buf[..self.len]);
        self.len = 0;
    }

    fn finish_hex(mut self) -> String {
        self.flush();
        let digest = self.hasher.finalize();
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = [0u8; 64];
        for (i, byte) in digest.iter().enumerate() {
            out[2 * i] = HEX[usize::from(byte >> 4)];
            out[2 * i + 1] = HEX[usize::from(byte & 0x0f)];
        }
        // Only ASCII hex digits were written.
        String::from_utf8(out.to_vec()).expect("hex digits are ASCII")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REFERENCE_KEY: &str = "82101304f0a20ec866a67e89203fc90af02bfb3c639a1d320fcd181508383385";

    /// The recipe written the slow, obvious way: the fast paths must match it.
    fn naive_key(source: &str, name: &str, email: Option<&str>) -> String {
        let source = source.trim().to_lowercase();
        let name_lower = name.nfkc().collect::<String>().to_lowercase();
        let name = name_lower.split_whitespace().collect::<Vec<_>>().join(" ");
        let email = email
            .map(|e| {
                e.nfkc()
                    .collect::<String>()
                    .to_lowercase()
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let digest = Sha256::digest(format!("{source}|{name}|{email}").as_bytes());
        hex::encode(digest)
    }

    #[test]
    fn reference_vector() {
        assert_eq!(
            dedupe_key("simplicity", "John Doe", Some("john@example.com")),
            REFERENCE_KEY
        );
        assert_eq!(
            naive_key("simplicity", "John Doe", Some("john@example.com")),
            REFERENCE_KEY
        );
    }

    #[test]
    fn case_and_space_disguises_give_the_same_key() {
        for (source, name, email) in [
            (" Simplicity ", "  JOHN   DOE ", Some("JOHN@EXAMPLE.COM ")),
            (
                "SIMPLICITY",
                "\tJohn\u{00A0}\u{3000}Doe\n",
                Some("\u{2003}john@example.com"),
            ),
            (
                "simplicity",
                "Ｊｏｈｎ Ｄｏｅ",
                Some("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
            ),
            (
                "simplicity",
                "John\u{000B}Doe",
                Some("john@example.com\u{000C}"),
            ),
        ] {
            assert_eq!(dedupe_key(source, name, email), REFERENCE_KEY, "{name:?}");
        }
    }

    #[test]
    fn other_source_or_email_changes_the_key() {
        assert_ne!(
            dedupe_key("jbi", "John Doe", Some("john@example.com")),
            REFERENCE_KEY
        );
        assert_ne!(dedupe_key("simplicity", "John Doe", None), REFERENCE_KEY);
        // Inner whitespace of an email is not collapsed.
        assert_ne!(
            dedupe_key("simplicity", "John Doe", Some("john@ example.com")),
            dedupe_key("simplicity", "John Doe", Some("john@  example.com"))
        );
    }

    #[test]
    fn missing_and_empty_email_are_the_same() {
        assert_eq!(
            dedupe_key("s", "Jane", None),
            dedupe_key("s", "Jane", Some(""))
        );
        assert_eq!(
            dedupe_key("s", "Jane", None),
            dedupe_key("s", "Jane", Some(" \u{00A0}\t"))
        );
    }

    #[test]
    fn source_is_not_nfkc_normalized() {
        assert_eq!(normalize_source("  SimpliCity\u{3000}"), "simplicity");
        assert_eq!(normalize_source("Ｓｏｕｒｃｅ"), "ｓｏｕｒｃｅ");
        assert_ne!(
            dedupe_key("Ｓｏｕｒｃｅ", "a", None),
            dedupe_key("source", "a", None)
        );
    }

    #[test]
    fn unicode_cases_match_the_naive_recipe() {
        let names = [
            "José",
            "Jose\u{0301}",
            "ﬁnn",
            "İstanbul Iğdır",
            "ΟΔΥΣΣΕΥΣ",
            "Σ",
            "ΑΣ.",
            "STRAẞE Straße",
            "👩\u{200D}👩\u{200D}👧 family",
            "ᏣᎳᎩ",
            "ᲛᲐᲠᲗᲐ",
            "𐐀𐐁𐐂",
            "  a\u{2028}\u{2029}b\u{0085}c\u{1680}d\u{205F}e\u{202F}f  ",
            "",
            "   ",
        ];
        for name in names {
            for email in [None, Some(name), Some("MIXED@Exámple.COM")] {
                assert_eq!(
                    dedupe_key("Src", name, email),
                    naive_key("Src", name, email),
                    "{name:?} {email:?}"
                );
            }
        }
        assert_eq!(
            dedupe_key("s", "José", None),
            dedupe_key("s", "Jose\u{0301}", None)
        );
        assert_eq!(
            dedupe_key("s", "ΟΔΥΣΣΕΥΣ", None),
            dedupe_key("s", "οδυσσευς", None)
        );
        assert_ne!(
            dedupe_key("s", "ΟΔΥΣΣΕΥΣ", None),
            dedupe_key("s", "οδυσσευσ", None)
        );
    }

    #[test]
    fn long_inputs_cross_the_hash_buffer() {
        let long_ascii = format!("  {}  ", "Ab  c\t".repeat(100));
        let long_unicode = format!(" {} ", "Ŋáme ΣΑΣ ".repeat(60));
        for name in [&long_ascii, &long_unicode] {
            assert_eq!(
                dedupe_key("s", name, Some(name)),
                naive_key("s", name, Some(name))
            );
        }
    }
}
