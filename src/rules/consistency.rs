//! Consistency checks: phases and dates, ids and references, business IDs, funding shares and
//! fees, budget amounts and categories, KRA weights and levels, risk ratings and scales.

use super::message::RefPlace;
use super::{Findings, Problem, Subject, party_name};
use crate::model::party::{BusinessIdError, validate_business_id};
use crate::model::*;
use std::collections::BTreeMap;

pub(super) fn check(plan: &Plan, out: &mut Findings) {
    phases(plan, out);
    ids_and_references(plan, out);
    parties(plan, out);
    budget(plan, out);
    metrics(plan, out);
    followup(plan, out);
    risks(plan, out);
    annexes(plan, out);
    glyphs(plan, out);
}

fn phases(plan: &Plan, out: &mut Findings) {
    for kind in PhaseKind::ALL {
        match plan.phases.iter().filter(|p| p.kind == kind).count() {
            0 => out.error(Subject::Plan, Problem::PhaseMissing { phase: kind }),
            1 => {}
            _ => out.error(Subject::Phase(kind), Problem::PhaseRepeated { phase: kind }),
        }
    }
    if plan.phases.windows(2).any(|w| w[0].kind > w[1].kind) {
        out.error(Subject::Plan, Problem::PhaseOrder);
    }
    for ph in &plan.phases {
        if let (Some(s), Some(e)) = (ph.start, ph.end)
            && e < s
        {
            out.error(Subject::Phase(ph.kind), Problem::PhaseEndBeforeStart { phase: ph.kind });
        }
        for d in &ph.deliverables {
            if let (Some(s), Some(due)) = (d.start, d.due)
                && s > due
            {
                out.error(Subject::Deliverable(d.id), Problem::DeliverableStartAfterDue { title: d.title.clone() });
            }
            let outside = d.due.is_some_and(|due| ph.start.is_some_and(|s| due < s) || ph.end.is_some_and(|e| due > e));
            if outside {
                out.warning(
                    Subject::Deliverable(d.id),
                    Problem::DeliverableOutsidePhase { title: d.title.clone(), phase: ph.kind },
                );
            }
        }
        if let (Some(end), Some(dec)) = (ph.end, ph.decisions.iter().find(|d| d.outcome == GateOutcome::Go))
            && dec.date < end
            && ph.kind != PhaseKind::Service
        {
            out.warning(Subject::Decision(dec.id), Problem::DecisionBeforePhaseEnd { phase: ph.kind, date: dec.date });
        }
    }
    gates_and_exits(plan, out);
    for w in plan.phases.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if let (Some(end), Some(start)) = (a.end, b.start) {
            let days = (start - end).num_days();
            if days <= 0 {
                out.warning(
                    Subject::Phase(b.kind),
                    Problem::PhasesOverlap { first: a.kind, second: b.kind, days: 1 - days },
                );
            } else if days > 1 {
                out.warning(
                    Subject::Phase(b.kind),
                    Problem::PhaseGap { first: a.kind, second: b.kind, days: days - 1 },
                );
            }
        }
        if let (Some(go), Some(start)) = (a.decisions.iter().find(|d| d.outcome == GateOutcome::Go), b.start)
            && start < go.date
        {
            out.warning(Subject::Phase(b.kind), Problem::LaterPhaseStartedBeforeGo { phase: a.kind, next: b.kind });
        }
    }
}

/// The unanimity of every Go (judged against the owners of the plan as it stood when the gate
/// was passed, where a baseline keeps it) and the exit right of every exited party.
fn gates_and_exits(plan: &Plan, out: &mut Findings) {
    for ph in &plan.phases {
        for dec in ph.decisions.iter().filter(|d| d.outcome == GateOutcome::Go) {
            let then = dec.baseline.and_then(|b| plan.baselines.iter().find(|x| x.id == b)).map_or(plan, |b| &*b.plan);
            let u = then.unanimity(ph.kind, dec.date, &dec.positions);
            if !u.is_unanimous() {
                let blocking = u.blocking().map(|id| party_name(then, id)).collect();
                out.warning(Subject::Decision(dec.id), Problem::GoNotUnanimous { phase: ph.kind, blocking });
            }
        }
    }
    for p in &plan.parties {
        if let Some(date) = p.exited_on
            && let Some(ExitRight::NotYet { from }) = plan.exit_right(p.id, date)
        {
            out.warning(Subject::Party(p.id), Problem::ExitBeforeRight { party: p.name.clone(), date, from });
        }
    }
}

