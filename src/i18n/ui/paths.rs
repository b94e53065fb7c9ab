//! Interface texts of the application's own path dialog (used where the system has no file
//! chooser): `Tx` names each label, and its key gives the message in the catalogues
//! (`i18n/<code>/ui-paths.ftl`); functions fill the sentences that name a path.

use crate::i18n::{Key, Language, text, tr};

/// A piece of the path dialog's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tx {
    TitleOpen,
    TitleSave,
    TitleExport,
    TitleImportSheet,
    TitleExportSheet,
    TitleOtherVersion,
    TitleBaseVersion,
    NoPortal,
    DialogFailed,
    Path,
    Choose,
    Cancel,
    IsFolder,
    EmptyName,
    Completions,
}

impl Tx {
    /// Every text, for the tests.
    pub const ALL: [Tx; 15] = [
        Tx::TitleOpen,
        Tx::TitleSave,
        Tx::TitleExport,
        Tx::TitleImportSheet,
        Tx::TitleExportSheet,
        Tx::TitleOtherVersion,
        Tx::TitleBaseVersion,
        Tx::NoPortal,
        Tx::DialogFailed,
        Tx::Path,
        Tx::Choose,
        Tx::Cancel,
        Tx::IsFolder,
        Tx::EmptyName,
        Tx::Completions,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            Tx::TitleOpen => Key::UiPathsTitleOpen,
            Tx::TitleSave => Key::UiPathsTitleSave,
            Tx::TitleExport => Key::UiPathsTitleExport,
            Tx::TitleImportSheet => Key::UiPathsTitleImportSheet,
            Tx::TitleExportSheet => Key::UiPathsTitleExportSheet,
            Tx::TitleOtherVersion => Key::UiPathsTitleOtherVersion,
            Tx::TitleBaseVersion => Key::UiPathsTitleBaseVersion,
            Tx::NoPortal => Key::UiPathsNoPortal,
            Tx::DialogFailed => Key::UiPathsDialogFailed,
            Tx::Path => Key::UiPathsPath,
            Tx::Choose => Key::UiPathsChoose,
            Tx::Cancel => Key::UiPathsCancel,
            Tx::IsFolder => Key::UiPathsIsFolder,
            Tx::EmptyName => Key::UiPathsEmptyName,
            Tx::Completions => Key::UiPathsCompletions,
        }
    }
}

/// "Tiedostoa ei ole: /a/b.ron".
pub fn not_found(path: &str, lang: Language) -> String {
    tr(lang, Key::UiPathsNotFound, &[("path", path.into())])
}

/// "Kansiota ei ole: /a".
pub fn no_folder(folder: &str, lang: Language) -> String {
    tr(lang, Key::UiPathsNoFolder, &[("folder", folder.into())])
}

/// The message when the PDF viewer could not be started or found nothing to open the file with.
pub fn no_viewer(path: &str, lang: Language) -> String {
    tr(lang, Key::UiPathsNoViewer, &[("path", path.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for lang in Language::ALL {
            let all: std::collections::HashSet<&str> = Tx::ALL.iter().map(|t| t.get(lang)).collect();
            assert_eq!(all.len(), Tx::ALL.len(), "{lang:?}: distinct");
            assert!(not_found("/x", lang).contains("/x") && no_folder("/y", lang).contains("/y"));
            assert!(no_viewer("/z.pdf", lang).contains("/z.pdf"));
        }
    }
}
