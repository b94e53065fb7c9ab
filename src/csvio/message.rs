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
    #[test]
    fn letters() {
        for (at, s) in [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")] {
            assert_eq!(super::letters(at), s);
        }
    }
}
