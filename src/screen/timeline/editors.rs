//! The editors of the timeline's side panel: the selected phase (dates, leading party, notes,
//! its deliverables in order) and the selected deliverable (title, owner, dates, status, note;
//! move up or down, delete). Every change is an `Edit`; dates are typed as d.m.yyyy.

use super::{field, phase_of, phase_title, small_button};
use crate::i18n::ui::timeline::{self as t, T};
use crate::i18n::{Language, Named, format};
use crate::model::{Deliverable, DeliverableId, DeliverableStatus, Edit, Move, PartyId, PhaseKind, Plan};
use crate::screen::{Action, Context};
use crate::theme::{self, size, space};
use crate::timescale::Target;
use crate::widget as w;
use chrono::NaiveDate;
use iced::widget::{column, pick_list, row, text_input};
use iced::{Alignment, Element, Length};
use std::collections::BTreeMap;

/// A date field of the editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateField {
    PhaseStart,
    PhaseEnd,
    Start,
    Due,
}

/// What has been typed into date fields that did not (yet) parse, per field, and the notes
/// editors of the selected phase or deliverable.
#[derive(Debug, Clone, Default)]
pub struct Drafts {
    dates: BTreeMap<DateField, String>,
    notes: w::notes::Editors<NoteKey>,
}

/// Whose notes a multi-line editor holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteKey {
    Phase(PhaseKind),
    Deliverable(DeliverableId),
}

impl Drafts {
    /// Brings the notes editor of the selected phase or deliverable in line with the plan.
    pub fn sync_notes(&mut self, selected: Option<Target>, plan: &Plan) {
        let shown = match selected {
            Some(Target::Phase(k) | Target::Gate(k)) => plan.phase(k).map(|p| (NoteKey::Phase(k), p.notes.as_str())),
            Some(Target::Deliverable(id)) => deliverable(plan, id).map(|d| (NoteKey::Deliverable(id), d.note.as_str())),
            _ => None,
        };
        self.notes.sync(shown);
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    DateChanged(DateField, String),
    PhaseOwnerSelected(Option<PartyId>),
    PhaseNotesChanged(String),
    /// Typing in the selected phase's multi-line notes.
    PhaseNotesEdited(iced::widget::text_editor::Action),
    /// Typing in the selected deliverable's multi-line note.
    NoteEdited(iced::widget::text_editor::Action),
    TitleChanged(String),
    OwnerSelected(Option<PartyId>),
    StatusSelected(DeliverableStatus),
    NoteChanged(String),
    AddPressed(PhaseKind),
    RemovePressed(DeliverableId),
    MovePressed(DeliverableId, Move),
    SelectPressed(Target),
}

/// The id of a date field (for tests and focus).
pub fn date_id(f: DateField) -> String {
    format!("timeline-date-{f:?}")
}

/// Parses a typed date: d.m.yyyy or yyyy-mm-dd; empty is `Some(None)` (no date); `None` when it
/// does not parse.
pub fn parse_date(s: &str) -> Option<Option<NaiveDate>> {
    let s = s.trim();
    if s.is_empty() {
        return Some(None);
    }
    crate::csvio::parse_date(s).map(Some)
}

fn deliverable(plan: &Plan, id: DeliverableId) -> Option<&Deliverable> {
    plan.phases.iter().flat_map(|p| &p.deliverables).find(|d| d.id == id)
}

pub fn update(
    drafts: &mut Drafts,
    selected: &mut Option<Target>,
    message: Message,
    plan: &Plan,
    ctx: &Context,
) -> Action<Message> {
    if !ctx.editable && !matches!(message, Message::SelectPressed(_)) {
        return Action::None;
    }
    let current = |id| deliverable(plan, id).cloned();
    let phase_kind = match *selected {
        Some(Target::Phase(k) | Target::Gate(k)) => Some(k),
        _ => None,
    };
    let deliverable_id = match *selected {
        Some(Target::Deliverable(id)) => Some(id),
        _ => None,
    };
    let update_d = |f: &dyn Fn(&mut Deliverable)| {
        deliverable_id.and_then(current).map_or(Action::None, |mut d| {
            f(&mut d);
            Action::Edit(Edit::UpdateDeliverable(Box::new(d)))
        })
    };
    match message {
        Message::DateChanged(which, s) => {
            let parsed = parse_date(&s);
            drafts.dates.insert(which, s);
            let Some(date) = parsed else { return Action::None };
            match which {
                DateField::PhaseStart | DateField::PhaseEnd => {
                    let Some(ph) = phase_kind.and_then(|k| plan.phase(k)) else { return Action::None };
                    let (start, end) = if which == DateField::PhaseStart { (date, ph.end) } else { (ph.start, date) };
                    Action::Edit(Edit::SetPhaseDates { phase: ph.kind, start, end })
                }
                DateField::Start => update_d(&|d| d.start = date),
                DateField::Due => update_d(&|d| d.due = date),
            }
        }
        Message::PhaseOwnerSelected(owner) => {
            phase_kind.map_or(Action::None, |phase| Action::Edit(Edit::SetPhaseOwner { phase, owner }))
        }
        Message::PhaseNotesChanged(notes) => {
            phase_kind.map_or(Action::None, |phase| Action::Edit(Edit::SetPhaseNotes { phase, notes }))
        }
        Message::TitleChanged(s) => update_d(&|d| d.title = s.clone()),
        Message::OwnerSelected(o) => update_d(&|d| d.owner = o),
        Message::StatusSelected(st) => update_d(&|d| d.status = st),
        Message::NoteChanged(s) => update_d(&|d| d.note = s.clone()),
        Message::PhaseNotesEdited(action) => {
            let Some(phase) = phase_kind else { return Action::None };
            let Some(notes) = drafts.notes.perform(NoteKey::Phase(phase), action) else { return Action::None };
            Action::Edit(Edit::SetPhaseNotes { phase, notes })
        }
        Message::NoteEdited(action) => {
            let Some(id) = deliverable_id else { return Action::None };
            let Some(note) = drafts.notes.perform(NoteKey::Deliverable(id), action) else { return Action::None };
            update_d(&|d| d.note = note.clone())
        }
        Message::AddPressed(kind) => {
            let Some(row) = plan.new_deliverable(kind, T::NewDeliverable.get(ctx.lang)) else { return Action::None };
            *selected = Some(Target::Deliverable(row.id));
            *drafts = Drafts::default();
            Action::Edit(row.edit)
        }
        Message::RemovePressed(id) => {
            if *selected == Some(Target::Deliverable(id)) {
                *selected = phase_of(plan, id).map(Target::Phase);
                *drafts = Drafts::default();
            }
            Action::Edit(Edit::RemoveDeliverable(id))
        }
        Message::MovePressed(id, by) => plan.move_deliverable(id, by).map_or(Action::None, Action::Edit),
        Message::SelectPressed(t) => {
            if *selected != Some(t) {
                *selected = Some(t);
                *drafts = Drafts::default();
            }
            Action::None
        }
    }
}

/// A party (or none) in a pick list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice {
    id: Option<PartyId>,
    label: String,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

fn party_choices(plan: &Plan, lang: Language) -> Vec<Choice> {
    std::iter::once(Choice { id: None, label: T::NoOwner.get(lang).to_string() })
        .chain(plan.parties.iter().map(|p| Choice { id: Some(p.id), label: p.name.clone() }))
        .collect()
}

fn owner_pick<'a>(
    plan: &Plan,
    owner: Option<PartyId>,
    lang: Language,
    on: Option<fn(Option<PartyId>) -> Message>,
) -> Element<'a, Message> {
    let choices = party_choices(plan, lang);
    let current = choices.iter().find(|c| c.id == owner).cloned();
    match on {
        Some(f) => {
            pick_list(choices, current, move |c: Choice| f(c.id)).text_size(size::BODY).width(Length::Fill).into()
        }
        None => w::body(current.map_or_else(String::new, |c| c.label)).into(),
    }
}

