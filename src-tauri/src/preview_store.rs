//! The rows of a preview, kept on the Rust side so a 1M-row file never
//! crosses IPC at once: the UI fetches pages by offset as it scrolls.
//!
//! Compact layout: rows encoded one after another (`row_codec`) in blocks of
//! `BLOCK_ROWS`, each block LZ4-compressed once full, and one byte a row
//! (its fate, and whether it is a vendor update) that filters and counts
//! scan without opening a block. Invalid-row reasons are interned (they
//! repeat); the few rows with possible matches or changes keep them aside.
//! A 1M-row preview held ~240 MB as fixed-size entries over one text arena
//! (80 bytes a row, and the arena and entries doubling as they grew); see
//! `scripts/bench-app.sh` for what it holds now.

mod row_codec;

use std::collections::{BTreeMap, HashMap};

use intake_engine::fixes::{FileKeys, RowFix};
use intake_engine::matches::PossibleMatch;
use intake_engine::model::FieldChange;
use intake_engine::{PreviewRow, RowFate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use row_codec::{ALREADY_IN_DATABASE, DUPLICATE_IN_FILE, INVALID, NEW};

/// Rows a block holds. A page of the table (200 rows) opens one or two.
const BLOCK_ROWS: usize = 1024;
/// A row's kind byte: its fate tag (`row_codec`) …
const KIND_MASK: u8 = 0x03;
/// … and whether it is a vendor update (`FateFilter::Changed`).
const CHANGED: u8 = 0x80;

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

/// Encoded rows; all blocks but the last hold `BLOCK_ROWS`.
#[derive(Debug)]
struct Block {
    first_row_index: i64,
    len: usize,
    /// The encoded rows; LZ4-compressed (size prepended) once full.
    bytes: Vec<u8>,
}

impl Block {
    fn open(first_row_index: i64) -> Block {
        Block {
            first_row_index,
            len: 0,
            bytes: Vec::new(),
        }
    }

    /// A full block is compressed; only the last block is ever not full.
    fn sealed(&self) -> bool {
        self.len == BLOCK_ROWS
    }

    /// Store `bytes`, the block's encoded rows, compressed once it is full.
    fn set(&mut self, bytes: Vec<u8>) {
        self.bytes = if self.sealed() {
            let mut packed = lz4_flex::compress_prepend_size(&bytes);
            packed.shrink_to_fit();
            packed
        } else {
            bytes
        };
    }

    /// The encoded rows (decompressed when sealed).
    fn plain(&self) -> std::borrow::Cow<'_, [u8]> {
        if self.sealed() {
            // Compressed here from bytes this block encoded: cannot fail.
            std::borrow::Cow::Owned(
                lz4_flex::decompress_size_prepended(&self.bytes)
                    .expect("a preview block decompresses"),
            )
        } else {
            std::borrow::Cow::Borrowed(&self.bytes)
        }
    }
}

#[derive(Debug, Default)]
pub struct PreviewRows {
    blocks: Vec<Block>,
    /// One byte a row, in file order: its fate tag, `CHANGED` when it has
    /// changes.
    kinds: Vec<u8>,
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

fn filter_of(kind: u8) -> FateFilter {
    match kind & KIND_MASK {
        NEW => FateFilter::New,
        DUPLICATE_IN_FILE => FateFilter::DuplicateInFile,
        ALREADY_IN_DATABASE => FateFilter::AlreadyInDatabase,
        _ => FateFilter::Invalid,
    }
}

fn wanted(kind: u8, fate: FateFilter) -> bool {
    match fate {
        FateFilter::Changed => kind & CHANGED != 0,
        other => filter_of(kind) == other,
    }
}

impl PreviewRows {
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Add the next row of the file (rows arrive in file order).
    pub fn push(&mut self, mut row: PreviewRow) {
        self.keys.push(&row);
        let changed = self.keep_changes(&mut row);
        if !row.matches.is_empty() {
            self.matches
                .insert(row.row_index, std::mem::take(&mut row.matches));
        }
        if self.blocks.last().is_none_or(|b| b.len == BLOCK_ROWS) {
            self.blocks.push(Block::open(row.row_index));
        }
        let (tag, arg) = self.tag(&row);
        let block = self.blocks.last_mut().expect("a block was opened");
        row_codec::put_row(&mut block.bytes, &row, tag, arg);
        block.len += 1;
        if block.sealed() {
            let bytes = std::mem::take(&mut block.bytes);
            block.set(bytes);
        }
        let kind = tag | if changed { CHANGED } else { 0 };
        *self.counts.slot(filter_of(kind)) += 1;
        self.kinds.push(kind);
    }

