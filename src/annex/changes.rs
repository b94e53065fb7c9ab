//! The changes an annex has had since the previous approved version, under its version history:
//! the plan is compared (`compare::diff`) with the copy frozen when the latest gate was passed
//! (the newest baseline), and the changes that belong to this annex are listed, so signatories
//! see what changed since they last signed.

use super::flow::{Column, Flow, Table};
use super::{Ctx, Label};
use crate::compare::{self, Step, text};
use crate::model::{AnnexKind, Plan};

/// At most this many changes are listed; the rest are counted.
const MAX_ROWS: usize = 60;

/// The changes of the part of the plan an annex prints.
fn changes(kind: AnnexKind, base: &Plan, now: &Plan) -> Vec<compare::Change> {
    let under = |changes: Vec<compare::Change>, keep: &dyn Fn(&str) -> bool| -> Vec<compare::Change> {
        changes.into_iter().filter(|c| matches!(c.path.get(1), Some(Step::Field(f)) if keep(f))).collect()
    };
    match kind {
        // The metadata the charter prints; the history and the annexes' own titles are not
        // changes of the agreement.
        AnnexKind::Charter => {
            under(compare::diff_part("meta", &base.meta, &now.meta), &|f| !matches!(f, "history" | "annexes"))
        }
        AnnexKind::Services => compare::diff_part("services", &*base.services, &*now.services),
        AnnexKind::Schedule => compare::diff_part("phases", &base.phases, &now.phases),
        AnnexKind::Organisation => compare::diff_part("parties", &*base.parties, &*now.parties),
        AnnexKind::ReimbursableCosts => {
            under(compare::diff_part("budget", &base.budget, &now.budget), &|f| f == "cost_categories")
        }
        AnnexKind::Commercial => {
            under(compare::diff_part("budget", &base.budget, &now.budget), &|f| f != "cost_categories")
        }
        AnnexKind::Risks => compare::diff_part("risks", &base.risks, &now.risks),
    }
}

/// The section, when the plan has an approved version to compare with.
pub fn section(f: &mut Flow, ctx: &Ctx, kind: AnnexKind) {
    let Some(base) = ctx.plan.baselines.last() else { return };
    let changes = changes(kind, &base.plan, ctx.plan);
    let t = ctx.t;
    f.heading(&format!("{} ({}, {})", ctx.l(Label::ChangesSince), t.named(&base.phase), t.date(base.taken_on)), 2);
    if changes.is_empty() {
        f.paragraph(&ctx.l(Label::NoChangesSince));
        return;
    }
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Object), 0.28),
        Column::left(ctx.l(Label::Field), 0.22),
        Column::left(ctx.l(Label::Before), 0.25),
        Column::left(ctx.l(Label::Now), 0.25),
    ]);
    let lang = t.primary();
    for c in changes.iter().take(MAX_ROWS) {
        let d = text::change(c, lang);
        table.push(vec![d.object, d.field, d.values[0].clone(), d.values[1].clone()]);
    }
    f.table(&table);
    if changes.len() > MAX_ROWS {
        f.note(&format!("+ {} {}", changes.len() - MAX_ROWS, ctx.l(Label::MoreChanges)));
    }
}
