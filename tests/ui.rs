//! Flows through the real widgets, headless with iced_test's simulator: clicks and typing
//! become messages, which go through `App::update` as the runtime would send them.

use allianssi::app::{App, Env, Message, Screen};
use allianssi::model::{ChecklistItem, PhaseKind};
use allianssi::screen::guide;
use allianssi::{template, theme};
use iced_test::simulator::Simulator;

/// A simulator of the app's current view with the bundled font, as the window uses it.
fn ui(app: &App) -> Simulator<'_, Message> {
    let settings = iced::Settings {
        fonts: vec![theme::FONT_REGULAR_BYTES.into(), theme::FONT_BOLD_BYTES.into()],
        default_font: theme::FONT,
        ..iced::Settings::default()
    };
    Simulator::with_size(settings, (1280.0, 860.0), app.view())
}

/// Sends what the simulator collected to the app (tasks are dropped: these flows start none
/// that matter).
fn deliver(app: &mut App, messages: Vec<Message>) {
    for m in messages {
        let _ = app.update(m);
    }
}

fn app() -> App {
    App::new(Env { paths: None, today: "2026-11-22".parse().ok(), file: None }).0
}

#[test]
fn a_template_from_the_welcome_screen_opens_in_the_guide() {
    let mut app = app();
    let name = (template::all()[2].build)().meta.name;
    let messages = {
        let mut ui = ui(&app);
        ui.click(name.as_str()).expect("the template is listed by its name");
        ui.into_messages().collect()
    };
    deliver(&mut app, messages);
    assert_eq!(app.screen(), Screen::Plan);
    assert_eq!(app.document().expect("open").plan().meta.name, name);
    let mut ui = ui(&app);
    assert!(ui.find("1. Strategiavaihe").is_ok(), "the stepper shows the phases");
    assert!(ui.find("Opas").is_ok(), "the tabs are there");
}

#[test]
fn typing_an_answer_in_the_guide_and_moving_on() {
    let mut app = app();
    let _ = app.update(Message::NewFromTemplate(0));
    // The first phase whose first item the template has not answered yet.
    let plan = app.document().expect("open").plan();
    let (phase, item) = PhaseKind::ALL
        .into_iter()
        .map(|k| (k, k.checklist()[0]))
        .find(|&(k, i)| plan.phase(k).and_then(|p| p.answer(i)).is_none())
        .expect("an unanswered item");
    let _ = app.update(Message::PhaseSelected(phase));
    let messages = {
        let mut ui = ui(&app);
        ui.click(iced_test::selector::id(guide::answer_id(item))).expect("the answer field");
        let _ = ui.typewrite("Kaikki neljä kuntaa");
        ui.into_messages().collect()
    };
    deliver(&mut app, messages);
    let plan = app.document().expect("open").plan();
    let answer = plan.phase(phase).and_then(|p| p.answer(item)).expect("answered");
    assert_eq!(answer.answer, "Kaikki neljä kuntaa");
    assert_eq!(app.document().expect("open").history().depth(), 1, "typing is one undo step");
    // The answer is a multi-line editor (its text is not a text widget the simulator finds).
    assert_eq!(app.guide_answer(item).as_deref(), Some("Kaikki neljä kuntaa"));

    // The next-phase button is below the checklist: the view is scrolled by messages, so go
    // there with the stepper instead and check the guide follows.
    let messages = {
        let mut ui = ui(&app);
        ui.click("2. Allianssin muodostaminen").expect("the stepper");
        ui.into_messages().collect()
    };
    deliver(&mut app, messages);
    assert_eq!(app.guide_phase(), PhaseKind::Formation);
    let question = allianssi::i18n::checklist::question(ChecklistItem::MarketDialogue, app.language());
    assert!(ui(&app).find(question).is_ok());
}

#[test]
fn the_plan_name_field_edits_the_plan_and_undo_takes_it_back() {
    let mut app = app();
    let _ = app.update(Message::NewFromTemplate(1));
    let _ = app.update(Message::TabSelected(allianssi::screen::Tab::Overview));
    let before = app.document().expect("open").plan().meta.name.clone();
    let messages = {
        let mut ui = ui(&app);
        ui.click(iced_test::selector::id(allianssi::screen::overview::NAME_ID)).expect("the name field");
        let _ = ui.typewrite(" 2027");
        ui.into_messages().collect()
    };
    deliver(&mut app, messages);
    assert_eq!(app.document().expect("open").plan().meta.name, format!("{before} 2027"));
    assert!(app.title().contains(" 2027"));
    let messages = {
        let mut ui = ui(&app);
        ui.click("Kumoa").expect("the undo button");
        ui.into_messages().collect()
    };
    deliver(&mut app, messages);
    assert_eq!(app.document().expect("open").plan().meta.name, before);
}
