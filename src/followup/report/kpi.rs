//! The report's KPI section: for each metric a line chart of its series (the whole alliance in
//! bold, one line per area, the minimum, target and excellent levels as labelled horizontal
//! lines) and a table of its values per period, as `followup::kpis` reports them.

use crate::annex::content::party_name;
use crate::annex::flow::{Column, Flow, Table};
use crate::annex::layout::{Item, Rgb, fit_line, fit_lines};
use crate::annex::{Ctx, Label};
use crate::followup::{Kpis, Point, Series};
use crate::i18n::format;
use crate::model::{Decimal, Level, Metric, Period};

/// The whole alliance's line.
const ALLIANCE: Rgb = Rgb(25, 25, 30);
/// The areas' lines, in party order.
const AREAS: [Rgb; 12] = [
    Rgb(30, 110, 190),
    Rgb(220, 120, 30),
    Rgb(50, 150, 90),
    Rgb(170, 60, 150),
    Rgb(0, 150, 160),
    Rgb(150, 110, 50),
    Rgb(110, 110, 200),
    Rgb(200, 70, 90),
    Rgb(120, 160, 30),
    Rgb(90, 60, 130),
    Rgb(230, 90, 170),
    Rgb(60, 90, 90),
];

fn level_color(level: Level) -> Rgb {
    match level {
        Level::Minimum => Rgb(200, 50, 40),
        Level::Target => Rgb(200, 140, 0),
        Level::Excellent => Rgb(40, 140, 60),
    }
}

fn level_label(level: Level) -> Label {
    match level {
        Level::Minimum => Label::Minimum,
        Level::Target => Label::Target,
        Level::Excellent => Label::Excellent,
    }
}

/// A metric's figure as reported, in the edition's number format ("16,9"); "–" when it cannot
/// be computed.
fn value(ctx: &Ctx, point: Option<&Point>) -> String {
    point.and_then(|p| p.digits).map_or_else(|| "–".to_string(), |(d, n)| format::reported(d, n, ctx.t.primary()))
}

fn series_name(ctx: &Ctx, s: &Series) -> String {
    s.area.map_or_else(|| ctx.l(Label::WholeAlliance), |a| party_name(ctx, a))
}

fn color(s: &Series, area_index: usize) -> Rgb {
    if s.area.is_none() { ALLIANCE } else { AREAS[area_index % AREAS.len()] }
}

pub fn section(f: &mut Flow, ctx: &Ctx, kpis: &Kpis) {
    f.heading(&ctx.l(Label::Kpis), 1);
    f.note(&ctx.l(Label::SummedNote));
    if ctx.plan.budget.metrics.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    }
    for (metric, ms) in ctx.plan.budget.metrics.iter().zip(&kpis.metrics) {
        let unit = metric.unit.trim();
        let heading = if unit.is_empty() { metric.name.clone() } else { format!("{} ({unit})", metric.name) };
        f.heading(&heading, 2);
        // The series that have figures; the alliance's even when empty only if an area has some.
        let series: Vec<&Series> = ms.series.iter().filter(|s| !s.points.is_empty()).collect();
        let periods = ms.periods();
        if series.is_empty() || periods.is_empty() {
            f.paragraph(&ctx.l(Label::NoMeasurements));
            continue;
        }
        chart(f, ctx, metric, &series, &periods);
        table(f, ctx, &series, &periods);
    }
}

/// The most value columns one table holds: more are printed as further tables, each with the
/// periods, so that names and figures keep a readable width.
const MAX_COLUMNS: usize = 6;

fn table(f: &mut Flow, ctx: &Ctx, series: &[&Series], periods: &[Period]) {
    for chunk in series.chunks(MAX_COLUMNS) {
        let n = chunk.len().max(3) as f32;
        let mut cols = vec![Column::left(ctx.l(Label::PeriodCol), 0.16)];
        for s in chunk {
            let c = Column::right(series_name(ctx, s), 0.84 / n);
            cols.push(if s.area.is_none() { c.strong() } else { c });
        }
        let mut table = Table::new(cols);
        for &p in periods {
            let mut row = vec![p.to_string()];
            row.extend(chunk.iter().map(|s| value(ctx, s.points.iter().find(|x| x.period == p))));
            table.push(row);
        }
        f.table(&table);
    }
}

/// A step of 1, 2 or 5 × 10^k (in millionths, as `Decimal` holds) giving about five ticks.
fn tick_step(range: f64) -> i64 {
    let rough = (range * Decimal::SCALE as f64 / 5.0).max(1.0);
    let mag = 10f64.powi(rough.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|k| k * mag).find(|s| *s >= rough).unwrap_or(10.0 * mag);
    (step as i64).max(1)
}

