//! The timeline's library parts: the date scale (date ↔ x, zoom, ticks, snapping, hit testing,
//! dragging), the timeline rules, baseline freezing and comparison, the unanimity rule and the
//! exit right.

mod support;

use allianssi::baseline::{self, Dated};
use allianssi::model::phase::unanimity;
use allianssi::model::*;
use allianssi::rules::{self, Severity, Subject};
use allianssi::template;
use allianssi::timescale::{self, Hit, Layout, Part, Scale, Snap, Target, Zoom};
use chrono::NaiveDate;
use support::apply;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn tampere() -> Plan {
    let t = template::all().iter().find(|t| t.name == "tampere-startup").expect("template");
    (t.build)()
}

#[test]
fn dates_map_to_x_and_back() {
    let s = Scale::new(day("2026-01-01"), 4.0, 200.0);
    assert_eq!(s.x(day("2026-01-01")), 200.0);
    assert_eq!(s.x(day("2026-01-11")), 240.0);
    assert_eq!(s.x_end(day("2026-01-11")), 244.0);
    assert_eq!(s.x(day("2025-12-31")), 196.0);
    for d in ["2025-06-30", "2026-01-01", "2026-02-28", "2030-12-31"] {
        let d = day(d);
        assert_eq!(s.date_at(s.x(d)), d, "start of {d}");
        assert_eq!(s.date_at(s.x(d) + 3.9), d, "end of {d}");
    }
    assert_eq!(s.days(10.0), 3, "2.5 days rounds to 3");
    assert_eq!(s.days(-5.0), -1);
}

#[test]
fn zoom_levels_pick_ticks_and_snapping() {
    assert_eq!(Zoom::at(18.0), Zoom::Weeks);
    assert_eq!(Zoom::at(4.0), Zoom::Months);
    assert_eq!(Zoom::at(1.0), Zoom::Quarters);
    assert_eq!(Zoom::Weeks.snap(), Snap::Day);
    assert_eq!(Zoom::Months.snap(), Snap::Week);
    assert_eq!(Zoom::Quarters.snap(), Snap::Month);

    let s = Scale::new(day("2026-01-01"), 1.0, 0.0);
    let ticks = s.ticks(0.0, 400.0);
    let dates: Vec<_> = ticks.iter().map(|t| t.date).collect();
    assert_eq!(dates[..3], [day("2026-01-01"), day("2026-04-01"), day("2026-07-01")]);
    assert!(ticks[0].major && !ticks[1].major, "the year starts are major");

    let weeks = Scale::new(day("2026-01-01"), 18.0, 0.0).ticks(0.0, 300.0);
    assert_eq!(weeks[0].date, day("2025-12-29"), "ticks start on the Monday before");
    assert!(weeks.windows(2).all(|w| (w[1].date - w[0].date).num_days() == 7));

    let zoomed = s.zoomed(true, 100.0);
    assert!(zoomed.px_per_day > s.px_per_day);
    assert!((zoomed.date_at(100.0) - s.date_at(100.0)).num_days().abs() <= 1, "the day under the pointer stays");
    let out = s.zoomed(false, 0.0).zoomed(false, 0.0).zoomed(false, 0.0).zoomed(false, 0.0);
    assert_eq!(out.px_per_day, timescale::ZOOM_STEPS[0], "zooming out stops at the smallest step");
}

#[test]
fn fitting_shows_the_whole_plan() {
    let plan = tampere();
    let (from, to) = timescale::plan_range(&plan).expect("dates");
    assert_eq!((from, to), (day("2018-01-05"), day("2022-06-30")));
    let s = Scale::fit(from, to, 210.0, 1000.0);
    assert!(s.x(from) >= 210.0 && s.x_end(to) <= 1210.0, "{} {}", s.x(from), s.x_end(to));
    assert!(s.x(from) - 210.0 < 60.0, "not much room wasted on the left");
    assert_eq!(s.zoom(), Zoom::Quarters);
    let one_phase = Scale::fit(day("2027-01-01"), day("2027-06-30"), 0.0, 1000.0);
    assert_eq!(one_phase.zoom(), Zoom::Months);
}