fn ids_and_references(plan: &Plan, out: &mut Findings) {
    let mut seen = BTreeMap::new();
    for id in plan.all_ids() {
        *seen.entry(id).or_insert(0) += 1;
    }
    for (id, n) in seen {
        if n > 1 {
            out.error(Subject::Plan, Problem::DuplicateId { id });
        }
    }
    let exists = |id: PartyId| plan.party(id).is_some();
    let mut missing = |subject: Subject, place: RefPlace, id: PartyId| {
        if !exists(id) {
            out.error(subject, Problem::MissingParty { place, id: id.0 });
        }
    };
    for s in &plan.services {
        for c in &s.cells {
            missing(Subject::Cell(s.id, c.party), RefPlace::Cell, c.party);
        }
        if let Some(o) = s.organiser {
            missing(Subject::Service(s.id), RefPlace::Organiser, o);
        }
    }
    for ph in &plan.phases {
        for d in &ph.deliverables {
            if let Some(o) = d.owner {
                missing(Subject::Deliverable(d.id), RefPlace::DeliverableOwner, o);
            }
        }
        for dec in &ph.decisions {
            for p in &dec.positions {
                missing(Subject::Decision(dec.id), RefPlace::Position, p.party);
            }
        }
    }
    for c in &plan.budget.cost_lines {
        missing(Subject::CostLine(c.id), RefPlace::CostLine, c.party);
    }
    for r in &plan.risks.risks {
        if let Some(o) = r.owner {
            missing(Subject::Risk(r.id), RefPlace::RiskOwner, o);
        }
    }
    for s in &plan.services {
        for (i, c) in s.cells.iter().enumerate() {
            if s.cells[..i].iter().any(|x| x.party == c.party) {
                out.error(
                    Subject::Cell(s.id, c.party),
                    Problem::DuplicateCell { service: s.name.clone(), party: party_name(plan, c.party) },
                );
            }
        }
    }
}

fn amount(out: &mut Findings, subject: Subject, m: Money, may_be_negative: bool) {
    if !m.is_within_limit() {
        out.error(subject, Problem::AmountOutOfRange { amount: m });
    } else if m.cents() < 0 && !may_be_negative {
        out.error(subject, Problem::NegativeAmount { amount: m });
    }
}

fn parties(plan: &Plan, out: &mut Findings) {
    for p in &plan.parties {
        let subject = Subject::Party(p.id);
        if p.business_id.trim().is_empty() {
            out.warning(subject, Problem::BusinessIdMissing { party: p.name.clone() });
        } else if let Err(e) = validate_business_id(&p.business_id) {
            let expected = match e {
                BusinessIdError::CheckDigit(d) => Some(d),
                _ => None,
            };
            out.error(
                subject,
                Problem::BusinessIdInvalid { party: p.name.clone(), value: p.business_id.clone(), expected },
            );
        }
        amount(out, subject, p.fee, false);
        if p.role != AllianceRole::Owner && p.funding_share != Bp::ZERO {
            out.warning(subject, Problem::ShareNotOwner { party: p.name.clone() });
        }
        if p.role != AllianceRole::Producer && p.fee != Money::ZERO {
            out.warning(subject, Problem::FeeNotProducer { party: p.name.clone() });
        }
        if p.role == AllianceRole::Producer && p.fee == Money::ZERO {
            out.warning(subject, Problem::ProducerWithoutFee { party: p.name.clone() });
        }
    }
    if plan.owners().next().is_none() {
        if !plan.parties.is_empty() {
            out.error(Subject::Plan, Problem::NoOwners);
        }
    } else {
        let sum: u64 = plan.owners().map(|p| u64::from(p.funding_share.0)).sum();
        if sum != 10_000 {
            let sum = Bp(u32::try_from(sum).unwrap_or(u32::MAX));
            out.error(Subject::Budget, Problem::SharesSum { sum });
        }
    }
    for s in &plan.services {
        for c in &s.cells {
            amount(out, Subject::Cell(s.id, c.party), c.euros_per_year, false);
        }
    }
}

fn budget(plan: &Plan, out: &mut Findings) {
    let b = &plan.budget;
    for c in &b.cost_lines {
        let subject = Subject::CostLine(c.id);
        amount(out, subject, c.amount, false);
        match b.cost_categories.iter().find(|k| k.code == c.category) {
            None => out.warning(subject, Problem::UnknownCostCategory { code: c.category.clone() }),
            Some(k) if !k.reimbursable => out
                .warning(subject, Problem::CostNotReimbursable { code: k.code.clone(), category: k.category.clone() }),
            Some(_) => {}
        }
    }
    for k in &b.cost_categories {
        if let Some(rate) = k.rate {
            amount(out, Subject::Budget, rate, false);
        }
    }
    amount(out, Subject::Budget, b.kra_pool, false);
    if let ReserveRule::Fixed(m) = b.reserve {
        amount(out, Subject::Budget, m, true);
    }
    for cap in [b.sharing.gain_cap, b.sharing.pain_cap] {
        if let Cap::Amount(m) = cap {
            amount(out, Subject::Budget, m, false);
        }
    }
    for share in [b.sharing.gain_share, b.sharing.pain_share] {
        if share > Bp::HUNDRED_PERCENT {
            out.error(Subject::Budget, Problem::ShareOverHundred { share });
        }
    }
    if let FeeRule::PercentOfTarget(p) = b.fee
        && p > Bp::HUNDRED_PERCENT
    {
        out.error(Subject::Budget, Problem::ShareOverHundred { share: p });
    }
}

