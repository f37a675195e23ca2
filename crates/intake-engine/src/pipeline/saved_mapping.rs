//! The mapping saved for a source, applied to its next file when that file
//! has its columns (SPEC §7). The first rows are held back while the saved
//! mapping is tried on them; when the file lacks one of its columns, the
//! same rows go to the ordinary header search instead (aliases), and the
//! import says so (`ImportReport::saved_mapping_ignored`).

use crate::column_map::find_column;
use crate::error::{EngineError, Result};
use crate::header_row::{find_header, FoundHeader, HeaderRules, SEARCH_ROWS};
use crate::parse::{Record, Records};
use crate::sources::SavedMapping;

/// Find the header with `saved` if it fits the file, else with `rules`.
/// Returns the header and whether the saved mapping was used.
pub(super) fn find_header_preferring(
    first: Vec<String>,
    first_line: u64,
    mut records: Records,
    rules: &HeaderRules<'_>,
    saved: Option<&SavedMapping>,
) -> Result<(FoundHeader, bool)> {
    let Some(saved) = saved.filter(|s| !s.is_empty()) else {
        return Ok((find_header(first, first_line, records, rules)?, false));
    };
    // The rows the header search may look at (a chosen header line further
    // down just means the saved mapping is not tried).
    let mut held: Vec<Record> = Vec::with_capacity(SEARCH_ROWS);
    let mut held_error: Option<EngineError> = None;
    while held.len() < SEARCH_ROWS {
        match records.next() {
            Some(Ok(record)) => held.push(record),
            Some(Err(e)) => {
                held_error = Some(e);
                break;
            }
            None => break,
        }
    }
    let saved_rules = HeaderRules {
        overrides: &saved.header_overrides,
        column_map: &saved.column_map,
        header_row: rules.header_row,
    };
    let tried = find_header(
        first.clone(),
        first_line,
        Box::new(held.clone().into_iter().map(Ok)),
        &saved_rules,
    );
    if let Ok(found) = tried {
        // Every header the saved mapping renames must be in the file too.
        let headers: Vec<String> = found.map.columns.iter().map(|c| c.header.clone()).collect();
        if saved
            .header_overrides
            .keys()
            .all(|h| find_column(&headers, h).is_some())
        {
            let rest = found.records.chain(held_error.map(Err)).chain(records);
            return Ok((
                FoundHeader {
                    map: found.map,
                    line: found.line,
                    records: Box::new(rest),
                },
                true,
            ));
        }
    }
    let all = held
        .into_iter()
        .map(Ok)
        .chain(held_error.map(Err))
        .chain(records);
    Ok((find_header(first, first_line, Box::new(all), rules)?, false))
}
