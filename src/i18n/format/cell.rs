//! Cells of the CSV files, as Finnish Excel reads and writes them whatever the interface
//! language: "1234,50" (no thousands separator, plain "-"), "12,5", "1,5", "2026-03-31".

use super::{fixed, locale};
use crate::i18n::Language;
use crate::model::{Bp, Decimal, Money};
use chrono::NaiveDate;

fn mark() -> char {
    locale(Language::Fi).decimal
}

/// Money: "1234,50", "-12,00".
pub fn money(m: Money) -> String {
    fixed(m.cents().into(), 2, false, mark(), None, '-')
}

/// A decimal with a comma, trailing zeros dropped: "1,5", "2", "-0,25".
pub fn decimal(d: Decimal) -> String {
    fixed(d.raw().into(), 6, true, mark(), None, '-')
}

/// Basis points as a percentage with a comma: "12,5", "12,05", "100".
pub fn percent(b: Bp) -> String {
    fixed(b.0.into(), 2, true, mark(), None, '-')
}

/// A date as YYYY-MM-DD, empty for none.
pub fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, super::date_iso)
}
