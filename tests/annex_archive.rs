//! The annexes' PDF as an archive and a reader see it: PDF 1.7 with the document information
//! and the same in XMP metadata (with the PDF/A-2b identification), an sRGB output intent, the
//! language, no empty PDF/X keys, and an outline whose entries are the contents page's annexes,
//! each opening the annex's first page, with each annex's sections under it at their pages; the
//! contents gives each annex's own page count.

use allianssi::annex::{self, AnnexLanguage, Options};
use allianssi::model::{AllianceRole, Plan};
use allianssi::storage;
use chrono::NaiveDate;
use lopdf::{Document, Object};
#[path = "support/pdf.rs"]
mod pdf;

fn fixture(name: &str) -> Plan {
    storage::load(std::path::Path::new(&format!("fixtures/{name}.ron"))).expect("fixture loads").plan
}

fn text(doc: &Document, o: &Object) -> String {
    let o = match o {
        Object::Reference(id) => doc.get_object(*id).expect("object"),
        o => o,
    };
    lopdf::decode_text_string(o).expect("a text string")
}

#[test]
fn metadata_output_intent_language_and_outline_on_every_template_and_language() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"] {
        let plan = fixture(name);
        for lang in [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En, AnnexLanguage::FiSv] {
            let all = annex::all(&plan);
            let bytes = annex::export(&plan, &Options::new(&plan, all.clone(), lang, day)).expect("export");
            assert_eq!(pdf::problems(&bytes), Vec::<String>::new(), "{name} {lang:?}");
            assert!(bytes.starts_with(b"%PDF-1.7"), "{name} {lang:?}");
            let doc = Document::load_mem(&bytes).expect("parses");

            // Document information: filled, and no PDF/X keys.
            let info = doc.trailer.get(b"Info").and_then(Object::as_reference).expect("info");
            let info = doc.get_dictionary(info).expect("info dict");
            for key in [&b"GTS_PDFXVersion"[..], b"Identifier", b"Keywords"] {
                assert!(info.get(key).is_err(), "{name} {lang:?}: {}", String::from_utf8_lossy(key));
            }
            let title = text(&doc, info.get(b"Title").expect("title"));
            let author = text(&doc, info.get(b"Author").expect("author"));
            let subject = text(&doc, info.get(b"Subject").expect("subject"));
            let owner = plan.parties.iter().find(|p| p.role == AllianceRole::Owner).expect("an owner");
            assert_eq!(author, owner.name);
            assert!(!title.is_empty() && subject.contains(&annex::title(&plan, all[0], lang)), "{subject}");

            // The catalog: language, XMP metadata agreeing with the information, the output intent.
            let catalog = doc.catalog().expect("catalog");
            let expected_lang = match lang {
                AnnexLanguage::Sv => "sv-FI",
                AnnexLanguage::En => "en",
                _ => "fi-FI",
            };
            assert_eq!(catalog.get(b"Lang").and_then(Object::as_str).expect("lang"), expected_lang.as_bytes());
            let md = catalog.get(b"Metadata").and_then(Object::as_reference).expect("metadata");
            let md = doc.get_object(md).and_then(Object::as_stream).expect("metadata stream");
            assert_eq!(md.dict.get(b"Subtype").and_then(Object::as_name).expect("subtype"), b"XML");
            let xmp = String::from_utf8(md.content.clone()).expect("XMP is UTF-8, uncompressed");
            for needle in [
                "<pdfaid:part>2</pdfaid:part>".to_string(),
                "<pdfaid:conformance>B</pdfaid:conformance>".to_string(),
                format!("<rdf:li>{}</rdf:li></rdf:Seq></dc:creator>", author.replace('&', "&amp;")),
                format!("<rdf:li>{expected_lang}</rdf:li>"),
                "<xmp:CreateDate>2026-11-22T12:00:00+00:00</xmp:CreateDate>".to_string(),
            ] {
                assert!(xmp.contains(&needle), "{name} {lang:?}: {needle}");
            }
            let title_xml = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            assert!(xmp.contains(&format!("x-default\">{title_xml}</rdf:li>")), "the XMP title is the title");
            let intents = catalog.get(b"OutputIntents").and_then(Object::as_array).expect("output intents");
            let intent = doc.get_dictionary(intents[0].as_reference().expect("ref")).expect("intent");
            assert_eq!(intent.get(b"S").and_then(Object::as_name).expect("S"), b"GTS_PDFA1");
            let icc = intent.get(b"DestOutputProfile").and_then(Object::as_reference).expect("profile");
            let icc = doc.get_object(icc).and_then(Object::as_stream).expect("profile stream");
            assert_eq!(icc.dict.get(b"N").and_then(Object::as_i64).expect("N"), 3);
            let raw = icc.decompressed_content().unwrap_or_else(|_| icc.content.clone());
            assert_eq!(&raw[36..40], b"acsp", "an ICC profile");

            // The outline: one entry per annex of the contents, in order, each at its first page,
            // with its sections under it, each at the page where its heading is printed.
            let outlines = catalog.get(b"Outlines").and_then(Object::as_reference).expect("outlines");
            let outlines = doc.get_dictionary(outlines).expect("outlines dict");
            let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
            let page_of = |dest: &Vec<Object>| {
                let page = dest[0].as_reference().expect("page ref");
                pages.iter().position(|p| *p == page).expect("a page of the document")
            };
            let mut item = outlines.get(b"First").and_then(Object::as_reference).ok();
            let mut firsts = Vec::new();
            let mut shown = 0;
            let mut sections = 0;
            for kind in &all {
                let id = item.expect("an outline item per annex");
                let d = doc.get_dictionary(id).expect("item");
                let entry = text(&doc, d.get(b"Title").expect("title"));
                assert!(entry.ends_with(&annex::title(&plan, *kind, lang)), "{entry}");
                let dest = d.get(b"Dest").and_then(Object::as_array).expect("dest");
                let first = page_of(dest);
                firsts.push(first);
                shown += 1;
                let mut child = d.get(b"First").and_then(Object::as_reference).ok();
                let mut last_page = first;
                while let Some(c) = child {
                    let cd = doc.get_dictionary(c).expect("section item");
                    assert_eq!(cd.get(b"Parent").and_then(Object::as_reference).expect("parent"), id);
                    let title = text(&doc, cd.get(b"Title").expect("title"));
                    let dest = cd.get(b"Dest").and_then(Object::as_array).expect("dest");
                    assert_eq!(dest[1].as_name().expect("a position"), b"XYZ", "{title}");
                    let at = page_of(dest);
                    assert!(at >= last_page, "{name} {lang:?}: sections in page order");
                    last_page = at;
                    let printed = doc.extract_text(&[at as u32 + 1]).expect("text");
                    let flat = |s: &str| s.replace("-\n", "").split_whitespace().collect::<String>();
                    assert!(
                        flat(&printed).contains(&flat(&title)),
                        "{name} {lang:?}: “{title}” not on page {}",
                        at + 1
                    );
                    shown += 1;
                    sections += 1;
                    child = cd.get(b"Next").and_then(Object::as_reference).ok();
                }
                item = d.get(b"Next").and_then(Object::as_reference).ok();
            }
            assert!(sections >= all.len(), "{name} {lang:?}: {sections} sections");
            assert_eq!(outlines.get(b"Count").and_then(Object::as_i64).expect("count"), shown, "{name} {lang:?}");
            assert!(item.is_none(), "no more items than annexes");
            // The contents page comes first; each annex starts where the one before ended.
            assert_eq!(firsts[0], 1, "{name} {lang:?}");
            assert!(firsts.windows(2).all(|w| w[0] < w[1]));
            // The contents gives each annex's page count: they add up to the pages after it.
            let contents = doc.extract_text(&[1]).expect("text");
            let mut counts = Vec::new();
            for (i, w) in firsts.iter().enumerate() {
                let next = firsts.get(i + 1).copied().unwrap_or(pages.len());
                counts.push(next - w);
            }
            let digits: Vec<String> = contents
                .lines()
                .map(str::trim)
                .filter(|l| l.chars().all(|c| c.is_ascii_digit()) && !l.is_empty())
                .map(str::to_string)
                .collect();
            for c in &counts {
                assert!(digits.contains(&c.to_string()), "{name} {lang:?}: {c} pages in {digits:?}");
            }
        }
    }
}

