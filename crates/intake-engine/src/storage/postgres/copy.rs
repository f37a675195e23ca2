//! `COPY … FROM STDIN`: the one send loop and the field encoders, for the
//! landing path (binary into the final tables, text into the staging table)
//! and for `export-to` (text into its staging tables).
//!
//! Rows are encoded into one reused buffer and sent in pieces of about
//! [`COPY_SEND_BYTES`]: the server parses a piece while the next is encoded.
//! Row encoders (which columns, in which order) stay beside the statements
//! they feed; this module only knows the formats.

use sqlx::postgres::{PgConnection, PgCopyIn};
use uuid::Uuid;

use crate::model::CanonicalFields;
use crate::storage::columns::canonical_values;

/// COPY data is sent in pieces of about this size.
pub(crate) const COPY_SEND_BYTES: usize = 1 << 20;

/// A buffer for [`CopyIn`] that rarely grows: a piece plus one large row.
pub(crate) fn copy_buffer() -> Vec<u8> {
    Vec::with_capacity(COPY_SEND_BYTES + 64 * 1024)
}

/// The data format a COPY statement names (`WITH (FORMAT binary)` or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CopyFormat {
    Text,
    /// No escaping for the client, no text parsing for the server (measured
    /// ~10% of a COPY into the landing tables).
    Binary,
}

/// Binary COPY framing: the signature, flags and header extension length...
const BINARY_COPY_HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";
/// ...and the end-of-data marker (a field count of -1).
const BINARY_COPY_TRAILER: &[u8] = &[0xff, 0xff];

impl CopyFormat {
    fn prologue(self) -> &'static [u8] {
        match self {
            CopyFormat::Text => b"",
            CopyFormat::Binary => BINARY_COPY_HEADER,
        }
    }

    fn epilogue(self) -> &'static [u8] {
        match self {
            CopyFormat::Text => b"",
            CopyFormat::Binary => BINARY_COPY_TRAILER,
        }
    }
}

/// One COPY in progress. Encode each row into [`CopyIn::row`], then call
/// [`CopyIn::send_full`]; end with [`CopyIn::end`] (or `finish`/`abort`).
/// The driver's errors come back as they are, so a caller can tell a unique
/// violation apart.
pub(crate) struct CopyIn<'c> {
    copy: PgCopyIn<&'c mut PgConnection>,
    buffer: &'c mut Vec<u8>,
    format: CopyFormat,
}

impl<'c> CopyIn<'c> {
    pub(crate) async fn start(
        conn: &'c mut PgConnection,
        statement: &str,
        format: CopyFormat,
        buffer: &'c mut Vec<u8>,
    ) -> Result<CopyIn<'c>, sqlx::Error> {
        let copy = conn.copy_in_raw(statement).await?;
        buffer.clear();
        buffer.extend_from_slice(format.prologue());
        Ok(CopyIn {
            copy,
            buffer,
            format,
        })
    }

    /// Where the next row is encoded.
    pub(crate) fn row(&mut self) -> &mut Vec<u8> {
        self.buffer
    }

    /// Send what is encoded once it makes a piece.
    pub(crate) async fn send_full(&mut self) -> Result<(), sqlx::Error> {
        if self.buffer.len() >= COPY_SEND_BYTES {
            self.send().await?;
        }
        Ok(())
    }

    async fn send(&mut self) -> Result<(), sqlx::Error> {
        self.copy.send(self.buffer.as_slice()).await?;
        self.buffer.clear();
        Ok(())
    }

    /// Send the rest and end the COPY; a failed send aborts it.
    pub(crate) async fn finish(mut self) -> Result<(), sqlx::Error> {
        self.buffer.extend_from_slice(self.format.epilogue());
        if !self.buffer.is_empty() {
            if let Err(err) = self.send().await {
                let _ = self.copy.abort("send failed").await;
                return Err(err);
            }
        }
        self.copy.finish().await?;
        Ok(())
    }

    /// Abandon the COPY: the server discards every row of it.
    pub(crate) async fn abort(self, why: &str) {
        let _ = self.copy.abort(why).await;
    }

    /// Finish the COPY if the rows were all encoded and sent (`outcome` is
    /// `Ok`), abort it otherwise and hand the error back.
    pub(crate) async fn end<E: From<sqlx::Error>>(self, outcome: Result<(), E>) -> Result<(), E> {
        match outcome {
            Ok(()) => Ok(self.finish().await?),
            Err(err) => {
                self.abort("copy failed").await;
                Err(err)
            }
        }
    }
}

/// One COPY of rows `0..count`, each encoded by `encode`.
pub(crate) async fn copy_rows(
    conn: &mut PgConnection,
    statement: &str,
    buffer: &mut Vec<u8>,
    format: CopyFormat,
    count: usize,
    mut encode: impl FnMut(usize, &mut Vec<u8>),
) -> Result<(), sqlx::Error> {
    let mut copy = CopyIn::start(conn, statement, format, buffer).await?;
    for i in 0..count {
        encode(i, copy.row());
        if let Err(err) = copy.send_full().await {
            copy.abort("send failed").await;
            return Err(err);
        }
    }
    copy.finish().await
}

// ---- Text format: tab-separated, `\N` for NULL, one row per line. ----

