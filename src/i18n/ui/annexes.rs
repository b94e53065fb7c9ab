//! Interface texts of the annexes screen in Finnish, Swedish and English: `T` names each label
//! with one exhaustive match per language; functions build the lines that carry paths and sizes.

use crate::i18n::Language;

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
        match lang {
            Language::Fi => match self {
                T::Title => "Sopimusliitteet",
                T::Intro => {
                    "Valitse liitteet, kieli, tila ja versio, ja tulosta ne PDF-tiedostoksi allekirjoitettaviksi."
                }
                T::Annexes => "Liitteet",
                T::All => "Kaikki",
                T::None => "Ei mitään",
                T::Language => "Kieli",
                T::Status => "Tila",
                T::Version => "Versio",
                T::VersionHint => "esim. 1.0",
                T::IncludeClosed => "Riskirekisteriin myös suljetut riskit",
                T::Export => "Tulosta PDF…",
                T::Exporting => "Muodostetaan PDF-tiedostoa…",
                T::Open => "Avaa PDF",
                T::NothingChosen => "Valitse vähintään yksi liite.",
                T::Cancelled => "Tiedostoa ei valittu; mitään ei kirjoitettu.",
                T::Contents => "Useampi liite tulostuu yhdeksi tiedostoksi sisällysluettelon kanssa.",
            },
            Language::Sv => match self {
                T::Title => "Avtalsbilagor",
                T::Intro => "Välj bilagor, språk, status och version, och skriv ut dem som PDF för underskrift.",
                T::Annexes => "Bilagor",
                T::All => "Alla",
                T::None => "Inga",
                T::Language => "Språk",
                T::Status => "Status",
                T::Version => "Version",
                T::VersionHint => "t.ex. 1.0",
                T::IncludeClosed => "Även avslutade risker i riskregistret",
                T::Export => "Skriv ut PDF…",
                T::Exporting => "PDF-filen skapas…",
                T::Open => "Öppna PDF",
                T::NothingChosen => "Välj minst en bilaga.",
                T::Cancelled => "Ingen fil vald; inget skrevs.",
                T::Contents => "Flera bilagor skrivs ut som en fil med innehållsförteckning.",
            },
            Language::En => match self {
                T::Title => "Contract annexes",
                T::Intro => "Choose the annexes, language, status and version, and print them as a PDF to sign.",
                T::Annexes => "Annexes",
                T::All => "All",
                T::None => "None",
                T::Language => "Language",
                T::Status => "Status",
                T::Version => "Version",
                T::VersionHint => "e.g. 1.0",
                T::IncludeClosed => "Closed risks in the risk register too",
                T::Export => "Print PDF…",
                T::Exporting => "Making the PDF…",
                T::Open => "Open PDF",
                T::NothingChosen => "Choose at least one annex.",
                T::Cancelled => "No file chosen; nothing was written.",
                T::Contents => "Several annexes print as one file with a contents page.",
            },
        }
    }
}

/// "Kirjoitettiin liitteet.pdf (84 kt)."
pub fn written(path: &str, bytes: usize, lang: Language) -> String {
    let kb = bytes.div_ceil(1024);
    lang.pick(
        format!("Kirjoitettiin {path} ({kb} kt)."),
        format!("Skrev {path} ({kb} kB)."),
        format!("Wrote {path} ({kb} kB)."),
    )
}

/// "Liite 3"
pub fn annex_label(number: u8, lang: Language) -> String {
    format!("{} {number}", lang.pick("Liite", "Bilaga", "Annex"))
}

/// The system viewer could not be started.
pub fn cannot_open(path: &str, reason: &str, lang: Language) -> String {
    lang.pick(
        format!("Tiedostoa {path} ei voitu avata: {reason}. Avaa se tiedostonhallinnasta."),
        format!("Filen {path} kunde inte öppnas: {reason}. Öppna den i filhanteraren."),
        format!("Could not open {path}: {reason}. Open it from the file manager."),
    )
}