/// Every heading is followed on its page by content, not only by its intro: a heading with its
/// short intro moves to the next page with the table or text it introduces.
#[test]
fn no_heading_ends_a_page_alone_or_with_only_its_intro() {
    use allianssi::annex::layout::{BODY_TOP, Item, Rgb};
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let mut checked = 0;
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"] {
        let plan = fixture(name);
        for lang in [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En, AnnexLanguage::FiSv] {
            let laid = annex::layout(&plan, &Options::new(&plan, annex::all(&plan), lang, day)).expect("layout");
            for (n, page) in laid.pages.iter().enumerate() {
                let texts: Vec<&allianssi::annex::layout::Text> = page
                    .items
                    .iter()
                    .filter_map(|i| if let Item::Text(t) = i { Some(t) } else { None })
                    .filter(|t| t.y > BODY_TOP)
                    .collect();
                for h in texts.iter().filter(|t| t.bold && t.color == Rgb::ACCENT) {
                    checked += 1;
                    let below = page.items.iter().any(|i| match i {
                        Item::Text(t) => t.y > h.y + 0.5 && t.color != Rgb::ACCENT && t.color != Rgb::MUTED,
                        Item::Rect { y, .. } => *y > h.y + 0.5,
                        Item::Line { y1, .. } => *y1 > h.y + 0.5,
                    });
                    assert!(
                        below,
                        "{name} {lang:?} page {}: “{}” has nothing but headings or notes below it",
                        n + 1,
                        h.text
                    );
                }
            }
        }
    }
    assert!(checked > 100, "{checked} headings checked");
}

