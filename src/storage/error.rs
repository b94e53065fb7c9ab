//! Errors of loading and saving plan files, each with a plain-language sentence in fi/sv/en
//! that names the file (and line and column) and says what to do.

use super::{MAX_FILE_BYTES, SaveStep, VERSION};
use crate::i18n::Language;
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
        let at = |line: &usize, column: &usize| match lang {
            Language::Fi => format!("{file}, rivi {line}, sarake {column}"),
            Language::Sv => format!("{file}, rad {line}, kolumn {column}"),
            Language::En => format!("{file}, line {line}, column {column}"),
        };
        match self {
            Error::Read { source, .. } => {
                let source = io_reason(source, lang);
                lang.pick(
                format!("Tiedostoa {file} ei voi lukea ({source}). Tarkista, että tiedosto on olemassa ja sinulla on lukuoikeus."),
                format!("Filen {file} kan inte läsas ({source}). Kontrollera att filen finns och att du har läsrätt."),
                format!("Cannot read {file} ({source}). Check that the file exists and that you may read it."),
                )
            }
            Error::TooLarge { size, .. } => lang.pick(
                format!("Tiedosto {file} on liian suuri ({size} tavua, enintään {MAX_FILE_BYTES}). Se ei ole Allianssin suunnitelma tai se on vioittunut."),
                format!("Filen {file} är för stor ({size} byte, högst {MAX_FILE_BYTES}). Den är ingen Allianssi-plan eller är skadad."),
                format!("{file} is too large ({size} bytes, at most {MAX_FILE_BYTES}). It is not an Allianssi plan, or it is damaged."),
            ),
            Error::InvalidUtf8 { line, column, .. } => lang.pick(
                format!("{}: tiedostossa on merkki, joka ei ole UTF-8-tekstiä. Tallenna tiedosto UTF-8-muodossa tai avaa varmuuskopio.", at(line, column)),
                format!("{}: filen har ett tecken som inte är UTF-8-text. Spara filen som UTF-8 eller öppna säkerhetskopian.", at(line, column)),
                format!("{}: the file has a character that is not UTF-8 text. Save the file as UTF-8 or open the backup.", at(line, column)),
            ),
            Error::Parse { line, column, problem, .. } => lang.pick(
                format!("{}: {} Korjaa kohta tekstieditorissa tai avaa varmuuskopio (.bak).", at(line, column), problem.message(lang)),
                format!("{}: {} Rätta stället i en textredigerare eller öppna säkerhetskopian (.bak).", at(line, column), problem.message(lang)),
                format!("{}: {} Fix that place in a text editor or open the backup (.bak).", at(line, column), problem.message(lang)),
            ),
            Error::NotAPlan { .. } => lang.pick(
                format!("Tiedosto {file} ei ole Allianssin suunnitelma. Valitse .ron-tiedosto, jonka Allianssi on tallentanut."),
                format!("Filen {file} är ingen Allianssi-plan. Välj en .ron-fil som Allianssi har sparat."),
                format!("{file} is not an Allianssi plan. Choose a .ron file saved by Allianssi."),
            ),
            Error::UnknownVersion { version, .. } => lang.pick(
                format!("Tiedoston {file} muotoversio {version} on tuntematon. Tiedosto on vioittunut; avaa varmuuskopio."),
                format!("Filen {file} har okänd formatversion {version}. Filen är skadad; öppna säkerhetskopian."),
                format!("{file} has an unknown format version {version}. The file is damaged; open the backup."),
            ),
            Error::NewerVersion { version, line, column, .. } => {
                let at = at(line, column);
                lang.pick(
                format!("{at}: tiedosto on tehty Allianssin uudemmalla versiolla (muoto {version}, tämä ohjelma tuntee {VERSION}) ja sisältää tietoja, joita tämä versio ei tunne. Päivitä Allianssi."),
                format!("{at}: filen är gjord med en nyare version av Allianssi (format {version}, detta program känner {VERSION}) och har uppgifter som denna version inte känner. Uppdatera Allianssi."),
                format!("{at}: the file was made by a newer version of Allianssi (format {version}, this application knows {VERSION}) and holds data this version does not know. Update Allianssi."),
                )
            }
            Error::Serialize(e) => lang.pick(
                format!("Suunnitelmaa ei voitu muuttaa tekstiksi ({e}). Mitään ei tallennettu; ilmoita virheestä."),
                format!("Planen kunde inte skrivas som text ({e}). Inget sparades; rapportera felet."),
                format!("The plan could not be written as text ({e}). Nothing was saved; please report this."),
            ),
            Error::Verify { .. } => lang.pick(
                format!("Tallennus tiedostoon {file} keskeytettiin: tallennettava teksti ei lukeutunut takaisin samaksi suunnitelmaksi. Tiedostoa ei muutettu; ilmoita virheestä."),
                format!("Sparandet i {file} avbröts: texten lästes inte tillbaka som samma plan. Filen ändrades inte; rapportera felet."),
                format!("Saving to {file} was stopped: the text did not read back as the same plan. The file was not changed; please report this."),
            ),
            Error::Save { source, .. } => {
                let source = io_reason(source, lang);
                lang.pick(
                format!("Tiedostoon {file} ei voitu tallentaa ({source}). Aiempi tiedosto on ennallaan ja työsi on tallessa ohjelmassa. Tallenna toiseen paikkaan (Tallenna nimellä)."),
                format!("Det gick inte att spara i {file} ({source}). Den tidigare filen är oförändrad och ditt arbete finns kvar i programmet. Spara på ett annat ställe (Spara som)."),
                format!("Could not save to {file} ({source}). The earlier file is unchanged and your work is still in the application. Save somewhere else (Save As)."),
                )
            }
            Error::NewerOnDisk { version, .. } => lang.pick(
                format!("Tiedosto {file} on Allianssin uudemman version tekemä (muoto {version}); sitä ei korvata, jotta sen tiedot eivät katoa. Tallenna uudella nimellä."),
                format!("Filen {file} är gjord av en nyare version av Allianssi (format {version}); den skrivs inte över så att inga uppgifter går förlorade. Spara med ett nytt namn."),
                format!("{file} was made by a newer version of Allianssi (format {version}); it is not overwritten so that none of its data is lost. Save under a new name."),
            ),
            Error::ChangedOnDisk { .. } => lang.pick(
                format!("Tiedostoa {file} on muutettu levyllä sen jälkeen, kun avasit tai tallensit sen (toinen ohjelma tai henkilö). Sitä ei korvattu; työsi on tallessa ohjelmassa."),
                format!("Filen {file} har ändrats på disken sedan du öppnade eller sparade den (ett annat program eller en annan person). Den skrevs inte över; ditt arbete finns kvar i programmet."),
                format!("{file} has been changed on disk since you opened or saved it (by another program or person). It was not overwritten; your work is still in the application."),
            ),
        }
    }
}

