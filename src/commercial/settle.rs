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

/// One party's part of the settlement; every euro of the outcome lands on exactly one party.
///
/// `net = gain − pain + kra` for every party: what the outcome brings it against the target
/// (the parties' nets add up to `underrun − overrun`). A producer's `kra` is its share of the
/// KRA it receives (or pays back); an owner's is minus its share of the KRA the owners pay, so
/// negative when a bonus is paid. For a producer `total = fee + net` (what it receives on top of
/// its reimbursed costs). For an owner `fee` is its share of the fee it pays, `target` its share
/// of the cost target, and `total` its whole payment: `target + fee − net` (the owners' totals
/// add up to the owners' outlay). Shares are split by the largest-remainder rule: producers' by
/// their fees, owners' by their funding shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartyLine {
    pub party: PartyId,
    pub owner: bool,
    /// An owner's share of the cost target; zero for a producer.
    pub target: Money,
    pub fee: Money,
    pub gain: Money,
    pub pain: Money,
    pub kra: Money,
    pub net: Money,
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
        .map(|(i, f)| line(f.party, false, Money::ZERO, f.amount, (gains[i], pains[i], i128::from(kras[i].cents()))))
        .collect::<Result<Vec<_>, _>>()?;

    let owner_list: Vec<_> = plan.owners().collect();
    let share_weights: Vec<u64> = owner_list.iter().map(|p| u64::from(p.funding_share.0)).collect();
    let split_owners = |m: Money| largest_remainder(m, &share_weights).ok_or(Error::NoOwners);
    let (gains, pains) = (split_owners(owner_gain)?, split_owners(owner_pain)?);
    let (targets, fees, kras) = (split_owners(target.cost_target)?, split_owners(target.fee)?, split_owners(kra_eff)?);
    let owners = owner_list
        .iter()
        .enumerate()
        // An owner's KRA is minus its share of what the owners pay.
        .map(|(i, p)| line(p.id, true, targets[i], fees[i], (gains[i], pains[i], -i128::from(kras[i].cents()))))
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

impl Settlement {
    /// `underrun − overrun`: what the parties' nets add up to.
    pub fn outcome(&self) -> Money {
        Money(self.underrun.cents() - self.overrun.cents())
    }

    /// Every party's line: producers, then owners, in plan order.
    pub fn lines(&self) -> impl Iterator<Item = &PartyLine> {
        self.producers.iter().chain(&self.owners)
    }

    /// The `i`th line of `lines()` (the same party in every scenario of a plan).
    pub fn line(&self, i: usize) -> Option<&PartyLine> {
        self.producers.get(i).or_else(|| self.owners.get(i.checked_sub(self.producers.len())?))
    }
}

/// The scenario whose share is closest to the cost target itself (100 %), the first on a tie.
pub fn nearest_to_target(list: &[Scenario]) -> Option<&Scenario> {
    list.iter().min_by_key(|s| (i64::from(s.share.0) - 10_000).abs())
}

/// A party's line from its shares (an owner's `kra` already negative: it pays it); `net` and
/// `total` follow the rules of `PartyLine`.
fn line(
    party: PartyId,
    owner: bool,
    target: Money,
    fee: Money,
    (gain, pain, kra): (Money, Money, i128),
) -> Result<PartyLine, Error> {
    let net = i128::from(gain.cents()) - i128::from(pain.cents()) + kra;
    let fee_c = i128::from(fee.cents());
    let total = if owner { i128::from(target.cents()) + fee_c - net } else { fee_c + net };
    let (kra, net, total) = (to_money(kra)?, to_money(net)?, to_money(total)?);
    Ok(PartyLine { party, owner, target, fee, gain, pain, kra, net, total })
}
