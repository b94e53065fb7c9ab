//! Lock files: while a plan is open for editing, `.NAME.lock` beside it names the user, host,
//! process and time, so a second copy of the application (or a colleague on a shared folder)
//! is told who holds the file. A lock whose process is gone on this host is stale and may be
//! taken over. Locks are advisory: they guide people, the content hash (`hash`) guards saves.

use chrono::{Local, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// A lock file is tiny; anything larger is not ours and is not read whole.
const MAX_LOCK_BYTES: u64 = 4096;

/// Who holds a plan file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// When the lock was taken, local time.
    pub since: NaiveDateTime,
    /// Tells this holder's locks from those of another window of the same process.
    pub token: u64,
}

/// Why a plan file could not be locked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    /// Someone else holds it: their process is running, or it is on another host and cannot be
    /// checked. `None` when the lock file cannot be read (being written, or damaged).
    Held(Option<LockInfo>),
    /// The holder's process is gone on this host: the lock may be taken over.
    Stale(LockInfo),
    /// The lock file could not be written (e.g. a read-only folder); the file can still be read.
    Io(String),
}

/// A held lock; dropping it removes the lock file (if it is still ours).
#[derive(Debug)]
pub struct Lock {
    file: PathBuf,
    info: LockInfo,
}

impl Lock {
    pub fn info(&self) -> &LockInfo {
        &self.info
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.file
    }

    /// Removes the lock file now (also done on drop).
    pub fn release(self) {}
}

impl Drop for Lock {
    fn drop(&mut self) {
        if read(&self.file).is_some_and(|i| i.token == self.info.token) {
            let _ = fs::remove_file(&self.file);
        }
    }
}

/// `.plan.ron.lock` for `plan.ron`.
pub fn lock_path(plan: &Path) -> PathBuf {
    let name = plan.file_name().unwrap_or_default().to_string_lossy();
    plan.with_file_name(format!(".{name}.lock"))
}

/// This process's description, with a fresh token.
pub fn me() -> LockInfo {
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let token = nanos ^ (u64::from(std::process::id()) << 32) ^ COUNTER.fetch_add(1, Ordering::Relaxed).rotate_left(17);
    LockInfo {
        user: user_name(),
        host: host_name(),
        pid: std::process::id(),
        since: Local::now().naive_local().with_nanosecond_zero(),
        token,
    }
}

trait NoNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl NoNanos for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        chrono::Timelike::with_nanosecond(&self, 0).unwrap_or(self)
    }
}

/// Who holds the plan file now, if anyone (a damaged lock file reads as `None` too).
pub fn holder(plan: &Path) -> Option<LockInfo> {
    read(&lock_path(plan))
}

/// Takes the lock of a plan file, or says who holds it.
pub fn acquire(plan: &Path) -> Result<Lock, LockError> {
    let file = lock_path(plan);
    let info = me();
    match create(&file, &info) {
        Ok(()) => Ok(Lock { file, info }),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match read(&file) {
            Some(other) if is_stale(&other) => Err(LockError::Stale(other)),
            other => Err(LockError::Held(other)),
        },
        Err(e) => Err(LockError::Io(format!("{}: {e}", file.display()))),
    }
}

/// Takes over a stale lock: only while the lock file still names the same dead holder (two
/// people pressing "take over" at once: one wins, the other is told who holds the file).
pub fn take_over(plan: &Path, stale: &LockInfo) -> Result<Lock, LockError> {
    let file = lock_path(plan);
    match read(&file) {
        Some(now) if now == *stale && is_stale(&now) => {}
        None if !file.exists() => return acquire(plan),
        Some(now) if is_stale(&now) => return Err(LockError::Stale(now)),
        other => return Err(LockError::Held(other)),
    }
    let info = me();
    let tmp =
        file.with_file_name(format!(".{}.{}.take", file.file_name().unwrap_or_default().to_string_lossy(), info.pid));
    let written = write_new(&tmp, &info).and_then(|()| fs::rename(&tmp, &file));
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(LockError::Io(format!("{}: {e}", file.display())));
    }
    Ok(Lock { file, info })
}

/// Whether the holder's process is gone: only decidable on the same host, and only where the
/// process table can be seen (Linux `/proc`); elsewhere a lock is never called stale.
pub fn is_stale(info: &LockInfo) -> bool {
    info.host == host_name() && process_alive(info.pid) == Some(false)
}

/// `Some(alive)` when it can be told, `None` when it cannot.
pub fn process_alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    Some(proc.join(pid.to_string()).exists())
}

fn create(file: &Path, info: &LockInfo) -> std::io::Result<()> {
    write_new(file, info).inspect_err(|e| {
        // A half-written lock of ours must not block the next try.
        if e.kind() != std::io::ErrorKind::AlreadyExists {
            let _ = fs::remove_file(file);
        }
    })
}

fn write_new(file: &Path, info: &LockInfo) -> std::io::Result<()> {
    let text = ron::ser::to_string(info).map_err(std::io::Error::other)?;
    let mut f = OpenOptions::new().write(true).create_new(true).open(file)?;
    f.write_all(text.as_bytes())?;
    f.write_all(b"\n")?;
    f.sync_all()
}

fn read(file: &Path) -> Option<LockInfo> {
    let f = fs::File::open(file).ok()?;
    let mut text = String::new();
    f.take(MAX_LOCK_BYTES).read_to_string(&mut text).ok()?;
    ron::Options::default().with_recursion_limit(8).from_str(text.trim()).ok()
}

/// The login name, or "?".
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "?".into())
}

/// The computer's name, or "?".
pub fn host_name() -> String {
    let from_file = |p: &str| fs::read_to_string(p).ok().map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    from_file("/proc/sys/kernel/hostname")
        .or_else(|| from_file("/etc/hostname"))
        .or_else(|| {
            ["HOSTNAME", "COMPUTERNAME"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        })
        .unwrap_or_else(|| "?".into())
}
