//! Errors of loading and saving plan files, each with a plain-language sentence in fi/sv/en
//! that names the file (and line and column) and says what to do.

use super::{MAX_FILE_BYTES, SaveStep, VERSION};
use crate::i18n::{Arg, Key, Language, text, tr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What went wrong while loading or saving a plan file. `Clone`, so it can travel in messages.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read the file: {source}", path.display())]
    Read { path: PathBuf, source: Arc<std::io::Error> },
    #[error("{}: the file is {size} bytes, more than a plan can be ({MAX_FILE_BYTES})", path.display())]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{line}:{column}: the file is not UTF-8 text", path.display())]
    InvalidUtf8 { path: PathBuf, line: usize, column: usize },
    #[error("{}:{line}:{column}: {problem}", path.display())]
    Parse { path: PathBuf, line: usize, column: usize, problem: ParseProblem },
    #[error("{}: the file is not an Allianssi plan", path.display())]
    NotAPlan { path: PathBuf },
    #[error("{}: unknown format version {version}", path.display())]
    UnknownVersion { path: PathBuf, version: u32 },
    #[error("{}:{line}:{column}: the file is of format version {version}, newer than this application's {VERSION}, and has content it does not know", path.display())]
    NewerVersion { path: PathBuf, version: u32, line: usize, column: usize },
    #[error("cannot write the plan as text: {0}")]
    Serialize(String),
    #[error("{}: the saved text did not read back equal to the plan; nothing was written", path.display())]
    Verify { path: PathBuf },
    #[error("{}: saving failed at step {step:?}: {source}", path.display())]
    Save { path: PathBuf, step: SaveStep, source: Arc<std::io::Error> },
    #[error("{}: the file on disk is of format version {version}, newer than this application's; it is not overwritten", path.display())]
    NewerOnDisk { path: PathBuf, version: u32 },
    #[error("{}: the file has changed on disk since it was opened or saved; it is not overwritten", path.display())]
    ChangedOnDisk { path: PathBuf },
}

impl Error {
    pub(crate) fn read(path: &Path, e: std::io::Error) -> Error {
        Error::Read { path: path.to_path_buf(), source: Arc::new(e) }
    }

    pub(crate) fn save(path: &Path, step: SaveStep, e: std::io::Error) -> Error {
        Error::Save { path: path.to_path_buf(), step, source: Arc::new(e) }
    }

    /// Whether the error came from saving (the work is still in the application and can be
    /// saved elsewhere).
    pub fn is_save_error(&self) -> bool {
        matches!(
            self,
            Error::Save { .. } | Error::Verify { .. } | Error::NewerOnDisk { .. } | Error::ChangedOnDisk { .. }
        )
    }

    /// The file the error is about.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Error::Serialize(_) => None,
            Error::Read { path, .. }
            | Error::TooLarge { path, .. }
            | Error::InvalidUtf8 { path, .. }
            | Error::Parse { path, .. }
            | Error::NotAPlan { path }
            | Error::UnknownVersion { path, .. }
            | Error::NewerVersion { path, .. }
            | Error::Verify { path }
            | Error::Save { path, .. }
            | Error::NewerOnDisk { path, .. }
            | Error::ChangedOnDisk { path } => Some(path),
        }
    }

    /// Line and column, for errors that have them.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Error::InvalidUtf8 { line, column, .. }
            | Error::Parse { line, column, .. }
            | Error::NewerVersion { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    /// One or two sentences for the user: what happened, to which file, and what to do.
    pub fn message(&self, lang: Language) -> String {
        let file = self.path().map(|p| p.display().to_string()).unwrap_or_default();
        let at = |line: &usize, column: &usize| {
            tr(
                lang,
                Key::StorageAt,
                &[
                    ("file", file.as_str().into()),
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                ],
            )
        };
        let f = || -> (&str, Arg) { ("file", file.as_str().into()) };
        match self {
            Error::Read { source, .. } => {
                tr(lang, Key::StorageRead, &[f(), ("source", io_reason(source, lang).into())])
            }
            Error::TooLarge { size, .. } => tr(
                lang,
                Key::StorageTooLarge,
                &[f(), ("size", size.to_string().into()), ("max", MAX_FILE_BYTES.to_string().into())],
            ),
            Error::InvalidUtf8 { line, column, .. } => {
                tr(lang, Key::StorageNotUtf8, &[("at", at(line, column).into())])
            }
            Error::Parse { line, column, problem, .. } => tr(
                lang,
                Key::StorageParse,
                &[("at", at(line, column).into()), ("problem", problem.message(lang).into())],
            ),
            Error::NotAPlan { .. } => tr(lang, Key::StorageNotAPlan, &[f()]),
            Error::UnknownVersion { version, .. } => {
                tr(lang, Key::StorageUnknownVersion, &[f(), ("version", version.to_string().into())])
            }
            Error::NewerVersion { version, line, column, .. } => tr(
                lang,
                Key::StorageNewerVersion,
                &[
                    ("at", at(line, column).into()),
                    ("version", version.to_string().into()),
                    ("known", VERSION.to_string().into()),
                ],
            ),
            Error::Serialize(e) => tr(lang, Key::StorageSerialize, &[("error", e.into())]),
            Error::Verify { .. } => tr(lang, Key::StorageVerify, &[f()]),
            Error::Save { source, .. } => {
                tr(lang, Key::StorageSave, &[f(), ("source", io_reason(source, lang).into())])
            }
            Error::NewerOnDisk { version, .. } => {
                tr(lang, Key::StorageNewerOnDisk, &[f(), ("version", version.to_string().into())])
            }
            Error::ChangedOnDisk { .. } => tr(lang, Key::StorageChangedOnDisk, &[f()]),
        }
    }
}

