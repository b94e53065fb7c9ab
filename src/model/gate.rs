//! The gate rule, in one place for the Guide, the Timeline, `Plan::apply` and `check`: at G1
//! (the decision to procure) and at the end of formation (the procurement decision) the owners
//! decide; from G2 on the whole leadership team, one vote per party, producers included
//! (`Plan::gate_voters`). Every decider present on the day gives a
//! position (domain guide §2: "each party's position"); a Go needs every one of them there and
//! approving: any No, abstention or missing vote blocks it. An Exit may name the party leaving,
//! which needs the exit right on that day (owners always, others once the development phase
//! has ended or passed its gate; a Rework opens nothing). `Plan::record_gate` builds the edit
//! with its ids.

use super::Plan;
use super::edit::Edit;
use super::id::{BaselineId, DecisionId, PartyId};
use super::new_rows::NewRow;
use super::phase::{ExitRight, GateDecision, GateOutcome, PhaseKind, Position, Stance, Unanimity};
use chrono::NaiveDate;

/// A gate decision as drafted in a screen, before it has ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateDraft {
    pub phase: PhaseKind,
    pub outcome: GateOutcome,
    pub date: NaiveDate,
    /// E.g. "Kaupunginhallitus 23.10.2017 § 12"; trimmed when recorded.
    pub minutes_ref: String,
    pub note: String,
    /// Each party's position; build them with `Plan::gate_positions`.
    pub positions: Vec<Position>,
    /// With an Exit: the party leaving (ignored with other outcomes).
    pub exiting: Option<PartyId>,
}

/// Why a drafted gate decision cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GateError {
    #[error("the plan has no phase {0:?}")]
    NoPhase(PhaseKind),
    #[error("{0} does not exist in the plan")]
    UnknownParty(PartyId),
    /// A Go without every decider present and approving.
    #[error("a Go needs every decider present and approving")]
    NotUnanimous(Unanimity),
    /// The party leaving has no exit right on the decision's day.
    #[error("{party} may not exit yet")]
    NoExitRight { party: PartyId, from: Option<NaiveDate> },
}

impl Plan {
    /// Who decides at a phase's gate on a day, one vote per party, in party order: at G1 (the
    /// owners' decision to procure) and at the end of formation (the owners' procurement
    /// decision, before the producers have joined) the owners; from G2 on the whole leadership
    /// team, producers and owners' own production included. Parties that had exited by the day
    /// have no say.
    pub fn gate_voters(&self, phase: PhaseKind, on: NaiveDate) -> Vec<PartyId> {
        if matches!(phase, PhaseKind::Strategy | PhaseKind::Formation) {
            return self.voting_owners(on);
        }
        self.leadership_team(Some(on)).map(|p| p.id).collect()
    }

    /// The position of every voter on the day, from `stance_of`.
    pub fn gate_positions(
        &self,
        phase: PhaseKind,
        on: NaiveDate,
        stance_of: impl Fn(PartyId) -> Stance,
    ) -> Vec<Position> {
        self.gate_voters(phase, on).into_iter().map(|party| Position { party, stance: stance_of(party) }).collect()
    }

    /// Whether a decision with this outcome, date and positions may be recorded at a phase's
    /// gate: a Go needs every decider present on the day and approving. Other outcomes are
    /// always allowed.
    pub fn gate_allows(
        &self,
        phase: PhaseKind,
        outcome: GateOutcome,
        on: NaiveDate,
        positions: &[Position],
    ) -> Result<(), Unanimity> {
        if outcome != GateOutcome::Go {
            return Ok(());
        }
        let u = self.unanimity(phase, on, positions);
        if u.is_unanimous() { Ok(()) } else { Err(u) }
    }

