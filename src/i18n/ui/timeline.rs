//! Interface texts of the timeline screen: `T` names each label, and its key gives the message in
//! the catalogues (`i18n/<code>/ui-timeline.ftl`); functions fill the lines that carry dates,
//! names and numbers (axis labels, tooltips, decisions, unanimity, exit right, comparisons).

use crate::baseline::{DateChange, Dated};
use crate::i18n::{Key, Language, Named, format, text, tr};
use crate::model::{Baseline, ExitRight, GateDecision, GateOutcome, Phase, PhaseKind, Plan, Stance, Unanimity};
use crate::timescale::{Target, Zoom};
use chrono::{Datelike, NaiveDate};

/// A piece of the timeline's interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    Fit,
    ShiftLater,
    Legend,
    PanelEdit,
    PanelGate,
    PanelCompare,
    Today,
    NewDeliverable,
    NoOwner,
    DatePlaceholder,
    BadDate,
    SelectHint,
    KeysHint,
    StartDate,
    EndDate,
    DueDate,
    LeadParty,
    Notes,
    NotesPlaceholder,
    AddDeliverable,
    Title,
    MoveUp,
    MoveDown,
    Delete,
    WholeAlliance,
    ExitingParty,
    ExitRightHint,
    GoFreezes,
    CancelExit,
    NewDecision,
    Outcome,
    DecisionDate,
    Minutes,
    Positions,
    ExitedParties,
    NoneExited,
    BlockedNotUnanimous,
    BlockedNoExitRight,
    NoBaselines,
    NoChanges,
    DatesMoved,
    Totals,
    TargetCost,
    BudgetTotal,
    PartiesAdded,
    PartiesRemoved,
    ServicesAdded,
    ServicesRemoved,
    RisksOpened,
    RisksClosed,
}

