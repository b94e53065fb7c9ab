//! Spreadsheet import and export of a plan's lists (parties, services with their matrix cells,
//! budget lines, risks, metrics, and the follow-up's measurements and actual costs): CSV as
//! Finnish Excel writes it, and xlsx and ods workbooks (`sheet`). One header vocabulary (`columns`) names the columns in Finnish, Swedish or English,
//! in any order; `table` turns any file into rows of text, this module checks them and parses
//! cells, and each kind's module merges its rows into the plan by name or key (`merge`). An
//! import either succeeds as a whole, with counts of what it changed, or reports the first bad
//! cell and changes nothing.

pub mod actuals;
pub mod budget;
pub mod columns;
pub mod file;
pub mod measurements;
pub mod merge;
mod message;
pub mod metrics;
pub(crate) mod ods;
pub mod parties;
pub mod risks;
pub mod services;
pub mod sheet;
pub mod table;

/// The cells' number and date forms ("1234,50", "12,5", "1,5", "2026-03-31") are
/// `i18n::format::cell`'s.
pub use crate::i18n::format::cell::{
    date as date_cell, decimal as decimal_cell, money as money_cell, percent as percent_cell,
};
use crate::i18n::{Arg, Key, Language, Named, tr};
use crate::model::{Bp, Decimal, Money, Period, Periodicity, Plan};
use chrono::NaiveDate;
use columns::Column;
pub use merge::{Counts, Imported, Note, Options};
use std::sync::Arc;
pub use table::{Format, Table};

/// What a list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Parties: one row per party.
    Parties,
    /// Services with their matrix cells: one row per service and party.
    Services,
    /// Budget lines: party, category, year, amount, description.
    Budget,
    /// The risk register: one row per risk.
    Risks,
    /// KRA metrics: one row per metric with its levels, weight and actual value.
    Metrics,
    /// Follow-up measurements: one row per metric, area and period.
    Measurements,
    /// Follow-up actual costs: one row per party, cost category and period.
    Actuals,
}

impl Kind {
    /// In the order a workbook is imported: the measurements and costs after the parties and
    /// metrics they name.
    pub const ALL: [Kind; 7] =
        [Kind::Parties, Kind::Services, Kind::Budget, Kind::Risks, Kind::Metrics, Kind::Measurements, Kind::Actuals];

