//! The one atomic writer of the application: plans, CSV and PDF exports, settings and the
//! recovery copy all go through `write_and_replace`: a temp file with a unique name in the
//! same folder → fsync → (plans: keep the previous file as `.bak`) → rename over the original →
//! fsync the folder. A failure at any step leaves the original file as it was and removes the
//! temp file; temp files left by a process that was killed mid-save are removed by the next
//! save. Plans are serialised in memory and parsed back (`verify`) while the temp file is
//! written; the original is replaced only once the text has read back equal to the plan.
//!
//! With the `fault-injection` feature (tests only), a step can be made to fail: for one save
//! (`SaveOptions::fail_at`) or for the next save of a path, whichever part of the program
//! saves (`inject_fault`).

use super::hash::{ContentHash, check_unchanged};
use super::{Error, backup_path, read_capped, to_string, utf8, verify};
use crate::model::Plan;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// A temp file older than this is left over whoever made it (a save takes milliseconds).
const ABANDONED_AFTER: Duration = Duration::from_secs(600);

/// Faults to inject into the next save of a path, at a step, as an error of a kind.
#[cfg(feature = "fault-injection")]
static FAULTS: std::sync::Mutex<Vec<(PathBuf, SaveStep, std::io::ErrorKind)>> = std::sync::Mutex::new(Vec::new());

/// Makes the next save to `path` fail at `step` with an I/O error of `kind` (e.g. `StorageFull`
/// to act as a full disk), whichever part of the program saves: for tests of the application.
#[cfg(feature = "fault-injection")]
pub fn inject_fault(path: &Path, step: SaveStep, kind: std::io::ErrorKind) {
    if let Ok(mut faults) = FAULTS.lock() {
        faults.push((path.to_path_buf(), step, kind));
    }
}

#[cfg(feature = "fault-injection")]
fn injected(path: &Path, which: SaveStep, options: &SaveOptions) -> Option<std::io::Error> {
    if options.fail_at == Some(which) {
        return Some(std::io::Error::other("injected failure"));
    }
    let mut faults = FAULTS.lock().ok()?;
    let i = faults.iter().position(|(p, s, _)| p == path && *s == which)?;
    Some(std::io::Error::new(faults.remove(i).2, "injected failure"))
}

#[cfg(not(feature = "fault-injection"))]
fn injected(_: &Path, _: SaveStep, _: &SaveOptions) -> Option<std::io::Error> {
    None
}

/// A step of the save, for error messages and fault injection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SaveStep {
    /// Creating the temp file.
    Create,
    /// Writing the bytes.
    Write,
    /// Flushing the temp file to disk.
    Sync,
    /// Keeping the previous version as a backup.
    Backup,
    /// Renaming the temp file over the original.
    Rename,
    /// Flushing the folder so the rename survives a power cut.
    SyncDir,
}

impl SaveStep {
    pub const ALL: [SaveStep; 6] =
        [SaveStep::Create, SaveStep::Write, SaveStep::Sync, SaveStep::Backup, SaveStep::Rename, SaveStep::SyncDir];
}

/// How to save.
#[derive(Debug, Clone)]
pub struct SaveOptions {
    /// Keep the previous version next to the file as `NAME.bak`.
    pub backup: bool,
    /// Make this step fail as if the disk had refused it (tests).
    #[cfg(feature = "fault-injection")]
    pub fail_at: Option<SaveStep>,
}

impl Default for SaveOptions {
    fn default() -> Self {
        SaveOptions {
            backup: true,
            #[cfg(feature = "fault-injection")]
            fail_at: None,
        }
    }
}

/// A failed step of a write: which one, and the I/O error.
type StepError = (SaveStep, std::io::Error);

fn step<T>(
    options: &SaveOptions,
    which: SaveStep,
    path: &Path,
    f: impl FnOnce() -> std::io::Result<T>,
) -> Result<T, StepError> {
    if let Some(e) = injected(path, which, options) {
        return Err((which, e));
    }
    f().map_err(|e| (which, e))
}

fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Refuses to overwrite a file written by a newer version of the application. Only the head of
/// the file is read when its header is there (a large plan saves faster).
fn guard_newer(path: &Path) -> Result<(), Error> {
    if let Ok(mut file) = File::open(path) {
        let mut head = Vec::with_capacity(super::HEADER_SPAN);
        if (&mut file).take(super::HEADER_SPAN as u64).read_to_end(&mut head).is_ok()
            && let Some(version) = super::head_version(&head)
        {
            return match version {
                Some(version) if version > super::VERSION => {
                    Err(Error::NewerOnDisk { path: path.to_path_buf(), version })
                }
                _ => Ok(()),
            };
        }
    }
    let Ok(bytes) = read_capped(path) else { return Ok(()) };
    let Ok(text) = utf8(&bytes, path) else { return Ok(()) };
    // Only the header is read: the plan is skipped, not built (a large plan saves faster).
    match super::header_version(text) {
        Some(version) if version > super::VERSION => Err(Error::NewerOnDisk { path: path.to_path_buf(), version }),
        _ => Ok(()),
    }
}

/// The temp files of earlier saves of `path` (and of its backup) that are left over: their
/// process is gone from this host, or they are older than a save can take.
pub fn leftover_temp_files(path: &Path) -> Vec<PathBuf> {
    let Some(dir) = path.parent() else { return Vec::new() };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let prefixes = [format!(".{name}."), format!(".{name}.bak.")];
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let Some(pid) = prefixes.iter().find_map(|p| temp_pid(file.strip_prefix(p.as_str())?)) else {
                return false;
            };
            let old = e.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok());
            super::lock::process_alive(pid) == Some(false) || old.is_some_and(|age| age > ABANDONED_AFTER)
        })
        .map(|e| e.path())
        .collect()
}

