//! PII found by content (SPEC §5): SSNs, EINs / tax ids and card numbers
//! inside any text — notes, names, addresses, emails, header names, file
//! names, log lines. One set of detectors for stored values and for free text.
//!
//! A text is read as runs of ASCII digits ("groups") joined into chains by
//! single separators (space, `-` or `.`). Within a chain:
//! - **SSN** `###-##-####`, `### ## ####` or `###.##.####` (one kind of
//!   separator), unless the same separator continues it with more digits
//!   (`1-555-12-3456` is not an SSN). Always masked.
//! - **EIN / tax id** `##-#######`, same boundary rule. Always masked.
//! - **9 digits in a row** (an SSN or EIN without separators): masked only
//!   when a nearby word suggests one — `ssn`, `ss#`, `ss no`, `social
//!   security`, `soc sec`, `tax`, `taxpayer`, `tin`, `itin`, `ein`, `fein`
//!   within 40 characters in the same value, or in the column's header. In
//!   log lines and error messages (origin unknown) always.
//! - **Card** 13–19 digits passing the Luhn check, in one run or grouped as
//!   cards are printed: a first group of 4 digits, the others of 3–6, one kind
//!   of separator (space or `-`).
//!
//! Cards and 9-digit runs glued to a letter (`INV123456789`, hex hashes) are
//! identifiers and left alone. Kept intact: dates (`2024-03-15`,
//! `03/15/2024`), zips (`10001`, `10001-2345`), amounts (`$12,345.67`),
//! phone numbers of 10–12 digits (`(212) 555-1000`, `+1 212 555 1000`,
//! `212.555.1000`).
//!
//! Known false positives: any `###-##-####` shape (a phone written
//! `555-12-3456`, a part number), any `##-#######` (a docket `21-1234567`), a
//! 9-digit number near one of the words (a case number next to "tax"), a
//! 13–19-digit number that passes Luhn by chance (1 in 10: a long account
//! number, a compact timestamp `20240315123045`). Known misses: a 9-digit SSN
//! with no such word nearby, other separators (`4111/1111/…`,
//! `123 - 45 - 6789`), non-ASCII digits, 20 or more digits in one run.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// How far (in bytes) a context word may be from a 9-digit run.
const CONTEXT_WINDOW: usize = 40;

static CONTEXT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:ssns?|ss\s?no|social\s*sec(?:urity)?|soc\.?\s?sec|tax(?:payer)?|tins?|itin|f?ein)\b|\bss\s?#",
    )
    .expect("valid context regex")
});

/// When a run of exactly 9 digits is taken for an SSN or tax id.
#[derive(Debug, Clone, Copy)]
pub(crate) enum NineDigits<'a> {
    /// Free text of unknown origin (logs, error messages): always.
    Always,
    /// A stored value: when a context word is near it, or in `header`.
    NearWord { header: Option<&'a str> },
}

/// Whether `text` contains one of the context words.
pub(crate) fn has_context_word(text: &str) -> bool {
    CONTEXT_WORD.is_match(text)
}

/// A run of ASCII digits `start..end`; `sep` is the separator joining it to
/// the next group of its chain, if any.
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    sep: Option<u8>,
}

impl Group {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

fn digit_groups(bytes: &[u8]) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let sep = match (bytes.get(i), bytes.get(i + 1)) {
            (Some(&s @ (b' ' | b'-' | b'.')), Some(d)) if d.is_ascii_digit() => Some(s),
            _ => None,
        };
        groups.push(Group { start, end: i, sep });
    }
    groups
}

/// The Luhn check over the digits of `text`.
fn luhn(text: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in text
        .iter()
        .rev()
        .filter(|b| b.is_ascii_digit())
        .map(|b| u32::from(b - b'0'))
        .enumerate()
    {
        sum += if i % 2 == 1 {
            let x = d * 2;
            if x > 9 {
                x - 9
            } else {
                x
            }
        } else {
            d
        };
    }
    sum.is_multiple_of(10)
}

/// Finds the matches in one chain of groups.
struct Chain<'a> {
    bytes: &'a [u8],
    groups: &'a [Group],
}

