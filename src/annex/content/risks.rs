//! Annex "Risk register": the probability × impact heat map (counts from
//! `model::register::heatmap`), the scales, and the register table on landscape pages (open
//! risks; closed ones when the options ask for them), expected values from the register.

use super::super::flow::{Column, Flow, Table};
use super::super::layout::{Item, Orientation, Rgb, fit_line};
use super::super::{Ctx, Label};
use super::party_label;
use crate::model::Band;
use crate::model::register::{expected_value, heatmap};

/// The colour of a band in the heat map and its legend.
pub(crate) fn band_color(b: Band) -> Rgb {
    match b {
        Band::Low => Rgb(190, 225, 190),
        Band::Moderate => Rgb(250, 230, 150),
        Band::High => Rgb(245, 180, 120),
        Band::Critical => Rgb(230, 120, 110),
    }
}

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let register = &ctx.plan.risks;
    let closed = ctx.opts.include_closed_risks;
    f.heading(&ctx.l(if closed { Label::HeatmapAll } else { Label::Heatmap }), 1);
    heat(f, ctx, &heatmap(register, false, closed));
    // The scales.
    f.heading(&ctx.l(Label::Scales), 2);
    let mut scales = Table::new(vec![
        Column::center("", 0.06),
        Column::left(ctx.l(Label::Probability), 0.40),
        Column::left(ctx.l(Label::Impact), 0.54),
    ]);
    for i in 0..5 {
        scales.push(vec![
            (i + 1).to_string(),
            register.scales.probability[i].clone(),
            register.scales.impact[i].clone(),
        ]);
    }
    let s = &register.scales;
    f.note(
        &ctx.l(Label::Bands)
            .replace("{low1}", &(u32::from(s.low_max) + 1).to_string())
            .replace("{moderate1}", &(u32::from(s.moderate_max) + 1).to_string())
            .replace("{low}", &s.low_max.to_string())
            .replace("{moderate}", &s.moderate_max.to_string())
            .replace("{high}", &s.high_max.to_string()),
    );
    f.table(&scales);

    let listed = register.risks.iter().filter(|r| closed || r.status.is_open()).count();
    if listed > 0 {
        f.orientation(Orientation::Landscape);
    }
    f.heading(&ctx.l(Label::Register), 1);
    f.note(&ctx.l(if closed { Label::ClosedIncluded } else { Label::ClosedLeftOut }));
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::RiskId), 0.05),
        Column::left(ctx.l(Label::Risk), 0.15).strong(),
        Column::left(ctx.l(Label::CauseConsequence), 0.18),
        Column::left(ctx.l(Label::Owner), 0.10),
        Column::center(ctx.l(Label::ProbabilityShort), 0.03),
        Column::center(ctx.l(Label::ImpactShort), 0.03),
        Column::left(format!("{} / {}", ctx.l(Label::Score), ctx.l(Label::Band)), 0.08),
        Column::right(ctx.l(Label::Expected), 0.09),
        Column::left(ctx.l(Label::Mitigation), 0.19),
        Column::left(ctx.l(Label::Status), 0.10),
    ]);
    for r in register.risks.iter().filter(|r| closed || r.status.is_open()) {
        // Under the title, the owner, the mitigation and the status, their details in the
        // caption style.
        let kind = format!("{} · {}", t.named(&r.category), t.named(&r.nature));
        let cause = match (r.cause.trim(), r.consequence.trim()) {
            ("", "") => String::new(),
            (c, "") => c.to_string(),
            ("", q) => format!("→ {q}"),
            (c, q) => format!("{c} → {q}"),
        };
        let owner = if r.shared {
            ctx.l(Label::Shared)
        } else {
            r.owner.map(|o| party_label(ctx, o)).unwrap_or_else(|| "–".to_string())
        };
        let mitigation = r.mitigation.trim().to_string();
        let who = [r.action_owner.trim().to_string(), r.due.map(|d| t.date(d)).unwrap_or_default()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let who = if who.is_empty() { who } else { format!("({who})") };
        // The date under the status is the next review, and says so.
        let review = r.review.map(|d| format!("{} {}", ctx.l(Label::ReviewOn), t.date(d))).unwrap_or_default();
        let captions = vec![
            String::new(),
            kind,
            String::new(),
            r.owner_person.trim().to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            who,
            review,
        ];
        table.push_captioned(
            vec![
                r.code.clone(),
                r.title.clone(),
                cause,
                owner,
                r.probability.to_string(),
                r.impact.to_string(),
                format!("{} {}", r.score(), t.named(&s.band(r.score()))),
                t.money(expected_value(r)),
                mitigation,
                t.named(&r.status),
            ],
            captions,
        );
    }
    if table.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&table);
    }
}

/// The 5 × 5 grid: probability up, impact across, each cell coloured by its band with its count.
fn heat(f: &mut Flow, ctx: &Ctx, cells: &[[usize; 5]; 5]) {
    let scales = &ctx.plan.risks.scales;
    let cell = 34.0;
    let left = 40.0;
    let top = 16.0;
    let mut items = Vec::new();
    for (p, counts) in cells.iter().enumerate() {
        for (i, &n) in counts.iter().enumerate() {
            let x = left + i as f32 * cell;
            let y = top + (4 - p) as f32 * cell;
            let score = ((p + 1) * (i + 1)) as u8;
            items.push(Item::Rect {
                x,
                y,
                w: cell,
                h: cell,
                fill: Some(band_color(scales.band(score))),
                stroke: Some(Rgb::WHITE),
            });
            if n > 0 {
                let text = n.to_string();
                let w = ctx.fonts.width(&text, 11.0, true);
                items.push(Item::text(x + (cell - w) / 2.0, y + cell / 2.0 + 4.0, 11.0, true, Rgb::TEXT, text));
            }
        }
        let label = (p + 1).to_string();
        items.push(Item::text(
            left - 10.0,
            top + (4 - p) as f32 * cell + cell / 2.0 + 3.0,
            8.0,
            false,
            Rgb::MUTED,
            label,
        ));
    }
    for i in 0..5 {
        let label = (i + 1).to_string();
        items.push(Item::text(
            left + i as f32 * cell + cell / 2.0 - 2.5,
            top + 5.0 * cell + 11.0,
            8.0,
            false,
            Rgb::MUTED,
            label,
        ));
    }
    let (s, prob) = fit_line(ctx.fonts, &format!("{} ↑", ctx.l(Label::Probability)), 8.0, true, 5.0 * cell + 20.0);
    items.push(Item::text(left - 12.0, 10.0, s, true, Rgb::TEXT, prob));
    let (s, imp) = fit_line(ctx.fonts, &format!("{} →", ctx.l(Label::Impact)), 8.0, true, 5.0 * cell);
    items.push(Item::text(left, top + 5.0 * cell + 24.0, s, true, Rgb::TEXT, imp));
    // Legend of the bands.
    let lx = left + 5.0 * cell + 30.0;
    for (k, b) in [Band::Low, Band::Moderate, Band::High, Band::Critical].into_iter().enumerate() {
        let y = top + 10.0 + k as f32 * 16.0;
        items.push(Item::fill(lx, y, 12.0, 12.0, band_color(b)));
        items.push(Item::text(lx + 18.0, y + 9.5, 8.5, false, Rgb::TEXT, ctx.t.named(&b)));
    }
    f.drawing(top + 5.0 * cell + 30.0, items);
}
