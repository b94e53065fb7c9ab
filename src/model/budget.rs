//! The target budget: cost lines per party, the reimbursable-cost list, and the commercial
//! settings (risk reserve, fee, gain and pain sharing, caps, KRA pool, scenarios).

use super::id::{CostLineId, PartyId};
use super::metric::Metric;
use super::money::{Bp, Money};
use serde::{Deserialize, Serialize};

/// Everything about money in a plan. Budgets are never pooled: every cost line names the party
/// whose budget it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub cost_lines: super::shared::Shared<Vec<CostLine>>,
    /// Korvattavien kustannusten luettelo.
    pub cost_categories: Vec<CostCategory>,
    pub reserve: ReserveRule,
    pub fee: FeeRule,
    /// Whether the fee is part of the target cost (otherwise it is paid on top of it).
    pub fee_inside_target: bool,
    pub sharing: Sharing,
    /// The euro value of a weighted KRA score of ±1.
    pub kra_pool: Money,
    pub metrics: Vec<Metric>,
    /// Scenario actual costs as shares of the target cost, e.g. 90 %, 100 %, 110 %, 125 %.
    pub scenarios: Vec<Bp>,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            cost_lines: Default::default(),
            cost_categories: default_cost_categories(),
            reserve: ReserveRule::FromRegister,
            fee: FeeRule::FixedPerProducer,
            fee_inside_target: false,
            sharing: Sharing::default(),
            kra_pool: Money::ZERO,
            metrics: Vec::new(),
            scenarios: default_scenarios(),
        }
    }
}

/// 90 %, 100 %, 110 % and 125 % of the target cost.
pub fn default_scenarios() -> Vec<Bp> {
    vec![Bp(9_000), Bp(10_000), Bp(11_000), Bp(12_500)]
}

/// One line of a party's budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    pub id: CostLineId,
    pub party: PartyId,
    /// Code of a row in the reimbursable-cost list.
    pub category: String,
    pub year: i32,
    pub amount: Money,
    pub description: String,
}

/// Addresses a row of the reimbursable-cost list. Unique within the list (not plan-wide: the
/// list has no references from elsewhere, cost lines name a row by its code). Files written
/// before rows had ids load with 0, and `assign_category_ids` numbers them in list order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CategoryId(pub u32);

impl std::fmt::Display for CategoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "category:{}", self.0)
    }
}

/// One row of the reimbursable-cost list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostCategory {
    /// Older files have none (0 until `assign_category_ids`).
    #[serde(default)]
    pub id: CategoryId,
    pub code: String,
    pub category: String,
    pub unit: String,
    /// The agreed rate per unit, if there is one (otherwise at invoice value).
    pub rate: Option<Money>,
    pub evidence: String,
    pub approver: String,
    pub reimbursable: bool,
}

/// How the risk reserve inside the target cost is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReserveRule {
    /// Expected values of the open risks and opportunities of the register.
    FromRegister,
    /// A flat percentage of the base estimate.
    FlatPercent(Bp),
    /// An agreed amount.
    Fixed(Money),
}

impl ReserveRule {
    /// The reserve a plan switching to a flat percentage starts from: 5 % of the base estimate.
    pub const DEFAULT_FLAT: ReserveRule = ReserveRule::FlatPercent(Bp(500));
}

/// How the producers' fee is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeeRule {
    /// Each producer's fee in euros, as entered on the party.
    FixedPerProducer,
    /// A percentage of the target cost, split between producers by their entered fees.
    PercentOfTarget(Bp),
}

impl FeeRule {
    /// The fee a plan switching to a percentage starts from: 10 % of the target cost.
    pub const DEFAULT_PERCENT: FeeRule = FeeRule::PercentOfTarget(Bp(1_000));
}

/// A cap on the producers' gain or pain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cap {
    /// Equal to the total fee (the default).
    EqualToFee,
    Amount(Money),
    Unlimited,
}

