//! The dialogs of file safety: who holds a file being opened (open read-only, open as a copy,
//! take over a stale lock, cancel) and a file changed on disk (overwrite, save as, cancel).

use super::text::{self, T};
use super::{Choice, FilePrompt};
use crate::app::{App, Message};
use crate::i18n::Language;
use crate::screen::welcome;
use crate::theme::space;
use crate::widget as w;
use iced::Element;
use iced::widget::{button, column, container, row, text as label};

impl App {
    /// The dialog of the question about the file on disk, if one is open.
    pub(in crate::app) fn file_dialog(&self, lang: Language) -> Option<Element<'_, Message>> {
        let t = |x: T| x.get(lang);
        let choice = |x: T, c: Choice, style: fn(&iced::Theme, button::Status) -> button::Style| {
            button(label(t(x))).style(crate::widget::readable(style)).on_press(Message::FileChoice(c))
        };
        let (title, body, buttons) = match self.file_guard.prompt.as_ref()? {
            FilePrompt::Locked { path, holder, stale, .. } => {
                let file = welcome::file_name(path);
                let mut buttons = row![].spacing(space::S);
                if *stale && holder.is_some() {
                    buttons = buttons.push(choice(T::TakeOver, Choice::TakeOver, button::primary));
                }
                buttons = buttons
                    .push(choice(
                        T::OpenReadOnly,
                        Choice::OpenReadOnly,
                        if *stale { button::secondary } else { button::primary },
                    ))
                    .push(choice(T::OpenCopy, Choice::OpenCopy, button::secondary))
                    .push(choice(T::Cancel, Choice::Cancel, button::secondary));
                let title = if *stale { T::StaleTitle } else { T::LockedTitle };
                (t(title), text::locked_body(&file, holder.as_ref(), *stale, lang), buttons)
            }
            FilePrompt::Changed { path } => {
                let body = format!("{}\n{}", path.display(), t(T::ChangedBody));
                let buttons = row![
                    choice(T::SaveElsewhere, Choice::SaveElsewhere, button::primary),
                    choice(T::Overwrite, Choice::Overwrite, button::danger),
                    choice(T::Cancel, Choice::Cancel, button::secondary),
                ]
                .spacing(space::S);
                (t(T::ChangedTitle), body, buttons)
            }
        };
        let content = column![w::h2(title), w::body(body), buttons.wrap()].spacing(space::M);
        Some(container(content).padding(space::XL).max_width(620).style(container::bordered_box).into())
    }
}