fn date_input<'a>(
    drafts: &'a Drafts,
    which: DateField,
    value: Option<NaiveDate>,
    lang: Language,
    editable: bool,
) -> Element<'a, Message> {
    let shown =
        drafts.dates.get(&which).cloned().unwrap_or_else(|| value.map_or(String::new(), |d| format::date(d, lang)));
    let bad = drafts.dates.get(&which).is_some_and(|s| parse_date(s).is_none());
    let input = text_input(T::DatePlaceholder.get(lang), &shown)
        .id(date_id(which))
        .on_input_maybe(editable.then_some(move |s| Message::DateChanged(which, s)))
        .size(size::BODY)
        .padding(space::S);
    w::with_message(input, bad.then(|| T::BadDate.get(lang).to_string()), w::Beside::Below, None)
}

/// The panel for the selection: a phase, a deliverable, or a hint.
pub fn view<'a>(
    drafts: &'a Drafts,
    selected: Option<Target>,
    plan: &'a Plan,
    ctx: &Context<'a>,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    match selected {
        Some(Target::Phase(k) | Target::Gate(k)) => phase_view(drafts, k, plan, ctx),
        Some(Target::Deliverable(id)) => match deliverable(plan, id) {
            Some(d) => deliverable_view(drafts, d, plan, ctx),
            None => w::muted(T::SelectHint.get(lang)).into(),
        },
        None => column![w::body(T::SelectHint.get(lang)), w::muted(T::KeysHint.get(lang))].spacing(space::S).into(),
    }
}

