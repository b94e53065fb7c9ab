//! The pivot views of the cost lines: by party (each party's budget per year, kept separate),
//! by category (per party) and by year (per party), from `commercial::pivot`.

use super::{Message, PivotView};
use crate::commercial::pivot::{Key, Pivot};
use crate::i18n::ui::budget::T;
use crate::i18n::{Language, format};
use crate::model::Plan;
use crate::screen::Context;
use crate::theme::space;
use crate::widget as w;
use iced::widget::{column, container, row, scrollable};
use iced::{Element, Length};

/// The label of a pivot key: the party's short name, the category code with its name, the year.
pub fn key_label(key: &Key, plan: &Plan) -> String {
    match key {
        Key::Party(id) => plan.party(*id).map_or_else(|| id.to_string(), |p| p.label().to_string()),
        Key::Category(code) => {
            let name = plan.budget.cost_categories.iter().find(|c| &c.code == code).map_or("", |c| c.category.as_str());
            crate::analysis::category_label(code, name, 40)
        }
        Key::Year(y) => y.to_string(),
    }
}

fn table<'a>(p: &Pivot, plan: &Plan, lang: Language, corner: T) -> Element<'a, Message> {
    const LABEL: f32 = 300.0;
    const CELL: f32 = 150.0;
    let money = |m| format::money(m, lang);
    let cell = |s: String, bold: bool| -> Element<'a, Message> {
        let t = if bold { w::th(s) } else { w::td(s) };
        t.width(Length::Fixed(CELL)).align_x(iced::alignment::Horizontal::Right).into()
    };
    let mut head = row![w::th(corner.get(lang)).width(Length::Fixed(LABEL))].spacing(space::S);
    for k in &p.columns {
        head = head.push(cell(key_label(k, plan), true));
    }
    head = head.push(cell(T::Total.get(lang).to_string(), true));
    let mut rows = column![head].spacing(space::XS);
    for (r, k) in p.rows.iter().enumerate() {
        let mut line = row![w::td(key_label(k, plan)).width(Length::Fixed(LABEL))].spacing(space::S);
        for m in &p.cells[r] {
            line = line.push(cell(money(*m), false));
        }
        line = line.push(cell(money(p.row_totals[r]), true));
        rows = rows.push(line);
    }
    let mut foot = row![w::th(T::Total.get(lang)).width(Length::Fixed(LABEL))].spacing(space::S);
    for m in &p.column_totals {
        foot = foot.push(cell(money(*m), true));
    }
    foot = foot.push(cell(money(p.total), true));
    rows = rows.push(iced::widget::rule::horizontal(1)).push(foot);
    scrollable(container(rows).padding(space::S))
        .direction(scrollable::Direction::Horizontal(scrollable::Scrollbar::default()))
        .width(Length::Fill)
        .into()
}

/// The chosen pivot with the buttons to switch.
pub fn view<'a>(view: PivotView, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let pivots = &ctx.analysis.pivots;
    let buttons =
        row([(PivotView::ByParty, T::ByParty), (PivotView::ByCategory, T::ByCategory), (PivotView::ByYear, T::ByYear)]
            .map(|(v, label)| w::tab(label.get(lang), v == view, Message::PivotSelected(v))))
        .spacing(space::XS);
    let (pivot, corner, hint) = match view {
        PivotView::ByParty => (&pivots.party_year, T::Party, T::ByPartyHint),
        PivotView::ByCategory => (&pivots.category_party, T::Category, T::ByCategoryHint),
        PivotView::ByYear => (&pivots.year_party, T::Year, T::ByYearHint),
    };
    let body: Element<'a, Message> = if plan.budget.cost_lines.is_empty() {
        w::muted(crate::i18n::ui::Text::NoCostLines.get(lang)).into()
    } else {
        match pivot {
            Ok(p) => table(p, plan, lang, corner),
            Err(e) => w::body(e.message(lang)).into(),
        }
    };
    column![buttons, w::muted(hint.get(lang)), w::card(body)].spacing(space::M).into()
}
