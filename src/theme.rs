//! The look of the application: the bundled DejaVu Sans font, the spacing and text-size scale,
//! the light, dark and high-contrast projector themes, and colours for states and severities.

use crate::model::{Band, PhaseState};
use crate::rules::Severity;
use iced::theme::Palette;
use iced::{Color, Font, Theme, color, font};

/// DejaVu Sans (Bitstream Vera licence, see `assets/fonts/LICENSE-DejaVu.txt`).
/// The same bytes the PDF annexes embed (`annex::font`), included once.
pub const FONT_REGULAR_BYTES: &[u8] = crate::annex::font::REGULAR;
/// DejaVu Sans Bold.
pub const FONT_BOLD_BYTES: &[u8] = crate::annex::font::BOLD;

/// The default font of the whole interface.
pub const FONT: Font = Font::with_name("DejaVu Sans");
/// Headings and emphasis.
pub const BOLD: Font = Font { weight: font::Weight::Bold, ..FONT };

/// Spacing scale in logical pixels.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 16.0;
    pub const XL: f32 = 24.0;
}

/// Text sizes in logical pixels.
pub mod size {
    pub const SMALL: f32 = 13.0;
    pub const BODY: f32 = 15.0;
    pub const H3: f32 = 16.0;
    pub const H2: f32 = 19.0;
    pub const H1: f32 = 24.0;
}

/// How much larger everything is drawn in projector mode, at most.
pub const PROJECTOR_SCALE: f32 = 1.5;

/// The least room, in logical pixels, projector mode leaves for the layout: the size every
/// screen is laid out for (1024×640).
pub const PROJECTOR_ROOM: (f32, f32) = (1024.0, 640.0);

/// The projector's scale for a window of this size (system logical pixels): as large as
/// `PROJECTOR_SCALE` while the layout keeps `PROJECTOR_ROOM`, and never below 1.
pub fn projector_scale(width: f32, height: f32) -> f32 {
    let fits = (width / PROJECTOR_ROOM.0).min(height / PROJECTOR_ROOM.1);
    if fits.is_finite() { fits.clamp(1.0, PROJECTOR_SCALE) } else { 1.0 }
}

/// The user's choice of light or dark; projector mode overrides it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Appearance {
    #[default]
    Light,
    Dark,
}

/// Light: calm blue accents on white.
const LIGHT: Palette = Palette {
    background: color!(0xfafafa),
    text: color!(0x1c1c1c),
    primary: color!(0x1f5fa8),
    success: color!(0x1e7a46),
    warning: color!(0xb26b00),
    danger: color!(0xb3261e),
};

/// Dark: the same accents, lightened to read on a dark background.
const DARK: Palette = Palette {
    background: color!(0x232629),
    text: color!(0xe8e8e8),
    primary: color!(0x5b9be0),
    success: color!(0x4caf74),
    warning: color!(0xf0b24a),
    danger: color!(0xef6b61),
};

/// Projector: black on white with saturated, dark accents, readable from the back of a room.
const PROJECTOR: Palette = Palette {
    background: Color::WHITE,
    text: Color::BLACK,
    primary: color!(0x0038a8),
    success: color!(0x005c1e),
    warning: color!(0x8a4b00),
    danger: color!(0x9e0000),
};

/// The theme for the current settings.
pub fn theme(appearance: Appearance, projector: bool) -> Theme {
    if projector {
        return Theme::custom("Allianssi projector", PROJECTOR);
    }
    match appearance {
        Appearance::Light => Theme::custom("Allianssi light", LIGHT),
        Appearance::Dark => Theme::custom("Allianssi dark", DARK),
    }
}

/// The colour that marks a phase's state in the stepper.
pub fn phase_state_color(theme: &Theme, state: PhaseState) -> Color {
    let p = theme.palette();
    match state {
        PhaseState::NotStarted => muted(theme),
        PhaseState::InProgress => p.primary,
        PhaseState::Passed => p.success,
        PhaseState::Exited => p.danger,
    }
}

/// The colour of a finding's severity.
pub fn severity_color(theme: &Theme, severity: Severity) -> Color {
    let p = theme.palette();
    match severity {
        Severity::Error => p.danger,
        Severity::Warning => p.warning,
    }
}

/// The colour of a risk band.
pub fn band_color(theme: &Theme, band: Band) -> Color {
    let p = theme.palette();
    match band {
        Band::Low => p.success,
        Band::Moderate => p.primary,
        Band::High => p.warning,
        Band::Critical => p.danger,
    }
}

/// Text that matters less, on the theme's background and on cards: paler than the text but
/// still at WCAG AA on both.
pub fn muted(theme: &Theme) -> Color {
    let p = theme.extended_palette();
    muted_among(theme, p.background.base.color, &[p.background.base.color, p.background.weak.color])
}

