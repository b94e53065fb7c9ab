//! The application at the level of `update`: messages in, state out, with the tasks they start
//! run to completion as the runtime would (file dialogs are never opened: every dialog has a
//! twin message carrying a path). No window and no display are needed.

use allianssi::app::settings::{self, Paths};
use allianssi::app::{App, Env, Message, Pending, Screen};
use allianssi::i18n::Language;
use allianssi::model::{ChecklistItem, GateOutcome, PhaseKind, Stance};
use allianssi::rules::Subject;
use allianssi::screen::{Tab, guide, overview};
use allianssi::{storage, template};
use std::path::Path;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn template_index(name: &str) -> usize {
    template::all().iter().position(|t| t.name == name).expect("template")
}

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

/// An app that keeps no files, on a fixed day, with a template open.
fn with_template(name: &str) -> App {
    let (mut app, task) = App::new(Env { paths: None, today: Some(day("2026-11-22")), file: None });
    assert!(run(task).is_empty());
    send(&mut app, Message::NewFromTemplate(template_index(name)));
    app
}

fn plan_name(app: &App) -> &str {
    &app.document().expect("a plan is open").plan().meta.name
}

fn rename(app: &mut App, name: &str) {
    send(app, Message::Overview(overview::Message::NameChanged(name.to_string())));
}

#[test]
fn starts_on_the_welcome_screen_and_opens_a_template() {
    let (mut app, _) = App::new(Env::default());
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.title(), "Allianssi");
    for (i, t) in template::all().iter().enumerate() {
        send(&mut app, Message::NewFromTemplate(i));
        assert_eq!(app.screen(), Screen::Plan);
        assert_eq!(app.document().expect("open").plan(), &(t.build)());
        assert!(app.confirming().is_none(), "an untouched template is replaced without asking");
    }
}

#[test]
fn editing_the_name_changes_the_title_and_undoes_in_one_step() {
    let mut app = with_template("tyollisyysalue");
    let original = plan_name(&app).to_string();
    let depth = app.document().expect("open").history().depth();
    for name in ["K", "Ke", "Kes", "Keski-Suomi"] {
        rename(&mut app, name);
    }
    assert_eq!(plan_name(&app), "Keski-Suomi");
    assert_eq!(app.document().expect("open").history().depth(), depth + 1, "typing merges into one step");
    assert!(app.title().contains("Keski-Suomi"), "{}", app.title());
    assert!(app.title().ends_with(" •"), "{}", app.title());

    send(&mut app, Message::Undo);
    assert_eq!(plan_name(&app), original);
    send(&mut app, Message::Redo);
    assert_eq!(plan_name(&app), "Keski-Suomi");
    send(&mut app, Message::Undo);
    send(&mut app, Message::Undo); // nothing more to undo: no change
    assert_eq!(plan_name(&app), original);
}

