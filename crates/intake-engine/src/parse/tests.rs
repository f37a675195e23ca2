//! End-to-end tests of `parse::open` on real files written to a temp folder.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

// (calamine's ExcelDateTime is imported inside `cell_conversion` only.)

use super::*;
use crate::hashing::inspect_file;

struct Opened {
    encoding: String,
    delimiter: Option<u8>,
    kind: FileKind,
    headers: Vec<String>,
    records: Vec<Vec<String>>,
    /// Per record, in order.
    problems: Vec<Option<RecordProblem>>,
    lines: Vec<u64>,
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    let mut f = File::create(&path).unwrap();
    f.write_all(bytes).unwrap();
    path
}

fn open_path(path: &Path, sheet: Option<&str>) -> Result<Opened> {
    open_path_in(path, sheet, None)
}

fn open_path_in(path: &Path, sheet: Option<&str>, encoding: Option<&str>) -> Result<Opened> {
    let facts = inspect_file(path, &mut |_| {})?;
    let encoding = encoding
        .map(|l| detect::encoding_for_label(l, &facts.head))
        .transpose()?;
    let opened = open_with(&facts, sheet, encoding)?;
    let records = opened.records.collect::<Result<Vec<_>>>()?;
    Ok(Opened {
        encoding: opened.encoding,
        delimiter: opened.delimiter,
        kind: opened.kind,
        headers: opened.headers,
        problems: records.iter().map(|r| r.problem.clone()).collect(),
        lines: records.iter().map(|r| r.line).collect(),
        records: records.into_iter().map(|r| r.fields).collect(),
    })
}

fn open_bytes(name: &str, bytes: &[u8]) -> Result<Opened> {
    open_bytes_in(name, bytes, None)
}

fn open_bytes_in(name: &str, bytes: &[u8], encoding: Option<&str>) -> Result<Opened> {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), name, bytes);
    open_path_in(&path, None, encoding)
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let bytes = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

#[test]
fn utf8_without_bom() {
    let o = open_bytes("a.csv", "Name,Email\nJosé Núñez,j@example.com\n".as_bytes()).unwrap();
    assert_eq!(o.kind, FileKind::Csv);
    assert_eq!(o.encoding, "UTF-8");
    assert_eq!(o.delimiter, Some(b','));
    assert_eq!(o.headers, strings(&["Name", "Email"]));
    assert_eq!(o.records, vec![strings(&["José Núñez", "j@example.com"])]);
}

#[test]
fn utf8_with_bom_is_stripped_from_the_first_header() {
    let o = open_bytes(
        "a.csv",
        "\u{feff}PlaintiffName,Email\nZoë,z@example.de\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(o.encoding, "UTF-8 (BOM)");
    assert_eq!(o.headers, strings(&["PlaintiffName", "Email"]));
    assert_eq!(o.records, vec![strings(&["Zoë", "z@example.de"])]);
}

#[test]
fn utf16_le_and_be_with_bom() {
    let text = "Name;Email\r\nJosé Núñez;j@example.es\r\nBjörn Ångström;\r\n";
    for (big_endian, label) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
        let o = open_bytes("a.csv", &utf16(text, big_endian)).unwrap();
        assert_eq!(o.encoding, label);
        assert_eq!(o.delimiter, Some(b';'));
        assert_eq!(o.headers, strings(&["Name", "Email"]));
        assert_eq!(
            o.records,
            vec![
                strings(&["José Núñez", "j@example.es"]),
                strings(&["Björn Ångström", ""])
            ]
        );
    }
}

#[test]
fn windows_1252_is_decoded() {
    let o = open_bytes("a.csv", b"Name;City\r\nJos\xe9 N\xfa\xf1ez;M\xfcnchen\r\n").unwrap();
    assert_eq!(o.encoding, "windows-1252");
    assert_eq!(o.delimiter, Some(b';'));
    assert_eq!(o.records, vec![strings(&["José Núñez", "München"])]);
}

#[test]
fn tab_and_pipe_delimiters() {
    let o = open_bytes("a.tsv", b"Name\tEmail\nA B\ta@example.com\n").unwrap();
    assert_eq!(o.delimiter, Some(b'\t'));
    assert_eq!(delimiter_label(o.delimiter.unwrap()), "tab");
    assert_eq!(o.records, vec![strings(&["A B", "a@example.com"])]);
    let o = open_bytes("a.txt", b"Name|Email|Note\nA|a@example.com|x, y\n").unwrap();
    assert_eq!(o.delimiter, Some(b'|'));
    assert_eq!(o.records, vec![strings(&["A", "a@example.com", "x, y"])]);
}