/// Text that matters less on a given background (a card, a selected item, a coloured matrix
/// cell): the most the readable text colour of that background can be moved towards it while
/// keeping a contrast of at least 4.5:1 (WCAG AA), in steps of a tenth.
pub fn muted_on(theme: &Theme, background: Color) -> Color {
    muted_among(theme, background, &[background])
}

/// The text colour that reads best on a background: the theme's text, its background colour
/// (on a dark selected item in the light theme), or black or white where neither reaches AA.
pub fn readable_on(theme: &Theme, background: Color) -> Color {
    let p = theme.palette();
    [p.text, p.background, Color::BLACK, Color::WHITE]
        .into_iter()
        .find(|&c| contrast(c, background) >= 4.5)
        .unwrap_or_else(|| {
            if contrast(Color::BLACK, background) >= contrast(Color::WHITE, background) {
                Color::BLACK
            } else {
                Color::WHITE
            }
        })
}

/// The muted text for `background` that also reads at AA on every one of `all`.
fn muted_among(theme: &Theme, background: Color, all: &[Color]) -> Color {
    let text = readable_on(theme, background);
    let mix = |t: f32| {
        Color::from_rgb(
            text.r + (background.r - text.r) * t,
            text.g + (background.g - text.g) * t,
            text.b + (background.b - text.b) * t,
        )
    };
    (0..=4).rev().map(|i| mix(i as f32 / 10.0)).find(|&c| all.iter().all(|&bg| contrast(c, bg) >= 4.5)).unwrap_or(text)
}

/// The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
pub fn contrast(a: Color, b: Color) -> f32 {
    fn channel(c: f32) -> f32 {
        if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    }
    let luminance = |c: Color| 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG AA for text: 4.5:1.
    const AA: f32 = 4.5;

    #[test]
    fn the_contrast_formula() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color::WHITE, Color::WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(color!(0x767676), Color::WHITE) - 4.54).abs() < 0.01);
    }

    /// Every pair of text and background colour the screens draw, in every theme, reads at
    /// WCAG AA (the issue measured 2.2:1 and 1.4:1 for muted figures in matrix cells and 1.4:1
    /// for a selected item's subtitle).
    #[test]
    fn every_text_on_its_background_meets_aa() {
        for (name, t) in [
            ("light", theme(Appearance::Light, false)),
            ("dark", theme(Appearance::Dark, false)),
            ("projector", theme(Appearance::Light, true)),
        ] {
            let p = t.extended_palette();
            let pairs = [
                ("text", t.palette().text, p.background.base.color),
                ("muted", muted(&t), p.background.base.color),
                ("muted on a card", muted(&t), p.background.weak.color),
                ("muted on a selected item", muted_on(&t, p.primary.base.color), p.primary.base.color),
                // iced's primary button (a selected list item, a current choice) as drawn.
                ("selected item", p.primary.base.text, p.primary.base.color),
                ("accountable cell", readable_on(&t, p.primary.weak.color), p.primary.weak.color),
                ("accountable cell, muted", muted_on(&t, p.primary.weak.color), p.primary.weak.color),
                ("producer cell", readable_on(&t, p.success.weak.color), p.success.weak.color),
                ("producer cell, muted", muted_on(&t, p.success.weak.color), p.success.weak.color),
                ("funder cell, muted", muted_on(&t, p.background.strong.color), p.background.strong.color),
                ("danger", p.danger.base.color, p.background.base.color),
                ("success", t.palette().success, p.background.base.color),
                ("a moderate badge", readable_on(&t, band_color(&t, Band::Moderate)), band_color(&t, Band::Moderate)),
                ("a low badge", readable_on(&t, band_color(&t, Band::Low)), band_color(&t, Band::Low)),
                ("a high badge", readable_on(&t, band_color(&t, Band::High)), band_color(&t, Band::High)),
                ("a critical badge", readable_on(&t, band_color(&t, Band::Critical)), band_color(&t, Band::Critical)),
            ];
            // iced's coloured buttons as `widget::readable` draws them.
            let buttons = [
                ("success button", iced::widget::button::success(&t, iced::widget::button::Status::Active)),
                ("danger button", iced::widget::button::danger(&t, iced::widget::button::Status::Active)),
                ("warning button", iced::widget::button::warning(&t, iced::widget::button::Status::Active)),
                ("primary button", iced::widget::button::primary(&t, iced::widget::button::Status::Active)),
            ];
            for (what, style) in buttons {
                let readable =
                    crate::widget::readable(move |_: &Theme, _| style)(&t, iced::widget::button::Status::Active);
                let Some(iced::Background::Color(fill)) = readable.background else { panic!("{what}: no fill") };
                let c = contrast(readable.text_color, fill);
                assert!(c >= AA, "{name}: {what} {c:.2}:1");
            }
            for (what, fg, bg) in pairs {
                let c = contrast(fg, bg);
                assert!(c >= AA, "{name}: {what} {c:.2}:1");
            }
        }
    }
}