#[test]
fn snapping_by_unit() {
    // 2026-03-12 is a Thursday.
    assert_eq!(Snap::Day.start(day("2026-03-12")), day("2026-03-12"));
    assert_eq!(Snap::Week.start(day("2026-03-12")), day("2026-03-09"));
    assert_eq!(Snap::Week.start(day("2026-03-13")), day("2026-03-16"));
    assert_eq!(Snap::Week.end(day("2026-03-12")), day("2026-03-15"), "ends snap to Sundays");
    assert_eq!(Snap::Month.start(day("2026-03-12")), day("2026-03-01"));
    assert_eq!(Snap::Month.start(day("2026-03-20")), day("2026-04-01"));
    assert_eq!(Snap::Month.end(day("2026-03-20")), day("2026-03-31"), "ends snap to the last of a month");
    assert_eq!(Snap::Month.end(day("2026-02-10")), day("2026-01-31"));
}

#[test]
fn hit_testing_finds_gates_ends_bars_and_rows() {
    let plan = tampere();
    let layout = Layout::new(&plan);
    let s = Scale::new(day("2017-12-01"), 2.0, 200.0);
    let strategy = layout.row_of(Target::Phase(PhaseKind::Strategy)).copied().expect("row");
    let mid = strategy.y + strategy.height / 2.0;
    let (x0, x1) = (s.x(day("2018-01-05")), s.x_end(day("2018-05-25")));
    let hit = |x, y| timescale::hit(&plan, &layout, &s, x, y);
    assert_eq!(hit(x1, mid), Some(Hit { target: Target::Gate(PhaseKind::Strategy), part: Part::Body }));
    assert_eq!(hit(x0 + 1.0, mid), Some(Hit { target: Target::Phase(PhaseKind::Strategy), part: Part::Start }));
    assert_eq!(hit(x1 - 12.0, mid).map(|h| h.part), Some(Part::Body), "a phase's end is grabbed by its gate diamond");
    assert_eq!(hit((x0 + x1) / 2.0, mid).map(|h| h.part), Some(Part::Body));
    assert_eq!(hit(x0 - 40.0, mid).map(|h| h.part), Some(Part::Row));
    assert_eq!(hit(300.0, 5.0), None, "the axis holds nothing");

    let first = &plan.phases[0].deliverables[0];
    let row = layout.row_of(Target::Deliverable(first.id)).copied().expect("row");
    let (d0, d1) = (s.x(first.start.expect("start")), s.x_end(first.due.expect("due")));
    assert_eq!(
        hit((d0 + d1) / 2.0, row.y + 5.0),
        Some(Hit { target: Target::Deliverable(first.id), part: Part::Body })
    );
    assert_eq!(hit(d1 - 2.0, row.y + 5.0).map(|h| h.part), Some(Part::End));
    assert_eq!(hit(d0 + 1.0, row.y + 5.0).map(|h| h.part), Some(Part::Start));
    assert_eq!(layout.rows.len(), 4 + plan.phases.iter().map(|p| p.deliverables.len()).sum::<usize>());
}

#[test]
fn dragging_moves_resizes_and_snaps() {
    let (s, e) = (Some(day("2027-01-01")), Some(day("2027-06-30")));
    let weeks = Scale::new(day("2026-12-01"), 18.0, 0.0);
    // 5 days to the right at day snapping: both ends move.
    assert_eq!(timescale::dragged(&weeks, Part::Body, s, e, 90.0), (Some(day("2027-01-06")), Some(day("2027-07-05"))));
    assert_eq!(timescale::dragged(&weeks, Part::Body, s, e, 4.0), (s, e), "less than half a day is no move");
    let months = Scale::new(day("2026-12-01"), 4.0, 0.0);
    // 10 days to the right snaps the start to the nearest Monday (2027-01-11), keeping the length.
    assert_eq!(timescale::dragged(&months, Part::Body, s, e, 40.0), (Some(day("2027-01-11")), Some(day("2027-07-10"))));
    let quarters = Scale::new(day("2026-12-01"), 1.0, 0.0);
    assert_eq!(timescale::dragged(&quarters, Part::End, s, e, 25.0), (s, Some(day("2027-07-31"))));
    assert_eq!(timescale::dragged(&quarters, Part::Start, s, e, -20.0), (Some(day("2026-12-01")), e));
    assert_eq!(timescale::dragged(&quarters, Part::End, s, e, -400.0), (s, s), "an end never passes the start");
    assert_eq!(timescale::dragged(&weeks, Part::Body, None, e, 36.0), (None, Some(day("2027-07-02"))));
    assert_eq!(timescale::nudged(Snap::Week, Part::Body, s, e, 1).0, Some(day("2027-01-11")));
    assert_eq!(timescale::nudged(Snap::Month, Part::End, s, e, -1), (s, Some(day("2027-05-31"))));
    assert_eq!(timescale::nudged(Snap::Day, Part::Body, s, e, -1), (Some(day("2026-12-31")), Some(day("2027-06-29"))));
}

