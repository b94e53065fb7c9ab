//! The editor of the selected risk: every field of domain guide §6, the status workflow with
//! its dated history, and the rating history.

use super::{Message, State};
use crate::i18n::ui::risks::Tx;
use crate::i18n::{Language, Named, format};
use crate::model::register;
use crate::model::{PartyId, PhaseKind, Plan, Rating, Risk, RiskCategory, RiskNature, Trend};
use crate::screen::Context;
use crate::screen::risks::table::Choice;
use crate::theme::{self, size, space};
use crate::widget as w;
use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

/// A change to a field of the selected risk that needs no parsing.
#[derive(Debug, Clone)]
pub enum Change {
    Code(String),
    Title(String),
    Cause(String),
    Consequence(String),
    Mitigation(String),
    ActionOwner(String),
    OwnerPerson(String),
    Category(RiskCategory),
    Phase(Option<PhaseKind>),
    /// `None`: shared by the alliance.
    Owner(Option<PartyId>),
    Probability(u8),
    Impact(u8),
    Residual(Option<Rating>),
    Nature(RiskNature),
    Trend(Trend),
}

/// A multi-line field of a risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LongText {
    Cause,
    Consequence,
    Mitigation,
}

impl LongText {
    pub const ALL: [LongText; 3] = [LongText::Cause, LongText::Consequence, LongText::Mitigation];

    /// The field's text in a risk.
    pub fn of(self, r: &Risk) -> &str {
        match self {
            LongText::Cause => &r.cause,
            LongText::Consequence => &r.consequence,
            LongText::Mitigation => &r.mitigation,
        }
    }

    /// The change that sets the field.
    pub fn change(self, text: String) -> Change {
        match self {
            LongText::Cause => Change::Cause(text),
            LongText::Consequence => Change::Consequence(text),
            LongText::Mitigation => Change::Mitigation(text),
        }
    }

    /// The field's widget id.
    pub fn id(self) -> &'static str {
        match self {
            LongText::Cause => "risk-cause",
            LongText::Consequence => "risk-consequence",
            LongText::Mitigation => "risk-mitigation",
        }
    }
}

/// A field typed as text and parsed: amounts, percentage and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DraftField {
    Min,
    Likely,
    Max,
    Percent,
    Due,
    Review,
}

/// The risk with the change made.
pub fn apply(r: &Risk, change: Change) -> Risk {
    let mut r = r.clone();
    match change {
        Change::Code(s) => r.code = s,
        Change::Title(s) => r.title = s,
        Change::Cause(s) => r.cause = s,
        Change::Consequence(s) => r.consequence = s,
        Change::Mitigation(s) => r.mitigation = s,
        Change::ActionOwner(s) => r.action_owner = s,
        Change::OwnerPerson(s) => r.owner_person = s,
        Change::Category(c) => r.category = c,
        Change::Phase(p) => r.phase = p,
        Change::Owner(o) => {
            r.shared = o.is_none();
            r.owner = o;
        }
        Change::Probability(v) => r.probability = v.clamp(1, 5),
        Change::Impact(v) => r.impact = v.clamp(1, 5),
        Change::Residual(x) => r.residual = x,
        Change::Nature(n) => r.nature = n,
        Change::Trend(t) => r.trend = t,
    }
    r
}

/// The risk with a typed field, when the text reads; an empty date clears it.
pub fn parse_draft(r: &Risk, field: DraftField, s: &str) -> Option<Risk> {
    let mut r = r.clone();
    let money = || crate::commercial::parse_euros(s).ok();
    let date = || if s.trim().is_empty() { Some(None) } else { crate::csvio::parse_date(s).map(Some) };
    match field {
        DraftField::Min => r.min_amount = money()?,
        DraftField::Likely => r.likely_amount = money()?,
        DraftField::Max => r.max_amount = money()?,
        DraftField::Percent => r.probability_pct = crate::csvio::parse_percent(s)?,
        DraftField::Due => r.due = date()?,
        DraftField::Review => r.review = date()?,
    }
    Some(r)
}

fn shown(r: &Risk, field: DraftField, lang: Language) -> String {
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(String::new, |d| format::date(d, lang));
    let money = |m: crate::model::Money| format::money_input(m, lang);
    match field {
        DraftField::Min => money(r.min_amount),
        DraftField::Likely => money(r.likely_amount),
        DraftField::Max => money(r.max_amount),
        DraftField::Percent => format::percent_input(r.probability_pct, lang),
        DraftField::Due => date(r.due),
        DraftField::Review => date(r.review),
    }
}

fn label<'a>(s: &'a str) -> Element<'a, Message> {
    w::muted(s).width(Length::Fixed(130.0)).into()
}

fn line<'a>(name: &'a str, field: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    row![label(name), field.into()].spacing(space::S).align_y(Alignment::Center).into()
}

