//! Follow-up in the service phase: measurement periods (month, quarter, year), each KRA
//! metric's measurements per period for the whole alliance or per area party, the actual costs
//! each party's accounts report per period and cost category, and the user's estimate of the
//! cost still to come, from which `crate::followup` computes the KPIs and the forecast.

use super::id::{MetricId, PartyId};
use super::metric::Actual;
use super::money::Money;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// What the plan follows up, all empty in a plan still being drafted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The period new measurements and cost rows are entered for.
    #[serde(default)]
    pub periodicity: Periodicity,
    /// Unique by metric, area and period; kept sorted by `Measurement::key`.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// Unique by party, category and period; kept sorted by `CostActual::key`.
    #[serde(default)]
    pub costs: Vec<CostActual>,
    /// The user's estimate of the reimbursable cost still to come after the latest reported
    /// period, to the end of the budget; `None`: only the run-rate forecast.
    #[serde(default)]
    pub rest_estimate: Option<Money>,
}

impl FollowUp {
    pub fn is_empty(&self) -> bool {
        *self == FollowUp::default()
    }

    /// The measurement of a metric for an area (`None`: the whole alliance) and period.
    pub fn measurement(&self, metric: MetricId, area: Option<PartyId>, period: Period) -> Option<&Measurement> {
        let key = (metric, area, period);
        self.measurements.binary_search_by(|m| m.key().cmp(&key)).ok().map(|i| &self.measurements[i])
    }

    /// Sets (or with `None` removes) one measurement, keeping the list sorted.
    pub fn set_measurement(&mut self, metric: MetricId, area: Option<PartyId>, period: Period, actual: Option<Actual>) {
        let key = (metric, area, period);
        match (self.measurements.binary_search_by(|m| m.key().cmp(&key)), actual) {
            (Ok(i), Some(actual)) => self.measurements[i].actual = actual,
            (Ok(i), None) => {
                self.measurements.remove(i);
            }
            (Err(i), Some(actual)) => self.measurements.insert(i, Measurement { metric, area, period, actual }),
            (Err(_), None) => {}
        }
    }

    /// Sets (or with `None` removes) one party's actual cost of a category in a period.
    pub fn set_cost(&mut self, party: PartyId, category: &str, period: Period, amount: Option<Money>) {
        let key = (party, category, period);
        match (self.costs.binary_search_by(|c| c.key().cmp(&key)), amount) {
            (Ok(i), Some(amount)) => self.costs[i].amount = amount,
            (Ok(i), None) => {
                self.costs.remove(i);
            }
            (Err(i), Some(amount)) => {
                self.costs.insert(i, CostActual { party, category: category.to_string(), period, amount })
            }
            (Err(_), None) => {}
        }
    }

    /// Sorts both lists by their keys (after loading a file written by hand) and reports the
    /// first key that occurs twice.
    pub fn normalise(&mut self) -> Result<(), String> {
        self.measurements.sort_by_key(Measurement::key);
        self.costs.sort_by(|a, b| a.key().cmp(&b.key()));
        if let Some(w) = self.measurements.windows(2).find(|w| w[0].key() == w[1].key()) {
            return Err(format!("{} {:?} {}", w[0].metric, w[0].area.map(|a| a.0), w[0].period));
        }
        if let Some(w) = self.costs.windows(2).find(|w| w[0].key() == w[1].key()) {
            return Err(format!("{} {} {}", w[0].party, w[0].category, w[0].period));
        }
        Ok(())
    }

    /// The latest period (by its end) that has a measurement or a reported cost.
    pub fn latest_period(&self) -> Option<Period> {
        let periods = self.measurements.iter().map(|m| m.period).chain(self.costs.iter().map(|c| c.period));
        periods.max_by_key(|p| p.end())
    }

    /// A metric's measurement of the latest period (of any area).
    pub fn latest_measurement(&self, metric: MetricId) -> Option<&Measurement> {
        self.measurements.iter().filter(|m| m.metric == metric).max_by_key(|m| m.period.end())
    }

    /// Removes everything that names a party (when the party is removed).
    pub fn forget_party(&mut self, party: PartyId) {
        self.measurements.retain(|m| m.area != Some(party));
        self.costs.retain(|c| c.party != party);
    }

    /// Removes a metric's measurements (when the metric is removed).
    pub fn forget_metric(&mut self, metric: MetricId) {
        self.measurements.retain(|m| m.metric != metric);
    }
}