fn codes(plan: &Plan) -> Vec<(&'static str, Subject)> {
    rules::check(plan).into_iter().map(|f| (f.code(), f.subject)).collect()
}

#[test]
fn timeline_rules() {
    let mut plan = tampere();
    assert!(codes(&plan).iter().all(|(c, _)| !c.starts_with("phase") && !c.starts_with("gate")), "{:?}", codes(&plan));
    let dev = PhaseKind::Development;
    apply(&mut plan, Edit::SetPhaseDates { phase: dev, start: Some(day("2019-01-01")), end: Some(day("2018-12-01")) });
    assert!(codes(&plan).contains(&("phase-dates", Subject::Phase(dev))));
    apply(&mut plan, Edit::SetPhaseDates { phase: dev, start: Some(day("2018-12-20")), end: Some(day("2019-06-30")) });
    let c = codes(&plan);
    assert!(c.contains(&("phase-overlap", Subject::Phase(dev))), "{c:?}");
    apply(&mut plan, Edit::SetPhaseDates { phase: dev, start: Some(day("2019-05-01")), end: Some(day("2019-06-30")) });
    let c = codes(&plan);
    assert!(c.contains(&("phase-gap", Subject::Phase(dev))), "{c:?}");
    let first = plan.phases[2].deliverables[0].id;
    assert!(c.contains(&("deliverable-outside-phase", Subject::Deliverable(first))), "{c:?}");

    // A Go before the phase ends, and the next phase starting before the Go.
    let mut plan = tampere();
    let formation = PhaseKind::Formation;
    let owners: Vec<Position> = plan.owners().map(|p| Position { party: p.id, stance: Stance::Approves }).collect();
    let go = GateDecision {
        id: DecisionId(plan.next_id),
        outcome: GateOutcome::Go,
        date: day("2019-01-15"),
        minutes_ref: String::new(),
        positions: owners,
        baseline: None,
        note: String::new(),
    };
    let baseline = BaselineId(plan.next_id + 1);
    apply(&mut plan, Edit::RecordDecision { phase: formation, decision: Box::new(go.clone()), baseline });
    let c = codes(&plan);
    assert!(c.contains(&("gate-later-phase-started", Subject::Phase(dev))), "{c:?}");
    assert!(!c.iter().any(|(code, _)| *code == "gate-early"));
    let mut early = go;
    early.id = DecisionId(plan.next_id);
    early.date = day("2018-12-01");
    apply(&mut plan, Edit::RemoveDecision(DecisionId(baseline.0 - 1)));
    let next = BaselineId(plan.next_id + 1);
    apply(&mut plan, Edit::RecordDecision { phase: formation, decision: Box::new(early.clone()), baseline: next });
    assert!(codes(&plan).contains(&("gate-early", Subject::Decision(early.id))));
}

#[test]
fn a_go_without_every_owner_is_flagged_and_early_exits_too() {
    let mut plan = tampere();
    let owners: Vec<PartyId> = plan.owners().map(|p| p.id).collect();
    assert!(owners.len() >= 2);
    let positions = vec![Position { party: owners[0], stance: Stance::Approves }];
    let id = DecisionId(plan.next_id);
    let go = GateDecision {
        id,
        outcome: GateOutcome::Go,
        date: day("2018-05-25"),
        minutes_ref: "AJR 25.5.2018 § 4".into(),
        positions,
        baseline: None,
        note: String::new(),
    };
    // The edit is refused, with the owner in the way named, and the plan stays as it was.
    let record = Edit::RecordDecision {
        phase: PhaseKind::Strategy,
        decision: Box::new(go.clone()),
        baseline: BaselineId(id.0 + 1),
    };
    let before = plan.clone();
    assert_eq!(
        plan.apply(&record),
        Err(EditError::GoNotUnanimous { phase: PhaseKind::Strategy, blocking: owners[1..].to_vec() })
    );
    assert_eq!(plan, before);
    // A file may still hold one (files are never refused): the rule flags it.
    plan.phases[0].decisions.push(go);
    let found: Vec<_> = rules::check(&plan).into_iter().filter(|f| f.code() == "gate-not-unanimous").collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject, Subject::Decision(id));
    assert_eq!(found[0].severity, Severity::Warning);
    let missing = plan.party(owners[1]).expect("owner").name.clone();
    for lang in [allianssi::i18n::Language::Fi, allianssi::i18n::Language::Sv, allianssi::i18n::Language::En] {
        assert!(found[0].message(lang).contains(&missing), "{}", found[0].message(lang));
    }

    let producer = plan.producers().next().expect("producer").id;
    apply(&mut plan, Edit::ExitParty { id: producer, on: Some(day("2018-09-01")) });
    assert!(codes(&plan).contains(&("exit-before-right", Subject::Party(producer))));
    apply(&mut plan, Edit::ExitParty { id: producer, on: Some(day("2019-07-01")) });
    assert!(!codes(&plan).iter().any(|(c, _)| *c == "exit-before-right"));
}

