//! The chooser of a cost line's party or category, opened on demand: a row shows its value as
//! a button, and a click opens one list over the screen with a search field, building only
//! the choices in sight. (A pick list per row would shape every party's name for every row.)

use super::{Message, State};
use crate::analysis::Choice;
use crate::i18n::ui::budget::T;
use crate::model::{CostLineId, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget::{self as w, VirtualList};
use iced::widget::{button, center, column, container, opaque, row, text, text_input};
use iced::{Alignment, Element, Length};

/// Height of one choice in the list.
const CHOICE_HEIGHT: f32 = 34.0;

/// The widget id of the chooser's search field (focused when it opens).
pub const SEARCH_ID: &str = "budget-chooser-search";

/// What is being chosen for a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pick {
    Party,
    Category,
}

/// An open chooser: the line, what is chosen, the search text and the list's scroll state.
#[derive(Debug, Default)]
pub struct Chooser {
    pub line: Option<(CostLineId, Pick)>,
    pub search: String,
    pub list: VirtualList,
}

/// The choices whose label holds every word of the search, case-insensitively.
pub fn matching<'c, K>(choices: &'c [Choice<K>], search: &str) -> Vec<&'c Choice<K>> {
    let words: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    choices.iter().filter(|c| c.matches(&words)).collect()
}

/// The message that picks a choice for a line.
fn picked(line: CostLineId, what: Pick, ctx: &Context, index: usize, search: &str) -> Option<Message> {
    let choices = &ctx.analysis.choices;
    match what {
        Pick::Party => matching(&choices.parties, search).get(index).map(|c| Message::LinePartySelected(line, c.key)),
        Pick::Category => {
            matching(&choices.categories, search).get(index).map(|c| Message::LineCategorySelected(line, c.key.clone()))
        }
    }
}

/// The first matching choice, for Enter in the search field.
pub fn first(state: &State, ctx: &Context) -> Option<Message> {
    let (line, what) = state.chooser.line?;
    picked(line, what, ctx, 0, &state.chooser.search)
}

/// A row's value as a button that opens the chooser.
pub fn opener<'a>(label: String, line: CostLineId, what: Pick, width: f32) -> Element<'a, Message> {
    button(
        row![
            container(text(label).size(size::SMALL).wrapping(text::Wrapping::None)).width(Length::Fill).clip(true),
            text("▾").size(size::SMALL)
        ]
        .align_y(Alignment::Center)
        .spacing(space::XS),
    )
    .style(button::secondary)
    .padding(space::XS)
    .width(Length::Fixed(width))
    .on_press(Message::ChooserOpened(line, what))
    .into()
}

/// The open chooser over the screen, or `None`.
pub fn overlay<'a>(state: &'a State, plan: &Plan, ctx: &Context<'a>) -> Option<Element<'a, Message>> {
    let (line, what) = state.chooser.line?;
    let cost_line = plan.budget.cost_lines.iter().find(|c| c.id == line);
    let lang = ctx.lang;
    let choices = &ctx.analysis.choices;
    let search = state.chooser.search.as_str();
    let (title, labels): (T, Vec<(String, bool)>) = match what {
        Pick::Party => {
            let current = cost_line.map(|c| c.party);
            (
                T::ChooseParty,
                matching(&choices.parties, search).iter().map(|c| (c.label.clone(), Some(c.key) == current)).collect(),
            )
        }
        Pick::Category => {
            let current = cost_line.map(|c| c.category.as_str());
            (
                T::ChooseCategory,
                matching(&choices.categories, search)
                    .iter()
                    .map(|c| (c.label.clone(), Some(c.key.as_str()) == current))
                    .collect(),
            )
        }
    };
    let total = labels.len();
    let ctx = *ctx;
    let labels = std::rc::Rc::new(labels);
    let row = move |i: usize| -> Element<'a, Message> {
        let (label, current) = &labels[i];
        let label = if *current { format!("✓ {label}") } else { label.clone() };
        button(text(label).size(size::BODY).wrapping(text::Wrapping::None))
            .style(if *current { button::primary } else { button::text })
            .width(Length::Fill)
            .height(Length::Fixed(CHOICE_HEIGHT - 2.0))
            .on_press_maybe(picked(line, what, &ctx, i, search))
            .into()
    };
    let list: Element<'a, Message> = if total == 0 {
        w::muted(T::NoChoices.get(lang)).into()
    } else {
        state.chooser.list.view("budget-chooser-list", total, CHOICE_HEIGHT, row, Message::ChooserScrolled)
    };
    let panel = w::card(
        column![
            w::h3(title.get(lang)),
            text_input(T::Search.get(lang), search)
                .id(SEARCH_ID)
                .on_input(Message::ChooserSearched)
                .on_submit(Message::ChooserSubmitted)
                .size(size::BODY)
                .padding(space::S),
            container(list).height(Length::Fill),
            row![
                iced::widget::space::horizontal(),
                button(text(T::Cancel.get(lang)).size(size::BODY))
                    .style(button::secondary)
                    .on_press(Message::ChooserClosed)
            ],
        ]
        .spacing(space::S),
    )
    .width(Length::Fixed(440.0))
    .height(Length::Fixed(480.0));
    Some(opaque(center(panel).style(|_| container::Style {
        background: Some(iced::Color { a: 0.35, ..iced::Color::BLACK }.into()),
        ..container::Style::default()
    })))
}
