//! Step 4 of SPEC §2: map the file's headers to canonical fields through an
//! alias table (case-, space-, `-` and `_`-insensitive).

use std::collections::BTreeMap;

use crate::error::{EngineError, Result};
use crate::model::ColumnMapping;
use crate::pii::{is_pii_header, normalize_header};

/// The canonical fields, in `plaintiffs_raw` column order.
pub const CANONICAL_FIELDS: [&str; 8] = [
    "plaintiff_name",
    "firm_name",
    "short_name",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_address",
    "source_reference",
];

/// Index of a canonical field in `CANONICAL_FIELDS`.
pub(crate) const PLAINTIFF_NAME: usize = 0;
pub(crate) const CONTACT_EMAIL: usize = 4;
pub(crate) const CONTACT_ADDRESS: usize = 6;

/// Aliases per canonical field, already normalized (see `normalize_header`).
pub(crate) const FIELD_ALIASES: [(&str, &[&str]); 8] = [
    (
        "plaintiff_name",
        &[
            "plaintiffname",
            "name",
            "plaintiff",
            "fullname",
            "clientname",
            "client",
            "claimant",
            "claimantname",
            "injuredparty",
            "plaintifffullname",
        ],
    ),
    (
        "firm_name",
        &["firmname", "firm", "lawfirm", "lawfirmname", "attorneyfirm"],
    ),
    ("short_name", &["shortname", "nickname"]),
    ("contact_name", &["contactname", "contact", "contactperson"]),
    ("contact_email", &["contactemail", "email", "emailaddress"]),
    (
        "contact_phone",
        &[
            "contactphone",
            "phone",
            "phonenumber",
            "telephone",
            "mobile",
            "mobilephone",
            "cellphone",
            "cell",
        ],
    ),
    (
        "contact_address",
        &[
            "contactaddress",
            "address",
            "address1",
            "addressline1",
            "street",
            "streetaddress",
        ],
    ),
    (
        "source_reference",
        &[
            "sourcereference",
            "externalid",
            "externalreference",
            "reference",
            "referencenumber",
            "casenumber",
            "caseid",
            "matternumber",
        ],
    ),
];

/// Parts joined after the main address line: `line1, line2, city, state zip`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AddressPart {
    Line2,
    City,
    State,
    Zip,
}

const ADDRESS_PART_ALIASES: [(AddressPart, &[&str]); 4] = [
    (AddressPart::Line2, &["address2", "addressline2"]),
    (AddressPart::City, &["city", "town"]),
    (AddressPart::State, &["state", "province", "region"]),
    (
        AddressPart::Zip,
        &["zip", "zipcode", "postalcode", "postcode"],
    ),
];

/// The mapping of one file's columns.
#[derive(Debug, Clone)]
pub struct HeaderMap {
    /// One entry per column of the file, in file order.
    pub columns: Vec<ColumnMapping>,
    /// Column index feeding each canonical field (`CANONICAL_FIELDS` order).
    field_columns: [Option<usize>; 8],
    /// Columns composing a field instead (name parts, a `--map` of several
    /// columns), in the order they are joined.
    field_parts: [Vec<usize>; 8],
    /// Column index of each address part (`AddressPart` order).
    address_parts: [Option<usize>; 4],
    /// The JSON object key of each column in the raw payload, pre-serialized
    /// (`"Header":`): empty headers become `_column_N`, repeated ones `Name (2)`.
    payload_keys: Vec<String>,
}

impl HeaderMap {
    /// Column index feeding canonical field `field` (index into `CANONICAL_FIELDS`).
    pub fn field_column(&self, field: usize) -> Option<usize> {
        self.field_columns.get(field).copied().flatten()
    }

