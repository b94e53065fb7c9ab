//! Calculations over the risk register: heatmap counts, expected values, total exposure and each
//! risk's share of the risk reserve, filtering, sorting, overdue detection, workshop rating and
//! the status workflow. Pure functions over the model; the screens and annexes call them.

use super::id::RiskId;
use super::money::{Bp, Money, div_round_half_away};
use super::risk::{
    Band, Rating, RatingRecord, Risk, RiskCategory, RiskNature, RiskRegister, RiskStatus, StatusChange, Trend,
};
use chrono::NaiveDate;
use std::cmp::Ordering;

mod query;
mod workshop;

pub use query::{
    Column, Filter, NatureFilter, OwnerFilter, SortOrder, filter, filter_in, filter_sorted, filter_sorted_in, matches,
    natural_cmp, search_texts, sort, sorted,
};
pub use workshop::{STRONG_DISAGREEMENT, Spread, WorkshopRating, median, spread};

/// Counts of risks per probability × impact cell, indexed `[probability − 1][impact − 1]`.
///
/// With `residual`, each risk is placed by its residual rating and risks without one are left
/// out; otherwise by its inherent rating. Closed risks count only with `include_closed`.
/// Ratings outside 1–5 (which the rules report) are left out rather than guessed.
pub fn heatmap(register: &RiskRegister, residual: bool, include_closed: bool) -> [[usize; 5]; 5] {
    let mut cells = [[0usize; 5]; 5];
    for risk in register.risks.iter().filter(|r| include_closed || r.status.is_open()) {
        let Some(rating) = rating_of(risk, residual) else { continue };
        if let Some((p, i)) = cell_of(rating) {
            cells[p][i] += 1;
        }
    }
    cells
}

/// The rating a heatmap uses for a risk: residual or inherent.
pub fn rating_of(risk: &Risk, residual: bool) -> Option<Rating> {
    if residual { risk.residual } else { Some(Rating { probability: risk.probability, impact: risk.impact }) }
}

/// The zero-based heatmap cell `(probability − 1, impact − 1)` of a rating, `None` outside 1–5.
pub fn cell_of(rating: Rating) -> Option<(usize, usize)> {
    let ok = |v: u8| (1..=5).contains(&v);
    (ok(rating.probability) && ok(rating.impact))
        .then(|| (usize::from(rating.probability - 1), usize::from(rating.impact - 1)))
}

/// Expected value of a risk: probability % × most likely amount, rounded half away from zero
/// to the cent; negative for opportunities (they lower the reserve). Saturates instead of
/// overflowing on absurd inputs.
pub fn expected_value(risk: &Risk) -> Money {
    let ev = div_round_half_away(signed_expected(risk), 10_000);
    Money(saturate(ev))
}

/// The unrounded expected value in 1/10 000 cents, signed by the nature of the risk.
fn signed_expected(risk: &Risk) -> i128 {
    let e = i128::from(risk.probability_pct.0) * i128::from(risk.likely_amount.cents());
    match risk.nature {
        RiskNature::Threat => e,
        RiskNature::Opportunity => -e,
    }
}

fn saturate(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

/// The register's money picture: expected values of the open risks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Exposure {
    /// Σ expected values of open threats.
    pub threats: Money,
    /// Σ expected values of open opportunities (negative or zero).
    pub opportunities: Money,
    /// The net expected exposure: what `commercial::risk_reserve` uses with the register rule.
    pub net: Money,
    /// Σ most likely amounts of open threats, the exposure if every threat materialised.
    pub worst_likely: Money,
    pub open: usize,
}

/// The total expected exposure of the open risks. `net` is the exact sum of the unrounded
/// expected values, rounded once (the same figure as the register-based reserve).
pub fn exposure(register: &RiskRegister) -> Exposure {
    let open = || register.risks.iter().filter(|r| r.status.is_open());
    let sum = |nature: RiskNature| -> i128 { open().filter(|r| r.nature == nature).map(signed_expected).sum() };
    let round = |v: i128| Money(saturate(div_round_half_away(v, 10_000)));
    let (t, o) = (sum(RiskNature::Threat), sum(RiskNature::Opportunity));
    Exposure {
        threats: round(t),
        opportunities: round(o),
        net: round(t + o),
        worst_likely: Money(saturate(
            open().filter(|r| r.nature == RiskNature::Threat).map(|r| i128::from(r.likely_amount.cents())).sum(),
        )),
        open: open().count(),
    }
}

/// Each open risk's share of the register-based reserve, in register order, in whole cents.
/// The shares add up exactly to the reserve (`Σ p·amount` rounded once): each share is its
/// expected value rounded down or up, the cents left over going to the largest remainders
/// (ties to the earlier risk).
pub fn reserve_contributions(register: &RiskRegister) -> Vec<(RiskId, Money)> {
    let open: Vec<&Risk> = register.risks.iter().filter(|r| r.status.is_open()).collect();
    let exact: Vec<i128> = open.iter().map(|r| signed_expected(r)).collect();
    let total: i128 = exact.iter().sum();
    let target = div_round_half_away(total, 10_000);
    let floors: Vec<i128> = exact.iter().map(|e| e.div_euclid(10_000)).collect();
    let mut extra = target - floors.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..open.len()).collect();
    order.sort_by(|&a, &b| exact[b].rem_euclid(10_000).cmp(&exact[a].rem_euclid(10_000)).then(a.cmp(&b)));
    let mut shares = floors;
    for &i in &order {
        if extra <= 0 {
            break;
        }
        shares[i] += 1;
        extra -= 1;
    }
    open.iter().zip(shares).map(|(r, s)| (r.id, Money(saturate(s)))).collect()
}

