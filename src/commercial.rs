//! The commercial model of domain guide §4, exact to the cent: the target cost (base estimate,
//! risk reserve, fee), the KRA score, the settlement of an actual cost with every figure and
//! every party's line, and the scenario table of the annex. The CLI, the screen and the PDF all
//! print these numbers; none of them computes its own.
//!
//! Numbers: money is `i64` cents, intermediate products are `i128`, KRA values and scores are
//! exact rationals (`exact::Ratio`); there is no floating point. Every rounding is half away
//! from zero (money to cents, `S` to four decimals from the exact weighted sum), except the
//! display rounding of the activation rate (half up, `kra::activation_rate_display`). Every
//! split uses the largest-remainder method with ties by party order, so the parts add up
//! exactly to the whole (`split::largest_remainder`).
//!
//! Choices where the guide leaves room, made here once for every output:
//!
//! - **Who is who.** Producers are the parties with the role `Producer`, owners those with the
//!   role `Owner`, both in plan order. Parties that have exited are still settled (the
//!   settlement covers the period they took part in). Own production of an owner and observers
//!   take no part in the splits; their cost lines count in the base estimate and in `AC`.
//! - **Risk reserve.** `FromRegister` = Σ p · likely over the open threats − Σ p · likely over
//!   the open opportunities, `p` the risk's `probability_pct`; "open" is every status but
//!   `Closed`. The sum is exact (basis points × cents) and rounded once, on the total. The
//!   reserve may come out negative when opportunities outweigh threats; it is used as it is.
//!   `FlatPercent` is that percentage of the base estimate, `Fixed` the amount.
//! - **Fee.** `FixedPerProducer`: the sum of the producers' entered fees. `PercentOfTarget(p)`:
//!   `p` of (base + reserve), never of an amount that already holds the fee, so it is not
//!   circular; it is split between the producers pro rata to their entered fees (equally when
//!   none is entered). A plan without producers has no fee.
//! - **Fee inside the target cost.** The actual cost `AC` never includes the fee. When
//!   `fee_inside_target` is off (the worked examples), `TAK = base + reserve` and the fee is paid
//!   on top of it. When it is on, `TAK = base + reserve + Fee`, and the cost compared with the
//!   target is `AC + Fee`; so in both cases `Underrun = max(base + reserve − AC, 0)` and the
//!   fee is never a saving or an overrun. `OwnersOutlay = AC + Fee + ProdGain − ProdPain +
//!   KRA_eff` counts the fee exactly once either way, and the saving is measured against
//!   `base + reserve + Fee` ("TAK + Fee" when the fee is outside, `TAK` itself when inside).
//!   `TargetCost::cost_target` is the amount `AC` is compared with.
//! - **Caps.** `EqualToFee` is the total fee, `Amount` the amount (a negative amount counts as
//!   zero), `Unlimited` no cap. The combined cap limits a KRA penalty to what the pain cap leaves
//!   after `ProdPain`; with an unlimited pain cap there is nothing to limit. A positive KRA is
//!   never capped.
//! - **Producers' actual cost.** When `AC_producers` is not given, it is estimated as `AC` in the
//!   proportion of the producers' cost lines to all cost lines of the base estimate (rounded to
//!   cents); the settlement says so (`actual_producers_estimated`).
//! - **Per-party lines.** A producer's `total` is what it receives on top of its reimbursed
//!   costs: fee + gain − pain + KRA; producers' gain, pain and KRA are split pro rata to each
//!   producer's fee as settled (the entered fee, or its part of a percentage fee). An owner's
//!   `total` is its share of the owners' gain less its share of the owners' pain, pro rata to
//!   the funding shares (equally when all are zero). Positive is good for the party.
//! - **KRA.** An unknown or uncomputable metric value scores 0 and is reported as unmeasured;
//!   a measured metric whose levels are not strictly ordered is an error, never a guess. A
//!   given `S` (ten-thousandths, between −1 and +1) replaces the metrics.
//! - **Scenarios.** Each share of the scenario list sets `AC` to that share of the cost target
//!   (`TAK`, or `TAK − Fee` when the fee is inside, so that 100 % is always on target), rounded
//!   to cents, with `AC_producers` estimated as above and the plan's KRA (or a given `S`).
//!   `--actual-percent` and the chart's curve (`curve::result_curve`, 70–140 %) use the same
//!   rounding; the producers' result there is `Fee + ProdGain − ProdPain + KRA_eff`, the owners'
//!   the saving. `pivot` sums the cost lines by party, category and year for tables and charts.

