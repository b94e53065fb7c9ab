//! Whole files in and out: a CSV file holds one list (named by the caller or recognised by its
//! header), a workbook a sheet per list (recognised by the sheet's name in any language). The
//! window and the command line both import and export through here.

use super::merge::{Counts, Imported, Note, Options};
use super::table::{self, Format, Table};
use super::{Error, Kind, Problem};
use crate::i18n::{Key, Language, text, tr};
use crate::model::Plan;
use std::path::Path;

/// The largest spreadsheet read (64 MiB): bigger ones are refused before reading.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A spreadsheet file's bytes for `import` (the window and the command line read through
/// here), or a sentence in the language saying why they cannot be read.
pub fn read(path: &Path, lang: Language) -> Result<Vec<u8>, String> {
    let p = path.display();
    let fail =
        |reason: &str| tr(lang, Key::CsvReadFailed, &[("path", p.to_string().into()), ("reason", reason.into())]);
    let meta = std::fs::metadata(path).map_err(|e| fail(&e.to_string()))?;
    if !meta.is_file() {
        return Err(fail(text(lang, Key::CsvReadNotFile)));
    }
    if meta.len() > MAX_BYTES {
        return Err(fail(text(lang, Key::CsvReadTooLarge)));
    }
    std::fs::read(path).map_err(|e| fail(&e.to_string()))
}

/// The outcome of importing a file: the plan as it would be, the counts of each list it
/// touched, and notes (with the sheet they are about).
#[derive(Debug, Clone)]
pub struct FileImport {
    pub plan: Plan,
    pub lists: Vec<(Kind, Counts)>,
    pub notes: Vec<(Option<String>, Note)>,
}

impl FileImport {
    /// Whether the import changes the plan.
    pub fn changes(&self) -> bool {
        self.lists.iter().any(|(_, c)| c.changes())
    }
}

/// The list whose columns a header row names best (every column it needs, the most columns).
pub fn guess(table: &Table) -> Option<Kind> {
    let head = table.rows.first()?;
    Kind::ALL
        .into_iter()
        .filter_map(|k| {
            let cols = k.columns();
            let found: Vec<usize> = head.cells.iter().filter_map(|c| super::columns::find(cols, c)).collect();
            let needs = cols.iter().enumerate().filter(|(_, c)| c.required).all(|(i, _)| found.contains(&i));
            (needs && !found.is_empty()).then_some((found.len(), k))
        })
        .max_by_key(|(n, _)| *n)
        .map(|(_, k)| k)
}

/// Imports a file's lists into the plan; `kind` limits a workbook to one list and names the
/// list of a CSV file (else recognised by its header). The plan given is not changed.
pub fn import(plan: &Plan, bytes: &[u8], kind: Option<Kind>, options: Options) -> Result<FileImport, Error> {
    let mut out = FileImport { plan: plan.clone(), lists: Vec::new(), notes: Vec::new() };
    // The bytes decide (a file's name may say otherwise): a zip is a workbook, the rest CSV.
    match Format::sniff(bytes) {
        Format::Csv => {
            let t = table::csv(bytes)?;
            let kind = kind.or_else(|| guess(&t)).ok_or_else(|| unknown_list(&t))?;
            add(&mut out, kind, &t, options)?;
        }
        Format::Xlsx | Format::Ods => {
            let sheets = table::workbook(bytes)?;
            let single = sheets.len() == 1;
            for t in &sheets {
                let name = t.sheet.clone().unwrap_or_default();
                let of_sheet = Kind::of_sheet(&name).or_else(|| if single { kind.or_else(|| guess(t)) } else { None });
                match (of_sheet, kind) {
                    (Some(k), Some(wanted)) if k != wanted => {}
                    (Some(k), _) => add(&mut out, k, t, options)?,
                    (None, _) => out.notes.push((None, Note::IgnoredSheet(name))),
                }
            }
            if out.lists.is_empty() {
                return Err(Error::at(
                    0,
                    None,
                    Problem::per_language(|lang| {
                        tr(lang, Key::CsvNoListSheet, &[("sheets", sheet_names(lang).into())])
                    }),
                ));
            }
        }
    }
    Ok(out)
}

/// The lists' sheet names in a language: "Osapuolet, Palvelut, …".
fn sheet_names(lang: Language) -> String {
    use crate::i18n::Named;
    Kind::ALL.iter().map(|k| k.name(lang)).collect::<Vec<_>>().join(", ")
}

fn add(out: &mut FileImport, kind: Kind, t: &Table, options: Options) -> Result<(), Error> {
    let Imported { plan, counts, notes } = kind.import_table(&out.plan, t, options)?;
    out.plan = plan;
    out.lists.push((kind, counts));
    out.notes.extend(notes.into_iter().map(|n| (t.sheet.clone(), n)));
    Ok(())
}

fn unknown_list(t: &Table) -> Error {
    let line = t.rows.first().map_or(1, |l| l.line);
    Error::at(line, None, Problem::message(Key::CsvUnknownList, &[]))
}

/// A file of the plan's lists in the format its name asks for: xlsx or ods with a sheet per
/// list (or only `kind`), CSV with one list (`kind` required).
pub fn export(plan: &Plan, name: &str, kind: Option<Kind>) -> Result<Vec<u8>, ExportError> {
    let format = Format::of_name(name).ok_or(ExportError::Format)?;
    match (format, kind) {
        (Format::Csv, None) => Err(ExportError::NeedsKind),
        (Format::Csv, Some(k)) => Ok(super::sheet::csv_file(plan, k)),
        (f, k) => {
            let kinds: Vec<Kind> = k.map_or_else(|| Kind::ALL.to_vec(), |k| vec![k]);
            super::sheet::workbook(plan, &kinds, f).map_err(ExportError::Write)
        }
    }
}

/// Why an export could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The name ends in none of .xlsx, .ods, .csv.
    Format,
    /// A CSV file holds one list: name it.
    NeedsKind,
    /// The workbook could not be built.
    Write(String),
}

impl ExportError {
    pub fn message(&self, lang: crate::i18n::Language) -> String {
        match self {
            ExportError::Format => text(lang, Key::CsvExportFormat).to_string(),
            ExportError::NeedsKind => text(lang, Key::CsvExportNeedsKind).to_string(),
            ExportError::Write(e) => tr(lang, Key::CsvExportWrite, &[("error", e.into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_recognised_by_their_headers() {
        let t = |s: &str| table::csv(s.as_bytes()).unwrap();
        assert_eq!(guess(&t("osapuoli;kustannuslaji;vuosi;summa €\n")), Some(Kind::Budget));
        assert_eq!(guess(&t("party;category;year;amount\n")), Some(Kind::Budget));
        assert_eq!(guess(&t("Koodi;Otsikko\n")), Some(Kind::Risks));
        assert_eq!(guess(&t("palvelu;osapuoli;rooli\n")), Some(Kind::Services));
        assert_eq!(guess(&t("nimi;tyyppi;y-tunnus\n")), Some(Kind::Parties));
        assert_eq!(guess(&t("nimi;tavoitetaso;paino %\n")), Some(Kind::Metrics));
        assert_eq!(guess(&t("mittari;alue;jakso;työttömät;palveluissa\n")), Some(Kind::Measurements));
        assert_eq!(guess(&t("mätare;period;värde\n")), Some(Kind::Measurements));
        assert_eq!(guess(&t("osapuoli;kustannuslaji;jakso;summa €\n")), Some(Kind::Actuals));
        assert_eq!(guess(&t("x;y\n")), None);
    }
}