    /// Move a row's changes aside (counted as `changed`); whether it had any.
    fn keep_changes(&mut self, row: &mut PreviewRow) -> bool {
        let changes = std::mem::take(&mut row.changes);
        if !changes.is_empty() && row.fate == RowFate::AlreadyInDatabase {
            self.counts.changed += 1;
            self.changes.insert(row.row_index, changes);
            return true;
        }
        false
    }

    /// The row's fate tag and its argument (reasons interned).
    fn tag(&mut self, row: &PreviewRow) -> (u8, i64) {
        match &row.fate {
            RowFate::New => (NEW, 0),
            RowFate::DuplicateInFile { first_row_index } => (DUPLICATE_IN_FILE, *first_row_index),
            RowFate::AlreadyInDatabase => (ALREADY_IN_DATABASE, 0),
            RowFate::Invalid {
                code,
                message,
                field,
            } => {
                let reason = (code.clone(), message.clone(), field.clone());
                let next = self.reasons.len() as u32;
                let id = *self.reason_ids.entry(reason.clone()).or_insert(next);
                if id == next {
                    self.reasons.push(reason);
                }
                (INVALID, i64::from(id))
            }
        }
    }

    pub fn counts(&self) -> FateCounts {
        self.counts
    }

    pub fn file_keys(&self) -> &FileKeys {
        &self.keys
    }

    /// The block holding `row_index`, and the row's position in the file.
    fn locate(&self, row_index: i64) -> Option<(usize, usize)> {
        let b = self
            .blocks
            .partition_point(|b| b.first_row_index <= row_index)
            .checked_sub(1)?;
        let plain = self.blocks[b].plain();
        let mut pos = 0;
        for k in 0..self.blocks[b].len {
            if row_codec::skip_row(&plain, &mut pos) == row_index {
                return Some((b, b * BLOCK_ROWS + k));
            }
        }
        None
    }

    /// The row with this record index (rows are held in file order).
    pub fn get(&self, row_index: i64) -> Option<PreviewRow> {
        let (_, at) = self.locate(row_index)?;
        self.rows_at(&[at]).pop()
    }

