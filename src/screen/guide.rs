//! The workshop guide: for the selected phase, its checklist with the facilitator's questions,
//! tick boxes and answers, its deliverables, and its gate with a button per decision.

use super::Action;
use crate::i18n::ui::{self, Text};
use crate::i18n::{Language, Named, checklist, format};
use crate::model::{
    ChecklistAnswer, ChecklistItem, Edit, GateDraft, GateOutcome, PartyId, Phase, PhaseKind, Plan, Position, Stance,
};
use crate::theme::{self, size, space};
use crate::widget::{self as w, Labeled};
use chrono::NaiveDate;
use iced::widget::{button, checkbox, column, pick_list, progress_bar, row, text, text_input};
use iced::{Alignment, Element, Length};
use std::collections::BTreeMap;

/// The guide's view state: which phase, and the draft of the next gate decision.
#[derive(Debug, Clone)]
pub struct Guide {
    phase: PhaseKind,
    minutes_ref: String,
    stances: BTreeMap<PartyId, Stance>,
    /// The parties' positions, a list of its own when there are many parties.
    voters: w::VirtualList,
    /// The shown phase's checklist answers, multi-line (a workshop's notes).
    answers: w::notes::Editors<ChecklistItem>,
}

impl Default for Guide {
    fn default() -> Self {
        Guide {
            phase: PhaseKind::Strategy,
            minutes_ref: String::new(),
            stances: BTreeMap::new(),
            voters: w::VirtualList::default(),
            answers: w::notes::Editors::default(),
        }
    }
}

/// Height of a party's row in the positions of a gate decision.
const VOTER_ROW: f32 = 40.0;

/// More parties than this are listed in a scrolled list of their own.
const VOTERS_SHOWN: usize = 12;

#[derive(Debug, Clone)]
pub enum Message {
    PhaseSelected(PhaseKind),
    Previous,
    Next,
    ItemToggled(ChecklistItem, bool),
    AnswerChanged(ChecklistItem, String),
    /// Typing in an item's multi-line answer.
    AnswerEdited(ChecklistItem, iced::widget::text_editor::Action),
    MinutesChanged(String),
    StanceSelected(PartyId, Stance),
    /// Every decider of the gate approves (then the exceptions are set one by one).
    AllApprove,
    DecisionPressed(GateOutcome),
    /// The list of the parties' positions scrolled.
    VotersScrolled(iced::widget::scrollable::Viewport),
}

/// The id of the answer field of a checklist item (for tests and focus).
pub fn answer_id(item: ChecklistItem) -> String {
    format!("answer-{item:?}")
}

impl Guide {
    /// The phase shown.
    /// The text an answer's editor holds now.
    pub fn answer_text(&self, item: ChecklistItem) -> Option<String> {
        self.answers.text(item)
    }

    /// Brings the shown phase's answer editors in line with the plan.
    pub fn sync_answers(&mut self, plan: &Plan) {
        let Some(phase) = plan.phase(self.phase) else { return self.answers.sync([]) };
        let items = self.phase.checklist();
        self.answers.sync(items.iter().map(|&i| (i, phase.answer(i).map_or("", |a| a.answer.as_str()))));
    }

    pub fn phase(&self) -> PhaseKind {
        self.phase
    }

    pub fn update(&mut self, message: Message, plan: &Plan, today: NaiveDate) -> Action<Message> {
        match message {
            Message::PhaseSelected(kind) => self.select(kind),
            Message::Previous => {
                if let Some(i) = self.phase.number().checked_sub(2) {
                    self.select(PhaseKind::ALL[i]);
                }
            }
            Message::Next => {
                if let Some(&kind) = PhaseKind::ALL.get(self.phase.number()) {
                    self.select(kind);
                }
            }
            Message::ItemToggled(item, done) => {
                let mut answer = current(plan, self.phase, item);
                answer.done = done;
                return Action::Edit(Edit::SetChecklistAnswer { phase: self.phase, answer });
            }
            Message::AnswerEdited(item, action) => {
                let Some(text) = self.answers.perform(item, action) else { return Action::None };
                let mut answer = current(plan, self.phase, item);
                answer.answer = text;
                return Action::Edit(Edit::SetChecklistAnswer { phase: self.phase, answer });
            }
            Message::AnswerChanged(item, text) => {
                let mut answer = current(plan, self.phase, item);
                answer.answer = text;
                return Action::Edit(Edit::SetChecklistAnswer { phase: self.phase, answer });
            }
            Message::MinutesChanged(text) => self.minutes_ref = text,
            Message::VotersScrolled(viewport) => self.voters.scrolled(viewport),
            Message::StanceSelected(party, stance) => {
                self.stances.insert(party, stance);
            }
            Message::AllApprove => {
                for id in plan.gate_voters(self.phase, today) {
                    self.stances.insert(id, Stance::Approves);
                }
            }
            Message::DecisionPressed(outcome) => {
                let draft = GateDraft {
                    phase: self.phase,
                    outcome,
                    date: today,
                    minutes_ref: self.minutes_ref.clone(),
                    note: String::new(),
                    positions: self.positions(plan, today),
                    exiting: None,
                };
                // The gate rule lives in the library: no Go unless every owner approves.
                let Ok(row) = plan.record_gate(&draft) else { return Action::None };
                self.minutes_ref.clear();
                self.stances.clear();
                return Action::Edit(row.edit);
            }
        }
        Action::None
    }

