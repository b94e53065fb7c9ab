//! The timeline, read-only for now: each phase with its dates and state, its deliverables and
//! the decisions taken at its gate.

use super::{Action, Context};
use crate::i18n::ui::{self, Text};
use crate::i18n::{Language, Named, format};
use crate::model::{Phase, Plan};
use crate::theme::{self, space};
use crate::widget as w;
use chrono::NaiveDate;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{column, row, table};
use iced::{Alignment, Element, Length};

/// The view state of the timeline screen.
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
        iced::widget::scrollable(view(plan, ctx.lang, ctx.today)).height(Length::Fill).into()
    }
}

fn view<'a, M: 'a>(plan: &'a Plan, lang: Language, today: NaiveDate) -> Element<'a, M> {
    column![
        w::h1(Text::TabTimeline.get(lang)),
        column(plan.phases.iter().map(|p| phase(plan, p, lang, today))).spacing(space::L)
    ]
    .spacing(space::L)
    .padding(space::XL)
    .into()
}

fn phase<'a, M: 'a>(plan: &'a Plan, phase: &'a Phase, lang: Language, today: NaiveDate) -> Element<'a, M> {
    let state = phase.state(today);
    let title = row![
        w::h2(format!("{}. {}", phase.kind.number(), phase.kind.name(lang))),
        w::badge(state.name(lang), move |t| theme::phase_state_color(t, state)),
        w::muted(super::guide::dates(phase, lang)),
    ]
    .spacing(space::M)
    .align_y(Alignment::Center);

    let date = move |d: Option<NaiveDate>| d.map_or_else(|| "–".to_string(), |d| format::date(d, lang));
    let deliverables: Element<'a, M> = if phase.deliverables.is_empty() {
        w::muted(Text::NoDeliverables.get(lang)).into()
    } else {
        table(
            [
                table::column(w::th(Text::Deliverable.get(lang)), |d: &crate::model::Deliverable| {
                    w::td(d.title.as_str())
                })
                .width(Length::FillPortion(5)),
                table::column(w::th(Text::Owner.get(lang)), move |d: &crate::model::Deliverable| {
                    w::td(d.owner.and_then(|id| plan.party(id)).map_or("–", |p| p.label()))
                })
                .width(Length::FillPortion(2)),
                table::column(w::th(Text::Start.get(lang)), move |d: &crate::model::Deliverable| w::td(date(d.start))),
                table::column(w::th(Text::Due.get(lang)), move |d: &crate::model::Deliverable| w::td(date(d.due))),
                table::column(w::th(Text::Status.get(lang)), move |d: &crate::model::Deliverable| {
                    w::td(d.status.name(lang))
                }),
            ],
            &phase.deliverables,
        )
        .width(Length::Fill)
        .padding_x(space::S)
        .padding_y(space::XS)
        .into()
    };

    let decisions: Element<'a, M> = if phase.decisions.is_empty() {
        w::muted(format!("{} {}: {}", Text::Gate.get(lang), phase.kind.gate_name(), Text::NoDecisions.get(lang))).into()
    } else {
        column(phase.decisions.iter().map(|d| {
            let approvals = d.positions.iter().filter(|p| p.stance == crate::model::Stance::Approves).count();
            w::body(format!(
                "{} {} · {} · {} · {} {}",
                Text::Gate.get(lang),
                phase.kind.gate_name(),
                format::date(d.date, lang),
                d.outcome.name(lang),
                ui::approvals(approvals, d.positions.len(), lang),
                d.minutes_ref
            ))
            .into()
        }))
        .spacing(space::XS)
        .into()
    };

    w::card(column![title, deliverables, decisions].spacing(space::M)).into()
}
