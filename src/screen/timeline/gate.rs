//! The gate panel: the decisions taken at a phase's gate, and the form for the next one:
//! outcome, date, minutes reference and each party's position, with the leadership team's
//! unanimity rule (a Go needs every decider present and approving; the panel says who is
//! missing). A Go freezes a baseline; an Exit may name the party leaving, which is then marked
//! as exited from the decision's date if it has the exit right. The rule and the edit are
//! `model::gate` (`Plan::record_gate`), shared with the Guide.

use super::{field, phase_title, small_button};
use crate::i18n::ui::timeline::{self as t, T};
use crate::i18n::{Named, format};
use crate::model::{DecisionId, Edit, GateDraft, GateError, GateOutcome, PartyId, PhaseKind, Plan, Position, Stance};
use crate::screen::{Action, Context};
use crate::theme::{size, space};
use crate::widget::{self as w, Labeled};
use chrono::NaiveDate;
use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};
use std::collections::BTreeMap;

/// The decision being drafted.
#[derive(Debug, Clone)]
pub struct Draft {
    phase: Option<PhaseKind>,
    outcome: GateOutcome,
    /// The typed date; empty is today.
    date: String,
    minutes: String,
    stances: BTreeMap<PartyId, Stance>,
    /// With an Exit: the party leaving (none: the decision alone).
    exiting: Option<PartyId>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            phase: None,
            outcome: GateOutcome::Go,
            date: String::new(),
            minutes: String::new(),
            stances: BTreeMap::new(),
            exiting: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    OutcomeSelected(GateOutcome),
    DateChanged(String),
    MinutesChanged(String),
    StanceSelected(PartyId, Stance),
    /// Every decider of the gate on the draft's day approves.
    AllApprove,
    ExitingSelected(Option<PartyId>),
    RecordPressed,
    RemovePressed(DecisionId),
    /// Takes back a party's exit.
    ExitCancelled(PartyId),
}

impl Draft {
    /// The decision's date: the typed one, or today; `None` when the text does not parse.
    fn date(&self, today: NaiveDate) -> Option<NaiveDate> {
        super::editors::parse_date(&self.date).map(|d| d.unwrap_or(today))
    }

    fn stance(&self, party: PartyId) -> Stance {
        // No position is assumed: a party not asked yet is absent, and blocks a Go.
        self.stances.get(&party).copied().unwrap_or(Stance::Absent)
    }

    /// Each party's position: every party present on the day (`Plan::gate_voters`).
    fn positions(&self, phase: PhaseKind, plan: &Plan, on: NaiveDate) -> Vec<Position> {
        plan.gate_positions(phase, on, |p| self.stance(p))
    }

    /// Forgets a draft made for another phase.
    fn for_phase(&mut self, phase: PhaseKind) {
        if self.phase != Some(phase) {
            *self = Draft { phase: Some(phase), ..Draft::default() };
        }
    }

    /// The edit recording the drafted decision (`Plan::record_gate`), or why it cannot be
    /// recorded.
    pub fn decision(&self, phase: PhaseKind, plan: &Plan, today: NaiveDate) -> Result<Edit, Blocked> {
        let date = self.date(today).ok_or(Blocked::BadDate)?;
        let draft = GateDraft {
            phase,
            outcome: self.outcome,
            date,
            minutes_ref: self.minutes.clone(),
            note: String::new(),
            positions: self.positions(phase, plan, date),
            exiting: self.exiting,
        };
        plan.record_gate(&draft).map(|row| row.edit).map_err(|e| match e {
            GateError::NotUnanimous(_) => Blocked::NotUnanimous,
            GateError::NoExitRight { .. } | GateError::UnknownParty(_) => Blocked::NoExitRight,
            GateError::NoPhase(_) => Blocked::NoPhase,
        })
    }

