//! The timeline's date scale and layout, with no GUI: zoom levels (weeks, months, quarters),
//! date ↔ x, fitting a plan into a width, the rows of phases and deliverables, hit testing of
//! bars, bar ends and gate diamonds, and snapping dragged dates to days, weeks or months by zoom.

use crate::model::{DeliverableId, PhaseKind, Plan};
use chrono::{Datelike, Days, Months, NaiveDate};

/// The zoom steps in pixels per day, smallest first; +/− and the wheel move between them.
pub const ZOOM_STEPS: [f32; 12] = [0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0, 5.6, 8.0, 12.0, 18.0, 26.0];

/// The height of the date axis at the top of the chart.
pub const AXIS_HEIGHT: f32 = 44.0;
/// The height of a phase band.
pub const PHASE_ROW: f32 = 36.0;
/// The height of a deliverable row.
pub const DELIVERABLE_ROW: f32 = 26.0;
/// How close to a bar's end (in pixels) a press grabs the end instead of the bar.
pub const HANDLE: f32 = 6.0;
/// Half the width of a gate diamond.
pub const DIAMOND: f32 = 8.0;

/// The unit of the axis ticks, which follows the zoom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Zoom {
    Weeks,
    Months,
    Quarters,
}

/// What dragged dates snap to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Snap {
    Day,
    Week,
    Month,
}

impl Zoom {
    /// The zoom level shown at a number of pixels per day.
    pub fn at(px_per_day: f32) -> Zoom {
        if px_per_day >= 8.0 {
            Zoom::Weeks
        } else if px_per_day >= 2.0 {
            Zoom::Months
        } else {
            Zoom::Quarters
        }
    }

    /// Days when zoomed to weeks, weeks when zoomed to months, months when zoomed to quarters.
    pub fn snap(self) -> Snap {
        match self {
            Zoom::Weeks => Snap::Day,
            Zoom::Months => Snap::Week,
            Zoom::Quarters => Snap::Month,
        }
    }

    /// A typical number of pixels per day for the level.
    pub fn px_per_day(self) -> f32 {
        match self {
            Zoom::Weeks => 18.0,
            Zoom::Months => 4.0,
            Zoom::Quarters => 1.0,
        }
    }
}

/// Maps dates to x and back: day `origin` starts at x = `left`, each day is `px_per_day` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub origin: NaiveDate,
    pub px_per_day: f32,
    pub left: f32,
}

impl Scale {
    pub fn new(origin: NaiveDate, px_per_day: f32, left: f32) -> Scale {
        let px_per_day = if px_per_day.is_finite() { px_per_day.clamp(ZOOM_STEPS[0], 64.0) } else { 1.0 };
        Scale { origin, px_per_day, left }
    }

    /// A scale showing `from..=to` in `width` pixels from `left`, with a little room either side,
    /// never smaller than the smallest zoom step.
    pub fn fit(from: NaiveDate, to: NaiveDate, left: f32, width: f32) -> Scale {
        let (from, to) = if to < from { (to, from) } else { (from, to) };
        let days = (to - from).num_days() + 1;
        let pad = (days / 30).clamp(3, 45);
        let shown = (days + 2 * pad) as f32;
        let origin = from.checked_sub_days(Days::new(pad as u64)).unwrap_or(from);
        Scale::new(origin, width.max(1.0) / shown, left)
    }

    pub fn zoom(&self) -> Zoom {
        Zoom::at(self.px_per_day)
    }

    /// The x where the day begins.
    pub fn x(&self, date: NaiveDate) -> f32 {
        self.left + (date - self.origin).num_days() as f32 * self.px_per_day
    }

    /// The x where the day ends (the start of the next day), for inclusive end dates.
    pub fn x_end(&self, date: NaiveDate) -> f32 {
        self.x(date) + self.px_per_day
    }

    /// The day under x.
    pub fn date_at(&self, x: f32) -> NaiveDate {
        add_days(self.origin, ((x - self.left) / self.px_per_day).floor() as i64)
    }

    /// The number of whole days a horizontal movement of `dx` pixels stands for.
    pub fn days(&self, dx: f32) -> i64 {
        (dx / self.px_per_day).round() as i64
    }

    /// The scale one zoom step in (`true`) or out, keeping the day under `anchor_x` in place.
    pub fn zoomed(&self, zoom_in: bool, anchor_x: f32) -> Scale {
        let px = if zoom_in {
            ZOOM_STEPS.iter().copied().find(|&s| s > self.px_per_day * 1.01).unwrap_or(ZOOM_STEPS[ZOOM_STEPS.len() - 1])
        } else {
            ZOOM_STEPS.iter().rev().copied().find(|&s| s < self.px_per_day * 0.99).unwrap_or(ZOOM_STEPS[0])
        };
        self.with_px(px, anchor_x)
    }

