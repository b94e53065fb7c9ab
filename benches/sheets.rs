//! Spreadsheets at scale: the generated large plan (200 parties, 500 services, 20 000 cost
//! lines, 10 000 risks) written as xlsx and ods (every list, one sheet each) and each workbook
//! imported back into the plan (read, merged, counted). Run with `cargo bench --bench sheets`.

use allianssi::csvio::table::Format;
use allianssi::csvio::{Kind, Options, file, sheet};
use allianssi::generate::{GenerateOptions, generate};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let plan = generate(&GenerateOptions::large());
    let mut g = c.benchmark_group("large");
    g.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_millis(500));
    for (name, format) in [("xlsx", Format::Xlsx), ("ods", Format::Ods)] {
        let bytes = sheet::workbook(&plan, &Kind::ALL, format).expect("workbook");
        println!("{name}: {} bytes", bytes.len());
        g.bench_function(format!("export {name}"), |b| {
            b.iter(|| sheet::workbook(black_box(&plan), &Kind::ALL, format).expect("workbook"))
        });
        g.bench_function(format!("import {name}"), |b| {
            b.iter(|| file::import(black_box(&plan), &bytes, None, Options::default()).expect("import"))
        });
    }
    let csv = sheet::csv_file(&plan, Kind::Budget);
    g.bench_function("import csv budget (Windows-1252 detection path: UTF-8)", |b| {
        b.iter(|| file::import(black_box(&plan), &csv, None, Options::default()).expect("import"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
