//! Rows of the risk register: one row per risk, every field of domain guide §6.
//!
//! Columns as `columns::RISKS` names them, in any order (the older English headers `code;
//! title;…;min_eur;likely_eur;…` still read).
//!
//! Names (category, phase, nature, status, trend) are accepted in Finnish, Swedish or English
//! and written in Finnish. An import matches rows to risks by code: a known code updates that
//! risk (keeping its id and histories; a changed status is recorded with today's date), a new
//! code adds a risk; risks missing from the file are kept, or with replace removed.

use super::merge::{Imported, Options, drop_untouched, tally};
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::i18n::{Language, Named};
use crate::model::register::new_risk;
use crate::model::risk::StatusChange;
use crate::model::{Party, PhaseKind, Plan, Rating, Risk, RiskCategory, RiskId, RiskNature, RiskStatus, Trend};
use std::collections::{HashMap, HashSet};

const NATURES: [RiskNature; 2] = [RiskNature::Threat, RiskNature::Opportunity];
const STATUSES: [RiskStatus; 5] = [
    RiskStatus::Identified,
    RiskStatus::BeingHandled,
    RiskStatus::UnderControl,
    RiskStatus::Occurred,
    RiskStatus::Closed,
];
const TRENDS: [Trend; 3] = [Trend::Rising, Trend::Stable, Trend::Falling];

/// The row of one risk.
fn row(plan: &Plan, r: &Risk) -> Vec<Value> {
    let fi = Language::Fi;
    // The full name: short names may repeat in a large plan, names are what imports match first.
    let owner = r.owner.and_then(|id| plan.party(id)).map_or_else(String::new, |p| p.name.clone());
    let level = |v: Option<u8>| v.map_or_else(|| Value::Text(String::new()), |v| Value::Whole(v.into()));
    let text = |s: &str| Value::Text(s.to_string());
    vec![
        text(&r.code),
        text(&r.title),
        text(&r.cause),
        text(&r.consequence),
        text(r.category.name(fi)),
        text(r.phase.map_or("", |p| p.name(fi))),
        Value::YesNo(r.shared),
        Value::Text(owner),
        text(&r.owner_person),
        Value::Whole(r.probability.into()),
        Value::Whole(r.impact.into()),
        level(r.residual.map(|x| x.probability)),
        level(r.residual.map(|x| x.impact)),
        Value::Money(r.min_amount),
        Value::Money(r.likely_amount),
        Value::Money(r.max_amount),
        Value::Percent(r.probability_pct),
        text(r.nature.name(fi)),
        text(&r.mitigation),
        text(&r.action_owner),
        Value::Date(r.due),
        text(r.status.name(fi)),
        Value::Date(r.review),
        text(r.trend.name(fi)),
    ]
}

/// The risks of the plan, one row each.
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    plan.risks.risks.iter().map(|r| row(plan, r)).collect()
}

/// The plan with the risks of the rows merged in by code (see the module documentation), with
/// the date recorded for new risks and status changes.
pub fn import(plan: &Plan, rows: &[Row], options: Options, today: chrono::NaiveDate) -> Result<Imported, Error> {
    if rows.is_empty() {
        return Ok(Imported::empty(plan, plan.risks.risks.len()));
    }
    let mut out = plan.clone();
    let mut seen: HashSet<String> = HashSet::new();
    // Codes (lower case, first wins) to their place in the register.
    let mut slots: HashMap<String, usize> = HashMap::new();
    for (i, r) in out.risks.risks.iter().enumerate() {
        slots.entry(r.code.to_lowercase()).or_insert(i);
    }
    let mut touched: HashSet<RiskId> = HashSet::new();
    for given in rows {
        let code = given.required(0)?.to_string();
        let key = code.to_lowercase();
        if !seen.insert(key.clone()) {
            return Err(given.error(0, Problem::Duplicate(code)));
        }
        let existing = slots.get(&key).copied();
        let base = match existing {
            Some(i) => out.risks.risks[i].clone(),
            None => new_risk(RiskId(0), code.clone(), today),
        };
        // Columns the file lacks keep the risk's values.
        let row = &match existing {
            Some(_) => given.filled(&row(plan, &base).iter().map(Value::cell).collect::<Vec<_>>()),
            None => given.clone(),
        };
        let risk = parse_row(row, &plan.parties, base, today)?;
        match existing {
            Some(i) => {
                touched.insert(risk.id);
                out.risks.risks[i] = risk;
            }
            None => {
                let id = RiskId(out.allocate_id());
                touched.insert(id);
                let status_history = vec![StatusChange { date: today, status: risk.status }];
                slots.insert(key, out.risks.risks.len());
                out.risks.risks.push(Risk { id, status_history, ..risk });
            }
        }
    }
    let mut counts = tally(&plan.risks.risks, &out.risks.risks, &touched, |r| r.id);
    if options.replace {
        let mut list: Vec<Risk> = out.risks.risks.iter().cloned().collect();
        drop_untouched(&mut list, &touched, |r| r.id, &mut counts, options);
        out.risks.risks = list.into();
    }
    Ok(Imported { plan: out, counts, notes: Vec::new() })
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
        let party = super::parties::find_party_in(parties, owner);
        Some(party.ok_or_else(|| row.error(7, Problem::UnknownParty(owner.to_string())))?)
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
    r.min_amount = row.amount(13)?;
    r.likely_amount = row.amount(14)?;
    r.max_amount = row.amount(15)?;
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
