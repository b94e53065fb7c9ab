//! Helpers that keep the built-in templates short: a plan builder with chained setters for
//! parties, services, deliverables, metrics and risks, and parsers for date and decimal
//! literals. Literals are constants of the templates, so a bad one is a programming error.

use crate::model::party::{complete_business_id, validate_business_id};
use crate::model::risk::{RatingRecord, StatusChange};
use crate::model::*;
use chrono::NaiveDate;

/// A date written the Finnish way, `"23.10.2026"`.
pub(crate) fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%d.%m.%Y").unwrap_or_else(|e| panic!("template date {s:?}: {e}"))
}

/// A decimal literal such as `"39.2062"`.
pub(crate) fn dec(s: &str) -> Decimal {
    s.parse().unwrap_or_else(|e| panic!("template decimal {s:?}: {e}"))
}

/// A valid business ID (Y-tunnus) from a made-up seven-digit body. A body that has no valid
/// check digit is skipped for the next one that has.
pub(crate) fn business_id(body: u32) -> String {
    (body..10_000_000)
        .find_map(|b| complete_business_id(&format!("{b:07}")))
        .unwrap_or_else(|| panic!("no valid business ID from body {body}"))
}

/// A plan under construction. Ids are allocated in the order rows are added; the gate
/// decision is recorded last, by `finish`, so that its baseline freezes the whole plan.
pub(crate) struct Builder {
    plan: Plan,
    gate: Option<Gate>,
}

/// A Go decision waiting to be recorded by `finish`.
struct Gate {
    phase: PhaseKind,
    date: NaiveDate,
    minutes_ref: String,
    note: String,
}

impl Builder {
    pub(crate) fn new(name: &str) -> Builder {
        Builder { plan: Plan::new(name), gate: None }
    }

    pub(crate) fn meta(&mut self) -> &mut Meta {
        &mut self.plan.meta
    }

    pub(crate) fn budget(&mut self) -> &mut Budget {
        &mut self.plan.budget
    }

