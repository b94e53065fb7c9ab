//! Rows of the KRA metrics: one row per metric with its definition, direction, three levels,
//! weight, decimals and actual value, entered either as a value (`toteuma`) or as the counts it
//! is computed from (unemployed and in services; promoters, passives and detractors; old and new;
//! numerator and denominator).
//! A row whose name matches a metric (ignoring case) updates it; a new name adds one. Metrics
//! missing from the file are kept, or with replace removed.

use super::merge::{Imported, Options, drop_untouched, tally};
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::i18n::{Key, Language, Named};
use crate::model::{Actual, Direction, Metric, MetricId, Plan};
use std::collections::{HashMap, HashSet};

const NAME: usize = 0;
const DIRECTION: usize = 4;
const DECIMALS: usize = 9;
const VALUE: usize = 10;

fn row(m: &Metric) -> Vec<Value> {
    let text = |s: &str| Value::Text(s.to_string());
    let empty = || Value::Text(String::new());
    let mut out = vec![
        text(&m.name),
        text(&m.definition),
        text(&m.source),
        text(&m.unit),
        text(m.direction.name(Language::Fi)),
        Value::Decimal(m.minimum),
        Value::Decimal(m.target),
        Value::Decimal(m.excellent),
        Value::Percent(m.weight),
        m.decimals.map_or_else(empty, |d| Value::Whole(d.into())),
    ];
    out.extend(actual_cells(&m.actual));
    out
}

/// The metrics of the plan, one row each.
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    plan.budget.metrics.iter().map(row).collect()
}

/// The plan with the metrics of the rows merged in by name.
pub fn import(plan: &Plan, rows: &[Row], options: Options) -> Result<Imported, Error> {
    let old = &plan.budget.metrics;
    if rows.is_empty() {
        return Ok(Imported::empty(plan, old.len()));
    }
    let mut next = plan.clone();
    let mut names: HashMap<String, usize> = HashMap::new();
    for (i, m) in old.iter().enumerate() {
        names.entry(m.name.trim().to_lowercase()).or_insert(i);
    }
    let mut list: Vec<Metric> = old.to_vec();
    let mut touched: HashSet<MetricId> = HashSet::new();
    for given in rows {
        let name = given.required(NAME)?;
        let key = name.trim().to_lowercase();
        match names.get(&key).copied() {
            Some(i) => {
                if !touched.insert(list[i].id) {
                    return Err(given.error(NAME, Problem::Duplicate(name.to_string())));
                }
                let full = given.filled(&row(&list[i]).iter().map(Value::cell).collect::<Vec<_>>());
                list[i] = metric(&full, list[i].clone())?;
            }
            None => {
                let base = new_metric(&next);
                // Columns the file lacks take a new metric's values (levels 0/50/100 %, the
                // weight the others leave).
                let full = given.filled(&row(&base).iter().map(Value::cell).collect::<Vec<_>>());
                let m = metric(&full, base)?;
                next.allocate_id();
                touched.insert(m.id);
                names.insert(key, list.len());
                list.push(m);
            }
        }
    }
    let mut counts = tally(old, &list, &touched, |m| m.id);
    drop_untouched(&mut list, &touched, |m| m.id, &mut counts, options);
    next.budget.metrics = list;
    Ok(Imported { plan: next, counts, notes: Vec::new() })
}

/// A new metric with the id the plan gives next (`Plan::new_metric`'s row).
fn new_metric(plan: &Plan) -> Metric {
    match plan.new_metric().edit {
        crate::model::Edit::AddMetric(m) => *m,
        _ => unreachable!("new_metric builds an AddMetric"),
    }
}

fn metric(row: &Row, mut m: Metric) -> Result<Metric, Error> {
    m.name = row.required(NAME)?.to_string();
    m.definition = row.get(1).to_string();
    m.source = row.get(2).to_string();
    m.unit = row.get(3).to_string();
    if !row.get(DIRECTION).is_empty() {
        m.direction = row.named(DIRECTION, &[Direction::HigherIsBetter, Direction::LowerIsBetter])?;
    }
    m.minimum = row.decimal(5)?;
    m.target = row.decimal(6)?;
    m.excellent = row.decimal(7)?;
    m.weight = row.percent(8)?;
    m.decimals = if row.get(DECIMALS).is_empty() { None } else { Some(row.integer::<u8>(DECIMALS)?) };
    m.actual = actual(row, VALUE)?;
    Ok(m)
}

/// The ten cells of an actual, in the columns value; unemployed, in services; promoters,
/// passives, detractors; old, new; numerator, denominator (empty where it has none).
pub(super) fn actual_cells(actual: &Actual) -> Vec<Value> {
    let empty = || Value::Text(String::new());
    let count = |n: u64| Value::Whole(i64::try_from(n).unwrap_or(i64::MAX));
    let mut cells = vec![empty(); ACTUAL_COLUMNS];
    match actual {
        Actual::Unknown => {}
        Actual::Value(v) => cells[0] = Value::Decimal(*v),
        Actual::ActivationRate { unemployed, in_services } => {
            cells[1] = count(*unemployed);
            cells[2] = count(*in_services);
        }
        Actual::Nps { promoters, passives, detractors } => {
            cells[3] = count(*promoters);
            cells[4] = count(*passives);
            cells[5] = count(*detractors);
        }
        Actual::Change { old, new } => {
            cells[6] = Value::Decimal(*old);
            cells[7] = Value::Decimal(*new);
        }
        Actual::Share { numerator, denominator } => {
            cells[8] = count(*numerator);
            cells[9] = count(*denominator);
        }
    }
    cells
}

/// How many columns an actual takes (`actual_cells`).
pub(super) const ACTUAL_COLUMNS: usize = 10;

/// The actual of a row whose ten actual columns start at `value` (`actual_cells`' order): the
/// value, or the counts of one way of computing it; nothing filled is unknown, two ways filled
/// is refused.
pub(super) fn actual(row: &Row, value: usize) -> Result<Actual, Error> {
    let (unemployed, promoters, old, numerator) = (value + 1, value + 3, value + 6, value + 8);
    let filled = |range: std::ops::Range<usize>| range.into_iter().any(|i| !row.get(i).is_empty());
    let count = |i: usize| -> Result<u64, Error> { if row.get(i).is_empty() { Ok(0) } else { row.integer::<u64>(i) } };
    let groups = [
        filled(value..unemployed),
        filled(unemployed..promoters),
        filled(promoters..old),
        filled(old..numerator),
        filled(numerator..numerator + 2),
    ];
    if groups.iter().filter(|g| **g).count() > 1 {
        return Err(row.error(value, Problem::message(Key::CsvActualTwoWays, &[])));
    }
    Ok(match groups {
        [true, ..] => Actual::Value(row.decimal(value)?),
        [_, true, ..] => Actual::ActivationRate { unemployed: count(unemployed)?, in_services: count(unemployed + 1)? },
        [_, _, true, ..] => Actual::Nps {
            promoters: count(promoters)?,
            passives: count(promoters + 1)?,
            detractors: count(promoters + 2)?,
        },
        [_, _, _, true, _] => Actual::Change { old: row.decimal(old)?, new: row.decimal(old + 1)? },
        [.., true] => Actual::Share { numerator: count(numerator)?, denominator: count(numerator + 1)? },
        _ => Actual::Unknown,
    })
}
