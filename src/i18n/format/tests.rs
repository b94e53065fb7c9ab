//! Table-driven cases of every format in fi, sv and en (negatives, zero, rounding, large values,
//! the i64 extremes), and round trips: what the formatter writes for typing, the parsers read
//! back as the same value.

use super::*;
use crate::commercial::{self, KraScore};
use crate::model::{Actual, Bp, Decimal, Money};
use chrono::NaiveDate;
use proptest::prelude::*;

const FI: Language = Language::Fi;
const SV: Language = Language::Sv;
const EN: Language = Language::En;

/// Test text with "_" for a no-break space, so the tables stay readable.
fn nb(s: &str) -> String {
    s.replace('_', "\u{a0}")
}

#[test]
fn money_shown() {
    let cases: &[(i64, Language, &str)] = &[
        (155_224_600, FI, "1_552_246,00_€"),
        (155_224_600, SV, "1_552_246,00_€"),
        (155_224_600, EN, "€1,552,246.00"),
        (0, FI, "0,00_€"),
        (0, EN, "€0.00"),
        (5, FI, "0,05_€"),
        (-5, FI, "−0,05_€"),
        (-5, EN, "−€0.05"),
        (-1_500_000, SV, "−15_000,00_€"),
        (99_999, FI, "999,99_€"),
        (100_000, FI, "1_000,00_€"),
        (100_000, EN, "€1,000.00"),
        (i64::MAX, FI, "92_233_720_368_547_758,07_€"),
        (i64::MIN, FI, "−92_233_720_368_547_758,08_€"),
        (i64::MIN, EN, "−€92,233,720,368,547,758.08"),
    ];
    for &(cents, lang, want) in cases {
        assert_eq!(money(Money(cents), lang), nb(want), "{cents} {lang}");
    }
}

#[test]
fn money_for_typing() {
    let cases: &[(i64, Language, &str)] = &[
        (182_000_050, FI, "1 820 000,50"),
        (182_000_050, SV, "1 820 000,50"),
        (182_000_050, EN, "1820000.50"),
        (0, FI, "0,00"),
        (0, EN, "0.00"),
        (-1, FI, "-0,01"),
        (-123_456, EN, "-1234.56"),
        (99_999, FI, "999,99"),
        (100_000, FI, "1 000,00"),
        (i64::MIN, FI, "-92 233 720 368 547 758,08"),
        (i64::MAX, EN, "92233720368547758.07"),
    ];
    for &(cents, lang, want) in cases {
        assert_eq!(money_input(Money(cents), lang), want, "{cents} {lang}");
    }
}

#[test]
fn money_on_axes() {
    let cases: &[(i64, Language, &str)] = &[
        (150_000_000, FI, "1,5_M€"),
        (150_000_000, EN, "€1.5M"),
        (25_000_000, FI, "250_k€"),
        (-4_000_000, SV, "−40_k€"),
        (-4_000_000, EN, "−€40k"),
        (1_200, FI, "12_€"),
        (1_234, FI, "12,3_€"),
        (0, FI, "0_€"),
        (0, EN, "€0"),
        // Rounding moves to the next unit: 999 999 € is 1 M€, not "1000 k€".
        (99_999_900, FI, "1_M€"),
        (99_949, FI, "999,5_€"),
        (99_995, FI, "1_k€"),
        (-99_995, EN, "−€1k"),
        (104_999_999, FI, "1_M€"),
        (105_000_000, FI, "1,1_M€"),
        (i64::MAX, EN, "€92,233,720,368.5M"),
        (i64::MIN, FI, "−92_233_720_368,5_M€"),
    ];
    for &(cents, lang, want) in cases {
        assert_eq!(money_short(Money(cents), lang), nb(want), "{cents} {lang}");
    }
}

