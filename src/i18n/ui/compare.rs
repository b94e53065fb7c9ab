//! Interface texts of comparing and merging plan versions in the window (the header's
//! versions menu, the comparison by view, the merge with its base choice, accepted changes and
//! decided conflicts) in Finnish, Swedish and English: `Cm` names each label with one
//! exhaustive match per language; functions build the sentences with names and numbers.

use crate::i18n::Language;

/// A piece of the comparing and merging texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cm {
    Menu,
    CompareWith,
    MergeFrom,
    CompareTitle,
    MergeTitle,
    Reading,
    Merging,
    Same,
    Jump,
    Close,
    Failed,
    ChooseBase,
    BaseHint,
    BaseBackup,
    BaseBaseline,
    BaseFile,
    Changes,
    Conflicts,
    Accept,
    Reject,
    Base,
    Ours,
    Theirs,
    Apply,
    Cancel,
    Broke,
    NothingToMerge,
    ReadOnly,
    OtherArea,
    Added,
    Removed,
}

impl Cm {
    /// Every text, for the tests.
    pub const ALL: [Cm; 31] = [
        Cm::Menu,
        Cm::CompareWith,
        Cm::MergeFrom,
        Cm::CompareTitle,
        Cm::MergeTitle,
        Cm::Reading,
        Cm::Merging,
        Cm::Same,
        Cm::Jump,
        Cm::Close,
        Cm::Failed,
        Cm::ChooseBase,
        Cm::BaseHint,
        Cm::BaseBackup,
        Cm::BaseBaseline,
        Cm::BaseFile,
        Cm::Changes,
        Cm::Conflicts,
        Cm::Accept,
        Cm::Reject,
        Cm::Base,
        Cm::Ours,
        Cm::Theirs,
        Cm::Apply,
        Cm::Cancel,
        Cm::Broke,
        Cm::NothingToMerge,
        Cm::ReadOnly,
        Cm::OtherArea,
        Cm::Added,
        Cm::Removed,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        match lang {
            Language::Fi => match self {
                Cm::Menu => "Versiot",
                Cm::CompareWith => "Vertaa…",
                Cm::MergeFrom => "Yhdistä…",
                Cm::CompareTitle => "Vertaa tiedostoon",
                Cm::MergeTitle => "Yhdistä muutokset tiedostosta",
                Cm::Reading => "Luetaan ja verrataan…",
                Cm::Merging => "Yhdistetään…",
                Cm::Same => "Versioissa ei ole eroja.",
                Cm::Jump => "Näytä",
                Cm::Close => "Sulje",
                Cm::Failed => "Tiedostoa ei voi käyttää, eikä mitään muutettu:",
                Cm::ChooseBase => "Mistä versiosta molemmat lähtivät?",
                Cm::BaseHint => {
                    "Yhteinen lähtöversio kertoo, kumpi versio muutti mitäkin. Ristiriita on kenttä, jota molemmat muuttivat eri tavoin."
                }
                Cm::BaseBackup => "Avoimen tiedoston varmuuskopio (.bak)",
                Cm::BaseBaseline => "Suunnitelman uusin perustaso",
                Cm::BaseFile => "Muu tiedosto…",
                Cm::Changes => "Toisen version muutokset",
                Cm::Conflicts => "Ristiriidat",
                Cm::Accept => "Ota mukaan",
                Cm::Reject => "Hylkää",
                Cm::Base => "Lähtöversio",
                Cm::Ours => "Avoin suunnitelma",
                Cm::Theirs => "Toinen versio",
                Cm::Apply => "Yhdistä",
                Cm::Cancel => "Peruuta",
                Cm::Broke => "Yhdistäminen rikkoisi nämä säännöt:",
                Cm::NothingToMerge => "Toinen versio ei tuo muutoksia.",
                Cm::ReadOnly => "Suunnitelma on vain luettavissa; siihen ei voi yhdistää muutoksia.",
                Cm::OtherArea => "Muut",
                Cm::Added => "lisätty",
                Cm::Removed => "poistettu",
            },
            Language::Sv => match self {
                Cm::Menu => "Versioner",
                Cm::CompareWith => "Jämför…",
                Cm::MergeFrom => "Sammanfoga…",
                Cm::CompareTitle => "Jämför med fil",
                Cm::MergeTitle => "Sammanfoga ändringar från fil",
                Cm::Reading => "Läser och jämför…",
                Cm::Merging => "Sammanfogar…",
                Cm::Same => "Versionerna skiljer sig inte.",
                Cm::Jump => "Visa",
                Cm::Close => "Stäng",
                Cm::Failed => "Filen kan inte användas, och ingenting ändrades:",
                Cm::ChooseBase => "Vilken version utgick båda från?",
                Cm::BaseHint => {
                    "Den gemensamma utgångsversionen visar vilken version som ändrade vad. En konflikt är ett fält som båda ändrade olika."
                }
                Cm::BaseBackup => "Den öppna filens säkerhetskopia (.bak)",
                Cm::BaseBaseline => "Planens senaste baslinje",
                Cm::BaseFile => "Annan fil…",
                Cm::Changes => "Den andra versionens ändringar",
                Cm::Conflicts => "Konflikter",
                Cm::Accept => "Ta med",
                Cm::Reject => "Avvisa",
                Cm::Base => "Utgångsversion",
                Cm::Ours => "Öppna planen",
                Cm::Theirs => "Andra versionen",
                Cm::Apply => "Sammanfoga",
                Cm::Cancel => "Avbryt",
                Cm::Broke => "Sammanfogningen skulle bryta mot dessa regler:",
                Cm::NothingToMerge => "Den andra versionen för inte med sig några ändringar.",
                Cm::ReadOnly => "Planen är skrivskyddad; inga ändringar kan sammanfogas i den.",
                Cm::OtherArea => "Övrigt",
                Cm::Added => "tillagd",
                Cm::Removed => "borttagen",
            },
            Language::En => match self {
                Cm::Menu => "Versions",
                Cm::CompareWith => "Compare…",
                Cm::MergeFrom => "Merge…",
                Cm::CompareTitle => "Compare with a file",
                Cm::MergeTitle => "Merge changes from a file",
                Cm::Reading => "Reading and comparing…",
                Cm::Merging => "Merging…",
                Cm::Same => "The versions do not differ.",
                Cm::Jump => "Show",
                Cm::Close => "Close",
                Cm::Failed => "The file cannot be used, and nothing was changed:",
                Cm::ChooseBase => "Which version did both start from?",
                Cm::BaseHint => {
                    "The common base tells which version changed what. A conflict is a field both changed differently."
                }
                Cm::BaseBackup => "The open file's backup (.bak)",
                Cm::BaseBaseline => "The plan's newest baseline",
                Cm::BaseFile => "Another file…",
                Cm::Changes => "The other version's changes",
                Cm::Conflicts => "Conflicts",
                Cm::Accept => "Take",
                Cm::Reject => "Reject",
                Cm::Base => "Base",
                Cm::Ours => "Open plan",
                Cm::Theirs => "Other version",
                Cm::Apply => "Merge",
                Cm::Cancel => "Cancel",
                Cm::Broke => "The merge would break these rules:",
                Cm::NothingToMerge => "The other version brings no changes.",
                Cm::ReadOnly => "The plan is read-only; no changes can be merged into it.",
                Cm::OtherArea => "Other",
                Cm::Added => "added",
                Cm::Removed => "removed",
            },
        }
    }
}

