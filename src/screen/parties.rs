//! Parties and roles: the responsibility matrix (services × parties, one click or one key per
//! cell, legal findings on the offending cell), the parties and services editors, and the
//! per-party page. The view state lives here; figures and findings come from the library.

mod editor;
mod matrix;
mod page;
mod services;

use super::{Action, Context};
use crate::commercial::parse_euros;
use crate::csvio::parse_percent;
use crate::i18n::ui::parties::T;
use crate::i18n::{self, Language};
use crate::model::matrix::usage;
use crate::model::{
    AllianceRole, Bp, Decimal, Edit, Field, Money, Party, PartyId, PartyKind, Plan, ProductionMode, ServiceId,
    ServiceKind, ServiceRole, edit::CellValue,
};
use crate::rules::Subject;
use crate::theme::space;
use crate::widget as w;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{column, row};
use iced::{Element, Length, Task};
use std::collections::BTreeMap;

pub use matrix::{BODY_ID, EUROS_ID, ROW_HEIGHT, marker_label};

/// The parts of the parties screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Matrix,
    Parties,
    Services,
    Page,
}

/// A text field whose typing is kept until it reads as a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Draft {
    Share(PartyId),
    Fee(PartyId),
    Leadership(PartyId),
    Project(PartyId),
    Euros(ServiceId, PartyId),
    Years(ServiceId, PartyId),
}

/// A change to one field of a party.
#[derive(Debug, Clone)]
pub enum PartyField {
    Name(String),
    ShortName(String),
    BusinessId(String),
    Kind(PartyKind),
    Role(AllianceRole),
    Share(String),
    Fee(String),
    ContactName(String),
    ContactTitle(String),
    Email(String),
    Phone(String),
    Leadership(String),
    Project(String),
    InHouse(bool),
    Duty(Field, bool),
}

/// A change to one field of a service.
#[derive(Debug, Clone)]
pub enum ServiceField {
    Name(String),
    Description(String),
    Kind(ServiceKind),
    Mode(ProductionMode),
    TargetGroup(String),
    MarketFailure(bool),
    Field(Field),
    Organiser(Option<PartyId>),
}

/// A move of the matrix cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Left,
    Right,
    Up,
    Down,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A spreadsheet into or out of a list of this view.
    Sheet(crate::screen::SheetRequest),
    ViewSelected(View),
    PartySelected(PartyId),
    AddParty,
    PartyEdited(PartyId, PartyField),
    /// One place up or down the party list (`model::Move`; `Move` here moves the matrix cursor).
    PartyMoved(PartyId, crate::model::Move),
    RemovePartyPressed(PartyId),
    RemoveConfirmed(PartyId),
    RemoveCancelled,
    ServiceSelected(ServiceId),
    AddService,
    ServiceEdited(ServiceId, ServiceField),
    ServiceMoved(ServiceId, bool),
    RemoveServicePressed(ServiceId),
    CellPressed(ServiceId, PartyId),
    CursorMoved(Move),
    RoleChosen(ServiceRole),
    EurosChanged(String),
    YearsChanged(String),
    CellCleared,
    EditEuros,
    EditorClosed,
    /// Shows the party columns from this index on.
    ColumnsShown(usize),
    /// The matrix body scrolled: its vertical offset.
    Scrolled(f32),
    /// The list of parties scrolled.
    PartiesScrolled(iced::widget::scrollable::Viewport),
    /// The list of services scrolled.
    ServicesScrolled(iced::widget::scrollable::Viewport),
    /// The service lines of the party page scrolled.
    PageScrolled(iced::widget::scrollable::Viewport),
}

/// The view state of the parties screen.
#[derive(Debug)]
pub struct State {
    view: View,
    party: Option<PartyId>,
    service: Option<ServiceId>,
    cursor: Option<(ServiceId, PartyId)>,
    first_column: usize,
    /// How many party columns the last layout had room for.
    visible_columns: std::cell::Cell<usize>,
    /// How many rows the last layout had room for.
    visible_rows: std::cell::Cell<usize>,
    scroll_y: f32,
    drafts: BTreeMap<Draft, String>,
    removing: Option<PartyId>,
    /// The lists of parties and services (only the rows in view are built).
    party_list: w::VirtualList,
    service_list: w::VirtualList,
    page_list: w::VirtualList,
}

