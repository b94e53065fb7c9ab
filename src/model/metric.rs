//! Key-result-area (KRA) metrics: definition, source, direction, three levels, weight, and the
//! actual value entered directly or as the counts it is computed from.

use super::id::MetricId;
use super::money::{Bp, Decimal};
use serde::{Deserialize, Serialize};

/// One KRA metric of the incentive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub id: MetricId,
    pub name: String,
    pub definition: String,
    pub source: String,
    /// Unit shown after values, e.g. "%", "päivää".
    pub unit: String,
    pub direction: Direction,
    /// Level scoring −1.
    pub minimum: Decimal,
    /// Level scoring 0.
    pub target: Decimal,
    /// Level scoring +1.
    pub excellent: Decimal,
    /// Weight of the metric; the weights of a plan sum to 10 000 (= 1).
    pub weight: Bp,
    pub actual: Actual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

/// The measured value of a metric, or what it is computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actual {
    /// Not measured yet.
    Unknown,
    Value(Decimal),
    /// Activation rate = 100 · in_services / (unemployed + in_services).
    ActivationRate {
        unemployed: u64,
        in_services: u64,
    },
    /// NPS from answer counts: promoters 9–10, passives 7–8, detractors 0–6.
    Nps {
        promoters: u64,
        passives: u64,
        detractors: u64,
    },
    /// Change % = 100 · (new − old) / old.
    Change {
        old: Decimal,
        new: Decimal,
    },
}
