//! Annex "Schedule": the phase timeline drawn as a chart (phases, deliverables, gates), the
//! table of phases and deliverables, and the gate decisions with dates, outcomes and minutes.

use super::super::flow::{Column, Flow, Table};
use super::super::layout::{Item, Rgb, fit_line};
use super::super::{Ctx, Label};
use super::{party_label, party_name};
use crate::model::{GateOutcome, PhaseKind};
use chrono::{Datelike, NaiveDate};

const PHASE_COLORS: [Rgb; 4] = [Rgb(70, 110, 180), Rgb(60, 150, 130), Rgb(200, 140, 50), Rgb(140, 90, 170)];

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    f.heading(&ctx.l(Label::Timeline), 1);
    chart(f, ctx);
    f.heading(&ctx.l(Label::Phases), 1);
    let mut phases = Table::new(vec![
        Column::left(ctx.l(Label::Phase), 0.34),
        Column::left(ctx.l(Label::Start), 0.15),
        Column::left(ctx.l(Label::End), 0.15),
        Column::left(ctx.l(Label::Status), 0.18),
        Column::left(ctx.l(Label::Gate), 0.18),
    ]);
    for p in &ctx.plan.phases {
        phases.push(vec![
            format!("{}. {}", p.kind.number(), t.named(&p.kind)),
            t.opt_date(p.start),
            t.opt_date(p.end),
            t.named(&p.state(ctx.opts.date)),
            p.kind.gate_name().to_string(),
        ]);
    }
    f.table(&phases);
    f.heading(&ctx.l(Label::Deliverables), 1);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Phase), 0.16),
        Column::left(ctx.l(Label::Deliverable), 0.32),
        Column::left(ctx.l(Label::Owner), 0.16),
        Column::left(ctx.l(Label::Start), 0.11),
        Column::left(ctx.l(Label::Due), 0.11),
        Column::left(ctx.l(Label::Status), 0.14),
    ]);
    for p in &ctx.plan.phases {
        for d in &p.deliverables {
            let mut title = d.title.clone();
            if !d.note.trim().is_empty() {
                title = format!("{title}\n{}", d.note.trim());
            }
            table.push(vec![
                t.named(&p.kind),
                title,
                d.owner.map(|o| party_label(ctx, o)).unwrap_or_else(|| "–".to_string()),
                t.opt_date(d.start),
                t.opt_date(d.due),
                t.named(&d.status),
            ]);
        }
    }
    if table.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&table);
    }
    f.heading(&ctx.l(Label::Gates), 1);
    let mut gates = Table::new(vec![
        Column::left(ctx.l(Label::Gate), 0.16),
        Column::left(ctx.l(Label::Date), 0.11),
        Column::left(ctx.l(Label::Outcome), 0.15),
        Column::left(ctx.l(Label::Minutes), 0.24),
        Column::left(ctx.l(Label::Positions), 0.34),
    ]);
    for p in &ctx.plan.phases {
        for d in &p.decisions {
            let positions: Vec<String> = d
                .positions
                .iter()
                .map(|pos| format!("{}: {}", party_name(ctx, pos.party), t.named(&pos.stance)))
                .collect();
            let mut minutes = d.minutes_ref.clone();
            if !d.note.trim().is_empty() {
                minutes = format!("{minutes}\n{}", d.note.trim());
            }
            gates.push(vec![
                format!("{} ({})", p.kind.gate_name(), t.named(&p.kind)),
                t.date(d.date),
                t.named(&d.outcome),
                minutes,
                positions.join("\n"),
            ]);
        }
    }
    if gates.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&gates);
    }
}

/// The span of all dates of the schedule.
fn span(ctx: &Ctx) -> Option<(NaiveDate, NaiveDate)> {
    let mut dates = Vec::new();
    for p in &ctx.plan.phases {
        dates.extend([p.start, p.end].into_iter().flatten());
        for d in &p.deliverables {
            dates.extend([d.start, d.due].into_iter().flatten());
        }
        dates.extend(p.decisions.iter().map(|d| d.date));
    }
    let (min, max) = (dates.iter().min().copied()?, dates.iter().max().copied()?);
    Some((min, if max > min { max } else { min + chrono::Duration::days(30) }))
}

