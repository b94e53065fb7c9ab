//! The grid a list is read from, whatever the file: CSV in any encoding Excel writes (UTF-8
//! with or without a byte-order mark, UTF-16, Windows-1252), separated by semicolons, tabs or
//! commas; or the sheets of an xlsx or ods workbook. Every cell becomes text in the CSV's forms
//! ("1234.5", "2026-03-31", "kyllä"), so one parser reads all of them.

use super::{Error, Problem};
use crate::i18n::Key;
use calamine::{Data, Reader};
use chrono::NaiveDate;

/// A file's format, from its name or its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Ods,
}

impl Format {
    /// The format a file name asks for: ".xlsx", ".ods", ".csv" (or ".txt", ".tsv").
    pub fn of_name(name: &str) -> Option<Format> {
        let ext = std::path::Path::new(name).extension()?.to_str()?.to_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "ods" => Some(Format::Ods),
            "csv" | "txt" | "tsv" => Some(Format::Csv),
            _ => None,
        }
    }

    /// The format of a file's bytes: a zip holding an OpenDocument spreadsheet is ods, any other
    /// zip xlsx, anything else CSV.
    pub fn sniff(bytes: &[u8]) -> Format {
        if !bytes.starts_with(b"PK\x03\x04") {
            return Format::Csv;
        }
        let head = &bytes[..bytes.len().min(200)];
        if memchr::memmem::find(head, b"application/vnd.oasis.opendocument.spreadsheet").is_some() {
            Format::Ods
        } else {
            Format::Xlsx
        }
    }
}

/// The text encoding a CSV file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
}

/// One sheet of cells: its name in a workbook (`None` for CSV) and its non-empty rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub sheet: Option<String>,
    pub rows: Vec<Line>,
    pub encoding: Encoding,
}

/// One row of a sheet: its line or row number (1-based) and its cells' text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub line: usize,
    pub cells: Vec<String>,
}

/// Text from CSV bytes: UTF-8 when they are (a byte-order mark is dropped), UTF-16 with a
/// byte-order mark or with every other byte zero, else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    let utf16 = |enc: &'static encoding_rs::Encoding, body: &[u8]| {
        (enc.decode_without_bom_handling(body).0.into_owned(), Encoding::Utf16)
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(encoding_rs::UTF_16LE, rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(encoding_rs::UTF_16BE, rest);
    }
    let head = &bytes[..bytes.len().min(400) & !1];
    let zeros = |odd: usize| head.iter().skip(odd).step_by(2).filter(|&&b| b == 0).count();
    if head.len() >= 4 && zeros(1) * 2 >= head.len() / 2 && zeros(0) == 0 {
        return utf16(encoding_rs::UTF_16LE, bytes);
    }
    if head.len() >= 4 && zeros(0) * 2 >= head.len() / 2 && zeros(1) == 0 {
        return utf16(encoding_rs::UTF_16BE, bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Encoding::Utf8),
        Err(_) => (encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(), Encoding::Windows1252),
    }
}

/// The separator of a CSV text: whichever of `;`, tab and `,` its first line has most of
/// (a semicolon when none).
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.matches(c).count();
    let (semi, tab, comma) = (count(';'), count('\t'), count(','));
    if tab > semi && tab >= comma {
        b'\t'
    } else if comma > semi && comma > tab {
        b','
    } else {
        b';'
    }
}

/// The rows of CSV bytes, empty lines skipped.
pub fn csv(bytes: &[u8]) -> Result<Table, Error> {
    let (text, encoding) = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Lines { bytes: text.as_bytes(), at: 0, line: 1 };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                return Err(Error::at(line, None, Problem::Encoding));
            }
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        let cells: Vec<String> = record.iter().map(|c| super::unguard(c.trim()).to_string()).collect();
        if !cells.iter().all(String::is_empty) {
            rows.push(Line { line, cells });
        }
    }
    Ok(Table { sheet: None, rows, encoding })
}

/// Lines (1-based) of records. The CSV reader's own line count lags behind after a CRLF line
/// end, so lines are counted from the bytes: line ends before the record's first character,
/// skipping the rest of the previous line end and empty lines. Counted on from the previous
/// record (records come in order), so a file of many rows is read in linear time.
struct Lines<'a> {
    bytes: &'a [u8],
    /// Bytes before `at` are counted: `line` is the line at `at`.
    at: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, start: u64) -> usize {
        let start = usize::try_from(start).unwrap_or(usize::MAX).min(self.bytes.len());
        let skipped = self.bytes[start..].iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
        let end = start + skipped;
        if end < self.at {
            (self.at, self.line) = (0, 1);
        }
        self.line += self.bytes[self.at..end].iter().filter(|&&b| b == b'\n').count();
        self.at = end;
        self.line
    }
}

