//! CSV import and export of a plan's lists: semicolon-separated UTF-8 with a header row, as
//! Finnish Excel writes it (decimal comma accepted). The core here reads and checks rows and
//! parses cells; `parties`, `services`, `budget` and `risks` map one kind of row each. An import
//! either succeeds as a whole or reports the first bad line and changes nothing.

pub mod budget;
pub mod parties;
pub mod risks;
pub mod services;

/// The cells' number and date forms ("1234,50", "12,5", "1,5", "2026-03-31") are
/// `i18n::format::cell`'s.
pub use crate::i18n::format::cell::{
    date as date_cell, decimal as decimal_cell, money as money_cell, percent as percent_cell,
};
use crate::i18n::{Language, Named};
use crate::model::{Bp, Decimal, Money, Plan};
use chrono::NaiveDate;

/// What a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Parties: one row per party.
    Parties,
    /// Services with their matrix cells: one row per service and party.
    Services,
    /// Budget lines: party;category;year;amount.
    Budget,
    /// The risk register: one row per risk.
    Risks,
}

impl Kind {
    /// The CSV text of this kind of rows of the plan.
    pub fn export(self, plan: &Plan) -> String {
        match self {
            Kind::Parties => parties::export(plan),
            Kind::Services => services::export(plan),
            Kind::Budget => budget::export(plan),
            Kind::Risks => risks::export(plan),
        }
    }

    /// The plan with this kind of rows imported from CSV bytes; the plan given is not changed.
    pub fn import(self, plan: &Plan, bytes: &[u8]) -> Result<Plan, Error> {
        match self {
            Kind::Parties => parties::import(plan, bytes),
            Kind::Services => services::import(plan, bytes),
            Kind::Budget => budget::import(plan, bytes),
            Kind::Risks => risks::import(plan, bytes),
        }
    }
}

/// Why a CSV file could not be imported: the line (1 = the header) and column, and the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem:?}")]
pub struct Error {
    pub line: usize,
    /// The header name of the column, when the problem is in one cell.
    pub column: Option<String>,
    pub problem: Problem,
}

/// What is wrong in a CSV file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The bytes are not UTF-8 (e.g. Latin-1 from an old Excel): save as "CSV UTF-8".
    Encoding,
    /// The file has no header row.
    Empty,
    /// The header row is not the expected one.
    Header { expected: String },
    /// A row has the wrong number of columns.
    ColumnCount { expected: usize, found: usize },
    /// A cell that must not be empty is empty.
    Missing,
    /// An amount of money that cannot be read (the cell's text).
    Money(String),
    /// A number that cannot be read.
    Number(String),
    /// A percentage that cannot be read.
    Percent(String),
    /// A date that cannot be read (YYYY-MM-DD or D.M.YYYY).
    Date(String),
    /// A yes/no value that cannot be read.
    YesNo(String),
    /// A value that is not one of the allowed names.
    Value { found: String, allowed: Vec<&'static str> },
    /// A party name or short name that is not in the plan (nor earlier in the file).
    UnknownParty(String),
    /// A service name that is not in the plan (nor earlier in the file).
    UnknownService(String),
    /// A row that repeats an earlier one's key (e.g. the same party twice).
    Duplicate(String),
    /// Anything else, with a sentence in each language.
    Other([String; 3]),
}

impl Error {
    pub fn at(line: usize, column: Option<&str>, problem: Problem) -> Error {
        Error { line, column: column.map(str::to_string), problem }
    }

