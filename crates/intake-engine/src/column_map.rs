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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::headers::{map_headers, map_headers_with, PLAINTIFF_NAME};

    fn h(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn canonicals(headers: &[&str]) -> Vec<Option<String>> {
        map_headers(&h(headers), &BTreeMap::new())
            .unwrap()
            .columns
            .into_iter()
            .map(|c| c.canonical)
            .collect()
    }

    #[test]
    fn legal_intake_vocabulary_maps() {
        for name in [
            "Claimant",
            "Claimant Name",
            "Client",
            "Client Name",
            "Full Name",
            "Injured Party",
            "Plaintiff Full Name",
        ] {
            assert_eq!(
                canonicals(&[name])[0].as_deref(),
                Some("plaintiff_name"),
                "{name}"
            );
        }
        let got = canonicals(&[
            "Name",
            "Case Number",
            "Matter Number",
            "Attorney Firm",
            "Cell",
            "Email Address",
        ]);
        let want: Vec<Option<String>> = [
            "plaintiff_name",
            "source_reference",
            "",
            "firm_name",
            "contact_phone",
            "contact_email",
        ]
        .iter()
        .map(|f| (!f.is_empty()).then(|| f.to_string()))
        .collect();
        assert_eq!(got, want);
        assert_eq!(
            canonicals(&["Name", "Matter Number"])[1].as_deref(),
            Some("source_reference")
        );
        assert_eq!(
            canonicals(&["Name", "Mobile"])[1].as_deref(),
            Some("contact_phone")
        );
        assert_eq!(
            canonicals(&["Name", "Law Firm"])[1].as_deref(),
            Some("firm_name")
        );
    }

    #[test]
    fn name_parts_compose_only_without_a_full_name_column() {
        let map = map_headers(
            &h(&[
                "Suffix",
                "Last Name",
                "Email",
                "Middle Initial",
                "First Name",
            ]),
            &BTreeMap::new(),
        )
        .unwrap();
        // Joined first, middle, last, suffix, whatever the column order.
        assert_eq!(map.field_parts(PLAINTIFF_NAME), &[4, 3, 1, 0]);
        let map = map_headers(&h(&["First Name", "Last Name", "Name"]), &BTreeMap::new()).unwrap();
        assert_eq!(map.field_column(PLAINTIFF_NAME), Some(2));
        assert!(map.field_parts(PLAINTIFF_NAME).is_empty());
        let err = map_headers(&h(&["First Name", "Email"]), &BTreeMap::new()).unwrap_err();
        assert_eq!(err.code(), "MISSING_COLUMNS");
    }

    #[test]
    fn a_column_map_wins_and_must_name_real_columns() {
        let mut maps = BTreeMap::new();
        maps.insert(
            "plaintiff_name".to_string(),
            vec!["claimant-full".to_string()],
        );
        maps.insert(
            "contact_address".to_string(),
            vec!["Street".to_string(), "TOWN".to_string()],
        );
        let headers = h(&["Name", "Claimant Full", "Street", "Town", "State"]);
        let map = map_headers_with(&headers, &BTreeMap::new(), &maps).unwrap();
        assert_eq!(map.field_column(PLAINTIFF_NAME), Some(1));
        assert_eq!(map.field_parts(6), &[2, 3]);
        // A mapped address is exactly its columns: State is not appended.
        assert_eq!(map.address_part_columns(), [None; 4]);
        assert_eq!(map.columns[0].canonical, None);
        maps.insert("firm_name".to_string(), vec!["Firm".to_string()]);
        let err = map_headers_with(&headers, &BTreeMap::new(), &maps).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--map firm_name: the file has no column 'Firm'. Headers found: Name, Claimant Full, Street, Town, State"
        );
    }
}