/// The length of a measurement period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Periodicity {
    #[default]
    Month,
    Quarter,
    Year,
}

impl Periodicity {
    pub const ALL: [Periodicity; 3] = [Periodicity::Month, Periodicity::Quarter, Periodicity::Year];

    /// The period of this length that contains a date.
    pub fn period_of(self, date: NaiveDate) -> Period {
        let (y, m) = (date.year(), date.month() as u8);
        match self {
            Periodicity::Month => Period::Month(y, m),
            Periodicity::Quarter => Period::Quarter(y, (m - 1) / 3 + 1),
            Periodicity::Year => Period::Year(y),
        }
    }
}

/// One measurement or accounting period: `2017-08`, `2017-Q3` or `2017`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// Year and month 1–12.
    Month(i32, u8),
    /// Year and quarter 1–4.
    Quarter(i32, u8),
    Year(i32),
}

impl Period {
    pub fn periodicity(self) -> Periodicity {
        match self {
            Period::Month(..) => Periodicity::Month,
            Period::Quarter(..) => Periodicity::Quarter,
            Period::Year(_) => Periodicity::Year,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Month(y, _) | Period::Quarter(y, _) | Period::Year(y) => y,
        }
    }

    /// The first and the last month of the period, each as (year, month).
    fn months(self) -> ((i32, u32), (i32, u32)) {
        match self {
            Period::Month(y, m) => ((y, u32::from(m)), (y, u32::from(m))),
            Period::Quarter(y, q) => ((y, u32::from(q) * 3 - 2), (y, u32::from(q) * 3)),
            Period::Year(y) => ((y, 1), (y, 12)),
        }
    }

