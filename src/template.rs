//! Built-in starting plans, embedded in the binary and also saved under `fixtures/`: the
//! Tampere-region start-up advice alliance and the South Ostrobothnia employment case, historical
//! cases dated in their own time (2018–2022, the draft growth-services law), and an employment-area
//! alliance in today's setting. The worked example of the
//! domain guide (§4) is built here too, for the fixtures and the commercial-model tests.

mod builder;
mod employment_area;
pub mod followup_example;
mod south_ostrobothnia;
mod tampere;
mod worked_example;

#[cfg(test)]
mod tests;

use crate::i18n::Language;
use crate::model::{Bp, Plan};

/// A built-in starting plan.
pub struct Template {
    /// The name used on the command line, e.g. `tampere-startup`.
    pub name: &'static str,
    /// The plan's own name (`meta.name` of the built plan), shown without building it.
    pub title: &'static str,
    /// One line describing the plan, in fi, sv, en.
    pub description: [&'static str; 3],
    /// Builds the plan.
    pub build: fn() -> Plan,
}

impl Template {
    pub fn description(&self, lang: Language) -> &'static str {
        lang.pick(self.description[0], self.description[1], self.description[2])
    }
}

static TEMPLATES: [Template; 3] = [
    Template {
        name: "tampere-startup",
        title: "Tampereen seudun starttiallianssi 2018",
        description: [
            "Historiallinen tapaus 2018–2022 (kasvupalvelulakiluonnos, ei voimassa): maakunta, neljä kuntaa ja niiden yritysneuvontayhtiö, \
             tarjouskilpailulla valittu neuvontatuottaja ja palvelusetelit",
            "Historiskt fall 2018–2022 (utkastet till tillväxttjänstlag, aldrig i kraft): landskapet, fyra kommuner och deras rådgivningsbolag, \
             en upphandlad rådgivningsproducent och servicesedlar",
            "Historical case 2018–2022 (the draft growth-services law, never in force): the region, four municipalities and their \
             business-advice company, a tendered advice producer and service vouchers",
        ],
        build: tampere::build,
    },
    Template {
        name: "etela-pohjanmaa",
        title: "Seinäjoen työllisyysallianssi 2018",
        description: [
            "Historiallinen tapaus 2018–2022 (kasvupalvelulakiluonnos, ei voimassa): Seinäjoki, TE-toimisto, ELY-keskus, Sedu, \
             Kela ja kaksi tuottajaa – kunkin palvelut ja resurssit (€, htv)",
            "Historiskt fall 2018–2022 (utkastet till tillväxttjänstlag, aldrig i kraft): Seinäjoki, TE-byrån, NTM-centralen, Sedu, \
             FPA och två producenter – var och ens tjänster och resurser (€, årsverken)",
            "Historical case 2018–2022 (the draft growth-services law, never in force): Seinäjoki, the TE office, the ELY centre, the Sedu college, \
             Kela and two producers – each one's services and resources (€, person-years)",
        ],
        build: south_ostrobothnia::build,
    },
    Template {
        name: "tyollisyysalue",
        title: "Hämeenlinnan seudun työllisyysallianssi",
        description: [
            "Työllisyysalueen allianssi (nykytila): vastuukunta, naapurikunnat, hyvinvointialue, \
             elinvoimakeskus, Kela, ammattiopisto, yritys- ja järjestötuottaja",
            "Allians för ett sysselsättningsområde (i dag): ansvarskommunen, grannkommuner, \
             välfärdsområdet, livskraftscentralen, FPA, yrkesinstitutet, en företags- och en organisationsproducent",
            "Employment-area alliance (today): host municipality, neighbouring municipalities, wellbeing \
             services county, vitality centre, Kela, a college, a private and a third-sector producer",
        ],
        build: employment_area::build,
    },
];

/// Every template, in the order they are listed.
pub fn all() -> &'static [Template] {
    &TEMPLATES
}

/// The template with this name.
pub fn find(name: &str) -> Option<&'static Template> {
    all().iter().find(|t| t.name == name)
}

/// The worked examples of domain guide §4 as a plan, with the producers' share of both gain
/// and pain set to `gain_pain_share` (`Bp(5000)` for example 1 and 2, `Bp(3000)` for the
/// 30/70 variants). Not listed by `all()`; saved as `fixtures/worked-example*.ron`.
pub fn worked_example(gain_pain_share: Bp) -> Plan {
    worked_example::build(gain_pain_share)
}

/// The worked example 50/50 in its service phase, with measurements, reported costs and an
/// estimate of the rest (`followup_example`). Not listed by `all()`; saved as
/// `fixtures/followup-example.ron`.
pub fn followup_example() -> Plan {
    followup_example::build()
}
