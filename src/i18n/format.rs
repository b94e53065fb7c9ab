//! Every number and date as people read and type it, in one place, for the screens, the command
//! line, the CSV files and the PDF annexes alike: money "1 552 246,00 €", money for typing
//! "1 552 246,00", percentages "30 %", decimals "39,2062", KRA scores "0,2041", dates
//! "22.11.2026". What differs between languages is data (`Locale`), not code: Finnish and
//! Swedish write a decimal comma and group thousands with a no-break space, English writes a
//! decimal point and groups with commas. Shown negatives carry the minus sign U+2212; text for
//! typing carries a plain "-" and is read back by the parsers that read typed text
//! (`commercial::parse_euros`, `commercial::parse_percent`, `Decimal::from_str`).

pub mod cell;
mod date;
mod number;
#[cfg(test)]
mod tests;

pub use date::{date, date_iso, date_time, day_month, time};
pub use number::{
    decimal, decimal_input, integer, metric_value, money, money_input, money_short, percent, percent_input, read_count,
    read_decimal, reported, score, share,
};

use super::Language;

/// The no-break space used as the thousands separator and before "€" and "%".
pub const NBSP: char = '\u{a0}';

/// The minus sign of shown numbers (typing uses the hyphen-minus "-").
pub const MINUS: char = '\u{2212}';

/// How a language writes numbers and dates: the data behind every format here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// The decimal mark.
    pub decimal: char,
    /// Between groups of three digits in shown numbers.
    pub group: char,
    /// Between groups of three digits in money for typing; `None`: not grouped (where the
    /// group mark could be read as a decimal mark).
    pub group_typing: Option<char>,
    /// "€" before the amount ("€1.50") rather than after it ("1,50 €").
    pub euro_first: bool,
    /// Between a number and a unit after it ("30 %", "1,50 €").
    pub unit_space: &'static str,
    /// Between a number and "%".
    pub percent_space: &'static str,
    /// The date pattern (chrono).
    pub date: &'static str,
    /// The date-and-time pattern (chrono).
    pub date_time: &'static str,
    /// The time-of-day pattern (chrono): "9.30", "09:30".
    pub time: &'static str,
    /// A day of a month without the year, given the month's short name: "22.11.", "Nov 22".
    pub day_month: DayMonth,
}

/// How a day and month are written without the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayMonth {
    /// "22.11." (the numbers).
    Numeric,
    /// "Nov 22" (the month's name, then the day).
    NameFirst,
}

const FI: Locale = Locale {
    decimal: ',',
    group: NBSP,
    group_typing: Some(' '),
    euro_first: false,
    unit_space: "\u{a0}",
    percent_space: "\u{a0}",
    date: "%-d.%-m.%Y",
    date_time: "%-d.%-m.%Y klo %-H.%M",
    time: "%H.%M",
    day_month: DayMonth::Numeric,
};

const SV: Locale = Locale { date_time: "%-d.%-m.%Y kl. %-H.%M", ..FI };

const EN: Locale = Locale {
    decimal: '.',
    group: ',',
    group_typing: None,
    euro_first: true,
    unit_space: "",
    percent_space: "",
    date: "%Y-%m-%d",
    date_time: "%Y-%m-%d at %H:%M",
    time: "%H:%M",
    day_month: DayMonth::NameFirst,
};

/// The number and date conventions of a language.
pub fn locale(lang: Language) -> &'static Locale {
    match lang {
        Language::Fi => &FI,
        Language::Sv => &SV,
        Language::En => &EN,
    }
}

/// A signed fixed-point number: `value` in units of 10^-`decimals`, written with `mark`, the
/// integer part grouped by `group`, trailing fractional zeros dropped when `trim` (the mark
/// too when nothing is left), and `minus` before a negative number. Every format builds on it.
pub(crate) fn fixed(value: i128, decimals: u32, trim: bool, mark: char, group: Option<char>, minus: char) -> String {
    let scale = 10u128.pow(decimals);
    let a = value.unsigned_abs();
    let int = (a / scale).to_string();
    let mut out = String::with_capacity(int.len() + int.len() / 3 + decimals as usize + 3);
    if value < 0 {
        out.push(minus);
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            if let Some(g) = group {
                out.push(g);
            }
        }
        out.push(c);
    }
    if decimals > 0 {
        let frac = format!("{:0width$}", a % scale, width = decimals as usize);
        let frac = if trim { frac.trim_end_matches('0') } else { frac.as_str() };
        if !frac.is_empty() {
            out.push(mark);
            out.push_str(frac);
        }
    }
    out
}
