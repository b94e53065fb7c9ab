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

use crate::i18n::{Key, Language, text};
use crate::model::{Bp, Plan};

/// A built-in starting plan.
pub struct Template {
    /// The name used on the command line, e.g. `tampere-startup`.
    pub name: &'static str,
    /// The plan's own name (`meta.name` of the built plan), shown without building it.
    pub title: &'static str,
    /// One line describing the plan, in the catalogue (`cli-template-<name>`).
    pub description: Key,
    /// Builds the plan.
    pub build: fn() -> Plan,
}

impl Template {
    pub fn description(&self, lang: Language) -> &'static str {
        text(lang, self.description)
    }
}

static TEMPLATES: [Template; 3] = [
    Template {
        name: "tampere-startup",
        title: "Tampereen seudun starttiallianssi 2018",
        description: Key::CliTemplateTampereStartup,
        build: tampere::build,
    },
    Template {
        name: "etela-pohjanmaa",
        title: "Seinäjoen työllisyysallianssi 2018",
        description: Key::CliTemplateEtelaPohjanmaa,
        build: south_ostrobothnia::build,
    },
    Template {
        name: "tyollisyysalue",
        title: "Hämeenlinnan seudun työllisyysallianssi",
        description: Key::CliTemplateTyollisyysalue,
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
