//! Reliability under faults, through the application (`App::update`, no window): a failure at
//! each save step, a full disk and a read-only folder keep the original file and the work and
//! offer Save As; a second window is told who holds a file (read-only, copy, stale takeover); a
//! file changed on disk is not overwritten without asking; the recovery copy survives a kill and
//! a damaged one does no harm. The kill-during-save loop around the real binary is `#[ignore]`d:
//! `cargo test --release --test reliability -- --ignored --nocapture kill`.

#[path = "reliability/kill.rs"]
mod kill;
#[path = "reliability/mounts.rs"]
mod mounts;
mod support;

use allianssi::app::settings::Paths;
use allianssi::app::{App, Choice, Env, FilePrompt, Message, Screen};
use allianssi::document::ReadOnly;
use allianssi::i18n::Language;
use allianssi::screen::overview;
use allianssi::storage::{self, Error, SaveStep, lock};
use allianssi::{Plan, template};
use std::path::{Path, PathBuf};
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn app() -> App {
    let (app, task) = App::new(Env { paths: None, today: Some(support::date(2026, 11, 22)), file: None });
    assert!(run(task).is_empty());
    app
}

fn rename(app: &mut App, name: &str) {
    send(app, Message::Overview(overview::Message::NameChanged(name.to_string())));
}

fn name(app: &App) -> String {
    app.document().expect("a plan is open").plan().meta.name.clone()
}

fn template_plan() -> Plan {
    (template::all()[0].build)()
}

/// A saved plan file in a fresh folder, and the folder.
fn saved_file(dir: &Path, file: &str) -> PathBuf {
    let path = dir.join(file);
    storage::save(&template_plan(), &path).expect("first save");
    path
}

fn temp_files(dir: &Path) -> Vec<String> {
    support::dir_names(dir).into_iter().filter(|n| n.contains(".tmp")).collect()
}

/// Whether the shown window has a text (e.g. a button label).
fn shows(app: &App, label: &str) -> bool {
    iced_test::simulator(app.view()).find(label).is_ok()
}

/// The application after a failed save: the error names the file, the plan keeps its edit and
/// stays unsaved, and Save As is offered next to the message.
fn assert_failed_save_kept_the_work(app: &App, path: &Path, edited: &str) {
    let err = app.error().expect("the failure is shown");
    assert!(err.is_save_error(), "{err:?}");
    assert_eq!(err.path(), Some(path));
    for lang in Language::ALL {
        assert!(err.message(lang).contains(&path.display().to_string()), "{}", err.message(lang));
    }
    let doc = app.document().expect("still open");
    assert!(doc.is_dirty(), "the plan stays unsaved");
    assert_eq!(doc.plan().meta.name, edited, "the work is kept");
    assert!(app.busy().is_none());
    assert!(shows(app, "Tallenna nimellä…"), "Save As is offered");
}

#[test]
fn a_failure_at_each_save_step_keeps_the_original_and_the_work() {
    for step in SaveStep::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = saved_file(dir.path(), "vika ä.ron");
        let old = std::fs::read(&path).expect("old");
        let mut app = app();
        send(&mut app, Message::OpenPath(path.clone()));
        rename(&mut app, "Muokattu");
        storage::inject_fault(&path, step, std::io::ErrorKind::Other);
        send(&mut app, Message::Save);
        assert_failed_save_kept_the_work(&app, &path, "Muokattu");
        assert!(matches!(app.error(), Some(Error::Save { step: s, .. }) if *s == step), "{step:?}");
        let now = std::fs::read(&path).expect("the file is there");
        let new = storage::to_string(app.document().expect("open").plan()).expect("text").into_bytes();
        if step == SaveStep::SyncDir {
            assert!(now == old || now == new, "{step:?}: neither old nor new");
        } else {
            assert_eq!(now, old, "{step:?}: the original changed");
        }
        assert!(temp_files(dir.path()).is_empty(), "{step:?}: {:?}", temp_files(dir.path()));

        // The fault is gone: the next save goes through.
        send(&mut app, Message::ErrorDismissed);
        send(&mut app, Message::Save);
        assert!(app.error().is_none(), "{step:?}: {:?}", app.error());
        assert!(!app.document().expect("open").is_dirty());
        assert_eq!(storage::load(&path).expect("loads").plan.meta.name, "Muokattu");
    }
}

