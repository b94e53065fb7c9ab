//! Messages of spreadsheet import errors: the file, sheet, line and column, what is wrong and
//! what to do, in each language.

use super::{Error, Problem};
use crate::i18n::{Key, Language, text, tr};

impl Error {
    pub fn at(line: usize, column: Option<&str>, problem: Problem) -> Error {
        Error { line, column: column.map(str::to_string), position: None, sheet: None, problem }
    }

    /// A sentence for people: the file, line, column, what is wrong and what to do.
    pub fn message(&self, file: &str, lang: Language) -> String {
        let col = self.column.as_deref().map_or_else(String::new, |c| {
            let c = match self.position {
                Some(at) => format!("{} ({c})", letters(at as usize)),
                None => c.to_string(),
            };
            tr(lang, Key::CsvAtColumn, &[("column", c.into())])
        });
        let sheet =
            self.sheet.as_deref().map_or_else(String::new, |s| tr(lang, Key::CsvAtSheet, &[("sheet", s.into())]));
        let line = if self.line == 0 {
            String::new()
        } else {
            tr(lang, Key::CsvAtLine, &[("line", self.line.to_string().into())])
        };
        let at = format!("{file}{sheet}{line}{col}");
        let value = |key: Key, s: &str| tr(lang, key, &[("value", s.into())]);
        let name = |key: Key, s: &str| tr(lang, key, &[("name", s.into())]);
        let what = match &self.problem {
            Problem::Encoding => text(lang, Key::CsvEncoding).to_string(),
            Problem::Empty => text(lang, Key::CsvEmpty).to_string(),
            Problem::Header { expected } => tr(lang, Key::CsvHeader, &[("expected", expected.into())]),
            Problem::MissingColumn { name, expected } => {
                tr(lang, Key::CsvMissingColumn, &[("name", name.into()), ("expected", expected.into())])
            }
            Problem::DuplicateColumn(n) => name(Key::CsvDuplicateColumn, n),
            Problem::ColumnCount { expected, found } => tr(
                lang,
                Key::CsvColumnCount,
                &[("found", found.to_string().into()), ("expected", expected.to_string().into())],
            ),
            Problem::Missing => text(lang, Key::CsvMissing).to_string(),
            Problem::Money(s) => value(Key::CsvMoney, s),
            Problem::Number(s) => value(Key::CsvNumber, s),
            Problem::Whole(s) => value(Key::CsvWhole, s),
            Problem::TooLarge(s) => value(Key::CsvTooLarge, s),
            Problem::Negative(s) => value(Key::CsvNegative, s),
            Problem::Percent(s) => value(Key::CsvPercent, s),
            Problem::Date(s) => value(Key::CsvDate, s),
            Problem::YesNo(s) => value(Key::CsvYesNo, s),
            Problem::Value { found, allowed } => {
                tr(lang, Key::CsvValue, &[("found", found.into()), ("allowed", allowed.join(", ").into())])
            }
            Problem::UnknownParty(s) => name(Key::CsvUnknownParty, s),
            Problem::UnknownService(s) => name(Key::CsvUnknownService, s),
            Problem::UnknownMetric(s) => name(Key::CsvUnknownMetric, s),
            Problem::Period(s) => value(Key::CsvPeriod, s),
            Problem::Duplicate(s) => value(Key::CsvDuplicate, s),
            Problem::Other(texts) => {
                let i = Language::ALL.iter().position(|&l| l == lang).unwrap_or(0);
                texts[i].clone()
            }
        };
        tr(lang, Key::CsvError, &[("at", at.into()), ("what", what.into())])
    }
}

/// A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA.
pub fn letters(mut at: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (at % 26) as u8);
        if at < 26 {
            break;
        }
        at = at / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::file::ExportError;
    use super::super::merge::{Counts, Note};
    use super::super::table::Encoding;
    use super::super::{Error, Problem};
    use crate::i18n::{Key, Language};

    fn every_problem() -> Vec<Problem> {
        let s = || "x".to_string();
        vec![
            Problem::Encoding,
            Problem::Empty,
            Problem::Header { expected: s() },
            Problem::MissingColumn { name: s(), expected: s() },
            Problem::DuplicateColumn(s()),
            Problem::ColumnCount { expected: 2, found: 3 },
            Problem::Missing,
            Problem::Money(s()),
            Problem::Number(s()),
            Problem::Whole(s()),
            Problem::TooLarge(s()),
            Problem::Negative(s()),
            Problem::Percent(s()),
            Problem::Date(s()),
            Problem::YesNo(s()),
            Problem::Value { found: s(), allowed: vec!["a", "b"] },
            Problem::UnknownParty(s()),
            Problem::UnknownService(s()),
            Problem::UnknownMetric(s()),
            Problem::Period(s()),
            Problem::Duplicate(s()),
            Problem::message(Key::CsvYearRange, &[("year", "x".into())]),
            Problem::message(Key::CsvUnknownCategory, &[("code", "x".into()), ("codes", "y".into())]),
            Problem::message(
                Key::CsvAlreadyOnLine,
                &[("what", "x".into()), ("first", "2".into()), ("line", "3".into())],
            ),
            Problem::message(Key::CsvServiceDiffers, &[("name", "x".into()), ("first", "2".into())]),
            Problem::message(Key::CsvActualTwoWays, &[]),
            Problem::message(Key::CsvUnreadableWorkbook, &[("error", "x".into())]),
            Problem::message(Key::CsvNoListSheet, &[("sheets", "x".into())]),
            Problem::message(Key::CsvUnknownList, &[]),
        ]
    }

    /// Every import error, count, note and export error fills all its placeables in every language.
    #[test]
    fn every_message_fills_its_placeables_in_every_language() {
        let counts = Counts { added: 1, updated: 2, unchanged: 3, kept: 4, removed: 5 };
        for p in every_problem() {
            let e = Error { line: 3, column: Some("c".into()), position: Some(2), sheet: Some("s".into()), problem: p };
            let texts: Vec<String> = Language::ALL.iter().map(|&l| e.message("f.csv", l)).collect();
            for (l, text) in Language::ALL.iter().zip(&texts) {
                assert!(!text.contains('{') && !text.contains('}') && !text.contains("csv-"), "{e:?} {l}: {text}");
            }
            assert_ne!(texts[0], texts[2], "{e:?} is not translated");
        }
        let notes = [
            Note::IgnoredColumn("c".into()),
            Note::Totals(4),
            Note::Encoding(Encoding::Windows1252),
            Note::IgnoredSheet("s".into()),
            Note::Empty,
        ];
        let exports = [ExportError::Format, ExportError::NeedsKind, ExportError::Write("x".into())];
        for l in Language::ALL {
            let texts = notes.iter().map(|n| n.message(l)).chain(exports.iter().map(|e| e.message(l)));
            for text in texts.chain([counts.message(l)]) {
                assert!(!text.contains('{') && !text.contains('}') && !text.contains("csv-"), "{l}: {text}");
            }
        }
        assert_eq!(
            counts.message(Language::Fi),
            "1 lisätty, 2 päivitetty, 3 ennallaan, 4 vain suunnitelmassa (säilytetty), 5 poistettu"
        );
    }

    #[test]
    fn letters() {
        for (at, s) in [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")] {
            assert_eq!(super::letters(at), s);
        }
    }
}
