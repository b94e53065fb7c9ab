//! `allianssi settle` and `allianssi scenarios`: the settlement of an actual cost and the
//! scenario table of the commercial model, printed from `commercial` in fi/sv/en with money as
//! "1 552 246,00 €", or as JSON with every amount in integer cents.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::commercial::{self, Actuals, KraScore, KraSource, PartyLine, Settlement};
use crate::i18n::format::{self, money, percent, score};
use crate::i18n::{self, Key, Language};
use crate::model::{Metric, Money, Plan};
use crate::{rules, storage};
use std::io::Write;
use std::path::Path;

/// The options of `allianssi settle`, as typed.
pub struct SettleArgs<'a> {
    pub file: &'a Path,
    pub actual: ActualArg<'a>,
    pub actual_producers: Option<&'a str>,
    pub kra_score: Option<&'a str>,
    pub json: bool,
    pub lang: Language,
}

/// The actual cost as typed: euros (`--actual`) or a percentage of the target (`--actual-percent`).
#[derive(Debug, Clone, Copy)]
pub enum ActualArg<'a> {
    Euros(&'a str),
    Percent(&'a str),
}

fn invalid(e: commercial::Error, lang: Language) -> (u8, String) {
    (INVALID, e.message(lang))
}

fn parse_score(s: Option<&str>, lang: Language) -> Result<Option<KraScore>, (u8, String)> {
    s.map(|s| s.parse::<KraScore>()).transpose().map_err(|e| invalid(e, lang))
}

/// Loads the plan; a plan with rule errors is still settled, with a note on `err`.
fn load(path: &Path, lang: Language, err: &mut dyn Write) -> Result<Plan, (u8, String)> {
    let plan = storage::load(path).map_err(|e| (IO, e.message(lang)))?.plan;
    if rules::has_errors(&rules::check(&plan)) {
        let note = i18n::text(lang, Key::CliSettlePlanHasErrors);
        writeln!(err, "{note}").map_err(write_failed)?;
    }
    Ok(plan)
}

pub(super) fn settle(a: &SettleArgs, out: &mut dyn Write, err: &mut dyn Write) -> CliResult {
    let lang = a.lang;
    let actual = match a.actual {
        ActualArg::Euros(s) => Ok(commercial::parse_euros(s).map_err(|e| invalid(e, lang))?),
        ActualArg::Percent(p) => Err(commercial::parse_percent(p).map_err(|e| invalid(e, lang))?),
    };
    let actual_producers = a.actual_producers.map(commercial::parse_euros).transpose().map_err(|e| invalid(e, lang))?;
    let kra_score = parse_score(a.kra_score, lang)?;
    let plan = load(a.file, lang, err)?;
    let actual = match actual {
        Ok(euros) => euros,
        Err(share) => commercial::actual_at_share(&plan, share).map_err(|e| invalid(e, lang))?,
    };
    let s =
        commercial::settle(&plan, &Actuals { actual, actual_producers, kra_score }).map_err(|e| invalid(e, lang))?;
    if a.json {
        let text = settlement_json(&plan, &s).map_err(|e| invalid(e, lang))?;
        writeln!(out, "{text}").map_err(write_failed)?;
    } else {
        let title = i18n::text(lang, Key::CliSettleTitle);
        writeln!(out, "{} – {title}", plan.meta.name).map_err(write_failed)?;
        write!(out, "{}", settlement_text(&plan, &s, lang)).map_err(write_failed)?;
    }
    Ok(OK)
}

/// The settlement as the JSON of `settle --json`: every amount in integer cents, `kra_score`
/// as a number with four decimals, and each party (producers, then owners, in plan order) with
/// `net_cents = gain − pain + KRA` (an owner's KRA negative: it pays it; the nets add up to
/// `underrun − overrun`) and `total_cents`: a producer's fee + net, an owner's whole payment,
/// target + fee − net (the owners' totals add up to the owners' outlay).
pub fn settlement_json(plan: &Plan, s: &Settlement) -> Result<serde_json::Value, commercial::Error> {
    let party = |line: &PartyLine, role: &str| -> Result<serde_json::Value, commercial::Error> {
        Ok(serde_json::json!({
            "name": plan.party(line.party).map_or_else(|| line.party.to_string(), |p| p.name.clone()),
            "role": role,
            "target_cents": line.target.cents(),
            "fee_cents": line.fee.cents(),
            "gain_cents": line.gain.cents(),
            "pain_cents": line.pain.cents(),
            "kra_cents": line.kra.cents(),
            "net_cents": line.net.cents(),
            "total_cents": line.total.cents(),
        }))
    };
    let parties = s
        .producers
        .iter()
        .map(|l| party(l, "producer"))
        .chain(s.owners.iter().map(|l| party(l, "owner")))
        .collect::<Result<Vec<_>, _>>()?;
    // S in ten-thousandths is exactly representable as a JSON number with four decimals.
    let score: serde_json::Value =
        serde_json::from_str(&s.kra.score.to_string()).unwrap_or_else(|_| serde_json::Value::from(0));
    Ok(serde_json::json!({
        "target_cost_cents": s.target.target_cost.cents(),
        "actual_cost_cents": s.actual.cents(),
        "fee_cents": s.target.fee.cents(),
        "underrun_cents": s.underrun.cents(),
        "overrun_cents": s.overrun.cents(),
        "producers_gain_cents": s.prod_gain.cents(),
        "owners_gain_cents": s.owner_gain.cents(),
        "producers_pain_cents": s.prod_pain.cents(),
        "owners_pain_cents": s.owner_pain.cents(),
        "kra_score": score,
        "kra_cents": s.kra_eff.cents(),
        "producers_total_cents": s.producers_total.cents(),
        "owners_outlay_cents": s.owners_outlay.cents(),
        "parties": parties,
    }))
}

pub(super) fn scenarios(
    file: &Path,
    kra_score: Option<&str>,
    json: bool,
    lang: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let kra_score = parse_score(kra_score, lang)?;
    let plan = load(file, lang, err)?;
    let list = commercial::scenarios(&plan, kra_score).map_err(|e| invalid(e, lang))?;
    if json {
        let text = serde_json::json!({ "scenarios": list });
        writeln!(out, "{text}").map_err(write_failed)?;
        return Ok(OK);
    }
    let title = i18n::text(lang, Key::CliSettleScenariosTitle);
    writeln!(out, "{} – {title}", plan.meta.name).map_err(write_failed)?;
    let Some(first) = list.first() else {
        let none = i18n::text(lang, Key::CliSettleNoScenarios);
        writeln!(out, "{none}").map_err(write_failed)?;
        return Ok(OK);
    };
    let t = &first.settlement.target;
    let mut head = Rows::default();
    head.push(i18n::text(lang, Key::CliSettleTarget), money(t.target_cost, lang));
    head.push(i18n::text(lang, Key::CliSettleFee), money(t.fee, lang));
    head.push(i18n::text(lang, Key::CliSettleScore), score(first.settlement.kra.score, lang));
    write!(out, "{}", head.render()).map_err(write_failed)?;
    writeln!(out).map_err(write_failed)?;

    let mut header = vec![i18n::text(lang, Key::CliSettleActualPercent).to_string()];
    header.extend(list.iter().map(|s| percent(s.share, lang)));
    let mut table = vec![header];
    let figure = |label: &str, f: &dyn Fn(&Settlement) -> Money| {
        let mut row = vec![label.to_string()];
        row.extend(list.iter().map(|s| money(f(&s.settlement), lang)));
        row
    };
    table.push(figure(i18n::text(lang, Key::CliSettleActual), &|s| s.actual));
    table.push(figure(
        &format!("  {} ({})", i18n::text(lang, Key::CliSettleOfProducers), i18n::text(lang, Key::CliSettleEstimate)),
        &|s| s.actual_producers,
    ));
    table.push(figure(i18n::text(lang, Key::CliSettleUnderrun), &|s| s.underrun));
    table.push(figure(i18n::text(lang, Key::CliSettleOverrun), &|s| s.overrun));
    table.push(figure(i18n::text(lang, Key::CliSettleProdGain), &|s| s.prod_gain));
    table.push(figure(i18n::text(lang, Key::CliSettleOwnerGain), &|s| s.owner_gain));
    table.push(figure(i18n::text(lang, Key::CliSettleProdPain), &|s| s.prod_pain));
    table.push(figure(i18n::text(lang, Key::CliSettleOwnerPain), &|s| s.owner_pain));
    table.push(figure(i18n::text(lang, Key::CliSettleKraEff), &|s| s.kra_eff));
    table.push(figure(i18n::text(lang, Key::CliSettleProducersTotal), &|s| s.producers_total));
    table.push(figure(i18n::text(lang, Key::CliSettleOwnersOutlay), &|s| s.owners_outlay));
    table.push(figure(i18n::text(lang, Key::CliSettleSaving), &|s| s.saving));
    for (i, line) in first.settlement.lines().enumerate() {
        let mut row = vec![format!("{} – {}", party_label(&plan, line), i18n::text(lang, Key::CliSettlePartyNet))];
        row.extend(list.iter().map(|s| s.settlement.line(i).map_or_else(String::new, |l| money(l.net, lang))));
        table.push(row);
    }
    write!(out, "{}", render_table(&table)).map_err(write_failed)?;
    writeln!(out, "{}", i18n::text(lang, Key::CliSettleTotalNote)).map_err(write_failed)?;
    Ok(OK)
}

/// Label–value rows, the values right-aligned.
#[derive(Default)]
struct Rows(Vec<(String, String)>);

impl Rows {
    fn push(&mut self, label: impl Into<String>, value: impl Into<String>) {
        self.0.push((label.into(), value.into()));
    }

    fn render(&self) -> String {
        let lw = self.0.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0);
        let vw = self.0.iter().map(|(_, v)| v.chars().count()).max().unwrap_or(0);
        let mut s = String::new();
        for (l, v) in &self.0 {
            let pad = lw - l.chars().count() + 2 + vw - v.chars().count();
            s.push_str(&format!("{l}{}{v}\n", " ".repeat(pad)));
        }
        s
    }
}