/// One tab-prefixed field of COPY's text format; `None` is `\N` (NULL).
/// PostgreSQL text cannot hold NUL, so a NUL byte is dropped (values that
/// reach here already carry U+FFFD instead, see `validate`).
pub(crate) fn push_field(buffer: &mut Vec<u8>, value: Option<&str>) {
    buffer.push(b'\t');
    let Some(value) = value else {
        buffer.extend_from_slice(b"\\N");
        return;
    };
    for &byte in value.as_bytes() {
        match byte {
            b'\\' => buffer.extend_from_slice(b"\\\\"),
            b'\t' => buffer.extend_from_slice(b"\\t"),
            b'\n' => buffer.extend_from_slice(b"\\n"),
            b'\r' => buffer.extend_from_slice(b"\\r"),
            0 => {}
            _ => buffer.push(byte),
        }
    }
}

/// The eight canonical fields, each with its leading tab.
pub(crate) fn push_canonical_fields(out: &mut Vec<u8>, fields: &CanonicalFields) {
    for value in canonical_values(fields) {
        push_field(out, value);
    }
}

/// A uuid (no tab), or `\N`.
pub(crate) fn push_uuid(out: &mut Vec<u8>, id: Option<Uuid>) {
    match id {
        Some(id) => {
            let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
            out.extend_from_slice(id.hyphenated().encode_lower(&mut text).as_bytes());
        }
        None => out.extend_from_slice(b"\\N"),
    }
}

/// An integer in decimal (no tab), without allocating.
pub(crate) fn push_i64(out: &mut Vec<u8>, value: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = value.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if value < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[at..]);
}

// ---- Binary format: a field count per row, then length-prefixed values. ----

/// Start a binary row of `fields` fields.
pub(crate) fn bin_row(out: &mut Vec<u8>, fields: i16) {
    out.extend_from_slice(&fields.to_be_bytes());
}

pub(crate) fn bin_null(out: &mut Vec<u8>) {
    out.extend_from_slice(&(-1i32).to_be_bytes());
}

pub(crate) fn bin_i64(out: &mut Vec<u8>, value: Option<i64>) {
    match value {
        Some(value) => {
            out.extend_from_slice(&8i32.to_be_bytes());
            out.extend_from_slice(&value.to_be_bytes());
        }
        None => bin_null(out),
    }
}

pub(crate) fn bin_bool(out: &mut Vec<u8>, value: bool) {
    out.extend_from_slice(&1i32.to_be_bytes());
    out.push(u8::from(value));
}

pub(crate) fn bin_i32(out: &mut Vec<u8>, value: i32) {
    out.extend_from_slice(&4i32.to_be_bytes());
    out.extend_from_slice(&value.to_be_bytes());
}

pub(crate) fn bin_uuid(out: &mut Vec<u8>, value: Option<Uuid>) {
    match value {
        Some(value) => {
            out.extend_from_slice(&16i32.to_be_bytes());
            out.extend_from_slice(value.as_bytes());
        }
        None => bin_null(out),
    }
}

/// A text value; PostgreSQL text cannot hold NUL, so it is dropped (as the
/// text format does).
pub(crate) fn bin_text(out: &mut Vec<u8>, value: Option<&str>) {
    let Some(value) = value else {
        return bin_null(out);
    };
    let bytes = value.as_bytes();
    if bytes.contains(&0) {
        let cleaned: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
        out.extend_from_slice(&(cleaned.len() as i32).to_be_bytes());
        out.extend_from_slice(&cleaned);
    } else {
        out.extend_from_slice(&(bytes.len() as i32).to_be_bytes());
        out.extend_from_slice(bytes);
    }
}

/// jsonb's binary form: a version byte (1), then the JSON text.
pub(crate) fn bin_jsonb(out: &mut Vec<u8>, json: &str) {
    out.extend_from_slice(&(json.len() as i32 + 1).to_be_bytes());
    out.push(1);
    out.extend_from_slice(json.as_bytes());
}

/// The eight canonical fields as binary text values.
pub(crate) fn bin_canonical_fields(out: &mut Vec<u8>, fields: &CanonicalFields) {
    for value in canonical_values(fields) {
        bin_text(out, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_copy_text_format_needs() {
        let mut buffer = Vec::new();
        push_field(&mut buffer, Some("a\\b\tc\nd\re\0f"));
        push_field(&mut buffer, None);
        assert_eq!(buffer, b"\ta\\\\b\\tc\\nd\\ref\t\\N");
    }

    #[test]
    fn integers_print_as_decimal() {
        let mut buffer = Vec::new();
        for value in [0, 7, -42, i64::MAX, i64::MIN] {
            push_i64(&mut buffer, value);
            buffer.push(b' ');
        }
        assert_eq!(
            String::from_utf8(buffer).unwrap(),
            format!("0 7 -42 {} {} ", i64::MAX, i64::MIN)
        );
    }

    #[test]
    fn binary_text_drops_nul_and_prefixes_the_length() {
        let mut buffer = Vec::new();
        bin_text(&mut buffer, Some("a\0b"));
        bin_text(&mut buffer, None);
        assert_eq!(buffer, [0, 0, 0, 2, b'a', b'b', 0xff, 0xff, 0xff, 0xff]);
    }
}