/// How a saving or an overrun against the target cost is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sharing {
    /// Producers' share of an underrun.
    pub gain_share: Bp,
    /// Producers' share of an overrun.
    pub pain_share: Bp,
    pub gain_cap: Cap,
    pub pain_cap: Cap,
    /// Cost pain plus KRA penalty never exceed the pain cap.
    pub combined_cap: bool,
}

impl Default for Sharing {
    fn default() -> Self {
        Sharing {
            gain_share: Bp::percent(50),
            pain_share: Bp::percent(50),
            gain_cap: Cap::EqualToFee,
            pain_cap: Cap::EqualToFee,
            combined_cap: true,
        }
    }
}

/// The default reimbursable-cost list of domain guide §4, in Finnish (plan content).
pub fn default_cost_categories() -> Vec<CostCategory> {
    let row =
        |code: &str, category: &str, unit: &str, evidence: &str, approver: &str, reimbursable: bool| CostCategory {
            id: CategoryId(0),
            code: code.to_string(),
            category: category.to_string(),
            unit: unit.to_string(),
            rate: None,
            evidence: evidence.to_string(),
            approver: approver.to_string(),
            reimbursable,
        };
    let mut list = vec![
        row(
            "K1",
            "Allianssin henkilöstön työaika sovituin hinnoin ja yleiskustannuskertoimin",
            "h",
            "Tuntikirjanpito",
            "Allianssipäällikkö",
            true,
        ),
        row("K2", "Alihankinnat laskun arvoon", "lasku", "Lasku ja tilaus", "Allianssipäällikkö", true),
        row("K3", "Allianssin käyttöön osoitetut tilat ja laitteet", "kk", "Vuokrasopimus, lasku", "Johtoryhmä", true),
        row("K4", "Tietojärjestelmät ja lisenssit", "kk", "Lasku", "Allianssipäällikkö", true),
        row("K5", "Matkat", "matka", "Matkalasku", "Allianssipäällikkö", true),
        row("K6", "Koulutus", "osallistuja", "Lasku, osallistujalista", "Allianssipäällikkö", true),
        row(
            "K7",
            "Asiakkaaseen kohdistuvat kulut, kuten palvelusetelit",
            "seteli",
            "Setelirekisteri",
            "Järjestäjä",
            true,
        ),
        row("K8", "Viestintä ja tapahtumat", "tapahtuma", "Lasku", "Allianssipäällikkö", true),
        row("E1", "Yrityksen yleiskustannukset ja voitto (sisältyvät palkkioon)", "-", "-", "-", false),
        row("E2", "Tarjouskustannukset", "-", "-", "-", false),
        row("E3", "Tahallisuudesta tai törkeästä huolimattomuudesta johtuvat kulut", "-", "-", "-", false),
        row("E4", "Sakot ja viivästyskorot", "-", "-", "-", false),
        row("E5", "Hyväksymättömät kustannukset", "-", "-", "-", false),
    ];
    assign_category_ids(&mut list);
    list
}

/// The id a new row of the list gets: one above the highest in use.
pub fn next_category_id(list: &[CostCategory]) -> CategoryId {
    CategoryId(list.iter().map(|c| c.id.0).max().unwrap_or(0).saturating_add(1))
}

/// Gives every row without an id (0: written before rows had ids) the next free one, in list
/// order, and renumbers a row whose id an earlier row already has; rows with good ids keep
/// them. Loading runs it, so the same file always gets the same ids.
pub fn assign_category_ids(list: &mut [CostCategory]) {
    let mut seen = std::collections::BTreeSet::new();
    let mut next = list.iter().map(|c| c.id.0).max().unwrap_or(0);
    for c in list.iter_mut() {
        if c.id.0 == 0 || !seen.insert(c.id) {
            next = next.saturating_add(1);
            c.id = CategoryId(next);
            seen.insert(c.id);
        }
    }
}

impl Budget {
    /// The sum of every cost line; `None` if it overflows.
    pub fn total(&self) -> Option<Money> {
        Money::checked_sum(self.cost_lines.iter().map(|c| c.amount))
    }

