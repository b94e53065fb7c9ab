//! The pure page model of an annex: A4 pages (portrait or landscape) holding positioned text,
//! rectangles and lines, in points from the top-left corner; and text wrapping that measures
//! glyphs, so long Finnish compounds hyphenate (or shrink) but never cross a column or the page edge.

use super::font::Fonts;

/// A4 in points.
pub const A4_SHORT: f32 = 595.28;
pub const A4_LONG: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 50.0;
/// Where the body starts below the page header.
pub const BODY_TOP: f32 = 92.0;
/// The bottom margin.
pub const MARGIN_BOTTOM: f32 = 48.0;
/// The smallest size text shrinks to before long words are broken, as a share of its size…
pub const SHRINK: f32 = 0.72;
/// …and never below this many points: an annex prints nothing smaller.
pub const MIN_TEXT: f32 = 8.0;

/// The smallest size text of `size` may shrink to: `SHRINK` of it, not under `MIN_TEXT` (text
/// set smaller than that to begin with does not shrink at all).
pub fn floor(size: f32) -> f32 {
    (size * SHRINK).max(MIN_TEXT.min(size))
}

/// A colour, 0–255 per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const BLACK: Rgb = Rgb(0, 0, 0);
    pub const TEXT: Rgb = Rgb(25, 25, 30);
    pub const MUTED: Rgb = Rgb(90, 90, 100);
    pub const RULE: Rgb = Rgb(150, 150, 160);
    pub const HEAD: Rgb = Rgb(222, 228, 238);
    pub const ZEBRA: Rgb = Rgb(244, 246, 250);
    pub const ACCENT: Rgb = Rgb(30, 70, 140);
    pub const WHITE: Rgb = Rgb(255, 255, 255);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    pub fn width(self) -> f32 {
        match self {
            Orientation::Portrait => A4_SHORT,
            Orientation::Landscape => A4_LONG,
        }
    }

    pub fn height(self) -> f32 {
        match self {
            Orientation::Portrait => A4_LONG,
            Orientation::Landscape => A4_SHORT,
        }
    }

    /// The width between the margins.
    pub fn body_width(self) -> f32 {
        self.width() - 2.0 * MARGIN_X
    }

    /// The lowest y the body may reach.
    pub fn body_bottom(self) -> f32 {
        self.height() - MARGIN_BOTTOM
    }
}

/// One line of text; `y` is the baseline. `role` and `block` place it in the document's
/// structure (the PDF's tags): the lines of one paragraph or heading share a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
    pub text: String,
    pub role: Role,
    pub block: u32,
}

/// What a line of text is in the document's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// Page furniture (the page header, a table header repeated on a new page): not read out.
    Artifact,
    /// A heading, level 1–3.
    Heading(u8),
    /// Body text: a paragraph, a note, a list item, a label in a drawing.
    #[default]
    Paragraph,
    /// A table cell: the table (a block), the row (0 is the header row) and the column.
    Cell { table: u32, row: u32, col: u16, header: bool },
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(Text),
    Rect { x: f32, y: f32, w: f32, h: f32, fill: Option<Rgb>, stroke: Option<Rgb> },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb },
}

impl Item {
    pub fn text(x: f32, y: f32, size: f32, bold: bool, color: Rgb, text: impl Into<String>) -> Item {
        Item::Text(Text { x, y, size, bold, color, text: text.into(), role: Role::Paragraph, block: 0 })
    }

    /// The same item with its text placed in the structure (other items are left as they are).
    pub fn tagged(mut self, role: Role, block: u32) -> Item {
        if let Item::Text(t) = &mut self {
            t.role = role;
            t.block = block;
        }
        self
    }

    pub fn fill(x: f32, y: f32, w: f32, h: f32, color: Rgb) -> Item {
        Item::Rect { x, y, w, h, fill: Some(color), stroke: None }
    }

    pub fn frame(x: f32, y: f32, w: f32, h: f32, color: Rgb) -> Item {
        Item::Rect { x, y, w, h, fill: None, stroke: Some(color) }
    }