/// Fills a tmpfs, then saves onto it: a plain "the disk is full" message, the old file intact,
/// the work kept, Save As to another place works.
fn full_disk_body(dir: &Path) {
    let path = saved_file(dir, "täysi.ron");
    let old = std::fs::read(&path).expect("old");
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    rename(&mut app, "Levy täynnä");
    // Fill what is left (the lock file is already written).
    let mut filler = std::fs::File::create(dir.join("täyte")).expect("filler");
    let block = vec![0x55u8; 4096];
    while std::io::Write::write_all(&mut filler, &block).is_ok() {}
    drop(filler);
    send(&mut app, Message::Save);
    assert_failed_save_kept_the_work(&app, &path, "Levy täynnä");
    let err = app.error().expect("error");
    assert!(err.message(Language::Fi).contains("levy on täynnä"), "{}", err.message(Language::Fi));
    assert!(err.message(Language::En).contains("the disk is full"), "{}", err.message(Language::En));
    assert_eq!(std::fs::read(&path).expect("old file"), old, "the original is intact");
    assert!(temp_files(dir).is_empty(), "{:?}", temp_files(dir));
    save_elsewhere(&mut app, "Levy täynnä");
}

/// Save As to a normal folder after a failure: saved, clean.
fn save_elsewhere(app: &mut App, name: &str) {
    let other = tempfile::tempdir().expect("tempdir");
    let copy = other.path().join("muualle.ron");
    send(app, Message::SaveTo(copy.clone()));
    assert!(app.error().is_none(), "{:?}", app.error());
    assert!(!app.document().expect("open").is_dirty());
    assert_eq!(storage::load(&copy).expect("loads").plan.meta.name, name);
    drop(std::mem::replace(app, self::app())); // releases the lock before the folder goes
}

#[test]
fn a_full_disk_gives_a_clear_message_and_keeps_the_work() {
    let how = mounts::with_tmpfs("a_full_disk_gives_a_clear_message_and_keeps_the_work", 256, full_disk_body);
    if how == mounts::How::Absent {
        mounts::absent("disk full");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = saved_file(dir.path(), "täysi.ron");
        let mut app = app();
        send(&mut app, Message::OpenPath(path.clone()));
        rename(&mut app, "Levy täynnä");
        storage::inject_fault(&path, SaveStep::Write, std::io::ErrorKind::StorageFull);
        send(&mut app, Message::Save);
        assert_failed_save_kept_the_work(&app, &path, "Levy täynnä");
        assert!(app.error().expect("error").message(Language::Fi).contains("levy on täynnä"));
    }
}

fn read_only_body(dir: &Path, remount: bool) {
    let path = saved_file(dir, "vain luku.ron");
    let old = std::fs::read(&path).expect("old");
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    rename(&mut app, "Ei mahdu");
    if remount {
        assert!(mounts::remount_read_only(dir), "remount read-only");
    } else {
        set_mode(dir, 0o555);
    }
    send(&mut app, Message::Save);
    assert_failed_save_kept_the_work(&app, &path, "Ei mahdu");
    let fi = app.error().expect("error").message(Language::Fi);
    assert!(fi.contains("ei käyttöoikeutta") || fi.contains("levy on vain luettava"), "{fi}");
    assert_eq!(std::fs::read(&path).expect("old file"), old);
    save_elsewhere(&mut app, "Ei mahdu");
    if !remount {
        set_mode(dir, 0o755);
    }
}

