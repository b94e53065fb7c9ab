//! Flowing blocks onto pages: headings, paragraphs, lists, key–value blocks, tables that
//! continue across pages with their header row repeated, and fixed-size drawings (charts).

use super::font::Fonts;
use super::layout::{
    BODY_TOP, Item, MARGIN_X, Orientation, Page, Rgb, Role, Section, fit, fit_line, fit_sparing, floor, widest_token,
};

pub const BODY: f32 = 9.5;
pub const SMALL: f32 = 8.0;
const LEADING: f32 = 1.32;
const PAD: f32 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// A table column: its title, relative width and alignment, and whether its cells are names
/// printed in bold (a service, a risk) over their captions.
#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    pub width: f32,
    pub align: Align,
    pub strong: bool,
}

impl Column {
    pub fn left(title: impl Into<String>, width: f32) -> Column {
        Column { title: title.into(), width, align: Align::Left, strong: false }
    }

    pub fn right(title: impl Into<String>, width: f32) -> Column {
        Column { title: title.into(), width, align: Align::Right, strong: false }
    }

    pub fn center(title: impl Into<String>, width: f32) -> Column {
        Column { title: title.into(), width, align: Align::Center, strong: false }
    }

    /// The same column with its cells in bold (names over captions).
    pub fn strong(self) -> Column {
        Column { strong: true, ..self }
    }
}

/// A table row; `bold` for totals. A cell's caption (a description under a name, a date under
/// a status) prints below its text in the muted caption style.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<String>,
    pub bold: bool,
    pub fill: Option<Rgb>,
    /// Captions by cell; missing or empty for none.
    pub captions: Vec<String>,
}

impl Row {
    pub fn new(cells: Vec<String>) -> Row {
        Row { cells, ..Row::default() }
    }

    pub fn bold(cells: Vec<String>) -> Row {
        Row { cells, bold: true, ..Row::default() }
    }
}

/// A table; without a header it is a key–value block.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub header: bool,
    pub rows: Vec<Row>,
    pub size: f32,
    pub zebra: bool,
    /// A column whose label holds for the rows below it left empty (a party over its
    /// services), and the word that marks it repeated on a new page: "Kunta (jatkuu)".
    pub group: Option<(usize, String)>,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table { columns, header: true, rows: Vec::new(), size: SMALL, zebra: true, group: None }
    }

    pub fn push(&mut self, cells: Vec<String>) {
        self.rows.push(Row::new(cells));
    }

    /// A row whose cells may have captions (the same order; empty for none).
    pub fn push_captioned(&mut self, cells: Vec<String>, captions: Vec<String>) {
        self.rows.push(Row { captions, ..Row::new(cells) });
    }
}

/// A laid-out cell: its lines, the first `main` of them its text at `size` (bold or not), the
/// rest its caption at `caption`.
struct Cell {
    size: f32,
    lines: Vec<String>,
    main: usize,
    bold: bool,
    caption: f32,
}

/// A laid-out row: the lines of each cell and the size they print at.
struct Laid {
    cells: Vec<Cell>,
    lines: usize,
    line_height: f32,
    fill: Option<Rgb>,
}

/// Lines of text after a heading that move with it to the next page when what follows them
/// does not fit: a heading never ends a page, nor does a heading with its short intro.
const KEEP_LINES: usize = 3;

/// Places blocks on pages, starting new pages as they fill.
pub struct Flow<'a> {
    pub fonts: &'a Fonts,
    pub pages: Vec<Page>,
    part: usize,
    orientation: Orientation,
    pub y: f32,
    /// A heading not yet followed by anything: its first item and the y it started at. A new
    /// page takes it along, so a heading never ends a page.
    orphan: Option<(usize, f32)>,
    /// Lines of text placed after that heading that stay with it (an intro, a one-line
    /// paragraph): the block after them starting a new page takes them along too.
    orphan_lines: usize,
    /// Blocks (headings, paragraphs, tables) numbered so far, for the structure tags.
    blocks: u32,
}