    /// Shows the phase the group is working on: the first in progress, else the first not
    /// started, else the first.
    pub fn show_current(&mut self, plan: &Plan, today: NaiveDate) {
        use crate::model::PhaseState;
        let state = |s| plan.phases.iter().find(|p| p.state(today) == s).map(|p| p.kind);
        let kind = state(PhaseState::InProgress).or_else(|| state(PhaseState::NotStarted));
        self.select(kind.unwrap_or(PhaseKind::Strategy));
    }

    /// Shows a phase.
    pub fn select(&mut self, kind: PhaseKind) {
        if kind != self.phase {
            self.phase = kind;
            self.minutes_ref.clear();
            self.stances.clear();
        }
    }

    /// The drafted position of every party present on the day (`Plan::gate_voters`).
    fn positions(&self, plan: &Plan, on: NaiveDate) -> Vec<Position> {
        plan.gate_positions(self.phase, on, |p| self.stance(p))
    }

    fn stance(&self, party: PartyId) -> Stance {
        // No position is assumed: a party not asked yet is absent, and blocks a Go.
        self.stances.get(&party).copied().unwrap_or(Stance::Absent)
    }

    /// The guide; a read-only plan shows its answers without letting them change.
    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        lang: Language,
        today: NaiveDate,
        editable: bool,
    ) -> Element<'a, Message> {
        let Some(phase) = plan.phase(self.phase) else {
            return w::body(Text::PhaseMissing.get(lang)).into();
        };
        let items = self.phase.checklist();
        let answered = items.iter().filter(|&&i| phase.answer(i).is_some_and(|a| a.done)).count();

        let title = row![
            w::h1(format!("{}. {}", self.phase.number(), self.phase.name(lang))),
            w::badge(phase.state(today).name(lang), {
                let state = phase.state(today);
                move |t| theme::phase_state_color(t, state)
            }),
            w::muted(dates(phase, lang)),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);

        let progress = row![
            w::body(ui::progress(answered, items.len(), lang)),
            progress_bar(0.0..=items.len().max(1) as f32, answered as f32).length(Length::Fixed(240.0)).girth(10),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);

        let checklist = column(items.iter().map(|&item| checklist_item(&self.answers, phase, item, lang, editable)))
            .spacing(space::S);

        let nav = row![
            button(text(Text::PreviousPhase.get(lang)))
                .style(button::secondary)
                .on_press_maybe((self.phase != PhaseKind::Strategy).then_some(Message::Previous)),
            iced::widget::space::horizontal(),
            button(text(Text::NextPhase.get(lang)))
                .style(button::primary)
                .on_press_maybe((self.phase != PhaseKind::Service).then_some(Message::Next)),
        ];

        column![
            title,
            progress,
            w::h2(Text::Checklist.get(lang)),
            checklist,
            w::h2(Text::Deliverables.get(lang)),
            deliverables(plan, phase, lang),
            w::h2(ui::gate_title(self.phase.gate_name(), lang)),
            self.gate(plan, phase, lang, today, editable),
            nav,
        ]
        .spacing(space::L)
        .padding(space::XL)
        .max_width(1100)
        .into()
    }

    fn gate<'a>(
        &'a self,
        plan: &'a Plan,
        phase: &'a Phase,
        lang: Language,
        today: NaiveDate,
        editable: bool,
    ) -> Element<'a, Message> {
        let unanimity = plan.unanimity(phase.kind, today, &self.positions(plan, today));
        let go_allowed = unanimity.is_unanimous();
        let past = column(phase.decisions.iter().map(|d| {
            let approvals = d.positions.iter().filter(|p| p.stance == Stance::Approves).count();
            w::body(format!(
                "{} · {} · {} · {}",
                format::date(d.date, lang),
                d.outcome.name(lang),
                ui::approvals(approvals, d.positions.len(), lang),
                d.minutes_ref
            ))
            .into()
        }))
        .spacing(space::XS);
        let past: Element<'a, Message> =
            if phase.decisions.is_empty() { w::muted(Text::NoDecisions.get(lang)).into() } else { past.into() };

        let stances: Vec<Labeled<Stance>> =
            [Stance::Approves, Stance::Rejects, Stance::Abstains, Stance::Absent].map(|s| labeled(s, lang)).to_vec();
        let voters: Vec<&crate::model::Party> =
            plan.gate_voters(phase.kind, today).into_iter().filter_map(|id| plan.party(id)).collect();
        let voter = |i: usize| -> Element<'a, Message> {
            let p = voters[i];
            let id = p.id;
            row![
                w::body(p.name.as_str()).width(Length::Fill).wrapping(iced::widget::text::Wrapping::None),
                pick_list(stances.clone(), Some(labeled(self.stance(id), lang)), move |s: Labeled<Stance>| {
                    Message::StanceSelected(id, s.value)
                })
                .text_size(size::BODY),
            ]
            .spacing(space::M)
            .height(Length::Fixed(VOTER_ROW))
            .align_y(Alignment::Center)
            .into()
        };
        let voters: Element<'a, Message> = if voters.len() <= VOTERS_SHOWN {
            column((0..voters.len()).map(voter)).max_width(640).into()
        } else {
            let height = VOTER_ROW * VOTERS_SHOWN as f32;
            iced::widget::container(self.voters.view_in(
                height,
                ("guide-voters", voters.len(), VOTER_ROW),
                voter,
                Message::VotersScrolled,
            ))
            .max_width(640)
            .into()
        };

        let minutes = text_input(Text::MinutesPlaceholder.get(lang), &self.minutes_ref)
            .id("gate-minutes")
            .on_input(Message::MinutesChanged)
            .size(size::BODY)
            .padding(space::S)
            .width(Length::Fixed(560.0));

        let decide = |outcome: GateOutcome, style: fn(&iced::Theme, button::Status) -> button::Style| {
            button(text(outcome.name(lang))).style(w::readable(style)).on_press_maybe(
                (editable && (outcome != GateOutcome::Go || go_allowed)).then_some(Message::DecisionPressed(outcome)),
            )
        };
        let buttons = row![
            decide(GateOutcome::Go, button::success),
            decide(GateOutcome::Rework, button::secondary),
            decide(GateOutcome::Exit, button::danger),
        ]
        .spacing(space::S);

        w::card(
            column![
                w::h3(Text::DecisionsSoFar.get(lang)),
                past,
                row![
                    w::h3(Text::PartiesPositions.get(lang)).width(Length::Fill),
                    w::tool(Text::AllApprove.get(lang), editable.then_some(Message::AllApprove)),
                ]
                .align_y(Alignment::Center),
                voters,
                minutes,
                w::muted(Text::DecisionHint.get(lang)),
                w::body(crate::i18n::ui::timeline::unanimity(&unanimity, plan, lang)),
                buttons,
            ]
            .spacing(space::S),
        )
        .into()
    }
}

