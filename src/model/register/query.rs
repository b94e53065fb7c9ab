//! Filtering and sorting the register for the table: by category, owner, status, band, phase,
//! threat or opportunity, free text and heatmap cell; sorted by any column.

use super::{band, cell_of, expected_value, none_last, overdue, rating_of};
use crate::model::id::PartyId;
use crate::model::phase::PhaseKind;
use crate::model::risk::{Band, Risk, RiskCategory, RiskNature, RiskStatus};
use crate::model::{Party, Plan};
use chrono::NaiveDate;
use std::cmp::Ordering;
use std::collections::HashMap;

/// Which owner a risk must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OwnerFilter {
    #[default]
    Any,
    /// Shared by the alliance.
    Shared,
    /// Owned by this party (and not shared).
    Party(PartyId),
}

/// Threats, opportunities or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NatureFilter {
    #[default]
    Both,
    Only(RiskNature),
}

/// What the table shows. The default shows every open risk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub category: Option<RiskCategory>,
    pub owner: OwnerFilter,
    /// A status to show only; `Some(Closed)` shows the closed risks.
    pub status: Option<RiskStatus>,
    /// Show closed risks too when no status is chosen.
    pub include_closed: bool,
    pub band: Option<Band>,
    pub phase: Option<PhaseKind>,
    pub nature: NatureFilter,
    /// Case-insensitive words that must all occur in the code, title, cause, consequence,
    /// mitigation, owner or action owner.
    pub text: String,
    /// A heatmap cell `(probability, impact)` on 1–5, with `true` for the residual matrix.
    pub cell: Option<(u8, u8, bool)>,
    /// Only risks whose review or action is overdue on this date.
    pub overdue_on: Option<NaiveDate>,
}

impl Filter {
    /// Whether any criterion beyond the default (open risks) is set.
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }
}

/// Whether a risk passes the filter. `words` are the filter's lower-cased search words.
pub fn matches(plan: &Plan, filter: &Filter, risk: &Risk) -> bool {
    let words = search_words(&filter.text);
    matches_words(plan, filter, &words, risk)
}

fn search_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

fn matches_words(plan: &Plan, f: &Filter, words: &[String], r: &Risk) -> bool {
    passes(plan, f, r, || words.is_empty() || text_matches(plan, words, r))
}

/// Whether a risk passes the filter; `text` tells whether it matches the search words.
fn passes(plan: &Plan, f: &Filter, r: &Risk, text: impl FnOnce() -> bool) -> bool {
    let status_ok = match f.status {
        Some(s) => r.status == s,
        None => f.include_closed || r.status.is_open(),
    };
    let owner_ok = match f.owner {
        OwnerFilter::Any => true,
        OwnerFilter::Shared => r.shared,
        OwnerFilter::Party(id) => !r.shared && r.owner == Some(id),
    };
    let nature_ok = match f.nature {
        NatureFilter::Both => true,
        NatureFilter::Only(n) => r.nature == n,
    };
    let cell_ok = match f.cell {
        None => true,
        Some((p, i, residual)) => {
            rating_of(r, residual).and_then(cell_of) == Some((usize::from(p.max(1) - 1), usize::from(i.max(1) - 1)))
        }
    };
    status_ok
        && owner_ok
        && nature_ok
        && cell_ok
        && f.category.is_none_or(|c| r.category == c)
        && f.band.is_none_or(|b| band(&plan.risks, r) == b)
        && f.phase.is_none_or(|p| r.phase == Some(p))
        && f.overdue_on.is_none_or(|d| overdue(r, d))
        && text()
}

/// The text each risk is searched in, in register order: its code, title, cause, consequence,
/// mitigation, owner person, action owner and owning party, lower-cased, one field a line (a
/// search word holds no line break, so it never matches across two fields). Computed once per
/// plan revision (`analysis`), so a search is a substring test per risk.
pub fn search_texts(plan: &Plan) -> Vec<String> {
    let parties: HashMap<PartyId, &Party> = plan.parties.iter().map(|p| (p.id, p)).collect();
    plan.risks
        .risks
        .iter()
        .map(|r| {
            let owner = r.owner.and_then(|id| parties.get(&id)).map_or("", |p| p.label());
            let fields = [
                r.code.as_str(),
                &r.title,
                &r.cause,
                &r.consequence,
                &r.mitigation,
                &r.owner_person,
                &r.action_owner,
                owner,
            ];
            fields.join("\n").to_lowercase()
        })
        .collect()
}

