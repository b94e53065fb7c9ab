//! Key result areas (domain guide §4 and §5): each metric's actual value as an exact rational,
//! its score in [−1, +1] from the three levels, the weighted score `S` rounded to four decimals,
//! and `KRA_raw = round(S · KRA_pool)` in cents. The one-decimal activation rate and the integer
//! NPS of §5 are display roundings only; scores always use the unrounded values.

use super::Error;
use super::exact::Ratio;
use crate::model::money::div_round_half_away;
use crate::model::{Actual, Bp, Budget, Decimal, Direction, Metric, MetricId, Money};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A weighted KRA score `S` in ten-thousandths: `2041` is 0.2041, `-2500` is −0.25.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct KraScore(pub i64);

impl KraScore {
    /// One in ten-thousandths.
    pub const ONE: i64 = 10_000;
}

impl FromStr for KraScore {
    type Err = Error;

    /// Accepts `0.2041`, `-0,25`, `−0.25`, `+1`: at most four decimals, between −1 and +1.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || Error::BadScore(s.to_string());
        let d: Decimal = s.trim().replace('−', "-").parse().map_err(|_| err())?;
        if d.raw() % 100 != 0 || d.raw().abs() > Decimal::SCALE {
            return Err(err());
        }
        Ok(KraScore(d.raw() / 100))
    }
}

impl fmt::Display for KraScore {
    /// Machine form with four decimals: `0.2041`, `-0.2500`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:04}", a / 10_000, a % 10_000)
    }
}

/// Where `S` came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum KraSource {
    /// Computed from the plan's metrics and their actual values.
    Metrics,
    /// Given by the user (e.g. `--kra-score`), overriding the metrics.
    Given,
}

/// One metric's contribution to `S`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetricScore {
    pub metric: MetricId,
    pub weight: Bp,
    /// Whether the actual value is known and computable; an unmeasured metric scores 0.
    pub measured: bool,
    /// The exact actual value (after computing it from counts), when measured.
    #[serde(skip)]
    pub value: Option<Ratio>,
    /// The exact score in [−1, +1].
    #[serde(skip)]
    pub score: Ratio,
    /// The score rounded to four decimals half away from zero, for display only.
    pub score_e4: i64,
}

/// The KRA limb of the incentive before the combined cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Kra {
    pub source: KraSource,
    /// Every metric in plan order; empty when `S` was given.
    pub metrics: Vec<MetricScore>,
    /// `S`, rounded to four decimals.
    pub score: KraScore,
    /// `KRA_pool`, the euro value of a score of ±1.
    pub pool: Money,
    /// `KRA_raw = round(S · KRA_pool)`, half away from zero.
    pub raw: Money,
}

/// The exact actual value of a metric, `None` when it is unknown or cannot be computed (no
/// answers, nobody in the denominator, a change from zero).
pub fn metric_value(actual: &Actual) -> Option<Ratio> {
    match *actual {
        Actual::Unknown => None,
        Actual::Value(d) => Some(Ratio::from_decimal(d)),
        Actual::ActivationRate { unemployed, in_services } => {
            let n = u128::from(unemployed) + u128::from(in_services);
            Ratio::new(100 * i128::from(in_services), i128::try_from(n).ok()?)
        }
        Actual::Nps { promoters, passives, detractors } => {
            let n = u128::from(promoters) + u128::from(passives) + u128::from(detractors);
            Ratio::new(100 * (i128::from(promoters) - i128::from(detractors)), i128::try_from(n).ok()?)
        }
        Actual::Change { old, new } => {
            Ratio::new(100 * (i128::from(new.raw()) - i128::from(old.raw())), i128::from(old.raw()))
        }
        Actual::Share { numerator, denominator } => Ratio::new(100 * i128::from(numerator), i128::from(denominator)),
    }
}

/// The score of a value against the three levels: minimum → −1, target → 0, excellent → +1,
/// linear in between and clamped; for "lower is better" value and levels are negated first.
pub fn level_score(value: &Ratio, metric: &Metric) -> Result<Ratio, Error> {
    let mut v = value.clone();
    let mut min = Ratio::from_decimal(metric.minimum);
    let mut target = Ratio::from_decimal(metric.target);
    let mut excellent = Ratio::from_decimal(metric.excellent);
    if metric.direction == Direction::LowerIsBetter {
        (v, min, target, excellent) = (v.neg(), min.neg(), target.neg(), excellent.neg());
    }
    if !(min < target && target < excellent) {
        return Err(Error::LevelsNotOrdered { metric: metric.id, name: metric.name.clone() });
    }
    let score = if v <= min {
        Ratio::integer(-1)
    } else if v >= excellent {
        Ratio::integer(1)
    } else if v <= target {
        v.sub(&target).div(&target.sub(&min)).ok_or(Error::Overflow)?
    } else {
        v.sub(&target).div(&excellent.sub(&target)).ok_or(Error::Overflow)?
    };
    Ok(score)
}

