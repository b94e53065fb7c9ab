//! Undo and redo on a `Document`: whole sequences back and forth, merging of typing bursts,
//! dirty state against the saved file, failing edits, cascading removal and gate baselines.

mod support;

use allianssi::Plan;
use allianssi::document::{Document, ReadOnly};
use allianssi::history::MERGE_WINDOW_MS;
use allianssi::model::edit::CellValue;
use allianssi::model::*;
use std::path::PathBuf;

fn path() -> PathBuf {
    PathBuf::from("/tmp/suunnitelma.ron")
}

/// A document opened from a file holding the rich plan.
fn opened() -> Document {
    Document::opened(support::rich_plan(), path(), None)
}

fn party(plan: &Plan, name: &str) -> Party {
    plan.parties.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no party {name}")).clone()
}

fn renamed(p: &Party, name: &str) -> Edit {
    let mut p = p.clone();
    p.name = name.to_string();
    Edit::UpdateParty(Box::new(p))
}

/// Edits of several kinds, each valid after the ones before it.
fn edits(plan: &Plan) -> Vec<Edit> {
    let city = party(plan, "Tampereen kaupunki");
    let new_party = PartyId(plan.next_id);
    let risk = RiskId(plan.next_id + 1);
    let service = plan.services[0].id;
    vec![
        Edit::AddParty(Box::new(Party::new(new_party, "Kela", PartyKind::Kela, AllianceRole::Observer))),
        renamed(&city, "Tampereen kaupunki – konserni"),
        Edit::SetCell {
            service,
            party: new_party,
            cell: Some(CellValue {
                role: ServiceRole::Consulted,
                euros_per_year: Money(-1),
                person_years: "0.1".parse().expect("decimal"),
            }),
        },
        Edit::AddRisk(Box::new(support::sample_risk(risk, Some(new_party)))),
        Edit::SetPhaseNotes { phase: PhaseKind::Service, notes: "Vuosikatsaus".into() },
        Edit::SetCell { service, party: city.id, cell: None },
        Edit::MoveParty { id: new_party, to: 0 },
        Edit::RemoveRisk(plan.risks.risks[0].id),
        Edit::SetKraPool(Money(i64::MAX)),
    ]
}

#[test]
fn undo_all_the_way_back_and_redo_to_the_end() {
    let mut doc = opened();
    let original = doc.plan().clone();
    let mut states = vec![original.clone()];
    // Far apart in time, so that nothing merges.
    for (i, e) in edits(&original).iter().enumerate() {
        doc.apply(e, 10_000 * (i as u64 + 1)).unwrap_or_else(|err| panic!("{e:?}: {err}"));
        assert_ne!(doc.plan(), states.last().expect("a state"), "{e:?} changed nothing");
        states.push(doc.plan().clone());
    }
    let n = states.len() - 1;
    assert_eq!(doc.history().depth(), n);
    assert!(doc.is_dirty());

    for i in (0..n).rev() {
        assert!(doc.undo());
        support::assert_plans_eq(doc.plan(), &states[i], &format!("after undoing to step {i}"));
    }
    assert!(!doc.undo(), "nothing more to undo: loading is not undoable");
    support::assert_plans_eq(doc.plan(), &original, "the plan");
    assert!(!doc.is_dirty(), "back at the plan as loaded");

    for (i, state) in states.iter().enumerate().skip(1) {
        assert!(doc.redo());
        support::assert_plans_eq(doc.plan(), state, &format!("after redoing to step {i}"));
    }
    assert!(!doc.redo());
    assert!(doc.is_dirty());

    // Half way back and forth again.
    for _ in 0..4 {
        doc.undo();
    }
    support::assert_plans_eq(doc.plan(), &states[n - 4], "the plan");
    doc.redo();
    support::assert_plans_eq(doc.plan(), &states[n - 3], "the plan");
}

