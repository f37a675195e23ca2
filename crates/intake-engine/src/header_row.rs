//! Which row is the header (SPEC §7): vendor exports often open with title
//! lines (`Westfield Claims Services - Plaintiff roster`, `Exported …`). The
//! header is the first of the first 30 non-blank rows that maps
//! `plaintiff_name` (directly, composed, or through the person's column map),
//! or the line a person names. Rows above it are not records. Rows are
//! looked at one by one and dropped, so memory stays flat.

use std::collections::BTreeMap;

use crate::column_map;
use crate::error::{EngineError, Result};
use crate::headers::{map_headers_with, HeaderMap};
use crate::parse::{header_fields, RecordProblem, Records};

/// Non-blank rows searched for the header.
pub const SEARCH_ROWS: usize = 30;

/// What makes a header: the overrides and column map of the request, and
/// the 1-based line a person chose for it.
pub struct HeaderRules<'a> {
    pub overrides: &'a BTreeMap<String, String>,
    pub column_map: &'a BTreeMap<String, Vec<String>>,
    pub header_row: Option<u64>,
}

impl HeaderRules<'_> {
    pub fn map(&self, headers: &[String]) -> Result<HeaderMap> {
        map_headers_with(headers, self.overrides, self.column_map)
    }
}

/// The header found: its mapping, its 1-based line, and the records after it.
pub struct FoundHeader {
    pub map: HeaderMap,
    pub line: u64,
    pub records: Records,
}

/// A record whose quote runs away cannot be a header row.
fn runaway(problem: &Option<RecordProblem>) -> bool {
    matches!(
        problem,
        Some(RecordProblem::UnclosedQuote { .. } | RecordProblem::StrayQuote { .. })
    )
}

/// Find the header among the first non-blank row (`first`, on line
/// `first_line`) and the records after it, or on the line `rules` names.
/// When no row fits, the error is the first row's (the one a
/// person sees first), or, with a column map, that of the first row holding
/// the most of its columns.
pub fn find_header(
    first: Vec<String>,
    first_line: u64,
    mut records: Records,
    rules: &HeaderRules<'_>,
) -> Result<FoundHeader> {
    if let Some(wanted) = rules.header_row {
        return chosen_header(first, first_line, records, wanted, rules);
    }
    let mut candidate = (first_line, first);
    let mut blame: Option<(usize, EngineError)> = None;
    for _ in 0..SEARCH_ROWS {
        match rules.map(&candidate.1) {
            Ok(map) => {
                return Ok(FoundHeader {
                    map,
                    line: candidate.0,
                    records,
                })
            }
            // An unknown field is wrong whatever the row.
            Err(e @ EngineError::InvalidArgument(_)) => return Err(e),
            Err(e) => {
                let present = column_map::columns_present(&candidate.1, rules.column_map);
                if blame.as_ref().is_none_or(|(best, _)| present > *best) {
                    blame = Some((present, e));
                }
            }
        }
        candidate = loop {
            match records.next() {
                None => return Err(blame.expect("one row was tried").1),
                Some(Err(e)) => return Err(e),
                Some(Ok(r)) if runaway(&r.problem) => continue,
                Some(Ok(r)) => break (r.line, header_fields(r.fields)),
            }
        };
    }
    Err(blame.expect("one row was tried").1)
}

