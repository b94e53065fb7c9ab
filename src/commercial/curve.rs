//! The outcome across a range of actual costs, for the scenario chart: at each share of the cost
//! target, what the producers receive on top of their reimbursed costs and what the owners save
//! against base + reserve + fee. Also the actual cost at a share of the target (`--actual-percent`
//! and the scenario table use the same rounding).

use super::kra::{self, KraScore};
use super::settle::settle_with;
use super::{Error, TargetCost, target_cost};
use crate::model::{Bp, Money, Plan};
use serde::Serialize;

/// One point of the result curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CurvePoint {
    /// The actual cost as a share of the cost target.
    pub share: Bp,
    /// `AC`.
    pub actual: Money,
    /// The producers' result: `Fee + ProdGain − ProdPain + KRA_eff`.
    pub producers: Money,
    /// The owners' result: the saving against base + reserve + fee (negative is a loss).
    pub owners: Money,
}

/// `AC` at a share of the cost target (`TAK`, or `TAK − Fee` when the fee is inside it, so that
/// 100 % is always on target), rounded half away from zero to cents.
pub fn actual_at(target: &TargetCost, share: Bp) -> Result<Money, Error> {
    target.cost_target.percent_of(share).ok_or(Error::Overflow)
}

/// `AC` at a share of the plan's cost target.
pub fn actual_at_share(plan: &Plan, share: Bp) -> Result<Money, Error> {
    actual_at(&target_cost(plan)?, share)
}

/// The producers' and owners' results from `from` to `to` (inclusive) every `step`, with the
/// plan's KRA or a given `S`; `AC_producers` is estimated as in the scenario table. A zero step
/// gives the single point at `from`.
pub fn result_curve(
    plan: &Plan,
    kra_score: Option<KraScore>,
    from: Bp,
    to: Bp,
    step: Bp,
) -> Result<Vec<CurvePoint>, Error> {
    let target = target_cost(plan)?;
    let kra = kra::kra(&plan.budget, kra_score)?;
    let mut points = Vec::new();
    let mut share = from;
    loop {
        let actual = actual_at(&target, share)?;
        let s = settle_with(plan, &target, &kra, actual, None)?;
        let producers = s.producers_total.checked_sub(s.actual_producers).ok_or(Error::Overflow)?;
        points.push(CurvePoint { share, actual, producers, owners: s.saving });
        match share.0.checked_add(step.0) {
            Some(next) if step.0 > 0 && next <= to.0 => share = Bp(next),
            _ => break,
        }
    }
    Ok(points)
}

/// Parses a percentage as people write it: `110`, `92,5`, `92.5 %`; at most two decimals,
/// from 0 to 1 000 %.
pub fn parse_percent(s: &str) -> Result<Bp, Error> {
    let err = || Error::BadPercent(s.to_string());
    let t: String = s
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect::<String>()
        .replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || frac.len() > 2 || !digits(whole) || !digits(frac) || whole.len() > 4 {
        return Err(err());
    }
    let whole: u32 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| err())? };
    let frac: u32 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().map_err(|_| err())? };
    let bp = whole * 100 + frac;
    if bp > 100_000 {
        return Err(err());
    }
    Ok(Bp(bp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_as_written() {
        for (text, bp) in [("110", 11_000), ("92,5", 9250), ("92.5 %", 9250), ("0", 0), ("1000", 100_000), (",5", 50)] {
            assert_eq!(parse_percent(text), Ok(Bp(bp)), "{text}");
        }
        for bad in ["", "%", "-5", "1,234", "1001", "abc", "1.2.3", "12e1"] {
            assert_eq!(parse_percent(bad), Err(Error::BadPercent(bad.to_string())), "{bad}");
        }
    }
}
