//! Derived figures of one plan revision, computed once by the library and read by every view:
//! findings, the target cost and its settlement, the scenarios and the result curve, the budget
//! pivots, the KRA score, the matrix totals and the risk register's exposure, reserve shares and
//! heatmaps, and the follow-up's KPI series, cost burn and forecast. Views format these figures; they never compute them.

use crate::commercial::pivot::{Dim, Pivot, pivot};
use crate::commercial::{self, CurvePoint, Error, Kra, Scenario, Settlement, TargetCost};
use crate::followup;
use crate::model::matrix::{self, PartySummary, Place, RowTotal};
use crate::model::register::{self, Exposure};
use crate::model::{Bp, Decimal, Money, PartyId, Plan, RiskId, ServiceId};
use crate::rules::{self, Finding, Severity, Subject};
use std::collections::HashMap;

/// The result curve's range: 70 % to 140 % of the cost target, every percent.
pub const CURVE_FROM: Bp = Bp(7_000);
pub const CURVE_TO: Bp = Bp(14_000);
pub const CURVE_STEP: Bp = Bp(100);

/// The budget's pivot tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pivots {
    /// Party × year: each owner's budget kept separate.
    pub party_year: Result<Pivot, Error>,
    /// Category × party.
    pub category_party: Result<Pivot, Error>,
    /// Year × party.
    pub year_party: Result<Pivot, Error>,
    /// Party × category: the stacked-bar chart.
    pub party_category: Result<Pivot, Error>,
}

/// The responsibility matrix's totals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatrixTotals {
    /// One summary per party, in plan order (the column totals and each party's page).
    pub parties: Vec<PartySummary>,
    /// One total per service, in plan order.
    pub rows: Vec<RowTotal>,
    /// Euros per year and person-years of the whole matrix; `None` on overflow.
    pub total: (Option<Money>, Option<Decimal>),
    party_index: HashMap<PartyId, usize>,
    row_index: HashMap<ServiceId, usize>,
}

impl MatrixTotals {
    fn of(plan: &Plan) -> MatrixTotals {
        let parties = matrix::party_totals(plan);
        let rows = matrix::row_totals(plan);
        let euros = rows.iter().try_fold(Money::ZERO, |sum, r| sum.checked_add(r.euros_per_year?));
        let years = rows.iter().try_fold(Decimal::ZERO, |sum, r| sum.checked_add(r.person_years?));
        let party_index = parties.iter().enumerate().map(|(i, s)| (s.party, i)).collect();
        let row_index = rows.iter().enumerate().map(|(i, r)| (r.service, i)).collect();
        MatrixTotals { parties, rows, total: (euros, years), party_index, row_index }
    }

    /// A party's summary (its column of the matrix).
    pub fn party(&self, id: PartyId) -> Option<&PartySummary> {
        self.party_index.get(&id).map(|&i| &self.parties[i])
    }

    /// A service's row total.
    pub fn row(&self, id: ServiceId) -> Option<&RowTotal> {
        self.row_index.get(&id).map(|&i| &self.rows[i])
    }
}

/// The risk register's figures.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegisterFigures {
    pub exposure: Exposure,
    /// Each open risk's share of the register-based reserve, in register order.
    pub reserve_shares: Vec<(RiskId, Money)>,
    /// The same shares, largest (in absolute value) first, ties in register order.
    pub largest_shares: Vec<(RiskId, Money)>,
    /// How many risks have a residual rating: `[open only, with closed]`.
    pub residual_rated: [usize; 2],
    /// How many risks are open.
    pub open: usize,
    /// Each risk's lower-cased search text (`register::search_texts`), in register order.
    pub search: Vec<String>,
    /// Heatmap counts `[residual][include_closed]`.
    heatmaps: [[[[usize; 5]; 5]; 2]; 2],
    share_index: HashMap<RiskId, usize>,
}

