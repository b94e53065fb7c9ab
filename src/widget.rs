//! Shared view helpers: headings, muted and coloured text, cards, tabs, badges, banners and
//! table cells, so every screen looks alike. They format nothing and calculate nothing.

mod keys;
mod list;
pub mod notes;

pub use keys::manners;
pub use list::{VirtualList, window};

use crate::theme::{self, BOLD, size, space};
use iced::widget::{Container, Text, button, container, text};
use iced::{Background, Border, Color, Element, Length, Theme};

/// A heading of the given size, in bold.
pub fn heading<'a>(content: impl text::IntoFragment<'a>, px: f32) -> Text<'a> {
    text(content).font(BOLD).size(px)
}

/// The title of a screen.
pub fn h1<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    heading(content, size::H1)
}

/// The title of a section.
pub fn h2<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    heading(content, size::H2)
}

/// The title of a block inside a section.
pub fn h3<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    heading(content, size::H3)
}

/// Body text.
pub fn body<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    text(content).size(size::BODY)
}

/// Secondary text, smaller and paler.
pub fn muted<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    text(content).size(size::SMALL).style(|t: &Theme| text::Style { color: Some(theme::muted(t)) })
}

/// The secondary line of a list item: muted, and still readable (WCAG AA) on the filled
/// background of the selected item.
pub fn subtitle<'a>(content: impl text::IntoFragment<'a>, selected: bool) -> Text<'a> {
    text(content).size(size::SMALL).style(move |t: &Theme| {
        let color =
            if selected { theme::muted_on(t, t.extended_palette().primary.base.color) } else { theme::muted(t) };
        text::Style { color: Some(color) }
    })
}

/// Text in a colour taken from the theme.
pub fn colored<'a>(content: impl text::IntoFragment<'a>, color: impl Fn(&Theme) -> Color + 'a) -> Text<'a> {
    text(content).size(size::BODY).style(move |t: &Theme| text::Style { color: Some(color(t)) })
}

/// Where a field's validation message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beside {
    Below,
    Right,
}

/// A field and its validation message (or nothing). The field keeps its place in the widget tree
/// whether or not a message is shown, so it keeps its focus and caret while the user types
/// through a message appearing or going away (a field replaced by a column holding it lost
/// focus, and the rest of the keystrokes went nowhere).
pub fn with_message<'a, M: 'a>(
    field: impl Into<Element<'a, M>>,
    message: Option<String>,
    beside: Beside,
    width: Option<f32>,
) -> Element<'a, M> {
    let note: Element<'a, M> = match message {
        Some(m) => {
            let t = colored(m, |t: &Theme| t.extended_palette().danger.base.color).size(size::SMALL);
            match width {
                Some(w) => t.width(Length::Fixed(w)).into(),
                None => t.into(),
            }
        }
        None => iced::widget::Space::new().width(0).height(0).into(),
    };
    match beside {
        Beside::Below => iced::widget::column![field.into(), note].spacing(2).into(),
        Beside::Right => {
            iced::widget::row![field.into(), note].spacing(space::S).align_y(iced::Alignment::Center).into()
        }
    }
}

/// A block with a soft background and a thin border.
pub fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Container<'a, M> {
    container(content).padding(space::L).width(Length::Fill).style(container::bordered_box)
}

/// A small coloured label, e.g. a phase state or a risk band.
pub fn badge<'a, M: 'a>(label: impl text::IntoFragment<'a>, color: impl Fn(&Theme) -> Color + 'a) -> Element<'a, M> {
    // The label in whichever text colour reads at AA on the badge's colour (white on the light
    // theme's dark accents, dark on the dark theme's light ones).
    container(text(label).size(size::SMALL))
        .padding([2.0, space::S])
        .style(move |t: &Theme| {
            let bg = color(t);
            container::Style {
                background: Some(Background::Color(bg)),
                text_color: Some(theme::readable_on(t, bg)),
                border: Border { radius: 10.0.into(), ..Border::default() },
                ..container::Style::default()
            }
        })
        .into()
}