    pub fn update(&mut self, message: Message, phase: PhaseKind, plan: &Plan, ctx: &Context) -> Action<Message> {
        self.for_phase(phase);
        match message {
            Message::OutcomeSelected(o) => self.outcome = o,
            Message::DateChanged(s) => self.date = s,
            Message::MinutesChanged(s) => self.minutes = s,
            Message::StanceSelected(p, s) => {
                self.stances.insert(p, s);
            }
            Message::AllApprove => {
                for id in plan.gate_voters(phase, self.date(ctx.today).unwrap_or(ctx.today)) {
                    self.stances.insert(id, Stance::Approves);
                }
            }
            Message::ExitingSelected(p) => self.exiting = p,
            Message::RecordPressed => {
                if !ctx.editable {
                    return Action::None;
                }
                if let Ok(edit) = self.decision(phase, plan, ctx.today) {
                    *self = Draft { phase: Some(phase), ..Draft::default() };
                    return Action::Edit(edit);
                }
            }
            Message::RemovePressed(id) if ctx.editable => return Action::Edit(Edit::RemoveDecision(id)),
            Message::ExitCancelled(id) if ctx.editable => return Action::Edit(Edit::ExitParty { id, on: None }),
            Message::RemovePressed(_) | Message::ExitCancelled(_) => {}
        }
        Action::None
    }

    pub fn view<'a>(&'a self, phase: PhaseKind, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let ed = ctx.editable;
        let fresh = self.phase != Some(phase);
        let draft = if fresh { Draft { phase: Some(phase), ..Draft::default() } } else { self.clone() };
        let Some(ph) = plan.phase(phase) else { return w::muted(T::SelectHint.get(lang)).into() };

