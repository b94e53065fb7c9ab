//! The four phases of an alliance with their dates, deliverables and workshop checklist, and
//! the gates that end them: decisions with each party's position and a frozen baseline.

use super::id::{BaselineId, DecisionId, DeliverableId, PartyId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Strategy → formation → development → service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PhaseKind {
    Strategy,
    Formation,
    Development,
    Service,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 4] =
        [PhaseKind::Strategy, PhaseKind::Formation, PhaseKind::Development, PhaseKind::Service];

    /// 1-based position on the timeline.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The name of the gate that ends this phase.
    pub fn gate_name(self) -> &'static str {
        match self {
            PhaseKind::Strategy => "G1",
            PhaseKind::Formation => "G1b",
            PhaseKind::Development => "G2",
            PhaseKind::Service => "G3",
        }
    }

    /// The workshop checklist of this phase (domain guide §2), in order.
    pub fn checklist(self) -> &'static [ChecklistItem] {
        use ChecklistItem::*;
        match self {
            PhaseKind::Strategy => &[
                MunicipalTalks,
                SharedIntent,
                FundingAndOrganisation,
                CooperationAndDecisions,
                IsModelRight,
                DoWeGoAhead,
                HowToProcure,
            ],
            PhaseKind::Formation => {
                &[MarketDialogue, TenderDocuments, ProducerInduction, NegotiatedProcedure, ProcurementUnit]
            }
            PhaseKind::Development => &[
                DevelopmentAgreement,
                JointOrganisation,
                ServiceConcept,
                TargetGroupAndNeeds,
                SharedStrategicGoals,
                CommunityAndIndividualGoals,
                OwnVersusPurchased,
                Contracts,
                Metrics,
                Staging,
                Duration,
                ProjectOrganisation,
                TargetBudget,
                RiskAssessment,
            ],
            PhaseKind::Service => {
                &[ServiceAgreement, ServicesStarted, PerformanceMeasured, DeliveryStaged, YearlyReview, ExitRight]
            }
        }
    }
}

/// One item of a phase's workshop checklist: work to do or a key question to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ChecklistItem {
    MunicipalTalks,
    SharedIntent,
    FundingAndOrganisation,
    CooperationAndDecisions,
    IsModelRight,
    DoWeGoAhead,
    HowToProcure,
    MarketDialogue,
    TenderDocuments,
    ProducerInduction,
    NegotiatedProcedure,
    ProcurementUnit,
    DevelopmentAgreement,
    JointOrganisation,
    ServiceConcept,
    TargetGroupAndNeeds,
    SharedStrategicGoals,
    CommunityAndIndividualGoals,
    OwnVersusPurchased,
    Contracts,
    Metrics,
    Staging,
    Duration,
    ProjectOrganisation,
    TargetBudget,
    RiskAssessment,
    ServiceAgreement,
    ServicesStarted,
    PerformanceMeasured,
    DeliveryStaged,
    YearlyReview,
    ExitRight,
}

/// The group's answer to one checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistAnswer {
    pub item: ChecklistItem,
    pub done: bool,
    pub answer: String,
}

/// One phase of the alliance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub kind: PhaseKind,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub deliverables: Vec<Deliverable>,
    /// Answers to the checklist, in the order of `PhaseKind::checklist`; items not yet
    /// answered are absent.
    pub checklist: Vec<ChecklistAnswer>,
    /// Decisions at the gate ending this phase, oldest first (the service phase may have
    /// yearly reviews).
    pub decisions: Vec<GateDecision>,
    pub notes: String,
    /// The party that leads the work of this phase (older files have none).
    #[serde(default)]
    pub owner: Option<PartyId>,
}

impl Phase {
    pub fn new(kind: PhaseKind) -> Phase {
        Phase {
            kind,
            start: None,
            end: None,
            deliverables: Vec::new(),
            checklist: Vec::new(),
            decisions: Vec::new(),
            notes: String::new(),
            owner: None,
        }
    }

    /// The answer recorded for a checklist item, if any.
    pub fn answer(&self, item: ChecklistItem) -> Option<&ChecklistAnswer> {
        self.checklist.iter().find(|a| a.item == item)
    }