#[cfg(unix)]
fn set_mode(dir: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Whether folder permissions hold for this user (root ignores them).
#[cfg(unix)]
fn permissions_bind() -> bool {
    let dir = tempfile::tempdir().expect("tempdir");
    set_mode(dir.path(), 0o555);
    let binds = std::fs::write(dir.path().join("x"), b"x").is_err();
    set_mode(dir.path(), 0o755);
    binds
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_keeps_the_work_and_offers_save_as() {
    if permissions_bind() {
        let dir = tempfile::tempdir().expect("tempdir");
        read_only_body(dir.path(), false);
    } else {
        // Root writes anywhere: a read-only file system stands in for the read-only folder.
        let test = "saving_into_a_read_only_folder_keeps_the_work_and_offers_save_as";
        let how = mounts::with_tmpfs(test, 1024, |dir| read_only_body(dir, true));
        assert_ne!(how, mounts::How::Absent, "root, yet no tmpfs could be mounted");
    }
}

// ---- two windows, one file ----

#[test]
fn a_second_window_is_told_who_holds_the_file_and_may_open_it_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "yhteinen.ron");
    let mut first = app();
    send(&mut first, Message::OpenPath(path.clone()));
    let mine = first.file_lock().expect("the first window holds the lock").clone();
    assert_eq!(lock::holder(&path), Some(mine.clone()), "the lock file names the holder");
    assert_eq!(
        (mine.pid, mine.user.as_str(), mine.host.as_str()),
        (std::process::id(), &*lock::user_name(), &*lock::host_name())
    );
    let lock_text = std::fs::read_to_string(lock::lock_path(&path)).expect("lock file");
    assert!(lock_text.contains(&mine.user) && lock_text.contains(&mine.host), "{lock_text}");

    let mut second = app();
    send(&mut second, Message::OpenPath(path.clone()));
    match second.file_prompt() {
        Some(FilePrompt::Locked { holder, stale: false, .. }) => assert_eq!(holder.as_ref(), Some(&mine)),
        other => panic!("want the locked question, got {other:?}"),
    }
    assert!(second.document().is_none(), "nothing opens before the answer");
    assert!(shows(&second, "Avaa vain luettavaksi") && shows(&second, "Avaa kopiona"));
    assert!(!shows(&second, "Ota lukitus itselle"), "a live holder's lock cannot be taken");

    send(&mut second, Message::FileChoice(Choice::OpenReadOnly));
    let doc = second.document().expect("opened");
    assert!(matches!(doc.read_only(), Some(ReadOnly::Locked(Some(h))) if *h == mine));
    rename(&mut second, "Ei käy");
    assert_ne!(name(&second), "Ei käy", "a read-only plan takes no edits");
    assert!(second.file_lock().is_none());

    // The first window keeps editing and saving.
    rename(&mut first, "Ensimmäinen");
    send(&mut first, Message::Save);
    assert!(first.error().is_none(), "{:?}", first.error());
    drop(first);
    assert!(!lock::lock_path(&path).exists(), "closing the window removes the lock");
}

#[test]
fn a_locked_file_may_be_opened_as_a_copy_or_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "kopio.ron");
    let mut first = app();
    send(&mut first, Message::OpenPath(path.clone()));
    let mut second = app();
    send(&mut second, Message::OpenPath(path.clone()));
    send(&mut second, Message::EscapePressed);
    assert!(second.file_prompt().is_none() && second.document().is_none(), "Esc cancels");
    send(&mut second, Message::OpenPath(path.clone()));
    send(&mut second, Message::FileChoice(Choice::OpenCopy));
    let doc = second.document().expect("the copy");
    assert!(doc.path().is_none() && doc.read_only().is_none(), "an untitled, editable copy");
    assert_eq!(doc.plan(), first.document().expect("open").plan());
    rename(&mut second, "Kopion nimi");
    assert_eq!(name(&second), "Kopion nimi");
    let copy = dir.path().join("oma.ron");
    send(&mut second, Message::SaveTo(copy.clone()));
    assert_eq!(lock::holder(&copy).map(|h| h.pid), Some(std::process::id()), "the lock moves with Save As");
    assert_eq!(lock::holder(&path), first.file_lock().cloned(), "the first lock is untouched");
}

