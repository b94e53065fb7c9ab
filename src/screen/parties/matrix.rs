//! The responsibility matrix: services down, parties across, frozen header row, service column,
//! totals column and totals row. Only the rows and party columns in view are built, so a plan
//! of 30 parties and 200 services stays quick. A click selects a cell and opens the cell editor
//! beside the matrix, which shows the cell's findings with their explanation and fix.

use super::{Draft, Message, State};
use crate::i18n::format::{decimal_input, money_input};
use crate::i18n::ui::parties::{T, legal_rule_title, person_years_short, role_short};
use crate::i18n::{Language, Named, format};
use crate::model::matrix::Place;
use crate::model::{Decimal, Money, Party, PartyId, Plan, Service, ServiceRole};
use crate::rules::{Finding, Severity};
use crate::screen::Context;
use crate::theme::{self, BOLD, size, space};
use crate::widget::{self as w, Labeled};
use iced::widget::{
    button, column, container, pick_list, responsive, row, scrollable, space as gap, text, text_input, tooltip,
};
use iced::{Alignment, Background, Border, Color, Element, Length, Size, Theme};

/// The id of the scrollable matrix body.
pub const BODY_ID: &str = "matrix-body";
/// The id of the euros field of the cell editor.
pub const EUROS_ID: &str = "cell-euros";
/// The id of the person-years field of the cell editor.
pub const YEARS_ID: &str = "cell-years";
/// The height of one service row.
pub const ROW_HEIGHT: f32 = 72.0;
const FIRST_WIDTH: f32 = 250.0;
const COLUMN_WIDTH: f32 = 118.0;
const TOTAL_WIDTH: f32 = 150.0;
const HEADER_HEIGHT: f32 = 52.0;
const EDITOR_WIDTH: f32 = 360.0;

/// The findings at each place of the matrix, from the plan's analysis.
#[derive(Clone, Copy)]
struct Marks<'a>(&'a crate::analysis::Analysis);

impl<'a> Marks<'a> {
    /// The findings shown at a place, `None` when there are none.
    fn get(&self, place: &Place) -> Option<Vec<&'a Finding>> {
        let found = self.0.findings_at(*place);
        (!found.is_empty()).then_some(found)
    }
}

/// The worst severity among findings.
fn worst(findings: &[&Finding]) -> Option<Severity> {
    findings.iter().map(|f| f.severity).min()
}

pub(super) fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    if plan.parties.is_empty() || plan.services.is_empty() {
        let what = if plan.parties.is_empty() { T::NoParties } else { T::NoServices };
        return column![
            w::body(what.get(lang)),
            w::tool(T::AddService.get(lang), ctx.editable.then_some(Message::AddService))
        ]
        .spacing(space::M)
        .into();
    }
    let marks = Marks(ctx.analysis);
    let banner: Element<'a, Message> = match marks.get(&Place::Matrix) {
        Some(fs) => column(fs.iter().map(|f| finding_card(f, lang))).spacing(space::XS).into(),
        None => gap::vertical().height(0).into(),
    };
    let ctx = *ctx;
    let m = marks;
    let grid = responsive(move |size| grid(state, plan, &ctx, &m, size));
    let main: Element<'a, Message> = match state.cursor {
        Some(cursor) => row![container(grid).width(Length::Fill), editor(state, plan, &ctx, &marks, cursor)]
            .spacing(space::M)
            .into(),
        None => grid.into(),
    };
    column![w::muted(T::MatrixHint.get(lang)), banner, main].spacing(space::S).height(Length::Fill).into()
}

/// The first of `n` columns shown from `first` on, moved the least so that column `cursor` is
/// among them.
pub fn showing(first: usize, cursor: Option<usize>, n: usize) -> usize {
    match cursor {
        Some(c) if c >= first + n => c + 1 - n,
        Some(c) if c < first => c,
        _ => first,
    }
}

