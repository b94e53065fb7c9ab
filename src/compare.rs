//! Comparing and merging plan versions by meaning: two plans are compared field by field, rows
//! matched by their stable ids (a party, a service, a cost line, a risk, a metric, a deliverable,
//! a gate decision), matrix cells by their party, phases by their kind, so a change reads "the
//! party Tampere: e-mail a → b" rather than a changed line of the file. `merge` combines two
//! versions of a common base (`merge` module); `text` formats changes in fi/sv/en.

pub mod choose;
pub mod merge;
pub mod text;

use crate::model::Plan;
use serde_json::{Map, Value};

/// One step from the plan down to a changed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A field of an object.
    Field(String),
    /// A row of a list, found by its key field and value; `label` names it as a reader knows
    /// it (a name, a code and title), from the newer version when it has the row.
    Row { key: &'static str, value: String, label: String },
    /// An element of a list without keys (a goal, a checklist answer), by position.
    Index(usize),
}

/// One difference: where, and the value before and after (`None` where the row does not exist:
/// an added or a removed row).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: Vec<Step>,
    pub old: Option<Value>,
    pub new: Option<Value>,
}

impl Change {
    /// The path as one line, e.g. `parties[id=12].contact.email`.
    pub fn path_text(&self) -> String {
        path_text(&self.path)
    }
}

/// A path as one line, e.g. `parties[id=12].contact.email`.
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Step::Field(f) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(f);
            }
            Step::Row { key, value, .. } => out.push_str(&format!("[{key}={value}]")),
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The fields that key the rows of a list, in order of preference: a list whose every row has
/// the first of these with a distinct value is matched by it. A key of several fields joined by
/// `+` keys rows by their values together: the follow-up's measurements by metric, area and
/// period, its costs by party, category and period.
const KEYS: [&str; 6] = ["id", "party", "kind", "code", "metric+area+period", "party+category+period"];

/// A row's value of a key: the field's scalar, or the fields' scalars joined by " / "; `None`
/// when a field is missing or not a scalar.
pub(crate) fn key_value(row: &Value, key: &str) -> Option<String> {
    let o = row.as_object()?;
    let parts: Option<Vec<String>> =
        key.split('+').map(|f| o.get(f).filter(|v| !v.is_object() && !v.is_array()).map(|v| scalar(Some(v)))).collect();
    parts.map(|p| p.join(" / "))
}

/// The plan as a tree of values (the same field names as the file).
pub fn tree(plan: &Plan) -> Value {
    serde_json::to_value(plan).unwrap_or(Value::Null)
}

/// The key field of a list of rows, when every row of every version has it with a distinct
/// scalar value (and some version has rows).
pub(crate) fn key_of(lists: &[&Vec<Value>]) -> Option<&'static str> {
    KEYS.into_iter().find(|k| {
        lists.iter().all(|list| {
            let mut seen = std::collections::HashSet::new();
            // An empty list (a version without risks yet) takes any key.
            list.iter().all(|row| key_value(row, k).is_some_and(|v| seen.insert(v)))
        }) && lists.iter().any(|l| !l.is_empty())
    })
}

/// How a reader knows a row: its name, a risk's code and title, a metric's name, else its key.
pub(crate) fn label(row: &Value, key: &str) -> String {
    let get = |f: &str| row.get(f).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    match (get("code"), get("title").or(get("name"))) {
        (Some(code), Some(title)) => format!("{code} {title}"),
        (None, Some(title)) => title.to_string(),
        (Some(code), None) => code.to_string(),
        (None, None) => {
            get("description").map(str::to_string).unwrap_or_else(|| key_value(row, key).unwrap_or_default())
        }
    }
}

fn scalar(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) => "–".to_string(),
        Some(v) => v.to_string(),
        None => String::new(),
    }
}

/// Every difference between two plans, in the order of the newer plan's file.
pub fn diff(a: &Plan, b: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    walk(&mut Vec::new(), &tree(a), &tree(b), &mut out);
    for c in &mut out {
        name_rows(&mut c.path, &[b, a]);
    }
    out
}

/// Names the follow-up's rows, keyed by ids, as a reader knows them: "Aktivointiaste ·
/// Kaupunki · 2027-09" (the metric, the area or party, a cost's category, the period), from the
/// first plan that has the metric or party.
pub(crate) fn name_rows(path: &mut [Step], plans: &[&Plan]) {
    use crate::model::{MetricId, PartyId};
    for step in path.iter_mut() {
        let Step::Row { key, value, label } = step else { continue };
        let parts: Vec<&str> = value.split(" / ").collect();
        let id = |s: &str| s.parse::<u32>().ok();
        let party =
            |s: &str| id(s).and_then(|i| plans.iter().find_map(|p| p.party(PartyId(i)))).map(|p| p.label().to_string());
        let named: Option<Vec<String>> = match (*key, parts.as_slice()) {
            ("metric+area+period", [metric, area, period]) => {
                let m = id(metric).and_then(|i| plans.iter().find_map(|p| p.metric(MetricId(i))));
                let mut v = vec![m.map_or_else(|| metric.to_string(), |m| m.name.clone())];
                v.extend(party(area));
                v.push(period.to_string());
                Some(v)
            }
            ("party+category+period", [p, category, period]) => {
                Some(vec![party(p).unwrap_or_else(|| p.to_string()), category.to_string(), period.to_string()])
            }
            _ => None,
        };
        if let Some(v) = named {
            *label = v.join(" · ");
        }
    }
}