impl RegisterFigures {
    fn of(plan: &Plan) -> RegisterFigures {
        let reg = &plan.risks;
        let reserve_shares = register::reserve_contributions(reg);
        let share_index = reserve_shares.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
        let map = |residual| [register::heatmap(reg, residual, false), register::heatmap(reg, residual, true)];
        let mut largest_shares = reserve_shares.clone();
        largest_shares.sort_by_key(|s| std::cmp::Reverse(s.1.cents().unsigned_abs()));
        let rated = reg.risks.iter().filter(|r| r.residual.is_some());
        let residual_rated = [rated.clone().filter(|r| r.status.is_open()).count(), rated.count()];
        RegisterFigures {
            exposure: register::exposure(reg),
            reserve_shares,
            largest_shares,
            residual_rated,
            open: reg.risks.iter().filter(|r| r.status.is_open()).count(),
            search: register::search_texts(plan),
            heatmaps: [map(false), map(true)],
            share_index,
        }
    }

    /// The counts of risks per probability × impact cell.
    pub fn heatmap(&self, residual: bool, include_closed: bool) -> &[[usize; 5]; 5] {
        &self.heatmaps[usize::from(residual)][usize::from(include_closed)]
    }

    /// An open risk's share of the register-based reserve.
    pub fn reserve_share(&self, id: RiskId) -> Option<Money> {
        self.share_index.get(&id).map(|&i| self.reserve_shares[i].1)
    }
}

/// A value offered in a pick list, with the label shown for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice<K> {
    pub key: K,
    pub label: String,
    /// The whole text, as a list with room shows it ("Hml – Hämeenlinnan kaupunki",
    /// "K3 Allianssin käyttöön osoitetut tilat").
    pub long: String,
    /// The long text in lower case, for searching.
    haystack: String,
}

impl<K> Choice<K> {
    fn new(key: K, label: String, long: String) -> Choice<K> {
        let haystack = long.to_lowercase();
        Choice { key, label, long, haystack }
    }

    /// Whether the choice holds every word of a search, case-insensitively.
    pub fn matches(&self, words: &[String]) -> bool {
        words.iter().all(|w| self.haystack.contains(w.as_str()))
    }
}

impl<K> std::fmt::Display for Choice<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// The lists the budget's pick lists offer, built once per revision and shared by every row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choices {
    /// Every party by its short name, in plan order.
    pub parties: Vec<Choice<PartyId>>,
    /// Every reimbursable-cost category: its code with the start of its name.
    pub categories: Vec<Choice<String>>,
}

impl Choices {
    fn of(plan: &Plan) -> Choices {
        Choices {
            parties: plan
                .parties
                .iter()
                .map(|p| {
                    let long =
                        if p.label() == p.name { p.name.clone() } else { format!("{} – {}", p.label(), p.name) };
                    Choice::new(p.id, p.label().to_string(), long)
                })
                .collect(),
            categories: plan
                .budget
                .cost_categories
                .iter()
                .map(|c| {
                    let long = category_label(&c.code, &c.category, usize::MAX);
                    Choice::new(c.code.clone(), category_label(&c.code, &c.category, 28), long)
                })
                .collect(),
        }
    }

    /// The choice of a party (a removed party's id when it is not in the plan).
    pub fn party(&self, id: PartyId) -> Choice<PartyId> {
        self.parties
            .iter()
            .find(|c| c.key == id)
            .cloned()
            .unwrap_or_else(|| Choice::new(id, id.to_string(), id.to_string()))
    }

    /// The choice of a category code (the bare code when it is not on the list).
    pub fn category(&self, code: &str) -> Choice<String> {
        self.categories
            .iter()
            .find(|c| c.key == code)
            .cloned()
            .unwrap_or_else(|| Choice::new(code.to_string(), code.to_string(), code.to_string()))
    }
}

/// A category's code with the first `max` characters of its name ("K1 Henkilöstökulut…").
pub fn category_label(code: &str, name: &str, max: usize) -> String {
    if name.is_empty() {
        return code.to_string();
    }
    let short: String = name.chars().take(max).collect();
    let ellipsis = if name.chars().count() > max { "…" } else { "" };
    format!("{code} {short}{ellipsis}")
}