/// `filter_sorted` with the risks' search texts of `search_texts` (the same rows, faster).
pub fn filter_sorted_in(plan: &Plan, texts: &[String], f: &Filter, column: Column, order: SortOrder) -> Vec<usize> {
    filter_in(plan, texts, f, &sorted(plan, column, order))
}

/// Every risk's index, sorted by a column: what `filter_in` filters (kept per revision by the
/// screen, so typing into the search does not sort again).
pub fn sorted(plan: &Plan, column: Column, order: SortOrder) -> Vec<usize> {
    let mut all: Vec<usize> = (0..plan.risks.risks.len()).collect();
    sort(plan, &mut all, column, order);
    all
}

/// The risks among `order` (indices into the register) that pass the filter, in that order,
/// searching the texts of `search_texts`. The sort is stable, so filtering the sorted register
/// gives the rows `filter_sorted` gives.
pub fn filter_in(plan: &Plan, texts: &[String], f: &Filter, order: &[usize]) -> Vec<usize> {
    let risks = &plan.risks.risks;
    if texts.len() != risks.len() {
        let words = search_words(&f.text);
        return order
            .iter()
            .copied()
            .filter(|&i| risks.get(i).is_some_and(|r| matches_words(plan, f, &words, r)))
            .collect();
    }
    let words = search_words(&f.text);
    order
        .iter()
        .copied()
        .filter(|&i| {
            risks.get(i).is_some_and(|r| passes(plan, f, r, || words.iter().all(|w| texts[i].contains(w.as_str()))))
        })
        .collect()
}

fn text_matches(plan: &Plan, words: &[String], r: &Risk) -> bool {
    let owner = r.owner.and_then(|id| plan.party(id)).map(|p| p.label()).unwrap_or("");
    let fields =
        [r.code.as_str(), &r.title, &r.cause, &r.consequence, &r.mitigation, &r.owner_person, &r.action_owner, owner];
    words.iter().all(|w| fields.iter().any(|f| contains_ci(f, w)))
}

/// Case-insensitive `contains` for a lower-case needle, without allocating for ASCII text.
fn contains_ci(hay: &str, needle: &str) -> bool {
    if hay.is_ascii() && needle.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle.as_bytes());
        n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        // Lower-casing and a fast substring search beat a char-by-char scan (measured).
        hay.to_lowercase().contains(needle)
    }
}

/// The indices (into `plan.risks.risks`) of the risks that pass the filter, in register order.
pub fn filter(plan: &Plan, f: &Filter) -> Vec<usize> {
    let words = search_words(&f.text);
    plan.risks.risks.iter().enumerate().filter(|(_, r)| matches_words(plan, f, &words, r)).map(|(i, _)| i).collect()
}

/// A column of the register table, for sorting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Column {
    #[default]
    Code,
    Title,
    Category,
    Phase,
    Owner,
    Probability,
    Impact,
    Score,
    Band,
    MinAmount,
    LikelyAmount,
    MaxAmount,
    ProbabilityPct,
    ExpectedValue,
    Nature,
    Mitigation,
    ActionOwner,
    Due,
    Status,
    Review,
    Trend,
    Residual,
}