#[test]
fn quoted_fields_with_embedded_newlines_and_escaped_quotes() {
    let o = open_bytes(
        "a.csv",
        b"Name,Address,Note\r\n\"Doe, John\",\"1 Main St\r\nApt 2\",\"He said \"\"hi\"\"\"\r\nJane,,\r\n",
    )
    .unwrap();
    assert_eq!(o.delimiter, Some(b','));
    assert_eq!(
        o.records,
        vec![
            strings(&["Doe, John", "1 Main St\r\nApt 2", "He said \"hi\""]),
            strings(&["Jane", "", ""])
        ]
    );
}

#[test]
fn crlf_and_lf_and_no_trailing_newline() {
    let o = open_bytes("a.csv", b"Name,Email\r\nA,a@x.io\nB,b@x.io").unwrap();
    assert_eq!(
        o.records,
        vec![strings(&["A", "a@x.io"]), strings(&["B", "b@x.io"])]
    );
}

#[test]
fn records_keep_their_own_field_count() {
    let o = open_bytes(
        "a.csv",
        b"Name,Email,Phone\nA\nB,b@x.io,1,extra\nC,c@x.io,2\n",
    )
    .unwrap();
    assert_eq!(
        o.records,
        vec![
            strings(&["A"]),
            strings(&["B", "b@x.io", "1", "extra"]),
            strings(&["C", "c@x.io", "2"])
        ]
    );
}

#[test]
fn blank_lines_are_skipped_everywhere() {
    let o = open_bytes(
        "a.csv",
        b"\n\n , \n Name , Email \n\nA,a@x.io\n,,\n  ,\t\n\nB,b@x.io\n\n",
    )
    .unwrap();
    assert_eq!(o.headers, strings(&["Name", "Email"]));
    assert_eq!(
        o.records,
        vec![strings(&["A", "a@x.io"]), strings(&["B", "b@x.io"])]
    );
}

#[test]
fn header_only_file_has_no_records() {
    let o = open_bytes("a.csv", b"PlaintiffName,Email\r\n").unwrap();
    assert_eq!(o.headers, strings(&["PlaintiffName", "Email"]));
    assert!(o.records.is_empty());
}

#[test]
fn empty_and_whitespace_only_files() {
    assert_eq!(open_bytes("a.csv", b"").err().unwrap().code(), "EMPTY_FILE");
    assert_eq!(
        open_bytes("a.csv", b"\r\n\n  \n").err().unwrap().code(),
        "NO_HEADER"
    );
    assert_eq!(
        open_bytes("a.csv", b"\xEF\xBB\xBF").err().unwrap().code(),
        "NO_HEADER"
    );
}

#[test]
fn binary_files_are_refused() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    assert_eq!(
        open_bytes("a.csv", png).err().unwrap().code(),
        "BINARY_FILE"
    );
    assert_eq!(
        open_bytes("a.csv", b"%PDF-1.7\n%\xe2\xe3")
            .err()
            .unwrap()
            .code(),
        "BINARY_FILE"
    );
    // Pseudo-random bytes with NULs in them (xorshift, fixed seed).
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut random = Vec::with_capacity(4096);
    for _ in 0..4096 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        random.push((state >> 56) as u8);
    }
    random[10] = 0;
    random[0] = b'N';
    assert_eq!(
        open_bytes("data.csv", &random).err().unwrap().code(),
        "BINARY_FILE"
    );
    // A zip that is not a workbook.
    assert_eq!(
        open_bytes("a.csv", b"PK\x03\x04\x14\0\0\0\x08\0garbage")
            .err()
            .unwrap()
            .code(),
        "BINARY_FILE"
    );
    // Mostly NUL and control bytes, without a signature.
    assert_eq!(
        open_bytes("a.csv", &b"\0\0\x01\x02Name\0\x03\n".repeat(100))
            .err()
            .unwrap()
            .code(),
        "BINARY_FILE"
    );
}

