//! SPEC §5: PII classification by header, masking to the last 4, and
//! detection by content (`content`: SSNs, EINs / tax ids, card numbers) in
//! every stored text field and in free text (log lines, error messages).
//!
//! Two rules, one mask format (every digit but the last 4 becomes `*`,
//! separators stay: `***-**-6789`, `**-***6789`, `**** **** **** 1111`):
//! - a column whose header names SSNs, tax ids or cards is masked whole
//!   (`mask`, letters too);
//! - every other stored value, header name, file name and batch id is masked
//!   where its content holds such a number (`mask_field`, `mask_text`), and
//!   every log line and error message likewise (`redact`).

use std::borrow::Cow;

mod content;

use content::NineDigits;

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

/// Mask the SSNs, EINs / tax ids and card numbers found inside a stored
/// value (see `content` for the rules). `header` is the value's column: a
/// header with a context word (`Tax Notes`) makes every 9-digit run in it an
/// SSN or tax id. Every stored text field goes through this — canonical
/// fields, raw payload values — before anything is derived from it (the
/// dedupe key is computed from the masked name and email).
pub fn mask_field<'a>(value: &'a str, header: Option<&str>) -> Cow<'a, str> {
    content::mask_numbers(value, NineDigits::NearWord { header })
}

/// `mask_field` for an owned value, without copying it when nothing is masked.
pub fn mask_field_owned(value: String, header: Option<&str>) -> String {
    if let Cow::Owned(masked) = mask_field(&value, header) {
        return masked;
    }
    value
}

/// Mask a text that stands alone — a header name, a file name, a batch id:
/// the text itself is the context of its 9-digit runs.
pub fn mask_text(text: &str) -> String {
    mask_field(text, None).into_owned()
}

/// Mask anything in free text of unknown origin (log lines, error messages)
/// that looks like an SSN, tax id or card number: the same detectors as for
/// stored values, with every 9-digit run taken for an SSN.
pub fn redact(text: &str) -> String {
    content::mask_numbers(text, NineDigits::Always).into_owned()
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
    fn header_and_content_masks_agree() {
        for value in [
            "123-45-6789",
            "12-3456789",
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "4111111111111111",
        ] {
            assert_eq!(mask_field(value, None), mask(value), "{value}");
        }
        assert_eq!(mask_field("123456789", Some("SSN")), mask("123456789"));
    }

    #[test]
    fn fields_texts_and_log_lines_share_the_detectors() {
        assert_eq!(
            mask_field("Notes: SSN 123-45-6789, card 4111 1111 1111 1111", None),
            "Notes: SSN ***-**-6789, card **** **** **** 1111"
        );
        // A 9-digit run needs context in a stored value, not in a log line.
        assert_eq!(mask_field("case 123456789", None), "case 123456789");
        assert_eq!(mask_field("123456789", Some("Tax Notes")), "*****6789");
        assert_eq!(redact("case 123456789"), "case *****6789");
        assert_eq!(
            mask_text("Client 123-45-6789 notes"),
            "Client ***-**-6789 notes"
        );
        assert_eq!(mask_text("ssn 123456789.csv"), "ssn *****6789.csv");
        assert_eq!(mask_text("export 123456789.csv"), "export 123456789.csv");
        assert_eq!(
            mask_field_owned("x 4111111111111111".to_string(), None),
            "x ************1111"
        );
        // Luhn-failing 16 digits are not a card, in logs either.
        assert_eq!(redact("n=4111111111111112"), "n=4111111111111112");
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
