//! The contract annexes, read-only for now: each annex's number and title and the languages
//! they are printed in. Printing them as PDF comes with a later issue.

use super::{Action, Context};
use crate::i18n::ui::Text;
use crate::i18n::{Language, Named};
use crate::model::{AnnexSpec, Plan};
use crate::theme::space;
use crate::widget as w;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{column, row};
use iced::{Element, Length};

/// The view state of the annexes screen.
#[derive(Debug, Default)]
pub struct State {}

#[derive(Debug, Clone)]
pub enum Message {}

impl State {
    pub fn update(&mut self, message: Message, _plan: &Plan, _ctx: &Context) -> Action<Message> {
        match message {}
    }

    /// The message for a key press no widget took while this screen is shown.
    pub fn key(&self, _key: &Key, _modifiers: Modifiers) -> Option<Message> {
        None
    }

    /// The screen, filling the space below the tabs; it scrolls its own content.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        iced::widget::scrollable(view(plan, ctx.lang)).height(Length::Fill).into()
    }
}

fn view<'a, M: 'a>(plan: &'a Plan, lang: Language) -> Element<'a, M> {
    let t = |x: Text| x.get(lang);
    let title = |a: &'a AnnexSpec| if a.title.trim().is_empty() { a.kind.name(lang) } else { a.title.as_str() };
    let annexes = column(plan.meta.annexes.iter().map(|a| {
        row![w::body(format!("{} {}", t(Text::Annex), a.number)).width(Length::Fixed(120.0)), w::body(title(a)),]
            .spacing(space::M)
            .into()
    }))
    .spacing(space::S);
    let languages: Vec<&str> = plan.meta.annex_languages.iter().map(|l| l.native_name()).collect();
    column![
        w::h1(t(Text::TabAnnexes)),
        w::card(annexes),
        row![w::muted(t(Text::AnnexLanguages)), w::body(languages.join(", "))].spacing(space::M),
        w::muted(t(Text::PdfLater)),
    ]
    .spacing(space::L)
    .padding(space::XL)
    .into()
}
