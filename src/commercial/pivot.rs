//! Pivot views of the budget lines: totals by party, by reimbursable-cost category and by year,
//! each crossed with another dimension (e.g. party × year keeps every owner's budget separate).
//! The screen's tables and the stacked-bar chart both come from here.

use super::Error;
use crate::model::{Money, PartyId, Plan};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

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
            let used: HashSet<PartyId> = lines.iter().map(|c| c.party).collect();
            let known: HashSet<PartyId> = plan.parties.iter().map(|p| p.id).collect();
            let mut keys: Vec<Key> =
                plan.parties.iter().filter(|p| used.contains(&p.id)).map(|p| Key::Party(p.id)).collect();
            let mut unknown: Vec<PartyId> = used.into_iter().filter(|id| !known.contains(id)).collect();
            unknown.sort_unstable();
            keys.extend(unknown.into_iter().map(Key::Party));
            keys
        }
        Dim::Category => {
            let list = &plan.budget.cost_categories;
            let used: HashSet<&str> = lines.iter().map(|c| c.category.as_str()).collect();
            let listed: HashSet<&str> = list.iter().map(|k| k.code.as_str()).collect();
            let mut keys: Vec<Key> =
                list.iter().filter(|k| used.contains(k.code.as_str())).map(|k| Key::Category(k.code.clone())).collect();
            let mut seen: HashSet<&str> = HashSet::new();
            for c in lines {
                let code = c.category.as_str();
                if !listed.contains(code) && seen.insert(code) {
                    keys.push(Key::Category(c.category.clone()));
                }
            }
            keys
        }
        Dim::Year => plan.budget.years().into_iter().map(Key::Year).collect(),
    }
}

/// The index of a line's key of a dimension, looked up without building the key.
struct Index<'k> {
    parties: HashMap<PartyId, usize>,
    categories: HashMap<&'k str, usize>,
    years: HashMap<i32, usize>,
}

impl<'k> Index<'k> {
    fn new(keys: &'k [Key]) -> Index<'k> {
        let mut index = Index { parties: HashMap::new(), categories: HashMap::new(), years: HashMap::new() };
        for (i, k) in keys.iter().enumerate() {
            match k {
                Key::Party(id) => index.parties.entry(*id).or_insert(i),
                Key::Category(code) => index.categories.entry(code.as_str()).or_insert(i),
                Key::Year(y) => index.years.entry(*y).or_insert(i),
            };
        }
        index
    }

    fn of(&self, line: &crate::model::CostLine, dim: Dim) -> Option<usize> {
        match dim {
            Dim::Party => self.parties.get(&line.party),
            Dim::Category => self.categories.get(line.category.as_str()),
            Dim::Year => self.years.get(&line.year),
        }
        .copied()
    }
}

/// The cost lines summed by `rows` × `columns`.
pub fn pivot(plan: &Plan, rows: Dim, columns: Dim) -> Result<Pivot, Error> {
    let (row_keys, column_keys) = (keys(plan, rows), keys(plan, columns));
    let mut cells = vec![vec![0i128; column_keys.len()]; row_keys.len()];
    let (row_index, column_index) = (Index::new(&row_keys), Index::new(&column_keys));
    for line in &plan.budget.cost_lines {
        if let (Some(r), Some(c)) = (row_index.of(line, rows), column_index.of(line, columns)) {
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