    /// A sentence for people: the file, line, column, what is wrong and what to do.
    pub fn message(&self, file: &str, lang: Language) -> String {
        let col = self.column.as_deref().map_or_else(String::new, |c| {
            lang.pick(format!(", sarake {c}"), format!(", kolumn {c}"), format!(", column {c}"))
        });
        let at = lang.pick(
            format!("{file}, rivi {}{col}", self.line),
            format!("{file}, rad {}{col}", self.line),
            format!("{file}, line {}{col}", self.line),
        );
        let what = match &self.problem {
            Problem::Encoding => lang.pick(
                "tiedosto ei ole UTF-8-muodossa. Tallenna se Excelissä muodossa \u{201c}CSV UTF-8\u{201d}.".to_string(),
                "filen är inte i UTF-8. Spara den i Excel som \u{201d}CSV UTF-8\u{201d}.".to_string(),
                "the file is not UTF-8. Save it from Excel as \u{201c}CSV UTF-8\u{201d}.".to_string(),
            ),
            Problem::Empty => lang.pick(
                "tiedosto on tyhjä; ensimmäisellä rivillä pitää olla otsikot.".to_string(),
                "filen är tom; första raden ska innehålla rubrikerna.".to_string(),
                "the file is empty; the first line must hold the column headers.".to_string(),
            ),
            Problem::Header { expected } => lang.pick(
                format!("otsikkorivi ei ole odotettu. Sarakkeiden pitää olla: {expected}"),
                format!("rubrikraden är inte den väntade. Kolumnerna ska vara: {expected}"),
                format!("the header row is not the expected one. The columns must be: {expected}"),
            ),
            Problem::ColumnCount { expected, found } => lang.pick(
                format!("rivillä on {found} saraketta, pitää olla {expected}. Erottimena on puolipiste (;)."),
                format!("raden har {found} kolumner, ska ha {expected}. Avgränsaren är semikolon (;)."),
                format!("the row has {found} columns, it must have {expected}. The separator is a semicolon (;)."),
            ),
            Problem::Missing => lang.pick(
                "arvo puuttuu; täytä solu.".to_string(),
                "värdet saknas; fyll i cellen.".to_string(),
                "the value is missing; fill in the cell.".to_string(),
            ),
            Problem::Money(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole rahamäärä. Kirjoita esim. 1234,50 (enintään kaksi desimaalia)."),
                format!("\u{201d}{s}\u{201d} är inte ett belopp. Skriv t.ex. 1234,50 (högst två decimaler)."),
                format!("\u{201c}{s}\u{201d} is not an amount. Write e.g. 1234,50 (at most two decimals)."),
            ),
            Problem::Number(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole luku. Kirjoita esim. 1,5."),
                format!("\u{201d}{s}\u{201d} är inte ett tal. Skriv t.ex. 1,5."),
                format!("\u{201c}{s}\u{201d} is not a number. Write e.g. 1,5."),
            ),
            Problem::Percent(s) => lang.pick(
                format!(
                    "\u{201c}{s}\u{201d} ei ole prosentti. Kirjoita esim. 12,5 (0–100, enintään kaksi desimaalia)."
                ),
                format!("\u{201d}{s}\u{201d} är inte en procentsats. Skriv t.ex. 12,5 (0–100, högst två decimaler)."),
                format!("\u{201c}{s}\u{201d} is not a percentage. Write e.g. 12,5 (0–100, at most two decimals)."),
            ),
            Problem::Date(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole päivämäärä. Kirjoita 2026-03-31 tai 31.3.2026, vuosi neljällä numerolla."),
                format!("\u{201d}{s}\u{201d} är inte ett datum. Skriv 2026-03-31 eller 31.3.2026, året med fyra siffror."),
                format!("\u{201c}{s}\u{201d} is not a date. Write 2026-03-31 or 31.3.2026, with a four-digit year."),
            ),
            Problem::YesNo(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole kyllä tai ei."),
                format!("\u{201d}{s}\u{201d} är inte ja eller nej."),
                format!("\u{201c}{s}\u{201d} is not yes or no."),
            ),
            Problem::Value { found, allowed } => lang.pick(
                format!("\u{201c}{found}\u{201d} ei ole sallittu arvo. Sallitut: {}.", allowed.join(", ")),
                format!("\u{201d}{found}\u{201d} är inte ett tillåtet värde. Tillåtna: {}.", allowed.join(", ")),
                format!("\u{201c}{found}\u{201d} is not an allowed value. Allowed: {}.", allowed.join(", ")),
            ),
            Problem::UnknownParty(s) => lang.pick(
                format!("osapuolta \u{201c}{s}\u{201d} ei ole suunnitelmassa. Lisää osapuoli ensin tai korjaa nimi."),
                format!("parten \u{201d}{s}\u{201d} finns inte i planen. Lägg först till parten eller rätta namnet."),
                format!("there is no party \u{201c}{s}\u{201d} in the plan. Add the party first or correct the name."),
            ),
            Problem::UnknownService(s) => lang.pick(
                format!("palvelua \u{201c}{s}\u{201d} ei ole suunnitelmassa. Lisää palvelu ensin tai korjaa nimi."),
                format!(
                    "tjänsten \u{201d}{s}\u{201d} finns inte i planen. Lägg först till tjänsten eller rätta namnet."
                ),
                format!(
                    "there is no service \u{201c}{s}\u{201d} in the plan. Add the service first or correct the name."
                ),
            ),
            Problem::Duplicate(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} on tiedostossa jo aiemmin. Poista toinen riveistä."),
                format!("\u{201d}{s}\u{201d} finns redan tidigare i filen. Ta bort den ena raden."),
                format!("\u{201c}{s}\u{201d} already appears earlier in the file. Remove one of the rows."),
            ),
            Problem::Other(texts) => lang.pick(texts[0].clone(), texts[1].clone(), texts[2].clone()),
        };
        let nothing = lang.pick("Mitään ei tuotu.", "Ingenting importerades.", "Nothing was imported.");
        format!("{at}: {what} {nothing}")
    }
}

