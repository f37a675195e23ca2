//! Checks on a legacy `.xls` before calamine reads it. calamine trusts the
//! compound file's sector numbers, chains and lengths, and the sheets'
//! dimensions, and loads every sheet as a dense rectangle: a tiny hostile
//! file can make it allocate terabytes (the process aborts: no panic to
//! catch) or follow a sector chain forever. So the file's structure is
//! walked here first, the way calamine walks it, with every sector number,
//! chain and length checked against the file, and the sheets are measured.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use crate::error::{EngineError, Result};

/// Largest `.xls` read (calamine holds the file and its strings in memory).
pub const MAX_XLS_BYTES: u64 = 24 << 20;
/// Cells of the rectangles calamine allocates, over all sheets (values and
/// formulas): ≈ 32 bytes each, besides ≈ 40 per cell actually stored.
pub const MAX_XLS_CELLS: u64 = 2_000_000;
/// What one sheet may declare (Excel 97–2003's own limit, 65,536 × 256).
const MAX_DECLARED_CELLS: u64 = 65_536 * 256;

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;

fn damaged(why: &str) -> EngineError {
    EngineError::Excel(format!("the workbook is damaged ({why})"))
}

fn too_large(why: String) -> EngineError {
    EngineError::WorkbookTooLarge(why)
}

fn u16_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as u32)
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// Errors: `WorkbookTooLarge`, `Excel`.
pub fn check_xls(file: &File) -> Result<()> {
    let mut reader = file;
    let len = file.metadata().map_err(|_| damaged("unreadable"))?.len();
    if len > MAX_XLS_BYTES {
        return Err(too_large(format!(
            "an .xls file over {} MB",
            MAX_XLS_BYTES >> 20
        )));
    }
    let mut data = Vec::with_capacity(len as usize);
    reader
        .seek(SeekFrom::Start(0))
        .and_then(|_| reader.read_to_end(&mut data))
        .map_err(|_| damaged("unreadable"))?;
    let stream = Compound::parse(&data)?.workbook_stream()?;
    measure_sheets(&stream)
}

/// The parts of a compound file calamine reads, validated.
struct Compound<'a> {
    /// The sectors after the header.
    body: &'a [u8],
    sector_size: usize,
    fats: Vec<u32>,
    dirs: Vec<(String, u32, u64)>,
    mini_stream: Vec<u8>,
    mini_fats: Vec<u32>,
}

