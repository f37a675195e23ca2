//! Step 5 of SPEC §2: validate and normalize one record into a `LandingRow`.
//! A bad row becomes `RowKind::Invalid` with a code and a message naming the
//! field — it never aborts the file, and messages never echo PII.

use crate::headers::{HeaderMap, CANONICAL_FIELDS, CONTACT_ADDRESS, CONTACT_EMAIL, PLAINTIFF_NAME};
use crate::model::{CanonicalFields, LandingRow, RowKind};
use crate::parse::Record;

/// Longest accepted value, in characters.
pub const MAX_FIELD_CHARS: usize = 1000;

/// Why a record is invalid: `error_code`, `error_message` (names the field,
/// never the value) and the canonical field at fault, when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
}

impl RowError {
    fn new(code: &'static str, message: String, field: Option<&str>) -> Self {
        RowError {
            code,
            message,
            field: field.map(str::to_string),
        }
    }
}

/// A record after validation, before its dedupe key.
#[derive(Debug, Clone)]
pub struct CheckedRow {
    pub fields: CanonicalFields,
    pub raw_payload: String,
    pub error: Option<RowError>,
}

/// Trimmed (Unicode White_Space), `None` when empty.
fn clean(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| storable(trimmed).into_owned())
}

/// PostgreSQL text and jsonb cannot hold U+0000: store it as U+FFFD so both
/// backends keep the same (flagged, `INVALID_CHARACTER`) row.
fn storable(value: &str) -> std::borrow::Cow<'_, str> {
    if value.contains('\0') {
        std::borrow::Cow::Owned(value.replace('\0', "\u{FFFD}"))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

fn field_slot(fields: &mut CanonicalFields, index: usize) -> &mut Option<String> {
    match index {
        0 => &mut fields.plaintiff_name,
        1 => &mut fields.firm_name,
        2 => &mut fields.short_name,
        3 => &mut fields.contact_name,
        4 => &mut fields.contact_email,
        5 => &mut fields.contact_phone,
        6 => &mut fields.contact_address,
        7 => &mut fields.source_reference,
        _ => unreachable!("there are 8 canonical fields"),
    }
}

/// The canonical fields of a record, masked (SPEC §5): PII columns whole,
/// every other value where its content holds an SSN, tax id or card number.
fn canonical_fields(values: &[String], map: &HeaderMap) -> CanonicalFields {
    let value_at = |col: Option<usize>| -> Option<String> {
        let col = col?;
        let value = clean(values.get(col)?)?;
        let column = &map.columns[col];
        Some(if column.pii {
            crate::pii::mask(&value)
        } else {
            crate::pii::mask_field_owned(value, Some(&column.header))
        })
    };
    let mut fields = CanonicalFields::default();
    for index in 0..CANONICAL_FIELDS.len() {
        let parts = map.field_parts(index);
        *field_slot(&mut fields, index) = if parts.is_empty() {
            value_at(map.field_column(index))
        } else {
            // Composed: the non-empty parts joined ("First M. Last").
            let joiner = if index == CONTACT_ADDRESS { ", " } else { " " };
            let values: Vec<String> = parts.iter().filter_map(|&c| value_at(Some(c))).collect();
            (!values.is_empty()).then(|| values.join(joiner))
        };
    }
    // "line1, line2, city, state zip", skipping the empty parts.
    let [line2, city, state, zip] = map.address_part_columns().map(value_at);
    if line2.is_some() || city.is_some() || state.is_some() || zip.is_some() {
        let state_zip = match (state, zip) {
            (Some(s), Some(z)) => Some(format!("{s} {z}")),
            (s, z) => s.or(z),
        };
        let parts: Vec<String> = [fields.contact_address.take(), line2, city, state_zip]
            .into_iter()
            .flatten()
            .collect();
        fields.contact_address = Some(parts.join(", "));
    }
    fields
}

/// JSON object text keyed by the (masked) headers in file order, every value
/// masked like the canonical fields; fields beyond the header go under
/// `_extra_1`, `_extra_2`, …
fn raw_payload(values: &[String], map: &HeaderMap) -> String {
    let mut out = String::with_capacity(16 + values.iter().map(|v| v.len() + 24).sum::<usize>());
    out.push('{');
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let value = if i < map.len() {
            out.push_str(map.payload_key(i));
            let column = &map.columns[i];
            if column.pii {
                std::borrow::Cow::Owned(crate::pii::mask(value))
            } else {
                crate::pii::mask_field(value, Some(&column.header))
            }
        } else {
            out.push_str(&format!("\"_extra_{}\":", i + 1 - map.len()));
            crate::pii::mask_field(value, None)
        };
        out.push_str(&serde_json::to_string(&storable(&value)).expect("a string serializes"));
    }
    out.push('}');
    out
}