    pub fn start(self) -> NaiveDate {
        let ((y, m), _) = self.months();
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period.
    pub fn end(self) -> NaiveDate {
        let (_, (y, m)) = self.months();
        let next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// How many months the period spans: 1, 3 or 12.
    pub fn month_count(self) -> u32 {
        match self {
            Period::Month(..) => 1,
            Period::Quarter(..) => 3,
            Period::Year(_) => 12,
        }
    }

    /// The period of the same length after this one.
    pub fn next(self) -> Period {
        match self {
            Period::Month(y, 12) => Period::Month(y + 1, 1),
            Period::Month(y, m) => Period::Month(y, m + 1),
            Period::Quarter(y, 4) => Period::Quarter(y + 1, 1),
            Period::Quarter(y, q) => Period::Quarter(y, q + 1),
            Period::Year(y) => Period::Year(y + 1),
        }
    }

    /// Months from the first day of `year` to the end of this period.
    pub fn months_since_start_of(self, year: i32) -> i64 {
        let (_, (y, m)) = self.months();
        i64::from(y - year) * 12 + i64::from(m)
    }
}

/// Why a period could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a period: write a month 2017-08, a quarter 2017-Q3 or a year 2017")]
pub struct BadPeriod(pub String);

impl FromStr for Period {
    type Err = BadPeriod;

    /// Reads `2017-08` (also `2017-8`, `8/2017`), `2017-Q3` (also `Q3/2017`, `2017 Q3`) and `2017`.
    fn from_str(s: &str) -> Result<Period, BadPeriod> {
        let bad = || BadPeriod(s.to_string());
        let t = s.trim().to_ascii_uppercase().replace(' ', "-");
        let year = |y: &str| -> Result<i32, BadPeriod> {
            let v: i32 = y.parse().map_err(|_| bad())?;
            if y.len() == 4 && (1900..=2200).contains(&v) { Ok(v) } else { Err(bad()) }
        };
        let (a, b) = match t.split_once(['-', '/', '.']) {
            None => return Ok(Period::Year(year(&t)?)),
            Some(parts) => parts,
        };
        // Either "year-part" or "part/year".
        let (y, part) = if a.len() == 4 { (a, b) } else { (b, a) };
        let y = year(y)?;
        if let Some(q) = part.strip_prefix('Q') {
            let q: u8 = q.parse().map_err(|_| bad())?;
            return if (1..=4).contains(&q) { Ok(Period::Quarter(y, q)) } else { Err(bad()) };
        }
        let m: u8 = part.parse().map_err(|_| bad())?;
        if (1..=12).contains(&m) && part.len() <= 2 { Ok(Period::Month(y, m)) } else { Err(bad()) }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Year(y) => write!(f, "{y}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One metric's measured value, or its counts, for an area and a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    pub metric: MetricId,
    /// The area party (a municipality, a county); `None` for the whole alliance.
    pub area: Option<PartyId>,
    pub period: Period,
    pub actual: Actual,
}

impl Measurement {
    pub fn key(&self) -> (MetricId, Option<PartyId>, Period) {
        (self.metric, self.area, self.period)
    }
}

/// What one party's accounts report as its reimbursable cost of one category in a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostActual {
    pub party: PartyId,
    /// Code of a row in the reimbursable-cost list.
    pub category: String,
    pub period: Period,
    pub amount: Money,
}

impl CostActual {
    pub fn key(&self) -> (PartyId, &str, Period) {
        (self.party, self.category.as_str(), self.period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_people_write_them_and_print_one_way() {
        let cases = [
            ("2017-08", Some(Period::Month(2017, 8))),
            ("2017-8", Some(Period::Month(2017, 8))),
            ("8/2017", Some(Period::Month(2017, 8))),
            ("2017-q3", Some(Period::Quarter(2017, 3))),
            ("Q3/2017", Some(Period::Quarter(2017, 3))),
            ("2017 Q3", Some(Period::Quarter(2017, 3))),
            ("2017", Some(Period::Year(2017))),
            // Near misses.
            ("2017-13", None),
            ("2017-00", None),
            ("2017-Q5", None),
            ("2017-Q0", None),
            ("17-08", None),
            ("201", None),
            ("2017-008", None),
            ("", None),
            ("elokuu", None),
        ];
        for (text, want) in cases {
            assert_eq!(text.parse::<Period>().ok(), want, "{text}");
        }
        for p in [Period::Month(2017, 8), Period::Quarter(2027, 3), Period::Year(2030)] {
            assert_eq!(p.to_string().parse::<Period>(), Ok(p));
        }
        assert_eq!(Period::Month(2017, 8).to_string(), "2017-08");
    }

    #[test]
    fn periods_know_their_days_and_neighbours() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(Period::Month(2024, 2).end(), d(2024, 2, 29));
        assert_eq!(Period::Quarter(2027, 3).start(), d(2027, 7, 1));
        assert_eq!(Period::Quarter(2027, 4).end(), d(2027, 12, 31));
        assert_eq!(Period::Year(2027).end(), d(2027, 12, 31));
        assert_eq!(Period::Month(2017, 12).next(), Period::Month(2018, 1));
        assert_eq!(Period::Quarter(2017, 4).next(), Period::Quarter(2018, 1));
        assert_eq!(Periodicity::Quarter.period_of(d(2027, 9, 30)), Period::Quarter(2027, 3));
        assert_eq!(Period::Quarter(2027, 3).months_since_start_of(2026), 21);
    }

    #[test]
    fn lists_stay_sorted_and_unique() {
        let mut f = FollowUp::default();
        let m = MetricId(5);
        for p in [Period::Month(2018, 1), Period::Month(2017, 9), Period::Month(2017, 8)] {
            f.set_measurement(m, None, p, Some(Actual::ActivationRate { unemployed: 1, in_services: 1 }));
        }
        f.set_measurement(m, None, Period::Month(2017, 9), Some(Actual::Unknown));
        assert_eq!(f.measurements.len(), 3);
        assert!(f.measurements.windows(2).all(|w| w[0].key() < w[1].key()));
        assert_eq!(f.measurement(m, None, Period::Month(2017, 9)).map(|x| &x.actual), Some(&Actual::Unknown));
        f.set_measurement(m, None, Period::Month(2017, 9), None);
        assert_eq!(f.measurements.len(), 2);
        f.set_cost(PartyId(2), "A1", Period::Month(2017, 9), Some(Money(5)));
        f.set_cost(PartyId(2), "A1", Period::Month(2017, 9), Some(Money(7)));
        assert_eq!(f.costs.len(), 1);
        assert_eq!(f.costs[0].amount, Money(7));
        let mut dup = f.clone();
        dup.costs.push(dup.costs[0].clone());
        assert!(dup.normalise().is_err(), "a duplicate row is named");
        f.forget_party(PartyId(2));
        assert!(f.costs.is_empty());
    }
}