#[test]
fn guide_moves_between_phases_and_records_answers_and_decisions() {
    let mut app = with_template("tampere-startup");
    send(&mut app, Message::PhaseSelected(PhaseKind::Strategy));
    assert_eq!(app.tab(), Tab::Guide);
    send(&mut app, Message::Guide(guide::Message::Previous));
    assert_eq!(app.guide_phase(), PhaseKind::Strategy, "no phase before the first");
    send(&mut app, Message::Guide(guide::Message::Next));
    assert_eq!(app.guide_phase(), PhaseKind::Formation);
    for _ in 0..5 {
        send(&mut app, Message::Guide(guide::Message::Next));
    }
    assert_eq!(app.guide_phase(), PhaseKind::Service, "no phase after the last");

    send(&mut app, Message::PhaseSelected(PhaseKind::Development));
    let item = ChecklistItem::RiskAssessment;
    let depth = app.document().expect("open").history().depth();
    for text in ["R", "Ri", "Riskit arvioitu"] {
        send(&mut app, Message::Guide(guide::Message::AnswerChanged(item, text.to_string())));
    }
    send(&mut app, Message::Guide(guide::Message::ItemToggled(item, true)));
    let plan = app.document().expect("open").plan();
    let answer = plan.phase(PhaseKind::Development).and_then(|p| p.answer(item)).expect("answered");
    assert_eq!((answer.answer.as_str(), answer.done), ("Riskit arvioitu", true));
    // One item's answer and tick share a merge key: a burst of work on one item is one step.
    assert_eq!(app.document().expect("open").history().depth(), depth + 1);

    let owners: Vec<_> = plan.owners().filter(|p| p.exited_on.is_none()).map(|p| p.id).collect();
    let before = plan.phase(PhaseKind::Development).map_or(0, |p| p.decisions.len());
    // No position is assumed: everyone approves once asked, then the exception.
    send(&mut app, Message::Guide(guide::Message::AllApprove));
    send(&mut app, Message::Guide(guide::Message::StanceSelected(owners[0], Stance::Abstains)));
    send(&mut app, Message::Guide(guide::Message::MinutesChanged("AJR 22.11.2026 § 4".into())));
    send(&mut app, Message::Guide(guide::Message::DecisionPressed(GateOutcome::Rework)));
    let phase = app.document().expect("open").plan().phase(PhaseKind::Development).expect("phase").clone();
    assert_eq!(phase.decisions.len(), before + 1);
    let d = phase.latest_decision().expect("decision");
    assert_eq!(
        (d.outcome, d.date, d.minutes_ref.as_str()),
        (GateOutcome::Rework, day("2026-11-22"), "AJR 22.11.2026 § 4")
    );
    // The same rule as the Timeline: at G2 every party of the leadership team gives a position.
    let plan = app.document().expect("open").plan().clone();
    let voters = plan.gate_voters(PhaseKind::Development, day("2026-11-22"));
    assert!(voters.len() > owners.len(), "producers have a position too");
    assert_eq!(d.positions.iter().map(|p| p.party).collect::<Vec<_>>(), voters);
    let stance = |id| d.positions.iter().find(|p| p.party == id).map(|p| p.stance);
    assert_eq!(stance(owners[0]), Some(Stance::Abstains));
    assert!(d.positions.iter().filter(|p| p.party != owners[0]).all(|p| p.stance == Stance::Approves));

    // A Go with an owner abstaining is not recorded; from G2 a producer rejecting blocks it too.
    let producer = plan.producers().next().expect("producer").id;
    let count =
        |app: &App| app.document().expect("open").plan().phase(PhaseKind::Development).map_or(0, |p| p.decisions.len());
    let n = count(&app);
    send(&mut app, Message::Guide(guide::Message::DecisionPressed(GateOutcome::Go)));
    assert_eq!(count(&app), n, "no positions asked yet: no Go");
    send(&mut app, Message::Guide(guide::Message::AllApprove));
    send(&mut app, Message::Guide(guide::Message::StanceSelected(owners[0], Stance::Abstains)));
    send(&mut app, Message::Guide(guide::Message::StanceSelected(producer, Stance::Rejects)));
    send(&mut app, Message::Guide(guide::Message::DecisionPressed(GateOutcome::Go)));
    assert_eq!(count(&app), n, "one owner abstaining: no Go");
    send(&mut app, Message::Guide(guide::Message::StanceSelected(owners[0], Stance::Approves)));
    send(&mut app, Message::Guide(guide::Message::DecisionPressed(GateOutcome::Go)));
    assert_eq!(count(&app), n, "every owner approving but a producer rejecting: no Go at G2");
    send(&mut app, Message::Guide(guide::Message::StanceSelected(producer, Stance::Approves)));
    send(&mut app, Message::Guide(guide::Message::DecisionPressed(GateOutcome::Go)));
    assert_eq!(count(&app), n + 1, "every party approving: Go");
    let plan = app.document().expect("open").plan();
    let go = plan.phase(PhaseKind::Development).and_then(|p| p.latest_decision()).expect("go");
    assert_eq!(go.outcome, GateOutcome::Go);
    assert!(go.positions.iter().all(|p| p.stance == Stance::Approves));
    assert!(go.baseline.is_some());
}

#[test]
fn save_to_a_path_and_open_it_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("alue.ron");
    let mut app = with_template("tyollisyysalue");
    rename(&mut app, "Tallennettu");
    send(&mut app, Message::SaveTo(dir.path().join("alue"))); // ".ron" is added
    assert!(app.error().is_none(), "{:?}", app.error());
    let doc = app.document().expect("open");
    assert_eq!(doc.path(), Some(&path));
    assert!(!doc.is_dirty());
    assert!(app.title().ends_with("– alue.ron"), "{}", app.title());
    let saved = doc.plan().clone();
    assert_eq!(storage::load(&path).expect("loads").plan, saved);

    // Unsaved changes: opening asks first; Cancel keeps the plan, Discard opens the file.
    rename(&mut app, "Muutettu");
    send(&mut app, Message::OpenPath(path.clone()));
    assert_eq!(app.confirming(), Some(&Pending::OpenPath(path.clone())));
    send(&mut app, Message::ConfirmCancel);
    assert_eq!(plan_name(&app), "Muutettu");
    send(&mut app, Message::OpenPath(path.clone()));
    send(&mut app, Message::ConfirmDiscard);
    let doc = app.document().expect("open");
    assert_eq!(doc.plan(), &saved);
    assert!(!doc.is_dirty());
    assert!(!doc.history().can_undo(), "loading is not an undo step");
    let recent = &app.settings().recent[0];
    assert_eq!((recent.path.as_path(), recent.used), (path.as_path(), day("2026-11-22")), "remembered with its date");
}

