//! Fixes (SPEC §7): a person corrects invalid cells — in the app's preview,
//! or with `intake import --fixes FILE.csv` (`line,field,value`). The import
//! applies each fix to its record's canonical value before validation and
//! keying (a fixed row may become new, or a duplicate); the batch identity
//! stays the file's hash. Every applied fix is stored with the run
//! (`row_fixes`: line, field, masked original, new value, who, when).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{EngineError, Result};
use crate::headers::CANONICAL_FIELDS;
use crate::model::{PreviewRow, RowFate};
use crate::pipeline::first_seen::{FirstSeen, Key80};
use crate::storage::Storage;
use crate::validate;

/// One fix a person asks for: the file line of the record (as the `line`
/// column and a spreadsheet program show it), the canonical field, the new
/// value (blank clears the field).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RowFix {
    #[ts(type = "number")]
    pub line: i64,
    pub field: String,
    pub value: String,
}

/// A fix the import applied, as it goes into `row_fixes` (values masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedFix {
    pub line: Option<i64>,
    pub row_index: i64,
    pub field: String,
    pub original_value: Option<String>,
    pub new_value: Option<String>,
}

/// A fix as stored with its run (`row_fixes`); kept when the run is rolled back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StoredFix {
    pub import_run_id: Uuid,
    #[ts(type = "number | null")]
    pub line: Option<i64>,
    #[ts(type = "number")]
    pub row_index: i64,
    pub field: String,
    /// Masked as every stored value is (SPEC §5).
    pub original_value: Option<String>,
    pub new_value: Option<String>,
    /// PostgreSQL: the database login; SQLite: the OS user (as `imported_by`).
    pub fixed_by: String,
    pub fixed_at: DateTime<Utc>,
}

/// What an import records beside its rows, in the run's transaction
/// (`ImportSession::record_run_notes`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunNotes {
    /// The file's headers in file order (masked), for the errored-rows export.
    pub headers: Vec<String>,
    pub fixes: Vec<AppliedFix>,
    /// The source to upsert, with the mapping to remember (if any).
    pub source: Option<crate::sources::SourceUpdate>,
    /// Who (SQLite; PostgreSQL records the database login).
    pub actor: String,
}

/// The canonical field index of a fix's field.
fn field_of(fix: &RowFix) -> Result<usize> {
    let wanted = fix.field.trim();
    CANONICAL_FIELDS
        .iter()
        .position(|f| *f == wanted)
        .ok_or_else(|| {
            EngineError::InvalidArgument(format!(
                "the fix for line {} names an unknown field '{}'; the fields are: {}",
                fix.line,
                crate::pii::mask_text(wanted),
                CANONICAL_FIELDS.join(", ")
            ))
        })
}

/// The fixes of a request by file line, checked before the file is read.
#[derive(Debug, Default)]
pub struct FixPlan {
    by_line: HashMap<i64, Vec<(usize, String)>>,
}

impl FixPlan {
    pub fn new(fixes: &[RowFix]) -> Result<FixPlan> {
        let mut by_line: HashMap<i64, Vec<(usize, String)>> = HashMap::new();
        for fix in fixes {
            if fix.line < 1 {
                return Err(EngineError::InvalidArgument(format!(
                    "a fix names line {}; lines are counted from 1 as a spreadsheet shows them",
                    fix.line
                )));
            }
            let field = field_of(fix)?;
            by_line
                .entry(fix.line)
                .or_default()
                .push((field, fix.value.clone()));
        }
        Ok(FixPlan { by_line })
    }

    pub fn is_empty(&self) -> bool {
        self.by_line.is_empty()
    }

    /// The fixes of the record on `line`, taken out of the plan.
    pub fn take(&mut self, line: Option<i64>) -> Option<Vec<(usize, String)>> {
        self.by_line.remove(&line?)
    }

    /// Lines still in the plan, ascending.
    pub fn lines(&self) -> Vec<i64> {
        let mut lines: Vec<i64> = self.by_line.keys().copied().collect();
        lines.sort_unstable();
        lines
    }
}

/// The error for fixes naming lines that hold no record.
pub fn not_records_error(lines: &[i64], header_line: Option<u64>) -> EngineError {
    let listed: Vec<String> = lines.iter().map(i64::to_string).collect();
    let header = header_line
        .map(|h| format!(" (the header is line {h}; records start after it)"))
        .unwrap_or_default();
    EngineError::InvalidArgument(format!(
        "--fixes: line {} {} not a record of the file{header}",
        listed.join(", "),
        if lines.len() == 1 { "is" } else { "are" }
    ))
}

