//! Follow-up figures of the service phase, computed from `model::FollowUp`: every KRA metric's
//! series per area and for the whole alliance (the alliance's figure computed from the summed
//! counts, never averaged), the cost burn against the target budget, and the settlement
//! forecast from the actual costs to date (run-rate, and the user's estimate of the rest) with
//! the KRA score from the latest values, settled by `commercial::settle` itself.

use crate::commercial::{self, Actuals, Error, Settlement, kra};
use crate::model::money::div_round_half_away;
use crate::model::{Actual, AllianceRole, Metric, MetricId, Money, PartyId, Period, Plan};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One figure of a series: the measured (or summed) actual and its value as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Point {
    pub period: Period,
    /// The counts or the value the figure is computed from (for the alliance, summed).
    #[serde(skip)]
    pub actual: Actual,
    /// Whether the figure was summed from the areas' counts rather than measured as one.
    pub summed: bool,
    /// The reported value in units of its last decimal and the decimals ("16,9" is (169, 1));
    /// `None` when it cannot be computed (no one in the denominator).
    #[serde(skip)]
    pub digits: Option<(i128, u32)>,
}

impl Point {
    /// The reported value as a decimal string with a point: "16.9", "-3", "0.250".
    pub fn value_string(&self) -> Option<String> {
        self.digits.map(|(v, d)| decimal_string(v, d))
    }

    /// The reported value as a floating-point number, for drawing only.
    pub fn value_f64(&self) -> Option<f64> {
        self.digits.map(|(v, d)| v as f64 / 10f64.powi(d as i32))
    }
}

/// `1234, 1` → "123.4"; `-5, 2` → "-0.05".
pub fn decimal_string(v: i128, decimals: u32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    if decimals == 0 {
        return format!("{sign}{a}");
    }
    let scale = 10u128.pow(decimals);
    format!("{sign}{}.{:0width$}", a / scale, a % scale, width = decimals as usize)
}

/// A metric's figures for one area (`None`: the whole alliance), in period order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Series {
    pub area: Option<PartyId>,
    pub points: Vec<Point>,
}

/// Every series of one metric: the whole alliance first, then each area in party order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetricSeries {
    pub metric: MetricId,
    pub series: Vec<Series>,
}

impl MetricSeries {
    /// The alliance's series (it may be empty).
    pub fn alliance(&self) -> Option<&Series> {
        self.series.iter().find(|s| s.area.is_none())
    }

