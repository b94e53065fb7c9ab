//! Where a word may be hyphenated: Knuth–Liang patterns for Finnish, Swedish and English (the
//! TeX patterns, compiled into the `hypher` crate). A bilingual annex breaks a word only where
//! every one of its languages allows, so a Swedish word never takes a Finnish-only break.

use crate::i18n::annex::AnnexLanguage;
use hypher::Lang;

/// Letters kept together at the start and at the end of a word at the least (each language's
/// own minimum, from its TeX patterns, may be larger).
const LEFT_MIN: usize = 2;
const RIGHT_MIN: usize = 2;
/// Shorter words are not hyphenated, nor words in capitals (acronyms, "LUONNOS / UTKAST"): a
/// line ends before them instead.
const MIN_WORD: usize = 8;

/// The hyphenation languages of a document; none means words are never hyphenated (only
/// broken between characters when wider than a whole column).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hyphenation {
    langs: Vec<Lang>,
}

impl Hyphenation {
    /// The patterns for an annex language (both for the bilingual edition).
    pub fn for_annex(lang: AnnexLanguage) -> Hyphenation {
        let langs = match lang {
            AnnexLanguage::Fi => vec![Lang::Finnish],
            AnnexLanguage::Sv => vec![Lang::Swedish],
            AnnexLanguage::En => vec![Lang::English],
            AnnexLanguage::FiSv => vec![Lang::Finnish, Lang::Swedish],
        };
        Hyphenation { langs }
    }

    /// Byte offsets into `token` where a hyphen may go, ascending. Punctuation around the word
    /// ("(tiimi),") stays outside; a token holding digits or other marks inside, a word of
    /// fewer than `MIN_WORD` letters and a word in capitals are never broken.
    pub fn breaks(&self, token: &str) -> Vec<usize> {
        let Some(first) = self.langs.first() else { return Vec::new() };
        let start = token.find(char::is_alphabetic).unwrap_or(token.len());
        let end =
            token.rfind(char::is_alphabetic).map_or(start, |i| i + token[i..].chars().next().map_or(0, char::len_utf8));
        if start >= end {
            return Vec::new();
        }
        let word = &token[start..end];
        if !word.chars().all(char::is_alphabetic)
            || word.chars().count() < MIN_WORD
            || !word.chars().any(char::is_lowercase)
        {
            return Vec::new();
        }
        let points = |lang: Lang| -> Vec<usize> {
            let mut at = 0;
            let mut out = Vec::new();
            let (left, right) = lang.bounds();
            for syllable in hypher::hyphenate_bounded(word, lang, left.max(LEFT_MIN), right.max(RIGHT_MIN)) {
                at += syllable.len();
                // A one-letter syllable is not left at a line's end ("asia-kas"); a break
                // before it, often a compound's seam ("palvelu-ohjaus"), stays.
                if at < word.len() && syllable.chars().count() > 1 {
                    out.push(at);
                }
            }
            out
        };
        let mut common = points(*first);
        for &lang in &self.langs[1..] {
            let other = points(lang);
            common.retain(|b| other.contains(b));
        }
        common.into_iter().map(|b| b + start).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(h: &Hyphenation, word: &str) -> String {
        let mut out = String::new();
        let mut last = 0;
        for b in h.breaks(word) {
            out.push_str(&word[last..b]);
            out.push('-');
            last = b;
        }
        out.push_str(&word[last..]);
        out
    }

    /// Finnish compounds from the annexes break between syllables; Swedish and English by their
    /// own patterns; the bilingual edition only where both allow; numbers, codes and short
    /// words never.
    #[test]
    fn words_break_between_syllables_of_their_language() {
        let fi = Hyphenation::for_annex(AnnexLanguage::Fi);
        assert_eq!(split(&fi, "asiakastietojärjestelmä"), "asi-akas-tie-to-jär-jes-tel-mä");
        // The Finnish patterns follow syllables, not a compound's seam (työllisyys|alueen):
        // headings and headers therefore hyphenate only words wider than their column.
        assert_eq!(split(&fi, "työllisyysalueen"), "työl-li-syy-sa-lu-een");
        assert_eq!(split(&fi, "Vähimmäistaso"), "Vä-him-mäis-ta-so");
        assert_eq!(split(&fi, "palvelut"), "pal-ve-lut", "eight letters break, seven (below) do not");
        assert_eq!(split(&fi, "Erinomainen,"), "Eri-no-mai-nen,");
        assert_eq!(split(&fi, "(Projektitiimi)"), "(Pro-jek-ti-tii-mi)");
        let sv = Hyphenation::for_annex(AnnexLanguage::Sv);
        assert_eq!(split(&sv, "sysselsättningstjänster"), "sys-sel-sätt-nings-tjäns-ter");
        let en = Hyphenation::for_annex(AnnexLanguage::En);
        assert_eq!(split(&en, "hyphenation"), "hy-phen-ation");
        let both = Hyphenation::for_annex(AnnexLanguage::FiSv);
        for word in ["asiakastietojärjestelmä", "sysselsättningstjänster"] {
            let b = both.breaks(word);
            assert!(b.iter().all(|x| fi.breaks(word).contains(x) && sv.breaks(word).contains(x)), "{word}: {b:?}");
            assert!(b.len() >= 2, "{word} still breaks in the bilingual edition: {}", split(&both, word));
        }
        for never in ["2027-01-15", "0211675-2", "ELY2", "palvelu", "UTKAST", "TYÖLLISYYSPALVELUT", ""] {
            assert!(fi.breaks(never).is_empty(), "{never}");
        }
        assert!(Hyphenation::default().breaks("asiakastietojärjestelmä").is_empty());
    }
}