/// The date under a risk's status in the register says it is the next review.
#[test]
fn the_date_under_a_status_is_labelled() {
    let plan = fixture("tyollisyysalue");
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    for (lang, word) in
        [(AnnexLanguage::Fi, "tarkistus "), (AnnexLanguage::Sv, "granskas "), (AnnexLanguage::En, "review ")]
    {
        let laid = annex::layout(&plan, &Options::new(&plan, vec![allianssi::model::AnnexKind::Risks], lang, day))
            .expect("layout");
        let texts: Vec<String> = laid
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| if let allianssi::annex::layout::Item::Text(t) = i { Some(t.text.clone()) } else { None })
            .collect();
        let r = plan.risks.risks.iter().find(|r| r.review.is_some()).expect("a review date");
        let date = lang.date(r.review.expect("date"));
        // In the narrow status column the label and the date may sit on two lines.
        let joined = texts.join("\n");
        let found =
            joined.contains(&format!("{word}{date}")) || joined.contains(&format!("{}\n{date}", word.trim_end()));
        assert!(found, "{lang:?}: {word}{date}");
    }
}

/// No text of any annex of any template in any language is set under 8 pt (text shrinks to fit
/// a column only that far; a word still too wide breaks with a hyphen).
#[test]
fn no_text_under_eight_points() {
    use allianssi::annex::layout::{Item, MIN_TEXT};
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let mut sizes = std::collections::BTreeSet::new();
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"] {
        let plan = fixture(name);
        for lang in [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En, AnnexLanguage::FiSv] {
            let laid = annex::layout(&plan, &Options::new(&plan, annex::all(&plan), lang, day)).expect("layout");
            for (n, page) in laid.pages.iter().enumerate() {
                for item in &page.items {
                    if let Item::Text(t) = item {
                        sizes.insert((t.size * 100.0).round() as i32);
                        assert!(
                            t.size >= MIN_TEXT - 0.01,
                            "{name} {lang:?} page {}: “{}” at {} pt",
                            n + 1,
                            t.text,
                            t.size
                        );
                    }
                }
            }
        }
    }
    // The design sizes only (8–16 pt): no cell of the templates shrinks, its words hyphenate.
    assert!(sizes.len() <= 8, "the design sizes, not a shrink per cell: {sizes:?}");
}

