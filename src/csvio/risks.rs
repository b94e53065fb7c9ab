//! CSV rows of the risk register: one row per risk, every field of domain guide §6.
//!
//! Columns (header row required, in this order):
//! `code;title;cause;consequence;category;phase;shared;owner;owner_person;probability;impact;
//! residual_probability;residual_impact;min_eur;likely_eur;max_eur;probability_pct;nature;
//! mitigation;action_owner;due;status;review;trend`.
//!
//! Names (category, phase, nature, status, trend) are accepted in Finnish, Swedish or English
//! and written in Finnish. An import matches rows to risks by code: a known code updates that
//! risk (keeping its id and histories; a changed status is recorded with today's date), a new
//! code adds a risk; risks missing from the file are kept.

use super::{Error, Problem, Row, date_cell, money_cell, percent_cell, read, write, yes_no_cell};
use crate::i18n::{Language, Named};
use crate::model::register::new_risk;
use crate::model::risk::StatusChange;
use crate::model::{Party, PhaseKind, Plan, Rating, Risk, RiskCategory, RiskId, RiskNature, RiskStatus, Trend};
use std::collections::{HashMap, HashSet};

/// The header row.
pub const HEADER: &[&str] = &[
    "code",
    "title",
    "cause",
    "consequence",
    "category",
    "phase",
    "shared",
    "owner",
    "owner_person",
    "probability",
    "impact",
    "residual_probability",
    "residual_impact",
    "min_eur",
    "likely_eur",
    "max_eur",
    "probability_pct",
    "nature",
    "mitigation",
    "action_owner",
    "due",
    "status",
    "review",
    "trend",
];

const NATURES: [RiskNature; 2] = [RiskNature::Threat, RiskNature::Opportunity];
const STATUSES: [RiskStatus; 5] = [
    RiskStatus::Identified,
    RiskStatus::BeingHandled,
    RiskStatus::UnderControl,
    RiskStatus::Occurred,
    RiskStatus::Closed,
];
const TRENDS: [Trend; 3] = [Trend::Rising, Trend::Stable, Trend::Falling];

/// The risks of the plan as CSV.
pub fn export(plan: &Plan) -> String {
    let fi = Language::Fi;
    let rows = plan.risks.risks.iter().map(|r| {
        let owner = r.owner.and_then(|id| plan.party(id)).map_or_else(String::new, |p| p.label().to_string());
        let level = |v: Option<u8>| v.map_or_else(String::new, |v| v.to_string());
        vec![
            r.code.clone(),
            r.title.clone(),
            r.cause.clone(),
            r.consequence.clone(),
            r.category.name(fi).to_string(),
            r.phase.map_or_else(String::new, |p| p.name(fi).to_string()),
            yes_no_cell(r.shared),
            owner,
            r.owner_person.clone(),
            r.probability.to_string(),
            r.impact.to_string(),
            level(r.residual.map(|x| x.probability)),
            level(r.residual.map(|x| x.impact)),
            money_cell(r.min_amount),
            money_cell(r.likely_amount),
            money_cell(r.max_amount),
            percent_cell(r.probability_pct),
            r.nature.name(fi).to_string(),
            r.mitigation.clone(),
            r.action_owner.clone(),
            date_cell(r.due),
            r.status.name(fi).to_string(),
            date_cell(r.review),
            r.trend.name(fi).to_string(),
        ]
    });
    write(HEADER, rows)
}

/// The plan with the risks of the CSV imported (see the module documentation).
pub fn import(plan: &Plan, bytes: &[u8]) -> Result<Plan, Error> {
    import_on(plan, bytes, chrono::Local::now().date_naive())
}

/// `import` with the date recorded for new risks and status changes.
pub fn import_on(plan: &Plan, bytes: &[u8], today: chrono::NaiveDate) -> Result<Plan, Error> {
    let rows = read(bytes, HEADER)?;
    let mut out = plan.clone();
    let mut seen: HashSet<String> = HashSet::new();
    // Codes (lower case, first wins) to their place in the register.
    let mut slots: HashMap<String, usize> = HashMap::new();
    for (i, r) in out.risks.risks.iter().enumerate() {
        slots.entry(r.code.to_lowercase()).or_insert(i);
    }
    for row in &rows {
        let code = row.required(0)?.to_string();
        let key = code.to_lowercase();
        if !seen.insert(key.clone()) {
            return Err(row.error(0, Problem::Duplicate(code)));
        }
        let existing = slots.get(&key).copied();
        let base = match existing {
            Some(i) => out.risks.risks[i].clone(),
            None => new_risk(RiskId(0), code.clone(), today),
        };
        let risk = parse_row(row, &plan.parties, base, today)?;
        match existing {
            Some(i) => out.risks.risks[i] = risk,
            None => {
                let id = RiskId(out.allocate_id());
                let status_history = vec![StatusChange { date: today, status: risk.status }];
                slots.insert(key, out.risks.risks.len());
                out.risks.risks.push(Risk { id, status_history, ..risk });
            }
        }
    }
    Ok(out)
}

fn level(row: &Row, i: usize, optional: bool) -> Result<Option<u8>, Error> {
    let s = row.get(i);
    if s.is_empty() && optional {
        return Ok(None);
    }
    let s = row.required(i)?;
    match s.parse::<u8>() {
        Ok(v @ 1..=5) => Ok(Some(v)),
        _ => Err(row.error(i, Problem::Value { found: s.to_string(), allowed: vec!["1", "2", "3", "4", "5"] })),
    }
}

fn parse_row(row: &Row, parties: &[Party], mut r: Risk, today: chrono::NaiveDate) -> Result<Risk, Error> {
    r.code = row.required(0)?.to_string();
    r.title = row.required(1)?.to_string();
    r.cause = row.get(2).to_string();
    r.consequence = row.get(3).to_string();
    r.category = row.named(4, &RiskCategory::ALL)?;
    r.phase = if row.get(5).is_empty() { None } else { Some(row.named(5, &PhaseKind::ALL)?) };
    r.shared = row.yes_no(6)?;
    let owner = row.get(7);
    r.owner = if owner.is_empty() {
        None
    } else {
        let low = owner.to_lowercase();
        let party = parties
            .iter()
            .find(|p| p.name.to_lowercase() == low || p.short_name.to_lowercase() == low)
            .ok_or_else(|| row.error(7, Problem::UnknownParty(owner.to_string())))?;
        Some(party.id)
    };
    r.owner_person = row.get(8).to_string();
    r.probability = level(row, 9, false)?.unwrap_or(1);
    r.impact = level(row, 10, false)?.unwrap_or(1);
    r.residual = match (level(row, 11, true)?, level(row, 12, true)?) {
        (Some(probability), Some(impact)) => Some(Rating { probability, impact }),
        (None, None) => None,
        (None, Some(_)) => return Err(row.error(11, Problem::Missing)),
        (Some(_), None) => return Err(row.error(12, Problem::Missing)),
    };
    r.min_amount = row.money(13)?;
    r.likely_amount = row.money(14)?;
    r.max_amount = row.money(15)?;
    r.probability_pct = row.percent(16)?;
    r.nature = row.named(17, &NATURES)?;
    r.mitigation = row.get(18).to_string();
    r.action_owner = row.get(19).to_string();
    r.due = row.date(20)?;
    let status = row.named(21, &STATUSES)?;
    if status != r.status {
        r.status = status;
        r.status_history.push(StatusChange { date: today, status });
    }
    r.review = row.date(22)?;
    r.trend = row.named(23, &TRENDS)?;
    Ok(r)
}
