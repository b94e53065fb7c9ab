//! Remembered settings (language, light or dark, recent files) and the recovery copy written
//! after a few quiet seconds of editing, both in the per-user folders of `directories`.

use crate::Plan;
use crate::i18n::Language;
use crate::storage;
use crate::theme::Appearance;
use chrono::{DateTime, Local, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files are remembered.
pub const RECENT_MAX: usize = 8;

/// What the application remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Language,
    pub appearance: Appearance,
    /// Most recent first.
    pub recent: Vec<Recent>,
}

/// A recently opened or saved plan file and the day it was last used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recent {
    pub path: PathBuf,
    pub used: chrono::NaiveDate,
}

impl Settings {
    /// Puts a file first in the recent list, used on `today`.
    pub fn remember(&mut self, path: &Path, today: chrono::NaiveDate) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|r| r.path != path);
        self.recent.insert(0, Recent { path, used: today });
        self.recent.truncate(RECENT_MAX);
    }
}

/// Where settings and the recovery copy live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
}

impl Paths {
    /// The user's folders, e.g. `~/.config/allianssi` and `~/.local/share/allianssi`.
    pub fn system() -> Option<Paths> {
        let dirs = directories::ProjectDirs::from("fi", "Allianssi", "Allianssi")?;
        Some(Paths { config_dir: dirs.config_dir().to_path_buf(), data_dir: dirs.data_dir().to_path_buf() })
    }

    /// Both in one folder (for tests).
    pub fn in_dir(dir: &Path) -> Paths {
        Paths { config_dir: dir.to_path_buf(), data_dir: dir.to_path_buf() }
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config_dir.join("settings.ron")
    }

    /// The recovery copy: a plan file like any other.
    pub fn recovery_file(&self) -> PathBuf {
        self.data_dir.join("recovery.ron")
    }
}

/// The saved settings, or the defaults when there are none or they cannot be read.
pub fn load(paths: &Paths) -> Settings {
    std::fs::read_to_string(paths.settings_file()).ok().and_then(|s| ron::from_str(&s).ok()).unwrap_or_default()
}

/// Writes the settings (run off the UI thread).
pub fn save(paths: &Paths, settings: &Settings) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default()).map_err(|e| e.to_string())?;
    write_replacing(&paths.settings_file(), text.as_bytes())
}

/// When the recovery copy was written, if there is one.
pub fn recovery_time(paths: &Paths) -> Option<NaiveDateTime> {
    let modified = std::fs::metadata(paths.recovery_file()).ok()?.modified().ok()?;
    Some(DateTime::<Local>::from(modified).naive_local())
}

/// Writes the recovery copy of a plan (run off the UI thread).
pub fn write_recovery(paths: &Paths, plan: &Plan) -> Result<(), String> {
    let text = storage::to_string(plan).map_err(|e| e.to_string())?;
    write_replacing(&paths.recovery_file(), text.as_bytes())
}

/// Removes the recovery copy; a missing one is fine.
pub fn remove_recovery(paths: &Paths) {
    let _ = std::fs::remove_file(paths.recovery_file());
}

/// Writes a small file with the storage module's atomic writer (unique temp name, fsync,
/// rename, fsync of the folder), so a crash never leaves half a file.
fn write_replacing(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path.parent().ok_or_else(|| format!("{} has no folder", path.display()))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    storage::write_bytes_atomic(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
