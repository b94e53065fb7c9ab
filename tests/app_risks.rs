//! The risks screen at the level of `update`: add a risk, rate it from two parties with the
//! quick keys 1–5, adopt the median, undo it; filters from the heatmap, the status workflow
//! and the drawn window of a large register. No window and no display are needed.

use allianssi::app::{App, Env, Message};
use allianssi::model::register::Filter;
use allianssi::model::{Risk, RiskStatus};
use allianssi::screen::Tab;
use allianssi::screen::risks::{self, Change, FilterChange, Panel};
use allianssi::template;
use iced::keyboard::{Key, Modifiers};
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

fn with_template(name: &str) -> App {
    let (mut app, task) = App::new(Env { paths: None, today: Some(day("2026-11-22")), file: None });
    assert!(run(task).is_empty());
    let index = template::all().iter().position(|t| t.name == name).expect("template");
    send(&mut app, Message::NewFromTemplate(index));
    send(&mut app, Message::TabSelected(Tab::Risks));
    assert_eq!(app.tab(), Tab::Risks);
    app
}

fn risks(app: &App) -> &[Risk] {
    &app.document().expect("a plan is open").plan().risks.risks
}

fn risk(m: risks::Message) -> Message {
    Message::Risks(m)
}

fn key(c: &str) -> Message {
    Message::KeyPressed(Key::Character(c.into()), Modifiers::empty())
}

#[test]
fn add_rate_from_two_parties_adopt_median_and_undo() {
    let mut app = with_template("tampere-startup");
    let before = risks(&app).len();
    send(&mut app, risk(risks::Message::Add));
    assert_eq!(risks(&app).len(), before + 1);
    let new = risks(&app).last().expect("added").clone();
    assert_eq!(new.status_history.first().map(|s| s.date), Some(day("2026-11-22")));
    assert!(new.code.starts_with('R'));
    send(&mut app, risk(risks::Message::Change(Change::Title("Markkinapuute".into()))));
    assert_eq!(risks(&app).last().expect("risk").title, "Markkinapuute");
    assert_eq!((new.probability, new.impact), (3, 3));

    // Two parties rate with the quick keys: party 1 gives 2 × 5, party 2 gives 5 × 2.
    send(&mut app, risk(risks::Message::ShowPanel(Panel::Rating)));
    for k in ["2", "5", "5", "2"] {
        send(&mut app, key(k));
    }
    let doc = app.document().expect("plan");
    let parties: Vec<_> = doc.plan().parties.iter().filter(|p| p.exited_on.is_none()).map(|p| p.id).collect();
    assert!(parties.len() >= 2);
    // The adopted median of (2, 5) and (5, 2) is 4 × 4 (even counts round up).
    let adopted = risks(&app).last().expect("risk").clone();
    assert_eq!((adopted.probability, adopted.impact), (3, 3), "votes alone change nothing");
    send(&mut app, risk(risks::Message::Adopt));
    let rated = risks(&app).last().expect("risk").clone();
    assert_eq!((rated.probability, rated.impact), (4, 4));
    let record = rated.rating_history.last().expect("recorded");
    assert_eq!(record.date, day("2026-11-22"));
    assert!(record.note.contains("2×5") && record.note.contains("5×2"), "{}", record.note);

    // Undo takes the adopted rating back, and the risk stays.
    send(&mut app, Message::Undo);
    let undone = risks(&app).last().expect("risk").clone();
    assert_eq!((undone.probability, undone.impact), (3, 3));
    assert!(undone.rating_history.is_empty());
    assert_eq!(undone.title, "Markkinapuute");
}

#[test]
fn adopting_another_value_than_the_median() {
    let mut app = with_template("tampere-startup");
    send(&mut app, risk(risks::Message::Add));
    send(&mut app, risk(risks::Message::ShowPanel(Panel::Rating)));
    for k in ["1", "1", "1", "1"] {
        send(&mut app, key(k));
    }
    send(&mut app, risk(risks::Message::AdoptImpact(5)));
    send(&mut app, risk(risks::Message::Adopt));
    let r = risks(&app).last().expect("risk");
    assert_eq!((r.probability, r.impact), (1, 5));
}

#[test]
fn status_changes_are_dated_and_closed_risks_hidden() {
    let mut app = with_template("tampere-startup");
    send(&mut app, risk(risks::Message::Add));
    let id = risks(&app).last().expect("risk").id;
    send(&mut app, risk(risks::Message::Status(RiskStatus::BeingHandled)));
    send(&mut app, risk(risks::Message::Status(RiskStatus::Closed)));
    let r = risks(&app).last().expect("risk");
    assert_eq!(r.status, RiskStatus::Closed);
    assert_eq!(
        r.status_history.iter().map(|s| (s.date, s.status)).next_back(),
        Some((day("2026-11-22"), RiskStatus::Closed))
    );
    // The default filter hides it; showing closed risks brings it back.
    let plan = app.document().expect("plan").plan().clone();
    let shown = |f: &Filter| allianssi::model::register::filter(&plan, f).iter().any(|&i| plan.risks.risks[i].id == id);
    assert!(!shown(&Filter::default()));
    assert!(shown(&Filter { include_closed: true, ..Filter::default() }));
}

