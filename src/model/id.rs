//! Stable identifiers: every row of a plan is addressed by an id that never changes, never by
//! its index.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident => $prefix:literal),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, ":{}"), self.0)
            }
        }
    )*};
}

ids! {
    /// A party of the alliance.
    PartyId => "party",
    /// A row of the responsibility matrix.
    ServiceId => "service",
    /// A deliverable of a phase.
    DeliverableId => "deliverable",
    /// A cost line of the target budget.
    CostLineId => "cost",
    /// A key-result-area metric.
    MetricId => "metric",
    /// A risk or opportunity of the register.
    RiskId => "risk",
    /// A gate decision.
    DecisionId => "decision",
    /// A frozen baseline of the plan.
    BaselineId => "baseline",
}