/// One data row: its line number in the file (the header is line 1) and its cells, trimmed.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
    header: &'static [&'static str],
}

impl Row {
    /// The trimmed text of column `i`.
    pub fn get(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", |s| s.as_str())
    }

    /// An error at this row in column `i`.
    pub fn error(&self, i: usize, problem: Problem) -> Error {
        Error::at(self.line, self.header.get(i).copied(), problem)
    }

    /// Column `i`, which must not be empty.
    pub fn required(&self, i: usize) -> Result<&str, Error> {
        let s = self.get(i);
        if s.is_empty() { Err(self.error(i, Problem::Missing)) } else { Ok(s) }
    }

    /// Column `i` as money; an empty cell is zero.
    pub fn money(&self, i: usize) -> Result<Money, Error> {
        let s = self.get(i);
        if s.is_empty() {
            return Ok(Money::ZERO);
        }
        crate::commercial::parse_euros(s).map_err(|_| self.error(i, Problem::Money(s.to_string())))
    }

    /// Column `i` as a decimal number (comma or point); an empty cell is zero.
    pub fn decimal(&self, i: usize) -> Result<Decimal, Error> {
        let s = self.get(i);
        if s.is_empty() {
            return Ok(Decimal::ZERO);
        }
        let t: String = s.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
        t.replace(',', ".").parse().map_err(|_| self.error(i, Problem::Number(s.to_string())))
    }

    /// Column `i` as an integer.
    pub fn integer<T: std::str::FromStr>(&self, i: usize) -> Result<T, Error> {
        let s = self.required(i)?;
        s.parse().map_err(|_| self.error(i, Problem::Number(s.to_string())))
    }

    /// Column `i` as a percentage 0–100 with at most two decimals ("12,5", "12,5 %"); empty is 0.
    pub fn percent(&self, i: usize) -> Result<Bp, Error> {
        let s = self.get(i);
        if s.is_empty() {
            return Ok(Bp(0));
        }
        parse_percent(s).ok_or_else(|| self.error(i, Problem::Percent(s.to_string())))
    }

    /// Column `i` as a date, or `None` when empty.
    pub fn date(&self, i: usize) -> Result<Option<NaiveDate>, Error> {
        let s = self.get(i);
        if s.is_empty() {
            return Ok(None);
        }
        parse_date(s).map(Some).ok_or_else(|| self.error(i, Problem::Date(s.to_string())))
    }

