//! Atomic saving: failures injected at every save step leave the original file intact and no
//! temp files behind; backups, missing and read-only folders, and files of a newer format
//! version that must never be overwritten.

mod support;

use allianssi::Plan;
use allianssi::i18n::Language;
use allianssi::model::{AllianceRole, Edit, Party, PartyId, PartyKind};
use allianssi::storage::{self, Error, SaveOptions, SaveStep};
use std::path::Path;

/// The rich plan and a changed version of it.
fn old_and_new() -> (Plan, Plan) {
    let old = support::rich_plan();
    let mut new = old.clone();
    let id = PartyId(new.next_id);
    let party = Party::new(id, "Uusi osapuoli – Sámi čđŋšŧž", PartyKind::ThirdSector, AllianceRole::Observer);
    support::apply(&mut new, Edit::AddParty(Box::new(party)));
    assert_ne!(storage::to_string(&old).expect("old"), storage::to_string(&new).expect("new"));
    (old, new)
}

fn temp_files(dir: &Path) -> Vec<String> {
    support::dir_names(dir).into_iter().filter(|n| n.ends_with(".tmp") || n.contains(".tmp")).collect()
}

fn fail_at(step: SaveStep) -> SaveOptions {
    SaveOptions { backup: true, fail_at: Some(step) }
}

#[test]
fn a_failure_at_any_step_keeps_the_original() {
    let (old, new) = old_and_new();
    for step in SaveStep::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("suunnitelma ä.ron");
        storage::save(&old, &path).expect("first save");
        let old_bytes = std::fs::read(&path).expect("read old");
        let new_bytes = storage::to_string(&new).expect("to_string").into_bytes();

        let err = storage::save_with(&new, &path, &fail_at(step)).expect_err("the injected failure");
        match &err {
            Error::Save { path: p, step: s, .. } => {
                assert_eq!(p, &path, "{step:?}");
                assert_eq!(*s, step, "the error names the failing step");
            }
            other => panic!("{step:?}: want Error::Save, got {other:?}"),
        }
        assert_eq!(err.path(), Some(path.as_path()), "{step:?}");
        for lang in Language::ALL {
            assert!(err.message(lang).contains(&path.display().to_string()), "{step:?}: {}", err.message(lang));
        }

        let on_disk = std::fs::read(&path).expect("the file is still there");
        if step == SaveStep::SyncDir {
            assert!(on_disk == old_bytes || on_disk == new_bytes, "{step:?}: the file is neither old nor new");
        } else {
            assert_eq!(on_disk, old_bytes, "{step:?}: the original changed");
        }
        assert_eq!(
            storage::load(&path).expect("still loads").plan,
            if on_disk == old_bytes { old.clone() } else { new.clone() }
        );
        assert!(temp_files(dir.path()).is_empty(), "{step:?}: temp files left: {:?}", support::dir_names(dir.path()));

        // A later save without a failure still works and replaces the file.
        storage::save(&new, &path).expect("save after the failure");
        assert_eq!(std::fs::read(&path).expect("read"), new_bytes, "{step:?}");
        assert!(temp_files(dir.path()).is_empty(), "{step:?}");
    }
}

/// With no file yet, a failure at any step leaves no file (and no temp file) at all, except
/// at the last step, where the new file is complete.
#[test]
fn a_failed_first_save_leaves_nothing_half_written() {
    let (_, new) = old_and_new();
    for step in SaveStep::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("uusi.ron");
        let err = storage::save_with(&new, &path, &fail_at(step));
        match step {
            // No previous file: there is nothing to back up, so the backup step never runs.
            SaveStep::Backup => {
                err.expect("no backup step without a previous file");
                assert_eq!(support::dir_names(dir.path()), ["uusi.ron"]);
            }
            SaveStep::SyncDir => {
                assert!(matches!(err, Err(Error::Save { step: SaveStep::SyncDir, .. })), "{err:?}");
                assert_eq!(storage::load(&path).expect("complete").plan, new);
                assert_eq!(support::dir_names(dir.path()), ["uusi.ron"]);
            }
            _ => {
                assert!(matches!(err, Err(Error::Save { step: s, .. }) if s == step), "{step:?}: {err:?}");
                assert!(support::dir_names(dir.path()).is_empty(), "{step:?}: {:?}", support::dir_names(dir.path()));
            }
        }
    }
}