impl Default for State {
    fn default() -> Self {
        State {
            view: View::default(),
            party: None,
            service: None,
            cursor: None,
            first_column: 0,
            visible_columns: std::cell::Cell::new(6),
            visible_rows: std::cell::Cell::new(12),
            scroll_y: 0.0,
            drafts: BTreeMap::new(),
            removing: None,
            party_list: w::VirtualList::default(),
            service_list: w::VirtualList::default(),
            page_list: w::VirtualList::default(),
        }
    }
}

impl State {
    pub fn view_shown(&self) -> View {
        self.view
    }

    /// How many rows the lists of parties, of services and of the party page's service lines
    /// built in their last views.
    pub fn list_rows_built(&self) -> (usize, usize, usize) {
        (self.party_list.built(), self.service_list.built(), self.page_list.built())
    }

    /// The selected matrix cell.
    pub fn cursor(&self) -> Option<(ServiceId, PartyId)> {
        self.cursor
    }

    /// The party whose removal waits for confirmation.
    pub fn removing(&self) -> Option<PartyId> {
        self.removing
    }

    pub fn selected_party(&self) -> Option<PartyId> {
        self.party
    }

    pub fn selected_service(&self) -> Option<ServiceId> {
        self.service
    }

    /// Goes to the row a finding concerns: its cell in the matrix, or the party's form.
    pub fn show(&mut self, subject: Subject, plan: &Plan) -> Task<Message> {
        match subject {
            Subject::Cell(s, p) => {
                self.view = View::Matrix;
                self.cursor = Some((s, p));
                self.reveal(plan)
            }
            Subject::Service(s) => {
                self.view = View::Matrix;
                let party = plan
                    .service(s)
                    .and_then(|x| x.organiser.or_else(|| x.cells.first().map(|c| c.party)))
                    .or_else(|| plan.parties.first().map(|p| p.id));
                self.cursor = party.map(|p| (s, p));
                self.reveal(plan)
            }
            Subject::Party(p) => {
                self.view = View::Parties;
                self.party = Some(p);
                Task::none()
            }
            _ => Task::none(),
        }
    }