/// A table: the first column left-aligned, the others right-aligned.
fn render_table(rows: &[Vec<String>]) -> String {
    table_lines(rows).into_iter().map(|l| l + "\n").collect()
}

/// The lines of a table: the first column left-aligned, the others right-aligned.
pub(super) fn table_lines(rows: &[Vec<String>]) -> Vec<String> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width = |c: usize| rows.iter().filter_map(|r| r.get(c)).map(|x| x.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols).map(width).collect();
    let mut lines = Vec::new();
    for r in rows {
        let mut s = String::new();
        for (c, cell) in r.iter().enumerate() {
            let pad = " ".repeat(widths[c] - cell.chars().count());
            if c == 0 {
                s.push_str(cell);
                s.push_str(&pad);
            } else {
                s.push_str("  ");
                s.push_str(&pad);
                s.push_str(cell);
            }
        }
        lines.push(s.trim_end().to_string());
    }
    lines
}

fn party_label(plan: &Plan, line: &PartyLine) -> String {
    plan.party(line.party).map_or_else(|| line.party.to_string(), |p| p.label().to_string())
}

/// A metric's value as reported (`format::metric_value`) with its unit.
fn metric_value_text(metric: &Metric, unit: &str, lang: Language) -> Option<String> {
    let v = format::metric_value(metric, lang)?;
    Some(if unit.is_empty() { v } else { format!("{v} {unit}") })
}

