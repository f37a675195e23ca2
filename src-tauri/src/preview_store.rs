//! The rows of a preview, kept on the Rust side so a 1M-row file never
//! crosses IPC at once: the UI fetches pages by offset as it scrolls.
//!
//! Compact layout: all field text in one arena `String`, per row a fixed-size
//! entry with offsets, and invalid-row reasons interned (they repeat).

use std::collections::{BTreeMap, HashMap};

use intake_engine::fixes::{FileKeys, RowFix};
use intake_engine::matches::PossibleMatch;
use intake_engine::model::FieldChange;
use intake_engine::{CanonicalFields, PreviewRow, RowFate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Length marking an absent (`None`) field.
const ABSENT: u32 = u32::MAX;
const FIELD_COUNT: usize = 8;

#[derive(Debug, Clone, Copy)]
enum CompactFate {
    New,
    DuplicateInFile(i64),
    AlreadyInDatabase,
    /// Index into `reasons`.
    Invalid(u32),
}

#[derive(Debug)]
struct Entry {
    row_index: i64,
    line: Option<i64>,
    text_start: usize,
    field_lens: [u32; FIELD_COUNT],
    fate: CompactFate,
}

type Reason = (String, String, Option<String>);

/// Which rows the table shows: the count card the clerk clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FateFilter {
    New,
    DuplicateInFile,
    AlreadyInDatabase,
    Invalid,
    /// Of `AlreadyInDatabase`: rows whose other fields differ from the live
    /// plaintiff (vendor updates).
    Changed,
}

/// Rows of a preview by fate, kept as rows arrive and as fixes re-decide them
/// (the count cards show these once a row was fixed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FateCounts {
    #[ts(type = "number")]
    pub new: u64,
    #[ts(type = "number")]
    pub duplicate_in_file: u64,
    #[ts(type = "number")]
    pub already_in_database: u64,
    #[ts(type = "number")]
    pub invalid: u64,
    /// Of `already_in_database`: rows with changes (vendor updates).
    #[ts(type = "number")]
    pub changed: u64,
}

impl FateCounts {
    fn slot(&mut self, fate: FateFilter) -> &mut u64 {
        match fate {
            FateFilter::New => &mut self.new,
            FateFilter::DuplicateInFile => &mut self.duplicate_in_file,
            FateFilter::AlreadyInDatabase => &mut self.already_in_database,
            FateFilter::Invalid => &mut self.invalid,
            FateFilter::Changed => &mut self.changed,
        }
    }
}

impl CompactFate {
    fn filter(self) -> FateFilter {
        match self {
            CompactFate::New => FateFilter::New,
            CompactFate::DuplicateInFile(_) => FateFilter::DuplicateInFile,
            CompactFate::AlreadyInDatabase => FateFilter::AlreadyInDatabase,
            CompactFate::Invalid(_) => FateFilter::Invalid,
        }
    }
}

#[derive(Debug, Default)]
pub struct PreviewRows {
    text: String,
    entries: Vec<Entry>,
    reasons: Vec<Reason>,
    reason_ids: HashMap<Reason, u32>,
    counts: FateCounts,
    /// The first record of each key, to re-decide a fixed row.
    keys: FileKeys,
    /// The clerk's fixes by (line, field), sent with the import.
    fixes: BTreeMap<(i64, String), String>,
    /// The changes of `AlreadyInDatabase` rows that have some, by row index
    /// (few rows have any: kept aside).
    changes: HashMap<i64, Vec<FieldChange>>,
    /// Possible cross-vendor matches by record index (few rows have any).
    matches: HashMap<i64, Vec<PossibleMatch>>,
}

fn fields_of(f: &CanonicalFields) -> [&Option<String>; FIELD_COUNT] {
    [
        &f.plaintiff_name,
        &f.firm_name,
        &f.short_name,
        &f.contact_name,
        &f.contact_email,
        &f.contact_phone,
        &f.contact_address,
        &f.source_reference,
    ]
}

