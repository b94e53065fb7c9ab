//! The target budget, read-only for now: every party's cost lines with the party totals, the
//! yearly totals and the grand total (all computed by the library), and the sharing settings.

use super::{Action, Context};
use crate::i18n::ui::Text;
use crate::i18n::{Language, format};
use crate::model::{Cap, CostLine, Money, Plan};
use crate::theme::space;
use crate::widget as w;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{column, row, table};
use iced::{Alignment, Element, Length};

/// The view state of the budget screen.
#[derive(Debug, Default)]
pub struct State {}

#[derive(Debug, Clone)]
pub enum Message {}

impl State {
    pub fn update(&mut self, message: Message, _plan: &Plan, _ctx: &Context) -> Action<Message> {
        match message {}
    }

    /// The message for a key press no widget took while this screen is shown.
    pub fn key(&self, _key: &Key, _modifiers: Modifiers) -> Option<Message> {
        None
    }

    /// The screen, filling the space below the tabs; it scrolls its own content.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        iced::widget::scrollable(view(plan, ctx.lang)).height(Length::Fill).into()
    }
}

fn view<'a, M: 'a>(plan: &'a Plan, lang: Language) -> Element<'a, M> {
    let t = |x: Text| x.get(lang);
    let money = move |m: Option<Money>| m.map_or_else(|| t(Text::Overflow).to_string(), |m| format::money(m, lang));
    let budget = &plan.budget;

    let mut parties = column![].spacing(space::L);
    for party in &plan.parties {
        let lines: Vec<&CostLine> = budget.cost_lines.iter().filter(|c| c.party == party.id).collect();
        if lines.is_empty() {
            continue;
        }
        let lines = table(
            [
                table::column(w::th(t(Text::Category)), |c: &CostLine| w::td(c.category.as_str()))
                    .width(Length::Fixed(90.0)),
                table::column(w::th(t(Text::Year)), |c: &CostLine| w::td(c.year.to_string()))
                    .width(Length::Fixed(70.0)),
                table::column(w::th(t(Text::Description)), |c: &CostLine| w::td(c.description.as_str()))
                    .width(Length::Fill),
                table::column(w::th(t(Text::Amount)), move |c: &CostLine| w::td_number(format::money(c.amount, lang)))
                    .width(Length::Fixed(160.0))
                    .align_x(Alignment::End),
            ],
            lines,
        )
        .width(Length::Fill)
        .padding_x(space::S)
        .padding_y(space::XS);
        parties = parties.push(w::card(
            column![
                row![w::h3(party.name.as_str()).width(Length::Fill), w::h3(money(budget.total_for_party(party.id)))],
                lines
            ]
            .spacing(space::S),
        ));
    }

    let years = column(budget.years().into_iter().map(|y| {
        row![
            w::body(y.to_string()).width(Length::Fixed(220.0)),
            w::body(money(budget.total_for_year(y)))
                .width(Length::Fixed(200.0))
                .align_x(iced::alignment::Horizontal::Right)
        ]
        .spacing(space::M)
        .into()
    }))
    .spacing(space::XS);

    let percent = |bp| format::percent(bp, lang);
    let cap = |c: Cap| match c {
        Cap::EqualToFee => t(Text::CapEqualToFee).to_string(),
        Cap::Amount(m) => format::money(m, lang),
        Cap::Unlimited => t(Text::CapUnlimited).to_string(),
    };
    let fact = |label: Text, value: String| -> Element<'a, M> {
        row![w::muted(t(label)).width(Length::Fixed(260.0)), w::body(value)].spacing(space::M).into()
    };
    let s = &budget.sharing;
    let sharing = column![
        fact(Text::GainShare, percent(s.gain_share)),
        fact(Text::PainShare, percent(s.pain_share)),
        fact(Text::GainCap, cap(s.gain_cap)),
        fact(Text::PainCap, cap(s.pain_cap)),
        fact(Text::KraPool, format::money(budget.kra_pool, lang)),
    ]
    .spacing(space::XS);

    let body: Element<'a, M> =
        if budget.cost_lines.is_empty() { w::muted(t(Text::NoCostLines)).into() } else { parties.into() };

    column![
        w::h1(t(Text::TabBudget)),
        w::card(
            column![row![w::h2(t(Text::BudgetTotal)).width(Length::Fill), w::h2(money(budget.total()))], years]
                .spacing(space::S)
        ),
        body,
        w::h2(t(Text::Sharing)),
        w::card(sharing),
    ]
    .spacing(space::L)
    .padding(space::XL)
    .into()
}