/// Every sheet of an xlsx or ods workbook, in the workbook's order.
pub fn workbook(bytes: &[u8]) -> Result<Vec<Table>, Error> {
    let unreadable = |e: &dyn std::fmt::Display| {
        Error::at(0, None, Problem::message(Key::CsvUnreadableWorkbook, &[("error", e.to_string().into())]))
    };
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| unreadable(&e))?;
        let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let mut cells: Vec<String> = vec![String::new(); left];
            cells.extend(row.iter().map(text));
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            if !cells.is_empty() {
                rows.push(Line { line: top + i + 1, cells });
            }
        }
        out.push(Table { sheet: Some(name), rows, encoding: Encoding::Utf8 });
    }
    Ok(out)
}

/// A spreadsheet cell as the text the CSV parser reads.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) => number(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => super::yes_no_cell(*b),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) if d.is_datetime() => super::date_cell(Some(dt.date())),
            _ => number(d.as_f64()),
        },
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| s.clone(), |d| super::date_cell(Some(d))),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("{e}"),
        #[allow(unreachable_patterns)]
        _ => String::new(),
    }
}

/// A spreadsheet number as text with a point: whole numbers without decimals, others to 15
/// significant digits (what a double holds exactly) and at most the model's six decimals,
/// trailing zeros dropped, so a sum such as 0,1 + 0,2 reads as 0.3.
pub fn number(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{f:.0}");
    }
    let whole_digits = if f.abs() < 1.0 { 0 } else { f.abs().log10().floor() as i32 + 1 };
    let decimals = (15 - whole_digits).clamp(0, 6) as usize;
    let s = format!("{f:.decimals$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { &s };
    if s == "-0" { "0".to_string() } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_separators() {
        let (s, e) = decode("\u{feff}nimi;ä".as_bytes());
        assert_eq!((s.as_str(), e), ("nimi;ä", Encoding::Utf8));
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("a;ä\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&le), ("a;ä\r\n".to_string(), Encoding::Utf16));
        let be: Vec<u8> = "ab\tä".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be), ("ab\tä".to_string(), Encoding::Utf16));
        let no_bom: Vec<u8> = "nimi;osuus\r\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&no_bom).1, Encoding::Utf16);
        assert_eq!(decode(b"k\xe4vi;\x80"), ("kävi;€".to_string(), Encoding::Windows1252));
        assert_eq!(decode("kävi".as_bytes()).1, Encoding::Utf8);
        assert_eq!(separator("a\tb;c\tc"), b'\t');
        assert_eq!(separator("a,b,c"), b',');
        assert_eq!(separator("a;b,c"), b';');
        assert_eq!(separator("\n\na;b"), b';');
        let t = csv(b"a,b\r\n\r\n1,\"2,5\"\r\n").unwrap();
        assert_eq!(
            t.rows,
            vec![
                Line { line: 1, cells: vec!["a".into(), "b".into()] },
                Line { line: 3, cells: vec!["1".into(), "2,5".into()] }
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(-12.5), "-12.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(20_000_000.07), "20000000.07");
        assert_eq!(number(1_234.560_000_000_2), "1234.56");
        assert_eq!(number(0.000_000_1), "0");
        assert_eq!(number(17_155_706_753.03), "17155706753.03");
        assert_eq!(number(-99_999_999_999.99), "-99999999999.99");
    }

    #[test]
    fn formats() {
        assert_eq!(Format::of_name("a/b.XLSX"), Some(Format::Xlsx));
        assert_eq!(Format::of_name("b.ods"), Some(Format::Ods));
        assert_eq!(Format::of_name("b.csv"), Some(Format::Csv));
        assert_eq!(Format::of_name("b.pdf"), None);
        assert_eq!(Format::sniff(b"a;b"), Format::Csv);
        assert_eq!(Format::sniff(b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), Format::Ods);
        assert_eq!(Format::sniff(b"PK\x03\x04[Content_Types].xml"), Format::Xlsx);
        // What `file::import` reads by: the bytes, whatever the name says.
        assert_eq!(Format::sniff(b"PK\x03\x04x"), Format::Xlsx);
        assert_eq!(Format::sniff(b"nimi;x"), Format::Csv);
    }
}
