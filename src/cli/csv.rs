//! `import-sheet` and `export-sheet` (and the one-list `import-csv` and `export-csv`): the
//! plan's lists to and from xlsx, ods and CSV. An import writes the plan only when every row is
//! good, prints what it added, updated and kept, and with `--dry-run` writes nothing.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::csvio::{Kind, Options, file};
use crate::i18n::{Key, Language, Named, text, tr};
use crate::storage;
use std::io::Write;
use std::path::Path;

/// How to import: which list, whether to replace, whether to write.
pub struct How {
    pub kind: Option<Kind>,
    pub options: Options,
    pub dry_run: bool,
}

pub fn import(sheet: &Path, plan_path: &Path, how: How, lang: Language, out: &mut dyn Write) -> CliResult {
    let loaded = storage::load(plan_path).map_err(|e| (IO, e.message(lang)))?;
    if loaded.newer {
        return Err((INVALID, tr(lang, Key::CliImportNewer, &[("path", plan_path.display().to_string().into())])));
    }
    let bytes = file::read(sheet, lang).map_err(|e| (IO, e))?;
    let name = sheet.display().to_string();
    let done =
        file::import(&loaded.plan, &bytes, how.kind, how.options).map_err(|e| (INVALID, e.message(&name, lang)))?;
    for (kind, counts) in &done.lists {
        writeln!(out, "{}: {}.", kind.name(lang), counts.message(lang)).map_err(write_failed)?;
    }
    for (sheet, note) in &done.notes {
        let at = sheet.as_ref().map_or_else(String::new, |s| format!("{s}: "));
        let line = tr(lang, Key::CliImportNote, &[("place", at.into()), ("note", note.message(lang).into())]);
        writeln!(out, "{line}").map_err(write_failed)?;
    }
    let p = plan_path.display();
    if how.dry_run {
        let msg = text(lang, Key::CliImportDryRun);
        writeln!(out, "{msg}").map_err(write_failed)?;
        return Ok(OK);
    }
    if !done.changes() {
        let msg = tr(lang, Key::CliImportUpToDate, &[("path", p.to_string().into())]);
        writeln!(out, "{msg}").map_err(write_failed)?;
        return Ok(OK);
    }
    storage::save(&done.plan, plan_path).map_err(|e| (IO, e.message(lang)))?;
    let msg = tr(lang, Key::CliImported, &[("name", name.to_string().into()), ("path", p.to_string().into())]);
    writeln!(out, "{msg}").map_err(write_failed)?;
    Ok(OK)
}

pub fn export(kind: Option<Kind>, plan_path: &Path, path: &Path, lang: Language, out: &mut dyn Write) -> CliResult {
    let loaded = storage::load(plan_path).map_err(|e| (IO, e.message(lang)))?;
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let bytes = file::export(&loaded.plan, &name, kind).map_err(|e| (INVALID, e.message(lang)))?;
    storage::write_bytes_atomic(path, &bytes).map_err(|e| {
        let p = path.display();
        (IO, tr(lang, Key::CliCannotWrite, &[("path", p.to_string().into()), ("error", e.to_string().into())]))
    })?;
    let done = tr(lang, Key::CliWrote, &[("path", path.display().to_string().into())]);
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}