    /// Checks a drafted decision against the gate rule and the exit right.
    pub fn check_gate(&self, draft: &GateDraft) -> Result<(), GateError> {
        if self.phase(draft.phase).is_none() {
            return Err(GateError::NoPhase(draft.phase));
        }
        if let Some(p) = draft.positions.iter().find(|p| self.party(p.party).is_none()) {
            return Err(GateError::UnknownParty(p.party));
        }
        self.gate_allows(draft.phase, draft.outcome, draft.date, &draft.positions).map_err(GateError::NotUnanimous)?;
        if let (GateOutcome::Exit, Some(party)) = (draft.outcome, draft.exiting) {
            match self.exit_right(party, draft.date) {
                None => return Err(GateError::UnknownParty(party)),
                Some(ExitRight::NotYet { from }) => return Err(GateError::NoExitRight { party, from }),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// The edit recording a drafted decision: the decision takes the next free id and a Go's
    /// baseline the one after it; an Exit naming a party also marks it as exited from the
    /// decision's date (one undo step).
    pub fn record_gate(&self, draft: &GateDraft) -> Result<NewRow<DecisionId>, GateError> {
        self.check_gate(draft)?;
        let id = DecisionId(self.next_id);
        let decision = GateDecision {
            id,
            outcome: draft.outcome,
            date: draft.date,
            minutes_ref: draft.minutes_ref.trim().to_string(),
            positions: draft.positions.clone(),
            baseline: None,
            note: draft.note.clone(),
        };
        let record = Edit::RecordDecision {
            phase: draft.phase,
            decision: Box::new(decision),
            baseline: BaselineId(self.next_id.saturating_add(1)),
        };
        let edit = match (draft.outcome, draft.exiting) {
            (GateOutcome::Exit, Some(party)) => {
                Edit::Batch(vec![record, Edit::ExitParty { id: party, on: Some(draft.date) }])
            }
            _ => record,
        };
        Ok(NewRow { id, edit })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AllianceRole, Party, PartyKind};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    /// Two owners (ids 1, 2), a producer (3) and an owner (4) who exited on 2026-03-01.
    fn plan() -> Plan {
        let mut plan = Plan::new("gate");
        let mut add = |name: &str, role: AllianceRole| {
            let id = PartyId(plan.allocate_id());
            plan.parties.push(Party::new(id, name, PartyKind::Municipality, role));
        };
        add("A", AllianceRole::Owner);
        add("B", AllianceRole::Owner);
        add("P", AllianceRole::Producer);
        add("X", AllianceRole::Owner);
        plan.parties[3].exited_on = Some(day("2026-03-01"));
        let dev = plan.phases.iter_mut().find(|p| p.kind == PhaseKind::Development).expect("dev");
        dev.end = Some(day("2027-06-30"));
        plan
    }

    fn draft(outcome: GateOutcome, on: &str, stances: &[(u32, Stance)]) -> GateDraft {
        GateDraft {
            phase: PhaseKind::Strategy,
            outcome,
            date: day(on),
            minutes_ref: "  AJR § 4 ".into(),
            note: String::new(),
            positions: stances.iter().map(|&(p, stance)| Position { party: PartyId(p), stance }).collect(),
            exiting: None,
        }
    }

    #[test]
    fn voters_are_the_deciders_present_on_the_day() {
        let mut p = plan();
        let ids = |v: Vec<PartyId>| v.into_iter().map(|p| p.0).collect::<Vec<_>>();
        // G1: the owners.
        assert_eq!(ids(p.gate_voters(PhaseKind::Strategy, day("2026-02-28"))), [1, 2, 4]);
        assert_eq!(ids(p.gate_voters(PhaseKind::Strategy, day("2026-03-01"))), [1, 2], "exited on the day");
        // From G2 the leadership team, producers included; an observer has no vote.
        p.parties.push(Party::new(PartyId(5), "Havainnoija", PartyKind::Other, AllianceRole::Observer));
        assert_eq!(ids(p.gate_voters(PhaseKind::Development, day("2026-02-28"))), [1, 2, 3, 4]);
        assert_eq!(ids(p.gate_voters(PhaseKind::Service, day("2026-03-01"))), [1, 2, 3]);
        assert_eq!(ids(p.gate_voters(PhaseKind::Formation, day("2026-03-01"))), [1, 2], "the procurement decision");
        let positions = p.gate_positions(PhaseKind::Development, day("2026-03-02"), |id| {
            if id.0 == 3 { Stance::Rejects } else { Stance::Approves }
        });
        assert_eq!(positions.len(), 3);
        assert_eq!(positions[2], Position { party: PartyId(3), stance: Stance::Rejects });
    }

    #[test]
    fn a_go_needs_every_present_decider_approving() {
        use GateOutcome::*;
        use PhaseKind::{Development, Strategy};
        use Stance::*;
        let p = plan();
        type Case<'a> = (PhaseKind, GateOutcome, &'a str, &'a [(u32, Stance)], bool);
        // (gate, outcome, date, positions, allowed)
        let cases: &[Case] = &[
            (Strategy, Go, "2026-04-01", &[(1, Approves), (2, Approves)], true),
            // At G1 a producer's rejection is recorded but does not block: G1 is the owners'.
            (Strategy, Go, "2026-04-01", &[(1, Approves), (2, Approves), (3, Rejects)], true),
            // From G2 it does, and so does its missing vote (the issue: it did not block).
            (Development, Go, "2026-04-01", &[(1, Approves), (2, Approves), (3, Rejects)], false),
            (Development, Go, "2026-04-01", &[(1, Approves), (2, Approves)], false),
            (Development, Go, "2026-04-01", &[(1, Approves), (2, Approves), (3, Approves)], true),
            // Near misses: one owner short of a Go.
            (Strategy, Go, "2026-04-01", &[(1, Approves)], false),
            (Strategy, Go, "2026-04-01", &[(1, Approves), (2, Abstains)], false),
            (Strategy, Go, "2026-04-01", &[(1, Approves), (2, Rejects)], false),
            (Strategy, Go, "2026-04-01", &[(1, Approves), (2, Absent)], false),
            // The exited owner counts the day before it left, not on the day.
            (Strategy, Go, "2026-02-28", &[(1, Approves), (2, Approves)], false),
            (Strategy, Go, "2026-02-28", &[(1, Approves), (2, Approves), (4, Approves)], true),
            (Strategy, Go, "2026-03-01", &[(1, Approves), (2, Approves)], true),
            // Other outcomes need no unanimity.
            (Development, Rework, "2026-04-01", &[(1, Rejects)], true),
            (Strategy, Exit, "2026-04-01", &[], true),
        ];
        for &(phase, outcome, on, stances, allowed) in cases {
            let d = GateDraft { phase, ..draft(outcome, on, stances) };
            assert_eq!(p.check_gate(&d).is_ok(), allowed, "{phase:?} {outcome:?} {on} {stances:?}");
            assert_eq!(p.record_gate(&d).is_ok(), allowed);
        }
        let d = draft(Go, "2026-04-01", &[(1, Approves), (2, Rejects)]);
        let Err(GateError::NotUnanimous(u)) = p.check_gate(&d) else { panic!("not unanimous") };
        assert_eq!(u.rejecting, [PartyId(2)]);
        assert!(u.missing.is_empty() && u.abstaining.is_empty());
        let d = GateDraft { phase: Development, ..draft(Go, "2026-04-01", &[(1, Approves), (2, Approves)]) };
        let Err(GateError::NotUnanimous(u)) = p.check_gate(&d) else { panic!("the producer's vote is missing") };
        assert_eq!(u.missing, [PartyId(3)]);
    }

    /// A Rework at the development gate sends the phase back: the producers' exit right opens
    /// only with the phase's end or a Go or Exit at its gate.
    #[test]
    fn a_rework_opens_no_exit_right() {
        use GateOutcome::*;
        for (outcomes, from) in [
            (vec![], Some("2027-06-30")),
            (vec![(Rework, "2027-01-15")], Some("2027-06-30")),
            (vec![(Rework, "2027-01-15"), (Go, "2027-03-01")], Some("2027-03-01")),
            (vec![(Exit, "2027-02-01")], Some("2027-02-01")),
        ] {
            let mut p = plan();
            let dev = p.phases.iter_mut().find(|x| x.kind == PhaseKind::Development).expect("dev");
            for (i, (outcome, on)) in outcomes.iter().enumerate() {
                dev.decisions.push(GateDecision {
                    id: DecisionId(100 + i as u32),
                    outcome: *outcome,
                    date: day(on),
                    minutes_ref: String::new(),
                    positions: Vec::new(),
                    baseline: None,
                    note: String::new(),
                });
            }
            assert_eq!(p.general_exit_from(), from.map(day), "{outcomes:?}");
            let right = p.exit_right(PartyId(3), day("2027-02-15"));
            assert_eq!(
                right.is_some_and(ExitRight::allowed),
                from.is_some_and(|f| day(f) <= day("2027-02-15")),
                "{outcomes:?}"
            );
        }
    }

    #[test]
    fn an_exit_needs_the_exit_right() {
        let p = plan();
        let exit =
            |party: u32, on: &str| GateDraft { exiting: Some(PartyId(party)), ..draft(GateOutcome::Exit, on, &[]) };
        assert!(p.check_gate(&exit(1, "2026-04-01")).is_ok(), "an owner may always exit");
        assert_eq!(
            p.check_gate(&exit(3, "2027-06-29")),
            Err(GateError::NoExitRight { party: PartyId(3), from: Some(day("2027-06-30")) }),
            "a producer one day before the development phase ends"
        );
        assert!(p.check_gate(&exit(3, "2027-06-30")).is_ok(), "from the end of the development phase");
        assert_eq!(p.check_gate(&exit(99, "2026-04-01")), Err(GateError::UnknownParty(PartyId(99))));
        // A Rework naming a party leaving ignores it.
        let rework = GateDraft { outcome: GateOutcome::Rework, ..exit(3, "2026-04-01") };
        assert!(matches!(p.record_gate(&rework).map(|r| r.edit), Ok(Edit::RecordDecision { .. })));
    }

    #[test]
    fn the_recorded_edit_carries_its_ids_and_applies() {
        let mut p = plan();
        let next = p.next_id;
        let d = draft(GateOutcome::Go, "2026-04-01", &[(1, Stance::Approves), (2, Stance::Approves)]);
        let row = p.record_gate(&d).expect("go");
        assert_eq!(row.id, DecisionId(next));
        let Edit::RecordDecision { decision, baseline, .. } = &row.edit else { panic!("{:?}", row.edit) };
        assert_eq!((baseline.0, decision.minutes_ref.as_str()), (next + 1, "AJR § 4"));
        p.apply(&row.edit).expect("applies");
        assert_eq!(p.baselines.len(), 1);
        assert_eq!(p.next_id, next + 2);

        let exit = GateDraft { exiting: Some(PartyId(2)), ..draft(GateOutcome::Exit, "2026-05-01", &[]) };
        let row = p.record_gate(&exit).expect("exit");
        p.apply(&row.edit).expect("applies");
        assert_eq!(p.party(PartyId(2)).and_then(|x| x.exited_on), Some(day("2026-05-01")));
        assert_eq!(p.phase(PhaseKind::Strategy).map(|x| x.decisions.len()), Some(2));
    }

    #[test]
    fn apply_refuses_a_go_that_breaks_the_rule_and_keeps_the_plan() {
        let p = plan();
        let d = draft(GateOutcome::Go, "2026-04-01", &[(1, Stance::Approves), (2, Stance::Abstains)]);
        let edit = Edit::RecordDecision {
            phase: PhaseKind::Strategy,
            decision: Box::new(GateDecision {
                id: DecisionId(p.next_id),
                outcome: GateOutcome::Go,
                date: d.date,
                minutes_ref: String::new(),
                positions: d.positions.clone(),
                baseline: None,
                note: String::new(),
            }),
            baseline: BaselineId(p.next_id + 1),
        };
        let mut q = p.clone();
        let err = q.apply(&edit).expect_err("refused");
        assert_eq!(
            err,
            crate::model::EditError::GoNotUnanimous { phase: PhaseKind::Strategy, blocking: vec![PartyId(2)] }
        );
        assert!(err.to_string().contains("party:2"), "{err}");
        assert_eq!(q, p, "the plan is unchanged");
        // The same decision as a Rework is taken.
        let Edit::RecordDecision { phase, decision, baseline } = edit else { unreachable!() };
        let rework = GateDecision { outcome: GateOutcome::Rework, ..*decision };
        q.apply(&Edit::RecordDecision { phase, decision: Box::new(rework), baseline }).expect("rework");
    }
}
