//! Comparing and merging plan versions in the window at the level of `update` (with the
//! application's own path dialog, `ALLIANSSI_FILE_DIALOG=own`): a comparison lists a change
//! under its view and its button goes there; a merge with the open file's `.bak` as the base
//! combines disjoint changes as one undo step; a conflict goes the chosen way; a rejected change
//! keeps the open plan's value; a bad file shows its error and changes nothing.

use allianssi::app::{
    App, BaseChoice, CompareMessage, ComparePanel, Env, MergeStage, Message, PromptMessage, VersionItem,
};
use allianssi::compare::choose::{Area, area};
use allianssi::compare::merge::Side;
use allianssi::model::Plan;
use allianssi::screen::{PathPurpose, Tab};
use allianssi::storage;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};
use std::path::{Path, PathBuf};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/worked-example.ron");

fn fixture() -> Plan {
    storage::load(Path::new(FIXTURE)).expect("fixture").plan
}

/// The application with `ours` open from `dir/plan.ron`.
fn open(dir: &Path, ours: &Plan) -> (App, PathBuf) {
    // SAFETY: every test of this file sets the same value before any dialog opens.
    unsafe { std::env::set_var("ALLIANSSI_FILE_DIALOG", "own") };
    let (mut app, task) = App::new(Env { paths: None, today: Some("2026-11-22".parse().expect("date")), file: None });
    assert!(run(task).is_empty());
    let path = dir.join("plan.ron");
    storage::save(ours, &path).expect("save");
    send(&mut app, Message::OpenPath(path.clone()));
    assert_eq!(app.document().expect("open").plan(), ours);
    (app, path)
}

fn write(dir: &Path, name: &str, plan: &Plan) -> PathBuf {
    let path = dir.join(name);
    storage::save(plan, &path).expect("save");
    path
}

fn choose(app: &mut App, path: &Path, purpose: PathPurpose) {
    let (asked, _, _) = app.asking_path().expect("the own dialog is open");
    assert_eq!(asked, purpose);
    send(app, Message::PathPrompt(PromptMessage::Changed(path.display().to_string())));
    send(app, Message::PathPrompt(PromptMessage::Confirm));
    assert!(app.asking_path().is_none());
}

fn cmp(m: CompareMessage) -> Message {
    Message::Compare(m)
}

/// Starts a merge of `theirs` with the open file's `.bak` as the base.
fn merge_from(app: &mut App, theirs: &Path) {
    send(app, cmp(CompareMessage::Requested(VersionItem::Merge)));
    choose(app, theirs, PathPurpose::OtherVersion);
    match app.compare_panel() {
        Some(ComparePanel::Merge(m)) => {
            assert!(matches!(&m.stage, MergeStage::ChooseBase { backup: Some(_), .. }), "{:?}", m.stage)
        }
        other => panic!("{other:?}"),
    }
    send(app, cmp(CompareMessage::BaseChosen(BaseChoice::Backup)));
}

/// The review's changes and conflict count, with the merge computed.
fn review(app: &App) -> (Vec<allianssi::compare::Change>, usize) {
    let Some(ComparePanel::Merge(m)) = app.compare_panel() else { panic!("no merge") };
    let MergeStage::Review(c) = &m.stage else { panic!("{:?}", m.stage) };
    let r = c.review.as_ref().expect("reviewed");
    assert!(matches!(c.outcome, Some(Ok(_))), "{:?}", c.outcome.as_ref().map(|o| o.as_ref().err()));
    (r.changes.clone(), r.conflicts.len())
}

#[test]
fn a_comparison_lists_a_change_under_its_view_and_goes_there() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ours = fixture();
    let (mut app, _) = open(dir.path(), &ours);
    let mut other = ours.clone();
    other.parties[1].contact.email = "uusi@example.fi".into();
    other.meta.target_group = "Uusi kohderyhmä".into();
    let file = write(dir.path(), "toinen.ron", &other);

    send(&mut app, cmp(CompareMessage::Requested(VersionItem::Compare)));
    choose(&mut app, &file, PathPurpose::OtherVersion);
    let Some(ComparePanel::Compare(c)) = app.compare_panel() else { panic!("no comparison") };
    let changes = c.outcome.as_ref().expect("computed").as_ref().expect("compared").clone();
    assert_eq!(changes.len(), 2, "{changes:?}");
    let party = changes.iter().find(|c| area(&c.path) == Area::Parties).expect("under Parties");
    let d = allianssi::compare::text::change(party, allianssi::i18n::Language::Fi);
    assert_eq!(d.object, format!("Osapuoli {}", ours.parties[1].name));
    assert!(changes.iter().any(|c| area(&c.path) == Area::Overview));
    assert_eq!(app.document().expect("doc").plan(), &ours, "comparing changes nothing");

    let subject = allianssi::compare::choose::subject(&party.path);
    send(&mut app, cmp(CompareMessage::Jump(Area::Parties, subject)));
    assert!(app.compare_panel().is_none(), "the jump closes the dialog");
    assert_eq!(app.tab(), Tab::Parties);
    assert_eq!(app.parties().selected_party(), Some(ours.parties[1].id));
    send(&mut app, cmp(CompareMessage::Jump(Area::Overview, None)));
    assert_eq!(app.tab(), Tab::Overview);
}

