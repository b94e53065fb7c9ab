//! `allianssi kpi` and `allianssi forecast`: every metric's value per area and period, and the
//! settlement forecast as of a date, printed from `followup` in fi/sv/en or as JSON (values as
//! decimal strings at the metric's precision, amounts in integer cents).

use super::settle::{settlement_json, settlement_text};
use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::followup::{self, Case, Forecast, Kpis, Method};
use crate::i18n::format::{self, money};
use crate::i18n::{self, Key, Language, tr};
use crate::model::{Period, Plan};
use crate::storage;
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

fn load(path: &Path, lang: Language) -> Result<Plan, (u8, String)> {
    Ok(storage::load(path).map_err(|e| (IO, e.message(lang)))?.plan)
}

fn area_label(plan: &Plan, area: Option<crate::model::PartyId>, lang: Language) -> String {
    match area {
        None => i18n::text(lang, Key::CliFollowupAlliance).to_string(),
        Some(id) => plan.party(id).map_or_else(|| id.to_string(), |p| p.label().to_string()),
    }
}

/// `allianssi kpi`.
pub(super) fn kpi(file: &Path, json: bool, lang: Language, out: &mut dyn Write) -> CliResult {
    let plan = load(file, lang)?;
    let k = followup::kpis(&plan);
    let text = if json { kpi_json(&plan, &k).to_string() + "\n" } else { kpi_text(&plan, &k, lang) };
    out.write_all(text.as_bytes()).map_err(write_failed)?;
    Ok(OK)
}

/// `{"metrics":[{"name":..,"series":[{"area":..|null,"period":"2017-08","value":"16.9"}]}]}`:
/// the alliance's figures (area null) first, then each area's by its name; `value` null when it
/// cannot be computed.
pub fn kpi_json(plan: &Plan, k: &Kpis) -> serde_json::Value {
    let metrics: Vec<_> = k
        .metrics
        .iter()
        .filter_map(|ms| {
            let metric = plan.metric(ms.metric)?;
            let series: Vec<_> = ms
                .series
                .iter()
                .flat_map(|s| {
                    let area = s.area.and_then(|a| plan.party(a)).map(|p| p.name.clone());
                    s.points.iter().map(move |p| {
                        serde_json::json!({
                            "area": area,
                            "period": p.period.to_string(),
                            "value": p.value_string(),
                            "summed": p.summed,
                        })
                    })
                })
                .collect();
            Some(serde_json::json!({ "name": metric.name, "unit": metric.unit, "series": series }))
        })
        .collect();
    serde_json::json!({ "metrics": metrics })
}

/// Each metric as a table: a row per period, a column for the alliance and each area.
pub fn kpi_text(plan: &Plan, k: &Kpis, lang: Language) -> String {
    let mut text = String::new();
    let mut any_summed = false;
    for ms in &k.metrics {
        let Some(metric) = plan.metric(ms.metric) else { continue };
        let unit = if metric.unit.is_empty() { String::new() } else { format!(" ({})", metric.unit) };
        text.push_str(&format!("{}{unit}\n", metric.name));
        let series: Vec<_> = ms.series.iter().filter(|s| !s.points.is_empty()).collect();
        if series.is_empty() {
            text.push_str(&format!("  {}\n\n", i18n::text(lang, Key::CliFollowupNoMeasurements)));
            continue;
        }
        let periods = ms.periods();
        let mut rows = vec![
            std::iter::once(i18n::text(lang, Key::CliFollowupPeriod).to_string())
                .chain(series.iter().map(|s| area_label(plan, s.area, lang)))
                .collect::<Vec<_>>(),
        ];
        for period in periods {
            let mut row = vec![period.to_string()];
            for s in &series {
                let cell = s.points.iter().find(|p| p.period == period).map_or_else(String::new, |p| {
                    let v = p.digits.map_or_else(|| "–".to_string(), |(d, n)| format::reported(d, n, lang));
                    any_summed |= p.summed;
                    if p.summed { format!("{v}*") } else { v }
                });
                row.push(cell);
            }
            rows.push(row);
        }
        for line in super::settle::table_lines(&rows) {
            text.push_str("  ");
            text.push_str(&line);
            text.push('\n');
        }
        text.push('\n');
    }
    if any_summed {
        text.push_str(i18n::text(lang, Key::CliFollowupSummed));
        text.push('\n');
    }
    text
}

/// Reads `--as-of`: a date (2027-09-30 or 30.9.2027) or a period, meaning its last day.
pub fn parse_as_of(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
        .or_else(|| t.parse::<Period>().ok().map(Period::end))
}

