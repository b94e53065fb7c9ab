//! The PDF annexes: text extracted with lopdf holds the plan's party names and amounts exactly
//! as formatted, the header and "x (y)" on every page, a long risk register continues across
//! pages with its header row repeated, fonts are embedded, the structure is sound (a check in
//! Rust, tests/support/pdf.rs), the output is deterministic and
//! carries no user or host names, letters survive, and no text crosses a column or page edge.

use allianssi::annex::font::Fonts;
use allianssi::annex::layout::{Item, MARGIN_X};
use allianssi::annex::{self, AnnexLanguage, Options};
use allianssi::commercial;
use allianssi::i18n::Language;
use allianssi::i18n::format;
use allianssi::model::{AnnexKind, Plan, RiskId, RiskStatus};
use allianssi::storage;
use chrono::NaiveDate;

#[path = "support/pdf.rs"]
mod pdf;

fn fixture(name: &str) -> Plan {
    storage::load(std::path::Path::new(&format!("fixtures/{name}.ron"))).expect("fixture loads").plan
}

const TEMPLATES: [&str; 4] = ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"];

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn export(plan: &Plan, annexes: Vec<AnnexKind>, lang: AnnexLanguage) -> Vec<u8> {
    annex::export(plan, &Options::new(plan, annexes, lang, day())).expect("export")
}

/// The text of each page, as lopdf extracts it.
fn pages_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    pages.iter().map(|n| doc.extract_text(&[*n]).expect("text extracts")).collect()
}

/// Text with every run of whitespace (line breaks from wrapping included) as one space.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with words hyphenated at a line end joined again ("yrittäjyyspal-\nvelujen").
fn unhyphenated(s: &str) -> String {
    flat(&s.replace("-\n", ""))
}

/// The "x (y)" of a page's header: the first line that is two numbers like that.
fn page_number(text: &str) -> Option<(usize, usize)> {
    text.lines().find_map(|l| {
        let (x, rest) = l.trim().split_once(" (")?;
        let y = rest.strip_suffix(')')?;
        Some((x.parse().ok()?, y.parse().ok()?))
    })
}

#[test]
fn commercial_annex_has_the_parties_and_the_engines_amounts() {
    let plan = fixture("worked-example");
    for lang in [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En] {
        let text = pages_text(&export(&plan, vec![AnnexKind::Commercial], lang)).join("\n");
        for p in &plan.parties {
            assert!(flat(&text).contains(&flat(&p.name)), "{lang}: party {} missing", p.name);
            if !p.business_id.is_empty() {
                assert!(text.contains(&p.business_id), "{lang}: {}", p.business_id);
            }
        }
        let l = lang.primary();
        let target = commercial::target_cost(&plan).expect("target");
        let mut amounts = vec![target.target_cost, target.base, target.reserve, target.fee, target.ceiling];
        let list = commercial::scenarios(&plan, None).expect("scenarios");
        for s in &list {
            let st = &s.settlement;
            amounts.extend([st.actual, st.actual_producers, st.producers_total, st.owners_outlay, st.saving]);
            amounts.extend([st.prod_gain, st.kra_eff, st.outcome()]);
            amounts.extend(st.lines().map(|line| line.net));
        }
        // Every party's line at the scenario nearest the target, so each can be recomputed.
        let at = commercial::settle::nearest_to_target(&list).expect("a scenario");
        for line in at.settlement.lines() {
            amounts.extend([line.fee, line.gain, line.pain, line.kra, line.net, line.total]);
            if line.owner {
                amounts.push(line.target);
            }
        }
        for m in amounts {
            let want = format::money(m, l);
            assert!(text.contains(&want), "{lang}: amount {want:?} missing");
        }
        // The domain guide's worked example: TAK 2 000 000 €, fee 150 000 €.
        assert!(text.contains(&format::money(allianssi::model::Money::euros(2_000_000), l)));
    }
}