/// The reason of an I/O error in the language, e.g. "tiedostoa ei ole".
pub fn io_reason(e: &std::io::Error, lang: Language) -> String {
    use std::io::ErrorKind as K;
    let (fi, sv, en) = match e.kind() {
        K::NotFound => ("tiedostoa tai kansiota ei ole", "filen eller mappen finns inte", "no such file or folder"),
        K::PermissionDenied => ("ei käyttöoikeutta", "åtkomst nekad", "permission denied"),
        K::StorageFull => ("levy on täynnä", "disken är full", "the disk is full"),
        K::ReadOnlyFilesystem => ("levy on vain luettava", "disken är skrivskyddad", "the disk is read-only"),
        K::AlreadyExists => ("tiedosto on jo olemassa", "filen finns redan", "the file already exists"),
        K::IsADirectory => ("se on kansio", "det är en mapp", "it is a folder"),
        _ => return e.to_string(),
    };
    lang.pick(fi, sv, en).to_string()
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
        match &self.0 {
            E::Eof => lang
                .pick(
                    "tiedosto loppuu kesken (se on katkennut).",
                    "filen tar slut för tidigt (den är avkortad).",
                    "the file ends too early (it is cut short).",
                )
                .to_string(),
            E::ExceededRecursionLimit => lang
                .pick(
                    "rakenne on sisäkkäinen liian syvästi.",
                    "strukturen är nästlad för djupt.",
                    "the structure is nested too deeply.",
                )
                .to_string(),
            E::IntegerOutOfBounds => lang
                .pick(
                    "luku on liian suuri tai pieni tähän kenttään.",
                    "talet är för stort eller litet för fältet.",
                    "the number is too large or too small for this field.",
                )
                .to_string(),
            E::NoSuchEnumVariant { found, expected, .. } => lang.pick(
                format!("arvo “{found}” ei ole sallittu; sallitut: {}.", expected.join(", ")),
                format!("värdet ”{found}” är inte tillåtet; tillåtna: {}.", expected.join(", ")),
                format!("the value “{found}” is not allowed; allowed: {}.", expected.join(", ")),
            ),
            E::NoSuchStructField { found, .. } => lang.pick(
                format!("tuntematon kenttä “{found}”."),
                format!("okänt fält ”{found}”."),
                format!("unknown field “{found}”."),
            ),
            E::MissingStructField { field, .. } => lang.pick(
                format!("kenttä “{field}” puuttuu."),
                format!("fältet ”{field}” saknas."),
                format!("the field “{field}” is missing."),
            ),
            E::DuplicateStructField { field, .. } => lang.pick(
                format!("kenttä “{field}” on kahdesti."),
                format!("fältet ”{field}” förekommer två gånger."),
                format!("the field “{field}” appears twice."),
            ),
            E::TrailingCharacters => lang
                .pick(
                    "suunnitelman jälkeen on ylimääräistä tekstiä.",
                    "efter planen finns extra text.",
                    "there is extra text after the plan.",
                )
                .to_string(),
            E::ExpectedInteger | E::InvalidIntegerDigit { .. } => lang
                .pick("tähän kuuluu kokonaisluku.", "här ska stå ett heltal.", "a whole number belongs here.")
                .to_string(),
            E::ExpectedString | E::ExpectedStringEnd => lang
                .pick(
                    "tähän kuuluu lainausmerkeissä oleva teksti.",
                    "här ska stå text inom citattecken.",
                    "a text in quotation marks belongs here.",
                )
                .to_string(),
            E::ExpectedBoolean => lang
                .pick("tähän kuuluu true tai false.", "här ska stå true eller false.", "true or false belongs here.")
                .to_string(),
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedStructLikeEnd => lang
                .pick(
                    "tähän kuuluu sulkeissa oleva rakenne ( … ).",
                    "här ska stå en struktur inom parentes ( … ).",
                    "a structure in brackets ( … ) belongs here.",
                )
                .to_string(),
            E::ExpectedArray | E::ExpectedArrayEnd => lang
                .pick(
                    "tähän kuuluu luettelo hakasulkeissa [ … ].",
                    "här ska stå en lista inom hakparentes [ … ].",
                    "a list in square brackets [ … ] belongs here.",
                )
                .to_string(),
            E::ExpectedComma | E::ExpectedMapColon | E::UnexpectedChar(_) | E::ExpectedIdentifier => lang
                .pick(
                    "odottamaton merkki; tiedoston rakenne on rikki tässä kohdassa.",
                    "oväntat tecken; filens struktur är trasig här.",
                    "an unexpected character; the file's structure is broken here.",
                )
                .to_string(),
            E::Message(m) => lang.pick(
                format!("arvo ei kelpaa: {m}."),
                format!("värdet duger inte: {m}."),
                format!("the value is not valid: {m}."),
            ),
            other => lang.pick(
                format!("tiedostossa on virhe ({other})."),
                format!("filen har ett fel ({other})."),
                format!("the file has an error ({other})."),
            ),
        }
    }
}
