//! `allianssi settle` and `allianssi scenarios`: the settlement of an actual cost and the
//! scenario table of the commercial model, printed from `commercial` in fi/sv/en with money as
//! "1 552 246,00 €", or as JSON with every amount in integer cents.

use super::{CliResult, INVALID, IO, OK, write_failed};
use crate::commercial::{self, Actuals, KraScore, KraSource, PartyLine, Settlement};
use crate::i18n::Language;
use crate::i18n::format::{self, money, percent, score};
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
        let note = lang.pick(
            "Huom: suunnitelmassa on virheitä (katso allianssi check); luvut on laskettu niistä huolimatta.",
            "Obs: planen innehåller fel (se allianssi check); beloppen är ändå beräknade.",
            "Note: the plan has errors (see allianssi check); the figures are computed regardless.",
        );
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
        let title = lang.pick("toteutuman tilitys", "avräkning av utfallet", "settlement");
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
    let title = lang.pick("skenaariot", "scenarier", "scenarios");
    writeln!(out, "{} – {title}", plan.meta.name).map_err(write_failed)?;
    let Some(first) = list.first() else {
        let none = lang.pick(
            "Suunnitelmassa ei ole skenaarioita.",
            "Planen har inga scenarier.",
            "The plan has no scenarios.",
        );
        writeln!(out, "{none}").map_err(write_failed)?;
        return Ok(OK);
    };
    let t = &first.settlement.target;
    let mut head = Rows::default();
    head.push(L::TARGET.get(lang), money(t.target_cost, lang));
    head.push(L::FEE.get(lang), money(t.fee, lang));
    head.push(L::SCORE.get(lang), score(first.settlement.kra.score, lang));
    write!(out, "{}", head.render()).map_err(write_failed)?;
    writeln!(out).map_err(write_failed)?;

    let mut header = vec![
        lang.pick(
            "Toteutunut kustannus, % kustannustavoitteesta",
            "Faktisk kostnad, % av kostnadsmålet",
            "Actual cost, % of the cost target",
        )
        .to_string(),
    ];
    header.extend(list.iter().map(|s| percent(s.share, lang)));
    let mut table = vec![header];
    let figure = |label: &str, f: &dyn Fn(&Settlement) -> Money| {
        let mut row = vec![label.to_string()];
        row.extend(list.iter().map(|s| money(f(&s.settlement), lang)));
        row
    };
    table.push(figure(L::ACTUAL.get(lang), &|s| s.actual));
    table
        .push(figure(&format!("  {} ({})", L::OF_PRODUCERS.get(lang), L::ESTIMATE.get(lang)), &|s| s.actual_producers));
    table.push(figure(L::UNDERRUN.get(lang), &|s| s.underrun));
    table.push(figure(L::OVERRUN.get(lang), &|s| s.overrun));
    table.push(figure(L::PROD_GAIN.get(lang), &|s| s.prod_gain));
    table.push(figure(L::OWNER_GAIN.get(lang), &|s| s.owner_gain));
    table.push(figure(L::PROD_PAIN.get(lang), &|s| s.prod_pain));
    table.push(figure(L::OWNER_PAIN.get(lang), &|s| s.owner_pain));
    table.push(figure(L::KRA_EFF.get(lang), &|s| s.kra_eff));
    table.push(figure(L::PRODUCERS_TOTAL.get(lang), &|s| s.producers_total));
    table.push(figure(L::OWNERS_OUTLAY.get(lang), &|s| s.owners_outlay));
    table.push(figure(L::SAVING.get(lang), &|s| s.saving));
    for (i, line) in first.settlement.lines().enumerate() {
        let mut row = vec![format!("{} – {}", party_label(&plan, line), L::PARTY_NET.get(lang))];
        row.extend(list.iter().map(|s| s.settlement.line(i).map_or_else(String::new, |l| money(l.net, lang))));
        table.push(row);
    }
    write!(out, "{}", render_table(&table)).map_err(write_failed)?;
    writeln!(out, "{}", L::TOTAL_NOTE.get(lang)).map_err(write_failed)?;
    Ok(OK)
}