impl<'a> Compound<'a> {
    fn parse(data: &'a [u8]) -> Result<Compound<'a>> {
        let header = data.get(..512).ok_or_else(|| damaged("too short"))?;
        let sector_size = match u16_at(header, 30) {
            Some(9) => 512,
            Some(12) => 4096,
            _ => return Err(damaged("bad sector size")),
        };
        let body = data.get(sector_size..).unwrap_or_default();
        let sectors = body.len().div_ceil(sector_size) as u64;
        let field = |at| u32_at(header, at).unwrap_or(0);
        // calamine reserves these counts up front: none can exceed the file.
        for (count, what) in [
            (field(40), "directory length"),
            (field(44), "FAT length"),
            (field(64), "mini FAT length"),
        ] {
            if u64::from(count) > sectors + 109 {
                return Err(damaged(what));
            }
        }
        // calamine takes its DIFAT capacity from bytes 62..66 (half of two
        // other fields: 65,535 in most files); keep that reservation small.
        if field(62) > 1 << 24 {
            return Err(damaged("DIFAT length"));
        }
        let mut c = Compound {
            body,
            sector_size,
            fats: Vec::new(),
            dirs: Vec::new(),
            mini_stream: Vec::new(),
            mini_fats: Vec::new(),
        };
        // DIFAT: 109 entries in the header, then a chain of DIFAT sectors
        // whose last entry names the next.
        let mut difat: Vec<u32> = header[76..512]
            .chunks(4)
            .map(|b| u32_at(b, 0).unwrap_or(0))
            .collect();
        let mut next = field(68);
        let mut hops = 0u64;
        while next < RESERVED_SECTORS {
            hops += 1;
            if hops > sectors {
                return Err(damaged("a sector chain loops"));
            }
            difat.extend(c.sector(next)?.chunks(4).map(|b| u32_at(b, 0).unwrap_or(0)));
            next = difat.pop().unwrap_or(ENDOFCHAIN);
        }
        let mut fats = Vec::new();
        for id in difat.into_iter().filter(|id| *id < DIFSECT) {
            fats.extend(c.sector(id)?.chunks(4).map(|b| u32_at(b, 0).unwrap_or(0)));
        }
        c.fats = fats;
        let dir_bytes = c.chain(field(48), false)?;
        for entry in dir_bytes.chunks(128).filter(|e| e.len() == 128) {
            let units: Vec<u16> = entry[..64]
                .chunks(2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .take_while(|u| *u != 0)
                .collect();
            let name = String::from_utf16_lossy(&units);
            let start = u32_at(entry, 116).unwrap_or(ENDOFCHAIN);
            let size = if sector_size == 512 {
                u64::from(u32_at(entry, 120).unwrap_or(0))
            } else {
                u64::from(u32_at(entry, 120).unwrap_or(0))
                    | (u64::from(u32_at(entry, 124).unwrap_or(0)) << 32)
            };
            if size > data.len() as u64 {
                return Err(damaged("a stream is longer than the file"));
            }
            c.dirs.push((name, start, size));
        }
        if c.dirs.is_empty() {
            return Err(damaged("no directory"));
        }
        if field(64) > 0 {
            c.mini_stream = c.chain(c.dirs[0].1, false)?;
            let mini_fat = c.chain(field(60), false)?;
            c.mini_fats = mini_fat
                .chunks(4)
                .map(|b| u32_at(b, 0).unwrap_or(0))
                .collect();
        }
        Ok(c)
    }

    fn sector(&self, id: u32) -> Result<&'a [u8]> {
        let start = id as usize * self.sector_size;
        self.body
            .get(start..(start + self.sector_size).min(self.body.len()))
            .filter(|s| !s.is_empty())
            .ok_or_else(|| damaged("a sector number points past the end"))
    }

    /// The bytes of a chain of sectors (mini sectors when `mini`), checking
    /// every link and that it ends.
    fn chain(&self, mut id: u32, mini: bool) -> Result<Vec<u8>> {
        let (fats, size, pool) = if mini {
            (&self.mini_fats, 64, self.mini_stream.as_slice())
        } else {
            (&self.fats, self.sector_size, self.body)
        };
        let mut out = Vec::new();
        let mut hops = 0usize;
        while id != ENDOFCHAIN {
            hops += 1;
            let start = id as usize * size;
            let bytes = pool
                .get(start..(start + size).min(pool.len()))
                .filter(|s| !s.is_empty() && hops <= fats.len())
                .ok_or_else(|| damaged("a sector chain is broken"))?;
            out.extend_from_slice(bytes);
            id = *fats
                .get(id as usize)
                .ok_or_else(|| damaged("a sector chain is broken"))?;
        }
        Ok(out)
    }

    fn workbook_stream(&self) -> Result<Vec<u8>> {
        let (_, start, size) = self
            .dirs
            .iter()
            .find(|d| d.0 == "Workbook")
            .or_else(|| self.dirs.iter().find(|d| d.0 == "Book"))
            .ok_or_else(|| EngineError::Excel("the file holds no workbook".into()))?;
        let mut stream = self.chain(*start, *size < 4096)?;
        stream.truncate(*size as usize);
        Ok(stream)
    }
}

/// BIFF records from `at`: (type, data), stopping at the end of the stream.
fn records(stream: &[u8], mut at: usize) -> impl Iterator<Item = (u32, &[u8])> {
    std::iter::from_fn(move || {
        let typ = u16_at(stream, at)?;
        let len = u16_at(stream, at + 2)? as usize;
        let data = stream.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        Some((typ, data))
    })
}

/// Bounding box of cell positions, as calamine's dense ranges span them.
#[derive(Default)]
struct Extent(Option<(u32, u32, u32, u32)>);

impl Extent {
    fn add(&mut self, row: u32, col: u32) {
        let b = self.0.get_or_insert((row, row, col, col));
        *b = (b.0.min(row), b.1.max(row), b.2.min(col), b.3.max(col));
    }
    fn cells(&self) -> u64 {
        self.0.map_or(0, |(r0, r1, c0, c1)| {
            u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1)
        })
    }
}

