//! What makes the annexes' PDF archival and navigable, written into the joined document: PDF
//! 1.7 with the document information (title, author, subject, dates) and the same in XMP
//! metadata with the PDF/A-2b identification, an sRGB output intent (`icc`), the document's
//! language, and an outline with one entry per annex and one per section under it. printpdf's empty PDF/X keys are dropped.

use super::icc;
use crate::csvio::ods::escape as xml;
use chrono::NaiveDate;
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

/// What the metadata and the outline say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocMeta {
    /// The organiser (the first owner party), or the alliance.
    pub author: String,
    /// The annexes' titles, joined.
    pub subject: String,
    /// The document's language, e.g. "fi-FI"; a bilingual edition is "fi-FI" with Swedish spans.
    pub lang: &'static str,
    /// Outline entries: one per annex at its first page, its sections under it.
    pub outline: Vec<Outline>,
}

/// One outline entry: the title, the page (0-based), the top of the target in PDF points from
/// the page's bottom (`None`: the whole page), and the entries under it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outline {
    pub title: String,
    pub page: usize,
    pub top: Option<f32>,
    pub children: Vec<Outline>,
}

/// A text string as PDF wants it for any language: UTF-16BE with a byte-order mark.
fn text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Writes the metadata, output intent, language and outline into the document.
pub fn finish(lo: &mut lopdf::Document, title: &str, date: NaiveDate, meta: &DocMeta) -> Option<()> {
    lo.version = "1.7".to_string();
    let stamp = date.format("%Y%m%d").to_string();
    let pdf_date = Object::string_literal(format!("D:{stamp}120000+00'00'"));
    let iso = format!("{}T12:00:00+00:00", date.format("%Y-%m-%d"));

    let mut info = Dictionary::new();
    info.set("Title", text(title));
    info.set("Author", text(&meta.author));
    info.set("Subject", text(&meta.subject));
    info.set("Creator", text("Allianssi"));
    info.set("Producer", text("Allianssi"));
    info.set("CreationDate", pdf_date.clone());
    info.set("ModDate", pdf_date);
    info.set("Trapped", Object::Name(b"False".to_vec()));
    let info_id = lo.add_object(info);
    lo.trailer.set("Info", Object::Reference(info_id));

    let xmp = format!(
        concat!(
            "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ",
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" ",
            "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n",
            "<dc:format>application/pdf</dc:format>\n",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n",
            "<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n",
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{subject}</rdf:li></rdf:Alt></dc:description>\n",
            "<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n",
            "<xmp:CreateDate>{iso}</xmp:CreateDate><xmp:ModifyDate>{iso}</xmp:ModifyDate>",
            "<xmp:MetadataDate>{iso}</xmp:MetadataDate><xmp:CreatorTool>Allianssi</xmp:CreatorTool>\n",
            "<pdf:Producer>Allianssi</pdf:Producer>\n",
            "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>\n",
            "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>"
        ),
        title = xml(title),
        author = xml(&meta.author),
        subject = xml(&meta.subject),
        lang = meta.lang,
        iso = iso,
    );
    let mut md = Dictionary::new();
    md.set("Type", Object::Name(b"Metadata".to_vec()));
    md.set("Subtype", Object::Name(b"XML".to_vec()));
    // The metadata stays uncompressed, readable by archive tools.
    let metadata_id = lo.add_object(Stream::new(md, xmp.into_bytes()).with_compression(false));

    let profile = icc::srgb();
    let mut pd = Dictionary::new();
    pd.set("N", Object::Integer(3));
    let profile_id = lo.add_object(Stream::new(pd, profile));
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    intent.set("OutputConditionIdentifier", Object::string_literal("sRGB IEC61966-2.1"));
    intent.set("Info", Object::string_literal("sRGB IEC61966-2.1"));
    intent.set("DestOutputProfile", Object::Reference(profile_id));
    let intent_id = lo.add_object(intent);

    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let outlines_id = outline(lo, &pages, &meta.outline);

    let root = lo.trailer.get(b"Root").ok()?.as_reference().ok()?;
    let catalog = lo.get_object_mut(root).ok()?.as_dict_mut().ok()?;
    catalog.set("Lang", Object::string_literal(meta.lang));
    catalog.set("Metadata", Object::Reference(metadata_id));
    catalog.set("OutputIntents", Object::Array(vec![Object::Reference(intent_id)]));
    if let Some(id) = outlines_id {
        catalog.set("Outlines", Object::Reference(id));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    lo.max_id = lo.objects.keys().map(|id| id.0).max().unwrap_or(0);
    Some(())
}

/// The outline: one item per annex opening its first page whole, with an item per section
/// opening the page at the section's heading; the annexes' items are open (their sections
/// show).
fn outline(lo: &mut lopdf::Document, pages: &[ObjectId], entries: &[Outline]) -> Option<ObjectId> {
    let root = lo.new_object_id();
    let (count, first, last) = items(lo, pages, entries, root)?;
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"Outlines".to_vec()));
    d.set("First", Object::Reference(first));
    d.set("Last", Object::Reference(last));
    d.set("Count", Object::Integer(count));
    lo.objects.insert(root, Object::Dictionary(d));
    Some(root)
}

/// Writes the items of one level under `parent`: how many items show when they are open, and
/// the first and last item; `None` when no entry has a page in the document.
fn items(
    lo: &mut lopdf::Document,
    pages: &[ObjectId],
    entries: &[Outline],
    parent: ObjectId,
) -> Option<(i64, ObjectId, ObjectId)> {
    let entries: Vec<(&Outline, ObjectId)> =
        entries.iter().filter_map(|e| pages.get(e.page).map(|&p| (e, p))).collect();
    let ids: Vec<ObjectId> = entries.iter().map(|_| lo.new_object_id()).collect();
    let mut count = ids.len() as i64;
    for (i, (entry, page)) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text(&entry.title));
        d.set("Parent", Object::Reference(parent));
        let dest = match entry.top {
            Some(top) => vec![
                Object::Reference(*page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(top),
                Object::Null,
            ],
            None => vec![Object::Reference(*page), Object::Name(b"Fit".to_vec())],
        };
        d.set("Dest", Object::Array(dest));
        if i > 0 {
            d.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            d.set("Next", Object::Reference(*next));
        }
        if let Some((n, first, last)) = items(lo, pages, &entry.children, ids[i]) {
            d.set("First", Object::Reference(first));
            d.set("Last", Object::Reference(last));
            d.set("Count", Object::Integer(n));
            count += n;
        }
        lo.objects.insert(ids[i], Object::Dictionary(d));
    }
    Some((count, *ids.first()?, *ids.last()?))
}
