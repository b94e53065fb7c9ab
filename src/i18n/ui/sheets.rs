//! Interface texts of spreadsheet import and export in the window (the header's menu with the
//! follow-up's lists, the list views' buttons, the preview before an import) in Finnish,
//! Swedish and English: `Sh` names each label with one exhaustive match per language; functions
//! build the sentences with numbers.

use crate::i18n::Language;

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
        match lang {
            Language::Fi => match self {
                Sh::Menu => "Taulukot",
                Sh::ImportAll => "Tuo taulukko…",
                Sh::ExportAll => "Vie taulukoksi…",
                Sh::Import => "Tuo…",
                Sh::Export => "Vie…",
                Sh::PreviewTitle => "Tuo taulukko",
                Sh::Reading => "Luetaan tiedostoa…",
                Sh::Replace => "Poista suunnitelmasta rivit, joita tiedostossa ei ole",
                Sh::Apply => "Tuo",
                Sh::Cancel => "Peruuta",
                Sh::NothingChanges => "Tiedosto ei muuta suunnitelmaa.",
                Sh::Failed => "Tiedostoa ei voi tuoda, eikä mitään muutettu:",
                Sh::Notes => "Huomioita:",
                Sh::ReadOnly => "Suunnitelma on vain luettavissa; siihen ei voi tuoda.",
            },
            Language::Sv => match self {
                Sh::Menu => "Kalkylblad",
                Sh::ImportAll => "Importera blad…",
                Sh::ExportAll => "Exportera allt…",
                Sh::Import => "Importera…",
                Sh::Export => "Exportera…",
                Sh::PreviewTitle => "Importera ett kalkylblad",
                Sh::Reading => "Läser filen…",
                Sh::Replace => "Ta bort rader i planen som inte finns i filen",
                Sh::Apply => "Importera",
                Sh::Cancel => "Avbryt",
                Sh::NothingChanges => "Filen ändrar inte planen.",
                Sh::Failed => "Filen kan inte importeras, och ingenting ändrades:",
                Sh::Notes => "Observationer:",
                Sh::ReadOnly => "Planen är skrivskyddad; inget kan importeras till den.",
            },
            Language::En => match self {
                Sh::Menu => "Spreadsheets",
                Sh::ImportAll => "Import sheet…",
                Sh::ExportAll => "Export all…",
                Sh::Import => "Import…",
                Sh::Export => "Export…",
                Sh::PreviewTitle => "Import a spreadsheet",
                Sh::Reading => "Reading the file…",
                Sh::Replace => "Remove the plan's rows that the file does not have",
                Sh::Apply => "Import",
                Sh::Cancel => "Cancel",
                Sh::NothingChanges => "The file does not change the plan.",
                Sh::Failed => "The file cannot be imported, and nothing was changed:",
                Sh::Notes => "Notes:",
                Sh::ReadOnly => "The plan is read-only; nothing can be imported into it.",
            },
        }
    }
}

/// The button that imports and removes rows: "Tuo ja poista 38 riviä".
pub fn apply_removing(n: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Tuo ja poista {n} riviä"),
        Language::Sv => format!("Importera och ta bort {n} rader"),
        Language::En => format!("Import and remove {n} rows"),
    }
}

/// The warning above it.
pub fn removal_warning(n: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("{n} riviä poistetaan suunnitelmasta. Tuonnin voi perua (Ctrl+Z)."),
        Language::Sv => format!("{n} rader tas bort ur planen. Importen kan ångras (Ctrl+Z)."),
        Language::En => format!("{n} rows will be removed from the plan. The import can be undone (Ctrl+Z)."),
    }
}

/// "… ja 12 muuta".
pub fn more(n: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("… ja {n} muuta"),
        Language::Sv => format!("… och {n} till"),
        Language::En => format!("… and {n} more"),
    }
}

/// The notice after an import: "Tuotiin budjetti.xlsx. Budjetti: 2 lisätty, …".
pub fn imported(file: &str, summary: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Tuotiin {file}. {summary} (Ctrl+Z peruu)"),
        Language::Sv => format!("Importerade {file}. {summary} (Ctrl+Z ångrar)"),
        Language::En => format!("Imported {file}. {summary} (Ctrl+Z undoes)"),
    }
}

/// The notice after an export.
pub fn exported(path: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Kirjoitettiin {path}."),
        Language::Sv => format!("Skrev {path}."),
        Language::En => format!("Wrote {path}."),
    }
}

/// The notice when an export failed.
pub fn export_failed(path: &str, why: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Tiedostoon {path} ei voitu kirjoittaa: {why}"),
        Language::Sv => format!("Det gick inte att skriva till {path}: {why}"),
        Language::En => format!("Could not write {path}: {why}"),
    }
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