impl PreviewRows {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn push(&mut self, mut row: PreviewRow) {
        self.keys.push(&row);
        self.keep_changes(&mut row);
        if !row.matches.is_empty() {
            self.matches
                .insert(row.row_index, std::mem::take(&mut row.matches));
        }
        let entry = self.entry(row);
        *self.counts.slot(entry.fate.filter()) += 1;
        self.entries.push(entry);
    }

    /// Move a row's changes aside (counted as `changed`).
    fn keep_changes(&mut self, row: &mut PreviewRow) {
        let changes = std::mem::take(&mut row.changes);
        if !changes.is_empty() && row.fate == RowFate::AlreadyInDatabase {
            self.counts.changed += 1;
            self.changes.insert(row.row_index, changes);
        }
    }

    fn entry(&mut self, row: PreviewRow) -> Entry {
        let text_start = self.text.len();
        let mut field_lens = [ABSENT; FIELD_COUNT];
        for (len, value) in field_lens.iter_mut().zip(fields_of(&row.fields)) {
            if let Some(v) = value {
                self.text.push_str(v);
                *len = u32::try_from(v.len()).unwrap_or(ABSENT - 1);
            }
        }
        let fate = match row.fate {
            RowFate::New => CompactFate::New,
            RowFate::DuplicateInFile { first_row_index } => {
                CompactFate::DuplicateInFile(first_row_index)
            }
            RowFate::AlreadyInDatabase => CompactFate::AlreadyInDatabase,
            RowFate::Invalid {
                code,
                message,
                field,
            } => {
                let reason = (code, message, field);
                let next = self.reasons.len() as u32;
                let id = *self.reason_ids.entry(reason.clone()).or_insert(next);
                if id == next {
                    self.reasons.push(reason);
                }
                CompactFate::Invalid(id)
            }
        };
        Entry {
            row_index: row.row_index,
            line: row.line,
            text_start,
            field_lens,
            fate,
        }
    }

    pub fn counts(&self) -> FateCounts {
        self.counts
    }

    pub fn file_keys(&self) -> &FileKeys {
        &self.keys
    }

    /// The row with this record index (rows are held in file order).
    pub fn get(&self, row_index: i64) -> Option<PreviewRow> {
        let at = self
            .entries
            .binary_search_by_key(&row_index, |e| e.row_index)
            .ok()?;
        Some(self.row(&self.entries[at]))
    }

    /// Replace a row by its re-decided version after a fix: the counts move
    /// from the old fate to the new one, the new key is noted, and `edits`
    /// are remembered for the import. False when no such row is held.
    pub fn replace(&mut self, fixed: PreviewRow, edits: &BTreeMap<String, String>) -> bool {
        let Ok(at) = self
            .entries
            .binary_search_by_key(&fixed.row_index, |e| e.row_index)
        else {
            return false;
        };
        if let Some(key) = fixed.dedupe_key.as_deref() {
            self.keys.note(key, fixed.row_index);
        }
        if let Some(line) = fixed.line {
            for (field, value) in edits {
                self.fixes.insert((line, field.clone()), value.clone());
            }
        }
        let old = self.entries[at].fate.filter();
        if self.changes.remove(&fixed.row_index).is_some() {
            self.counts.changed -= 1;
        }
        let mut fixed = fixed;
        self.keep_changes(&mut fixed);
        let entry = self.entry(fixed);
        *self.counts.slot(old) -= 1;
        *self.counts.slot(entry.fate.filter()) += 1;
        self.entries[at] = entry;
        true
    }

    /// Every fix made in this preview, by line then field.
    pub fn fixes(&self) -> Vec<RowFix> {
        self.fixes
            .iter()
            .map(|((line, field), value)| RowFix {
                line: *line,
                field: field.clone(),
                value: value.clone(),
            })
            .collect()
    }

