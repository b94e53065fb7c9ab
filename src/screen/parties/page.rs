//! The per-party page: for one party, the services it takes part in, in which role and with
//! what resources, and its totals; the page a party representative takes home.

use super::{Message, State};
use crate::i18n::ui::parties::{T, person_years_short};
use crate::i18n::{Named, format};
use crate::model::matrix::PartyLine;
use crate::model::{AllianceRole, Plan};
use crate::screen::Context;
use crate::theme::{BOLD, size, space};
use crate::widget as w;
use iced::alignment::Horizontal;
use iced::widget::{column, container, pick_list, row, scrollable, text};
use iced::{Alignment, Element, Length};

/// A party to choose, shown by its name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice {
    id: crate::model::PartyId,
    label: String,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

pub(super) fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let choices: Vec<Choice> = plan.parties.iter().map(|p| Choice { id: p.id, label: p.name.clone() }).collect();
    let party = state.party.and_then(|id| plan.party(id));
    let chosen = party.map(|p| Choice { id: p.id, label: p.name.clone() });
    let picker = row![
        w::body(T::SelectParty.get(lang)),
        pick_list(choices, chosen, |c: Choice| Message::PartySelected(c.id)).text_size(size::BODY).width(420),
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
        let body = summary.lines.iter().map(|l: &PartyLine| {
            let s = plan.service(l.service);
            cells(
                w::td(s.map_or(String::new(), |s| s.name.clone())).into(),
                w::td(s.map_or("", |s| s.kind.name(lang))).into(),
                w::td(l.role.name(lang)).into(),
                w::td_number(format::money(l.euros_per_year, lang)).into(),
                w::td_number(format::decimal(l.person_years, lang)).into(),
            )
        });
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
        column(std::iter::once(head).chain(body).chain(std::iter::once(total))).spacing(space::S).into()
    };
    let page = column![picker, w::muted(T::PartyPageHint.get(lang)), w::card(facts), w::card(lines),]
        .spacing(space::M)
        .max_width(1100);
    scrollable(page).height(Length::Fill).spacing(space::S).into()
}