#[test]
fn a_burst_of_typing_in_one_field_is_one_undo_step() {
    let mut doc = opened();
    let original = doc.plan().clone();
    let city = party(&original, "Tampereen kaupunki");
    let typed = ["T", "Ta", "Tam", "Tamp", "Tampe"];
    let step = MERGE_WINDOW_MS / 2;
    for (i, name) in typed.iter().enumerate() {
        doc.apply(&renamed(&city, name), 1_000 + step * i as u64).expect("rename");
    }
    assert_eq!(doc.history().depth(), 1, "the burst merged into one step");
    assert_eq!(party(doc.plan(), "Tampe").id, city.id);

    // Exactly at the edge of the window still merges; past it does not.
    let last = 1_000 + step * (typed.len() as u64 - 1);
    doc.apply(&renamed(&city, "Tamper"), last + MERGE_WINDOW_MS).expect("rename");
    assert_eq!(doc.history().depth(), 1);
    doc.apply(&renamed(&city, "Tampere"), last + 2 * MERGE_WINDOW_MS + 1).expect("rename");
    assert_eq!(doc.history().depth(), 2, "an edit after the window is a new step");

    assert!(doc.undo());
    assert_eq!(party(doc.plan(), "Tamper").id, city.id);
    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &original, "one undo takes back the whole burst");
    assert!(!doc.is_dirty());
}

#[test]
fn edits_of_other_fields_or_rows_do_not_merge() {
    let mut doc = opened();
    let plan = doc.plan().clone();
    let city = party(&plan, "Tampereen kaupunki");
    let ely = party(&plan, "Pirkanmaan ELY-keskus");
    doc.apply(&renamed(&city, "A"), 0).expect("rename");
    doc.apply(&renamed(&ely, "B"), 10).expect("another party");
    doc.apply(&renamed(&city, "C"), 20).expect("the first again");
    assert_eq!(doc.history().depth(), 3);
    // Edits without a merge key never merge, however fast.
    let id = PartyId(doc.plan().next_id);
    doc.apply(&Edit::AddParty(Box::new(Party::new(id, "X", PartyKind::Other, AllianceRole::Observer))), 30)
        .expect("add");
    doc.apply(&Edit::MoveParty { id, to: 0 }, 31).expect("move");
    doc.apply(&Edit::MoveParty { id, to: 2 }, 32).expect("move");
    assert_eq!(doc.history().depth(), 6);
    // A clock that goes backwards does not merge either.
    doc.apply(&renamed(&city, "D"), 40).expect("rename");
    doc.apply(&renamed(&city, "E"), 5).expect("rename");
    assert_eq!(doc.history().depth(), 8);
}

#[test]
fn a_new_edit_clears_redo() {
    let mut doc = opened();
    let plan = doc.plan().clone();
    let city = party(&plan, "Tampereen kaupunki");
    doc.apply(&renamed(&city, "A"), 0).expect("rename");
    doc.apply(&Edit::SetPhaseNotes { phase: PhaseKind::Formation, notes: "x".into() }, 10_000).expect("notes");
    assert!(doc.undo());
    assert!(doc.history().can_redo());
    doc.apply(&Edit::SetKraPool(Money(5)), 20_000).expect("pool");
    assert!(!doc.history().can_redo());
    assert!(!doc.redo(), "redo after a new edit does nothing");
    assert_eq!(doc.plan().budget.kra_pool, Money(5));
    assert_eq!(doc.plan().phase(PhaseKind::Formation).expect("phase").notes, "");
    assert!(doc.undo());
    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &plan, "the plan");
}

#[test]
fn an_opened_document_is_clean_with_nothing_to_undo() {
    let doc = opened();
    assert!(!doc.is_dirty());
    assert!(!doc.history().can_undo());
    assert!(!doc.history().can_redo());
    assert_eq!(doc.history().depth(), 0);
    assert_eq!(doc.path(), Some(&path()));
    assert_eq!(doc.read_only(), None);
    let mut doc = doc;
    assert!(!doc.undo(), "opening a file is not an undoable step");
    support::assert_plans_eq(doc.plan(), &support::rich_plan(), "the plan");

    let newer = Document::opened(Plan::new("x"), path(), Some(ReadOnly::NewerVersion(2)));
    assert_eq!(newer.read_only(), Some(&ReadOnly::NewerVersion(2)));
    assert!(!newer.is_dirty());

    let new = Document::new(Plan::new("x"));
    assert!(new.is_dirty(), "a never saved plan has unsaved changes");
    assert!(!new.history().can_undo());
    assert_eq!(new.path(), None);
}