fn phase_view<'a>(drafts: &'a Drafts, kind: PhaseKind, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let Some(ph) = plan.phase(kind) else { return w::muted(crate::i18n::ui::Text::PhaseMissing.get(lang)).into() };
    let state = ph.state(ctx.today);
    let ed = ctx.editable;
    let title = column![
        w::h2(phase_title(kind, lang)),
        row![
            w::badge(state.name(lang), move |t| theme::phase_state_color(t, state)),
            w::muted(t::phase_summary(ph, plan, lang)),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center),
    ]
    .spacing(space::XS);
    let dates = row![
        field(T::StartDate.get(lang), date_input(drafts, DateField::PhaseStart, ph.start, lang, ed)),
        field(T::EndDate.get(lang), date_input(drafts, DateField::PhaseEnd, ph.end, lang, ed)),
    ]
    .spacing(space::S);
    let owner = field(
        T::LeadParty.get(lang),
        owner_pick(plan, ph.owner, lang, ed.then_some(Message::PhaseOwnerSelected as fn(_) -> _)),
    );
    let notes = field(
        T::Notes.get(lang),
        drafts.notes.view(
            NoteKey::Phase(ph.kind),
            "timeline-phase-notes",
            T::NotesPlaceholder.get(lang),
            ed,
            Message::PhaseNotesEdited,
        ),
    );
    let n = ph.deliverables.len();
    let list = column(ph.deliverables.iter().enumerate().map(|(i, d)| {
        let id = d.id;
        let due = d.due.map_or_else(|| "–".to_string(), |x| format::date(x, lang));
        row![
            iced::widget::button(w::body(d.title.as_str()))
                .style(iced::widget::button::text)
                .padding([2.0, 0.0])
                .width(Length::Fill)
                .on_press(Message::SelectPressed(Target::Deliverable(id))),
            w::muted(due),
            small_button("↑", (ed && i > 0).then_some(Message::MovePressed(id, Move::Up))),
            small_button("↓", (ed && i + 1 < n).then_some(Message::MovePressed(id, Move::Down))),
        ]
        .spacing(space::XS)
        .align_y(Alignment::Center)
        .into()
    }))
    .spacing(2);
    column![
        title,
        dates,
        owner,
        notes,
        w::h3(crate::i18n::ui::Text::Deliverables.get(lang)),
        list,
        small_button(T::AddDeliverable.get(lang), ed.then_some(Message::AddPressed(kind))),
    ]
    .spacing(space::S)
    .into()
}

fn deliverable_view<'a>(
    drafts: &'a Drafts,
    d: &'a Deliverable,
    plan: &'a Plan,
    ctx: &Context<'a>,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    let ed = ctx.editable;
    let phase = phase_of(plan, d.id).unwrap_or(PhaseKind::Strategy);
    let statuses: Vec<w::Labeled<DeliverableStatus>> = [
        DeliverableStatus::NotStarted,
        DeliverableStatus::InProgress,
        DeliverableStatus::Done,
        DeliverableStatus::Cancelled,
    ]
    .map(|s| w::Labeled { value: s, label: s.name(lang) })
    .to_vec();
    let current = w::Labeled { value: d.status, label: d.status.name(lang) };
    let status =
        pick_list(statuses, Some(current), |s: w::Labeled<DeliverableStatus>| Message::StatusSelected(s.value))
            .text_size(size::BODY)
            .width(Length::Fill);
    let (i, n) = plan
        .phase(phase)
        .map_or((0, 0), |p| (p.deliverables.iter().position(|x| x.id == d.id).unwrap_or(0), p.deliverables.len()));
    column![
        small_button(format!("← {}", phase_title(phase, lang)), Some(Message::SelectPressed(Target::Phase(phase)))),
        field(
            T::Title.get(lang),
            text_input("", &d.title)
                .id("timeline-deliverable-title")
                .on_input_maybe(ed.then_some(Message::TitleChanged))
                .size(size::BODY)
                .padding(space::S)
        ),
        field(
            crate::i18n::ui::Text::Owner.get(lang),
            owner_pick(plan, d.owner, lang, ed.then_some(Message::OwnerSelected as fn(_) -> _))
        ),
        row![
            field(T::StartDate.get(lang), date_input(drafts, DateField::Start, d.start, lang, ed)),
            field(T::DueDate.get(lang), date_input(drafts, DateField::Due, d.due, lang, ed)),
        ]
        .spacing(space::S),
        field(crate::i18n::ui::Text::Status.get(lang), status),
        field(
            T::Notes.get(lang),
            drafts.notes.view(
                NoteKey::Deliverable(d.id),
                "timeline-deliverable-note",
                T::NotesPlaceholder.get(lang),
                ed,
                Message::NoteEdited,
            )
        ),
        row![
            small_button(T::MoveUp.get(lang), (ed && i > 0).then_some(Message::MovePressed(d.id, Move::Up))),
            small_button(T::MoveDown.get(lang), (ed && i + 1 < n).then_some(Message::MovePressed(d.id, Move::Down))),
            iced::widget::space::horizontal(),
            iced::widget::button(iced::widget::text(T::Delete.get(lang)).size(size::SMALL))
                .style(w::readable(iced::widget::button::danger))
                .padding([2.0, space::S])
                .on_press_maybe(ed.then_some(Message::RemovePressed(d.id))),
        ]
        .spacing(space::XS)
        .align_y(Alignment::Center),
    ]
    .spacing(space::S)
    .into()
}
