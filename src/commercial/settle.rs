//! The settlement of an actual cost against the target cost (domain guide §4): underrun or
//! overrun, the producers' and owners' gain and pain with their caps, the KRA with the combined
//! cap, the producers' total, the owners' outlay and the saving, and every party's line. Also
//! the scenario table of the annex: the settlement at each scenario share of the target.

use super::kra::{self, Kra, KraScore};
use super::split::largest_remainder;
use super::{Error, TargetCost, target_cost, to_money};
use crate::model::money::div_round_half_away;
use crate::model::{Bp, Cap, Money, PartyId, Plan};
use serde::Serialize;

/// What actually happened: the actual reimbursable cost, optionally the producers' part of it,
/// and optionally a KRA score `S` overriding the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Actuals {
    /// `AC`, without the fee.
    pub actual: Money,
    /// `AC_producers`; estimated from the base estimate's proportion when `None`.
    pub actual_producers: Option<Money>,
    pub kra_score: Option<KraScore>,
}

/// One party's part of the settlement. For a producer `total = fee + gain − pain + kra` (what it
/// receives on top of its reimbursed costs); for an owner `total = gain − pain` (its share of
/// the owners' saving less its share of the owners' overrun), with fee and KRA zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartyLine {
    pub party: PartyId,
    pub fee: Money,
    pub gain: Money,
    pub pain: Money,
    pub kra: Money,
    pub total: Money,
}

/// Every figure of a settlement, in cents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Settlement {
    pub target: TargetCost,
    /// `AC`.
    pub actual: Money,
    /// `AC_producers`.
    pub actual_producers: Money,
    /// Whether `AC_producers` was estimated rather than given.
    pub actual_producers_estimated: bool,
    pub underrun: Money,
    pub overrun: Money,
    /// `s_gain` and `s_pain`.
    pub gain_share: Bp,
    pub pain_share: Bp,
    /// `GainCap` and `PainCap`; `None` when unlimited.
    pub gain_cap: Option<Money>,
    pub pain_cap: Option<Money>,
    pub prod_gain: Money,
    pub owner_gain: Money,
    pub prod_pain: Money,
    pub owner_pain: Money,
    /// `S`, the pool and `KRA_raw`.
    pub kra: Kra,
    pub combined_cap: bool,
    /// `KRA_eff`.
    pub kra_eff: Money,
    /// `AC_producers + Fee + ProdGain − ProdPain + KRA_eff`.
    pub producers_total: Money,
    /// `AC + Fee + ProdGain − ProdPain + KRA_eff`.
    pub owners_outlay: Money,
    /// `ceiling − OwnersOutlay` (negative when the owners pay more than base + reserve + fee).
    pub saving: Money,
    /// Producers in plan order.
    pub producers: Vec<PartyLine>,
    /// Owners in plan order.
    pub owners: Vec<PartyLine>,
}

/// One row of the scenario table: the settlement at a share of the cost target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub share: Bp,
    pub settlement: Settlement,
}

/// The cap in cents, `None` when unlimited.
fn cap_amount(cap: Cap, fee: Money) -> Option<i128> {
    match cap {
        Cap::EqualToFee => Some(i128::from(fee.cents()).max(0)),
        Cap::Amount(m) => Some(i128::from(m.cents()).max(0)),
        Cap::Unlimited => None,
    }
}

/// `AC_producers` estimated in the proportion of the producers' cost lines in the base.
fn estimated_producers(actual: Money, target: &TargetCost) -> Result<Money, Error> {
    if target.base.cents() <= 0 {
        return Ok(Money::ZERO);
    }
    let n = i128::from(actual.cents()) * i128::from(target.base_producers.cents());
    to_money(div_round_half_away(n, i128::from(target.base.cents())))
}

/// Settles an actual cost against the plan's target cost.
pub fn settle(plan: &Plan, actuals: &Actuals) -> Result<Settlement, Error> {
    let target = target_cost(plan)?;
    let kra = kra::kra(&plan.budget, actuals.kra_score)?;
    settle_with(plan, &target, &kra, actuals.actual, actuals.actual_producers)
}

/// The scenario table: the settlement at each of the plan's scenario shares of the cost target,
/// with the plan's KRA or the given `S`.
pub fn scenarios(plan: &Plan, kra_score: Option<KraScore>) -> Result<Vec<Scenario>, Error> {
    let target = target_cost(plan)?;
    let kra = kra::kra(&plan.budget, kra_score)?;
    plan.budget
        .scenarios
        .iter()
        .map(|&share| {
            let actual = super::curve::actual_at(&target, share)?;
            Ok(Scenario { share, settlement: settle_with(plan, &target, &kra, actual, None)? })
        })
        .collect()
}

