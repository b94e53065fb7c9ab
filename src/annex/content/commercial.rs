//! Annex "Commercial model": how the target cost is made up (base, reserve, fee inside or
//! outside), the sharing rules and caps in words and numbers, the KRA table, and the scenario
//! table with each party's outcome. Every figure comes from `crate::commercial`, the engine the
//! budget screen and `allianssi scenarios` use.

use super::super::flow::{Column, Flow, Row, Table};
use super::super::layout::{Orientation, Rgb};
use super::super::{Ctx, Label};
use super::party_name;
use crate::commercial::{self, Settlement};
use crate::i18n::format;
use crate::model::{Cap, FeeRule, Money, ReserveRule};

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let budget = &ctx.plan.budget;
    f.heading(&ctx.l(Label::TargetCostMakeUp), 1);
    let target = match commercial::target_cost(ctx.plan) {
        Ok(target) => target,
        Err(e) => {
            f.paragraph(&format!("{} {}", ctx.l(Label::CannotCompute), e.message(t.primary())));
            return;
        }
    };
    let reserve_rule = match budget.reserve {
        ReserveRule::FromRegister => ctx.l(Label::ReserveFromRegister),
        ReserveRule::FlatPercent(bp) => format!("{} {}", t.percent(bp), ctx.l(Label::ReserveFlat)),
        ReserveRule::Fixed(_) => ctx.l(Label::ReserveFixed),
    };
    let fee_rule = match budget.fee {
        FeeRule::FixedPerProducer => ctx.l(Label::FeeFixed),
        FeeRule::PercentOfTarget(bp) => format!("{} {}", t.percent(bp), ctx.l(Label::FeePercent)),
    };
    let fee_place = if target.fee_inside_target { Label::FeeInside } else { Label::FeeOutside };
    let mut kv = Table::new(vec![Column::left("", 0.62), Column::right("", 0.38)]);
    kv.header = false;
    kv.zebra = false;
    kv.size = 9.0;
    kv.push(vec![ctx.l(Label::Base), t.money(target.base)]);
    kv.push(vec![format!("{} ({reserve_rule})", ctx.l(Label::Reserve)), t.money(target.reserve)]);
    if target.fee_inside_target {
        kv.push(vec![format!("{} ({fee_rule})", ctx.l(Label::FeeTotal)), t.money(target.fee)]);
    }
    kv.rows.push(Row {
        cells: vec![ctx.l(Label::TargetCost), t.money(target.target_cost)],
        bold: true,
        fill: Some(Rgb::HEAD),
        ..Row::default()
    });
    if !target.fee_inside_target {
        kv.push(vec![format!("{} ({fee_rule})", ctx.l(Label::FeeTotal)), t.money(target.fee)]);
    }
    kv.push(vec![ctx.l(Label::Ceiling), t.money(target.ceiling)]);
    f.table(&kv);
    f.paragraph(&format!("{}.", ctx.l(fee_place)));
    if !target.fees.is_empty() {
        f.heading(&ctx.l(Label::FeePerProducer), 2);
        let mut fees = Table::new(vec![Column::left(ctx.l(Label::Party), 0.7), Column::right(ctx.l(Label::Fee), 0.3)]);
        for pa in &target.fees {
            fees.push(vec![party_name(ctx, pa.party), t.money(pa.amount)]);
        }
        fees.rows.push(Row::bold(vec![ctx.l(Label::Total), t.money(target.fee)]));
        f.table(&fees);
    }

    f.heading(&ctx.l(Label::Sharing), 1);
    let s = &budget.sharing;
    let cap = |c: Cap| match c {
        Cap::EqualToFee => format!("{} ({})", t.money(target.fee), ctx.l(Label::CapFee)),
        Cap::Amount(m) => t.money(Money(m.cents().max(0))),
        Cap::Unlimited => ctx.l(Label::NoCap),
    };
    let words = ctx
        .l(Label::SharingWords)
        .replace("{gain}", &t.percent(s.gain_share))
        .replace("{pain}", &t.percent(s.pain_share))
        .replace("{gaincap}", &cap(s.gain_cap))
        .replace("{paincap}", &cap(s.pain_cap));
    f.paragraph(&words);
    f.key_values(vec![
        (ctx.l(Label::GainShare), t.percent(s.gain_share)),
        (ctx.l(Label::PainShare), t.percent(s.pain_share)),
        (ctx.l(Label::GainCap), cap(s.gain_cap)),
        (ctx.l(Label::PainCap), cap(s.pain_cap)),
        (ctx.l(Label::Combined), ctx.l(if s.combined_cap { Label::On } else { Label::Off })),
    ]);
    f.note(&ctx.l(Label::OwnersSplit));
    f.note(&ctx.l(Label::Rounding));

    f.heading(&ctx.l(Label::Kra), 1);
    f.key_values(vec![(ctx.l(Label::KraPool), t.money(budget.kra_pool))]);
    f.paragraph(&ctx.l(Label::KraWords));
    super::charter::metrics(f, ctx, true);
    kra_scoring(f, ctx);

    scenarios(f, ctx);
}

