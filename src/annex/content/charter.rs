//! Annex "Charter and goals": target group and client needs, shared strategic goals, goals for
//! communities and individuals, the workshop answers of the Guide, and the KRA metrics.

use super::super::flow::{Column, Flow, Table};
use super::super::{Ctx, Label};
use crate::model::PhaseKind;

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let m = &ctx.plan.meta;
    let none = ctx.l(Label::None_);
    let text_or_none = |s: &str| if s.trim().is_empty() { none.clone() } else { s.trim().to_string() };
    f.heading(&ctx.l(Label::TargetGroup), 1);
    f.paragraph(&text_or_none(&m.target_group));
    f.heading(&ctx.l(Label::ClientNeeds), 2);
    f.paragraph(&text_or_none(&m.client_needs));
    for (label, goals) in [
        (Label::StrategicGoals, &m.strategic_goals),
        (Label::CommunityGoals, &m.community_goals),
        (Label::IndividualGoals, &m.individual_goals),
    ] {
        f.heading(&ctx.l(label), 2);
        let goals: Vec<String> = goals.iter().filter(|g| !g.trim().is_empty()).map(|g| g.trim().to_string()).collect();
        if goals.is_empty() {
            f.paragraph(&none);
        } else {
            f.bullets(&goals);
        }
    }
    // The Guide's answers, phase by phase.
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Phase), 0.18),
        Column::left(ctx.l(Label::Question), 0.27),
        Column::left(ctx.l(Label::Answer), 0.55),
    ]);
    for kind in PhaseKind::ALL {
        let Some(phase) = ctx.plan.phase(kind) else { continue };
        for item in kind.checklist() {
            if let Some(a) = phase.answer(*item).filter(|a| !a.answer.trim().is_empty()) {
                table.push(vec![t.named(&kind), t.named(item), a.answer.trim().to_string()]);
            }
        }
    }
    if !table.rows.is_empty() {
        f.heading(&ctx.l(Label::WorkshopAnswers), 1);
        f.table(&table);
    }
    f.heading(&ctx.l(Label::Metrics), 1);
    metrics(f, ctx, false);
}

/// The KRA metrics table; with `pool` the euro share of the pool per metric.
pub fn metrics(f: &mut Flow, ctx: &Ctx, pool: bool) {
    let t = ctx.t;
    let budget = &ctx.plan.budget;
    if budget.metrics.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
        return;
    }
    let mut cols = vec![
        Column::left(ctx.l(Label::Metric), 0.16),
        Column::left(ctx.l(Label::Definition), 0.22),
        Column::left(ctx.l(Label::Source), 0.13),
        Column::left(ctx.l(Label::Direction), 0.10),
        Column::right(ctx.l(Label::Minimum), 0.09),
        Column::right(ctx.l(Label::Target), 0.09),
        Column::right(ctx.l(Label::Excellent), 0.09),
        Column::right(ctx.l(Label::Weight), 0.07),
    ];
    if pool {
        cols.push(Column::right(ctx.l(Label::Pool), 0.12));
    }
    let mut table = Table::new(cols);
    for m in &budget.metrics {
        let level = |d| {
            let v = t.decimal(d);
            if m.unit.trim().is_empty() { v } else { format!("{v} {}", m.unit.trim()) }
        };
        let mut row = vec![
            m.name.clone(),
            m.definition.clone(),
            m.source.clone(),
            t.named(&m.direction),
            level(m.minimum),
            level(m.target),
            level(m.excellent),
            t.percent(m.weight),
        ];
        if pool {
            row.push(budget.kra_pool.percent_of(m.weight).map(|x| t.money(x)).unwrap_or_default());
        }
        table.push(row);
    }
    f.table(&table);
}
