//! The register table: a filter bar and a virtualised list whose header sorts by any column.
//! Only the rows inside the scrolled viewport are built; spacers stand in for the rest, so a
//! register of 10 000 risks scrolls as lightly as one of ten.

use super::{FilterChange, Message, ROW_HEIGHT, State, TABLE_ID};
use crate::i18n::ui::risks::Tx;
use crate::i18n::{Language, Named, format};
use crate::model::register::{self, Column, Filter, NatureFilter, OwnerFilter, SortOrder};
use crate::model::{Band, PhaseKind, Plan, Risk, RiskCategory, RiskNature, RiskStatus};
use crate::screen::Context;
use crate::theme::{self, size, space};
use crate::widget as w;
use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, space as spacer, text, text_input,
};
use iced::{Alignment, Background, Border, Color, Element, Length, Theme};

/// The rows of `total` to draw for a scroll offset and viewport height.
pub fn window(scroll_y: f32, viewport_height: f32, total: usize) -> std::ops::Range<usize> {
    w::window(scroll_y, viewport_height, ROW_HEIGHT, total)
}

/// The columns shown, with their widths. The title cell also shows category, owner and phase
/// on a second line; those and the other columns sort from the "sort by" list.
const SHOWN: [(Column, Length); 10] = [
    (Column::Code, Length::Fixed(52.0)),
    (Column::Title, Length::Fill),
    (Column::Probability, Length::Fixed(20.0)),
    (Column::Impact, Length::Fixed(20.0)),
    (Column::Score, Length::Fixed(112.0)),
    (Column::ExpectedValue, Length::Fixed(100.0)),
    (Column::Status, Length::Fixed(96.0)),
    (Column::Due, Length::Fixed(100.0)),
    (Column::Review, Length::Fixed(100.0)),
    (Column::Trend, Length::Fixed(20.0)),
];

/// The least width the title column keeps before other columns give way.
const TITLE_MIN: f32 = 160.0;

/// The header row's height: the rows below it get the rest of the table's height.
const HEADER_HEIGHT: f32 = 30.0;

/// The columns, least needed first, that give way when the table is too narrow for them all.
const GIVE_WAY: [Column; 5] = [Column::Review, Column::Trend, Column::Due, Column::ExpectedValue, Column::Status];

/// The columns a table this wide shows: all of them when they fit with the title at
/// `TITLE_MIN`, otherwise without the least needed ones (review, trend, due, expected value,
/// status, in that order); code, title, P, I and score always stay.
pub fn columns(width: f32) -> Vec<(Column, Length)> {
    let mut cols: Vec<(Column, Length)> = SHOWN.to_vec();
    let need = |cols: &[(Column, Length)]| -> f32 {
        let cells: f32 = cols.iter().map(|(_, l)| if let Length::Fixed(w) = l { *w } else { TITLE_MIN }).sum();
        // Cell spacing, the row's padding and the scrollbar.
        cells + space::XS * cols.len() as f32 + 2.0 * space::S + 12.0
    };
    for c in GIVE_WAY {
        if need(&cols) <= width {
            break;
        }
        cols.retain(|(x, _)| *x != c);
    }
    cols
}

/// A pick-list entry with a label built at view time.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

impl<T> std::fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

fn choices<T: Copy + PartialEq + Named>(all: &[T], any: &str, lang: Language) -> Vec<Choice<Option<T>>> {
    std::iter::once(Choice { value: None, label: any.to_string() })
        .chain(all.iter().map(|&v| Choice { value: Some(v), label: v.name(lang).to_string() }))
        .collect()
}

fn picker<'a, T: Clone + PartialEq + 'a>(
    options: Vec<Choice<T>>,
    current: T,
    width: f32,
    on: impl Fn(T) -> FilterChange + 'a,
) -> Element<'a, Message> {
    let selected = options.iter().find(|c| c.value == current).cloned();
    pick_list(options, selected, move |c: Choice<T>| Message::Filter(on(c.value)))
        .text_size(size::SMALL)
        .padding([space::XS, space::S])
        .width(width)
        .into()
}

