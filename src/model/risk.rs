//! The risk register: risks and opportunities with every field of domain guide §6, their
//! status and rating history, and the plan's editable probability and impact scales.

use super::id::{PartyId, RiskId};
use super::money::{Bp, Money};
use super::phase::PhaseKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The register: scales and risks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskRegister {
    pub scales: RiskScales,
    pub risks: super::shared::Shared<Vec<Risk>>,
}

/// One risk (a threat) or opportunity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: RiskId,
    /// The ID people use, e.g. "R7".
    pub code: String,
    pub title: String,
    pub cause: String,
    pub consequence: String,
    pub category: RiskCategory,
    pub phase: Option<PhaseKind>,
    /// Shared by the alliance, or owned by one party.
    pub shared: bool,
    pub owner: Option<PartyId>,
    pub owner_person: String,
    /// 1–5.
    pub probability: u8,
    /// 1–5.
    pub impact: u8,
    /// Ratings after mitigation, when the group has given them.
    pub residual: Option<Rating>,
    pub min_amount: Money,
    pub likely_amount: Money,
    pub max_amount: Money,
    /// Probability that the amount materialises, for the expected value.
    pub probability_pct: Bp,
    pub nature: RiskNature,
    pub mitigation: String,
    pub action_owner: String,
    pub due: Option<NaiveDate>,
    pub status: RiskStatus,
    /// Every status change with its date, oldest first.
    pub status_history: Vec<StatusChange>,
    pub review: Option<NaiveDate>,
    pub trend: Trend,
    /// Ratings adopted in workshops, oldest first.
    pub rating_history: Vec<RatingRecord>,
}

/// A probability × impact rating on the 1–5 scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub probability: u8,
    pub impact: u8,
}

/// A rating adopted by the group on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingRecord {
    pub date: NaiveDate,
    pub rating: Rating,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub date: NaiveDate,
    pub status: RiskStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RiskCategory {
    Strategic,
    Legal,
    Financial,
    Operational,
    Client,
    DataIct,
    MarketProducer,
    Political,
}

impl RiskCategory {
    pub const ALL: [RiskCategory; 8] = [
        RiskCategory::Strategic,
        RiskCategory::Legal,
        RiskCategory::Financial,
        RiskCategory::Operational,
        RiskCategory::Client,
        RiskCategory::DataIct,
        RiskCategory::MarketProducer,
        RiskCategory::Political,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RiskNature {
    Threat,
    Opportunity,
}

/// identified → being handled → under control → occurred → closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RiskStatus {
    Identified,
    BeingHandled,
    UnderControl,
    Occurred,
    Closed,
}

impl RiskStatus {
    /// Whether the risk still counts in the reserve.
    pub fn is_open(self) -> bool {
        self != RiskStatus::Closed
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Trend {
    Rising,
    Stable,
    Falling,
}

/// The plan's scales: what each probability and impact level means, and the band limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskScales {
    /// Meaning of probability levels 1–5.
    pub probability: [String; 5],
    /// Meaning of impact levels 1–5.
    pub impact: [String; 5],
    /// Highest score that is still "low".
    pub low_max: u8,
    /// Highest score that is still "moderate".
    pub moderate_max: u8,
    /// Highest score that is still "high"; above it "critical".
    pub high_max: u8,
}

impl Default for RiskScales {
    fn default() -> Self {
        let s = |v: [&str; 5]| v.map(str::to_string);
        RiskScales {
            probability: s(["< 10 %", "10–30 %", "30–50 %", "50–80 %", "> 80 %"]),
            impact: s([
                "< 0,5 % TAK:sta",
                "0,5–1 % TAK:sta",
                "1–3 % TAK:sta",
                "3–5 % TAK:sta",
                "> 5 % TAK:sta tai oikeudellinen tai asiakasturvallisuutta koskeva rike",
            ]),
            low_max: 4,
            moderate_max: 9,
            high_max: 14,
        }
    }
}

/// The band of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Band {
    Low,
    Moderate,
    High,
    Critical,
}

impl RiskScales {
    pub fn band(&self, score: u8) -> Band {
        if score <= self.low_max {
            Band::Low
        } else if score <= self.moderate_max {
            Band::Moderate
        } else if score <= self.high_max {
            Band::High
        } else {
            Band::Critical
        }
    }
}

impl Risk {
    /// Probability × impact.
    pub fn score(&self) -> u8 {
        self.probability.saturating_mul(self.impact)
    }
}