impl<'a> Flow<'a> {
    /// A flow for one annex (`part`), starting on a new page.
    pub fn new(fonts: &'a Fonts, part: usize, orientation: Orientation) -> Flow<'a> {
        let mut f =
            Flow { fonts, pages: Vec::new(), part, orientation, y: BODY_TOP, orphan: None, orphan_lines: 0, blocks: 0 };
        f.new_page(orientation);
        f
    }

    pub fn new_page(&mut self, orientation: Orientation) {
        let carry = self.orphan.take().filter(|(_, y0)| *y0 > BODY_TOP + 0.5).and_then(|(idx, y0)| {
            let page = self.pages.last_mut().filter(|p| idx <= p.items.len())?;
            let (moved, stay): (Vec<Section>, Vec<Section>) =
                std::mem::take(&mut page.sections).into_iter().partition(|s| s.y >= y0 - 0.01);
            page.sections = stay;
            Some((page.items.split_off(idx), moved, y0))
        });
        let old_y = self.y;
        self.orientation = orientation;
        self.pages.push(Page { orientation, items: Vec::new(), part: self.part, sections: Vec::new() });
        self.y = BODY_TOP;
        if let Some((items, sections, y0)) = carry {
            let dy = BODY_TOP - y0;
            for it in items {
                self.push_raw(it.moved(0.0, dy));
            }
            if let Some(page) = self.pages.last_mut() {
                page.sections = sections.into_iter().map(|s| Section { y: s.y + dy, ..s }).collect();
            }
            self.y = old_y + dy;
        }
    }

    /// Continues on a page of this orientation: a new page unless the current one has that
    /// orientation already.
    pub fn orientation(&mut self, orientation: Orientation) {
        if self.orientation != orientation {
            if self.at_top() {
                if let Some(p) = self.pages.last_mut() {
                    p.orientation = orientation;
                }
                self.orientation = orientation;
            } else {
                self.new_page(orientation);
            }
        }
    }

    pub fn width(&self) -> f32 {
        self.orientation.body_width()
    }

    /// A new block number for the structure tags.
    fn block(&mut self) -> u32 {
        self.blocks += 1;
        self.blocks
    }

    fn bottom(&self) -> f32 {
        self.orientation.body_bottom()
    }

    fn at_top(&self) -> bool {
        self.y <= BODY_TOP + 0.5
    }

    /// The space left on the page.
    pub fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    /// Starts a new page unless `h` fits.
    pub fn ensure(&mut self, h: f32) {
        if h > self.room() && !self.at_top() {
            self.new_page(self.orientation);
        }
    }

    /// Starts a new page unless `h` fits, when a whole page could hold it: what is kept
    /// together stays together if it can.
    pub fn keep_together(&mut self, h: f32) {
        if h <= self.bottom() - BODY_TOP {
            self.ensure(h);
        }
    }

    pub fn push(&mut self, item: Item) {
        self.orphan = None;
        self.push_raw(item);
    }

    fn push_raw(&mut self, item: Item) {
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }

    pub fn space(&mut self, h: f32) {
        if !self.at_top() {
            self.y += h;
        }
    }

    /// A heading; kept with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, level: u8) {
        let size = match level {
            0 => 16.0,
            1 => 12.5,
            _ => 10.5,
        };
        self.space(if level <= 1 { 10.0 } else { 6.0 });
        let (size, lines) = fit_sparing(self.fonts, text, size, true, self.width());
        let h = lines.len() as f32 * size * LEADING;
        self.ensure(h + 40.0);
        let start = self.pages.last().map_or(0, |p| p.items.len());
        let y0 = self.y;
        let block = self.block();
        // Sections (level 1) are the PDF outline's entries under their annex.
        if level == 1
            && let Some(page) = self.pages.last_mut()
        {
            page.sections.push(Section { title: text.to_string(), y: y0 });
        }
        for l in lines {
            self.y += size * LEADING;
            let item = Item::text(MARGIN_X, self.y - size * 0.3, size, true, Rgb::ACCENT, l);
            self.push_raw(item.tagged(Role::Heading(level.min(2) + 1), block));
        }
        self.y += 3.0;
        if self.orphan.is_none() {
            self.orphan = Some((start, y0));
            self.orphan_lines = 0;
        }
    }

