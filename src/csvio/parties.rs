//! Rows of parties, one row per party. A row whose name matches a party of the plan (by name or
//! short name, ignoring case) updates that party and keeps its id (columns the file lacks keep
//! their values); a new name adds a party with a fresh id. Parties missing from the file are
//! kept, or with replace removed with their cells and cost lines.

use super::merge::{Imported, Options, tally};
use super::sheet::Value;
use super::{Error, Problem, Row, find_named};
use crate::i18n::{Language, Named};
use crate::model::{AllianceRole, Contact, Edit, Field, Party, PartyId, PartyKind, Plan};
use std::collections::{HashMap, HashSet};

const NAME: usize = 0;
const DUTIES: usize = 14;

/// The row of one party.
fn row(p: &Party) -> Vec<Value> {
    let fi = Language::Fi;
    vec![
        Value::Text(p.name.clone()),
        Value::Text(p.short_name.clone()),
        Value::Text(p.business_id.clone()),
        Value::Text(p.kind.name(fi).to_string()),
        Value::Text(p.role.name(fi).to_string()),
        Value::Percent(p.funding_share),
        Value::Money(p.fee),
        Value::Text(p.contact.name.clone()),
        Value::Text(p.contact.title.clone()),
        Value::Text(p.contact.email.clone()),
        Value::Text(p.contact.phone.clone()),
        Value::Whole(p.leadership_seats.into()),
        Value::Whole(p.project_seats.into()),
        Value::YesNo(p.in_house),
        Value::Text(p.duties.iter().map(|d| d.name(fi)).collect::<Vec<_>>().join(", ")),
        Value::Date(p.exited_on),
    ]
}

/// The parties of the plan, one row each.
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    plan.parties.iter().map(row).collect()
}

/// The party of the plan with this name or short name (ignoring case): names first.
pub fn find_party(plan: &Plan, name: &str) -> Option<PartyId> {
    find_party_in(&plan.parties, name)
}

/// A party as a cell that `find_party` reads back as the same party: its name, else its short
/// name when another party has the same name, else its id.
pub fn party_cell(plan: &Plan, id: PartyId) -> String {
    let Some(p) = plan.party(id) else { return id.to_string() };
    [&p.name, &p.short_name]
        .into_iter()
        .find(|n| find_party(plan, n) == Some(id))
        .map_or_else(|| p.name.clone(), |n| n.trim().to_string())
}

/// `find_party` over a list of parties.
pub fn find_party_in(parties: &[Party], name: &str) -> Option<PartyId> {
    let n = name.trim().to_lowercase();
    if n.is_empty() {
        return None;
    }
    parties
        .iter()
        .find(|p| p.name.trim().to_lowercase() == n)
        .or_else(|| parties.iter().find(|p| p.short_name.trim().to_lowercase() == n))
        .map(|p| p.id)
}

/// The plan with the parties of the rows merged in by name or short name (see the module
/// documentation); the plan given is not changed.
pub fn import(plan: &Plan, rows: &[Row], options: Options) -> Result<Imported, Error> {
    if rows.is_empty() {
        return Ok(Imported::empty(plan, plan.parties.len()));
    }
    let mut next = plan.clone();
    // Names and short names (lower case) to parties, as `find_party` matches them: names first.
    let mut names: HashMap<String, PartyId> = HashMap::new();
    let mut shorts: HashMap<String, PartyId> = HashMap::new();
    for p in &next.parties {
        names.entry(p.name.trim().to_lowercase()).or_insert(p.id);
        shorts.entry(p.short_name.trim().to_lowercase()).or_insert(p.id);
    }
    let mut slots: HashMap<PartyId, usize> = next.parties.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut seen: HashSet<PartyId> = HashSet::new();
    for r in rows {
        let name = r.required(NAME)?;
        let key = name.trim().to_lowercase();
        let existing = names.get(&key).or_else(|| shorts.get(&key)).copied();
        if let Some(id) = existing {
            if !seen.insert(id) {
                return Err(r.error(NAME, Problem::Duplicate(name.to_string())));
            }
            if let Some(&i) = slots.get(&id) {
                let full = r.filled(&row(&next.parties[i]).iter().map(Value::cell).collect::<Vec<_>>());
                next.parties[i] = party_from_row(&full, id)?;
            }
        } else {
            let id = PartyId(next.allocate_id());
            let party = party_from_row(r, id)?;
            names.entry(key).or_insert(id);
            if !party.short_name.trim().is_empty() {
                shorts.entry(party.short_name.trim().to_lowercase()).or_insert(id);
            }
            slots.insert(id, next.parties.len());
            next.parties.push(party);
            seen.insert(id);
        }
    }
    let mut counts = tally(&plan.parties, &next.parties, &seen, |p| p.id);
    if options.replace {
        // Removing a party also removes its cells, positions and cost lines (`Edit::RemoveParty`);
        // the ids come from the plan itself, so each removal applies.
        let gone: Vec<PartyId> = next.parties.iter().map(|p| p.id).filter(|id| !seen.contains(id)).collect();
        for id in gone {
            let _ = next.apply(&Edit::RemoveParty(id));
        }
        (counts.removed, counts.kept) = (counts.kept, 0);
    }
    Ok(Imported { plan: next, counts, notes: Vec::new() })
}

fn party_from_row(row: &Row, id: PartyId) -> Result<Party, Error> {
    let seats = |i: usize| row.integer::<u8>(i);
    Ok(Party {
        id,
        name: row.required(NAME)?.to_string(),
        short_name: row.get(1).to_string(),
        business_id: row.get(2).to_string(),
        kind: row.named(3, &PartyKind::ALL)?,
        role: row.named(4, &AllianceRole::ALL)?,
        funding_share: row.percent(5)?,
        fee: row.amount(6)?,
        contact: Contact {
            name: row.get(7).to_string(),
            title: row.get(8).to_string(),
            email: row.get(9).to_string(),
            phone: row.get(10).to_string(),
        },
        leadership_seats: if row.get(11).is_empty() { 0 } else { seats(11)? },
        project_seats: if row.get(12).is_empty() { 0 } else { seats(12)? },
        in_house: row.yes_no(13)?,
        duties: duties(row)?,
        exited_on: row.date(15)?,
    })
}

/// "Työllisyyspalvelut, Koulutus" → the fields, in any language; empty is none.
fn duties(row: &Row) -> Result<Vec<Field>, Error> {
    let mut out = Vec::new();
    for part in row.get(DUTIES).split([',', '/']).map(str::trim).filter(|s| !s.is_empty()) {
        let field = find_named(part, &Field::ALL).ok_or_else(|| {
            row.error(
                DUTIES,
                Problem::Value {
                    found: part.to_string(),
                    allowed: Field::ALL.iter().map(|f| f.name(Language::Fi)).collect(),
                },
            )
        })?;
        out.push(field);
    }
    Ok(out)
}