/// Every derived figure of one plan revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// The findings of `rules::check`, errors first.
    pub findings: Vec<Finding>,
    /// The worst severity of the findings on each subject.
    flags: HashMap<Subject, Severity>,
    /// The findings (indices) shown at each place of the responsibility matrix.
    places: HashMap<Place, Vec<usize>>,
    pub errors: usize,
    pub warnings: usize,
    /// Σ of the cost lines.
    pub base_estimate: Result<Money, Error>,
    pub target: Result<TargetCost, Error>,
    /// The settlement at exactly the target cost (for the caps the target-cost panel shows).
    pub at_target: Result<Settlement, Error>,
    pub scenarios: Result<Vec<Scenario>, Error>,
    /// The producers' and owners' result from `CURVE_FROM` to `CURVE_TO`.
    pub curve: Result<Vec<CurvePoint>, Error>,
    pub kra: Result<Kra, Error>,
    /// Σ of the KRA metrics' weights.
    pub kra_weights: Bp,
    /// Σ of the owners' funding shares.
    pub owner_shares: Bp,
    /// Each party's own budget: Σ of its cost lines (`None` on overflow).
    party_budgets: HashMap<PartyId, Option<Money>>,
    pub pivots: Pivots,
    pub matrix: MatrixTotals,
    pub register: RegisterFigures,
    pub choices: Choices,
    pub followup: FollowUpFigures,
}

/// The follow-up view's figures: the KPI series, the cost burn and the forecast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpFigures {
    pub kpis: followup::Kpis,
    /// Empty without reported costs.
    pub burn: Result<followup::Burn, Error>,
    /// As of the end of the latest reported period (`None` without reported costs and without
    /// an estimate of the rest).
    pub forecast: Option<Result<followup::Forecast, Error>>,
}

impl FollowUpFigures {
    fn of(plan: &Plan) -> FollowUpFigures {
        let f = &plan.followup;
        let kpis = followup::kpis(plan);
        let burn = if f.costs.is_empty() {
            Ok(followup::Burn { periods: Vec::new(), years: Vec::new() })
        } else {
            followup::burn(plan)
        };
        let latest = f.costs.iter().map(|c| c.period.end()).max();
        let first_year = plan.budget.cost_lines.iter().map(|c| c.year).min();
        let as_of = latest.or_else(|| {
            let start = chrono::NaiveDate::from_ymd_opt(first_year?, 1, 1)?;
            f.rest_estimate.and(start.pred_opt())
        });
        let forecast = as_of.map(|d| followup::forecast(plan, &kpis, d));
        FollowUpFigures { kpis, burn, forecast }
    }
}

impl Analysis {
    /// Computes every figure of a plan.
    pub fn of(plan: &Plan) -> Analysis {
        let findings = rules::check(plan);
        let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = findings.len() - errors;
        let mut flags: HashMap<Subject, Severity> = HashMap::new();
        for f in &findings {
            let worst = flags.entry(f.subject).or_insert(f.severity);
            *worst = (*worst).min(f.severity);
        }
        let mut places: HashMap<Place, Vec<usize>> = HashMap::new();
        for (i, f) in findings.iter().enumerate() {
            for place in matrix::places(plan, f) {
                places.entry(place).or_default().push(i);
            }
        }
        let empty = plan.budget.cost_lines.is_empty();
        let pivot_of = |rows, columns| {
            if empty { Ok(Pivot::default()) } else { pivot(plan, rows, columns) }
        };
        Analysis {
            flags,
            places,
            warnings,
            errors,
            findings,
            base_estimate: commercial::base_estimate(&plan.budget),
            target: commercial::target_cost(plan),
            at_target: commercial::settle(plan, &commercial::Actuals::default()),
            scenarios: commercial::scenarios(plan, None),
            curve: commercial::result_curve(plan, None, CURVE_FROM, CURVE_TO, CURVE_STEP),
            kra: commercial::kra::kra(&plan.budget, None),
            kra_weights: Bp(plan.budget.metrics.iter().fold(0u32, |sum, m| sum.saturating_add(m.weight.0))),
            owner_shares: Bp(plan.owners().fold(0u32, |sum, p| sum.saturating_add(p.funding_share.0))),
            party_budgets: party_budgets(plan),
            pivots: Pivots {
                party_year: pivot_of(Dim::Party, Dim::Year),
                category_party: pivot_of(Dim::Category, Dim::Party),
                year_party: pivot_of(Dim::Year, Dim::Party),
                party_category: pivot_of(Dim::Party, Dim::Category),
            },
            matrix: MatrixTotals::of(plan),
            register: RegisterFigures::of(plan),
            choices: Choices::of(plan),
            followup: FollowUpFigures::of(plan),
        }
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// The worst severity of the findings on a subject, if it has any.
    pub fn flag(&self, subject: Subject) -> Option<Severity> {
        self.flags.get(&subject).copied()
    }

    /// The findings shown at a place of the responsibility matrix, in findings order.
    pub fn findings_at(&self, place: Place) -> Vec<&Finding> {
        self.places.get(&place).map_or_else(Vec::new, |v| v.iter().map(|&i| &self.findings[i]).collect())
    }

    /// The findings shown on a service's row of the matrix or on any of its cells, in findings
    /// order.
    pub fn findings_on_service(&self, id: ServiceId) -> Vec<&Finding> {
        let mut at: Vec<usize> = self
            .places
            .iter()
            .filter(|(p, _)| matches!(p, Place::Row(x) | Place::Cell(x, _) if *x == id))
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|i| &self.findings[i]).collect()
    }