/// The pid of a process that has ended.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().expect("spawn true");
    let pid = child.id();
    child.wait().expect("wait");
    pid
}

fn write_lock(path: &Path, user: &str, host: &str, pid: u32) -> lock::LockInfo {
    let info = lock::LockInfo {
        user: user.into(),
        host: host.into(),
        pid,
        since: support::date(2026, 11, 20).and_hms_opt(9, 30, 0).expect("time"),
        token: 7,
    };
    std::fs::write(lock::lock_path(path), ron::ser::to_string(&info).expect("ron")).expect("write lock");
    info
}

#[cfg(target_os = "linux")]
#[test]
fn a_stale_lock_can_be_taken_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "jäänyt.ron");
    let stale = write_lock(&path, "kollega", &lock::host_name(), dead_pid());
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    assert!(matches!(app.file_prompt(), Some(FilePrompt::Locked { stale: true, holder: Some(h), .. }) if *h == stale));
    assert!(shows(&app, "Ota lukitus itselle"));
    send(&mut app, Message::FileChoice(Choice::TakeOver));
    assert!(app.file_prompt().is_none());
    let doc = app.document().expect("opened");
    assert!(doc.read_only().is_none(), "editable after the takeover");
    assert_eq!(lock::holder(&path).map(|h| h.pid), Some(std::process::id()));
    rename(&mut app, "Otettu");
    send(&mut app, Message::Save);
    assert_eq!(storage::load(&path).expect("saved").plan.meta.name, "Otettu");
}

#[cfg(target_os = "linux")]
#[test]
fn my_own_lock_left_by_a_crash_is_taken_back_without_asking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "oma.ron");
    write_lock(&path, &lock::user_name(), &lock::host_name(), dead_pid());
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    assert!(app.file_prompt().is_none());
    assert_eq!(app.file_lock().map(|l| l.pid), Some(std::process::id()));
}

#[test]
fn a_lock_from_another_computer_or_a_damaged_one_is_respected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "verkko.ron");
    let other = write_lock(&path, "kollega", "toinen-kone.example", 1);
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    assert!(matches!(app.file_prompt(), Some(FilePrompt::Locked { stale: false, holder: Some(h), .. }) if *h == other));
    send(&mut app, Message::FileChoice(Choice::TakeOver));
    assert!(app.document().is_none(), "a live or unknown holder's lock is not taken");

    std::fs::write(lock::lock_path(&path), b"\0\0roskaa").expect("damage the lock");
    send(&mut app, Message::OpenPath(path.clone()));
    assert!(matches!(app.file_prompt(), Some(FilePrompt::Locked { holder: None, stale: false, .. })));
    assert!(shows(&app, "Avaa vain luettavaksi"));
    send(&mut app, Message::FileChoice(Choice::OpenReadOnly));
    assert!(matches!(app.document().expect("open").read_only(), Some(ReadOnly::Locked(None))));
    assert_eq!(std::fs::read(lock::lock_path(&path)).expect("lock"), b"\0\0roskaa", "not ours to remove");
}