    /// Every period any series of the metric has a figure for, in order.
    pub fn periods(&self) -> Vec<Period> {
        let mut v: Vec<Period> = self.series.iter().flat_map(|s| s.points.iter().map(|p| p.period)).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The KPIs of a plan: every metric in plan order, and every period measured.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Kpis {
    pub periods: Vec<Period>,
    pub metrics: Vec<MetricSeries>,
}

/// The value a metric reports for an actual (its precision and rounding, `kra::reported_digits`).
pub fn reported(metric: &Metric, actual: &Actual) -> Option<(i128, u32)> {
    let mut m = metric.clone();
    m.actual = actual.clone();
    kra::reported_digits(&m)
}

/// The sum of two actuals of the same kind made of counts (or old and new levels); `None`
/// for values, which cannot be summed, and for different kinds.
pub fn sum(a: &Actual, b: &Actual) -> Option<Actual> {
    use Actual::*;
    Some(match (a, b) {
        (ActivationRate { unemployed: u1, in_services: s1 }, ActivationRate { unemployed: u2, in_services: s2 }) => {
            ActivationRate { unemployed: u1.checked_add(*u2)?, in_services: s1.checked_add(*s2)? }
        }
        (Nps { promoters: p1, passives: q1, detractors: d1 }, Nps { promoters: p2, passives: q2, detractors: d2 }) => {
            Nps { promoters: p1.checked_add(*p2)?, passives: q1.checked_add(*q2)?, detractors: d1.checked_add(*d2)? }
        }
        (Change { old: o1, new: n1 }, Change { old: o2, new: n2 }) => {
            Change { old: o1.checked_add(*o2)?, new: n1.checked_add(*n2)? }
        }
        (Share { numerator: n1, denominator: d1 }, Share { numerator: n2, denominator: d2 }) => {
            Share { numerator: n1.checked_add(*n2)?, denominator: d1.checked_add(*d2)? }
        }
        _ => return None,
    })
}

/// Every metric's series.
pub fn kpis(plan: &Plan) -> Kpis {
    let mut by_metric: HashMap<MetricId, Vec<&crate::model::Measurement>> = HashMap::new();
    let mut periods = BTreeSet::new();
    for m in &plan.followup.measurements {
        by_metric.entry(m.metric).or_default().push(m);
        periods.insert(m.period);
    }
    let party_order: HashMap<PartyId, usize> = plan.parties.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let metrics = plan
        .budget
        .metrics
        .iter()
        .map(|metric| {
            let rows = by_metric.remove(&metric.id).unwrap_or_default();
            let mut areas: BTreeMap<(usize, PartyId), Vec<Point>> = BTreeMap::new();
            let mut whole: BTreeMap<Period, Point> = BTreeMap::new();
            let mut sums: BTreeMap<Period, Option<Actual>> = BTreeMap::new();
            for r in &rows {
                let point = Point {
                    period: r.period,
                    actual: r.actual.clone(),
                    summed: false,
                    digits: reported(metric, &r.actual),
                };
                match r.area {
                    None => {
                        whole.insert(r.period, point);
                    }
                    Some(a) => {
                        match sums.entry(r.period) {
                            std::collections::btree_map::Entry::Vacant(e) => {
                                e.insert(Some(r.actual.clone()));
                            }
                            std::collections::btree_map::Entry::Occupied(mut e) => {
                                let next = e.get().as_ref().and_then(|s| sum(s, &r.actual));
                                e.insert(next);
                            }
                        }
                        let order = party_order.get(&a).copied().unwrap_or(usize::MAX);
                        areas.entry((order, a)).or_default().push(point);
                    }
                }
            }
            for (period, total) in sums {
                if let (Some(actual), false) = (total, whole.contains_key(&period)) {
                    let digits = reported(metric, &actual);
                    whole.insert(period, Point { period, actual, summed: true, digits });
                }
            }
            let mut series = vec![Series { area: None, points: whole.into_values().collect() }];
            series.extend(areas.into_iter().map(|((_, area), points)| Series { area: Some(area), points }));
            MetricSeries { metric: metric.id, series }
        })
        .collect();
    Kpis { periods: periods.into_iter().collect(), metrics }
}

/// The plan as of a date: each metric's actual replaced by its latest alliance figure of a
/// period ended by then (metrics not measured by then keep the actual entered on them).
pub fn plan_as_of(plan: &Plan, kpis: &Kpis, as_of: NaiveDate) -> Plan {
    let mut next = plan.clone();
    for (metric, ms) in next.budget.metrics.iter_mut().zip(&kpis.metrics) {
        let latest = ms.alliance().and_then(|s| s.points.iter().rev().find(|p| p.period.end() <= as_of));
        if let Some(p) = latest {
            metric.actual = p.actual.clone();
        }
    }
    next
}

/// Actual costs summed over time: per period (all parties) and per year with the budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Burn {
    /// Each period's reported cost of all parties, in period order, with the running total.
    pub periods: Vec<PeriodCost>,
    /// Each budget or reported year: the target budget's lines and the cost reported.
    pub years: Vec<YearBurn>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodCost {
    pub period: Period,
    pub amount: Money,
    pub cumulative: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearBurn {
    pub year: i32,
    pub budget: Money,
    pub actual: Money,
    /// Each party with a budget line or a cost that year: (party, budget, actual), party order.
    pub parties: Vec<(PartyId, Money, Money)>,
}

/// The cost burn; `Err` on an overflow.
pub fn burn(plan: &Plan) -> Result<Burn, Error> {
    let add = |a: Money, b: Money| a.checked_add(b).ok_or(Error::Overflow);
    let mut per_period: BTreeMap<Period, Money> = BTreeMap::new();
    let mut cells: BTreeMap<(i32, PartyId), (Money, Money)> = BTreeMap::new();
    for c in &plan.followup.costs {
        let e = per_period.entry(c.period).or_insert(Money::ZERO);
        *e = add(*e, c.amount)?;
        let cell = cells.entry((c.period.year(), c.party)).or_default();
        cell.1 = add(cell.1, c.amount)?;
    }
    for l in plan.budget.cost_lines.iter() {
        let cell = cells.entry((l.year, l.party)).or_default();
        cell.0 = add(cell.0, l.amount)?;
    }
    let mut cumulative = Money::ZERO;
    let mut periods = Vec::new();
    for (period, amount) in per_period {
        cumulative = add(cumulative, amount)?;
        periods.push(PeriodCost { period, amount, cumulative });
    }
    let order: HashMap<PartyId, usize> = plan.parties.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut years: Vec<YearBurn> = Vec::new();
    for ((year, party), (budget, actual)) in cells {
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearBurn { year, budget: Money::ZERO, actual: Money::ZERO, parties: Vec::new() });
        }
        let y = years.last_mut().expect("pushed");
        y.budget = add(y.budget, budget)?;
        y.actual = add(y.actual, actual)?;
        y.parties.push((party, budget, actual));
    }
    for y in &mut years {
        y.parties.sort_by_key(|(p, ..)| order.get(p).copied().unwrap_or(usize::MAX));
    }
    Ok(Burn { periods, years })
}

/// How the cost after the latest reported period is forecast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Method {
    /// The average month so far, for every month left.
    RunRate,
    /// The user's estimate of the rest (`FollowUp::rest_estimate`).
    Estimate,
}

/// One forecast: the actual cost it arrives at and the settlement of that cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    pub method: Method,
    /// The cost forecast after the latest reported period.
    pub rest: Money,
    /// `AC` forecast: to date + rest.
    pub actual: Money,
    /// `AC_producers` forecast.
    pub actual_producers: Money,
    pub settlement: Settlement,
}

