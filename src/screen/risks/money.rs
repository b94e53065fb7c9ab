//! The money panel: expected exposure of the open risks, the risk reserve the target budget
//! takes from them, and each risk's share of that reserve (the shares add up to it exactly).

use super::{Message, State};
use crate::i18n::format;
use crate::i18n::ui::risks::{self as txt, Tx};
use crate::model::{Plan, ReserveRule};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};

/// How many of the largest shares are listed.
const LISTED: usize = 15;

pub fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: Tx| x.get(lang);
    let m = |v| format::money(v, lang);
    let e = &ctx.analysis.register.exposure;
    let figure = |name: &'a str, value: String| -> Element<'a, Message> {
        row![w::body(name).width(Length::Fill), w::body(value)].spacing(space::S).into()
    };
    let reserve: Element<'a, Message> = match plan.budget.reserve {
        ReserveRule::FromRegister => w::body(txt::reserve_from_register(&m(e.net), lang)).into(),
        ReserveRule::FlatPercent(bp) => w::body(txt::reserve_flat(&format::percent(bp, lang), lang)).into(),
        ReserveRule::Fixed(x) => w::body(txt::reserve_fixed(&m(x), lang)).into(),
    };
    let summary = w::card(
        column![
            w::h3(t(Tx::Exposure)),
            figure(t(Tx::OpenThreats), m(e.threats)),
            figure(t(Tx::OpenOpportunities), m(e.opportunities)),
            figure(t(Tx::NetExposure), m(e.net)),
            figure(t(Tx::WorstLikely), m(e.worst_likely)),
            reserve,
        ]
        .spacing(space::XS),
    )
    .padding(space::M);

    let shares = &ctx.analysis.register.largest_shares;
    let selected = state.selected.and_then(|id| shares.iter().position(|s| s.0 == id));
    let mut list = column![w::h3(t(Tx::Contributions)), w::muted(t(Tx::ContributionsHint))].spacing(space::XS);
    for (n, &(id, amount)) in shares.iter().enumerate() {
        if n >= LISTED && Some(n) != selected {
            continue;
        }
        let Some(r) = plan.risk(id) else { continue };
        let pct = format::share(amount, e.net, lang);
        let label = format!("{} {}", r.code, r.title);
        list = list.push(
            button(
                row![
                    container(w::td(label).wrapping(text::Wrapping::None)).width(Length::Fill).clip(true),
                    w::td(pct).width(60),
                    w::td_number(m(amount)).width(120),
                ]
                .spacing(space::S)
                .align_y(Alignment::Center),
            )
            .style(if Some(n) == selected { button::primary } else { button::text })
            .padding([2.0, space::XS])
            .clip(true)
            .on_press(Message::Select(id)),
        );
    }
    if shares.len() > LISTED {
        list = list.push(w::muted(txt::more_shares(shares.len() - LISTED, lang)).size(size::SMALL));
    }
    column![summary, list].spacing(space::M).into()
}