// ---- changed on disk ----

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "muuttunut.ron");
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    rename(&mut app, "Minun muutokseni");

    // Someone else saves a different plan; the modification time is put back, so only the
    // content tells.
    let mtime = std::fs::metadata(&path).expect("meta").modified().expect("mtime");
    let mut theirs = template_plan();
    theirs.meta.name = "Kollegan muutos".into();
    let their_text = storage::to_string(&theirs).expect("text");
    std::fs::write(&path, &their_text).expect("their save");
    std::fs::File::options().write(true).open(&path).expect("open").set_modified(mtime).expect("set mtime");

    send(&mut app, Message::Save);
    assert_eq!(app.file_prompt(), Some(&FilePrompt::Changed { path: path.clone() }));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), their_text, "not overwritten");
    assert!(app.document().expect("open").is_dirty());
    assert!(shows(&app, "Korvaa tiedosto") && shows(&app, "Tallenna nimellä…"));
    send(&mut app, Message::FileChoice(Choice::Cancel));
    assert!(app.file_prompt().is_none());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), their_text);

    send(&mut app, Message::Save);
    let _dialog = app.update(Message::FileChoice(Choice::SaveElsewhere)); // the file dialog is not run here
    assert!(app.file_prompt().is_none());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), their_text);

    send(&mut app, Message::Save);
    send(&mut app, Message::FileChoice(Choice::Overwrite));
    assert!(app.error().is_none(), "{:?}", app.error());
    assert_eq!(storage::load(&path).expect("loads").plan.meta.name, "Minun muutokseni");
    assert!(!app.document().expect("open").is_dirty());

    // After our own save the new content is the reference: saving again asks nothing.
    rename(&mut app, "Vielä kerran");
    send(&mut app, Message::Save);
    assert!(app.file_prompt().is_none() && app.error().is_none());
}

#[test]
fn touching_a_file_without_changing_it_is_no_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "koskettu.ron");
    let mut app = app();
    send(&mut app, Message::OpenPath(path.clone()));
    rename(&mut app, "Oma");
    let bytes = std::fs::read(&path).expect("read");
    std::fs::write(&path, &bytes).expect("rewrite the same bytes");
    send(&mut app, Message::Save);
    assert!(app.file_prompt().is_none() && app.error().is_none());
    assert_eq!(storage::load(&path).expect("loads").plan.meta.name, "Oma");
}

#[test]
fn save_checked_reports_a_changed_file_as_its_own_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = saved_file(dir.path(), "tarkistettu.ron");
    let loaded = storage::load(&path).expect("load");
    let mut other = loaded.plan.clone();
    other.meta.name = "Toinen".into();
    storage::save(&other, &path).expect("someone saves");
    let err = storage::save_checked(&loaded.plan, &path, Some(loaded.hash)).expect_err("changed");
    assert!(matches!(err, Error::ChangedOnDisk { .. }), "{err:?}");
    for lang in Language::ALL {
        assert!(err.message(lang).contains(&path.display().to_string()));
    }
    assert_eq!(storage::load(&path).expect("loads").plan, other, "untouched");
    // A deleted file is saved back without a question.
    std::fs::remove_file(&path).expect("remove");
    storage::save_checked(&loaded.plan, &path, Some(loaded.hash)).expect("saved back");
}

// ---- recovery ----

#[test]
fn after_a_kill_the_next_start_offers_the_last_autosave() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = Paths::in_dir(dir.path());
    let (mut app, _) = App::new(Env { paths: Some(paths.clone()), ..Env::default() });
    send(&mut app, Message::NewFromTemplate(0));
    rename(&mut app, "Ensimmäinen versio"); // waits out the quiet time, writes the copy
    rename(&mut app, "Viimeinen versio");
    let last = storage::load(&paths.recovery_file()).expect("the recovery copy parses");
    assert_eq!(last.plan, *app.document().expect("open").plan());
    // kill -9: no clean exit, no destructor.
    std::mem::forget(app);

    let (mut next, task) = App::new(Env { paths: Some(paths.clone()), ..Env::default() });
    assert!(run(task).is_empty());
    assert!(next.recovery().is_some(), "recovery is offered");
    assert!(shows(&next, "Palauta"), "the welcome screen offers it");
    send(&mut next, Message::RestoreRecovery);
    assert_eq!(next.document().expect("restored").plan(), &last.plan, "equal to the last autosave");
    assert!(next.document().expect("restored").is_dirty(), "restored work is unsaved");
}

