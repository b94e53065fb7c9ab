//! Benchmarks of the PDF annexes: "all annexes" of the largest template (the employment-area
//! alliance) and the risk-register annex of a 1 000-risk register; the size of each PDF is
//! printed once. Run with `cargo bench --bench annex`.

use allianssi::annex::{self, AnnexLanguage, Options};
use allianssi::model::{AnnexKind, Plan, RiskId};
use allianssi::template;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

fn largest_template() -> Plan {
    template::all()
        .iter()
        .map(|t| (t.build)())
        .max_by_key(|p| p.parties.len() + p.services.len() + p.risks.risks.len())
        .expect("templates")
}

fn thousand_risks() -> Plan {
    let mut plan = largest_template();
    let base = plan.risks.risks[0].clone();
    plan.risks.risks = (0..1000)
        .map(|i| {
            let mut r = base.clone();
            r.id = RiskId(100_000 + i);
            r.code = format!("R{}", i + 1);
            r.probability = (i % 5) as u8 + 1;
            r.impact = ((i / 5) % 5) as u8 + 1;
            r
        })
        .collect();
    plan
}

fn bench(c: &mut Criterion) {
    let plan = largest_template();
    let all = Options::new(&plan, annex::all(&plan), AnnexLanguage::Fi, day());
    let risks = thousand_risks();
    let register = Options::new(&risks, vec![AnnexKind::Risks], AnnexLanguage::Fi, day());
    for (name, p, o) in [("all annexes", &plan, &all), ("1000-risk register", &risks, &register)] {
        let doc = annex::layout(p, o).expect("layout");
        let bytes = annex::export(p, o).expect("export");
        println!("{name}: {} pages, {} bytes", doc.pages.len(), bytes.len());
    }
    c.bench_function("annex: all annexes of the largest template", |b| {
        b.iter(|| black_box(annex::export(&plan, &all).expect("export")))
    });
    c.bench_function("annex: layout only, all annexes", |b| b.iter(|| black_box(annex::layout(&plan, &all))));
    c.bench_function("annex: 1000-risk register", |b| {
        b.iter(|| black_box(annex::export(&risks, &register).expect("export")))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
