//! Benchmarks of the risks screen on a 10 000-risk register: the view model (filter and sort),
//! a whole update-and-view cycle of the screen, and the money figures. Run with
//! `cargo bench --bench risks`.

use allianssi::i18n::Language;
use allianssi::model::register::{self, Column, Filter, SortOrder};
use allianssi::model::*;
use allianssi::screen::Context;
use allianssi::screen::risks::{self, FilterChange, Message};
use allianssi::template;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// A template with 10 000 varied risks.
fn plan_10k() -> Plan {
    let mut plan = (template::find("tampere-startup").expect("template").build)();
    let base = plan.risks.risks[0].clone();
    let statuses = [RiskStatus::Identified, RiskStatus::BeingHandled, RiskStatus::UnderControl, RiskStatus::Closed];
    for n in 0..10_000u32 {
        let mut r = base.clone();
        r.id = RiskId(plan.allocate_id());
        r.code = format!("R{}", n + 100);
        r.title = format!("Riski {n}: kuntien asiakastietojärjestelmä {}", n % 97);
        r.probability = (n % 5) as u8 + 1;
        r.impact = (n / 5 % 5) as u8 + 1;
        r.likely_amount = Money::euros(i64::from(n % 1000) * 100);
        r.probability_pct = Bp(n % 10_000);
        r.category = RiskCategory::ALL[n as usize % 8];
        r.status = statuses[n as usize % 4];
        plan.risks.risks.push(r);
    }
    plan
}

fn bench(c: &mut Criterion) {
    let plan = plan_10k();
    let analysis = allianssi::analysis::Analysis::of(&plan);
    let ctx = Context::of(&analysis, 0, Language::Fi, chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    c.bench_function("risks/filter+sort by code, 10k", |b| {
        b.iter(|| register::filter_sorted(black_box(&plan), &Filter::default(), Column::Code, SortOrder::Ascending))
    });
    c.bench_function("risks/filter+sort by score desc, 10k", |b| {
        b.iter(|| register::filter_sorted(black_box(&plan), &Filter::default(), Column::Score, SortOrder::Descending))
    });
    let search = Filter { text: "järjestelmä 42".into(), ..Filter::default() };
    c.bench_function("risks/text search+sort by title, 10k", |b| {
        b.iter(|| register::filter_sorted(black_box(&plan), &search, Column::Title, SortOrder::Ascending))
    });
    c.bench_function("risks/heatmaps+exposure+shares, 10k", |b| {
        b.iter(|| {
            (
                register::heatmap(&plan.risks, false, false),
                register::heatmap(&plan.risks, true, false),
                register::exposure(&plan.risks),
                register::reserve_contributions(&plan.risks),
            )
        })
    });
    let mut state = risks::State::default();
    let _ = state.update(Message::Select(plan.risks.risks[50].id), &plan, &ctx);
    c.bench_function("risks/update+view (sort click), 10k", |b| {
        b.iter(|| {
            let _ = state.update(Message::SortBy(Column::Score), &plan, &ctx);
            black_box(state.view(&plan, &ctx));
        })
    });
    c.bench_function("risks/update+view (search typed), 10k", |b| {
        let mut n = 0u32;
        b.iter(|| {
            n += 1;
            let _ = state.update(Message::Filter(FilterChange::Text(format!("riski {}", n % 50))), &plan, &ctx);
            black_box(state.view(&plan, &ctx));
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