    /// A paragraph of body text; it may continue on the next page.
    pub fn paragraph(&mut self, text: &str) {
        self.text_at(text, BODY, false, Rgb::TEXT, 0.0);
        self.y += 3.0;
    }

    /// Muted small text (notes, legends).
    pub fn note(&mut self, text: &str) {
        self.text_at(text, SMALL, false, Rgb::MUTED, 0.0);
        self.y += 2.0;
    }

    fn text_at(&mut self, text: &str, size: f32, bold: bool, color: Rgb, indent: f32) {
        let (size, lines) = fit(self.fonts, text, size, bold, self.width() - indent);
        let n = lines.len();
        let block = self.block();
        let mut page_break = None;
        for (i, l) in lines.into_iter().enumerate() {
            if page_break.is_none_or(|b| i >= b) {
                page_break = self.paragraph_break(n - i, size * LEADING).map(|k| i + k);
            }
            if page_break == Some(i) {
                self.new_page(self.orientation);
                page_break = None;
            }
            self.ensure(size * LEADING);
            self.y += size * LEADING;
            let item =
                Item::text(MARGIN_X + indent, self.y - size * 0.3, size, bold, color, l).tagged(Role::Paragraph, block);
            // The first lines after a heading stay with it (see `orphan_lines`).
            if self.orphan.is_some() && self.orphan_lines < KEEP_LINES {
                self.orphan_lines += 1;
                self.push_raw(item);
            } else {
                self.push(item);
            }
        }
    }

    /// Where the remaining `rest` lines of a paragraph go to the next page: after the lines that
    /// fit, but never leaving one line alone at the foot of a page (an orphan) or carrying one
    /// line alone to the next (a widow). `None` when they all fit, or at the top of a page.
    fn paragraph_break(&self, rest: usize, line: f32) -> Option<usize> {
        let fits = (self.room() / line).floor().max(0.0) as usize;
        if rest <= fits || self.at_top() {
            return None;
        }
        let mut k = fits;
        if rest - k == 1 && k >= 1 {
            k -= 1;
        }
        if k == 1 && rest >= 2 {
            k = 0;
        }
        Some(k)
    }

    /// A bulleted list.
    pub fn bullets(&mut self, items: &[String]) {
        for it in items {
            // The bullet goes where the item's first line does (see `paragraph_break`).
            let n = fit(self.fonts, it, BODY, false, self.width() - 14.0).1.len();
            if self.paragraph_break(n, BODY * LEADING) == Some(0) {
                self.new_page(self.orientation);
            }
            self.ensure(BODY * LEADING);
            let y = self.y + BODY * LEADING - BODY * 0.3;
            self.push(Item::text(MARGIN_X + 4.0, y, BODY, false, Rgb::TEXT, "•").tagged(Role::Artifact, 0));
            self.text_at(it, BODY, false, Rgb::TEXT, 14.0);
        }
        self.y += 3.0;
    }

    /// A key–value block: labels on the left, values on the right of them.
    pub fn key_values(&mut self, rows: Vec<(String, String)>) {
        let mut t = Table::new(vec![Column::left("", 0.42), Column::left("", 0.58)]);
        t.header = false;
        t.zebra = false;
        t.size = BODY;
        t.rows = rows.into_iter().map(|(k, v)| Row::new(vec![k, v])).collect();
        self.table(&t);
    }