    /// The scale at `px` pixels per day keeping the day under `anchor_x` in place.
    pub fn with_px(&self, px: f32, anchor_x: f32) -> Scale {
        let mut next = Scale::new(self.origin, px, self.left);
        let before = (anchor_x - self.left) / self.px_per_day;
        let after = (anchor_x - self.left) / next.px_per_day;
        next.origin = add_days(self.origin, (before - after).round() as i64);
        next
    }

    /// The scale moved by `dx` pixels (positive moves the dates to the right).
    pub fn panned(&self, dx: f32) -> Scale {
        Scale { origin: add_days(self.origin, -self.days(dx)), ..*self }
    }

    /// The ticks of the axis between two x positions: the start of each week (Monday), month or
    /// quarter by zoom; `major` marks the start of a month (weeks) or of a year.
    pub fn ticks(&self, x0: f32, x1: f32) -> Vec<Tick> {
        let zoom = self.zoom();
        let first = self.date_at(x0);
        let last = self.date_at(x1);
        let mut d = match zoom {
            Zoom::Weeks => add_days(first, -i64::from(first.weekday().num_days_from_monday())),
            Zoom::Months => first.with_day(1).unwrap_or(first),
            Zoom::Quarters => NaiveDate::from_ymd_opt(first.year(), (first.month0() / 3) * 3 + 1, 1).unwrap_or(first),
        };
        let mut out = Vec::new();
        while d <= last && out.len() < 2000 {
            let major = match zoom {
                Zoom::Weeks => d.day() <= 7,
                Zoom::Months | Zoom::Quarters => d.month() == 1,
            };
            out.push(Tick { date: d, x: self.x(d), major });
            let next = match zoom {
                Zoom::Weeks => d.checked_add_days(Days::new(7)),
                Zoom::Months => d.checked_add_months(Months::new(1)),
                Zoom::Quarters => d.checked_add_months(Months::new(3)),
            };
            match next {
                Some(n) => d = n,
                None => break,
            }
        }
        out
    }
}

/// One tick of the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub date: NaiveDate,
    pub x: f32,
    pub major: bool,
}

/// `date` plus (or minus) whole days, saturating at the calendar's ends.
pub use crate::model::schedule::add_days;

impl Snap {
    /// The nearest start of a unit: the day itself, the nearest Monday, or the nearest first
    /// of a month.
    pub fn start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Snap::Day => date,
            Snap::Week => {
                let back = i64::from(date.weekday().num_days_from_monday());
                if back <= 3 { add_days(date, -back) } else { add_days(date, 7 - back) }
            }
            Snap::Month => {
                let first = date.with_day(1).unwrap_or(date);
                let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
                if (date - first).num_days() <= (next - date).num_days() { first } else { next }
            }
        }
    }

    /// The nearest last day of a unit (for inclusive end dates): Sunday, or the last of a month.
    pub fn end(self, date: NaiveDate) -> NaiveDate {
        match self {
            Snap::Day => date,
            _ => add_days(self.start(add_days(date, 1)), -1),
        }
    }
}

/// Which part of a bar a press took hold of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The whole bar: dragging moves it.
    Body,
    Start,
    End,
    /// The row outside the bar: selects without dragging.
    Row,
}

/// What is drawn on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Phase(PhaseKind),
    Deliverable(DeliverableId),
    /// The gate diamond at the end of a phase.
    Gate(PhaseKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    pub target: Target,
    pub part: Part,
}

/// One row of the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    pub target: Target,
    pub phase: PhaseKind,
    pub y: f32,
    pub height: f32,
}

/// The rows of a plan from top to bottom: each phase's band followed by its deliverables.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub rows: Vec<Row>,
    pub height: f32,
}

impl Layout {
    pub fn new(plan: &Plan) -> Layout {
        let mut rows = Vec::new();
        let mut y = AXIS_HEIGHT;
        for ph in &plan.phases {
            rows.push(Row { target: Target::Phase(ph.kind), phase: ph.kind, y, height: PHASE_ROW });
            y += PHASE_ROW;
            for d in &ph.deliverables {
                rows.push(Row { target: Target::Deliverable(d.id), phase: ph.kind, y, height: DELIVERABLE_ROW });
                y += DELIVERABLE_ROW;
            }
        }
        Layout { rows, height: y + 8.0 }
    }

    /// The row at height y.
    pub fn row_at(&self, y: f32) -> Option<&Row> {
        self.rows.iter().find(|r| y >= r.y && y < r.y + r.height)
    }

    /// The row of a target (a gate is on its phase's row).
    pub fn row_of(&self, target: Target) -> Option<&Row> {
        let target = match target {
            Target::Gate(k) => Target::Phase(k),
            t => t,
        };
        self.rows.iter().find(|r| r.target == target)
    }
}

