//! Numbers: money shown and for typing, short money for chart axes, percentages, shares of a
//! whole, decimals, integers, KRA scores and metric values.

use super::{Locale, MINUS, fixed, locale};
use crate::commercial::KraScore;
use crate::commercial::kra::reported_digits;
use crate::i18n::Language;
use crate::model::money::div_round_half_away;
use crate::model::{Bp, Decimal, Metric, Money};

/// Splits a shown number into its minus sign ("" or "−") and the rest.
fn sign(n: &str) -> (&str, &str) {
    match n.strip_prefix(MINUS) {
        Some(rest) => (&n[..MINUS.len_utf8()], rest),
        None => ("", n),
    }
}

/// `n` with the euro sign where the language puts it: "1,50 €", "€1.50", "−€1.50".
fn euros(n: &str, suffix: &str, l: &Locale) -> String {
    if l.euro_first {
        let (minus, rest) = sign(n);
        format!("{minus}€{rest}{suffix}")
    } else {
        format!("{n}{}{suffix}€", l.unit_space)
    }
}

/// "1 552 246,00 €" (fi, sv), "€1,552,246.00" (en); "−15 000,00 €", "−€15,000.00".
pub fn money(m: Money, lang: Language) -> String {
    let l = locale(lang);
    euros(&fixed(m.cents().into(), 2, false, l.decimal, Some(l.group), MINUS), "", l)
}

/// Money as it is typed and shown in an input field: "1 820 000,50" (fi, sv), "1820000.50"
/// (en), a plain "-" for negatives and no "€". `commercial::parse_euros` reads it back.
pub fn money_input(m: Money, lang: Language) -> String {
    let l = locale(lang);
    fixed(m.cents().into(), 2, false, l.decimal, l.group_typing, '-')
}

/// Money rounded for an axis label: "1,5 M€", "250 k€", "−40 k€", "12 €" (fi, sv);
/// "€1.5M", "€250k" (en). One decimal at most, half away from zero; the unit follows the
/// amount, and a rounding up to 1000 of a unit is one of the next ("1 M€", not "1000 k€").
pub fn money_short(m: Money, lang: Language) -> String {
    /// Cents in a tenth of each unit: euro, thousand, million.
    const UNITS: [(i128, &str); 3] = [(10, ""), (10_000, "k"), (10_000_000, "M")];
    let l = locale(lang);
    let c = i128::from(m.cents());
    let mut i = match c.unsigned_abs() {
        a if a >= 100_000_000 => 2,
        a if a >= 100_000 => 1,
        _ => 0,
    };
    let mut tenths = div_round_half_away(c, UNITS[i].0);
    if tenths.abs() >= 10_000 && i < 2 {
        i += 1;
        tenths = div_round_half_away(c, UNITS[i].0);
    }
    let unit = UNITS[i].1;
    let n = fixed(tenths, 1, true, l.decimal, Some(l.group), MINUS);
    if l.euro_first { euros(&n, unit, l) } else { format!("{n}{}{unit}€", l.unit_space) }
}

/// Basis points as a percentage with at most two decimals: "30 %", "33,33 %" (fi, sv),
/// "12.5%" (en). Not grouped: "1,000%" would read back as 1 %.
pub fn percent(bp: Bp, lang: Language) -> String {
    let l = locale(lang);
    format!("{}{}%", fixed(bp.0.into(), 2, true, l.decimal, None, MINUS), l.percent_space)
}

/// A percentage as it is typed: "12,5" (fi, sv), "12.5" (en), no "%". Read back by
/// `commercial::parse_percent`.
pub fn percent_input(bp: Bp, lang: Language) -> String {
    let l = locale(lang);
    fixed(bp.0.into(), 2, true, l.decimal, None, '-')
}

/// `part` as a percentage of `whole` with one decimal, rounded half away from zero:
/// "12,5 %", "−3,0 %", "12.5%" (en); "0,0 %" when the whole is zero.
pub fn share(part: Money, whole: Money, lang: Language) -> String {
    let l = locale(lang);
    let (p, w) = (i128::from(part.cents()), i128::from(whole.cents()));
    let tenths = match w.signum() {
        0 => 0,
        s => div_round_half_away(p * 1000 * s, w.abs()),
    };
    format!("{}{}%", fixed(tenths, 1, false, l.decimal, None, MINUS), l.percent_space)
}

/// A decimal as shown: "39,2062", "−0,5" (fi, sv), "39.2062" (en); shortest exact form.
pub fn decimal(d: Decimal, lang: Language) -> String {
    fixed(d.raw().into(), 6, true, locale(lang).decimal, None, MINUS)
}

/// A decimal as it is typed: "39,2062", "-0,5" (fi, sv), "-0.5" (en). Read back by
/// `Decimal::from_str`.
pub fn decimal_input(d: Decimal, lang: Language) -> String {
    fixed(d.raw().into(), 6, true, locale(lang).decimal, None, '-')
}

/// A number as typed into a field: "1 204,5", "−3", "39.2062" (spaces and no-break spaces may
/// group the thousands, the minus may be the typographic one); `None` when it is not one.
pub fn read_decimal(text: &str) -> Option<Decimal> {
    let t: String = text.trim().replace('−', "-").chars().filter(|c| !matches!(c, ' ' | '\u{a0}')).collect();
    t.parse().ok()
}

/// A count as typed into a field: "11 331", "2308"; `None` when it is not a whole number ≥ 0.
pub fn read_count(text: &str) -> Option<u64> {
    let t: String = text.chars().filter(|c| !matches!(c, ' ' | '\u{a0}')).collect();
    t.parse().ok()
}

/// A whole number as shown: "12 345", "−40" (fi, sv), "12,345" (en).
pub fn integer(n: i64, lang: Language) -> String {
    let l = locale(lang);
    fixed(n.into(), 0, false, l.decimal, Some(l.group), MINUS)
}

/// A KRA score `S` or a metric's score with four decimals: "0,2041", "−0,2500" (fi, sv),
/// "0.2041" (en).
pub fn score(s: KraScore, lang: Language) -> String {
    fixed(s.0.into(), 4, false, locale(lang).decimal, None, MINUS)
}

/// A metric's value as it is reported (`kra::reported_value`: the activation rate with one
/// decimal, the NPS whole, others with the metric's precision, trailing zeros kept: "35,0");
/// `None` when it is unknown or cannot be computed.
pub fn metric_value(m: &Metric, lang: Language) -> Option<String> {
    let (digits, decimals) = reported_digits(m)?;
    Some(reported(digits, decimals, lang))
}

/// A reported value given as its digits and decimals (`followup::Point::digits`): "16,9",
/// "1 204" (fi, sv), "16.9" (en).
pub fn reported(digits: i128, decimals: u32, lang: Language) -> String {
    let l = locale(lang);
    fixed(digits, decimals, false, l.decimal, Some(l.group), MINUS)
}