    pub fn line(x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) -> Item {
        Item::Line { x1, y1, x2, y2, width, color }
    }

    /// The same item moved by (dx, dy).
    pub fn moved(mut self, dx: f32, dy: f32) -> Item {
        match &mut self {
            Item::Text(t) => {
                t.x += dx;
                t.y += dy;
            }
            Item::Rect { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }
}

/// One page: its orientation, what is drawn on it, the annex it belongs to (an index into
/// the document's parts) for the page header, and the section headings that start on it (for
/// the PDF outline).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub orientation: Orientation,
    pub items: Vec<Item>,
    pub part: usize,
    pub sections: Vec<Section>,
}

/// A section heading on a page: its title and the y of its top.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub y: f32,
}

/// A laid-out document, ready for the renderer.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidOut {
    /// The PDF title (metadata).
    pub title: String,
    /// The date written in the metadata.
    pub date: chrono::NaiveDate,
    pub pages: Vec<Page>,
    /// Author, subject, language and outline of the PDF.
    pub meta: super::archive::DocMeta,
}

impl LaidOut {
    /// Every text of a page, in drawing order (for tests and checks).
    pub fn page_text(&self, page: usize) -> Vec<&str> {
        self.pages
            .get(page)
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text(t) => Some(t.text.as_str()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A piece of text between break opportunities, and whether a space precedes it.
struct Token<'a> {
    text: &'a str,
    space: bool,
}

/// Units that stay on the line of the number before them ("6 kk", "12 %", "1 500 €").
const UNITS: [&str; 10] = ["kk", "€", "%", "htv", "pv", "vk", "h", "min", "t€", "k€"];

/// Whether the space between two words must not break: after "§", between a number and its
/// unit, and between short groups of digits (a phone number "040 123 4567", an amount "1 500").
fn glued(prev: &str, next: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let trimmed = next.trim_end_matches([',', '.', ';', ':', ')']);
    prev.ends_with('§')
        || (prev.ends_with(|c: char| c.is_ascii_digit()) && UNITS.contains(&trimmed))
        || (digits(prev) && prev.len() <= 4 && trimmed.len() <= 4 && trimmed.starts_with(|c: char| c.is_ascii_digit()))
}

/// Splits a paragraph at spaces (not those `glued` keeps), and after hyphens, dashes and
/// slashes inside words.
fn tokens(paragraph: &str) -> Vec<Token<'_>> {
    // Words with their byte ranges, glued ones joined into one unbreakable run.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    let mut last_word: Option<&str> = None;
    for word in paragraph.split(' ') {
        let (start, end) = (at, at + word.len());
        at = end + 1;
        if word.is_empty() {
            continue;
        }
        match (runs.last_mut(), last_word) {
            (Some(run), Some(prev)) if run.1 + 1 == start && glued(prev, word) => run.1 = end,
            _ => runs.push((start, end)),
        }
        last_word = Some(word);
    }
    let mut out = Vec::new();
    for (ri, &(rs, re)) in runs.iter().enumerate() {
        let run = &paragraph[rs..re];
        let mut start = 0;
        let mut first = true;
        // A date or number ("2027-01-15", "1.1.2027", "2019–2022") is not split at its marks.
        let numeric = run.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '.' | ',' | '/'));
        if !run.contains(' ') && !numeric {
            for (i, c) in run.char_indices() {
                if matches!(c, '-' | '–' | '/') && i + c.len_utf8() < run.len() && i > 0 {
                    let end = i + c.len_utf8();
                    out.push(Token { text: &run[start..end], space: first && ri > 0 });
                    first = false;
                    start = end;
                }
            }
        }
        out.push(Token { text: &run[start..], space: first && ri > 0 });
    }
    if let Some(t) = out.first_mut() {
        t.space = false;
    }
    out
}

/// The widest unbreakable piece of the text at `size`.
pub fn widest_token(fonts: &Fonts, text: &str, size: f32, bold: bool) -> f32 {
    text.split('\n').flat_map(tokens).map(|t| fonts.width(t.text, size, bold)).fold(0.0, f32::max)
}

