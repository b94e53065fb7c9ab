//! The timeline screen at the level of `update`: pointer messages in, plan out. Dragging a phase
//! is one undoable edit applied on release; moving later phases with it is one step too; the
//! keyboard moves the selection; gate decisions are recorded with each party's position under
//! the unanimity rule; an exit marks the party as exited from the decision's date.

use allianssi::app::{App, Env, Message};
use allianssi::model::{GateOutcome, PartyId, PhaseKind, Plan, Stance};
use allianssi::screen::Tab;
use allianssi::screen::timeline::{self, Message as TM, Pointer, PointerKind, gate};
use allianssi::template;
use allianssi::timescale::{self, Layout, Part, Target};
use iced::keyboard::{Key, Modifiers, key::Named};
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

const WIDTH: f32 = 1200.0;

fn tl(app: &mut App, m: TM) {
    send(app, Message::Timeline(m));
}

fn gate_msg(app: &mut App, m: gate::Message) {
    tl(app, TM::Gate(m));
}

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

/// The `tampere-startup` template is a historical case dated in its own time (2018–2022): the
/// workshop's today is in 2018 too.
fn app() -> App {
    let (mut app, task) = App::new(Env { paths: None, today: Some(day("2018-11-22")), file: None });
    assert!(run(task).is_empty());
    let i = template::all().iter().position(|t| t.name == "tampere-startup").expect("template");
    send(&mut app, Message::NewFromTemplate(i));
    send(&mut app, Message::TabSelected(Tab::Timeline));
    app
}

fn plan(app: &App) -> Plan {
    app.document().expect("open").plan().clone()
}

fn pointer(app: &mut App, kind: PointerKind, x: f32, y: f32) {
    tl(app, TM::Canvas(Pointer { kind, x, y, width: WIDTH }));
}

/// Presses at (x, y), moves by dx in three steps and releases.
fn drag(app: &mut App, x: f32, y: f32, dx: f32) {
    pointer(app, PointerKind::Pressed, x, y);
    for k in 1..=3 {
        pointer(app, PointerKind::Moved, x + dx * k as f32 / 3.0, y);
    }
    pointer(app, PointerKind::Released, x + dx, y);
}

fn row_mid(plan: &Plan, target: Target) -> f32 {
    let layout = Layout::new(plan);
    let r = layout.row_of(target).expect("row");
    r.y + r.height / 2.0
}

#[test]
fn dragging_a_phase_is_one_undoable_edit_applied_on_release() {
    let mut app = app();
    let before = plan(&app);
    let dev = before.phase(PhaseKind::Development).cloned().expect("dev");
    let scale = timeline::fitted(&before, day("2018-11-22"), WIDTH);
    let (x0, x1) = (scale.x(dev.start.expect("start")), scale.x_end(dev.end.expect("end")));
    let y = row_mid(&before, Target::Phase(PhaseKind::Development));
    let x = (x0 + x1) / 2.0;
    let dx = 30.0 * scale.px_per_day; // about a month to the right

    pointer(&mut app, PointerKind::Pressed, x, y);
    pointer(&mut app, PointerKind::Moved, x + dx, y);
    assert_eq!(plan(&app), before, "nothing changes before the release");
    pointer(&mut app, PointerKind::Released, x + dx, y);

    let after = plan(&app);
    let (ns, ne) = timescale::dragged(&scale, Part::Body, dev.start, dev.end, dx);
    let moved = after.phase(PhaseKind::Development).expect("dev");
    assert_eq!((moved.start, moved.end), (ns, ne));
    assert!(ns > dev.start, "moved later");
    let delta = (ns.expect("s") - dev.start.expect("s")).num_days();
    for (a, b) in dev.deliverables.iter().zip(&moved.deliverables) {
        assert_eq!(b.due.map(|d| (d - a.due.expect("due")).num_days()), Some(delta), "deliverables move along");
    }
    assert_eq!(after.phase(PhaseKind::Service), before.phase(PhaseKind::Service), "later phases stay");

    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), before, "one undo restores the plan");
}

