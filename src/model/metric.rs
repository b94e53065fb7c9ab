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
    /// Decimals the value is reported (shown and scored) with; `None`: the precision of the
    /// levels (or of a value entered with more). The activation rate (one decimal) and the NPS
    /// (whole) have theirs by definition (domain guide §5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u8>,
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
    /// The decimals the metric's value is reported with: by definition for the activation rate
    /// (1) and the NPS (0); else the metric's own setting, or the most any level (or an entered
    /// value) has; at most six.
    pub fn precision(&self) -> u32 {
        match self.actual {
            Actual::ActivationRate { .. } => 1,
            Actual::Nps { .. } => 0,
            _ => match self.decimals {
                Some(d) => u32::from(d).min(6),
                None => {
                    let entered = match self.actual {
                        Actual::Value(v) => v.decimals(),
                        _ => 0,
                    };
                    [self.minimum, self.target, self.excellent]
                        .iter()
                        .map(|d| d.decimals())
                        .max()
                        .unwrap_or(0)
                        .max(entered)
                }
            },
        }
    }

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
    /// A share in per cent = 100 · numerator / denominator, e.g. clients employed six months
    /// after the service of all who left it.
    Share {
        numerator: u64,
        denominator: u64,
    },
}

/// How a metric's actual value is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActualKind {
    Unknown,
    Value,
    ActivationRate,
    Nps,
    Change,
    Share,
}

impl ActualKind {
    pub const ALL: [ActualKind; 6] = [
        ActualKind::Unknown,
        ActualKind::Value,
        ActualKind::ActivationRate,
        ActualKind::Nps,
        ActualKind::Change,
        ActualKind::Share,
    ];
}

impl Metric {
    /// The metric's actual entered another way: the same actual when the kind does not change,
    /// else the new kind's starting point (a value at the target level, zero counts, a change
    /// from 100 to 100).
    pub fn actual_as(&self, kind: ActualKind) -> Actual {
        if self.actual.kind() == kind {
            return self.actual.clone();
        }
        match kind {
            ActualKind::Unknown => Actual::Unknown,
            ActualKind::Value => Actual::Value(self.target),
            ActualKind::ActivationRate => Actual::ActivationRate { unemployed: 0, in_services: 0 },
            ActualKind::Nps => Actual::Nps { promoters: 0, passives: 0, detractors: 0 },
            ActualKind::Change => Actual::Change { old: Decimal::from_int(100), new: Decimal::from_int(100) },
            ActualKind::Share => Actual::Share { numerator: 0, denominator: 0 },
        }
    }
}

/// One number an actual value is entered as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActualPart {
    Value,
    Unemployed,
    InServices,
    Promoters,
    Passives,
    Detractors,
    Old,
    New,
    Numerator,
    Denominator,
}

/// The number of one part: a decimal or a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartValue {
    Decimal(Decimal),
    Count(u64),
}

impl ActualPart {
    /// Whether the part is a count (a whole number of people or answers) rather than a decimal.
    pub fn is_count(self) -> bool {
        matches!(
            self,
            ActualPart::Unemployed
                | ActualPart::InServices
                | ActualPart::Promoters
                | ActualPart::Passives
                | ActualPart::Detractors
                | ActualPart::Numerator
                | ActualPart::Denominator
        )
    }
}

impl Actual {
    /// How this actual is entered.
    pub fn kind(&self) -> ActualKind {
        match self {
            Actual::Unknown => ActualKind::Unknown,
            Actual::Value(_) => ActualKind::Value,
            Actual::ActivationRate { .. } => ActualKind::ActivationRate,
            Actual::Nps { .. } => ActualKind::Nps,
            Actual::Change { .. } => ActualKind::Change,
            Actual::Share { .. } => ActualKind::Share,
        }
    }