/// A word that would leave its line less full than this share of the width is hyphenated to
/// fill it, when it has a break that fits; a fuller line just ends before the word.
const HYPHENATE_BELOW: f32 = 0.7;
/// No more than this many lines in a row end with a hyphen added to fill them (a word wider
/// than the whole line still breaks).
const MAX_RUN: usize = 2;

/// The widest piece of the text that hyphenation cannot break (a syllable with its hyphen, or
/// a word without breaks) at `size`: text shrinks only when this does not fit.
fn widest_syllable(fonts: &Fonts, text: &str, size: f32, bold: bool) -> f32 {
    let hyphen = fonts.width("-", size, bold);
    let mut widest: f32 = 0.0;
    for tok in text.split('\n').flat_map(tokens) {
        let mut last = 0;
        let breaks = fonts.hyphenation.breaks(tok.text);
        let extra = if breaks.is_empty() { 0.0 } else { hyphen };
        for b in breaks.into_iter().chain([tok.text.len()]) {
            widest = widest.max(fonts.width(&tok.text[last..b], size, bold) + extra);
            last = b;
        }
    }
    widest
}

/// Wraps text into lines no wider than `width` at `size`: at spaces, after hyphens, between
/// syllables (`Fonts::hyphenation`) where a long word would leave a line short or is wider than
/// the column, and, for a syllable still too wide, between characters. A line that ends inside
/// a word ends with a hyphen. Newlines start new lines.
pub fn wrap(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    wrap_as(fonts, text, size, bold, width, true)
}

/// `wrap` for headings, names and page headers: a word is hyphenated only when it is wider
/// than the whole width, never just to fill a line (the patterns do not know a compound's
/// seam, and a name reads better whole).
pub fn wrap_sparing(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    wrap_as(fonts, text, size, bold, width, false)
}

fn wrap_as(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32, fill: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let space = fonts.width(" ", size, bold);
    let hyphen = fonts.width("-", size, bold);
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut w = 0.0;
        // Lines in a row that end with a hyphen added to fill them: at most `MAX_RUN`.
        let mut run = 0;
        for tok in tokens(paragraph) {
            let (mut piece, mut spaced) = (tok.text, tok.space);
            loop {
                let tw = fonts.width(piece, size, bold);
                let gap = if spaced && !line.is_empty() { space } else { 0.0 };
                if w + gap + tw <= width {
                    if gap > 0.0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    w += gap + tw;
                    break;
                }
                // The piece does not fit on this line: hyphenate it when the line would stay
                // short or the piece is wider than a whole line.
                let room = width - w - gap - hyphen;
                // A glued run ("1 200 €") wider than a whole line breaks at its own spaces.
                if line.is_empty()
                    && let Some(at) = piece
                        .match_indices(' ')
                        .map(|(i, _)| i)
                        .rev()
                        .find(|&i| fonts.width(&piece[..i], size, bold) <= width)
                {
                    lines.push(piece[..at].to_string());
                    piece = &piece[at + 1..];
                    continue;
                }
                let filling = fill && run < MAX_RUN && w < width * HYPHENATE_BELOW;
                let split = if line.is_empty() || tw > width || filling {
                    fonts
                        .hyphenation
                        .breaks(piece)
                        .into_iter()
                        .rev()
                        .find(|&b| fonts.width(&piece[..b], size, bold) <= room)
                        .or_else(|| line.is_empty().then(|| char_split(fonts, piece, size, bold, room)).flatten())
                } else {
                    None
                };
                match split {
                    Some(b) => {
                        if gap > 0.0 {
                            line.push(' ');
                        }
                        line.push_str(&piece[..b]);
                        if !line.ends_with(['-', '–', '/']) {
                            line.push('-');
                        }
                        lines.push(std::mem::take(&mut line));
                        piece = &piece[b..];
                        run += 1;
                    }
                    None if !line.is_empty() => {
                        lines.push(std::mem::take(&mut line));
                        run = 0;
                    }
                    // Not even one character fits: it overflows rather than loops.
                    None => {
                        line.push_str(piece);
                        break;
                    }
                }
                w = 0.0;
                spaced = false;
            }
        }
        lines.push(line);
    }
    lines
}