#[test]
fn a_save_keeps_the_previous_version_as_backup() {
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    let bak = storage::backup_path(&path);
    assert_eq!(bak, dir.path().join("plan.ron.bak"));

    storage::save(&old, &path).expect("first save");
    assert!(!bak.exists(), "no backup of a file that did not exist");
    let old_bytes = std::fs::read(&path).expect("read");

    storage::save(&new, &path).expect("second save");
    assert_eq!(std::fs::read(&bak).expect("backup"), old_bytes, "the backup holds the previous version");
    assert_eq!(storage::load(&bak).expect("the backup loads").plan, old);
    assert_eq!(storage::load(&path).expect("load").plan, new);

    // The next save moves the backup on.
    let new_bytes = std::fs::read(&path).expect("read");
    let mut newer = new.clone();
    newer.meta.place = "Seinäjoki".into();
    storage::save(&newer, &path).expect("third save");
    assert_eq!(std::fs::read(&bak).expect("backup"), new_bytes);
    assert_eq!(support::dir_names(dir.path()), ["plan.ron", "plan.ron.bak"]);

    // Without backups nothing is kept, and the old backup is left alone.
    storage::save_with(&old, &path, &SaveOptions { backup: false, fail_at: None }).expect("save without backup");
    assert_eq!(std::fs::read(&bak).expect("backup"), new_bytes);
    assert_eq!(storage::load(&path).expect("load").plan, old);
}

/// A failure at the rename step, after the backup was made, keeps the original in place.
#[test]
fn backup_and_original_after_a_failed_rename() {
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    storage::save(&old, &path).expect("first save");
    let old_bytes = std::fs::read(&path).expect("read");
    storage::save_with(&new, &path, &fail_at(SaveStep::Rename)).expect_err("injected");
    assert_eq!(std::fs::read(&path).expect("read"), old_bytes);
    let bak = storage::backup_path(&path);
    if bak.exists() {
        assert_eq!(std::fs::read(&bak).expect("backup"), old_bytes, "a backup, if made, is the old version");
    }
}

#[test]
fn saving_into_a_missing_folder_fails_and_creates_nothing() {
    let (_, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("ei ole");
    let path = missing.join("plan.ron");
    let err = storage::save(&new, &path).expect_err("no folder");
    assert!(matches!(err, Error::Save { step: SaveStep::Create, .. }), "{err:?}");
    assert_eq!(err.path(), Some(path.as_path()));
    let fi = err.message(Language::Fi);
    assert!(fi.contains(&path.display().to_string()), "{fi}");
    assert!(fi.contains("Tallenna nimellä"), "the message offers Save As: {fi}");
    assert!(!missing.exists(), "the folder was created");
    assert!(support::dir_names(dir.path()).is_empty());
}

#[test]
fn saving_over_a_folder_fails_and_leaves_it() {
    let (_, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    std::fs::create_dir(&path).expect("folder");
    std::fs::write(path.join("sisältö.txt"), "x").expect("write");
    let err = storage::save(&new, &path).expect_err("a folder is not a file");
    assert_eq!(err.path(), Some(path.as_path()), "{err:?}");
    assert!(path.is_dir());
    assert_eq!(support::dir_names(&path), ["sisältö.txt"]);
    assert!(temp_files(dir.path()).is_empty(), "{:?}", support::dir_names(dir.path()));
}

/// The file on disk with the version number raised: a file of a newer Allianssi that has only
/// fields this version knows, or (with `extra`) also a field it does not know.
fn newer_file(path: &Path, plan: &Plan, extra: bool) -> Vec<u8> {
    let mut text = storage::to_string(plan).expect("to_string").replacen("    version: 1,\n", "    version: 2,\n", 1);
    if extra {
        text = text.replacen("        next_id:", "        budget_v2: (reserve: 5),\n        next_id:", 1);
    }
    std::fs::write(path, &text).expect("write newer");
    text.into_bytes()
}

#[test]
fn a_newer_file_loads_as_newer_and_is_never_overwritten() {
    let (old, new) = old_and_new();
    for extra in [false, true] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("uudempi.ron");
        let bytes = newer_file(&path, &old, extra);
        match storage::load(&path) {
            Ok(loaded) => {
                assert!(!extra, "a file with unknown fields must not load");
                assert!(loaded.newer);
                assert_eq!(loaded.version, 2);
                assert_eq!(loaded.plan, old);
            }
            Err(Error::NewerVersion { version: 2, .. }) => assert!(extra),
            Err(e) => panic!("extra = {extra}: {e:?}"),
        }
        for options in [SaveOptions::default(), SaveOptions { backup: false, fail_at: None }] {
            let err = storage::save_with(&new, &path, &options).expect_err("must refuse");
            assert!(matches!(err, Error::NewerOnDisk { version: 2, .. }), "{err:?}");
            assert_eq!(err.path(), Some(path.as_path()));
            assert!(err.message(Language::Fi).contains(&path.display().to_string()));
        }
        assert_eq!(std::fs::read(&path).expect("read"), bytes, "the newer file was touched");
        assert_eq!(support::dir_names(dir.path()), ["uudempi.ron"], "no backup or temp file");
    }
}

/// A damaged file of our own version may be saved over (that is how it gets repaired); its
/// content is kept as the backup.
#[test]
fn a_damaged_file_can_be_saved_over_and_is_kept_as_backup() {
    let (_, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rikki.ron");
    std::fs::write(&path, "(format: \"allianssi-plan\", vers").expect("write");
    storage::save(&new, &path).expect("save over a damaged file");
    assert_eq!(storage::load(&path).expect("load").plan, new);
    assert_eq!(std::fs::read(storage::backup_path(&path)).expect("backup"), b"(format: \"allianssi-plan\", vers");
}

#[test]
fn save_then_load_is_equal_for_a_rich_plan() {
    let plan = support::rich_plan();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rikas.ron");
    storage::save(&plan, &path).expect("save");
    let loaded = storage::load(&path).expect("load");
    assert_eq!(loaded.plan, plan);
    assert!(!loaded.newer);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), storage::to_string(&plan).expect("to_string"));
    // The baseline's own plan survives too.
    assert_eq!(loaded.plan.baselines[0].plan, plan.baselines[0].plan);
}

