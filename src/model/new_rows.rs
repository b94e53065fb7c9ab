//! Rows the user adds, with their ids and defaults: each constructor takes the next free id
//! (`Plan::next_id`) and fills the fields the screens used to choose, and returns the add-edit
//! with the new row's id (so a screen can select it). Names in the user's language are passed
//! in; the library chooses no UI text.

use super::Plan;
use super::budget::{CostCategory, CostLine};
use super::edit::Edit;
use super::id::{CostLineId, DeliverableId, MetricId, PartyId, RiskId, ServiceId};
use super::metric::{Actual, Direction, Metric};
use super::money::{Bp, Decimal, Money};
use super::party::{AllianceRole, Party, PartyKind};
use super::phase::{Deliverable, DeliverableStatus, PhaseKind};
use super::register;
use super::risk::{RiskStatus, StatusChange};
use super::service::{ProductionMode, Service, ServiceKind};
use chrono::{Datelike, NaiveDate};

/// A new row's id and the edit that adds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRow<I> {
    pub id: I,
    pub edit: Edit,
}

/// The category code a new cost line gets when the plan has no categories at all.
pub const FALLBACK_CATEGORY: &str = "K1";

/// `base`, or `base 2`, `base 3`… whichever is not among `existing`.
pub fn unique_name<'a>(base: &str, existing: impl Iterator<Item = &'a str> + Clone) -> String {
    let taken = |n: &str| existing.clone().any(|e| e == n);
    if !taken(base) {
        return base.to_string();
    }
    (2..).map(|i| format!("{base} {i}")).find(|n| !taken(n)).unwrap_or_else(|| base.to_string())
}

impl Plan {
    /// A new owner municipality named `base` (made unique among the parties).
    pub fn new_party(&self, base: &str) -> NewRow<PartyId> {
        let id = PartyId(self.next_id);
        let name = unique_name(base, self.parties.iter().map(|p| p.name.as_str()));
        let party = Party::new(id, &name, PartyKind::Municipality, AllianceRole::Owner);
        NewRow { id, edit: Edit::AddParty(Box::new(party)) }
    }

    /// A new own-production service named `base` (made unique), organised by the first party
    /// of an organiser kind.
    pub fn new_service(&self, base: &str) -> NewRow<ServiceId> {
        let id = ServiceId(self.next_id);
        let name = unique_name(base, self.services.iter().map(|s| s.name.as_str()));
        let mut service = Service::new(id, &name, ServiceKind::Service, ProductionMode::OwnProduction);
        service.organiser = self.parties.iter().find(|p| p.kind.is_organiser_kind()).map(|p| p.id);
        NewRow { id, edit: Edit::AddService(Box::new(service)) }
    }

    /// A new deliverable of a phase spanning the phase, owned by the phase's owner; `None`
    /// when the plan has no such phase.
    pub fn new_deliverable(&self, phase: PhaseKind, title: &str) -> Option<NewRow<DeliverableId>> {
        let ph = self.phase(phase)?;
        let id = DeliverableId(self.next_id);
        let deliverable = Deliverable {
            id,
            title: title.to_string(),
            owner: ph.owner,
            start: ph.start,
            due: ph.end,
            status: DeliverableStatus::NotStarted,
            note: String::new(),
        };
        Some(NewRow { id, edit: Edit::AddDeliverable { phase, deliverable: Box::new(deliverable) } })
    }

    /// A new zero cost line like the last one (its party, category and year), or else for the
    /// first party, the first reimbursable category and this year; `None` without parties.
    pub fn new_cost_line(&self, today: NaiveDate) -> Option<NewRow<CostLineId>> {
        let last = self.budget.cost_lines.last();
        let party = last.map(|c| c.party).or_else(|| self.parties.first().map(|p| p.id))?;
        let category = last.map(|c| c.category.clone()).unwrap_or_else(|| {
            let list = &self.budget.cost_categories;
            list.iter()
                .find(|c| c.reimbursable)
                .or(list.first())
                .map_or_else(|| FALLBACK_CATEGORY.into(), |c| c.code.clone())
        });
        let id = CostLineId(self.next_id);
        let line = CostLine {
            id,
            party,
            category,
            year: last.map_or_else(|| today.year(), |c| c.year),
            amount: Money::ZERO,
            description: String::new(),
        };
        Some(NewRow { id, edit: Edit::AddCostLine(Box::new(line)) })
    }

