//! `report`: the leadership group's follow-up report of one period as PDF (`--period 2027-Q3`,
//! `--out`, `--lang fi|sv|en`, by default the plan's annex languages). A period that cannot be
//! read exits 2 before anything is read or written; the file is written only when the PDF is
//! complete, through a temporary file and a rename.

use super::{CliResult, IO};
use crate::annex::AnnexLanguage;
use crate::followup::report;
use crate::i18n::{Key, Language, tr};
use crate::model::Period;
use crate::storage;
use std::io::Write;
use std::path::Path;

/// The arguments of `allianssi report`.
pub struct ReportArgs<'a> {
    pub file: &'a Path,
    pub period: &'a str,
    pub out: &'a Path,
    pub lang: Option<AnnexLanguage>,
}

pub fn report(a: &ReportArgs, out: &mut dyn Write) -> CliResult {
    let lang = a.lang.map_or(Language::Fi, AnnexLanguage::primary);
    let s = a.period.trim();
    let period: Period =
        s.parse().map_err(|_| (IO, tr(lang, Key::CliReportBadPeriod, &[("input", s.to_string().into())])))?;
    let loaded = storage::load(a.file).map_err(|e| (IO, e.message(lang)))?;
    let plan = &loaded.plan;
    let edition = a.lang.unwrap_or_else(|| report::language(plan));
    let lang = edition.primary();
    let bytes = report::report(plan, period, edition).map_err(|e| (IO, e.message(lang)))?;
    super::export::write_pdf(a.out, &bytes, lang, out)
}
