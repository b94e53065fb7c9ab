//! The report's risk section: the open risks counted per band (`register::open_by_band`, the
//! bands coloured as in the risk annex's heat map) and the open high and critical risks with
//! their owner and next review (`register::open_from_band`).

use crate::annex::content::{band_color, party_label};
use crate::annex::flow::{Column, Flow, Row, Table};
use crate::annex::{Ctx, Label};
use crate::model::Band;
use crate::model::register::{open_by_band, open_from_band};

pub fn section(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let register = &ctx.plan.risks;
    f.heading(&ctx.l(Label::OpenRisks), 1);
    f.heading(&ctx.l(Label::RisksByBand), 2);
    let mut counts = Table::new(vec![Column::left(ctx.l(Label::Band), 0.7), Column::right(ctx.l(Label::Count), 0.3)]);
    let by_band = open_by_band(register);
    for (band, n) in by_band.iter().rev() {
        counts.rows.push(Row { fill: Some(band_color(*band)), ..Row::new(vec![t.named(band), n.to_string()]) });
    }
    let total: usize = by_band.iter().map(|(_, n)| n).sum();
    counts.rows.push(Row::bold(vec![ctx.l(Label::Total), total.to_string()]));
    f.table(&counts);
    f.heading(&ctx.l(Label::HighRisks), 2);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::RiskId), 0.08),
        Column::left(ctx.l(Label::Risk), 0.30).strong(),
        Column::left(format!("{} / {}", ctx.l(Label::Score), ctx.l(Label::Band)), 0.14),
        Column::left(ctx.l(Label::Owner), 0.18),
        Column::left(ctx.l(Label::Status), 0.14),
        Column::left(ctx.l(Label::NextReview), 0.16),
    ]);
    for r in open_from_band(register, Band::High) {
        let owner = if r.shared {
            ctx.l(Label::Shared)
        } else {
            r.owner.map(|o| party_label(ctx, o)).unwrap_or_else(|| "–".to_string())
        };
        let band = register.scales.band(r.score());
        table.push_captioned(
            vec![
                r.code.clone(),
                r.title.clone(),
                format!("{} {}", r.score(), t.named(&band)),
                owner,
                t.named(&r.status),
                t.opt_date(r.review),
            ],
            vec![String::new(), String::new(), String::new(), r.owner_person.trim().to_string()],
        );
    }
    if table.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&table);
    }
}