/// The differences between one part of two plans (`field` of the plan, e.g. "parties"), with
/// paths from the plan: comparing only what an annex prints costs only that part's memory.
pub fn diff_part<T: serde::Serialize>(field: &str, a: &T, b: &T) -> Vec<Change> {
    let mut out = Vec::new();
    let (va, vb) = (serde_json::to_value(a).unwrap_or(Value::Null), serde_json::to_value(b).unwrap_or(Value::Null));
    walk(&mut vec![Step::Field(field.to_string())], &va, &vb, &mut out);
    out
}

/// The rows of a keyed list by their key's text.
pub(crate) fn by_key<'a>(list: &'a [Value], key: &str) -> Vec<(String, &'a Value)> {
    list.iter().map(|row| (key_value(row, key).unwrap_or_default(), row)).collect()
}

fn walk(path: &mut Vec<Step>, a: &Value, b: &Value, out: &mut Vec<Change>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(ma), Value::Object(mb)) => fields(path, ma, mb, out),
        (Value::Array(xa), Value::Array(xb)) => {
            if let Some(key) = key_of(&[xa, xb]) {
                let (ra, rb) = (by_key(xa, key), by_key(xb, key));
                for (k, row) in &ra {
                    let other = rb.iter().find(|(kb, _)| kb == k).map(|(_, r)| *r);
                    path.push(Step::Row { key, value: k.clone(), label: label(other.unwrap_or(row), key) });
                    match other {
                        Some(rowb) => walk(path, row, rowb, out),
                        None => out.push(Change { path: path.clone(), old: Some((*row).clone()), new: None }),
                    }
                    path.pop();
                }
                for (k, row) in rb.iter().filter(|(k, _)| !ra.iter().any(|(ka, _)| ka == k)) {
                    path.push(Step::Row { key, value: k.clone(), label: label(row, key) });
                    out.push(Change { path: path.clone(), old: None, new: Some((*row).clone()) });
                    path.pop();
                }
            } else if xa.len() == xb.len() && xa.iter().chain(xb).all(Value::is_object) {
                for (i, (x, y)) in xa.iter().zip(xb).enumerate() {
                    path.push(Step::Index(i));
                    walk(path, x, y, out);
                    path.pop();
                }
            } else {
                out.push(Change { path: path.clone(), old: Some(a.clone()), new: Some(b.clone()) });
            }
        }
        _ => out.push(Change { path: path.clone(), old: Some(a.clone()), new: Some(b.clone()) }),
    }
}

fn fields(path: &mut Vec<Step>, ma: &Map<String, Value>, mb: &Map<String, Value>, out: &mut Vec<Change>) {
    for (k, va) in ma {
        path.push(Step::Field(k.clone()));
        match mb.get(k) {
            Some(vb) => walk(path, va, vb, out),
            None => out.push(Change { path: path.clone(), old: Some(va.clone()), new: None }),
        }
        path.pop();
    }
    for (k, vb) in mb.iter().filter(|(k, _)| !ma.contains_key(*k)) {
        path.push(Step::Field(k.clone()));
        out.push(Change { path: path.clone(), old: None, new: Some(vb.clone()) });
        path.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Money;

    fn plan() -> Plan {
        (crate::template::find("tyollisyysalue").expect("template").build)()
    }

    /// A plan equals itself; a changed e-mail, a removed risk and a new cost line are each one
    /// change at the row's id, named as a reader knows the row.
    #[test]
    fn changes_are_found_by_row_and_field() {
        let a = plan();
        assert!(diff(&a, &a).is_empty());
        let mut b = a.clone();
        b.parties[0].contact.email = "uusi@example.fi".into();
        let gone = b.risks.risks.remove(1);
        let mut line = b.budget.cost_lines[0].clone();
        line.id = crate::model::CostLineId(b.next_id);
        line.amount = Money(12_345);
        b.next_id += 1;
        b.budget.cost_lines.push(line);
        let changes = diff(&a, &b);
        let texts: Vec<String> = changes.iter().map(Change::path_text).collect();
        let party = a.parties[0].id.0;
        assert!(texts.contains(&format!("parties[id={party}].contact.email")), "{texts:?}");
        assert!(texts.contains(&format!("risks.risks[id={}]", gone.id.0)), "{texts:?}");
        let removed = changes.iter().find(|c| c.path_text() == format!("risks.risks[id={}]", gone.id.0)).expect("risk");
        assert!(removed.new.is_none() && removed.old.is_some());
        assert!(texts.iter().any(|t| t.starts_with("budget.cost_lines[id=")), "{texts:?}");
        assert!(texts.contains(&"next_id".to_string()));
        assert_eq!(changes.len(), 4, "{texts:?}");
        let party_change = changes.iter().find(|c| c.path_text().starts_with("parties")).expect("party");
        let Step::Row { label, .. } = &party_change.path[1] else { panic!("{:?}", party_change.path) };
        assert_eq!(label, &a.parties[0].name);
        // From no risks at all, each risk is a row added, not one changed list.
        let mut empty = a.clone();
        empty.risks.risks = Default::default();
        let added = diff(&empty, &a);
        assert_eq!(added.len(), a.risks.risks.len());
        assert!(added.iter().all(|c| c.old.is_none() && c.path_text().starts_with("risks.risks[id=")));
    }
}
