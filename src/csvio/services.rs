//! Rows of services with their matrix cells: one row per (service, party) cell with the
//! service's fields repeated, or one row with an empty party for a service without cells. A
//! service whose name matches one of the plan (ignoring case) is updated and keeps its id, and
//! its cells become those of the file; a new name adds a service with a fresh id. Parties are
//! named by name or short name and must exist. Services missing from the file are kept, or with replace
//! removed.

use super::merge::{Imported, Options, tally};
use super::parties::find_party;
use super::sheet::Value;
use super::{Error, Problem, Row};
use crate::i18n::{Key, Language, Named};
use crate::model::{Cell, Edit, Field, PartyId, Plan, ProductionMode, Service, ServiceId, ServiceKind, ServiceRole};
use std::collections::{HashMap, HashSet};

const NAME: usize = 0;
const ORGANISER: usize = 7;
const PARTY: usize = 8;
const ROLE: usize = 9;
const EUROS: usize = 10;
const YEARS: usize = 11;

/// A service's own fields, the first columns of each of its rows.
fn fields(plan: &Plan, s: &Service) -> Vec<Value> {
    let fi = Language::Fi;
    let party_name = |id: PartyId| plan.party(id).map_or_else(String::new, |p| p.name.clone());
    vec![
        Value::Text(s.name.clone()),
        Value::Text(s.description.clone()),
        Value::Text(s.kind.name(fi).to_string()),
        Value::Text(s.mode.name(fi).to_string()),
        Value::Text(s.target_group.clone()),
        Value::YesNo(s.market_failure),
        Value::Text(s.field.name(fi).to_string()),
        Value::Text(s.organiser.map_or_else(String::new, party_name)),
    ]
}

/// The services of the plan and their cells, one row per cell (one row for a service without).
pub fn rows(plan: &Plan) -> Vec<Vec<Value>> {
    let fi = Language::Fi;
    let party_name = |id: PartyId| plan.party(id).map_or_else(String::new, |p| p.name.clone());
    let mut rows = Vec::new();
    for s in &plan.services {
        let fields = fields(plan, s);
        if s.cells.is_empty() {
            let mut row = fields.clone();
            row.extend([Value::Text(String::new()), Value::Text(String::new())]);
            row.extend([Value::Text(String::new()), Value::Text(String::new())]);
            rows.push(row);
        }
        for c in &s.cells {
            let mut row = fields.clone();
            row.extend([
                Value::Text(party_name(c.party)),
                Value::Text(c.role.name(fi).to_string()),
                Value::Money(c.euros_per_year),
                Value::Decimal(c.person_years),
            ]);
            rows.push(row);
        }
    }
    rows
}

/// The plan with the services of the rows merged in by name; the plan given is not changed.
pub fn import(plan: &Plan, rows: &[Row], options: Options) -> Result<Imported, Error> {
    if rows.is_empty() {
        return Ok(Imported::empty(plan, plan.services.len()));
    }
    let mut next = plan.clone();
    // Service names (lower case, first wins) and ids to their place in the plan.
    let mut names: HashMap<String, ServiceId> = HashMap::new();
    for s in &next.services {
        names.entry(s.name.trim().to_lowercase()).or_insert(s.id);
    }
    let mut slots: HashMap<ServiceId, usize> = next.services.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    // Services of the file, each with the line that defined its fields.
    let mut done: HashMap<ServiceId, usize> = HashMap::new();
    for given in rows {
        let name = given.required(NAME)?;
        // Columns of the service's own fields the file lacks keep the plan's values.
        let known =
            names.get(&name.trim().to_lowercase()).and_then(|id| slots.get(id)).and_then(|&i| plan.services.get(i));
        let row = &match known {
            Some(s) => given.filled(&fields(plan, s).iter().map(Value::cell).collect::<Vec<_>>()),
            None => given.clone(),
        };
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
    let touched: HashSet<ServiceId> = done.keys().copied().collect();
    let mut counts = tally(&plan.services, &next.services, &touched, |s| s.id);
    if options.replace {
        let gone: Vec<ServiceId> = next.services.iter().map(|s| s.id).filter(|id| !touched.contains(id)).collect();
        for id in gone {
            let _ = next.apply(&Edit::RemoveService(id));
        }
        (counts.removed, counts.kept) = (counts.kept, 0);
    }
    Ok(Imported { plan: next, counts, notes: Vec::new() })
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
        euros_per_year: row.amount(EUROS)?,
        person_years: {
            let d = row.decimal(YEARS)?;
            if d < crate::model::Decimal::ZERO {
                return Err(row.error(YEARS, Problem::Negative(row.get(YEARS).to_string())));
            }
            d
        },
    }))
}

fn differs(name: &str, first: usize) -> Problem {
    Problem::message(Key::CsvServiceDiffers, &[("name", name.into()), ("first", first.to_string().into())])
}
