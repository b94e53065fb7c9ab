//! The cost-line table (party, category, year, amount, description) and the reimbursable-cost
//! list, both editable: every change is an `Edit`.

use super::{CategoryField, Field, Message, State};
use crate::i18n::format;
use crate::i18n::ui::budget::T;
use crate::model::budget::default_cost_categories;
use crate::model::{CategoryId, CostCategory, CostLine, CostLineId, Edit, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::{button, checkbox, column, row, text, text_input};
use iced::{Alignment, Element, Length};

/// Height of one cost line in logical pixels: only the lines in view are built.
pub const LINE_HEIGHT: f32 = 40.0;

/// The widget id of the cost lines' scrollable.
pub const LINES_ID: &str = "budget-lines";

/// The edit of a cost-line or category message; other messages are handed back.
pub fn edit(message: Message, plan: &Plan, ctx: &Context) -> Result<Option<Edit>, Message> {
    let line = |id: CostLineId| plan.budget.cost_lines.iter().find(|c| c.id == id).cloned();
    let update = |id, f: &dyn Fn(&mut CostLine)| {
        line(id).map(|mut c| {
            f(&mut c);
            Edit::UpdateCostLine(Box::new(c))
        })
    };
    let category = |id: CategoryId, f: &dyn Fn(&mut CostCategory)| {
        plan.budget.cost_categories.iter().find(|c| c.id == id).cloned().map(|mut c| {
            f(&mut c);
            Edit::UpdateCostCategory(Box::new(c))
        })
    };
    Ok(match message {
        Message::AddLine => plan.new_cost_line(ctx.today).map(|row| row.edit),
        Message::RemoveLine(id) => Some(Edit::RemoveCostLine(id)),
        Message::LinePartySelected(id, party) => update(id, &|c| c.party = party),
        Message::LineCategorySelected(id, code) => update(id, &|c| c.category = code.clone()),
        Message::LineDescriptionChanged(id, s) => update(id, &|c| c.description = s.clone()),
        Message::AddCategory => Some(Edit::AddCostCategory(Box::new(plan.new_cost_category()))),
        Message::RemoveCategory(id) => {
            plan.budget.cost_categories.iter().any(|c| c.id == id).then_some(Edit::RemoveCostCategory(id))
        }
        Message::CategoryChanged(id, field, s) => category(id, &|c| {
            let target = match field {
                CategoryField::Code => &mut c.code,
                CategoryField::Category => &mut c.category,
                CategoryField::Unit => &mut c.unit,
                CategoryField::Evidence => &mut c.evidence,
                CategoryField::Approver => &mut c.approver,
            };
            target.clone_from(&s);
        }),
        Message::ReimbursableToggled(id, b) => category(id, &|c| c.reimbursable = b),
        Message::RestoreDefaults => Some(Edit::SetCostCategories(default_cost_categories())),
        other => return Err(other),
    })
}

fn header<'a>(cells: Vec<(String, f32)>) -> Element<'a, Message> {
    row(cells.into_iter().map(|(label, width)| {
        let cell = w::th(label);
        if width > 0.0 { cell.width(Length::Fixed(width)).into() } else { cell.width(Length::Fill).into() }
    }))
    .spacing(space::S)
    .into()
}

/// One cost line: party and category (buttons that open the chooser), year, amount, description
/// and remove; exactly `LINE_HEIGHT` high, whatever is typed.
fn line<'a>(state: &'a State, plan: &'a Plan, c: &'a CostLine, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let choices = &ctx.analysis.choices;
    let editable = ctx.editable;
    let id = c.id;
    let (party, category): (Element<'a, Message>, Element<'a, Message>) = if editable {
        (
            super::chooser::opener(choices.party(c.party).label, id, super::Pick::Party, 190.0),
            super::chooser::opener(choices.category(&c.category).label, id, super::Pick::Category, 250.0),
        )
    } else {
        (
            w::td(choices.party(c.party).label).width(Length::Fixed(190.0)).into(),
            w::td(choices.category(&c.category).label).width(Length::Fixed(250.0)).into(),
        )
    };
    let number =
        |field: Field, width: f32| super::input::number(field, state.shown(field, plan, lang), None, editable, width);
    row![
        party,
        category,
        number(Field::LineYear(id), 70.0),
        number(Field::LineAmount(id), 140.0),
        text_input(T::Description.get(lang), &c.description)
            .id(format!("budget-line-description-{}", id.0))
            .on_input_maybe(editable.then_some(move |s| Message::LineDescriptionChanged(id, s)))
            .size(size::SMALL)
            .padding(space::XS)
            .width(Length::Fill),
        button(text(T::Remove.get(lang)).size(size::SMALL))
            .style(button::danger)
            .padding([2.0, space::S])
            .width(Length::Fixed(80.0))
            .on_press_maybe(editable.then_some(Message::RemoveLine(id))),
    ]
    .spacing(space::S)
    .height(Length::Fixed(LINE_HEIGHT))
    .align_y(Alignment::Center)
    .into()
}

