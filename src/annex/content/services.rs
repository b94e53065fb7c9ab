//! Annex "Services and scope": every service with its kind, production mode, target group, and
//! who organises and produces it, on landscape pages (the table is wide).

use super::super::flow::{Column, Flow, Table};
use super::super::layout::Orientation;
use super::super::{Ctx, Label};
use super::{party_label, party_name};
use crate::model::ServiceRole;

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    f.heading(&t.named(&crate::model::AnnexKind::Services), 1);
    f.paragraph(&ctx.l(Label::ServicesIntro));
    if ctx.plan.services.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
        return;
    }
    f.orientation(Orientation::Landscape);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Service), 0.22).strong(),
        Column::left(ctx.l(Label::Kind), 0.11),
        Column::left(ctx.l(Label::Mode), 0.13),
        Column::left(ctx.l(Label::TargetGroup), 0.16),
        Column::left(ctx.l(Label::Organiser), 0.13),
        Column::left(ctx.l(Label::Accountable), 0.12),
        Column::left(ctx.l(Label::Producers), 0.13),
    ]);
    for s in &ctx.plan.services {
        // The description goes under the name in the caption style.
        let mut caption = s.description.trim().to_string();
        if s.market_failure {
            caption = format!("{caption}\n({})", ctx.l(Label::MarketFailure)).trim_start().to_string();
        }
        let organiser = s.organiser.map(|id| party_name(ctx, id)).unwrap_or_else(|| "–".to_string());
        let names = |role: ServiceRole| {
            let v: Vec<String> = s.cells.iter().filter(|c| c.role == role).map(|c| party_label(ctx, c.party)).collect();
            if v.is_empty() { "–".to_string() } else { v.join(", ") }
        };
        table.push_captioned(
            vec![
                s.name.clone(),
                t.named(&s.kind),
                t.named(&s.mode),
                s.target_group.clone(),
                organiser,
                names(ServiceRole::Accountable),
                names(ServiceRole::Producer),
            ],
            vec![caption],
        );
    }
    f.table(&table);
}
