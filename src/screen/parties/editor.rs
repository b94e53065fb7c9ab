//! The parties editor: the list of parties (add, reorder, remove with a question when the party
//! is used elsewhere) and the form of the selected party with every field of the model, the
//! business ID checked as it is typed.

use super::{Draft, Message, PartyField, State};
use crate::i18n::format::{money_input, percent_input};
use crate::i18n::ui::parties::{T, business_id_status, usage_question};
use crate::i18n::{Named, format};
use crate::model::matrix::usage;
use crate::model::party::validate_business_id;
use crate::model::{AllianceRole, Field, Move, Party, PartyKind, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget::{self as w, BannerKind, Labeled};
use iced::widget::{button, checkbox, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Element, Length};

/// The id of the name field of the party form.
pub const NAME_ID: &str = "party-name";

/// Height of one row in the lists of parties and services: only the rows in view are built.
pub const LIST_ROW_HEIGHT: f32 = 52.0;

/// The widget id of the list of parties.
pub const PARTY_LIST_ID: &str = "parties-list";

pub(super) fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let selected = state.party.and_then(|id| plan.party(id));
    let toolbar = row![
        w::tool(T::AddParty.get(lang), ctx.editable.then_some(Message::AddParty)),
        w::tool(T::MoveUp.get(lang), selected.filter(|_| ctx.editable).map(|p| Message::PartyMoved(p.id, Move::Up))),
        w::tool(
            T::MoveDown.get(lang),
            selected.filter(|_| ctx.editable).map(|p| Message::PartyMoved(p.id, Move::Down))
        ),
        w::tool(T::Remove.get(lang), selected.filter(|_| ctx.editable).map(|p| Message::RemovePartyPressed(p.id))),
    ]
    .extend(w::sheet_tools(crate::csvio::Kind::Parties, ctx.editable, lang, Message::Sheet))
    .spacing(space::S)
    .wrap();

    let list: Element<'a, Message> = if plan.parties.is_empty() {
        w::muted(T::NoParties.get(lang)).into()
    } else {
        let row = |i: usize| -> Element<'a, Message> {
            let p = &plan.parties[i];
            let chosen = state.party == Some(p.id);
            let flagged = ctx.analysis.flag(crate::rules::Subject::Party(p.id)).is_some();
            let name = if flagged { format!("⚠ {}", p.name) } else { p.name.clone() };
            button(
                column![
                    text(name).size(size::BODY).wrapping(text::Wrapping::None),
                    w::subtitle(p.kind.name(lang), chosen).wrapping(text::Wrapping::None)
                ]
                .spacing(1),
            )
            .width(Length::Fill)
            .height(Length::Fixed(LIST_ROW_HEIGHT - 2.0))
            .clip(true)
            .style(if chosen { button::primary } else { button::text })
            .on_press(Message::PartySelected(p.id))
            .into()
        };
        let row = move |i: usize| -> Element<'a, Message> {
            iced::widget::container(row(i)).height(Length::Fixed(LIST_ROW_HEIGHT)).into()
        };
        state.party_list.view(PARTY_LIST_ID, plan.parties.len(), LIST_ROW_HEIGHT, row, Message::PartiesScrolled)
    };
    let list = iced::widget::container(list).width(Length::Fixed(300.0)).height(Length::Fill);

    let mut right = column![toolbar].spacing(space::M);
    if let Some(id) = state.removing
        && let Some(p) = plan.party(id)
    {
        let question = usage_question(&p.name, &usage(plan, id), lang);
        right = right.push(w::banner(
            column![
                text(question).size(size::BODY),
                row![
                    button(text(T::ConfirmRemove.get(lang)))
                        .style(w::readable(button::danger))
                        .on_press(Message::RemoveConfirmed(id)),
                    button(text(T::Cancel.get(lang))).style(button::secondary).on_press(Message::RemoveCancelled),
                ]
                .spacing(space::S),
            ]
            .spacing(space::S),
            BannerKind::Warning,
        ));
    }
    let form: Element<'a, Message> = match selected {
        Some(p) => form(state, p, ctx),
        None => w::muted(T::SelectParty.get(lang)).into(),
    };
    right = right.push(scrollable(form).height(Length::Fill).spacing(space::S));
    row![list, right.width(Length::Fill)].spacing(space::L).height(Length::Fill).into()
}