    fn lay(&self, row: &Row, widths: &[f32], strong: &[bool], size: f32, fill: Option<Rgb>) -> Laid {
        let laid: Vec<Cell> = widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let text = row.cells.get(i).map(String::as_str).unwrap_or("");
                let caption = row.captions.get(i).map_or("", |c| c.trim());
                let width = (w - 2.0 * PAD).max(4.0);
                let name = strong.get(i).copied().unwrap_or(false);
                let bold = row.bold || name;
                // Names hyphenate only when wider than the column (see `fit_sparing`).
                let (size, mut lines) = if name {
                    fit_sparing(self.fonts, text, size, bold, width)
                } else {
                    fit(self.fonts, text, size, bold, width)
                };
                let main = lines.len();
                let mut small = size;
                if !caption.is_empty() {
                    let (s, more) = fit(self.fonts, caption, size, false, width);
                    small = s;
                    lines.extend(more);
                }
                Cell { size, lines, main, bold, caption: small }
            })
            .collect();
        let lines = laid.iter().map(|c| c.lines.len()).max().unwrap_or(1).max(1);
        Laid { cells: laid, lines, line_height: size * LEADING, fill }
    }

    /// Draws lines `from..to` of a laid row at the current y and moves down.
    /// `place` puts the row in the structure (its table, its row, whether it is the header
    /// row); `None` for a header repeated on a new page, an artifact.
    fn draw_row(
        &mut self,
        row: &Laid,
        widths: &[f32],
        aligns: &[Align],
        range: (usize, usize),
        place: Option<(u32, u32, bool)>,
    ) {
        let header = place.is_none_or(|c| c.2);
        let h = (range.1 - range.0) as f32 * row.line_height + 2.0 * PAD;
        let total: f32 = widths.iter().sum();
        if let Some(fill) = row.fill {
            self.push(Item::fill(MARGIN_X, self.y, total, h, fill));
        }
        let mut x = MARGIN_X;
        for (i, w) in widths.iter().enumerate() {
            let cell = &row.cells[i];
            for (k, l) in cell.lines.iter().enumerate().take(range.1).skip(range.0) {
                let y = self.y + PAD + (k - range.0 + 1) as f32 * row.line_height - row.line_height * 0.28;
                let (size, bold, color) =
                    if k < cell.main { (cell.size, cell.bold, Rgb::TEXT) } else { (cell.caption, false, Rgb::MUTED) };
                let tw = self.fonts.width(l, size, bold);
                let tx = match aligns.get(i).copied().unwrap_or(Align::Left) {
                    Align::Left => x + PAD,
                    Align::Right => x + w - PAD - tw,
                    Align::Center => x + (w - tw) / 2.0,
                };
                let role = place.map_or(Role::Artifact, |(table, row, header)| Role::Cell {
                    table,
                    row,
                    col: u16::try_from(i).unwrap_or(u16::MAX),
                    header,
                });
                self.push(Item::text(tx, y, size, bold, color, l.clone()).tagged(role, 0));
            }
            x += w;
        }
        let rule = if header { Rgb::RULE } else { Rgb::HEAD };
        self.push(Item::line(MARGIN_X, self.y + h, MARGIN_X + total, self.y + h, 0.5, rule));
        self.y += h;
    }

    /// A table across as many pages as it needs, the header row repeated on each.
    pub fn table(&mut self, t: &Table) {
        let width = self.width();
        let sum: f32 = t.columns.iter().map(|c| c.width).sum::<f32>().max(0.0001);
        let mut widths: Vec<f32> = t.columns.iter().map(|c| c.width / sum * width).collect();
        let aligns: Vec<Align> = t.columns.iter().map(|c| c.align).collect();
        let strong: Vec<bool> = t.columns.iter().map(|c| c.strong).collect();
        let titles: Vec<String> = t.columns.iter().map(|c| c.title.clone()).collect();
        self.widen_for_words(t, &titles, &mut widths);
        let head = t.header.then(|| self.lay(&Row::bold(titles.clone()), &widths, &[], t.size, Some(Rgb::HEAD)));
        let head_h = head.as_ref().map_or(0.0, |h| h.lines as f32 * h.line_height + 2.0 * PAD);
        // The header never ends a page: it goes with its first two rows (up to four lines each).
        let first_h: f32 = t
            .rows
            .iter()
            .take(2)
            .map(|r| {
                let l = self.lay(r, &widths, &strong, t.size, None);
                (l.lines.min(4)) as f32 * l.line_height + 2.0 * PAD
            })
            .sum();
        // Short tables stay together on one page when they fit on one.
        let mut need = head_h + first_h;
        if t.rows.len() <= 12 {
            let total: f32 = head_h
                + t.rows
                    .iter()
                    .map(|r| {
                        let l = self.lay(r, &widths, &strong, t.size, None);
                        l.lines as f32 * l.line_height + 2.0 * PAD
                    })
                    .sum::<f32>();
            if total <= self.orientation.body_bottom() - BODY_TOP {
                need = total;
            }
        }
        self.ensure(need);
        let table = self.block();
        if let Some(h) = &head {
            self.draw_row(h, &widths, &aligns, (0, h.lines), Some((table, 0, true)));
        }
        let mut label = String::new();
        for (i, r) in t.rows.iter().enumerate() {
            let fill = r.fill.or((t.zebra && i % 2 == 1).then_some(Rgb::ZEBRA));
            let mut laid = self.lay(r, &widths, &strong, t.size, fill);
            if let Some((c, _)) = &t.group
                && let Some(cell) = r.cells.get(*c).filter(|s| !s.is_empty())
            {
                label = cell.clone();
            }
            let mut from = 0;
            while from < laid.lines {
                let fits = ((self.room() - 2.0 * PAD) / laid.line_height).floor().max(0.0) as usize;
                let rest = laid.lines - from;
                // Start a new page when the row does not fit; split it only when it is
                // taller than a whole page.
                if fits < rest && (fits == 0 || !self.fresh_after_header(head_h)) {
                    self.new_page(self.orientation);
                    if let Some(h) = &head {
                        self.draw_row(h, &widths, &aligns, (0, h.lines), None);
                    }
                    // The group's label goes with its rows to the new page.
                    if let Some((c, word)) = &t.group
                        && from == 0
                        && !label.is_empty()
                        && r.cells.get(*c).is_some_and(String::is_empty)
                    {
                        let mut cont = r.clone();
                        cont.cells[*c] = format!("{label} ({word})");
                        laid = self.lay(&cont, &widths, &strong, t.size, fill);
                    }
                    continue;
                }
                let to = from + rest.min(fits.max(1));
                let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
                self.draw_row(&laid, &widths, &aligns, (from, to), Some((table, row, false)));
                from = to;
            }
        }
        if t.header {
            self.y += 6.0;
        } else {
            self.y += 3.0;
        }
    }

    /// Columns too narrow for their longest word (at the smallest size text may shrink to)
    /// take width from columns with room to spare, so words break at spaces, not inside.
    fn widen_for_words(&self, t: &Table, titles: &[String], widths: &mut [f32]) {
        let small = floor(t.size);
        let need: Vec<f32> = (0..widths.len())
            .map(|i| {
                let words = t
                    .rows
                    .iter()
                    .flat_map(|r| r.cells.get(i).into_iter().chain(r.captions.get(i)))
                    .map(|c| widest_token(self.fonts, c, small, t.columns[i].strong))
                    .fold(0.0, f32::max);
                words.max(widest_token(self.fonts, &titles[i], small, true)) + 2.0 * PAD + 0.5
            })
            .collect();
        let deficit: Vec<f32> = widths.iter().zip(&need).map(|(w, n)| (n - w).max(0.0)).collect();
        let slack: Vec<f32> = widths.iter().zip(&need).map(|(w, n)| (w - n).max(0.0)).collect();
        let (d, s) = (deficit.iter().sum::<f32>(), slack.iter().sum::<f32>());
        let take = d.min(s);
        if take <= 0.0 {
            return;
        }
        for (i, w) in widths.iter_mut().enumerate() {
            *w += deficit[i] * take / d - slack[i] * take / s;
        }
    }

    fn fresh_after_header(&self, head_h: f32) -> bool {
        self.y <= BODY_TOP + head_h + 0.5
    }

    /// A drawing of fixed height whose items are relative to the body's top-left corner at
    /// the current position.
    pub fn drawing(&mut self, height: f32, items: Vec<Item>) {
        self.ensure(height);
        let dy = self.y;
        for it in items {
            // Each label of a drawing is read as a paragraph of its own, unless placed already.
            let it = match &it {
                Item::Text(t) if t.block == 0 && t.role == Role::Paragraph => {
                    let block = self.block();
                    it.tagged(Role::Paragraph, block)
                }
                _ => it,
            };
            self.push(it.moved(MARGIN_X, dy));
        }
        self.y += height + 4.0;
    }

    /// A single line of text fitted to the body width.
    pub fn line(&mut self, text: &str, size: f32, bold: bool) {
        let (size, text) = fit_line(self.fonts, text, size, bold, self.width());
        self.ensure(size * LEADING);
        self.y += size * LEADING;
        let block = self.block();
        self.push(
            Item::text(MARGIN_X, self.y - size * 0.3, size, bold, Rgb::TEXT, text).tagged(Role::Paragraph, block),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &Page) -> Vec<String> {
        page.items.iter().filter_map(|i| if let Item::Text(t) = i { Some(t.text.clone()) } else { None }).collect()
    }

    /// Body lines per page of a paragraph of `n` lines started with room for `room` lines.
    fn split(fonts: &Fonts, room: usize, n: usize) -> Vec<usize> {
        let mut f = Flow::new(fonts, 0, Orientation::Portrait);
        f.line("alku", BODY, false);
        f.y = f.bottom() - room as f32 * BODY * LEADING - 0.1;
        let text = (0..n).map(|i| format!("rivi{i}")).collect::<Vec<_>>().join("\n");
        f.paragraph(&text);
        f.pages.iter().map(|p| texts(p).iter().filter(|t| t.starts_with("rivi")).count()).collect()
    }

    /// A paragraph never leaves one line alone at the foot of a page nor carries one alone to
    /// the next; when it fits, or only a break that leaves both would do, it is as it was.
    #[test]
    fn no_widows_or_orphans() {
        let fonts = Fonts::new().expect("fonts");
        for (room, n, expected) in [
            (1, 5, vec![0, 5]),   // an orphan: the paragraph starts on the next page
            (4, 5, vec![3, 2]),   // a widow: two lines go over, not one
            (3, 5, vec![3, 2]),   // two lines go over anyway
            (2, 3, vec![0, 3]),   // neither 2+1 nor 1+2: all three go over
            (2, 2, vec![2]),      // it fits
            (1, 1, vec![1]),      // one line fits
            (0, 1, vec![0, 1]),   // one line that does not fit
            (5, 20, vec![5, 15]), // a long paragraph breaks where the page ends
        ] {
            assert_eq!(split(&fonts, room, n), expected, "room {room}, {n} lines");
        }
    }

    /// A table's header goes to the next page unless its first two rows fit under it.
    #[test]
    fn a_header_keeps_two_rows() {
        let fonts = Fonts::new().expect("fonts");
        let row = SMALL * LEADING + 2.0 * PAD;
        for (rows_room, moved) in [(1.5, true), (2.5, false)] {
            let mut f = Flow::new(&fonts, 0, Orientation::Portrait);
            f.line("alku", BODY, false);
            let mut t = Table::new(vec![Column::left("Otsikko", 1.0)]);
            for i in 0..40 {
                t.push(vec![format!("rivi {i}")]);
            }
            f.y = f.bottom() - row * (1.0 + rows_room);
            f.table(&t);
            let first = texts(&f.pages[0]);
            assert_eq!(!first.contains(&"Otsikko".to_string()), moved, "room for {rows_room} rows: {first:?}");
        }
    }

    /// A group's label is repeated, marked, on each page its rows continue on; a row that
    /// has its own label is left as it is.
    #[test]
    fn a_continued_group_keeps_its_label() {
        let fonts = Fonts::new().expect("fonts");
        let mut f = Flow::new(&fonts, 0, Orientation::Portrait);
        let mut t = Table::new(vec![Column::left("Osapuoli", 0.5), Column::left("Palvelu", 0.5)]);
        t.group = Some((0, "jatkuu".into()));
        for i in 0..150 {
            t.push(vec![if i == 0 { "Kunta A".into() } else { String::new() }, format!("palvelu {i}")]);
        }
        t.push(vec!["Kunta B".into(), "palvelu B".into()]);
        f.table(&t);
        assert!(f.pages.len() >= 2, "{} pages", f.pages.len());
        assert!(!texts(&f.pages[0]).iter().any(|s| s.contains("jatkuu")));
        for p in &f.pages[1..] {
            let all = texts(p);
            assert!(all.iter().any(|s| s == "Kunta A (jatkuu)") || all.iter().any(|s| s == "Kunta B"), "{all:?}");
        }
        assert!(!f.pages.iter().flat_map(texts).any(|s| s == "Kunta B (jatkuu)"));
    }
}