#[test]
fn streaming_large_file_yields_every_record() {
    let mut content = String::from("Name,Email\n");
    for i in 0..50_000 {
        content.push_str(&format!("Person {i},\"p{i}@example.com\"\n"));
    }
    let o = open_bytes("big.csv", content.as_bytes()).unwrap();
    assert_eq!(o.records.len(), 50_000);
    assert_eq!(
        o.records[49_999],
        strings(&["Person 49999", "p49999@example.com"])
    );
}

fn write_workbook(path: &Path) {
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let first = wb.add_worksheet();
    first.set_name("Plaintiffs").unwrap();
    for (c, h) in [
        "Plaintiff Name",
        "Email",
        "Phone",
        "Amount",
        "Filed",
        "Signed",
        "Active",
    ]
    .iter()
    .enumerate()
    {
        first.write_string(0, c as u16, *h).unwrap();
    }
    first.write_string(1, 0, "José Núñez").unwrap();
    first.write_string(1, 1, "jose@example.es").unwrap();
    first.write_number(1, 2, 2125551000.0).unwrap();
    first.write_number(1, 3, 1234.5).unwrap();
    first
        .write_datetime_with_format(1, 4, ExcelDateTime::from_ymd(2024, 3, 15).unwrap(), &date)
        .unwrap();
    first
        .write_datetime_with_format(
            1,
            5,
            ExcelDateTime::from_ymd(2024, 3, 15)
                .unwrap()
                .and_hms(10, 30, 5)
                .unwrap(),
            &stamp,
        )
        .unwrap();
    first.write_boolean(1, 6, true).unwrap();
    // Row 2 left blank: skipped. Row 3 has only a name.
    first.write_string(3, 0, "Zoë Müller").unwrap();

    let second = wb.add_worksheet();
    second.set_name("Update").unwrap();
    second.write_string(0, 0, "Name").unwrap();
    second.write_string(1, 0, "Only Here").unwrap();
    wb.save(path).unwrap();
}

#[test]
fn xlsx_first_sheet_named_sheet_and_missing_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plaintiffs.xlsx");
    write_workbook(&path);

    let o = open_path(&path, None).unwrap();
    assert_eq!(o.kind, FileKind::Xlsx);
    assert_eq!(o.encoding, "xlsx");
    assert_eq!(o.delimiter, None);
    assert_eq!(
        o.headers,
        strings(&[
            "Plaintiff Name",
            "Email",
            "Phone",
            "Amount",
            "Filed",
            "Signed",
            "Active"
        ])
    );
    assert_eq!(
        o.records,
        vec![
            strings(&[
                "José Núñez",
                "jose@example.es",
                "2125551000",
                "1234.5",
                "2024-03-15",
                "2024-03-15T10:30:05",
                "TRUE"
            ]),
            strings(&["Zoë Müller", "", "", "", "", "", ""]),
        ]
    );

    let o = open_path(&path, Some("Update")).unwrap();
    assert_eq!(o.headers, strings(&["Name"]));
    assert_eq!(o.records, vec![strings(&["Only Here"])]);

    let err = open_path(&path, Some("Nope")).err().unwrap();
    assert_eq!(err.code(), "SHEET_NOT_FOUND");
    assert_eq!(
        err.to_string(),
        "Sheet 'Nope' was not found in the workbook"
    );
}

#[test]
fn xlsx_is_recognized_by_magic_bytes_under_another_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.dat");
    write_workbook(&path);
    let o = open_path(&path, None).unwrap();
    assert_eq!(o.kind, FileKind::Xlsx);
    assert_eq!(o.records.len(), 2);
}

#[test]
fn broken_xlsx_is_an_excel_error() {
    let err = open_bytes("broken.xlsx", b"PK\x03\x04not really a zip")
        .err()
        .unwrap();
    assert_eq!(err.code(), "EXCEL_ERROR");
}

#[test]
fn text_saved_with_an_excel_extension_is_read_as_csv() {
    let o = open_bytes("export.xls", b"Name\tEmail\r\nA\ta@x.io\r\n").unwrap();
    assert_eq!(o.kind, FileKind::Csv);
    assert_eq!(o.delimiter, Some(b'\t'));
    assert_eq!(o.records, vec![strings(&["A", "a@x.io"])]);
}

#[test]
fn ole_file_that_is_not_a_workbook() {
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend_from_slice(&[0u8; 600]);
    assert_eq!(
        open_bytes("memo.doc", &ole).err().unwrap().code(),
        "BINARY_FILE"
    );
    assert_eq!(
        open_bytes("broken.xls", &ole).err().unwrap().code(),
        "EXCEL_ERROR"
    );
}

