//! The follow-up view at the level of `update`: Ctrl+8 opens it, a measurement typed through
//! its validation messages (a bad period, a bad count) changes nothing until it reads, then is
//! saved as one edit and shown computed; choosing a row of the table fills the form back; a
//! cost and the estimate of the rest reach the forecast; undo takes each back.

use allianssi::app::{App, Env, Message};
use allianssi::followup;
use allianssi::model::{Actual, Money, Period, Plan};
use allianssi::screen::Tab;
use allianssi::screen::followup::Message as F;
use allianssi::template;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn plan(app: &App) -> &Plan {
    app.document().expect("a plan is open").plan()
}

fn open_tampere() -> App {
    let day = "2026-11-22".parse().expect("date");
    let (mut app, task) = App::new(Env { paths: None, today: Some(day), file: None });
    assert!(run(task).is_empty());
    let index = template::all().iter().position(|t| t.name == "tampere-startup").expect("template");
    send(&mut app, Message::NewFromTemplate(index));
    app
}

fn ctrl(c: &str) -> Message {
    use iced::keyboard::{Event, Key, Location, Modifiers, key::Physical};
    let event = Event::KeyPressed {
        key: Key::Character(c.into()),
        modified_key: Key::Character(c.into()),
        physical_key: Physical::Unidentified(iced::keyboard::key::NativeCode::Unidentified),
        location: Location::Standard,
        modifiers: Modifiers::CTRL,
        text: None,
        repeat: false,
    };
    allianssi::app::shortcuts::on_key(event).expect("a shortcut")
}

#[test]
fn ctrl_8_opens_the_follow_up_and_a_measurement_is_typed_through_its_messages() {
    let mut app = open_tampere();
    send(&mut app, ctrl("8"));
    assert_eq!(app.tab(), Tab::FollowUp);
    let original = plan(&app).clone();
    let rate = original.budget.metrics.iter().find(|m| matches!(m.actual, Actual::ActivationRate { .. })).unwrap();
    let area = original.parties[0].id;
    send(&mut app, Message::FollowUp(F::MetricSelected(rate.id)));
    send(&mut app, Message::FollowUp(F::AreaSelected(Some(area))));

    // A month that does not exist: a message, no change.
    send(&mut app, Message::FollowUp(F::PeriodTyped("2021-13".into())));
    send(&mut app, Message::FollowUp(F::PartTyped(0, "11 331".into())));
    send(&mut app, Message::FollowUp(F::PartTyped(1, "2308".into())));
    send(&mut app, Message::FollowUp(F::SaveMeasurement));
    assert!(app.followup().entry_error().is_some_and(|e| e.contains("2021-13")), "{:?}", app.followup().entry_error());
    assert_eq!(plan(&app), &original);

    // A count with a decimal: a message naming it, no change.
    send(&mut app, Message::FollowUp(F::PeriodTyped("2021-03".into())));
    assert_eq!(app.followup().entry_error(), None, "typing clears the message");
    send(&mut app, Message::FollowUp(F::PartTyped(1, "2308,5".into())));
    send(&mut app, Message::FollowUp(F::SaveMeasurement));
    assert!(app.followup().entry_error().is_some_and(|e| e.contains("2308,5")));
    assert_eq!(plan(&app), &original);

    // Corrected: one measurement, computed as the deck prints it.
    send(&mut app, Message::FollowUp(F::PartTyped(1, "2 308".into())));
    send(&mut app, Message::FollowUp(F::SaveMeasurement));
    assert_eq!(app.followup().entry_error(), None);
    let m = plan(&app).followup.measurement(rate.id, Some(area), Period::Month(2021, 3)).expect("saved").clone();
    assert_eq!(m.actual, Actual::ActivationRate { unemployed: 11_331, in_services: 2_308 });
    let k = followup::kpis(plan(&app));
    let series = k.metrics.iter().find(|s| s.metric == rate.id).unwrap();
    let alliance = series.alliance().unwrap();
    assert_eq!(alliance.points[0].value_string().as_deref(), Some("16.9"));

    // Choosing the row in the table brings the counts back into the form.
    send(&mut app, Message::FollowUp(F::PeriodTyped(String::new())));
    send(&mut app, Message::FollowUp(F::EditRow(Period::Month(2021, 3), Some(area))));
    assert_eq!(app.followup().entry_parts(), ["11331", "2308"]);

    // An empty period means the period of the plan's length holding today (2026-11-22): with
    // quarters, 2026-Q4.
    send(&mut app, Message::FollowUp(F::PeriodicitySelected(allianssi::model::Periodicity::Quarter)));
    send(&mut app, Message::FollowUp(F::PeriodTyped(String::new())));
    send(&mut app, Message::FollowUp(F::SaveMeasurement));
    assert!(plan(&app).followup.measurement(rate.id, Some(area), Period::Quarter(2026, 4)).is_some());
    send(&mut app, Message::Undo);
    send(&mut app, Message::Undo);
    send(&mut app, Message::FollowUp(F::PeriodTyped("2021-03".into())));

    // Removing it, then undo twice: the plan as it was.
    send(&mut app, Message::FollowUp(F::RemoveMeasurement));
    assert!(plan(&app).followup.measurements.is_empty());
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app).followup.measurements.len(), 1);
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), &original);
}

