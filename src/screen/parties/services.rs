//! The services editor: the list of service rows (add, reorder, remove) and the form of the
//! selected one: name, kind, production mode, target group, market failure, field of duty,
//! the organiser responsible and a short description, with the findings about the row.

use super::editor::LIST_ROW_HEIGHT;
use super::matrix::finding_card;
use super::{Message, ServiceField, State};
use crate::i18n::Named;
use crate::i18n::ui::parties::T;
use crate::model::{Field, PartyId, Plan, ProductionMode, Service, ServiceKind};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget::{self as w, Labeled};
use iced::widget::{button, checkbox, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Element, Length};

/// The id of the name field of the service form.
pub const NAME_ID: &str = "service-name";

/// The widget id of the list of services.
pub const SERVICE_LIST_ID: &str = "services-list";

pub(super) fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let selected = state.service.and_then(|id| plan.service(id));
    let on = ctx.editable;
    let toolbar = row![
        w::tool(T::AddService.get(lang), on.then_some(Message::AddService)),
        w::tool(T::MoveUp.get(lang), selected.filter(|_| on).map(|s| Message::ServiceMoved(s.id, false))),
        w::tool(T::MoveDown.get(lang), selected.filter(|_| on).map(|s| Message::ServiceMoved(s.id, true))),
        w::tool(T::Remove.get(lang), selected.filter(|_| on).map(|s| Message::RemoveServicePressed(s.id))),
    ]
    .extend(w::sheet_tools(crate::csvio::Kind::Services, on, lang, Message::Sheet))
    .spacing(space::S)
    .wrap();
    let list: Element<'a, Message> = if plan.services.is_empty() {
        w::muted(T::NoServices.get(lang)).into()
    } else {
        let row = move |i: usize| -> Element<'a, Message> {
            let s = &plan.services[i];
            let chosen = state.service == Some(s.id);
            let button = button(
                column![
                    text(s.name.as_str()).size(size::BODY).wrapping(text::Wrapping::None),
                    w::subtitle(s.kind.name(lang), chosen).wrapping(text::Wrapping::None)
                ]
                .spacing(1),
            )
            .width(Length::Fill)
            .height(Length::Fixed(LIST_ROW_HEIGHT - 2.0))
            .clip(true)
            .style(if chosen { button::primary } else { button::text })
            .on_press(Message::ServiceSelected(s.id));
            iced::widget::container(button).height(Length::Fixed(LIST_ROW_HEIGHT)).into()
        };
        state.service_list.view(SERVICE_LIST_ID, plan.services.len(), LIST_ROW_HEIGHT, row, Message::ServicesScrolled)
    };
    let list = iced::widget::container(list).width(Length::Fixed(320.0)).height(Length::Fill);
    let form: Element<'a, Message> = match selected {
        Some(s) => form(plan, s, ctx),
        None => w::muted(T::SelectService.get(lang)).into(),
    };
    let right = column![toolbar, scrollable(form).height(Length::Fill).spacing(space::S)].spacing(space::M);
    row![list, right.width(Length::Fill)].spacing(space::L).height(Length::Fill).into()
}

