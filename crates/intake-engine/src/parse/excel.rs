//! Excel workbooks through calamine, on a thread of their own that hands
//! rows over a small bounded channel. `.xlsx` sheets are streamed cell by
//! cell (two passes: bounds, then rows) after `workbook_limits` has checked
//! the zip, so memory stays flat; legacy `.xls` workbooks are loaded whole by
//! calamine once `xls_limits` has checked their structure and size. A panic inside calamine
//! (a corrupt workbook) becomes an `Excel` error, printed nowhere.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use calamine::{Data, DataRef, ExcelDateTime, Range, Reader, Xls, Xlsx, XlsxError};
use chrono::{NaiveDate, NaiveTime, TimeDelta};

use super::workbook_limits::{self, MAX_CELLS, MAX_COLUMNS, MAX_ROWS};
use super::xls_limits;
use super::{is_blank, HeaderProbe, Record, Records};
use crate::error::{EngineError, Result};
use crate::quiet_panic;

/// Rows parsed ahead of the consumer.
const ROWS_AHEAD: usize = 256;

/// Which calamine reader a workbook needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookFormat {
    /// Office Open XML (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Legacy binary workbook (`.xls`).
    Xls,
}

impl WorkbookFormat {
    pub fn label(self) -> &'static str {
        match self {
            WorkbookFormat::Xlsx => "xlsx",
            WorkbookFormat::Xls => "xls",
        }
    }
}

fn excel_err(e: impl std::fmt::Display) -> EngineError {
    EngineError::Excel(e.to_string())
}

fn damaged() -> EngineError {
    EngineError::Excel("the workbook is damaged (the Excel reader failed on it)".into())
}

fn rewind(mut file: &File) -> Result<()> {
    file.seek(SeekFrom::Start(0)).map(|_| ()).map_err(excel_err)
}

/// The sheet names of a workbook, in workbook order (for the app's sheet
/// picker). Reads the workbook's directory only, after the same limits as
/// a read.
pub fn sheet_names(file: &File, format: WorkbookFormat) -> Result<Vec<String>> {
    let file = file.try_clone().map_err(excel_err)?;
    rewind(&file)?;
    let names = match format {
        WorkbookFormat::Xlsx => {
            workbook_limits::check_xlsx(&file)?;
            rewind(&file)?;
            let wb: Xlsx<_> = Xlsx::new(BufReader::new(file)).map_err(excel_err)?;
            wb.sheet_names()
        }
        WorkbookFormat::Xls => {
            xls_limits::check_xls(&file)?;
            rewind(&file)?;
            let wb: Xls<_> = Xls::new(BufReader::new(file)).map_err(excel_err)?;
            wb.sheet_names()
        }
    };
    Ok(names)
}

/// A zip that holds a workbook part (an `.xlsx` under another name). Reads
/// the zip directory only.
pub fn zip_holds_workbook(file: &File) -> bool {
    let found = quiet_panic::catch(|| {
        rewind(file).ok()?;
        let zip = zip::ZipArchive::new(BufReader::new(file)).ok()?;
        let found = zip
            .file_names()
            .any(|n| n.eq_ignore_ascii_case("xl/workbook.xml"));
        Some(found)
    });
    matches!(found, Ok(Some(true)))
}

/// The OLE file opens as a legacy workbook.
pub fn opens_as(file: &File, format: WorkbookFormat) -> bool {
    let opened = quiet_panic::catch(|| {
        rewind(file).is_ok()
            && match format {
                WorkbookFormat::Xlsx => Xlsx::new(BufReader::new(file)).is_ok(),
                WorkbookFormat::Xls => {
                    xls_limits::check_xls(file).is_ok()
                        && rewind(file).is_ok()
                        && Xls::new(BufReader::new(file)).is_ok()
                }
            }
    });
    opened == Ok(true)
}

/// What the workbook thread sends: the header first, then rows; an error
/// ends the stream, and so does the thread finishing.
enum Msg {
    Header {
        sheet: String,
        line: u64,
        fields: Vec<String>,
    },
    Row(Record),
    Failed(EngineError),
}

/// A sheet's first non-blank row: the sheet read, its row number (1-based)
/// and its trimmed cells; then the rows after it.
pub struct OpenedSheet {
    pub sheet: String,
    pub header_line: u64,
    pub headers: Vec<String>,
    pub records: Records,
}