/// A plan whose text does not read back the same is not written at all: a decimal beyond what
/// a file may hold serialises, but `parse` refuses it.
#[test]
fn a_plan_that_does_not_read_back_is_not_written() {
    let (old, mut new) = old_and_new();
    new.budget.metrics[0].target = allianssi::model::Decimal::from_raw(i64::MAX);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    storage::save(&old, &path).expect("first save");
    let old_bytes = std::fs::read(&path).expect("read");
    let err = storage::save(&new, &path).expect_err("must not write what does not read back");
    assert!(matches!(err, Error::Verify { .. }), "{err:?}");
    assert_eq!(err.path(), Some(path.as_path()));
    assert_eq!(std::fs::read(&path).expect("read"), old_bytes);
    assert_eq!(support::dir_names(dir.path()), ["plan.ron"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("vain luku");
    std::fs::create_dir(&folder).expect("folder");
    let path = folder.join("plan.ron");
    storage::save(&old, &path).expect("first save");
    let old_bytes = std::fs::read(&path).expect("read");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");

    let result = storage::save(&new, &path);
    // Root (as in CI containers) is not bound by permissions: the save then succeeds, and
    // there is nothing to check about the refusal.
    let privileged = std::fs::write(folder.join("probe"), b"").is_ok();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
    if privileged {
        result.expect("as root the save succeeds");
        assert_eq!(storage::load(&path).expect("load").plan, new);
        return;
    }
    let err = result.expect_err("a read-only folder");
    assert!(matches!(err, Error::Save { step: SaveStep::Create, .. }), "{err:?}");
    assert_eq!(err.path(), Some(path.as_path()));
    assert!(err.message(Language::Fi).contains(&path.display().to_string()));
    assert_eq!(std::fs::read(&path).expect("read"), old_bytes);
    assert_eq!(support::dir_names(&folder), ["plan.ron"]);
}

/// Saves from several threads to files in one folder never share a temp file.
#[test]
fn concurrent_saves_to_different_files() {
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    std::thread::scope(|s| {
        for i in 0..8 {
            let plan = if i % 2 == 0 { &old } else { &new };
            let path = dir.path().join(format!("plan{i}.ron"));
            s.spawn(move || {
                for _ in 0..5 {
                    storage::save(plan, &path).expect("save");
                }
            });
        }
    });
    for i in 0..8 {
        let want = if i % 2 == 0 { &old } else { &new };
        assert_eq!(&storage::load(&dir.path().join(format!("plan{i}.ron"))).expect("load").plan, want);
    }
    assert!(temp_files(dir.path()).is_empty());
}

/// Saving replaces the file with a new one; it must keep the permissions the user gave the
/// old one (a plan made private must not become readable by everyone).
#[cfg(unix)]
#[test]
fn a_save_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("yksityinen.ron");
    storage::save(&old, &path).expect("first save");
    for mode in [0o600, 0o640, 0o664] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
        storage::save(&new, &path).expect("save");
        let got = std::fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(got, mode, "mode {mode:o} became {got:o}");
        assert_eq!(storage::load(&path).expect("load").plan, new);
    }
}

#[test]
fn a_read_only_file_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("lukittu.ron");
    storage::save(&old, &path).expect("first save");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&path).expect("read");
    let err = storage::save(&new, &path).expect_err("a read-only file is refused");
    assert!(matches!(err, Error::Save { step: SaveStep::Create, .. }), "{err:?}");
    assert!(err.message(Language::Fi).contains("lukittu.ron"));
    assert!(err.message(Language::Fi).contains("ei käyttöoikeutta"));
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn a_failed_backup_keeps_the_previous_backup() {
    let (old, new) = old_and_new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    storage::save(&old, &path).expect("first save");
    storage::save(&old, &path).expect("second save makes a backup");
    let bak = std::fs::read(storage::backup_path(&path)).expect("backup");
    // The backup step fails: the backup of the previous save is still there.
    assert!(storage::save_with(&new, &path, &fail_at(SaveStep::Backup)).is_err());
    assert_eq!(std::fs::read(storage::backup_path(&path)).expect("backup"), bak);
    assert!(temp_files(dir.path()).is_empty());
}
