//! The 5 × 5 probability × impact heatmaps, inherent and residual: each cell shows how many
//! open risks it holds, is coloured by its band, and filters the table when clicked.

use super::{FilterChange, Message};
use crate::analysis::Analysis;
use crate::i18n::Language;
use crate::i18n::ui::risks::Tx;
use crate::model::register::Filter;
use crate::model::{Plan, RiskScales};
use crate::theme::{self, BOLD, size, space};
use crate::widget as w;
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Background, Border, Color, Element, Length, Theme};

const CELL_W: f32 = 33.0;
const CELL_H: f32 = 26.0;

/// Both matrices side by side.
pub fn view<'a>(plan: &'a Plan, analysis: &Analysis, filter: &Filter, lang: Language) -> Element<'a, Message> {
    let closed = filter.include_closed;
    let residual_count = analysis.register.residual_rated[usize::from(closed)];
    let inherent = matrix(plan, analysis, filter, false, Tx::Inherent.get(lang).to_string());
    let residual = matrix(plan, analysis, filter, true, crate::i18n::ui::risks::residual_title(residual_count, lang));
    column![row![inherent, residual].spacing(space::M), w::muted(Tx::HeatmapAxes.get(lang))].spacing(space::XS).into()
}

fn matrix<'a>(
    plan: &'a Plan,
    analysis: &Analysis,
    filter: &Filter,
    residual: bool,
    title: String,
) -> Element<'a, Message> {
    let counts = analysis.register.heatmap(residual, filter.include_closed);
    let scales = &plan.risks.scales;
    let mut grid = column![].spacing(2);
    for p in (1..=5u8).rev() {
        let mut line = row![container(w::muted(p.to_string())).width(14).align_x(Alignment::Center)]
            .spacing(2)
            .align_y(Alignment::Center);
        for i in 1..=5u8 {
            let count = counts[usize::from(p - 1)][usize::from(i - 1)];
            let chosen = filter.cell == Some((p, i, residual));
            line = line.push(cell(scales, p, i, count, chosen, residual));
        }
        grid = grid.push(line);
    }
    let mut axis = row![container(text("")).width(14)].spacing(2);
    for i in 1..=5u8 {
        axis = axis.push(container(w::muted(i.to_string())).width(CELL_W).align_x(Alignment::Center));
    }
    let width = 14.0 + 5.0 * CELL_W + 5.0 * 2.0;
    column![w::heading(title, size::BODY).height(40), grid, axis].spacing(space::XS).width(width).into()
}

fn cell<'a>(scales: &RiskScales, p: u8, i: u8, count: usize, chosen: bool, residual: bool) -> Element<'a, Message> {
    let band = scales.band(p.saturating_mul(i));
    let label = if count == 0 { String::new() } else { count.to_string() };
    button(text(label).size(size::SMALL).font(BOLD).color(Color::WHITE).center().width(Length::Fill))
        .width(CELL_W)
        .height(CELL_H)
        .padding(0)
        .on_press(Message::Filter(FilterChange::Cell(p, i, residual)))
        .style(move |t: &Theme, status| {
            let base = theme::band_color(t, band);
            let alpha = match (count, status) {
                (_, button::Status::Hovered) => 1.0,
                (0, _) => 0.35,
                _ => 0.85,
            };
            button::Style {
                background: Some(Background::Color(Color { a: alpha, ..base })),
                text_color: Color::WHITE,
                border: Border {
                    color: if chosen { t.palette().text } else { Color::TRANSPARENT },
                    width: if chosen { 2.5 } else { 0.0 },
                    radius: 3.0.into(),
                },
                ..button::Style::default()
            }
        })
        .into()
}
