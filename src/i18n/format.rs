//! Number and date formats: money "1 552 246,00 €", percentages "30 %", dates "22.11.2026".
//! Finnish and Swedish use a no-break space between thousands and a decimal comma.

use super::Language;
use crate::model::{Bp, Decimal, Money};
use chrono::NaiveDate;

/// The no-break space used as the thousands separator and before "€" and "%".
pub const NBSP: char = '\u{a0}';

fn group_thousands(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// "1 552 246,00 €" (fi, sv) or "€1,552,246.00" (en); negative amounts with a minus sign.
pub fn money(m: Money, lang: Language) -> String {
    let sign = if m.cents() < 0 { "−" } else { "" };
    let a = m.cents().unsigned_abs();
    let (euros, cents) = ((a / 100).to_string(), a % 100);
    match lang {
        Language::Fi | Language::Sv => format!("{sign}{},{cents:02}{NBSP}€", group_thousands(&euros, NBSP)),
        Language::En => format!("{sign}€{}.{cents:02}", group_thousands(&euros, ',')),
    }
}

/// Basis points as a percentage with at most two decimals: "30 %", "33,33 %", "30%" (en).
pub fn percent(bp: Bp, lang: Language) -> String {
    let (int, frac) = (bp.0 / 100, bp.0 % 100);
    let num = match (frac, lang) {
        (0, _) => int.to_string(),
        (f, Language::En) => format!("{int}.{}", format!("{f:02}").trim_end_matches('0')),
        (f, _) => format!("{int},{}", format!("{f:02}").trim_end_matches('0')),
    };
    match lang {
        Language::En => format!("{num}%"),
        _ => format!("{num}{NBSP}%"),
    }
}

/// A decimal with the language's decimal mark: "39,2062" (fi, sv), "39.2062" (en).
pub fn decimal(d: Decimal, lang: Language) -> String {
    let s = d.to_string().replace('-', "−");
    match lang {
        Language::En => s,
        _ => s.replace('.', ","),
    }
}

/// "22.11.2026" (fi, sv) or "2026-11-22" (en).
pub fn date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Fi | Language::Sv => d.format("%-d.%-m.%Y").to_string(),
        Language::En => d.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let nb = |s: &str| s.replace(' ', "\u{a0}");
        let cases = [
            (Money(155_224_600), Language::Fi, nb("1 552 246,00 €")),
            (Money(-1_500_000), Language::Sv, nb("−15 000,00 €")),
            (Money(5), Language::Fi, nb("0,05 €")),
            (Money(100_000), Language::Fi, nb("1 000,00 €")),
            (Money(155_224_600), Language::En, "€1,552,246.00".to_string()),
        ];
        for (m, l, want) in cases {
            assert_eq!(money(m, l), want);
        }
        assert_eq!(percent(Bp(3000), Language::Fi), nb("30 %"));
        assert_eq!(percent(Bp(3333), Language::Fi), nb("33,33 %"));
        assert_eq!(percent(Bp(1250), Language::En), "12.5%");
        let d = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(date(d, Language::Fi), "2.11.2026");
        assert_eq!(date(d, Language::En), "2026-11-02");
        assert_eq!(decimal("39.2062".parse().unwrap(), Language::Fi), "39,2062");
    }
}
