//! Moving phases in time: the cascade of date shifts when a phase moves (its deliverables with
//! it when it moves whole, the later phases and their deliverables by as many days when asked),
//! as one `Edit` so that it is one undo step.

use super::Plan;
use super::edit::Edit;
use super::phase::{Deliverable, PhaseKind};
use chrono::{Days, NaiveDate};

/// The date `days` after (negative: before) `date`, clamped to the dates chrono can hold.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let n = Days::new(days.unsigned_abs());
    let moved = if days >= 0 { date.checked_add_days(n) } else { date.checked_sub_days(n) };
    moved.unwrap_or(if days >= 0 { NaiveDate::MAX } else { NaiveDate::MIN })
}

/// A phase's new dates and what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseMove {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The phase moved whole: its deliverables move by as many days as its start.
    pub deliverables_follow: bool,
    /// The phases after it (and their deliverables) move by as many days as its end (or, with
    /// no end, its start).
    pub later_follow: bool,
}

/// The edits moving each dated deliverable by `days`.
pub fn shift_deliverables(ds: &[Deliverable], days: i64) -> Vec<Edit> {
    if days == 0 {
        return Vec::new();
    }
    let sh = |d: Option<NaiveDate>| d.map(|d| add_days(d, days));
    ds.iter()
        .filter(|d| d.start.is_some() || d.due.is_some())
        .map(|d| Edit::UpdateDeliverable(Box::new(Deliverable { start: sh(d.start), due: sh(d.due), ..d.clone() })))
        .collect()
}