/// The reason of an I/O error in the language, e.g. "tiedostoa ei ole".
pub fn io_reason(e: &std::io::Error, lang: Language) -> String {
    use std::io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => Key::StorageIoNotFound,
        K::PermissionDenied => Key::StorageIoPermissionDenied,
        K::StorageFull => Key::StorageIoStorageFull,
        K::ReadOnlyFilesystem => Key::StorageIoReadOnly,
        K::AlreadyExists => Key::StorageIoAlreadyExists,
        K::IsADirectory => Key::StorageIoIsADirectory,
        _ => return e.to_string(),
    };
    text(lang, key).to_string()
}

/// What the parser found wrong, in words a non-programmer understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseProblem(ron::Error);

impl From<ron::Error> for ParseProblem {
    fn from(e: ron::Error) -> Self {
        ParseProblem(e)
    }
}

impl std::fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl ParseProblem {
    /// A sentence in the language; the parser's own words are kept for the rarer cases.
    pub fn message(&self, lang: Language) -> String {
        use ron::Error as E;
        let key = match &self.0 {
            E::Eof => Key::StorageParseEof,
            E::ExceededRecursionLimit => Key::StorageParseRecursion,
            E::IntegerOutOfBounds => Key::StorageParseIntegerOutOfBounds,
            E::NoSuchEnumVariant { found, expected, .. } => {
                return tr(
                    lang,
                    Key::StorageParseNoSuchVariant,
                    &[("found", found.as_str().into()), ("expected", expected.join(", ").into())],
                );
            }
            E::NoSuchStructField { found, .. } => {
                return tr(lang, Key::StorageParseUnknownField, &[("found", found.as_str().into())]);
            }
            E::MissingStructField { field, .. } => {
                return tr(lang, Key::StorageParseMissingField, &[("field", Arg::from(&**field))]);
            }
            E::DuplicateStructField { field, .. } => {
                return tr(lang, Key::StorageParseDuplicateField, &[("field", Arg::from(&**field))]);
            }
            E::TrailingCharacters => Key::StorageParseTrailing,
            E::ExpectedInteger | E::InvalidIntegerDigit { .. } => Key::StorageParseExpectedInteger,
            E::ExpectedString | E::ExpectedStringEnd => Key::StorageParseExpectedString,
            E::ExpectedBoolean => Key::StorageParseExpectedBoolean,
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedStructLikeEnd => {
                Key::StorageParseExpectedStruct
            }
            E::ExpectedArray | E::ExpectedArrayEnd => Key::StorageParseExpectedArray,
            E::ExpectedComma | E::ExpectedMapColon | E::UnexpectedChar(_) | E::ExpectedIdentifier => {
                Key::StorageParseUnexpectedChar
            }
            E::Message(m) => return tr(lang, Key::StorageParseMessage, &[("message", m.into())]),
            other => return tr(lang, Key::StorageParseOther, &[("error", other.to_string().into())]),
        };
        text(lang, key).to_string()
    }
}
