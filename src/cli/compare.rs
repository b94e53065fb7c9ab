//! `allianssi diff` and `allianssi merge` (also as a git merge driver): plan versions compared
//! and merged by meaning (`compare`). Exit codes: diff 0 equal, 1 different, 2 bad input;
//! merge 0 merged (and written), 1 conflicts left undecided (nothing written), 2 bad input.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::compare::merge::{self, Side};
use crate::compare::{self, text};
use crate::i18n::{self, Key, Language, tr};
use crate::storage;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

#[derive(Serialize)]
struct JsonChange {
    path: String,
    object: String,
    field: String,
    old: String,
    new: String,
    old_value: Option<serde_json::Value>,
    new_value: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct JsonConflict {
    path: String,
    object: String,
    field: String,
    base: String,
    ours: String,
    theirs: String,
}

fn load(path: &Path, lang: Language) -> Result<crate::model::Plan, (u8, String)> {
    storage::load(path).map(|l| l.plan).map_err(|e| (IO, e.message(lang)))
}

/// One line of a change, e.g. `Osapuoli Tampere: yhteyshenkilö › sähköposti: “a” → “b”`; a
/// whole row added or removed says so (from the change itself, not its formatted values).
fn line(c: &compare::Change, lang: Language) -> String {
    let d = text::change(c, lang);
    let what = if d.field.is_empty() { d.object.clone() } else { format!("{}: {}", d.object, d.field) };
    match (&c.old, &c.new) {
        (None, Some(_)) if d.field.is_empty() => format!("{what}: {}", i18n::text(lang, Key::CliDiffAdded)),
        (Some(_), None) if d.field.is_empty() => format!("{what}: {}", i18n::text(lang, Key::CliDiffRemoved)),
        _ => format!("{what}: {} → {}", d.values[0], d.values[1]),
    }
}

/// `allianssi diff A B`.
pub fn diff(a: &Path, b: &Path, json: bool, lang: Language, out: &mut dyn Write) -> CliResult {
    let (pa, pb) = (load(a, lang)?, load(b, lang)?);
    let changes = compare::diff(&pa, &pb);
    if json {
        let list: Vec<JsonChange> = changes
            .iter()
            .map(|c| {
                let d = text::change(c, lang);
                JsonChange {
                    path: c.path_text(),
                    object: d.object,
                    field: d.field,
                    old: d.values[0].clone(),
                    new: d.values[1].clone(),
                    old_value: c.old.clone(),
                    new_value: c.new.clone(),
                }
            })
            .collect();
        let report = serde_json::json!({ "equal": changes.is_empty(), "changes": list });
        writeln!(out, "{report}").map_err(write_failed)?;
    } else {
        for c in &changes {
            writeln!(out, "{}", line(c, lang)).map_err(write_failed)?;
        }
        let n = changes.len();
        let summary = if n == 0 {
            i18n::text(lang, Key::CliDiffSame).to_string()
        } else {
            tr(lang, Key::CliDiffChanges, &[("count", n.to_string().into())])
        };
        writeln!(out, "{summary}").map_err(write_failed)?;
    }
    Ok(if changes.is_empty() { OK } else { INVALID })
}

/// What `merge` is asked to do.
pub struct MergeArgs<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    /// Where the result goes (the `--git` driver: `ours`).
    pub out: &'a Path,
    /// Run as git's merge driver: the result replaces git's temporary file, with no `.bak`.
    pub git: bool,
    pub decide: Option<Side>,
    pub json: bool,
    pub lang: Language,
}

/// `allianssi merge BASE OURS THEIRS --out OUT`.
pub fn merge(args: &MergeArgs, out: &mut dyn Write, err: &mut dyn Write) -> CliResult {
    let lang = args.lang;
    let (base, ours, theirs) = (load(args.base, lang)?, load(args.ours, lang)?, load(args.theirs, lang)?);
    let merged = merge::merge(&base, &ours, &theirs, args.decide).map_err(|e| {
        let what = i18n::text(lang, Key::CliMergeInvalid);
        (INVALID, format!("{what}: {}", e.0))
    })?;
    let undecided = !merged.conflicts.is_empty() && args.decide.is_none();
    let conflicts: Vec<text::Described> = merged.conflicts.iter().map(|c| text::conflict(c, lang)).collect();
    if args.json {
        let list: Vec<JsonConflict> = merged
            .conflicts
            .iter()
            .zip(&conflicts)
            .map(|(c, d)| JsonConflict {
                path: compare::path_text(&c.path),
                object: d.object.clone(),
                field: d.field.clone(),
                base: d.values[0].clone(),
                ours: d.values[1].clone(),
                theirs: d.values[2].clone(),
            })
            .collect();
        let broke: Vec<String> = merged.broke.iter().map(|f| format!("[{}] {}", f.code(), f.message(lang))).collect();
        let report = serde_json::json!({
            "merged": !undecided,
            "conflicts": list,
            "renumbered": merged.renumbered,
            "broke": broke,
        });
        writeln!(out, "{report}").map_err(write_failed)?;
    } else {
        for d in &conflicts {
            let (b, o, t) = (&d.values[0], &d.values[1], &d.values[2]);
            let words = (
                i18n::text(lang, Key::CliMergeBase),
                i18n::text(lang, Key::CliMergeOurs),
                i18n::text(lang, Key::CliMergeTheirs),
            );
            let what = if d.field.is_empty() { d.object.clone() } else { format!("{}: {}", d.object, d.field) };
            let lead = i18n::text(lang, Key::CliMergeConflict);
            // The driver's messages go to the terminal git writes to.
            writeln!(err, "{lead}: {what}: {} {b}, {} {o}, {} {t}", words.0, words.1, words.2).map_err(write_failed)?;
        }
        for f in &merged.broke {
            let lead = i18n::text(lang, Key::CliMergeBroke);
            writeln!(out, "{lead}: [{}] {}", f.code(), f.message(lang)).map_err(write_failed)?;
        }
    }
    if undecided {
        let n = merged.conflicts.len();
        let hint = tr(lang, Key::CliMergeUndecided, &[("count", n.to_string().into())]);
        writeln!(err, "{hint}").map_err(write_failed)?;
        return Ok(INVALID);
    }
    // Saving over a plan keeps the previous file as `.bak`, except for git's temporary file.
    let options = storage::SaveOptions { backup: !args.git, ..Default::default() };
    storage::save_with(&merged.plan, args.out, &options).map_err(|e| (IO, e.message(lang)))?;
    if !args.json {
        let n = merged.conflicts.len();
        let done = tr(
            lang,
            Key::CliMerged,
            &[("path", args.out.display().to_string().into()), ("count", n.to_string().into())],
        );
        writeln!(out, "{done}").map_err(write_failed)?;
    }
    Ok(OK)
}