#[test]
fn percentages() {
    let cases: &[(u32, Language, &str, &str)] = &[
        (3000, FI, "30_%", "30"),
        (3000, EN, "30%", "30"),
        (3333, SV, "33,33_%", "33,33"),
        (1250, EN, "12.5%", "12.5"),
        (1205, FI, "12,05_%", "12,05"),
        (1, FI, "0,01_%", "0,01"),
        (0, FI, "0_%", "0"),
        (10_000, EN, "100%", "100"),
        (100_000, FI, "1000_%", "1000"),
        (100_000, EN, "1000%", "1000"),
        (u32::MAX, EN, "42949672.95%", "42949672.95"),
    ];
    for &(bp, lang, shown, typed) in cases {
        assert_eq!(percent(Bp(bp), lang), nb(shown), "{bp} {lang}");
        assert_eq!(percent_input(Bp(bp), lang), typed, "{bp} {lang}");
    }
}

#[test]
fn shares_of_a_whole() {
    let cases: &[(i64, i64, Language, &str)] = &[
        (125, 1000, FI, "12,5_%"),
        (125, 1000, EN, "12.5%"),
        (1, 3, FI, "33,3_%"),
        (2, 3, FI, "66,7_%"),
        // Half away from zero: 0.05 % of the whole rounds to 0,1 %, −0.05 % to −0,1 %.
        (1, 2000, FI, "0,1_%"),
        (-1, 2000, FI, "−0,1_%"),
        (1, 2001, FI, "0,0_%"),
        (-30, 1000, SV, "−3,0_%"),
        (30, -1000, SV, "−3,0_%"),
        (-30, -1000, SV, "3,0_%"),
        (5, 0, FI, "0,0_%"),
        (1000, 1000, EN, "100.0%"),
        (i64::MAX, 1, FI, "922337203685477580700,0_%"),
        (i64::MIN, i64::MIN, FI, "100,0_%"),
    ];
    for &(part, whole, lang, want) in cases {
        assert_eq!(share(Money(part), Money(whole), lang), nb(want), "{part}/{whole} {lang}");
    }
}

#[test]
fn decimals_integers_and_scores() {
    let d = |s: &str| s.parse::<Decimal>().expect("decimal");
    let cases: &[(&str, Language, &str, &str)] = &[
        ("39.2062", FI, "39,2062", "39,2062"),
        ("39.2062", EN, "39.2062", "39.2062"),
        ("-0.5", SV, "−0,5", "-0,5"),
        ("-0.5", EN, "−0.5", "-0.5"),
        ("0", FI, "0", "0"),
        ("20.000000", FI, "20", "20"),
        ("0.000001", FI, "0,000001", "0,000001"),
        ("1000000", FI, "1000000", "1000000"),
    ];
    for &(raw, lang, shown, typed) in cases {
        assert_eq!(decimal(d(raw), lang), shown, "{raw} {lang}");
        assert_eq!(decimal_input(d(raw), lang), typed, "{raw} {lang}");
    }
    assert_eq!(decimal_input(Decimal::from_raw(i64::MIN), FI), "-9223372036854,775808");
    assert_eq!(decimal(Decimal::from_raw(i64::MAX), EN), "9223372036854.775807");

    assert_eq!(integer(12_345, FI), nb("12_345"));
    assert_eq!(integer(12_345, EN), "12,345");
    assert_eq!(integer(-40, SV), "−40");
    assert_eq!(integer(0, EN), "0");
    assert_eq!(integer(i64::MIN, EN), "−9,223,372,036,854,775,808");

    for (s, lang, want) in [
        (2041, FI, "0,2041"),
        (2041, EN, "0.2041"),
        (-2500, SV, "−0,2500"),
        (0, FI, "0,0000"),
        (-1, EN, "−0.0001"),
        (10_000, FI, "1,0000"),
        (i64::MIN, FI, "−922337203685477,5808"),
    ] {
        assert_eq!(score(KraScore(s), lang), want, "{s} {lang}");
    }
}