/// The filter bar: search, category, owner, status, band, phase, threat/opportunity, overdue.
pub fn filters<'a>(f: &'a Filter, sort: Column, plan: &'a Plan, lang: Language) -> Element<'a, Message> {
    let t = |x: Tx| x.get(lang);
    let mut owners = vec![
        Choice { value: OwnerFilter::Any, label: t(Tx::AllOwners).to_string() },
        Choice { value: OwnerFilter::Shared, label: t(Tx::Shared).to_string() },
    ];
    owners
        .extend(plan.parties.iter().map(|p| Choice { value: OwnerFilter::Party(p.id), label: p.label().to_string() }));
    let mut statuses = vec![Choice { value: None, label: t(Tx::OpenStatuses).to_string() }];
    statuses.extend(STATUSES.iter().map(|&s| Choice { value: Some(s), label: s.name(lang).to_string() }));
    let natures = vec![
        Choice { value: NatureFilter::Both, label: t(Tx::ThreatsAndOpportunities).to_string() },
        Choice { value: NatureFilter::Only(RiskNature::Threat), label: RiskNature::Threat.name(lang).to_string() },
        Choice {
            value: NatureFilter::Only(RiskNature::Opportunity),
            label: RiskNature::Opportunity.name(lang).to_string(),
        },
    ];
    let bands = [Band::Low, Band::Moderate, Band::High, Band::Critical];
    let first = row![
        text_input(t(Tx::SearchPlaceholder), &f.text)
            .id("risk-search")
            .on_input(|s| Message::Filter(FilterChange::Text(s)))
            .size(size::SMALL)
            .padding(space::XS + 2.0)
            .width(Length::Fill),
        sort_picker(sort, lang),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    let cell: Element<'a, Message> = match f.cell {
        Some((p, i, residual)) => {
            button(text(crate::i18n::ui::risks::cell_chip(p, i, residual, lang)).size(size::SMALL))
                .style(button::primary)
                .padding([2.0, space::S])
                .on_press(Message::Filter(FilterChange::Cell(p, i, residual)))
                .into()
        }
        None => spacer::horizontal().width(0).into(),
    };
    // The pickers flow onto as many lines as the width needs: nothing runs under the panel
    // beside the table on a small screen.
    let second = row![
        picker(choices(&RiskCategory::ALL, t(Tx::AllCategories), lang), f.category, 170.0, FilterChange::Category),
        picker(owners, f.owner, 150.0, FilterChange::Owner),
        picker(statuses, f.status, 130.0, FilterChange::Status),
        picker(choices(&bands, t(Tx::AllBands), lang), f.band, 110.0, FilterChange::Band),
        picker(choices(&PhaseKind::ALL, t(Tx::AllPhases), lang), f.phase, 150.0, FilterChange::Phase),
        picker(natures, f.nature, 180.0, FilterChange::Nature),
        checkbox(f.overdue_on.is_some())
            .label(t(Tx::OverdueOnly))
            .on_toggle(|on| Message::Filter(FilterChange::OverdueOnly(on)))
            .text_size(size::SMALL)
            .text_wrapping(text::Wrapping::None)
            .size(16),
        checkbox(f.include_closed)
            .label(t(Tx::ShowClosed))
            .on_toggle(|on| Message::Filter(FilterChange::ShowClosed(on)))
            .text_size(size::SMALL)
            .text_wrapping(text::Wrapping::None)
            .size(16),
        cell,
        w::tool(t(Tx::ClearFilters), f.is_active().then_some(Message::Filter(FilterChange::Clear))),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center)
    .wrap()
    .vertical_spacing(space::S);
    column![first, second].spacing(space::S).into()
}

fn sort_picker<'a>(current: Column, lang: Language) -> Element<'a, Message> {
    let options: Vec<Choice<Column>> =
        Column::ALL.iter().map(|&c| Choice { value: c, label: crate::i18n::ui::risks::sort_by(c, lang) }).collect();
    let selected = options.iter().find(|c| c.value == current).cloned();
    pick_list(options, selected, |c: Choice<Column>| Message::SortBy(c.value))
        .text_size(size::SMALL)
        .padding([space::XS, space::S])
        .width(170)
        .into()
}

