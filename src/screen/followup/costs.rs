//! The follow-up view's cost part: the burn of each year's target budget by the costs the parties
//! report (per party, and per period with the running total), the entry of a party's cost of a
//! category in a period, and the settlement forecast with the estimate of the rest.

use super::{Message, current_period, period_or_current};
use crate::commercial::Error;
use crate::followup::{Burn, Case, Forecast};
use crate::i18n::ui::followup::F;
use crate::i18n::{Language, format};
use crate::model::{Edit, Money, PartyId, Period, Plan};
use crate::screen::{Action, Context};
use crate::theme::{size, space};
use crate::widget::{self as w, Beside};
use iced::widget::{button, column, row, text, text_input};
use iced::{Alignment, Element, Length};

/// The cost being typed.
#[derive(Debug, Clone, Default)]
pub struct CostEntry {
    period: String,
    party: Option<PartyId>,
    category: Option<String>,
    amount: String,
    error: Option<String>,
    saved: bool,
}

#[derive(Debug, Clone)]
pub enum CostMessage {
    PeriodTyped(String),
    PartySelected(PartyId),
    CategorySelected(String),
    AmountTyped(String),
    Save,
    Remove,
    /// Import or export the actual costs as a spreadsheet.
    Sheet(crate::screen::SheetRequest),
}

impl CostEntry {
    pub fn update(&mut self, m: CostMessage, plan: &Plan, ctx: &Context) -> Action<CostMessage> {
        let lang = ctx.lang;
        self.saved = false;
        match m {
            CostMessage::PeriodTyped(s) => {
                self.period = s;
                self.error = None;
                self.load_existing(plan, ctx);
            }
            CostMessage::PartySelected(p) => {
                self.party = Some(p);
                self.load_existing(plan, ctx);
            }
            CostMessage::CategorySelected(c) => {
                self.category = Some(c);
                self.load_existing(plan, ctx);
            }
            CostMessage::AmountTyped(s) => {
                self.amount = s;
                self.error = None;
            }
            CostMessage::Save => match self.typed(plan, ctx) {
                Ok((party, category, period)) => match crate::commercial::parse_euros(&self.amount) {
                    Ok(amount) if amount.cents() >= 0 => {
                        self.saved = true;
                        return Action::Edit(Edit::SetCostActual { party, category, period, amount: Some(amount) });
                    }
                    _ => self.error = Some(F::BadAmount.with(self.amount.trim(), lang)),
                },
                Err(e) => self.error = Some(e),
            },
            CostMessage::Sheet(r) => return Action::Sheet(r),
            CostMessage::Remove => match self.typed(plan, ctx) {
                Ok((party, category, period)) => {
                    if plan.followup.costs.iter().any(|c| c.key() == (party, category.as_str(), period)) {
                        self.amount.clear();
                        return Action::Edit(Edit::SetCostActual { party, category, period, amount: None });
                    }
                }
                Err(e) => self.error = Some(e),
            },
        }
        Action::None
    }

    /// Party, category and period as chosen, or what is missing.
    fn typed(&self, plan: &Plan, ctx: &Context) -> Result<(PartyId, String, Period), String> {
        let lang = ctx.lang;
        let period = period_or_current(&self.period, plan, ctx, lang)?;
        let party =
            self.party.filter(|p| plan.party(*p).is_some()).ok_or_else(|| F::ChooseParty.get(lang).to_string())?;
        let category = self.category.clone().ok_or_else(|| F::ChooseCategory.get(lang).to_string())?;
        Ok((party, category, period))
    }

    fn load_existing(&mut self, plan: &Plan, ctx: &Context) {
        let lang = ctx.lang;
        if let Ok((party, category, period)) = self.typed(plan, ctx)
            && let Some(c) = plan.followup.costs.iter().find(|c| c.key() == (party, category.as_str(), period))
        {
            self.amount = format::money_input(c.amount, lang);
        }
    }
}

fn party_name(plan: &Plan, id: PartyId) -> String {
    plan.party(id).map_or_else(|| id.to_string(), |p| p.label().to_string())
}

fn right<'a>(s: String, width: f32, bold: bool) -> Element<'a, CostMessage> {
    let t = if bold { w::th(s) } else { w::td_number(s) };
    t.width(Length::Fixed(width)).align_x(iced::alignment::Horizontal::Right).into()
}

