//! The application's own path dialog at the level of `update`, as it opens where the system has
//! no file chooser (forced here with `ALLIANSSI_FILE_DIALOG=own`): Open and Save As ask for a
//! path, refuse a bad one with a reason and keep the dialog, take a good one, and Escape cancels.

use allianssi::app::{App, Env, Message};
use allianssi::screen::PathPurpose;
use allianssi::template;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn app() -> App {
    // SAFETY: every test of this file sets the same value before any dialog opens.
    unsafe { std::env::set_var("ALLIANSSI_FILE_DIALOG", "own") };
    let (mut app, task) = App::new(Env { paths: None, today: Some("2026-11-22".parse().expect("date")), file: None });
    assert!(run(task).is_empty());
    let i = template::all().iter().position(|t| t.name == "tyollisyysalue").expect("template");
    send(&mut app, Message::NewFromTemplate(i));
    app
}

fn prompt(app: &mut App, m: allianssi::app::PromptMessage) {
    send(app, Message::PathPrompt(m));
}

#[test]
fn save_as_asks_for_a_path_and_refuses_a_missing_folder() {
    use allianssi::app::PromptMessage::{Changed, Confirm};
    let mut app = app();
    let dir = tempfile::tempdir().expect("tempdir");
    send(&mut app, Message::SaveAs);
    let (purpose, text, error) = app.asking_path().expect("the own dialog is open");
    assert_eq!(purpose, PathPurpose::Save);
    assert!(text.ends_with(".ron") && text.contains("työllisyysallianssi"), "{text}");
    assert_eq!(error, None);

    let missing = dir.path().join("ei-ole").join("plan.ron");
    prompt(&mut app, Changed(missing.display().to_string()));
    prompt(&mut app, Confirm);
    let (_, _, error) = app.asking_path().expect("still open");
    assert!(error.is_some_and(|e| e.contains("ei-ole")), "{error:?}");
    assert!(!missing.exists());

    let target = dir.path().join("uusi");
    prompt(&mut app, Changed(target.display().to_string()));
    prompt(&mut app, Confirm);
    assert!(app.asking_path().is_none(), "closed");
    let saved = dir.path().join("uusi.ron");
    assert!(saved.is_file(), "saved with the extension added");
    assert_eq!(app.document().and_then(|d| d.path()).cloned(), Some(saved));
}

#[test]
fn open_asks_for_an_existing_file_and_escape_cancels() {
    use allianssi::app::PromptMessage::{Changed, Confirm};
    let mut app = app();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("toinen.ron");
    allianssi::storage::save(&allianssi::template::worked_example(allianssi::model::Bp(5000)), &file).expect("save");

    send(&mut app, Message::Open);
    assert_eq!(app.asking_path().map(|a| a.0), Some(PathPurpose::Open));
    send(&mut app, Message::EscapePressed);
    assert!(app.asking_path().is_none(), "Escape cancels");
    assert_eq!(
        app.document().map(|d| d.plan().meta.name.clone()).as_deref(),
        Some("Hämeenlinnan seudun työllisyysallianssi")
    );

    send(&mut app, Message::Open);
    prompt(&mut app, Changed(dir.path().join("puuttuu.ron").display().to_string()));
    prompt(&mut app, Confirm);
    assert!(app.asking_path().and_then(|a| a.2).is_some_and(|e| e.contains("puuttuu.ron")));
    prompt(&mut app, Changed(file.display().to_string()));
    prompt(&mut app, Confirm);
    assert!(app.asking_path().is_none());
    assert_eq!(app.document().map(|d| d.plan().meta.name.clone()).as_deref(), Some("Laskentaesimerkki 50/50"));
}