    /// Adds a party with a leadership seat and a project seat.
    pub(crate) fn party(&mut self, name: &str, short_name: &str, kind: PartyKind, role: AllianceRole) -> PartyRow<'_> {
        let id = PartyId(self.plan.allocate_id());
        let mut p = Party::new(id, name, kind, role);
        p.short_name = short_name.to_string();
        p.leadership_seats = 1;
        p.project_seats = 1;
        self.plan.parties.push(p);
        PartyRow(self.plan.parties.last_mut().expect("party just added"))
    }

    pub(crate) fn service(
        &mut self,
        name: &str,
        kind: ServiceKind,
        mode: ProductionMode,
        field: Field,
    ) -> ServiceRow<'_> {
        let id = ServiceId(self.plan.allocate_id());
        let mut s = Service::new(id, name, kind, mode);
        s.field = field;
        self.plan.services.push(s);
        ServiceRow(self.plan.services.last_mut().expect("service just added"))
    }

    fn phase_mut(&mut self, kind: PhaseKind) -> &mut Phase {
        self.plan.phases.iter_mut().find(|p| p.kind == kind).expect("a new plan has all four phases")
    }

    /// Sets a phase's dates (`"d.m.yyyy"`) and notes.
    pub(crate) fn phase(&mut self, kind: PhaseKind, start: &str, end: &str, notes: &str) {
        let p = self.phase_mut(kind);
        p.start = Some(date(start));
        p.end = Some(date(end));
        p.notes = notes.to_string();
    }

    pub(crate) fn deliverable(&mut self, phase: PhaseKind, title: &str, owner: PartyId) -> DeliverableRow<'_> {
        let id = DeliverableId(self.plan.allocate_id());
        let d = Deliverable {
            id,
            title: title.to_string(),
            owner: Some(owner),
            start: None,
            due: None,
            status: DeliverableStatus::NotStarted,
            note: String::new(),
        };
        let p = self.phase_mut(phase);
        p.deliverables.push(d);
        DeliverableRow(p.deliverables.last_mut().expect("deliverable just added"))
    }

    /// Records the group's answer to a checklist item (kept in checklist order).
    pub(crate) fn answer(&mut self, phase: PhaseKind, item: ChecklistItem, done: bool, answer: &str) {
        let answer = ChecklistAnswer { item, done, answer: answer.to_string() };
        self.plan.apply(&Edit::SetChecklistAnswer { phase, answer }).expect("the phase exists");
    }

    /// Adds a cost line of `euros` to a party's budget.
    pub(crate) fn cost(&mut self, party: PartyId, category: &str, year: i32, euros: i64, description: &str) {
        let id = CostLineId(self.plan.allocate_id());
        self.plan.budget.cost_lines.push(CostLine {
            id,
            party,
            category: category.to_string(),
            year,
            amount: Money::euros(euros),
            description: description.to_string(),
        });
    }

    /// Adds one cost line per year: `euros` a year scaled by the year's percentage, e.g.
    /// `&[(2027, 50), (2028, 100), (2029, 102)]` for a half first year and 2 % indexation.
    pub(crate) fn costs(
        &mut self,
        years: &[(i32, i64)],
        party: PartyId,
        category: &str,
        euros: i64,
        description: &str,
    ) {
        for &(year, percent) in years {
            self.cost(party, category, year, euros * percent / 100, description);
        }
    }

    pub(crate) fn metric(&mut self, name: &str, unit: &str, direction: Direction) -> MetricRow<'_> {
        let id = MetricId(self.plan.allocate_id());
        self.plan.budget.metrics.push(Metric {
            id,
            name: name.to_string(),
            definition: String::new(),
            source: String::new(),
            unit: unit.to_string(),
            direction,
            minimum: Decimal::ZERO,
            target: Decimal::ZERO,
            excellent: Decimal::ZERO,
            weight: Bp::ZERO,
            actual: Actual::Unknown,
            decimals: None,
        });
        MetricRow(self.plan.budget.metrics.last_mut().expect("metric just added"))
    }

    /// Adds a threat coded `R1`, `R2`, … in the order added; chain setters fill the rest.
    pub(crate) fn risk(&mut self, title: &str, category: RiskCategory, phase: PhaseKind) -> RiskRow<'_> {
        let id = RiskId(self.plan.allocate_id());
        let code = format!("R{}", self.plan.risks.risks.len() + 1);
        self.plan.risks.risks.push(Risk {
            id,
            code,
            title: title.to_string(),
            cause: String::new(),
            consequence: String::new(),
            category,
            phase: Some(phase),
            shared: false,
            owner: None,
            owner_person: String::new(),
            probability: 1,
            impact: 1,
            residual: None,
            min_amount: Money::ZERO,
            likely_amount: Money::ZERO,
            max_amount: Money::ZERO,
            probability_pct: Bp::ZERO,
            nature: RiskNature::Threat,
            mitigation: String::new(),
            action_owner: String::new(),
            due: None,
            status: RiskStatus::Identified,
            status_history: Vec::new(),
            review: None,
            trend: Trend::Stable,
            rating_history: Vec::new(),
        });
        RiskRow(self.plan.risks.risks.last_mut().expect("risk just added"))
    }

    /// A Go decision at the gate ending `phase`, with every owner approving; it is recorded
    /// by `finish`, after everything else, so that its baseline holds the whole plan.
    pub(crate) fn gate_go(&mut self, phase: PhaseKind, on: &str, minutes_ref: &str, note: &str) {
        self.gate = Some(Gate { phase, date: date(on), minutes_ref: minutes_ref.to_string(), note: note.to_string() });
    }

    /// The finished plan, with the gate decision recorded through `Plan::apply`.
    pub(crate) fn finish(mut self) -> Plan {
        if let Some(g) = self.gate.take() {
            let positions = self.plan.owners().map(|p| Position { party: p.id, stance: Stance::Approves }).collect();
            let decision = GateDecision {
                id: DecisionId(self.plan.allocate_id()),
                outcome: GateOutcome::Go,
                date: g.date,
                minutes_ref: g.minutes_ref,
                positions,
                baseline: None,
                note: g.note,
            };
            let baseline = BaselineId(self.plan.allocate_id());
            self.plan
                .apply(&Edit::RecordDecision { phase: g.phase, decision: Box::new(decision), baseline })
                .expect("a template's gate decision applies to its own plan");
        }
        self.plan
    }
}