/// A borrowed `HeaderProbe`.
type Probe<'a> = Option<&'a (dyn Fn(&[String]) -> bool + Send + Sync)>;

/// Non-blank rows a sheet is probed for a header row (SPEC §7).
pub const PROBE_ROWS: usize = 30;

/// Open the chosen sheet of a workbook held in a private file. Without a
/// chosen sheet: the first, unless it has no row `probe` accepts within its
/// first `PROBE_ROWS` non-blank rows and a later sheet has one.
/// `None` when the sheet has no non-blank row.
/// Errors: `Excel`, `WorkbookTooLarge`, `SheetNotFound`.
pub fn open_workbook(
    file: File,
    format: WorkbookFormat,
    sheet: Option<&str>,
    probe: Option<HeaderProbe>,
) -> Result<Option<OpenedSheet>> {
    let (tx, rx) = sync_channel(ROWS_AHEAD);
    let sheet = sheet.map(str::to_string);
    std::thread::Builder::new()
        .name("intake-excel".into())
        .spawn(move || {
            let mut out = Out {
                tx,
                header_sent: false,
                sheet: String::new(),
            };
            let probe = probe.as_deref();
            let done = quiet_panic::catch(|| match format {
                WorkbookFormat::Xlsx => stream_xlsx(file, sheet.as_deref(), probe, &mut out),
                WorkbookFormat::Xls => load_xls(file, sheet.as_deref(), probe, &mut out),
            });
            match done {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    let _ = out.tx.send(Msg::Failed(e));
                }
                Err(()) => {
                    tracing::warn!("The Excel reader panicked on a workbook");
                    let _ = out.tx.send(Msg::Failed(damaged()));
                }
            }
        })
        .map_err(|e| EngineError::Internal(format!("cannot start the Excel reader: {e}")))?;
    match rx.recv() {
        Ok(Msg::Header {
            sheet,
            line,
            fields,
        }) => Ok(Some(OpenedSheet {
            sheet,
            header_line: line,
            headers: fields,
            records: Box::new(Rows(rx)),
        })),
        Ok(Msg::Failed(e)) => Err(e),
        Ok(Msg::Row(_)) => Err(EngineError::Internal("a row came before the header".into())),
        Err(_) => Ok(None),
    }
}

struct Rows(Receiver<Msg>);

impl Iterator for Rows {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.0.recv().ok()? {
            Msg::Row(record) => Some(Ok(record)),
            Msg::Failed(e) => Some(Err(e)),
            Msg::Header { .. } => Some(Err(EngineError::Internal("a second header".into()))),
        }
    }
}

/// The sending side: the first non-blank row goes out (trimmed) as the
/// header, later non-blank rows as records.
struct Out {
    tx: SyncSender<Msg>,
    header_sent: bool,
    /// The sheet being read, named with the header.
    sheet: String,
}

impl Out {
    /// Send row `line` (1-based sheet row) unless it is blank; false when
    /// nobody listens any more.
    fn send(&mut self, fields: Vec<String>, line: u64) -> bool {
        if is_blank(&fields) {
            return true;
        }
        let msg = if self.header_sent {
            Msg::Row(Record {
                fields,
                line,
                problem: None,
            })
        } else {
            self.header_sent = true;
            Msg::Header {
                sheet: std::mem::take(&mut self.sheet),
                line,
                fields: fields.into_iter().map(|h| h.trim().to_string()).collect(),
            }
        };
        self.tx.send(msg).is_ok()
    }
}

fn choose_sheet(names: &[String], sheet: Option<&str>) -> Result<String> {
    match sheet {
        None => names
            .first()
            .cloned()
            .ok_or_else(|| EngineError::Excel("the workbook has no sheets".into())),
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
            })
            .cloned()
            .ok_or_else(|| EngineError::SheetNotFound(wanted.to_string())),
    }
}

/// The rectangle holding every non-empty cell (what calamine's ranges span).
#[derive(Debug, Clone, Copy)]
struct Bounds {
    first_row: u32,
    last_row: u32,
    first_col: u32,
    last_col: u32,
}

impl Bounds {
    fn width(&self) -> usize {
        (self.last_col - self.first_col) as usize + 1
    }
}

fn check_extent(row: u32, col: u32, what: &str) -> Result<()> {
    if row >= MAX_ROWS || col >= MAX_COLUMNS {
        return Err(EngineError::WorkbookTooLarge(format!(
            "the sheet {what} cells beyond row {MAX_ROWS} or column {MAX_COLUMNS} (the most Excel allows)"
        )));
    }
    Ok(())
}

