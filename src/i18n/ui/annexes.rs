//! Interface texts of the annexes screen: `T` names each label, and its key gives the message in
//! the catalogues (`i18n/<code>/ui-annexes.ftl`); functions fill the lines that carry paths and
//! sizes.

use crate::i18n::{Key, Language, text, tr};

/// A piece of the annexes screen's interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    Title,
    Intro,
    Annexes,
    All,
    None,
    Language,
    Status,
    Version,
    VersionHint,
    IncludeClosed,
    Export,
    Exporting,
    Open,
    NothingChosen,
    Cancelled,
    Contents,
}

impl T {
    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            T::Title => Key::UiAnnexesTitle,
            T::Intro => Key::UiAnnexesIntro,
            T::Annexes => Key::UiAnnexesAnnexes,
            T::All => Key::UiAnnexesAll,
            T::None => Key::UiAnnexesNone,
            T::Language => Key::UiAnnexesLanguage,
            T::Status => Key::UiAnnexesStatus,
            T::Version => Key::UiAnnexesVersion,
            T::VersionHint => Key::UiAnnexesVersionHint,
            T::IncludeClosed => Key::UiAnnexesIncludeClosed,
            T::Export => Key::UiAnnexesExport,
            T::Exporting => Key::UiAnnexesExporting,
            T::Open => Key::UiAnnexesOpen,
            T::NothingChosen => Key::UiAnnexesNothingChosen,
            T::Cancelled => Key::UiAnnexesCancelled,
            T::Contents => Key::UiAnnexesContents,
        }
    }
}

/// "Kirjoitettiin liitteet.pdf (84 kt)."
pub fn written(path: &str, bytes: usize, lang: Language) -> String {
    let kb = bytes.div_ceil(1024);
    tr(lang, Key::UiAnnexesWritten, &[("path", path.into()), ("kb", kb.into())])
}

/// "Liite 3"
pub fn annex_label(number: u8, lang: Language) -> String {
    tr(lang, Key::UiAnnexesAnnexLabel, &[("number", number.into())])
}

/// The system viewer could not be started.
pub fn cannot_open(path: &str, reason: &str, lang: Language) -> String {
    tr(lang, Key::UiAnnexesCannotOpen, &[("path", path.into()), ("reason", reason.into())])
}