    /// The list's columns, in the order exports write them.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Kind::Parties => columns::PARTIES,
            Kind::Services => columns::SERVICES,
            Kind::Budget => columns::BUDGET,
            Kind::Risks => columns::RISKS,
            Kind::Metrics => columns::METRICS,
            Kind::Measurements => columns::MEASUREMENTS,
            Kind::Actuals => columns::ACTUALS,
        }
    }

    /// The Finnish header row.
    pub fn header(self) -> Vec<&'static str> {
        columns::header(self.columns())
    }

    /// The sheet's name in a workbook, in `Language::ALL` order (exports use Finnish).
    pub fn sheet_names(self) -> [&'static str; 3] {
        match self {
            Kind::Parties => ["Osapuolet", "Parter", "Parties"],
            Kind::Services => ["Palvelut", "Tjänster", "Services"],
            Kind::Budget => ["Budjetti", "Budget", "Budget"],
            Kind::Risks => ["Riskit", "Risker", "Risks"],
            Kind::Metrics => ["Mittarit", "Mätare", "Metrics"],
            Kind::Measurements => ["Mittaukset", "Mätningar", "Measurements"],
            Kind::Actuals => ["Toteutuneet kustannukset", "Faktiska kostnader", "Actual costs"],
        }
    }

    /// The kind a workbook's sheet name is (any language, ignoring case and spaces).
    pub fn of_sheet(name: &str) -> Option<Kind> {
        let n = name.trim().to_lowercase();
        Kind::ALL.into_iter().find(|k| k.sheet_names().iter().any(|s| s.to_lowercase() == n))
    }

    /// The list's rows of the plan as typed cells, in plan order.
    pub fn rows(self, plan: &Plan) -> Vec<Vec<sheet::Value>> {
        match self {
            Kind::Parties => parties::rows(plan),
            Kind::Services => services::rows(plan),
            Kind::Budget => budget::rows(plan),
            Kind::Risks => risks::rows(plan),
            Kind::Metrics => metrics::rows(plan),
            Kind::Measurements => measurements::rows(plan),
            Kind::Actuals => actuals::rows(plan),
        }
    }

    /// The CSV text of this kind of rows of the plan.
    pub fn export(self, plan: &Plan) -> String {
        let rows = self.rows(plan).into_iter().map(|r| r.iter().map(sheet::Value::cell).collect());
        write(&self.header(), rows)
    }

    /// The plan with the rows of a CSV file merged in (nothing removed); the plan given is not
    /// changed.
    pub fn import(self, plan: &Plan, bytes: &[u8]) -> Result<Plan, Error> {
        Ok(self.import_table(plan, &table::csv(bytes)?, Options::default())?.plan)
    }

    /// The plan with the rows of one sheet merged in, the counts of what changed and notes.
    pub fn import_table(self, plan: &Plan, table: &Table, options: Options) -> Result<Imported, Error> {
        let sheet = read(table, self.columns())?;
        let mut imported = match self {
            Kind::Parties => parties::import(plan, &sheet.rows, options),
            Kind::Services => services::import(plan, &sheet.rows, options),
            Kind::Budget => budget::import(plan, &sheet.rows, options),
            Kind::Risks => risks::import(
                plan,
                &sheet.rows,
                options,
                options.today.unwrap_or_else(|| chrono::Local::now().date_naive()),
            ),
            Kind::Metrics => metrics::import(plan, &sheet.rows, options),
            Kind::Measurements => measurements::import(plan, &sheet.rows, options),
            Kind::Actuals => actuals::import(plan, &sheet.rows, options),
        }
        .map_err(|e| Error { sheet: table.sheet.clone(), ..e })?;
        let mut notes = sheet.notes;
        notes.append(&mut imported.notes);
        imported.notes = notes;
        Ok(imported)
    }
}

impl Named for Kind {
    /// The list's name, as its sheet is named.
    fn name(&self, lang: Language) -> &'static str {
        // The sheet names are the file format's (matched on import), so they stay here.
        let [fi, sv, en] = self.sheet_names();
        match lang {
            Language::Fi => fi,
            Language::Sv => sv,
            Language::En => en,
        }
    }
}

/// Why a CSV file could not be imported: the line (1 = the header) and column, and the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem:?}")]
pub struct Error {
    pub line: usize,
    /// The header of the column as the file has it, when the problem is in one cell.
    pub column: Option<String>,
    /// The column's place in the file (0 = A), when known.
    pub position: Option<u32>,
    /// The sheet of a workbook.
    pub sheet: Option<String>,
    pub problem: Problem,
}

/// What is wrong in a CSV file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The CSV cannot be split into cells (e.g. an unclosed quote).
    Encoding,
    /// The file has no header row.
    Empty,
    /// The header row names none of the list's columns (e.g. a sheet of another list).
    Header { expected: String },
    /// A column the list needs is not in the header row.
    MissingColumn { name: String, expected: String },
    /// Two columns of the header row name the same column.
    DuplicateColumn(String),
    /// A row has the wrong number of columns.
    ColumnCount { expected: usize, found: usize },
    /// A cell that must not be empty is empty.
    Missing,
    /// An amount of money that cannot be read (the cell's text).
    Money(String),
    /// A number that cannot be read.
    Number(String),
    /// A whole number that cannot be read (a count, seats, a year).
    Whole(String),
    /// An amount beyond the largest a plan holds (one hundred billion euros).
    TooLarge(String),
    /// A negative amount or number where the plan allows none.
    Negative(String),
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
    /// A metric name that is not in the plan.
    UnknownMetric(String),
    /// A measurement or accounting period that cannot be read.
    Period(String),
    /// A row that repeats an earlier one's key (e.g. the same party twice).
    Duplicate(String),
    /// Anything else, with a sentence in each language.
    Other(Box<[String; 3]>),
}

impl Problem {
    /// `Other` with the catalogue message `key` in each language, its placeables from `args`.
    pub(crate) fn message(key: Key, args: &[(&str, Arg)]) -> Problem {
        Problem::per_language(|lang| tr(lang, key, args))
    }