#[test]
fn every_page_has_the_header_and_x_of_y() {
    for name in TEMPLATES {
        let plan = fixture(name);
        let alliance = flat(&plan.meta.alliance_name);
        for lang in AnnexLanguage::ALL {
            let bytes = export(&plan, annex::all(&plan), lang);
            let pages = pages_text(&bytes);
            assert!(pages.len() > 8, "{name} {lang}: {} pages", pages.len());
            let (agreement, word) = match lang {
                AnnexLanguage::Fi | AnnexLanguage::FiSv => ("ALLIANSSISOPIMUS", "LIITE"),
                AnnexLanguage::Sv => ("ALLIANSAVTAL", "BILAGA"),
                AnnexLanguage::En => ("ALLIANCE AGREEMENT", "ANNEX"),
            };
            let status = lang.named(&plan.meta.status).to_uppercase();
            let mut expected = 1;
            for (i, page) in pages.iter().enumerate() {
                let f = flat(page);
                assert!(unhyphenated(page).contains(&alliance), "{name} {lang} page {}: alliance name missing", i + 1);
                assert!(f.contains(agreement), "{name} {lang} page {}: agreement missing", i + 1);
                assert!(f.contains(&format!("{status} {}", plan.meta.version)), "{name} {lang} p{}", i + 1);
                assert!(f.contains(&format::date(day(), lang.primary())), "{name} {lang} page {}: date", i + 1);
                assert!(f.contains(plan.meta.record_number.trim()), "{name} {lang} page {}: Dnro", i + 1);
                let (x, y) = page_number(page).unwrap_or_else(|| panic!("{name} {lang} page {}: no x (y)", i + 1));
                assert!(x >= 1 && x <= y, "{name} {lang} page {}: {x} ({y})", i + 1);
                if i > 0 {
                    assert!(f.contains(&format!("{word} ")), "{name} {lang} page {}: no annex number", i + 1);
                    // Within an annex the pages count 1, 2, … y.
                    assert_eq!(x, expected, "{name} {lang} page {}", i + 1);
                    expected = if x == y { 1 } else { x + 1 };
                }
            }
        }
    }
}

/// A plan with `n` open risks and one closed one.
fn many_risks(n: usize) -> Plan {
    let mut plan = fixture("tyollisyysalue");
    let base = plan.risks.risks.first().cloned().expect("the template has risks");
    plan.risks.risks.clear();
    for i in 0..n {
        let mut r = base.clone();
        r.id = RiskId(10_000 + i as u32);
        r.code = format!("R{}", i + 1);
        r.title = format!("Riski numero {}", i + 1);
        r.probability = (i % 5) as u8 + 1;
        r.impact = ((i / 5) % 5) as u8 + 1;
        plan.risks.risks.push(r);
    }
    let mut closed = base;
    closed.id = RiskId(99_999);
    closed.code = "R999".to_string();
    closed.status = RiskStatus::Closed;
    plan.risks.risks.push(closed);
    plan
}

#[test]
fn a_300_row_register_continues_across_pages_with_its_header() {
    let mut plan = many_risks(300);
    // Without an approved version, so no page lists the 300 risks as changes since it.
    plan.baselines = Default::default();
    let pages = pages_text(&export(&plan, vec![AnnexKind::Risks], AnnexLanguage::Fi));
    let header = "Syy → seuraus";
    let register_pages: Vec<&String> = pages.iter().filter(|p| p.contains("Riski numero")).collect();
    assert!(register_pages.len() >= 10, "{} register pages", register_pages.len());
    for p in &register_pages {
        assert!(flat(p).contains(header), "a register page without its header row:\n{p}");
        assert!(flat(p).contains("Odotusarvo"), "header row incomplete");
    }
    let all = pages.join("\n");
    for i in 1..=300 {
        assert!(all.contains(&format!("Riski numero {i}\n")), "risk {i} missing");
    }
    assert!(!all.contains("R999"), "closed risks are left out by default");
    let mut opts = Options::new(&plan, vec![AnnexKind::Risks], AnnexLanguage::Fi, day());
    opts.include_closed_risks = true;
    let with_closed = pages_text(&annex::export(&plan, &opts).expect("export")).join("\n");
    assert!(with_closed.contains("R999"));
    // The heat map counts the 300 open risks: 12 per cell.
    let doc =
        annex::layout(&plan, &Options::new(&plan, vec![AnnexKind::Risks], AnnexLanguage::Fi, day())).expect("layout");
    let twelves =
        doc.pages.iter().flat_map(|p| &p.items).filter(|i| matches!(i, Item::Text(t) if t.text == "12")).count();
    assert!(twelves >= 25, "heat map cells: {twelves}");
}