/// The id of the selected risk's title field (focused when a risk is added).
pub const TITLE_ID: &str = "risk-title";

fn input<'a>(
    id: &'static str,
    value: &str,
    editable: bool,
    on: impl Fn(String) -> Message + 'a,
) -> iced::widget::TextInput<'a, Message> {
    text_input("", value).id(id).on_input_maybe(editable.then_some(on)).size(size::SMALL).padding(space::XS + 1.0)
}

/// A row of level buttons 1–5; the chosen one is filled.
pub fn levels<'a>(current: Option<u8>, editable: bool, on: impl Fn(u8) -> Message + 'a) -> Element<'a, Message> {
    row((1..=5u8).map(|v| {
        button(text(v.to_string()).size(size::SMALL).center())
            .width(28)
            .padding([2.0, 0.0])
            .style(if current == Some(v) { button::primary } else { button::secondary })
            .on_press_maybe(editable.then(|| on(v)))
            .into()
    }))
    .spacing(2)
    .into()
}

fn named_pick<'a, T: Copy + PartialEq + Named + 'a>(
    all: &[T],
    current: T,
    lang: Language,
    editable: bool,
    on: impl Fn(T) -> Change + 'a,
) -> Element<'a, Message> {
    let options: Vec<Choice<T>> = all.iter().map(|&v| Choice { value: v, label: v.name(lang).to_string() }).collect();
    let selected = options.iter().find(|c| c.value == current).cloned();
    let pick = pick_list(options, selected, move |c: Choice<T>| Message::Change(on(c.value)))
        .text_size(size::SMALL)
        .padding([space::XS, space::S]);
    if editable { pick.into() } else { w::body(current.name(lang)).into() }
}

/// The editor panel.
pub fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: Tx| x.get(lang);
    let Some(r) = state.selected.and_then(|id| plan.risk(id)) else {
        return w::muted(t(Tx::SelectRisk)).into();
    };
    let ed = ctx.editable;
    let draft = |f: DraftField| state.drafts.get(&f).cloned().unwrap_or_else(|| shown(r, f, lang));
    let bad = |f: DraftField| state.drafts.get(&f).is_some_and(|s| parse_draft(r, f, s).is_none());
    let drafted = |id: &'static str, f: DraftField| -> Element<'a, Message> {
        let field = input(id, &draft(f), ed, move |s| Message::Draft(f, s)).width(Length::Fixed(150.0));
        w::with_message(field, bad(f).then(|| t(Tx::CannotRead).to_string()), w::Beside::Right, None)
    };

    let mut owners = vec![Choice { value: None, label: t(Tx::SharedByAlliance).to_string() }];
    owners.extend(plan.parties.iter().map(|p| Choice { value: Some(p.id), label: p.label().to_string() }));
    let owner_now = if r.shared { None } else { r.owner };
    let owner_sel = owners.iter().find(|c| c.value == owner_now).cloned();
    let owner = pick_list(owners, owner_sel, |c: Choice<Option<PartyId>>| Message::Change(Change::Owner(c.value)))
        .text_size(size::SMALL)
        .padding([space::XS, space::S]);

    let mut phases = vec![Choice { value: None, label: "–".to_string() }];
    phases.extend(PhaseKind::ALL.iter().map(|&p| Choice { value: Some(p), label: p.name(lang).to_string() }));
    let phase_sel = phases.iter().find(|c| c.value == r.phase).cloned();
    let phase = pick_list(phases, phase_sel, |c: Choice<Option<PhaseKind>>| Message::Change(Change::Phase(c.value)))
        .text_size(size::SMALL)
        .padding([space::XS, space::S]);

    let band = register::band(&plan.risks, r);
    let score = row![
        w::body(format!("{} × {} = {}", r.probability, r.impact, r.score())),
        w::badge(band.name(lang), move |th| theme::band_color(th, band)),
        w::muted(format!("{} {}", t(Tx::ExpectedValue), format::money(register::expected_value(r), lang))),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);

    let residual = r.residual;
    let residual_row = row![
        levels(residual.map(|x| x.probability), ed, move |v| {
            let impact = residual.map_or(v, |x| x.impact);
            Message::Change(Change::Residual(Some(Rating { probability: v, impact })))
        }),
        w::muted("×"),
        levels(residual.map(|x| x.impact), ed, move |v| {
            let probability = residual.map_or(v, |x| x.probability);
            Message::Change(Change::Residual(Some(Rating { probability, impact: v })))
        }),
        button(text("–").size(size::SMALL))
            .style(button::text)
            .padding([2.0, space::S])
            .on_press_maybe((ed && residual.is_some()).then_some(Message::Change(Change::Residual(None)))),
    ]
    .spacing(space::XS)
    .align_y(Alignment::Center);

    // Cause, consequence and mitigation take several lines (Enter starts a new one).
    let long = |f: LongText| state.texts().view(f, f.id(), "", ed, move |a| Message::LongEdited(f, a));
    let natures = [RiskNature::Threat, RiskNature::Opportunity];
    let trends = [Trend::Rising, Trend::Stable, Trend::Falling];
    let fields = column![
        line(t(Tx::Code), input("risk-code", &r.code, ed, |s| Message::Change(Change::Code(s))).width(100)),
        line(t(Tx::RiskTitle), input(TITLE_ID, &r.title, ed, |s| Message::Change(Change::Title(s)))),
        line(t(Tx::Cause), long(LongText::Cause)),
        line(t(Tx::Consequence), long(LongText::Consequence)),
        line(t(Tx::Category), named_pick(&RiskCategory::ALL, r.category, lang, ed, Change::Category)),
        line(t(Tx::Phase), phase),
        line(t(Tx::Owner), owner),
        line(
            t(Tx::OwnerPerson),
            input("risk-owner-person", &r.owner_person, ed, |s| Message::Change(Change::OwnerPerson(s)))
        ),
        line(t(Tx::Probability), levels(Some(r.probability), ed, |v| Message::Change(Change::Probability(v)))),
        line(t(Tx::Impact), levels(Some(r.impact), ed, |v| Message::Change(Change::Impact(v)))),
        line(t(Tx::Score), score),
        line(t(Tx::Residual), residual_row),
        line(t(Tx::Nature), named_pick(&natures, r.nature, lang, ed, Change::Nature)),
        line(t(Tx::MinAmount), drafted("risk-min", DraftField::Min)),
        line(t(Tx::LikelyAmount), drafted("risk-likely", DraftField::Likely)),
        line(t(Tx::MaxAmount), drafted("risk-max", DraftField::Max)),
        line(t(Tx::ProbabilityPct), drafted("risk-pct", DraftField::Percent)),
        line(t(Tx::Mitigation), long(LongText::Mitigation)),
        line(
            t(Tx::ActionOwner),
            input("risk-action-owner", &r.action_owner, ed, |s| Message::Change(Change::ActionOwner(s)))
        ),
        line(t(Tx::Due), drafted("risk-due", DraftField::Due)),
        line(t(Tx::Review), drafted("risk-review", DraftField::Review)),
        line(t(Tx::Trend), named_pick(&trends, r.trend, lang, ed, Change::Trend)),
    ]
    .spacing(space::XS + 2.0);

    column![w::h2(format!("{} {}", r.code, r.title)), fields, status(r, ctx), history(r, lang)].spacing(space::M).into()
}

