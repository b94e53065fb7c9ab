//! The names of the model's enums in Finnish, Swedish and English: one exhaustive table per
//! enum, so a missing translation fails to compile.

use super::Language;
use crate::model::*;

/// A value with a name in every language.
pub trait Named {
    /// The name in the given language.
    fn name(&self, lang: Language) -> &'static str;
}

/// `names!(Enum { Variant => ("fi", "sv", "en"), ... })` implements `Named` with an exhaustive
/// match.
macro_rules! names {
    ($($ty:ty { $($variant:ident => ($fi:literal, $sv:literal, $en:literal)),* $(,)? })*) => {$(
        impl Named for $ty {
            fn name(&self, lang: Language) -> &'static str {
                match self {
                    $(<$ty>::$variant => lang.pick($fi, $sv, $en),)*
                }
            }
        }
    )*};
}

names! {
    PhaseKind {
        Strategy => ("Strategiavaihe", "Strategifas", "Strategy"),
        Formation => ("Allianssin muodostaminen", "Bildande av alliansen", "Formation"),
        Development => ("Kehitysvaihe", "Utvecklingsfas", "Development"),
        Service => ("Palveluvaihe", "Tjänstefas", "Service"),
    }
    ServiceRole {
        Accountable => ("Järjestäjä, vastuullinen", "Anordnare, ansvarig", "Accountable organiser"),
        Producer => ("Tuottaja", "Producent", "Producer"),
        Funder => ("Rahoittaja", "Finansiär", "Funder"),
        ProcurementUnit => ("Hankintayksikkö", "Upphandlingsenhet", "Procurement unit"),
        Consulted => ("Asiantuntija", "Konsulteras", "Consulted"),
        Informed => ("Tiedotettava", "Informeras", "Informed"),
    }
}
