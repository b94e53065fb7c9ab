//! Every finding's message fills all its placeables in every language.

use super::{Problem, RefPlace};
use crate::i18n::Language;
use crate::model::{Bp, Field, Money, PartyKind, PhaseKind, Procurement, ProductionMode, ServiceRole, Setting};
use chrono::NaiveDate;

/// One finding of every kind (and every branch of its message), with every field set.
fn every_problem() -> Vec<Problem> {
    let date = NaiveDate::from_ymd_opt(2026, 5, 12).unwrap_or_default();
    vec![
        Problem::PhaseMissing { phase: PhaseKind::ALL[1] },
        Problem::PhaseRepeated { phase: PhaseKind::ALL[1] },
        Problem::PhaseOrder,
        Problem::PhaseEndBeforeStart { phase: PhaseKind::ALL[1] },
        Problem::PhasesOverlap { first: PhaseKind::ALL[1], second: PhaseKind::ALL[1], days: 3 },
        Problem::PhaseGap { first: PhaseKind::ALL[1], second: PhaseKind::ALL[1], days: 3 },
        Problem::DeliverableOutsidePhase { title: "x".to_string(), phase: PhaseKind::ALL[1] },
        Problem::DeliverableStartAfterDue { title: "x".to_string() },
        Problem::DecisionBeforePhaseEnd { phase: PhaseKind::ALL[1], date },
        Problem::LaterPhaseStartedBeforeGo { phase: PhaseKind::ALL[1], next: PhaseKind::ALL[1] },
        Problem::GoNotUnanimous { phase: PhaseKind::ALL[1], blocking: vec!["x".to_string()] },
        Problem::ExitBeforeRight { party: "x".to_string(), date, from: Some(date) },
        Problem::ExitBeforeRight { party: "x".to_string(), date, from: None },
        Problem::DuplicateId { id: 7 },
        Problem::MissingParty { place: RefPlace::Cell, id: 7 },
        Problem::MissingParty { place: RefPlace::Organiser, id: 7 },
        Problem::MissingParty { place: RefPlace::DeliverableOwner, id: 7 },
        Problem::MissingParty { place: RefPlace::Position, id: 7 },
        Problem::MissingParty { place: RefPlace::CostLine, id: 7 },
        Problem::MissingParty { place: RefPlace::RiskOwner, id: 7 },
        Problem::DuplicateCell { service: "x".to_string(), party: "x".to_string() },
        Problem::BusinessIdInvalid { party: "x".to_string(), value: "x".to_string(), expected: None },
        Problem::BusinessIdInvalid { party: "x".to_string(), value: "x".to_string(), expected: Some(3) },
        Problem::BusinessIdMissing { party: "x".to_string() },
        Problem::NoOwners,
        Problem::SharesSum { sum: Bp(1000) },
        Problem::ShareNotOwner { party: "x".to_string() },
        Problem::FeeNotProducer { party: "x".to_string() },
        Problem::ProducerWithoutFee { party: "x".to_string() },
        Problem::AmountOutOfRange { amount: Money(100) },
        Problem::NegativeAmount { amount: Money(100) },
        Problem::UnknownCostCategory { code: "x".to_string() },
        Problem::FollowUpReference { period: "x".to_string() },
        Problem::FollowUpDuplicate,
        Problem::CostNotReimbursable { code: "x".to_string(), category: "x".to_string() },
        Problem::ShareOverHundred { share: Bp(1000) },
        Problem::WeightsSum { sum: Bp(1000) },
        Problem::LevelsOrder { metric: "x".to_string() },
        Problem::ActualNotComputable { metric: "x".to_string() },
        Problem::RatingOutOfScale { risk: "x".to_string() },
        Problem::RiskAmountsOrder { risk: "x".to_string() },
        Problem::ProbabilityOverHundred { risk: "x".to_string() },
        Problem::BandLimits,
        Problem::AnnexNumberRepeated { number: 4 },
        Problem::OrganiserNotAccountable { service: "x".to_string(), organiser: "x".to_string() },
        Problem::AdminTaskToPrivate { service: "x".to_string(), party: "x".to_string() },
        Problem::AdminTaskMode { service: "x".to_string(), mode: ProductionMode::ALL[0] },
        Problem::MarketFailureMissing { service: "x".to_string(), party: "x".to_string() },
        Problem::OutsideDuties { service: "x".to_string(), party: "x".to_string(), field: Field::ALL[0] },
        Problem::RolesMixed { service: "x".to_string(), party: "x".to_string(), role: ServiceRole::ALL[0] },
        Problem::NotTakingPart { party: "x".to_string() },
        Problem::ProcurementProcedure { procedure: Procurement::Open },
        Problem::AccountableCount { service: "x".to_string(), count: 0 },
        Problem::AccountableCount { service: "x".to_string(), count: 2 },
        Problem::OrganiserNotPublic { service: "x".to_string(), party: "x".to_string() },
        Problem::OwnerInTender { service: "x".to_string(), party: "x".to_string() },
        Problem::BodyNotInSetting { party: "x".to_string(), kind: PartyKind::TeOffice, setting: Setting::Regional2018 },
        Problem::BodyNotInSetting {
            party: "x".to_string(),
            kind: PartyKind::TeOffice,
            setting: Setting::EmploymentArea,
        },
        Problem::BodyNotInSetting {
            party: "x".to_string(),
            kind: PartyKind::ElyCentre,
            setting: Setting::Regional2018,
        },
        Problem::BodyNotInSetting {
            party: "x".to_string(),
            kind: PartyKind::ElyCentre,
            setting: Setting::EmploymentArea,
        },
        Problem::BodyNotInSetting { party: "x".to_string(), kind: PartyKind::ALL[0], setting: Setting::Regional2018 },
        Problem::BodyNotInSetting { party: "x".to_string(), kind: PartyKind::ALL[0], setting: Setting::EmploymentArea },
        Problem::LeadershipTeamSize { seats: 0, max: 0 },
        Problem::LeadershipTeamSize { seats: 0, max: 2 },
        Problem::LeadershipTeamSize { seats: 2, max: 0 },
        Problem::LeadershipTeamSize { seats: 2, max: 2 },
        Problem::ImpactAgainstExposure {
            risk: "x".to_string(),
            impact: 4,
            class: 4,
            likely: Money(100),
            target: Money(100),
        },
        Problem::MissingGlyphs { what: "x".to_string(), chars: "x".to_string() },
    ]
}

#[test]
fn every_message_fills_its_placeables_in_every_language() {
    for p in every_problem() {
        let texts: Vec<String> = Language::ALL.iter().map(|&l| p.message(l)).collect();
        for (l, text) in Language::ALL.iter().zip(&texts) {
            assert!(!text.contains('{') && !text.contains('}'), "{p:?} {l}: {text}");
            assert!(!text.starts_with("rules-") && text.ends_with(['.', ')']), "{p:?} {l}: {text}");
        }
        assert_ne!(texts[0], texts[2], "{p:?} is not translated");
    }
}
