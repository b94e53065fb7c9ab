//! The texts of the file-safety dialogs and banners (a file held by someone else, a file changed
//! on disk, a failed save), in Finnish, Swedish and English.

use crate::i18n::Language;
use crate::storage::lock::LockInfo;

/// A fixed text of the dialogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    LockedTitle,
    StaleTitle,
    OpenReadOnly,
    OpenCopy,
    TakeOver,
    Cancel,
    ChangedTitle,
    ChangedBody,
    Overwrite,
    SaveElsewhere,
}

impl T {
    #[cfg(test)]
    pub const ALL: &'static [T] = &[
        T::LockedTitle,
        T::StaleTitle,
        T::OpenReadOnly,
        T::OpenCopy,
        T::TakeOver,
        T::Cancel,
        T::ChangedTitle,
        T::ChangedBody,
        T::Overwrite,
        T::SaveElsewhere,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        match lang {
            Language::Fi => match self {
                T::LockedTitle => "Suunnitelma on toisen käytössä",
                T::StaleTitle => "Suunnitelma jäi lukituksi",
                T::OpenReadOnly => "Avaa vain luettavaksi",
                T::OpenCopy => "Avaa kopiona",
                T::TakeOver => "Ota lukitus itselle",
                T::Cancel => "Peruuta",
                T::ChangedTitle => "Tiedostoa on muutettu levyllä",
                T::ChangedBody => {
                    "Joku muu tai toinen ohjelma on tallentanut tiedoston sen jälkeen, kun avasit tai tallensit sen. Jos korvaat sen, hänen muutoksensa katoavat. Työsi on tallessa ohjelmassa."
                }
                T::Overwrite => "Korvaa tiedosto",
                T::SaveElsewhere => "Tallenna nimellä…",
            },
            Language::Sv => match self {
                T::LockedTitle => "Planen används av någon annan",
                T::StaleTitle => "Planen förblev låst",
                T::OpenReadOnly => "Öppna skrivskyddad",
                T::OpenCopy => "Öppna som kopia",
                T::TakeOver => "Ta över låset",
                T::Cancel => "Avbryt",
                T::ChangedTitle => "Filen har ändrats på disken",
                T::ChangedBody => {
                    "Någon annan eller ett annat program har sparat filen efter att du öppnade eller sparade den. Om du skriver över den går deras ändringar förlorade. Ditt arbete finns kvar i programmet."
                }
                T::Overwrite => "Skriv över filen",
                T::SaveElsewhere => "Spara som…",
            },
            Language::En => match self {
                T::LockedTitle => "The plan is in use by someone else",
                T::StaleTitle => "The plan was left locked",
                T::OpenReadOnly => "Open read-only",
                T::OpenCopy => "Open as a copy",
                T::TakeOver => "Take over the lock",
                T::Cancel => "Cancel",
                T::ChangedTitle => "The file has changed on disk",
                T::ChangedBody => {
                    "Someone else or another program has saved the file since you opened or saved it. If you overwrite it, their changes are lost. Your work is still in the application."
                }
                T::Overwrite => "Overwrite the file",
                T::SaveElsewhere => "Save As…",
            },
        }
    }
}

/// "user on host (since 12.5.2026 klo 9.30)", or "someone" when the lock file cannot be read.
pub fn holder(info: Option<&LockInfo>, lang: Language) -> String {
    let Some(i) = info else {
        return lang.pick("joku muu", "någon annan", "someone else").to_string();
    };
    let when = crate::i18n::format::date_time(i.since, lang);
    lang.pick(
        format!("{} koneella {} (prosessi {}, {when} alkaen)", i.user, i.host, i.pid),
        format!("{} på datorn {} (process {}, sedan {when})", i.user, i.host, i.pid),
        format!("{} on {} (process {}, since {when})", i.user, i.host, i.pid),
    )
}

/// The body of the dialog shown when a file being opened is locked.
pub fn locked_body(file: &str, info: Option<&LockInfo>, stale: bool, lang: Language) -> String {
    let who = holder(info, lang);
    if stale {
        lang.pick(
            format!("Tiedoston {file} lukitsi {who}, mutta sitä ohjelmaa ei enää ole käynnissä (se on ehkä kaatunut). Voit ottaa lukituksen itsellesi ja muokata, avata tiedoston vain luettavaksi tai avata kopion."),
            format!("Filen {file} låstes av {who}, men det programmet körs inte längre (det har kanske kraschat). Du kan ta över låset och redigera, öppna filen skrivskyddad eller öppna en kopia."),
            format!("{file} was locked by {who}, but that program is no longer running (it may have crashed). You can take over the lock and edit, open the file read-only, or open a copy."),
        )
    } else {
        lang.pick(
            format!("Tiedosto {file} on auki muokattavana: {who}. Voit avata sen vain luettavaksi tai avata kopion, jonka tallennat eri nimellä."),
            format!("Filen {file} är öppen för redigering: {who}. Du kan öppna den skrivskyddad eller öppna en kopia som du sparar under ett annat namn."),
            format!("{file} is open for editing: {who}. You can open it read-only, or open a copy to save under another name."),
        )
    }
}

/// The banner over a plan opened read-only because someone holds it.
pub fn locked_banner(info: Option<&LockInfo>, lang: Language) -> String {
    let who = holder(info, lang);
    lang.pick(
        format!(
            "Vain luku: tiedosto on auki muokattavana ({who}). Tallenna muutokset omaan tiedostoon (Tallenna nimellä)."
        ),
        format!("Skrivskyddad: filen är öppen för redigering ({who}). Spara ändringar i en egen fil (Spara som)."),
        format!("Read-only: the file is open for editing ({who}). Save changes to a file of your own (Save As)."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_written_in_every_language() {
        for &t in T::ALL {
            let texts: Vec<&str> = Language::ALL.iter().map(|&l| t.get(l)).collect();
            assert!(texts.iter().all(|s| !s.trim().is_empty()), "{t:?}");
            assert!(texts[0] != texts[2], "{t:?} is not translated");
        }
    }
}