/// The cost-line table with add and remove: a header, then only the lines in view.
pub fn lines<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: T| x.get(lang).to_string();
    let editable = ctx.editable;
    let list = &plan.budget.cost_lines;
    let total = ctx
        .analysis
        .base_estimate
        .as_ref()
        .map_or_else(|_| crate::i18n::ui::Text::Overflow.get(lang).to_string(), |m| format::money(*m, lang));
    let body: Element<'a, Message> = if list.is_empty() {
        w::card(w::muted(crate::i18n::ui::Text::NoCostLines.get(lang))).into()
    } else {
        let table = column![
            header(vec![
                (t(T::Party), 190.0),
                (t(T::Category), 250.0),
                (t(T::Year), 70.0),
                (t(T::AmountEuros), 140.0),
                (t(T::Description), 0.0),
                (String::new(), 80.0),
            ]),
            state.lines.view(
                LINES_ID,
                list.len(),
                LINE_HEIGHT,
                |i| line(state, plan, &list[i], ctx),
                Message::LinesScrolled
            ),
        ]
        .spacing(space::XS)
        .height(Length::Fill);
        w::card(table).height(Length::Fill).into()
    };
    // Messages of the lines' number fields, one line each, under the table (a message beside a
    // field would change the row's height and the table's layout while the user types).
    let line_of = |f: Field| match f {
        Field::LineYear(id) | Field::LineAmount(id) => Some(id),
        _ => None,
    };
    let errors = state.errors(|f| line_of(f).is_some()).filter_map(|(f, e)| Some((line_of(f)?, e))).map(|(id, e)| {
        let n = list.iter().position(|c| c.id == id).map_or(0, |i| i + 1);
        w::colored(format!("{} {n}: {e}", T::Line.get(lang)), |t: &iced::Theme| t.extended_palette().danger.base.color)
            .size(size::SMALL)
            .into()
    });
    let errors: Vec<Element<'a, Message>> = errors.collect();
    column![
        row![
            w::tool(T::AddLine.get(lang), (editable && !plan.parties.is_empty()).then_some(Message::AddLine)),
            w::muted(T::LinesHint.get(lang)).width(Length::Fill),
        ]
        .extend(w::sheet_tools(crate::csvio::Kind::Budget, editable, lang, Message::Sheet))
        .spacing(space::M)
        .align_y(Alignment::Center),
        body,
        iced::widget::Column::with_children(errors).spacing(2),
        row![w::h3(T::BaseEstimate.get(lang)).width(Length::Fill), w::h3(total)],
    ]
    .spacing(space::M)
    .height(Length::Fill)
    .into()
}

/// The reimbursable-cost list with add, remove and restore defaults.
pub fn categories<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: T| x.get(lang).to_string();
    let editable = ctx.editable;
    let mut rows = column![header(vec![
        (t(T::Code), 60.0),
        (t(T::Category), 0.0),
        (t(T::Unit), 80.0),
        (t(T::Rate), 110.0),
        (t(T::Evidence), 170.0),
        (t(T::Approver), 150.0),
        (t(T::Reimbursable), 90.0),
        (String::new(), 80.0),
    ])]
    .spacing(space::XS);
    for (i, c) in plan.budget.cost_categories.iter().enumerate() {
        let id = c.id;
        let input = |value: &str, field: CategoryField, width: Length| {
            text_input("", value)
                .id(format!("budget-category-{i}-{field:?}"))
                .on_input_maybe(editable.then_some(move |s| Message::CategoryChanged(id, field, s)))
                .size(size::SMALL)
                .padding(space::XS)
                .width(width)
        };
        rows = rows.push(
            row![
                input(&c.code, CategoryField::Code, Length::Fixed(60.0)),
                input(&c.category, CategoryField::Category, Length::Fill),
                input(&c.unit, CategoryField::Unit, Length::Fixed(80.0)),
                state.number(Field::CategoryRate(id), plan, ctx, 110.0),
                input(&c.evidence, CategoryField::Evidence, Length::Fixed(170.0)),
                input(&c.approver, CategoryField::Approver, Length::Fixed(150.0)),
                iced::widget::container(
                    checkbox(c.reimbursable)
                        .on_toggle_maybe(editable.then_some(move |b| Message::ReimbursableToggled(id, b)))
                        .size(18)
                )
                .width(Length::Fixed(90.0))
                .center_x(Length::Fixed(90.0)),
                button(text(T::Remove.get(lang)).size(size::SMALL))
                    .style(button::danger)
                    .padding([2.0, space::S])
                    .width(Length::Fixed(80.0))
                    .on_press_maybe(editable.then_some(Message::RemoveCategory(id))),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
        );
    }
    column![
        row![
            w::tool(T::AddCategory.get(lang), editable.then_some(Message::AddCategory)),
            w::tool(T::RestoreDefaults.get(lang), editable.then_some(Message::RestoreDefaults)),
            w::muted(T::CategoriesHint.get(lang)),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center),
        w::card(rows),
    ]
    .spacing(space::M)
    .into()
}