/// The band of a risk under the register's scales.
pub fn band(register: &RiskRegister, risk: &Risk) -> Band {
    register.scales.band(risk.score())
}

/// The bands from low to critical.
pub const BANDS: [Band; 4] = [Band::Low, Band::Moderate, Band::High, Band::Critical];

/// How many open risks each band has under the register's scales, low to critical.
pub fn open_by_band(register: &RiskRegister) -> [(Band, usize); 4] {
    BANDS.map(|b| (b, register.risks.iter().filter(|r| r.status.is_open() && band(register, r) == b).count()))
}

/// The open risks in a band of `at_least` or above, the highest score first (register order
/// among equal scores).
pub fn open_from_band(register: &RiskRegister, at_least: Band) -> Vec<&Risk> {
    let mut v: Vec<&Risk> =
        register.risks.iter().filter(|r| r.status.is_open() && band(register, r) >= at_least).collect();
    v.sort_by_key(|r| std::cmp::Reverse(r.score()));
    v
}

/// Whether a date is due: on or before `today` while the risk is still open.
fn due_by(date: Option<NaiveDate>, risk: &Risk, today: NaiveDate) -> bool {
    risk.status.is_open() && date.is_some_and(|d| d < today)
}

/// The review date has passed for an open risk.
pub fn review_overdue(risk: &Risk, today: NaiveDate) -> bool {
    due_by(risk.review, risk, today)
}

/// The action's due date has passed while the risk is not yet under control.
pub fn action_overdue(risk: &Risk, today: NaiveDate) -> bool {
    matches!(risk.status, RiskStatus::Identified | RiskStatus::BeingHandled) && due_by(risk.due, risk, today)
}

/// Either the review or the action is overdue.
pub fn overdue(risk: &Risk, today: NaiveDate) -> bool {
    review_overdue(risk, today) || action_overdue(risk, today)
}

/// The statuses a risk may move to from `from`: the next step of the workflow, back one step,
/// "occurred" from any open status, "closed" from any status, and reopening a closed risk.
pub fn next_statuses(from: RiskStatus) -> Vec<RiskStatus> {
    use RiskStatus::*;
    match from {
        Identified => vec![BeingHandled, Occurred, Closed],
        BeingHandled => vec![UnderControl, Identified, Occurred, Closed],
        UnderControl => vec![BeingHandled, Occurred, Closed],
        Occurred => vec![BeingHandled, Closed],
        Closed => vec![Identified],
    }
}

/// Why a status change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    #[error("the risk already has this status")]
    Same,
    #[error("this status change is not part of the workflow")]
    NotAllowed,
}

/// The risk with its status changed on `date` and the change recorded in its history.
pub fn change_status(risk: &Risk, to: RiskStatus, date: NaiveDate) -> Result<Risk, StatusError> {
    if risk.status == to {
        return Err(StatusError::Same);
    }
    if !next_statuses(risk.status).contains(&to) {
        return Err(StatusError::NotAllowed);
    }
    let mut r = risk.clone();
    r.status = to;
    r.status_history.push(StatusChange { date, status: to });
    Ok(r)
}

/// The risk with a rating adopted on `date` (inherent, or residual with `residual`), recorded in
/// its rating history with the note.
pub fn adopt_rating(risk: &Risk, rating: Rating, residual: bool, date: NaiveDate, note: &str) -> Risk {
    let mut r = risk.clone();
    if residual {
        r.residual = Some(rating);
    } else {
        r.probability = rating.probability;
        r.impact = rating.impact;
    }
    r.rating_history.push(RatingRecord { date, rating, note: note.to_string() });
    r
}

/// The next free risk code such as "R12": one above the highest `R<number>` in the register.
pub fn next_code(register: &RiskRegister) -> String {
    let n = register
        .risks
        .iter()
        .filter_map(|r| r.code.strip_prefix(['R', 'r']).and_then(|d| d.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    format!("R{}", n.saturating_add(1))
}

/// A new risk with neutral defaults, identified on `today`.
pub fn new_risk(id: RiskId, code: String, today: NaiveDate) -> Risk {
    Risk {
        id,
        code,
        title: String::new(),
        cause: String::new(),
        consequence: String::new(),
        category: RiskCategory::Operational,
        phase: None,
        shared: true,
        owner: None,
        owner_person: String::new(),
        probability: 3,
        impact: 3,
        residual: None,
        min_amount: Money::ZERO,
        likely_amount: Money::ZERO,
        max_amount: Money::ZERO,
        probability_pct: Bp::percent(40),
        nature: RiskNature::Threat,
        mitigation: String::new(),
        action_owner: String::new(),
        due: None,
        status: RiskStatus::Identified,
        status_history: vec![StatusChange { date: today, status: RiskStatus::Identified }],
        review: None,
        trend: Trend::Stable,
        rating_history: Vec::new(),
    }
}

/// Compares two optional values with `None` last.
pub(crate) fn none_last<T: Ord>(a: &Option<T>, b: &Option<T>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