/// Read a fixes file: CSV with the columns `line`, `field`, `value` (in any
/// order, case-insensitive; other columns are ignored).
pub fn read_fixes_csv(path: &Path) -> Result<Vec<RowFix>> {
    let bytes = std::fs::read(path).map_err(|e| EngineError::FileUnreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        EngineError::InvalidArgument(format!(
            "the fixes file {} is not UTF-8 text",
            path.display()
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let bad = |message: String| {
        EngineError::InvalidArgument(format!("fixes file {}: {message}", path.display()))
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| bad(e.to_string()))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let column = |name: &str| {
        headers.iter().position(|h| h == name).ok_or_else(|| {
            bad(format!(
                "it needs the columns line,field,value (found: {})",
                headers.join(",")
            ))
        })
    };
    let (line_col, field_col, value_col) = (column("line")?, column("field")?, column("value")?);
    let mut fixes = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| bad(e.to_string()))?;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let at = i + 2; // the fixes file's own line, header is line 1
        let line_text = record.get(line_col).unwrap_or("").trim();
        let line = line_text.parse::<i64>().map_err(|_| {
            bad(format!(
                "line {at}: '{}' is not a line number",
                crate::pii::mask_text(line_text)
            ))
        })?;
        fixes.push(RowFix {
            line,
            field: record.get(field_col).unwrap_or("").trim().to_string(),
            value: record.get(value_col).unwrap_or("").to_string(),
        });
    }
    Ok(fixes)
}

/// The first record of a file with each dedupe key, for re-deciding an
/// edited preview row's "duplicate in file" (the app keeps one per preview).
/// The same index and the same 80 bits of each key as the import's reader
/// (`pipeline::first_seen`: ~13 bytes a key; a 1M-row preview's map of
/// 128-bit keys took ~26 MB, ~39 MB while it grew).
#[derive(Debug, Default)]
pub struct FileKeys {
    first: FirstSeen,
}

impl FileKeys {
    /// Note a preview row (rows in file order).
    pub fn push(&mut self, row: &PreviewRow) {
        if let Some(key) = row.dedupe_key.as_deref() {
            self.note(key, row.row_index);
        }
    }

    /// Note that `row_index` now has `key` (after a fix), if it comes first.
    /// Records past 4G are not noted (the import decides them).
    pub fn note(&mut self, key: &str, row_index: i64) {
        if let Ok(row_index) = u32::try_from(row_index) {
            self.first.note_min(Key80::of(key), row_index);
        }
    }

    /// The first record of the file with this key.
    pub fn first_row(&self, key: &str) -> Option<i64> {
        self.first.get(Key80::of(key)).map(i64::from)
    }
}

/// Re-validate and re-key one preview row with edited values (canonical
/// field → new value as typed; blank clears), exactly as the import will
/// with the same fixes. Pure: no database. The fate is `Invalid`,
/// `DuplicateInFile` (an earlier record of the file has the new key, per
/// `file_keys`) or `New` — whether the key is live already is
/// `refate_row_live`'s question. Rows later in the file that duplicated
/// this row's old key are not re-decided here (the import decides them).
pub fn refate_row(
    row: &PreviewRow,
    edits: &BTreeMap<String, String>,
    source: &str,
    file_keys: &FileKeys,
) -> Result<PreviewRow> {
    let mut fixes = Vec::with_capacity(edits.len());
    for (field, value) in edits {
        let fix = RowFix {
            line: row.line.unwrap_or(0),
            field: field.clone(),
            value: value.clone(),
        };
        fixes.push((field_of(&fix)?, value.clone()));
    }
    let mut fields = row.fields.clone();
    let changes = validate::apply_fixes(&mut fields, &fixes);
    let fixed: Vec<usize> = changes.iter().map(|c| c.field).collect();
    let standing = match &row.fate {
        RowFate::Invalid { field, .. } => {
            let cleared = field
                .as_deref()
                .and_then(|f| CANONICAL_FIELDS.iter().position(|c| *c == f))
                .is_some_and(|i| fixed.contains(&i));
            !cleared
        }
        _ => false,
    };
    if standing {
        return Ok(PreviewRow {
            fields,
            dedupe_key: None,
            ..row.clone()
        });
    }
    let source_system = crate::dedupe_key::normalize_source(source);
    let error = validate::recheck(None, &fields, &fixed);
    let (dedupe_key, kind) = validate::key_and_kind(&fields, error, &source_system);
    let fate = match kind {
        crate::model::RowKind::Invalid {
            code,
            message,
            field,
        } => RowFate::Invalid {
            code,
            message,
            field,
        },
        _ => match dedupe_key.as_deref().and_then(|k| file_keys.first_row(k)) {
            Some(first) if first < row.row_index => RowFate::DuplicateInFile {
                first_row_index: first,
            },
            _ => RowFate::New,
        },
    };
    Ok(PreviewRow {
        row_index: row.row_index,
        line: row.line,
        fields,
        fate,
        dedupe_key,
        // An edited row is not looked up again (the import's report is).
        matches: Vec::new(),
        changes: Vec::new(),
    })
}

/// `refate_row`, then whether the database already holds the new key live
/// (`AlreadyInDatabase`), like the dry run decides.
pub async fn refate_row_live(
    store: &dyn Storage,
    row: &PreviewRow,
    edits: &BTreeMap<String, String>,
    source: &str,
    file_keys: &FileKeys,
) -> Result<PreviewRow> {
    mark_live(store, refate_row(row, edits, source, file_keys)?).await
}

/// A `New` row whose key the database already holds live becomes
/// `AlreadyInDatabase` (the second half of `refate_row_live`, for callers
/// that ran `refate_row` under their own lock).
pub async fn mark_live(store: &dyn Storage, mut refated: PreviewRow) -> Result<PreviewRow> {
    if let (RowFate::New, Some(key)) = (&refated.fate, refated.dedupe_key.clone()) {
        if let Some(live) = store
            .live_records(std::slice::from_ref(&key))
            .await?
            .remove(&key)
        {
            refated.fate = RowFate::AlreadyInDatabase;
            refated.changes = live.fields.changes_to(&refated.fields);
        }
    }
    Ok(refated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CanonicalFields;

    fn invalid_row(name: Option<&str>, email: Option<&str>, code: &str, field: &str) -> PreviewRow {
        PreviewRow {
            row_index: 4,
            line: Some(6),
            fields: CanonicalFields {
                plaintiff_name: name.map(str::to_string),
                contact_email: email.map(str::to_string),
                ..Default::default()
            },
            fate: RowFate::Invalid {
                code: code.into(),
                message: format!("{field} is bad"),
                field: Some(field.into()),
            },
            dedupe_key: None,
            matches: Vec::new(),
            changes: Vec::new(),
        }
    }

    fn edits(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(f, v)| (f.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_fixed_name_makes_the_row_new_or_a_duplicate() {
        let row = invalid_row(
            None,
            Some("ann@example.com"),
            "MISSING_NAME",
            "plaintiff_name",
        );
        let keys = FileKeys::default();
        let fixed = refate_row(
            &row,
            &edits(&[("plaintiff_name", " Ann Lee ")]),
            "Simplicity",
            &keys,
        )
        .unwrap();
        assert_eq!(fixed.fate, RowFate::New);
        assert_eq!(fixed.fields.plaintiff_name.as_deref(), Some("Ann Lee"));
        let key = crate::dedupe_key::dedupe_key("simplicity", "Ann Lee", Some("ann@example.com"));
        assert_eq!(fixed.dedupe_key.as_deref(), Some(key.as_str()));

        let mut keys = FileKeys::default();
        keys.note(&key, 1);
        let dup = refate_row(
            &row,
            &edits(&[("plaintiff_name", "ann lee")]),
            "simplicity",
            &keys,
        )
        .unwrap();
        assert_eq!(dup.fate, RowFate::DuplicateInFile { first_row_index: 1 });
    }

    #[test]
    fn another_fields_error_stands_and_new_errors_are_found() {
        let row = invalid_row(None, Some("bad"), "MISSING_NAME", "plaintiff_name");
        let keys = FileKeys::default();
        // Fixing the email leaves the name's error.
        let still = refate_row(&row, &edits(&[("contact_email", "a@b.co")]), "s", &keys).unwrap();
        assert_eq!(still.fate, row.fate);
        // Fixing the name finds the bad email.
        let email = refate_row(&row, &edits(&[("plaintiff_name", "Ann")]), "s", &keys).unwrap();
        assert!(matches!(&email.fate, RowFate::Invalid { code, .. } if code == "INVALID_EMAIL"));
        // An SSN typed into a fix is masked like any stored value.
        let masked = refate_row(
            &row,
            &edits(&[("plaintiff_name", "Ann 123-45-6789"), ("contact_email", "")]),
            "s",
            &keys,
        )
        .unwrap();
        assert_eq!(masked.fate, RowFate::New);
        assert!(!masked.fields.plaintiff_name.unwrap().contains("123-45"));
        let err = refate_row(&row, &edits(&[("nmae", "x")]), "s", &keys).unwrap_err();
        assert!(err.to_string().contains("unknown field 'nmae'"), "{err}");
    }

    #[test]
    fn fixes_files_are_read_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fixes.csv");
        std::fs::write(
            &path,
            "\u{feff}Line,Field,Value\n7,plaintiff_name,\"Lee, Ann\"\n\n9,contact_email,\n",
        )
        .unwrap();
        let fixes = read_fixes_csv(&path).unwrap();
        assert_eq!(
            fixes,
            vec![
                RowFix {
                    line: 7,
                    field: "plaintiff_name".into(),
                    value: "Lee, Ann".into()
                },
                RowFix {
                    line: 9,
                    field: "contact_email".into(),
                    value: String::new()
                },
            ]
        );
        let mut plan = FixPlan::new(&fixes).unwrap();
        assert_eq!(plan.take(Some(9)), Some(vec![(4, String::new())]));
        assert_eq!(plan.lines(), vec![7]);
        std::fs::write(&path, "line,field,value\nseven,plaintiff_name,x\n").unwrap();
        assert!(read_fixes_csv(&path)
            .unwrap_err()
            .to_string()
            .contains("line 2: 'seven' is not a line number"));
        std::fs::write(&path, "row,field,value\n").unwrap();
        assert!(read_fixes_csv(&path)
            .unwrap_err()
            .to_string()
            .contains("needs the columns line,field,value"));
        assert_eq!(
            not_records_error(&[2], Some(3)).to_string(),
            "Invalid argument: --fixes: line 2 is not a record of the file (the header is line 3; records start after it)"
        );
    }
}