/// The settlement forecast as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forecast {
    pub as_of: NaiveDate,
    /// The budget's first and last year: the contract the target cost covers.
    pub first_year: i32,
    pub last_year: i32,
    /// The latest period with reported costs ended by `as_of`.
    pub latest: Option<Period>,
    /// Months from the budget's start to the end of `latest`, and in the whole budget.
    pub months_elapsed: i64,
    pub months_total: i64,
    /// The reported cost of periods ended by `as_of`, all parties and the producers'.
    pub to_date: Money,
    pub to_date_producers: Money,
    /// Each party's reported cost to date, in party order (parties with none left out).
    pub parties: Vec<(PartyId, Money)>,
    /// `None` until some cost is reported.
    pub run_rate: Option<Case>,
    /// `None` without an estimate of the rest.
    pub estimate: Option<Case>,
    /// The KRA score's inputs: the plan with each metric's latest value.
    #[serde(skip)]
    pub plan: Plan,
}

/// The forecast as of a date; `Err` when the plan has no budget lines (no contract span) or
/// the settlement fails (the same errors as `commercial::settle`).
pub fn forecast(plan: &Plan, kpis: &Kpis, as_of: NaiveDate) -> Result<Forecast, Error> {
    let years = plan.budget.years();
    let (Some(&first_year), Some(&last_year)) = (years.first(), years.last()) else {
        return Err(Error::NoBudget);
    };
    let months_total = i64::from(last_year - first_year + 1) * 12;
    let producers: BTreeSet<PartyId> =
        plan.parties.iter().filter(|p| p.role == AllianceRole::Producer).map(|p| p.id).collect();
    let counted: Vec<_> = plan.followup.costs.iter().filter(|c| c.period.end() <= as_of).collect();
    let sum = |it: &mut dyn Iterator<Item = Money>| Money::checked_sum(it).ok_or(Error::Overflow);
    let to_date = sum(&mut counted.iter().map(|c| c.amount))?;
    let to_date_producers = sum(&mut counted.iter().filter(|c| producers.contains(&c.party)).map(|c| c.amount))?;
    let latest = counted.iter().map(|c| c.period).max_by_key(|p| p.end());
    let months_elapsed = latest.map_or(0, |p| p.months_since_start_of(first_year)).clamp(0, months_total);
    let parties = plan
        .parties
        .iter()
        .filter_map(|p| {
            let rows: Vec<Money> = counted.iter().filter(|c| c.party == p.id).map(|c| c.amount).collect();
            (!rows.is_empty()).then(|| Money::checked_sum(rows).map(|m| (p.id, m)).ok_or(Error::Overflow))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let scoring = plan_as_of(plan, kpis, as_of);
    let owners_to_date = to_date.checked_sub(to_date_producers).ok_or(Error::Overflow)?;
    let money = |v: i128| i64::try_from(v).map(Money).map_err(|_| Error::Overflow);
    let case = |method: Method, rest_producers: Money, rest_owners: Money| -> Result<Case, Error> {
        let rest = rest_producers.checked_add(rest_owners).ok_or(Error::Overflow)?;
        let actual = to_date.checked_add(rest).ok_or(Error::Overflow)?;
        let actual_producers = to_date_producers.checked_add(rest_producers).ok_or(Error::Overflow)?;
        let settlement = commercial::settle(
            &scoring,
            &Actuals { actual, actual_producers: Some(actual_producers), kra_score: None },
        )?;
        Ok(Case { method, rest, actual, actual_producers, settlement })
    };
    let run_rate = if months_elapsed > 0 {
        let left = i128::from(months_total - months_elapsed);
        let scale = |m: Money| money(div_round_half_away(i128::from(m.cents()) * left, i128::from(months_elapsed)));
        Some(case(Method::RunRate, scale(to_date_producers)?, scale(owners_to_date)?)?)
    } else {
        None
    };
    let estimate = match plan.followup.rest_estimate {
        None => None,
        Some(rest) => {
            // Split as the cost to date splits; before any cost, as the budget does.
            let (part, whole) = if to_date.cents() > 0 {
                (to_date_producers.cents(), to_date.cents())
            } else {
                let t = commercial::target_cost(plan)?;
                (t.base_producers.cents(), t.base.cents().max(1))
            };
            let producers = money(div_round_half_away(i128::from(rest.cents()) * i128::from(part), i128::from(whole)))?;
            let owners = rest.checked_sub(producers).ok_or(Error::Overflow)?;
            Some(case(Method::Estimate, producers, owners)?)
        }
    };
    Ok(Forecast {
        as_of,
        first_year,
        last_year,
        latest,
        months_elapsed,
        months_total,
        to_date,
        to_date_producers,
        parties,
        run_rate,
        estimate,
        plan: scoring,
    })
}

pub mod report;

#[cfg(test)]
mod tests;
