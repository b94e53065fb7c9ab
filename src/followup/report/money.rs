//! The report's money sections: the cost burn (`followup::burn`: each year's budget and
//! reported cost per party, and the running total per period) and the settlement forecast
//! (`followup::forecast`: to date, the run-rate and the estimate, each settled by
//! `commercial::settle`, with each party's lines as the commercial annex prints them).

use crate::annex::content::{party_name, settlement_lines};
use crate::annex::flow::{Column, Flow, Row, Table};
use crate::annex::layout::{Orientation, Rgb};
use crate::annex::{Ctx, Label};
use crate::commercial::Settlement;
use crate::followup::{Case, Kpis, Method, burn as burn_of, forecast as forecast_of};
use crate::i18n::{Language, format};
use crate::model::Money;
use chrono::NaiveDate;

pub fn burn(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    f.heading(&ctx.l(Label::Burn), 1);
    let burn = match burn_of(ctx.plan) {
        Ok(b) => b,
        Err(e) => {
            f.paragraph(&format!("{} {}", ctx.l(Label::CannotCompute), e.message(t.primary())));
            return;
        }
    };
    f.heading(&ctx.l(Label::BurnPerYear), 2);
    let mut years = Table::new(vec![
        Column::left(format!("{} / {}", ctx.l(Label::Year), ctx.l(Label::Party)), 0.40),
        Column::right(ctx.l(Label::BudgetCol), 0.22),
        Column::right(ctx.l(Label::ActualCol), 0.22),
        Column::right(ctx.l(Label::UsedCol), 0.16),
    ]);
    years.zebra = false;
    for y in &burn.years {
        years.rows.push(Row {
            cells: vec![y.year.to_string(), t.money(y.budget), t.money(y.actual), used(y.actual, y.budget, ctx)],
            bold: true,
            fill: Some(Rgb::HEAD),
            ..Row::default()
        });
        for &(party, budget, actual) in &y.parties {
            years.push(vec![party_name(ctx, party), t.money(budget), t.money(actual), used(actual, budget, ctx)]);
        }
    }
    if years.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&years);
    }
    f.heading(&ctx.l(Label::Cumulative), 2);
    if burn.periods.is_empty() {
        f.paragraph(&ctx.l(Label::NoCosts));
        return;
    }
    let mut periods = Table::new(vec![
        Column::left(ctx.l(Label::PeriodCol), 0.34),
        Column::right(ctx.l(Label::PeriodCost), 0.33),
        Column::right(ctx.l(Label::CumulativeCol), 0.33),
    ]);
    for p in &burn.periods {
        periods.push(vec![p.period.to_string(), t.money(p.amount), t.money(p.cumulative)]);
    }
    f.table(&periods);
}

/// The actual as a share of the budget; "–" without a budget.
fn used(actual: Money, budget: Money, ctx: &Ctx) -> String {
    if budget.cents() == 0 { "–".to_string() } else { format::share(actual, budget, ctx.t.primary()) }
}

fn case_label(m: Method) -> Label {
    match m {
        Method::RunRate => Label::RunRate,
        Method::Estimate => Label::Estimate,
    }
}

pub fn forecast(f: &mut Flow, ctx: &Ctx, kpis: &Kpis, as_of: NaiveDate) {
    let t = ctx.t;
    f.heading(&ctx.l(Label::Forecast), 1);
    let fc = match forecast_of(ctx.plan, kpis, as_of) {
        Ok(fc) => fc,
        Err(e) => {
            f.paragraph(&format!("{} {}", ctx.l(Label::CannotCompute), e.message(t.primary())));
            return;
        }
    };
    f.paragraph(&ctx.l(Label::ForecastWords).replace("{date}", &t.date(fc.as_of)));
    f.key_values(vec![
        (ctx.l(Label::ToDate), t.money(fc.to_date)),
        (ctx.l(Label::ToDateProducers), t.money(fc.to_date_producers)),
        (ctx.l(Label::LatestPeriod), fc.latest.map_or_else(|| "–".to_string(), |p| p.to_string())),
        (ctx.l(Label::MonthsElapsed), format!("{} / {}", fc.months_elapsed, fc.months_total)),
    ]);
    if !fc.parties.is_empty() {
        let mut parties =
            Table::new(vec![Column::left(ctx.l(Label::Party), 0.6), Column::right(ctx.l(Label::ActualCol), 0.4)]);
        for &(party, amount) in &fc.parties {
            parties.push(vec![party_name(ctx, party), t.money(amount)]);
        }
        parties.rows.push(Row::bold(vec![ctx.l(Label::Total), t.money(fc.to_date)]));
        f.heading(&ctx.l(Label::PartyCostToDate), 2);
        f.table(&parties);
    }
    let cases: Vec<&Case> = fc.run_rate.iter().chain(&fc.estimate).collect();
    if fc.run_rate.is_none() {
        f.note(&ctx.l(Label::NoForecast));
    }
    if fc.estimate.is_none() {
        f.note(&ctx.l(Label::NoEstimate));
    }
    if cases.is_empty() {
        return;
    }
    f.heading(&ctx.l(Label::Case), 2);
    let n = cases.len() as f32;
    let mut cols = vec![Column::left("", 0.46)];
    cols.extend(cases.iter().map(|c| Column::right(ctx.l(case_label(c.method)), 0.54 / n)));
    let mut table = Table::new(cols);
    let row = |label: Label, get: &dyn Fn(&Case) -> String| {
        let mut r = vec![ctx.l(label)];
        r.extend(cases.iter().map(|c| get(c)));
        r
    };
    let money = |get: fn(&Settlement) -> Money| move |c: &Case| t.money(get(&c.settlement));
    table.push(row(Label::ToDate, &|_| t.money(fc.to_date)));
    table.push(row(Label::Rest, &|c| t.money(c.rest)));
    table.rows.push(Row::bold(row(Label::Actual, &|c| t.money(c.actual))));
    table.push(row(Label::ToDateProducers, &|c| t.money(c.actual_producers)));
    table.push(row(Label::TargetCost, &money(|s| s.target.target_cost)));
    table.push(row(Label::Underrun, &money(|s| s.underrun)));
    table.push(row(Label::Overrun, &money(|s| s.overrun)));
    table.push(row(Label::WeightedScore, &|c| format::score(c.settlement.kra.score, t.primary())));
    table.push(row(Label::KraEff, &money(|s| s.kra_eff)));
    table.rows.push(Row::bold(row(Label::ProducersTotal, &money(|s| s.producers_total))));
    table.rows.push(Row::bold(row(Label::OwnersOutlay, &money(|s| s.owners_outlay))));
    table.push(row(Label::Saving, &money(|s| s.saving)));
    f.table(&table);
    // Each party's lines on a landscape page, as the commercial annex prints them beside its
    // scenario table: eight columns of amounts do not fit a portrait page.
    f.orientation(Orientation::Landscape);
    for c in cases {
        let heading = each_case(ctx, c.method);
        settlement_lines(f, ctx, &c.settlement, &heading);
    }
    f.orientation(Orientation::Portrait);
}

/// "Osapuolten erät – ennuste toteutuneen tahdin mukaan" in the edition.
fn each_case(ctx: &Ctx, m: Method) -> String {
    let make = |l: Language| Label::CaseLines.get(l).replace("{case}", &case_label(m).get(l).to_lowercase());
    ctx.t.both(&make(Language::Fi), &make(Language::Sv), &make(Language::En))
}