/// Every sheet's declared dimensions and the rectangles its cells span.
fn measure_sheets(stream: &[u8]) -> Result<()> {
    let mut sheets = Vec::new();
    for (typ, data) in records(stream, 0) {
        match typ {
            0x0085 => sheets.push(u32_at(data, 0).unwrap_or(u32::MAX) as usize), // BoundSheet8
            0x000A => break,                                                     // EOF
            _ => {}
        }
    }
    let mut total = 0u64;
    for pos in sheets {
        if pos >= stream.len() {
            return Err(damaged("a sheet starts past the end"));
        }
        let (mut values, mut formulas) = (Extent::default(), Extent::default());
        for (typ, data) in records(stream, pos) {
            let at = |i| u16_at(data, i).unwrap_or(0);
            match typ {
                0x0200 => check_dimensions(data)?,
                0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD => values.add(at(0), at(2)),
                0x0006 => {
                    values.add(at(0), at(2));
                    formulas.add(at(0), at(2));
                }
                0x00BD => {
                    values.add(at(0), at(2));
                    values.add(
                        at(0),
                        u16_at(data, data.len().saturating_sub(2)).unwrap_or(0),
                    );
                }
                0x000A => break,
                _ => {}
            }
        }
        total += values.cells() + formulas.cells();
        if total > MAX_XLS_CELLS {
            return Err(too_large(format!(
                "its sheets span more than {} million cells",
                MAX_XLS_CELLS / 1_000_000
            )));
        }
    }
    Ok(())
}