/// How people call column `col` in a message: its canonical field, else its header.
fn column_label(map: &HeaderMap, col: usize) -> (String, Option<&str>) {
    match map.columns.get(col) {
        Some(c) => match c.canonical.as_deref() {
            Some(field) => (field.to_string(), Some(field)),
            None => (format!("Column '{}'", c.header), None),
        },
        None => (format!("Extra field {}", col + 1 - map.len()), None),
    }
}

/// A NUL or other C0 control character (tab, CR and LF are allowed).
fn has_control_char(value: &str) -> bool {
    value
        .chars()
        .any(|c| c < '\u{20}' && !matches!(c, '\t' | '\r' | '\n'))
}

/// One `@`, a non-empty local part, a domain with a dot inside it, no whitespace.
pub fn is_plausible_email(email: &str) -> bool {
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && !email.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

fn check(values: &[String], map: &HeaderMap, fields: &CanonicalFields) -> Option<RowError> {
    if values.len() != map.len() {
        return Some(RowError::new(
            "INVALID_FIELD_COUNT",
            format!(
                "Row has {} fields but the header has {}",
                values.len(),
                map.len()
            ),
            None,
        ));
    }
    for (col, value) in values.iter().enumerate() {
        if has_control_char(value) {
            let (label, field) = column_label(map, col);
            return Some(RowError::new(
                "INVALID_CHARACTER",
                format!("{label} contains a control character"),
                field,
            ));
        }
    }
    for (col, value) in values.iter().enumerate() {
        if value.len() > MAX_FIELD_CHARS && value.chars().count() > MAX_FIELD_CHARS {
            let (label, field) = column_label(map, col);
            return Some(RowError::new(
                "FIELD_TOO_LONG",
                format!("{label} is longer than {MAX_FIELD_CHARS} characters"),
                field,
            ));
        }
    }
    check_fields(fields)
}

/// The checks on canonical values alone: a name with letters or digits, a
/// plausible email.
fn check_fields(fields: &CanonicalFields) -> Option<RowError> {
    let name_field = CANONICAL_FIELDS[PLAINTIFF_NAME];
    match fields.plaintiff_name.as_deref() {
        None => {
            return Some(RowError::new(
                "MISSING_NAME",
                format!("{name_field} is empty"),
                Some(name_field),
            ))
        }
        Some(name) if !name.chars().any(char::is_alphanumeric) => {
            return Some(RowError::new(
                "INVALID_NAME",
                format!("{name_field} has no letters or digits"),
                Some(name_field),
            ))
        }
        Some(_) => {}
    }
    if let Some(email) = fields.contact_email.as_deref() {
        if !is_plausible_email(email) {
            let email_field = CANONICAL_FIELDS[CONTACT_EMAIL];
            return Some(RowError::new(
                "INVALID_EMAIL",
                format!("{email_field} is not a valid email address"),
                Some(email_field),
            ));
        }
    }
    None
}

/// Validate a record and build its canonical fields and raw payload, without
/// the dedupe key.
pub fn check_row(values: &[String], map: &HeaderMap) -> CheckedRow {
    let mut fields = canonical_fields(values, map);
    // However a field was composed, none leaves unmasked (masking is idempotent).
    for index in 0..CANONICAL_FIELDS.len() {
        let slot = field_slot(&mut fields, index);
        if let Some(value) = slot.take() {
            *slot = Some(crate::pii::mask_field_owned(value, None));
        }
    }
    let error = check(values, map, &fields);
    CheckedRow {
        raw_payload: raw_payload(values, map),
        fields,
        error,
    }
}

/// A canonical field's value.
pub fn field_value(fields: &CanonicalFields, index: usize) -> Option<&str> {
    let value = match index {
        0 => &fields.plaintiff_name,
        1 => &fields.firm_name,
        2 => &fields.short_name,
        3 => &fields.contact_name,
        4 => &fields.contact_email,
        5 => &fields.contact_phone,
        6 => &fields.contact_address,
        7 => &fields.source_reference,
        _ => return None,
    };
    value.as_deref()
}

/// A value a person typed for a canonical field, as it is stored: trimmed
/// (`None` when blank) and masked like every canonical value (SPEC §5).
pub fn fixed_value(value: &str) -> Option<String> {
    clean(value).map(|v| crate::pii::mask_field_owned(v, None))
}

/// One fix applied to a record: the canonical field (index into
/// `CANONICAL_FIELDS`) and its value before and after, both masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: usize,
    pub original: Option<String>,
    pub new: Option<String>,
}

