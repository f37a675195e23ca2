//! Step 5 of SPEC §2: validate and normalize one record into a `LandingRow`.
//! A bad row becomes `RowKind::Invalid` with a code and a message naming the
//! field — it never aborts the file, and messages never echo PII.

use crate::headers::HeaderMap;
use crate::model::LandingRow;

/// Build the landing row for data record `row_index` (0-based). The result is
/// `Candidate` or `Invalid`; the pipeline marks in-file duplicates.
pub fn build_row(row_index: i64, values: Vec<String>, map: &HeaderMap, source_system: &str) -> LandingRow {
    let _ = (row_index, values, map, source_system);
    unimplemented!("validate::build_row")
}