impl T {
    pub const ALL: [T; 50] = [
        T::Fit,
        T::ShiftLater,
        T::Legend,
        T::PanelEdit,
        T::PanelGate,
        T::PanelCompare,
        T::Today,
        T::NewDeliverable,
        T::NoOwner,
        T::DatePlaceholder,
        T::BadDate,
        T::SelectHint,
        T::KeysHint,
        T::StartDate,
        T::EndDate,
        T::DueDate,
        T::LeadParty,
        T::Notes,
        T::NotesPlaceholder,
        T::AddDeliverable,
        T::Title,
        T::MoveUp,
        T::MoveDown,
        T::Delete,
        T::WholeAlliance,
        T::ExitingParty,
        T::ExitRightHint,
        T::GoFreezes,
        T::CancelExit,
        T::NewDecision,
        T::Outcome,
        T::DecisionDate,
        T::Minutes,
        T::Positions,
        T::ExitedParties,
        T::NoneExited,
        T::BlockedNotUnanimous,
        T::BlockedNoExitRight,
        T::NoBaselines,
        T::NoChanges,
        T::DatesMoved,
        T::Totals,
        T::TargetCost,
        T::BudgetTotal,
        T::PartiesAdded,
        T::PartiesRemoved,
        T::ServicesAdded,
        T::ServicesRemoved,
        T::RisksOpened,
        T::RisksClosed,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            T::Fit => Key::UiTimelineFit,
            T::ShiftLater => Key::UiTimelineShiftLater,
            T::Legend => Key::UiTimelineLegend,
            T::PanelEdit => Key::UiTimelinePanelEdit,
            T::PanelGate => Key::UiTimelinePanelGate,
            T::PanelCompare => Key::UiTimelinePanelCompare,
            T::Today => Key::UiTimelineToday,
            T::NewDeliverable => Key::UiTimelineNewDeliverable,
            T::NoOwner => Key::UiTimelineNoOwner,
            T::DatePlaceholder => Key::UiTimelineDatePlaceholder,
            T::BadDate => Key::UiTimelineBadDate,
            T::SelectHint => Key::UiTimelineSelectHint,
            T::KeysHint => Key::UiTimelineKeysHint,
            T::StartDate => Key::UiTimelineStartDate,
            T::EndDate => Key::UiTimelineEndDate,
            T::DueDate => Key::UiTimelineDueDate,
            T::LeadParty => Key::UiTimelineLeadParty,
            T::Notes => Key::UiTimelineNotes,
            T::NotesPlaceholder => Key::UiTimelineNotesPlaceholder,
            T::AddDeliverable => Key::UiTimelineAddDeliverable,
            T::Title => Key::UiTimelineTitle,
            T::MoveUp => Key::UiTimelineMoveUp,
            T::MoveDown => Key::UiTimelineMoveDown,
            T::Delete => Key::UiTimelineDelete,
            T::WholeAlliance => Key::UiTimelineWholeAlliance,
            T::ExitingParty => Key::UiTimelineExitingParty,
            T::ExitRightHint => Key::UiTimelineExitRightHint,
            T::GoFreezes => Key::UiTimelineGoFreezes,
            T::CancelExit => Key::UiTimelineCancelExit,
            T::NewDecision => Key::UiTimelineNewDecision,
            T::Outcome => Key::UiTimelineOutcome,
            T::DecisionDate => Key::UiTimelineDecisionDate,
            T::Minutes => Key::UiTimelineMinutes,
            T::Positions => Key::UiTimelinePositions,
            T::ExitedParties => Key::UiTimelineExitedParties,
            T::NoneExited => Key::UiTimelineNoneExited,
            T::BlockedNotUnanimous => Key::UiTimelineBlockedNotUnanimous,
            T::BlockedNoExitRight => Key::UiTimelineBlockedNoExitRight,
            T::NoBaselines => Key::UiTimelineNoBaselines,
            T::NoChanges => Key::UiTimelineNoChanges,
            T::DatesMoved => Key::UiTimelineDatesMoved,
            T::Totals => Key::UiTimelineTotals,
            T::TargetCost => Key::UiTimelineTargetCost,
            T::BudgetTotal => Key::UiTimelineBudgetTotal,
            T::PartiesAdded => Key::UiTimelinePartiesAdded,
            T::PartiesRemoved => Key::UiTimelinePartiesRemoved,
            T::ServicesAdded => Key::UiTimelineServicesAdded,
            T::ServicesRemoved => Key::UiTimelineServicesRemoved,
            T::RisksOpened => Key::UiTimelineRisksOpened,
            T::RisksClosed => Key::UiTimelineRisksClosed,
        }
    }
}

/// The name of a zoom level.
pub fn zoom_name(zoom: Zoom, lang: Language) -> &'static str {
    match zoom {
        Zoom::Weeks => text(lang, Key::UiTimelineZoomWeeks),
        Zoom::Months => text(lang, Key::UiTimelineZoomMonths),
        Zoom::Quarters => text(lang, Key::UiTimelineZoomQuarters),
    }
}

/// The short month names, January first.
const MONTHS: [Key; 12] = [
    Key::UiTimelineMonth1,
    Key::UiTimelineMonth2,
    Key::UiTimelineMonth3,
    Key::UiTimelineMonth4,
    Key::UiTimelineMonth5,
    Key::UiTimelineMonth6,
    Key::UiTimelineMonth7,
    Key::UiTimelineMonth8,
    Key::UiTimelineMonth9,
    Key::UiTimelineMonth10,
    Key::UiTimelineMonth11,
    Key::UiTimelineMonth12,
];

/// The short name of a date's month: "tammi", "jan", "Jan".
pub fn month(d: NaiveDate, lang: Language) -> &'static str {
    let i = d.month0() as usize % 12;
    text(lang, MONTHS[i])
}

/// "tammi 2026".
pub fn month_year(d: NaiveDate, lang: Language) -> String {
    format!("{} {}", month(d, lang), d.year())
}

/// The label of an axis tick: the Monday's day and month (weeks), the month, or the quarter.
pub fn tick_label(zoom: Zoom, d: NaiveDate, lang: Language) -> String {
    match zoom {
        Zoom::Weeks => crate::i18n::format::day_month(d, month(d, lang), lang),
        Zoom::Months => month(d, lang).to_string(),
        Zoom::Quarters => format!("Q{}", d.month0() / 3 + 1),
    }
}

