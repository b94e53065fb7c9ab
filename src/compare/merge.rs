//! Three-way merge of plan versions: what each side changed from their common base is combined
//! field by field and row by row (rows by their ids); the same field changed to two different
//! values, or a row changed on one side and removed on the other, is a conflict, decided by
//! `--ours`/`--theirs` or reported. Rows both sides added get distinct ids: the other side's new
//! ids are renumbered after ours, with every reference to them. The result is read back as a
//! plan file would be, and checked: what the merge broke is named.

use super::{Step, by_key, key_of, label, tree};
use crate::model::Plan;
use crate::rules::{self, Finding, Severity};
use serde_json::{Map, Value};

/// Which version decides a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// A field (or row) both versions changed differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub path: Vec<Step>,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// The outcome of a merge.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged plan: each conflict decided by the side given (ours when none was).
    pub plan: Plan,
    pub conflicts: Vec<Conflict>,
    /// Ids of rows the other side added, renumbered after ours: (theirs, merged).
    pub renumbered: Vec<(u32, u32)>,
    /// Errors the merged plan has that neither version had (e.g. funding shares no longer
    /// summing to 100 %).
    pub broke: Vec<Finding>,
}

/// Why two versions could not be merged into a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

/// The fields that hold ids (of any kind: a plan's ids are unique across kinds), and the map
/// whose keys are party ids.
const ID_FIELDS: [&str; 11] = [
    "id",
    "party",
    "owner",
    "service",
    "organiser",
    "rejecting",
    "missing",
    "exiting",
    "decision",
    "baseline",
    "abstaining",
];
const ID_KEYED_MAPS: [&str; 1] = ["votes"];

/// Renumbers ids at or above `from` by `map` in every id field of the tree.
fn renumber(v: &mut Value, map: &dyn Fn(u64) -> u64) {
    match v {
        Value::Object(m) => {
            let keys: Vec<String> = m.keys().cloned().collect();
            for k in keys {
                let Some(x) = m.get_mut(&k) else { continue };
                if ID_FIELDS.contains(&k.as_str()) {
                    match x {
                        Value::Number(n) => {
                            if let Some(id) = n.as_u64() {
                                *x = Value::from(map(id));
                            }
                        }
                        Value::Array(a) => {
                            for e in a.iter_mut() {
                                if let Some(id) = e.as_u64() {
                                    *e = Value::from(map(id));
                                }
                            }
                        }
                        other => renumber(other, map),
                    }
                } else if ID_KEYED_MAPS.contains(&k.as_str())
                    && let Value::Object(inner) = x
                {
                    let old = std::mem::take(inner);
                    for (key, mut val) in old {
                        renumber(&mut val, map);
                        let key = key.parse::<u64>().map_or(key, |id| map(id).to_string());
                        inner.insert(key, val);
                    }
                } else {
                    renumber(x, map);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|e| renumber(e, map)),
        _ => {}
    }
}

/// Merges `ours` and `theirs`, two versions of `base`.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan, decide: Option<Side>) -> Result<Merged, Invalid> {
    let side = decide.unwrap_or(Side::Ours);
    merge_with(base, ours, theirs, &|_| side)
}

/// `merge` with each conflict decided by `decide` (its path has the keys, not yet the names).
pub fn merge_with(
    base: &Plan,
    ours: &Plan,
    theirs: &Plan,
    decide: &dyn Fn(&Conflict) -> Side,
) -> Result<Merged, Invalid> {
    let (b, o) = (tree(base), tree(ours));
    let mut t = tree(theirs);
    // Both sides allocated ids from the base's next id: theirs move after ours.
    let mut renumbered = Vec::new();
    let next = if theirs.next_id > base.next_id && ours.next_id > base.next_id {
        let (from, to) = (u64::from(base.next_id), u64::from(ours.next_id));
        renumber(&mut t, &|id| if id >= from { id - from + to } else { id });
        renumbered = (base.next_id..theirs.next_id).map(|id| (id, id - base.next_id + ours.next_id)).collect();
        ours.next_id + (theirs.next_id - base.next_id)
    } else {
        ours.next_id.max(theirs.next_id)
    };
    let mut m = Merger { conflicts: Vec::new(), decide };
    let mut merged = m.value(&mut Vec::new(), Some(&b), Some(&o), Some(&t)).unwrap_or(Value::Null);
    if let Some(obj) = merged.as_object_mut() {
        obj.insert("next_id".to_string(), Value::from(next));
    }
    // The ids' counter is not a conflict.
    m.conflicts.retain(|c| !matches!(c.path.as_slice(), [Step::Field(f)] if f == "next_id"));
    let plan: Plan = serde_json::from_value(merged).map_err(|e| Invalid(e.to_string()))?;
    // Read back as a file is, with the same checks.
    let text = crate::storage::to_string(&plan).map_err(|e| Invalid(e.to_string()))?;
    let plan = crate::storage::parse(&text, std::path::Path::new("merge")).map_err(|e| Invalid(e.to_string()))?.plan;
    let errors =
        |p: &Plan| -> Vec<Finding> { rules::check(p).into_iter().filter(|f| f.severity == Severity::Error).collect() };
    let before: Vec<Finding> = errors(ours).into_iter().chain(errors(theirs)).collect();
    let broke = errors(&plan)
        .into_iter()
        .filter(|f| !before.iter().any(|b| b.code() == f.code() && b.subject == f.subject))
        .collect();
    let mut conflicts = m.conflicts;
    for c in &mut conflicts {
        super::name_rows(&mut c.path, &[ours, theirs, base]);
    }
    Ok(Merged { plan, conflicts, renumbered, broke })
}

struct Merger<'a> {
    conflicts: Vec<Conflict>,
    decide: &'a dyn Fn(&Conflict) -> Side,
}