/// The approval heading is printed on the page of every signature block (they fit on one page
/// in every template), so no signatory signs a page that does not say what is approved.
#[test]
fn the_approval_heading_stays_with_every_signature_block() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let mut checked = 0;
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"] {
        let mut plan = fixture(name);
        plan.meta.leadership_approval = None;
        let signatories = plan
            .parties
            .iter()
            .filter(|p| matches!(p.role, AllianceRole::Owner | AllianceRole::Producer) && p.exited_on.is_none())
            .count();
        for (lang, heading, signature) in [
            (AnnexLanguage::Fi, "Hyväksyntä", "Allekirjoitus"),
            (AnnexLanguage::Sv, "Godkännande", "Underskrift"),
            (AnnexLanguage::FiSv, "Hyväksyntä / Godkännande", "Allekirjoitus / Underskrift"),
        ] {
            for kind in annex::all(&plan) {
                let laid = annex::layout(&plan, &Options::new(&plan, vec![kind], lang, day)).expect("layout");
                let at = (0..laid.pages.len())
                    .find(|&p| laid.page_text(p).contains(&heading))
                    .unwrap_or_else(|| panic!("{name} {lang:?} {kind:?}: no approval heading"));
                let blocks = laid.page_text(at).iter().filter(|t| t.starts_with(signature)).count();
                assert_eq!(blocks, signatories, "{name} {lang:?} {kind:?}: blocks on the heading's page {}", at + 1);
                checked += 1;
            }
        }
    }
    assert!(checked >= 48, "{checked}");
}

/// No wrapped line ends inside a word without a hyphen: over every text of every template's
/// services, risks and parties, in each annex language and at column widths from 30 to 300 pt,
/// each line ends at a space of the text, after its own hyphen, dash or slash, or with an added
/// hyphen where the word goes on; and the lines hold the text whole.
#[test]
fn no_line_ends_inside_a_word_without_a_hyphen() {
    use allianssi::annex::font::Fonts;
    use allianssi::annex::hyphen::Hyphenation;
    use allianssi::annex::layout::wrap;
    let mut texts: Vec<String> = Vec::new();
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"] {
        let plan = fixture(name);
        texts
            .extend(plan.services.iter().flat_map(|s| [s.name.clone(), s.description.clone(), s.target_group.clone()]));
        texts.extend(plan.risks.risks.iter().flat_map(|r| [r.title.clone(), r.cause.clone(), r.mitigation.clone()]));
        texts.extend(plan.parties.iter().map(|p| p.name.clone()));
    }
    let mut fonts = Fonts::new().expect("fonts");
    let (mut lines_seen, mut hyphenated) = (0, 0);
    for lang in [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En, AnnexLanguage::FiSv] {
        fonts.hyphenation = Hyphenation::for_annex(lang);
        for text in texts.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")) {
            for width in (30..=300).step_by(27) {
                let lines = wrap(&fonts, &text, 8.5, false, width as f32);
                let mut rest = text.as_str();
                for (i, line) in lines.iter().enumerate() {
                    lines_seen += 1;
                    let last = i + 1 == lines.len();
                    if let Some(after) = rest.strip_prefix(line.as_str()) {
                        // Ends at a space, after the text's own mark, or at the end.
                        let ok = last && after.is_empty()
                            || after.starts_with(' ')
                            || line.ends_with(['-', '–', '/'])
                            || after.is_empty();
                        assert!(ok, "{lang:?} {width} pt: “{line}” ends inside “{text}”");
                        rest = after.trim_start();
                    } else {
                        // An added hyphen: the line without it is where the text goes on.
                        let bare = line
                            .strip_suffix('-')
                            .unwrap_or_else(|| panic!("{lang:?} {width} pt: “{line}” not in “{text}”"));
                        rest = rest.strip_prefix(bare).unwrap_or_else(|| panic!("“{bare}” not next in “{rest}”"));
                        assert!(!rest.is_empty() && !rest.starts_with(' '), "{lang:?}: “{line}” then “{rest}”");
                        hyphenated += 1;
                    }
                }
                assert!(rest.is_empty(), "{lang:?} {width} pt: “{rest}” lost from “{text}”");
            }
        }
    }
    assert!(hyphenated > 100 && lines_seen > 10_000, "{hyphenated} hyphenated of {lines_seen} lines");
}