#[test]
fn save_from_the_confirm_dialog_then_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = dir.path().join("eka.ron");
    let mut app = with_template("tampere-startup");
    send(&mut app, Message::SaveTo(first.clone()));
    rename(&mut app, "Toinen nimi");
    send(&mut app, Message::NewFromTemplate(template_index("etela-pohjanmaa")));
    assert_eq!(app.confirming(), Some(&Pending::Template(template_index("etela-pohjanmaa"))));
    send(&mut app, Message::ConfirmSave);
    assert_eq!(storage::load(&first).expect("saved").plan.meta.name, "Toinen nimi");
    assert_eq!(app.document().expect("open").plan(), &(template::all()[template_index("etela-pohjanmaa")].build)());
}

#[test]
fn closing_the_window_asks_when_there_is_unsaved_work() {
    let mut app = with_template("tyollisyysalue");
    let id = iced::window::Id::unique();
    rename(&mut app, "Kesken");
    send(&mut app, Message::CloseRequested(id));
    assert_eq!(app.confirming(), Some(&Pending::Quit));
    send(&mut app, Message::EscapePressed);
    assert!(app.confirming().is_none());
    assert_eq!(plan_name(&app), "Kesken");
}

#[test]
fn a_file_that_does_not_parse_shows_where_and_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rikki.ron");
    let text = storage::to_string(&(template::all()[0].build)()).expect("text");
    std::fs::write(&path, text.replacen("next_id:", "next_idd:", 1)).expect("write");
    let (mut app, task) = App::new(Env { file: Some(path.clone()), ..Env::default() });
    for m in run(task) {
        send(&mut app, m);
    }
    assert_eq!(app.screen(), Screen::Welcome);
    let error = app.error().expect("an error is shown");
    assert!(error.position().is_some());
    let message = error.message(Language::Fi);
    assert!(message.contains("rikki.ron") && message.contains("rivi") && message.contains("sarake"), "{message}");
    send(&mut app, Message::ErrorDismissed);
    assert!(app.error().is_none());
}

#[test]
fn a_newer_version_opens_read_only_and_is_never_saved_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("uudempi.ron");
    let text =
        storage::to_string(&(template::all()[0].build)()).expect("text").replacen("version: 1,", "version: 7,", 1);
    std::fs::write(&path, &text).expect("write");
    let mut app = with_template("tyollisyysalue");
    send(&mut app, Message::OpenPath(path.clone()));
    let doc = app.document().expect("open");
    assert!(doc.read_only().is_some());
    let name = plan_name(&app).to_string();
    rename(&mut app, "Ei muutu");
    assert_eq!(plan_name(&app), name, "a read-only plan takes no edits");
    let _dialog = app.update(Message::Save); // goes to Save As: the dialog task is not run here
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    let copy = dir.path().join("kopio.ron");
    send(&mut app, Message::SaveTo(copy.clone()));
    assert!(app.document().expect("open").read_only().is_none(), "the copy is ours");
    assert!(storage::load(&copy).is_ok());
}

#[test]
fn language_switch_changes_the_labels_and_is_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = Paths::in_dir(dir.path());
    let (mut app, _) = App::new(Env { paths: Some(paths.clone()), ..Env::default() });
    send(&mut app, Message::NewFromTemplate(0));
    assert!(iced_test::simulator(app.view()).find("Tallenna").is_ok());
    send(&mut app, Message::LanguageSelected(Language::Sv));
    assert!(iced_test::simulator(app.view()).find("Spara").is_ok());
    assert!(iced_test::simulator(app.view()).find("Tallenna").is_err());
    assert_eq!(settings::load(&paths).language, Language::Sv);
    let (again, _) = App::new(Env { paths: Some(paths), ..Env::default() });
    assert_eq!(again.language(), Language::Sv);
}

#[test]
fn findings_are_counted_and_lead_to_their_view() {
    let mut app = with_template("tyollisyysalue");
    let findings = allianssi::rules::check(app.document().expect("open").plan());
    assert_eq!(app.findings(), findings.as_slice());
    send(&mut app, Message::FindingsToggled);
    assert!(app.is_findings_open());
    let risk = app.document().expect("open").plan().risks.risks[0].id;
    send(&mut app, Message::FindingPressed(Subject::Risk(risk)));
    assert_eq!(app.tab(), Tab::Risks);
    send(&mut app, Message::FindingPressed(Subject::Phase(PhaseKind::Formation)));
    assert_eq!(app.tab(), Tab::Timeline);
    send(&mut app, Message::EscapePressed);
    assert!(!app.is_findings_open());
}