impl Chain<'_> {
    fn n(&self) -> usize {
        self.groups.len()
    }

    fn len(&self, k: usize) -> usize {
        self.groups[k].len()
    }

    /// Separator between group `k` and `k + 1`.
    fn sep(&self, k: usize) -> Option<u8> {
        if k + 1 < self.n() {
            self.groups[k].sep
        } else {
            None
        }
    }

    /// Groups `i..=j` are continued by separator `s` and more digits.
    fn continued_by(&self, i: usize, j: usize, s: u8) -> bool {
        (i > 0 && self.sep(i - 1) == Some(s)) || self.sep(j) == Some(s)
    }

    /// Groups `i..=j` touch a letter (an identifier such as `INV123456789`).
    fn glued_to_letter(&self, i: usize, j: usize) -> bool {
        let before = (i == 0)
            .then(|| self.groups[0].start.checked_sub(1))
            .flatten()
            .map(|p| self.bytes[p]);
        let after = (j + 1 == self.n())
            .then(|| self.bytes.get(self.groups[j].end).copied())
            .flatten();
        before.is_some_and(|b| b.is_ascii_alphabetic())
            || after.is_some_and(|b| b.is_ascii_alphabetic())
    }

    fn span(&self, i: usize, j: usize) -> (usize, usize) {
        (self.groups[i].start, self.groups[j].end)
    }

    /// The longest card number starting at group `i`: its last group.
    fn card_at(&self, i: usize) -> Option<usize> {
        let luhn_ok = |j: usize| {
            let (s, e) = self.span(i, j);
            !self.glued_to_letter(i, j) && luhn(&self.bytes[s..e])
        };
        let mut best = None;
        if (13..=19).contains(&self.len(i)) && !self.continued_by(i, i, b'.') && luhn_ok(i) {
            best = Some(i);
        }
        let sep = self.sep(i);
        if self.len(i) != 4 || !matches!(sep, Some(b' ' | b'-')) {
            return best;
        }
        let mut total = 4;
        let mut j = i;
        while self.sep(j) == sep && (3..=6).contains(&self.len(j + 1)) {
            j += 1;
            total += self.len(j);
            if total > 19 {
                break;
            }
            if total >= 13 && luhn_ok(j) {
                best = Some(j);
            }
        }
        best
    }

    fn ssn_at(&self, i: usize) -> Option<usize> {
        let s = self.sep(i)?;
        (i + 2 < self.n()
            && (self.len(i), self.len(i + 1), self.len(i + 2)) == (3, 2, 4)
            && self.sep(i + 1) == Some(s)
            && !self.continued_by(i, i + 2, s))
        .then_some(i + 2)
    }

    fn ein_at(&self, i: usize) -> Option<usize> {
        (i + 1 < self.n()
            && (self.len(i), self.len(i + 1)) == (2, 7)
            && self.sep(i) == Some(b'-')
            && !self.continued_by(i, i + 1, b'-'))
        .then_some(i + 1)
    }

    /// Spans to mask, in order.
    fn matches(&self, nine: &mut NineContext<'_>, out: &mut Vec<(usize, usize)>) {
        let mut i = 0;
        while i < self.n() {
            let end = self
                .card_at(i)
                .or_else(|| self.ssn_at(i))
                .or_else(|| self.ein_at(i))
                .or_else(|| {
                    let (s, e) = self.span(i, i);
                    (self.len(i) == 9 && !self.glued_to_letter(i, i) && nine.suggests(s, e))
                        .then_some(i)
                });
            match end {
                Some(j) => {
                    out.push(self.span(i, j));
                    i = j + 1;
                }
                None => i += 1,
            }
        }
    }
}

/// Decides, lazily, whether a 9-digit run at a position is an SSN / tax id.
struct NineContext<'a> {
    rule: NineDigits<'a>,
    text: &'a str,
    /// Spans of the context words in `text`, found on first need.
    words: Option<Vec<(usize, usize)>>,
}