/// The status workflow: the current status, a button per allowed move, and the dated history.
fn status<'a>(r: &'a Risk, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let moves = row(register::next_statuses(r.status).into_iter().map(|s| {
        button(text(crate::i18n::ui::risks::move_to(s, lang)).size(size::SMALL))
            .style(button::secondary)
            .padding([space::XS, space::S])
            .on_press_maybe(ctx.editable.then_some(Message::Status(s)))
            .into()
    }))
    .spacing(space::XS)
    .wrap();
    let changes = column(
        r.status_history
            .iter()
            .rev()
            .map(|c| w::muted(format!("{} · {}", format::date(c.date, lang), c.status.name(lang))).into()),
    )
    .spacing(2);
    let mut overdue = column![].spacing(2);
    if register::review_overdue(r, ctx.today) {
        overdue = overdue.push(w::colored(Tx::ReviewOverdue.get(lang), |t| t.palette().danger).size(size::SMALL));
    }
    if register::action_overdue(r, ctx.today) {
        overdue = overdue.push(w::colored(Tx::ActionOverdue.get(lang), |t| t.palette().danger).size(size::SMALL));
    }
    w::card(
        column![
            row![w::h3(Tx::Status.get(lang)), w::body(r.status.name(lang))].spacing(space::S),
            overdue,
            moves,
            changes
        ]
        .spacing(space::S),
    )
    .padding(space::M)
    .into()
}

fn history<'a>(r: &'a Risk, lang: Language) -> Element<'a, Message> {
    if r.rating_history.is_empty() {
        return w::muted(Tx::NoRatingHistory.get(lang)).into();
    }
    let lines = column(r.rating_history.iter().rev().map(|h| {
        w::muted(format!(
            "{} · {} × {}{}{}",
            format::date(h.date, lang),
            h.rating.probability,
            h.rating.impact,
            if h.note.is_empty() { "" } else { " · " },
            h.note
        ))
        .into()
    }))
    .spacing(2);
    column![w::h3(Tx::RatingHistory.get(lang)), lines].spacing(space::XS).into()
}
