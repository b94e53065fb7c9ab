//! Rows of the budget: one row per cost line, columns party, category, year, amount and
//! description (the party by name or short name, the category by its code in the reimbursable-
//! cost list, the year as four digits, the amount in euros, never negative). A row updates the
//! line of the same party, category, year and description, else the first unmatched line of the
//! same party, category and year (in order, so an export imports back unchanged), else adds a
//! line. Lines missing from the file are kept, or with replace removed.

use super::merge::{Imported, Options, drop_untouched, tally};
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::i18n::Key;
use crate::model::{CostLine, CostLineId, Money, PartyId, Plan};
use std::collections::{HashMap, HashSet};

const PARTY: usize = 0;
const CATEGORY: usize = 1;
const YEAR: usize = 2;
const AMOUNT: usize = 3;
const DESCRIPTION: usize = 4;

/// The cost lines of the plan, in plan order.
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    plan.budget
        .cost_lines
        .iter()
        .map(|c| {
            let party = plan.party(c.party).map_or_else(|| c.party.to_string(), |p| p.name.clone());
            vec![
                Value::Text(party),
                Value::Text(c.category.clone()),
                Value::Whole(c.year.into()),
                Value::Money(c.amount),
                Value::Text(c.description.clone()),
            ]
        })
        .collect()
}

/// The plan with the rows merged into its cost lines (see the module documentation).
pub fn import(plan: &Plan, rows: &[Row], options: Options) -> Result<Imported, Error> {
    let old = &plan.budget.cost_lines;
    if rows.is_empty() {
        return Ok(Imported::empty(plan, old.len()));
    }
    let mut next = plan.clone();
    // Unmatched lines by (party, category, year), in plan order.
    let mut unused: HashMap<(PartyId, String, i32), std::collections::VecDeque<usize>> = HashMap::new();
    for (i, c) in old.iter().enumerate() {
        unused.entry((c.party, c.category.clone(), c.year)).or_default().push_back(i);
    }
    let mut lines: Vec<CostLine> = old.iter().cloned().collect();
    let mut touched: HashSet<CostLineId> = HashSet::new();
    for row in rows {
        let (party, category, year, amount) = parse(plan, row)?;
        let description = row.present(DESCRIPTION).then(|| row.get(DESCRIPTION).to_string());
        let slot = unused.get_mut(&(party, category.clone(), year)).and_then(|q| {
            let exact = description.as_ref().and_then(|d| q.iter().position(|&i| old[i].description == *d));
            match exact {
                Some(at) => q.remove(at),
                None => q.pop_front(),
            }
        });
        match slot {
            Some(i) => {
                let line = &mut lines[i];
                line.amount = amount;
                if let Some(d) = description {
                    line.description = d;
                }
                touched.insert(line.id);
            }
            None => {
                let id = CostLineId(next.allocate_id());
                let description = description.unwrap_or_default();
                lines.push(CostLine { id, party, category, year, amount, description });
                touched.insert(id);
            }
        }
    }
    let mut counts = tally(old, &lines, &touched, |c| c.id);
    drop_untouched(&mut lines, &touched, |c| c.id, &mut counts, options);
    next.budget.cost_lines = lines.into();
    Ok(Imported { plan: next, counts, notes: Vec::new() })
}

fn parse(plan: &Plan, row: &Row) -> Result<(PartyId, String, i32, Money), Error> {
    let name = row.required(PARTY)?;
    let party = super::parties::find_party(plan, name)
        .ok_or_else(|| row.error(PARTY, Problem::UnknownParty(name.to_string())))?;
    let kept = plan.budget.cost_lines.iter().map(|c| c.category.as_str());
    let category = category(plan, row, CATEGORY, kept)?;
    let year: i32 = row.integer(YEAR)?;
    if !super::DATE_YEARS.contains(&year) {
        let y = row.get(YEAR);
        return Err(row.error(YEAR, Problem::message(Key::CsvYearRange, &[("year", y.into())])));
    }
    row.required(AMOUNT)?;
    let amount = row.amount(AMOUNT)?;
    Ok((party, category, year, amount))
}

/// Column `i` as the code of a row in the plan's reimbursable-cost list (ignoring case), or one
/// of the codes `kept` on rows though no longer on the list (so those still round-trip); else
/// an error listing the allowed codes.
pub(super) fn category<'a>(
    plan: &Plan,
    row: &Row,
    i: usize,
    mut kept: impl Iterator<Item = &'a str>,
) -> Result<String, Error> {
    let code = row.required(i)?;
    let categories = &plan.budget.cost_categories;
    categories
        .iter()
        .find(|k| k.code.to_lowercase() == code.to_lowercase())
        .map(|k| k.code.clone())
        .or_else(|| kept.find(|c| *c == code).map(str::to_string))
        .ok_or_else(|| {
            let codes = categories.iter().map(|k| k.code.as_str()).collect::<Vec<_>>().join(", ");
            row.error(i, Problem::message(Key::CsvUnknownCategory, &[("code", code.into()), ("codes", codes.into())]))
        })
}