/// The costs card: the burn by year and party, by period, and the entry form.
pub fn view<'a>(
    entry: &'a CostEntry,
    plan: &'a Plan,
    burn: &'a Result<Burn, Error>,
    ctx: &Context<'a>,
) -> Element<'a, CostMessage> {
    let lang = ctx.lang;
    let [import, export] = w::sheet_tools(crate::csvio::Kind::Actuals, ctx.editable, lang, CostMessage::Sheet);
    let title = row![w::h2(F::CostsTitle.get(lang)), iced::widget::space::horizontal(), import, export]
        .spacing(space::S)
        .align_y(Alignment::Center);
    let mut card = column![title, w::muted(F::CostsIntro.get(lang))].spacing(space::S);
    match burn {
        Err(e) => card = card.push(w::body(e.message(lang))),
        Ok(b) if b.periods.is_empty() => card = card.push(w::body(F::NoCosts.get(lang))),
        Ok(b) => {
            const NAME: f32 = 220.0;
            const CELL: f32 = 150.0;
            let mut years = column![
                row![
                    w::th("").width(Length::Fixed(NAME)),
                    right(F::Budget.get(lang).into(), CELL, true),
                    right(F::Reported.get(lang).into(), CELL, true),
                    right(F::Used.get(lang).into(), 90.0, true)
                ]
                .spacing(space::S)
            ]
            .spacing(2);
            for y in &b.years {
                years = years.push(
                    row![
                        w::th(y.year.to_string()).width(Length::Fixed(NAME)),
                        right(format::money(y.budget, lang), CELL, true),
                        right(format::money(y.actual, lang), CELL, true),
                        right(format::share(y.actual, y.budget, lang), 90.0, true)
                    ]
                    .spacing(space::S),
                );
                for &(party, budget, actual) in &y.parties {
                    years = years.push(
                        row![
                            w::td(format!("  {}", party_name(plan, party))).width(Length::Fixed(NAME)),
                            right(format::money(budget, lang), CELL, false),
                            right(format::money(actual, lang), CELL, false),
                            right(format::share(actual, budget, lang), 90.0, false)
                        ]
                        .spacing(space::S),
                    );
                }
            }
            let mut periods = column![
                row![
                    w::th(F::Period.get(lang)).width(Length::Fixed(90.0)),
                    right(F::Reported.get(lang).into(), CELL, true),
                    right(F::Cumulative.get(lang).into(), CELL, true)
                ]
                .spacing(space::S)
            ]
            .spacing(2);
            for p in &b.periods {
                periods = periods.push(
                    row![
                        w::td(p.period.to_string()).width(Length::Fixed(90.0)),
                        right(format::money(p.amount, lang), CELL, false),
                        right(format::money(p.cumulative, lang), CELL, false)
                    ]
                    .spacing(space::S),
                );
            }
            card = card.push(
                row![years, column![w::h3(F::PerPeriod.get(lang)), periods].spacing(space::XS)]
                    .spacing(space::XL)
                    .wrap(),
            );
        }
    }
    card = card.push(entry_form(entry, plan, ctx));
    w::card(card).into()
}

fn entry_form<'a>(entry: &'a CostEntry, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, CostMessage> {
    let lang = ctx.lang;
    let editable = ctx.editable;
    let input = |id: &str, placeholder: &str, value: &str, on: fn(String) -> CostMessage, width: f32| {
        text_input(placeholder, value)
            .id(format!("followup-cost-{id}"))
            .on_input_maybe(editable.then_some(on))
            .on_submit(CostMessage::Save)
            .size(size::SMALL)
            .padding(space::XS)
            .width(Length::Fixed(width))
    };
    let parties = row(plan
        .parties
        .iter()
        .map(|p| w::tab(p.label().to_string(), entry.party == Some(p.id), CostMessage::PartySelected(p.id))))
    .spacing(space::XS)
    .wrap();
    let categories = row(plan.budget.cost_categories.iter().filter(|k| k.reimbursable).map(|k| {
        w::tab(
            k.code.clone(),
            entry.category.as_deref() == Some(k.code.as_str()),
            CostMessage::CategorySelected(k.code.clone()),
        )
    }))
    .spacing(space::XS)
    .wrap();
    let category_name = entry
        .category
        .as_deref()
        .and_then(|c| plan.budget.cost_categories.iter().find(|k| k.code == c))
        .map_or_else(String::new, |k| k.category.clone());
    let mut fields = row![
        column![
            w::muted(F::Period.get(lang)),
            input("period", &current_period(plan, ctx).to_string(), &entry.period, CostMessage::PeriodTyped, 110.0)
        ]
        .spacing(2),
        column![
            w::muted(F::AmountEuros.get(lang)),
            input("amount", "0,00", &entry.amount, CostMessage::AmountTyped, 150.0)
        ]
        .spacing(2),
        button(text(F::Save.get(lang)).size(size::SMALL))
            .padding([space::XS, space::M])
            .on_press_maybe(editable.then_some(CostMessage::Save)),
        button(text(F::Remove.get(lang)).size(size::SMALL))
            .padding([space::XS, space::M])
            .style(button::secondary)
            .on_press_maybe(editable.then_some(CostMessage::Remove)),
    ]
    .spacing(space::S)
    .align_y(Alignment::End);
    if entry.saved && entry.error.is_none() {
        fields = fields.push(w::muted(F::Saved.get(lang)));
    }
    column![
        w::h3(F::CostEntryTitle.get(lang)),
        column![w::muted(F::Party.get(lang)), parties].spacing(2),
        column![w::muted(F::Category.get(lang)), categories, w::muted(category_name)].spacing(2),
        w::with_message(fields.wrap(), entry.error.clone(), Beside::Below, None)
    ]
    .spacing(space::S)
    .into()
}

