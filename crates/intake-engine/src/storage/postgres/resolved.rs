//! What each candidate row's key resolved to when its chunk landed, by row
//! index: its own raw id, or a live twin (the row was skipped for it). An
//! in-file duplicate of a later chunk points at the same row.
//!
//! Rows take their raw ids in file order from blocks reserved in one
//! statement, so a row's own id is `row index + offset` with one offset for
//! long runs of rows: the runs are kept, not an id a row (8 bytes a row of
//! the file was 40 MB at 5M rows). A live twin is kept as one bit a row and
//! found again by the duplicate's key (the same key, still live in this
//! transaction): `Resolved::LiveTwin`.

/// What the first row of an in-file duplicate's key resolved to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Resolved {
    /// Its own raw row.
    Raw(i64),
    /// The live row of its key (look the key up).
    LiveTwin,
    /// Not landed (yet).
    Unknown,
}

/// Rows `first..=last` have the raw ids `row + offset`.
#[derive(Clone, Copy)]
struct Run {
    first: i64,
    last: i64,
    offset: i64,
}

#[derive(Default)]
pub(in crate::storage::postgres) struct ResolvedIds {
    /// Sorted by `first`, not overlapping.
    runs: Vec<Run>,
    /// One bit a row: its key resolved to a live twin.
    live_twin: Vec<u64>,
}

impl ResolvedIds {
    /// Row `row` landed with the raw id `raw_id`; `live_twin`: it was
    /// skipped for a live row of its key (or that row is not known). Rows
    /// are remembered in file order; remembering an earlier row again (a
    /// chunk landed through staging after the direct path gave up) forgets
    /// what was remembered from it on.
    pub(super) fn remember(&mut self, row: i64, raw_id: i64, live_twin: bool) {
        let Ok(bit) = usize::try_from(row) else {
            return;
        };
        while let Some(run) = self.runs.last_mut() {
            if run.first >= row {
                self.runs.pop();
            } else {
                run.last = run.last.min(row - 1);
                break;
            }
        }
        let offset = raw_id - row;
        match self.runs.last_mut() {
            Some(run) if run.offset == offset => run.last = row,
            _ => self.runs.push(Run {
                first: row,
                last: row,
                offset,
            }),
        }
        let word = bit / 64;
        if word >= self.live_twin.len() {
            self.live_twin.resize(word + 1, 0);
        }
        let mask = 1u64 << (bit % 64);
        if live_twin {
            self.live_twin[word] |= mask;
        } else {
            self.live_twin[word] &= !mask;
        }
    }

    /// What row `row` resolved to. Only rows that were remembered are asked
    /// for (a duplicate's first row is always a candidate): a row between
    /// two remembered rows of one run reads as that run's.
    pub(super) fn get(&self, row: i64) -> Resolved {
        let at = self.runs.partition_point(|run| run.first <= row);
        let Some(run) = at.checked_sub(1).map(|i| self.runs[i]) else {
            return Resolved::Unknown;
        };
        if row > run.last {
            return Resolved::Unknown;
        }
        let bit = row as usize;
        if self.live_twin[bit / 64] & 1 << (bit % 64) != 0 {
            Resolved::LiveTwin
        } else {
            Resolved::Raw(row + run.offset)
        }
    }

    #[cfg(test)]
    fn runs(&self) -> usize {
        self.runs.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_ids_are_kept_as_runs_and_live_twins_as_bits() {
        let mut ids = ResolvedIds::default();
        assert_eq!(ids.get(0), Resolved::Unknown);
        // Block 1000.. for rows 0..; row 2 (an invalid row) is not remembered.
        ids.remember(0, 1000, false);
        ids.remember(1, 1001, true);
        ids.remember(3, 1003, false);
        // A new block from row 4: 5000..
        ids.remember(4, 5000, false);
        ids.remember(6, 5002, true);
        assert_eq!(ids.runs(), 2);
        assert_eq!(ids.get(0), Resolved::Raw(1000));
        assert_eq!(ids.get(1), Resolved::LiveTwin);
        assert_eq!(ids.get(3), Resolved::Raw(1003));
        assert_eq!(ids.get(4), Resolved::Raw(5000));
        assert_eq!(ids.get(6), Resolved::LiveTwin);
        assert_eq!(ids.get(7), Resolved::Unknown);
        assert_eq!(ids.get(-1), Resolved::Unknown);
    }

    #[test]
    fn a_chunk_remembered_again_replaces_what_it_remembered() {
        let mut ids = ResolvedIds::default();
        for row in 0..10 {
            ids.remember(row, 100 + row, false);
        }
        // The direct path remembered rows 10..13, then gave up.
        for row in 10..13 {
            ids.remember(row, 110 + row, false);
        }
        // Staging remembers the chunk again: row 11 was skipped.
        ids.remember(10, 120, false);
        ids.remember(11, 121, true);
        assert_eq!(ids.get(9), Resolved::Raw(109));
        assert_eq!(ids.get(10), Resolved::Raw(120));
        assert_eq!(ids.get(11), Resolved::LiveTwin);
        assert_eq!(ids.get(12), Resolved::Unknown);
        ids.remember(12, 122, false);
        assert_eq!(ids.get(12), Resolved::Raw(122));
    }

    #[test]
    fn a_million_rows_in_blocks_take_a_run_a_block() {
        let mut ids = ResolvedIds::default();
        let mut next_id = 1;
        for row in 0..1_000_000i64 {
            if row % 65_536 == 0 {
                next_id += 7; // another session's ids in between
            }
            ids.remember(row, next_id, row % 10 == 3);
            next_id += 1;
        }
        assert_eq!(ids.runs(), 16);
        assert_eq!(ids.get(0), Resolved::Raw(8));
        assert_eq!(ids.get(3), Resolved::LiveTwin);
        assert_eq!(ids.get(65_536), Resolved::Raw(65_536 + 15));
        assert_eq!(ids.get(999_999), Resolved::Raw(999_999 + 8 + 7 * 15));
        assert_eq!(ids.get(1_000_000), Resolved::Unknown);
    }
}
