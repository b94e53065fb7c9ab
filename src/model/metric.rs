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

/// One of a metric's three levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Scores −1.
    Minimum,
    /// Scores 0.
    Target,
    /// Scores +1.
    Excellent,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Minimum, Level::Target, Level::Excellent];
}

impl Metric {
    /// The value of one level.
    pub fn level(&self, level: Level) -> Decimal {
        match level {
            Level::Minimum => self.minimum,
            Level::Target => self.target,
            Level::Excellent => self.excellent,
        }
    }

    /// Sets one level.
    pub fn set_level(&mut self, level: Level, value: Decimal) {
        *match level {
            Level::Minimum => &mut self.minimum,
            Level::Target => &mut self.target,
            Level::Excellent => &mut self.excellent,
        } = value;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_read_and_write_their_own_field() {
        let mut m = Metric {
            id: MetricId(1),
            name: String::new(),
            definition: String::new(),
            source: String::new(),
            unit: String::new(),
            direction: Direction::HigherIsBetter,
            minimum: Decimal::from_int(1),
            target: Decimal::from_int(2),
            excellent: Decimal::from_int(3),
            weight: Bp(10_000),
            actual: Actual::Unknown,
        };
        let read = |m: &Metric| Level::ALL.map(|l| m.level(l));
        assert_eq!(read(&m), [1, 2, 3].map(Decimal::from_int));
        m.set_level(Level::Target, Decimal::from_int(7));
        assert_eq!(read(&m), [1, 7, 3].map(Decimal::from_int), "only the target changed");
        m.set_level(Level::Excellent, Decimal::from_int(9));
        m.set_level(Level::Minimum, Decimal::from_int(0));
        assert_eq!(read(&m), [0, 7, 9].map(Decimal::from_int));
    }
}