/// Chained setters of a party just added.
pub(crate) struct PartyRow<'a>(&'a mut Party);

impl PartyRow<'_> {
    pub(crate) fn id(&self) -> PartyId {
        self.0.id
    }

    /// The business ID of a made-up body, completed from a seven-digit body (see `business_id`).
    pub(crate) fn business_id(self, body: u32) -> Self {
        self.0.business_id = business_id(body);
        self
    }

    /// The registered business ID of a real body, e.g. `"0246246-0"` for Kela.
    pub(crate) fn registered(self, id: &str) -> Self {
        assert!(validate_business_id(id).is_ok(), "template business ID {id:?} is not valid");
        self.0.business_id = id.to_string();
        self
    }

    /// The owner's funding share in basis points.
    pub(crate) fn share(self, bp: u32) -> Self {
        self.0.funding_share = Bp(bp);
        self
    }

    /// The producer's fee in euros.
    pub(crate) fn fee(self, euros: i64) -> Self {
        self.0.fee = Money::euros(euros);
        self
    }

    pub(crate) fn contact(self, name: &str, title: &str, email: &str, phone: &str) -> Self {
        self.0.contact = Contact {
            name: name.to_string(),
            title: title.to_string(),
            email: email.to_string(),
            phone: phone.to_string(),
        };
        self
    }

    pub(crate) fn project_seats(self, seats: u8) -> Self {
        self.0.project_seats = seats;
        self
    }

    pub(crate) fn duties(self, duties: &[Field]) -> Self {
        self.0.duties = duties.to_vec();
        self
    }

    /// Marks the party as a municipality's in-house entity (sidosyksikkö).
    pub(crate) fn in_house(self) -> Self {
        self.0.in_house = true;
        self
    }
}

/// Chained setters of a service just added.
pub(crate) struct ServiceRow<'a>(&'a mut Service);

impl ServiceRow<'_> {
    pub(crate) fn describe(self, description: &str) -> Self {
        self.0.description = description.to_string();
        self
    }

    pub(crate) fn target(self, target_group: &str) -> Self {
        self.0.target_group = target_group.to_string();
        self
    }

    pub(crate) fn organiser(self, party: PartyId) -> Self {
        self.0.organiser = Some(party);
        self
    }

    /// A market failure has been established for this service.
    pub(crate) fn market_failure(self) -> Self {
        self.0.market_failure = true;
        self
    }

    /// A cell: the party's role, euros per year and person-years (a decimal literal).
    pub(crate) fn cell(self, party: PartyId, role: ServiceRole, euros: i64, person_years: &str) -> Self {
        self.0.cells.push(Cell { party, role, euros_per_year: Money::euros(euros), person_years: dec(person_years) });
        self
    }
}

/// Chained setters of a deliverable just added.
pub(crate) struct DeliverableRow<'a>(&'a mut Deliverable);

impl DeliverableRow<'_> {
    /// Work starts on `start` and is due on `due` (`"d.m.yyyy"`).
    pub(crate) fn span(self, start: &str, due: &str) -> Self {
        self.0.start = Some(date(start));
        self.0.due = Some(date(due));
        self
    }

    pub(crate) fn status(self, status: DeliverableStatus) -> Self {
        self.0.status = status;
        self
    }

    pub(crate) fn note(self, note: &str) -> Self {
        self.0.note = note.to_string();
        self
    }
}

/// Chained setters of a metric just added.
pub(crate) struct MetricRow<'a>(&'a mut Metric);

