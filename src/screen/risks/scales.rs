//! The plan's scales: what each probability and impact level means, and the band limits.

use super::{Message, Scale};
use crate::i18n::Named;
use crate::i18n::ui::risks::Tx;
use crate::model::{Band, Plan, RiskScales};
use crate::screen::Context;
use crate::theme::{self, size, space};
use crate::widget as w;
use iced::widget::{button, column, row, text, text_input};
use iced::{Alignment, Element, Length};

/// The scales with band limit `which` (0 low, 1 moderate, 2 high) moved by `step`, when the
/// limits stay in order within 1–24.
pub fn move_limit(s: &RiskScales, which: usize, step: i8) -> Option<RiskScales> {
    let mut limits = [s.low_max, s.moderate_max, s.high_max];
    let v = limits.get_mut(which)?;
    *v = v.checked_add_signed(step)?;
    let ok = limits[0] >= 1 && limits[0] < limits[1] && limits[1] < limits[2] && limits[2] < 25;
    ok.then(|| RiskScales { low_max: limits[0], moderate_max: limits[1], high_max: limits[2], ..s.clone() })
}

pub fn view<'a>(plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: Tx| x.get(lang);
    let s = &plan.risks.scales;
    let ed = ctx.editable;
    let levels = |scale: Scale, values: &'a [String; 5]| {
        column(values.iter().enumerate().map(move |(i, v)| {
            row![
                w::body((i + 1).to_string()).width(20),
                text_input("", v)
                    .on_input_maybe(ed.then_some(move |x| Message::ScaleText(scale, i, x)))
                    .size(size::SMALL)
                    .padding(space::XS),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center)
            .into()
        }))
        .spacing(space::XS)
    };
    let limits = [s.low_max, s.moderate_max, s.high_max];
    let bands = [Band::Low, Band::Moderate, Band::High];
    let limit_rows = column(bands.iter().enumerate().map(|(i, &b)| {
        let from = if i == 0 { 1 } else { limits[i - 1] + 1 };
        let step = |d: i8| {
            button(text(if d < 0 { "−" } else { "+" }).size(size::SMALL))
                .style(button::secondary)
                .padding([0.0, space::S])
                .on_press_maybe((ed && move_limit(s, i, d).is_some()).then_some(Message::BandLimit(i, d)))
        };
        row![
            w::badge(b.name(lang), move |th| theme::band_color(th, b)),
            w::body(format!("{from}–{}", limits[i])).width(70),
            step(-1),
            step(1),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center)
        .into()
    }))
    .spacing(space::XS);
    let critical = row![
        w::badge(Band::Critical.name(lang), |th| theme::band_color(th, Band::Critical)),
        w::body(format!("{}–25", s.high_max + 1)).width(70),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    column![
        w::h3(t(Tx::ProbabilityScale)),
        levels(Scale::Probability, &s.probability),
        w::h3(t(Tx::ImpactScale)),
        levels(Scale::Impact, &s.impact),
        w::h3(t(Tx::BandLimits)),
        limit_rows,
        critical,
        w::tool(t(Tx::ResetScales), ed.then_some(Message::ResetScales)),
    ]
    .spacing(space::S)
    .width(Length::Fill)
    .into()
}
