//! CSV rows of services with their matrix cells: one row per (service, party) cell with the
//! service's fields repeated, or one row with an empty party for a service without cells. A
//! service whose name matches one of the plan (ignoring case) is updated and keeps its id, and
//! its cells become those of the file; a new name adds a service with a fresh id. Parties are
//! named by name or short name and must exist. Services missing from the file are kept.

use super::parties::find_party;
use super::{Error, Problem, Row, decimal_cell, money_cell, read, write, yes_no_cell};
use crate::i18n::{Language, Named};
use crate::model::{Cell, Field, PartyId, Plan, ProductionMode, Service, ServiceId, ServiceKind, ServiceRole};
use std::collections::HashMap;

/// The header row; the column layout is documented in the README.
pub const HEADER: &[&str] = &[
    "palvelu",
    "kuvaus",
    "laji",
    "tuotantotapa",
    "kohderyhmä",
    "markkinapuute",
    "tehtäväala",
    "järjestäjä",
    "osapuoli",
    "rooli",
    "euroa vuodessa",
    "htv",
];

const NAME: usize = 0;
const ORGANISER: usize = 7;
const PARTY: usize = 8;
const ROLE: usize = 9;
const EUROS: usize = 10;
const YEARS: usize = 11;

/// The services of the plan and their cells as CSV.
pub fn export(plan: &Plan) -> String {
    let fi = Language::Fi;
    let party_name = |id: PartyId| plan.party(id).map_or_else(String::new, |p| p.name.clone());
    let mut rows = Vec::new();
    for s in &plan.services {
        let fields = vec![
            s.name.clone(),
            s.description.clone(),
            s.kind.name(fi).to_string(),
            s.mode.name(fi).to_string(),
            s.target_group.clone(),
            yes_no_cell(s.market_failure),
            s.field.name(fi).to_string(),
            s.organiser.map_or_else(String::new, party_name),
        ];
        if s.cells.is_empty() {
            let mut row = fields.clone();
            row.extend([String::new(), String::new(), String::new(), String::new()]);
            rows.push(row);
        }
        for c in &s.cells {
            let mut row = fields.clone();
            row.extend([
                party_name(c.party),
                c.role.name(fi).to_string(),
                money_cell(c.euros_per_year),
                decimal_cell(c.person_years),
            ]);
            rows.push(row);
        }
    }
    write(HEADER, rows)
}

/// The plan with the services of the CSV imported; the plan given is not changed.
pub fn import(plan: &Plan, bytes: &[u8]) -> Result<Plan, Error> {
    let rows = read(bytes, HEADER)?;
    let mut next = plan.clone();
    // Service names (lower case, first wins) and ids to their place in the plan.
    let mut names: HashMap<String, ServiceId> = HashMap::new();
    for s in &next.services {
        names.entry(s.name.trim().to_lowercase()).or_insert(s.id);
    }
    let mut slots: HashMap<ServiceId, usize> = next.services.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    // Services of the file, each with the line that defined its fields.
    let mut done: HashMap<ServiceId, usize> = HashMap::new();
    for row in &rows {
        let name = row.required(NAME)?;
        let fields = service_fields(plan, row)?;
        let key = name.trim().to_lowercase();
        let id = match names.get(&key).copied() {
            Some(id) => {
                match done.get(&id) {
                    Some(&first) => {
                        // A later row of a service seen before: its fields must repeat the
                        // first row's, or be left empty.
                        let blank = (1..PARTY).all(|i| row.get(i).is_empty());
                        let same = slots.get(&id).is_some_and(|&i| same_fields(&next.services[i], &fields));
                        if !blank && !same {
                            return Err(row.error(NAME, differs(name, first)));
                        }
                    }
                    None => {
                        if let Some(&i) = slots.get(&id) {
                            next.services[i] = Service { id, cells: Vec::new(), ..fields };
                        }
                        done.insert(id, row.line);
                    }
                }
                id
            }
            None => {
                let id = ServiceId(next.allocate_id());
                names.insert(key, id);
                slots.insert(id, next.services.len());
                next.services.push(Service { id, cells: Vec::new(), ..fields });
                done.insert(id, row.line);
                id
            }
        };
        if let Some(cell) = cell(plan, row)? {
            let Some(&i) = slots.get(&id) else { continue };
            let s = &mut next.services[i];
            if s.cell(cell.party).is_some() {
                return Err(row.error(PARTY, Problem::Duplicate(format!("{name} / {}", row.get(PARTY)))));
            }
            s.cells.push(cell);
        }
    }
    Ok(next)
}

/// The service fields of a row (id and cells empty).
fn service_fields(plan: &Plan, row: &Row) -> Result<Service, Error> {
    let organiser = match row.get(ORGANISER) {
        "" => None,
        o => Some(find_party(plan, o).ok_or_else(|| row.error(ORGANISER, Problem::UnknownParty(o.to_string())))?),
    };
    Ok(Service {
        id: ServiceId(0),
        name: row.required(NAME)?.to_string(),
        description: row.get(1).to_string(),
        kind: if row.get(2).is_empty() { ServiceKind::Service } else { row.named(2, &ServiceKind::ALL)? },
        mode: if row.get(3).is_empty() { ProductionMode::OwnProduction } else { row.named(3, &ProductionMode::ALL)? },
        target_group: row.get(4).to_string(),
        market_failure: row.yes_no(5)?,
        field: if row.get(6).is_empty() { Field::Employment } else { row.named(6, &Field::ALL)? },
        organiser,
        cells: Vec::new(),
    })
}

fn same_fields(s: &Service, f: &Service) -> bool {
    s.name == f.name
        && s.description == f.description
        && s.kind == f.kind
        && s.mode == f.mode
        && s.target_group == f.target_group
        && s.market_failure == f.market_failure
        && s.field == f.field
        && s.organiser == f.organiser
}

/// The cell of a row, `None` for a row without a party.
fn cell(plan: &Plan, row: &Row) -> Result<Option<Cell>, Error> {
    let party = row.get(PARTY);
    if party.is_empty() {
        if [ROLE, EUROS, YEARS].into_iter().any(|i| !row.get(i).is_empty()) {
            return Err(row.error(PARTY, Problem::Missing));
        }
        return Ok(None);
    }
    let party = find_party(plan, party).ok_or_else(|| row.error(PARTY, Problem::UnknownParty(party.to_string())))?;
    Ok(Some(Cell {
        party,
        role: row.named(ROLE, &ServiceRole::ALL)?,
        euros_per_year: row.money(EUROS)?,
        person_years: row.decimal(YEARS)?,
    }))
}

fn differs(name: &str, first: usize) -> Problem {
    Problem::Other([
        format!(
            "palvelun \u{201c}{name}\u{201d} tiedot poikkeavat rivin {first} tiedoista. Toista samat tiedot tai jätä ne tyhjiksi."
        ),
        format!(
            "tjänsten \u{201d}{name}\u{201d} har andra uppgifter än på rad {first}. Upprepa samma uppgifter eller lämna dem tomma."
        ),
        format!(
            "the fields of the service \u{201c}{name}\u{201d} differ from those on line {first}. Repeat the same values or leave them empty."
        ),
    ])
}