fn date_or_dash(d: Option<NaiveDate>, lang: Language) -> String {
    d.map_or_else(|| "–".to_string(), |d| format::date(d, lang))
}

fn span_line(start: Option<NaiveDate>, end: Option<NaiveDate>, lang: Language) -> String {
    let days = match (start, end) {
        (Some(s), Some(e)) if e >= s => {
            let n = (e - s).num_days() + 1;
            format!(" {}", tr(lang, Key::UiTimelineSpanDays, &[("n", n.into())]))
        }
        _ => String::new(),
    };
    format!("{} – {}{days}", date_or_dash(start, lang), date_or_dash(end, lang))
}

/// "Vastuu: Tampereen kaupunki · 4 tuotosta · 1 päätös": a phase under its title.
pub fn phase_summary(ph: &Phase, plan: &Plan, lang: Language) -> String {
    let owner = ph.owner.and_then(|o| plan.party(o)).map_or("–", |p| p.label());
    let n = ph.deliverables.len();
    let k = ph.decisions.len();
    tr(lang, Key::UiTimelinePhaseSummary, &[("owner", owner.into()), ("n", n.into()), ("k", k.into())])
}

/// The lines of the tooltip for a target: its name first, then dates and details.
pub fn details(plan: &Plan, target: Target, today: NaiveDate, lang: Language) -> Vec<String> {
    let baseline = crate::baseline::last_passed(plan);
    let slip = |now: Option<NaiveDate>, t: Target| -> Option<String> {
        let b = baseline?;
        let (_, was) = crate::timescale::span(&b.plan, t)?;
        let days = (now? - was?).num_days();
        (days != 0).then(|| {
            let sign = if days > 0 { "+" } else { "" };
            let date = format::date(b.taken_on, lang);
            tr(lang, Key::UiTimelineSlip, &[("date", date.into()), ("sign", sign.into()), ("days", days.into())])
        })
    };
    match target {
        Target::Phase(k) => {
            let Some(ph) = plan.phase(k) else { return Vec::new() };
            let mut v = vec![
                format!("{}. {}", k.number(), k.name(lang)),
                span_line(ph.start, ph.end, lang),
                ph.state(today).name(lang).to_string(),
                phase_summary(ph, plan, lang),
            ];
            v.extend(slip(ph.end, target));
            v
        }
        Target::Gate(k) => {
            let Some(ph) = plan.phase(k) else { return Vec::new() };
            let mut v = vec![format!("{} {}", crate::i18n::ui::Text::Gate.get(lang), k.gate_name())];
            v.push(format!("{}: {}", T::EndDate.get(lang), date_or_dash(ph.end, lang)));
            match ph.latest_decision() {
                Some(d) => v.push(decision_line(d, plan, lang)),
                None => v.push(crate::i18n::ui::Text::NoDecisions.get(lang).to_string()),
            }
            v
        }
        Target::Deliverable(id) => {
            let Some(d) = plan.phases.iter().flat_map(|p| &p.deliverables).find(|d| d.id == id) else {
                return Vec::new();
            };
            let owner = d.owner.and_then(|o| plan.party(o)).map_or("–", |p| p.name.as_str());
            let mut v =
                vec![d.title.clone(), span_line(d.start, d.due, lang), format!("{} · {}", d.status.name(lang), owner)];
            if !d.note.trim().is_empty() {
                v.push(d.note.lines().next().unwrap_or_default().to_string());
            }
            v.extend(slip(d.due, target));
            v
        }
    }
}

/// "25.5.2026 · Jatketaan · 3/3 hyväksyi · Kh 25.5.2026 § 4".
pub fn decision_line(d: &GateDecision, _plan: &Plan, lang: Language) -> String {
    let approvals = d.positions.iter().filter(|p| p.stance == Stance::Approves).count();
    let mut s = format!(
        "{} · {} · {}",
        format::date(d.date, lang),
        d.outcome.name(lang),
        crate::i18n::ui::approvals(approvals, d.positions.len(), lang)
    );
    if !d.minutes_ref.trim().is_empty() {
        s.push_str(" · ");
        s.push_str(d.minutes_ref.trim());
    }
    s
}