fn chart(f: &mut Flow, ctx: &Ctx, metric: &Metric, series: &[&Series], periods: &[Period]) {
    let fonts = ctx.fonts;
    let t = ctx.t;
    let width = f.width();
    let (x0, x1) = (38.0, width - 104.0);
    let (y0, y1) = (8.0, 168.0);
    let levels: Vec<(Level, f64)> =
        Level::ALL.iter().map(|&l| (l, metric.level(l).raw() as f64 / Decimal::SCALE as f64)).collect();
    let values = series.iter().flat_map(|s| s.points.iter().filter_map(Point::value_f64));
    let all: Vec<f64> = values.chain(levels.iter().map(|l| l.1)).collect();
    let lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = if hi > lo { (hi - lo) * 0.08 } else { lo.abs().max(1.0) * 0.1 };
    let (lo, hi) = (lo - pad, hi + pad);
    let y_of = |v: f64| y1 - ((v - lo) / (hi - lo)) as f32 * (y1 - y0);
    let band = (x1 - x0) / periods.len() as f32;
    let x_of = |i: usize| x0 + (i as f32 + 0.5) * band;
    let mut items = Vec::new();
    // Grid and the value axis: ticks at round values.
    let step = tick_step(hi - lo);
    let scale = Decimal::SCALE as f64;
    let mut tick = ((lo * scale) / step as f64).ceil() as i64 * step;
    while (tick as f64) <= hi * scale {
        let y = y_of(tick as f64 / scale);
        items.push(Item::line(x0, y, x1, y, 0.3, Rgb::HEAD));
        let label = format::decimal(Decimal::from_raw(tick), t.primary());
        let (size, label) = fit_line(fonts, &label, 8.0, false, x0 - 4.0);
        let w = fonts.width(&label, size, false);
        items.push(Item::text(x0 - 3.0 - w, y + 2.8, size, false, Rgb::MUTED, label));
        tick += step;
    }
    items.push(Item::frame(x0, y0, x1 - x0, y1 - y0, Rgb::RULE));
    // The levels, labelled at the right (a bilingual label in two lines); labels pushed apart
    // when levels lie close.
    for &(l, v) in &levels {
        items.push(Item::line(x0, y_of(v), x1, y_of(v), 0.9, level_color(l)));
    }
    let mut labels: Vec<(f32, Level, f32, Vec<String>)> = levels
        .iter()
        .map(|&(l, v)| {
            let text = format!("{} {}", ctx.l(level_label(l)), t.decimal(metric.level(l)));
            let (size, lines) = fit_lines(fonts, &text, 8.0, false, width - x1 - 6.0, 2);
            (y_of(v), l, size, lines)
        })
        .collect();
    // From the top down: each label starts below the one above it.
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut free = f32::NEG_INFINITY;
    for (y, l, size, lines) in labels {
        let mut at = y.max(free);
        for line in lines {
            items.push(Item::text(x1 + 5.0, at + 2.8, size, false, level_color(l), line));
            at += size * 1.2;
        }
        free = at + 1.0;
    }
    // The periods, every k-th labelled so that the labels do not collide.
    let widest = periods.iter().map(|p| fonts.width(&p.to_string(), 8.0, false)).fold(0.0, f32::max);
    let every = ((widest + 6.0) / band).ceil().max(1.0) as usize;
    for (i, p) in periods.iter().enumerate() {
        let x = x_of(i);
        items.push(Item::line(x, y1, x, y1 + 3.0, 0.5, Rgb::RULE));
        if i % every == 0 {
            let label = p.to_string();
            let w = fonts.width(&label, 8.0, false);
            items.push(Item::text(x - w / 2.0, y1 + 12.0, 8.0, false, Rgb::MUTED, label));
        }
    }
    // The series: the alliance's bold line first, each area's thin line over it (an area that
    // is most of the alliance would otherwise vanish under it).
    let mut order: Vec<(usize, &Series)> = series.iter().filter(|s| s.area.is_none()).map(|s| (0, *s)).collect();
    order.extend(series.iter().filter(|s| s.area.is_some()).copied().enumerate());
    for &(k, s) in &order {
        let c = color(s, k);
        let thick = if s.area.is_none() { 2.2 } else { 1.1 };
        let mut last: Option<(f32, f32)> = None;
        for (i, p) in periods.iter().enumerate() {
            let point = s.points.iter().find(|x| x.period == *p).and_then(Point::value_f64);
            let Some(v) = point else {
                last = None;
                continue;
            };
            let at = (x_of(i), y_of(v));
            if let Some(from) = last {
                items.push(Item::line(from.0, from.1, at.0, at.1, thick, c));
            }
            let m = thick + 1.4;
            items.push(Item::fill(at.0 - m / 2.0, at.1 - m / 2.0, m, m, c));
            last = Some(at);
        }
    }
    // The legend under the chart, wrapped.
    let mut x = x0;
    let mut y = y1 + 26.0;
    for &(k, s) in &order {
        let alliance = s.area.is_none();
        let (size, name) = fit_line(fonts, &series_name(ctx, s), 8.0, alliance, width - x0 - 20.0);
        let w = 18.0 + fonts.width(&name, size, alliance) + 12.0;
        if x + w > width && x > x0 {
            x = x0;
            y += 12.0;
        }
        let c = color(s, k);
        items.push(Item::line(x, y - 2.8, x + 14.0, y - 2.8, if alliance { 2.2 } else { 1.1 }, c));
        items.push(Item::text(x + 18.0, y, size, alliance, Rgb::TEXT, name));
        x += w;
    }
    f.drawing(y + 4.0, items);
}