fn metrics(plan: &Plan, out: &mut Findings) {
    let ms = &plan.budget.metrics;
    if !ms.is_empty() {
        let sum: u64 = ms.iter().map(|m| u64::from(m.weight.0)).sum();
        if sum != 10_000 {
            let sum = Bp(u32::try_from(sum).unwrap_or(u32::MAX));
            out.error(Subject::Budget, Problem::WeightsSum { sum });
        }
    }
    for m in ms {
        let ordered = match m.direction {
            Direction::HigherIsBetter => m.minimum < m.target && m.target < m.excellent,
            Direction::LowerIsBetter => m.minimum > m.target && m.target > m.excellent,
        };
        if !ordered {
            out.error(Subject::Metric(m.id), Problem::LevelsOrder { metric: m.name.clone() });
        }
        let computable = match &m.actual {
            Actual::ActivationRate { unemployed, in_services } => {
                unemployed.checked_add(*in_services).is_some_and(|n| n > 0)
            }
            Actual::Nps { promoters, passives, detractors } => {
                promoters.checked_add(*passives).and_then(|x| x.checked_add(*detractors)).is_some_and(|n| n > 0)
            }
            Actual::Change { old, .. } => *old != Decimal::ZERO,
            Actual::Share { denominator, .. } => *denominator > 0,
            Actual::Unknown | Actual::Value(_) => true,
        };
        if !computable {
            out.warning(Subject::Metric(m.id), Problem::ActualNotComputable { metric: m.name.clone() });
        }
    }
}

/// Follow-up rows name a metric and parties of the plan, and costs are amounts of the list's
/// categories (a file edited by hand may say otherwise; the edits never do).
fn followup(plan: &Plan, out: &mut Findings) {
    let f = &plan.followup;
    for m in &f.measurements {
        let party_missing = m.area.is_some_and(|a| plan.party(a).is_none());
        if plan.metric(m.metric).is_none() || party_missing {
            out.error(Subject::Budget, Problem::FollowUpReference { period: m.period.to_string() });
        }
    }
    for c in &f.costs {
        amount(out, Subject::Budget, c.amount, false);
        if plan.party(c.party).is_none() {
            out.error(Subject::Budget, Problem::FollowUpReference { period: c.period.to_string() });
        }
        if !plan.budget.cost_categories.iter().any(|k| k.code == c.category) {
            out.warning(Subject::Budget, Problem::UnknownCostCategory { code: c.category.clone() });
        }
    }
    if let Some(m) = f.rest_estimate {
        amount(out, Subject::Budget, m, false);
    }
    if f.clone().normalise().is_err() {
        out.error(Subject::Budget, Problem::FollowUpDuplicate);
    }
}

fn risks(plan: &Plan, out: &mut Findings) {
    let sc = &plan.risks.scales;
    if !(sc.low_max < sc.moderate_max && sc.moderate_max < sc.high_max && sc.high_max <= 25) {
        out.error(Subject::RiskScales, Problem::BandLimits);
    }
    for r in &plan.risks.risks {
        let subject = Subject::Risk(r.id);
        let in_scale = |v: u8| (1..=5).contains(&v);
        let residual_ok = r.residual.is_none_or(|x| in_scale(x.probability) && in_scale(x.impact));
        if !in_scale(r.probability) || !in_scale(r.impact) || !residual_ok {
            out.error(subject, Problem::RatingOutOfScale { risk: r.title.clone() });
        }
        for m in [r.min_amount, r.likely_amount, r.max_amount] {
            amount(out, subject, m, false);
        }
        if !(r.min_amount <= r.likely_amount && r.likely_amount <= r.max_amount) {
            out.warning(subject, Problem::RiskAmountsOrder { risk: r.title.clone() });
        }
        if r.probability_pct > Bp::HUNDRED_PERCENT {
            out.error(subject, Problem::ProbabilityOverHundred { risk: r.title.clone() });
        }
    }
    impact_against_exposure(plan, out);
}

