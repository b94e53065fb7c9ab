//! `import-sheet` and `export-sheet` (and the one-list `import-csv` and `export-csv`): the
//! plan's lists to and from xlsx, ods and CSV. An import writes the plan only when every row is
//! good, prints what it added, updated and kept, and with `--dry-run` writes nothing.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::csvio::{Kind, Options, file};
use crate::i18n::{Language, Named};
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
        return Err((
            INVALID,
            lang.pick(
                format!("{} on tehty uudemmalla versiolla, eikä sitä muuteta.", plan_path.display()),
                format!("{} är gjord med en nyare version och ändras inte.", plan_path.display()),
                format!("{} was made by a newer version and is not changed.", plan_path.display()),
            ),
        ));
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
        writeln!(out, "{}{at}{}.", lang.pick("Huom. ", "Obs. ", "Note: "), note.message(lang)).map_err(write_failed)?;
    }
    let p = plan_path.display();
    if how.dry_run {
        let msg = lang.pick(
            "Kokeilu: suunnitelmaa ei muutettu.",
            "Provkörning: planen ändrades inte.",
            "Dry run: the plan was not changed.",
        );
        writeln!(out, "{msg}").map_err(write_failed)?;
        return Ok(OK);
    }
    if !done.changes() {
        let msg = lang.pick(
            format!("{p} on jo ajan tasalla; mitään ei muutettu."),
            format!("{p} är redan aktuell; ingenting ändrades."),
            format!("{p} is already up to date; nothing was changed."),
        );
        writeln!(out, "{msg}").map_err(write_failed)?;
        return Ok(OK);
    }
    storage::save(&done.plan, plan_path).map_err(|e| (IO, e.message(lang)))?;
    let msg = lang.pick(
        format!("Tuotiin {name} tiedostoon {p}."),
        format!("Importerade {name} till {p}."),
        format!("Imported {name} into {p}."),
    );
    writeln!(out, "{msg}").map_err(write_failed)?;
    Ok(OK)
}

pub fn export(kind: Option<Kind>, plan_path: &Path, path: &Path, lang: Language, out: &mut dyn Write) -> CliResult {
    let loaded = storage::load(plan_path).map_err(|e| (IO, e.message(lang)))?;
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let bytes = file::export(&loaded.plan, &name, kind).map_err(|e| (INVALID, e.message(lang)))?;
    storage::write_bytes_atomic(path, &bytes).map_err(|e| {
        let p = path.display();
        (
            IO,
            lang.pick(
                format!("Tiedostoon {p} ei voi kirjoittaa: {e}. Valitse toinen kansio."),
                format!("Det går inte att skriva till {p}: {e}. Välj en annan mapp."),
                format!("Cannot write {p}: {e}. Choose another folder."),
            ),
        )
    })?;
    let done = lang.pick(
        format!("Kirjoitettiin {}.", path.display()),
        format!("Skrev {}.", path.display()),
        format!("Wrote {}.", path.display()),
    );
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}
