//! Excel workbooks through calamine. calamine loads one sheet into memory;
//! records are still handed out one at a time, converted lazily.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use calamine::{Data, ExcelDateTime, Range, Reader, Xls, Xlsx};
use chrono::{NaiveDate, NaiveTime, TimeDelta};

use super::{is_blank, RecordIter};
use crate::error::{EngineError, Result};

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

/// Open the workbook and load the chosen sheet (default: the first).
pub fn load_sheet(path: &Path, format: WorkbookFormat, sheet: Option<&str>) -> Result<Range<Data>> {
    let file = File::open(path).map_err(|e| EngineError::FileUnreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let reader = BufReader::new(file);
    match format {
        WorkbookFormat::Xlsx => {
            let wb: Xlsx<_> = Xlsx::new(reader).map_err(|e| EngineError::Excel(e.to_string()))?;
            read_sheet(wb, sheet)
        }
        WorkbookFormat::Xls => {
            let wb: Xls<_> = Xls::new(reader).map_err(|e| EngineError::Excel(e.to_string()))?;
            read_sheet(wb, sheet)
        }
    }
}

/// The workbook opens as `format` (used to tell a workbook from other zip or
/// OLE files).
pub fn opens_as(path: &Path, format: WorkbookFormat) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let reader = BufReader::new(file);
    match format {
        WorkbookFormat::Xlsx => Xlsx::new(reader).is_ok(),
        WorkbookFormat::Xls => Xls::new(reader).is_ok(),
    }
}

fn read_sheet<RS, W>(mut wb: W, sheet: Option<&str>) -> Result<Range<Data>>
where
    RS: Read + Seek,
    W: Reader<RS>,
    W::Error: std::fmt::Display,
{
    let names = wb.sheet_names();
    let name = match sheet {
        None => names
            .first()
            .cloned()
            .ok_or_else(|| EngineError::Excel("the workbook has no sheets".into()))?,
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
            })
            .cloned()
            .ok_or_else(|| EngineError::SheetNotFound(wanted.to_string()))?,
    };
    wb.worksheet_range(&name)
        .map_err(|e| EngineError::Excel(e.to_string()))
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

/// Rows of a loaded sheet as records, converted one at a time.
struct SheetRows {
    range: Range<Data>,
    next_row: usize,
}

impl SheetRows {
    fn row(&self, r: usize) -> Vec<String> {
        let (_, width) = self.range.get_size();
        (0..width)
            .map(|c| {
                self.range
                    .get((r, c))
                    .map(cell_to_string)
                    .unwrap_or_default()
            })
            .collect()
    }
}

impl Iterator for SheetRows {
    type Item = Result<Vec<String>>;

    fn next(&mut self) -> Option<Self::Item> {
        let (height, _) = self.range.get_size();
        while self.next_row < height {
            let fields = self.row(self.next_row);
            self.next_row += 1;
            if !is_blank(&fields) {
                return Some(Ok(fields));
            }
        }
        None
    }
}

/// The trimmed header (first non-blank row) and the data records after it,
/// or `None` when the sheet has no non-blank row.
pub fn sheet_records(range: Range<Data>) -> Option<(Vec<String>, RecordIter)> {
    let mut rows = SheetRows { range, next_row: 0 };
    let header = rows.next()?.ok()?;
    let headers = header.into_iter().map(|h| h.trim().to_string()).collect();
    Some((headers, Box::new(rows)))
}