#[test]
fn a_cost_and_the_estimate_of_the_rest_reach_the_forecast() {
    use allianssi::screen::followup::costs::CostMessage as C;
    let mut app = open_tampere();
    send(&mut app, Message::TabSelected(Tab::FollowUp));
    let original = plan(&app).clone();
    let party = original.producers().next().unwrap().id;
    let code = original.budget.cost_categories[0].code.clone();
    let cost = |m: C| Message::FollowUp(F::Cost(m));
    send(&mut app, cost(C::PeriodTyped("2019-06".into())));
    send(&mut app, cost(C::PartySelected(party)));
    send(&mut app, cost(C::CategorySelected(code.clone())));
    send(&mut app, cost(C::AmountTyped("12 kiloa".into())));
    send(&mut app, cost(C::Save));
    assert_eq!(plan(&app), &original, "a bad amount changes nothing");
    send(&mut app, cost(C::AmountTyped("125 000,50".into())));
    send(&mut app, cost(C::Save));
    let c = &plan(&app).followup.costs;
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].party, c[0].category.as_str(), c[0].period, c[0].amount),
        (party, code.as_str(), Period::Month(2019, 6), Money(12_500_050))
    );

    // The estimate: a bad one is kept as typed and changes nothing; a good one is one edit.
    send(&mut app, Message::FollowUp(F::RestTyped("paljon".into())));
    assert_eq!(plan(&app).followup.rest_estimate, None);
    send(&mut app, Message::FollowUp(F::RestTyped("2 000 000".into())));
    assert_eq!(plan(&app).followup.rest_estimate, Some(Money(200_000_000)));
    let f = followup::forecast(plan(&app), &followup::kpis(plan(&app)), Period::Month(2019, 6).end()).unwrap();
    let est = f.estimate.expect("an estimate case");
    assert_eq!(est.actual, Money(12_500_050 + 200_000_000));
    assert_eq!(f.to_date_producers, Money(12_500_050));
    send(&mut app, Message::Undo);
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), &original);
}

#[test]
fn the_report_is_written_from_the_view_for_the_period_typed() {
    let mut app = open_tampere();
    send(&mut app, Message::TabSelected(Tab::FollowUp));
    // A bad period says what to write and asks for no file.
    send(&mut app, Message::FollowUp(F::ReportPeriodTyped("2021-Q5".into())));
    send(&mut app, Message::FollowUp(F::ReportPressed));
    assert!(matches!(app.followup().report_note(), Some(Err(e)) if e.contains("2021-Q5")));
    // A period and a path: the PDF is written off the UI thread and the view says where.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("seuranta.pdf");
    send(&mut app, Message::FollowUp(F::ReportPeriodTyped("2021-Q2".into())));
    send(&mut app, Message::FollowUp(F::ReportPath(Some(path.clone()))));
    let note = app.followup().report_note().cloned();
    assert!(matches!(&note, Some(Ok(t)) if t.contains("seuranta.pdf")), "{note:?}");
    let bytes = std::fs::read(&path).expect("the report was written");
    assert!(bytes.starts_with(b"%PDF-"));
}