    /// The latest decision at this phase's gate.
    pub fn latest_decision(&self) -> Option<&GateDecision> {
        self.decisions.last()
    }
}

/// Something a phase must produce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    pub id: DeliverableId,
    pub title: String,
    pub owner: Option<PartyId>,
    /// When work on it starts (drawn as a bar); without it only the due date is shown.
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub status: DeliverableStatus,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DeliverableStatus {
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

/// A Go / Exit / Rework decision at a gate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateDecision {
    pub id: DecisionId,
    pub outcome: GateOutcome,
    pub date: NaiveDate,
    /// E.g. "Kaupunginhallitus 23.10.2017 § 12".
    pub minutes_ref: String,
    pub positions: Vec<Position>,
    /// The baseline frozen when this decision passed the gate.
    pub baseline: Option<BaselineId>,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GateOutcome {
    Go,
    Exit,
    Rework,
}

/// One party's position in a gate decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub party: PartyId,
    pub stance: Stance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Stance {
    Approves,
    Rejects,
    Abstains,
    Absent,
}

/// Where a phase stands on a given day, for the phase stepper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PhaseState {
    NotStarted,
    InProgress,
    /// The gate ending the phase was passed with a Go (the service phase: its end date is past).
    Passed,
    /// The latest decision at the gate was Exit.
    Exited,
}

impl Phase {
    /// The state of the phase on `today`, from its dates and its gate decisions: the latest
    /// decision counts (Exit ends the phase, Go passes it, Rework keeps it in progress); without
    /// one the phase is in progress from its start date. The service phase's gates are yearly
    /// reviews, so a Go there keeps it in progress until its end date has passed.
    pub fn state(&self, today: NaiveDate) -> PhaseState {
        let started = self.start.is_some_and(|s| s <= today);
        let ended = self.end.is_some_and(|e| e < today);
        match self.latest_decision().map(|d| d.outcome) {
            Some(GateOutcome::Exit) => PhaseState::Exited,
            Some(GateOutcome::Go) if self.kind != PhaseKind::Service || ended => PhaseState::Passed,
            Some(_) => PhaseState::InProgress,
            None if started => PhaseState::InProgress,
            None => PhaseState::NotStarted,
        }
    }
}

/// Who stands in the way of a Go under the leadership team's unanimity rule: a Go needs every
/// owner party present and approving.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unanimity {
    /// Deciders (`Plan::gate_voters`) with no position, or marked absent.
    pub missing: Vec<PartyId>,
    pub rejecting: Vec<PartyId>,
    pub abstaining: Vec<PartyId>,
}

impl Unanimity {
    /// Whether every decider was present and approved.
    pub fn is_unanimous(&self) -> bool {
        self.missing.is_empty() && self.rejecting.is_empty() && self.abstaining.is_empty()
    }

    /// Every decider in the way of a Go, in the order missing, rejecting, abstaining.
    pub fn blocking(&self) -> impl Iterator<Item = PartyId> + '_ {
        self.missing.iter().chain(&self.rejecting).chain(&self.abstaining).copied()
    }
}

/// The unanimity rule for the given deciders and positions; positions of other parties (an
/// observer, or a producer at G1) are recorded but not needed for a Go.
pub fn unanimity(deciders: &[PartyId], positions: &[Position]) -> Unanimity {
    let mut u = Unanimity::default();
    for &owner in deciders {
        match positions.iter().find(|p| p.party == owner).map(|p| p.stance) {
            Some(Stance::Approves) => {}
            Some(Stance::Rejects) => u.rejecting.push(owner),
            Some(Stance::Abstains) => u.abstaining.push(owner),
            Some(Stance::Absent) | None => u.missing.push(owner),
        }
    }
    u
}

/// Whether a party may exit the alliance on a day, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitRight {
    /// The owners keep an exit right for the whole contract period.
    Owner,
    /// After the development phase (its gate G2) any party may exit.
    AfterDevelopment,
    /// A producer or other party before the development phase has ended; `from` is the first
    /// day it may exit, when the development phase has an end date or a gate decision.
    NotYet { from: Option<NaiveDate> },
}