/// The header on line `wanted`, as a person chose it.
fn chosen_header(
    first: Vec<String>,
    first_line: u64,
    mut records: Records,
    wanted: u64,
    rules: &HeaderRules<'_>,
) -> Result<FoundHeader> {
    if wanted == 0 {
        return Err(EngineError::InvalidArgument(
            "the header row is a line number counted from 1".into(),
        ));
    }
    let mut candidate = (first_line, first, None);
    loop {
        let (line, fields, problem) = candidate;
        if line == wanted {
            if runaway(&problem) {
                return Err(EngineError::Parse(format!(
                    "line {line} (the header row) has a quote that is not closed on its line; fix the file"
                )));
            }
            return Ok(FoundHeader {
                map: rules.map(&fields)?,
                line,
                records,
            });
        }
        if line > wanted {
            return Err(EngineError::InvalidArgument(format!(
                "line {wanted} cannot be the header row: it is blank or inside a record \
                 (the first line with content is {first_line})"
            )));
        }
        candidate = match records.next() {
            None => {
                return Err(EngineError::InvalidArgument(format!(
                    "the header row cannot be line {wanted}: the file has no data on or after it"
                )))
            }
            Some(Err(e)) => return Err(e),
            Some(Ok(r)) => (r.line, header_fields(r.fields), r.problem),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::Record;

    fn rows(rows: &[(u64, &[&str])]) -> Records {
        let records: Vec<Result<Record>> = rows
            .iter()
            .map(|(line, fields)| {
                Ok(Record {
                    fields: fields.iter().map(|f| f.to_string()).collect(),
                    line: *line,
                    problem: None,
                })
            })
            .collect();
        Box::new(records.into_iter())
    }

    fn titled() -> (Vec<String>, Records) {
        (
            vec!["Acme roster".to_string()],
            rows(&[
                (2, &["Exported 2026-11-20"]),
                (4, &["Claimant", "Email"]),
                (5, &["Ann Lee", "a@x.io"]),
            ]),
        )
    }

    #[test]
    fn the_first_row_mapping_the_name_is_the_header() {
        let none = BTreeMap::new();
        let maps = BTreeMap::new();
        let rules = HeaderRules {
            overrides: &none,
            column_map: &maps,
            header_row: None,
        };
        let (first, records) = titled();
        let found = find_header(first, 1, records, &rules).unwrap();
        assert_eq!(found.line, 4);
        assert_eq!(
            found.map.columns[0].canonical.as_deref(),
            Some("plaintiff_name")
        );
        let rest: Vec<u64> = found.records.map(|r| r.unwrap().line).collect();
        assert_eq!(rest, vec![5]);
    }

    #[test]
    fn no_fitting_row_reports_the_first_row() {
        let none = BTreeMap::new();
        let maps = BTreeMap::new();
        let rules = HeaderRules {
            overrides: &none,
            column_map: &maps,
            header_row: None,
        };
        let err = find_header(
            vec!["Title".into()],
            1,
            rows(&[(2, &["Email", "Phone"])]),
            &rules,
        )
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "Missing required columns: {'plaintiff_name'}. Headers found: Title"
        );
    }

    #[test]
    fn only_the_first_thirty_rows_are_searched() {
        let none = BTreeMap::new();
        let maps = BTreeMap::new();
        let rules = HeaderRules {
            overrides: &none,
            column_map: &maps,
            header_row: None,
        };
        let mut lines: Vec<(u64, &[&str])> = (2..=30).map(|l| (l, &["x"] as &[&str])).collect();
        lines.push((31, &["Name"]));
        let err = find_header(vec!["x".into()], 1, rows(&lines), &rules)
            .err()
            .unwrap();
        assert_eq!(err.code(), "MISSING_COLUMNS");
        lines.remove(0);
        let found = find_header(vec!["x".into()], 1, rows(&lines), &rules).unwrap();
        assert_eq!(found.line, 31);
    }

    #[test]
    fn a_chosen_header_row_wins_and_is_checked() {
        let none = BTreeMap::new();
        let maps = BTreeMap::new();
        let mut rules = HeaderRules {
            overrides: &none,
            column_map: &maps,
            header_row: None,
        };
        let (first, records) = titled();
        let found = {
            rules.header_row = Some(4);
            find_header(first, 1, records, &rules)
        }
        .unwrap();
        assert_eq!(found.line, 4);
        let (first, records) = titled();
        let err = {
            rules.header_row = Some(3);
            find_header(first, 1, records, &rules)
        }
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "Invalid argument: line 3 cannot be the header row: it is blank or inside a record (the first line with content is 1)"
        );
        let (first, records) = titled();
        let err = {
            rules.header_row = Some(2);
            find_header(first, 1, records, &rules)
        }
        .err()
        .unwrap();
        assert_eq!(err.code(), "MISSING_COLUMNS");
        let (first, records) = titled();
        let err = {
            rules.header_row = Some(9);
            find_header(first, 1, records, &rules)
        }
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "Invalid argument: the header row cannot be line 9: the file has no data on or after it"
        );
    }
}