    /// Columns composing canonical field `field`, joined; empty when one
    /// column (`field_column`) or none feeds it.
    pub fn field_parts(&self, field: usize) -> &[usize] {
        self.field_parts
            .get(field)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Canonical field `field` is fed by a column or composed from several.
    pub fn maps(&self, field: usize) -> bool {
        self.field_column(field).is_some() || !self.field_parts(field).is_empty()
    }

    /// Column indexes of the address parts after line 1: line 2, city, state, zip.
    pub fn address_part_columns(&self) -> [Option<usize>; 4] {
        self.address_parts
    }

    /// Pre-serialized JSON key (with its trailing `:`) of column `i` in the raw payload.
    pub(crate) fn payload_key(&self, i: usize) -> &str {
        &self.payload_keys[i]
    }

    pub fn len(&self) -> usize {
        self.columns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }
}

pub(crate) fn canonical_index(name: &str) -> Option<usize> {
    CANONICAL_FIELDS.iter().position(|f| *f == name)
}

fn alias_field(normalized: &str) -> Option<usize> {
    FIELD_ALIASES
        .iter()
        .position(|(_, aliases)| aliases.contains(&normalized))
}

fn alias_address_part(normalized: &str) -> Option<usize> {
    ADDRESS_PART_ALIASES
        .iter()
        .position(|(_, aliases)| aliases.contains(&normalized))
}

/// Unique JSON keys for the raw payload, so no column is lost when a file
/// repeats a header (jsonb keeps only the last of duplicate keys).
fn payload_keys(headers: &[String]) -> Vec<String> {
    payload_keys_counting(headers, &mut 0)
}

/// [`payload_keys`], counting in `candidates` the suffixed keys it tried:
/// the work of the de-duplication, which a test holds linear.
fn payload_keys_counting(headers: &[String], candidates: &mut usize) -> Vec<String> {
    let mut used = std::collections::HashSet::new();
    // The next suffix to try per repeated header: every smaller one is taken,
    // so a header repeated 100k times costs linear time, not quadratic.
    let mut next_suffix: std::collections::HashMap<String, usize> = Default::default();
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let base = if h.is_empty() {
                format!("_column_{}", i + 1)
            } else {
                h.clone()
            };
            let mut key = base.clone();
            if !used.insert(key.clone()) {
                let n = next_suffix.entry(base.clone()).or_insert(2);
                loop {
                    key = format!("{base} ({n})");
                    *n += 1;
                    *candidates += 1;
                    if used.insert(key.clone()) {
                        break;
                    }
                }
            }
            let mut json = serde_json::to_string(&key).expect("a string serializes");
            json.push(':');
            json
        })
        .collect()
}

/// The headers shown in a `MissingColumns` message. In a file without a
/// header row the "headers" are the first record, so they pass through PII
/// redaction and are capped (20 headers of at most 40 characters).
pub(crate) fn found_headers(headers: &[String]) -> Vec<String> {
    const MAX_HEADERS: usize = 20;
    const MAX_CHARS: usize = 40;
    let mut found: Vec<String> = headers
        .iter()
        .take(MAX_HEADERS)
        .map(|h| {
            let h = crate::pii::redact(h.trim());
            if h.chars().count() > MAX_CHARS {
                format!("{}…", h.chars().take(MAX_CHARS - 1).collect::<String>())
            } else {
                h
            }
        })
        .collect();
    if headers.len() > MAX_HEADERS {
        found.push(format!("… ({} more)", headers.len() - MAX_HEADERS));
    }
    found
}

/// Map headers; `overrides` maps a header to a canonical field name, or to
/// `""` to keep it in the raw payload only. Fails with `MissingColumns` when
/// no column maps to `plaintiff_name`.
pub fn map_headers(headers: &[String], overrides: &BTreeMap<String, String>) -> Result<HeaderMap> {
    map_headers_with(headers, overrides, &BTreeMap::new())
}

