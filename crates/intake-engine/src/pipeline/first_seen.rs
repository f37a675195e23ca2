//! The reader's in-file duplicate index: for every dedupe key met so far,
//! the row index of its first row.
//!
//! Keys are compared on their first 96 bits (of SHA-256: a false match at
//! 5M keys is ~1e-16). The top 16 of those bits choose one of 65,536 shards
//! and are not stored; a shard is a sorted vector of the other 80 bits and
//! the first row index, 14 bytes an entry, grown by an eighth at a time. So
//! the index costs ~15 bytes a distinct key (a hash map: 17 bytes a slot,
//! slots a power of two, old and new tables alive together while it grows,
//! up to ~70 bytes a key at its peak), and growing never copies more than
//! one small shard.

use sha2::{Digest, Sha256};

const SHARD_BITS: u32 = 16;
const SHARDS: usize = 1 << SHARD_BITS;
/// Entries a shard reserves at least when it grows.
const MIN_GROWTH: usize = 4;

/// The first 96 bits of a dedupe key, in the low bits.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Key96(u128);

impl Key96 {
    /// The key's first 24 hex digits. A key that is not hex (keys are
    /// SHA-256 hex; this should not happen) is hashed first.
    pub(super) fn of(key: &str) -> Key96 {
        let head = key
            .get(..24)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        let bits = match head.map(|h| u128::from_str_radix(h, 16)) {
            Some(Ok(bits)) => bits,
            _ => {
                let digest = Sha256::digest(key.as_bytes());
                digest[..12]
                    .iter()
                    .fold(0u128, |acc, &b| acc << 8 | u128::from(b))
            }
        };
        Key96(bits)
    }

    #[cfg(test)]
    pub(super) fn from_bits(bits: u128) -> Key96 {
        Key96(bits & ((1u128 << 96) - 1))
    }

    fn shard(self) -> usize {
        (self.0 >> 80) as usize & (SHARDS - 1)
    }

    /// The 80 bits below the shard bits, most significant first (so arrays
    /// compare as the numbers do).
    fn rest(self) -> [u16; 5] {
        std::array::from_fn(|i| (self.0 >> (64 - 16 * i)) as u16)
    }
}

/// One key of a shard: 14 bytes, align 2.
#[derive(Clone, Copy)]
struct Entry {
    rest: [u16; 5],
    first: [u16; 2],
}

impl Entry {
    fn first(&self) -> u32 {
        u32::from(self.first[0]) << 16 | u32::from(self.first[1])
    }
}

pub(super) struct FirstSeen {
    shards: Box<[Vec<Entry>]>,
    len: usize,
}

impl FirstSeen {
    pub(super) fn new() -> FirstSeen {
        FirstSeen {
            shards: (0..SHARDS).map(|_| Vec::new()).collect(),
            len: 0,
        }
    }

    /// The first row index of `key` if it was met before; otherwise
    /// `row_index` becomes its first and `None` is returned.
    pub(super) fn first_or_insert(&mut self, key: Key96, row_index: u32) -> Option<u32> {
        let rest = key.rest();
        let shard = &mut self.shards[key.shard()];
        match shard.binary_search_by(|e| e.rest.cmp(&rest)) {
            Ok(found) => Some(shard[found].first()),
            Err(at) => {
                if shard.len() == shard.capacity() {
                    shard.reserve_exact((shard.len() / 8).max(MIN_GROWTH));
                }
                shard.insert(
                    at,
                    Entry {
                        rest,
                        first: [(row_index >> 16) as u16, row_index as u16],
                    },
                );
                self.len += 1;
                None
            }
        }
    }

