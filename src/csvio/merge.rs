//! How an import changes a plan: rows merge into the list by name or key (added or updated),
//! rows of the plan the file lacks are kept unless the import asks to replace, and the outcome
//! carries counts and notes to show before anything is saved. An empty sheet changes nothing.

use super::table::Encoding;
use crate::i18n::{Key, Language, text, tr};
use crate::model::Plan;
use std::collections::HashSet;
use std::hash::Hash;

/// How rows of the file meet the list of the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Remove the plan's rows that the file does not have (never for an empty sheet).
    pub replace: bool,
    /// The date recorded for new risks and status changes; `None` is the clock's today.
    pub today: Option<chrono::NaiveDate>,
}

/// What an import did to one list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows of the plan not in the file, kept.
    pub kept: usize,
    /// Rows of the plan not in the file, removed (`Options::replace`).
    pub removed: usize,
}

impl Counts {
    /// Whether the import changes the list.
    pub fn changes(&self) -> bool {
        self.added + self.updated + self.removed > 0
    }

    /// "2 lisätty, 3 päivitetty, 10 ennallaan, 1 vain suunnitelmassa (säilytetty)".
    pub fn message(&self, lang: Language) -> String {
        let count = |key: Key, n: usize| tr(lang, key, &[("count", n.to_string().into())]);
        let mut parts = vec![
            count(Key::CsvCountAdded, self.added),
            count(Key::CsvCountUpdated, self.updated),
            count(Key::CsvCountUnchanged, self.unchanged),
        ];
        if self.kept > 0 {
            parts.push(count(Key::CsvCountKept, self.kept));
        }
        if self.removed > 0 {
            parts.push(count(Key::CsvCountRemoved, self.removed));
        }
        parts.join(", ")
    }
}

/// Something the import left out or read in a way worth saying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A column of the file that is not one of the list's.
    IgnoredColumn(String),
    /// A totals row ("Yhteensä …") at this line, skipped.
    Totals(usize),
    /// The CSV was read in this encoding rather than UTF-8.
    Encoding(Encoding),
    /// A sheet of a workbook that is none of the lists.
    IgnoredSheet(String),
    /// The sheet has no rows: nothing changed (not even with replace).
    Empty,
}

impl Note {
    pub fn message(&self, lang: Language) -> String {
        match self {
            Note::IgnoredColumn(c) => tr(lang, Key::CsvNoteIgnoredColumn, &[("column", c.into())]),
            Note::Totals(line) => tr(lang, Key::CsvNoteTotals, &[("line", line.to_string().into())]),
            Note::Encoding(e) => {
                let name = match e {
                    Encoding::Utf8 => "UTF-8",
                    Encoding::Utf16 => "UTF-16",
                    Encoding::Windows1252 => "Windows-1252",
                };
                tr(lang, Key::CsvNoteEncoding, &[("encoding", name.into())])
            }
            Note::IgnoredSheet(s) => tr(lang, Key::CsvNoteIgnoredSheet, &[("sheet", s.into())]),
            Note::Empty => text(lang, Key::CsvNoteEmpty).to_string(),
        }
    }
}

/// The outcome of importing one list: the plan as it would be, the counts and the notes.
#[derive(Debug, Clone)]
pub struct Imported {
    pub plan: Plan,
    pub counts: Counts,
    pub notes: Vec<Note>,
}

impl Imported {
    /// An import of a sheet without rows: the plan as it is.
    pub fn empty(plan: &Plan, rows_in_plan: usize) -> Imported {
        Imported {
            plan: plan.clone(),
            counts: Counts { kept: rows_in_plan, ..Counts::default() },
            notes: vec![Note::Empty],
        }
    }
}

/// Counts rows of a list before (`old`) and after (`new`) an import that matched the ids in
/// `touched`; rows of `old` not touched are `kept`.
pub fn tally<T: PartialEq, I: Eq + Hash + Copy>(
    old: &[T],
    new: &[T],
    touched: &HashSet<I>,
    id: impl Fn(&T) -> I,
) -> Counts {
    let before: std::collections::HashMap<I, &T> = old.iter().map(|x| (id(x), x)).collect();
    let mut c = Counts::default();
    for x in new {
        let i = id(x);
        if !touched.contains(&i) {
            continue;
        }
        match before.get(&i) {
            None => c.added += 1,
            Some(o) if *o == x => c.unchanged += 1,
            Some(_) => c.updated += 1,
        }
    }
    c.kept = old.iter().filter(|x| !touched.contains(&id(x))).count();
    c
}

/// With `replace`, removes from `list` the rows not `touched` and moves their count from
/// kept to removed.
pub fn drop_untouched<T, I: Eq + Hash + Copy>(
    list: &mut Vec<T>,
    touched: &HashSet<I>,
    id: impl Fn(&T) -> I,
    counts: &mut Counts,
    options: Options,
) {
    if options.replace {
        list.retain(|x| touched.contains(&id(x)));
        counts.removed = counts.kept;
        counts.kept = 0;
    }
}

/// Merges rows into a list kept sorted by key (the follow-up's lists): a row whose key the list
/// has updates that row (or leaves it unchanged), a new key adds one; rows of the list whose
/// key the rows lack are kept, or with replace removed. The rows' keys are unique (the caller
/// refuses a file that repeats one). The list comes back sorted by key.
pub fn keyed<K: Ord, T: PartialEq + Clone>(
    old: &[T],
    rows: Vec<T>,
    key: impl Fn(&T) -> K,
    options: Options,
) -> (Vec<T>, Counts) {
    use std::collections::btree_map::Entry;
    let mut all: std::collections::BTreeMap<K, (T, bool)> = old.iter().map(|x| (key(x), (x.clone(), false))).collect();
    let mut c = Counts::default();
    for x in rows {
        match all.entry(key(&x)) {
            Entry::Vacant(v) => {
                c.added += 1;
                v.insert((x, true));
            }
            Entry::Occupied(mut o) => {
                if o.get().0 == x {
                    c.unchanged += 1;
                } else {
                    c.updated += 1;
                }
                o.insert((x, true));
            }
        }
    }
    let untouched = all.values().filter(|(_, touched)| !touched).count();
    if options.replace {
        all.retain(|_, (_, touched)| *touched);
        c.removed = untouched;
    } else {
        c.kept = untouched;
    }
    (all.into_values().map(|(x, _)| x).collect(), c)
}