#[test]
fn duplicate_and_remove_go_through_undo() {
    let mut app = with_template("tampere-startup");
    let n = risks(&app).len();
    let first = risks(&app)[0].id;
    send(&mut app, risk(risks::Message::Select(first)));
    send(&mut app, risk(risks::Message::Duplicate));
    assert_eq!(risks(&app).len(), n + 1);
    let copy = risks(&app).last().expect("copy");
    assert_ne!(copy.code, risks(&app)[0].code);
    assert!(copy.title.starts_with(&risks(&app)[0].title));
    send(&mut app, risk(risks::Message::Remove));
    assert_eq!(risks(&app).len(), n);
    send(&mut app, Message::Undo);
    assert_eq!(risks(&app).len(), n + 1);
}

#[test]
fn amount_fields_take_only_valid_text() {
    let mut app = with_template("tampere-startup");
    send(&mut app, risk(risks::Message::Add));
    send(&mut app, risk(risks::Message::Draft(risks::DraftField::Likely, "12 500,50".into())));
    assert_eq!(risks(&app).last().expect("risk").likely_amount.cents(), 1_250_050);
    send(&mut app, risk(risks::Message::Draft(risks::DraftField::Likely, "12 500,5x".into())));
    assert_eq!(risks(&app).last().expect("risk").likely_amount.cents(), 1_250_050, "bad text changes nothing");
    send(&mut app, risk(risks::Message::Draft(risks::DraftField::Percent, "35".into())));
    assert_eq!(risks(&app).last().expect("risk").probability_pct.0, 3_500);
    send(&mut app, risk(risks::Message::Draft(risks::DraftField::Due, "31.12.2026".into())));
    assert_eq!(risks(&app).last().expect("risk").due, Some(day("2026-12-31")));
}

/// Typing "15.3.2027" a key at a time: no prefix is taken as a date (it was: "15.3.2" saved
/// 15.3.0002, and so on), the plan keeps its date until the whole year is there, and then
/// the typed date is the saved one.
#[test]
fn a_date_typed_key_by_key_is_saved_only_when_whole() {
    let mut app = with_template("tampere-startup");
    send(&mut app, risk(risks::Message::Add));
    let before = risks(&app).last().expect("risk").due;
    let typed = "15.3.2027";
    for end in 1..typed.len() {
        send(&mut app, risk(risks::Message::Draft(risks::DraftField::Due, typed[..end].into())));
        assert_eq!(risks(&app).last().expect("risk").due, before, "after typing {:?}", &typed[..end]);
    }
    send(&mut app, risk(risks::Message::Draft(risks::DraftField::Due, typed.into())));
    assert_eq!(risks(&app).last().expect("risk").due, Some(day("2027-03-15")));
}

#[test]
fn heatmap_cell_filters_the_table_and_the_window_stays_small() {
    let mut state = risks::State::default();
    let mut plan = (template::find("tampere-startup").expect("template").build)();
    let base = plan.risks.risks[0].clone();
    for n in 0..10_000u32 {
        let mut r = base.clone();
        r.id = allianssi::model::RiskId(1_000_000 + n);
        r.code = format!("X{n}");
        r.probability = (n % 5) as u8 + 1;
        r.impact = (n / 5 % 5) as u8 + 1;
        r.status = RiskStatus::Identified;
        plan.risks.risks.push(r);
    }
    let analysis = allianssi::analysis::Analysis::of(&plan);
    let ctx = allianssi::screen::Context::of(&analysis, 0, allianssi::i18n::Language::Fi, day("2026-11-22"));
    let _ = state.update(risks::Message::Filter(FilterChange::Cell(5, 1, false)), &plan, &ctx);
    let rows = state.rows(&plan);
    assert!(rows.len() >= 400, "{}", rows.len());
    assert!(rows.iter().all(|&i| (plan.risks.risks[i].probability, plan.risks.risks[i].impact) == (5, 1)));
    // The same cell again clears the filter.
    let _ = state.update(risks::Message::Filter(FilterChange::Cell(5, 1, false)), &plan, &ctx);
    assert_eq!(state.filter().cell, None);
    // Only a window of rows is drawn, however long the table.
    let window = state.visible_window(state.rows(&plan).len());
    assert!(window.len() < 60, "{window:?}");
    // Arrow keys move the selection.
    let down = state.key(&Key::Named(iced::keyboard::key::Named::ArrowDown), Modifiers::empty());
    let _ = state.update(down.expect("arrow down"), &plan, &ctx);
    assert!(state.selected().is_some());
}

/// A risk just added is selected, its editor open, and the action both adds it and runs a task
/// (the focus on its title field, `risks::TITLE_ID`): the facilitator types the title
/// straight away.
#[test]
fn a_new_risk_is_selected_and_its_title_focused() {
    let mut state = risks::State::default();
    let plan = (template::find("tampere-startup").expect("template").build)();
    let analysis = allianssi::analysis::Analysis::of(&plan);
    let ctx = allianssi::screen::Context::of(&analysis, 0, allianssi::i18n::Language::Fi, day("2026-11-22"));
    let action = state.update(risks::Message::Add, &plan, &ctx);
    let allianssi::screen::Action::EditThen(allianssi::model::Edit::AddRisk(risk), focus) = action else {
        panic!("the add is an edit followed by the focus task")
    };
    assert_eq!(state.selected(), Some(risk.id));
    assert!(iced_test::runtime::task::into_stream(focus).is_some(), "a focus operation to run");
    assert_eq!(risks::TITLE_ID, "risk-title");
}
