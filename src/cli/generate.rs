//! `generate`: writes a generated plan of the size asked (see `crate::generate`) to a new file;
//! never overwrites a file (exit 1), exit 2 when the file cannot be written.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::generate::{self, GenerateOptions};
use crate::i18n::{Key, Language, tr};
use crate::storage;
use std::io::Write;
use std::path::Path;

/// The largest counts accepted, so that a typo cannot fill the disk or the memory.
const MAX_PARTIES: usize = 10_000;
const MAX_ROWS: usize = 1_000_000;

pub fn generate(opts: &GenerateOptions, path: &Path, lang: Language, out: &mut dyn Write) -> CliResult {
    let limits = [
        ("--parties", opts.parties, 1, MAX_PARTIES),
        ("--services", opts.services, 0, MAX_ROWS),
        ("--risks", opts.risks, 0, MAX_ROWS),
        ("--budget-lines", opts.budget_lines, 0, MAX_ROWS),
        ("--months", opts.months, 0, 1_200),
    ];
    for (flag, n, lo, hi) in limits {
        if n < lo || n > hi {
            return Err((
                INVALID,
                tr(
                    lang,
                    Key::CliGenerateOutOfRange,
                    &[
                        ("flag", flag.to_string().into()),
                        ("value", n.to_string().into()),
                        ("min", lo.to_string().into()),
                        ("max", hi.to_string().into()),
                    ],
                ),
            ));
        }
    }
    super::refuse_existing(path, lang)?;
    let plan = generate::generate(opts);
    storage::save(&plan, path).map_err(|e| (IO, e.message(lang)))?;
    let p = path.display();
    let (a, s, r, b) = (opts.parties, opts.services, opts.risks, opts.budget_lines);
    let done = tr(
        lang,
        Key::CliGenerated,
        &[
            ("path", p.to_string().into()),
            ("parties", a.to_string().into()),
            ("services", s.to_string().into()),
            ("risks", r.to_string().into()),
            ("lines", b.to_string().into()),
        ],
    );
    writeln!(out, "{done}").map_err(write_failed)?;
    Ok(OK)
}