#[test]
fn empty_sheet_has_no_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.xlsx");
    let mut wb = Workbook::new();
    wb.add_worksheet();
    wb.save(&path).unwrap();
    assert_eq!(open_path(&path, None).err().unwrap().code(), "NO_HEADER");
}

#[test]
fn cell_conversion() {
    use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
    assert_eq!(cell_to_string(&Data::Empty), "");
    assert_eq!(cell_to_string(&Data::Int(42)), "42");
    assert_eq!(cell_to_string(&Data::Float(5000.0)), "5000");
    assert_eq!(cell_to_string(&Data::Float(-3.25)), "-3.25");
    assert_eq!(cell_to_string(&Data::Bool(false)), "FALSE");
    assert_eq!(cell_to_string(&Data::String("x".into())), "x");
    let datetime =
        |v: f64| Data::DateTime(ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false));
    // 2025-10-13 is serial 45943; .5 is noon.
    assert_eq!(cell_to_string(&datetime(45943.0)), "2025-10-13");
    assert_eq!(cell_to_string(&datetime(45943.5)), "2025-10-13T12:00:00");
    assert_eq!(cell_to_string(&datetime(0.4375)), "10:30:00");
    // Float noise just under a whole second rounds to it.
    assert_eq!(
        cell_to_string(&datetime(45943.5 - 1e-9)),
        "2025-10-13T12:00:00"
    );
}

mod hostile_text {
    //! One bad byte, a NUL, UTF-16 without a BOM, a stray quote: each errors
    //! its own record (naming the file line), never the whole file.
    use super::*;

    /// Header + rows `José Núñez N` (valid UTF-8), with `bad` rows replaced.
    fn utf8_rows(rows: usize, bad: &[(usize, &[u8])]) -> Vec<u8> {
        let mut out = b"Name,Email\n".to_vec();
        for i in 0..rows {
            match bad.iter().find(|(at, _)| *at == i) {
                Some((_, bytes)) => out.extend_from_slice(bytes),
                None => out.extend_from_slice(format!("José Núñez {i},j{i}@x.es\n").as_bytes()),
            }
        }
        out
    }

