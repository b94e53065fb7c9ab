//! Plan files: the RON envelope `(format: "allianssi-plan", version: 1, plan: (...))`, loading
//! untrusted files with plain-language errors (file, line, column), and atomic saving.

mod atomic;
mod error;
pub mod hash;
pub mod lock;
mod parallel;
mod serialise;
#[cfg(feature = "fault-injection")]
#[doc(hidden)]
pub mod stress;
mod verify;

#[cfg(feature = "fault-injection")]
pub use atomic::inject_fault;
pub use atomic::{SaveOptions, SaveStep, leftover_temp_files};
pub use error::{Error, ParseProblem};
pub use hash::ContentHash;

use crate::model::Plan;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The format name every plan file starts with.
pub const FORMAT: &str = "allianssi-plan";
/// The format version this build writes.
pub const VERSION: u32 = 1;
/// Files larger than this are refused before they are read (128 MiB; a generated plan of 200
/// parties, 500 services, 20 000 cost lines and 10 000 risks is 26 MB).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;
/// How deep RON may nest; the plan itself needs about 12 levels.
pub const RECURSION_LIMIT: usize = 64;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    plan: &'a Plan,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    plan: Plan,
}

/// Only the envelope's header; the plan is skipped.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// A plan read from text or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub plan: Plan,
    /// The file's format version.
    pub version: u32,
    /// Set when the file was written by a newer version: it must not be saved over.
    pub newer: bool,
    /// The hash of the text as read, to notice later whether the file changed on disk.
    pub hash: ContentHash,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// One level of indentation in a plan file.
const INDENT: &str = "    ";

/// The plan as the text of a file (pretty RON, fixed layout, trailing newline).
pub fn to_string(plan: &Plan) -> Result<String, Error> {
    serialise::to_string(plan)
}

/// Writes bytes that are not a plan (CSV, PDF, settings, the recovery copy) with the plans'
/// atomic writer: a temp file with a unique name in the same folder, fsync, a rename and an
/// fsync of the folder; a failure never leaves half a file or replaces a good one.
pub fn write_bytes_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    atomic::write_bytes(path, bytes)
}

/// Parses the text of a plan file. `path` is only used in error messages.
pub fn parse(text: &str, path: &Path) -> Result<Loaded, Error> {
    let hash = ContentHash::of(text.as_bytes());
    let parsed = parse_text(text, path)?;
    Ok(Loaded { plan: parsed.plan, version: parsed.version, newer: parsed.version > VERSION, hash })
}

/// A plan parsed from text, before its hash is known.
struct Parsed {
    plan: Plan,
    version: u32,
}

/// `parse` without the content hash (the save's read-back check needs only the plan).
fn parse_text(text: &str, path: &Path) -> Result<Parsed, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text: Cow<str> = if text.contains('\r') { Cow::Owned(text.replace("\r\n", "\n")) } else { Cow::Borrowed(text) };
    let parse_error = |e: ron::error::SpannedError| Error::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        problem: ParseProblem::from(e.code),
    };
    match ron_options().from_str::<Envelope>(&text) {
        Ok(env) => {
            if env.format != FORMAT {
                return Err(Error::NotAPlan { path: path.to_path_buf() });
            }
            if env.version == 0 {
                return Err(Error::UnknownVersion { path: path.to_path_buf(), version: 0 });
            }
            let mut plan = env.plan;
            normalise(&mut plan);
            Ok(Parsed { plan, version: env.version })
        }
        Err(full) => match ron_options().from_str::<Header>(&text) {
            Ok(h) if h.format != FORMAT => Err(Error::NotAPlan { path: path.to_path_buf() }),
            Ok(h) if h.version > VERSION => Err(Error::NewerVersion {
                path: path.to_path_buf(),
                version: h.version,
                line: full.span.start.line,
                column: full.span.start.col,
            }),
            _ => Err(parse_error(full)),
        },
    }
}

/// How far into a file the header is looked for before the whole text is parsed.
pub(crate) const HEADER_SPAN: usize = 4096;