impl Merger<'_> {
    fn value(
        &mut self,
        path: &mut Vec<Step>,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        if o == t || t == b {
            return o.cloned();
        }
        if o == b {
            return t.cloned();
        }
        match (b, o, t) {
            (None | Some(Value::Object(_)), Some(Value::Object(mo)), Some(Value::Object(mt))) => {
                let empty = Map::new();
                let mb = b.and_then(Value::as_object).unwrap_or(&empty);
                Some(Value::Object(self.fields(path, mb, mo, mt)))
            }
            (None | Some(Value::Array(_)), Some(Value::Array(xo)), Some(Value::Array(xt))) => {
                let empty = Vec::new();
                let xb = b.and_then(Value::as_array).unwrap_or(&empty);
                let same_rows = xb.len() == xo.len() && xo.len() == xt.len();
                match key_of(&[xb, xo, xt]) {
                    Some(key) => Some(Value::Array(self.rows(path, key, xb, xo, xt))),
                    // Rows without keys (the version history) merge by position when no side
                    // added or removed one.
                    None if same_rows && xo.iter().chain(xt).chain(xb).all(Value::is_object) => {
                        let mut out = Vec::with_capacity(xo.len());
                        for i in 0..xo.len() {
                            path.push(Step::Index(i));
                            out.extend(self.value(path, xb.get(i), xo.get(i), xt.get(i)));
                            path.pop();
                        }
                        Some(Value::Array(out))
                    }
                    None => self.conflict(path, b, o, t),
                }
            }
            _ => self.conflict(path, b, o, t),
        }
    }

    fn conflict(&mut self, path: &[Step], b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) -> Option<Value> {
        let conflict = Conflict { path: path.to_vec(), base: b.cloned(), ours: o.cloned(), theirs: t.cloned() };
        let side = (self.decide)(&conflict);
        self.conflicts.push(conflict);
        match side {
            Side::Ours => o.cloned(),
            Side::Theirs => t.cloned(),
        }
    }

    fn fields(
        &mut self,
        path: &mut Vec<Step>,
        mb: &Map<String, Value>,
        mo: &Map<String, Value>,
        mt: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut keys: Vec<&String> = mo.keys().collect();
        keys.extend(mt.keys().filter(|k| !mo.contains_key(*k)));
        keys.extend(mb.keys().filter(|k| !mo.contains_key(*k) && !mt.contains_key(*k)));
        let mut out = Map::new();
        for k in keys {
            path.push(Step::Field(k.clone()));
            if let Some(v) = self.value(path, mb.get(k), mo.get(k), mt.get(k)) {
                out.insert(k.clone(), v);
            }
            path.pop();
        }
        out
    }

    /// Rows of a keyed list: ours in their order, then the rows only theirs added.
    fn rows(
        &mut self,
        path: &mut Vec<Step>,
        key: &'static str,
        xb: &[Value],
        xo: &[Value],
        xt: &[Value],
    ) -> Vec<Value> {
        let (rb, ro, rt) = (by_key(xb, key), by_key(xo, key), by_key(xt, key));
        let find = |rows: &[(String, &Value)], k: &str| rows.iter().find(|(x, _)| x == k).map(|(_, v)| (*v).clone());
        let mut order: Vec<String> = ro.iter().map(|(k, _)| k.clone()).collect();
        order.extend(rt.iter().map(|(k, _)| k.clone()).filter(|k| !ro.iter().any(|(x, _)| x == k)));
        let removed: Vec<String> = rb.iter().map(|(k, _)| k.clone()).filter(|k| !order.contains(k)).collect();
        order.extend(removed);
        let mut out = Vec::new();
        for k in order {
            let (b, o, t) = (find(&rb, &k), find(&ro, &k), find(&rt, &k));
            let shown = o.as_ref().or(t.as_ref()).or(b.as_ref()).map(|r| label(r, key)).unwrap_or_default();
            path.push(Step::Row { key, value: k.clone(), label: shown });
            if let Some(v) = self.value(path, b.as_ref(), o.as_ref(), t.as_ref()) {
                out.push(v);
            }
            path.pop();
        }
        out
    }
}