impl NineContext<'_> {
    fn suggests(&mut self, start: usize, end: usize) -> bool {
        let header = match self.rule {
            NineDigits::Always => return true,
            NineDigits::NearWord { header } => header,
        };
        if header.is_some_and(has_context_word) {
            return true;
        }
        let text = self.text;
        let words = self.words.get_or_insert_with(|| {
            CONTEXT_WORD
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect()
        });
        words
            .iter()
            .any(|&(ws, we)| ws < end + CONTEXT_WINDOW && we + CONTEXT_WINDOW > start)
    }
}

/// Mask every digit of `matched` but its last 4; separators stay.
pub(crate) fn mask_digits(matched: &str) -> String {
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

/// Mask every SSN, EIN / tax id and card number found in `text` to its last
/// 4 digits. Borrowed when there is nothing to mask (the usual case: a text
/// with fewer than 9 digits is returned at once).
pub(crate) fn mask_numbers<'t>(text: &'t str, rule: NineDigits<'_>) -> Cow<'t, str> {
    let bytes = text.as_bytes();
    if bytes.iter().filter(|b| b.is_ascii_digit()).nth(8).is_none() {
        return Cow::Borrowed(text);
    }
    let groups = digit_groups(bytes);
    let mut nine = NineContext {
        rule,
        text,
        words: None,
    };
    let mut spans = Vec::new();
    let mut first = 0;
    while first < groups.len() {
        let mut last = first;
        while groups[last].sep.is_some() && last + 1 < groups.len() {
            last += 1;
        }
        Chain {
            bytes,
            groups: &groups[first..=last],
        }
        .matches(&mut nine, &mut spans);
        first = last + 1;
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in spans {
        out.push_str(&text[at..s]);
        out.push_str(&mask_digits(&text[s..e]));
        at = e;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        mask_numbers(text, NineDigits::NearWord { header: None }).into_owned()
    }

    fn in_column(text: &str, header: &str) -> String {
        mask_numbers(
            text,
            NineDigits::NearWord {
                header: Some(header),
            },
        )
        .into_owned()
    }

    #[test]
    fn luhn_check() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"4111 1111 1111 1111"));
        assert!(luhn(b"378282246310005"));
        assert!(luhn(b"5500-0000-0000-0004"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b"1234567812345678"));
    }

    #[test]
    fn ssn_shapes_are_masked_anywhere() {
        for (text, masked) in [
            ("123-45-6789", "***-**-6789"),
            ("SSN 123 45 6789 on file", "SSN *** ** 6789 on file"),
            ("ssn: 123.45.6789.", "ssn: ***.**.6789."),
            ("Ann Lee 536-22-8147", "Ann Lee ***-**-8147"),
            ("ann-536-22-8147@example.com", "ann-***-**-8147@example.com"),
            ("SSN#123-45-6789", "SSN#***-**-6789"),
            ("(123-45-6789)", "(***-**-6789)"),
            ("123-45-6789 2024", "***-**-6789 2024"),
            (
                "two: 123-45-6789, 987-65-4321",
                "two: ***-**-6789, ***-**-4321",
            ),
            // A phone in the SSN shape is masked: a documented false positive.
            ("call 555-12-3456", "call ***-**-3456"),
        ] {
            assert_eq!(field(text), masked, "{text}");
        }
    }

    #[test]
    fn ein_is_masked_anywhere() {
        assert_eq!(field("EIN 12-3456789"), "EIN **-***6789");
        assert_eq!(field("Employer 87-6543219;"), "Employer **-***3219;");
        // Continued by the same separator: not an EIN.
        assert_eq!(field("ref 12-3456789-01"), "ref 12-3456789-01");
    }

    #[test]
    fn nine_digits_need_a_nearby_word_or_header() {
        for (text, masked) in [
            ("ssn 123456789", "ssn *****6789"),
            ("SS# 123456789", "SS# *****6789"),
            ("ss#123456789", "ss#*****6789"),
            ("Social Security: 123456789", "Social Security: *****6789"),
            ("tax id 123456780", "tax id *****6780"),
            ("TIN=123456789", "TIN=*****6789"),
            ("123456789 (SSN)", "*****6789 (SSN)"),
            ("EIN 123456789", "EIN *****6789"),
            // A case number next to "tax": a documented false positive.
            (
                "case 123456789 re tax refund",
                "case *****6789 re tax refund",
            ),
        ] {
            assert_eq!(field(text), masked, "{text}");
        }
        for text in [
            "case 123456789",
            "order 123456789 shipped",
            "zip 123456789",
            "INV123456789",
            "Martin 123456789",
            "Austin office 123456789",
            "ssn mentioned at the start of a long note, far away from it: 123456789",
        ] {
            assert_eq!(field(text), text, "{text}");
        }
        assert_eq!(in_column("123456789", "SSN (no dashes)"), "*****6789");
        assert_eq!(in_column("123456789", "Tax Notes"), "*****6789");
        assert_eq!(in_column("123456789", "Case Number"), "123456789");
        // Logs and error messages: always.
        assert_eq!(
            mask_numbers("value 123456789", NineDigits::Always),
            "value *****6789"
        );
    }

    #[test]
    fn cards_pass_luhn_in_any_usual_grouping() {
        for (text, masked) in [
            ("4111111111111111", "************1111"),
            ("card 4111 1111 1111 1111!", "card **** **** **** 1111!"),
            ("4111-1111-1111-1111", "****-****-****-1111"),
            ("Amex 3782 822463 10005", "Amex **** ****** *0005"),
            ("378282246310005", "***********0005"),
            (
                "5500-0000-0000-0004 exp 12/27",
                "****-****-****-0004 exp 12/27",
            ),
            ("4111 1111 1111 1111 2025", "**** **** **** 1111 2025"),
            ("4111111111111111 2125551000", "************1111 2125551000"),
            (
                "12 Main St, 4111 1111 1111 1111",
                "12 Main St, **** **** **** 1111",
            ),
        ] {
            assert_eq!(field(text), masked, "{text}");
        }
    }

    #[test]
    fn not_pii_stays_intact() {
        for text in [
            // Luhn-failing 16 digits, grouped or not.
            "4111 1111 1111 1112",
            "4111111111111112",
            "1234-5678-1234-5678",
            // Phone numbers of 10–12 digits.
            "(212) 555-1000",
            "212-555-1000",
            "212.555.1000",
            "2125551000",
            "+1 212 555 1000",
            "+1-212-555-1000",
            "+44 20 7946 0958",
            "+44 (0)20 7946 0958",
            "+91 98765 43210",
            "555-1234, 555-5678",
            // Zips, zip+4, dates, amounts.
            "New York, NY 10001",
            "NY 10001-2345",
            "Austin TX 78701-1234, USA",
            "2024-03-15",
            "03/15/2024 and 15.03.2024",
            "2024-03-15T10:30:00",
            "$12,345.67",
            "$1,234,567.89 settlement",
            "USD 123456.78",
            "123456789.50",
            // Identifiers.
            "run 0190f7a2-1c2b-7d3e-8f40-123456abcdef",
            "hash=82101304f0a20ec866a67e89203fc90af02bfb3c639a1d320fcd181508383385",
            "SIM-5000",
            "12345678 rows",
            "",
            "no digits at all",
        ] {
            assert_eq!(field(text), text, "{text}");
            assert!(matches!(
                mask_numbers(text, NineDigits::NearWord { header: None }),
                Cow::Borrowed(_)
            ));
        }
    }

    #[test]
    fn masking_is_idempotent() {
        let text = "SSN 123-45-6789, card 4111 1111 1111 1111, EIN 12-3456789, ssn 123456789";
        let once = field(text);
        assert_eq!(
            once,
            "SSN ***-**-6789, card **** **** **** 1111, EIN **-***6789, ssn *****6789"
        );
        assert_eq!(field(&once), once);
    }

    #[test]
    fn multibyte_text_around_numbers() {
        assert_eq!(
            field("José Núñez 123-45-6789 ü"),
            "José Núñez ***-**-6789 ü"
        );
        assert_eq!(field("№ 4111111111111111 — é"), "№ ************1111 — é");
    }
}
