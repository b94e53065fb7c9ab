//! Interface texts of comparing and merging plan versions in the window (the header's
//! versions menu, the comparison by view, the merge with its base choice, accepted changes and
//! decided conflicts): `Cm` names each label, and its key gives the message in the catalogues
//! (`i18n/<code>/ui-compare.ftl`); functions fill the sentences with names and numbers.

use crate::i18n::{Key, Language, text, tr};

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
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            Cm::Menu => Key::UiCompareMenu,
            Cm::CompareWith => Key::UiCompareCompareWith,
            Cm::MergeFrom => Key::UiCompareMergeFrom,
            Cm::CompareTitle => Key::UiCompareCompareTitle,
            Cm::MergeTitle => Key::UiCompareMergeTitle,
            Cm::Reading => Key::UiCompareReading,
            Cm::Merging => Key::UiCompareMerging,
            Cm::Same => Key::UiCompareSame,
            Cm::Jump => Key::UiCompareJump,
            Cm::Close => Key::UiCompareClose,
            Cm::Failed => Key::UiCompareFailed,
            Cm::ChooseBase => Key::UiCompareChooseBase,
            Cm::BaseHint => Key::UiCompareBaseHint,
            Cm::BaseBackup => Key::UiCompareBaseBackup,
            Cm::BaseBaseline => Key::UiCompareBaseBaseline,
            Cm::BaseFile => Key::UiCompareBaseFile,
            Cm::Changes => Key::UiCompareChanges,
            Cm::Conflicts => Key::UiCompareConflicts,
            Cm::Accept => Key::UiCompareAccept,
            Cm::Reject => Key::UiCompareReject,
            Cm::Base => Key::UiCompareBase,
            Cm::Ours => Key::UiCompareOurs,
            Cm::Theirs => Key::UiCompareTheirs,
            Cm::Apply => Key::UiCompareApply,
            Cm::Cancel => Key::UiCompareCancel,
            Cm::Broke => Key::UiCompareBroke,
            Cm::NothingToMerge => Key::UiCompareNothingToMerge,
            Cm::ReadOnly => Key::UiCompareReadOnly,
            Cm::OtherArea => Key::UiCompareOtherArea,
            Cm::Added => Key::UiCompareAdded,
            Cm::Removed => Key::UiCompareRemoved,
        }
    }
}

/// The line under the comparison's title: "Avoin suunnitelma → versio2.ron: 3 muutosta".
pub fn compared(file: &str, n: usize, lang: Language) -> String {
    tr(lang, Key::UiCompareCompared, &[("file", file.into()), ("n", n.into())])
}

/// The line under the merge's title: where theirs and the base come from.
pub fn merging(theirs: &str, base: &str, lang: Language) -> String {
    tr(lang, Key::UiCompareMergingLine, &[("theirs", theirs.into()), ("base", base.into())])
}

/// The name of the newest baseline as a base: "perustaso 12.3.2026".
pub fn baseline(date: &str, lang: Language) -> String {
    tr(lang, Key::UiCompareBaseline, &[("date", date.into())])
}

/// Why two versions could not be merged.
pub fn invalid(why: &str, lang: Language) -> String {
    tr(lang, Key::UiCompareInvalid, &[("why", why.into())])
}

/// The notice after a merge.
pub fn merged(file: &str, taken: usize, lang: Language) -> String {
    tr(lang, Key::UiCompareMerged, &[("taken", taken.into()), ("file", file.into())])
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