    /// A new percentage metric (0 / 50 / 100, higher is better) taking the weight the other
    /// metrics leave (weights sum to 100 %).
    pub fn new_metric(&self) -> NewRow<MetricId> {
        let used: u32 = self.budget.metrics.iter().map(|m| m.weight.0).fold(0, u32::saturating_add);
        let id = MetricId(self.next_id);
        let metric = Metric {
            id,
            name: String::new(),
            definition: String::new(),
            source: String::new(),
            unit: "%".into(),
            direction: Direction::HigherIsBetter,
            minimum: Decimal::from_int(0),
            target: Decimal::from_int(50),
            excellent: Decimal::from_int(100),
            weight: Bp(10_000u32.saturating_sub(used)),
            actual: Actual::Unknown,
            decimals: None,
        };
        NewRow { id, edit: Edit::AddMetric(Box::new(metric)) }
    }

    /// A new risk with the next free code and neutral ratings, identified on `today`.
    pub fn new_risk(&self, today: NaiveDate) -> NewRow<RiskId> {
        let id = RiskId(self.next_id);
        let risk = register::new_risk(id, register::next_code(&self.risks), today);
        NewRow { id, edit: Edit::AddRisk(Box::new(risk)) }
    }

    /// A copy of a risk with the next free code and the given title, identified again on
    /// `today` with no rating history; `None` for a risk not in the plan.
    pub fn duplicate_risk(&self, of: RiskId, title: String, today: NaiveDate) -> Option<NewRow<RiskId>> {
        let r = self.risk(of)?;
        let id = RiskId(self.next_id);
        let copy = super::Risk {
            id,
            code: register::next_code(&self.risks),
            title,
            status: RiskStatus::Identified,
            status_history: vec![StatusChange { date: today, status: RiskStatus::Identified }],
            rating_history: Vec::new(),
            ..r.clone()
        };
        Some(NewRow { id, edit: Edit::AddRisk(Box::new(copy)) })
    }