#[test]
fn fonts_are_embedded_and_subset() {
    let bytes = export(&fixture("tyollisyysalue"), vec![AnnexKind::Organisation], AnnexLanguage::FiSv);
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let mut descriptors = 0;
    for obj in doc.objects.values() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor".as_slice()) {
            descriptors += 1;
            assert!(
                dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile"),
                "a font without its file"
            );
            let name = dict.get(b"FontName").and_then(|n| n.as_name()).expect("name");
            assert!(name.len() > 7 && name[6] == b'+', "subset tag: {}", String::from_utf8_lossy(name));
        }
        if dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Type1".as_slice()) {
            panic!("a standard (non-embedded) font is used");
        }
    }
    assert_eq!(descriptors, 2, "regular and bold");
    assert!(bytes.len() < 400_000, "subset fonts keep the file small: {} bytes", bytes.len());
}

#[test]
fn same_input_gives_the_same_bytes_and_no_private_metadata() {
    let plan = fixture("tampere-startup");
    let a = export(&plan, annex::all(&plan), AnnexLanguage::Fi);
    let b = export(&plan, annex::all(&plan), AnnexLanguage::Fi);
    assert!(a == b, "two exports differ");
    let mut other = Options::new(&plan, annex::all(&plan), AnnexLanguage::Fi, day().succ_opt().expect("day"));
    other.include_closed_risks = false;
    assert!(annex::export(&plan, &other).expect("export") != a, "the date matters");

    let doc = lopdf::Document::load_mem(&a).expect("parses");
    let info = doc.trailer.get(b"Info").and_then(|o| o.as_reference()).expect("info");
    let info = doc.get_dictionary(info).expect("info dict");
    let created = info.get(b"CreationDate").and_then(|o| o.as_str()).expect("creation date");
    assert!(created.starts_with(b"D:20261122"), "{}", String::from_utf8_lossy(created));
    let title = info.get(b"Title").expect("title");
    let title = lopdf::decode_text_string(title).expect("title text");
    assert!(title.contains(&plan.meta.alliance_name), "{title}");
    // The author is the organiser named in the plan, never the user or the machine.
    let author = lopdf::decode_text_string(info.get(b"Author").expect("author")).unwrap_or_default();
    let owner = plan.parties.iter().find(|p| p.role == allianssi::model::AllianceRole::Owner).expect("owner");
    assert_eq!(author, owner.name);
    let raw = String::from_utf8_lossy(&a);
    for (key, min) in [("USER", 3), ("HOME", 5), ("HOSTNAME", 3), ("LOGNAME", 3)] {
        if let Ok(v) = std::env::var(key)
            && v.len() >= min
        {
            assert!(!raw.contains(&v), "{key} appears in the PDF");
        }
    }
    if let Ok(host) = std::fs::read_to_string("/etc/hostname") {
        let host = host.trim();
        if host.len() >= 4 {
            assert!(!raw.contains(host), "the host name appears in the PDF");
        }
    }
}