#[test]
fn a_damaged_recovery_copy_is_reported_and_the_application_still_starts() {
    let plan_text = storage::to_string(&template_plan()).expect("text");
    let damaged: [(&str, Vec<u8>); 4] = [
        ("empty", Vec::new()),
        ("cut in half", plan_text.as_bytes()[..plan_text.len() / 2].to_vec()),
        ("NUL bytes", vec![0; 2048]),
        ("not UTF-8", b"(format: \"allianssi-plan\", \xff\xfe".to_vec()),
    ];
    for (what, bytes) in damaged {
        let dir = tempfile::tempdir().expect("tempdir");
        let paths = Paths::in_dir(dir.path());
        std::fs::write(paths.recovery_file(), &bytes).expect("write");
        let (mut app, task) = App::new(Env { paths: Some(paths.clone()), ..Env::default() });
        assert!(run(task).is_empty());
        assert_eq!(app.screen(), Screen::Welcome, "{what}");
        send(&mut app, Message::RestoreRecovery);
        let err = app.error().unwrap_or_else(|| panic!("{what}: the damage is reported"));
        assert!(err.message(Language::Fi).contains(&paths.recovery_file().display().to_string()), "{what}");
        assert!(app.document().is_none(), "{what}");
        assert_eq!(std::fs::read(paths.recovery_file()).expect("kept"), bytes, "{what}: kept for inspection");
        // The application goes on working.
        send(&mut app, Message::NewFromTemplate(0));
        assert_eq!(app.screen(), Screen::Plan, "{what}");
        send(&mut app, Message::DiscardRecovery);
        assert!(!paths.recovery_file().exists(), "{what}");
    }
}

#[test]
fn settings_and_the_recovery_copy_are_written_atomically() {
    use allianssi::app::settings::{self, Settings};
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = Paths::in_dir(dir.path());
    let first = Settings { language: Language::Sv, ..Settings::default() };
    settings::save(&paths, &first).expect("first settings");
    settings::write_recovery(&paths, &template_plan()).expect("first recovery copy");
    let copy = std::fs::read(paths.recovery_file()).expect("recovery copy");
    let mut edited = template_plan();
    edited.meta.name = "Muokattu".to_string();
    // The backup step is the plans' only; every other step of the one writer can fail.
    for step in SaveStep::ALL.into_iter().filter(|s| *s != SaveStep::Backup) {
        storage::inject_fault(&paths.settings_file(), step, std::io::ErrorKind::StorageFull);
        let err = settings::save(&paths, &Settings { language: Language::En, ..Settings::default() });
        assert!(err.is_err(), "{step:?}: the failure is reported");
        storage::inject_fault(&paths.recovery_file(), step, std::io::ErrorKind::StorageFull);
        assert!(settings::write_recovery(&paths, &edited).is_err(), "{step:?}");
        assert!(temp_files(dir.path()).is_empty(), "{step:?}: {:?}", temp_files(dir.path()));
        if step == SaveStep::SyncDir {
            // Renamed already: the new content is in place, only its durability is in doubt.
            assert_eq!(settings::load(&paths).language, Language::En);
            settings::save(&paths, &first).expect("settings back");
            settings::write_recovery(&paths, &template_plan()).expect("recovery copy back");
        } else {
            assert_eq!(settings::load(&paths), first, "{step:?}: the old settings are kept");
            assert_eq!(std::fs::read(paths.recovery_file()).expect("kept"), copy, "{step:?}");
        }
    }
}

#[test]
fn the_kill_loop_helper_is_wired_into_the_binary() {
    kill::smoke();
}

#[test]
#[ignore = "slow: 300+ SIGKILLs of the real binary; run with --ignored"]
fn killing_the_process_during_save_never_damages_the_file() {
    let runs = std::env::var("ALLIANSSI_KILLS").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    kill::kill_loop(runs);
}
