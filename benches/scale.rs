//! Benchmarks at scale, on the largest template and on a generated large plan (200 parties,
//! 500 services, 20 000 cost lines, 10 000 risks; generated once per process): load (parse
//! from bytes), check, save (serialise, and the atomic save into a temporary folder), settle
//! with 9 scenarios, PDF export of all annexes (fi) and of the risk register, and every CSV
//! import (the plan's own export imported back into it). Run with `cargo bench --bench scale`.

use allianssi::annex::{self, AnnexLanguage, Options};
use allianssi::csvio::Kind;
use allianssi::generate::{GenerateOptions, generate};
use allianssi::model::{AnnexKind, Bp, Plan};
use allianssi::{commercial, rules, storage};
use chrono::NaiveDate;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime};
use std::hint::black_box;
#[path = "support/plans.rs"]
mod plans;
use plans::largest_template;
use std::path::Path;
use std::time::Duration;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

/// 70 % … 140 % of the target cost: nine scenarios.
fn nine_scenarios(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    plan.budget.scenarios = [7_000, 8_000, 9_000, 10_000, 11_000, 12_000, 12_500, 13_000, 14_000].map(Bp).to_vec();
    plan
}

fn plan_benches(g: &mut BenchmarkGroup<'_, WallTime>, plan: &Plan, heavy: bool) {
    let text = storage::to_string(plan).expect("serialise");
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("suunnitelma.ron");
    g.bench_function("load", |b| b.iter(|| storage::parse(black_box(&text), Path::new("x.ron")).expect("parse")));
    g.bench_function("check", |b| b.iter(|| rules::check(black_box(plan))));
    g.bench_function("serialise", |b| b.iter(|| storage::to_string(black_box(plan)).expect("serialise")));
    g.bench_function("save", |b| b.iter(|| storage::save(black_box(plan), &file).expect("save")));
    let nine = nine_scenarios(plan);
    g.bench_function("settle, 9 scenarios", |b| {
        b.iter(|| commercial::scenarios(black_box(&nine), None).expect("scenarios"))
    });
    let all = Options::new(plan, annex::all(plan), AnnexLanguage::Fi, day());
    let register = Options::new(plan, vec![AnnexKind::Risks], AnnexLanguage::Fi, day());
    if heavy {
        for (name, o) in [("all annexes", &all), ("risk register", &register)] {
            let pages = annex::layout(plan, o).expect("layout").pages.len();
            let bytes = annex::export(plan, o).expect("export").len();
            println!("{name}: {pages} pages, {bytes} bytes");
        }
    }
    g.bench_function("export all annexes (fi)", |b| b.iter(|| annex::export(black_box(plan), &all).expect("export")));
    g.bench_function("export risk register", |b| b.iter(|| annex::export(black_box(plan), &register).expect("export")));
    for (name, kind) in
        [("parties", Kind::Parties), ("services", Kind::Services), ("budget", Kind::Budget), ("risks", Kind::Risks)]
    {
        let csv = kind.export(plan);
        g.bench_function(format!("import csv {name}"), |b| {
            b.iter(|| kind.import(black_box(plan), csv.as_bytes()).expect("import"))
        });
    }
}

fn bench(c: &mut Criterion) {
    let small = largest_template();
    let mut g = c.benchmark_group("template");
    g.sample_size(10).measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(500));
    plan_benches(&mut g, &small, false);
    g.finish();

    let large = generate(&GenerateOptions::large());
    let mut g = c.benchmark_group("large");
    g.sample_size(10).measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_millis(500));
    g.bench_function("generate", |b| b.iter(|| generate(black_box(&GenerateOptions::large()))));
    plan_benches(&mut g, &large, true);
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
