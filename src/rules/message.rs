//! What each finding says: the `Problem` enum with the data a message needs, its stable code,
//! and the message in Finnish, Swedish and English, with the reason and what would fix it. The
//! texts are in the Fluent catalogues `i18n/<language>/rules.ftl`.

use crate::i18n::format::{money, percent};
use crate::i18n::{Key, Language, Named, tr};
use crate::model::{Bp, Field, Money, PhaseKind, Procurement, ProductionMode, ServiceRole};
use chrono::NaiveDate;

/// Where a broken reference was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefPlace {
    Cell,
    Organiser,
    DeliverableOwner,
    Position,
    CostLine,
    RiskOwner,
}

/// A problem the rules found, with the names the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    PhaseMissing {
        phase: PhaseKind,
    },
    PhaseRepeated {
        phase: PhaseKind,
    },
    PhaseOrder,
    PhaseEndBeforeStart {
        phase: PhaseKind,
    },
    PhasesOverlap {
        first: PhaseKind,
        second: PhaseKind,
        days: i64,
    },
    PhaseGap {
        first: PhaseKind,
        second: PhaseKind,
        days: i64,
    },
    DeliverableOutsidePhase {
        title: String,
        phase: PhaseKind,
    },
    DeliverableStartAfterDue {
        title: String,
    },
    DecisionBeforePhaseEnd {
        phase: PhaseKind,
        date: NaiveDate,
    },
    LaterPhaseStartedBeforeGo {
        phase: PhaseKind,
        next: PhaseKind,
    },
    GoNotUnanimous {
        phase: PhaseKind,
        blocking: Vec<String>,
    },
    ExitBeforeRight {
        party: String,
        date: NaiveDate,
        from: Option<NaiveDate>,
    },
    DuplicateId {
        id: u32,
    },
    MissingParty {
        place: RefPlace,
        id: u32,
    },
    DuplicateCell {
        service: String,
        party: String,
    },
    BusinessIdInvalid {
        party: String,
        value: String,
        expected: Option<u8>,
    },
    BusinessIdMissing {
        party: String,
    },
    NoOwners,
    SharesSum {
        sum: Bp,
    },
    ShareNotOwner {
        party: String,
    },
    FeeNotProducer {
        party: String,
    },
    ProducerWithoutFee {
        party: String,
    },
    AmountOutOfRange {
        amount: Money,
    },
    NegativeAmount {
        amount: Money,
    },
    UnknownCostCategory {
        code: String,
    },
    /// A measurement or an actual cost names a metric or a party the plan does not have.
    FollowUpReference {
        period: String,
    },
    /// Two measurements (or two cost rows) for the same metric, area and period.
    FollowUpDuplicate,
    CostNotReimbursable {
        code: String,
        category: String,
    },
    ShareOverHundred {
        share: Bp,
    },
    WeightsSum {
        sum: Bp,
    },
    LevelsOrder {
        metric: String,
    },
    ActualNotComputable {
        metric: String,
    },
    RatingOutOfScale {
        risk: String,
    },
    RiskAmountsOrder {
        risk: String,
    },
    ProbabilityOverHundred {
        risk: String,
    },
    BandLimits,
    AnnexNumberRepeated {
        number: u8,
    },
    OrganiserNotAccountable {
        service: String,
        organiser: String,
    },
    AdminTaskToPrivate {
        service: String,
        party: String,
    },
    AdminTaskMode {
        service: String,
        mode: ProductionMode,
    },
    MarketFailureMissing {
        service: String,
        party: String,
    },
    OutsideDuties {
        service: String,
        party: String,
        field: Field,
    },
    RolesMixed {
        service: String,
        party: String,
        role: ServiceRole,
    },
    NotTakingPart {
        party: String,
    },
    ProcurementProcedure {
        procedure: Procurement,
    },
    AccountableCount {
        service: String,
        count: usize,
    },
    OrganiserNotPublic {
        service: String,
        party: String,
    },
    OwnerInTender {
        service: String,
        party: String,
    },
    BodyNotInSetting {
        party: String,
        kind: crate::model::PartyKind,
        setting: crate::model::Setting,
    },
    LeadershipTeamSize {
        seats: usize,
        max: usize,
    },
    ImpactAgainstExposure {
        risk: String,
        impact: u8,
        class: u8,
        likely: crate::model::Money,
        target: crate::model::Money,
    },
    /// Text holds characters the annexes' font has no glyph for (they would print as boxes).
    MissingGlyphs {
        what: String,
        chars: String,
    },
}