/// The forecast card: as of the latest reported period, the two cases side by side.
pub fn forecast<'a>(
    plan: &'a Plan,
    forecast: Option<&'a Result<Forecast, Error>>,
    rest: String,
    ctx: &Context<'a>,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    let rest_input = text_input("", &rest)
        .id("followup-rest")
        .on_input_maybe(ctx.editable.then_some(Message::RestTyped))
        .size(size::SMALL)
        .padding(space::XS)
        .width(Length::Fixed(180.0));
    let bad = {
        let t = rest.trim();
        (!t.is_empty() && crate::commercial::parse_euros(t).is_err()).then(|| F::BadAmount.with(t, lang))
    };
    let mut card = column![
        w::h2(F::ForecastTitle.get(lang)),
        row![w::muted(F::RestEstimate.get(lang)), w::with_message(rest_input, bad, Beside::Right, Some(360.0))]
            .spacing(space::S)
            .align_y(Alignment::Center),
        w::muted(F::RestHint.get(lang)),
    ]
    .spacing(space::S);
    match forecast {
        None => card = card.push(w::body(F::NoForecast.get(lang))),
        Some(Err(e)) => card = card.push(w::body(e.message(lang))),
        Some(Ok(f)) => {
            let facts = [
                (F::AsOf, format::date(f.as_of, lang)),
                (F::MonthsElapsed, format!("{} / {}", f.months_elapsed, f.months_total)),
                (F::ToDate, format::money(f.to_date, lang)),
                (F::OfProducers, format::money(f.to_date_producers, lang)),
            ];
            let mut list = column![].spacing(2);
            for (label, value) in facts {
                list = list.push(
                    row![
                        w::td(label.get(lang)).width(Length::Fixed(260.0)),
                        w::td_number(value).width(Length::Fixed(170.0)).align_x(iced::alignment::Horizontal::Right)
                    ]
                    .spacing(space::S),
                );
            }
            card = card.push(list);
            let cases = row![
                case_column(plan, F::RunRate, f.run_rate.as_ref(), F::NoRunRate, lang),
                case_column(plan, F::Estimate, f.estimate.as_ref(), F::NoEstimate, lang)
            ]
            .spacing(space::XL)
            .wrap();
            card = card.push(cases);
        }
    }
    w::card(card).into()
}

fn case_column<'a>(
    plan: &'a Plan,
    title: F,
    case: Option<&'a Case>,
    missing: F,
    lang: Language,
) -> Element<'a, Message> {
    let mut col = column![w::h3(title.get(lang))].spacing(2).width(Length::Fixed(440.0));
    let Some(c) = case else {
        return col.push(w::muted(missing.get(lang))).into();
    };
    let s = &c.settlement;
    let line = |label: String, value: String, bold: bool| -> Element<'a, Message> {
        let (l, v) = if bold { (w::th(label), w::th(value)) } else { (w::td(label), w::td_number(value)) };
        row![l.width(Length::Fixed(260.0)), v.width(Length::Fixed(170.0)).align_x(iced::alignment::Horizontal::Right)]
            .spacing(space::S)
            .into()
    };
    let m = |x: Money| format::money(x, lang);
    col = col
        .push(line(F::Rest.get(lang).into(), m(c.rest), false))
        .push(line(F::ActualCost.get(lang).into(), m(c.actual), true))
        .push(line(format!("  {}", F::OfProducers.get(lang)), m(c.actual_producers), false))
        .push(line(F::Underrun.get(lang).into(), m(s.underrun), false))
        .push(line(F::Overrun.get(lang).into(), m(s.overrun), false))
        .push(line(F::KraScore.get(lang).into(), format::score(s.kra.score, lang), false))
        .push(line(F::Kra.get(lang).into(), m(s.kra_eff), false))
        .push(line(F::OwnersOutlay.get(lang).into(), m(s.owners_outlay), true))
        .push(line(F::Saving.get(lang).into(), m(s.saving), true))
        .push(w::muted(F::NetPerParty.get(lang)));
    for l in s.lines() {
        col = col.push(line(format!("  {}", party_name(plan, l.party)), m(l.net), false));
    }
    col.into()
}
