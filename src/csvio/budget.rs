//! CSV rows of the budget: one row per cost line, columns `party;category;year;amount` (the
//! party by name or short name, the category by its code in the reimbursable-cost list, the
//! year as digits, the amount in euros with a decimal comma). An import replaces the cost lines
//! with the file's rows; a row that matches an existing line by party, category and year keeps
//! that line's id and description (in order, so an export imports back unchanged).

use super::{Error, Problem, Row, money_cell, read, write};
use crate::model::{CostLine, CostLineId, Plan};

/// The header row.
pub const HEADER: &[&str] = &["party", "category", "year", "amount"];

/// The cost lines of the plan as CSV, in plan order.
pub fn export(plan: &Plan) -> String {
    let rows = plan.budget.cost_lines.iter().map(|c| {
        let party = plan.party(c.party).map_or_else(|| c.party.to_string(), |p| p.name.clone());
        vec![party, c.category.clone(), c.year.to_string(), money_cell(c.amount)]
    });
    write(HEADER, rows)
}

/// The plan with its cost lines replaced by those of the CSV; the plan given is not changed.
pub fn import(plan: &Plan, bytes: &[u8]) -> Result<Plan, Error> {
    let rows = read(bytes, HEADER)?;
    let mut next = plan.clone();
    let mut unused: Vec<&CostLine> = plan.budget.cost_lines.iter().collect();
    let mut lines = Vec::with_capacity(rows.len());
    for row in &rows {
        let (party, category, year, amount) = parse(plan, row)?;
        let earlier = unused.iter().position(|c| c.party == party && c.category == category && c.year == year);
        let line = match earlier.map(|i| unused.remove(i)) {
            Some(old) => CostLine { amount, ..old.clone() },
            None => CostLine {
                id: CostLineId(next.allocate_id()),
                party,
                category,
                year,
                amount,
                description: String::new(),
            },
        };
        lines.push(line);
    }
    next.budget.cost_lines = lines.into();
    Ok(next)
}

fn parse(plan: &Plan, row: &Row) -> Result<(crate::model::PartyId, String, i32, crate::model::Money), Error> {
    let name = row.required(0)?;
    let wanted = name.to_lowercase();
    let party = plan
        .parties
        .iter()
        .find(|p| p.name.trim().to_lowercase() == wanted)
        .or_else(|| {
            plan.parties.iter().find(|p| !p.short_name.is_empty() && p.short_name.trim().to_lowercase() == wanted)
        })
        .ok_or_else(|| row.error(0, Problem::UnknownParty(name.to_string())))?;
    let code = row.required(1)?;
    let categories = &plan.budget.cost_categories;
    let category = categories
        .iter()
        .find(|k| k.code.to_lowercase() == code.to_lowercase())
        .map(|k| k.code.clone())
        .or_else(|| {
            // A code kept on an existing line though no longer on the list still round-trips.
            plan.budget.cost_lines.iter().find(|c| c.category == code).map(|c| c.category.clone())
        })
        .ok_or_else(|| {
            let codes = categories.iter().map(|k| k.code.as_str()).collect::<Vec<_>>().join(", ");
            row.error(
                1,
                Problem::Other([
                    format!("kustannuslajia \u{201c}{code}\u{201d} ei ole korvattavien kustannusten luettelossa. Sallitut koodit: {codes}."),
                    format!("kostnadsslaget \u{201d}{code}\u{201d} finns inte i förteckningen över ersättningsgilla kostnader. Tillåtna koder: {codes}."),
                    format!("the category \u{201c}{code}\u{201d} is not in the list of reimbursable costs. Allowed codes: {codes}."),
                ]),
            )
        })?;
    let year: i32 = row.integer(2)?;
    if !(1900..=2200).contains(&year) {
        return Err(row.error(2, Problem::Number(row.get(2).to_string())));
    }
    let amount = row.money(3)?;
    if row.get(3).is_empty() {
        return Err(row.error(3, Problem::Missing));
    }
    Ok((party.id, category, year, amount))
}