/// Each metric's reported value and score, the weighted score and the KRA, so that the score
/// can be checked from the page.
fn kra_scoring(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let budget = &ctx.plan.budget;
    if budget.metrics.is_empty() {
        return;
    }
    let kra = match commercial::kra::kra(budget, None) {
        Ok(kra) => kra,
        Err(e) => {
            f.paragraph(&format!("{} {}", ctx.l(Label::CannotCompute), e.message(t.primary())));
            return;
        }
    };
    f.heading(&ctx.l(Label::KraScoring), 2);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Metric), 0.46),
        Column::right(ctx.l(Label::ValueCol), 0.2),
        Column::right(ctx.l(Label::ScoreCol), 0.17),
        Column::right(ctx.l(Label::Weight), 0.17),
    ]);
    for (m, score) in budget.metrics.iter().zip(&kra.metrics) {
        let value = format::metric_value(m, t.primary()).map_or_else(
            || "–".to_string(),
            |v| if m.unit.trim().is_empty() { v } else { format!("{v} {}", m.unit.trim()) },
        );
        let score = format::score(commercial::KraScore(score.score_e4), t.primary());
        table.push(vec![m.name.clone(), value, score, t.percent(m.weight)]);
    }
    let s = format::score(kra.score, t.primary());
    table.rows.push(Row::bold(vec![ctx.l(Label::WeightedScore), String::new(), s, String::new()]));
    table.rows.push(Row::bold(vec![ctx.l(Label::KraAmount), String::new(), t.money(kra.raw), String::new()]));
    f.table(&table);
    f.note(&ctx.l(Label::KraScoringNote));
}

