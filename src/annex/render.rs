//! The only printpdf user: turns a laid-out document (`LaidOut`) into PDF bytes with the bundled fonts
//! embedded and subset. Deterministic: fixed font resource names, metadata dates from the
//! document's date, and a file ID derived from the content instead of printpdf's random one.
//!
//! Memory stays bounded for documents of thousands of pages: the layout is consumed page by
//! page, printpdf renders a few pages at a time (`CHUNK`, `CHUNK_ITEMS`) (each chunk with its own font subsets), and
//! each chunk's content streams are compressed before the next chunk is built; lopdf then joins
//! the chunks' pages into one page tree. Colour, font and line state is set only when it
//! changes, so a page holds about four operations per line of text.

use super::Error;
use super::font::{BOLD, REGULAR};
use super::layout::{Item, LaidOut, Page, Rgb, Role};
use super::tags::{self, Mark};
use chrono::NaiveDate;
use flate2::Compression;
use flate2::write::ZlibEncoder;
use lopdf::{Object, ObjectId};
use printpdf::{
    Color, DictItem, FontId, Line, LinePoint, OffsetDateTime, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};
use std::io::Write as _;

/// Pages rendered by printpdf at a time, at most.
const CHUNK: usize = 48;
/// Items (lines of text, rules, boxes) rendered at a time, at most (a dense table page holds
/// over 4 000; printpdf's operations take about 150 bytes each).
const CHUNK_ITEMS: usize = 30_000;

fn color(c: Rgb) -> Color {
    let f = |v: u8| f32::from(v) / 255.0;
    Color::Rgb(printpdf::Rgb::new(f(c.0), f(c.1), f(c.2), None))
}

fn timestamp(date: NaiveDate) -> Option<OffsetDateTime> {
    let secs = date.and_hms_opt(12, 0, 0)?.and_utc().timestamp();
    OffsetDateTime::from_unix_timestamp(secs).ok()
}

/// FNV-1a, for a file ID that depends on the content only.
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// The fixed resource names of the two faces (printpdf's are random); the first six letters
/// are the subset tag.
fn font_ids() -> (FontId, FontId) {
    (FontId("AAAAAA".to_string()), FontId("AAAAAB".to_string()))
}

/// The marked-content operators around one item: tagged with its MCID, or an artifact.
fn begin(ops: &mut Vec<Op>, marks: &mut Vec<Mark>, mark: Option<Mark>) {
    match mark {
        Some(m) => {
            let mcid = i64::try_from(marks.len()).unwrap_or(i64::MAX);
            let properties = DictItem::Dict { map: [("MCID".to_string(), DictItem::Int(mcid))].into_iter().collect() };
            ops.push(Op::BeginMarkedContentWithProperties { tag: tags::name(m.role).to_string(), properties });
            marks.push(m);
        }
        None => ops.push(Op::BeginMarkedContent { tag: "Artifact".to_string() }),
    }
}

