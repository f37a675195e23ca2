//! The in-file duplicate index: for every dedupe key met so far, the row
//! index of its first row. The reader keeps one per file; the app keeps one
//! per preview to re-decide an edited row (`fixes::FileKeys`).
//!
//! Keys are compared on their first 80 bits (of SHA-256: a false match at
//! 5M keys is ~1e-11, at 100M ~4e-9). The top 16 of those bits choose one
//! of 65,536 shards and are not stored; a shard is a sorted vector of the
//! other 64 bits and the first row index, 12 bytes an entry, grown by an
//! eighth at a time. So the index costs ~13 bytes a distinct key (a hash
//! map: 24+ bytes a slot, slots a power of two, old and new tables alive
//! together while it grows, up to ~70 bytes a key at its peak), and
//! growing never copies more than one small shard.

use sha2::{Digest, Sha256};

const SHARD_BITS: u32 = 16;
const SHARDS: usize = 1 << SHARD_BITS;
/// Entries a shard reserves at least when it grows.
const MIN_GROWTH: usize = 4;
/// Hex digits of a key compared (80 bits).
const KEY_HEX: usize = 20;

/// The first 80 bits of a dedupe key, in the low bits.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Key80(u128);

impl Key80 {
    /// The key's first 20 hex digits. A key that is not hex (keys are
    /// SHA-256 hex; this should not happen) is hashed first.
    pub(crate) fn of(key: &str) -> Key80 {
        let head = key
            .get(..KEY_HEX)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        let bits = match head.map(|h| u128::from_str_radix(h, 16)) {
            Some(Ok(bits)) => bits,
            _ => {
                let digest = Sha256::digest(key.as_bytes());
                digest[..KEY_HEX / 2]
                    .iter()
                    .fold(0u128, |acc, &b| acc << 8 | u128::from(b))
            }
        };
        Key80(bits)
    }

    #[cfg(test)]
    pub(super) fn from_bits(bits: u128) -> Key80 {
        Key80(bits & ((1u128 << 80) - 1))
    }

    fn shard(self) -> usize {
        (self.0 >> 64) as usize & (SHARDS - 1)
    }

    /// The 64 bits below the shard bits, high half first (so arrays compare
    /// as the numbers do).
    fn rest(self) -> [u32; 2] {
        [(self.0 >> 32) as u32, self.0 as u32]
    }
}

/// One key of a shard: 12 bytes, align 4.
#[derive(Clone, Copy)]
struct Entry {
    rest: [u32; 2],
    first: u32,
}

pub(crate) struct FirstSeen {
    shards: Box<[Vec<Entry>]>,
    len: usize,
}

impl std::fmt::Debug for FirstSeen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FirstSeen({} keys)", self.len)
    }
}

impl Default for FirstSeen {
    fn default() -> FirstSeen {
        FirstSeen::new()
    }
}

impl FirstSeen {
    pub(crate) fn new() -> FirstSeen {
        FirstSeen {
            shards: (0..SHARDS).map(|_| Vec::new()).collect(),
            len: 0,
        }
    }

    /// Where `key` is in its shard, or where it would go.
    fn find(&self, key: Key80) -> (usize, Result<usize, usize>) {
        let rest = key.rest();
        let shard = key.shard();
        (
            shard,
            self.shards[shard].binary_search_by(|e| e.rest.cmp(&rest)),
        )
    }

    fn insert(&mut self, shard: usize, at: usize, key: Key80, row_index: u32) {
        let shard = &mut self.shards[shard];
        if shard.len() == shard.capacity() {
            shard.reserve_exact((shard.len() / 8).max(MIN_GROWTH));
        }
        shard.insert(
            at,
            Entry {
                rest: key.rest(),
                first: row_index,
            },
        );
        self.len += 1;
    }

    /// The first row index of `key` if it was met before; otherwise
    /// `row_index` becomes its first and `None` is returned.
    pub(crate) fn first_or_insert(&mut self, key: Key80, row_index: u32) -> Option<u32> {
        match self.find(key) {
            (shard, Ok(found)) => Some(self.shards[shard][found].first),
            (shard, Err(at)) => {
                self.insert(shard, at, key, row_index);
                None
            }
        }
    }

    /// `row_index` has `key`: it becomes the key's first row if it comes
    /// before the one held (rows noted out of order, e.g. after a fix).
    pub(crate) fn note_min(&mut self, key: Key80, row_index: u32) {
        match self.find(key) {
            (shard, Ok(found)) => {
                let first = &mut self.shards[shard][found].first;
                *first = (*first).min(row_index);
            }
            (shard, Err(at)) => self.insert(shard, at, key, row_index),
        }
    }

    /// The first row index of `key`, if it was met before.
    pub(crate) fn get(&self, key: Key80) -> Option<u32> {
        match self.find(key) {
            (shard, Ok(found)) => Some(self.shards[shard][found].first),
            (_, Err(_)) => None,
        }
    }