        let past: Element<'a, Message> = if ph.decisions.is_empty() {
            w::muted(crate::i18n::ui::Text::NoDecisions.get(lang)).into()
        } else {
            column(ph.decisions.iter().map(|d| {
                row![
                    w::body(t::decision_line(d, plan, lang)).width(Length::Fill),
                    small_button(T::Delete.get(lang), ed.then_some(Message::RemovePressed(d.id))),
                ]
                .spacing(space::XS)
                .align_y(Alignment::Center)
                .into()
            }))
            .spacing(space::XS)
            .into()
        };

        let outcomes: Vec<Labeled<GateOutcome>> = [GateOutcome::Go, GateOutcome::Rework, GateOutcome::Exit]
            .map(|o| Labeled { value: o, label: o.name(lang) })
            .to_vec();
        let outcome =
            pick_list(outcomes, Some(Labeled { value: draft.outcome, label: draft.outcome.name(lang) }), |o| {
                Message::OutcomeSelected(o.value)
            })
            .text_size(size::BODY)
            .width(Length::Fill);
        let date = text_input(&format::date(ctx.today, lang), &draft.date)
            .id("gate-date")
            .on_input(Message::DateChanged)
            .size(size::BODY)
            .padding(space::S);
        let minutes = text_input(crate::i18n::ui::Text::MinutesPlaceholder.get(lang), &draft.minutes)
            .id("timeline-gate-minutes")
            .on_input(Message::MinutesChanged)
            .size(size::BODY)
            .padding(space::S);

        let on = draft.date(ctx.today);
        let stances: Vec<Labeled<Stance>> = [Stance::Approves, Stance::Rejects, Stance::Abstains, Stance::Absent]
            .map(|s| Labeled { value: s, label: s.name(lang) })
            .to_vec();
        // The deciders of this gate on the day (the owners at G1, the leadership team after).
        let deciders = plan.gate_voters(phase, on.unwrap_or(ctx.today));
        let voters = column(deciders.into_iter().filter_map(|id| plan.party(id)).map(|p| {
            let id = p.id;
            let s = draft.stance(id);
            row![
                column![w::body(p.name.as_str()), w::muted(p.role.name(lang))].width(Length::Fill),
                pick_list(
                    stances.clone(),
                    Some(Labeled { value: s, label: s.name(lang) }),
                    move |s: Labeled<Stance>| { Message::StanceSelected(id, s.value) }
                )
                .text_size(size::SMALL),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center)
            .into()
        }))
        .spacing(space::XS);

        let status: Element<'a, Message> = match on {
            None => w::colored(T::BadDate.get(lang), |t| t.palette().danger).size(size::SMALL).into(),
            Some(on) => {
                let u = plan.unanimity(phase, on, &draft.positions(phase, plan, on));
                let line = t::unanimity(&u, plan, lang);
                if u.is_unanimous() {
                    w::colored(line, |t| t.palette().success).size(size::SMALL).into()
                } else {
                    w::colored(line, |t| t.palette().danger).size(size::SMALL).into()
                }
            }
        };

        let exiting: Element<'a, Message> = if draft.outcome == GateOutcome::Exit {
            let mut choices = vec![PartyChoice { id: None, label: T::WholeAlliance.get(lang).to_string() }];
            choices.extend(
                plan.parties
                    .iter()
                    .filter(|p| p.exited_on.is_none())
                    .map(|p| PartyChoice { id: Some(p.id), label: p.name.clone() }),
            );
            let current = choices.iter().find(|c| c.id == draft.exiting).cloned();
            let right = match (draft.exiting, on) {
                (Some(p), Some(on)) => plan.exit_right(p, on).map(|r| t::exit_right(r, lang)),
                _ => None,
            };
            column![
                field(
                    T::ExitingParty.get(lang),
                    pick_list(choices, current, |c: PartyChoice| Message::ExitingSelected(c.id))
                        .text_size(size::BODY)
                        .width(Length::Fill)
                ),
                w::muted(right.unwrap_or_else(|| T::ExitRightHint.get(lang).to_string())),
            ]
            .spacing(space::XS)
            .into()
        } else {
            column![].into()
        };

        let result = draft.decision(phase, plan, ctx.today);
        let record = button(text(t::record_label(draft.outcome, lang)).size(size::BODY))
            .style(w::readable(match draft.outcome {
                GateOutcome::Go => button::success,
                GateOutcome::Rework => button::secondary,
                GateOutcome::Exit => button::danger,
            }))
            .on_press_maybe((ed && result.is_ok()).then_some(Message::RecordPressed));
        let why: Element<'a, Message> = match result {
            Err(b) => w::muted(b.text().get(lang)).into(),
            Ok(_) if draft.outcome == GateOutcome::Go => w::muted(T::GoFreezes.get(lang)).into(),
            Ok(_) => column![].into(),
        };

        let exited = column(plan.parties.iter().filter_map(|p| {
            let on = p.exited_on?;
            Some(
                row![
                    w::body(t::exited_line(&p.name, on, lang)).width(Length::Fill),
                    small_button(T::CancelExit.get(lang), ed.then_some(Message::ExitCancelled(p.id))),
                ]
                .spacing(space::XS)
                .align_y(Alignment::Center)
                .into(),
            )
        }))
        .spacing(space::XS);

        column![
            w::h2(format!("{} · {}", crate::i18n::ui::gate_title(phase.gate_name(), lang), phase_title(phase, lang))),
            w::h3(crate::i18n::ui::Text::DecisionsSoFar.get(lang)),
            past,
            w::h3(T::NewDecision.get(lang)),
            row![field(T::Outcome.get(lang), outcome), field(T::DecisionDate.get(lang), date)].spacing(space::S),
            field(T::Minutes.get(lang), minutes),
            exiting,
            row![
                w::h3(T::Positions.get(lang)).width(Length::Fill),
                w::tool(crate::i18n::ui::Text::AllApprove.get(lang), ed.then_some(Message::AllApprove)),
            ]
            .align_y(Alignment::Center),
            voters,
            status,
            record,
            why,
            w::h3(T::ExitedParties.get(lang)),
            if plan.parties.iter().any(|p| p.exited_on.is_some()) {
                Element::from(exited)
            } else {
                w::muted(T::NoneExited.get(lang)).into()
            },
        ]
        .spacing(space::S)
        .into()
    }
}

/// Why the drafted decision cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    BadDate,
    NotUnanimous,
    NoExitRight,
    /// The gate's phase is not in the plan.
    NoPhase,
}

impl Blocked {
    fn text(self) -> T {
        match self {
            Blocked::BadDate => T::BadDate,
            Blocked::NotUnanimous => T::BlockedNotUnanimous,
            Blocked::NoExitRight => T::BlockedNoExitRight,
            Blocked::NoPhase => T::SelectHint,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct PartyChoice {
    id: Option<PartyId>,
    label: String,
}

impl std::fmt::Display for PartyChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}