/// A metric with levels 30 / 35 / 40 (or the given ones) and an actual value.
fn metric(actual: Actual, levels: [&str; 3], decimals: Option<u8>) -> crate::model::Metric {
    let d = |s: &str| s.parse::<Decimal>().expect("decimal");
    crate::model::Metric {
        id: crate::model::MetricId(1),
        name: String::new(),
        definition: String::new(),
        source: String::new(),
        unit: "%".into(),
        direction: crate::model::Direction::HigherIsBetter,
        minimum: d(levels[0]),
        target: d(levels[1]),
        excellent: d(levels[2]),
        weight: Bp(10_000),
        actual,
        decimals,
    }
}

#[test]
fn metric_values_as_reported() {
    let v = |s: &str| Actual::Value(s.parse().expect("decimal"));
    let change =
        |old: &str, new: &str| Actual::Change { old: old.parse().expect("old"), new: new.parse().expect("new") };
    let whole = ["30", "35", "40"];
    for (actual, levels, decimals, lang, want) in [
        (Actual::Unknown, whole, None, FI, None),
        // An entered value keeps its own decimals.
        (v("39.2062"), whole, None, FI, Some("39,2062")),
        (v("39.2062"), whole, None, EN, Some("39.2062")),
        (v("39.2062"), whole, Some(1), FI, Some("39,2")),
        (v("12345.6"), whole, None, FI, Some("12\u{a0}345,6")),
        // 1 of 3 in services: 33.3 % (one decimal, half up, by definition).
        (Actual::ActivationRate { unemployed: 2, in_services: 1 }, whole, Some(3), FI, Some("33,3")),
        (Actual::ActivationRate { unemployed: 0, in_services: 0 }, whole, None, FI, None),
        (Actual::Nps { promoters: 1, passives: 0, detractors: 3 }, whole, None, SV, Some("−50")),
        // A change: the precision of the levels, trailing zeros kept (was "35" for 35,0).
        (change("100", "135"), ["30.0", "35.5", "40.0"], None, FI, Some("35,0")),
        (change("100", "135"), whole, None, FI, Some("35")),
        (change("100", "135"), whole, Some(1), FI, Some("35,0")),
        (change("300", "301"), whole, Some(2), FI, Some("0,33")),
        (change("300", "299"), whole, Some(1), FI, Some("−0,3")),
        (change("0", "5"), whole, None, FI, None),
    ] {
        let m = metric(actual.clone(), levels, decimals);
        assert_eq!(metric_value(&m, lang).as_deref(), want, "{actual:?} {levels:?} {decimals:?}");
    }
}

#[test]
fn dates() {
    let d = NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    assert_eq!(date(d, FI), "2.11.2026");
    assert_eq!(date(d, SV), "2.11.2026");
    assert_eq!(date(d, EN), "2026-11-02");
    assert_eq!(date_iso(d), "2026-11-02");
    let t = d.and_hms_opt(9, 5, 0).expect("time");
    assert_eq!(date_time(t, FI), "2.11.2026 klo 9.05");
    assert_eq!(date_time(t, SV), "2.11.2026 kl. 9.05");
    assert_eq!(date_time(t, EN), "2026-11-02 at 09:05");
    // Typed dates are read in the form shown, in every language.
    for lang in Language::ALL {
        assert_eq!(crate::csvio::parse_date(&date(d, lang)), Some(d), "{lang}");
    }
}

#[test]
fn csv_cells() {
    assert_eq!(cell::money(Money(-123_456)), "-1234,56");
    assert_eq!(cell::money(Money(5)), "0,05");
    assert_eq!(cell::money(Money(182_000_050)), "1820000,50");
    assert_eq!(cell::percent(Bp(1250)), "12,5");
    assert_eq!(cell::percent(Bp(1205)), "12,05");
    assert_eq!(cell::percent(Bp(10_000)), "100");
    assert_eq!(cell::decimal("-0.25".parse().expect("decimal")), "-0,25");
    assert_eq!(cell::decimal(Decimal::from_int(2)), "2");
    assert_eq!(cell::date(None), "");
    assert_eq!(cell::date(NaiveDate::from_ymd_opt(2026, 3, 31)), "2026-03-31");
}