/// A metric's value as it is reported: rounded to the metric's precision (`Metric::precision`),
/// the activation rate half up as domain guide §5 defines it, everything else half away from
/// zero. What the annex prints is what is scored: an NPS of 48,33 is reported and scored as 48.
pub fn reported_value(metric: &Metric) -> Option<Ratio> {
    let (scaled, scale) = reported_scaled(metric)?;
    Ratio::new(scaled, scale)
}

/// The reported value times `10^precision`, and that scale.
fn reported_scaled(metric: &Metric) -> Option<(i128, i128)> {
    let decimals = metric.precision();
    Some((rounded(&metric.actual, decimals)?, i128::try_from(10u128.pow(decimals)).ok()?))
}

/// A metric's actual value times `10^decimals`, rounded as the model rounds it: the activation
/// rate half up (§5), everything else half away from zero. The one rounding of metric values,
/// for scoring and for display alike.
fn rounded(actual: &Actual, decimals: u32) -> Option<i128> {
    let exact = metric_value(actual)?;
    let scale = 10u128.pow(decimals);
    match actual {
        Actual::ActivationRate { .. } => exact.round_half_up(scale),
        _ => exact.round_half_away(scale),
    }
}

/// The reported value in units of its last decimal and the number of decimals ("35,0" is
/// `(350, 1)`), for formatting; `None` when unmeasured.
pub fn reported_digits(metric: &Metric) -> Option<(i128, u32)> {
    reported_scaled(metric).map(|(scaled, _)| (scaled, metric.precision()))
}

/// One metric's reported value and score; an unmeasured metric scores 0 whatever its levels.
pub fn metric_score(metric: &Metric) -> Result<MetricScore, Error> {
    let value = reported_value(metric);
    let score = match &value {
        Some(v) => level_score(v, metric)?,
        None => Ratio::zero(),
    };
    let score_e4 = score.round_half_away(10_000).ok_or(Error::Overflow)? as i64;
    Ok(MetricScore { metric: metric.id, weight: metric.weight, measured: value.is_some(), value, score, score_e4 })
}

/// `S = round(Σ w_k · s_k, 4 decimals)` from the exact metric scores, half away from zero.
pub fn weighted_score(scores: &[MetricScore]) -> Result<KraScore, Error> {
    // With w_k in basis points, Σ w_k · s_k is S in ten-thousandths already.
    let sum =
        scores.iter().fold(Ratio::zero(), |acc, s| acc.add(&s.score.mul(&Ratio::integer(i128::from(s.weight.0)))));
    let s = sum.round_half_away(1).ok_or(Error::Overflow)?;
    i64::try_from(s).map(KraScore).map_err(|_| Error::Overflow)
}

/// `KRA_raw = round(S · pool)` in cents, half away from zero.
pub fn kra_amount(score: KraScore, pool: Money) -> Result<Money, Error> {
    let cents = div_round_half_away(i128::from(score.0) * i128::from(pool.cents()), 10_000);
    i64::try_from(cents).map(Money).map_err(|_| Error::Overflow)
}

/// The KRA limb of a budget, from its metrics or from a given `S`.
pub fn kra(budget: &Budget, given: Option<KraScore>) -> Result<Kra, Error> {
    let (source, metrics, score) = match given {
        Some(s) => (KraSource::Given, Vec::new(), s),
        None => {
            let metrics = budget.metrics.iter().map(metric_score).collect::<Result<Vec<_>, _>>()?;
            let s = weighted_score(&metrics)?;
            (KraSource::Metrics, metrics, s)
        }
    };
    Ok(Kra { source, metrics, score, pool: budget.kra_pool, raw: kra_amount(score, budget.kra_pool)? })
}

/// The activation rate for display: `100 · in_services / (unemployed + in_services)` with one
/// decimal, half up (§5); `None` when both counts are zero.
pub fn activation_rate_display(unemployed: u64, in_services: u64) -> Option<Decimal> {
    let tenths = i64::try_from(rounded(&Actual::ActivationRate { unemployed, in_services }, 1)?).ok()?;
    Some(Decimal::from_raw(tenths * (Decimal::SCALE / 10)))
}

/// The NPS for display: `round(100 · P/N − 100 · D/N)`, an integer (§5), rounded half away
/// from zero like every other rounding of the model; `None` without answers.
pub fn nps_display(promoters: u64, passives: u64, detractors: u64) -> Option<i64> {
    i64::try_from(rounded(&Actual::Nps { promoters, passives, detractors }, 0)?).ok()
}

/// A metric's actual value rounded for display to `decimals` decimals (at most six), as
/// `rounded` rounds it; `None` when unmeasured.
pub fn value_display(actual: &Actual, decimals: u32) -> Option<Decimal> {
    let decimals = decimals.min(6);
    let scaled = i64::try_from(rounded(actual, decimals)?).ok()?;
    scaled.checked_mul(10i64.pow(6 - decimals)).map(Decimal::from_raw)
}