/// The matrix for the space it has.
fn grid<'a>(
    state: &'a State,
    plan: &'a Plan,
    ctx: &Context<'a>,
    marks: &Marks<'a>,
    size: Size,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    let room = (size.width - FIRST_WIDTH - TOTAL_WIDTH - 2.0 * space::S).max(COLUMN_WIDTH);
    let n = ((room / COLUMN_WIDTH).floor() as usize).clamp(1, plan.parties.len());
    // The cursor's column stays in the window even when fewer columns fit than when it moved
    // (the editor panel opened beside the matrix).
    let cursor = state.cursor.and_then(|(_, p)| plan.parties.iter().position(|x| x.id == p));
    let first = showing(state.first_column.min(plan.parties.len() - n), cursor, n);
    state.visible_columns.set(n);
    let body_height = (size.height - 2.0 * HEADER_HEIGHT - 40.0).max(ROW_HEIGHT);
    let visible_rows = (body_height / ROW_HEIGHT).floor() as usize;
    state.visible_rows.set(visible_rows.max(1));
    let parties = &plan.parties[first..first + n];

    // Which rows are built: those in view and a few around them.
    let total_rows = plan.services.len();
    let start = ((state.scroll_y / ROW_HEIGHT).floor() as usize).saturating_sub(3).min(total_rows);
    let end = (start + visible_rows + 7).min(total_rows);

    let header =
        row(std::iter::once(container(w::th(T::Service.get(lang))).width(FIRST_WIDTH).padding(space::XS).into())
            .chain(parties.iter().map(|p| column_header(p, marks, lang)))
            .chain(std::iter::once(container(w::th(T::Total.get(lang))).width(TOTAL_WIDTH).padding(space::XS).into())))
        .height(HEADER_HEIGHT)
        .align_y(Alignment::End);

    let rows = plan.services[start..end].iter().map(|s| service_row(state, s, parties, marks, lang));
    let body = column![gap::vertical().height(start as f32 * ROW_HEIGHT)]
        .extend(rows)
        .push(gap::vertical().height((total_rows - end) as f32 * ROW_HEIGHT));
    let body = scrollable(body)
        .id(BODY_ID)
        .on_scroll(|v| Message::Scrolled(v.absolute_offset().y))
        .height(Length::Fill)
        .spacing(space::XS);

    let totals = &ctx.analysis.matrix;
    let (euros, years) = totals.total;
    let footer =
        row(std::iter::once(container(w::th(T::Total.get(lang))).width(FIRST_WIDTH).padding(space::XS).into())
            .chain(parties.iter().map(|p| {
                let t = totals.party(p.id);
                totals_cell(t.and_then(|t| t.euros_per_year), t.and_then(|t| t.person_years), COLUMN_WIDTH, lang)
            }))
            .chain(std::iter::once(totals_cell(euros, years, TOTAL_WIDTH, lang))))
        .height(HEADER_HEIGHT);

    let shown = row![
        w::tool(T::PreviousColumns.get(lang), (first > 0).then(|| Message::ColumnsShown(first.saturating_sub(n)))),
        w::muted(crate::i18n::ui::parties::column_window(first + 1, first + n, plan.parties.len(), lang)),
        w::tool(
            T::NextColumns.get(lang),
            (first + n < plan.parties.len()).then(|| Message::ColumnsShown((first + n).min(plan.parties.len() - n))),
        ),
    ]
    .spacing(space::M)
    .align_y(Alignment::Center);

    column![shown, header, body, footer].spacing(2).height(Length::Fill).into()
}

fn column_header<'a>(p: &'a Party, marks: &Marks<'a>, lang: Language) -> Element<'a, Message> {
    let found = marks.get(&Place::Column(p.id));
    let mut label = column![
        text(p.label()).font(BOLD).size(size::SMALL).wrapping(text::Wrapping::WordOrGlyph),
        w::muted(p.role.name(lang)),
    ]
    .spacing(1);
    if let Some(fs) = &found {
        label = label.push(marker(fs));
    }
    let cell = container(label).width(COLUMN_WIDTH).height(HEADER_HEIGHT).padding([2.0, space::XS]).clip(true);
    with_tooltip(cell.into(), found.as_ref(), lang)
}

/// The mark of a cell or header with findings: "⚠ L2 L8", the rule numbers (or the first part
/// of other codes) without repeats.
pub fn marker_label(fs: &[&Finding]) -> String {
    let mut codes: Vec<&str> = Vec::new();
    for c in fs.iter().map(|f| f.code().split('-').next().unwrap_or("")) {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    format!("⚠ {}", codes.join(" "))
}

/// "⚠ L6" in the colour of the worst finding.
fn marker<'a>(fs: &[&'a Finding]) -> Element<'a, Message> {
    let severity = worst(fs).unwrap_or(Severity::Warning);
    text(marker_label(fs))
        .size(size::SMALL)
        .font(BOLD)
        .style(move |t: &Theme| text::Style { color: Some(theme::severity_color(t, severity)) })
        .into()
}

/// The findings' messages on hover.
fn with_tooltip<'a>(
    content: Element<'a, Message>,
    found: Option<&Vec<&'a Finding>>,
    lang: Language,
) -> Element<'a, Message> {
    let Some(fs) = found else { return content };
    let tip = column(fs.iter().map(|f| text(f.message(lang)).size(size::SMALL).into())).spacing(space::XS);
    tooltip(
        content,
        container(tip).padding(space::S).max_width(420).style(container::rounded_box),
        tooltip::Position::Bottom,
    )
    .into()
}