/// Reads a typed decimal the way the screens do (spaces and a shown minus allowed).
fn read_decimal(s: &str) -> Option<Decimal> {
    s.replace(['\u{a0}', ' '], "").replace(MINUS, "-").parse().ok()
}

proptest! {
    #[test]
    fn typed_money_reads_back(cents in -crate::model::money::MONEY_LIMIT.0..=crate::model::money::MONEY_LIMIT.0) {
        for lang in Language::ALL {
            let m = Money(cents);
            prop_assert_eq!(commercial::parse_euros(&money_input(m, lang)), Ok(m), "{}", lang);
            // An amount copied from the screen reads back too where the group mark cannot be
            // taken for a decimal mark.
            if lang != EN {
                prop_assert_eq!(commercial::parse_euros(&money(m, lang)), Ok(m), "{}", lang);
            }
        }
        prop_assert_eq!(commercial::parse_euros(&cell::money(Money(cents))), Ok(Money(cents)));
    }

    #[test]
    fn typed_money_beyond_the_limit_is_refused_not_misread(cents in any::<i64>()) {
        prop_assume!(!Money(cents).is_within_limit());
        for lang in Language::ALL {
            prop_assert!(commercial::parse_euros(&money_input(Money(cents), lang)).is_err());
        }
    }

    #[test]
    fn typed_percent_reads_back(bp in 0u32..=100_000) {
        for lang in Language::ALL {
            prop_assert_eq!(commercial::parse_percent(&percent_input(Bp(bp), lang)), Ok(Bp(bp)), "{}", lang);
            prop_assert_eq!(commercial::parse_percent(&percent(Bp(bp), lang)), Ok(Bp(bp)), "{}", lang);
        }
        prop_assert_eq!(commercial::parse_percent(&cell::percent(Bp(bp))), Ok(Bp(bp)));
        if bp <= 10_000 {
            prop_assert_eq!(crate::csvio::parse_percent(&percent_input(Bp(bp), FI)), Some(Bp(bp)));
        }
    }

    #[test]
    fn typed_decimal_reads_back(raw in -Decimal::LIMIT..=Decimal::LIMIT) {
        let d = Decimal::from_raw(raw);
        for lang in Language::ALL {
            prop_assert_eq!(decimal_input(d, lang).parse::<Decimal>(), Ok(d), "{}", lang);
            prop_assert_eq!(read_decimal(&decimal(d, lang)), Some(d), "{}", lang);
        }
        prop_assert_eq!(cell::decimal(d).parse::<Decimal>(), Ok(d));
    }

    #[test]
    fn typed_score_reads_back(e4 in -10_000i64..=10_000) {
        for lang in Language::ALL {
            prop_assert_eq!(score(KraScore(e4), lang).parse::<KraScore>(), Ok(KraScore(e4)), "{}", lang);
        }
    }
}

/// Numbers as typed into a field: grouped by spaces, with either minus; near misses refused.
#[test]
fn typed_numbers_are_read_with_their_grouping_and_minus() {
    let d = |s: &str| s.parse::<Decimal>().expect("decimal");
    assert_eq!(read_decimal("1 204,5"), Some(d("1204.5")));
    assert_eq!(read_decimal("\u{a0}−3 "), Some(d("-3")));
    assert_eq!(read_decimal("39.2062"), Some(d("39.2062")));
    assert_eq!(read_decimal("12 kiloa"), None);
    assert_eq!(read_decimal(""), None);
    assert_eq!(read_count("11 331"), Some(11_331));
    assert_eq!(read_count("2308,5"), None, "a count has no decimals");
    assert_eq!(read_count("-1"), None, "nor a sign");
}
