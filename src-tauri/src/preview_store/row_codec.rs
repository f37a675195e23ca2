//! One preview row as bytes, for the store's blocks: varints and
//! length-prefixed text, no field names, ~10 bytes over the row's text.
//! A row's possible matches, changes and dedupe key are not in it (the store
//! keeps the few that exist aside).

use intake_engine::headers::CANONICAL_FIELDS;
use intake_engine::{validate, CanonicalFields, PreviewRow, RowFate};

/// Fate tags: also the store's per-row kind byte (`super::KIND_MASK`).
pub(super) const NEW: u8 = 0;
pub(super) const DUPLICATE_IN_FILE: u8 = 1;
pub(super) const ALREADY_IN_DATABASE: u8 = 2;
pub(super) const INVALID: u8 = 3;

fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push(v as u8 | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

fn varint(bytes: &[u8], pos: &mut usize) -> u64 {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = bytes[*pos];
        *pos += 1;
        v |= u64::from(b & 0x7F) << shift;
        if b < 0x80 {
            return v;
        }
        shift += 7;
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

/// `None` as 0, a value as its zigzag + 1.
fn put_opt_int(buf: &mut Vec<u8>, v: Option<i64>) {
    put_varint(buf, v.map_or(0, |v| zigzag(v) + 1));
}

fn opt_int(bytes: &[u8], pos: &mut usize) -> Option<i64> {
    match varint(bytes, pos) {
        0 => None,
        v => Some(unzigzag(v - 1)),
    }
}

/// The row's fate tag and its argument (the first row of a duplicate, the
/// reason id of an invalid row).
pub(super) fn put_row(buf: &mut Vec<u8>, row: &PreviewRow, tag: u8, arg: i64) {
    put_varint(buf, zigzag(row.row_index));
    put_opt_int(buf, row.line);
    for i in 0..CANONICAL_FIELDS.len() {
        match validate::field_value(&row.fields, i) {
            None => put_varint(buf, 0),
            Some(v) => {
                put_varint(buf, v.len() as u64 + 1);
                buf.extend_from_slice(v.as_bytes());
            }
        }
    }
    buf.push(tag);
    if tag == DUPLICATE_IN_FILE || tag == INVALID {
        put_varint(buf, zigzag(arg));
    }
}

/// Moves `pos` past one row without building it; its row index.
pub(super) fn skip_row(bytes: &[u8], pos: &mut usize) -> i64 {
    let row_index = unzigzag(varint(bytes, pos));
    opt_int(bytes, pos);
    for _ in 0..CANONICAL_FIELDS.len() {
        let len = varint(bytes, pos);
        *pos += len.saturating_sub(1) as usize;
    }
    let tag = bytes[*pos];
    *pos += 1;
    if tag == DUPLICATE_IN_FILE || tag == INVALID {
        varint(bytes, pos);
    }
    row_index
}

/// One row; `reason` turns an invalid row's reason id into its fate.
pub(super) fn read_row(
    bytes: &[u8],
    pos: &mut usize,
    reason: impl Fn(u32) -> RowFate,
) -> PreviewRow {
    let row_index = unzigzag(varint(bytes, pos));
    let line = opt_int(bytes, pos);
    let mut fields = CanonicalFields::default();
    for i in 0..CANONICAL_FIELDS.len() {
        let len = varint(bytes, pos);
        if len > 0 {
            let end = *pos + (len - 1) as usize;
            // Written from a `str`, cut at its own length: always UTF-8.
            *validate::field_slot(&mut fields, i) =
                Some(String::from_utf8_lossy(&bytes[*pos..end]).into_owned());
            *pos = end;
        }
    }
    let tag = bytes[*pos];
    *pos += 1;
    let fate = match tag {
        DUPLICATE_IN_FILE => RowFate::DuplicateInFile {
            first_row_index: unzigzag(varint(bytes, pos)),
        },
        ALREADY_IN_DATABASE => RowFate::AlreadyInDatabase,
        INVALID => reason(unzigzag(varint(bytes, pos)) as u32),
        _ => RowFate::New,
    };
    PreviewRow {
        row_index,
        line,
        fields,
        fate,
        dedupe_key: None,
        matches: Vec::new(),
        changes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_zigzag_round_trip_at_their_edges() {
        for v in [0, 1, -1, 63, -64, 64, 127, 128, 300, i64::MAX, i64::MIN + 1] {
            let mut buf = Vec::new();
            put_varint(&mut buf, zigzag(v));
            put_opt_int(&mut buf, Some(v));
            put_opt_int(&mut buf, None);
            let mut pos = 0;
            assert_eq!(unzigzag(varint(&buf, &mut pos)), v);
            assert_eq!(opt_int(&buf, &mut pos), Some(v));
            assert_eq!(opt_int(&buf, &mut pos), None);
            assert_eq!(pos, buf.len());
        }
        let mut buf = Vec::new();
        put_varint(&mut buf, 127);
        put_varint(&mut buf, 128);
        assert_eq!(buf, [0x7F, 0x80, 0x01]);
    }
}
