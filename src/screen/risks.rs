//! The risk register, read-only for now: each risk with its probability, impact, score and band
//! (scored by the library with the plan's own scales), owner and status.

use super::{Action, Context};
use crate::i18n::ui::Text;
use crate::i18n::{Language, Named};
use crate::model::{Plan, Risk};
use crate::theme::{self, space};
use crate::widget as w;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{column, table};
use iced::{Alignment, Element, Length};

/// The view state of the risks screen.
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
    let scales = &plan.risks.scales;
    let register: Element<'a, M> = if plan.risks.risks.is_empty() {
        w::muted(t(Text::NoRisks)).into()
    } else {
        table(
            [
                table::column(w::th(t(Text::Code)), |r: &Risk| w::td(r.code.as_str())).width(Length::Fixed(60.0)),
                table::column(w::th(t(Text::Risk)), |r: &Risk| w::td(r.title.as_str())).width(Length::FillPortion(4)),
                table::column(w::th(t(Text::Category)), move |r: &Risk| w::td(r.category.name(lang)))
                    .width(Length::FillPortion(2)),
                table::column(w::th(t(Text::Owner)), move |r: &Risk| {
                    w::td(if r.shared {
                        t(Text::SharedRisk)
                    } else {
                        r.owner.and_then(|id| plan.party(id)).map_or("–", |p| p.label())
                    })
                })
                .width(Length::FillPortion(2)),
                table::column(w::th(t(Text::ProbabilityShort)), |r: &Risk| w::td(r.probability.to_string()))
                    .align_x(Alignment::Center),
                table::column(w::th(t(Text::ImpactShort)), |r: &Risk| w::td(r.impact.to_string()))
                    .align_x(Alignment::Center),
                table::column(w::th(t(Text::Score)), |r: &Risk| w::td(r.score().to_string()))
                    .align_x(Alignment::Center),
                table::column(w::th(t(Text::Band)), move |r: &Risk| {
                    let band = scales.band(r.score());
                    w::badge(band.name(lang), move |th| theme::band_color(th, band))
                }),
                table::column(w::th(t(Text::Status)), move |r: &Risk| w::td(r.status.name(lang)))
                    .width(Length::FillPortion(2)),
            ],
            &plan.risks.risks,
        )
        .width(Length::Fill)
        .padding_x(space::S)
        .padding_y(space::XS)
        .into()
    };
    column![w::h1(t(Text::TabRisks)), w::muted(t(Text::RiskScoreHint)), w::card(register)]
        .spacing(space::L)
        .padding(space::XL)
        .into()
}
