//! Typed cells of the lists and the workbooks they are written to: one xlsx (or ods) file with a
//! sheet per list, numbers as numbers in the Finnish-style formats of the reader's spreadsheet
//! ("1 234,50"), dates as dates, a frozen header row with filters and columns as wide as their
//! text. CSV writes the same cells as text (`Value::cell`).

use super::{Format, Kind};
use crate::model::{Bp, Decimal, Money, Plan};
use chrono::NaiveDate;
use rust_xlsxwriter::{Format as XFormat, Workbook, XlsxError};

/// One cell of an exported row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Money(Money),
    Decimal(Decimal),
    Whole(i64),
    /// A percentage written as its number of per cent (12,5), under a header ending in "%".
    Percent(Bp),
    /// A date; `None` is an empty cell.
    Date(Option<NaiveDate>),
    /// "kyllä" or "ei".
    YesNo(bool),
}

impl Value {
    /// The cell as CSV text ("1234,50", "12,5", "2026-03-31", "kyllä").
    pub fn cell(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Money(m) => super::money_cell(*m),
            Value::Decimal(d) => super::decimal_cell(*d),
            Value::Whole(n) => n.to_string(),
            Value::Percent(b) => super::percent_cell(*b),
            Value::Date(d) => super::date_cell(*d),
            Value::YesNo(b) => super::yes_no_cell(*b),
        }
    }

    /// The number a spreadsheet holds for the cell, if it is one.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Money(m) => Some(m.cents() as f64 / 100.0),
            Value::Decimal(d) => Some(d.raw() as f64 / Decimal::SCALE as f64),
            Value::Whole(n) => Some(*n as f64),
            Value::Percent(b) => Some(f64::from(b.0) / 100.0),
            _ => None,
        }
    }

    /// The width of the cell's text in characters, for column widths.
    fn width(&self) -> usize {
        match self {
            // Digits and the spaces a spreadsheet groups them with.
            Value::Money(_) => {
                let n = self.cell().len();
                n + n / 3 + 1
            }
            Value::Date(Some(_)) => 10,
            _ => self.cell().lines().map(|l| l.chars().count()).max().unwrap_or(0),
        }
    }
}

/// The number formats, in the locale-neutral codes a spreadsheet shows in its own locale
/// ("#,##0.00" is "1 234,50" in Finnish).
pub const MONEY_FORMAT: &str = "#,##0.00";
pub const PERCENT_FORMAT: &str = "0.00";
pub const WHOLE_FORMAT: &str = "0";
pub const DATE_FORMAT: &str = "d.m.yyyy";

/// Column widths in characters: each column's longest text (first line), 8 to 60.
pub fn widths(header: &[&str], rows: &[Vec<Value>]) -> Vec<usize> {
    let mut w: Vec<usize> = header.iter().map(|h| h.chars().count() + 3).collect();
    for row in rows {
        for (i, v) in row.iter().enumerate() {
            if let Some(x) = w.get_mut(i) {
                *x = (*x).max(v.width() + 1);
            }
        }
    }
    w.into_iter().map(|x| x.clamp(8, 60)).collect()
}

/// The lists of the plan as a workbook in `format` (xlsx or ods; CSV holds one list, see
/// `Kind::export`).
pub fn workbook(plan: &Plan, kinds: &[Kind], format: Format) -> Result<Vec<u8>, String> {
    match format {
        Format::Xlsx => xlsx(plan, kinds).map_err(|e| e.to_string()),
        Format::Ods => super::ods::write(plan, kinds).map_err(|e| e.to_string()),
        Format::Csv => match kinds {
            [kind] => Ok(csv_file(plan, *kind)),
            _ => Err("CSV holds one list".into()),
        },
    }
}

/// One list as a CSV file: a UTF-8 byte-order mark (so Excel on Windows reads ä and ö) and the
/// semicolon-separated rows.
pub fn csv_file(plan: &Plan, kind: Kind) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend_from_slice(kind.export(plan).as_bytes());
    out
}

fn xlsx(plan: &Plan, kinds: &[Kind]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let head = XFormat::new().set_bold();
    let money = XFormat::new().set_num_format(MONEY_FORMAT);
    let percent = XFormat::new().set_num_format(PERCENT_FORMAT);
    let whole = XFormat::new().set_num_format(WHOLE_FORMAT);
    let date = XFormat::new().set_num_format(DATE_FORMAT);
    let text = XFormat::new().set_text_wrap();
    let general = XFormat::new();
    let title = plan.meta.name.clone();
    book.set_properties(&rust_xlsxwriter::DocProperties::new().set_title(title).set_author("Allianssi"));
    for &kind in kinds {
        let header = kind.header();
        let rows = kind.rows(plan);
        let sheet = book.add_worksheet();
        sheet.set_name(kind.sheet_names()[0])?;
        for (c, h) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &head)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let c = c as u16;
                match v {
                    Value::Text(s) if s.is_empty() => {}
                    Value::Text(s) if s.contains('\n') => {
                        sheet.write_string_with_format(r, c, s, &text)?;
                    }
                    Value::Text(s) => {
                        sheet.write_string(r, c, s)?;
                    }
                    Value::YesNo(_) => {
                        sheet.write_string(r, c, v.cell())?;
                    }
                    Value::Date(None) => {}
                    Value::Date(Some(d)) => {
                        sheet.write_date_with_format(r, c, d, &date)?;
                    }
                    Value::Money(_) | Value::Decimal(_) | Value::Whole(_) | Value::Percent(_) => {
                        let f = match v {
                            Value::Money(_) => &money,
                            Value::Percent(_) => &percent,
                            Value::Whole(_) => &whole,
                            _ => &general,
                        };
                        sheet.write_number_with_format(r, c, v.number().unwrap_or_default(), f)?;
                    }
                }
            }
        }
        for (c, w) in widths(&header, &rows).into_iter().enumerate() {
            sheet.set_column_width(c as u16, w as f64)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, rows.len() as u32, header.len().saturating_sub(1) as u16)?;
    }
    book.save_to_buffer()
}
