//! Rows of the follow-up's actual costs: one row per party, cost category and period, the party
//! by name or short name, the category by its code in the reimbursable-cost list (as the
//! budget's), the period as 2017-08, 2017-Q3 or 2017, and the amount in euros, never negative.
//! A row updates the cost of the same party, category and period, else adds one; costs missing
//! from the file are kept, or with replace removed. The lists go into the plan as one
//! `Edit::SetFollowUp`.

use super::merge::{Imported, Options, keyed};
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::i18n::Key;
use crate::model::{CostActual, Edit, PartyId, Period, Plan};
use std::collections::HashMap;

const PARTY: usize = 0;
const CATEGORY: usize = 1;
const PERIOD: usize = 2;
const AMOUNT: usize = 3;

/// The actual costs of the plan, in the follow-up's order (party, category, period).
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    plan.followup
        .costs
        .iter()
        .map(|c| {
            vec![
                Value::Text(super::parties::party_cell(plan, c.party)),
                Value::Text(c.category.clone()),
                Value::Text(c.period.to_string()),
                Value::Money(c.amount),
            ]
        })
        .collect()
}

/// The plan with the rows merged into its actual costs (see the module documentation).
pub fn import(plan: &Plan, rows: &[Row], options: Options) -> Result<Imported, Error> {
    let old = &plan.followup.costs;
    if rows.is_empty() {
        return Ok(Imported::empty(plan, old.len()));
    }
    let mut given = Vec::with_capacity(rows.len());
    let mut lines: HashMap<(PartyId, String, Period), usize> = HashMap::new();
    for row in rows {
        let name = row.required(PARTY)?;
        let party = super::parties::find_party(plan, name)
            .ok_or_else(|| row.error(PARTY, Problem::UnknownParty(name.to_string())))?;
        let kept = plan.followup.costs.iter().map(|c| c.category.as_str());
        let category = super::budget::category(plan, row, CATEGORY, kept)?;
        let period = row.period(PERIOD)?;
        row.required(AMOUNT)?;
        let amount = row.amount(AMOUNT)?;
        if let Some(first) = lines.insert((party, category.clone(), period), row.line) {
            return Err(duplicate(row, PARTY, &format!("{name}; {category}; {period}"), first));
        }
        given.push(CostActual { party, category, period, amount });
    }
    let (list, counts) = keyed(old, given, |c| (c.party, c.category.clone(), c.period), options);
    let mut followup = plan.followup.clone();
    followup.costs = list;
    let mut next = plan.clone();
    next.apply(&Edit::SetFollowUp(Box::new(followup))).map_err(|e| {
        let e = e.to_string();
        rows[0].error(PARTY, Problem::Other(Box::new([e.clone(), e.clone(), e])))
    })?;
    Ok(Imported { plan: next, counts, notes: Vec::new() })
}

/// The error of a row whose key (`what`) the row at line `first` already has: both lines named.
pub(super) fn duplicate(row: &Row, column: usize, what: &str, first: usize) -> Error {
    let line = row.line;
    row.error(
        column,
        Problem::message(
            Key::CsvAlreadyOnLine,
            &[("what", what.into()), ("first", first.to_string().into()), ("line", line.to_string().into())],
        ),
    )
}