#[test]
fn letters_and_the_euro_sign_come_back_unchanged() {
    let mut plan = fixture("worked-example");
    let names = ["Čđŋšŧž Sámediggi ČĐŊŠŦŽ", "Åbo Akademi – Ärrä & Öljy", "Ávjovárgeaiddnu €-palvelut"];
    for (p, n) in plan.parties.iter_mut().zip(names) {
        p.name = n.to_string();
    }
    plan.services[0].name = "Työllisyydenhoitovastuunsiirtosopimusneuvottelukokouspöytäkirja".to_string();
    for lang in AnnexLanguage::ALL {
        let text = pages_text(&export(&plan, vec![AnnexKind::Organisation], lang)).join("\n");
        for n in names {
            assert!(text.contains(n), "{lang}: {n:?} not found");
        }
        assert!(text.contains('€'));
        let glued: String = text.replace("-\n", "").split_whitespace().collect();
        assert!(glued.contains("Työllisyydenhoitovastuunsiirtosopimusneuvottelukokouspöytäkirja"), "{lang}");
    }
    let sv = pages_text(&export(&plan, vec![AnnexKind::Commercial], AnnexLanguage::Sv)).join("\n");
    assert!(sv.contains("Målkostnad (TAK)") && sv.contains("Beställarnas"));
    let both = flat(&pages_text(&export(&plan, vec![AnnexKind::Charter], AnnexLanguage::FiSv)).join("\n"));
    assert!(both.contains("Sopijapuolet / Avtalsparter"), "bilingual labels");
    assert!(both.contains("LUONNOS / UTKAST"), "bilingual status");
}

