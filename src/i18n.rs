//! Languages of the user interface and the annexes (Finnish first, Swedish, English), the
//! names of the model's enums in each, and number and date formats (`i18n::format`).

pub mod annex;
pub mod catalogue;
pub mod checklist;
pub mod format;
mod names;
pub mod ui;

pub use catalogue::{Arg, Key, text, tr};
pub use names::Named;

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language of the interface or of an annex. Always passed explicitly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    Fi,
    Sv,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Fi, Language::Sv, Language::En];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Language {
    /// The language of a POSIX locale value ("fi_FI.UTF-8", "sv_FI", "en_GB.UTF-8", "C"):
    /// Finnish or Swedish by its language code, English for any other; `None` when empty.
    pub fn of_locale(value: &str) -> Option<Language> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let code = value.split(['_', '.', '@', '-']).next().unwrap_or("").to_ascii_lowercase();
        Some(match code.as_str() {
            "fi" => Language::Fi,
            "sv" => Language::Sv,
            _ => Language::En,
        })
    }

    /// The language of the process's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), for
    /// messages printed before any settings are read; Finnish when none is set.
    pub fn of_environment() -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().and_then(|v| Language::of_locale(&v)))
            .unwrap_or_default()
    }
}

impl FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fi" => Ok(Language::Fi),
            "sv" => Ok(Language::Sv),
            "en" => Ok(Language::En),
            other => Err(format!("unknown language “{other}”: use fi, sv or en")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn the_language_of_a_locale() {
        for (value, want) in [
            ("fi_FI.UTF-8", Some(Language::Fi)),
            ("sv_FI.UTF-8", Some(Language::Sv)),
            ("sv", Some(Language::Sv)),
            ("en_GB.UTF-8", Some(Language::En)),
            ("de_DE", Some(Language::En)),
            ("C", Some(Language::En)),
            ("C.UTF-8", Some(Language::En)),
            ("fil_PH", Some(Language::En)),
            ("", None),
            ("  ", None),
        ] {
            assert_eq!(Language::of_locale(value), want, "{value:?}");
        }
    }
}