    /// The parts this kind of actual is entered as, in order.
    pub fn parts(&self) -> &'static [ActualPart] {
        use ActualPart::*;
        match self {
            Actual::Unknown => &[],
            Actual::Value(_) => &[Value],
            Actual::ActivationRate { .. } => &[Unemployed, InServices],
            Actual::Nps { .. } => &[Promoters, Passives, Detractors],
            Actual::Change { .. } => &[Old, New],
            Actual::Share { .. } => &[Numerator, Denominator],
        }
    }

    /// The number of one part; `None` when this kind of actual has no such part.
    pub fn part(&self, part: ActualPart) -> Option<PartValue> {
        use PartValue::{Count, Decimal as Dec};
        Some(match (self, part) {
            (Actual::Value(d), ActualPart::Value) => Dec(*d),
            (Actual::ActivationRate { unemployed, .. }, ActualPart::Unemployed) => Count(*unemployed),
            (Actual::ActivationRate { in_services, .. }, ActualPart::InServices) => Count(*in_services),
            (Actual::Nps { promoters, .. }, ActualPart::Promoters) => Count(*promoters),
            (Actual::Nps { passives, .. }, ActualPart::Passives) => Count(*passives),
            (Actual::Nps { detractors, .. }, ActualPart::Detractors) => Count(*detractors),
            (Actual::Change { old, .. }, ActualPart::Old) => Dec(*old),
            (Actual::Change { new, .. }, ActualPart::New) => Dec(*new),
            (Actual::Share { numerator, .. }, ActualPart::Numerator) => Count(*numerator),
            (Actual::Share { denominator, .. }, ActualPart::Denominator) => Count(*denominator),
            _ => return None,
        })
    }

    /// The actual with one part replaced; `None` when this kind of actual has no such part or
    /// the number is of the wrong kind (a decimal for a count or the other way round).
    pub fn with_part(&self, part: ActualPart, value: PartValue) -> Option<Actual> {
        let mut next = self.clone();
        match (&mut next, part, value) {
            (Actual::Value(d), ActualPart::Value, PartValue::Decimal(v)) => *d = v,
            (Actual::ActivationRate { unemployed, .. }, ActualPart::Unemployed, PartValue::Count(v)) => *unemployed = v,
            (Actual::ActivationRate { in_services, .. }, ActualPart::InServices, PartValue::Count(v)) => {
                *in_services = v
            }
            (Actual::Nps { promoters, .. }, ActualPart::Promoters, PartValue::Count(v)) => *promoters = v,
            (Actual::Nps { passives, .. }, ActualPart::Passives, PartValue::Count(v)) => *passives = v,
            (Actual::Nps { detractors, .. }, ActualPart::Detractors, PartValue::Count(v)) => *detractors = v,
            (Actual::Change { old, .. }, ActualPart::Old, PartValue::Decimal(v)) => *old = v,
            (Actual::Change { new, .. }, ActualPart::New, PartValue::Decimal(v)) => *new = v,
            (Actual::Share { numerator, .. }, ActualPart::Numerator, PartValue::Count(v)) => *numerator = v,
            (Actual::Share { denominator, .. }, ActualPart::Denominator, PartValue::Count(v)) => *denominator = v,
            _ => return None,
        }
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A metric with levels 1, 2, 3, the whole weight and the given actual value.
    fn metric(actual: Actual) -> Metric {
        Metric {
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
            actual,
            decimals: None,
        }
    }

    #[test]
    fn levels_read_and_write_their_own_field() {
        let mut m = metric(Actual::Unknown);
        let read = |m: &Metric| Level::ALL.map(|l| m.level(l));
        assert_eq!(read(&m), [1, 2, 3].map(Decimal::from_int));
        m.set_level(Level::Target, Decimal::from_int(7));
        assert_eq!(read(&m), [1, 7, 3].map(Decimal::from_int), "only the target changed");
        m.set_level(Level::Excellent, Decimal::from_int(9));
        m.set_level(Level::Minimum, Decimal::from_int(0));
        assert_eq!(read(&m), [0, 7, 9].map(Decimal::from_int));
    }

    #[test]
    fn actual_parts_set_only_their_own_number() {
        use ActualPart::*;
        let d = Decimal::from_int;
        let samples = [
            Actual::Unknown,
            Actual::Value(d(5)),
            Actual::ActivationRate { unemployed: 10, in_services: 20 },
            Actual::Nps { promoters: 1, passives: 2, detractors: 3 },
            Actual::Change { old: d(100), new: d(90) },
            Actual::Share { numerator: 4, denominator: 9 },
        ];
        let all = [Value, Unemployed, InServices, Promoters, Passives, Detractors, Old, New, Numerator, Denominator];
        for a in &samples {
            for part in all {
                let has = a.parts().contains(&part);
                assert_eq!(a.part(part).is_some(), has, "{a:?} {part:?}");
                let (right, wrong) = if part.is_count() {
                    (PartValue::Count(7), PartValue::Decimal(d(7)))
                } else {
                    (PartValue::Decimal(d(7)), PartValue::Count(7))
                };
                let next = a.with_part(part, right);
                assert_eq!(next.is_some(), has, "{a:?} {part:?}");
                if let Some(next) = next {
                    assert_eq!(next.part(part), Some(right));
                    for other in a.parts().iter().filter(|&&o| o != part) {
                        assert_eq!(next.part(*other), a.part(*other), "{part:?} left {other:?} alone");
                    }
                }
                // Near miss: the right part with the wrong kind of number.
                assert_eq!(a.with_part(part, wrong), None, "{a:?} {part:?}");
            }
        }
    }

    #[test]
    fn switching_the_actual_kind_keeps_or_starts_fresh() {
        let mut m = metric(Actual::Nps { promoters: 5, passives: 1, detractors: 2 });
        assert_eq!(m.actual_as(ActualKind::Nps), m.actual, "the same kind keeps the counts");
        assert_eq!(m.actual_as(ActualKind::Value), Actual::Value(Decimal::from_int(2)), "at the target");
        for kind in ActualKind::ALL {
            let a = m.actual_as(kind);
            assert_eq!(a.kind(), kind);
            m.actual = a;
        }
        assert_eq!(m.actual, Actual::Share { numerator: 0, denominator: 0 });
    }
}