fn form<'a>(plan: &'a Plan, s: &'a Service, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let id = s.id;
    let on = ctx.editable;
    let input = |value: &str, f: fn(String) -> ServiceField| -> Element<'a, Message> {
        text_input("", value)
            .on_input_maybe(on.then_some(move |v| Message::ServiceEdited(id, f(v))))
            .size(size::BODY)
            .padding(space::S)
            .into()
    };
    let name: Element<'a, Message> = text_input("", &s.name)
        .id(NAME_ID)
        .on_input_maybe(on.then_some(move |v| Message::ServiceEdited(id, ServiceField::Name(v))))
        .size(size::BODY)
        .padding(space::S)
        .into();
    let choice = |label: T, element: Element<'a, Message>, shown: &'static str| -> Element<'a, Message> {
        labelled(label.get(lang), if on { element } else { w::body(shown).into() })
    };
    let kinds: Vec<Labeled<ServiceKind>> =
        ServiceKind::ALL.iter().map(|&k| Labeled { value: k, label: k.name(lang) }).collect();
    let modes: Vec<Labeled<ProductionMode>> =
        ProductionMode::ALL.iter().map(|&k| Labeled { value: k, label: k.name(lang) }).collect();
    let fields: Vec<Labeled<Field>> = Field::ALL.iter().map(|&k| Labeled { value: k, label: k.name(lang) }).collect();
    // Party names are not 'static, so organisers are chosen through their own type.
    let organiser = OrganiserChoice::list(plan, lang);
    let current = OrganiserChoice::of(plan, s.organiser, lang);
    let kind =
        pick_list(kinds, Some(Labeled { value: s.kind, label: s.kind.name(lang) }), move |l: Labeled<ServiceKind>| {
            Message::ServiceEdited(id, ServiceField::Kind(l.value))
        })
        .text_size(size::BODY)
        .width(Length::Fill);
    let mode = pick_list(
        modes,
        Some(Labeled { value: s.mode, label: s.mode.name(lang) }),
        move |l: Labeled<ProductionMode>| Message::ServiceEdited(id, ServiceField::Mode(l.value)),
    )
    .text_size(size::BODY)
    .width(Length::Fill);
    let field =
        pick_list(fields, Some(Labeled { value: s.field, label: s.field.name(lang) }), move |l: Labeled<Field>| {
            Message::ServiceEdited(id, ServiceField::Field(l.value))
        })
        .text_size(size::BODY)
        .width(Length::Fill);
    let organiser_pick: Element<'a, Message> = if on {
        pick_list(organiser, Some(current.clone()), move |c: OrganiserChoice| {
            Message::ServiceEdited(id, ServiceField::Organiser(c.id))
        })
        .text_size(size::BODY)
        .width(Length::Fill)
        .into()
    } else {
        w::body(current.label).into()
    };

    let findings: Vec<Element<'a, Message>> =
        ctx.analysis.findings_on_service(id).into_iter().map(|f| finding_card(f, lang)).collect();

    let mut body = column![
        w::h2(s.name.as_str()),
        labelled(T::Name.get(lang), name),
        row![
            choice(T::ServiceKind, kind.into(), s.kind.name(lang)),
            choice(T::ProductionMode, mode.into(), s.mode.name(lang)),
        ]
        .spacing(space::M),
        row![
            labelled(T::TargetGroup.get(lang), input(&s.target_group, ServiceField::TargetGroup)),
            choice(T::Field, field.into(), s.field.name(lang)),
        ]
        .spacing(space::M),
        labelled(T::Organiser.get(lang), organiser_pick),
        checkbox(s.market_failure)
            .label(T::MarketFailure.get(lang))
            .on_toggle_maybe(on.then_some(move |b| Message::ServiceEdited(id, ServiceField::MarketFailure(b))))
            .text_size(size::BODY),
        labelled(T::Description.get(lang), input(&s.description, ServiceField::Description)),
    ]
    .spacing(space::M)
    .max_width(900);
    if !findings.is_empty() {
        body = body.push(w::h3(T::FindingsHere.get(lang))).extend(findings);
    }
    container(body).padding([0.0, space::S]).into()
}

/// An organiser to choose: a party of the plan or none, shown by its name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OrganiserChoice {
    id: Option<PartyId>,
    label: String,
}

impl OrganiserChoice {
    fn of(plan: &Plan, id: Option<PartyId>, lang: crate::i18n::Language) -> OrganiserChoice {
        let label = match id {
            None => T::NoOrganiser.get(lang).to_string(),
            Some(p) => plan.party(p).map_or_else(|| p.to_string(), |p| p.name.clone()),
        };
        OrganiserChoice { id, label }
    }

    fn list(plan: &Plan, lang: crate::i18n::Language) -> Vec<OrganiserChoice> {
        std::iter::once(Self::of(plan, None, lang))
            .chain(plan.parties.iter().map(|p| Self::of(plan, Some(p.id), lang)))
            .collect()
    }
}

impl std::fmt::Display for OrganiserChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

fn labelled<'a>(label: &'a str, field: Element<'a, Message>) -> Element<'a, Message> {
    column![w::muted(label), field].spacing(2).width(Length::Fill).into()
}
