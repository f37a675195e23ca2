//! Splitting CSV text into records (RFC 4180: `"` quotes a field when it
//! opens it, `""` escapes a quote, CR, LF or CRLF end a record) on raw bytes,
//! keeping each record's bytes and first line so a bad byte or a stray quote
//! can be reported by line.
//!
//! A stray quote must not swallow the rows after it. A quoted value that
//! spans lines is *runaway* when it reaches the end of the file unclosed,
//! when its closing quote is followed by anything but a delimiter or a line
//! break (a well-formed value always is), or when it runs over
//! `MAX_QUOTED_LINES` lines. Then the record ends at the end of the line
//! where the quote opened — read with that quote as text and reported — and
//! the lines after it are read as records again. Quoted values on one line
//! are read as csv always did.

use std::io::{self, Read};

use crate::hashing::CHUNK_SIZE;

/// A real multi-line address or note is a handful of lines.
pub const MAX_QUOTED_LINES: u64 = 100;

/// How a quote ran away (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runaway {
    /// Still open at the end of the file.
    Unclosed,
    /// Closed far away, by a quote followed by text, or after too many lines.
    Stray,
}

/// One record's text, without its line terminator.
#[derive(Debug)]
pub struct RawRecord {
    pub bytes: Vec<u8>,
    /// The 1-based line the record starts on.
    pub line: u64,
    /// A runaway quote cut this record short; `(how, the line it opened on)`.
    pub runaway: Option<(Runaway, u64)>,
    /// Where the runaway quote is in `bytes`: it is text, not quoting.
    pub literal_from: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    StartField,
    InField,
    InQuoted,
    /// A quote inside a quoted field: closes it unless another quote follows.
    QuoteInQuoted,
}

/// The quoted field being read: where its quote is, its line, its line breaks.
struct OpenQuote {
    at: usize,
    line: u64,
    /// Line breaks inside (CRLF, LF or a lone CR each count once).
    newlines: u64,
    /// Any line break inside, CR included (old Mac files have no LF).
    multi_line: bool,
}

pub struct Splitter<R> {
    src: R,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    /// Text to read again (after a runaway quote) before `src`.
    again: Vec<u8>,
    again_pos: usize,
    delimiter: u8,
    /// The line of the next byte.
    line: u64,
}

impl<R: Read> Splitter<R> {
    pub fn new(src: R, delimiter: u8) -> Self {
        Splitter {
            src,
            buf: vec![0; CHUNK_SIZE],
            pos: 0,
            len: 0,
            again: Vec::new(),
            again_pos: 0,
            delimiter,
            line: 1,
        }
    }

    #[inline]
    fn next_byte(&mut self) -> io::Result<Option<u8>> {
        if self.again_pos < self.again.len() {
            self.again_pos += 1;
            return Ok(Some(self.again[self.again_pos - 1]));
        }
        if self.pos == self.len && !self.fill()? {
            return Ok(None);
        }
        self.pos += 1;
        Ok(Some(self.buf[self.pos - 1]))
    }

    #[inline]
    fn peek_byte(&mut self) -> io::Result<Option<u8>> {
        if self.again_pos < self.again.len() {
            return Ok(Some(self.again[self.again_pos]));
        }
        if self.pos == self.len && !self.fill()? {
            return Ok(None);
        }
        Ok(Some(self.buf[self.pos]))
    }

    /// Append to `out` the bytes before the next one of `stops` (which is
    /// left unread), or up to the end of the text. The fast path: whole runs
    /// of ordinary bytes are found with memchr and copied at once.
    #[inline]
    fn take_until(&mut self, out: &mut Vec<u8>, stops: [u8; 3]) -> io::Result<()> {
        let [a, b, c] = stops;
        loop {
            if self.again_pos < self.again.len() {
                let rest = &self.again[self.again_pos..];
                let n = memchr::memchr3(a, b, c, rest).unwrap_or(rest.len());
                out.extend_from_slice(&rest[..n]);
                self.again_pos += n;
                if self.again_pos < self.again.len() {
                    return Ok(());
                }
                continue;
            }
            if self.pos == self.len && !self.fill()? {
                return Ok(());
            }
            let rest = &self.buf[self.pos..self.len];
            let n = memchr::memchr3(a, b, c, rest).unwrap_or(rest.len());
            out.extend_from_slice(&rest[..n]);
            self.pos += n;
            if self.pos < self.len {
                return Ok(());
            }
        }
    }