/// The line under the comparison's title: "Avoin suunnitelma → versio2.ron: 3 muutosta".
pub fn compared(file: &str, n: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Avoimesta suunnitelmasta tiedostoon {file}: {n} muutosta"),
        Language::Sv => format!("Från den öppna planen till {file}: {n} ändringar"),
        Language::En => format!("From the open plan to {file}: {n} changes"),
    }
}

/// The line under the merge's title: where theirs and the base come from.
pub fn merging(theirs: &str, base: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Toinen versio: {theirs}. Lähtöversio: {base}."),
        Language::Sv => format!("Andra versionen: {theirs}. Utgångsversion: {base}."),
        Language::En => format!("Other version: {theirs}. Base: {base}."),
    }
}

/// The name of the newest baseline as a base: "perustaso 12.3.2026".
pub fn baseline(date: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("perustaso {date}"),
        Language::Sv => format!("baslinje {date}"),
        Language::En => format!("baseline {date}"),
    }
}

/// Why two versions could not be merged.
pub fn invalid(why: &str, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Versioita ei voi yhdistää kelvolliseksi suunnitelmaksi: {why}"),
        Language::Sv => format!("Versionerna kan inte slås ihop till en giltig plan: {why}"),
        Language::En => format!("The versions cannot be merged into a valid plan: {why}"),
    }
}

/// The notice after a merge.
pub fn merged(file: &str, taken: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Yhdistettiin {taken} muutosta tiedostosta {file} (Ctrl+Z peruu)."),
        Language::Sv => format!("Sammanfogade {taken} ändringar från {file} (Ctrl+Z ångrar)."),
        Language::En => format!("Merged {taken} changes from {file} (Ctrl+Z undoes)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for lang in Language::ALL {
            let all: std::collections::HashSet<&str> = Cm::ALL.iter().map(|t| t.get(lang)).collect();
            assert_eq!(all.len(), Cm::ALL.len(), "{lang:?}: distinct");
            assert!(compared("b.ron", 3, lang).contains("b.ron") && compared("b", 3, lang).contains('3'));
            assert!(merging("t.ron", "b.ron", lang).contains("t.ron") && baseline("1.2.2026", lang).contains("1.2."));
            assert!(invalid("x", lang).ends_with('x') && merged("t.ron", 2, lang).contains("t.ron"));
        }
    }
}
