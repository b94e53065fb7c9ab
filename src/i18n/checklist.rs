//! The guidance a facilitator reads out for each item of a phase's workshop checklist: the
//! work or the key question of the domain guide (§2), in Finnish, Swedish and English; the texts are in
//! the catalogues (`i18n/<code>/checklist.ftl`).

use super::{Key, Language, text};
use crate::model::ChecklistItem;

/// The question or framing sentence for a checklist item, in the given language.
pub fn question(item: ChecklistItem, lang: Language) -> &'static str {
    use ChecklistItem::*;
    let key = match item {
        // Strategy phase.
        MunicipalTalks => Key::ChecklistMunicipalTalks,
        SharedIntent => Key::ChecklistSharedIntent,
        FundingAndOrganisation => Key::ChecklistFundingAndOrganisation,
        CooperationAndDecisions => Key::ChecklistCooperationAndDecisions,
        IsModelRight => Key::ChecklistIsModelRight,
        DoWeGoAhead => Key::ChecklistDoWeGoAhead,
        HowToProcure => Key::ChecklistHowToProcure,
        // Formation phase.
        MarketDialogue => Key::ChecklistMarketDialogue,
        TenderDocuments => Key::ChecklistTenderDocuments,
        ProducerInduction => Key::ChecklistProducerInduction,
        NegotiatedProcedure => Key::ChecklistNegotiatedProcedure,
        ProcurementUnit => Key::ChecklistProcurementUnit,
        // Development phase.
        DevelopmentAgreement => Key::ChecklistDevelopmentAgreement,
        JointOrganisation => Key::ChecklistJointOrganisation,
        ServiceConcept => Key::ChecklistServiceConcept,
        TargetGroupAndNeeds => Key::ChecklistTargetGroupAndNeeds,
        SharedStrategicGoals => Key::ChecklistSharedStrategicGoals,
        CommunityAndIndividualGoals => Key::ChecklistCommunityAndIndividualGoals,
        OwnVersusPurchased => Key::ChecklistOwnVersusPurchased,
        Contracts => Key::ChecklistContracts,
        Metrics => Key::ChecklistMetrics,
        Staging => Key::ChecklistStaging,
        Duration => Key::ChecklistDuration,
        ProjectOrganisation => Key::ChecklistProjectOrganisation,
        TargetBudget => Key::ChecklistTargetBudget,
        RiskAssessment => Key::ChecklistRiskAssessment,
        // Service phase.
        ServiceAgreement => Key::ChecklistServiceAgreement,
        ServicesStarted => Key::ChecklistServicesStarted,
        PerformanceMeasured => Key::ChecklistPerformanceMeasured,
        DeliveryStaged => Key::ChecklistDeliveryStaged,
        YearlyReview => Key::ChecklistYearlyReview,
        ExitRight => Key::ChecklistExitRight,
    };
    text(lang, key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PhaseKind;
    use std::collections::HashSet;

    #[test]
    fn every_checklist_item_has_a_question_in_every_language() {
        for phase in PhaseKind::ALL {
            for &item in phase.checklist() {
                for lang in Language::ALL {
                    let q = question(item, lang);
                    assert!(!q.trim().is_empty(), "{phase:?}/{item:?} has no question in {lang}");
                    assert!(q.ends_with('?') || q.ends_with('.'), "{phase:?}/{item:?} in {lang}: “{q}”");
                    assert_eq!(q, q.trim(), "{phase:?}/{item:?} in {lang} has stray spaces");
                }
            }
        }
    }

    #[test]
    fn every_item_belongs_to_one_phase_and_questions_are_distinct() {
        let items: Vec<ChecklistItem> = PhaseKind::ALL.iter().flat_map(|p| p.checklist().iter().copied()).collect();
        let unique: HashSet<_> = items.iter().collect();
        assert_eq!(unique.len(), items.len(), "an item is in two phases");
        // The names table lists every ChecklistItem (its match is exhaustive).
        let all = super::super::names::tables().into_iter().find(|(ty, _)| *ty == "ChecklistItem").unwrap().1;
        assert_eq!(all.len(), items.len(), "a checklist item belongs to no phase");
        for lang in Language::ALL {
            let questions: HashSet<_> = items.iter().map(|&i| question(i, lang)).collect();
            assert_eq!(questions.len(), items.len(), "two items share a question in {lang}");
        }
    }

    #[test]
    fn key_question_of_the_strategy_phase() {
        assert_eq!(
            question(ChecklistItem::IsModelRight, Language::Fi),
            "Onko allianssimalli oikea tapa järjestää nämä palvelut meille?"
        );
    }
}
