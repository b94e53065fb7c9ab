//! Spreadsheets in the window at the level of `update` (with the application's own path dialog,
//! `ALLIANSSI_FILE_DIALOG=own`): an import from the header's menu is previewed with its counts
//! and changes nothing until applied; replacing names how many rows go; applying is one undo
//! step; a bad file shows its first problem and cannot be applied; a list view exports its list.

use allianssi::app::{App, Env, Message, PromptMessage, SheetMessage};
use allianssi::csvio::{Counts, Kind};
use allianssi::screen::{PathPurpose, SheetRequest, risks};
use allianssi::template;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};
use std::path::Path;

fn app() -> App {
    // SAFETY: every test of this file sets the same value before any dialog opens.
    unsafe { std::env::set_var("ALLIANSSI_FILE_DIALOG", "own") };
    let (mut app, task) = App::new(Env { paths: None, today: Some("2026-11-22".parse().expect("date")), file: None });
    assert!(run(task).is_empty());
    let i = template::all().iter().position(|t| t.name == "tyollisyysalue").expect("template");
    send(&mut app, Message::NewFromTemplate(i));
    app
}

fn choose(app: &mut App, path: &Path, purpose: PathPurpose) {
    let (asked, _, _) = app.asking_path().expect("the own dialog is open");
    assert_eq!(asked, purpose);
    send(app, Message::PathPrompt(PromptMessage::Changed(path.display().to_string())));
    send(app, Message::PathPrompt(PromptMessage::Confirm));
    assert!(app.asking_path().is_none());
}

