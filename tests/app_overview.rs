//! The overview's metadata form at the level of `update`: every field edits the plan in one
//! undoable step, a date reaches the plan only when whole, and the multi-line goals follow undo.

use allianssi::app::{App, Env, Message};
use allianssi::model::{PlanStatus, Procurement, Setting};
use allianssi::screen::overview::{self, Line, Long, Message as M};
use allianssi::template;
use iced::widget::text_editor::{Action, Edit, Motion};
use std::sync::Arc;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

fn app() -> App {
    let (mut app, task) = App::new(Env { paths: None, today: Some(day("2026-11-22")), file: None });
    assert!(run(task).is_empty());
    let i = template::all().iter().position(|t| t.name == "tyollisyysalue").expect("template");
    send(&mut app, Message::NewFromTemplate(i));
    app
}

fn meta(app: &App) -> allianssi::model::Meta {
    app.document().expect("open").plan().meta.clone()
}

fn ov(app: &mut App, m: M) {
    send(app, Message::Overview(m));
}

#[test]
fn every_metadata_field_is_edited_and_undone() {
    let mut app = app();
    let before = meta(&app);
    let lines = [
        (Line::AllianceName, "Uusi sopimus"),
        (Line::RecordNumber, "HML/1/2027"),
        (Line::Version, "0.2"),
        (Line::ReplacesVersion, "0.1"),
        (Line::Place, "Hattula"),
    ];
    for (line, value) in lines {
        ov(&mut app, M::LineChanged(line, value.into()));
    }
    ov(&mut app, M::SettingSelected(Setting::Regional2018));
    ov(&mut app, M::ProcurementSelected(Procurement::CompetitiveDialogue));
    ov(&mut app, M::StatusSelected(PlanStatus::Approved));
    let after = meta(&app);
    assert_eq!(
        (after.alliance_name.as_str(), after.record_number.as_str(), after.version.as_str()),
        ("Uusi sopimus", "HML/1/2027", "0.2")
    );
    assert_eq!((after.replaces_version.as_str(), after.place.as_str()), ("0.1", "Hattula"));
    assert_eq!(
        (after.setting, after.procurement, after.status),
        (Setting::Regional2018, Procurement::CompetitiveDialogue, PlanStatus::Approved)
    );
    send(&mut app, Message::Undo);
    assert_eq!(meta(&app), before, "consecutive metadata edits are one undo step");
}

/// "15.3.2027" typed a key at a time: no prefix ("15.3.2", "15.3.20") becomes the date; the
/// whole date does, and emptying the field clears it.
#[test]
fn a_date_reaches_the_plan_only_when_whole() {
    let mut app = app();
    let before = meta(&app).date;
    let typed = "15.3.2027";
    for n in 1..typed.len() {
        ov(&mut app, M::DateChanged(typed[..n].to_string()));
        assert_eq!(meta(&app).date, before, "after {:?}", &typed[..n]);
    }
    ov(&mut app, M::DateChanged(typed.into()));
    assert_eq!(meta(&app).date, Some(day("2027-03-15")));
    ov(&mut app, M::DateChanged("15.3.0002".into()));
    assert_eq!(meta(&app).date, Some(day("2027-03-15")), "a three-digit year is not taken");
    ov(&mut app, M::DateChanged(String::new()));
    assert_eq!(meta(&app).date, None);
}

/// Typing a new line of goals in the multi-line editor adds a goal (an empty line adds none);
/// undo brings the editor back to the plan's text.
#[test]
fn goals_are_lines_of_a_multi_line_editor_that_follows_undo() {
    let mut app = app();
    let goals = meta(&app).strategic_goals;
    let edit = |app: &mut App, a: Action| ov(app, M::LongEdited(Long::StrategicGoals, a));
    edit(&mut app, Action::Move(Motion::DocumentEnd));
    edit(&mut app, Action::Edit(Edit::Enter));
    assert_eq!(meta(&app).strategic_goals, goals, "an empty line is no goal");
    assert!(app.overview().editor_text(Long::StrategicGoals).ends_with('\n'), "the editor keeps the new line");
    edit(&mut app, Action::Edit(Edit::Paste(Arc::new("Uusi tavoite".into()))));
    let mut expected = goals.clone();
    expected.push("Uusi tavoite".into());
    assert_eq!(meta(&app).strategic_goals, expected);

    send(&mut app, Message::Undo);
    assert_eq!(meta(&app).strategic_goals, goals);
    assert_eq!(
        app.overview().editor_text(Long::StrategicGoals).trim_end(),
        goals.join("\n"),
        "the editor follows undo"
    );
    assert_eq!(overview::Long::StrategicGoals.text(&meta(&app)), goals.join("\n"));
}