fn labeled(stance: Stance, lang: Language) -> Labeled<Stance> {
    Labeled { value: stance, label: stance.name(lang) }
}

/// The answer recorded for an item, or an empty one.
fn current(plan: &Plan, phase: PhaseKind, item: ChecklistItem) -> ChecklistAnswer {
    plan.phase(phase).and_then(|p| p.answer(item)).cloned().unwrap_or(ChecklistAnswer {
        item,
        done: false,
        answer: String::new(),
    })
}

fn checklist_item<'a>(
    answers: &'a w::notes::Editors<ChecklistItem>,
    phase: &'a Phase,
    item: ChecklistItem,
    lang: Language,
    editable: bool,
) -> Element<'a, Message> {
    let answer = phase.answer(item);
    let done = answer.is_some_and(|a| a.done);
    w::card(
        column![
            row![
                checkbox(done).on_toggle_maybe(editable.then_some(move |d| Message::ItemToggled(item, d))).size(20),
                column![w::h3(item.name(lang)), w::body(checklist::question(item, lang))].spacing(space::XS),
            ]
            .spacing(space::M),
            answers.view(item, answer_id(item), Text::AnswerPlaceholder.get(lang), editable, move |a| {
                Message::AnswerEdited(item, a)
            }),
        ]
        .spacing(space::S),
    )
    .padding(space::M)
    .into()
}

fn deliverables<'a>(plan: &'a Plan, phase: &'a Phase, lang: Language) -> Element<'a, Message> {
    if phase.deliverables.is_empty() {
        return w::muted(Text::NoDeliverables.get(lang)).into();
    }
    column(phase.deliverables.iter().map(|d| {
        let owner = d.owner.and_then(|id| plan.party(id)).map_or("–", |p| p.label());
        let due = d.due.map_or_else(|| "–".to_string(), |d| format::date(d, lang));
        row![
            w::body(d.title.as_str()).width(Length::FillPortion(5)),
            w::muted(owner).width(Length::FillPortion(2)),
            w::muted(due).width(Length::FillPortion(1)),
            w::muted(d.status.name(lang)).width(Length::FillPortion(1)),
        ]
        .spacing(space::M)
        .into()
    }))
    .spacing(space::XS)
    .into()
}

/// "2.3.2026 – 26.10.2026", or a dash for missing dates.
pub fn dates(phase: &Phase, lang: Language) -> String {
    let d = |d: Option<NaiveDate>| d.map_or_else(|| "–".to_string(), |d| format::date(d, lang));
    format!("{} – {}", d(phase.start), d(phase.end))
}
