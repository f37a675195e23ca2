//! SPEC §5: PII classification by header, masking to the last 4, and redaction
//! of free text (log lines, error messages).

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// Whole headers (normalized: lowercase, no spaces, `-` or `_`) that name a
/// column of SSNs, tax ids or card numbers.
const PII_HEADERS: &[&str] = &[
    "ssn",
    "ssnumber",
    "socialsecurity",
    "socialsecuritynumber",
    "socialsecurityno",
    "socialsecuritynum",
    "tin",
    "taxid",
    "taxidnumber",
    "taxidno",
    "taxpayerid",
    "taxpayeridnumber",
    "taxidentificationnumber",
    "taxpayeridentificationnumber",
    "ein",
    "fein",
    "itin",
    "cardnumber",
    "cardno",
    "creditcard",
    "creditcardnumber",
    "creditcardno",
    "ccnumber",
    "ccno",
    "ccnum",
    "pan",
];

/// Word sequences that mark a PII column inside a longer header
/// ("Plaintiff SSN", "Client Tax ID", "Visa card number").
const PII_WORD_SEQUENCES: &[&[&str]] = &[
    &["ssn"],
    &["social", "security"],
    &["socialsecurity"],
    &["tin"],
    &["tax", "id"],
    &["taxid"],
    &["taxpayer", "id"],
    &["tax", "payer", "id"],
    &["tax", "identification"],
    &["ein"],
    &["fein"],
    &["itin"],
    &["card", "number"],
    &["card", "no"],
    &["card", "num"],
    &["cardnumber"],
    &["credit", "card"],
    &["creditcard"],
    &["cc", "number"],
    &["cc", "no"],
    &["cc", "num"],
    &["ccnumber"],
    &["pan"],
];

/// Header normalization shared with `headers`: lowercase, without whitespace,
/// `-` or `_`.
pub fn normalize_header(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Split a header into lowercase words at non-alphanumeric characters and at
/// camelCase boundaries (`ClientTaxID` → `client`, `tax`, `id`).
fn header_words(header: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in header.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The header names a column of SSNs, tax ids or card numbers.
pub fn is_pii_header(header: &str) -> bool {
    if PII_HEADERS.contains(&normalize_header(header).as_str()) {
        return true;
    }
    let words = header_words(header);
    PII_WORD_SEQUENCES.iter().any(|seq| {
        words
            .windows(seq.len())
            .any(|w| w.iter().zip(seq.iter()).all(|(a, b)| a == b))
    })
}

/// Mask a value to its last 4 characters: every letter or digit but the last
/// four becomes `*`, separators stay (`123-45-6789` → `***-**-6789`). Values
/// with 4 letters/digits or fewer are masked entirely.
pub fn mask(value: &str) -> String {
    let alnum = value.chars().filter(|c| c.is_alphanumeric()).count();
    let keep_from = if alnum <= 4 { usize::MAX } else { alnum - 4 };
    let mut seen = 0usize;
    value
        .chars()
        .map(|c| {
            if !c.is_alphanumeric() {
                return c;
            }
            seen += 1;
            if seen > keep_from {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// SSN-like (`123-45-6789`, 9 digits in a row), EIN-like (`12-3456789`) and
/// card-like (13–19 digits, optionally grouped by spaces or dashes) numbers.
static SENSITIVE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:\d{3}-\d{2}-\d{4}|\d{2}-\d{7}|\d{9}|\d(?:[ -]?\d){12,18})\b")
        .expect("valid redaction regex")
});

/// Mask the digits of a matched number but its last 4.
fn mask_digits(matched: &str) -> String {
    let digits = matched.bytes().filter(u8::is_ascii_digit).count();
    let keep_from = digits.saturating_sub(4);
    let mut seen = 0usize;
    matched
        .chars()
        .map(|c| {
            if !c.is_ascii_digit() {
                return c;
            }
            seen += 1;
            if seen > keep_from {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// Mask anything in `text` that looks like an SSN, tax id or card number.
pub fn redact(text: &str) -> String {
    // Fast path for the usual log line: nothing to mask without 9 digits.
    if text.bytes().filter(u8::is_ascii_digit).nth(8).is_none() {
        return text.to_string();
    }
    match SENSITIVE_NUMBER.replace_all(text, |caps: &regex::Captures| mask_digits(&caps[0])) {
        Cow::Borrowed(_) => text.to_string(),
        Cow::Owned(s) => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pii_headers_are_recognized_in_any_spelling() {
        for h in [
            "SSN",
            "ssn",
            "Social Security Number",
            "social_security_number",
            "SocialSecurityNumber",
            "Social-Security",
            "TIN",
            "Tax ID",
            "tax_id",
            "TaxID",
            "Taxpayer ID",
            "EIN",
            "ITIN",
            "Card Number",
            "card_number",
            "Credit Card",
            "CreditCardNumber",
            "CC Number",
            "PAN",
            "Plaintiff SSN",
            "Client Tax ID",
            "ClientTaxID",
        ] {
            assert!(is_pii_header(h), "{h} should be PII");
        }
        for h in [
            "Name",
            "PlaintiffName",
            "Email",
            "Phone Number",
            "Address",
            "Class Name",
            "classname",
            "Account Number",
            "Martin",
            "Austin Office",
            "Company",
            "Pantry",
            "External ID",
        ] {
            assert!(!is_pii_header(h), "{h} should not be PII");
        }
    }

    #[test]
    fn mask_keeps_last_four_and_separators() {
        assert_eq!(mask("123-45-6789"), "***-**-6789");
        assert_eq!(mask("123456789"), "*****6789");
        assert_eq!(mask("4111 1111 1111 1234"), "**** **** **** 1234");
        assert_eq!(mask("12-3456789"), "**-***6789");
        assert_eq!(mask("AB12345"), "***2345");
        assert_eq!(mask("1234"), "****");
        assert_eq!(mask("12"), "**");
        assert_eq!(mask("12-34"), "**-**");
        assert_eq!(mask(""), "");
    }

    #[test]
    fn redact_masks_ssn_ein_and_card_numbers_in_text() {
        assert_eq!(redact("ssn 123-45-6789 here"), "ssn ***-**-6789 here");
        assert_eq!(redact("ssn=123456789."), "ssn=*****6789.");
        assert_eq!(redact("ein 12-3456789"), "ein **-***6789");
        assert_eq!(redact("card 4111111111111111"), "card ************1111");
        assert_eq!(
            redact("card 4111 1111 1111 1111!"),
            "card **** **** **** 1111!"
        );
        assert_eq!(
            redact("card 4111-1111-1111-1111"),
            "card ****-****-****-1111"
        );
        assert_eq!(
            redact("two: 123-45-6789 and 987-65-4321"),
            "two: ***-**-6789 and ***-**-4321"
        );
    }

    #[test]
    fn redact_leaves_ordinary_log_lines_alone() {
        for line in [
            "2025-01-14 10:30:00 [INFO] [intake] Starting import: file=a.csv source=simplicity",
            "hash=82101304f0a20ec866a67e89203fc90af02bfb3c639a1d320fcd181508383385",
            "phone (212) 555-1000, 100 fetched, 100 inserted, 0 skipped, 0 errored",
            "run 0190f7a2-1c2b-7d3e-8f40-123456abcdef",
            "12345678 rows",
            "",
        ] {
            assert_eq!(redact(line), line);
        }
    }
}
