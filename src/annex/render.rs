//! The only printpdf user: turns a laid-out document (`LaidOut`) into PDF bytes with the
//! bundled fonts embedded and subset. Deterministic: fixed font resource names, metadata dates
//! from the document's date, and a file ID derived from the content instead of printpdf's
//! random one.

use super::Error;
use super::font::{BOLD, REGULAR};
use super::layout::{Item, LaidOut, Rgb};
use chrono::NaiveDate;
use printpdf::{
    Color, FontId, Line, LinePoint, OffsetDateTime, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem,
};

fn color(c: Rgb) -> Color {
    let f = |v: u8| f32::from(v) / 255.0;
    Color::Rgb(printpdf::Rgb::new(f(c.0), f(c.1), f(c.2), None))
}

fn timestamp(date: NaiveDate) -> Option<OffsetDateTime> {
    let secs = date.and_hms_opt(12, 0, 0)?.and_utc().timestamp();
    OffsetDateTime::from_unix_timestamp(secs).ok()
}

/// FNV-1a, for a file ID that depends on the content only.
fn fnv(bytes: &[u8], seed: u64) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325 ^ seed, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// The PDF of a laid-out document.
pub fn render(doc: &LaidOut) -> Result<Vec<u8>, Error> {
    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(REGULAR, 0, &mut warnings).ok_or(Error::Font)?;
    let bold = ParsedFont::from_bytes(BOLD, 0, &mut warnings).ok_or(Error::Font)?;
    let mut pdf = PdfDocument::new(&doc.title);
    // Fixed resource names (printpdf's are random); the first six letters are the subset tag.
    let (reg_id, bold_id) = (FontId("AAAAAA".to_string()), FontId("AAAAAB".to_string()));
    pdf.resources.fonts.map.insert(reg_id.clone(), printpdf::PdfFont::new(regular));
    pdf.resources.fonts.map.insert(bold_id.clone(), printpdf::PdfFont::new(bold));
    let info = &mut pdf.metadata.info;
    if let Some(when) = timestamp(doc.date) {
        info.creation_date = when;
        info.modification_date = when;
        info.metadata_date = when;
    }
    info.creator = "Allianssi".to_string();
    info.producer = "Allianssi".to_string();

    let pages = doc
        .pages
        .iter()
        .map(|page| {
            let height = page.orientation.height();
            let mut ops = Vec::with_capacity(page.items.len() * 6);
            for item in &page.items {
                match item {
                    Item::Text(t) => {
                        let font = if t.bold { &bold_id } else { &reg_id };
                        ops.push(Op::SetFillColor { col: color(t.color) });
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFont { font: PdfFontHandle::External(font.clone()), size: Pt(t.size) });
                        ops.push(Op::SetTextCursor { pos: Point { x: Pt(t.x), y: Pt(height - t.y) } });
                        // Control characters have no glyph; they are measured as nothing and left out.
                        let text: String = t.text.chars().filter(|c| !c.is_control()).collect();
                        ops.push(Op::ShowText { items: vec![TextItem::Text(text)] });
                        ops.push(Op::EndTextSection);
                    }
                    Item::Rect { x, y, w, h, fill, stroke } => {
                        let mode = match (fill, stroke) {
                            (Some(_), Some(_)) => PaintMode::FillStroke,
                            (Some(_), None) => PaintMode::Fill,
                            (None, Some(_)) => PaintMode::Stroke,
                            (None, None) => continue,
                        };
                        if let Some(f) = fill {
                            ops.push(Op::SetFillColor { col: color(*f) });
                        }
                        if let Some(s) = stroke {
                            ops.push(Op::SetOutlineColor { col: color(*s) });
                            ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
                        }
                        let rectangle = Rect {
                            x: Pt(*x),
                            y: Pt(height - y - h),
                            width: Pt(*w),
                            height: Pt(*h),
                            mode: Some(mode),
                            winding_order: None,
                        };
                        ops.push(Op::DrawRectangle { rectangle });
                    }
                    Item::Line { x1, y1, x2, y2, width, color: c } => {
                        ops.push(Op::SetOutlineColor { col: color(*c) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        let p = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(height - y) }, bezier: false };
                        ops.push(Op::DrawLine {
                            line: Line { points: vec![p(*x1, *y1), p(*x2, *y2)], is_closed: false },
                        });
                    }
                }
            }
            let w = page.orientation.width();
            PdfPage::new(printpdf::Mm::from(Pt(w)), printpdf::Mm::from(Pt(height)), ops)
        })
        .collect();
    pdf.with_pages(pages);

    let opts = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut lo = pdf.to_lopdf_document(&opts, &mut Vec::new());
    // printpdf writes a random /ID; replace it with one derived from the content.
    let mut probe = Vec::new();
    lo.trailer.remove(b"ID");
    lo.compress();
    lo.save_to(&mut probe).map_err(|_| Error::Render)?;
    let id = format!("{:016x}{:016x}", fnv(&probe, 1), fnv(&probe, 2));
    let id_obj = lopdf::Object::String(id.into_bytes(), lopdf::StringFormat::Hexadecimal);
    lo.trailer.set("ID", lopdf::Object::Array(vec![id_obj.clone(), id_obj]));
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(|_| Error::Render)?;
    Ok(out)
}
