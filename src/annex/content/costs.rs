//! Annex "Reimbursable costs": the list of reimbursable and non-reimbursable cost categories
//! (code, category, unit, rate, evidence, approver) and the base estimate per party.

use super::super::flow::{Column, Flow, Row, Table};
use super::super::{Ctx, Label};
use crate::model::Money;

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let budget = &ctx.plan.budget;
    f.heading(&ctx.l(Label::Reimbursable), 1);
    f.paragraph(&ctx.l(Label::ReimbursableIntro));
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Code), 0.07),
        Column::left(ctx.l(Label::Category), 0.37),
        Column::left(ctx.l(Label::Unit), 0.10),
        Column::right(ctx.l(Label::Rate), 0.12),
        Column::left(ctx.l(Label::Evidence), 0.17),
        Column::left(ctx.l(Label::Approver), 0.17),
    ]);
    for c in budget.cost_categories.iter().filter(|c| c.reimbursable) {
        let rate = c.rate.map(|r| t.money(r)).unwrap_or_else(|| ctx.l(Label::AtInvoice));
        table.push(vec![
            c.code.clone(),
            c.category.clone(),
            c.unit.clone(),
            rate,
            c.evidence.clone(),
            c.approver.clone(),
        ]);
    }
    if table.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&table);
    }
    f.heading(&ctx.l(Label::NotReimbursable), 1);
    let mut table =
        Table::new(vec![Column::left(ctx.l(Label::Code), 0.07), Column::left(ctx.l(Label::Category), 0.93)]);
    for c in budget.cost_categories.iter().filter(|c| !c.reimbursable) {
        table.push(vec![c.code.clone(), c.category.clone()]);
    }
    if table.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&table);
    }
    // The base estimate per party (budgets are never pooled).
    if budget.cost_lines.is_empty() {
        return;
    }
    f.heading(&ctx.l(Label::BudgetPerParty), 1);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Party), 0.50),
        Column::left(ctx.l(Label::Role), 0.25),
        Column::right(ctx.l(Label::Base), 0.25),
    ]);
    for p in &ctx.plan.parties {
        let Some(total) = budget.total_for_party(p.id) else { continue };
        if total == Money::ZERO && !budget.cost_lines.iter().any(|c| c.party == p.id) {
            continue;
        }
        table.push(vec![p.name.clone(), t.named(&p.role), t.money(total)]);
    }
    if let Some(total) = budget.total() {
        table.rows.push(Row::bold(vec![ctx.l(Label::Total), String::new(), t.money(total)]));
    }
    f.table(&table);
}
