//! `export`: the contract annexes of a plan as one PDF (`--annex N|all`, `--lang fi|sv|en|fi+sv`,
//! `--date`). The file is written only when the PDF is complete, through a temporary file and a
//! rename, so a failure never leaves half a file or overwrites a good one.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::annex::{self, AnnexLanguage, Options};
use crate::i18n::{Key, Language, tr};
use crate::storage;
use std::io::Write;
use std::path::Path;

/// The arguments of `allianssi export`.
pub struct ExportArgs<'a> {
    pub file: &'a Path,
    pub annex: &'a str,
    pub lang: AnnexLanguage,
    pub out: &'a Path,
    pub date: Option<&'a str>,
    pub include_closed: bool,
}

pub fn export(a: &ExportArgs, out: &mut dyn Write) -> CliResult {
    let lang = a.lang.primary();
    let date = match a.date {
        Some(s) => Some(
            crate::csvio::parse_date(s)
                .filter(|_| s.contains('-'))
                .ok_or_else(|| (INVALID, tr(lang, Key::CliExportBadDate, &[("input", s.to_string().into())])))?,
        ),
        None => None,
    };
    let loaded = storage::load(a.file).map_err(|e| (IO, e.message(lang)))?;
    let plan = &loaded.plan;
    let annexes = annex::select(plan, a.annex).map_err(|e| (INVALID, e.message(lang)))?;
    let date = date.or(plan.meta.date).unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut opts = Options::new(plan, annexes, a.lang, date);
    opts.include_closed_risks = a.include_closed;
    let bytes = annex::export(plan, &opts).map_err(|e| (IO, e.message(lang)))?;
    write_pdf(a.out, &bytes, lang, out)
}

/// Writes a PDF with the one atomic writer and says where and how large, in the language.
pub(super) fn write_pdf(path: &Path, bytes: &[u8], lang: Language, out: &mut dyn Write) -> CliResult {
    crate::storage::write_bytes_atomic(path, bytes).map_err(|e| {
        let p = path.display();
        (IO, tr(lang, Key::CliCannotWrite, &[("path", p.to_string().into()), ("error", e.to_string().into())]))
    })?;
    let p = path.display();
    let kb = bytes.len().div_ceil(1024);
    let done = tr(lang, Key::CliWroteSize, &[("path", p.to_string().into()), ("kilobytes", kb.to_string().into())]);
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}
