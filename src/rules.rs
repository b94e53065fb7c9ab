//! Findings about a plan: consistency checks (dates, shares, weights, references, business IDs)
//! and the eight legal rules of domain guide §3. One function, `check`, gives them all; each
//! finding has a severity, a stable code, the row it concerns and a message in fi/sv/en.

mod consistency;
mod legal;
mod message;

pub use consistency::exposure_class;
pub use legal::LEADERSHIP_TEAM_MAX;
pub use message::Problem;

use crate::i18n::Language;
use crate::model::*;
use serde::Serialize;
use std::fmt;

/// How serious a finding is. Errors make `allianssi check` exit with 1; warnings do not. No
/// finding ever blocks an edit: the group may be drafting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The row or part of the plan a finding concerns, so the GUI can go to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Plan,
    Party(PartyId),
    Service(ServiceId),
    Cell(ServiceId, PartyId),
    Phase(PhaseKind),
    Deliverable(DeliverableId),
    Decision(DecisionId),
    CostLine(CostLineId),
    Budget,
    Metric(MetricId),
    Risk(RiskId),
    RiskScales,
}

impl fmt::Display for Subject {
    /// A stable machine form: `plan`, `party:3`, `service:7/party:3`, `phase:development`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Plan => f.write_str("plan"),
            Subject::Party(id) => write!(f, "{id}"),
            Subject::Service(id) => write!(f, "{id}"),
            Subject::Cell(s, p) => write!(f, "{s}/{p}"),
            Subject::Phase(k) => write!(f, "phase:{}", format!("{k:?}").to_lowercase()),
            Subject::Deliverable(id) => write!(f, "{id}"),
            Subject::Decision(id) => write!(f, "{id}"),
            Subject::CostLine(id) => write!(f, "{id}"),
            Subject::Budget => f.write_str("budget"),
            Subject::Metric(id) => write!(f, "{id}"),
            Subject::Risk(id) => write!(f, "{id}"),
            Subject::RiskScales => f.write_str("risk-scales"),
        }
    }
}

/// One thing the rules found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub subject: Subject,
    pub problem: Problem,
}

impl Finding {
    /// The stable code, e.g. `L8-one-accountable` or `shares-sum`.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// What is wrong, why it matters, and what would fix it, in the language.
    pub fn message(&self, lang: Language) -> String {
        self.problem.message(lang)
    }
}

/// Collects findings.
pub(crate) struct Findings(Vec<Finding>);

impl Findings {
    pub(crate) fn error(&mut self, subject: Subject, problem: Problem) {
        self.0.push(Finding { severity: Severity::Error, subject, problem });
    }

    pub(crate) fn warning(&mut self, subject: Subject, problem: Problem) {
        self.0.push(Finding { severity: Severity::Warning, subject, problem });
    }
}

/// Every finding about the plan: errors first, then warnings, each in plan order.
pub fn check(plan: &Plan) -> Vec<Finding> {
    let mut out = Findings(Vec::new());
    consistency::check(plan, &mut out);
    legal::check(plan, &mut out);
    let mut v = out.0;
    v.sort_by_key(|f| f.severity);
    v
}

/// Whether any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// A name for a party in messages: its name, or its id when the reference is broken.
pub(crate) fn party_name(plan: &Plan, id: PartyId) -> String {
    plan.party(id).map_or_else(|| id.to_string(), |p| p.name.clone())
}