/// The impact class the most likely amount falls in on the default impact scale (shares of the
/// target cost: < 0,5 %, 0,5–1 %, 1–3 %, 3–5 %, ≥ 5 %).
pub fn exposure_class(likely: Money, target: Money) -> Option<u8> {
    if target.cents() <= 0 || likely.cents() <= 0 {
        return None;
    }
    let bp = i128::from(likely.cents()) * 10_000 / i128::from(target.cents());
    Some(match bp {
        ..50 => 1,
        50..100 => 2,
        100..300 => 3,
        300..500 => 4,
        _ => 5,
    })
}

/// A risk's impact class and its most likely euro amount as a share of the target cost should
/// agree on the default scale (impact 4 is 3–5 % of the target cost). Impact 5 also covers legal
/// and client-safety breaches, so a smaller amount there is no finding. Plans with their own
/// impact scale are not judged.
fn impact_against_exposure(plan: &Plan, out: &mut Findings) {
    if plan.risks.scales.impact != crate::model::RiskScales::default().impact {
        return;
    }
    let Ok(target) = crate::commercial::target_cost(plan) else { return };
    for r in &plan.risks.risks {
        let Some(class) = exposure_class(r.likely_amount, target.target_cost) else { continue };
        if class != r.impact && !(r.impact == 5 && class < 5) {
            out.warning(
                Subject::Risk(r.id),
                Problem::ImpactAgainstExposure {
                    risk: r.title.clone(),
                    impact: r.impact,
                    class,
                    likely: r.likely_amount,
                    target: target.target_cost,
                },
            );
        }
    }
}

/// Text that the annexes print, checked against their font: a character it has no glyph for
/// would print as an empty box. Latin letters (ASCII, Latin-1, Latin Extended-A) are always in
/// the font, so only other characters are looked up.
fn glyphs(plan: &Plan, out: &mut Findings) {
    use std::sync::OnceLock;
    static FONTS: OnceLock<Option<crate::annex::font::Fonts>> = OnceLock::new();
    let Some(fonts) = FONTS.get_or_init(|| crate::annex::font::Fonts::new().ok()) else { return };
    let mut check = |subject: Subject, what: &str, texts: &[&str]| {
        let mut missing: Vec<char> = Vec::new();
        for c in texts.iter().flat_map(|t| t.chars()) {
            let common = c.is_ascii() || ('\u{a0}'..='\u{17f}').contains(&c) || c.is_control();
            if !common && !fonts.has_glyph(c) && !missing.contains(&c) && missing.len() < 8 {
                missing.push(c);
            }
        }
        if !missing.is_empty() {
            let chars =
                missing.iter().map(|c| format!("“{c}” (U+{:04X})", u32::from(*c))).collect::<Vec<_>>().join(", ");
            out.warning(subject, Problem::MissingGlyphs { what: what.to_string(), chars });
        }
    };
    let m = &plan.meta;
    let mut meta: Vec<&str> =
        vec![&m.name, &m.alliance_name, &m.record_number, &m.target_group, &m.client_needs, &m.place];
    meta.extend(m.strategic_goals.iter().chain(&m.community_goals).chain(&m.individual_goals).map(String::as_str));
    check(Subject::Plan, &m.name, &meta);
    for p in plan.parties.iter() {
        let c = &p.contact;
        check(Subject::Party(p.id), &p.name, &[&p.name, &p.short_name, &c.name, &c.title, &c.email, &c.phone]);
    }
    for s in plan.services.iter() {
        check(Subject::Service(s.id), &s.name, &[&s.name, &s.description, &s.target_group]);
    }
    for ph in &plan.phases {
        check(Subject::Phase(ph.kind), crate::i18n::Named::name(&ph.kind, crate::i18n::Language::Fi), &[&ph.notes]);
        for d in &ph.deliverables {
            check(Subject::Deliverable(d.id), &d.title, &[&d.title, &d.note]);
        }
    }
    for c in plan.budget.cost_lines.iter() {
        check(Subject::CostLine(c.id), &c.description, &[&c.description]);
    }
    for x in &plan.budget.metrics {
        check(Subject::Metric(x.id), &x.name, &[&x.name, &x.definition, &x.source, &x.unit]);
    }
    for r in plan.risks.risks.iter() {
        let texts = [&r.code, &r.title, &r.cause, &r.consequence, &r.mitigation, &r.owner_person, &r.action_owner];
        check(Subject::Risk(r.id), &r.title, &texts.map(String::as_str));
    }
}

fn annexes(plan: &Plan, out: &mut Findings) {
    let a = &plan.meta.annexes;
    for (i, spec) in a.iter().enumerate() {
        if a[..i].iter().any(|x| x.number == spec.number) {
            out.warning(Subject::Plan, Problem::AnnexNumberRepeated { number: spec.number });
        }
    }
}
