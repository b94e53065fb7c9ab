//! The per-party page: for one party, the services it takes part in, in which role and with
//! what resources, and its totals; the page a party representative takes home.

use super::{Message, State};
use crate::analysis::Choice;
use crate::i18n::ui::parties::{T, person_years_short};
use crate::i18n::{Named, format};
use crate::model::matrix::PartyLine;
use crate::model::{AllianceRole, PartyId, Plan};
use crate::screen::Context;
use crate::theme::{BOLD, size, space};
use crate::widget as w;
use iced::alignment::Horizontal;
use iced::widget::{column, container, pick_list, row, scrollable, text};
use iced::{Alignment, Element, Length};

/// Height of one service line on the page: only the lines in sight are built.
const PAGE_ROW_HEIGHT: f32 = 30.0;

/// The widget id of the page's service lines.
pub const PAGE_LIST_ID: &str = "party-page-lines";

pub(super) fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let choices = ctx.analysis.choices.parties.as_slice();
    let party = state.party.and_then(|id| plan.party(id));
    let chosen = party.map(|p| ctx.analysis.choices.party(p.id));
    let picker = row![
        w::body(T::SelectParty.get(lang)),
        pick_list(choices, chosen, |c: Choice<PartyId>| Message::PartySelected(c.key)).text_size(size::BODY).width(420),
    ]
    .spacing(space::M)
    .align_y(Alignment::Center);
    let Some(p) = party else {
        return column![picker, w::muted(T::PartyPageHint.get(lang))].spacing(space::M).into();
    };
    let Some(summary) = ctx.analysis.matrix.party(p.id) else {
        return column![picker, w::muted(T::PartyPageHint.get(lang))].spacing(space::M).into();
    };
    let share = match p.role {
        AllianceRole::Owner => format!("{}: {}", T::FundingShare.get(lang), format::percent(p.funding_share, lang)),
        AllianceRole::Producer => format!("{}: {}", T::Fee.get(lang), format::money(p.fee, lang)),
        _ => String::new(),
    };
    let contact = [&p.contact.name, &p.contact.title, &p.contact.email, &p.contact.phone]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" · ");
    let facts = column![
        w::h2(p.name.as_str()),
        w::body(format!(
            "{} · {} · {} {}",
            p.kind.name(lang),
            p.role.name(lang),
            T::BusinessId.get(lang),
            p.business_id
        )),
        w::body(share),
        w::body(format!("{}: {}", T::ContactName.get(lang), contact)),
        w::muted(format!(
            "{}: {} · {}: {}",
            T::LeadershipSeats.get(lang),
            p.leadership_seats,
            T::ProjectSeats.get(lang),
            p.project_seats
        )),
    ]
    .spacing(space::XS);

    let lines: Element<'a, Message> = if summary.lines.is_empty() {
        w::muted(T::NoLines.get(lang)).into()
    } else {
        let cells = |a: Element<'a, Message>,
                     b: Element<'a, Message>,
                     c: Element<'a, Message>,
                     d: Element<'a, Message>,
                     e: Element<'a, Message>| {
            row![
                container(a).width(Length::FillPortion(4)),
                container(b).width(Length::FillPortion(2)),
                container(c).width(Length::FillPortion(2)),
                container(d).width(Length::FillPortion(2)),
                container(e).width(Length::FillPortion(2)),
            ]
            .spacing(space::S)
            .into()
        };
        let head: Element<'a, Message> = cells(
            w::th(T::Service.get(lang)).into(),
            w::th(T::ServiceKind.get(lang)).into(),
            w::th(T::Role.get(lang)).into(),
            w::th(T::EurosPerYear.get(lang)).width(Length::Fill).align_x(iced::alignment::Horizontal::Right).into(),
            w::th(T::PersonYears.get(lang)).width(Length::Fill).align_x(iced::alignment::Horizontal::Right).into(),
        );
        let one = |t: iced::widget::Text<'a>| -> Element<'a, Message> {
            container(t.wrapping(text::Wrapping::None)).clip(true).into()
        };
        let body = move |i: usize| -> Element<'a, Message> {
            let l: &PartyLine = &summary.lines[i];
            let s = plan.service(l.service);
            let line = cells(
                one(w::td(s.map_or(String::new(), |s| s.name.clone()))),
                one(w::td(s.map_or("", |s| s.kind.name(lang)))),
                one(w::td(l.role.name(lang))),
                w::td_number(format::money(l.euros_per_year, lang)).into(),
                w::td_number(format::decimal(l.person_years, lang)).into(),
            );
            container(line).height(Length::Fixed(PAGE_ROW_HEIGHT)).align_y(Alignment::Center).into()
        };
        let body =
            state.page_list.view(PAGE_LIST_ID, summary.lines.len(), PAGE_ROW_HEIGHT, body, Message::PageScrolled);
        let over = || T::Overflow.get(lang).to_string();
        let right = |s: String| text(s).font(BOLD).size(size::BODY).width(Length::Fill).align_x(Horizontal::Right);
        let total = cells(
            text(T::Total.get(lang)).font(BOLD).size(size::BODY).into(),
            text("").into(),
            text("").into(),
            right(summary.euros_per_year.map_or_else(over, |m| format::money(m, lang))).into(),
            right(summary.person_years.map_or_else(over, |d| person_years_short(&format::decimal(d, lang), lang)))
                .into(),
        );
        column![head, body, total].spacing(space::S).height(Length::Fill).into()
    };
    // The facts scroll if the window is low; the service lines scroll their own rows (only those
    // in sight are built).
    column![
        picker,
        w::muted(T::PartyPageHint.get(lang)),
        scrollable(w::card(facts)).height(Length::Shrink).spacing(space::S),
        w::card(lines).height(Length::Fill),
    ]
    .spacing(space::M)
    .max_width(1100)
    .height(Length::Fill)
    .into()
}