impl Column {
    pub const ALL: [Column; 22] = [
        Column::Code,
        Column::Title,
        Column::Category,
        Column::Phase,
        Column::Owner,
        Column::Probability,
        Column::Impact,
        Column::Score,
        Column::Band,
        Column::MinAmount,
        Column::LikelyAmount,
        Column::MaxAmount,
        Column::ProbabilityPct,
        Column::ExpectedValue,
        Column::Nature,
        Column::Mitigation,
        Column::ActionOwner,
        Column::Due,
        Column::Status,
        Column::Review,
        Column::Trend,
        Column::Residual,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    Ascending,
    Descending,
}

/// Sorts indices into `plan.risks.risks` by a column; ties keep code order (a stable sort
/// after sorting by code). Empty dates and
/// missing values go last in either order.
pub fn sort(plan: &Plan, indices: &mut [usize], column: Column, order: SortOrder) {
    let risks = &plan.risks.risks;
    let parties: HashMap<PartyId, &Party> = plan.parties.iter().map(|p| (p.id, p)).collect();
    let owner = |r: &Risk| -> Option<String> {
        if r.shared {
            Some(String::new())
        } else {
            r.owner.and_then(|id| parties.get(&id)).map(|p| p.label().to_lowercase())
        }
    };
    let dir = |o: Ordering| if order == SortOrder::Descending { o.reverse() } else { o };
    let by_code = |a: &Risk, b: &Risk| natural_cmp(&a.code, &b.code);
    macro_rules! by {
        ($key:expr) => {{
            let key = $key;
            indices.sort_by(|&x, &y| by_code(&risks[x], &risks[y]));
            indices.sort_by(|&x, &y| dir(key(&risks[x]).cmp(&key(&risks[y]))))
        }};
    }
    macro_rules! by_text {
        ($key:expr) => {{
            let key = $key;
            let mut keys: Vec<Option<String>> = vec![None; risks.len()];
            for &i in indices.iter() {
                keys[i] = key(&risks[i]);
            }
            indices.sort_by(|&x, &y| by_code(&risks[x], &risks[y]));
            indices.sort_by(|&x, &y| match (&keys[x], &keys[y]) {
                (Some(_), Some(_)) => dir(none_last(&keys[x], &keys[y])),
                _ => none_last(&keys[x], &keys[y]),
            })
        }};
    }
    macro_rules! by_opt {
        ($key:expr) => {{
            let key = $key;
            indices.sort_by(|&x, &y| by_code(&risks[x], &risks[y]));
            indices.sort_by(|&x, &y| {
                let (ka, kb) = (key(&risks[x]), key(&risks[y]));
                match (&ka, &kb) {
                    (Some(_), Some(_)) => dir(none_last(&ka, &kb)),
                    _ => none_last(&ka, &kb),
                }
            })
        }};
    }
    match column {
        Column::Code => indices.sort_by(|&x, &y| dir(by_code(&risks[x], &risks[y]))),
        Column::Title => by_text!(|r: &Risk| Some(r.title.to_lowercase())),
        Column::Category => by!(|r: &Risk| r.category),
        Column::Phase => by_opt!(|r: &Risk| r.phase),
        Column::Owner => by_text!(owner),
        Column::Probability => by!(|r: &Risk| r.probability),
        Column::Impact => by!(|r: &Risk| r.impact),
        Column::Score => by!(|r: &Risk| r.score()),
        Column::Band => by!(|r: &Risk| band(&plan.risks, r)),
        Column::MinAmount => by!(|r: &Risk| r.min_amount),
        Column::LikelyAmount => by!(|r: &Risk| r.likely_amount),
        Column::MaxAmount => by!(|r: &Risk| r.max_amount),
        Column::ProbabilityPct => by!(|r: &Risk| r.probability_pct),
        Column::ExpectedValue => by!(expected_value),
        Column::Nature => by!(|r: &Risk| r.nature),
        Column::Mitigation => by_text!(|r: &Risk| Some(r.mitigation.to_lowercase())),
        Column::ActionOwner => by_text!(|r: &Risk| Some(r.action_owner.to_lowercase())),
        Column::Due => by_opt!(|r: &Risk| r.due),
        Column::Status => by!(|r: &Risk| r.status),
        Column::Review => by_opt!(|r: &Risk| r.review),
        Column::Trend => by!(|r: &Risk| r.trend),
        Column::Residual => by_opt!(|r: &Risk| r.residual.map(|x| x.probability.saturating_mul(x.impact))),
    }
}

/// The filtered risks sorted by a column: what the table shows.
pub fn filter_sorted(plan: &Plan, f: &Filter, column: Column, order: SortOrder) -> Vec<usize> {
    let mut v = filter(plan, f);
    sort(plan, &mut v, column, order);
    v
}

/// Compares codes so that "R2" comes before "R10": runs of digits compare as numbers.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let take = |it: &mut std::iter::Peekable<std::str::Chars>| {
                    let mut s = String::new();
                    while let Some(c) = it.next_if(char::is_ascii_digit) {
                        s.push(c);
                    }
                    s
                };
                let (m, n) = (take(&mut x), take(&mut y));
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                let o = m.len().cmp(&n.len()).then_with(|| m.cmp(n));
                if o != Ordering::Equal {
                    return o;
                }
            }
            (Some(c), Some(d)) => {
                let o = c.to_lowercase().cmp(d.to_lowercase());
                if o != Ordering::Equal {
                    return o;
                }
                x.next();
                y.next();
            }
        }
    }
}