/// Apply fixes (canonical field index, value as typed) to `fields`; the
/// last fix of a field wins. Returns what changed.
pub fn apply_fixes(fields: &mut CanonicalFields, fixes: &[(usize, String)]) -> Vec<FieldChange> {
    let mut changes: Vec<FieldChange> = Vec::with_capacity(fixes.len());
    for (field, value) in fixes {
        let new = fixed_value(value);
        let slot = field_slot(fields, *field);
        let original = std::mem::replace(slot, new.clone());
        match changes.iter_mut().find(|c| c.field == *field) {
            Some(change) => change.new = new,
            None => changes.push(FieldChange {
                field: *field,
                original,
                new,
            }),
        }
    }
    changes
}

/// The error of a record after fixes to the fields `fixed`: an error about
/// another field (or about the record as a whole, such as its field count)
/// stands; otherwise the record is checked again from its canonical values.
/// The import and `fixes::refate_row` (the app's edited preview row) both
/// decide with this, so a preview of a fix and its import agree.
pub fn recheck(
    error: Option<RowError>,
    fields: &CanonicalFields,
    fixed: &[usize],
) -> Option<RowError> {
    if let Some(e) = &error {
        let cleared = e
            .field
            .as_deref()
            .and_then(|f| CANONICAL_FIELDS.iter().position(|c| *c == f))
            .is_some_and(|i| fixed.contains(&i));
        if !cleared {
            return error;
        }
    }
    for (index, name) in CANONICAL_FIELDS.iter().enumerate() {
        let Some(value) = field_value(fields, index) else {
            continue;
        };
        if has_control_char(value) {
            return Some(RowError::new(
                "INVALID_CHARACTER",
                format!("{name} contains a control character"),
                Some(name),
            ));
        }
        if value.len() > MAX_FIELD_CHARS && value.chars().count() > MAX_FIELD_CHARS {
            return Some(RowError::new(
                "FIELD_TOO_LONG",
                format!("{name} is longer than {MAX_FIELD_CHARS} characters"),
                Some(name),
            ));
        }
    }
    check_fields(fields)
}

/// The dedupe key and kind of a record from its final fields and error.
pub fn key_and_kind(
    fields: &CanonicalFields,
    error: Option<RowError>,
    source_system: &str,
) -> (Option<String>, RowKind) {
    match error {
        None => {
            let name = fields.plaintiff_name.as_deref().unwrap_or_default();
            let key =
                crate::dedupe_key::dedupe_key(source_system, name, fields.contact_email.as_deref());
            (Some(key), RowKind::Candidate)
        }
        Some(e) => (
            None,
            RowKind::Invalid {
                code: e.code.to_string(),
                message: e.message,
                field: e.field,
            },
        ),
    }
}

/// Build the landing row for data record `row_index` (0-based). The result is
/// `Candidate` or `Invalid`; the pipeline marks in-file duplicates. The dedupe
/// key is computed from the masked name and email, so the stored row and its
/// key agree (`ingest.compute_plaintiff_dedupe_key` over the stored columns
/// gives the same key) and nothing is ever derived from an unmasked value.
pub fn build_row(
    row_index: i64,
    record: impl Into<Record>,
    map: &HeaderMap,
    source_system: &str,
) -> LandingRow {
    build_row_fixed(row_index, record, map, source_system, &[]).0
}