/// Pass 1 over an `.xlsx` sheet: its bounds, enforcing the limits.
/// `None`: no non-empty cell (or a chart sheet).
fn xlsx_bounds<RS: Read + Seek>(wb: &mut Xlsx<RS>, name: &str) -> Result<Option<Bounds>> {
    let mut cells = match wb.worksheet_cells_reader(name) {
        Ok(cells) => cells,
        Err(XlsxError::NotAWorksheet(_)) => return Ok(None),
        Err(e) => return Err(excel_err(e)),
    };
    let declared = cells.dimensions();
    check_extent(declared.end.0, declared.end.1, "declares")?;
    let mut bounds: Option<Bounds> = None;
    while let Some(cell) = cells.next_cell().map_err(excel_err)? {
        if matches!(cell.get_value(), DataRef::Empty) {
            continue;
        }
        let (row, col) = cell.get_position();
        check_extent(row, col, "has")?;
        let b = bounds.get_or_insert(Bounds {
            first_row: row,
            last_row: row,
            first_col: col,
            last_col: col,
        });
        if row < b.last_row {
            return Err(EngineError::Excel(
                "the sheet's rows are out of order; open and save it in Excel, then import it again"
                    .into(),
            ));
        }
        b.last_row = row;
        b.first_col = b.first_col.min(col);
        b.last_col = b.last_col.max(col);
    }
    if let Some(b) = bounds {
        let cells = u64::from(b.last_row - b.first_row + 1) * b.width() as u64;
        if cells > MAX_CELLS {
            return Err(EngineError::WorkbookTooLarge(format!(
                "the sheet spans {} rows by {} columns, more than {} million cells",
                b.last_row - b.first_row + 1,
                b.width(),
                MAX_CELLS / 1_000_000
            )));
        }
    }
    Ok(bounds)
}