#[test]
fn dirty_follows_the_saved_state() {
    let mut doc = opened();
    let city = party(doc.plan(), "Tampereen kaupunki");
    doc.apply(&renamed(&city, "A"), 0).expect("rename");
    assert!(doc.is_dirty());
    assert!(doc.undo());
    assert!(!doc.is_dirty(), "undo back to the loaded plan is clean");
    assert!(doc.redo());
    assert!(doc.is_dirty());

    doc.mark_saved(path());
    assert!(!doc.is_dirty(), "clean after saving");
    doc.apply(&Edit::SetKraPool(Money(1)), 10_000).expect("pool");
    assert!(doc.is_dirty(), "dirty on the next edit");
    assert!(doc.undo());
    assert!(!doc.is_dirty(), "undo back to the saved plan is clean");
    assert!(doc.undo());
    assert!(doc.is_dirty(), "the loaded plan is not the saved one any more");
    assert!(doc.redo());
    assert!(!doc.is_dirty());

    // A new edit after undoing past the save can never look clean again.
    assert!(doc.undo());
    doc.apply(&Edit::SetKraPool(Money(2)), 20_000).expect("pool");
    assert!(doc.is_dirty());
    assert!(doc.undo());
    assert!(doc.is_dirty(), "this is the loaded plan, not the saved one");
}

/// A save ends a burst of typing: the saved plan stays reachable by undo.
#[test]
fn a_save_is_never_merged_away() {
    let mut doc = opened();
    let city = party(doc.plan(), "Tampereen kaupunki");
    doc.apply(&renamed(&city, "Tam"), 0).expect("rename");
    doc.mark_saved(path());
    let saved = doc.plan().clone();
    doc.apply(&renamed(&city, "Tampere"), 100).expect("rename");
    assert!(doc.is_dirty());
    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &saved, "one undo after a save goes back to the saved plan");
    assert!(!doc.is_dirty());
}

/// An edit right after an undo does not merge into the step before: the plan the undo showed
/// stays reachable.
#[test]
fn an_undo_ends_a_burst() {
    let mut doc = opened();
    let city = party(doc.plan(), "Tampereen kaupunki");
    doc.apply(&renamed(&city, "A"), 0).expect("rename");
    let after_a = doc.plan().clone();
    doc.apply(&Edit::SetKraPool(Money(3)), 10).expect("pool");
    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &after_a, "the plan");
    doc.apply(&renamed(&city, "AB"), 20).expect("rename");
    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &after_a, "undo goes back to what the user saw, not past it");
}

/// Save As to another path ends the read-only state; saving to the same path keeps it.
#[test]
fn save_as_ends_read_only() {
    let mut doc = Document::opened(Plan::new("x"), path(), Some(ReadOnly::NewerVersion(3)));
    doc.mark_saved(path());
    assert!(doc.read_only().is_some());
    let other = PathBuf::from("/tmp/toinen.ron");
    doc.mark_saved(other.clone());
    assert_eq!(doc.read_only(), None);
    assert_eq!(doc.path(), Some(&other));
}

