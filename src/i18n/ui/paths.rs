//! Interface texts of the application's own path dialog (used where the system has no file
//! chooser) in Finnish, Swedish and English: `Tx` names each label with one exhaustive match per
//! language; functions build the sentences that name a path.

use crate::i18n::Language;

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
        match lang {
            Language::Fi => match self {
                Tx::TitleOpen => "Avaa suunnitelma",
                Tx::TitleSave => "Tallenna suunnitelma nimellä",
                Tx::TitleExport => "Tallenna liitteet PDF-tiedostoon",
                Tx::TitleImportSheet => "Tuo taulukko (xlsx, ods tai csv)",
                Tx::TitleExportSheet => "Vie taulukoksi (xlsx, ods tai csv)",
                Tx::TitleOtherVersion => "Valitse suunnitelman toinen versio (.ron)",
                Tx::TitleBaseVersion => "Valitse yhteinen lähtöversio (.ron)",
                Tx::NoPortal => {
                    "Järjestelmän tiedostovalitsin ei ole käytettävissä (työpöydän tiedostoportaalia ei löydy). Kirjoita tiedoston polku; Tab täydentää."
                }
                Tx::DialogFailed => {
                    "Järjestelmän tiedostovalitsin ei auennut. Kirjoita tiedoston polku; Tab täydentää."
                }
                Tx::Path => "Tiedoston polku",
                Tx::Choose => "Valitse",
                Tx::Cancel => "Peruuta",
                Tx::IsFolder => "Polku on kansio: kirjoita perään tiedoston nimi.",
                Tx::EmptyName => "Kirjoita tiedoston polku.",
                Tx::Completions => "Kansiossa:",
            },
            Language::Sv => match self {
                Tx::TitleOpen => "Öppna en plan",
                Tx::TitleSave => "Spara planen som",
                Tx::TitleExport => "Spara bilagorna i en PDF-fil",
                Tx::TitleImportSheet => "Importera ett kalkylblad (xlsx, ods eller csv)",
                Tx::TitleExportSheet => "Exportera som kalkylblad (xlsx, ods eller csv)",
                Tx::TitleOtherVersion => "Välj en annan version av planen (.ron)",
                Tx::TitleBaseVersion => "Välj den gemensamma utgångsversionen (.ron)",
                Tx::NoPortal => {
                    "Systemets filväljare är inte tillgänglig (skrivbordets filportal saknas). Skriv filens sökväg; Tab kompletterar."
                }
                Tx::DialogFailed => "Systemets filväljare öppnades inte. Skriv filens sökväg; Tab kompletterar.",
                Tx::Path => "Filens sökväg",
                Tx::Choose => "Välj",
                Tx::Cancel => "Avbryt",
                Tx::IsFolder => "Sökvägen är en mapp: skriv filens namn efter den.",
                Tx::EmptyName => "Skriv filens sökväg.",
                Tx::Completions => "I mappen:",
            },
            Language::En => match self {
                Tx::TitleOpen => "Open a plan",
                Tx::TitleSave => "Save the plan as",
                Tx::TitleExport => "Save the annexes as a PDF file",
                Tx::TitleImportSheet => "Import a spreadsheet (xlsx, ods or csv)",
                Tx::TitleExportSheet => "Export as a spreadsheet (xlsx, ods or csv)",
                Tx::TitleOtherVersion => "Choose another version of the plan (.ron)",
                Tx::TitleBaseVersion => "Choose the common base version (.ron)",
                Tx::NoPortal => {
                    "The system's file chooser is not available (no desktop file portal was found). Type the file's path; Tab completes."
                }
                Tx::DialogFailed => "The system's file chooser did not open. Type the file's path; Tab completes.",
                Tx::Path => "File path",
                Tx::Choose => "Choose",
                Tx::Cancel => "Cancel",
                Tx::IsFolder => "The path is a folder: add the file's name after it.",
                Tx::EmptyName => "Type the file's path.",
                Tx::Completions => "In the folder:",
            },
        }
    }
}

/// "Tiedostoa ei ole: /a/b.ron".
pub fn not_found(path: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Tiedostoa ei ole: {path}"),
        Language::Sv => format!("Filen finns inte: {path}"),
        Language::En => format!("No such file: {path}"),
    }
}

/// "Kansiota ei ole: /a".
pub fn no_folder(folder: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Kansiota ei ole: {folder}"),
        Language::Sv => format!("Mappen finns inte: {folder}"),
        Language::En => format!("No such folder: {folder}"),
    }
}

/// The message when the PDF viewer could not be started or found nothing to open the file with.
pub fn no_viewer(path: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!(
            "PDF-tiedostoa ei voitu avata: järjestelmässä ei ole PDF-katseluohjelmaa tai se ei käynnistynyt. Tiedosto on tallessa: {path}"
        ),
        Language::Sv => format!(
            "PDF-filen kunde inte öppnas: systemet har inget program för PDF eller det startade inte. Filen är sparad: {path}"
        ),
        Language::En => format!(
            "The PDF could not be opened: the system has no PDF viewer, or it did not start. The file is saved: {path}"
        ),
    }
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