/// The longest prefix of `piece`, at least one character, no wider than `room` (a byte offset
/// before the last character), for a piece without a syllable break that fits.
fn char_split(fonts: &Fonts, piece: &str, size: f32, bold: bool, room: f32) -> Option<usize> {
    let mut w = 0.0;
    let mut cut = None;
    for (i, c) in piece.char_indices() {
        w += fonts.width(c.encode_utf8(&mut [0; 4]), size, bold);
        let next = i + c.len_utf8();
        if next >= piece.len() || (w > room && cut.is_some()) {
            break;
        }
        cut = Some(next);
        if w > room {
            break;
        }
    }
    cut
}

/// Text fitted into a column: the size (shrunk down to `SHRINK` of `size` when a syllable
/// would not fit otherwise) and the wrapped lines.
pub fn fit(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> (f32, Vec<String>) {
    let size = fit_size(fonts, text, size, bold, width);
    (size, wrap(fonts, text, size, bold, width))
}

/// `fit` for headings and names: hyphenated only where a word is wider than the width.
pub fn fit_sparing(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> (f32, Vec<String>) {
    let size = fit_size(fonts, text, size, bold, width);
    (size, wrap_sparing(fonts, text, size, bold, width))
}

fn fit_size(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> f32 {
    // Words are hyphenated (slow) only when one of them is too wide.
    if widest_token(fonts, text, size, bold) <= width {
        return size;
    }
    let widest = widest_syllable(fonts, text, size, bold);
    if widest > width && widest > 0.0 { (size * width / widest).max(floor(size)) } else { size }
}

/// Text in at most `max_lines` lines of `width`: shrunk step by step down to `SHRINK` of
/// `size`, and when it still does not fit, the last line cut with "…".
pub fn fit_lines(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32, max_lines: usize) -> (f32, Vec<String>) {
    let mut s = size;
    loop {
        let lines = wrap_sparing(fonts, text, s, bold, width);
        if lines.len() <= max_lines.max(1) {
            return (s, lines);
        }
        if s <= floor(size) {
            let mut lines: Vec<String> = lines.into_iter().take(max_lines.max(1)).collect();
            if let Some(last) = lines.last_mut() {
                *last = fit_line(fonts, &format!("{last}…"), s, bold, width).1;
            }
            return (s, lines);
        }
        s = (s - 0.25).max(floor(size));
    }
}

/// One line that must fit `width`: shrunk down to `SHRINK`, then cut with "…".
pub fn fit_line(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> (f32, String) {
    let w = fonts.width(text, size, bold);
    if w <= width {
        return (size, text.to_string());
    }
    let small = (size * width / w).max(floor(size));
    if fonts.width(text, small, bold) <= width {
        return (small, text.to_string());
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if fonts.width(&format!("{out}…"), small, bold) > width {
            out.pop();
            break;
        }
    }
    out.push('…');
    (small, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_compounds_never_cross_the_column() {
        let fonts = Fonts::new().expect("fonts");
        let text = "Työllisyydenhoitovastuunsiirtosopimusneuvottelukokous ja elinkeinoelämän-palvelut \
                    sekä kuntakokeiluyhteistyö-neuvottelut";
        for width in [20.0, 45.0, 90.0, 200.0] {
            let (size, lines) = fit(&fonts, text, 9.0, false, width);
            assert!(size >= MIN_TEXT - 0.01, "{size} pt at {width}");
            for l in &lines {
                assert!(fonts.width(l, size, false) <= width + 0.01, "{l} at {width}");
            }
            // Nothing lost (the hyphens of broken words aside), and a line that ends inside a
            // word ends with a hyphen.
            let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
            assert_eq!(bare(&lines.concat()), bare(text), "nothing lost at {width}");
            let words: Vec<&str> = text.split_whitespace().collect();
            for l in &lines[..lines.len() - 1] {
                let last = l.split_whitespace().last().unwrap_or("");
                let whole = words.iter().any(|w| w.ends_with(last) || w.trim_end_matches('-') == last);
                assert!(whole || l.ends_with('-'), "“{l}” ends inside a word without a hyphen at {width}");
            }
        }
        let (_, one) = fit_line(&fonts, text, 9.0, true, 60.0);
        assert!(one.ends_with('…'));
    }

    #[test]
    fn wraps_at_spaces_and_keeps_newlines() {
        let fonts = Fonts::new().expect("fonts");
        let lines = wrap(&fonts, "yksi kaksi kolme\nneljä", 10.0, false, 1000.0);
        assert_eq!(lines, vec!["yksi kaksi kolme".to_string(), "neljä".to_string()]);
        let narrow = wrap(&fonts, "yksi kaksi kolme", 10.0, false, fonts.width("yksi kaksi", 10.0, false) + 1.0);
        assert_eq!(narrow, vec!["yksi kaksi".to_string(), "kolme".to_string()]);
        let hyphen = wrap(&fonts, "sosiaali-palvelut", 10.0, false, fonts.width("sosiaali-", 10.0, false) + 1.0);
        assert_eq!(hyphen, vec!["sosiaali-".to_string(), "palvelut".to_string()]);
    }

    /// A long word that would leave a line short is hyphenated to fill it (Finnish patterns),
    /// but never three lines in a row; a heading's words (`wrap_sparing`) only when wider than
    /// the line.
    #[test]
    fn short_lines_are_filled_by_hyphenation_but_not_three_in_a_row() {
        let mut fonts = Fonts::new().expect("fonts");
        fonts.hyphenation = crate::annex::hyphen::Hyphenation::for_annex(crate::annex::AnnexLanguage::Fi);
        let text = "työllisyyspalvelujen järjestämisvastuu kuntakokeilualueella siirtyy työllisyysalueille \
                    palvelutarvearvioinnin yhteydessä asiakastietojärjestelmään kirjattavaksi";
        let widest = text.split(' ').map(|w| fonts.width(w, 9.0, false)).fold(0.0, f32::max);
        let mut filled = 0;
        for extra in [1.0, 15.0, 30.0, 45.0, 60.0, 90.0] {
            let width = widest + extra;
            let lines = wrap(&fonts, text, 9.0, false, width);
            filled += lines.iter().filter(|l| l.ends_with('-')).count();
            for three in lines.windows(3) {
                assert!(!three.iter().all(|l| l.ends_with('-')), "{three:?} at {width}");
            }
            let sparing = wrap_sparing(&fonts, text, 9.0, false, width);
            assert!(sparing.iter().all(|l| !l.ends_with('-')), "{sparing:?}");
        }
        assert!(filled >= 4, "{filled} lines filled by hyphenation");
    }

    /// "§ 288", "6 kk", "12 %", a phone number and an amount never break at their spaces; a
    /// near miss ("kohta 6 kuukautta", "vuonna 2027 alkaen") still breaks where it must.
    #[test]
    fn sections_units_phone_numbers_and_amounts_stay_whole() {
        let fonts = Fonts::new().expect("fonts");
        let narrow = |s: &str, keep: &str| {
            let w = fonts.width(keep, 10.0, false) + 1.0;
            let lines = wrap(&fonts, s, 10.0, false, w);
            assert!(lines.iter().any(|l| l.contains(keep)), "{s:?} → {lines:?}");
        };
        narrow("laki § 288 ja muut", "§ 288");
        narrow("kesto 6 kk alusta", "6 kk");
        narrow("osuus 12 % kaikesta", "12 %");
        narrow("soita 040 123 4567 heti", "040 123 4567");
        narrow("yhteensä 1 500 € vuodessa", "1 500 €");
        narrow("review 2027-01-15 next", "2027-01-15");
        let w = fonts.width("kohta 6", 10.0, false).max(fonts.width("kuukautta", 10.0, false)) + 1.0;
        assert_eq!(wrap(&fonts, "kohta 6 kuukautta", 10.0, false, w), vec!["kohta 6", "kuukautta"]);
        assert!(!glued("2027", "alkaen") && !glued("vuonna", "2027") && glued("§", "288"));
    }
}