/// The PDF is tagged: a structure tree in reading order (Document › H1/H2/H3, P, Table › TR ›
/// TH/TD) whose parent tree gives, for every page, one element per marked-content id on it; the
/// page header is an artifact, not read out; the annex title is an H1, and a table's first row
/// holds header cells.
#[test]
fn the_pdf_is_tagged_in_reading_order() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    for name in ["tyollisyysalue", "worked-example"] {
        let plan = fixture(name);
        for lang in [AnnexLanguage::Fi, AnnexLanguage::FiSv] {
            let bytes = annex::export(&plan, &Options::new(&plan, annex::all(&plan), lang, day)).expect("export");
            assert_eq!(pdf::problems(&bytes), Vec::<String>::new(), "{name} {lang:?}");
            let doc = Document::load_mem(&bytes).expect("parses");
            let catalog = doc.catalog().expect("catalog");
            let marked = catalog.get(b"MarkInfo").and_then(Object::as_dict).expect("MarkInfo");
            assert!(marked.get(b"Marked").and_then(Object::as_bool).expect("Marked"));
            let root = catalog.get(b"StructTreeRoot").and_then(Object::as_reference).expect("StructTreeRoot");
            let root = doc.get_dictionary(root).expect("root");
            let document = doc.get_dictionary(root.get(b"K").and_then(Object::as_reference).expect("K")).expect("doc");
            assert_eq!(document.get(b"S").and_then(Object::as_name).expect("S"), b"Document");
            let kind = |id: lopdf::ObjectId| {
                doc.get_dictionary(id).expect("elem").get(b"S").and_then(Object::as_name).expect("S").to_vec()
            };
            let kids = |d: &lopdf::Dictionary| -> Vec<lopdf::ObjectId> {
                d.get(b"K")
                    .and_then(Object::as_array)
                    .expect("K")
                    .iter()
                    .filter_map(|k| k.as_reference().ok())
                    .collect()
            };
            let top: Vec<Vec<u8>> = kids(document).into_iter().map(kind).collect();
            assert_eq!(top.first().map(Vec::as_slice), Some(&b"H1"[..]), "{name} {lang:?}: the contents title first");
            for s in [&b"H1"[..], b"H2", b"P", b"Table"] {
                assert!(top.iter().any(|k| k == s), "{name} {lang:?}: no {}", String::from_utf8_lossy(s));
            }
            // Every table: rows of cells, the first row header cells.
            let mut tables = 0;
            for t in kids(document).into_iter().filter(|&id| kind(id) == b"Table") {
                let rows = kids(doc.get_dictionary(t).expect("table"));
                assert!(!rows.is_empty() && rows.iter().all(|&r| kind(r) == b"TR"));
                let cells: Vec<Vec<u8>> =
                    kids(doc.get_dictionary(rows[0]).expect("row")).into_iter().map(kind).collect();
                assert!(cells.iter().all(|c| c == b"TH" || c == b"TD") && !cells.is_empty());
                tables += 1;
            }
            assert!(tables >= 10, "{name} {lang:?}: {tables} tables");
            // The parent tree: per page, as many elements as MCIDs in its content, and the
            // header's alliance name inside an artifact.
            let tree = doc.get_dictionary(root.get(b"ParentTree").and_then(Object::as_reference).expect("tree"));
            let nums = tree.expect("tree").get(b"Nums").and_then(Object::as_array).expect("Nums");
            let pages = doc.get_pages();
            assert_eq!(nums.len(), 2 * pages.len());
            for (i, (_, page)) in pages.iter().enumerate() {
                let key = doc.get_dictionary(*page).expect("page").get(b"StructParents").and_then(Object::as_i64);
                assert_eq!(key.expect("StructParents"), i as i64);
                let owners = nums[2 * i + 1].as_array().expect("owners").len();
                let content = doc.get_page_content(*page);
                let ops = lopdf::content::Content::decode(&content).expect("ops").operations;
                let mcids = ops.iter().filter(|o| o.operator == "BDC").count();
                assert_eq!(owners, mcids, "{name} {lang:?} page {}", i + 1);
                let bmc = ops.iter().position(|o| o.operator == "BMC").expect("an artifact");
                assert_eq!(ops[bmc].operands[0].as_name().expect("tag"), b"Artifact");
                let first_text = ops.iter().position(|o| o.operator == "Tj" || o.operator == "TJ").expect("text");
                assert!(bmc < first_text, "the page header comes first, as an artifact");
            }
        }
    }
}