/// Every figure of a settlement and the per-party table, as text.
pub fn settlement_text(plan: &Plan, s: &Settlement, lang: Language) -> String {
    let m = |x: Money| money(x, lang);
    let t = &s.target;
    let mut r = Rows::default();
    r.push(i18n::text(lang, Key::CliSettleBase), m(t.base));
    r.push(i18n::text(lang, Key::CliSettleReserve), m(t.reserve));
    r.push(i18n::text(lang, Key::CliSettleFee), m(t.fee));
    r.push(i18n::text(lang, Key::CliSettleTarget), m(t.target_cost));
    if t.fee_inside_target {
        r.push(i18n::text(lang, Key::CliSettleFeeInside), "");
    }
    r.push(i18n::text(lang, Key::CliSettleCeiling), m(t.ceiling));
    r.push(i18n::text(lang, Key::CliSettleGainShare), percent(s.gain_share, lang));
    r.push(i18n::text(lang, Key::CliSettlePainShare), percent(s.pain_share, lang));
    let cap = |c: Option<Money>| c.map_or_else(|| i18n::text(lang, Key::CliSettleNoCap).to_string(), m);
    r.push(i18n::text(lang, Key::CliSettleGainCap), cap(s.gain_cap));
    r.push(i18n::text(lang, Key::CliSettlePainCap), cap(s.pain_cap));
    r.push(
        i18n::text(lang, Key::CliSettleCombined),
        if s.combined_cap { i18n::text(lang, Key::CliSettleOn) } else { i18n::text(lang, Key::CliSettleOff) },
    );
    r.push(i18n::text(lang, Key::CliSettlePool), m(s.kra.pool));
    r.push(i18n::text(lang, Key::CliSettleActual), m(s.actual));
    let of_producers = if s.actual_producers_estimated {
        format!("  {} ({})", i18n::text(lang, Key::CliSettleOfProducers), i18n::text(lang, Key::CliSettleEstimate))
    } else {
        format!("  {}", i18n::text(lang, Key::CliSettleOfProducers))
    };
    r.push(of_producers, m(s.actual_producers));
    r.push(i18n::text(lang, Key::CliSettleUnderrun), m(s.underrun));
    r.push(i18n::text(lang, Key::CliSettleOverrun), m(s.overrun));
    r.push(i18n::text(lang, Key::CliSettleProdGain), m(s.prod_gain));
    r.push(i18n::text(lang, Key::CliSettleOwnerGain), m(s.owner_gain));
    r.push(i18n::text(lang, Key::CliSettleProdPain), m(s.prod_pain));
    r.push(i18n::text(lang, Key::CliSettleOwnerPain), m(s.owner_pain));
    for ms in &s.kra.metrics {
        let Some(metric) = plan.metric(ms.metric) else { continue };
        let label = match metric_value_text(metric, &metric.unit, lang) {
            Some(v) if ms.measured => format!("  {} {v} ({})", metric.name, percent(ms.weight, lang)),
            _ => format!(
                "  {} ({}, {})",
                metric.name,
                percent(ms.weight, lang),
                i18n::text(lang, Key::CliSettleNotMeasured)
            ),
        };
        r.push(label, score(KraScore(ms.score_e4), lang));
    }
    let score_label = match s.kra.source {
        KraSource::Metrics => i18n::text(lang, Key::CliSettleScore).to_string(),
        KraSource::Given => {
            format!("{} ({})", i18n::text(lang, Key::CliSettleScore), i18n::text(lang, Key::CliSettleGiven))
        }
    };
    r.push(score_label, score(s.kra.score, lang));
    r.push(i18n::text(lang, Key::CliSettleKraRaw), m(s.kra.raw));
    r.push(i18n::text(lang, Key::CliSettleKraEff), m(s.kra_eff));
    r.push(i18n::text(lang, Key::CliSettleProducersTotal), m(s.producers_total));
    r.push(i18n::text(lang, Key::CliSettleOwnersOutlay), m(s.owners_outlay));
    r.push(i18n::text(lang, Key::CliSettleSaving), m(s.saving));
    let mut text = r.render();
    text.push('\n');

    let heads = [
        Key::CliSettleParty,
        Key::CliSettleTargetShare,
        Key::CliSettleFee,
        Key::CliSettleGain,
        Key::CliSettlePain,
        Key::CliSettleKra,
        Key::CliSettleNet,
        Key::CliSettleTotal,
    ];
    let mut table = vec![heads.iter().map(|&k| i18n::text(lang, k).to_string()).collect()];
    for line in s.lines() {
        let target = if line.owner { m(line.target) } else { "–".to_string() };
        let mut row = vec![party_label(plan, line), target];
        row.extend([line.fee, line.gain, line.pain, line.kra, line.net, line.total].map(m));
        table.push(row);
    }
    text.push_str(&render_table(&table));
    text.push_str(i18n::text(lang, Key::CliSettleTotalNote));
    text.push('\n');
    text
}