const STATUSES: [RiskStatus; 5] = [
    RiskStatus::Identified,
    RiskStatus::BeingHandled,
    RiskStatus::UnderControl,
    RiskStatus::Occurred,
    RiskStatus::Closed,
];

fn header<'a>(state: &State, cols: &[(Column, Length)], lang: Language) -> Element<'a, Message> {
    let cells = cols.iter().map(|&(c, width)| {
        let arrow =
            if state.column == c { if state.order == SortOrder::Ascending { " ▲" } else { " ▼" } } else { "" };
        button(
            w::th(format!("{}{arrow}", crate::i18n::ui::risks::column_short(c, lang))).wrapping(text::Wrapping::None),
        )
        .style(button::text)
        .padding([space::XS, 2.0])
        .width(width)
        .clip(true)
        .on_press(Message::SortBy(c))
        .into()
    });
    container(row(cells).spacing(space::XS).padding([0.0, space::S]).align_y(Alignment::Center))
        .style(container::rounded_box)
        .width(Length::Fill)
        .height(HEADER_HEIGHT)
        .align_y(Alignment::Center)
        .into()
}

/// The table: header, then only the rows visible at the height the table is laid out at,
/// between two spacers.
pub fn view<'a>(
    state: &'a State,
    plan: &'a Plan,
    rows: std::sync::Arc<Vec<usize>>,
    ctx: &Context<'a>,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    if rows.is_empty() {
        let msg = if plan.risks.risks.is_empty() { Tx::NoRisks } else { Tx::NoMatches };
        return column![header(state, &SHOWN, lang), w::card(w::muted(msg.get(lang)))].spacing(space::S).into();
    }
    let (total, open) = (plan.risks.risks.len(), ctx.analysis.register.open);
    let footer = w::muted(format!(
        "{} · {}",
        crate::i18n::ui::risks::shown(rows.len(), total, lang),
        crate::i18n::ui::risks::counts(open, total, lang)
    ));
    let ctx = *ctx;
    // The header and the rows are laid out together, for the width they get: a narrow table
    // shows fewer columns, and rows are built for the height under the header.
    let list = iced::widget::responsive(move |size| {
        let cols = columns(size.width);
        let height = (size.height - HEADER_HEIGHT - space::XS).max(0.0);
        state.viewport_height.set(height);
        let range = window(state.scroll_y, height, rows.len());
        let above = range.start as f32 * ROW_HEIGHT;
        let below = (rows.len() - range.end) as f32 * ROW_HEIGHT;
        let mut body = column![spacer::vertical().height(above)];
        for (n, &i) in rows[range.clone()].iter().enumerate() {
            let risk = &plan.risks.risks[i];
            let (selected, odd) = (state.selected == Some(risk.id), (range.start + n) % 2 == 1);
            body = body.push(risk_row(plan, risk, &cols, (selected, odd), &ctx));
        }
        body = body.push(spacer::vertical().height(below));
        let rows = scrollable(body.width(Length::Fill))
            .id(TABLE_ID)
            .on_scroll(Message::Scrolled)
            .spacing(space::XS)
            .height(Length::Fill);
        column![header(state, &cols, lang), rows].spacing(space::XS).into()
    });
    column![list, footer].spacing(space::XS).height(Length::Fill).into()
}