#[test]
fn no_text_crosses_a_column_or_the_page_edge() {
    let fonts = Fonts::new().expect("fonts");
    let mut long = fixture("tyollisyysalue");
    long.parties[0].name = "Kanta-Hämeen työllisyydenhoitovastuunsiirtosopimusneuvottelukuntayhtymä".repeat(3);
    long.meta.alliance_name = "Työllisyyspalvelualliansseihinkinosallistumissuunnitelma".repeat(2);
    long.risks.risks[0].title = "Palveluntuottajakilpailutusvalitusprosessiviivästymisriski".repeat(4);
    let mut plans: Vec<Plan> = TEMPLATES.iter().map(|n| fixture(n)).collect();
    plans.push(long);
    for plan in &plans {
        for lang in AnnexLanguage::ALL {
            let doc = annex::layout(plan, &Options::new(plan, annex::all(plan), lang, day())).expect("layout");
            for (i, page) in doc.pages.iter().enumerate() {
                let (w, h) = (page.orientation.width(), page.orientation.height());
                let body = page.items.iter().any(|it| matches!(it, Item::Text(t) if t.y > annex::layout::BODY_TOP));
                assert!(body, "{} {lang} page {}: a page with nothing on it", plan.meta.name, i + 1);
                for item in &page.items {
                    if let Item::Text(t) = item {
                        let right = t.x + fonts.width(&t.text, t.size, t.bold);
                        assert!(
                            t.x >= MARGIN_X - 0.5 && right <= w - MARGIN_X + 0.5 && t.y > 0.0 && t.y < h,
                            "{} {lang} page {}: {:?} at {}..{right} of {w}",
                            plan.meta.name,
                            i + 1,
                            t.text,
                            t.x
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_pdf_structure_is_sound() {
    // The structure check of tests/support/pdf.rs, in Rust; .ci/run adds `qpdf --check` where
    // qpdf can be installed.
    let plan = many_risks(60);
    for lang in AnnexLanguage::ALL {
        let problems = pdf::problems(&export(&plan, annex::all(&plan), lang));
        assert!(problems.is_empty(), "{lang}: {problems:?}");
    }
}

/// `bytes` with the first `from` after `after` replaced by `to` (same length, so no offset
/// moves unless the test means it).
fn damaged(bytes: &[u8], after: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let find = |hay: &[u8], n: &[u8]| hay.windows(n.len()).position(|w| w == n);
    let start = find(bytes, after).expect("the marker is in the file");
    let at = start + find(&bytes[start..], from).expect("the text to damage");
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(to);
    out.extend_from_slice(&bytes[at + from.len()..]);
    out
}

#[test]
fn the_structure_check_finds_damage() {
    let plan = many_risks(60);
    let good = export(&plan, vec![AnnexKind::Risks], AnnexLanguage::Fi);
    assert!(pdf::problems(&good).is_empty(), "{:?}", pdf::problems(&good));
    let pages = lopdf::Document::load_mem(&good).expect("parses").get_pages().len();
    // Another page count with as many digits, so no offset moves.
    let other = if pages % 10 == 9 { pages - 1 } else { pages + 1 };
    let count = format!("/Count {pages}");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good[..good.len() - 40].to_vec(), ""),
        ("no end marker", damaged(&good, b"startxref", b"%%EOF", b"%%EOX"), "%%EOF"),
        (
            "a page count that does not add up",
            damaged(&good, b"%PDF", count.as_bytes(), format!("/Count {other}").as_bytes()),
            "/Count",
        ),
        ("an object that moved", damaged(&good, b"xref\n", b" 00000 n", b" 00001 n"), ""),
        ("a header that is not PDF", damaged(&good, b"%PDF", b"%PDF", b"%PDX"), "header"),
    ];
    for (what, bytes, mentions) in cases {
        let problems = pdf::problems(&bytes);
        assert!(!problems.is_empty(), "{what}: not found");
        assert!(problems.iter().any(|p| p.contains(mentions)), "{what}: {problems:?}");
    }
    // A stream whose /Length is one off (no offset moves: the digit count stays).
    let at = good.windows(8).position(|w| w == b"/Length ").expect("a stream length") + 8;
    let digits = good[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let last = good[at + digits - 1];
    for digit in [last.checked_sub(1), last.checked_add(1)].into_iter().flatten().filter(u8::is_ascii_digit) {
        let mut off = good.clone();
        off[at + digits - 1] = digit;
        let problems = pdf::problems(&off);
        assert!(problems.iter().any(|p| p.contains("Length") || p.contains("lopdf")), "{problems:?}");
    }
}

#[test]
fn annex_numbers_and_titles_follow_the_plan() {
    let mut plan = fixture("tampere-startup");
    for spec in &mut plan.meta.annexes {
        if spec.kind == AnnexKind::Commercial {
            spec.number = 9;
            spec.title = "Kaupalliset ehdot".to_string();
        }
    }
    assert_eq!(annex::select(&plan, "9").expect("annex 9"), vec![AnnexKind::Commercial]);
    assert!(annex::select(&plan, "3").is_err());
    assert_eq!(annex::select(&plan, "all").expect("all").len(), 7);
    let text = flat(&pages_text(&export(&plan, vec![AnnexKind::Commercial], AnnexLanguage::Fi)).join("\n"));
    assert!(text.contains("ALLIANSSISOPIMUS – LIITE 9"), "header number");
    assert!(text.contains("Liite 9 – Kaupalliset ehdot"), "title");
    let err = annex::export(&plan, &Options::new(&plan, vec![], AnnexLanguage::Fi, day())).unwrap_err();
    assert!(err.message(Language::Fi).contains("Valitse"));
}

/// The commercial annex prints each metric's reported value and score, S and the KRA, so that
/// an official can check the score from the page: the NPS of 148 promoters, 60 passives and 32
/// detractors is 48,33, reported (and scored) as 48 against levels 20 / 40 / 60: 0,4000.
#[test]
fn commercial_annex_shows_the_values_and_scores_behind_the_kra() {
    let plan = fixture("tampere-startup");
    let text = pages_text(&export(&plan, vec![AnnexKind::Commercial], AnnexLanguage::Fi)).join("\n");
    let kra = commercial::kra::kra(&plan.budget, None).expect("kra");
    let at = text.find("KRA-pisteiden laskenta").unwrap_or_else(|| panic!("no scoring table in\n{text}"));
    let section = &text[at..];
    let cells: Vec<&str> = section.lines().map(str::trim).collect();
    assert!(cells.contains(&"48") && cells.contains(&"0,4000"), "{section}");
    assert!(!section.contains("48,33") && !section.contains("0,4167"), "{section}");
    for (m, s) in plan.budget.metrics.iter().zip(&kra.metrics) {
        let score = format::score(commercial::KraScore(s.score_e4), Language::Fi);
        let value = format::metric_value(m, Language::Fi).expect("measured");
        assert!(section.contains(&score) && section.contains(&value), "{}: {value} {score} missing", m.name);
    }
    assert!(section.contains(&format::score(kra.score, Language::Fi)));
    assert!(section.contains(&format::money(kra.raw, Language::Fi)));
}