/// The options of `allianssi forecast`.
pub struct ForecastArgs<'a> {
    pub file: &'a Path,
    pub as_of: &'a str,
    pub rest: Option<&'a str>,
    pub json: bool,
    pub lang: Language,
}

/// `allianssi forecast`.
pub(super) fn forecast(a: &ForecastArgs, out: &mut dyn Write) -> CliResult {
    let lang = a.lang;
    let as_of = parse_as_of(a.as_of).ok_or_else(|| {
        let s = a.as_of;
        (INVALID, tr(lang, Key::CliFollowupBadAsOf, &[("input", s.to_string().into())]))
    })?;
    let rest = a.rest.map(crate::commercial::parse_euros).transpose().map_err(|e| (INVALID, e.message(lang)))?;
    let mut plan = load(a.file, lang)?;
    if rest.is_some() {
        plan.followup.rest_estimate = rest;
    }
    let k = followup::kpis(&plan);
    let f = followup::forecast(&plan, &k, as_of).map_err(|e| (INVALID, e.message(lang)))?;
    let text = if a.json {
        forecast_json(&f).map_err(|e| (INVALID, e.message(lang)))?.to_string() + "\n"
    } else {
        forecast_text(&plan, &f, lang)
    };
    out.write_all(text.as_bytes()).map_err(write_failed)?;
    Ok(OK)
}

fn case_json(f: &Forecast, c: &Case) -> Result<serde_json::Value, crate::commercial::Error> {
    Ok(serde_json::json!({
        "method": match c.method { Method::RunRate => "run-rate", Method::Estimate => "estimate" },
        "rest_cents": c.rest.cents(),
        "actual_cents": c.actual.cents(),
        "actual_producers_cents": c.actual_producers.cents(),
        "settlement": settlement_json(&f.plan, &c.settlement)?,
    }))
}

/// The forecast as JSON, amounts in integer cents; each case's settlement as `settle --json`.
pub fn forecast_json(f: &Forecast) -> Result<serde_json::Value, crate::commercial::Error> {
    Ok(serde_json::json!({
        "as_of": f.as_of.to_string(),
        "first_year": f.first_year,
        "last_year": f.last_year,
        "latest_period": f.latest.map(|p| p.to_string()),
        "months_elapsed": f.months_elapsed,
        "months_total": f.months_total,
        "to_date_cents": f.to_date.cents(),
        "to_date_producers_cents": f.to_date_producers.cents(),
        "run_rate": f.run_rate.as_ref().map(|c| case_json(f, c)).transpose()?,
        "estimate": f.estimate.as_ref().map(|c| case_json(f, c)).transpose()?,
    }))
}

/// The forecast as text: the costs to date, then each case with its whole settlement.
pub fn forecast_text(plan: &Plan, f: &Forecast, lang: Language) -> String {
    let mut t = format!("{} – {}\n", plan.meta.name, i18n::text(lang, Key::CliFollowupForecast));
    let mut rows: Vec<Vec<String>> = vec![
        vec![i18n::text(lang, Key::CliFollowupAsOf).into(), format::date(f.as_of, lang)],
        vec![i18n::text(lang, Key::CliFollowupSpan).into(), format!("{}–{}", f.first_year, f.last_year)],
        vec![i18n::text(lang, Key::CliFollowupLatest).into(), f.latest.map_or_else(|| "–".into(), |p| p.to_string())],
        vec![i18n::text(lang, Key::CliFollowupMonths).into(), format!("{} / {}", f.months_elapsed, f.months_total)],
        vec![i18n::text(lang, Key::CliFollowupToDate).into(), money(f.to_date, lang)],
        vec![i18n::text(lang, Key::CliFollowupOfProducers).into(), money(f.to_date_producers, lang)],
    ];
    for (party, amount) in &f.parties {
        rows.push(vec![format!("  {}", area_label(plan, Some(*party), lang)), money(*amount, lang)]);
    }
    for line in super::settle::table_lines(&rows) {
        t.push_str(&line);
        t.push('\n');
    }
    for (case, title, missing) in [
        (&f.run_rate, Key::CliFollowupRunRate, Key::CliFollowupNoCosts),
        (&f.estimate, Key::CliFollowupEstimate, Key::CliFollowupNoEstimate),
    ] {
        t.push('\n');
        t.push_str(i18n::text(lang, title));
        t.push('\n');
        match case {
            None => {
                t.push_str(i18n::text(lang, missing));
                t.push('\n');
            }
            Some(c) => {
                t.push_str(&format!("{}: {}\n", i18n::text(lang, Key::CliFollowupRest), money(c.rest, lang)));
                t.push_str(&settlement_text(&f.plan, &c.settlement, lang));
            }
        }
    }
    t
}
