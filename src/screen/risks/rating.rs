//! The workshop rating panel: each party present gives probability and impact for the selected
//! risk (buttons or quick keys 1–5), the panel shows the spread and flags strong disagreement,
//! and the facilitator adopts the median or another value with one button.

use super::editor::levels;
use super::{Message, State};
use crate::i18n::Language;
use crate::i18n::ui::risks::{self as txt, Tx};
use crate::model::register::{Spread, WorkshopRating};
use crate::model::{Party, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::{button, checkbox, column, container, row, text};
use iced::{Alignment, Border, Color, Element, Length, Theme};

/// Which scale a vote is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scale {
    Probability,
    Impact,
}

/// The parties present in the workshop: every party that has not exited.
pub fn present(plan: &Plan) -> Vec<&Party> {
    plan.parties.iter().filter(|p| p.exited_on.is_none()).collect()
}

/// The note recorded with an adopted rating: the votes, party by party.
pub fn note(workshop: &WorkshopRating, plan: &Plan, lang: Language) -> String {
    let votes: Vec<String> = workshop
        .votes
        .iter()
        .map(|(id, (p, i))| {
            let name = plan.party(*id).map_or("?", |p| p.label());
            let v = |x: &Option<u8>| x.map_or_else(|| "–".to_string(), |x| x.to_string());
            format!("{name} {}×{}", v(p), v(i))
        })
        .collect();
    format!("{}: {}", Tx::WorkshopNote.get(lang), votes.join(", "))
}

/// A scale's spread: its name on a line of its own, then the figures and the disagreement
/// badge, which wrap in a narrow panel instead of running into each other.
fn spread_line<'a>(name: &'a str, spread: Option<Spread>, lang: Language) -> Element<'a, Message> {
    let Some(s) = spread else {
        return column![w::body(name).font(crate::theme::BOLD), w::muted(Tx::NoVotes.get(lang))].into();
    };
    let mut line =
        row![w::body(txt::spread(s.min, s.max, s.median, s.votes, lang))].spacing(space::S).align_y(Alignment::Center);
    if s.strong_disagreement() {
        line = line.push(w::badge(Tx::StrongDisagreement.get(lang), |t: &Theme| t.palette().danger));
    }
    column![w::body(name).font(crate::theme::BOLD), line.wrap().vertical_spacing(space::XS)].into()
}

/// The rating panel.
pub fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: Tx| x.get(lang);
    let Some(r) = state.selected.and_then(|id| plan.risk(id)) else {
        return w::muted(t(Tx::SelectRisk)).into();
    };
    let parties = present(plan);
    let current = if state.rate_residual {
        r.residual
    } else {
        Some(crate::model::Rating { probability: r.probability, impact: r.impact })
    };
    let now = current.map_or_else(|| "–".to_string(), |c| format!("{} × {}", c.probability, c.impact));

    // Each party's name has a line of its own above its two rows of levels, so a long name
    // is never cut and the levels keep their width in a narrow panel.
    let half = || Length::FillPortion(1);
    let header =
        row![w::muted(t(Tx::Probability)).width(half()), w::muted(t(Tx::Impact)).width(half())].spacing(space::S);
    let votes = column(parties.iter().enumerate().map(|(n, p)| {
        let id = p.id;
        let (vp, vi) = state.workshop.votes.get(&id).copied().unwrap_or((None, None));
        let mark = |scale: Scale, inner: Element<'a, Message>| -> Element<'a, Message> {
            let on = state.cursor == (n, scale);
            container(inner)
                .padding(2)
                .style(move |th: &Theme| iced::widget::container::Style {
                    border: Border {
                        color: if on { th.palette().primary } else { Color::TRANSPARENT },
                        width: 2.0,
                        radius: 4.0.into(),
                    },
                    ..Default::default()
                })
                .into()
        };
        column![
            button(w::body(p.label()))
                .style(button::text)
                .padding(0)
                .width(Length::Fill)
                .on_press(Message::Cursor(n, Scale::Probability)),
            row![
                container(mark(
                    Scale::Probability,
                    levels(vp, true, move |v| Message::Vote(id, Scale::Probability, v))
                ))
                .width(half()),
                container(mark(Scale::Impact, levels(vi, true, move |v| Message::Vote(id, Scale::Impact, v))))
                    .width(half()),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
        ]
        .into()
    }))
    .spacing(space::XS);

    let median = state.workshop.median();
    let adopted = state.adopted();
    let adopt_p = adopted.map(|a| a.probability).or(median.map(|m| m.probability));
    let adopt_i = adopted.map(|a| a.impact).or(median.map(|m| m.impact));
    let adopt = column![
        w::muted(t(Tx::AdoptValue)),
        row![
            container(levels(adopt_p, true, Message::AdoptProbability)).width(half()),
            container(levels(adopt_i, true, Message::AdoptImpact)).width(half()),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center),
        row![
            button(
                text(match adopted {
                    Some(a) => txt::adopt_button(a.probability, a.impact, median == Some(a), lang),
                    None => t(Tx::AdoptWaiting).to_string(),
                })
                .size(size::BODY)
            )
            .style(button::primary)
            .on_press_maybe((ctx.editable && adopted.is_some()).then_some(Message::Adopt)),
            button(text(t(Tx::ClearVotes)).size(size::SMALL))
                .style(button::secondary)
                .on_press_maybe((!state.workshop.votes.is_empty()).then_some(Message::ClearVotes)),
        ]
        .spacing(space::S)
        .wrap()
        .vertical_spacing(space::S),
    ]
    .spacing(space::S);

    column![
        w::h2(format!("{} {}", r.code, r.title)),
        w::muted(txt::current_rating(&now, state.rate_residual, lang)),
        checkbox(state.rate_residual)
            .label(t(Tx::RateResidual))
            .on_toggle(Message::RateResidual)
            .text_size(size::SMALL)
            .size(16),
        w::muted(t(Tx::QuickKeysHint)),
        header,
        votes,
        w::card(
            column![
                w::h3(t(Tx::Spread)),
                spread_line(t(Tx::Probability), state.workshop.probability(), lang),
                spread_line(t(Tx::Impact), state.workshop.impact(), lang),
            ]
            .spacing(space::XS)
        )
        .padding(space::M),
        adopt,
    ]
    .spacing(space::M)
    .into()
}