    /// A party's own budget: Σ of its cost lines, zero without lines, `None` on overflow.
    pub fn party_budget(&self, id: PartyId) -> Option<Money> {
        self.party_budgets.get(&id).copied().unwrap_or(Some(Money::ZERO))
    }
}

fn party_budgets(plan: &Plan) -> HashMap<PartyId, Option<Money>> {
    let mut out: HashMap<PartyId, Option<Money>> = HashMap::new();
    for c in &plan.budget.cost_lines {
        let sum = out.entry(c.party).or_insert(Some(Money::ZERO));
        *sum = sum.and_then(|s| s.checked_add(c.amount));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template;

    #[test]
    fn figures_are_those_of_the_library_functions() {
        for t in template::all() {
            let (plan, name) = ((t.build)(), t.name);
            let a = Analysis::of(&plan);
            assert_eq!(a.findings, rules::check(&plan), "{name}");
            for f in &a.findings {
                let worst = a.findings.iter().filter(|g| g.subject == f.subject).map(|g| g.severity).min();
                assert_eq!(a.flag(f.subject), worst, "{name}");
            }
            assert_eq!(a.target, commercial::target_cost(&plan), "{name}");
            assert_eq!(a.scenarios, commercial::scenarios(&plan, None), "{name}");
            assert_eq!(a.matrix.parties, matrix::party_totals(&plan), "{name}");
            assert_eq!(a.matrix.total, matrix::grand_total(&plan), "{name}");
            assert_eq!(a.register.exposure, register::exposure(&plan.risks), "{name}");
            for p in &plan.parties {
                assert_eq!(a.matrix.party(p.id), Some(&matrix::party_summary(&plan, p.id)), "{name}");
                assert_eq!(a.party_budget(p.id), plan.budget.total_for_party(p.id), "{name}");
            }
            for (id, m) in register::reserve_contributions(&plan.risks) {
                assert_eq!(a.register.reserve_share(id), Some(m), "{name}");
            }
            for f in &a.findings {
                for place in matrix::places(&plan, f) {
                    assert!(a.findings_at(place).contains(&f), "{name}");
                }
            }
            for s in &plan.services {
                let on = |f: &&Finding| {
                    matrix::places(&plan, f)
                        .iter()
                        .any(|p| matches!(p, Place::Row(x) | Place::Cell(x, _) if *x == s.id))
                };
                let expected: Vec<&Finding> = a.findings.iter().filter(on).collect();
                assert_eq!(a.findings_on_service(s.id), expected, "{name}");
            }
            assert_eq!(a.register.heatmap(true, false), &register::heatmap(&plan.risks, true, false));
            assert_eq!(a.pivots.party_year, pivot(&plan, Dim::Party, Dim::Year), "{name}");
        }
    }

    #[test]
    fn an_empty_budget_has_empty_pivots_and_a_closed_risk_has_no_share() {
        let mut plan = (template::all()[0].build)();
        plan.budget.cost_lines.clear();
        let a = Analysis::of(&plan);
        assert_eq!(a.pivots.party_year, Ok(Pivot::default()));
        assert_eq!(a.base_estimate, Ok(Money::ZERO));
        let closed = plan.risks.risks.iter().find(|r| !r.status.is_open()).map(|r| r.id);
        if let Some(id) = closed {
            assert_eq!(a.register.reserve_share(id), None);
        }
    }
}
