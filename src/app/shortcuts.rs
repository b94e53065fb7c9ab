//! Keyboard shortcuts: Ctrl+N/O/S/Shift+S for files, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y for undo
//! and redo, Ctrl+1…8 for the views, Ctrl+PageDown/PageUp for the phases, Tab and Shift+Tab
//! between fields, F1 for help, F5 for projector mode and Esc to close a panel or dialog.

use super::Message;
use crate::i18n::Language;
use crate::i18n::ui::Text;
use crate::screen::Tab;
use iced::keyboard::{self, Key, key::Named};

/// The message for a key press that no widget took, if it is a shortcut.
pub fn on_key(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, physical_key, modifiers, .. } = event else {
        return None;
    };
    match key.as_ref() {
        Key::Named(Named::F1) => return Some(Message::HelpToggled),
        Key::Named(Named::F5) => return Some(Message::ProjectorToggled),
        Key::Named(Named::Escape) => return Some(Message::EscapePressed),
        Key::Named(Named::Tab) if !modifiers.command() => return Some(Message::FocusMoved(!modifiers.shift())),
        Key::Named(Named::PageDown) if modifiers.command() => return Some(Message::PhaseStepped(true)),
        Key::Named(Named::PageUp) if modifiers.command() => return Some(Message::PhaseStepped(false)),
        _ => {}
    }
    if !modifiers.command() {
        return Some(Message::KeyPressed(key, modifiers));
    }
    let shift = modifiers.shift();
    match key.to_latin(physical_key).map(|c| c.to_ascii_lowercase()) {
        Some('n') => Some(Message::New),
        Some('o') => Some(Message::Open),
        Some('s') if shift => Some(Message::SaveAs),
        Some('s') => Some(Message::Save),
        Some('z') if shift => Some(Message::Redo),
        Some('z') => Some(Message::Undo),
        Some('y') => Some(Message::Redo),
        Some(c @ '1'..='8') => Tab::ALL.get(c as usize - '1' as usize).map(|&t| Message::TabSelected(t)),
        _ => Some(Message::KeyPressed(key, modifiers)),
    }
}

/// The shortcuts listed in the help overlay: keys and what they do.
pub fn list(lang: Language) -> Vec<(&'static str, &'static str)> {
    let t = |x: Text| x.get(lang);
    vec![
        ("Ctrl+N", t(Text::New)),
        ("Ctrl+O", t(Text::Open)),
        ("Ctrl+S", t(Text::Save)),
        ("Ctrl+Shift+S", t(Text::SaveAs)),
        ("Ctrl+Z", t(Text::Undo)),
        ("Ctrl+Shift+Z, Ctrl+Y", t(Text::Redo)),
        ("F1", t(Text::Help)),
        ("F5", t(Text::ProjectorMode)),
        ("Esc", t(Text::CloseOverlay)),
        ("Tab, Shift+Tab", t(Text::MoveFocus)),
        ("Ctrl+1 … Ctrl+8", t(Text::SwitchView)),
        ("Ctrl+PageDown, Ctrl+PageUp", t(Text::SwitchPhase)),
        ("← → ↑ ↓, 1…6, Delete, Enter", t(Text::KeysMatrix)),
        ("← → ↑ ↓, Shift+← →, + − 0", t(Text::KeysTimeline)),
        ("↑ ↓, 1…5", t(Text::KeysRisks)),
        ("Alt+1 … Alt+6", t(Text::KeysBudget)),
        ("Ctrl+P", t(Text::KeysAnnexes)),
    ]
}
