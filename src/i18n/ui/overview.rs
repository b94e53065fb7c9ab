//! Interface texts of the overview's metadata form: `Tx` names each label, and its key gives the
//! message in the catalogues (`i18n/<code>/ui-overview.ftl`).

use crate::i18n::{Key, Language, text};

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
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            Tx::Agreement => Key::UiOverviewAgreement,
            Tx::Place => Key::UiOverviewPlace,
            Tx::ReplacesVersion => Key::UiOverviewReplacesVersion,
            Tx::ClientNeeds => Key::UiOverviewClientNeeds,
            Tx::StrategicGoals => Key::UiOverviewStrategicGoals,
            Tx::CommunityGoals => Key::UiOverviewCommunityGoals,
            Tx::IndividualGoals => Key::UiOverviewIndividualGoals,
            Tx::OneGoalPerLine => Key::UiOverviewOneGoalPerLine,
            Tx::DatePlaceholder => Key::UiOverviewDatePlaceholder,
            Tx::BadDate => Key::UiOverviewBadDate,
            Tx::Figures => Key::UiOverviewFigures,
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
