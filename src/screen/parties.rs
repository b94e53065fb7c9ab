//! Parties and roles, read-only for now: the parties table and the service × party role matrix
//! with each party's role and resources (€/year, person-years) per service.

use super::{Action, Context};
use crate::i18n::ui::Text;
use crate::i18n::{Language, Named, format};
use crate::model::{AllianceRole, Party, Plan, Service};
use crate::theme::space;
use crate::widget as w;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{column, scrollable, table};
use iced::{Element, Length};

/// The view state of the parties screen.
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
    let parties = table(
        [
            table::column(w::th(t(Text::Party)), |p: &Party| w::td(p.name.as_str())).width(Length::FillPortion(4)),
            table::column(w::th(t(Text::PartyKind)), move |p: &Party| w::td(p.kind.name(lang)))
                .width(Length::FillPortion(2)),
            table::column(w::th(t(Text::AllianceRole)), move |p: &Party| w::td(p.role.name(lang)))
                .width(Length::FillPortion(2)),
            table::column(w::th(t(Text::BusinessId)), |p: &Party| w::td(p.business_id.as_str()))
                .width(Length::FillPortion(1)),
            table::column(w::th(t(Text::ShareOrFee)), move |p: &Party| w::td(share_or_fee(p, lang)))
                .width(Length::FillPortion(2)),
            table::column(w::th(t(Text::LeadershipSeats)), |p: &Party| w::td(p.leadership_seats.to_string())),
        ],
        &plan.parties,
    )
    .width(Length::Fill)
    .padding_x(space::S)
    .padding_y(space::XS);

    column![
        w::h1(t(Text::TabParties)),
        w::card(parties),
        w::h2(t(Text::RoleMatrix)),
        w::muted(t(Text::RoleMatrixHint)),
        w::card(matrix(plan, lang)),
    ]
    .spacing(space::L)
    .padding(space::XL)
    .into()
}

fn share_or_fee(p: &Party, lang: Language) -> String {
    match p.role {
        AllianceRole::Owner => format::percent(p.funding_share, lang),
        AllianceRole::Producer => format::money(p.fee, lang),
        _ => "–".to_string(),
    }
}

/// Services down, parties across; a cell shows the role and the resources put in.
fn matrix<'a, M: 'a>(plan: &'a Plan, lang: Language) -> Element<'a, M> {
    if plan.services.is_empty() {
        return w::muted(Text::NoServices.get(lang)).into();
    }
    let mut columns = vec![
        table::column(w::th(Text::Service.get(lang)), move |s: &Service| {
            column![w::td(s.name.as_str()), w::muted(s.kind.name(lang))].spacing(2)
        })
        .width(Length::Fixed(260.0)),
    ];
    for party in &plan.parties {
        let id = party.id;
        columns.push(
            table::column(w::th(party.label()), move |s: &Service| -> Element<'a, M> {
                match s.cell(id) {
                    Some(c) => column![
                        w::td(c.role.name(lang)),
                        w::muted(format!("{}/{}", format::money(c.euros_per_year, lang), Text::YearShort.get(lang))),
                        w::muted(format!(
                            "{} {}",
                            format::decimal(c.person_years, lang),
                            Text::PersonYearsShort.get(lang)
                        )),
                    ]
                    .spacing(2)
                    .into(),
                    None => w::td("").into(),
                }
            })
            .width(Length::Fixed(150.0)),
        );
    }
    columns.push(
        table::column(w::th(Text::Total.get(lang)), move |s: &Service| {
            w::td_number(
                s.euros_per_year().map_or_else(|| Text::Overflow.get(lang).to_string(), |m| format::money(m, lang)),
            )
        })
        .width(Length::Fixed(140.0)),
    );
    scrollable(table(columns, &plan.services).padding_x(space::S).padding_y(space::XS))
        .direction(scrollable::Direction::Horizontal(scrollable::Scrollbar::default()))
        .spacing(space::S)
        .into()
}
