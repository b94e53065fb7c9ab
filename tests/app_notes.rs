//! Multi-line notes and descriptions at the level of `update`: a risk's cause, consequence and
//! mitigation, a phase's and a deliverable's notes and a checklist answer take Enter as a new
//! line, every keystroke
//! is an edit of the plan, and undo brings the editor back to the plan's text.

use allianssi::app::{App, Env, Message};
use allianssi::model::PhaseKind;
use allianssi::screen::risks::{self, LongText};
use allianssi::screen::timeline::{self, editors};
use allianssi::template;
use allianssi::timescale::Target;
use iced::widget::text_editor::{Action, Edit, Motion};
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn app() -> App {
    let (mut app, task) = App::new(Env { paths: None, today: Some("2026-11-22".parse().expect("date")), file: None });
    assert!(run(task).is_empty());
    let i = template::all().iter().position(|t| t.name == "tyollisyysalue").expect("template");
    send(&mut app, Message::NewFromTemplate(i));
    app
}

fn type_text(app: &mut App, wrap: impl Fn(Action) -> Message, text: &str) {
    send(app, wrap(Action::Move(Motion::DocumentEnd)));
    for c in text.chars() {
        let edit = if c == '\n' { Edit::Enter } else { Edit::Insert(c) };
        send(app, wrap(Action::Edit(edit)));
    }
}

#[test]
fn a_risks_cause_takes_several_lines_and_undo_restores_it() {
    let mut app = app();
    let plan = app.document().expect("doc").plan().clone();
    let r = &plan.risks.risks[0];
    send(&mut app, Message::Risks(risks::Message::Select(r.id)));
    let wrap = |a| Message::Risks(risks::Message::LongEdited(LongText::Mitigation, a));
    type_text(&mut app, wrap, "\nToinen rivi");
    let after = app.document().expect("doc").plan().risk(r.id).expect("risk").mitigation.clone();
    assert_eq!(after, format!("{}\nToinen rivi", r.mitigation));
    // A burst of typing is one undo step; the editor follows the plan back.
    send(&mut app, Message::Undo);
    let back = app.document().expect("doc").plan().risk(r.id).expect("risk").mitigation.clone();
    assert_eq!(back, r.mitigation);
    send(&mut app, Message::Risks(risks::Message::LongEdited(LongText::Mitigation, Action::Edit(Edit::Insert('!')))));
    let typed = app.document().expect("doc").plan().risk(r.id).expect("risk").mitigation.clone();
    assert_eq!(typed.chars().filter(|&c| c == '\n').count(), 0, "the undone lines are gone from the editor: {typed}");
}

#[test]
fn phase_and_deliverable_notes_take_several_lines() {
    let mut app = app();
    let plan = app.document().expect("doc").plan().clone();
    let kind = PhaseKind::Formation;
    send(&mut app, Message::Timeline(timeline::Message::Selected(Some(Target::Phase(kind)))));
    let wrap = |a| Message::Timeline(timeline::Message::Editor(editors::Message::PhaseNotesEdited(a)));
    type_text(&mut app, wrap, "\nPäätös 1\nPäätös 2");
    let notes = app.document().expect("doc").plan().phase(kind).expect("phase").notes.clone();
    assert!(notes.ends_with("\nPäätös 1\nPäätös 2"), "{notes:?}");
    let d = &plan.phase(kind).expect("phase").deliverables[0];
    send(&mut app, Message::Timeline(timeline::Message::Selected(Some(Target::Deliverable(d.id)))));
    let wrap = |a| Message::Timeline(timeline::Message::Editor(editors::Message::NoteEdited(a)));
    type_text(&mut app, wrap, "rivi\nrivi");
    let note = app
        .document()
        .expect("doc")
        .plan()
        .phases
        .iter()
        .flat_map(|p| &p.deliverables)
        .find(|x| x.id == d.id)
        .expect("d")
        .note
        .clone();
    assert_eq!(note, format!("{}rivi\nrivi", d.note));
}

#[test]
fn a_checklist_answer_takes_several_lines() {
    let mut app = app();
    send(&mut app, Message::PhaseSelected(PhaseKind::Formation));
    let item = PhaseKind::Formation.checklist()[0];
    let wrap = move |a| Message::Guide(allianssi::screen::guide::Message::AnswerEdited(item, a));
    type_text(&mut app, wrap, "Tuottajia on kolme\nKaksi ehtii");
    let plan = app.document().expect("doc").plan();
    let answer = plan.phase(PhaseKind::Formation).and_then(|p| p.answer(item)).expect("answered");
    assert!(answer.answer.ends_with("Tuottajia on kolme\nKaksi ehtii"), "{:?}", answer.answer);
    send(&mut app, Message::Undo);
    let plan = app.document().expect("doc").plan();
    let back =
        plan.phase(PhaseKind::Formation).and_then(|p| p.answer(item)).map(|a| a.answer.clone()).unwrap_or_default();
    assert!(!back.contains('\n'), "{back:?}");
}
