//! The rows of a preview, kept on the Rust side so a 1M-row file never
//! crosses IPC at once: the UI fetches pages by offset as it scrolls.
//!
//! Compact layout: all field text in one arena `String`, per row a fixed-size
//! entry with offsets, and invalid-row reasons interned (they repeat).

use std::collections::HashMap;

use intake_engine::{CanonicalFields, PreviewRow, RowFate};

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

#[derive(Debug, Default)]
pub struct PreviewRows {
    text: String,
    entries: Vec<Entry>,
    reasons: Vec<Reason>,
    reason_ids: HashMap<Reason, u32>,
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

    pub fn push(&mut self, row: PreviewRow) {
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
        self.entries.push(Entry {
            row_index: row.row_index,
            line: row.line,
            text_start,
            field_lens,
            fate,
        });
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
}