/// The first `PROBE_ROWS` non-blank rows of an `.xlsx` sheet (cells from
/// column A), read without its bounds pass.
fn xlsx_first_rows<RS: Read + Seek>(wb: &mut Xlsx<RS>, name: &str) -> Result<Vec<Vec<String>>> {
    let mut cells = match wb.worksheet_cells_reader(name) {
        Ok(cells) => cells,
        Err(XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(e) => return Err(excel_err(e)),
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut current = None;
    while let Some(cell) = cells.next_cell().map_err(excel_err)? {
        if matches!(cell.get_value(), DataRef::Empty) {
            continue;
        }
        let (row, col) = cell.get_position();
        check_extent(row, col, "has")?;
        if current != Some(row) {
            if rows.len() == PROBE_ROWS {
                break;
            }
            rows.push(Vec::new());
            current = Some(row);
        }
        let fields = rows.last_mut().expect("pushed above");
        if fields.len() <= col as usize {
            fields.resize(col as usize + 1, String::new());
        }
        let value: Data = cell.get_value().clone().into();
        fields[col as usize] = cell_to_string(&value);
    }
    Ok(rows)
}

/// Which sheet to read: the chosen one; else the first, unless only a later
/// sheet has a row the probe accepts among its first rows.
fn pick_sheet(
    names: &[String],
    sheet: Option<&str>,
    probe: Probe<'_>,
    mut first_rows: impl FnMut(&str) -> Result<Vec<Vec<String>>>,
) -> Result<String> {
    let first = choose_sheet(names, sheet)?;
    let Some(probe) = probe.filter(|_| sheet.is_none() && names.len() > 1) else {
        return Ok(first);
    };
    for name in names {
        if first_rows(name)?.iter().any(|row| probe(row)) {
            return Ok(name.clone());
        }
    }
    Ok(first)
}

/// Stream an `.xlsx` sheet: limits, bounds, then rows as they are parsed.
fn stream_xlsx(file: File, sheet: Option<&str>, probe: Probe<'_>, out: &mut Out) -> Result<()> {
    workbook_limits::check_xlsx(&file)?;
    rewind(&file)?;
    let mut wb: Xlsx<_> = Xlsx::new(BufReader::new(file)).map_err(excel_err)?;
    let name = pick_sheet(&wb.sheet_names(), sheet, probe, |n| {
        xlsx_first_rows(&mut wb, n)
    })?;
    out.sheet = name.clone();
    let Some(bounds) = xlsx_bounds(&mut wb, &name)? else {
        return Ok(());
    };
    let mut cells = wb.worksheet_cells_reader(&name).map_err(excel_err)?;
    let width = bounds.width();
    let mut fields = vec![String::new(); width];
    let mut current = bounds.first_row;
    while let Some(cell) = cells.next_cell().map_err(excel_err)? {
        if matches!(cell.get_value(), DataRef::Empty) {
            continue;
        }
        let (row, col) = cell.get_position();
        if row != current {
            let full = std::mem::replace(&mut fields, vec![String::new(); width]);
            if !out.send(full, u64::from(current) + 1) {
                return Ok(());
            }
            current = row;
        }
        let value: Data = cell.get_value().clone().into();
        fields[(col - bounds.first_col) as usize] = cell_to_string(&value);
    }
    out.send(fields, u64::from(current) + 1);
    Ok(())
}

/// Load a legacy `.xls` sheet (calamine reads these whole) and send its rows.
fn load_xls(file: File, sheet: Option<&str>, probe: Probe<'_>, out: &mut Out) -> Result<()> {
    xls_limits::check_xls(&file)?;
    rewind(&file)?;
    let mut wb: Xls<_> = Xls::new(BufReader::new(file)).map_err(excel_err)?;
    let name = pick_sheet(&wb.sheet_names(), sheet, probe, |n| {
        let range = wb.worksheet_range(n).map_err(excel_err)?;
        Ok(SheetRows { range, next_row: 0 }
            .map(|(_, fields)| fields)
            .filter(|f| !is_blank(f))
            .take(PROBE_ROWS)
            .collect())
    })?;
    out.sheet = name.clone();
    let range = wb.worksheet_range(&name).map_err(excel_err)?;
    for (line, fields) in (SheetRows { range, next_row: 0 }) {
        if !out.send(fields, line) {
            break;
        }
    }
    Ok(())
}

/// A cell as text: integers without `.0`, dates as ISO 8601, empty as "".
pub fn cell_to_string(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float_to_string(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => datetime_to_string(dt),
        Data::DateTime(dt) => float_to_string(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// Dates as `YYYY-MM-DD`, date-times as `YYYY-MM-DDTHH:MM:SS`, times of day
/// (serial value below 1) as `HH:MM:SS`, to the nearest second.
fn datetime_to_string(dt: &ExcelDateTime) -> String {
    // The date from calamine (it knows the workbook's epoch); the time from
    // the fraction, rounded to the second: serial values are floats, and
    // 10:30:05 can come back as 10:30:04.999.
    let seconds = (dt.as_f64().fract() * 86_400.0).round() as i64;
    if (0.0..1.0).contains(&dt.as_f64()) && seconds > 0 && seconds < 86_400 {
        // A time of day without a date.
        return (NaiveTime::MIN + TimeDelta::seconds(seconds))
            .format("%H:%M:%S")
            .to_string();
    }
    let (y, mo, d, ..) = dt.to_ymd_hms_milli();
    let Some(date) = NaiveDate::from_ymd_opt(y.into(), mo.into(), d.into()) else {
        // Excel's phantom 1900-02-29.
        return format!("{y:04}-{mo:02}-{d:02}");
    };
    let stamp = date.and_time(NaiveTime::MIN) + TimeDelta::seconds(seconds);
    if stamp.time() != NaiveTime::MIN {
        stamp.format("%Y-%m-%dT%H:%M:%S").to_string()
    } else {
        stamp.format("%Y-%m-%d").to_string()
    }
}

fn float_to_string(f: f64) -> String {
    // Whole numbers (ids, phone numbers, zip codes typed as numbers) without ".0".
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// Rows of a loaded sheet, converted one at a time.
struct SheetRows {
    range: Range<Data>,
    next_row: usize,
}

impl Iterator for SheetRows {
    /// The 1-based sheet row and its cells.
    type Item = (u64, Vec<String>);

    fn next(&mut self) -> Option<Self::Item> {
        let (height, width) = self.range.get_size();
        if self.next_row >= height {
            return None;
        }
        let r = self.next_row;
        self.next_row += 1;
        let top = self.range.start().map_or(0, |(row, _)| u64::from(row));
        Some((
            top + r as u64 + 1,
            (0..width)
                .map(|c| {
                    self.range
                        .get((r, c))
                        .map(cell_to_string)
                        .unwrap_or_default()
                })
                .collect(),
        ))
    }
}
