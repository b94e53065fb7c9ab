//! Rows of the follow-up's measurements: one row per metric, area and period, the metric by its
//! name and the area by a party's name or short name (ignoring case; empty is the whole
//! alliance), the period as 2017-08, 2017-Q3 or 2017, and the actual as a value or as the counts
//! of one way of computing it (the metrics' columns). A row updates the measurement of the same
//! metric, area and period, else adds one; measurements missing from the file are kept, or with
//! replace removed. The lists go into the plan as one `Edit::SetFollowUp`.

use super::merge::{Imported, Options, keyed};
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::model::{Edit, Measurement, MetricId, PartyId, Period, Plan};
use std::collections::HashMap;

const METRIC: usize = 0;
const AREA: usize = 1;
const PERIOD: usize = 2;
const VALUE: usize = 3;

/// The measurements of the plan, in the follow-up's order (metric, area, period).
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    plan.followup
        .measurements
        .iter()
        .map(|m| {
            let metric = plan.metric(m.metric).map_or_else(|| m.metric.to_string(), |x| x.name.clone());
            let area = m.area.map_or_else(String::new, |a| super::parties::party_cell(plan, a));
            let mut row = vec![Value::Text(metric), Value::Text(area), Value::Text(m.period.to_string())];
            row.extend(super::metrics::actual_cells(&m.actual));
            row
        })
        .collect()
}

/// The metric of the plan with this name (ignoring case), the first of any that share it.
pub fn find_metric(plan: &Plan, name: &str) -> Option<MetricId> {
    let n = name.trim().to_lowercase();
    plan.budget.metrics.iter().find(|m| m.name.trim().to_lowercase() == n).map(|m| m.id)
}

/// The plan with the rows merged into its measurements (see the module documentation).
pub fn import(plan: &Plan, rows: &[Row], options: Options) -> Result<Imported, Error> {
    let old = &plan.followup.measurements;
    if rows.is_empty() {
        return Ok(Imported::empty(plan, old.len()));
    }
    let mut given = Vec::with_capacity(rows.len());
    let mut lines: HashMap<(MetricId, Option<PartyId>, Period), usize> = HashMap::new();
    for row in rows {
        let m = measurement(plan, row)?;
        if let Some(first) = lines.insert(m.key(), row.line) {
            let period = m.period.to_string();
            let what = [row.get(METRIC), row.get(AREA), &period].into_iter().filter(|s| !s.is_empty());
            let what = what.collect::<Vec<_>>().join("; ");
            return Err(super::actuals::duplicate(row, METRIC, &what, first));
        }
        given.push(m);
    }
    let (list, counts) = keyed(old, given, Measurement::key, options);
    let mut followup = plan.followup.clone();
    followup.measurements = list;
    let mut next = plan.clone();
    next.apply(&Edit::SetFollowUp(Box::new(followup))).map_err(|e| {
        let e = e.to_string();
        rows[0].error(METRIC, Problem::Other(Box::new([e.clone(), e.clone(), e])))
    })?;
    Ok(Imported { plan: next, counts, notes: Vec::new() })
}

fn measurement(plan: &Plan, row: &Row) -> Result<Measurement, Error> {
    let name = row.required(METRIC)?;
    let metric = find_metric(plan, name).ok_or_else(|| row.error(METRIC, Problem::UnknownMetric(name.to_string())))?;
    let area = match row.get(AREA) {
        "" => None,
        a => Some(
            super::parties::find_party(plan, a).ok_or_else(|| row.error(AREA, Problem::UnknownParty(a.to_string())))?,
        ),
    };
    let period = row.period(PERIOD)?;
    let actual = super::metrics::actual(row, VALUE)?;
    Ok(Measurement { metric, area, period, actual })
}
