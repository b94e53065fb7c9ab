//! Rows of the KRA metrics: one row per metric with its definition, direction, three levels,
//! weight, decimals and actual value, entered either as a value (`toteuma`) or as the counts it
//! is computed from (unemployed and in services; promoters, passives and detractors; old and new;
//! numerator and denominator).
//! A row whose name matches a metric (ignoring case) updates it; a new name adds one. Metrics
//! missing from the file are kept, or with replace removed.

use super::merge::{Imported, Options, drop_untouched, tally};
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::i18n::{Language, Named};
use crate::model::{Actual, Direction, Metric, MetricId, Plan};
use std::collections::{HashMap, HashSet};

const NAME: usize = 0;
const DIRECTION: usize = 4;
const DECIMALS: usize = 9;
const VALUE: usize = 10;
const UNEMPLOYED: usize = 11;
const PROMOTERS: usize = 13;
const OLD: usize = 16;
const NEW: usize = 17;
const NUMERATOR: usize = 18;

fn row(m: &Metric) -> Vec<Value> {
    let text = |s: &str| Value::Text(s.to_string());
    let empty = || Value::Text(String::new());
    let count = |n: u64| Value::Whole(i64::try_from(n).unwrap_or(i64::MAX));
    let mut actual = vec![empty(); 10];
    match &m.actual {
        Actual::Unknown => {}
        Actual::Value(v) => actual[0] = Value::Decimal(*v),
        Actual::ActivationRate { unemployed, in_services } => {
            actual[1] = count(*unemployed);
            actual[2] = count(*in_services);
        }
        Actual::Nps { promoters, passives, detractors } => {
            actual[3] = count(*promoters);
            actual[4] = count(*passives);
            actual[5] = count(*detractors);
        }
        Actual::Change { old, new } => {
            actual[6] = Value::Decimal(*old);
            actual[7] = Value::Decimal(*new);
        }
        Actual::Share { numerator, denominator } => {
            actual[8] = count(*numerator);
            actual[9] = count(*denominator);
        }
    }
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
    out.extend(actual);
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
    let filled = |range: std::ops::Range<usize>| range.into_iter().any(|i| !row.get(i).is_empty());
    let count = |i: usize| -> Result<u64, Error> { if row.get(i).is_empty() { Ok(0) } else { row.integer::<u64>(i) } };
    let groups = [
        filled(VALUE..VALUE + 1),
        filled(UNEMPLOYED..PROMOTERS),
        filled(PROMOTERS..OLD),
        filled(OLD..NEW + 1),
        filled(NUMERATOR..NUMERATOR + 2),
    ];
    if groups.iter().filter(|g| **g).count() > 1 {
        return Err(row.error(
            VALUE,
            Problem::Other(Box::new([
                "toteuma on annettu kahdella tavalla; täytä joko arvo tai yhden laskutavan luvut.".into(),
                "utfallet är angivet på två sätt; fyll i antingen värdet eller talen för ett beräkningssätt.".into(),
                "the actual is given in two ways; fill in either the value or the counts of one way.".into(),
            ])),
        ));
    }
    m.actual = match groups {
        [true, ..] => Actual::Value(row.decimal(VALUE)?),
        [_, true, ..] => Actual::ActivationRate { unemployed: count(UNEMPLOYED)?, in_services: count(UNEMPLOYED + 1)? },
        [_, _, true, ..] => Actual::Nps {
            promoters: count(PROMOTERS)?,
            passives: count(PROMOTERS + 1)?,
            detractors: count(PROMOTERS + 2)?,
        },
        [_, _, _, true, _] => Actual::Change { old: row.decimal(OLD)?, new: row.decimal(NEW)? },
        [.., true] => Actual::Share { numerator: count(NUMERATOR)?, denominator: count(NUMERATOR + 1)? },
        _ => Actual::Unknown,
    };
    Ok(m)
}