    pub fn update(&mut self, message: Message, plan: &Plan, ctx: &Context) -> Action<Message> {
        let editable = ctx.editable;
        let edit = |e: Edit| if editable { Action::Edit(e) } else { Action::None };
        match message {
            Message::Sheet(request) => return Action::Sheet(request),
            Message::PartiesScrolled(v) => self.party_list.scrolled(v),
            Message::ServicesScrolled(v) => self.service_list.scrolled(v),
            Message::PageScrolled(v) => self.page_list.scrolled(v),
            Message::ViewSelected(v) => {
                self.view = v;
                self.removing = None;
                if matches!(v, View::Page | View::Parties) && self.party.and_then(|id| plan.party(id)).is_none() {
                    self.party = plan.parties.first().map(|p| p.id);
                }
                if v == View::Services && self.service.and_then(|id| plan.service(id)).is_none() {
                    self.service = plan.services.first().map(|s| s.id);
                }
            }
            Message::PartySelected(id) => {
                self.party = Some(id);
                self.removing = None;
            }
            Message::AddParty => {
                let row = plan.new_party(new_name(T::Parties, ctx.lang));
                self.party = Some(row.id);
                self.view = View::Parties;
                // The new party's name is focused, ready to be typed over.
                return Action::EditThen(row.edit, iced::widget::operation::focus(editor::NAME_ID));
            }
            Message::PartyEdited(id, field) => {
                let Some(party) = plan.party(id) else { return Action::None };
                return match self.edit_party(party, field) {
                    Some(p) => edit(Edit::UpdateParty(Box::new(p))),
                    None => Action::None,
                };
            }
            Message::PartyMoved(id, by) => {
                if let Some(e) = plan.move_party(id, by) {
                    return edit(e);
                }
            }
            Message::RemovePartyPressed(id) => {
                if usage(plan, id).is_used() {
                    self.removing = Some(id);
                } else {
                    return self.remove_party(plan, id, editable);
                }
            }
            Message::RemoveConfirmed(id) => return self.remove_party(plan, id, editable),
            Message::RemoveCancelled => self.removing = None,
            Message::ServiceSelected(id) => self.service = Some(id),
            Message::AddService => {
                let row = plan.new_service(new_name(T::Services, ctx.lang));
                self.service = Some(row.id);
                self.view = View::Services;
                return Action::EditThen(row.edit, iced::widget::operation::focus(services::NAME_ID));
            }
            Message::ServiceEdited(id, field) => {
                let Some(s) = plan.service(id) else { return Action::None };
                let mut s = s.clone();
                s.cells.clear();
                match field {
                    ServiceField::Name(v) => s.name = v,
                    ServiceField::Description(v) => s.description = v,
                    ServiceField::Kind(v) => s.kind = v,
                    ServiceField::Mode(v) => s.mode = v,
                    ServiceField::TargetGroup(v) => s.target_group = v,
                    ServiceField::MarketFailure(v) => s.market_failure = v,
                    ServiceField::Field(v) => s.field = v,
                    ServiceField::Organiser(v) => s.organiser = v,
                }
                return edit(Edit::UpdateService(Box::new(s)));
            }
            Message::ServiceMoved(id, down) => {
                let Some(i) = plan.services.iter().position(|s| s.id == id) else { return Action::None };
                let to = if down { i + 1 } else { i.saturating_sub(1) };
                if to != i && to < plan.services.len() {
                    return edit(Edit::MoveService { id, to });
                }
            }
            Message::RemoveServicePressed(id) => {
                let i = plan.services.iter().position(|s| s.id == id);
                self.service = i
                    .and_then(|i| {
                        plan.services.get(i + 1).or_else(|| i.checked_sub(1).and_then(|j| plan.services.get(j)))
                    })
                    .map(|s| s.id);
                if self.cursor.is_some_and(|(s, _)| s == id) {
                    self.cursor = None;
                }
                return edit(Edit::RemoveService(id));
            }
            Message::CellPressed(s, p) => {
                if self.cursor.is_none() {
                    // The cell editor opens beside the matrix and takes the room of about
                    // three columns: keep the pressed cell in view.
                    self.visible_columns.set(self.visible_columns.get().saturating_sub(3).max(1));
                }
                self.cursor = Some((s, p));
                let _ = self.reveal(plan);
            }
            Message::CursorMoved(m) => return self.move_cursor(plan, m),
            Message::RoleChosen(role) => {
                let Some((s, p)) = self.cursor else { return Action::None };
                let current = plan.service(s).and_then(|x| x.cell(p));
                let value = CellValue {
                    role,
                    euros_per_year: current.map_or(Money::ZERO, |c| c.euros_per_year),
                    person_years: current.map_or(Decimal::ZERO, |c| c.person_years),
                };
                return edit(Edit::SetCell { service: s, party: p, cell: Some(value) });
            }
            Message::EurosChanged(text) => {
                let Some((s, p)) = self.cursor else { return Action::None };
                self.drafts.insert(Draft::Euros(s, p), text.clone());
                let Some(c) = plan.service(s).and_then(|x| x.cell(p)) else { return Action::None };
                if let Ok(m) = parse_euros(&text) {
                    let value = CellValue { role: c.role, euros_per_year: m, person_years: c.person_years };
                    return edit(Edit::SetCell { service: s, party: p, cell: Some(value) });
                }
            }
            Message::YearsChanged(text) => {
                let Some((s, p)) = self.cursor else { return Action::None };
                self.drafts.insert(Draft::Years(s, p), text.clone());
                let Some(c) = plan.service(s).and_then(|x| x.cell(p)) else { return Action::None };
                if let Ok(d) = text.trim().replace(' ', "").parse::<Decimal>() {
                    let value = CellValue { role: c.role, euros_per_year: c.euros_per_year, person_years: d };
                    return edit(Edit::SetCell { service: s, party: p, cell: Some(value) });
                }
            }
            Message::CellCleared => {
                let Some((s, p)) = self.cursor else { return Action::None };
                self.drafts.remove(&Draft::Euros(s, p));
                self.drafts.remove(&Draft::Years(s, p));
                if plan.service(s).and_then(|x| x.cell(p)).is_some() {
                    return edit(Edit::SetCell { service: s, party: p, cell: None });
                }
            }
            Message::EditEuros => {
                if self.cursor.is_some() {
                    // Focused with its figure selected, so typing replaces "0,00" instead of
                    // adding to it.
                    return Action::Run(
                        iced::widget::operation::focus(EUROS_ID).chain(iced::widget::operation::select_all(EUROS_ID)),
                    );
                }
            }
            Message::EditorClosed => self.cursor = None,
            Message::ColumnsShown(first) => self.first_column = first.min(plan.parties.len().saturating_sub(1)),
            Message::Scrolled(y) => self.scroll_y = y,
        }
        Action::None
    }