    /// Rows of one fate (all with `None`), `offset..offset+limit` of them,
    /// and how many match. A scan: a 1M-row file takes milliseconds, and the
    /// table asks for a page at a time.
    pub fn page_of(
        &self,
        fate: Option<FateFilter>,
        offset: usize,
        limit: usize,
    ) -> (Vec<PreviewRow>, usize) {
        let Some(fate) = fate else {
            return (self.page(offset, limit), self.entries.len());
        };
        let mut matching = 0usize;
        let mut rows = Vec::new();
        let wanted = |e: &&Entry| match fate {
            FateFilter::Changed => self.changes.contains_key(&e.row_index),
            other => e.fate.filter() == other,
        };
        for entry in self.entries.iter().filter(wanted) {
            if matching >= offset && rows.len() < limit {
                rows.push(self.row(entry));
            }
            matching += 1;
        }
        (rows, matching)
    }

    fn row(&self, entry: &Entry) -> PreviewRow {
        let mut pos = entry.text_start;
        let mut values: [Option<String>; FIELD_COUNT] = Default::default();
        for (value, &len) in values.iter_mut().zip(&entry.field_lens) {
            if len != ABSENT {
                let end = pos + len as usize;
                *value = Some(self.text[pos..end].to_string());
                pos = end;
            }
        }
        let [plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone, contact_address, source_reference] =
            values;
        let fate = match entry.fate {
            CompactFate::New => RowFate::New,
            CompactFate::DuplicateInFile(first_row_index) => {
                RowFate::DuplicateInFile { first_row_index }
            }
            CompactFate::AlreadyInDatabase => RowFate::AlreadyInDatabase,
            CompactFate::Invalid(id) => {
                let (code, message, field) = self.reasons[id as usize].clone();
                RowFate::Invalid {
                    code,
                    message,
                    field,
                }
            }
        };
        PreviewRow {
            row_index: entry.row_index,
            line: entry.line,
            fields: CanonicalFields {
                plaintiff_name,
                firm_name,
                short_name,
                contact_name,
                contact_email,
                contact_phone,
                contact_address,
                source_reference,
            },
            fate,
            // Not kept per row: re-deciding an edited row uses `fixes::FileKeys`.
            dedupe_key: None,
            // An edited row keeps what its file line matched.
            matches: self
                .matches
                .get(&entry.row_index)
                .cloned()
                .unwrap_or_default(),
            changes: self
                .changes
                .get(&entry.row_index)
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// Rows `offset..offset+limit` (fewer at the end).
    pub fn page(&self, offset: usize, limit: usize) -> Vec<PreviewRow> {
        let start = offset.min(self.entries.len());
        let end = start.saturating_add(limit).min(self.entries.len());
        self.entries[start..end]
            .iter()
            .map(|e| self.row(e))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(i: i64, name: Option<&str>, email: Option<&str>, fate: RowFate) -> PreviewRow {
        PreviewRow {
            row_index: i,
            line: None,
            fields: CanonicalFields {
                plaintiff_name: name.map(str::to_string),
                contact_email: email.map(str::to_string),
                ..Default::default()
            },
            fate,
            dedupe_key: None,
            matches: Vec::new(),
            changes: Vec::new(),
        }
    }

    #[test]
    fn rows_round_trip_through_the_compact_layout() {
        let invalid = RowFate::Invalid {
            code: "MISSING_NAME".into(),
            message: "plaintiff_name is empty".into(),
            field: Some("plaintiff_name".into()),
        };
        let input = vec![
            row(0, Some("José Núñez"), Some("j@x.test"), RowFate::New),
            row(1, Some(""), None, RowFate::AlreadyInDatabase),
            row(2, None, Some("a@b.test"), invalid.clone()),
            row(
                3,
                Some("Zoë"),
                None,
                RowFate::DuplicateInFile { first_row_index: 0 },
            ),
            row(4, None, None, invalid),
        ];
        let mut store = PreviewRows::default();
        for r in input.clone() {
            store.push(r);
        }
        assert_eq!(store.len(), 5);
        assert_eq!(store.page(0, 100), input);
        assert_eq!(store.page(2, 2), input[2..4].to_vec());
        assert_eq!(store.page(4, 10), input[4..].to_vec());
        assert!(store.page(9, 10).is_empty());
        assert_eq!(store.reasons.len(), 1, "identical reasons are stored once");
    }

    fn keyed(i: i64, name: &str, key: &str, fate: RowFate) -> PreviewRow {
        PreviewRow {
            line: Some(i + 2),
            dedupe_key: Some(key.to_string()),
            changes: Vec::new(),
            ..row(i, Some(name), None, fate)
        }
    }

    #[test]
    fn filter_counts_and_fixes() {
        let invalid = RowFate::Invalid {
            code: "MISSING_NAME".into(),
            message: "plaintiff_name is empty".into(),
            field: Some("plaintiff_name".into()),
        };
        let mut store = PreviewRows::default();
        store.push(keyed(0, "Ann", &"a".repeat(64), RowFate::New));
        store.push(keyed(
            1,
            "Ann",
            &"a".repeat(64),
            RowFate::DuplicateInFile { first_row_index: 0 },
        ));
        store.push(PreviewRow {
            line: Some(4),
            ..row(2, None, None, invalid.clone())
        });
        store.push(keyed(3, "Bo", &"b".repeat(64), RowFate::AlreadyInDatabase));
        store.push(PreviewRow {
            line: Some(6),
            ..row(4, None, None, invalid)
        });
        let before = FateCounts {
            new: 1,
            duplicate_in_file: 1,
            already_in_database: 1,
            invalid: 2,
            changed: 0,
        };
        assert_eq!(store.counts(), before);

        let (rows, total) = store.page_of(Some(FateFilter::Invalid), 0, 10);
        assert_eq!(total, 2);
        assert_eq!(
            rows.iter().map(|r| r.row_index).collect::<Vec<_>>(),
            vec![2, 4]
        );
        let (rows, total) = store.page_of(Some(FateFilter::Invalid), 1, 10);
        assert_eq!((rows.len(), rows[0].row_index, total), (1, 4, 2));
        let (rows, total) = store.page_of(None, 3, 1);
        assert_eq!((rows.len(), rows[0].row_index, total), (1, 3, 5));
        assert_eq!(store.page_of(Some(FateFilter::New), 1, 10), (vec![], 1));
        assert_eq!(store.file_keys().first_row(&"a".repeat(64)), Some(0));

        // Row 4 fixed into a duplicate of row 0: counts move, the fix is kept.
        let edits: BTreeMap<String, String> =
            [("plaintiff_name".to_string(), "Ann".to_string())].into();
        let fixed = keyed(
            4,
            "Ann",
            &"a".repeat(64),
            RowFate::DuplicateInFile { first_row_index: 0 },
        );
        assert!(store.replace(fixed.clone(), &edits));
        assert_eq!(
            store.counts(),
            FateCounts {
                duplicate_in_file: 2,
                invalid: 1,
                changed: 0,
                ..before
            }
        );
        assert_eq!(
            store.get(4),
            Some(PreviewRow {
                dedupe_key: None,
                changes: Vec::new(),
                ..fixed
            })
        );
        assert_eq!(store.page_of(Some(FateFilter::Invalid), 0, 10).1, 1);
        assert_eq!(
            store.fixes(),
            vec![RowFix {
                line: 6,
                field: "plaintiff_name".into(),
                value: "Ann".into()
            }]
        );
        // A second edit of the same cell replaces the first fix.
        let edits2: BTreeMap<String, String> =
            [("plaintiff_name".to_string(), "Cy".to_string())].into();
        assert!(store.replace(keyed(4, "Cy", &"c".repeat(64), RowFate::New), &edits2));
        assert_eq!(
            store.counts(),
            FateCounts {
                new: 2,
                invalid: 1,
                changed: 0,
                ..before
            }
        );
        assert_eq!(store.fixes().len(), 1);
        assert_eq!(store.fixes()[0].value, "Cy");
        assert!(!store.replace(keyed(9, "X", &"d".repeat(64), RowFate::New), &edits));
        assert_eq!(store.get(9), None);
    }
}