#[test]
fn a_failing_edit_changes_nothing() {
    let mut doc = opened();
    let city = party(doc.plan(), "Tampereen kaupunki");
    doc.apply(&renamed(&city, "A"), 0).expect("rename");
    let before = doc.plan().clone();
    let depth = doc.history().depth();
    let unknown = PartyId(999_999);
    let used = city.id;
    let decision = doc.plan().phases[0].decisions[0].clone();
    let bad: Vec<Edit> = vec![
        renamed(&Party { id: unknown, ..city.clone() }, "A"),
        Edit::RemoveParty(unknown),
        Edit::MoveParty { id: unknown, to: 0 },
        Edit::ExitParty { id: unknown, on: None },
        Edit::AddParty(Box::new(Party::new(used, "Kaksoiskappale", PartyKind::Other, AllianceRole::Owner))),
        // An id used by a row of another kind is taken too.
        Edit::AddRisk(Box::new(support::sample_risk(RiskId(doc.plan().services[0].id.0), None))),
        Edit::AddService(Box::new(Service::new(
            ServiceId(doc.plan().baselines[0].id.0),
            "x",
            ServiceKind::Service,
            ProductionMode::OwnProduction,
        ))),
        Edit::SetCell { service: ServiceId(999_998), party: used, cell: None },
        Edit::SetCell { service: doc.plan().services[0].id, party: unknown, cell: None },
        Edit::RemoveDecision(DecisionId(999_997)),
        Edit::RemoveRisk(RiskId(999_996)),
        Edit::UpdateMetric(Box::new(Metric { id: MetricId(999_995), ..doc.plan().budget.metrics[0].clone() })),
        Edit::RecordDecision {
            phase: PhaseKind::Formation,
            decision: Box::new(GateDecision { id: decision.id, ..decision.clone() }),
            baseline: BaselineId(999_994),
        },
        // The decision and its baseline may not share an id.
        Edit::RecordDecision {
            phase: PhaseKind::Formation,
            decision: Box::new(GateDecision { id: DecisionId(999_993), ..decision.clone() }),
            baseline: BaselineId(999_993),
        },
        // A Go whose baseline id is taken.
        Edit::RecordDecision {
            phase: PhaseKind::Formation,
            decision: Box::new(GateDecision { id: DecisionId(999_992), ..decision.clone() }),
            baseline: BaselineId(used.0),
        },
    ];
    for (i, e) in bad.iter().enumerate() {
        let err = doc.apply(e, 100 + i as u64).expect_err(&format!("{e:?} must fail"));
        assert!(matches!(err, EditError::NotFound(_) | EditError::DuplicateId(_)), "{e:?}: {err:?}");
        support::assert_plans_eq(doc.plan(), &before, &format!("{e:?} changed the plan"));
        assert_eq!(doc.history().depth(), depth, "{e:?} added an undo step");
        assert!(!doc.history().can_redo());
    }
    // The failed edits did not break the merge of the burst either.
    doc.apply(&renamed(&city, "AB"), 200).expect("rename");
    assert_eq!(doc.history().depth(), depth);
    let ids = doc.plan().all_ids();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "ids stay unique");
}

#[test]
fn removing_a_party_cascades_and_undo_restores_everything() {
    let mut doc = opened();
    let before = doc.plan().clone();
    let producer = party(&before, "Yritys \"Oy\" Ab").id;
    let city = party(&before, "Tampereen kaupunki").id;
    // Make the producer the owner of a deliverable and organiser of a service too.
    let mut d = before.phases[0].deliverables[0].clone();
    d.owner = Some(producer);
    doc.apply(&Edit::UpdateDeliverable(Box::new(d)), 0).expect("owner");
    let mut s = before.services[1].clone();
    s.organiser = Some(producer);
    doc.apply(&Edit::UpdateService(Box::new(s)), 1).expect("organiser");
    let full = doc.plan().clone();
    let uses = |p: &Plan| {
        (
            p.services.iter().flat_map(|s| &s.cells).filter(|c| c.party == producer).count(),
            p.budget.cost_lines.iter().filter(|c| c.party == producer).count(),
            p.phases
                .iter()
                .flat_map(|ph| &ph.decisions)
                .flat_map(|d| &d.positions)
                .filter(|x| x.party == producer)
                .count(),
            p.risks.risks.iter().filter(|r| r.owner == Some(producer)).count(),
            p.phases.iter().flat_map(|ph| &ph.deliverables).filter(|d| d.owner == Some(producer)).count(),
            p.services.iter().filter(|s| s.organiser == Some(producer)).count(),
        )
    };
    assert_eq!(uses(&full), (2, 1, 1, 1, 1, 1), "the producer is used everywhere before removal");

    doc.apply(&Edit::RemoveParty(producer), 10_000).expect("remove");
    let after = doc.plan();
    assert!(after.party(producer).is_none());
    assert_eq!(uses(after), (0, 0, 0, 0, 0, 0), "every reference is gone");
    // Everything else stays.
    assert_eq!(after.parties.len(), full.parties.len() - 1);
    assert_eq!(after.services.len(), full.services.len());
    assert_eq!(after.risks.risks.len(), full.risks.risks.len(), "risks lose their owner, not their row");
    assert_eq!(after.phases[0].deliverables.len(), 1);
    assert!(after.services.iter().flat_map(|s| &s.cells).any(|c| c.party == city));
    assert!(after.budget.cost_lines.iter().any(|c| c.party == city));
    // The frozen baseline is history and keeps the party.
    assert_eq!(after.baselines, full.baselines);
    assert!(after.baselines[0].plan.party(producer).is_some());

    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &full, "undo brings every cell, line, position and owner back");
    assert!(doc.redo());
    assert_eq!(uses(doc.plan()), (0, 0, 0, 0, 0, 0));
    assert!(doc.undo());
    assert!(doc.undo());
    assert!(doc.undo());
    support::assert_plans_eq(doc.plan(), &before, "the plan");
}

