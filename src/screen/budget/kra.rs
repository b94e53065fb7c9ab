//! The KRA metrics: name, definition, data source, unit, direction, the three levels, weight and
//! the actual value (direct or from counts), each with its score, and the weighted score `S`
//! with the pool and `KRA_raw`, all computed by `commercial::kra` as they are typed.

use super::{ActualKind, Field, Message, MetricField, State};
use crate::commercial::KraScore;
use crate::commercial::kra as model_kra;
use crate::i18n::ui::budget::T;
use crate::i18n::{Language, Named, format};
use crate::model::{Bp, Direction, Edit, Level, Metric, MetricId, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget::{self as w, Labeled};
use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

/// The edit of a metric message; other messages are handed back.
pub fn edit(message: Message, plan: &Plan) -> Result<Option<Edit>, Message> {
    let update = |id: MetricId, f: &dyn Fn(&mut Metric)| {
        plan.metric(id).cloned().map(|mut m| {
            f(&mut m);
            Edit::UpdateMetric(Box::new(m))
        })
    };
    Ok(match message {
        Message::AddMetric => Some(plan.new_metric().edit),
        Message::RemoveMetric(id) => Some(Edit::RemoveMetric(id)),
        Message::MetricChanged(id, field, s) => update(id, &|m| {
            let target = match field {
                MetricField::Name => &mut m.name,
                MetricField::Definition => &mut m.definition,
                MetricField::Source => &mut m.source,
                MetricField::Unit => &mut m.unit,
            };
            target.clone_from(&s);
        }),
        Message::DirectionSelected(id, d) => update(id, &|m| m.direction = d),
        Message::ActualKindSelected(id, kind) => update(id, &|m| m.actual = m.actual_as(kind)),
        Message::DecimalsSelected(id, decimals) => update(id, &|m| m.decimals = decimals),
        other => return Err(other),
    })
}

fn kind_label(kind: ActualKind, lang: Language) -> Labeled<ActualKind> {
    let t = match kind {
        ActualKind::Unknown => T::ActualUnknown,
        ActualKind::Value => T::ActualValue,
        ActualKind::ActivationRate => T::ActualActivation,
        ActualKind::Nps => T::ActualNps,
        ActualKind::Change => T::ActualChange,
        ActualKind::Share => T::ActualKindShare,
    };
    Labeled { value: kind, label: t.get(lang) }
}

/// `S` or a metric score with four decimals: "0,2041", "−0,0794".
pub fn score_text(e4: i64, lang: Language) -> String {
    format::score(KraScore(e4), lang)
}

/// The metric's value as reported (and scored), or a dash.
fn value_text(metric: &Metric, unit: &str, lang: Language) -> String {
    let v = format::metric_value(metric, lang);
    v.map_or_else(|| "–".to_string(), |v| if unit.is_empty() { v } else { format!("{v} {unit}") })
}

fn labelled<'a>(label: T, lang: Language, field: Element<'a, Message>) -> Element<'a, Message> {
    column![w::muted(label.get(lang)), field].spacing(2).into()
}