fn risk_row<'a>(
    plan: &'a Plan,
    r: &'a Risk,
    cols: &[(Column, Length)],
    (selected, odd): (bool, bool),
    ctx: &Context<'a>,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    let band = register::band(&plan.risks, r);
    let cell = |content: Element<'a, Message>, width: Length| -> Element<'a, Message> {
        container(content).width(width).height(Length::Fill).align_y(Alignment::Center).clip(true).into()
    };
    let plain = |s: String| -> Element<'a, Message> { w::td(s).wrapping(text::Wrapping::None).into() };
    let late = |overdue: bool, d: Option<chrono::NaiveDate>| -> Element<'a, Message> {
        let s = d.map_or_else(|| "–".to_string(), |d| format::date(d, lang));
        if overdue {
            text(format!("! {s}"))
                .size(size::SMALL)
                .font(theme::BOLD)
                .wrapping(text::Wrapping::None)
                .style(|t: &Theme| text::Style { color: Some(t.palette().danger) })
                .into()
        } else {
            plain(s)
        }
    };
    let owner = if r.shared {
        Tx::Shared.get(lang).to_string()
    } else {
        r.owner.and_then(|id| plan.party(id)).map_or_else(|| "–".to_string(), |p| p.label().to_string())
    };
    let ev = register::expected_value(r);
    let mut subline = format!("{} · {owner}", r.category.name(lang));
    if let Some(p) = r.phase {
        subline = format!("{subline} · {}", p.name(lang));
    }
    let trend = match r.trend {
        crate::model::Trend::Rising => "↗",
        crate::model::Trend::Stable => "→",
        crate::model::Trend::Falling => "↘",
    };
    let cells: Vec<Element<'a, Message>> = cols
        .iter()
        .map(|&(c, width)| {
            let content: Element<'a, Message> = match c {
                Column::Code => plain(r.code.clone()),
                Column::Title => {
                    // Cut with "…" at the width the column gets, so a long title never runs
                    // into the next column.
                    let (title, sub) = (r.title.clone(), subline.clone());
                    iced::widget::responsive(move |size| {
                        let room = (size.width - 2.0).max(0.0);
                        column![
                            plain(crate::screen::timeline::elide(&title, room, size::SMALL, false)),
                            w::muted(crate::screen::timeline::elide(&sub, room, size::SMALL - 1.0, false))
                                .size(size::SMALL - 1.0)
                                .wrapping(text::Wrapping::None)
                        ]
                        .into()
                    })
                    .into()
                }
                Column::Category => plain(r.category.name(lang).to_string()),
                Column::Phase => plain(r.phase.map_or("–", |p| p.name(lang)).to_string()),
                Column::Owner => plain(owner.clone()),
                Column::Probability => plain(r.probability.to_string()),
                Column::Impact => plain(r.impact.to_string()),
                Column::Score => {
                    w::badge(format!("{} {}", r.score(), band.name(lang)), move |t| theme::band_color(t, band))
                }
                Column::ExpectedValue => w::td_number(format::money(ev, lang)).wrapping(text::Wrapping::None).into(),
                // Two lines when the name is long ("Under behandling"), as the title has.
                Column::Status => w::td(r.status.name(lang).to_string()).wrapping(text::Wrapping::Word).into(),
                Column::Due => late(register::action_overdue(r, ctx.today), r.due),
                Column::Review => late(register::review_overdue(r, ctx.today), r.review),
                Column::Trend => plain(trend.to_string()),
                _ => plain(String::new()),
            };
            cell(content, width)
        })
        .collect();
    let overdue = register::overdue(r, ctx.today);
    button(row(cells).spacing(space::XS).height(Length::Fill).align_y(Alignment::Center))
        .padding([0.0, space::S])
        .height(Length::Fixed(ROW_HEIGHT))
        .width(Length::Fill)
        .on_press(Message::Select(r.id))
        .style(move |t: &Theme, status| row_style(t, status, selected, odd, overdue))
        .into()
}

fn row_style(t: &Theme, status: button::Status, selected: bool, odd: bool, overdue: bool) -> button::Style {
    let p = t.palette();
    let tint = |c: Color, a: f32| Color { a, ..c };
    let background = if selected {
        Some(tint(p.primary, 0.22))
    } else if matches!(status, button::Status::Hovered) {
        Some(tint(p.primary, 0.08))
    } else if overdue {
        Some(tint(p.danger, 0.07))
    } else if odd {
        Some(tint(p.text, 0.035))
    } else {
        None
    };
    button::Style {
        background: background.map(Background::Color),
        text_color: p.text,
        border: Border {
            color: if selected { p.primary } else { Color::TRANSPARENT },
            width: if selected { 1.0 } else { 0.0 },
            radius: 3.0.into(),
        },
        ..button::Style::default()
    }
}
