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
    pub cost_lines: Vec<CostLine>,
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
            cost_lines: Vec::new(),
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

/// One row of the reimbursable-cost list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostCategory {
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

/// How the producers' fee is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeeRule {
    /// Each producer's fee in euros, as entered on the party.
    FixedPerProducer,
    /// A percentage of the target cost, split between producers by their entered fees.
    PercentOfTarget(Bp),
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
            code: code.to_string(),
            category: category.to_string(),
            unit: unit.to_string(),
            rate: None,
            evidence: evidence.to_string(),
            approver: approver.to_string(),
            reimbursable,
        };
    vec![
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
    ]
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