fn metric_card<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>, m: &'a Metric) -> Element<'a, Message> {
    let lang = ctx.lang;
    let editable = ctx.editable;
    let id = m.id;
    let input = |value: &str, field: MetricField, width: Length| -> Element<'a, Message> {
        text_input("", value)
            .id(format!("budget-metric-{}-{field:?}", id.0))
            .on_input_maybe(editable.then_some(move |s| Message::MetricChanged(id, field, s)))
            .size(size::SMALL)
            .padding(space::XS)
            .width(width)
            .into()
    };
    let num = |field: Field, width: f32| state.number(field, plan, ctx, width);
    let directions: Vec<Labeled<Direction>> = [Direction::HigherIsBetter, Direction::LowerIsBetter]
        .map(|d| Labeled { value: d, label: d.name(lang) })
        .to_vec();
    let direction = pick_list(
        directions,
        Some(Labeled { value: m.direction, label: m.direction.name(lang) }),
        move |l: Labeled<Direction>| Message::DirectionSelected(id, l.value),
    )
    .text_size(size::SMALL)
    .padding(space::XS);
    let kinds: Vec<_> = ActualKind::ALL.map(|k| kind_label(k, lang)).to_vec();
    let kind = m.actual.kind();
    let kind_pick = pick_list(kinds, Some(kind_label(kind, lang)), move |l: Labeled<ActualKind>| {
        Message::ActualKindSelected(id, l.value)
    })
    .text_size(size::SMALL)
    .padding(space::XS);
    let counts: Vec<T> = match kind {
        ActualKind::Unknown => vec![],
        ActualKind::Value => vec![T::Value],
        ActualKind::ActivationRate => vec![T::Unemployed, T::InServices],
        ActualKind::Nps => vec![T::Promoters, T::Passives, T::Detractors],
        ActualKind::Change => vec![T::OldValue, T::NewValue],
        ActualKind::Share => vec![T::Numerator, T::Denominator],
    };
    let mut actual = row![labelled(T::ActualHow, lang, kind_pick.into())].spacing(space::S).align_y(Alignment::End);
    for (label, &part) in counts.into_iter().zip(m.actual.parts()) {
        actual = actual.push(labelled(label, lang, num(Field::MetricActual(id, part), 100.0)));
    }
    // The activation rate and the NPS have their precision by definition.
    if matches!(kind, ActualKind::Value | ActualKind::Change) {
        const DIGITS: [&str; 5] = ["0", "1", "2", "3", "4"];
        let choice = |d: Option<u8>| Labeled {
            value: d,
            label: d.and_then(|d| DIGITS.get(usize::from(d)).copied()).unwrap_or(T::DecimalsAuto.get(lang)),
        };
        let choices: Vec<Labeled<Option<u8>>> =
            std::iter::once(None).chain((0..DIGITS.len() as u8).map(Some)).map(choice).collect();
        let decimals = pick_list(choices, Some(choice(m.decimals)), move |l: Labeled<Option<u8>>| {
            Message::DecimalsSelected(id, l.value)
        })
        .text_size(size::SMALL)
        .padding(space::XS);
        let field: Element<'a, Message> =
            if editable { decimals.into() } else { w::body(choice(m.decimals).label).into() };
        actual = actual.push(labelled(T::Decimals, lang, field));
    }
    let score: Element<'a, Message> = match model_kra::metric_score(m) {
        Ok(s) if s.measured => w::h3(format!(
            "{} {} · {} {}",
            T::ValueIs.get(lang),
            value_text(m, &m.unit, lang),
            T::ScoreIs.get(lang),
            score_text(s.score_e4, lang)
        ))
        .into(),
        Ok(_) => w::muted(T::NotMeasured.get(lang)).into(),
        Err(e) => w::colored(e.message(lang), |t: &iced::Theme| t.extended_palette().danger.base.color).into(),
    };
    w::card(
        column![
            row![
                labelled(T::MetricName, lang, input(&m.name, MetricField::Name, Length::Fill)),
                labelled(T::Unit, lang, input(&m.unit, MetricField::Unit, Length::Fixed(90.0))),
                button(text(T::Remove.get(lang)).size(size::SMALL))
                    .style(button::danger)
                    .padding([2.0, space::S])
                    .on_press_maybe(editable.then_some(Message::RemoveMetric(id))),
            ]
            .spacing(space::S)
            .align_y(Alignment::End),
            row![
                labelled(T::Definition, lang, input(&m.definition, MetricField::Definition, Length::FillPortion(3))),
                labelled(T::DataSource, lang, input(&m.source, MetricField::Source, Length::FillPortion(2))),
            ]
            .spacing(space::S),
            row![
                labelled(
                    T::Direction,
                    lang,
                    if editable { direction.into() } else { w::body(m.direction.name(lang)).into() }
                ),
                labelled(T::Minimum, lang, num(Field::MetricLevel(id, Level::Minimum), 90.0)),
                labelled(T::TargetLevel, lang, num(Field::MetricLevel(id, Level::Target), 90.0)),
                labelled(T::Excellent, lang, num(Field::MetricLevel(id, Level::Excellent), 90.0)),
                labelled(T::WeightPercent, lang, num(Field::MetricWeight(id), 80.0)),
            ]
            .spacing(space::S)
            .align_y(Alignment::Start),
            actual,
            score,
        ]
        .spacing(space::S),
    )
    .padding(space::M)
    .into()
}

/// The metrics and the weighted score.
pub fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let b = &plan.budget;
    let weights = ctx.analysis.kra_weights;
    let total: Element<'a, Message> = match &ctx.analysis.kra {
        Ok(k) => column![
            w::h2(format!("{} {}", T::WeightedScore.get(lang), score_text(k.score.0, lang))),
            w::body(format!("{} {}", T::KraRaw.get(lang), format::money(k.raw, lang))),
        ]
        .spacing(space::XS)
        .into(),
        Err(e) => w::colored(e.message(lang), |t: &iced::Theme| t.extended_palette().danger.base.color).into(),
    };
    let weights_text = format!("{} {}", T::WeightsSum.get(lang), format::percent(weights, lang));
    let weights: Element<'a, Message> = if weights == Bp::percent(100) || b.metrics.is_empty() {
        w::muted(weights_text).into()
    } else {
        w::colored(format!("{weights_text} – {}", T::WeightsNot100.get(lang)), |t: &iced::Theme| {
            t.extended_palette().danger.base.color
        })
        .into()
    };
    let mut list = column![].spacing(space::M);
    for m in &b.metrics {
        list = list.push(metric_card(state, plan, ctx, m));
    }
    if b.metrics.is_empty() {
        list = list.push(w::muted(T::NoMetrics.get(lang)));
    }
    column![
        w::card(
            column![
                total,
                row![
                    w::body(T::KraPool.get(lang)),
                    state.number(Field::KraPool, plan, ctx, 140.0),
                    w::muted(T::KraPoolHint.get(lang))
                ]
                .spacing(space::S)
                .align_y(Alignment::Center),
                weights,
            ]
            .spacing(space::S)
        ),
        row![
            w::tool(T::AddMetric.get(lang), ctx.editable.then_some(Message::AddMetric)),
            w::muted(T::KraHint.get(lang)).width(Length::Fill)
        ]
        .extend(w::sheet_tools(crate::csvio::Kind::Metrics, ctx.editable, ctx.lang, Message::Sheet))
        .spacing(space::M)
        .align_y(Alignment::Center),
        list,
    ]
    .spacing(space::M)
    .into()
}