    #[test]
    fn utf8_with_one_bad_byte_and_a_truncated_end_stays_utf8() {
        let mut bytes = utf8_rows(
            10,
            &[(4, b"Jos\xe9 Cp1252,cp@x.es\n"), (9, b"Last,l@x.es\n")],
        );
        // The last character cut off: "Zoë" without the last byte of ë.
        bytes.extend_from_slice(b"Zo\xC3");
        let o = open_bytes("a.csv", &bytes).unwrap();
        assert_eq!(o.encoding, "UTF-8");
        assert_eq!(o.records.len(), 11);
        assert_eq!(o.records[0], strings(&["José Núñez 0", "j0@x.es"]));
        assert_eq!(o.records[4], strings(&["Jos\u{FFFD} Cp1252", "cp@x.es"]));
        assert_eq!(o.records[10], strings(&["Zo\u{FFFD}"]));
        let problems: Vec<(usize, RecordProblem)> = o
            .problems
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.clone().map(|p| (i, p)))
            .collect();
        assert_eq!(
            problems,
            vec![
                (
                    4,
                    RecordProblem::InvalidUtf8 {
                        line: 6,
                        field: 0,
                        byte: 0xE9
                    }
                ),
                (
                    10,
                    RecordProblem::InvalidUtf8 {
                        line: 12,
                        field: 0,
                        byte: 0xC3
                    }
                ),
            ]
        );
    }

    #[test]
    fn the_line_of_a_bad_byte_counts_multi_line_fields() {
        let o = open_bytes(
            "a.csv",
            b"Name,Address,Note\n\"Ann\",\"1 Main St\nApt 2\",\"a\nb\nbad \xff here\"\nBob,x,y\n",
        )
        .unwrap();
        assert_eq!(o.encoding, "windows-1252");
        let o = open_bytes_in(
            "a.csv",
            b"Name,Address,Note\n\"Ann\",\"1 Main St\nApt 2\",\"a\nb\nbad \xff here\"\nBob,x,y\n",
            Some("utf-8"),
        )
        .unwrap();
        assert_eq!(o.encoding, "UTF-8");
        assert_eq!(
            o.problems,
            vec![
                Some(RecordProblem::InvalidUtf8 {
                    line: 5,
                    field: 2,
                    byte: 0xFF
                }),
                None
            ]
        );
        assert_eq!(o.records[1], strings(&["Bob", "x", "y"]));
    }

    #[test]
    fn a_real_windows_1252_file_and_the_override() {
        let bytes = b"Name;City\r\nJos\xe9 N\xfa\xf1ez;M\xfcnchen\r\nZo\xeb;K\xf6ln\r\n";
        let o = open_bytes("a.csv", bytes).unwrap();
        assert_eq!(o.encoding, "windows-1252");
        assert_eq!(o.problems, vec![None, None]);
        assert_eq!(o.records[1], strings(&["Zoë", "Köln"]));
        // Chosen as UTF-8: every row with a legacy byte is errored, none garbled.
        let o = open_bytes_in("a.csv", bytes, Some("UTF-8")).unwrap();
        assert_eq!(o.encoding, "UTF-8");
        assert!(o
            .problems
            .iter()
            .all(|p| matches!(p, Some(RecordProblem::InvalidUtf8 { field: 0, .. }))));
        // A UTF-8 file read as the clerk says, even if that garbles it.
        let o = open_bytes_in("a.csv", "Name\nJosé\n".as_bytes(), Some("latin1")).unwrap();
        assert_eq!(o.encoding, "windows-1252");
        assert_eq!(o.records, vec![strings(&["JosÃ©"])]);
        // ISO-8859-2 by choice.
        let o = open_bytes_in("a.csv", b"Name\n\xa3\xf3d\xbc\n", Some("iso-8859-2")).unwrap();
        assert_eq!(o.encoding, "ISO-8859-2");
        assert_eq!(o.records, vec![strings(&["Łódź"])]);
    }

    #[test]
    fn utf16_without_bom() {
        let text = "Name;Email\r\nJosé Núñez;j@example.es\r\nBjörn Ångström;\r\n";
        for (big_endian, label) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
            let bytes = utf16(text, big_endian)[2..].to_vec(); // no BOM
            let o = open_bytes("a.csv", &bytes).unwrap();
            assert_eq!(o.encoding, label);
            assert_eq!(o.delimiter, Some(b';'));
            assert_eq!(o.headers, strings(&["Name", "Email"]));
            assert_eq!(
                o.records,
                vec![
                    strings(&["José Núñez", "j@example.es"]),
                    strings(&["Björn Ångström", ""])
                ]
            );
        }
    }

    #[test]
    fn a_nul_byte_errors_its_row_only() {
        let bytes = utf8_rows(5, &[(2, b"Jo\0hn,j@x.es\n")]);
        let o = open_bytes("a.csv", &bytes).unwrap();
        assert_eq!(o.encoding, "UTF-8");
        assert_eq!(o.records.len(), 5);
        assert_eq!(
            o.problems,
            vec![
                None,
                None,
                Some(RecordProblem::Nul { line: 4, field: 0 }),
                None,
                None
            ]
        );
        // A row that is only a NUL is not blank: it is errored, not dropped.
        let o = open_bytes("a.csv", b"Name\nAnn\n\0\nBob\n").unwrap();
        assert_eq!(o.records.len(), 3);
        assert_eq!(
            o.problems[1],
            Some(RecordProblem::Nul { line: 3, field: 0 })
        );
        // A NUL in a header cannot be stored as a key: it becomes U+FFFD.
        let o = open_bytes("a.csv", b"Name,No\0te\nAnn,x\n").unwrap();
        assert_eq!(o.headers, strings(&["Name", "No\u{FFFD}te"]));
    }

    #[test]
    fn unclosed_quote_on_the_first_data_row() {
        let o = open_bytes(
            "a.csv",
            b"Name,Email,Phone\n\"Doe, John,jd@x.io,555\nAnn,a@x.io,1\nBob,\"b@x.io\",2\n",
        )
        .unwrap();
        assert_eq!(
            o.records,
            vec![
                strings(&["\"Doe", " John", "jd@x.io", "555"]),
                strings(&["Ann", "a@x.io", "1"]),
                strings(&["Bob", "b@x.io", "2"]),
            ]
        );
        assert_eq!(
            o.problems,
            vec![Some(RecordProblem::StrayQuote { line: 2 }), None, None]
        );
    }

    #[test]
    fn unclosed_quote_later_in_a_record_and_at_the_end() {
        // CRLF, escaped quotes inside the runaway field, a proper multi-line
        // field before it: all rows come back, in order, with their lines.
        let o = open_bytes(
            "a.csv",
            b"Name,Note\r\n\"Ann\",\"two\r\nlines\"\r\nBob,\"say \"\"hi\r\nCy,\"\"q\"\"\r\nDee,x\r\nEve,\"open",
        )
        .unwrap();
        assert_eq!(
            o.records,
            vec![
                strings(&["Ann", "two\r\nlines"]),
                strings(&["Bob", "\"say \"\"hi"]),
                strings(&["Cy", "q\"\""]),
                strings(&["Dee", "x"]),
                strings(&["Eve", "\"open"]),
            ]
        );
        assert_eq!(
            o.problems,
            vec![
                None,
                Some(RecordProblem::StrayQuote { line: 4 }),
                None,
                None,
                Some(RecordProblem::UnclosedQuote { line: 7 }),
            ]
        );
        assert_eq!(o.lines, vec![2, 4, 5, 6, 7]);
        // Opened on the last line: that line alone is errored.
        let o = open_bytes("a.csv", b"Name,Note\nAnn,x\nBob,\"oops\n").unwrap();
        assert_eq!(o.records[1], strings(&["Bob", "\"oops"]));
        assert_eq!(
            o.problems[1],
            Some(RecordProblem::UnclosedQuote { line: 3 })
        );
    }

    #[test]
    fn unclosed_quote_in_the_header_is_refused() {
        let err = open_bytes("a.csv", b"Name,\"Email\nAnn,a@x.io\n")
            .err()
            .unwrap();
        assert_eq!(err.code(), "PARSE_ERROR");
        assert_eq!(
            err.to_string(),
            "Cannot parse the file: line 1 (the header row) has a quote that is not closed on its line; fix the file"
        );
    }

    #[test]
    fn a_quoted_value_over_a_hundred_lines_is_cut_at_its_line() {
        // A stray quote closed well 150 lines later by another one.
        let mut text = String::from("Name,Note\n\"Stray,x\n");
        for i in 0..149 {
            text.push_str(&format!("Row {i},y\n"));
        }
        text.push_str("Close\",z\nAfter,w\n");
        let o = open_bytes("a.csv", text.as_bytes()).unwrap();
        assert_eq!(o.records.len(), 1 + 149 + 2);
        assert_eq!(o.records[0], strings(&["\"Stray", "x"]));
        assert_eq!(o.problems[0], Some(RecordProblem::StrayQuote { line: 2 }));
        assert_eq!(o.records[1], strings(&["Row 0", "y"]));
        assert_eq!(o.records[149], strings(&["Row 148", "y"]));
        assert!(o.problems[1..].iter().all(Option::is_none));
        assert_eq!(o.records[150], strings(&["Close\"", "z"]));
        assert_eq!(o.records[151], strings(&["After", "w"]));
        // A legit multi-line address is not.
        let o = open_bytes(
            "a.csv",
            b"Name,Address\nAnn,\"1 Main St\nApt 2\nNew York\"\n",
        )
        .unwrap();
        assert_eq!(o.problems, vec![None]);
        assert_eq!(
            o.records,
            vec![strings(&["Ann", "1 Main St\nApt 2\nNew York"])]
        );
    }
}

/// Old DOS/Windows exports end with Ctrl-Z: not a record, wherever it stands
/// on a line of its own; inside a field it is still an invalid character.
#[test]
fn a_dos_end_of_file_marker_is_not_a_record() {
    let opened = open_bytes(
        "dos.csv",
        b"PlaintiffName,Email\r\nAnn,ann@x.com\r\nBob,bob@x.com\r\n\x1a",
    )
    .unwrap();
    assert_eq!(
        opened.records,
        vec![
            strings(&["Ann", "ann@x.com"]),
            strings(&["Bob", "bob@x.com"])
        ]
    );
    let opened = open_bytes("dos2.csv", b"PlaintiffName\nA\x1a\n\x1a\nB\n").unwrap();
    assert_eq!(opened.records, vec![strings(&["A\x1a"]), strings(&["B"])]);
}
