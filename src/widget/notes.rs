//! Multi-line text fields for a plan's notes and descriptions (a risk's cause, consequence and
//! mitigation; a phase's and a deliverable's notes): each field's editor content lives in the
//! screen's view state under a key, and is brought in line with the plan whenever the plan's
//! text is not what the editor last held (opening a file, undo, another selection), so typing
//! keeps its caret and Enter starts a new line.

use crate::theme::{size, space};
use iced::widget::text_editor::{Action, Content};
use iced::{Element, Length};
use std::collections::HashMap;
use std::hash::Hash;

/// The editors of one screen, by key.
#[derive(Debug, Clone)]
pub struct Editors<K> {
    map: HashMap<K, (Content, String)>,
}

impl<K> Default for Editors<K> {
    fn default() -> Self {
        Editors { map: HashMap::new() }
    }
}

impl<K: Eq + Hash + Copy> Editors<K> {
    /// Brings the editors in line with the texts of the fields shown now, and forgets the others
    /// (a plan of 10 000 risks keeps three editors, the selected risk's).
    pub fn sync<'t>(&mut self, shown: impl IntoIterator<Item = (K, &'t str)>) {
        let mut keep = Vec::new();
        for (key, text) in shown {
            keep.push(key);
            let entry = self.map.entry(key).or_insert_with(|| (Content::with_text(text), text.to_string()));
            if entry.1 != text {
                *entry = (Content::with_text(text), text.to_string());
            }
        }
        self.map.retain(|k, _| keep.contains(k));
    }

    /// Performs an editor action; the field's new text when the action changed it.
    pub fn perform(&mut self, key: K, action: Action) -> Option<String> {
        let (content, synced) = self.map.get_mut(&key)?;
        let edits = action.is_edit();
        content.perform(action);
        if !edits {
            return None;
        }
        *synced = content.text();
        Some(synced.clone())
    }

    /// The text an editor holds now.
    pub fn text(&self, key: K) -> Option<String> {
        self.map.get(&key).map(|(c, _)| c.text())
    }

    /// The field: a text editor as tall as its lines (at least two), read-only unless editable.
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        key: K,
        id: impl Into<iced::widget::Id>,
        placeholder: &'a str,
        editable: bool,
        on: impl Fn(Action) -> M + 'a,
    ) -> Element<'a, M> {
        let Some((content, _)) = self.map.get(&key) else { return iced::widget::space::horizontal().into() };
        let editor = iced::widget::text_editor(content)
            .id(id)
            .placeholder(placeholder)
            .size(size::SMALL)
            .padding(space::XS + 1.0)
            .height(Length::Shrink)
            .min_height(2.0 * 1.3 * size::SMALL + 2.0 * (space::XS + 1.0));
        if editable { editor.on_action(on).into() } else { editor.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::widget::text_editor;

    #[test]
    fn editors_follow_the_plan_and_report_typing() {
        let mut e: Editors<u8> = Editors::default();
        e.sync([(1, "eka"), (2, "toka")]);
        assert_eq!(e.text(1).as_deref(), Some("eka"));
        // Typing: a new line and a letter change the text.
        e.perform(1, Action::Move(text_editor::Motion::DocumentEnd));
        assert_eq!(e.perform(1, Action::Edit(text_editor::Edit::Enter)).as_deref(), Some("eka\n"));
        assert_eq!(e.perform(1, Action::Edit(text_editor::Edit::Insert('x'))).as_deref(), Some("eka\nx"));
        // A plan that holds what was typed leaves the editor be; another text replaces it.
        e.sync([(1, "eka\nx"), (2, "toka")]);
        assert_eq!(e.text(1).as_deref(), Some("eka\nx"));
        e.sync([(1, "kumottu")]);
        assert_eq!((e.text(1).as_deref(), e.text(2)), (Some("kumottu"), None), "undo, and the other forgotten");
        // Moving the caret is no change.
        assert_eq!(e.perform(1, Action::Move(text_editor::Motion::Home)), None);
    }
}