    /// `Other` with a sentence made for each language (Finnish, Swedish, English).
    pub(crate) fn per_language(sentence: impl Fn(Language) -> String) -> Problem {
        Problem::Other(Box::new([sentence(Language::Fi), sentence(Language::Sv), sentence(Language::En)]))
    }
}

/// One data row: its line (or row) number in the file and its cells in the list's column
/// order, `None` for a column the file does not have.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    cells: Vec<Option<String>>,
    /// Each column's header as the file has it and its place, for errors.
    found: Arc<[Option<(String, usize)>]>,
}

impl Row {
    /// A row of text cells in the list's column order, every column present (for tests and
    /// for rows built from an export).
    pub fn new(line: usize, cells: Vec<String>, columns: &[Column]) -> Row {
        let found = columns.iter().enumerate().map(|(i, c)| Some((c.names[0].to_string(), i))).collect();
        Row { line, cells: cells.into_iter().map(Some).collect(), found }
    }

    /// Whether the file has column `i`.
    pub fn present(&self, i: usize) -> bool {
        self.cells.get(i).is_some_and(Option::is_some)
    }

    /// The row with the columns the file lacks taken from `existing` (the export of the row it
    /// updates), so a sheet of a few columns changes only those.
    pub fn filled(&self, existing: &[String]) -> Row {
        let mut row = self.clone();
        for (i, c) in row.cells.iter_mut().enumerate() {
            if c.is_none() {
                *c = existing.get(i).cloned();
            }
        }
        row
    }

    /// The trimmed text of column `i`.
    pub fn get(&self, i: usize) -> &str {
        self.cells.get(i).and_then(Option::as_deref).unwrap_or("")
    }

    /// An error at this row in column `i`.
    pub fn error(&self, i: usize, problem: Problem) -> Error {
        let (column, position) = match self.found.get(i) {
            Some(Some((name, at))) => (Some(name.clone()), u32::try_from(*at).ok()),
            _ => (None, None),
        };
        Error { line: self.line, column, position, sheet: None, problem }
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
        let m = crate::commercial::parse_euros(s).map_err(|_| {
            // A well-formed amount that is only too large gets its own message.
            let t: String = s.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€')).collect();
            let body = t.strip_prefix(['-', '+', '−']).unwrap_or(&t);
            let (whole, frac) = body.split_once([',', '.']).unwrap_or((body, ""));
            let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
            let too_large = whole.len() >= 12 && digits(whole) && digits(frac) && frac.len() <= 2;
            self.error(i, if too_large { Problem::TooLarge(s.to_string()) } else { Problem::Money(s.to_string()) })
        })?;
        Ok(m)
    }