    /// The sum of one party's cost lines; `None` if it overflows.
    pub fn total_for_party(&self, party: PartyId) -> Option<Money> {
        Money::checked_sum(self.cost_lines.iter().filter(|c| c.party == party).map(|c| c.amount))
    }

    /// The sum of the cost lines of one year; `None` if it overflows.
    pub fn total_for_year(&self, year: i32) -> Option<Money> {
        Money::checked_sum(self.cost_lines.iter().filter(|c| c.year == year).map(|c| c.amount))
    }

    /// The years that have cost lines, in order.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.cost_lines.iter().map(|c| c.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, EditError, MergeKey, Plan};

    fn ids(list: &[CostCategory]) -> Vec<u32> {
        list.iter().map(|c| c.id.0).collect()
    }

    fn with_ids(raw: &[u32]) -> Vec<CostCategory> {
        let template = default_cost_categories().remove(0);
        raw.iter().map(|&id| CostCategory { id: CategoryId(id), ..template.clone() }).collect()
    }

    #[test]
    fn ids_are_assigned_in_list_order_and_good_ones_kept() {
        let cases: &[(&[u32], &[u32])] = &[
            (&[], &[]),
            (&[0, 0, 0], &[1, 2, 3]),
            (&[1, 2, 3], &[1, 2, 3]),
            (&[5, 0, 2], &[5, 6, 2]),
            (&[0, 7], &[8, 7]),
            // Near misses: a duplicate keeps the first, the second gets a new one.
            (&[3, 3], &[3, 4]),
            (&[2, 0, 2], &[2, 3, 4]),
        ];
        for &(raw, want) in cases {
            let mut list = with_ids(raw);
            assign_category_ids(&mut list);
            assert_eq!(ids(&list), want, "{raw:?}");
            let again = list.clone();
            assign_category_ids(&mut list);
            assert_eq!(list, again, "assigning twice changes nothing");
        }
        assert_eq!(ids(&default_cost_categories()), (1..=13).collect::<Vec<_>>());
        assert_eq!(next_category_id(&with_ids(&[4, 9, 2])), CategoryId(10));
        assert_eq!(next_category_id(&[]), CategoryId(1));
    }

    #[test]
    fn category_edits_address_rows_by_id() {
        let mut plan = Plan::new("k");
        let second = plan.budget.cost_categories[1].clone();
        plan.apply(&Edit::RemoveCostCategory(plan.budget.cost_categories[0].id)).expect("remove");
        assert_eq!(plan.budget.cost_categories[0].id, second.id, "the next row keeps its id");
        let renamed = CostCategory { unit: "pv".into(), ..second.clone() };
        let update = Edit::UpdateCostCategory(Box::new(renamed.clone()));
        assert_eq!(update.merge_key(), Some(MergeKey::CostCategory(second.id)));
        plan.apply(&update).expect("update");
        assert_eq!(plan.budget.cost_categories[0], renamed);
        // Near misses: the removed row, id 0 and a taken id.
        let before = plan.clone();
        let gone = CategoryId(1);
        assert!(matches!(plan.apply(&Edit::RemoveCostCategory(gone)), Err(EditError::NotFound(_))));
        let ghost = CostCategory { id: gone, ..second.clone() };
        assert!(matches!(plan.apply(&Edit::UpdateCostCategory(Box::new(ghost))), Err(EditError::NotFound(_))));
        let zero = CostCategory { id: CategoryId(0), ..second.clone() };
        assert_eq!(plan.apply(&Edit::AddCostCategory(Box::new(zero))), Err(EditError::DuplicateId(0)));
        assert_eq!(
            plan.apply(&Edit::AddCostCategory(Box::new(second.clone()))),
            Err(EditError::DuplicateId(second.id.0))
        );
        assert_eq!(plan, before, "refused edits change nothing");
        // Replacing the whole list numbers rows that come without ids.
        plan.apply(&Edit::SetCostCategories(with_ids(&[0, 0]))).expect("set");
        assert_eq!(ids(&plan.budget.cost_categories), [1, 2]);
    }
}