/// `build_row` with fixes applied to the record's canonical values before
/// it is validated and keyed (see `recheck`); also returns what changed.
pub fn build_row_fixed(
    row_index: i64,
    record: impl Into<Record>,
    map: &HeaderMap,
    source_system: &str,
    fixes: &[(usize, String)],
) -> (LandingRow, Vec<FieldChange>) {
    let Record {
        fields: values,
        problem,
        line,
    } = record.into();
    let CheckedRow {
        mut fields,
        raw_payload,
        error,
    } = check_row(&values, map);
    // A record whose bytes are not faithful text is errored for that first.
    let error = problem
        .map(|p| {
            let (code, message, field) = p.error(|col| {
                let (label, field) = column_label(map, col);
                (label, field.map(str::to_string))
            });
            RowError {
                code,
                message,
                field,
            }
        })
        .or(error);
    let (error, changes) = if fixes.is_empty() {
        (error, Vec::new())
    } else {
        let changes = apply_fixes(&mut fields, fixes);
        let fixed: Vec<usize> = changes.iter().map(|c| c.field).collect();
        (recheck(error, &fields, &fixed), changes)
    };
    let (dedupe_key, kind) = key_and_kind(&fields, error, source_system);
    let row = LandingRow {
        row_index,
        line: (line > 0).then_some(line as i64),
        dedupe_key,
        fields,
        raw_payload,
        kind,
    };
    (row, changes)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::headers::map_headers;

    fn map(headers: &[&str]) -> HeaderMap {
        let headers: Vec<String> = headers.iter().map(|s| s.to_string()).collect();
        map_headers(&headers, &BTreeMap::new()).unwrap()
    }

    fn row(values: &[&str]) -> Vec<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    fn error_of(m: &HeaderMap, values: &[&str]) -> Option<(String, String, Option<String>)> {
        check_row(&row(values), m)
            .error
            .map(|e| (e.code.to_string(), e.message, e.field))
    }

    fn invalid(
        code: &str,
        message: &str,
        field: Option<&str>,
    ) -> Option<(String, String, Option<String>)> {
        Some((
            code.to_string(),
            message.to_string(),
            field.map(str::to_string),
        ))
    }

    #[test]
    fn valid_row_is_trimmed_and_keyed() {
        let m = map(&[
            "Plaintiff Name",
            "E-mail",
            "Phone Number",
            "Address",
            "Firm Name",
            "External ID",
        ]);
        let r = build_row(
            3,
            row(&[
                "  OLGA CHEN ",
                "OLGA.CHEN0@EXAMPLE.COM",
                "(212) 555-1000",
                "100 Main St, New York, NY 10001",
                "",
                "SIM-5000",
            ]),
            &m,
            "simplicity",
        );
        assert_eq!(r.row_index, 3);
        assert_eq!(r.kind, RowKind::Candidate);
        assert_eq!(
            r.fields,
            CanonicalFields {
                plaintiff_name: Some("OLGA CHEN".into()),
                firm_name: None,
                short_name: None,
                contact_name: None,
                contact_email: Some("OLGA.CHEN0@EXAMPLE.COM".into()),
                contact_phone: Some("(212) 555-1000".into()),
                contact_address: Some("100 Main St, New York, NY 10001".into()),
                source_reference: Some("SIM-5000".into()),
            }
        );
        assert_eq!(
            r.dedupe_key.as_deref(),
            Some(
                crate::dedupe_key::dedupe_key(
                    "simplicity",
                    "olga chen",
                    Some("olga.chen0@example.com")
                )
                .as_str()
            )
        );
        assert_eq!(
            r.raw_payload,
            r#"{"Plaintiff Name":"  OLGA CHEN ","E-mail":"OLGA.CHEN0@EXAMPLE.COM","Phone Number":"(212) 555-1000","Address":"100 Main St, New York, NY 10001","Firm Name":"","External ID":"SIM-5000"}"#
        );
        let parsed: serde_json::Value = serde_json::from_str(&r.raw_payload).unwrap();
        assert_eq!(parsed["Plaintiff Name"], "  OLGA CHEN ");
    }

    #[test]
    fn reference_dedupe_key_of_the_spec() {
        let m = map(&["Name", "Email"]);
        let r = build_row(0, row(&["John Doe", "john@example.com"]), &m, "simplicity");
        assert_eq!(
            r.dedupe_key.as_deref(),
            Some("82101304f0a20ec866a67e89203fc90af02bfb3c639a1d320fcd181508383385")
        );
    }

    #[test]
    fn missing_and_blank_names() {
        let m = map(&["Name", "Email"]);
        for values in [["", "a@example.com"], ["   ", ""], ["\u{a0}\t", ""]] {
            let r = build_row(1, row(&values), &m, "s");
            assert_eq!(
                r.kind,
                RowKind::Invalid {
                    code: "MISSING_NAME".into(),
                    message: "plaintiff_name is empty".into(),
                    field: Some("plaintiff_name".into()),
                }
            );
            assert_eq!(r.dedupe_key, None);
            assert_eq!(r.fields.plaintiff_name, None);
        }
    }

    #[test]
    fn name_without_letters_or_digits() {
        let m = map(&["Name"]);
        assert_eq!(
            error_of(&m, &["-- ..."]),
            invalid(
                "INVALID_NAME",
                "plaintiff_name has no letters or digits",
                Some("plaintiff_name")
            )
        );
        assert_eq!(error_of(&m, &["Ø"]), None);
        assert_eq!(error_of(&m, &["李"]), None);
    }

    #[test]
    fn field_count_must_match_the_header() {
        let m = map(&["Name", "Email", "Phone"]);
        assert_eq!(
            error_of(&m, &["A"]),
            invalid(
                "INVALID_FIELD_COUNT",
                "Row has 1 fields but the header has 3",
                None
            )
        );
        assert_eq!(
            error_of(&m, &["A", "a@example.com", "1", "extra"]),
            invalid(
                "INVALID_FIELD_COUNT",
                "Row has 4 fields but the header has 3",
                None
            )
        );
        let checked = check_row(&row(&["A", "a@example.com", "1", "extra"]), &m);
        assert_eq!(
            checked.raw_payload,
            r#"{"Name":"A","Email":"a@example.com","Phone":"1","_extra_1":"extra"}"#
        );
        assert_eq!(checked.fields.plaintiff_name.as_deref(), Some("A"));
        let checked = check_row(&row(&["A"]), &m);
        assert_eq!(checked.raw_payload, r#"{"Name":"A"}"#);
    }

    #[test]
    fn email_plausibility() {
        let m = map(&["Name", "Email"]);
        for good in [
            "a@example.com",
            "A.B+tag@sub.example.co.uk",
            "  x@y.io  ",
            "",
        ] {
            assert_eq!(error_of(&m, &["N", good]), None, "{good}");
        }
        for bad in [
            "john",
            "john@",
            "@example.com",
            "a@b@example.com",
            "a b@example.com",
            "a@example",
            "a@.com",
            "a@example.",
        ] {
            assert_eq!(
                error_of(&m, &["N", bad]),
                invalid(
                    "INVALID_EMAIL",
                    "contact_email is not a valid email address",
                    Some("contact_email")
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn too_long_fields_and_control_characters() {
        let m = map(&["Name", "Notes"]);
        let long = "x".repeat(1001);
        assert_eq!(
            error_of(&m, &["N", &long]),
            invalid(
                "FIELD_TOO_LONG",
                "Column 'Notes' is longer than 1000 characters",
                None
            )
        );
        assert_eq!(
            error_of(&m, &[&long, ""]),
            invalid(
                "FIELD_TOO_LONG",
                "plaintiff_name is longer than 1000 characters",
                Some("plaintiff_name")
            )
        );
        // 1000 multi-byte characters are fine.
        assert_eq!(error_of(&m, &["N", &"é".repeat(1000)]), None);
        assert_eq!(
            error_of(&m, &["Jo\0hn", ""]),
            invalid(
                "INVALID_CHARACTER",
                "plaintiff_name contains a control character",
                Some("plaintiff_name")
            )
        );
        assert_eq!(
            error_of(&m, &["N", "bell\u{7}"]),
            invalid(
                "INVALID_CHARACTER",
                "Column 'Notes' contains a control character",
                None
            )
        );
        assert_eq!(error_of(&m, &["N", "line 1\r\nline 2\tend"]), None);
    }

    #[test]
    fn formulas_and_sql_are_stored_literally() {
        let m = map(&["Name", "Notes"]);
        for value in [
            "=cmd|' /C calc'!A0",
            "+1",
            "@SUM(A1:A2)",
            "Robert'); DROP TABLE plaintiffs;--",
        ] {
            let checked = check_row(&row(&[value, value]), &m);
            assert_eq!(checked.error, None, "{value}");
            assert_eq!(checked.fields.plaintiff_name.as_deref(), Some(value));
            let payload: serde_json::Value = serde_json::from_str(&checked.raw_payload).unwrap();
            assert_eq!(payload["Notes"], value);
        }
    }

    #[test]
    fn pii_columns_are_masked_in_the_payload() {
        let m = map(&["Name", "SSN", "Card Number", "Notes"]);
        let checked = check_row(
            &row(&["Ann", "123-45-6789", "4111 1111 1111 1234", "\"quoted\""]),
            &m,
        );
        assert_eq!(
            checked.raw_payload,
            r#"{"Name":"Ann","SSN":"***-**-6789","Card Number":"**** **** **** 1234","Notes":"\"quoted\""}"#
        );
        // A PII column mapped to a canonical field by override is masked there too.
        let mut overrides = BTreeMap::new();
        overrides.insert("SSN".to_string(), "source_reference".to_string());
        let m = map_headers(&row(&["Name", "SSN"]), &overrides).unwrap();
        let checked = check_row(&row(&["Ann", "123-45-6789"]), &m);
        assert_eq!(
            checked.fields.source_reference.as_deref(),
            Some("***-**-6789")
        );
    }

    #[test]
    fn pii_in_content_is_masked_everywhere_before_keying() {
        let m = map(&[
            "Name",
            "Email",
            "Phone",
            "Address",
            "Zip",
            "Notes",
            "Ref 123-45-6789",
        ]);
        let r = build_row(
            0,
            row(&[
                " Ann 536-22-8147 ",
                "ann-536-22-8147@example.com",
                "(212) 555-1000",
                "1 Main St, card 4111 1111 1111 1111",
                "10001-2345",
                "EIN 12-3456789, tax id 987654321, case 123456780, 2024-03-15, $1,234.56",
                "4111111111111111",
            ]),
            &m,
            "acme",
        );
        assert_eq!(r.kind, RowKind::Candidate);
        assert_eq!(r.fields.plaintiff_name.as_deref(), Some("Ann ***-**-8147"));
        assert_eq!(
            r.fields.contact_email.as_deref(),
            Some("ann-***-**-8147@example.com")
        );
        assert_eq!(r.fields.contact_phone.as_deref(), Some("(212) 555-1000"));
        assert_eq!(
            r.fields.contact_address.as_deref(),
            Some("1 Main St, card **** **** **** 1111, 10001-2345")
        );
        assert_eq!(
            r.raw_payload,
            r#"{"Name":" Ann ***-**-8147 ","Email":"ann-***-**-8147@example.com","Phone":"(212) 555-1000","Address":"1 Main St, card **** **** **** 1111","Zip":"10001-2345","Notes":"EIN **-***6789, tax id *****4321, case *****6780, 2024-03-15, $1,234.56","Ref ***-**-6789":"************1111"}"#
        );
        // Fields beyond the header too.
        let extra = check_row(&row(&["A", "", "", "", "", "", "", "ssn 111223333"]), &m);
        assert!(
            extra
                .raw_payload
                .ends_with(r#""_extra_1":"ssn *****3333"}"#),
            "{}",
            extra.raw_payload
        );
        // (The case number near "tax id" is masked too: a known false positive.)
        // The key is the key of the masked values, as stored.
        assert_eq!(
            r.dedupe_key.as_deref(),
            Some(
                crate::dedupe_key::dedupe_key(
                    "acme",
                    "Ann ***-**-8147",
                    Some("ann-***-**-8147@example.com")
                )
                .as_str()
            )
        );
        // The header is masked in the mapping shown and in messages.
        assert_eq!(m.columns[6].header, "Ref ***-**-6789");
        let long = "x".repeat(1001);
        assert_eq!(
            error_of(&m, &["A", "", "", "", "", "", &long]),
            invalid(
                "FIELD_TOO_LONG",
                "Column 'Ref ***-**-6789' is longer than 1000 characters",
                None
            )
        );
    }

    #[test]
    fn address_parts_are_joined() {
        let m = map(&["Name", "Address", "Address 2", "City", "State", "Zip"]);
        let f = |values: &[&str]| check_row(&row(values), &m).fields.contact_address;
        assert_eq!(
            f(&["A", "1 Main St", "Apt 2", "New York", "NY", "10001"]).as_deref(),
            Some("1 Main St, Apt 2, New York, NY 10001")
        );
        assert_eq!(
            f(&["A", " 1 Main St ", "", "New York", "", "10001"]).as_deref(),
            Some("1 Main St, New York, 10001")
        );
        assert_eq!(f(&["A", "", "", "", "NY", ""]).as_deref(), Some("NY"));
        assert_eq!(f(&["A", "", "", "", "", ""]), None);
        // City/state/zip without a street column still make an address.
        let m = map(&["Name", "City", "State"]);
        let checked = check_row(&row(&["A", "Austin", "TX"]), &m);
        assert_eq!(
            checked.fields.contact_address.as_deref(),
            Some("Austin, TX")
        );
    }
}