fn lists(app: &App) -> Vec<(Kind, Counts)> {
    let p = app.sheet_preview().expect("a preview");
    match p.outcome.as_ref().expect("computed") {
        Ok(done) => done.lists.clone(),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn an_import_is_previewed_applied_as_one_step_and_undone() {
    let mut app = app();
    let dir = tempfile::tempdir().expect("tempdir");
    let before = app.document().expect("doc").plan().clone();
    let n = before.budget.cost_lines.len();
    let first = &before.budget.cost_lines[0];
    let party = &before.party(first.party).expect("party").name;
    let file = dir.path().join("budjetti.csv");
    let body = format!("osapuoli;kustannuslaji;vuosi;summa €\n{party};{};{};5,00\n", first.category, first.year);
    std::fs::write(&file, body).expect("write");

    send(&mut app, Message::SheetRequested(SheetRequest::Import(None)));
    choose(&mut app, &file, PathPurpose::ImportSheet);
    assert_eq!(lists(&app), vec![(Kind::Budget, Counts { updated: 1, kept: n - 1, ..Counts::default() })]);
    assert_eq!(app.document().expect("doc").plan(), &before, "nothing changes before Apply");

    send(&mut app, Message::Sheet(SheetMessage::ReplaceToggled(true)));
    assert_eq!(lists(&app), vec![(Kind::Budget, Counts { updated: 1, removed: n - 1, ..Counts::default() })]);
    assert_eq!(app.document().expect("doc").plan(), &before);

    send(&mut app, Message::Sheet(SheetMessage::Apply));
    assert!(app.sheet_preview().is_none());
    let after = app.document().expect("doc").plan().clone();
    assert_eq!(after.budget.cost_lines.len(), 1);
    assert_eq!(after.budget.cost_lines[0].amount, allianssi::model::Money(500));
    assert!(
        app.notice().is_some_and(|n| n.contains("budjetti.csv") && n.contains("1 päivitetty")),
        "{:?}",
        app.notice()
    );

    send(&mut app, Message::Undo);
    assert_eq!(app.document().expect("doc").plan(), &before, "one undo step takes the whole import back");
}

#[test]
fn a_bad_file_shows_its_first_problem_and_changes_nothing() {
    let mut app = app();
    let dir = tempfile::tempdir().expect("tempdir");
    let before = app.document().expect("doc").plan().clone();
    let file = dir.path().join("riskit.csv");
    std::fs::write(&file, "koodi;määräpäivä\nR1;1.1.27\n").expect("write");
    send(&mut app, Message::SheetRequested(SheetRequest::Import(Some(Kind::Risks))));
    choose(&mut app, &file, PathPurpose::ImportSheet);
    let p = app.sheet_preview().expect("a preview");
    let e = p.outcome.as_ref().expect("computed").as_ref().expect_err("a problem");
    assert!(e.contains("rivi 2, sarake B (määräpäivä)") && e.contains("1.1.27"), "{e}");
    send(&mut app, Message::Sheet(SheetMessage::Apply));
    assert_eq!(app.document().expect("doc").plan(), &before);
    assert!(app.sheet_preview().is_some(), "the preview stays until closed");
    send(&mut app, Message::EscapePressed);
    assert!(app.sheet_preview().is_none(), "Escape closes it");
    assert_eq!(app.document().expect("doc").plan(), &before);
}

#[test]
fn a_list_view_exports_its_list() {
    let mut app = app();
    let dir = tempfile::tempdir().expect("tempdir");
    send(&mut app, Message::Risks(risks::Message::Sheet(SheetRequest::Export(Some(Kind::Risks)))));
    let (_, suggested, _) = app.asking_path().expect("asks where");
    assert!(suggested.ends_with("-riskit.xlsx"), "{suggested}");
    let file = dir.path().join("riskit.xlsx");
    choose(&mut app, &file, PathPurpose::ExportSheet);
    let bytes = std::fs::read(&file).expect("written");
    assert!(bytes.starts_with(b"PK\x03\x04"));
    assert!(app.notice().is_some_and(|n| n.contains("riskit.xlsx")), "{:?}", app.notice());
    let plan = app.document().expect("doc").plan();
    let back = allianssi::csvio::file::import(plan, &bytes, None, Default::default()).expect("imports");
    assert_eq!(back.lists, vec![(Kind::Risks, Counts { unchanged: plan.risks.risks.len(), ..Counts::default() })]);
}

#[test]
fn the_header_menu_imports_measurements_as_one_step_and_exports_the_follow_up() {
    let mut app = app();
    let dir = tempfile::tempdir().expect("tempdir");
    let before = app.document().expect("doc").plan().clone();
    let metric = before.budget.metrics[0].name.clone();
    let party = before.parties[0].name.clone();
    let file = dir.path().join("mittaukset.csv");
    let body = format!(
        "mittari;alue;jakso;työttömät;palveluissa\n{metric};{party};2017-08;11331;2308\n{metric};;2017-08;11387;2348\n"
    );
    std::fs::write(&file, body).expect("write");

    send(&mut app, Message::SheetRequested(SheetRequest::Import(Some(Kind::Measurements))));
    choose(&mut app, &file, PathPurpose::ImportSheet);
    assert_eq!(lists(&app), vec![(Kind::Measurements, Counts { added: 2, ..Counts::default() })]);
    assert_eq!(app.document().expect("doc").plan(), &before, "nothing changes before Apply");
    send(&mut app, Message::Sheet(SheetMessage::Apply));
    let after = app.document().expect("doc").plan().clone();
    let got: Vec<_> = after.followup.measurements.iter().map(|m| (m.area, m.actual.clone())).collect();
    let rate = |unemployed, in_services| allianssi::model::Actual::ActivationRate { unemployed, in_services };
    assert_eq!(got, vec![(None, rate(11387, 2348)), (Some(before.parties[0].id), rate(11331, 2308))]);
    assert!(app.notice().is_some_and(|n| n.contains("Mittaukset: 2 lisätty")), "{:?}", app.notice());
    send(&mut app, Message::Undo);
    assert_eq!(app.document().expect("doc").plan(), &before, "one undo step takes the import back");
    send(&mut app, Message::Redo);
    assert_eq!(app.document().expect("doc").plan(), &after);

    for (kind, name) in [(Kind::Measurements, "mittaukset"), (Kind::Actuals, "toteutuneet-kustannukset")] {
        send(&mut app, Message::SheetRequested(SheetRequest::Export(Some(kind))));
        let (_, suggested, _) = app.asking_path().expect("asks where");
        assert!(suggested.ends_with(&format!("-{name}.xlsx")), "{suggested}");
        let file = dir.path().join(format!("{name}.xlsx"));
        choose(&mut app, &file, PathPurpose::ExportSheet);
        let bytes = std::fs::read(&file).expect("written");
        let back = allianssi::csvio::file::import(&after, &bytes, None, Default::default()).expect("imports");
        let n = kind.rows(&after).len();
        let counts = if n == 0 { Counts::default() } else { Counts { unchanged: n, ..Counts::default() } };
        assert_eq!(back.lists, vec![(kind, counts)]);
    }
}
