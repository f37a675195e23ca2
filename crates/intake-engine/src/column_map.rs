//! Columns composing one canonical field: a person's `--map FIELD=COL[+COL…]`
//! (`ImportRequest::column_map`), and a plaintiff name composed from its
//! parts (`First Name` + `Middle Initial` + `Last Name` + `Suffix`) when the
//! file has no full-name column.

use std::collections::BTreeMap;

use crate::error::{EngineError, Result};
use crate::headers::CANONICAL_FIELDS;
use crate::pii::normalize_header;

/// Name parts, in the order they are joined; aliases already normalized.
const NAME_PART_ALIASES: [(NamePart, &[&str]); 4] = [
    (
        NamePart::First,
        &["firstname", "first", "givenname", "fname", "forename"],
    ),
    (
        NamePart::Middle,
        &["middlename", "middleinitial", "middle", "mi", "middlei"],
    ),
    (
        NamePart::Last,
        &["lastname", "last", "surname", "familyname", "lname"],
    ),
    (NamePart::Suffix, &["suffix", "namesuffix"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NamePart {
    First,
    Middle,
    Last,
    Suffix,
}

/// The canonical field index of `name`, or an error listing the known fields.
pub fn field_index(name: &str) -> Result<usize> {
    let wanted = name.trim();
    CANONICAL_FIELDS
        .iter()
        .position(|f| *f == wanted)
        .ok_or_else(|| {
            EngineError::InvalidArgument(format!(
                "--map names an unknown field '{wanted}'; the fields are: {}",
                CANONICAL_FIELDS.join(", ")
            ))
        })
}

/// Check every field of a column map before the file is read.
pub fn check_fields(column_map: &BTreeMap<String, Vec<String>>) -> Result<()> {
    for (field, columns) in column_map {
        field_index(field)?;
        if columns.iter().all(|c| c.trim().is_empty()) {
            return Err(EngineError::InvalidArgument(format!(
                "--map {}= names no column (write --map {}=COLUMN)",
                field.trim(),
                field.trim()
            )));
        }
    }
    Ok(())
}

/// The column of `headers` (already masked) a person named: exactly, else
/// like an alias (case, spaces, `-` and `_` ignored).
pub fn find_column(headers: &[String], wanted: &str) -> Option<usize> {
    let wanted = crate::pii::mask_text(wanted.trim());
    headers.iter().position(|h| *h == wanted).or_else(|| {
        let key = normalize_header(&wanted);
        headers.iter().position(|h| normalize_header(h) == key)
    })
}

/// Resolve a column map against `headers` (masked): per field, its columns in
/// the order given. `found` renders the headers for the error message.
pub fn resolve(
    headers: &[String],
    column_map: &BTreeMap<String, Vec<String>>,
    found: impl Fn() -> Vec<String>,
) -> Result<Vec<(usize, Vec<usize>)>> {
    let mut resolved = Vec::with_capacity(column_map.len());
    for (field, columns) in column_map {
        let index = field_index(field)?;
        let mut cols = Vec::new();
        for column in columns.iter().filter(|c| !c.trim().is_empty()) {
            let col =
                find_column(headers, column).ok_or_else(|| EngineError::MapColumnNotFound {
                    field: CANONICAL_FIELDS[index].to_string(),
                    column: crate::pii::mask_text(column.trim()),
                    found: found(),
                })?;
            if !cols.contains(&col) {
                cols.push(col);
            }
        }
        resolved.push((index, cols));
    }
    Ok(resolved)
}

/// How many columns of `column_map` `headers` has (to pick which row to
/// blame when none fits).
pub fn columns_present(headers: &[String], column_map: &BTreeMap<String, Vec<String>>) -> usize {
    column_map
        .values()
        .flatten()
        .filter(|c| find_column(headers, c).is_some())
        .count()
}

/// The columns composing a plaintiff name among the unclaimed ones (`free`):
/// first, optional middle, last, optional suffix. `None` without both a
/// first and a last name column.
pub fn name_parts(headers: &[String], free: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
    let mut parts: [Option<usize>; 4] = [None; 4];
    for (i, header) in headers.iter().enumerate() {
        if !free(i) {
            continue;
        }
        let normalized = normalize_header(header);
        if let Some(p) = NAME_PART_ALIASES
            .iter()
            .position(|(_, aliases)| aliases.contains(&normalized.as_str()))
        {
            parts[p].get_or_insert(i);
        }
    }
    let first = NamePart::First as usize;
    let last = NamePart::Last as usize;
    debug_assert_eq!(NAME_PART_ALIASES[last].0, NamePart::Last);
    (parts[first].is_some() && parts[last].is_some()).then(|| parts.into_iter().flatten().collect())
}