    fn remove_party(&mut self, plan: &Plan, id: PartyId, editable: bool) -> Action<Message> {
        self.removing = None;
        if !editable {
            return Action::None;
        }
        let i = plan.parties.iter().position(|p| p.id == id);
        self.party = i
            .and_then(|i| plan.parties.get(i + 1).or_else(|| i.checked_sub(1).and_then(|j| plan.parties.get(j))))
            .map(|p| p.id);
        if self.cursor.is_some_and(|(_, p)| p == id) {
            self.cursor = None;
        }
        Action::Edit(Edit::RemoveParty(id))
    }

    /// The party with one field changed, or `None` while a number being typed does not read.
    fn edit_party(&mut self, party: &Party, field: PartyField) -> Option<Party> {
        let mut p = party.clone();
        let id = p.id;
        match field {
            PartyField::Name(v) => p.name = v,
            PartyField::ShortName(v) => p.short_name = v,
            PartyField::BusinessId(v) => p.business_id = v,
            PartyField::Kind(v) => p.kind = v,
            PartyField::Role(v) => p.role = v,
            PartyField::Share(v) => {
                self.drafts.insert(Draft::Share(id), v.clone());
                p.funding_share = if v.trim().is_empty() { Bp::ZERO } else { parse_percent(&v)? };
            }
            PartyField::Fee(v) => {
                self.drafts.insert(Draft::Fee(id), v.clone());
                p.fee = if v.trim().is_empty() { Money::ZERO } else { parse_euros(&v).ok()? };
            }
            PartyField::ContactName(v) => p.contact.name = v,
            PartyField::ContactTitle(v) => p.contact.title = v,
            PartyField::Email(v) => p.contact.email = v,
            PartyField::Phone(v) => p.contact.phone = v,
            PartyField::Leadership(v) => {
                self.drafts.insert(Draft::Leadership(id), v.clone());
                p.leadership_seats = if v.trim().is_empty() { 0 } else { v.trim().parse().ok()? };
            }
            PartyField::Project(v) => {
                self.drafts.insert(Draft::Project(id), v.clone());
                p.project_seats = if v.trim().is_empty() { 0 } else { v.trim().parse().ok()? };
            }
            PartyField::InHouse(v) => p.in_house = v,
            PartyField::Duty(f, on) => {
                if on && !p.duties.contains(&f) {
                    p.duties.push(f);
                    let order = |x: &Field| Field::ALL.iter().position(|y| y == x);
                    p.duties.sort_by_key(order);
                } else if !on {
                    p.duties.retain(|x| *x != f);
                }
            }
        }
        Some(p)
    }

    fn move_cursor(&mut self, plan: &Plan, m: Move) -> Action<Message> {
        if plan.services.is_empty() || plan.parties.is_empty() {
            return Action::None;
        }
        let (mut si, mut pi) = self
            .cursor
            .and_then(|(s, p)| {
                let si = plan.services.iter().position(|x| x.id == s)?;
                let pi = plan.parties.iter().position(|x| x.id == p)?;
                Some((si, pi))
            })
            .unwrap_or((0, self.first_column.min(plan.parties.len() - 1)));
        if self.cursor.is_some() {
            match m {
                Move::Left => pi = pi.saturating_sub(1),
                Move::Right => pi = (pi + 1).min(plan.parties.len() - 1),
                Move::Up => si = si.saturating_sub(1),
                Move::Down => si = (si + 1).min(plan.services.len() - 1),
            }
        }
        self.cursor = Some((plan.services[si].id, plan.parties[pi].id));
        match self.reveal(plan) {
            t if self.view == View::Matrix => Action::Run(t),
            _ => Action::None,
        }
    }