/// A label in fi, sv and en.
struct L([&'static str; 3]);

impl L {
    fn get(&self, lang: Language) -> &'static str {
        lang.pick(self.0[0], self.0[1], self.0[2])
    }

    const BASE: L = L(["Kustannusarvio", "Kostnadskalkyl", "Base estimate"]);
    const RESERVE: L = L(["Riskivaraus", "Riskreserv", "Risk reserve"]);
    const TARGET: L = L(["Tavoitekustannus (TAK)", "Målkostnad (TAK)", "Target cost (TAK)"]);
    const FEE_INSIDE: L = L([
        "Palkkio sisältyy tavoitekustannukseen",
        "Arvodet ingår i målkostnaden",
        "The fee is inside the target cost",
    ]);
    const FEE: L = L(["Palkkio", "Arvode", "Fee"]);
    const CEILING: L = L(["Kustannustavoite ja palkkio", "Kostnadsmål och arvode", "Cost target plus fee"]);
    const GAIN_SHARE: L = L([
        "Tuottajien osuus alituksesta",
        "Producenternas andel av underskridandet",
        "Producers' share of an underrun",
    ]);
    const PAIN_SHARE: L =
        L(["Tuottajien osuus ylityksestä", "Producenternas andel av överskridandet", "Producers' share of an overrun"]);
    const GAIN_CAP: L = L(["Alitusosuuden katto", "Tak för vinstandelen", "Gain cap"]);
    const PAIN_CAP: L = L(["Ylitysosuuden katto", "Tak för förlustandelen", "Pain cap"]);
    const NO_CAP: L = L(["ei kattoa", "inget tak", "no cap"]);
    const COMBINED: L = L([
        "Yhteiskatto (ylitysosuus ja KRA-sanktio)",
        "Gemensamt tak (förlustandel och KRA-avdrag)",
        "Combined cap (pain and KRA penalty)",
    ]);
    const ON: L = L(["käytössä", "tillämpas", "on"]);
    const OFF: L = L(["ei käytössä", "tillämpas inte", "off"]);
    const POOL: L = L(["KRA-kannustinpotti", "KRA-incitamentpott", "KRA pool"]);
    const ACTUAL: L = L(["Toteutunut kustannus (AC)", "Faktisk kostnad (AC)", "Actual cost (AC)"]);
    const OF_PRODUCERS: L = L(["josta palveluntuottajat", "varav serviceproducenterna", "of which producers"]);
    const ESTIMATE: L = L([
        "arvio kustannusarvion suhteessa",
        "uppskattad i kalkylens proportion",
        "estimated in the base estimate's proportion",
    ]);
    const UNDERRUN: L = L(["Alitus", "Underskridande", "Underrun"]);
    const OVERRUN: L = L(["Ylitys", "Överskridande", "Overrun"]);
    const PROD_GAIN: L = L(["Tuottajien alitusosuus", "Producenternas vinstandel", "Producers' gain"]);
    const OWNER_GAIN: L = L(["Tilaajien alitusosuus", "Beställarnas vinstandel", "Owners' gain"]);
    const PROD_PAIN: L = L(["Tuottajien ylitysosuus", "Producenternas förlustandel", "Producers' pain"]);
    const OWNER_PAIN: L = L(["Tilaajien ylitysosuus", "Beställarnas förlustandel", "Owners' pain"]);
    const NOT_MEASURED: L = L(["ei mitattu", "inte mätt", "not measured"]);
    const SCORE: L = L(["KRA-pisteet S", "KRA-poäng S", "KRA score S"]);
    const GIVEN: L = L(["annettu", "angiven", "given"]);
    const KRA_RAW: L = L(["KRA ennen yhteiskattoa", "KRA före det gemensamma taket", "KRA before the combined cap"]);
    const KRA_EFF: L = L(["KRA-kannustin", "KRA-incitament", "KRA incentive"]);
    const PRODUCERS_TOTAL: L = L(["Tuottajille yhteensä", "Till producenterna totalt", "Producers' total"]);
    const OWNERS_OUTLAY: L = L(["Tilaajien kokonaismeno", "Beställarnas totala utgift", "Owners' outlay"]);
    const SAVING: L = L([
        "Säästö suhteessa tavoitteeseen ja palkkioon",
        "Besparing mot mål och arvode",
        "Saving against target plus fee",
    ]);
    const PARTY: L = L(["Osapuoli", "Part", "Party"]);
    const GAIN: L = L(["Alitusosuus", "Vinstandel", "Gain"]);
    const PAIN: L = L(["Ylitysosuus", "Förlustandel", "Pain"]);
    const KRA: L = L(["KRA", "KRA", "KRA"]);
    const TOTAL: L = L(["Yhteensä", "Totalt", "Total"]);
    const NET: L = L(["Netto", "Netto", "Net"]);
    const TARGET_SHARE: L = L(["Osuus tavoitteesta", "Andel av målet", "Target share"]);
    const PARTY_NET: L = L(["netto", "netto", "net"]);
    const TOTAL_NOTE: L = L([
        "Netto = alitusosuus − ylitysosuus + KRA (tilaajan KRA on sen osuus tilaajien maksamasta, \
         miinusmerkkinen); osapuolten netot yhteensä = alitus − ylitys. Tuottajan yhteensä = palkkio + \
         netto korvattujen kustannusten lisäksi; tilaajan yhteensä on sen koko maksu = osuus \
         tavoitekustannuksesta + osuus palkkiosta − netto.",
        "Netto = vinstandel − förlustandel + KRA (beställarens KRA är dess andel av det beställarna \
         betalar, negativ); parternas netto totalt = underskridande − överskridande. Producentens \
         totalt = arvode + netto utöver de ersatta kostnaderna; beställarens totalt är hela dess \
         betalning = andel av kostnadsmålet + andel av arvodet − netto.",
        "Net = gain − pain + KRA (an owner's KRA is its share of what the owners pay, negative); the \
         parties' nets add up to underrun − overrun. A producer's total = fee + net on top of its \
         reimbursed costs; an owner's total is its whole payment = its share of the cost target + \
         its share of the fee − net.",
    ]);
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
    r.push(L::BASE.get(lang), m(t.base));
    r.push(L::RESERVE.get(lang), m(t.reserve));
    r.push(L::FEE.get(lang), m(t.fee));
    r.push(L::TARGET.get(lang), m(t.target_cost));
    if t.fee_inside_target {
        r.push(L::FEE_INSIDE.get(lang), "");
    }
    r.push(L::CEILING.get(lang), m(t.ceiling));
    r.push(L::GAIN_SHARE.get(lang), percent(s.gain_share, lang));
    r.push(L::PAIN_SHARE.get(lang), percent(s.pain_share, lang));
    let cap = |c: Option<Money>| c.map_or_else(|| L::NO_CAP.get(lang).to_string(), m);
    r.push(L::GAIN_CAP.get(lang), cap(s.gain_cap));
    r.push(L::PAIN_CAP.get(lang), cap(s.pain_cap));
    r.push(L::COMBINED.get(lang), if s.combined_cap { L::ON.get(lang) } else { L::OFF.get(lang) });
    r.push(L::POOL.get(lang), m(s.kra.pool));
    r.push(L::ACTUAL.get(lang), m(s.actual));
    let of_producers = if s.actual_producers_estimated {
        format!("  {} ({})", L::OF_PRODUCERS.get(lang), L::ESTIMATE.get(lang))
    } else {
        format!("  {}", L::OF_PRODUCERS.get(lang))
    };
    r.push(of_producers, m(s.actual_producers));
    r.push(L::UNDERRUN.get(lang), m(s.underrun));
    r.push(L::OVERRUN.get(lang), m(s.overrun));
    r.push(L::PROD_GAIN.get(lang), m(s.prod_gain));
    r.push(L::OWNER_GAIN.get(lang), m(s.owner_gain));
    r.push(L::PROD_PAIN.get(lang), m(s.prod_pain));
    r.push(L::OWNER_PAIN.get(lang), m(s.owner_pain));
    for ms in &s.kra.metrics {
        let Some(metric) = plan.metric(ms.metric) else { continue };
        let label = match metric_value_text(metric, &metric.unit, lang) {
            Some(v) if ms.measured => format!("  {} {v} ({})", metric.name, percent(ms.weight, lang)),
            _ => format!("  {} ({}, {})", metric.name, percent(ms.weight, lang), L::NOT_MEASURED.get(lang)),
        };
        r.push(label, score(KraScore(ms.score_e4), lang));
    }
    let score_label = match s.kra.source {
        KraSource::Metrics => L::SCORE.get(lang).to_string(),
        KraSource::Given => format!("{} ({})", L::SCORE.get(lang), L::GIVEN.get(lang)),
    };
    r.push(score_label, score(s.kra.score, lang));
    r.push(L::KRA_RAW.get(lang), m(s.kra.raw));
    r.push(L::KRA_EFF.get(lang), m(s.kra_eff));
    r.push(L::PRODUCERS_TOTAL.get(lang), m(s.producers_total));
    r.push(L::OWNERS_OUTLAY.get(lang), m(s.owners_outlay));
    r.push(L::SAVING.get(lang), m(s.saving));
    let mut text = r.render();
    text.push('\n');

    let heads = [L::PARTY, L::TARGET_SHARE, L::FEE, L::GAIN, L::PAIN, L::KRA, L::NET, L::TOTAL];
    let mut table = vec![heads.iter().map(|l| l.get(lang).to_string()).collect()];
    for line in s.lines() {
        let target = if line.owner { m(line.target) } else { "–".to_string() };
        let mut row = vec![party_label(plan, line), target];
        row.extend([line.fee, line.gain, line.pain, line.kra, line.net, line.total].map(m));
        table.push(row);
    }
    text.push_str(&render_table(&table));
    text.push_str(L::TOTAL_NOTE.get(lang));
    text.push('\n');
    text
}