    /// Column `i` as yes/no (kyllä/ei, ja/nej, yes/no, x, 1/0); empty is no.
    pub fn yes_no(&self, i: usize) -> Result<bool, Error> {
        let s = self.get(i);
        match s.to_lowercase().as_str() {
            "" | "ei" | "nej" | "no" | "0" | "false" => Ok(false),
            "kyllä" | "k" | "ja" | "j" | "yes" | "y" | "x" | "1" | "true" => Ok(true),
            _ => Err(self.error(i, Problem::YesNo(s.to_string()))),
        }
    }

    /// Column `i` as one of `all`, matched by its name in any language or its identifier,
    /// ignoring case.
    pub fn named<T: Named + Copy + std::fmt::Debug>(&self, i: usize, all: &[T]) -> Result<T, Error> {
        let s = self.required(i)?;
        find_named(s, all).ok_or_else(|| {
            self.error(
                i,
                Problem::Value { found: s.to_string(), allowed: all.iter().map(|v| v.name(Language::Fi)).collect() },
            )
        })
    }
}

/// The value of `all` whose name in some language, or whose identifier, is `s` (ignoring case).
pub fn find_named<T: Named + Copy + std::fmt::Debug>(s: &str, all: &[T]) -> Option<T> {
    let s = s.trim().to_lowercase();
    all.iter()
        .copied()
        .find(|v| Language::ALL.iter().any(|&l| v.name(l).to_lowercase() == s) || format!("{v:?}").to_lowercase() == s)
}

/// "12,5", "12.5 %", "100" → basis points (1250, 1250, 10000); 0–100 with at most 2 decimals.
pub fn parse_percent(s: &str) -> Option<Bp> {
    crate::commercial::parse_percent(s).ok().filter(|b| b.0 <= 10_000)
}

/// The years a typed date may have: four digits, no earlier than the oldest cases a plan is
/// compared with and no later than any contract period.
pub const DATE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// The one date parser of the application (screens, CSV, command line): "2026-03-31" or
/// "31.3.2026" (day and month of one or two digits), the year always of four digits in
/// `DATE_YEARS`: "15.3.2", "1.1.27" and "15.3.0002" are refused, not read as years 2, 27 or 2.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let digits = |t: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<u32>().ok()).flatten()
    };
    let (y, m, d) = if let Some((y, rest)) = s.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        (digits(y, 4..=4)?, digits(m, 1..=2)?, digits(d, 1..=2)?)
    } else {
        let mut parts = s.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        (digits(y, 4..=4)?, digits(m, 1..=2)?, digits(d, 1..=2)?)
    };
    let year = i32::try_from(y).ok().filter(|y| DATE_YEARS.contains(y))?;
    NaiveDate::from_ymd_opt(year, m, d)
}

/// Reads CSV bytes whose header must be `header` (compared ignoring case and surrounding
/// spaces); returns the data rows, skipping empty lines. A UTF-8 byte-order mark is allowed.
pub fn read(bytes: &[u8], header: &'static [&'static str]) -> Result<Vec<Row>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        return Err(Error::at(line, None, Problem::Encoding));
    }
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).flexible(true).from_reader(bytes);
    let mut rows = Vec::new();
    let mut saw_header = false;
    let mut lines = Lines { bytes, at: 0, line: 1 };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => return Err(Error::at(e.position().map_or(0, |p| lines.at(p.byte())), None, Problem::Encoding)),
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        let cells: Vec<String> = record.iter().map(|c| unguard(c.trim()).to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if !saw_header {
            saw_header = true;
            let ok = cells.len() == header.len()
                && cells.iter().zip(header).all(|(c, h)| c.to_lowercase() == h.to_lowercase());
            if !ok {
                return Err(Error::at(line, None, Problem::Header { expected: header.join(";") }));
            }
            continue;
        }
        if cells.len() != header.len() {
            return Err(Error::at(line, None, Problem::ColumnCount { expected: header.len(), found: cells.len() }));
        }
        rows.push(Row { line, cells, header });
    }
    if !saw_header {
        return Err(Error::at(1, None, Problem::Empty));
    }
    Ok(rows)
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