    /// Column `i` as money that must not be negative; an empty cell is zero.
    pub fn amount(&self, i: usize) -> Result<Money, Error> {
        let m = self.money(i)?;
        if m.cents() < 0 {
            return Err(self.error(i, Problem::Negative(self.get(i).to_string())));
        }
        Ok(m)
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

    /// Column `i` as a whole number ("3", and "3,0" or "3.00" as a spreadsheet may write it).
    pub fn integer<T: std::str::FromStr>(&self, i: usize) -> Result<T, Error> {
        let s = self.required(i)?;
        let whole = match s.split_once([',', '.']) {
            Some((w, frac)) if !w.is_empty() && frac.bytes().all(|b| b == b'0') => w,
            _ => s,
        };
        whole.parse().map_err(|_| {
            let negative = whole.starts_with(['-', '−']) && whole[1..].parse::<u64>().is_ok();
            self.error(i, if negative { Problem::Negative(s.to_string()) } else { Problem::Whole(s.to_string()) })
        })
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

    /// Column `i` as a period, which must not be empty: 2017-08, 2017-Q3 or 2017 (as
    /// `Period` reads them), or a date, as a spreadsheet may turn a typed month into, for its
    /// month.
    pub fn period(&self, i: usize) -> Result<Period, Error> {
        let s = self.required(i)?;
        s.parse::<Period>()
            .ok()
            .or_else(|| parse_date(s).map(|d| Periodicity::Month.period_of(d)))
            .ok_or_else(|| self.error(i, Problem::Period(s.to_string())))
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

/// The rows of a list read from a sheet: the data rows and what was left out.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub rows: Vec<Row>,
    pub notes: Vec<Note>,
}

/// The words that start a totals row ("Yhteensä", "Summa", "Totalt", "Total").
const TOTALS: [&str; 5] = ["yhteensä", "summa", "totalt", "total", "sum"];

/// Reads a sheet whose first non-empty row names its columns (`columns::find`: any language,
/// any order). Unknown columns and totals rows are left out with a note; a column the list
/// needs and does not have is an error naming it. In CSV a row longer than the header with
/// text beyond it, or shorter, is refused (a separator in unquoted text shifts its cells).
pub fn read(table: &Table, columns: &[Column]) -> Result<Sheet, Error> {
    let mut notes = Vec::new();
    if table.encoding != table::Encoding::Utf8 {
        notes.push(Note::Encoding(table.encoding));
    }
    let Some((head, data)) = table.rows.split_first() else {
        return Err(Error::at(1, None, Problem::Empty));
    };
    let expected = columns::header(columns).join(";");
    let mut places: Vec<Option<usize>> = Vec::with_capacity(head.cells.len());
    let mut found: Vec<Option<(String, usize)>> = vec![None; columns.len()];
    for (at, name) in head.cells.iter().enumerate() {
        if name.trim().is_empty() {
            places.push(None);
            continue;
        }
        match columns::find(columns, name) {
            Some(i) if found[i].is_some() => {
                return Err(Error {
                    position: u32::try_from(at).ok(),
                    ..Error::at(head.line, Some(name), Problem::DuplicateColumn(name.clone()))
                });
            }
            Some(i) => {
                found[i] = Some((name.trim().to_string(), at));
                places.push(Some(i));
            }
            None => {
                notes.push(Note::IgnoredColumn(name.trim().to_string()));
                places.push(None);
            }
        }
    }
    if found.iter().all(Option::is_none) {
        return Err(Error::at(head.line, None, Problem::Header { expected }));
    }
    if let Some(c) = columns.iter().zip(&found).find(|(c, f)| c.required && f.is_none()).map(|(c, _)| c) {
        let problem = Problem::MissingColumn { name: c.names[0].to_string(), expected };
        return Err(Error::at(head.line, None, problem));
    }
    let found: Arc<[Option<(String, usize)>]> = found.into();
    let strict = table.sheet.is_none();
    let mut rows = Vec::with_capacity(data.len());
    for line in data {
        if line.cells.iter().find(|c| !c.is_empty()).is_some_and(|c| {
            let c = c.to_lowercase();
            TOTALS.iter().any(|t| c.strip_prefix(t).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':'])))
        }) {
            notes.push(Note::Totals(line.line));
            continue;
        }
        let extra = line.cells.iter().skip(head.cells.len()).any(|c| !c.is_empty());
        if extra || (strict && line.cells.len() < head.cells.len()) {
            let problem = Problem::ColumnCount { expected: head.cells.len(), found: line.cells.len() };
            return Err(Error::at(line.line, None, problem));
        }
        let mut cells: Vec<Option<String>> = found.iter().map(|f| f.as_ref().map(|_| String::new())).collect();
        for (at, text) in line.cells.iter().enumerate() {
            if let Some(Some(i)) = places.get(at) {
                cells[*i] = Some(text.clone());
            }
        }
        rows.push(Row { line: line.line, cells, found: found.clone() });
    }
    Ok(Sheet { rows, notes })
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
pub(crate) fn unguard(cell: &str) -> &str {
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
    const C: &[Column] = &[
        Column { names: ["a", "å", "alpha"], aliases: &[], required: true },
        Column { names: ["b", "b", "beta"], aliases: &["old b"], required: false },
    ];

    fn rows(bytes: &[u8]) -> Result<Sheet, Error> {
        read(&table::csv(bytes)?, C)
    }

    #[test]
    fn rows_lines_and_errors() {
        let s = rows("\u{feff}A; b\r\n1;2\r\n\r\n\"x;y\";3\n".as_bytes()).unwrap();
        assert_eq!(s.rows.len(), 2);
        assert_eq!((s.rows[0].line, s.rows[0].get(1)), (2, "2"));
        assert_eq!((s.rows[1].line, s.rows[1].get(0)), (4, "x;y"));
        let e = rows(b"a;b\n1;2\n1;2;3\n").unwrap_err();
        assert_eq!((e.line, e.problem), (3, Problem::ColumnCount { expected: 2, found: 3 }));
        let e = rows(b"a;b\n1;2\n1\n").unwrap_err();
        assert_eq!((e.line, e.problem), (3, Problem::ColumnCount { expected: 2, found: 1 }));
        // Windows-1252 is read, with a note.
        let s = rows(b"a;b\n1;2\nk\xe4vi;2\n").unwrap();
        assert_eq!((s.rows[1].get(0), &s.notes[..]), ("kävi", &[Note::Encoding(table::Encoding::Windows1252)][..]));
        assert_eq!(rows(b"").unwrap_err().problem, Problem::Empty);
        assert!(matches!(rows(b"x;c\n").unwrap_err().problem, Problem::Header { .. }));
        // Any language, any order, unknown columns noted, absent columns absent.
        let s = rows("BETA;lisä;Alpha\n2;z;1\nYhteensä;;3\n".as_bytes()).unwrap();
        assert_eq!((s.rows.len(), s.rows[0].get(0), s.rows[0].get(1)), (1, "1", "2"));
        assert_eq!(s.notes, vec![Note::IgnoredColumn("lisä".into()), Note::Totals(3)]);
        let s = rows(b"alpha\n1\n").unwrap();
        assert!(s.rows[0].present(0) && !s.rows[0].present(1));
        assert_eq!(s.rows[0].filled(&["9".into(), "8".into()]).get(1), "8");
        assert_eq!(s.rows[0].filled(&["9".into(), "8".into()]).get(0), "1");
        // A column the list needs, or one named twice, is an error naming it.
        let e = rows(b"old b\n2\n").unwrap_err();
        assert_eq!((e.line, e.problem), (1, Problem::MissingColumn { name: "a".into(), expected: "a;b".into() }));
        let e = rows(b"a;beta;B\n").unwrap_err();
        assert_eq!((e.position, e.problem), (Some(2), Problem::DuplicateColumn("B".into())));
        let e = rows(b"a;b\n1;x\n").unwrap();
        let err = e.rows[0].integer::<u8>(1).unwrap_err();
        assert_eq!((err.column.as_deref(), err.position), (Some("b"), Some(1)));
        assert!(
            err.message("f.csv", Language::Fi).starts_with("f.csv, rivi 2, sarake B (b): "),
            "{}",
            err.message("f.csv", Language::Fi)
        );
    }

    #[test]
    fn whole_numbers_amounts_and_signs() {
        let s = rows(b"a;b\n3,00;1,0\n-2;1,5\n100000000000,01;-1\n1e3;x\n").unwrap();
        let r = &s.rows;
        assert_eq!(r[0].integer::<u8>(0), Ok(3));
        assert_eq!(r[0].integer::<u8>(1), Ok(1));
        assert_eq!(r[1].integer::<u8>(1).unwrap_err().problem, Problem::Whole("1,5".into()));
        assert_eq!(r[1].integer::<u8>(0).unwrap_err().problem, Problem::Negative("-2".into()));
        assert_eq!(r[2].money(0).unwrap_err().problem, Problem::TooLarge("100000000000,01".into()));
        assert_eq!(r[2].amount(1).unwrap_err().problem, Problem::Negative("-1".into()));
        assert_eq!(r[2].money(1), Ok(Money(-100)));
        assert_eq!(r[3].money(0).unwrap_err().problem, Problem::Money("1e3".into()));
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
        let rows = rows(out.as_bytes()).unwrap().rows;
        assert_eq!((rows[0].get(0), rows[0].get(1), rows[1].get(0), rows[1].get(1)), ("=1+1", "-12,50", "'=x", "'a"));
        let out = write(H, [vec!["x;y".into(), "ä".into()]]);
        assert_eq!(out, "a;b\r\n\"x;y\";ä\r\n");
    }
}
