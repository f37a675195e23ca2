//! The closest canonical field to a header that maps to nothing (`Claimant
//! Nmae`, `E-mial`): offered to a person to confirm, never applied.

use crate::headers::FIELD_ALIASES;
use crate::pii::normalize_header;

/// Jaro-Winkler similarity at least this, or …
const MIN_JARO_WINKLER: f64 = 0.88;
/// … at most this many edits (on headers of at least `MIN_EDIT_LEN` chars,
/// so `id` or `zip` do not look like anything).
const MAX_EDITS: usize = 2;
const MIN_EDIT_LEN: usize = 6;

/// The canonical field whose name or alias is closest to `header`, among
/// the fields `open(field)` still allows (not mapped yet).
pub fn closest_field(header: &str, open: impl Fn(usize) -> bool) -> Option<String> {
    let key = normalize_header(header);
    if key.chars().count() < 3 {
        return None;
    }
    let mut best: Option<(f64, usize)> = None;
    for (field, (name, aliases)) in FIELD_ALIASES.iter().enumerate() {
        if !open(field) {
            continue;
        }
        let own = normalize_header(name);
        for alias in std::iter::once(own.as_str()).chain(aliases.iter().copied()) {
            let jw = strsim::jaro_winkler(&key, alias);
            let close = jw >= MIN_JARO_WINKLER
                || (key.chars().count().min(alias.chars().count()) >= MIN_EDIT_LEN
                    && strsim::damerau_levenshtein(&key, alias) <= MAX_EDITS);
            if close && best.is_none_or(|(score, _)| jw > score) {
                best = Some((jw, field));
            }
        }
    }
    best.map(|(_, field)| FIELD_ALIASES[field].0.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_and_variants_are_suggested() {
        let all = |_| true;
        assert_eq!(
            closest_field("Plaintif Nmae", all).as_deref(),
            Some("plaintiff_name")
        );
        assert_eq!(
            closest_field("E-mial", all).as_deref(),
            Some("contact_email")
        );
        assert_eq!(
            closest_field("Phone No", all).as_deref(),
            Some("contact_phone")
        );
        assert_eq!(closest_field("Firm Nme", all).as_deref(), Some("firm_name"));
        assert_eq!(
            closest_field("Claimant Full", all).as_deref(),
            Some("plaintiff_name")
        );
    }

    #[test]
    fn unrelated_headers_and_taken_fields_get_nothing() {
        let all = |_| true;
        for header in [
            "Notes",
            "Country",
            "ID",
            "Zip",
            "Date of Birth",
            "Amount",
            "Status",
        ] {
            assert_eq!(closest_field(header, all), None, "{header}");
        }
        assert_eq!(closest_field("E-mial", |f| f != 4), None);
    }
}