/// The scenario table: the settlement at each scenario share, and each party's outcome.
fn scenarios(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let list = match commercial::scenarios(ctx.plan, None) {
        Ok(list) => list,
        Err(e) => {
            f.heading(&ctx.l(Label::Scenarios), 1);
            f.paragraph(&format!("{} {}", ctx.l(Label::CannotCompute), e.message(t.primary())));
            return;
        }
    };
    if list.len() > 4 {
        f.orientation(Orientation::Landscape);
    }
    f.heading(&ctx.l(Label::Scenarios), 1);
    let Some(first) = list.first() else {
        f.paragraph(&ctx.l(Label::NoScenarios));
        return;
    };
    f.paragraph(&ctx.l(Label::ScenarioWords));
    let score = format!("{}: {}", ctx.l(Label::Kra), format::score(first.settlement.kra.score, t.primary()));
    f.note(&score);
    let n = list.len() as f32;
    let mut cols = vec![Column::left(ctx.l(Label::ScenarioHead), 0.34)];
    cols.extend(list.iter().map(|s| Column::right(t.percent(s.share), 0.66 / n)));
    let mut table = Table::new(cols);
    let figure = |label: Label, get: &dyn Fn(&Settlement) -> Money| {
        let mut row = vec![ctx.l(label)];
        row.extend(list.iter().map(|s| t.money(get(&s.settlement))));
        row
    };
    table.push(figure(Label::Actual, &|s| s.actual));
    table.push(figure(Label::ActualProducers, &|s| s.actual_producers));
    table.push(figure(Label::Underrun, &|s| s.underrun));
    table.push(figure(Label::Overrun, &|s| s.overrun));
    table.push(figure(Label::ProdGain, &|s| s.prod_gain));
    table.push(figure(Label::OwnerGain, &|s| s.owner_gain));
    table.push(figure(Label::ProdPain, &|s| s.prod_pain));
    table.push(figure(Label::OwnerPain, &|s| s.owner_pain));
    table.push(figure(Label::KraEff, &|s| s.kra_eff));
    table.rows.push(Row::bold(figure(Label::ProducersTotal, &|s| s.producers_total)));
    table.rows.push(Row::bold(figure(Label::OwnersOutlay, &|s| s.owners_outlay)));
    table.push(figure(Label::Saving, &|s| s.saving));
    f.table(&table);

    f.heading(&ctx.l(Label::PartyOutcome), 2);
    let mut cols = vec![Column::left(ctx.l(Label::Party), 0.34)];
    cols.extend(list.iter().map(|s| Column::right(t.percent(s.share), 0.66 / n)));
    let mut parties = Table::new(cols);
    for (i, line) in first.settlement.lines().enumerate() {
        let role = ctx.plan.party(line.party).map(|p| t.named(&p.role)).unwrap_or_default();
        let mut row = vec![format!("{}\n({role})", party_name(ctx, line.party))];
        row.extend(list.iter().map(|s| s.settlement.line(i).map(|l| t.money(l.net)).unwrap_or_default()));
        parties.push(row);
    }
    parties.rows.push(Row::bold(figure(Label::Total, &|s| s.outcome())));
    f.table(&parties);
    f.note(&ctx.l(Label::PartyTotalNote));
    if let Some(at) = commercial::settle::nearest_to_target(&list) {
        party_lines(f, ctx, at);
    }
}

/// Every party's figures at one scenario, so that each line can be recomputed from the page:
/// an owner's share of the cost target and of the fee, gain, pain, KRA, net and total.
fn party_lines(f: &mut Flow, ctx: &Ctx, at: &commercial::settle::Scenario) {
    let heading = ctx.l(Label::PartyLines).replace("{share}", &ctx.t.percent(at.share));
    settlement_lines(f, ctx, &at.settlement, &heading);
}

/// Every party's line of a settlement under a heading (level 2), in the layout of the scenario
/// table's party lines, with the note that says how each line adds up.
pub(crate) fn settlement_lines(f: &mut Flow, ctx: &Ctx, s: &Settlement, heading: &str) {
    let t = ctx.t;
    f.heading(heading, 2);
    let labels =
        [Label::TargetShareCol, Label::Fee, Label::GainCol, Label::PainCol, Label::KraCol, Label::NetCol, Label::Total];
    // The share of the target and the total hold the largest amounts: the widest columns.
    let width = |l: Label| match l {
        Label::TargetShareCol | Label::Total => 0.145,
        Label::Fee => 0.13,
        _ => 0.105,
    };
    let mut cols = vec![Column::left(ctx.l(Label::Party), 0.16)];
    cols.extend(labels.iter().map(|&l| Column::right(ctx.l(l), width(l))));
    let mut table = Table::new(cols);
    table.size = 8.0;
    for line in s.lines() {
        let target = if line.owner { t.money(line.target) } else { "–".to_string() };
        let mut row = vec![party_name(ctx, line.party), target];
        row.extend([line.fee, line.gain, line.pain, line.kra, line.net, line.total].map(|m| t.money(m)));
        table.push(row);
    }
    f.table(&table);
    f.note(&ctx.l(Label::PartyLinesNote));
}