/// The printpdf page of a laid-out page, consuming it, and the structure of its tagged text
/// (one mark per MCID, in order).
fn pdf_page(page: Page) -> (PdfPage, Vec<Mark>) {
    let part = page.part;
    let mut marks = Vec::new();
    let (reg_id, bold_id) = font_ids();
    let height = page.orientation.height();
    let mut ops = Vec::with_capacity(page.items.len() * 5);
    let mut fill: Option<Rgb> = None;
    let mut outline: Option<Rgb> = None;
    let mut thickness: Option<f32> = None;
    let mut font: Option<(bool, f32)> = None;
    let mut set_fill = |ops: &mut Vec<Op>, c: Rgb| {
        if fill != Some(c) {
            fill = Some(c);
            ops.push(Op::SetFillColor { col: color(c) });
        }
    };
    let mut set_outline = |ops: &mut Vec<Op>, c: Rgb, pt: f32| {
        if outline != Some(c) {
            outline = Some(c);
            ops.push(Op::SetOutlineColor { col: color(c) });
        }
        if thickness != Some(pt) {
            thickness = Some(pt);
            ops.push(Op::SetOutlineThickness { pt: Pt(pt) });
        }
    };
    let mut open: Option<Option<Mark>> = None;
    for item in page.items {
        let mark = match &item {
            Item::Text(t) if t.role != Role::Artifact => Some(Mark { role: t.role, block: t.block, part }),
            _ => None,
        };
        // Consecutive items of one element (the lines of a paragraph or a cell) or consecutive
        // artifacts share one marked-content sequence.
        if open != Some(mark) {
            if open.is_some() {
                ops.push(Op::EndMarkedContent);
            }
            begin(&mut ops, &mut marks, mark);
            open = Some(mark);
        }
        match item {
            Item::Text(t) => {
                set_fill(&mut ops, t.color);
                ops.push(Op::StartTextSection);
                // The font is part of the graphics state: it carries over to the next text.
                if font != Some((t.bold, t.size)) {
                    font = Some((t.bold, t.size));
                    let id = if t.bold { &bold_id } else { &reg_id };
                    ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(t.size) });
                }
                ops.push(Op::SetTextCursor { pos: Point { x: Pt(t.x), y: Pt(height - t.y) } });
                // Control characters have no glyph; they are measured as nothing and left out.
                let text = if t.text.chars().any(char::is_control) {
                    t.text.chars().filter(|c| !c.is_control()).collect()
                } else {
                    t.text
                };
                ops.push(Op::ShowText { items: vec![TextItem::Text(text)] });
                ops.push(Op::EndTextSection);
            }
            Item::Rect { x, y, w, h, fill: f, stroke } => {
                let mode = match (f, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    (None, Some(_)) => PaintMode::Stroke,
                    (None, None) => continue,
                };
                if let Some(f) = f {
                    set_fill(&mut ops, f);
                }
                if let Some(s) = stroke {
                    set_outline(&mut ops, s, 0.6);
                }
                let rectangle = Rect {
                    x: Pt(x),
                    y: Pt(height - y - h),
                    width: Pt(w),
                    height: Pt(h),
                    mode: Some(mode),
                    winding_order: None,
                };
                ops.push(Op::DrawRectangle { rectangle });
            }
            Item::Line { x1, y1, x2, y2, width, color: c } => {
                set_outline(&mut ops, c, width);
                let p = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(height - y) }, bezier: false };
                ops.push(Op::DrawLine { line: Line { points: vec![p(x1, y1), p(x2, y2)], is_closed: false } });
            }
        }
    }
    if open.is_some() {
        ops.push(Op::EndMarkedContent);
    }
    ops.shrink_to_fit();
    let w = page.orientation.width();
    (PdfPage::new(printpdf::Mm::from(Pt(w)), printpdf::Mm::from(Pt(height)), ops), marks)
}

/// Compresses every stream not compressed yet, at zlib's fastest level: lopdf's own `compress`
/// uses level 9, which took 40 % of an export; the files are about a third larger.
fn compress(doc: &mut lopdf::Document) {
    for object in doc.objects.values_mut() {
        let Object::Stream(s) = object else { continue };
        if !s.allows_compression || s.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut z = ZlibEncoder::new(Vec::with_capacity(s.content.len() / 3), Compression::fast());
        if z.write_all(&s.content).is_err() {
            continue;
        }
        if let Ok(bytes) = z.finish()
            && bytes.len() + 19 < s.content.len()
        {
            s.dict.set("Filter", "FlateDecode");
            s.set_content(bytes);
        }
    }
}

fn reference(o: Result<&Object, lopdf::Error>) -> Result<ObjectId, Error> {
    o.and_then(Object::as_reference).map_err(|_| Error::Render)
}

/// The root of a document's page tree.
fn pages_root(doc: &lopdf::Document) -> Result<ObjectId, Error> {
    reference(doc.catalog().map_err(|_| Error::Render)?.get(b"Pages"))
}