#[test]
fn dragging_a_gate_resizes_and_can_move_the_later_phases_in_one_step() {
    let mut app = app();
    let before = plan(&app);
    tl(&mut app, TM::ShiftLaterToggled(true));
    let scale = timeline::fitted(&before, day("2018-11-22"), WIDTH);
    let dev = before.phase(PhaseKind::Development).cloned().expect("dev");
    let x = scale.x_end(dev.end.expect("end"));
    let y = row_mid(&before, Target::Phase(PhaseKind::Development));
    drag(&mut app, x, y, 45.0 * scale.px_per_day);

    let after = plan(&app);
    let moved = after.phase(PhaseKind::Development).expect("dev");
    assert_eq!(moved.start, dev.start, "resizing keeps the start");
    let end_shift = (moved.end.expect("end") - dev.end.expect("end")).num_days();
    assert!(end_shift > 0);
    let service_before = before.phase(PhaseKind::Service).expect("service");
    let service = after.phase(PhaseKind::Service).expect("service");
    assert_eq!((service.start.expect("s") - service_before.start.expect("s")).num_days(), end_shift);
    assert_eq!((service.end.expect("e") - service_before.end.expect("e")).num_days(), end_shift);
    assert_eq!(after.phase(PhaseKind::Formation), before.phase(PhaseKind::Formation));

    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), before, "the phase and the later ones come back in one undo");
}

#[test]
fn a_click_selects_without_editing_and_the_keyboard_moves_the_selection() {
    let mut app = app();
    let before = plan(&app);
    let scale = timeline::fitted(&before, day("2018-11-22"), WIDTH);
    let f = before.phase(PhaseKind::Formation).cloned().expect("formation");
    let y = row_mid(&before, Target::Phase(PhaseKind::Formation));
    let x = (scale.x(f.start.expect("s")) + scale.x_end(f.end.expect("e"))) / 2.0;
    drag(&mut app, x, y, 1.0);
    assert_eq!(plan(&app), before, "a click is not a drag");

    // The fitted plan is at quarter zoom: the arrow moves by a month.
    send(&mut app, Message::KeyPressed(Key::Named(Named::ArrowRight), Modifiers::empty()));
    let after = plan(&app);
    let moved = after.phase(PhaseKind::Formation).expect("formation");
    assert_eq!(moved.start, Some(day("2018-07-01")), "the start lands on the next month's first day");
    assert_eq!(
        (moved.end.expect("e") - f.end.expect("e")).num_days(),
        (moved.start.expect("s") - f.start.expect("s")).num_days()
    );

    send(&mut app, Message::KeyPressed(Key::Named(Named::ArrowLeft), Modifiers::SHIFT));
    let end = plan(&app).phase(PhaseKind::Formation).and_then(|p| p.end);
    assert_eq!(end, Some(day("2018-12-31")), "Shift+← moves the end back a month, to a month's last day");

    send(&mut app, Message::KeyPressed(Key::Character("+".into()), Modifiers::empty()));
    send(&mut app, Message::KeyPressed(Key::Named(Named::ArrowDown), Modifiers::empty()));
    send(&mut app, Message::Undo);
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), before);
}

fn owners(plan: &Plan) -> Vec<PartyId> {
    plan.owners().map(|p| p.id).collect()
}

#[test]
fn recording_a_gate_decision_needs_unanimity_and_freezes_a_baseline() {
    let mut app = app();
    let before = plan(&app);
    let os = owners(&before);
    tl(&mut app, TM::Selected(Some(Target::Gate(PhaseKind::Formation))));
    gate_msg(&mut app, gate::Message::DateChanged("31.12.2018".into()));
    gate_msg(&mut app, gate::Message::MinutesChanged("AJR 31.12.2018 § 7".into()));
    gate_msg(&mut app, gate::Message::RecordPressed);
    assert_eq!(plan(&app), before, "no position is assumed: nobody asked, no Go");
    gate_msg(&mut app, gate::Message::AllApprove);
    gate_msg(&mut app, gate::Message::StanceSelected(os[1], Stance::Absent));
    gate_msg(&mut app, gate::Message::RecordPressed);
    assert_eq!(plan(&app), before, "a Go with an owner absent is not recorded");

    gate_msg(&mut app, gate::Message::StanceSelected(os[1], Stance::Approves));
    let producer = before.producers().next().expect("producer").id;
    gate_msg(&mut app, gate::Message::StanceSelected(producer, Stance::Abstains));
    gate_msg(&mut app, gate::Message::RecordPressed);
    let after = plan(&app);
    let f = after.phase(PhaseKind::Formation).expect("formation");
    let d = f.latest_decision().expect("recorded");
    assert_eq!((d.outcome, d.date, d.minutes_ref.as_str()), (GateOutcome::Go, day("2018-12-31"), "AJR 31.12.2018 § 7"));
    // The procurement decision at the end of formation is the owners': every owner's position is
    // recorded, the producer (not yet in the alliance's decisions) has none.
    let deciders = after.gate_voters(PhaseKind::Formation, day("2018-12-31"));
    assert_eq!(d.positions.iter().map(|p| p.party).collect::<Vec<_>>(), deciders);
    assert_eq!(deciders.len(), after.owners().count());
    assert!(d.positions.iter().all(|p| p.party != producer));
    assert_eq!(after.baselines.len(), before.baselines.len() + 1, "the Go froze a baseline");
    assert_eq!(after.baselines.last().map(|b| b.decision), Some(d.id));

    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), before);
}

