//! Interface texts of spreadsheet import and export in the window (the header's menu with the
//! follow-up's lists, the list views' buttons, the preview before an import): `Sh` names each
//! label, and its key gives the message in the catalogues (`i18n/<code>/ui-sheets.ftl`);
//! functions fill the sentences with numbers and names.

use crate::i18n::{Key, Language, text, tr};

/// A piece of the spreadsheet texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sh {
    Menu,
    ImportAll,
    ExportAll,
    Import,
    Export,
    PreviewTitle,
    Reading,
    Replace,
    Apply,
    Cancel,
    NothingChanges,
    Failed,
    Notes,
    ReadOnly,
}

impl Sh {
    /// Every text, for the tests.
    pub const ALL: [Sh; 14] = [
        Sh::Menu,
        Sh::ImportAll,
        Sh::ExportAll,
        Sh::Import,
        Sh::Export,
        Sh::PreviewTitle,
        Sh::Reading,
        Sh::Replace,
        Sh::Apply,
        Sh::Cancel,
        Sh::NothingChanges,
        Sh::Failed,
        Sh::Notes,
        Sh::ReadOnly,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            Sh::Menu => Key::UiSheetsMenu,
            Sh::ImportAll => Key::UiSheetsImportAll,
            Sh::ExportAll => Key::UiSheetsExportAll,
            Sh::Import => Key::UiSheetsImport,
            Sh::Export => Key::UiSheetsExport,
            Sh::PreviewTitle => Key::UiSheetsPreviewTitle,
            Sh::Reading => Key::UiSheetsReading,
            Sh::Replace => Key::UiSheetsReplace,
            Sh::Apply => Key::UiSheetsApply,
            Sh::Cancel => Key::UiSheetsCancel,
            Sh::NothingChanges => Key::UiSheetsNothingChanges,
            Sh::Failed => Key::UiSheetsFailed,
            Sh::Notes => Key::UiSheetsNotes,
            Sh::ReadOnly => Key::UiSheetsReadOnly,
        }
    }
}

/// The button that imports and removes rows: "Tuo ja poista 38 riviä".
pub fn apply_removing(n: usize, lang: Language) -> String {
    tr(lang, Key::UiSheetsApplyRemoving, &[("n", n.into())])
}

/// The warning above it.
pub fn removal_warning(n: usize, lang: Language) -> String {
    tr(lang, Key::UiSheetsRemovalWarning, &[("n", n.into())])
}

/// "… ja 12 muuta".
pub fn more(n: usize, lang: Language) -> String {
    tr(lang, Key::UiSheetsMore, &[("n", n.into())])
}

/// The notice after an import: "Tuotiin budjetti.xlsx. Budjetti: 2 lisätty, …".
pub fn imported(file: &str, summary: &str, lang: Language) -> String {
    tr(lang, Key::UiSheetsImported, &[("file", file.into()), ("summary", summary.into())])
}

/// The notice after an export.
pub fn exported(path: &str, lang: Language) -> String {
    tr(lang, Key::UiSheetsExported, &[("path", path.into())])
}

/// The notice when an export failed.
pub fn export_failed(path: &str, why: &str, lang: Language) -> String {
    tr(lang, Key::UiSheetsExportFailed, &[("path", path.into()), ("why", why.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for lang in Language::ALL {
            let all: std::collections::HashSet<&str> = Sh::ALL.iter().map(|t| t.get(lang)).collect();
            assert_eq!(all.len(), Sh::ALL.len(), "{lang:?}: distinct");
            assert!(apply_removing(38, lang).contains("38") && removal_warning(7, lang).contains('7'));
            assert!(more(3, lang).contains('3') && imported("a.xlsx", "S", lang).contains("a.xlsx"));
            assert!(exported("/p", lang).contains("/p") && export_failed("/p", "w", lang).contains("/p"));
        }
    }
}