/// The pid of a temp name's tail `PID-N.tmp`.
fn temp_pid(tail: &str) -> Option<u32> {
    let (pid, n) = tail.strip_suffix(".tmp")?.split_once('-')?;
    n.parse::<u64>().ok()?;
    pid.parse().ok()
}

pub(super) fn save(
    plan: &Plan,
    path: &Path,
    options: &SaveOptions,
    expected: Option<ContentHash>,
) -> Result<ContentHash, Error> {
    let text = to_string(plan)?;
    // The text is read back on other threads while this one checks the file on disk and
    // writes and flushes the temp file; nothing replaces the original before the text has
    // read back equal to the plan.
    let mut hash = None;
    let written = std::thread::scope(|s| {
        let mut reading = Some(s.spawn(|| verify::reads_back(&text, plan, path)));
        let exists = path.exists();
        if exists {
            guard_newer(path)?;
            if let Some(expected) = expected {
                check_unchanged(path, expected)?;
            }
            // A file marked read-only is not replaced behind the owner's back (renaming over
            // it would only need the folder to be writable).
            let meta = fs::metadata(path).map_err(|e| Error::save(path, SaveStep::Create, e))?;
            if meta.permissions().readonly() && !meta.is_dir() {
                let e = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "the file is read-only");
                return Err(Error::save(path, SaveStep::Create, e));
            }
        }
        Ok(replace(text.as_bytes(), path, exists, options, &mut || {
            hash = Some(ContentHash::of(text.as_bytes()));
            reading.take().is_some_and(|r| r.join().unwrap_or(false))
        }))
    })?;
    match written {
        Ok(()) => Ok(hash.unwrap_or_else(|| ContentHash::of(text.as_bytes()))),
        Err(Failed::Step((step, e))) => Err(Error::save(path, step, e)),
        Err(Failed::Unverified) => Err(Error::Verify { path: path.to_path_buf() }),
    }
}

/// Why a write did not replace the file.
enum Failed {
    Step(StepError),
    /// The text did not read back as the plan.
    Unverified,
}

impl From<StepError> for Failed {
    fn from(e: StepError) -> Self {
        Failed::Step(e)
    }
}

/// Writes bytes that are not a plan (CSV, PDF, settings, the recovery copy) atomically: on any
/// failure the file on disk is as it was and no temp file is left. A file that is replaced
/// keeps its permissions.
pub(super) fn write_bytes(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let exists = path.exists();
    let options = SaveOptions { backup: false, ..SaveOptions::default() };
    match replace(bytes, path, exists, &options, &mut || true) {
        Ok(()) => Ok(()),
        Err(Failed::Step((_, e))) => Err(e),
        Err(Failed::Unverified) => Err(std::io::Error::other("not verified")),
    }
}

/// Clears left-over temp files, then writes `bytes` through a new temp file and replaces `path`
/// once `ready` says so (a plan's text has read back; asked after the temp file is flushed).
fn replace(
    bytes: &[u8],
    path: &Path,
    exists: bool,
    options: &SaveOptions,
    ready: &mut dyn FnMut() -> bool,
) -> Result<(), Failed> {
    for leftover in leftover_temp_files(path) {
        let _ = fs::remove_file(leftover);
    }
    let tmp = temp_path(path);
    let result = write_and_replace(bytes, path, &tmp, exists, options, ready);
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn write_and_replace(
    bytes: &[u8],
    path: &Path,
    tmp: &Path,
    exists: bool,
    options: &SaveOptions,
    ready: &mut dyn FnMut() -> bool,
) -> Result<(), Failed> {
    let mut file: File = step(options, SaveStep::Create, path, || {
        let file = OpenOptions::new().write(true).create_new(true).open(tmp)?;
        // The new file replaces the old one: it keeps the old one's permissions (a plan made
        // private stays private).
        if exists {
            file.set_permissions(fs::metadata(path)?.permissions())?;
        }
        Ok(file)
    })?;
    step(options, SaveStep::Write, path, || file.write_all(bytes))?;
    step(options, SaveStep::Sync, path, || file.sync_all())?;
    drop(file);
    if !ready() {
        return Err(Failed::Unverified);
    }
    if exists && options.backup {
        let bak = backup_path(path);
        // Built beside the old backup and renamed over it, so a failure keeps the old backup.
        let bak_tmp = temp_path(&bak);
        let made = step(options, SaveStep::Backup, path, || {
            fs::hard_link(path, &bak_tmp).or_else(|_| fs::copy(path, &bak_tmp).map(|_| ()))?;
            fs::rename(&bak_tmp, &bak)
        });
        // When the backup already is a hard link to the file, rename is a no-op that leaves
        // the temp name behind (POSIX), so it is removed in every case.
        let _ = fs::remove_file(&bak_tmp);
        made?;
    }
    step(options, SaveStep::Rename, path, || fs::rename(tmp, path))?;
    step(options, SaveStep::SyncDir, path, || sync_dir(path))?;
    Ok(())
}

/// Flushes the folder holding `path` (a no-op where folders cannot be opened, as on Windows).
fn sync_dir(path: &Path) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if cfg!(unix) { File::open(dir)?.sync_all() } else { Ok(()) }
}