fn days_between(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<i64> {
    Some((to? - from?).num_days())
}

impl Plan {
    /// The edit giving a phase new dates with the cascade `to` asks for: one `SetPhaseDates`
    /// alone, or a `Batch` with the deliverables and later phases. `None` when the phase is not
    /// in the plan or its dates do not change.
    pub fn move_phase(&self, kind: PhaseKind, to: PhaseMove) -> Option<Edit> {
        let ph = self.phase(kind)?;
        if (to.start, to.end) == (ph.start, ph.end) {
            return None;
        }
        let mut edits = vec![Edit::SetPhaseDates { phase: kind, start: to.start, end: to.end }];
        if to.deliverables_follow
            && let Some(days) = days_between(ph.start, to.start)
        {
            edits.extend(shift_deliverables(&ph.deliverables, days));
        }
        let delta = days_between(ph.end, to.end).or_else(|| days_between(ph.start, to.start)).unwrap_or(0);
        if to.later_follow && delta != 0 {
            for later in self.phases.iter().filter(|p| p.kind > kind) {
                let sh = |d: Option<NaiveDate>| d.map(|d| add_days(d, delta));
                edits.push(Edit::SetPhaseDates { phase: later.kind, start: sh(later.start), end: sh(later.end) });
                edits.extend(shift_deliverables(&later.deliverables, delta));
            }
        }
        Some(if edits.len() == 1 { edits.remove(0) } else { Edit::Batch(edits) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeliverableId, DeliverableStatus};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn d(s: &str) -> Option<NaiveDate> {
        Some(day(s))
    }

    /// Strategy Jan–Mar, formation Apr–Jun (a deliverable due 15 May), development Jul–Dec
    /// (a deliverable without dates), service without dates.
    fn plan() -> Plan {
        let mut plan = Plan::new("schedule");
        let dates = [
            (d("2026-01-01"), d("2026-03-31")),
            (d("2026-04-01"), d("2026-06-30")),
            (d("2026-07-01"), d("2026-12-31")),
            (None, None),
        ];
        for (p, (s, e)) in plan.phases.iter_mut().zip(dates) {
            p.start = s;
            p.end = e;
        }
        let deliverable = |id: u32, start: Option<NaiveDate>, due: Option<NaiveDate>| Deliverable {
            id: DeliverableId(id),
            title: format!("d{id}"),
            owner: None,
            start,
            due,
            status: DeliverableStatus::NotStarted,
            note: String::new(),
        };
        plan.phases[0].deliverables.push(deliverable(1, d("2026-02-01"), d("2026-03-01")));
        plan.phases[1].deliverables.push(deliverable(2, None, d("2026-05-15")));
        plan.phases[2].deliverables.push(deliverable(3, None, None));
        plan.next_id = 4;
        plan
    }

    fn moved(plan: &Plan, kind: PhaseKind, to: PhaseMove) -> Plan {
        let mut p = plan.clone();
        let e = plan.move_phase(kind, to).expect("a change");
        p.apply(&e).expect("the cascade applies");
        p
    }

    fn dates(p: &Plan, k: usize) -> (Option<NaiveDate>, Option<NaiveDate>) {
        (p.phases[k].start, p.phases[k].end)
    }

    #[test]
    fn add_days_clamps_instead_of_overflowing() {
        assert_eq!(add_days(day("2026-01-31"), 1), day("2026-02-01"));
        assert_eq!(add_days(day("2026-03-01"), -1), day("2026-02-28"));
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MIN, i64::MIN), NaiveDate::MIN);
    }

    #[test]
    fn the_cascade_follows_what_was_asked() {
        let plan = plan();
        let strategy = PhaseKind::Strategy;
        let whole = |s: &str, e: &str, later| PhaseMove {
            start: d(s),
            end: d(e),
            deliverables_follow: true,
            later_follow: later,
        };

        // Whole phase 10 days later, later phases stay.
        let p = moved(&plan, strategy, whole("2026-01-11", "2026-04-10", false));
        assert_eq!(dates(&p, 0), (d("2026-01-11"), d("2026-04-10")));
        assert_eq!(
            (p.phases[0].deliverables[0].start, p.phases[0].deliverables[0].due),
            (d("2026-02-11"), d("2026-03-11"))
        );
        assert_eq!(dates(&p, 1), dates(&plan, 1));
        assert_eq!(p.phases[1].deliverables, plan.phases[1].deliverables);

        // Whole phase 10 days later with the later phases: they move 10 days, undated stay undated.
        let p = moved(&plan, strategy, whole("2026-01-11", "2026-04-10", true));
        assert_eq!(dates(&p, 1), (d("2026-04-11"), d("2026-07-10")));
        assert_eq!(p.phases[1].deliverables[0].due, d("2026-05-25"));
        assert_eq!(dates(&p, 2), (d("2026-07-11"), d("2027-01-10")));
        assert_eq!(p.phases[2].deliverables, plan.phases[2].deliverables, "no dates to move");
        assert_eq!(dates(&p, 3), (None, None));

        // Only the end, 5 days earlier: the deliverables stay, the later phases follow the end.
        let end_only =
            PhaseMove { start: d("2026-01-01"), end: d("2026-03-26"), deliverables_follow: false, later_follow: true };
        let p = moved(&plan, strategy, end_only);
        assert_eq!(p.phases[0].deliverables, plan.phases[0].deliverables);
        assert_eq!(dates(&p, 1), (d("2026-03-27"), d("2026-06-25")));

        // A phase with no end moves its followers by its start's shift.
        let mut open = plan.clone();
        open.phases[1].end = None;
        let p = moved(
            &open,
            PhaseKind::Formation,
            PhaseMove { start: d("2026-04-03"), end: None, deliverables_follow: true, later_follow: true },
        );
        assert_eq!(dates(&p, 2), (d("2026-07-03"), d("2027-01-02")));
        assert_eq!(p.phases[1].deliverables[0].due, d("2026-05-17"));
    }

    #[test]
    fn near_misses_give_no_or_a_single_edit() {
        let plan = plan();
        let same =
            PhaseMove { start: d("2026-01-01"), end: d("2026-03-31"), deliverables_follow: true, later_follow: true };
        assert_eq!(plan.move_phase(PhaseKind::Strategy, same), None, "unchanged dates: no edit");
        let one_day = PhaseMove { end: d("2026-04-01"), deliverables_follow: false, later_follow: false, ..same };
        assert_eq!(
            plan.move_phase(PhaseKind::Strategy, one_day),
            Some(Edit::SetPhaseDates { phase: PhaseKind::Strategy, start: d("2026-01-01"), end: d("2026-04-01") }),
            "nothing follows: one edit, not a batch"
        );
        // The last phase has nobody after it.
        let last = PhaseMove { start: d("2027-01-01"), end: None, deliverables_follow: true, later_follow: true };
        assert!(matches!(plan.move_phase(PhaseKind::Service, last), Some(Edit::SetPhaseDates { .. })));
        // Start moved, end kept, "later follow": the end did not move, so nothing follows.
        let start_only =
            PhaseMove { start: d("2026-01-05"), end: d("2026-03-31"), deliverables_follow: false, later_follow: true };
        assert!(matches!(plan.move_phase(PhaseKind::Strategy, start_only), Some(Edit::SetPhaseDates { .. })));
        let mut without = plan.clone();
        without.phases.retain(|p| p.kind != PhaseKind::Service);
        assert_eq!(without.move_phase(PhaseKind::Service, last), None, "no such phase");
    }
}
