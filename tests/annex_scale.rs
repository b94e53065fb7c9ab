//! PDF annexes of generated plans large enough that the renderer works in several chunks:
//! one page tree in order, every page with its header, a sound structure, the same bytes twice.

use allianssi::annex::{self, AnnexLanguage, Options};
use allianssi::generate::{GenerateOptions, generate};
use chrono::NaiveDate;

#[path = "support/pdf.rs"]
mod pdf;

fn pages_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    pages.iter().map(|n| doc.extract_text(&[*n]).expect("text extracts")).collect()
}

#[test]
fn a_long_document_is_one_valid_pdf_with_every_page_in_order() {
    let plan =
        generate(&GenerateOptions { parties: 30, services: 80, risks: 600, budget_lines: 1_500, seed: 3, months: 0 });
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let opts = Options::new(&plan, annex::all(&plan), AnnexLanguage::Fi, day);
    let layout = annex::layout(&plan, &opts).expect("layout");
    assert!(layout.pages.len() > 100, "{} pages: several chunks", layout.pages.len());
    let bytes = annex::export(&plan, &opts).expect("export");
    assert_eq!(bytes, annex::export(&plan, &opts).expect("export"), "deterministic");
    let texts = pages_text(&bytes);
    assert_eq!(texts.len(), layout.pages.len());
    // Page "x (y)" counts within each annex: the numbers run 1, 2, … in the order of the tree.
    let mut expected = 1;
    for (i, text) in texts.iter().enumerate() {
        assert!(text.contains("ALLIANSSISOPIMUS"), "page {i}: {text}");
        let number = text.lines().find_map(|l| {
            let (x, rest) = l.trim().split_once(" (")?;
            rest.strip_suffix(')')?.parse::<usize>().ok()?;
            x.parse::<usize>().ok()
        });
        let number = number.expect("a page number");
        if number == 1 {
            expected = 1;
        }
        assert_eq!(number, expected, "page {i}");
        expected += 1;
    }
    // The structure check in Rust (tests/support/pdf.rs): the suite needs no system tool.
    let problems = pdf::problems(&bytes);
    assert!(problems.is_empty(), "{problems:?}");
}
