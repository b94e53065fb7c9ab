//! The window's keyboard manners, applied once around the whole view: a key pressed with Alt
//! (not AltGr) is a shortcut, never text, so Alt+4 in a field switches the budget section instead
//! of typing "4"; and Escape closes an open pick list before anything else (iced's lists close
//! only on a click), without also closing the panel behind it.

use iced::keyboard::{self, Key, key::Named};
use iced::{Element, Event, Length, Rectangle, Size, Vector, mouse};
use iced_core::layout::{self, Layout};
use iced_core::widget::{Operation, Tree};
use iced_core::{Clipboard, Shell, Widget, overlay, renderer};

/// Wraps the whole view in the window's keyboard manners.
pub fn manners<'a, Message: 'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    Element::new(Manners { content: content.into() })
}

struct Manners<'a, Message> {
    content: Element<'a, Message>,
}

/// The event the widgets see: a key pressed with Alt (without Ctrl, which AltGr is on some
/// systems) carries no text, so no text field types it; every other event is unchanged.
pub fn without_alt_text(event: &Event) -> Option<Event> {
    match event {
        Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modified_key,
            physical_key,
            location,
            modifiers,
            text: Some(_),
            repeat,
        }) if modifiers.alt() && !modifiers.control() && !modifiers.logo() => {
            Some(Event::Keyboard(keyboard::Event::KeyPressed {
                key: key.clone(),
                modified_key: modified_key.clone(),
                physical_key: *physical_key,
                location: *location,
                modifiers: *modifiers,
                text: None,
                repeat: *repeat,
            }))
        }
        _ => None,
    }
}

/// Whether the event is Escape pressed.
pub fn is_escape(event: &Event) -> bool {
    matches!(event, Event::Keyboard(keyboard::Event::KeyPressed { key: Key::Named(Named::Escape), .. }))
}

impl<Message> Widget<Message, iced::Theme, iced::Renderer> for Manners<'_, Message> {
    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(&mut self, tree: &mut Tree, renderer: &iced::Renderer, limits: &layout::Limits) -> layout::Node {
        self.content.as_widget_mut().layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content.as_widget_mut().operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let content = &mut self.content;
        let tree = &mut tree.children[0];
        if is_escape(event) {
            // A pick list closes on a click that its menu did not take: a click nowhere.
            // When one closed, Escape has done its work and goes no further.
            let click = Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left));
            let mut messages = Vec::new();
            let mut inner = Shell::new(&mut messages);
            content.as_widget_mut().update(
                tree,
                &click,
                layout,
                mouse::Cursor::Unavailable,
                renderer,
                clipboard,
                &mut inner,
                viewport,
            );
            let closed = inner.is_event_captured();
            shell.merge(inner, std::convert::identity);
            if closed {
                shell.capture_event();
                shell.request_redraw();
                return;
            }
        }
        let changed = without_alt_text(event);
        let event = changed.as_ref().unwrap_or(event);
        content.as_widget_mut().update(tree, event, layout, cursor, renderer, clipboard, shell, viewport);
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(&tree.children[0], layout, cursor, viewport, renderer)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(&tree.children[0], renderer, theme, style, layout, cursor, viewport);
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(&mut tree.children[0], layout, renderer, viewport, translation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Location, Modifiers, key};

    fn press(c: &str, modifiers: Modifiers) -> Event {
        Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Character(c.into()),
            modified_key: Key::Character(c.into()),
            physical_key: key::Physical::Code(key::Code::Digit4),
            location: Location::Standard,
            modifiers,
            text: Some(c.into()),
            repeat: false,
        })
    }

    fn text_of(event: &Event) -> Option<String> {
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { text, .. }) => text.as_ref().map(|t| t.to_string()),
            _ => None,
        }
    }

    #[derive(Debug, Clone, PartialEq)]
    enum M {
        Typed(String),
        Picked(String),
    }

    fn view<'a>(value: &'a str) -> Element<'a, M> {
        let options = vec!["eka".to_string(), "toka".to_string()];
        manners(iced::widget::column![
            iced::widget::text_input("", value).on_input(M::Typed),
            iced::widget::pick_list(options, None::<String>, M::Picked),
            iced::widget::text("alku"),
        ])
    }

    /// In a focused field, Alt+4 types nothing while a plain 4 types "4" (through the real
    /// text input, in iced_test's simulator).
    #[test]
    fn alt_does_not_type_in_a_field() {
        let mut ui = iced_test::simulator(view("12"));
        ui.click("12").expect("the field");
        ui.simulate([press("4", Modifiers::ALT)]);
        ui.simulate([press("5", Modifiers::empty())]);
        let typed: Vec<M> = ui.into_messages().collect();
        assert_eq!(typed, vec![M::Typed("125".into())]);
    }

    /// Escape closes an open pick list (its options are gone) and is taken, so the window does
    /// not also close a panel; with no list open it is left to the window.
    #[test]
    fn escape_closes_an_open_pick_list() {
        let escape = Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Named(Named::Escape),
            modified_key: Key::Named(Named::Escape),
            physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
            location: Location::Standard,
            modifiers: Modifiers::empty(),
            text: None,
            repeat: false,
        });
        // Opens the list (the field is 0–30 px high, the list 30–60), presses the keys, then
        // clicks where the list's first option shows when it is open.
        let run = |keys: Vec<Event>| {
            let mut ui = iced_test::simulator(view(""));
            ui.point_at(iced::Point::new(20.0, 45.0));
            ui.simulate(iced_test::simulator::click());
            let statuses = ui.simulate(keys);
            let at = iced::Point::new(20.0, 75.0);
            ui.point_at(at);
            ui.simulate([Event::Mouse(mouse::Event::CursorMoved { position: at })]);
            ui.simulate(iced_test::simulator::click());
            (statuses, ui.into_messages().collect::<Vec<M>>())
        };
        let (none, picked) = run(Vec::new());
        assert!(none.is_empty());
        assert_eq!(picked, vec![M::Picked("eka".into())], "control: the open list takes the click");
        let (status, after) = run(vec![escape.clone()]);
        assert_eq!(after, Vec::<M>::new(), "Escape closed the list");
        assert_eq!(status, vec![iced::event::Status::Captured], "and was taken");
        let mut ui = iced_test::simulator(view(""));
        assert_eq!(ui.simulate([escape]), vec![iced::event::Status::Ignored], "nothing open: the window's Escape");
    }

    /// Alt+4 loses its text; a plain 4, Shift+4 and AltGr (Ctrl+Alt) keep theirs (near misses).
    #[test]
    fn only_alt_keys_lose_their_text() {
        let alt = without_alt_text(&press("4", Modifiers::ALT)).expect("changed");
        assert_eq!(text_of(&alt), None);
        for m in [Modifiers::empty(), Modifiers::SHIFT, Modifiers::ALT | Modifiers::CTRL] {
            assert!(without_alt_text(&press("4", m)).is_none(), "{m:?}");
        }
        assert!(is_escape(&Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Named(Named::Escape),
            modified_key: Key::Named(Named::Escape),
            physical_key: key::Physical::Code(key::Code::Escape),
            location: Location::Standard,
            modifiers: Modifiers::empty(),
            text: None,
            repeat: false,
        })));
        assert!(!is_escape(&press("4", Modifiers::empty())));
    }
}
