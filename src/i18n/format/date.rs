//! Dates: "22.11.2026" (fi, sv) or "2026-11-22" (en), with a time "12.5.2026 klo 9.30", and
//! the ISO form of files.

use super::locale;
use crate::i18n::Language;
use chrono::{NaiveDate, NaiveDateTime};

/// "22.11.2026" (fi, sv) or "2026-11-22" (en). Typed dates are read in either form.
pub fn date(d: NaiveDate, lang: Language) -> String {
    d.format(locale(lang).date).to_string()
}

/// "12.5.2026 klo 9.30" (fi), "12.5.2026 kl. 9.30" (sv), "2026-05-12 at 09:30" (en).
pub fn date_time(t: NaiveDateTime, lang: Language) -> String {
    t.format(locale(lang).date_time).to_string()
}

/// "09.30" (fi, sv), "09:30" (en): a time of day.
pub fn time(t: NaiveDateTime, lang: Language) -> String {
    t.format(locale(lang).time).to_string()
}

/// A day of a month without the year, the month named by `month_name` where the language puts
/// names: "22.11." (fi, sv), "Nov 22" (en).
pub fn day_month(d: NaiveDate, month_name: &str, lang: Language) -> String {
    use chrono::Datelike;
    match locale(lang).day_month {
        super::DayMonth::Numeric => format!("{}.{}.", d.day(), d.month()),
        super::DayMonth::NameFirst => format!("{month_name} {}", d.day()),
    }
}

/// "2026-11-22", whatever the language (CSV files, file names).
pub fn date_iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