fn service_row<'a>(
    state: &'a State,
    s: &'a Service,
    parties: &'a [Party],
    marks: &Marks<'a>,
    lang: Language,
) -> Element<'a, Message> {
    let found = marks.get(&Place::Row(s.id));
    let mut head = column![
        text(s.name.as_str()).size(size::SMALL).font(BOLD).wrapping(text::Wrapping::WordOrGlyph),
        w::muted(s.kind.name(lang)),
    ]
    .spacing(1);
    if let Some(fs) = &found {
        head = head.push(marker(fs));
    }
    let head = container(head).width(FIRST_WIDTH).height(ROW_HEIGHT).padding([2.0, space::XS]).clip(true);
    let head = with_tooltip(head.into(), found.as_ref(), lang);
    let cells = parties.iter().map(|p| cell(state, s, p.id, marks, lang));
    let total = totals_cell(s.euros_per_year(), s.person_years(), TOTAL_WIDTH, lang);
    row(std::iter::once(head).chain(cells).chain(std::iter::once(total))).height(ROW_HEIGHT).into()
}

fn cell<'a>(
    state: &'a State,
    s: &'a Service,
    party: PartyId,
    marks: &Marks<'a>,
    lang: Language,
) -> Element<'a, Message> {
    let c = s.cell(party);
    let found = marks.get(&Place::Cell(s.id, party));
    let severity = found.as_ref().and_then(|fs| worst(fs));
    let selected = state.cursor == Some((s.id, party));
    let role = c.map(|c| c.role);
    let mut content = column![].spacing(1);
    if let Some(c) = c {
        // The figures in the cell's own muted colour: readable (WCAG AA) on its role's colour.
        let figure = move |s: String| {
            text(s).size(size::SMALL).style(move |t: &Theme| text::Style {
                color: Some(theme::muted_on(t, cell_background(t, Some(c.role)))),
            })
        };
        // A role without resources (informed, consulted without cost) shows its role only,
        // not "0,00 € / 0 htv"; a figure that is there is shown even when the other is zero.
        content = content.push(text(role_short(c.role, lang)).size(size::SMALL).font(BOLD));
        let (euros, years) =
            (c.euros_per_year != crate::model::Money::ZERO, c.person_years != crate::model::Decimal::ZERO);
        if euros || years {
            content = content
                .push(figure(format::money(c.euros_per_year, lang)))
                .push(figure(person_years_short(&format::decimal(c.person_years, lang), lang)));
        }
    }
    if let Some(fs) = &found {
        content = content.push(marker(fs));
    }
    let b = button(content)
        .width(COLUMN_WIDTH)
        .height(ROW_HEIGHT)
        .padding([2.0, space::XS])
        .on_press(Message::CellPressed(s.id, party))
        .style(move |t: &Theme, status| cell_style(t, status, role, severity, selected));
    with_tooltip(b.into(), found.as_ref(), lang)
}

fn cell_style(
    t: &Theme,
    status: button::Status,
    role: Option<ServiceRole>,
    severity: Option<Severity>,
    selected: bool,
) -> button::Style {
    let p = t.extended_palette();
    let base = cell_background(t, role);
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => mix(base, p.primary.base.color, 0.15),
        _ => base,
    };
    let (border_color, width) = match (selected, severity) {
        (true, _) => (p.primary.strong.color, 3.0),
        (false, Some(s)) => (theme::severity_color(t, s), 2.0),
        (false, None) => (p.background.strong.color, 0.5),
    };
    let text_color = theme::readable_on(t, base);
    button::Style {
        background: Some(Background::Color(background)),
        text_color,
        border: Border { color: border_color, width, radius: 3.0.into() },
        ..button::Style::default()
    }
}

/// A matrix cell's colour by its role.
fn cell_background(t: &Theme, role: Option<ServiceRole>) -> Color {
    let p = t.extended_palette();
    match role {
        None => p.background.base.color,
        Some(ServiceRole::Accountable) => p.primary.weak.color,
        Some(ServiceRole::Producer) => p.success.weak.color,
        Some(ServiceRole::Funder | ServiceRole::ProcurementUnit) => p.background.strong.color,
        Some(ServiceRole::Consulted | ServiceRole::Informed) => p.background.weak.color,
    }
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    Color { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t, a: 1.0 }
}

fn totals_cell<'a>(euros: Option<Money>, years: Option<Decimal>, width: f32, lang: Language) -> Element<'a, Message> {
    let over = || T::Overflow.get(lang).to_string();
    let e = euros.map_or_else(over, |m| format::money(m, lang));
    let y = years.map_or_else(over, |d| person_years_short(&format::decimal(d, lang), lang));
    container(column![w::td_number(e).font(BOLD), w::td_number(y)].spacing(1))
        .width(width)
        .padding([2.0, space::S])
        .into()
}

