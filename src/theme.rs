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

/// How much larger everything is drawn in projector mode.
pub const PROJECTOR_SCALE: f32 = 1.5;

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

/// Text that matters less: halfway between the text and the background.
pub fn muted(theme: &Theme) -> Color {
    let p = theme.palette();
    let mix = |a: f32, b: f32| a * 0.6 + b * 0.4;
    Color::from_rgb(mix(p.text.r, p.background.r), mix(p.text.g, p.background.g), mix(p.text.b, p.background.b))
}
