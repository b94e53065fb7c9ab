//! Exact numbers: `Money` (integer cents, checked arithmetic), `Bp` (basis points, 10 000 =
//! 100 %) and `Decimal` (fixed point with six decimals, written as a string in files). No `f64`.

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An amount of money in euro cents. All arithmetic is checked; overflow is an error, never a
/// wrap-around.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(pub i64);

/// The largest amount a plan may hold: one hundred billion euros. Amounts beyond it are
/// reported by the rules; sums of many such amounts still fit in `i64`.
pub const MONEY_LIMIT: Money = Money(10_000_000_000_000);

impl Money {
    pub const ZERO: Money = Money(0);

    /// Whole euros to money.
    pub const fn euros(e: i64) -> Money {
        Money(e * 100)
    }

    pub const fn cents(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// Sum of many amounts, `None` on overflow.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(items: I) -> Option<Money> {
        items.into_iter().try_fold(Money::ZERO, Money::checked_add)
    }

    /// `self × bp / 10 000`, rounded half away from zero; `None` on overflow.
    pub fn percent_of(self, bp: Bp) -> Option<Money> {
        let n = i128::from(self.0) * i128::from(bp.0);
        i64::try_from(div_round_half_away(n, 10_000)).ok().map(Money)
    }

    /// Whether the amount lies within ±`MONEY_LIMIT`.
    pub fn is_within_limit(self) -> bool {
        self.0.unsigned_abs() <= MONEY_LIMIT.0.unsigned_abs()
    }
}

/// Integer division rounding half away from zero. `den` must be positive.
pub fn div_round_half_away(num: i128, den: i128) -> i128 {
    debug_assert!(den > 0);
    let q = num / den;
    let r = num % den;
    if 2 * r.abs() >= den { q + num.signum() } else { q }
}

impl fmt::Display for Money {
    /// Plain machine form, `-1234.56`; user-facing formats live in `i18n::format`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

/// A share or percentage in basis points: 10 000 = 100 %, 50 = 0.5 %.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Bp(pub u32);

impl Bp {
    pub const ZERO: Bp = Bp(0);
    pub const HUNDRED_PERCENT: Bp = Bp(10_000);

    /// Whole percent to basis points.
    pub const fn percent(p: u32) -> Bp {
        Bp(p * 100)
    }
}

/// A fixed-point decimal with six decimals, for metric values and levels, person-years and
/// counts that are not money. Written in files as a string such as `"39.2062"`, so no binary
/// floating point ever touches it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(i64);

impl Decimal {
    pub const SCALE: i64 = 1_000_000;

    /// How many decimals the number has (trailing zeros do not count): 0 for 35, 1 for 35.5.
    pub fn decimals(self) -> u32 {
        let mut frac = (self.0 % Self::SCALE).unsigned_abs();
        if frac == 0 {
            return 0;
        }
        let mut n = 6;
        while frac % 10 == 0 {
            frac /= 10;
            n -= 1;
        }
        n
    }
    pub const ZERO: Decimal = Decimal(0);
    /// Largest magnitude accepted from a file: one thousand billion.
    pub const LIMIT: i64 = 1_000_000_000_000 * Self::SCALE;

    pub const fn from_int(i: i64) -> Decimal {
        Decimal(i * Self::SCALE)
    }

    /// From raw millionths.
    pub const fn from_raw(raw: i64) -> Decimal {
        Decimal(raw)
    }

    /// Millionths.
    pub const fn raw(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        self.0.checked_add(other.0).map(Decimal)
    }
}

/// Why a decimal string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a decimal number: write digits with at most six decimals, e.g. 39.2062")]
pub struct DecimalError(pub String);

impl FromStr for Decimal {
    type Err = DecimalError;

    /// Accepts `12`, `-0.5`, `39,2062` (decimal comma) with up to six decimals.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DecimalError(s.to_string());
        let t = s.trim();
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let (int, frac) = match body.find(['.', ',']) {
            Some(i) => (&body[..i], &body[i + 1..]),
            None => (body, ""),
        };
        let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() && frac.is_empty() || !digits(int) || !digits(frac) || frac.len() > 6 {
            return Err(err());
        }
        if int.len() > 13 {
            return Err(err());
        }
        let i: i64 = if int.is_empty() { 0 } else { int.parse().map_err(|_| err())? };
        let mut f: i64 = if frac.is_empty() { 0 } else { frac.parse().map_err(|_| err())? };
        for _ in frac.len()..6 {
            f *= 10;
        }
        let v = i.checked_mul(Self::SCALE).and_then(|v| v.checked_add(f)).ok_or_else(err)?;
        if v > Self::LIMIT {
            return Err(err());
        }
        Ok(Decimal(if neg { -v } else { v }))
    }
}

impl fmt::Display for Decimal {
    /// Shortest exact form: `39.2062`, `20`, `-0.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        let int = a / Self::SCALE as u64;
        let frac = a % Self::SCALE as u64;
        if frac == 0 {
            write!(f, "{sign}{int}")
        } else {
            let s = format!("{frac:06}");
            write!(f, "{sign}{int}.{}", s.trim_end_matches('0'))
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_parse_and_print() {
        for (text, raw, back) in [
            ("39.2062", 39_206_200, "39.2062"),
            ("20", 20_000_000, "20"),
            ("-0.5", -500_000, "-0.5"),
            ("0,25", 250_000, "0.25"),
            (".5", 500_000, "0.5"),
            ("180.000000", 180_000_000, "180"),
        ] {
            let d: Decimal = text.parse().unwrap();
            assert_eq!(d.raw(), raw, "{text}");
            assert_eq!(d.to_string(), back);
        }
        for bad in ["", "-", "1e5", "1.2345678", "abc", "1.2.3", "99999999999999", "inf", "NaN"] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
    }

    #[test]
    fn money_rounding_half_away_from_zero() {
        assert_eq!(Money(5).percent_of(Bp(5000)), Some(Money(3)));
        assert_eq!(Money(-5).percent_of(Bp(5000)), Some(Money(-3)));
        assert_eq!(Money(4).percent_of(Bp(5000)), Some(Money(2)));
        assert_eq!(Money::euros(380_000).percent_of(Bp(3000)), Some(Money::euros(114_000)));
        assert_eq!(Money(i64::MAX).checked_add(Money(1)), None);
        assert_eq!(Money(-123_456).to_string(), "-1234.56");
    }
}