    /// The first row index of `key`, if it was met before.
    pub(super) fn get(&self, key: Key96) -> Option<u32> {
        let rest = key.rest();
        let shard = &self.shards[key.shard()];
        let found = shard.binary_search_by(|e| e.rest.cmp(&rest)).ok()?;
        Some(shard[found].first())
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
    fn an_entry_is_fourteen_bytes() {
        assert_eq!(std::mem::size_of::<Entry>(), 14);
    }

    #[test]
    fn keys_are_the_first_96_bits_of_the_hex_key() {
        let key = "0123456789abcdef01234567ffffffffffffffffffffffffffffffffffffffff";
        assert_eq!(Key96::of(key), Key96(0x0123456789abcdef01234567));
        let other_tail = "0123456789ABCDEF012345670000000000000000000000000000000000000000";
        assert_eq!(Key96::of(key), Key96::of(other_tail));
        // Bit 95 and bit 0 both count.
        assert_ne!(Key96::of(key), Key96::of(&format!("8{}", &key[1..])));
        assert_ne!(
            Key96::of(key),
            Key96::of(&format!("{}6{}", &key[..23], &key[24..]))
        );
        // Not hex: hashed, still deterministic and distinct.
        assert_eq!(Key96::of("not a key"), Key96::of("not a key"));
        assert_ne!(Key96::of("not a key"), Key96::of("not a key!"));
        let key = Key96(0xABCD_0123_4567_89AB_CDEF_0246);
        assert_eq!(key.shard(), 0xABCD);
        assert_eq!(key.rest(), [0x0123, 0x4567, 0x89AB, 0xCDEF, 0x0246]);
    }

    #[test]
    fn duplicates_answer_the_first_row_index() {
        let mut seen = FirstSeen::new();
        let a = Key96::from_bits(1);
        let b = Key96::from_bits(2);
        assert_eq!(seen.first_or_insert(a, 7), None);
        assert_eq!(seen.first_or_insert(b, 8), None);
        assert_eq!(seen.first_or_insert(a, 9), Some(7));
        assert_eq!(seen.get(b), Some(8));
        assert_eq!(seen.get(Key96::from_bits(4)), None);
        assert_eq!(seen.first_or_insert(b, 10), Some(8));
        assert_eq!(seen.first_or_insert(a, 11), Some(7));
        assert_eq!(seen.first_or_insert(Key96::from_bits(3), u32::MAX), None);
        assert_eq!(seen.first_or_insert(Key96::from_bits(3), 0), Some(u32::MAX));
        assert_eq!(seen.len(), 3);
    }

    #[test]
    fn keys_differing_in_any_one_of_96_bits_are_distinct() {
        let mut seen = FirstSeen::new();
        let base = 0x5A5A_1234_F0F0_9876_0F0F_C3C3u128;
        assert_eq!(seen.first_or_insert(Key96::from_bits(base), 0), None);
        for bit in 0..96 {
            let key = Key96::from_bits(base ^ 1 << bit);
            assert_eq!(seen.first_or_insert(key, bit + 1), None, "bit {bit}");
        }
        for bit in 0..96 {
            let key = Key96::from_bits(base ^ 1 << bit);
            assert_eq!(seen.first_or_insert(key, 0), Some(bit + 1), "bit {bit}");
        }
        assert_eq!(seen.first_or_insert(Key96::from_bits(base), 5), Some(0));
        assert_eq!(seen.len(), 97);
    }

    #[test]
    fn many_distinct_keys_across_growth_then_every_one_found_at_its_first_row() {
        const KEYS: usize = 300_000;
        let keys: Vec<Key96> = mixed(42).take(KEYS).map(Key96::from_bits).collect();
        // The generator's 96-bit values are distinct: any collision would
        // make the check below ambiguous.
        let mut sorted: Vec<u128> = keys.iter().map(|k| k.0).collect();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), KEYS);

        let mut seen = FirstSeen::new();
        // Clustered keys too: one shard grows far past the others.
        let crowded: Vec<Key96> = (0..5_000u128)
            .map(|i| Key96::from_bits((0xBEEF << 80) | (i * 7919)))
            .collect();
        let all: Vec<Key96> = keys.iter().chain(&crowded).copied().collect();
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
        for (i, key) in mixed(7).take(10_000).map(Key96::from_bits).enumerate() {
            if sorted.binary_search(&key.0).is_err() {
                assert_eq!(seen.first_or_insert(key, i as u32), None);
            }
        }
        // Compact: at most an eighth over 14 bytes a key, plus the minimum
        // reservation of each shard.
        let bytes = seen.entry_bytes();
        let keys_held = seen.len();
        assert!(
            bytes <= keys_held * 14 * 9 / 8 + SHARDS * MIN_GROWTH * 14,
            "{bytes} bytes for {keys_held} keys"
        );
    }
}