/// The format version of a plan file's text, reading only its header (`None`: not a plan).
/// Files as this program writes them have `format` and `version` before `plan`: only the text
/// before `plan:` is parsed, so a large plan is not parsed a second time on every save. Any
/// other layout falls back to parsing the whole text.
pub(crate) fn header_version(text: &str) -> Option<u32> {
    if let Some(found) = head_version(text.as_bytes()) {
        return found;
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text: Cow<str> = if text.contains('\r') { Cow::Owned(text.replace("\r\n", "\n")) } else { Cow::Borrowed(text) };
    ron_options().from_str::<Header>(&text).ok().filter(|h| h.format == FORMAT).map(|h| h.version)
}

/// The format version from the first `HEADER_SPAN` bytes of a file: `Some(Some(v))` for a plan
/// of version `v`, `Some(None)` for a RON file of another format, `None` when the head does not
/// tell (no `plan:` in it, or not a header written as this program writes it).
pub(crate) fn head_version(bytes: &[u8]) -> Option<Option<u32>> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let span = &bytes[..bytes.len().min(HEADER_SPAN)];
    let at = span.windows(5).position(|w| w == b"plan:")?;
    let head = std::str::from_utf8(&span[..at]).ok()?;
    let h = ron_options().from_str::<Header>(&format!("{})", head.replace("\r\n", "\n"))).ok()?;
    Some((h.format == FORMAT).then_some(h.version))
}

/// Repairs what cannot be wrong in a well-formed plan without changing its content: the next
/// free id moves past every id in use, the follow-up lists are sorted by key, and rows of the cost list written before they had ids
/// get them (in list order, so the same file always gets the same ids).
fn normalise(plan: &mut Plan) {
    if let Some(max) = plan.all_ids().into_iter().max() {
        plan.next_id = plan.next_id.max(max.saturating_add(1));
    }
    crate::model::budget::assign_category_ids(&mut plan.budget.cost_categories);
    // The follow-up lists are kept in key order; a file edited by hand may have them in any
    // order (a key given twice stays, and `rules` reports it).
    let _ = plan.followup.normalise();
    for b in &mut plan.baselines {
        normalise(&mut b.plan);
    }
}

/// Reads a file whole, refusing it before reading when it is over `MAX_FILE_BYTES`.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>, Error> {
    let io = |e: std::io::Error| Error::read(path, e);
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(Error::read(path, std::io::Error::other("is a folder")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::TooLarge { path: path.to_path_buf(), size: meta.len() });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::TooLarge { path: path.to_path_buf(), size: bytes.len() as u64 });
    }
    Ok(bytes)
}

/// Checks that bytes are UTF-8, naming the line and column of the first bad byte.
pub(crate) fn utf8<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        Error::InvalidUtf8 { path: path.to_path_buf(), line, column }
    })
}

/// Loads a plan file. Never writes anything.
pub fn load(path: &Path) -> Result<Loaded, Error> {
    let bytes = read_capped(path)?;
    parse(utf8(&bytes, path)?, path)
}

/// Saves a plan atomically (see `atomic`): on any failure the file on disk is as it was.
pub fn save(plan: &Plan, path: &Path) -> Result<(), Error> {
    atomic::save(plan, path, &SaveOptions::default(), None).map(|_| ())
}

/// `save` with options (backup on or off; fault injection in test builds).
pub fn save_with(plan: &Plan, path: &Path, options: &SaveOptions) -> Result<(), Error> {
    atomic::save(plan, path, options, None).map(|_| ())
}

/// `save`, but first checks that the file on disk still has the content it had when it was
/// loaded or last saved (`expected`), giving `Error::ChangedOnDisk` otherwise; `None` saves
/// over whatever is there. Returns the hash of the new content.
pub fn save_checked(plan: &Plan, path: &Path, expected: Option<ContentHash>) -> Result<ContentHash, Error> {
    atomic::save(plan, path, &SaveOptions::default(), expected)
}

/// Where the previous version of a file is kept when it is saved over: `plan.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}