/// The Gantt chart: a row per phase with its bar and gates, its deliverables below it.
fn chart(f: &mut Flow, ctx: &Ctx) {
    let Some((from, to)) = span(ctx) else {
        f.paragraph(&ctx.l(Label::NoDates));
        return;
    };
    let width = f.width();
    let label_w = 150.0;
    let area = width - label_w - 6.0;
    let days = (to - from).num_days().max(1) as f32;
    let x_of = |d: NaiveDate| label_w + 6.0 + (d - from).num_days() as f32 / days * area;
    let row_h = 13.0;
    let deliverable_rows: usize = ctx.plan.phases.iter().map(|p| p.deliverables.len()).sum();
    let with_deliverables = deliverable_rows <= 40;
    let fonts = ctx.fonts;
    let mut items = Vec::new();
    // Axis: a tick and label at each year start (or quarter when the span is short).
    let axis_y = 12.0;
    let quarterly = days < 3.0 * 365.0;
    let mut tick = NaiveDate::from_ymd_opt(from.year(), 1, 1).unwrap_or(from);
    while tick <= to {
        if tick >= from {
            let x = x_of(tick);
            let label = if quarterly && tick.month() != 1 {
                format!("{}/{}", (tick.month() - 1) / 3 + 1, tick.year() % 100)
            } else {
                tick.year().to_string()
            };
            items.push(Item::line(x, axis_y + 2.0, x, axis_y + 6.0, 0.5, Rgb::RULE));
            items.push(Item::text(x + 1.5, axis_y, 8.0, tick.month() == 1, Rgb::MUTED, label));
        }
        let months = if quarterly { 3 } else { 12 };
        tick = tick.checked_add_months(chrono::Months::new(months)).unwrap_or(to + chrono::Duration::days(1));
    }
    let mut y = axis_y + 8.0;
    let top = y;
    items.push(Item::line(label_w + 6.0, y, width, y, 0.5, Rgb::RULE));
    for (i, p) in ctx.plan.phases.iter().enumerate() {
        let color = PHASE_COLORS[i % PHASE_COLORS.len()];
        let (size, name) =
            fit_line(fonts, &format!("{}. {}", p.kind.number(), ctx.t.named(&p.kind)), 8.0, true, label_w);
        items.push(Item::text(0.0, y + row_h - 3.5, size, true, Rgb::TEXT, name));
        if let (Some(s), Some(e)) = (p.start, p.end) {
            let (x1, x2) = (x_of(s), x_of(e.max(s)));
            items.push(Item::fill(x1, y + 2.0, (x2 - x1).max(1.5), row_h - 4.0, color));
        }
        // Gates: a marker at each decision (or the phase end) with the gate's name.
        let gate_dates: Vec<(NaiveDate, Option<GateOutcome>)> = if p.decisions.is_empty() {
            p.end.filter(|_| p.kind != PhaseKind::Service).map(|e| vec![(e, None)]).unwrap_or_default()
        } else {
            p.decisions.iter().map(|d| (d.date, Some(d.outcome))).collect()
        };
        for (d, outcome) in gate_dates {
            let x = x_of(d);
            let c = match outcome {
                Some(GateOutcome::Go) => Rgb(30, 130, 60),
                Some(GateOutcome::Exit) => Rgb(190, 40, 40),
                Some(GateOutcome::Rework) => Rgb(210, 150, 0),
                None => Rgb::MUTED,
            };
            items.push(Item::line(x, top, x, y + row_h, 0.4, c));
            items.push(Item::fill(x - 3.0, y + row_h / 2.0 - 3.0, 6.0, 6.0, c));
            items.push(Item::text(x + 4.0, y + row_h / 2.0 + 2.5, 8.0, true, c, p.kind.gate_name()));
        }
        y += row_h;
        if with_deliverables {
            for d in &p.deliverables {
                let (size, title) = fit_line(fonts, &d.title, 8.0, false, label_w - 8.0);
                items.push(Item::text(8.0, y + row_h - 4.0, size, false, Rgb::MUTED, title));
                match (d.start, d.due) {
                    (Some(s), Some(e)) => {
                        let (x1, x2) = (x_of(s), x_of(e.max(s)));
                        items.push(Item::fill(x1, y + 4.0, (x2 - x1).max(1.5), row_h - 8.0, color));
                    }
                    (None, Some(e)) | (Some(e), None) => {
                        let x = x_of(e);
                        items.push(Item::fill(x - 2.5, y + row_h / 2.0 - 2.5, 5.0, 5.0, color));
                    }
                    (None, None) => {}
                }
                y += row_h;
            }
        }
        items.push(Item::line(0.0, y, width, y, 0.3, Rgb::HEAD));
    }
    // Today's line: the export date, when it falls inside the chart.
    if (from..=to).contains(&ctx.opts.date) {
        let x = x_of(ctx.opts.date);
        items.push(Item::line(x, top, x, y, 0.8, Rgb(200, 30, 30)));
    }
    f.drawing(y + 2.0, items);
}