    /// A new empty, reimbursable row of the cost list with the next free code `K<n>`.
    pub fn new_cost_category(&self) -> CostCategory {
        let list = &self.budget.cost_categories;
        let code = (list.len() + 1..)
            .map(|n| format!("K{n}"))
            .find(|code| !list.iter().any(|c| c.code == *code))
            .unwrap_or_else(|| FALLBACK_CATEGORY.into());
        CostCategory {
            id: super::budget::next_category_id(list),
            code,
            category: String::new(),
            unit: String::new(),
            rate: None,
            evidence: String::new(),
            approver: String::new(),
            reimbursable: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget::CategoryId;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn with_parties() -> Plan {
        let mut plan = Plan::new("rows");
        for (name, kind) in [("ELY", PartyKind::ElyCentre), ("Työllisyysalue", PartyKind::EmploymentArea)] {
            let id = PartyId(plan.allocate_id());
            plan.parties.push(Party::new(id, name, kind, AllianceRole::Owner));
        }
        plan
    }

    /// Applies a new row's edit and checks the id was free and is now taken.
    fn add<I: Copy + std::fmt::Debug>(plan: &mut Plan, row: NewRow<I>, raw: impl Fn(I) -> u32) {
        assert_eq!(raw(row.id), plan.next_id);
        plan.apply(&row.edit).expect("a new row applies");
        assert_eq!(plan.next_id, raw(row.id) + 1);
    }

    #[test]
    fn unique_names_count_up_past_taken_ones() {
        let cases: &[(&[&str], &str)] = &[
            (&[], "Uusi"),
            (&["Uusi 2"], "Uusi"),
            (&["Uusi"], "Uusi 2"),
            (&["Uusi", "Uusi 2", "Uusi 4"], "Uusi 3"),
            (&["uusi"], "Uusi"),
        ];
        for &(taken, want) in cases {
            assert_eq!(unique_name("Uusi", taken.iter().copied()), want, "{taken:?}");
        }
    }

    #[test]
    fn parties_and_services_get_fresh_ids_and_names() {
        let mut plan = with_parties();
        let a = plan.new_party("Uusi");
        add(&mut plan, a, |i| i.0);
        let b = plan.new_party("Uusi");
        let bid = b.id;
        add(&mut plan, b, |i| i.0);
        assert_eq!(plan.party(bid).map(|p| p.name.as_str()), Some("Uusi 2"));
        assert_eq!(plan.party(bid).map(|p| p.role), Some(AllianceRole::Owner));

        let s = plan.new_service("Palvelu");
        let sid = s.id;
        add(&mut plan, s, |i| i.0);
        // The ELY centre is no organiser kind; the employment area is.
        assert_eq!(plan.service(sid).and_then(|s| s.organiser), Some(plan.parties[1].id));
        let alone = Service::new(ServiceId(1), "P", ServiceKind::Service, ProductionMode::OwnProduction);
        assert_eq!(Plan::new("x").new_service("P").edit, Edit::AddService(Box::new(alone)), "no organiser to pick");
    }

    #[test]
    fn cost_lines_follow_the_last_line_or_the_first_reimbursable_category() {
        let mut plan = with_parties();
        assert!(Plan::new("empty").new_cost_line(day("2026-05-01")).is_none(), "no party, no line");
        plan.budget.cost_categories[0].reimbursable = false;
        let first_reimbursable = plan.budget.cost_categories[1].code.clone();
        let row = plan.new_cost_line(day("2026-05-01")).expect("line");
        let id = row.id;
        add(&mut plan, row, |i| i.0);
        let line = plan.budget.cost_lines.iter().find(|c| c.id == id).cloned().expect("added");
        assert_eq!(
            (line.party, line.category.as_str(), line.year),
            (plan.parties[0].id, first_reimbursable.as_str(), 2026)
        );

        let mut edited = line.clone();
        edited.party = plan.parties[1].id;
        edited.category = "K7".into();
        edited.year = 2028;
        plan.apply(&Edit::UpdateCostLine(Box::new(edited))).expect("update");
        let row = plan.new_cost_line(day("2026-05-01")).expect("line");
        let Edit::AddCostLine(next) = &row.edit else { panic!("{:?}", row.edit) };
        assert_eq!((next.party, next.category.as_str(), next.year), (plan.parties[1].id, "K7", 2028));

        plan.budget.cost_lines.clear();
        plan.budget.cost_categories.clear();
        let row = plan.new_cost_line(day("2026-05-01")).expect("line");
        let Edit::AddCostLine(next) = &row.edit else { panic!("{:?}", row.edit) };
        assert_eq!(next.category, FALLBACK_CATEGORY);
    }

    #[test]
    fn metrics_take_the_weight_left() {
        let mut plan = with_parties();
        let m = plan.new_metric();
        add(&mut plan, m, |i| i.0);
        assert_eq!(plan.budget.metrics[0].weight, Bp(10_000));
        plan.budget.metrics[0].weight = Bp(6_000);
        let m = plan.new_metric();
        add(&mut plan, m, |i| i.0);
        assert_eq!(plan.budget.metrics[1].weight, Bp(4_000));
        plan.budget.metrics[1].weight = Bp(5_000);
        let NewRow { edit: Edit::AddMetric(m), .. } = plan.new_metric() else { panic!("metric") };
        assert_eq!(m.weight, Bp(0), "over 100 % leaves nothing, never a wrap-around");
    }

    #[test]
    fn deliverables_risks_and_copies() {
        let mut plan = with_parties();
        let dev = plan.phases.iter_mut().find(|p| p.kind == PhaseKind::Development).expect("dev");
        dev.start = Some(day("2026-01-01"));
        dev.end = Some(day("2026-12-31"));
        dev.owner = Some(PartyId(2));
        let d = plan.new_deliverable(PhaseKind::Development, "Tuotos").expect("phase");
        let Edit::AddDeliverable { deliverable, .. } = &d.edit else { panic!("{:?}", d.edit) };
        assert_eq!(
            (deliverable.start, deliverable.due, deliverable.owner),
            (Some(day("2026-01-01")), Some(day("2026-12-31")), Some(PartyId(2)))
        );
        add(&mut plan, d, |i| i.0);
        plan.phases.retain(|p| p.kind != PhaseKind::Service);
        assert!(plan.new_deliverable(PhaseKind::Service, "x").is_none());

        let r = plan.new_risk(day("2026-02-01"));
        let rid = r.id;
        add(&mut plan, r, |i| i.0);
        assert_eq!(plan.risk(rid).map(|r| r.code.as_str()), Some("R1"));
        let copy = plan.duplicate_risk(rid, "Kopio".into(), day("2026-03-01")).expect("copy");
        let cid = copy.id;
        add(&mut plan, copy, |i| i.0);
        let c = plan.risk(cid).expect("copy");
        assert_eq!((c.code.as_str(), c.title.as_str(), c.status_history.len()), ("R2", "Kopio", 1));
        assert!(plan.duplicate_risk(RiskId(999), String::new(), day("2026-03-01")).is_none());
    }

    #[test]
    fn new_categories_get_a_free_code_and_id() {
        let mut plan = Plan::new("c");
        let n = plan.budget.cost_categories.len();
        let c = plan.new_cost_category();
        assert_eq!(c.code, format!("K{}", n + 1));
        assert_eq!(c.id, CategoryId(n as u32 + 1));
        assert!(c.reimbursable);
        // K1, K2, K3 with K1 removed: K3 (one above the length) is taken, so K4.
        plan.budget.cost_categories.truncate(3);
        plan.budget.cost_categories.remove(0);
        let c = plan.new_cost_category();
        assert_eq!((c.code.as_str(), c.id), ("K4", CategoryId(4)));
        plan.apply(&Edit::AddCostCategory(Box::new(c.clone()))).expect("added");
        assert_eq!(plan.apply(&Edit::AddCostCategory(Box::new(c))), Err(crate::model::EditError::DuplicateId(4)));
    }
}
