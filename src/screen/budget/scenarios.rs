//! The scenario section: the scenario shares (editable), the table of outcomes with each party's
//! line at every share, and the two charts. Every number is from `commercial::scenarios`,
//! `commercial::result_curve` and `commercial::pivot`.

use super::chart::{self, BudgetBars, ResultChart, Series};
use super::pivots::key_label;
use super::{Field, Message, State};
use crate::analysis::Analysis;
use crate::commercial::{self, PartyLine, Scenario, Settlement};
use crate::i18n::ui::budget::T;
use crate::i18n::{Language, format};
use crate::model::{Bp, Money, Plan};
use crate::screen::Context;
use crate::theme::space;
use crate::widget as w;
use iced::widget::{canvas, column, row, scrollable};
use iced::{Alignment, Element, Length};

fn table<'a>(plan: &Plan, list: &[Scenario], lang: Language) -> Element<'a, Message> {
    const LABEL: f32 = 330.0;
    const CELL: f32 = 150.0;
    let cell = |s: String, bold: bool| -> Element<'a, Message> {
        let t = if bold { w::th(s) } else { w::td(s) };
        t.width(Length::Fixed(CELL)).align_x(iced::alignment::Horizontal::Right).into()
    };
    let mut head = row![w::th(T::ActualShare.get(lang)).width(Length::Fixed(LABEL))].spacing(space::S);
    for s in list {
        head = head.push(cell(format::percent(s.share, lang), true));
    }
    let mut rows = column![head].spacing(space::XS);
    let figure = |label: T, f: &dyn Fn(&Settlement) -> Money, bold: bool| {
        let mut r =
            row![if bold { w::th(label.get(lang)) } else { w::td(label.get(lang)) }.width(Length::Fixed(LABEL))]
                .spacing(space::S);
        for s in list {
            r = r.push(cell(format::money(f(&s.settlement), lang), bold));
        }
        r
    };
    rows = rows
        .push(figure(T::Actual, &|s| s.actual, true))
        .push(figure(T::ActualProducers, &|s| s.actual_producers, false))
        .push(figure(T::Underrun, &|s| s.underrun, false))
        .push(figure(T::Overrun, &|s| s.overrun, false))
        .push(figure(T::ProdGain, &|s| s.prod_gain, false))
        .push(figure(T::OwnerGain, &|s| s.owner_gain, false))
        .push(figure(T::ProdPain, &|s| s.prod_pain, false))
        .push(figure(T::OwnerPain, &|s| s.owner_pain, false))
        .push(figure(T::KraEff, &|s| s.kra_eff, false))
        .push(figure(T::ProducersTotal, &|s| s.producers_total, true))
        .push(figure(T::OwnersOutlay, &|s| s.owners_outlay, true))
        .push(figure(T::Saving, &|s| s.saving, true))
        .push(iced::widget::rule::horizontal(1))
        .push(w::th(T::PerParty.get(lang)));
    let per_party = |rows: iced::widget::Column<'a, Message>, pick: fn(&PartyLine) -> Money| {
        let mut rows = rows;
        if let Some(first) = list.first() {
            for (i, l) in first.settlement.lines().enumerate() {
                let name = plan.party(l.party).map_or_else(|| l.party.to_string(), |p| p.label().to_string());
                let mut r = row![w::td(name).width(Length::Fixed(LABEL))].spacing(space::S);
                for s in list {
                    let value = s.settlement.line(i).map_or(Money::ZERO, pick);
                    r = r.push(cell(format::money(value, lang), false));
                }
                rows = rows.push(r);
            }
        }
        rows
    };
    rows = per_party(rows, |l| l.net);
    rows = rows.push(figure(T::OutcomeTotal, &|s| s.outcome(), true));
    rows = rows.push(iced::widget::rule::horizontal(1)).push(w::th(T::PerPartyTotal.get(lang)));
    rows = per_party(rows, |l| l.total);
    rows = rows.push(w::muted(T::PartyNote.get(lang)));
    scrollable(rows).direction(scrollable::Direction::Horizontal(scrollable::Scrollbar::default())).into()
}

fn bars<'a>(plan: &Plan, analysis: &Analysis, lang: Language) -> Option<Element<'a, Message>> {
    let p = analysis.pivots.party_category.as_ref().ok()?;
    if p.rows.is_empty() {
        return None;
    }
    let program = BudgetBars {
        parties: p.rows.iter().map(|k| key_label(k, plan)).collect(),
        categories: p.columns.iter().map(|k| key_label(k, plan)).collect(),
        values: p.cells.clone(),
        lang,
    };
    Some(canvas(program).width(Length::Fill).height(Length::Fixed(320.0)).into())
}

fn curve<'a>(analysis: &Analysis, lang: Language) -> Result<Element<'a, Message>, commercial::Error> {
    let points = analysis.curve.as_ref().map_err(Clone::clone)?;
    let pct = |b: Bp| b.0 as f32 / 100.0;
    let program = ResultChart {
        series: vec![
            Series {
                name: T::ProducersResult.get(lang).to_string(),
                points: points.iter().map(|p| (pct(p.share), p.producers)).collect(),
                color: chart::color(0),
            },
            Series {
                name: T::OwnersResult.get(lang).to_string(),
                points: points.iter().map(|p| (pct(p.share), p.owners)).collect(),
                color: chart::color(1),
            },
        ],
        cap_label: T::CapBites.get(lang).to_string(),
        x_label: T::ActualShare.get(lang).to_string(),
        lang,
    };
    Ok(canvas(program).width(Length::Fill).height(Length::Fixed(340.0)).into())
}

/// The scenario section.
pub fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let shares = row![
        w::body(T::ScenarioShares.get(lang)),
        state.number(Field::Scenarios, plan, ctx, 260.0),
        w::muted(T::ScenarioHint.get(lang)),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    let table: Element<'a, Message> = match &ctx.analysis.scenarios {
        Ok(list) if list.is_empty() => w::muted(T::NoScenarios.get(lang)).into(),
        Ok(list) => table(plan, list, lang),
        Err(e) => w::body(e.message(lang)).into(),
    };
    let bars =
        bars(plan, ctx.analysis, lang).unwrap_or_else(|| w::muted(crate::i18n::ui::Text::NoCostLines.get(lang)).into());
    let curve = curve(ctx.analysis, lang).unwrap_or_else(|e| w::body(e.message(lang)).into());
    column![
        shares,
        w::card(table),
        w::h2(T::ChartBudget.get(lang)),
        w::card(bars),
        w::h2(T::ChartResult.get(lang)),
        w::muted(T::ChartResultHint.get(lang)),
        w::card(curve),
    ]
    .spacing(space::M)
    .into()
}