#[test]
fn disjoint_changes_merge_with_the_backup_as_base_and_one_undo_restores() {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = fixture();
    let mut ours = base.clone();
    ours.parties[0].contact.email = "meidan@example.fi".into();
    let (mut app, path) = open(dir.path(), &ours);
    write(dir.path(), "plan.ron.bak", &base);
    assert_eq!(storage::backup_path(&path), dir.path().join("plan.ron.bak"));
    let mut theirs = base.clone();
    theirs.parties[1].contact.email = "heidan@example.fi".into();
    let file = write(dir.path(), "heidan.ron", &theirs);

    merge_from(&mut app, &file);
    let (changes, conflicts) = review(&app);
    assert_eq!((changes.len(), conflicts), (1, 0), "{changes:?}");
    assert_eq!(app.document().expect("doc").plan(), &ours, "nothing changes before Merge");
    send(&mut app, cmp(CompareMessage::Apply));
    assert!(app.compare_panel().is_none());
    let merged = app.document().expect("doc").plan().clone();
    assert_eq!(merged.parties[0].contact.email, "meidan@example.fi");
    assert_eq!(merged.parties[1].contact.email, "heidan@example.fi");
    assert!(app.notice().is_some_and(|n| n.contains("heidan.ron")), "{:?}", app.notice());
    send(&mut app, Message::Undo);
    assert_eq!(app.document().expect("doc").plan(), &ours, "one undo step takes the merge back");
}

#[test]
fn a_conflict_goes_the_chosen_way_and_a_rejected_change_keeps_ours() {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = fixture();
    let mut ours = base.clone();
    ours.meta.target_group = "meidän".into();
    let (mut app, _) = open(dir.path(), &ours);
    write(dir.path(), "plan.ron.bak", &base);
    let mut theirs = base.clone();
    theirs.meta.target_group = "heidän".into();
    theirs.parties[1].contact.email = "heidan@example.fi".into();
    theirs.parties[0].contact.phone = "+358 40 000 0000".into();
    let file = write(dir.path(), "heidan.ron", &theirs);

    // Theirs decides the conflict; the phone is rejected, the e-mail taken.
    merge_from(&mut app, &file);
    let (changes, conflicts) = review(&app);
    assert_eq!((changes.len(), conflicts), (2, 1), "{changes:?}");
    let phone = changes.iter().position(|c| c.path_text().ends_with("contact.phone")).expect("phone");
    send(&mut app, cmp(CompareMessage::Decided(0, Side::Theirs)));
    send(&mut app, cmp(CompareMessage::Accepted(phone, false)));
    review(&app);
    send(&mut app, cmp(CompareMessage::Apply));
    let merged = app.document().expect("doc").plan().clone();
    assert_eq!(merged.meta.target_group, "heidän");
    assert_eq!(merged.parties[0].contact.phone, ours.parties[0].contact.phone, "rejected");
    assert_eq!(merged.parties[1].contact.email, "heidan@example.fi");
    send(&mut app, Message::Undo);
    assert_eq!(app.document().expect("doc").plan(), &ours);

    // Ours decides it: the open plan's value stays.
    merge_from(&mut app, &file);
    send(&mut app, cmp(CompareMessage::Decided(0, Side::Ours)));
    send(&mut app, cmp(CompareMessage::Apply));
    let merged = app.document().expect("doc").plan().clone();
    assert_eq!(merged.meta.target_group, "meidän");
    assert_eq!(merged.parties[0].contact.phone, "+358 40 000 0000");
}

#[test]
fn a_bad_file_shows_its_error_and_changes_nothing_and_cancel_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ours = fixture();
    let (mut app, _) = open(dir.path(), &ours);
    let bad = dir.path().join("rikki.ron");
    std::fs::write(&bad, "(format: \"allianssi-plan\", version: 1, plan: (meta: 5))").expect("write");

    send(&mut app, cmp(CompareMessage::Requested(VersionItem::Compare)));
    choose(&mut app, &bad, PathPurpose::OtherVersion);
    let Some(ComparePanel::Compare(c)) = app.compare_panel() else { panic!("no comparison") };
    let e = c.outcome.as_ref().expect("computed").as_ref().expect_err("an error");
    assert!(e.contains("rikki.ron"), "{e}");
    send(&mut app, Message::EscapePressed);
    assert!(app.compare_panel().is_none(), "Escape closes it");

    send(&mut app, cmp(CompareMessage::Requested(VersionItem::Merge)));
    choose(&mut app, &bad, PathPurpose::OtherVersion);
    let Some(ComparePanel::Merge(m)) = app.compare_panel() else { panic!("no merge") };
    assert!(matches!(&m.stage, MergeStage::Failed(e) if e.contains("rikki.ron")), "{:?}", m.stage);
    send(&mut app, cmp(CompareMessage::Close));
    assert_eq!(app.document().expect("doc").plan(), &ours);

    // A good file, a base from another file, and Cancel: nothing changes.
    let mut theirs = ours.clone();
    theirs.meta.target_group = "heidän".into();
    let file = write(dir.path(), "heidan.ron", &theirs);
    let base = write(dir.path(), "pohja.ron", &ours);
    send(&mut app, cmp(CompareMessage::Requested(VersionItem::Merge)));
    choose(&mut app, &file, PathPurpose::OtherVersion);
    let Some(ComparePanel::Merge(m)) = app.compare_panel() else { panic!("no merge") };
    assert!(matches!(&m.stage, MergeStage::ChooseBase { backup: None, baseline: None }), "{:?}", m.stage);
    send(&mut app, cmp(CompareMessage::BaseChosen(BaseChoice::File)));
    choose(&mut app, &base, PathPurpose::BaseVersion);
    assert_eq!(review(&app).0.len(), 1);
    send(&mut app, cmp(CompareMessage::Close));
    assert!(app.compare_panel().is_none());
    assert_eq!(app.document().expect("doc").plan(), &ours);
}