pub mod curve;
pub mod exact;
pub mod kra;
pub mod pivot;
pub mod settle;
pub mod split;

pub use curve::{CurvePoint, actual_at, actual_at_share, parse_percent, result_curve};
pub use kra::{Kra, KraScore, KraSource, MetricScore};
pub use settle::{Actuals, PartyLine, Scenario, Settlement, scenarios, settle};

use crate::i18n::{Key, Language, text, tr};
use crate::model::money::div_round_half_away;
use crate::model::{AllianceRole, Budget, Decimal, FeeRule, MetricId, Money, PartyId, Plan, ReserveRule, RiskNature};
use serde::Serialize;

/// Why a commercial figure could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("the amounts are too large to compute exactly")]
    Overflow,
    #[error("there are amounts for the producers but the plan has no producers")]
    NoProducers,
    #[error("there are amounts for the owners but the plan has no owners")]
    NoOwners,
    #[error("the levels of the KRA metric “{name}” are not in order")]
    LevelsNotOrdered { metric: MetricId, name: String },
    #[error("the actual cost cannot be negative")]
    NegativeActual,
    #[error("the producers' actual cost must be between zero and the total actual cost")]
    ProducersActual,
    #[error("“{0}” is not an amount in euros")]
    BadAmount(String),
    #[error("“{0}” is not a KRA score")]
    BadScore(String),
    #[error("“{0}” is not a percentage")]
    BadPercent(String),
    #[error("the plan has no budget lines, so no contract years to forecast")]
    NoBudget,
}

impl Error {
    /// A sentence for the user that says what to do.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Error::Overflow => text(lang, Key::CommercialOverflow).to_string(),
            Error::NoProducers => text(lang, Key::CommercialNoProducers).to_string(),
            Error::NoOwners => text(lang, Key::CommercialNoOwners).to_string(),
            Error::LevelsNotOrdered { name, .. } => {
                tr(lang, Key::CommercialLevelsNotOrdered, &[("name", name.to_string().into())])
            }
            Error::NegativeActual => text(lang, Key::CommercialNegativeActual).to_string(),
            Error::ProducersActual => text(lang, Key::CommercialProducersActual).to_string(),
            Error::NoBudget => text(lang, Key::CommercialNoBudget).to_string(),
            Error::BadAmount(s) => tr(lang, Key::CommercialBadAmount, &[("input", s.to_string().into())]),
            Error::BadScore(s) => tr(lang, Key::CommercialBadScore, &[("input", s.to_string().into())]),
            Error::BadPercent(s) => tr(lang, Key::CommercialBadPercent, &[("input", s.to_string().into())]),
        }
    }
}

/// A party and an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartyAmount {
    pub party: PartyId,
    pub amount: Money,
}

/// The target cost and its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetCost {
    /// The base estimate: the sum of the cost lines.
    pub base: Money,
    /// The producers' cost lines within the base estimate.
    pub base_producers: Money,
    pub reserve: Money,
    /// Base + reserve: the amount the actual cost is compared with.
    pub cost_target: Money,
    /// The producers' total fee.
    pub fee: Money,
    /// Each producer's fee, in plan order.
    pub fees: Vec<PartyAmount>,
    pub fee_inside_target: bool,
    /// `TAK`: the cost target, plus the fee when the fee sits inside the target cost.
    pub target_cost: Money,
    /// Base + reserve + fee: what the owners pay when the cost is exactly on target, the
    /// amount the saving is measured against.
    pub ceiling: Money,
}

fn to_money(v: i128) -> Result<Money, Error> {
    i64::try_from(v).map(Money).map_err(|_| Error::Overflow)
}

/// The ids of the plan's producers, for looking cost lines up by party.
fn producer_ids(plan: &Plan) -> std::collections::HashSet<PartyId> {
    plan.parties.iter().filter(|p| p.role == AllianceRole::Producer).map(|p| p.id).collect()
}

/// The base estimate: the sum of the cost lines.
pub fn base_estimate(budget: &Budget) -> Result<Money, Error> {
    Money::checked_sum(budget.cost_lines.iter().map(|c| c.amount)).ok_or(Error::Overflow)
}

