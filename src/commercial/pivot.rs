//! Pivot views of the budget lines: totals by party, by reimbursable-cost category and by year,
//! each crossed with another dimension (e.g. party × year keeps every owner's budget separate).
//! The screen's tables and the stacked-bar chart both come from here.

use super::Error;
use crate::model::{Money, PartyId, Plan};
use serde::Serialize;

/// A dimension of the budget lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Dim {
    Party,
    Category,
    Year,
}

/// A value of a dimension.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Key {
    Party(PartyId),
    /// A category code as written on the cost lines.
    Category(String),
    Year(i32),
}

/// A table of sums: `cells[r][c]` is the sum of the lines with row key `rows[r]` and column
/// key `columns[c]`; the totals are the exact sums of the rows and columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Pivot {
    pub rows: Vec<Key>,
    pub columns: Vec<Key>,
    pub cells: Vec<Vec<Money>>,
    pub row_totals: Vec<Money>,
    pub column_totals: Vec<Money>,
    pub total: Money,
}

/// The keys of a dimension that occur on the cost lines, in a stable order: parties in plan
/// order (then unknown ids by number), categories in the order of the reimbursable-cost list
/// (then codes not on the list in the order they first occur), years ascending.
pub fn keys(plan: &Plan, dim: Dim) -> Vec<Key> {
    let lines = &plan.budget.cost_lines;
    match dim {
        Dim::Party => {
            let mut keys: Vec<Key> = plan
                .parties
                .iter()
                .filter(|p| lines.iter().any(|c| c.party == p.id))
                .map(|p| Key::Party(p.id))
                .collect();
            let mut unknown: Vec<PartyId> =
                lines.iter().map(|c| c.party).filter(|id| plan.party(*id).is_none()).collect();
            unknown.sort_unstable();
            unknown.dedup();
            keys.extend(unknown.into_iter().map(Key::Party));
            keys
        }
        Dim::Category => {
            let list = &plan.budget.cost_categories;
            let mut keys: Vec<Key> = list
                .iter()
                .filter(|k| lines.iter().any(|c| c.category == k.code))
                .map(|k| Key::Category(k.code.clone()))
                .collect();
            for c in lines {
                let key = Key::Category(c.category.clone());
                if !list.iter().any(|k| k.code == c.category) && !keys.contains(&key) {
                    keys.push(key);
                }
            }
            keys
        }
        Dim::Year => plan.budget.years().into_iter().map(Key::Year).collect(),
    }
}

fn key_of(line: &crate::model::CostLine, dim: Dim) -> Key {
    match dim {
        Dim::Party => Key::Party(line.party),
        Dim::Category => Key::Category(line.category.clone()),
        Dim::Year => Key::Year(line.year),
    }
}

/// The cost lines summed by `rows` × `columns`.
pub fn pivot(plan: &Plan, rows: Dim, columns: Dim) -> Result<Pivot, Error> {
    let (row_keys, column_keys) = (keys(plan, rows), keys(plan, columns));
    let mut cells = vec![vec![0i128; column_keys.len()]; row_keys.len()];
    for line in &plan.budget.cost_lines {
        let (rk, ck) = (key_of(line, rows), key_of(line, columns));
        if let (Some(r), Some(c)) = (row_keys.iter().position(|k| *k == rk), column_keys.iter().position(|k| *k == ck))
        {
            cells[r][c] += i128::from(line.amount.cents());
        }
    }
    let money = |v: i128| i64::try_from(v).map(Money).map_err(|_| Error::Overflow);
    let row_totals = cells.iter().map(|r| money(r.iter().sum())).collect::<Result<Vec<_>, _>>()?;
    let column_totals =
        (0..column_keys.len()).map(|c| money(cells.iter().map(|r| r[c]).sum())).collect::<Result<Vec<_>, _>>()?;
    let total = money(cells.iter().flatten().sum())?;
    let cells = cells
        .into_iter()
        .map(|r| r.into_iter().map(money).collect::<Result<Vec<_>, _>>())
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Pivot { rows: row_keys, columns: column_keys, cells, row_totals, column_totals, total })
}
