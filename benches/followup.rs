//! Follow-up at scale: the generated large plan (200 parties, 20 000 cost lines, 10 000 risks)
//! with 36 months of follow-up (every metric in the host and 65 other municipalities, each party's monthly cost):
//! the KPI series, the cost burn, the forecast, the analysis the window computes per revision,
//! and the leadership group's report as PDF.

use allianssi::analysis::Analysis;
use allianssi::followup::{self, report};
use allianssi::generate::{GenerateOptions, generate};
use allianssi::model::Period;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let plan = generate(&GenerateOptions { months: 36, ..GenerateOptions::large() });
    let mut g = c.benchmark_group("followup, large plan, 36 months");
    g.sample_size(10);
    let kpis = followup::kpis(&plan);
    let as_of = Period::Month(2032, 6).end();
    g.bench_function("kpis", |b| b.iter(|| followup::kpis(black_box(&plan))));
    g.bench_function("burn", |b| b.iter(|| followup::burn(black_box(&plan)).expect("burn")));
    g.bench_function("forecast", |b| b.iter(|| followup::forecast(black_box(&plan), &kpis, as_of).expect("forecast")));
    g.bench_function("analysis (whole revision)", |b| b.iter(|| Analysis::of(black_box(&plan))));
    let lang = report::language(&plan);
    g.bench_function("report 2032-Q2", |b| {
        b.iter(|| report::report(black_box(&plan), Period::Quarter(2032, 2), lang).expect("report"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