impl Problem {
    /// The stable code: legal rules start with `L` and their number in domain guide §3.
    pub fn code(&self) -> &'static str {
        use Problem::*;
        match self {
            PhaseMissing { .. } => "phase-missing",
            PhaseRepeated { .. } => "phase-repeated",
            PhaseOrder => "phase-order",
            PhaseEndBeforeStart { .. } => "phase-dates",
            PhasesOverlap { .. } => "phase-overlap",
            PhaseGap { .. } => "phase-gap",
            DeliverableOutsidePhase { .. } => "deliverable-outside-phase",
            DeliverableStartAfterDue { .. } => "deliverable-dates",
            DecisionBeforePhaseEnd { .. } => "gate-early",
            LaterPhaseStartedBeforeGo { .. } => "gate-later-phase-started",
            GoNotUnanimous { .. } => "gate-not-unanimous",
            ExitBeforeRight { .. } => "exit-before-right",
            DuplicateId { .. } => "duplicate-id",
            MissingParty { .. } => "missing-party",
            DuplicateCell { .. } => "duplicate-cell",
            BusinessIdInvalid { .. } => "business-id",
            BusinessIdMissing { .. } => "business-id-missing",
            NoOwners => "no-owners",
            SharesSum { .. } => "shares-sum",
            ShareNotOwner { .. } => "share-not-owner",
            FeeNotProducer { .. } => "fee-not-producer",
            ProducerWithoutFee { .. } => "producer-no-fee",
            AmountOutOfRange { .. } => "amount-range",
            NegativeAmount { .. } => "amount-negative",
            UnknownCostCategory { .. } => "cost-category",
            FollowUpReference { .. } => "followup-reference",
            FollowUpDuplicate => "followup-duplicate",
            CostNotReimbursable { .. } => "cost-not-reimbursable",
            ShareOverHundred { .. } => "sharing-range",
            WeightsSum { .. } => "kra-weights",
            LevelsOrder { .. } => "kra-levels",
            ActualNotComputable { .. } => "kra-actual",
            RatingOutOfScale { .. } => "risk-rating",
            RiskAmountsOrder { .. } => "risk-amounts",
            ProbabilityOverHundred { .. } => "risk-probability",
            BandLimits => "risk-bands",
            AnnexNumberRepeated { .. } => "annex-number",
            OrganiserNotAccountable { .. } => "L1-organiser-accountable",
            AdminTaskToPrivate { .. } => "L2-admin-task-private",
            AdminTaskMode { .. } => "L2-admin-task-mode",
            MarketFailureMissing { .. } => "L3-market-failure",
            OutsideDuties { .. } => "L4-own-production-duties",
            RolesMixed { .. } => "L5-roles-separate",
            NotTakingPart { .. } => "L6-not-taking-part",
            ProcurementProcedure { .. } => "L7-negotiated-procedure",
            AccountableCount { .. } => "L8-one-accountable",
            OrganiserNotPublic { .. } => "L1-organiser-public",
            OwnerInTender { .. } => "L5-owner-in-tender",
            BodyNotInSetting { .. } => "S1-body-not-in-setting",
            LeadershipTeamSize { .. } => "S2-leadership-team-size",
            ImpactAgainstExposure { .. } => "risk-impact-exposure",
            MissingGlyphs { .. } => "font-missing-glyphs",
        }
    }

    /// The message in the language: what is wrong, why, and what would fix it.
    pub fn message(&self, l: Language) -> String {
        use Problem::*;
        let n = |p: &PhaseKind| p.name(l);
        match self {
            PhaseMissing { phase } => tr(l, Key::RulesPhaseMissing, &[("phase", n(phase).into())]),
            PhaseRepeated { phase } => tr(l, Key::RulesPhaseRepeated, &[("phase", n(phase).into())]),
            PhaseOrder => tr(l, Key::RulesPhaseOrder, &[]),
            PhaseEndBeforeStart { phase } => tr(l, Key::RulesPhaseEndBeforeStart, &[("phase", n(phase).into())]),
            PhasesOverlap { first, second, days } => tr(
                l,
                Key::RulesPhasesOverlap,
                &[("first", n(first).into()), ("second", n(second).into()), ("days", days.into())],
            ),
            PhaseGap { first, second, days } => tr(
                l,
                Key::RulesPhaseGap,
                &[("first", n(first).into()), ("second", n(second).into()), ("days", days.into())],
            ),
            DeliverableOutsidePhase { title, phase } => {
                tr(l, Key::RulesDeliverableOutsidePhase, &[("title", title.into()), ("phase", n(phase).into())])
            }
            DeliverableStartAfterDue { title } => tr(l, Key::RulesDeliverableStartAfterDue, &[("title", title.into())]),
            DecisionBeforePhaseEnd { phase, date } => tr(
                l,
                Key::RulesDecisionBeforePhaseEnd,
                &[("phase", n(phase).into()), ("date", crate::i18n::format::date(*date, l).into())],
            ),
            LaterPhaseStartedBeforeGo { phase, next } => {
                tr(l, Key::RulesLaterPhaseStartedBeforeGo, &[("next", n(next).into()), ("phase", n(phase).into())])
            }
            GoNotUnanimous { phase, blocking } => {
                let who = blocking.join(", ");
                tr(l, Key::RulesGoNotUnanimous, &[("phase", n(phase).into()), ("who", who.into())])
            }
            ExitBeforeRight { party, date, from } => {
                let from = match from {
                    Some(f) => {
                        tr(l, Key::RulesExitBeforeRightFrom, &[("date", crate::i18n::format::date(*f, l).into())])
                    }
                    None => String::new(),
                };
                let date = crate::i18n::format::date(*date, l);
                tr(
                    l,
                    Key::RulesExitBeforeRight,
                    &[("party", party.into()), ("date", date.into()), ("from", from.into())],
                )
            }
            DuplicateId { id } => tr(l, Key::RulesDuplicateId, &[("id", id.into())]),
            MissingParty { place, id } => {
                let place = tr(
                    l,
                    match place {
                        RefPlace::Cell => Key::RulesPlaceCell,
                        RefPlace::Organiser => Key::RulesPlaceOrganiser,
                        RefPlace::DeliverableOwner => Key::RulesPlaceDeliverableOwner,
                        RefPlace::Position => Key::RulesPlacePosition,
                        RefPlace::CostLine => Key::RulesPlaceCostLine,
                        RefPlace::RiskOwner => Key::RulesPlaceRiskOwner,
                    },
                    &[],
                );
                tr(l, Key::RulesMissingParty, &[("place", place.into()), ("id", id.into())])
            }
            DuplicateCell { service, party } => {
                tr(l, Key::RulesDuplicateCell, &[("party", party.into()), ("service", service.into())])
            }
            BusinessIdInvalid { party, value, expected } => {
                let hint = match expected {
                    Some(d) => tr(l, Key::RulesBusinessIdCheckDigit, &[("digit", d.into())]),
                    None => tr(l, Key::RulesBusinessIdForm, &[]),
                };
                tr(
                    l,
                    Key::RulesBusinessIdInvalid,
                    &[("party", party.into()), ("value", value.into()), ("hint", hint.into())],
                )
            }
            BusinessIdMissing { party } => tr(l, Key::RulesBusinessIdMissing, &[("party", party.into())]),
            NoOwners => tr(l, Key::RulesNoOwners, &[]),
            SharesSum { sum } => tr(l, Key::RulesSharesSum, &[("sum", percent(*sum, l).into())]),
            ShareNotOwner { party } => tr(l, Key::RulesShareNotOwner, &[("party", party.into())]),
            FeeNotProducer { party } => tr(l, Key::RulesFeeNotProducer, &[("party", party.into())]),
            ProducerWithoutFee { party } => tr(l, Key::RulesProducerWithoutFee, &[("party", party.into())]),
            AmountOutOfRange { amount } => tr(l, Key::RulesAmountOutOfRange, &[("amount", money(*amount, l).into())]),
            NegativeAmount { amount } => tr(l, Key::RulesNegativeAmount, &[("amount", money(*amount, l).into())]),
            FollowUpReference { period } => tr(l, Key::RulesFollowUpReference, &[("period", period.into())]),
            FollowUpDuplicate => tr(l, Key::RulesFollowUpDuplicate, &[]),
            UnknownCostCategory { code } => tr(l, Key::RulesUnknownCostCategory, &[("code", code.into())]),
            CostNotReimbursable { code, category } => {
                tr(l, Key::RulesCostNotReimbursable, &[("code", code.into()), ("category", category.into())])
            }
            ShareOverHundred { share } => tr(l, Key::RulesShareOverHundred, &[("share", percent(*share, l).into())]),
            WeightsSum { sum } => tr(l, Key::RulesWeightsSum, &[("sum", percent(*sum, l).into())]),
            LevelsOrder { metric } => tr(l, Key::RulesLevelsOrder, &[("metric", metric.into())]),
            ActualNotComputable { metric } => tr(l, Key::RulesActualNotComputable, &[("metric", metric.into())]),
            RatingOutOfScale { risk } => tr(l, Key::RulesRatingOutOfScale, &[("risk", risk.into())]),
            RiskAmountsOrder { risk } => tr(l, Key::RulesRiskAmountsOrder, &[("risk", risk.into())]),
            ProbabilityOverHundred { risk } => tr(l, Key::RulesProbabilityOverHundred, &[("risk", risk.into())]),
            BandLimits => tr(l, Key::RulesBandLimits, &[]),
            AnnexNumberRepeated { number } => tr(l, Key::RulesAnnexNumberRepeated, &[("number", number.into())]),
            OrganiserNotAccountable { service, organiser } => tr(
                l,
                Key::RulesOrganiserNotAccountable,
                &[("service", service.into()), ("organiser", organiser.into())],
            ),
            AdminTaskToPrivate { service, party } => {
                tr(l, Key::RulesAdminTaskToPrivate, &[("service", service.into()), ("party", party.into())])
            }
            AdminTaskMode { service, mode } => {
                tr(l, Key::RulesAdminTaskMode, &[("service", service.into()), ("mode", mode.name(l).into())])
            }
            MarketFailureMissing { service, party } => {
                tr(l, Key::RulesMarketFailureMissing, &[("party", party.into()), ("service", service.into())])
            }
            OutsideDuties { service, party, field } => tr(
                l,
                Key::RulesOutsideDuties,
                &[("party", party.into()), ("service", service.into()), ("field", field.name(l).into())],
            ),
            RolesMixed { service, party, role } => tr(
                l,
                Key::RulesRolesMixed,
                &[("party", party.into()), ("service", service.into()), ("role", role.name(l).into())],
            ),
            NotTakingPart { party } => tr(l, Key::RulesNotTakingPart, &[("party", party.into())]),
            ProcurementProcedure { procedure } => {
                tr(l, Key::RulesProcurementProcedure, &[("procedure", procedure.name(l).into())])
            }
            AccountableCount { service, count: 0 } => {
                tr(l, Key::RulesAccountableCountNone, &[("service", service.into())])
            }
            AccountableCount { service, count } => {
                tr(l, Key::RulesAccountableCount, &[("service", service.into()), ("count", count.into())])
            }
            OrganiserNotPublic { service, party } => {
                tr(l, Key::RulesOrganiserNotPublic, &[("service", service.into()), ("party", party.into())])
            }
            OwnerInTender { service, party } => {
                tr(l, Key::RulesOwnerInTender, &[("party", party.into()), ("service", service.into())])
            }
            BodyNotInSetting { party, kind, setting } => {
                use crate::model::{PartyKind as K, Setting as S};
                match (setting, kind) {
                    (S::EmploymentArea, K::TeOffice) => tr(l, Key::RulesBodyTeOffice, &[("party", party.into())]),
                    (S::EmploymentArea, K::ElyCentre) => tr(l, Key::RulesBodyElyCentre, &[("party", party.into())]),
                    (S::EmploymentArea, _) => tr(l, Key::RulesBodyRegion, &[("party", party.into())]),
                    (S::Regional2018, _) => tr(l, Key::RulesBodyRegional2018, &[("party", party.into())]),
                }
            }
            ImpactAgainstExposure { risk, impact, class, likely, target } => {
                let (m, t) = (crate::i18n::format::money(*likely, l), crate::i18n::format::money(*target, l));
                tr(
                    l,
                    Key::RulesImpactAgainstExposure,
                    &[
                        ("risk", risk.into()),
                        ("impact", impact.into()),
                        ("likely", m.into()),
                        ("target", t.into()),
                        ("class", class.into()),
                    ],
                )
            }
            MissingGlyphs { what, chars } => {
                tr(l, Key::RulesMissingGlyphs, &[("what", what.into()), ("chars", chars.into())])
            }
            LeadershipTeamSize { seats, max } => {
                tr(l, Key::RulesLeadershipTeamSize, &[("seats", seats.into()), ("max", max.into())])
            }
        }
    }
}

#[cfg(test)]
mod tests;