#[test]
fn autosave_writes_a_recovery_copy_that_the_next_start_offers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = Paths::in_dir(dir.path());
    let (mut app, _) = App::new(Env { paths: Some(paths.clone()), ..Env::default() });
    assert!(app.recovery().is_none());
    send(&mut app, Message::NewFromTemplate(0));
    rename(&mut app, "Palautettava"); // runs the three-second timer, then writes the copy
    assert!(paths.recovery_file().exists());
    assert!(recovery_is(&paths.recovery_file(), "Palautettava"));

    let (mut next, _) = App::new(Env { paths: Some(paths.clone()), ..Env::default() });
    assert!(next.recovery().is_some());
    send(&mut next, Message::RestoreRecovery);
    assert_eq!(plan_name(&next), "Palautettava");
    assert!(next.document().expect("open").is_dirty());

    // A clean exit removes the copy.
    send(&mut next, Message::CloseRequested(iced::window::Id::unique()));
    send(&mut next, Message::ConfirmDiscard);
    assert!(!paths.recovery_file().exists());
}

fn recovery_is(path: &Path, name: &str) -> bool {
    storage::load(path).is_ok_and(|l| l.plan.meta.name == name)
}

#[test]
fn overlays_open_and_close() {
    let mut app = with_template("tyollisyysalue");
    send(&mut app, Message::HelpToggled);
    assert!(app.is_help_open());
    assert!(iced_test::simulator(app.view()).find("Ctrl+Shift+S").is_ok());
    send(&mut app, Message::EscapePressed);
    assert!(!app.is_help_open());
    // Projector mode draws as large as the screen allows while 1024×640 are left for the
    // layout: 1.25 on a 1280×800 projector, 1.5 (the most) on 1920×1080, 1.0 on 1024×700.
    send(&mut app, Message::WindowResized(iced::Size::new(1280.0, 800.0)));
    send(&mut app, Message::ProjectorToggled);
    assert!(app.is_projector());
    assert_eq!(app.scale_factor(), 1.25);
    assert_eq!(app.layout_size(), iced::Size::new(1024.0, 640.0));
    // The window's events count in the pixels of the scale it is drawn at.
    send(&mut app, Message::WindowResized(iced::Size::new(1920.0 / 1.25, 1080.0 / 1.25)));
    assert_eq!(app.scale_factor(), 1.5);
    send(&mut app, Message::WindowResized(iced::Size::new(1024.0 / 1.5, 700.0 / 1.5)));
    assert_eq!(app.scale_factor(), 1.0);
    send(&mut app, Message::ProjectorToggled);
    send(&mut app, Message::WindowResized(iced::Size::new(1024.0, 700.0)));
    assert_eq!((app.scale_factor(), app.layout_size()), (1.0, iced::Size::new(1024.0, 700.0)));
    send(&mut app, Message::ProjectorToggled);
    send(&mut app, Message::New);
    assert_eq!(app.screen(), Screen::Welcome);
    send(&mut app, Message::Welcome(allianssi::screen::welcome::Message::BackPressed));
    assert_eq!(app.screen(), Screen::Plan);
}

#[test]
fn the_keyboard_reaches_views_and_phases() {
    use iced::keyboard::{Event, Key, Location, Modifiers, key};
    let press = |key: Key, modifiers: Modifiers| Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
        location: Location::Standard,
        modifiers,
        text: None,
        repeat: false,
    };
    let on_key = allianssi::app::shortcuts::on_key;
    let ctrl = Modifiers::CTRL;
    assert!(matches!(on_key(press(Key::Character("3".into()), ctrl)), Some(Message::TabSelected(Tab::Timeline))));
    assert!(matches!(on_key(press(Key::Named(key::Named::Tab), Modifiers::SHIFT)), Some(Message::FocusMoved(false))));
    assert!(matches!(on_key(press(Key::Named(key::Named::PageDown), ctrl)), Some(Message::PhaseStepped(true))));

    let mut app = with_template("tyollisyysalue");
    send(&mut app, Message::PhaseSelected(PhaseKind::Strategy));
    send(&mut app, Message::PhaseStepped(true));
    assert_eq!(app.guide_phase(), PhaseKind::Formation);
    send(&mut app, Message::PhaseStepped(false));
    send(&mut app, Message::PhaseStepped(false));
    assert_eq!(app.guide_phase(), PhaseKind::Strategy);
    send(&mut app, Message::TabSelected(Tab::Risks));
    assert_eq!(app.tab(), Tab::Risks);
}
