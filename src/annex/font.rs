//! The bundled DejaVu Sans (regular and bold), embedded in the binary, and text measuring with
//! ttf-parser: the layout wraps and shrinks text with the same advance widths the PDF uses.

use super::Error;
use ttf_parser::Face;

/// DejaVu Sans, Bitstream Vera licence (assets/fonts/LICENSE-DejaVu.txt).
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Advance widths of one face, in font units; a table for the Latin range, the face otherwise.
struct Metrics {
    face: Face<'static>,
    units_per_em: f32,
    latin: Vec<u16>,
    fallback: u16,
}

impl Metrics {
    fn new(bytes: &'static [u8]) -> Result<Metrics, Error> {
        let face = Face::parse(bytes, 0).map_err(|_| Error::Font)?;
        let advance = |c: char| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g));
        let fallback = advance('?').ok_or(Error::Font)?;
        let latin = (0u32..0x250).map(|u| char::from_u32(u).and_then(advance).unwrap_or(fallback)).collect();
        let units_per_em = f32::from(face.units_per_em().max(1));
        Ok(Metrics { face, units_per_em, latin, fallback })
    }

    fn units(&self, c: char) -> u16 {
        match self.latin.get(c as usize) {
            Some(&w) => w,
            None => self.face.glyph_index(c).and_then(|g| self.face.glyph_hor_advance(g)).unwrap_or(self.fallback),
        }
    }
}

/// The two faces the annexes use, and where their words may be hyphenated.
pub struct Fonts {
    regular: Metrics,
    bold: Metrics,
    /// The document's hyphenation patterns (none unless set).
    pub hyphenation: super::hyphen::Hyphenation,
}

impl Fonts {
    pub fn new() -> Result<Fonts, Error> {
        Ok(Fonts { regular: Metrics::new(REGULAR)?, bold: Metrics::new(BOLD)?, hyphenation: Default::default() })
    }

    /// The width of `text` in points at `size`.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let m = if bold { &self.bold } else { &self.regular };
        let units: u32 = text.chars().filter(|c| !c.is_control()).map(|c| u32::from(m.units(c))).sum();
        units as f32 * size / m.units_per_em
    }

    /// Whether the font has a glyph for the character (others print as the fallback glyph).
    pub fn has_glyph(&self, c: char) -> bool {
        c == ' ' || self.regular.face.glyph_index(c).is_some()
    }
}