/// `map_headers` with a person's column map (field → columns, see
/// `ImportRequest::column_map`), which wins over overrides and aliases.
/// Errors: `InvalidArgument` (unknown field), `MapColumnNotFound`,
/// `MissingColumns`.
pub fn map_headers_with(
    headers: &[String],
    overrides: &BTreeMap<String, String>,
    column_map: &BTreeMap<String, Vec<String>>,
) -> Result<HeaderMap> {
    // SPEC §5: a header can hold PII too. Everything below — payload keys, the
    // mapping shown, messages, override matching — sees headers masked.
    let masked: Vec<String> = headers.iter().map(|h| crate::pii::mask_text(h)).collect();
    let headers = masked.as_slice();
    // Overrides match a header exactly or, failing that, through the same
    // normalization as aliases.
    let mut parsed_overrides = Vec::with_capacity(overrides.len());
    for (header, target) in overrides {
        let header = crate::pii::mask_text(header);
        let target = target.trim();
        let field = if target.is_empty() {
            None
        } else {
            Some(canonical_index(target).ok_or_else(|| {
                EngineError::InvalidArgument(format!(
                    "the column '{header}' is mapped to '{target}', which is not a known field (known: {})",
                    CANONICAL_FIELDS.join(", ")
                ))
            })?)
        };
        let normalized = normalize_header(&header);
        parsed_overrides.push((header, normalized, field));
    }
    let override_for = |header: &str| -> Option<Option<usize>> {
        let exact = parsed_overrides.iter().find(|(h, _, _)| *h == header);
        let normalized = || {
            let key = normalize_header(header);
            parsed_overrides.iter().find(|(_, n, _)| *n == key)
        };
        exact.or_else(normalized).map(|(_, _, field)| *field)
    };

    let mut field_columns: [Option<usize>; 8] = [None; 8];
    let mut field_parts: [Vec<usize>; 8] = Default::default();
    let mut address_parts: [Option<usize>; 4] = [None; 4];
    let mut assigned: Vec<Option<usize>> = vec![None; headers.len()];
    let mut overridden = vec![false; headers.len()];

    // A person's column map first: it names exactly which columns feed a field.
    let mapped = crate::column_map::resolve(headers, column_map, || found_headers(headers))?;
    for (field, cols) in mapped {
        for &col in &cols {
            overridden[col] = true;
            assigned[col] = Some(field);
        }
        match cols.as_slice() {
            [one] => field_columns[field] = Some(*one),
            _ => field_parts[field] = cols,
        }
    }
    let by_map = |field: usize| {
        column_map
            .keys()
            .any(|f| canonical_index(f.trim()) == Some(field))
    };

    // Then overrides: they take precedence over any alias, wherever the column is.
    for (i, header) in headers.iter().enumerate() {
        if overridden[i] {
            continue;
        }
        if let Some(target) = override_for(header) {
            overridden[i] = true;
            if let Some(field) = target {
                if field_columns[field].is_none() {
                    field_columns[field] = Some(i);
                    assigned[i] = Some(field);
                }
            }
        }
    }
    // Then aliases, the first column claiming a field winning.
    for (i, header) in headers.iter().enumerate() {
        if overridden[i] {
            continue;
        }
        let normalized = normalize_header(header);
        if let Some(field) = alias_field(&normalized) {
            if field_columns[field].is_none() && !by_map(field) {
                field_columns[field] = Some(i);
                assigned[i] = Some(field);
            }
        } else if let Some(part) = alias_address_part(&normalized) {
            // A mapped address is exactly the columns named.
            if address_parts[part].is_none() && !by_map(CONTACT_ADDRESS) {
                address_parts[part] = Some(i);
                assigned[i] = Some(CONTACT_ADDRESS);
            }
        }
    }

    // No full-name column: compose the name from its parts.
    if field_columns[PLAINTIFF_NAME].is_none() && field_parts[PLAINTIFF_NAME].is_empty() {
        let free = |i: usize| !overridden[i] && assigned[i].is_none();
        if let Some(parts) = crate::column_map::name_parts(headers, free) {
            for &col in &parts {
                assigned[col] = Some(PLAINTIFF_NAME);
            }
            field_parts[PLAINTIFF_NAME] = parts;
        }
    }

    if field_columns[PLAINTIFF_NAME].is_none() && field_parts[PLAINTIFF_NAME].is_empty() {
        return Err(EngineError::MissingColumns {
            missing: vec![CANONICAL_FIELDS[PLAINTIFF_NAME].to_string()],
            found: found_headers(headers),
        });
    }

    let open = |f: usize| field_columns[f].is_none() && field_parts[f].is_empty();
    let columns = headers
        .iter()
        .zip(&assigned)
        .zip(&overridden)
        .map(|((header, field), overridden)| {
            let pii = is_pii_header(header);
            // Only for a column nobody decided about, and never for PII.
            let suggestion = (field.is_none() && !overridden && !pii)
                .then(|| crate::suggest::closest_field(header, open))
                .flatten();
            ColumnMapping {
                header: header.clone(),
                canonical: field.map(|f| CANONICAL_FIELDS[f].to_string()),
                pii,
                suggestion,
            }
        })
        .collect();
    Ok(HeaderMap {
        columns,
        field_columns,
        field_parts,
        address_parts,
        payload_keys: payload_keys(headers),
    })
}

#[cfg(test)]
mod tests;
