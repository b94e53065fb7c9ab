//! Languages of the user interface and the annexes (Finnish first, Swedish, English), the
//! names of the model's enums in each, and number and date formats (`i18n::format`).

pub mod annex;
pub mod checklist;
pub mod format;
mod names;
pub mod ui;

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

    /// Picks the text of this language from a (fi, sv, en) triple.
    pub fn pick<T>(self, fi: T, sv: T, en: T) -> T {
        match self {
            Language::Fi => fi,
            Language::Sv => sv,
            Language::En => en,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
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