impl ExitRight {
    pub fn allowed(self) -> bool {
        !matches!(self, ExitRight::NotYet { .. })
    }
}

impl super::Plan {
    /// The owners with a say in a decision on a day: those that had not exited by then.
    pub fn voting_owners(&self, on: NaiveDate) -> Vec<PartyId> {
        self.owners().filter(|p| p.exited_on.is_none_or(|e| e > on)).map(|p| p.id).collect()
    }

    /// The leadership team on a day (`None`: today, whoever has not exited): one seat per party,
    /// observers not included (domain guide §2).
    pub fn leadership_team(&self, on: Option<NaiveDate>) -> impl Iterator<Item = &super::Party> {
        self.parties.iter().filter(move |p| {
            p.role != super::AllianceRole::Observer && p.exited_on.is_none_or(|e| on.is_some_and(|d| e > d))
        })
    }

    /// The unanimity rule for a decision at a phase's gate on a day with these positions: every
    /// decider present and approving (any No, abstention or missing vote blocks a Go).
    pub fn unanimity(&self, phase: PhaseKind, on: NaiveDate, positions: &[Position]) -> Unanimity {
        unanimity(&self.gate_voters(phase, on), positions)
    }

    /// The first day every party may exit: the end of the development phase, or the day of its
    /// gate decision (Go or Exit) if that came first. A Rework sends the phase back to work: it
    /// does not end it, so it opens no exit right.
    pub fn general_exit_from(&self) -> Option<NaiveDate> {
        let dev = self.phase(PhaseKind::Development)?;
        let decided = dev.decisions.iter().filter(|d| d.outcome != GateOutcome::Rework).map(|d| d.date).min();
        match (dev.end, decided) {
            (Some(e), Some(d)) => Some(e.min(d)),
            (e, d) => e.or(d),
        }
    }

    /// Whether the party may exit on the day; `None` for a party not in the plan.
    pub fn exit_right(&self, party: PartyId, on: NaiveDate) -> Option<ExitRight> {
        let p = self.party(party)?;
        if p.role == super::AllianceRole::Owner {
            return Some(ExitRight::Owner);
        }
        let from = self.general_exit_from();
        Some(if from.is_some_and(|f| f <= on) { ExitRight::AfterDevelopment } else { ExitRight::NotYet { from } })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn decided(kind: PhaseKind, outcomes: &[GateOutcome]) -> Phase {
        let mut p = Phase::new(kind);
        p.start = Some(day("2026-01-01"));
        p.end = Some(day("2026-06-30"));
        for (i, &outcome) in outcomes.iter().enumerate() {
            p.decisions.push(GateDecision {
                id: DecisionId(i as u32 + 1),
                outcome,
                date: day("2026-06-30"),
                minutes_ref: String::new(),
                positions: Vec::new(),
                baseline: None,
                note: String::new(),
            });
        }
        p
    }

    #[test]
    fn state_follows_dates_and_the_latest_decision() {
        use GateOutcome::*;
        use PhaseState::*;
        let cases = [
            (PhaseKind::Strategy, vec![], "2025-12-31", NotStarted),
            (PhaseKind::Strategy, vec![], "2026-01-01", InProgress),
            (PhaseKind::Strategy, vec![], "2027-01-01", InProgress),
            (PhaseKind::Strategy, vec![Go], "2026-06-30", Passed),
            (PhaseKind::Strategy, vec![Go, Exit], "2026-07-01", Exited),
            (PhaseKind::Strategy, vec![Exit, Rework], "2026-07-01", InProgress),
            (PhaseKind::Service, vec![Go], "2026-06-30", InProgress),
            (PhaseKind::Service, vec![Go], "2026-07-01", Passed),
        ];
        for (kind, outcomes, today, want) in cases {
            assert_eq!(decided(kind, &outcomes).state(day(today)), want, "{kind:?} {outcomes:?} {today}");
        }
        assert_eq!(Phase::new(PhaseKind::Formation).state(day("2030-01-01")), NotStarted);
    }
}
