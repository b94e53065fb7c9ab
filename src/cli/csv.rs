//! `import-csv` and `export-csv`: parties, services with their matrix cells, budget lines and
//! risks to and from semicolon-separated UTF-8. An import writes the plan only when every row
//! is good; otherwise it names the bad line and leaves the plan file untouched.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::csvio::Kind;
use crate::i18n::Language;
use crate::storage;
use std::io::Write;
use std::path::Path;

/// The largest CSV file read (64 MiB): bigger ones are refused before reading.
const MAX_CSV: u64 = 64 * 1024 * 1024;

pub fn import(kind: Kind, csv: &Path, plan_path: &Path, lang: Language, out: &mut dyn Write) -> CliResult {
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
    let bytes = read_csv(csv, lang)?;
    let file = csv.display().to_string();
    let plan = kind.import(&loaded.plan, &bytes).map_err(|e| (INVALID, e.message(&file, lang)))?;
    storage::save(&plan, plan_path).map_err(|e| (IO, e.message(lang)))?;
    let p = plan_path.display();
    let done = lang.pick(
        format!("Tuotiin {file} tiedostoon {p}."),
        format!("Importerade {file} till {p}."),
        format!("Imported {file} into {p}."),
    );
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}

pub fn export(kind: Kind, plan_path: &Path, csv: &Path, lang: Language, out: &mut dyn Write) -> CliResult {
    let loaded = storage::load(plan_path).map_err(|e| (IO, e.message(lang)))?;
    let text = kind.export(&loaded.plan);
    storage::write_bytes_atomic(csv, text.as_bytes()).map_err(|e| {
        let p = csv.display();
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
        format!("Kirjoitettiin {}.", csv.display()),
        format!("Skrev {}.", csv.display()),
        format!("Wrote {}.", csv.display()),
    );
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}

fn read_csv(path: &Path, lang: Language) -> Result<Vec<u8>, (u8, String)> {
    let p = path.display();
    let fail = |reason: String| {
        (
            IO,
            lang.pick(
                format!("Tiedostoa {p} ei voi lukea: {reason}."),
                format!("Filen {p} kan inte läsas: {reason}."),
                format!("Cannot read {p}: {reason}."),
            ),
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(fail(lang.pick("se ei ole tiedosto", "det är inte en fil", "it is not a file").to_string()));
    }
    if meta.len() > MAX_CSV {
        return Err(fail(lang.pick("yli 64 MiB", "över 64 MiB", "over 64 MiB").to_string()));
    }
    std::fs::read(path).map_err(|e| fail(e.to_string()))
}
