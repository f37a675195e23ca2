//! Step 5 of SPEC §2: validate and normalize one record into a `LandingRow`.
//! A bad row becomes `RowKind::Invalid` with a code and a message naming the
//! field — it never aborts the file, and messages never echo PII.

use crate::headers::{HeaderMap, CANONICAL_FIELDS, CONTACT_ADDRESS, CONTACT_EMAIL, PLAINTIFF_NAME};
use crate::model::{CanonicalFields, LandingRow, RowKind};
use crate::parse::Record;
use crate::row_error_code::RowErrorCode;

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
    fn new(code: RowErrorCode, message: String, field: Option<&str>) -> Self {
        RowError {
            code: code.as_str(),
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

/// A canonical field's slot, by its index in `CANONICAL_FIELDS`.
pub fn field_slot(fields: &mut CanonicalFields, index: usize) -> &mut Option<String> {
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
            RowErrorCode::InvalidFieldCount,
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
                RowErrorCode::InvalidCharacter,
                format!("{label} contains a control character"),
                field,
            ));
        }
    }
    for (col, value) in values.iter().enumerate() {
        if value.len() > MAX_FIELD_CHARS && value.chars().count() > MAX_FIELD_CHARS {
            let (label, field) = column_label(map, col);
            return Some(RowError::new(
                RowErrorCode::FieldTooLong,
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
                RowErrorCode::MissingName,
                format!("{name_field} is empty"),
                Some(name_field),
            ))
        }
        Some(name) if !name.chars().any(char::is_alphanumeric) => {
            return Some(RowError::new(
                RowErrorCode::InvalidName,
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
                RowErrorCode::InvalidEmail,
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
                RowErrorCode::InvalidCharacter,
                format!("{name} contains a control character"),
                Some(name),
            ));
        }
        if value.len() > MAX_FIELD_CHARS && value.chars().count() > MAX_FIELD_CHARS {
            return Some(RowError::new(
                RowErrorCode::FieldTooLong,
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
        match_keys: Default::default(),
    }
    .with_match_keys();
    (row, changes)
}

#[cfg(test)]
mod tests;