    /// Distinct keys held.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Heap bytes reserved by the entries (not counting the allocator's own).
    #[cfg(test)]
    pub(super) fn entry_bytes(&self) -> usize {
        self.shards
            .iter()
            .map(|s| s.capacity() * std::mem::size_of::<Entry>())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic stream of well-mixed 128-bit values (splitmix64 pairs).
    fn mixed(seed: u64) -> impl Iterator<Item = u128> {
        let mut state = seed;
        let mut next = move || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        std::iter::from_fn(move || Some(u128::from(next()) << 64 | u128::from(next())))
    }

    #[test]
    fn an_entry_is_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Entry>(), 12);
    }

    #[test]
    fn keys_are_the_first_80_bits_of_the_hex_key() {
        let key = "0123456789abcdef0123ffffffffffffffffffffffffffffffffffffffffffff";
        assert_eq!(Key80::of(key), Key80(0x0123456789abcdef0123));
        let other_tail = "0123456789ABCDEF012300000000000000000000000000000000000000000000";
        assert_eq!(Key80::of(key), Key80::of(other_tail));
        // Bit 79 and bit 0 both count.
        assert_ne!(Key80::of(key), Key80::of(&format!("8{}", &key[1..])));
        assert_ne!(
            Key80::of(key),
            Key80::of(&format!("{}2{}", &key[..19], &key[20..]))
        );
        // Not hex: hashed, still deterministic and distinct.
        assert_eq!(Key80::of("not a key"), Key80::of("not a key"));
        assert_ne!(Key80::of("not a key"), Key80::of("not a key!"));
        let key = Key80(0xABCD_0123_4567_89AB_CDEF);
        assert_eq!(key.shard(), 0xABCD);
        assert_eq!(key.rest(), [0x0123_4567, 0x89AB_CDEF]);
    }

    #[test]
    fn duplicates_answer_the_first_row_index() {
        let mut seen = FirstSeen::new();
        let a = Key80::from_bits(1);
        let b = Key80::from_bits(2);
        assert_eq!(seen.first_or_insert(a, 7), None);
        assert_eq!(seen.first_or_insert(b, 8), None);
        assert_eq!(seen.first_or_insert(a, 9), Some(7));
        assert_eq!(seen.get(b), Some(8));
        assert_eq!(seen.get(Key80::from_bits(4)), None);
        assert_eq!(seen.first_or_insert(b, 10), Some(8));
        assert_eq!(seen.first_or_insert(a, 11), Some(7));
        assert_eq!(seen.first_or_insert(Key80::from_bits(3), u32::MAX), None);
        assert_eq!(seen.first_or_insert(Key80::from_bits(3), 0), Some(u32::MAX));
        assert_eq!(seen.len(), 3);
    }

    #[test]
    fn note_min_keeps_the_earliest_row_whatever_the_order() {
        let mut seen = FirstSeen::new();
        let a = Key80::from_bits(0xA);
        seen.note_min(a, 9);
        assert_eq!(seen.get(a), Some(9));
        seen.note_min(a, 12);
        assert_eq!(seen.get(a), Some(9), "a later row does not move the first");
        seen.note_min(a, 3);
        assert_eq!(seen.get(a), Some(3), "an earlier row becomes the first");
        assert_eq!(seen.first_or_insert(a, 20), Some(3));
        assert_eq!(seen.len(), 1);
    }

    #[test]
    fn keys_differing_in_any_one_of_80_bits_are_distinct() {
        let mut seen = FirstSeen::new();
        let base = 0x1234_F0F0_9876_0F0F_C3C3u128;
        assert_eq!(seen.first_or_insert(Key80::from_bits(base), 0), None);
        for bit in 0..80 {
            let key = Key80::from_bits(base ^ 1 << bit);
            assert_eq!(seen.first_or_insert(key, bit + 1), None, "bit {bit}");
        }
        for bit in 0..80 {
            let key = Key80::from_bits(base ^ 1 << bit);
            assert_eq!(seen.first_or_insert(key, 0), Some(bit + 1), "bit {bit}");
        }
        assert_eq!(seen.first_or_insert(Key80::from_bits(base), 5), Some(0));
        assert_eq!(seen.len(), 81);
    }

    #[test]
    fn many_distinct_keys_across_growth_then_every_one_found_at_its_first_row() {
        const KEYS: usize = 300_000;
        let keys: Vec<Key80> = mixed(42).take(KEYS).map(Key80::from_bits).collect();
        // The generator's 80-bit values are distinct: any collision would
        // make the check below ambiguous.
        let mut sorted: Vec<u128> = keys.iter().map(|k| k.0).collect();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), KEYS);

        let mut seen = FirstSeen::new();
        // Clustered keys too: one shard grows far past the others.
        let crowded: Vec<Key80> = (0..5_000u128)
            .map(|i| Key80::from_bits((0xBEEF << 64) | (i * 7919)))
            .collect();
        let all: Vec<Key80> = keys.iter().chain(&crowded).copied().collect();
        for (i, key) in all.iter().enumerate() {
            assert_eq!(seen.first_or_insert(*key, i as u32), None, "key {i}");
        }
        assert_eq!(seen.len(), all.len());
        for (i, key) in all.iter().enumerate().rev() {
            let again = (all.len() + i) as u32;
            assert_eq!(seen.first_or_insert(*key, again), Some(i as u32), "key {i}");
        }
        assert_eq!(seen.len(), all.len());
        // Keys never seen are still new.
        for (i, key) in mixed(7).take(10_000).map(Key80::from_bits).enumerate() {
            if sorted.binary_search(&key.0).is_err() {
                assert_eq!(seen.first_or_insert(key, i as u32), None);
            }
        }
        // Compact: at most an eighth over 12 bytes a key, plus the minimum
        // reservation of each shard.
        let bytes = seen.entry_bytes();
        let keys_held = seen.len();
        assert!(
            bytes <= keys_held * 12 * 9 / 8 + SHARDS * MIN_GROWTH * 12,
            "{bytes} bytes for {keys_held} keys"
        );
    }
}