fn form<'a>(state: &'a State, p: &'a Party, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let id = p.id;
    let on = ctx.editable;
    let field = |label: T, value: &str, f: fn(String) -> PartyField| -> Element<'a, Message> {
        labelled(
            label.get(lang),
            text_input("", value)
                .on_input_maybe(on.then_some(move |s| Message::PartyEdited(id, f(s))))
                .size(size::BODY)
                .padding(space::S)
                .into(),
        )
    };
    let name = labelled(
        T::Name.get(lang),
        text_input("", &p.name)
            .id(NAME_ID)
            .on_input_maybe(on.then_some(move |s| Message::PartyEdited(id, PartyField::Name(s))))
            .size(size::BODY)
            .padding(space::S)
            .into(),
    );

    let bid = validate_business_id(&p.business_id);
    let bid_status: Element<'a, Message> = if p.business_id.trim().is_empty() {
        w::muted(business_id_status(Err(crate::model::party::BusinessIdError::Format), lang)).into()
    } else if bid.is_ok() {
        w::colored(format!("✓ {}", business_id_status(bid, lang)), |t| t.palette().success).into()
    } else {
        w::colored(business_id_status(bid, lang), |t| t.palette().danger).into()
    };

    let kinds: Vec<Labeled<PartyKind>> =
        PartyKind::ALL.iter().map(|&k| Labeled { value: k, label: k.name(lang) }).collect();
    let roles: Vec<Labeled<AllianceRole>> =
        AllianceRole::ALL.iter().map(|&r| Labeled { value: r, label: r.name(lang) }).collect();
    let kind =
        pick_list(kinds, Some(Labeled { value: p.kind, label: p.kind.name(lang) }), move |l: Labeled<PartyKind>| {
            Message::PartyEdited(id, PartyField::Kind(l.value))
        })
        .text_size(size::BODY)
        .width(Length::Fill);
    let role =
        pick_list(roles, Some(Labeled { value: p.role, label: p.role.name(lang) }), move |l: Labeled<AllianceRole>| {
            Message::PartyEdited(id, PartyField::Role(l.value))
        })
        .text_size(size::BODY)
        .width(Length::Fill);
    let (kind, role): (Element<'a, Message>, Element<'a, Message>) = if on {
        (kind.into(), role.into())
    } else {
        (w::body(p.kind.name(lang)).into(), w::body(p.role.name(lang)).into())
    };

    let numeric = |label: T, value: String, ok: bool, bad: T, f: fn(String) -> PartyField| {
        let mut c = column![labelled(
            label.get(lang),
            text_input("0", &value)
                .on_input_maybe(on.then_some(move |s| Message::PartyEdited(id, f(s))))
                .size(size::BODY)
                .padding(space::S)
                .into(),
        )]
        .spacing(2);
        if !ok {
            c = c.push(w::colored(bad.get(lang), |t| t.palette().danger));
        }
        c.width(Length::Fill)
    };
    let (share, share_ok) = state.draft(Draft::Share(id), percent_input(p.funding_share, lang), |d| {
        if d.trim().is_empty() {
            Some(percent_input(crate::model::Bp::ZERO, lang))
        } else {
            crate::csvio::parse_percent(d).map(|b| percent_input(b, lang))
        }
    });
    let (fee, fee_ok) = state.draft(Draft::Fee(id), money_input(p.fee, lang), |d| {
        if d.trim().is_empty() {
            Some(money_input(crate::model::Money::ZERO, lang))
        } else {
            crate::commercial::parse_euros(d).ok().map(|m| money_input(m, lang))
        }
    });
    let seats = |d: &str| -> Option<String> {
        if d.trim().is_empty() { Some("0".into()) } else { d.trim().parse::<u8>().ok().map(|n| n.to_string()) }
    };
    let (lead, lead_ok) = state.draft(Draft::Leadership(id), p.leadership_seats.to_string(), seats);
    let (proj, proj_ok) = state.draft(Draft::Project(id), p.project_seats.to_string(), seats);

    let duties = row(Field::ALL.iter().map(|&f| {
        checkbox(p.duties.contains(&f))
            .label(f.name(lang))
            .on_toggle_maybe(on.then_some(move |b| Message::PartyEdited(id, PartyField::Duty(f, b))))
            .text_size(size::SMALL)
            .into()
    }))
    .spacing(space::M)
    .wrap();

    let share_hint = match p.role {
        AllianceRole::Owner => format::percent(p.funding_share, lang),
        AllianceRole::Producer => format::money(p.fee, lang),
        _ => "–".to_string(),
    };

    let body = column![
        w::h2(p.name.as_str()),
        row![name, field(T::ShortName, &p.short_name, PartyField::ShortName)].spacing(space::M),
        column![field(T::BusinessId, &p.business_id, PartyField::BusinessId), bid_status].spacing(2),
        row![labelled(T::PartyKind.get(lang), kind), labelled(T::AllianceRole.get(lang), role)].spacing(space::M),
        row![
            numeric(T::FundingShare, share, share_ok, T::NotAPercent, PartyField::Share),
            numeric(T::Fee, fee, fee_ok, T::NotAnAmount, PartyField::Fee),
            column![w::muted(T::ShareOrFee.get(lang)), w::body(share_hint)].spacing(2).width(Length::Fill),
        ]
        .spacing(space::M),
        row![
            field(T::ContactName, &p.contact.name, PartyField::ContactName),
            field(T::ContactTitle, &p.contact.title, PartyField::ContactTitle),
        ]
        .spacing(space::M),
        row![
            field(T::Email, &p.contact.email, PartyField::Email),
            field(T::Phone, &p.contact.phone, PartyField::Phone),
        ]
        .spacing(space::M),
        row![
            numeric(T::LeadershipSeats, lead, lead_ok, T::NotSeats, PartyField::Leadership),
            numeric(T::ProjectSeats, proj, proj_ok, T::NotSeats, PartyField::Project),
        ]
        .spacing(space::M),
        checkbox(p.in_house)
            .label(T::InHouse.get(lang))
            .on_toggle_maybe(on.then_some(move |b| Message::PartyEdited(id, PartyField::InHouse(b))))
            .text_size(size::BODY),
        column![w::muted(T::Duties.get(lang)), duties].spacing(space::XS),
    ]
    .spacing(space::M)
    .max_width(900);
    container(body).padding([0.0, space::S]).into()
}

fn labelled<'a>(label: &'a str, field: Element<'a, Message>) -> Element<'a, Message> {
    column![w::muted(label), field].spacing(2).width(Length::Fill).into()
}
