//! The dialogs of file safety: who holds a file being opened (open read-only, open as a copy,
//! take over a stale lock, cancel) and a file changed on disk (overwrite, save as, cancel), and
//! the banner over a plan opened read-only. Their texts are in `i18n/<language>/files.ftl`.

use super::{Choice, FilePrompt};
use crate::app::{App, Message};
use crate::i18n::{Key, Language, tr};
use crate::screen::welcome;
use crate::storage::lock::LockInfo;
use crate::theme::space;
use crate::widget as w;
use iced::Element;
use iced::widget::{button, column, container, row, text as label};

impl App {
    /// The dialog of the question about the file on disk, if one is open.
    pub(in crate::app) fn file_dialog(&self, lang: Language) -> Option<Element<'_, Message>> {
        let t = |x: Key| tr(lang, x, &[]);
        let choice = |x: Key, c: Choice, style: fn(&iced::Theme, button::Status) -> button::Style| {
            button(label(t(x))).style(crate::widget::readable(style)).on_press(Message::FileChoice(c))
        };
        let (title, body, buttons) = match self.file_guard.prompt.as_ref()? {
            FilePrompt::Locked { path, holder, stale, .. } => {
                let file = welcome::file_name(path);
                let mut buttons = row![].spacing(space::S);
                if *stale && holder.is_some() {
                    buttons = buttons.push(choice(Key::FilesTakeOver, Choice::TakeOver, button::primary));
                }
                buttons = buttons
                    .push(choice(
                        Key::FilesOpenReadOnly,
                        Choice::OpenReadOnly,
                        if *stale { button::secondary } else { button::primary },
                    ))
                    .push(choice(Key::FilesOpenCopy, Choice::OpenCopy, button::secondary))
                    .push(choice(Key::FilesCancel, Choice::Cancel, button::secondary));
                let title = if *stale { Key::FilesStaleTitle } else { Key::FilesLockedTitle };
                (t(title), locked_body(&file, holder.as_ref(), *stale, lang), buttons)
            }
            FilePrompt::Changed { path } => {
                let body = format!("{}\n{}", path.display(), t(Key::FilesChangedBody));
                let buttons = row![
                    choice(Key::FilesSaveElsewhere, Choice::SaveElsewhere, button::primary),
                    choice(Key::FilesOverwrite, Choice::Overwrite, button::danger),
                    choice(Key::FilesCancel, Choice::Cancel, button::secondary),
                ]
                .spacing(space::S);
                (t(Key::FilesChangedTitle), body, buttons)
            }
        };
        let content = column![w::h2(title), w::body(body), buttons.wrap()].spacing(space::M);
        Some(container(content).padding(space::XL).max_width(620).style(container::bordered_box).into())
    }
}

/// "user on host (since 12.5.2026 klo 9.30)", or "someone" when the lock file cannot be read.
fn holder(info: Option<&LockInfo>, lang: Language) -> String {
    let Some(i) = info else {
        return tr(lang, Key::FilesHolderSomeone, &[]);
    };
    let when = crate::i18n::format::date_time(i.since, lang);
    tr(
        lang,
        Key::FilesHolder,
        &[("user", (&i.user).into()), ("host", (&i.host).into()), ("pid", i.pid.into()), ("when", when.into())],
    )
}

/// The body of the dialog shown when a file being opened is locked.
fn locked_body(file: &str, info: Option<&LockInfo>, stale: bool, lang: Language) -> String {
    let who = holder(info, lang);
    let key = if stale { Key::FilesLockedBodyStale } else { Key::FilesLockedBody };
    tr(lang, key, &[("file", file.into()), ("who", who.into())])
}

/// The banner over a plan opened read-only because someone holds it.
pub fn locked_banner(info: Option<&LockInfo>, lang: Language) -> String {
    tr(lang, Key::FilesLockedBanner, &[("who", holder(info, lang).into())])
}