    /// Shows the cursor's column and row: moves the column window and scrolls the body.
    fn reveal(&mut self, plan: &Plan) -> Task<Message> {
        let Some((s, p)) = self.cursor else { return Task::none() };
        let n = self.visible_columns.get().max(1);
        let pi = plan.parties.iter().position(|x| x.id == p);
        self.first_column = matrix::showing(self.first_column, pi, n);
        let Some(si) = plan.services.iter().position(|x| x.id == s) else { return Task::none() };
        let top = si as f32 * ROW_HEIGHT;
        let rows = self.visible_rows.get().max(1) as f32;
        let target = if top < self.scroll_y {
            Some(top)
        } else if top + ROW_HEIGHT > self.scroll_y + rows * ROW_HEIGHT {
            Some((top + ROW_HEIGHT - rows * ROW_HEIGHT).max(0.0))
        } else {
            None
        };
        match target {
            Some(y) => {
                self.scroll_y = y;
                iced::widget::operation::scroll_to(
                    BODY_ID,
                    iced::widget::operation::AbsoluteOffset { x: None, y: Some(y) },
                )
            }
            None => Task::none(),
        }
    }

    /// The message for a key press no widget took while this screen is shown.
    pub fn key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        if self.view != View::Matrix || modifiers.command() || modifiers.alt() {
            return None;
        }
        match key.as_ref() {
            Key::Named(Named::ArrowLeft) => Some(Message::CursorMoved(Move::Left)),
            Key::Named(Named::ArrowRight) => Some(Message::CursorMoved(Move::Right)),
            Key::Named(Named::ArrowUp) => Some(Message::CursorMoved(Move::Up)),
            Key::Named(Named::ArrowDown) => Some(Message::CursorMoved(Move::Down)),
            Key::Named(Named::Delete | Named::Backspace) if self.cursor.is_some() => Some(Message::CellCleared),
            Key::Named(Named::Enter) if self.cursor.is_some() => Some(Message::EditEuros),
            Key::Character(c) if self.cursor.is_some() => {
                let n: usize = c.parse().ok()?;
                ServiceRole::ALL.get(n.checked_sub(1)?).map(|&r| Message::RoleChosen(r))
            }
            _ => None,
        }
    }

    /// The screen, filling the space below the tabs; its parts scroll on their own.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let tab = |v: View, label: T| w::tab(label.get(lang), self.view == v, Message::ViewSelected(v));
        let tabs = row![
            tab(View::Matrix, T::Matrix),
            tab(View::Parties, T::Parties),
            tab(View::Services, T::Services),
            tab(View::Page, T::PartyPage),
        ]
        .spacing(space::XS);
        let body: Element<'a, Message> = match self.view {
            View::Matrix => matrix::view(self, plan, ctx),
            View::Parties => editor::view(self, plan, ctx),
            View::Services => services::view(self, plan, ctx),
            View::Page => page::view(self, plan, ctx),
        };
        column![tabs, body].spacing(space::M).padding([space::S, space::L]).height(Length::Fill).into()
    }

    /// The text of a numeric field: what is being typed while it does not read as the value
    /// the plan holds (or does not read at all), else the plan's value.
    fn draft(&self, key: Draft, value: String, parse: impl Fn(&str) -> Option<String>) -> (String, bool) {
        match self.drafts.get(&key) {
            Some(d) => match parse(d) {
                None => (d.clone(), false),
                Some(v) if v == value => (d.clone(), true),
                Some(_) => (value, true),
            },
            None => (value, true),
        }
    }
}

/// "Osapuolet 3"-style default names are not used; a new row is called "Uusi osapuoli" etc.,
/// numbered when the name is taken.
fn new_name(what: T, lang: Language) -> &'static str {
    match what {
        T::Parties => i18n::text(lang, i18n::Key::PartiesScreenNewParty),
        _ => i18n::text(lang, i18n::Key::PartiesScreenNewService),
    }
}