/// Moves the pages of `part` (with everything they use) to the end of `main`'s page tree;
/// `part`'s catalog, page root and metadata are left behind.
fn append(main: &mut lopdf::Document, mut part: lopdf::Document) -> Result<(), Error> {
    part.renumber_objects_with(main.max_id + 1);
    let leave = [reference(part.trailer.get(b"Root"))?, pages_root(&part)?];
    let info = reference(part.trailer.get(b"Info")).ok();
    let kids: Vec<ObjectId> = part.get_pages().into_values().collect();
    let root = pages_root(main)?;
    main.max_id = main.max_id.max(part.max_id);
    for (id, object) in std::mem::take(&mut part.objects) {
        if !leave.contains(&id) && Some(id) != info {
            main.objects.insert(id, object);
        }
    }
    for kid in &kids {
        if let Ok(page) = main.get_object_mut(*kid).and_then(Object::as_dict_mut) {
            page.set("Parent", Object::Reference(root));
        }
    }
    let tree = main.get_object_mut(root).and_then(Object::as_dict_mut).map_err(|_| Error::Render)?;
    let list = tree.get_mut(b"Kids").and_then(Object::as_array_mut).map_err(|_| Error::Render)?;
    list.extend(kids.into_iter().map(Object::Reference));
    let count = i64::try_from(list.len()).map_err(|_| Error::Render)?;
    tree.set("Count", count);
    Ok(())
}

/// The PDF of a laid-out document.
pub fn render(doc: LaidOut) -> Result<Vec<u8>, Error> {
    let mut warnings = Vec::new();
    let regular = PdfFont::new(ParsedFont::from_bytes(REGULAR, 0, &mut warnings).ok_or(Error::Font)?);
    let bold = PdfFont::new(ParsedFont::from_bytes(BOLD, 0, &mut warnings).ok_or(Error::Font)?);
    let (reg_id, bold_id) = font_ids();
    let LaidOut { title, date, pages, meta } = doc;
    let opts = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut pages = pages.into_iter().peekable();
    let mut out: Option<lopdf::Document> = None;
    let mut marks: Vec<Vec<Mark>> = Vec::new();
    loop {
        let mut chunk: Vec<PdfPage> = Vec::new();
        let mut items = 0;
        while chunk.len() < CHUNK
            && let Some(page) = pages.next_if(|p| chunk.is_empty() || items + p.items.len() <= CHUNK_ITEMS)
        {
            items += page.items.len();
            let (page, page_marks) = pdf_page(page);
            chunk.push(page);
            marks.push(page_marks);
        }
        let mut pdf = PdfDocument::new(&title);
        pdf.resources.fonts.map.insert(reg_id.clone(), regular.clone());
        pdf.resources.fonts.map.insert(bold_id.clone(), bold.clone());
        let info = &mut pdf.metadata.info;
        if let Some(when) = timestamp(date) {
            info.creation_date = when;
            info.modification_date = when;
            info.metadata_date = when;
        }
        info.creator = "Allianssi".to_string();
        info.producer = "Allianssi".to_string();
        pdf.with_pages(chunk);
        let mut lo = pdf.to_lopdf_document(&opts, &mut Vec::new());
        drop(pdf);
        compress(&mut lo);
        match out.as_mut() {
            None => out = Some(lo),
            Some(main) => append(main, lo)?,
        }
        if pages.peek().is_none() {
            break;
        }
    }
    let mut lo = out.ok_or(Error::Render)?;
    // The pages trees and catalogs of later chunks were left out: /Size follows the highest id.
    lo.max_id = lo.objects.keys().map(|id| id.0).max().unwrap_or(0);
    // printpdf's information dictionary (with empty PDF/X keys) gives way to the archive's.
    if let Ok(Object::Reference(old)) = lo.trailer.get(b"Info").cloned() {
        lo.objects.remove(&old);
    }
    super::archive::finish(&mut lo, &title, date, &meta).ok_or(Error::Render)?;
    let structure = tags::prepare(&mut lo, &marks).ok_or(Error::Render)?;
    drop(marks);
    // printpdf writes a random /ID; replace it with one derived from the content.
    let mut h = fnv(0xcbf2_9ce4_8422_2325, title.as_bytes());
    h = fnv(h, date.to_string().as_bytes());
    for object in lo.objects.values() {
        if let Object::Stream(s) = object {
            h = fnv(h, &s.content);
        }
    }
    let id = format!("{h:016x}{:016x}", fnv(h ^ 0x9e37_79b9_7f4a_7c15, &(lo.objects.len() as u64).to_le_bytes()));
    let id_obj = Object::String(id.into_bytes(), lopdf::StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id_obj.clone(), id_obj]));
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|_| Error::Render)?;
    drop(lo);
    tags::append(bytes, &structure).ok_or(Error::Render)
}