#[test]
fn unanimity_needs_every_owner_present_and_approving() {
    let (a, b, c) = (PartyId(1), PartyId(2), PartyId(3));
    let pos = |v: &[(PartyId, Stance)]| v.iter().map(|&(party, stance)| Position { party, stance }).collect::<Vec<_>>();
    let all = pos(&[(a, Stance::Approves), (b, Stance::Approves), (c, Stance::Approves)]);
    assert!(unanimity(&[a, b], &all).is_unanimous(), "a non-owner's position does not matter");
    let u = unanimity(&[a, b, c], &pos(&[(a, Stance::Approves), (b, Stance::Absent)]));
    assert_eq!(u.missing, vec![b, c], "absent and unrecorded owners are missing");
    let u = unanimity(&[a, b, c], &pos(&[(a, Stance::Rejects), (b, Stance::Abstains), (c, Stance::Approves)]));
    assert_eq!((u.rejecting.clone(), u.abstaining.clone()), (vec![a], vec![b]));
    assert!(!u.is_unanimous());
    assert_eq!(u.blocking().collect::<Vec<_>>(), vec![a, b]);

    // Exited owners have no say after their exit.
    let mut plan = tampere();
    let owners: Vec<PartyId> = plan.owners().map(|p| p.id).collect();
    apply(&mut plan, Edit::ExitParty { id: owners[0], on: Some(day("2018-03-01")) });
    assert_eq!(plan.voting_owners(day("2018-02-28")), owners);
    assert_eq!(plan.voting_owners(day("2018-03-01")), owners[1..].to_vec());
}

#[test]
fn exit_right_owners_always_others_after_development() {
    let plan = tampere();
    let owner = plan.owners().next().expect("owner").id;
    let producer = plan.producers().next().expect("producer").id;
    let dev_end = plan.phase(PhaseKind::Development).and_then(|p| p.end).expect("end");
    assert_eq!(plan.exit_right(owner, day("2018-02-01")), Some(ExitRight::Owner));
    assert_eq!(plan.exit_right(producer, day("2018-02-01")), Some(ExitRight::NotYet { from: Some(dev_end) }));
    assert_eq!(plan.exit_right(producer, dev_end), Some(ExitRight::AfterDevelopment));
    assert_eq!(plan.exit_right(PartyId(99_999), dev_end), None);
}