#[test]
fn a_go_decision_freezes_a_baseline_and_removing_it_drops_the_baseline() {
    let mut doc = opened();
    let before = doc.plan().clone();
    let decision = DecisionId(before.next_id);
    let baseline = BaselineId(before.next_id + 1);
    let go = GateDecision {
        id: decision,
        outcome: GateOutcome::Go,
        date: support::date(2026, 11, 30),
        minutes_ref: "Johtoryhmä 30.11.2026 § 7".into(),
        // At G2 the whole leadership team decides.
        positions: before
            .gate_voters(PhaseKind::Development, support::date(2026, 11, 30))
            .into_iter()
            .map(|party| Position { party, stance: Stance::Approves })
            .collect(),
        baseline: None,
        note: "Kehitysvaihe hyväksytty".into(),
    };
    let record = Edit::RecordDecision { phase: PhaseKind::Development, decision: Box::new(go.clone()), baseline };
    doc.apply(&record, 0).expect("record");
    let plan = doc.plan().clone();
    assert_eq!(plan.baselines.len(), before.baselines.len() + 1);
    let b = plan.baselines.last().expect("baseline");
    assert_eq!((b.id, b.phase, b.decision, b.taken_on), (baseline, PhaseKind::Development, decision, go.date));
    let mut without = plan.clone();
    without.baselines.clear();
    assert_eq!(*b.plan, without, "the baseline is the plan as decided, without baselines");
    let recorded = plan.phase(PhaseKind::Development).expect("phase").latest_decision().expect("decision");
    assert_eq!(recorded.baseline, Some(baseline));
    assert!(plan.next_id > baseline.0, "both ids are taken");

    // The baseline is frozen: later edits do not reach it.
    doc.apply(&Edit::SetKraPool(Money(77)), 10_000).expect("pool");
    assert_eq!(*doc.plan().baselines.last().expect("baseline").plan, without);

    doc.apply(&Edit::RemoveDecision(decision), 20_000).expect("remove decision");
    assert_eq!(doc.plan().baselines, before.baselines, "the decision's baseline is gone, others stay");
    assert!(doc.plan().phase(PhaseKind::Development).expect("phase").decisions.is_empty());
    assert!(doc.undo());
    assert_eq!(doc.plan().baselines.len(), before.baselines.len() + 1);

    // Exit and rework decisions freeze nothing and do not take the baseline id.
    let mut doc = opened();
    for (i, outcome) in [GateOutcome::Exit, GateOutcome::Rework].into_iter().enumerate() {
        let id = DecisionId(doc.plan().next_id);
        let d = GateDecision { id, outcome, baseline: Some(BaselineId(1)), ..go.clone() };
        let e =
            Edit::RecordDecision { phase: PhaseKind::Formation, decision: Box::new(d), baseline: BaselineId(id.0 + 1) };
        doc.apply(&e, i as u64 * 10_000).expect("record");
        assert_eq!(doc.plan().baselines, before.baselines);
        let last = doc.plan().phase(PhaseKind::Formation).expect("phase").latest_decision().expect("d").clone();
        assert_eq!(last.baseline, None, "a baseline reference is only kept for a Go");
        assert!(!doc.plan().all_ids().contains(&(id.0 + 1)));
    }
}

/// The undo history is bounded: the oldest steps are forgotten, the newest still undo.
#[test]
fn history_depth_is_bounded() {
    let mut doc = opened();
    let original = doc.plan().clone();
    let n = allianssi::history::DEFAULT_LIMIT + 20;
    for i in 0..n {
        doc.apply(&Edit::SetKraPool(Money(i as i64)), i as u64 * 10_000).expect("pool");
    }
    assert_eq!(doc.history().depth(), allianssi::history::DEFAULT_LIMIT);
    while doc.undo() {}
    assert_ne!(doc.plan(), &original, "the oldest steps were forgotten");
    assert_eq!(doc.plan().budget.kra_pool, Money(19));
    assert!(doc.is_dirty());
}