/// The risk reserve by the plan's `ReserveRule`, given the base estimate.
pub fn risk_reserve(plan: &Plan, base: Money) -> Result<Money, Error> {
    match plan.budget.reserve {
        ReserveRule::Fixed(m) => Ok(m),
        ReserveRule::FlatPercent(bp) => base.percent_of(bp).ok_or(Error::Overflow),
        ReserveRule::FromRegister => {
            let total: i128 = plan
                .risks
                .risks
                .iter()
                .filter(|r| r.status.is_open())
                .map(|r| {
                    let expected = i128::from(r.probability_pct.0) * i128::from(r.likely_amount.cents());
                    match r.nature {
                        RiskNature::Threat => expected,
                        RiskNature::Opportunity => -expected,
                    }
                })
                .sum();
            to_money(div_round_half_away(total, 10_000))
        }
    }
}

/// The target cost of a plan with all its parts.
pub fn target_cost(plan: &Plan) -> Result<TargetCost, Error> {
    let budget = &plan.budget;
    let base = base_estimate(budget)?;
    let producer_ids = producer_ids(plan);
    let base_producers =
        Money::checked_sum(budget.cost_lines.iter().filter(|c| producer_ids.contains(&c.party)).map(|c| c.amount))
            .ok_or(Error::Overflow)?;
    let reserve = risk_reserve(plan, base)?;
    let cost_target = base.checked_add(reserve).ok_or(Error::Overflow)?;
    let producers: Vec<_> = plan.producers().collect();
    let fees: Vec<PartyAmount> = match budget.fee {
        FeeRule::FixedPerProducer => producers.iter().map(|p| PartyAmount { party: p.id, amount: p.fee }).collect(),
        FeeRule::PercentOfTarget(bp) if !producers.is_empty() => {
            let total = cost_target.percent_of(bp).ok_or(Error::Overflow)?;
            let weights: Vec<u64> = producers.iter().map(|p| p.fee.cents().max(0).unsigned_abs()).collect();
            let parts = split::largest_remainder(total, &weights).ok_or(Error::NoProducers)?;
            producers.iter().zip(parts).map(|(p, amount)| PartyAmount { party: p.id, amount }).collect()
        }
        FeeRule::PercentOfTarget(_) => Vec::new(),
    };
    let fee = Money::checked_sum(fees.iter().map(|f| f.amount)).ok_or(Error::Overflow)?;
    let ceiling = cost_target.checked_add(fee).ok_or(Error::Overflow)?;
    let target_cost = if budget.fee_inside_target { ceiling } else { cost_target };
    Ok(TargetCost {
        base,
        base_producers,
        reserve,
        cost_target,
        fee,
        fees,
        fee_inside_target: budget.fee_inside_target,
        target_cost,
        ceiling,
    })
}

/// Parses an amount in euros as people write it: `1820000`, `1 820 000,50`, `1820000.5`,
/// optionally with a sign and a trailing `€`; spaces (also no-break) may group the thousands.
/// At most two decimals and within ±100 000 000 000 €.
pub fn parse_euros(s: &str) -> Result<Money, Error> {
    let err = || Error::BadAmount(s.to_string());
    let t: String = s
        .trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let body = t.strip_prefix(['-', '+']).unwrap_or(&t);
    let frac_len = body.find([',', '.']).map_or(0, |i| body.len() - i - 1);
    if body.is_empty() || frac_len > 2 || body.bytes().filter(|b| matches!(b, b',' | b'.')).count() > 1 {
        return Err(err());
    }
    let d: Decimal = t.parse().map_err(|_| err())?;
    let cents = Money(d.raw() / (Decimal::SCALE / 100));
    if !cents.is_within_limit() {
        return Err(err());
    }
    Ok(cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_as_written() {
        for (text, cents) in [
            ("1820000", 182_000_000),
            ("1 820 000,50", 182_000_050),
            ("1\u{a0}820\u{a0}000,5 €", 182_000_050),
            ("1820000.05", 182_000_005),
            ("0", 0),
            (",5", 50),
            ("-12,3", -1230),
            ("−12", -1200),
            ("100000000000", 10_000_000_000_000),
        ] {
            assert_eq!(parse_euros(text), Ok(Money(cents)), "{text}");
        }
        for bad in [
            "",
            "€",
            "abc",
            "1,2,3",
            "1.820.000",
            "1,234",
            "12e5",
            "--1",
            "1 000 000 000 000",
            "100000000000,01",
            "NaN",
            "-",
        ] {
            assert_eq!(parse_euros(bad), Err(Error::BadAmount(bad.to_string())), "{bad}");
        }
    }
}
