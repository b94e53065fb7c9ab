//! The welcome screen: a new plan from any built-in template, opening a plan file, the recent
//! files, and restoring work that was not saved when the application last stopped.

use crate::i18n::Language;
use crate::i18n::ui::{self, Text};
use crate::template;
use crate::theme::{size, space};
use crate::widget as w;
use chrono::NaiveDateTime;
use iced::widget::{button, column, row, text};
use iced::{Alignment, Element, Length};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub enum Message {
    /// A new plan from the template at this index of `template::all()`.
    TemplatePressed(usize),
    OpenPressed,
    RecentPressed(PathBuf),
    RestorePressed,
    DiscardRecoveryPressed,
    BackPressed,
}

/// What the welcome screen shows besides the templates.
pub struct Context<'a> {
    pub lang: Language,
    pub recent: &'a [crate::app::settings::Recent],
    /// When the recovery copy was written, if there is one.
    pub recovery: Option<NaiveDateTime>,
    /// Whether a plan is open (the screen then offers a way back to it).
    pub has_document: bool,
}

pub fn view<'a>(cx: Context<'a>) -> Element<'a, Message> {
    let lang = cx.lang;
    let t = |x: Text| x.get(lang);

    let mut content = column![w::h1("Allianssi").size(32), w::body(t(Text::WelcomeIntro)),].spacing(space::M);

    if let Some(written) = cx.recovery {
        content = content.push(
            w::card(
                column![
                    w::h3(t(Text::RecoveryTitle)),
                    w::body(ui::recovery_found(written, lang)),
                    row![
                        button(text(t(Text::Restore))).style(button::primary).on_press(Message::RestorePressed),
                        button(text(t(Text::Discard)))
                            .style(button::secondary)
                            .on_press(Message::DiscardRecoveryPressed),
                    ]
                    .spacing(space::S),
                ]
                .spacing(space::S),
            )
            .style(iced::widget::container::bordered_box),
        );
    }

    let templates = column(template::all().iter().enumerate().map(|(i, tpl)| {
        button(column![w::h3(tpl.title), w::body(tpl.description(lang))].spacing(space::XS).width(Length::Fill))
            .padding(space::M)
            .width(Length::Fill)
            .style(button::secondary)
            .on_press(Message::TemplatePressed(i))
            .into()
    }))
    .spacing(space::S);

    let mut actions = row![
        button(text(t(Text::OpenPlan)).size(size::H3)).padding([space::S, space::L]).on_press(Message::OpenPressed)
    ]
    .spacing(space::S);
    if cx.has_document {
        actions = actions.push(
            button(text(t(Text::BackToPlan)).size(size::H3))
                .padding([space::S, space::L])
                .style(button::secondary)
                .on_press(Message::BackPressed),
        );
    }
    content = content.push(actions).push(w::h2(t(Text::NewFromTemplate))).push(templates);

    if !cx.recent.is_empty() {
        let recent = column(cx.recent.iter().map(|r| {
            let p = &r.path;
            button(
                row![
                    w::body(file_name(p)),
                    w::muted(crate::i18n::format::date(r.used, cx.lang)),
                    w::muted(p.display().to_string())
                ]
                .spacing(space::M)
                .align_y(Alignment::Center),
            )
            .style(button::text)
            .on_press(Message::RecentPressed(p.clone()))
            .into()
        }));
        content = content.push(w::h2(t(Text::RecentFiles))).push(recent);
    }

    iced::widget::center_x(content.padding(space::XL).max_width(900)).into()
}

/// The file name of a path, for lists and the window title.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}
