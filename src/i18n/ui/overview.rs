//! Interface texts of the overview's metadata form in Finnish, Swedish and English: `Tx` names
//! each label with one exhaustive match per language, so a missing translation fails to compile.

use crate::i18n::Language;

/// A piece of the overview form's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tx {
    Agreement,
    Place,
    ReplacesVersion,
    ClientNeeds,
    StrategicGoals,
    CommunityGoals,
    IndividualGoals,
    OneGoalPerLine,
    DatePlaceholder,
    BadDate,
    Figures,
}

impl Tx {
    /// Every text, for the tests.
    pub const ALL: [Tx; 11] = [
        Tx::Agreement,
        Tx::Place,
        Tx::ReplacesVersion,
        Tx::ClientNeeds,
        Tx::StrategicGoals,
        Tx::CommunityGoals,
        Tx::IndividualGoals,
        Tx::OneGoalPerLine,
        Tx::DatePlaceholder,
        Tx::BadDate,
        Tx::Figures,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        match lang {
            Language::Fi => self.fi(),
            Language::Sv => self.sv(),
            Language::En => self.en(),
        }
    }

    fn fi(self) -> &'static str {
        match self {
            Tx::Agreement => "Sopimus",
            Tx::Place => "Paikka",
            Tx::ReplacesVersion => "Korvaa version",
            Tx::ClientNeeds => "Asiakkaiden tarpeet",
            Tx::StrategicGoals => "Strategiset tavoitteet",
            Tx::CommunityGoals => "Yhteisötason tavoitteet",
            Tx::IndividualGoals => "Yksilötason tavoitteet",
            Tx::OneGoalPerLine => "Yksi tavoite riville.",
            Tx::DatePlaceholder => "esim. 31.12.2026",
            Tx::BadDate => "Päivämäärä ei kelpaa: kirjoita muodossa 31.12.2026 (vuosi neljällä numerolla).",
            Tx::Figures => "Luvut",
        }
    }

    fn sv(self) -> &'static str {
        match self {
            Tx::Agreement => "Avtal",
            Tx::Place => "Ort",
            Tx::ReplacesVersion => "Ersätter version",
            Tx::ClientNeeds => "Kundernas behov",
            Tx::StrategicGoals => "Strategiska mål",
            Tx::CommunityGoals => "Mål på samhällsnivå",
            Tx::IndividualGoals => "Mål på individnivå",
            Tx::OneGoalPerLine => "Ett mål per rad.",
            Tx::DatePlaceholder => "t.ex. 31.12.2026",
            Tx::BadDate => "Datumet duger inte: skriv i formen 31.12.2026 (året med fyra siffror).",
            Tx::Figures => "Siffror",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Tx::Agreement => "Agreement",
            Tx::Place => "Place",
            Tx::ReplacesVersion => "Replaces version",
            Tx::ClientNeeds => "Clients' needs",
            Tx::StrategicGoals => "Strategic goals",
            Tx::CommunityGoals => "Community-level goals",
            Tx::IndividualGoals => "Individual-level goals",
            Tx::OneGoalPerLine => "One goal per line.",
            Tx::DatePlaceholder => "e.g. 31.12.2026",
            Tx::BadDate => "Not a date: write it as 31.12.2026 (a four-digit year).",
            Tx::Figures => "Figures",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_distinct_per_language() {
        for lang in Language::ALL {
            let mut seen = std::collections::HashSet::new();
            for t in Tx::ALL {
                let s = t.get(lang);
                assert!(!s.trim().is_empty(), "{t:?} {lang:?}");
                assert!(seen.insert(s), "{t:?} {lang:?} repeats {s:?}");
            }
        }
        assert_ne!(Tx::Place.get(Language::Fi), Tx::Place.get(Language::Sv));
    }
}
