//! Messages of spreadsheet import errors: the file, sheet, line and column, what is wrong and
//! what to do, in each language.

use super::{Error, Problem};
use crate::i18n::Language;

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
            lang.pick(format!(", sarake {c}"), format!(", kolumn {c}"), format!(", column {c}"))
        });
        let sheet = self.sheet.as_deref().map_or_else(String::new, |s| {
            lang.pick(format!(", taulukko {s}"), format!(", blad {s}"), format!(", sheet {s}"))
        });
        let line = if self.line == 0 {
            String::new()
        } else {
            lang.pick(format!(", rivi {}", self.line), format!(", rad {}", self.line), format!(", line {}", self.line))
        };
        let at = format!("{file}{sheet}{line}{col}");
        let what = match &self.problem {
            Problem::Encoding => lang.pick(
                "rivi ei jakaudu soluiksi (lainausmerkki jää auki?). Tallenna tiedosto Excelissä muodossa \u{201c}CSV UTF-8\u{201d} tai xlsx.".to_string(),
                "raden kan inte delas i celler (ett citattecken öppet?). Spara filen i Excel som \u{201d}CSV UTF-8\u{201d} eller xlsx.".to_string(),
                "the line cannot be split into cells (an open quote?). Save the file from Excel as \u{201c}CSV UTF-8\u{201d} or xlsx.".to_string(),
            ),
            Problem::Empty => lang.pick(
                "tiedosto on tyhjä; ensimmäisellä rivillä pitää olla otsikot.".to_string(),
                "filen är tom; första raden ska innehålla rubrikerna.".to_string(),
                "the file is empty; the first line must hold the column headers.".to_string(),
            ),
            Problem::Header { expected } => lang.pick(
                format!("otsikkorivillä ei ole yhtään tämän luettelon saraketta. Sarakkeet ovat: {expected}"),
                format!("rubrikraden har ingen av listans kolumner. Kolumnerna är: {expected}"),
                format!("the header row names none of this list's columns. The columns are: {expected}"),
            ),
            Problem::MissingColumn { name, expected } => lang.pick(
                format!("sarake \u{201c}{name}\u{201d} puuttuu otsikkoriviltä. Lisää se (sarakkeet: {expected})."),
                format!("kolumnen \u{201d}{name}\u{201d} saknas på rubrikraden. Lägg till den (kolumner: {expected})."),
                format!("the column \u{201c}{name}\u{201d} is missing from the header row. Add it (columns: {expected})."),
            ),
            Problem::DuplicateColumn(name) => lang.pick(
                format!("sarake \u{201c}{name}\u{201d} on otsikkorivillä kahdesti. Poista toinen."),
                format!("kolumnen \u{201d}{name}\u{201d} finns två gånger på rubrikraden. Ta bort den ena."),
                format!("the column \u{201c}{name}\u{201d} appears twice in the header row. Remove one."),
            ),
            Problem::ColumnCount { expected, found } => lang.pick(
                format!("rivillä on {found} saraketta, pitää olla {expected}. Erottimena on puolipiste (;)."),
                format!("raden har {found} kolumner, ska ha {expected}. Avgränsaren är semikolon (;)."),
                format!("the row has {found} columns, it must have {expected}. The separator is a semicolon (;)."),
            ),
            Problem::Missing => lang.pick(
                "arvo puuttuu; täytä solu.".to_string(),
                "värdet saknas; fyll i cellen.".to_string(),
                "the value is missing; fill in the cell.".to_string(),
            ),
            Problem::Money(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole rahamäärä. Kirjoita esim. 1234,50 (enintään kaksi desimaalia)."),
                format!("\u{201d}{s}\u{201d} är inte ett belopp. Skriv t.ex. 1234,50 (högst två decimaler)."),
                format!("\u{201c}{s}\u{201d} is not an amount. Write e.g. 1234,50 (at most two decimals)."),
            ),
            Problem::Number(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole luku. Kirjoita esim. 1,5."),
                format!("\u{201d}{s}\u{201d} är inte ett tal. Skriv t.ex. 1,5."),
                format!("\u{201c}{s}\u{201d} is not a number. Write e.g. 1,5."),
            ),
            Problem::Whole(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole kokonaisluku. Kirjoita esim. 3."),
                format!("\u{201d}{s}\u{201d} är inte ett heltal. Skriv t.ex. 3."),
                format!("\u{201c}{s}\u{201d} is not a whole number. Write e.g. 3."),
            ),
            Problem::TooLarge(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} on liian suuri: suurin rahamäärä on 100 000 000 000 €."),
                format!("\u{201d}{s}\u{201d} är för stort: det största beloppet är 100 000 000 000 €."),
                format!("\u{201c}{s}\u{201d} is too large: the largest amount is 100 000 000 000 €."),
            ),
            Problem::Negative(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} on negatiivinen; tähän käy vain nolla tai enemmän."),
                format!("\u{201d}{s}\u{201d} är negativt; här går bara noll eller mer."),
                format!("\u{201c}{s}\u{201d} is negative; only zero or more fits here."),
            ),
            Problem::Percent(s) => lang.pick(
                format!(
                    "\u{201c}{s}\u{201d} ei ole prosentti. Kirjoita esim. 12,5 (0–100, enintään kaksi desimaalia)."
                ),
                format!("\u{201d}{s}\u{201d} är inte en procentsats. Skriv t.ex. 12,5 (0–100, högst två decimaler)."),
                format!("\u{201c}{s}\u{201d} is not a percentage. Write e.g. 12,5 (0–100, at most two decimals)."),
            ),
            Problem::Date(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole päivämäärä. Kirjoita 2026-03-31 tai 31.3.2026, vuosi neljällä numerolla."),
                format!("\u{201d}{s}\u{201d} är inte ett datum. Skriv 2026-03-31 eller 31.3.2026, året med fyra siffror."),
                format!("\u{201c}{s}\u{201d} is not a date. Write 2026-03-31 or 31.3.2026, with a four-digit year."),
            ),
            Problem::YesNo(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole kyllä tai ei."),
                format!("\u{201d}{s}\u{201d} är inte ja eller nej."),
                format!("\u{201c}{s}\u{201d} is not yes or no."),
            ),
            Problem::Value { found, allowed } => lang.pick(
                format!("\u{201c}{found}\u{201d} ei ole sallittu arvo. Sallitut: {}.", allowed.join(", ")),
                format!("\u{201d}{found}\u{201d} är inte ett tillåtet värde. Tillåtna: {}.", allowed.join(", ")),
                format!("\u{201c}{found}\u{201d} is not an allowed value. Allowed: {}.", allowed.join(", ")),
            ),
            Problem::UnknownParty(s) => lang.pick(
                format!("osapuolta \u{201c}{s}\u{201d} ei ole suunnitelmassa. Lisää osapuoli ensin tai korjaa nimi."),
                format!("parten \u{201d}{s}\u{201d} finns inte i planen. Lägg först till parten eller rätta namnet."),
                format!("there is no party \u{201c}{s}\u{201d} in the plan. Add the party first or correct the name."),
            ),
            Problem::UnknownService(s) => lang.pick(
                format!("palvelua \u{201c}{s}\u{201d} ei ole suunnitelmassa. Lisää palvelu ensin tai korjaa nimi."),
                format!(
                    "tjänsten \u{201d}{s}\u{201d} finns inte i planen. Lägg först till tjänsten eller rätta namnet."
                ),
                format!(
                    "there is no service \u{201c}{s}\u{201d} in the plan. Add the service first or correct the name."
                ),
            ),
            Problem::UnknownMetric(s) => lang.pick(
                format!("mittaria \u{201c}{s}\u{201d} ei ole suunnitelmassa. Lisää mittari ensin (Mittarit) tai korjaa nimi."),
                format!("mätaren \u{201d}{s}\u{201d} finns inte i planen. Lägg först till mätaren (Mätare) eller rätta namnet."),
                format!("there is no metric \u{201c}{s}\u{201d} in the plan. Add the metric first (Metrics) or correct the name."),
            ),
            Problem::Period(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} ei ole jakso. Kirjoita kuukausi 2017-08, vuosineljännes 2017-Q3 tai vuosi 2017."),
                format!("\u{201d}{s}\u{201d} är ingen period. Skriv en månad 2017-08, ett kvartal 2017-Q3 eller ett år 2017."),
                format!("\u{201c}{s}\u{201d} is not a period. Write a month 2017-08, a quarter 2017-Q3 or a year 2017."),
            ),
            Problem::Duplicate(s) => lang.pick(
                format!("\u{201c}{s}\u{201d} on tiedostossa jo aiemmin. Poista toinen riveistä."),
                format!("\u{201d}{s}\u{201d} finns redan tidigare i filen. Ta bort den ena raden."),
                format!("\u{201c}{s}\u{201d} already appears earlier in the file. Remove one of the rows."),
            ),
            Problem::Other(texts) => lang.pick(texts[0].clone(), texts[1].clone(), texts[2].clone()),
        };
        let nothing = lang.pick("Mitään ei tuotu.", "Ingenting importerades.", "Nothing was imported.");
        format!("{at}: {what} {nothing}")
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