/// An iced button style (`button::success`, `danger`, `warning`, `primary`) with its label in
/// the colour that reads at WCAG AA on its fill (iced pairs white with the dark theme's light
/// accents).
pub fn readable(
    style: impl Fn(&Theme, button::Status) -> button::Style,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |t, status| {
        let mut s = style(t, status);
        if let Some(Background::Color(fill)) = s.background {
            s.text_color = theme::readable_on(t, fill);
        }
        s
    }
}

/// A tab of the main window: the selected one is filled.
pub fn tab<'a, M: Clone + 'a>(label: impl text::IntoFragment<'a>, selected: bool, on_press: M) -> Element<'a, M> {
    button(text(label).size(size::BODY))
        .padding([space::S, space::M])
        .style(if selected { button::primary } else { button::text })
        .on_press(on_press)
        .into()
}

/// A toolbar button, disabled when there is nothing to do.
pub fn tool<'a, M: Clone + 'a>(label: impl text::IntoFragment<'a>, on_press: Option<M>) -> Element<'a, M> {
    button(text(label).size(size::BODY))
        .padding([space::XS + 2.0, space::M])
        .style(button::secondary)
        .on_press_maybe(on_press)
        .into()
}

/// The Import… and Export… buttons of a list view: a spreadsheet into or out of this list.
pub fn sheet_tools<'a, M: Clone + 'a>(
    kind: crate::csvio::Kind,
    editable: bool,
    lang: crate::i18n::Language,
    on: impl Fn(crate::screen::SheetRequest) -> M,
) -> [Element<'a, M>; 2] {
    use crate::i18n::ui::sheets::Sh;
    use crate::screen::SheetRequest;
    [
        tool(Sh::Import.get(lang), editable.then(|| on(SheetRequest::Import(Some(kind))))),
        tool(Sh::Export.get(lang), Some(on(SheetRequest::Export(Some(kind))))),
    ]
}

/// A banner across the window: information, warning or error.
pub fn banner<'a, M: 'a>(content: impl Into<Element<'a, M>>, kind: BannerKind) -> Element<'a, M> {
    container(content)
        .padding([space::S, space::L])
        .width(Length::Fill)
        .style(move |t: &Theme| match kind {
            BannerKind::Info => container::primary(t),
            BannerKind::Warning => container::warning(t),
            BannerKind::Error => container::danger(t),
        })
        .into()
}

/// What a banner tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BannerKind {
    Info,
    Warning,
    Error,
}

/// A header cell of a table.
pub fn th<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    text(content).font(BOLD).size(size::SMALL)
}

/// A number cell of a table, aligned right.
pub fn td_number<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    text(content).size(size::SMALL).width(Length::Fill).align_x(iced::alignment::Horizontal::Right)
}

/// A body cell of a table.
pub fn td<'a>(content: impl text::IntoFragment<'a>) -> Text<'a> {
    text(content).size(size::SMALL)
}

/// A value shown in a pick list under a translated label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labeled<T> {
    pub value: T,
    pub label: &'static str,
}

impl<T> std::fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label)
    }
}

#[cfg(test)]
mod message_tests {
    use super::*;
    use iced_test::core::widget::Tree;

    /// The field stands at the same place of the widget tree with and without its message, so
    /// iced keeps its state (focus, caret) when a message appears or goes away while typing.
    #[test]
    fn a_field_keeps_its_place_in_the_tree_whatever_its_message() {
        for beside in [Beside::Below, Beside::Right] {
            let field = || iced::widget::text_input::<(), Theme, iced::Renderer>("", "4");
            let bare: Element<'_, ()> = with_message(field(), None, beside, None);
            let noted: Element<'_, ()> = with_message(field(), Some("Ei ole prosentti.".into()), beside, Some(260.0));
            let (a, b) = (Tree::new(&bare), Tree::new(&noted));
            assert_eq!(a.tag, b.tag, "{beside:?}: the same container");
            // (iced leaves a void space out of a column: the message slot may be empty.)
            assert!(!a.children.is_empty() && b.children.len() == 2);
            assert_eq!(a.children[0].tag, b.children[0].tag, "{beside:?}: the field in the same slot");
            assert_eq!(a.children[0].tag, Tree::new(Element::<'_, ()>::from(field())).tag);
        }
    }
}
