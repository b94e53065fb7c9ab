//! The cost-line table (party, category, year, amount, description) and the reimbursable-cost
//! list, both editable: every change is an `Edit`.

use super::{CategoryField, Field, Message, State};
use crate::i18n::format;
use crate::i18n::ui::budget::T;
use crate::model::budget::default_cost_categories;
use crate::model::{CategoryId, CostCategory, CostLine, CostLineId, Edit, PartyId, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::{button, checkbox, column, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

/// A party in a pick list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PartyChoice {
    id: PartyId,
    label: String,
}

impl std::fmt::Display for PartyChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// A category code in a pick list, shown with the start of its name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CategoryChoice {
    code: String,
    label: String,
}

impl std::fmt::Display for CategoryChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

fn category_choice(code: &str, plan: &Plan) -> CategoryChoice {
    let name = plan.budget.cost_categories.iter().find(|c| c.code == code).map_or("", |c| c.category.as_str());
    let short: String = name.chars().take(28).collect();
    let ellipsis = if name.chars().count() > 28 { "…" } else { "" };
    let label = if name.is_empty() { code.to_string() } else { format!("{code} {short}{ellipsis}") };
    CategoryChoice { code: code.to_string(), label }
}

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

/// The cost-line table with add and remove.
pub fn lines<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: T| x.get(lang).to_string();
    let parties: Vec<PartyChoice> =
        plan.parties.iter().map(|p| PartyChoice { id: p.id, label: p.label().to_string() }).collect();
    let codes: Vec<CategoryChoice> =
        plan.budget.cost_categories.iter().map(|c| category_choice(&c.code, plan)).collect();
    let editable = ctx.editable;
    let mut rows = column![header(vec![
        (t(T::Party), 190.0),
        (t(T::Category), 250.0),
        (t(T::Year), 70.0),
        (t(T::AmountEuros), 140.0),
        (t(T::Description), 0.0),
        (String::new(), 80.0),
    ])]
    .spacing(space::XS);
    for c in &plan.budget.cost_lines {
        let id = c.id;
        let party = parties.iter().find(|p| p.id == c.party).cloned();
        let party_pick = pick_list(parties.clone(), party, move |p: PartyChoice| Message::LinePartySelected(id, p.id))
            .text_size(size::SMALL)
            .padding(space::XS)
            .width(Length::Fixed(190.0));
        let category = category_choice(&c.category, plan);
        let category_pick = pick_list(codes.clone(), Some(category), move |k: CategoryChoice| {
            Message::LineCategorySelected(id, k.code)
        })
        .text_size(size::SMALL)
        .padding(space::XS)
        .width(Length::Fixed(250.0));
        let (party_pick, category_pick): (Element<'a, Message>, Element<'a, Message>) = if editable {
            (party_pick.into(), category_pick.into())
        } else {
            (
                w::td(plan.party(c.party).map_or("–", |p| p.label())).width(Length::Fixed(190.0)).into(),
                w::td(c.category.as_str()).width(Length::Fixed(250.0)).into(),
            )
        };
        rows = rows.push(
            row![
                party_pick,
                category_pick,
                state.number(Field::LineYear(id), plan, ctx, 70.0),
                state.number(Field::LineAmount(id), plan, ctx, 140.0),
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
            .align_y(Alignment::Start),
        );
    }
    let total = crate::commercial::base_estimate(&plan.budget)
        .map_or_else(|_| crate::i18n::ui::Text::Overflow.get(lang).to_string(), |m| format::money(m, lang));
    let body: Element<'a, Message> = if plan.budget.cost_lines.is_empty() {
        w::muted(crate::i18n::ui::Text::NoCostLines.get(lang)).into()
    } else {
        rows.into()
    };
    column![
        row![
            w::tool(T::AddLine.get(lang), (editable && !plan.parties.is_empty()).then_some(Message::AddLine)),
            w::muted(T::LinesHint.get(lang)),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center),
        w::card(body),
        row![w::h3(T::BaseEstimate.get(lang)).width(Length::Fill), w::h3(total)],
    ]
    .spacing(space::M)
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