impl MetricRow<'_> {
    pub(crate) fn definition(self, definition: &str) -> Self {
        self.0.definition = definition.to_string();
        self
    }

    pub(crate) fn source(self, source: &str) -> Self {
        self.0.source = source.to_string();
        self
    }

    /// Minimum (−1), target (0) and excellent (+1) levels, as decimal literals.
    pub(crate) fn levels(self, minimum: &str, target: &str, excellent: &str) -> Self {
        self.0.minimum = dec(minimum);
        self.0.target = dec(target);
        self.0.excellent = dec(excellent);
        self
    }

    pub(crate) fn weight(self, bp: u32) -> Self {
        self.0.weight = Bp(bp);
        self
    }

    /// The actual value entered directly.
    pub(crate) fn value(self, value: &str) -> Self {
        self.0.actual = Actual::Value(dec(value));
        self
    }

    /// The actual value computed as an activation rate from counts.
    pub(crate) fn activation(self, unemployed: u64, in_services: u64) -> Self {
        self.0.actual = Actual::ActivationRate { unemployed, in_services };
        self
    }

    /// The actual value computed as an NPS from answer counts.
    pub(crate) fn nps(self, promoters: u64, passives: u64, detractors: u64) -> Self {
        self.0.actual = Actual::Nps { promoters, passives, detractors };
        self
    }

    /// The actual value computed as a change % from an old and a new value.
    pub(crate) fn change(self, old: &str, new: &str) -> Self {
        self.0.actual = Actual::Change { old: dec(old), new: dec(new) };
        self
    }
}

/// Chained setters of a risk just added.
pub(crate) struct RiskRow<'a>(&'a mut Risk);

impl RiskRow<'_> {
    pub(crate) fn because(self, cause: &str, consequence: &str) -> Self {
        self.0.cause = cause.to_string();
        self.0.consequence = consequence.to_string();
        self
    }

    /// Owned by one party, with the person responsible there.
    pub(crate) fn owner(self, party: PartyId, person: &str) -> Self {
        self.0.owner = Some(party);
        self.0.owner_person = person.to_string();
        self
    }

    /// Shared by the alliance; the owner set with `owner` coordinates it.
    pub(crate) fn shared(self) -> Self {
        self.0.shared = true;
        self
    }

    /// Probability and impact, 1–5.
    pub(crate) fn rating(self, probability: u8, impact: u8) -> Self {
        self.0.probability = probability;
        self.0.impact = impact;
        self
    }

    /// Probability and impact after mitigation.
    pub(crate) fn residual(self, probability: u8, impact: u8) -> Self {
        self.0.residual = Some(Rating { probability, impact });
        self
    }

    /// Records the current rating as adopted in a workshop on `on`.
    pub(crate) fn rated(self, on: &str, note: &str) -> Self {
        let rating = Rating { probability: self.0.probability, impact: self.0.impact };
        self.0.rating_history.push(RatingRecord { date: date(on), rating, note: note.to_string() });
        self
    }

    /// Money exposure in euros (min, most likely, max) and the probability in basis points.
    pub(crate) fn exposure(self, min: i64, likely: i64, max: i64, probability_bp: u32) -> Self {
        self.0.min_amount = Money::euros(min);
        self.0.likely_amount = Money::euros(likely);
        self.0.max_amount = Money::euros(max);
        self.0.probability_pct = Bp(probability_bp);
        self
    }

    /// An opportunity rather than a threat.
    pub(crate) fn opportunity(self) -> Self {
        self.0.nature = RiskNature::Opportunity;
        self
    }

    pub(crate) fn mitigation(self, mitigation: &str, action_owner: &str, due: &str) -> Self {
        self.0.mitigation = mitigation.to_string();
        self.0.action_owner = action_owner.to_string();
        self.0.due = Some(date(due));
        self
    }

    /// The status changes, oldest first; the last one is the current status.
    pub(crate) fn history(self, changes: &[(&str, RiskStatus)]) -> Self {
        self.0.status_history = changes.iter().map(|&(on, status)| StatusChange { date: date(on), status }).collect();
        if let Some(&(_, status)) = changes.last() {
            self.0.status = status;
        }
        self
    }

    pub(crate) fn review(self, on: &str, trend: Trend) -> Self {
        self.0.review = Some(date(on));
        self.0.trend = trend;
        self
    }
}