/// The dates a target spans on the chart: phases and deliverables with both dates are bars;
/// a deliverable with only a due date is a tick (`start` is `None`).
pub fn span(plan: &Plan, target: Target) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    match target {
        Target::Phase(k) | Target::Gate(k) => plan.phase(k).map(|p| (p.start, p.end)),
        Target::Deliverable(id) => plan
            .phases
            .iter()
            .flat_map(|p| &p.deliverables)
            .find(|d| d.id == id)
            .map(|d| (d.start.filter(|s| d.due.is_none_or(|e| *s <= e)), d.due)),
    }
}

/// What lies under the point (x, y): a gate diamond, a bar's end, a bar, or else the row.
pub fn hit(plan: &Plan, layout: &Layout, scale: &Scale, x: f32, y: f32) -> Option<Hit> {
    let row = layout.row_at(y)?;
    let mid = row.y + row.height / 2.0;
    if let Target::Phase(kind) = row.target
        && let Some(end) = plan.phase(kind).and_then(|p| p.end)
    {
        let cx = scale.x_end(end);
        if (x - cx).abs() + (y - mid).abs() <= DIAMOND + 2.0 {
            return Some(Hit { target: Target::Gate(kind), part: Part::Body });
        }
    }
    let part = match span(plan, row.target) {
        Some((Some(start), Some(end))) => {
            let (x0, x1) = (scale.x(start), scale.x_end(end));
            let grab = HANDLE.min((x1 - x0) / 3.0).max(2.0);
            if x >= x0 - HANDLE && x < x0 + grab {
                Part::Start
            } else if x > x1 - grab && x <= x1 + HANDLE {
                Part::End
            } else if x >= x0 && x <= x1 {
                Part::Body
            } else {
                Part::Row
            }
        }
        Some((None, Some(due))) => {
            let cx = scale.x_end(due);
            if (x - cx).abs() <= HANDLE + 1.0 { Part::Body } else { Part::Row }
        }
        Some((Some(start), None)) => {
            if (x - scale.x(start)).abs() <= HANDLE {
                Part::Start
            } else {
                Part::Row
            }
        }
        _ => Part::Row,
    };
    Some(Hit { target: row.target, part })
}

/// The dates after dragging `part` of a bar spanning `start..=end` by `dx` pixels, snapped by
/// zoom; a bar never ends before it starts. A bar with only an end (a due date) moves its end.
pub fn dragged(
    scale: &Scale,
    part: Part,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    dx: f32,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let days = scale.days(dx);
    if days == 0 {
        return (start, end);
    }
    let snap = scale.zoom().snap();
    match (part, start, end) {
        (Part::Body, Some(s), e) => {
            let ns = snap.start(add_days(s, days));
            let delta = (ns - s).num_days();
            (Some(ns), e.map(|e| add_days(e, delta)))
        }
        (Part::Body | Part::End, None, Some(e)) => (None, Some(snap.end(add_days(e, days)))),
        (Part::Start, Some(s), e) => {
            let ns = snap.start(add_days(s, days));
            (Some(e.map_or(ns, |e| ns.min(e))), e)
        }
        (Part::End, s, Some(e)) => {
            let ne = snap.end(add_days(e, days));
            (s, Some(s.map_or(ne, |s| ne.max(s))))
        }
        _ => (start, end),
    }
}

/// The dates after moving `part` of a bar by `units` snap units with the keyboard (negative is
/// earlier): a whole day, week or month, landing on the unit's start (or end, for an end).
pub fn nudged(
    snap: Snap,
    part: Part,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    units: i32,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let step = |d: NaiveDate| match snap {
        Snap::Day => add_days(d, i64::from(units)),
        Snap::Week => add_days(d, 7 * i64::from(units)),
        Snap::Month => {
            let m = Months::new(units.unsigned_abs());
            let moved = if units >= 0 { d.checked_add_months(m) } else { d.checked_sub_months(m) };
            moved.unwrap_or(d)
        }
    };
    match (part, start, end) {
        (Part::Body, Some(s), e) => {
            let ns = snap.start(step(s));
            let delta = (ns - s).num_days();
            (Some(ns), e.map(|e| add_days(e, delta)))
        }
        (Part::Body | Part::End, None, Some(e)) => (None, Some(snap.end(step(e)))),
        (Part::Start, Some(s), e) => {
            let ns = snap.start(step(s));
            (Some(e.map_or(ns, |e| ns.min(e))), e)
        }
        (Part::End, s, Some(e)) => {
            let ne = snap.end(step(e));
            (s, Some(s.map_or(ne, |s| ne.max(s))))
        }
        _ => (start, end),
    }
}

/// The first and last day the plan's phases and deliverables cover, if any date is set.
pub fn plan_range(plan: &Plan) -> Option<(NaiveDate, NaiveDate)> {
    let dates = plan.phases.iter().flat_map(|p| {
        [p.start, p.end].into_iter().chain(p.deliverables.iter().flat_map(|d| [d.start, d.due])).flatten()
    });
    let mut range: Option<(NaiveDate, NaiveDate)> = None;
    for d in dates {
        range = Some(range.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
    }
    range
}
