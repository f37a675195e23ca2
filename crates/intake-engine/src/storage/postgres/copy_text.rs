//! COPY's text format, shared by the landing fallback and `export-to`.

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

#[cfg(test)]
mod tests {
    use super::push_field;

    #[test]
    fn escapes_what_copy_text_format_needs() {
        let mut buffer = Vec::new();
        push_field(&mut buffer, Some("a\\b\tc\nd\re\0f"));
        push_field(&mut buffer, None);
        assert_eq!(buffer, b"\ta\\\\b\\tc\\nd\\ref\t\\N");
    }
}
