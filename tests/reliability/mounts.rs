//! Real small and read-only file systems for the disk-full and read-only tests: a tmpfs mounted
//! directly when the tests run as root, else inside a user and mount namespace (`unshare -rm`,
//! the test binary re-runs the one test in there). Only when neither works is the capability
//! absent; the caller then falls back to injected errors and says so loudly.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Set in the re-run test: the tmpfs is already mounted at this path.
const ENV: &str = "ALLIANSSI_TEST_TMPFS";

/// How the body got its file system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// Mounted here (root) or in the namespace of a re-run: the body ran in this process.
    Ran,
    /// The body ran in a child process in a namespace, which passed.
    RanInChild,
    /// No way to mount a file system here.
    Absent,
}

struct Mounted(PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn mount(dir: &Path, kib: u64) -> bool {
    Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={kib}k,mode=0777"), "tmpfs"])
        .arg(dir)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Makes the mounted file system read-only (inside the body).
pub fn remount_read_only(dir: &Path) -> bool {
    Command::new("mount").args(["-o", "remount,ro"]).arg(dir).status().is_ok_and(|s| s.success())
}

/// Runs `body` with a fresh tmpfs of `kib` KiB at a path. `test` is the test's own name, for the
/// re-run in a namespace.
pub fn with_tmpfs(test: &str, kib: u64, body: impl FnOnce(&Path)) -> How {
    if let Some(dir) = std::env::var_os(ENV) {
        body(Path::new(&dir));
        return How::Ran;
    }
    let outer = tempfile::tempdir().expect("tempdir");
    let dir = outer.path().join("tmpfs");
    std::fs::create_dir(&dir).expect("mount point");
    if mount(&dir, kib) {
        let _mounted = Mounted(dir.clone());
        body(&dir);
        return How::Ran;
    }
    // Not root: a user namespace can mount its own tmpfs.
    let exe = std::env::current_exe().expect("the test binary");
    let script =
        format!("mount -t tmpfs -o size={kib}k tmpfs \"$0\" || exit 97; exec \"$1\" --exact \"$2\" --nocapture");
    let status = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .arg(&dir)
        .arg(&exe)
        .arg(test)
        .env(ENV, &dir)
        .status();
    match status {
        Ok(s) if s.success() => How::RanInChild,
        Ok(s) if s.code() == Some(97) || s.code() == Some(1) && !namespace_works() => How::Absent,
        Ok(s) => panic!("the test failed in its mount namespace ({s})"),
        Err(_) => How::Absent,
    }
}

fn namespace_works() -> bool {
    Command::new("unshare").args(["-rm", "true"]).status().is_ok_and(|s| s.success())
}

/// Says loudly that a real file system could not be used.
pub fn absent(what: &str) {
    eprintln!();
    eprintln!("!!! {what}: cannot mount a tmpfs here (not root, and `unshare -rm` is not allowed).");
    eprintln!("!!! The test falls back to an injected error of the same kind.");
    eprintln!();
}