/// What the unanimity rule says about the positions: all clear, or who is missing, rejecting
/// or abstaining.
pub fn unanimity(u: &Unanimity, plan: &Plan, lang: Language) -> String {
    if u.is_unanimous() {
        return text(lang, Key::UiTimelineUnanimous).to_string();
    }
    let names = |ids: &[crate::model::PartyId]| {
        ids.iter()
            .map(|id| plan.party(*id).map_or_else(|| id.to_string(), |p| p.label().to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !u.missing.is_empty() {
        parts.push(tr(lang, Key::UiTimelineMissing, &[("names", names(&u.missing).into())]));
    }
    if !u.rejecting.is_empty() {
        parts.push(tr(lang, Key::UiTimelineRejecting, &[("names", names(&u.rejecting).into())]));
    }
    if !u.abstaining.is_empty() {
        parts.push(tr(lang, Key::UiTimelineAbstaining, &[("names", names(&u.abstaining).into())]));
    }
    tr(lang, Key::UiTimelineNotUnanimous, &[("parts", parts.join(". ").into())])
}

/// Whether and why a party may exit.
pub fn exit_right(r: ExitRight, lang: Language) -> String {
    match r {
        ExitRight::Owner => text(lang, Key::UiTimelineExitOwner).to_string(),
        ExitRight::AfterDevelopment => text(lang, Key::UiTimelineExitAfterDevelopment).to_string(),
        ExitRight::NotYet { from: Some(f) } => {
            let f = format::date(f, lang);
            tr(lang, Key::UiTimelineExitNotYet, &[("from", f.into())])
        }
        ExitRight::NotYet { from: None } => text(lang, Key::UiTimelineExitNotYetUndated).to_string(),
    }
}

/// The label of the button that records a decision.
pub fn record_label(outcome: GateOutcome, lang: Language) -> String {
    tr(lang, Key::UiTimelineRecordLabel, &[("outcome", outcome.name(lang).into())])
}

/// "Yritys Oy: eronnut 1.7.2027".
pub fn exited_line(name: &str, on: NaiveDate, lang: Language) -> String {
    let d = format::date(on, lang);
    tr(lang, Key::UiTimelineExitedLine, &[("name", name.into()), ("date", d.into())])
}

/// "G1 · 25.5.2026": a baseline in the comparison's pick list.
pub fn baseline_label(b: &Baseline, lang: Language) -> String {
    format!("{} · {} · {}", b.phase.gate_name(), b.phase.name(lang), format::date(b.taken_on, lang))
}

/// "Kehitysvaihe: 1.1.2027 – 30.6.2027 → 1.2.2027 – 31.7.2027 (+31 pv)".
pub fn date_change(c: &DateChange, lang: Language) -> String {
    let name = match c.subject {
        Dated::Phase(k) => phase_name(k, lang),
        Dated::Deliverable(_) => c.title.clone(),
    };
    let range = |(a, b): (Option<NaiveDate>, Option<NaiveDate>)| match (a, b) {
        (None, None) => "–".to_string(),
        (a, b) => format!("{} – {}", date_or_dash(a, lang), date_or_dash(b, lang)),
    };
    let slip = c.slip_days().filter(|d| *d != 0).map_or(String::new(), |d| {
        let sign = if d > 0 { "+" } else { "" };
        format!(" {}", tr(lang, Key::UiTimelineChangeSlip, &[("sign", sign.into()), ("days", d.into())]))
    });
    format!("{name}: {} → {}{slip}", range(c.before), range(c.after))
}

fn phase_name(k: PhaseKind, lang: Language) -> String {
    format!("{}. {}", k.number(), k.name(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for t in T::ALL {
            for lang in [Language::Fi, Language::Sv, Language::En] {
                assert!(!t.get(lang).trim().is_empty(), "{t:?} {lang:?}");
            }
            assert_ne!(t.get(Language::Fi), t.get(Language::En), "{t:?}");
        }
    }
}