#[test]
fn a_go_freezes_a_baseline_and_the_comparison_lists_the_changes() {
    let mut plan = tampere();
    plan.baselines.clear();
    let before = plan.clone();
    let positions: Vec<Position> = plan.owners().map(|p| Position { party: p.id, stance: Stance::Approves }).collect();
    let id = DecisionId(plan.next_id);
    let go = GateDecision {
        id,
        outcome: GateOutcome::Go,
        date: day("2018-05-25"),
        minutes_ref: "AJR § 4".into(),
        positions,
        baseline: None,
        note: String::new(),
    };
    let bid = BaselineId(id.0 + 1);
    apply(
        &mut plan,
        Edit::RecordDecision { phase: PhaseKind::Strategy, decision: Box::new(go.clone()), baseline: bid },
    );
    assert_eq!(plan.baselines.len(), 1);
    let b = baseline::last_passed(&plan).expect("baseline");
    assert_eq!((b.id, b.decision, b.phase, b.taken_on), (bid, id, PhaseKind::Strategy, day("2018-05-25")));
    assert!(b.plan.baselines.is_empty());
    assert_eq!(b.plan.phases, plan.phases, "the frozen plan is the plan as decided");
    assert!(baseline::compare(&b.plan, &plan).is_empty());

    // A Rework freezes nothing.
    let mut rework = plan.clone();
    let r = GateDecision { id: DecisionId(rework.next_id), outcome: GateOutcome::Rework, ..go.clone() };
    let next = BaselineId(rework.next_id + 1);
    apply(&mut rework, Edit::RecordDecision { phase: PhaseKind::Formation, decision: Box::new(r), baseline: next });
    assert_eq!(rework.baselines.len(), 1);

    // Slip the development phase, add a party, remove a service, change the budget, open a risk.
    let dev = plan.phase(PhaseKind::Development).cloned().expect("dev");
    apply(
        &mut plan,
        Edit::SetPhaseDates { phase: PhaseKind::Development, start: dev.start, end: Some(day("2019-08-31")) },
    );
    let newcomer =
        Party::new(PartyId(plan.next_id), "Uusi Tuottaja Oy", PartyKind::PrivateProducer, AllianceRole::Producer);
    apply(&mut plan, Edit::AddParty(Box::new(newcomer)));
    let gone = plan.services[0].clone();
    apply(&mut plan, Edit::RemoveService(gone.id));
    let mut line = plan.budget.cost_lines[0].clone();
    line.amount = Money(line.amount.cents() + 1_000_000);
    apply(&mut plan, Edit::UpdateCostLine(Box::new(line)));
    let mut closed = plan.risks.risks[0].clone();
    closed.status = RiskStatus::Closed;
    apply(&mut plan, Edit::UpdateRisk(Box::new(closed.clone())));

    let cmp = baseline::compare(&b_plan(&plan), &plan);
    let dev_change = cmp.dates.iter().find(|d| d.subject == Dated::Phase(PhaseKind::Development)).expect("dev moved");
    assert_eq!(dev_change.slip_days(), Some(62));
    assert_eq!(cmp.dates.len(), 1);
    assert_eq!(cmp.parties_added, vec!["Uusi Tuottaja Oy".to_string()]);
    assert_eq!(cmp.services_removed, vec![gone.name.clone()]);
    let total = cmp.budget_total.expect("total");
    assert_eq!(total.change(), Some(Money(1_000_000)));
    assert!(cmp.target_cost.is_some_and(|t| t.after != t.before));
    assert_eq!(cmp.risks_closed, vec![closed.title.clone()]);
    assert!(cmp.risks_opened.is_empty());
    assert!(!cmp.is_empty());

    // Removing the decision takes its baseline away with it.
    apply(&mut plan, Edit::RemoveDecision(id));
    assert!(plan.baselines.is_empty());
    assert_ne!(before, plan);
}

fn b_plan(plan: &Plan) -> Plan {
    (*baseline::last_passed(plan).expect("baseline").plan).clone()
}

#[test]
fn a_batch_applies_all_or_nothing() {
    let mut plan = tampere();
    let before = plan.clone();
    let ok = Edit::Batch(vec![
        Edit::SetPhaseDates { phase: PhaseKind::Service, start: Some(day("2019-08-01")), end: Some(day("2022-07-31")) },
        Edit::SetPhaseOwner { phase: PhaseKind::Service, owner: plan.owners().next().map(|p| p.id) },
    ]);
    apply(&mut plan, ok);
    assert_eq!(plan.phase(PhaseKind::Service).and_then(|p| p.start), Some(day("2019-08-01")));
    assert!(plan.phase(PhaseKind::Service).is_some_and(|p| p.owner.is_some()));
    let bad = Edit::Batch(vec![
        Edit::SetPhaseDates { phase: PhaseKind::Strategy, start: None, end: None },
        Edit::RemoveDeliverable(DeliverableId(99_999)),
    ]);
    let after = plan.clone();
    assert!(plan.apply(&bad).is_err());
    assert_eq!(plan, after, "a failing batch changes nothing");
    assert!(plan.apply(&Edit::SetPhaseOwner { phase: PhaseKind::Strategy, owner: Some(PartyId(99_999)) }).is_err());
    assert_ne!(before, plan);
}