pub(super) fn settle_with(
    plan: &Plan,
    target: &TargetCost,
    kra: &Kra,
    actual: Money,
    actual_producers: Option<Money>,
) -> Result<Settlement, Error> {
    if actual < Money::ZERO {
        return Err(Error::NegativeActual);
    }
    if let Some(p) = actual_producers
        && (p < Money::ZERO || p > actual)
    {
        return Err(Error::ProducersActual);
    }
    let sharing = plan.budget.sharing;
    let (ac, c, fee) =
        (i128::from(actual.cents()), i128::from(target.cost_target.cents()), i128::from(target.fee.cents()));
    let underrun = (c - ac).max(0);
    let overrun = (ac - c).max(0);
    let gain_cap = cap_amount(sharing.gain_cap, target.fee);
    let pain_cap = cap_amount(sharing.pain_cap, target.fee);
    let gain_raw = div_round_half_away(underrun * i128::from(sharing.gain_share.0), 10_000);
    let pain_raw = div_round_half_away(overrun * i128::from(sharing.pain_share.0), 10_000);
    let prod_gain = gain_cap.map_or(gain_raw, |cap| gain_raw.min(cap));
    let prod_pain = pain_cap.map_or(pain_raw, |cap| pain_raw.min(cap));
    let kra_raw = i128::from(kra.raw.cents());
    let kra_eff = match pain_cap {
        Some(cap) if sharing.combined_cap && kra_raw < 0 => -(-kra_raw).min((cap - prod_pain).max(0)),
        _ => kra_raw,
    };
    let (acp, estimated) = match actual_producers {
        Some(p) => (p, false),
        None => (estimated_producers(actual, target)?, true),
    };
    let incentive = fee + prod_gain - prod_pain + kra_eff;
    let owners_outlay = ac + incentive;

    let (prod_gain, prod_pain, kra_eff) = (to_money(prod_gain)?, to_money(prod_pain)?, to_money(kra_eff)?);
    let owner_gain = to_money(underrun)?.checked_sub(prod_gain).ok_or(Error::Overflow)?;
    let owner_pain = to_money(overrun)?.checked_sub(prod_pain).ok_or(Error::Overflow)?;

    let fee_weights: Vec<u64> = target.fees.iter().map(|f| f.amount.cents().max(0).unsigned_abs()).collect();
    let split_producers = |m: Money| largest_remainder(m, &fee_weights).ok_or(Error::NoProducers);
    let (gains, pains, kras) = (split_producers(prod_gain)?, split_producers(prod_pain)?, split_producers(kra_eff)?);
    let producers = target
        .fees
        .iter()
        .enumerate()
        .map(|(i, f)| line(f.party, f.amount, gains[i], pains[i], kras[i]))
        .collect::<Result<Vec<_>, _>>()?;

    let owner_list: Vec<_> = plan.owners().collect();
    let share_weights: Vec<u64> = owner_list.iter().map(|p| u64::from(p.funding_share.0)).collect();
    let split_owners = |m: Money| largest_remainder(m, &share_weights).ok_or(Error::NoOwners);
    let (gains, pains) = (split_owners(owner_gain)?, split_owners(owner_pain)?);
    let owners = owner_list
        .iter()
        .enumerate()
        .map(|(i, p)| line(p.id, Money::ZERO, gains[i], pains[i], Money::ZERO))
        .collect::<Result<Vec<_>, _>>()?;

    Ok(Settlement {
        target: target.clone(),
        actual,
        actual_producers: acp,
        actual_producers_estimated: estimated,
        underrun: to_money(underrun)?,
        overrun: to_money(overrun)?,
        gain_share: sharing.gain_share,
        pain_share: sharing.pain_share,
        gain_cap: gain_cap.map(to_money).transpose()?,
        pain_cap: pain_cap.map(to_money).transpose()?,
        prod_gain,
        owner_gain,
        prod_pain,
        owner_pain,
        kra: kra.clone(),
        combined_cap: sharing.combined_cap,
        kra_eff,
        producers_total: to_money(i128::from(acp.cents()) + incentive)?,
        owners_outlay: to_money(owners_outlay)?,
        saving: to_money(i128::from(target.ceiling.cents()) - owners_outlay)?,
        producers,
        owners,
    })
}

impl PartyLine {
    /// The party's net incentive as the JSON of `settle` prints it: gain − pain + KRA (the fee
    /// left out), in cents; `None` on overflow.
    pub fn net(&self) -> Option<Money> {
        self.gain.checked_sub(self.pain)?.checked_add(self.kra)
    }
}

fn line(party: PartyId, fee: Money, gain: Money, pain: Money, kra: Money) -> Result<PartyLine, Error> {
    let total = i128::from(fee.cents()) + i128::from(gain.cents()) - i128::from(pain.cents()) + i128::from(kra.cents());
    Ok(PartyLine { party, fee, gain, pain, kra, total: to_money(total)? })
}