/// Writes a header and rows as semicolon-separated UTF-8 with CRLF line ends (what Excel
/// expects), quoting cells that need it.
pub fn write(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer =
        csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| guard(c).into_owned()));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)` in a party name from
/// someone else's plan) gets a leading `'`, which Excel shows as text; numbers such as `-12,50`
/// are left alone. `unguard` takes the mark off again on import, so a round trip is exact.
fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    let numeric = cell.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | ',' | '.' | ' ' | '\u{a0}'))
        && cell.chars().any(|c| c.is_ascii_digit());
    if (cell.starts_with(FORMULA_START) && !numeric) || (cell.starts_with('\'') && unguard(cell) != cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The cell without the `'` that `guard` put before a formula character.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

/// "kyllä" or "ei".
pub fn yes_no_cell(b: bool) -> String {
    if b { "kyllä" } else { "ei" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &[&str] = &["a", "b"];

    #[test]
    fn rows_lines_and_errors() {
        let rows = read("\u{feff}A; b\r\n1;2\r\n\r\n\"x;y\";3\n".as_bytes(), H).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].get(1)), (2, "2"));
        assert_eq!((rows[1].line, rows[1].get(0)), (4, "x;y"));
        let e = read(b"a;b\n1;2\n1;2;3\n", H).unwrap_err();
        assert_eq!((e.line, e.problem), (3, Problem::ColumnCount { expected: 2, found: 3 }));
        let e = read(b"a;b\n1;2\nk\xe4vi;2\n", H).unwrap_err();
        assert_eq!((e.line, e.problem), (3, Problem::Encoding));
        assert_eq!(read(b"", H).unwrap_err().problem, Problem::Empty);
        assert!(matches!(read(b"a;c\n", H).unwrap_err().problem, Problem::Header { .. }));
    }

    #[test]
    fn cells() {
        assert_eq!(parse_percent("12,5 %"), Some(Bp(1250)));
        assert_eq!(parse_percent("100"), Some(Bp(10_000)));
        assert_eq!(parse_percent("100,01"), None);
        assert_eq!(parse_percent("1,234"), None);
        assert_eq!(parse_percent("-1"), None);
        assert_eq!(percent_cell(Bp(1250)), "12,5");
        assert_eq!(percent_cell(Bp(1205)), "12,05");
        assert_eq!(money_cell(Money(-123_456)), "-1234,56");
        assert_eq!(parse_date("31.3.2026"), NaiveDate::from_ymd_opt(2026, 3, 31));
        // Four-digit years only (issue: "15.3.2027" typed through a validation message was
        // saved as 15.3.0002; "1.1.27" in a CSV became year 27), and nothing around the date.
        let ok = |s: &str, y, m, d| assert_eq!(parse_date(s), NaiveDate::from_ymd_opt(y, m, d), "{s}");
        ok(" 15.03.2027 ", 2027, 3, 15);
        ok("2027-3-5", 2027, 3, 5);
        ok("1.1.1900", 1900, 1, 1);
        ok("31.12.2199", 2199, 12, 31);
        for bad in [
            "15.3.2",
            "15.3.20",
            "15.3.202",
            "15.3.0002",
            "1.1.27",
            "15.3.20271",
            "15.3.1899",
            "1.1.2200",
            "0027-01-01",
            "27-01-01",
            "2027-001-01",
            "31.2.2027",
            "15.3.2027.",
            "15..2027",
            "+15.3.2027",
            "15.3.2027 klo 12",
            "2027/03/15",
            "",
            "15.3",
            "a.b.cdef",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
        let out = write(H, [vec!["=1+1".into(), "-12,50".into()], vec!["'=x".into(), "'a".into()]]);
        assert_eq!(out, "a;b\r\n'=1+1;-12,50\r\n''=x;'a\r\n");
        let rows = read(out.as_bytes(), H).unwrap();
        assert_eq!((rows[0].get(0), rows[0].get(1), rows[1].get(0), rows[1].get(1)), ("=1+1", "-12,50", "'=x", "'a"));
        let out = write(H, [vec!["x;y".into(), "ä".into()]]);
        assert_eq!(out, "a;b\r\n\"x;y\";ä\r\n");
    }
}