#[test]
fn an_exit_marks_the_party_exited_from_the_decision_date_when_it_may_exit() {
    let mut app = app();
    let before = plan(&app);
    let producer = before.producers().next().expect("producer").id;
    tl(&mut app, TM::PanelSelected(timeline::Panel::Gate));
    tl(&mut app, TM::Selected(Some(Target::Gate(PhaseKind::Development))));
    gate_msg(&mut app, gate::Message::OutcomeSelected(GateOutcome::Exit));
    gate_msg(&mut app, gate::Message::ExitingSelected(Some(producer)));
    gate_msg(&mut app, gate::Message::DateChanged("1.3.2019".into()));
    gate_msg(&mut app, gate::Message::RecordPressed);
    assert_eq!(plan(&app), before, "a producer may not exit during the development phase");

    gate_msg(&mut app, gate::Message::DateChanged("30.6.2019".into()));
    gate_msg(&mut app, gate::Message::RecordPressed);
    let after = plan(&app);
    assert_eq!(after.party(producer).and_then(|p| p.exited_on), Some(day("2019-06-30")));
    let d = after.phase(PhaseKind::Development).and_then(|p| p.latest_decision()).expect("decision");
    assert_eq!(d.outcome, GateOutcome::Exit);
    assert_eq!(after.baselines.len(), before.baselines.len(), "an exit freezes no baseline");

    // The exited party has no position in later decisions.
    gate_msg(&mut app, gate::Message::OutcomeSelected(GateOutcome::Rework));
    gate_msg(&mut app, gate::Message::DateChanged("1.7.2019".into()));
    gate_msg(&mut app, gate::Message::RecordPressed);
    let later = plan(&app);
    let d = later.phase(PhaseKind::Development).and_then(|p| p.latest_decision()).expect("decision");
    assert!(d.positions.iter().all(|p| p.party != producer));

    send(&mut app, Message::Undo);
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), before, "the exit and its decision undo as one step");
    // Owners may exit at any time.
    let owner = owners(&before)[0];
    assert!(before.exit_right(owner, day("2018-01-10")).is_some_and(|r| r.allowed()));
}

#[test]
fn deliverables_are_added_with_the_phase_defaults_and_reordered_by_direction() {
    use allianssi::model::Move;
    use allianssi::screen::timeline::editors::Message as EM;
    let mut app = app();
    let phase = PhaseKind::Formation;
    let before = plan(&app);
    let ph = before.phase(phase).expect("phase").clone();
    tl(&mut app, TM::Editor(EM::AddPressed(phase)));
    let after = plan(&app);
    let added = after.phase(phase).expect("phase").deliverables.last().expect("added").clone();
    assert_eq!(added.id.0, before.next_id, "the next free id");
    assert_eq!((added.start, added.due, added.owner), (ph.start, ph.end, ph.owner), "spanning the phase");
    let n = after.phase(phase).expect("phase").deliverables.len();
    assert!(n >= 2);
    let at = |app: &App| plan(app).phase(phase).expect("phase").deliverables.iter().position(|d| d.id == added.id);
    tl(&mut app, TM::Editor(EM::MovePressed(added.id, Move::Down)));
    assert_eq!(at(&app), Some(n - 1), "already last: stays");
    tl(&mut app, TM::Editor(EM::MovePressed(added.id, Move::Up)));
    assert_eq!(at(&app), Some(n - 2), "one place up");
}