    fn fill(&mut self) -> io::Result<bool> {
        loop {
            match self.src.read(&mut self.buf) {
                Ok(n) => {
                    self.pos = 0;
                    self.len = n;
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Consume a line terminator whose first byte `b` was just read. CRLF,
    /// LF and a lone CR (old Mac exports) are each one line break, as a
    /// spreadsheet program counts them.
    fn end_line(&mut self, b: u8) -> io::Result<()> {
        if b == b'\r' && self.peek_byte()? == Some(b'\n') {
            self.next_byte()?;
        }
        self.line += 1;
        Ok(())
    }

    /// The next record, blank lines skipped (`None` at the end of the text).
    pub fn next_record(&mut self) -> io::Result<Option<RawRecord>> {
        // Empty lines are not records.
        loop {
            match self.peek_byte()? {
                None => return Ok(None),
                Some(b @ (b'\n' | b'\r')) => {
                    self.next_byte()?;
                    self.end_line(b)?;
                }
                Some(_) => break,
            }
        }
        let line = self.line;
        let mut bytes = Vec::with_capacity(128);
        let mut state = State::StartField;
        let mut quote: Option<OpenQuote> = None;
        let delimiter = self.delimiter;
        loop {
            match state {
                State::InField => self.take_until(&mut bytes, [delimiter, b'\n', b'\r'])?,
                State::InQuoted => self.take_until(&mut bytes, [b'"', b'\n', b'\r'])?,
                _ => {}
            }
            let Some(b) = self.next_byte()? else {
                if state == State::InQuoted {
                    let q = quote.take().expect("a quoted field is open");
                    return Ok(Some(self.runaway(bytes, line, q, Runaway::Unclosed, None)));
                }
                break;
            };
            match state {
                State::StartField => {
                    if b == b'"' {
                        quote = Some(OpenQuote {
                            at: bytes.len(),
                            line: self.line,
                            newlines: 0,
                            multi_line: false,
                        });
                        state = State::InQuoted;
                    } else if b == b'\n' || b == b'\r' {
                        self.end_line(b)?;
                        break;
                    } else if b != delimiter {
                        state = State::InField;
                    }
                    bytes.push(b);
                }
                State::InField => {
                    if b == b'\n' || b == b'\r' {
                        self.end_line(b)?;
                        break;
                    }
                    if b == delimiter {
                        state = State::StartField;
                    }
                    bytes.push(b);
                }
                State::InQuoted => {
                    bytes.push(b);
                    let q = quote.as_mut().expect("a quoted field is open");
                    if b == b'"' {
                        state = State::QuoteInQuoted;
                    } else if b == b'\r' && self.peek_byte()? == Some(b'\n') {
                        // The LF that follows counts the line break.
                        q.multi_line = true;
                    } else if b == b'\n' || b == b'\r' {
                        self.line += 1;
                        q.multi_line = true;
                        q.newlines += 1;
                        if q.newlines >= MAX_QUOTED_LINES {
                            let q = quote.take().expect("a quoted field is open");
                            return Ok(Some(self.runaway(bytes, line, q, Runaway::Stray, None)));
                        }
                    }
                }
                State::QuoteInQuoted => {
                    if b == b'"' {
                        state = State::InQuoted;
                        bytes.push(b);
                    } else if b == delimiter {
                        state = State::StartField;
                        bytes.push(b);
                    } else if b == b'\n' || b == b'\r' {
                        self.end_line(b)?;
                        break;
                    } else if quote.as_ref().is_some_and(|q| q.multi_line) {
                        let q = quote.take().expect("a quoted field is open");
                        return Ok(Some(self.runaway(bytes, line, q, Runaway::Stray, Some(b))));
                    } else {
                        state = State::InField;
                        bytes.push(b);
                    }
                }
            }
        }
        Ok(Some(RawRecord {
            bytes,
            line,
            runaway: None,
            literal_from: None,
        }))
    }

    /// Cut the record at the end of the line where the runaway quote opened;
    /// everything read after that line (and `pending`, a byte read but not
    /// kept) is read again.
    fn runaway(
        &mut self,
        mut bytes: Vec<u8>,
        line: u64,
        quote: OpenQuote,
        how: Runaway,
        pending: Option<u8>,
    ) -> RawRecord {
        let cut = bytes[quote.at..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map(|p| quote.at + p);
        if let Some(cut) = cut {
            let mut skip = 1;
            if bytes[cut] == b'\r' && bytes.get(cut + 1) == Some(&b'\n') {
                skip = 2;
            }
            let mut again = bytes.split_off(cut);
            again.drain(..skip);
            again.extend(pending);
            again.extend_from_slice(&self.again[self.again_pos..]);
            self.again = again;
            self.again_pos = 0;
            // CRLF, LF or a lone CR: one line break either way.
            self.line = quote.line + 1;
        } else if let Some(b) = pending {
            // (Unreachable in practice: a stray quote has a line break.)
            let mut again = vec![b];
            again.extend_from_slice(&self.again[self.again_pos..]);
            self.again = again;
            self.again_pos = 0;
        }
        RawRecord {
            bytes,
            line,
            runaway: Some((how, quote.line)),
            literal_from: Some(quote.at),
        }
    }
}

/// The fields of one record's text; from `literal_from` on, quotes are text.
/// Field by field, copying runs of bytes (csv_core's rules: after a closing
/// quote, the rest of the field up to the delimiter is text).
pub fn split_fields(bytes: &[u8], delimiter: u8, literal_from: Option<usize>) -> Vec<Vec<u8>> {
    let (text, literal) = match literal_from {
        Some(at) => (&bytes[..at], Some(&bytes[at..])),
        None => (bytes, None),
    };
    let up_to_delimiter =
        |from: usize| from + memchr::memchr(delimiter, &text[from..]).unwrap_or(text.len() - from);
    let mut fields = Vec::new();
    let mut i = 0;
    loop {
        if text.get(i) == Some(&b'"') {
            let mut field = Vec::new();
            i += 1;
            loop {
                let Some(p) = memchr::memchr(b'"', &text[i..]) else {
                    // Never closed (only in a runaway record's last field).
                    field.extend_from_slice(&text[i..]);
                    i = text.len();
                    break;
                };
                field.extend_from_slice(&text[i..i + p]);
                i += p + 1;
                if text.get(i) != Some(&b'"') {
                    break; // the closing quote
                }
                field.push(b'"'); // `""`
                i += 1;
            }
            let end = up_to_delimiter(i.min(text.len()));
            field.extend_from_slice(&text[i.min(end)..end]);
            fields.push(field);
            i = end;
        } else {
            let end = up_to_delimiter(i);
            fields.push(text[i..end].to_vec());
            i = end;
        }
        if i >= text.len() {
            break;
        }
        i += 1; // the delimiter
    }
    if let Some(literal) = literal {
        // `text` ends where the quote's field starts: that empty field is
        // replaced by the literal text's fields.
        fields.pop();
        fields.extend(literal.split(|&b| b == delimiter).map(<[u8]>::to_vec));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, fields, runaway) of a record.
    type Rec = (u64, Vec<String>, Option<(Runaway, u64)>);

    fn records(text: &[u8], chunk: usize) -> Vec<Rec> {
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.0.len().min(self.1).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut s = Splitter::new(Trickle(text, chunk), b',');
        let mut out = Vec::new();
        while let Some(r) = s.next_record().unwrap() {
            let fields = split_fields(&r.bytes, b',', r.literal_from)
                .into_iter()
                .map(|f| String::from_utf8(f).unwrap())
                .collect();
            out.push((r.line, fields, r.runaway));
        }
        out
    }

    fn rec(line: u64, fields: &[&str]) -> Rec {
        (line, fields.iter().map(|f| f.to_string()).collect(), None)
    }

    #[test]
    fn rfc4180_records_and_lines() {
        for chunk in [1, 2, 3, 5, 64] {
            assert_eq!(
                records(
                    b"a,b\r\n\r\n\"x, y\",\"1\r\n2\"\n\n\"q \"\"z\"\"\",\nlast",
                    chunk
                ),
                vec![
                    rec(1, &["a", "b"]),
                    rec(3, &["x, y", "1\r\n2"]),
                    rec(6, &["q \"z\"", ""]),
                    rec(7, &["last"]),
                ],
                "chunk {chunk}"
            );
            // A quote inside a field, text after a closing quote on one line.
            assert_eq!(
                records(b"5\" disk,\"a\"b,\"\"\r", chunk),
                vec![rec(1, &["5\" disk", "ab", ""])]
            );
            // Old Mac line endings: a lone CR is a line break, counted as a
            // spreadsheet program counts it (the fuzzer found them uncounted).
            assert_eq!(
                records(b"a\rb\r\rc", chunk),
                vec![rec(1, &["a"]), rec(2, &["b"]), rec(4, &["c"])]
            );
            assert_eq!(
                records(b"\"x\ry\"z,1\rb\r", chunk),
                vec![
                    (1, vec!["\"x".into()], Some((Runaway::Stray, 1))),
                    rec(2, &["y\"z", "1"]),
                    rec(3, &["b"])
                ]
            );
            assert_eq!(
                records(b"a,\"1\r2\"\rb\r", chunk),
                vec![rec(1, &["a", "1\r2"]), rec(3, &["b"])]
            );
        }
    }

    #[test]
    fn runaway_quotes_cut_the_record_at_their_line() {
        for chunk in [1, 4, 64] {
            // Closed by the quote of a later row (followed by text): stray.
            assert_eq!(
                records(b"N,E\n\"Doe, John,1\nAnn,2\nBob,\"b\",3\n", chunk),
                vec![
                    rec(1, &["N", "E"]),
                    (
                        2,
                        vec!["\"Doe".into(), " John".into(), "1".into()],
                        Some((Runaway::Stray, 2))
                    ),
                    rec(3, &["Ann", "2"]),
                    rec(4, &["Bob", "b", "3"]),
                ]
            );
            // Never closed, opened in the second field, CRLF.
            assert_eq!(
                records(b"N,E\r\nAnn,\"x\r\nBob,y\r\n", chunk),
                vec![
                    rec(1, &["N", "E"]),
                    (
                        2,
                        vec!["Ann".into(), "\"x".into()],
                        Some((Runaway::Unclosed, 2))
                    ),
                    rec(3, &["Bob", "y"]),
                ]
            );
        }
        // Over MAX_QUOTED_LINES lines, even if it closes well.
        let mut text = b"N\n\"x\n".to_vec();
        for _ in 0..150 {
            text.extend_from_slice(b"r\n");
        }
        text.extend_from_slice(b"\"\n");
        let got = records(&text, 64);
        assert_eq!(
            got[1],
            (2, vec!["\"x".to_string()], Some((Runaway::Stray, 2)))
        );
        assert_eq!(got[2], rec(3, &["r"]));
        assert_eq!(got.len(), 1 + 1 + 150 + 1);
        assert_eq!(
            got[152],
            (153, vec!["\"".to_string()], Some((Runaway::Unclosed, 153)))
        );
    }

    /// Differential check against the csv crate on random text: where no
    /// quote ran away, the records are exactly csv's; and nothing panics.
    #[test]
    fn same_records_as_csv_on_random_text() {
        let alphabet = b"ab,,\"\"\n\r ";
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut compared = 0;
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let text: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let mut splitter = Splitter::new(&text[..], b',');
            let mut ours = Vec::new();
            let mut ran_away = false;
            let mut last_line = 0;
            while let Some(r) = splitter.next_record().unwrap() {
                assert!(r.line >= last_line, "{text:?}");
                last_line = r.line;
                ran_away |= r.runaway.is_some();
                ours.push((r.line, split_fields(&r.bytes, b',', r.literal_from)));
            }
            if ran_away {
                continue;
            }
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(&text[..]);
            let theirs: Vec<(u64, Vec<Vec<u8>>)> = reader
                .byte_records()
                .map(|r| {
                    let r = r.unwrap();
                    let line = r.position().unwrap().line();
                    (line, r.iter().map(<[u8]>::to_vec).collect())
                })
                .collect();
            let shown = String::from_utf8_lossy(&text);
            let fields =
                |v: &[(u64, Vec<Vec<u8>>)]| v.iter().map(|r| r.1.clone()).collect::<Vec<_>>();
            assert_eq!(fields(&ours), fields(&theirs), "{shown:?}");
            // csv gives the line where it started looking (blank lines before
            // a record included); ours is the record's own line.
            for (o, t) in ours.iter().zip(&theirs) {
                assert!(o.0 >= t.0, "{shown:?}: {ours:?} {theirs:?}");
            }
            compared += 1;
        }
        assert!(compared > 10_000, "{compared}");
    }
}