/// calamine reserves room for what a sheet's DIMENSIONS record declares.
fn check_dimensions(r: &[u8]) -> Result<()> {
    let (rf, rl, mut cf, cl) = match r.len() {
        10 => (u16_at(r, 0), u16_at(r, 2), u16_at(r, 4), u16_at(r, 6)),
        14 => (u32_at(r, 0), u32_at(r, 4), u16_at(r, 8), u16_at(r, 10)),
        _ => return Ok(()), // calamine refuses it itself
    };
    let (rf, rl, cl) = (rf.unwrap_or(0), rl.unwrap_or(0), cl.unwrap_or(0));
    if cf.is_some_and(|c| c > 0xFF || cl < c) {
        cf = Some(0);
    }
    let cf = cf.unwrap_or(0);
    if rl >= 1 && cl >= 1 {
        let rows = (rl - 1).checked_sub(rf).map(|r| u64::from(r) + 1);
        let cols = (cl - 1).checked_sub(cf).map(|c| u64::from(c) + 1);
        match (rows, cols) {
            (Some(rows), Some(cols)) if rows * cols <= MAX_DECLARED_CELLS => {}
            _ => {
                return Err(too_large(
                    "a sheet declares more cells than Excel 97-2003 allows".into(),
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::hashing::inspect_file;
    use crate::parse::open;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    fn bof(kind: u16) -> Vec<u8> {
        let mut d = 0x0600u16.to_le_bytes().to_vec();
        d.extend(kind.to_le_bytes());
        d.extend([0u8; 12]);
        record(0x0809, &d)
    }

    fn label(row: u16, col: u16, text: &str) -> Vec<u8> {
        let mut d = Vec::new();
        for v in [row, col, 0, text.len() as u16] {
            d.extend(v.to_le_bytes());
        }
        d.push(0); // 8-bit characters
        d.extend(text.as_bytes());
        record(0x0204, &d)
    }

    fn dimensions(first_row: u32, last_row: u32, first_col: u16, last_col: u16) -> Vec<u8> {
        let mut d = first_row.to_le_bytes().to_vec();
        d.extend(last_row.to_le_bytes());
        d.extend(first_col.to_le_bytes());
        d.extend(last_col.to_le_bytes());
        d.extend([0u8; 2]);
        record(0x0200, &d)
    }

    /// A BIFF8 workbook stream with one sheet holding `cells` records.
    fn workbook_stream(cells: &[u8]) -> Vec<u8> {
        let name = b"Sheet1";
        let sheet_rec = |pos: u32| {
            let mut d = pos.to_le_bytes().to_vec();
            d.extend([0, 0, name.len() as u8, 0]);
            d.extend(name);
            record(0x0085, &d)
        };
        let globals_len = bof(5).len() + sheet_rec(0).len() + 4;
        let mut stream = bof(5);
        stream.extend(sheet_rec(globals_len as u32));
        stream.extend(record(0x000A, &[]));
        stream.extend(bof(0x10));
        stream.extend(cells);
        stream.extend(record(0x000A, &[]));
        // Past the mini-stream cutoff, so the stream lives in plain sectors.
        stream.resize(stream.len().max(4096), 0);
        stream
    }

    /// A version-3 compound file holding `stream` as "Workbook";
    /// `loop_chain` makes the stream's last sector point back to its first.
    fn compound(stream: &[u8], loop_chain: bool) -> Vec<u8> {
        let sectors = stream.len().div_ceil(512);
        let mut header = vec![0u8; 512];
        header[..8].copy_from_slice(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
        let put = |h: &mut Vec<u8>, at: usize, v: &[u8]| h[at..at + v.len()].copy_from_slice(v);
        put(&mut header, 24, &0x3Eu16.to_le_bytes());
        put(&mut header, 26, &3u16.to_le_bytes());
        put(&mut header, 28, &0xFFFEu16.to_le_bytes());
        put(&mut header, 30, &9u16.to_le_bytes());
        put(&mut header, 32, &6u16.to_le_bytes());
        put(&mut header, 44, &1u32.to_le_bytes()); // one FAT sector
        put(&mut header, 48, &1u32.to_le_bytes()); // directory at sector 1
        put(&mut header, 56, &4096u32.to_le_bytes());
        put(&mut header, 60, &super::ENDOFCHAIN.to_le_bytes());
        put(&mut header, 68, &super::ENDOFCHAIN.to_le_bytes());
        for i in 0..109 {
            let id: u32 = if i == 0 { 0 } else { 0xFFFF_FFFF };
            put(&mut header, 76 + 4 * i, &id.to_le_bytes());
        }
        let mut fat = vec![0xFFFF_FFFDu32, super::ENDOFCHAIN];
        for s in 0..sectors {
            let next = if s + 1 < sectors {
                (s + 3) as u32
            } else if loop_chain {
                2
            } else {
                super::ENDOFCHAIN
            };
            fat.push(next);
        }
        fat.resize(128, 0xFFFF_FFFF);
        let mut out = header;
        out.extend(fat.iter().flat_map(|v| v.to_le_bytes()));
        let dir_entry = |name: &str, kind: u8, start: u32, size: u32| {
            let mut e = vec![0u8; 128];
            let units: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            e[..units.len()].copy_from_slice(&units);
            e[64..66].copy_from_slice(&((units.len() + 2) as u16).to_le_bytes());
            e[66] = kind;
            for at in [68, 72, 76] {
                e[at..at + 4].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
            }
            e[116..120].copy_from_slice(&start.to_le_bytes());
            e[120..124].copy_from_slice(&size.to_le_bytes());
            e
        };
        out.extend(dir_entry("Root Entry", 5, super::ENDOFCHAIN, 0));
        out.extend(dir_entry("Workbook", 2, 2, stream.len() as u32));
        out.extend(vec![0u8; 256]);
        let mut body = stream.to_vec();
        body.resize(sectors * 512, 0);
        out.extend(body);
        out
    }

    fn open_xls(bytes: &[u8]) -> crate::Result<Vec<Vec<String>>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vendor.xls");
        std::fs::write(&path, bytes).unwrap();
        let facts = inspect_file(&path, &mut |_| {})?;
        let opened = open(&facts, None)?;
        let mut rows = vec![opened.headers];
        for r in opened.records {
            rows.push(r?.fields);
        }
        Ok(rows)
    }

    fn header_and_john() -> Vec<u8> {
        [
            label(0, 0, "PlaintiffName"),
            label(0, 1, "Email"),
            label(1, 0, "John Doe"),
            label(1, 1, "john@example.com"),
        ]
        .concat()
    }

    #[test]
    fn a_sound_xls_reads() {
        let cells = [dimensions(0, 2, 0, 2), header_and_john()].concat();
        let rows = open_xls(&compound(&workbook_stream(&cells), false)).unwrap();
        assert_eq!(
            rows,
            vec![
                vec!["PlaintiffName".to_string(), "Email".into()],
                vec!["John Doe".to_string(), "john@example.com".into()]
            ]
        );
    }

    #[test]
    fn hostile_xls_files_are_refused_without_allocating() {
        let huge_dims = [dimensions(0, 0xFFFF_FFF0, 0, 200), header_and_john()].concat();
        let far_cells = [header_and_john(), label(65_535, 60_000, "x")].concat();
        for (cells, code) in [
            (huge_dims, "WORKBOOK_TOO_LARGE"),
            (far_cells, "WORKBOOK_TOO_LARGE"),
        ] {
            let err = open_xls(&compound(&workbook_stream(&cells), false)).unwrap_err();
            assert_eq!(err.code(), code, "{err}");
        }
        let looped = compound(&workbook_stream(&header_and_john()), true);
        let err = open_xls(&looped).unwrap_err();
        assert_eq!(
            (err.code(), err.to_string().as_str()),
            (
                "EXCEL_ERROR",
                "Cannot read the Excel workbook: the workbook is damaged (a sector chain is broken)"
            )
        );
    }
}