    /// Replace a row by its re-decided version after a fix: the counts move
    /// from the old fate to the new one, the new key is noted, and `edits`
    /// are remembered for the import. False when no such row is held.
    pub fn replace(&mut self, fixed: PreviewRow, edits: &BTreeMap<String, String>) -> bool {
        let Some((b, at)) = self.locate(fixed.row_index) else {
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
        let old = self.kinds[at];
        if self.changes.remove(&fixed.row_index).is_some() {
            self.counts.changed -= 1;
        }
        let mut fixed = fixed;
        let changed = self.keep_changes(&mut fixed);
        let (tag, arg) = self.tag(&fixed);
        // The block again, with the fixed row in its place.
        let start = b * BLOCK_ROWS;
        let mut rows = self.rows_at(&(start..start + self.blocks[b].len).collect::<Vec<_>>());
        rows[at - start] = fixed;
        let mut bytes = Vec::new();
        for (k, row) in rows.iter().enumerate() {
            let (tag, arg) = if k == at - start {
                (tag, arg)
            } else {
                self.tag(row)
            };
            row_codec::put_row(&mut bytes, row, tag, arg);
        }
        self.blocks[b].set(bytes);
        let kind = tag | if changed { CHANGED } else { 0 };
        *self.counts.slot(filter_of(old)) -= 1;
        *self.counts.slot(filter_of(kind)) += 1;
        self.kinds[at] = kind;
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
    /// and how many match. A scan of a byte a row: a 1M-row file takes a
    /// millisecond, and the table asks for a page at a time.
    pub fn page_of(
        &self,
        fate: Option<FateFilter>,
        offset: usize,
        limit: usize,
    ) -> (Vec<PreviewRow>, usize) {
        let Some(fate) = fate else {
            return (self.page(offset, limit), self.kinds.len());
        };
        let mut matching = 0usize;
        let mut positions = Vec::new();
        for (at, &kind) in self.kinds.iter().enumerate() {
            if wanted(kind, fate) {
                if matching >= offset && positions.len() < limit {
                    positions.push(at);
                }
                matching += 1;
            }
        }
        (self.rows_at(&positions), matching)
    }

    /// The rows at these positions (ascending), each block opened once.
    fn rows_at(&self, positions: &[usize]) -> Vec<PreviewRow> {
        let mut rows = Vec::with_capacity(positions.len());
        let mut wanted = positions.iter().copied().peekable();
        while let Some(&first) = wanted.peek() {
            let b = first / BLOCK_ROWS;
            let block = &self.blocks[b];
            let plain = block.plain();
            let mut pos = 0;
            for k in 0..block.len {
                if wanted.peek() == Some(&(b * BLOCK_ROWS + k)) {
                    wanted.next();
                    let row = row_codec::read_row(&plain, &mut pos, |id| self.reason(id));
                    rows.push(self.with_aside(row));
                } else {
                    row_codec::skip_row(&plain, &mut pos);
                }
            }
            // Positions past the last row: none to give.
            while wanted.peek().is_some_and(|&p| p / BLOCK_ROWS == b) {
                wanted.next();
            }
        }
        rows
    }

    fn reason(&self, id: u32) -> RowFate {
        let (code, message, field) = self.reasons[id as usize].clone();
        RowFate::Invalid {
            code,
            message,
            field,
        }
    }

    /// A decoded row with its possible matches and changes.
    fn with_aside(&self, row: PreviewRow) -> PreviewRow {
        PreviewRow {
            // An edited row keeps what its file line matched.
            matches: self
                .matches
                .get(&row.row_index)
                .cloned()
                .unwrap_or_default(),
            changes: self
                .changes
                .get(&row.row_index)
                .cloned()
                .unwrap_or_default(),
            // Not kept per row: re-deciding an edited row uses `fixes::FileKeys`.
            ..row
        }
    }

    /// Rows `offset..offset+limit` (fewer at the end).
    pub fn page(&self, offset: usize, limit: usize) -> Vec<PreviewRow> {
        let start = offset.min(self.kinds.len());
        let end = start.saturating_add(limit).min(self.kinds.len());
        self.rows_at(&(start..end).collect::<Vec<_>>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use intake_engine::CanonicalFields;

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

    /// Bytes the rows take in the store (blocks and kind bytes).
    fn held_bytes(store: &PreviewRows) -> usize {
        store
            .blocks
            .iter()
            .map(|b| b.bytes.capacity())
            .sum::<usize>()
            + store.kinds.capacity()
    }

    fn person(i: i64) -> PreviewRow {
        let fate = match i % 50 {
            7 => RowFate::DuplicateInFile {
                first_row_index: i - 7,
            },
            11 => RowFate::Invalid {
                code: "INVALID_EMAIL".into(),
                message: format!("contact_email is not an email address (row {})", i % 3),
                field: Some("contact_email".into()),
            },
            13 | 14 => RowFate::AlreadyInDatabase,
            _ => RowFate::New,
        };
        PreviewRow {
            line: Some(i + 2),
            fields: CanonicalFields {
                plaintiff_name: Some(format!("Person Number {i}")),
                contact_email: Some(format!("person{i}@example.com")),
                contact_phone: (i % 4 != 0).then(|| format!("555-{:04}", i % 10_000)),
                contact_address: Some(format!("{} Main Street, Springfield", i % 977)),
                ..Default::default()
            },
            ..row(i, None, None, fate)
        }
    }

    #[test]
    fn many_blocks_page_filter_fix_and_stay_small() {
        const ROWS: i64 = 5_000;
        let mut store = PreviewRows::default();
        let mut all = Vec::new();
        for i in 0..ROWS {
            let mut r = person(i);
            if i == 2_013 {
                r.changes = vec![FieldChange {
                    field: "contact_phone".into(),
                    old: Some("555-0000".into()),
                    new: "555-2013".into(),
                }];
            }
            all.push(r.clone());
            store.push(r);
        }
        assert_eq!(store.len(), ROWS as usize);
        // Four sealed blocks of 1024 and an open one.
        assert_eq!(store.blocks.len(), 5);
        assert_eq!(store.blocks.iter().filter(|b| b.sealed()).count(), 4);
        // Pages inside a block, across a sealed/sealed and a sealed/open edge.
        for (offset, limit) in [(0, 200), (1_000, 200), (4_000, 200), (4_990, 200)] {
            let end = (offset + limit).min(ROWS as usize);
            assert_eq!(
                store.page(offset, limit),
                all[offset..end].to_vec(),
                "page at {offset}"
            );
        }
        assert_eq!(store.get(2_013), Some(all[2_013].clone()));
        assert_eq!(store.get(4_999), Some(all[4_999].clone()));
        assert_eq!(store.get(ROWS), None);

        // Filters read the kind bytes; the rows come from their blocks.
        let invalid: Vec<i64> = (0..ROWS).filter(|i| i % 50 == 11).collect();
        let (rows, total) = store.page_of(Some(FateFilter::Invalid), 30, 40);
        assert_eq!(total, invalid.len());
        assert_eq!(
            rows.iter().map(|r| r.row_index).collect::<Vec<_>>(),
            invalid[30..70].to_vec()
        );
        assert_eq!(rows[0], all[invalid[30] as usize]);
        let (rows, total) = store.page_of(Some(FateFilter::Changed), 0, 200);
        assert_eq!((total, rows.len(), rows[0].row_index), (1, 1, 2_013));
        assert_eq!(rows[0].changes.len(), 1);
        assert_eq!(store.counts().already_in_database, 200);
        assert_eq!(store.counts().changed, 1);

        // A fix inside a sealed block: that row changes, its neighbours do not.
        let mut fixed = all[1_061].clone();
        assert_eq!(fixed.fate, all[11].fate.clone());
        fixed.fields.contact_email = Some("fixed@example.com".into());
        fixed.fate = RowFate::New;
        let edits: BTreeMap<String, String> =
            [("contact_email".to_string(), "fixed@example.com".to_string())].into();
        assert!(store.replace(fixed.clone(), &edits));
        assert_eq!(store.get(1_061), Some(fixed.clone()));
        let mut expected = all[1_024..2_048].to_vec();
        expected[1_061 - 1_024] = fixed;
        assert_eq!(store.page(1_024, 1_024), expected);
        assert_eq!(
            store.page_of(Some(FateFilter::Invalid), 0, 1).1,
            invalid.len() - 1
        );
        assert!(store.blocks[1].sealed());

        // Held compressed: under two thirds of the rows' text (these rows
        // differ in numbers only; LZ4 held 197 KB for 367 KB of text).
        let text: usize = all
            .iter()
            .map(|r| fields_of_row(r).iter().map(|v| v.len()).sum::<usize>())
            .sum();
        let held = held_bytes(&store);
        assert!(
            held * 3 < text * 2,
            "{held} bytes held for {text} bytes of text"
        );
    }

    fn fields_of_row(r: &PreviewRow) -> Vec<String> {
        let f = &r.fields;
        [
            &f.plaintiff_name,
            &f.contact_email,
            &f.contact_phone,
            &f.contact_address,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect()
    }
}
