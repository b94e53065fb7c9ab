//! CSV rows of parties, one row per party. A row whose name matches a party of the plan (by
//! name or short name, ignoring case) updates that party and keeps its id; a new name adds a
//! party with a fresh id. Parties missing from the file are kept as they are.

use super::{Error, Problem, Row, date_cell, find_named, money_cell, percent_cell, read, write, yes_no_cell};
use crate::i18n::{Language, Named};
use crate::model::{AllianceRole, Contact, Field, Party, PartyId, PartyKind, Plan};
use std::collections::{HashMap, HashSet};

/// The header row; the column layout is documented in the README.
pub const HEADER: &[&str] = &[
    "nimi",
    "lyhenne",
    "y-tunnus",
    "tyyppi",
    "allianssirooli",
    "rahoitusosuus %",
    "palkkio €",
    "yhteyshenkilö",
    "titteli",
    "sähköposti",
    "puhelin",
    "johtoryhmäpaikat",
    "projektiryhmäpaikat",
    "sidosyksikkö",
    "tehtäväalat",
    "eronnut",
];

const NAME: usize = 0;
const DUTIES: usize = 14;

/// The parties of the plan as CSV.
pub fn export(plan: &Plan) -> String {
    let fi = Language::Fi;
    let rows = plan.parties.iter().map(|p| {
        vec![
            p.name.clone(),
            p.short_name.clone(),
            p.business_id.clone(),
            p.kind.name(fi).to_string(),
            p.role.name(fi).to_string(),
            percent_cell(p.funding_share),
            money_cell(p.fee),
            p.contact.name.clone(),
            p.contact.title.clone(),
            p.contact.email.clone(),
            p.contact.phone.clone(),
            p.leadership_seats.to_string(),
            p.project_seats.to_string(),
            yes_no_cell(p.in_house),
            p.duties.iter().map(|d| d.name(fi)).collect::<Vec<_>>().join(", "),
            date_cell(p.exited_on),
        ]
    });
    write(HEADER, rows)
}

/// The party of the plan with this name or short name (ignoring case): names first.
pub fn find_party(plan: &Plan, name: &str) -> Option<PartyId> {
    let n = name.trim().to_lowercase();
    if n.is_empty() {
        return None;
    }
    plan.parties
        .iter()
        .find(|p| p.name.trim().to_lowercase() == n)
        .or_else(|| plan.parties.iter().find(|p| p.short_name.trim().to_lowercase() == n))
        .map(|p| p.id)
}

/// The plan with the parties of the CSV imported; the plan given is not changed.
pub fn import(plan: &Plan, bytes: &[u8]) -> Result<Plan, Error> {
    let rows = read(bytes, HEADER)?;
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
    for row in &rows {
        let name = row.required(NAME)?;
        let key = name.trim().to_lowercase();
        let existing = names.get(&key).or_else(|| shorts.get(&key)).copied();
        if let Some(id) = existing {
            if !seen.insert(id) {
                return Err(row.error(NAME, Problem::Duplicate(name.to_string())));
            }
            let party = party_from_row(row, id)?;
            if let Some(&i) = slots.get(&id) {
                next.parties[i] = party;
            }
        } else {
            let id = PartyId(next.allocate_id());
            let party = party_from_row(row, id)?;
            names.entry(key).or_insert(id);
            if !party.short_name.trim().is_empty() {
                shorts.entry(party.short_name.trim().to_lowercase()).or_insert(id);
            }
            slots.insert(id, next.parties.len());
            next.parties.push(party);
            seen.insert(id);
        }
    }
    Ok(next)
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
        fee: row.money(6)?,
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