/// The editor of the selected cell: role, resources and the findings there.
fn editor<'a>(
    state: &'a State,
    plan: &'a Plan,
    ctx: &Context<'a>,
    marks: &Marks<'a>,
    (sid, pid): (crate::model::ServiceId, PartyId),
) -> Element<'a, Message> {
    let lang = ctx.lang;
    let (Some(s), Some(p)) = (plan.service(sid), plan.party(pid)) else {
        return gap::horizontal().width(0).into();
    };
    let c = s.cell(pid);
    let roles: Vec<Labeled<ServiceRole>> =
        ServiceRole::ALL.iter().map(|&r| Labeled { value: r, label: r.name(lang) }).collect();
    let selected = c.map(|c| Labeled { value: c.role, label: c.role.name(lang) });
    let role = pick_list(roles, selected, |l: Labeled<ServiceRole>| Message::RoleChosen(l.value))
        .placeholder(T::Role.get(lang))
        .text_size(size::BODY)
        .width(Length::Fill);
    let role: Element<'a, Message> =
        if ctx.editable { role.into() } else { w::body(c.map_or("–", |c| c.role.name(lang))).into() };

    let editable = ctx.editable && c.is_some();
    let euros_value = c.map_or_else(String::new, |c| money_input(c.euros_per_year, lang));
    let (euros, euros_ok) = state.draft(Draft::Euros(sid, pid), euros_value, |d| {
        crate::commercial::parse_euros(d).ok().map(|m| money_input(m, lang))
    });
    let years_value = c.map_or_else(String::new, |c| decimal_input(c.person_years, lang));
    let (years, years_ok) = state.draft(Draft::Years(sid, pid), years_value, |d| {
        d.trim().replace(' ', "").parse::<Decimal>().ok().map(|v| decimal_input(v, lang))
    });
    let input = |id: &'static str, value: String, on: fn(String) -> Message| {
        text_input("0", &value).id(id).on_input_maybe(editable.then_some(on)).size(size::BODY).padding(space::S)
    };
    let mut form = column![
        w::h3(s.name.as_str()),
        w::muted(format!("{} · {}", s.kind.name(lang), s.mode.name(lang))),
        w::body(p.name.as_str()),
        labelled(T::Role.get(lang), role),
        labelled(T::EurosPerYear.get(lang), input(EUROS_ID, euros, Message::EurosChanged).into()),
    ]
    .spacing(space::S);
    if !euros_ok {
        form = form.push(w::colored(T::NotAnAmount.get(lang), |t| t.palette().danger));
    }
    form = form.push(labelled(T::PersonYears.get(lang), input(YEARS_ID, years, Message::YearsChanged).into()));
    if !years_ok {
        form = form.push(w::colored(T::NotANumber.get(lang), |t| t.palette().danger));
    }
    if c.is_none() {
        form = form.push(w::muted(T::CellEmpty.get(lang)));
    }
    form = form.push(
        row![
            w::tool(T::Clear.get(lang), (ctx.editable && c.is_some()).then_some(Message::CellCleared)),
            w::tool(T::Close.get(lang), Some(Message::EditorClosed)),
        ]
        .spacing(space::S),
    );
    let found: Vec<&Finding> = [Place::Cell(sid, pid), Place::Row(sid), Place::Column(pid)]
        .iter()
        .filter_map(|place| marks.get(place))
        .flatten()
        .collect();
    if !found.is_empty() {
        form = form.push(w::h3(T::FindingsHere.get(lang)));
        for f in found {
            form = form.push(finding_card(f, lang));
        }
    }
    form = form.push(w::muted(T::CellHint.get(lang)));
    scrollable(container(form).padding(space::M).style(container::bordered_box))
        .width(EDITOR_WIDTH)
        .height(Length::Fill)
        .spacing(space::XS)
        .into()
}

fn labelled<'a>(label: &'a str, field: Element<'a, Message>) -> Element<'a, Message> {
    column![w::muted(label), field].spacing(2).into()
}

/// A finding with its severity, the legal rule it concerns and its message.
pub(super) fn finding_card<'a>(f: &Finding, lang: Language) -> Element<'a, Message> {
    let severity = f.severity;
    let label = match severity {
        Severity::Error => crate::i18n::ui::Text::Error.get(lang),
        Severity::Warning => crate::i18n::ui::Text::Warning.get(lang),
    };
    let title = legal_rule_title(f.code(), lang).unwrap_or(f.code());
    container(
        column![
            row![
                w::badge(label, move |t| theme::severity_color(t, severity)),
                text(title).size(size::SMALL).font(BOLD)
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
            text(f.message(lang)).size(size::SMALL),
        ]
        .spacing(space::XS),
    )
    .padding(space::S)
    .width(Length::Fill)
    .style(move |t: &Theme| container::Style {
        border: Border { color: theme::severity_color(t, severity), width: 1.5, radius: 4.0.into() },
        ..container::Style::default()
    })
    .into()
}
