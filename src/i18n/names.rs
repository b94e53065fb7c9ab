//! The names of the model's enums in Finnish, Swedish and English: one exhaustive table per
//! enum from values to catalogue keys (`i18n/<code>/names.ftl`, `names-<enum>-<value>`), so a
//! value without a name fails to compile, and the catalogue test checks every language has it.
//! Terms follow the glossary of the domain guide (§8).

use super::{Key, Language, text};
use crate::model::*;

/// A value with a name in every language.
pub trait Named {
    /// The name in the given language.
    fn name(&self, lang: Language) -> &'static str;
}

/// `names!(Enum { Variant => KeyVariant, ... })` implements `Named` with an exhaustive match
/// from values to `Key`s, each name looked up with `text`. For the tests it also lists every
/// table of the invocation (`tables()`): because the match is exhaustive, that list holds every
/// value of every enum.
macro_rules! names {
    ($($ty:ty { $($variant:ident => $key:ident),* $(,)? })*) => {
        $(
            impl Named for $ty {
                fn name(&self, lang: Language) -> &'static str {
                    match self {
                        $(<$ty>::$variant => text(lang, Key::$key),)*
                    }
                }
            }
        )*

        /// Every table: the enum's name and, per value, its debug form and its names in
        /// `Language::ALL` order.
        #[cfg(test)]
        pub(crate) fn tables() -> Vec<(&'static str, Vec<(String, [&'static str; 3])>)> {
            vec![$((
                stringify!($ty),
                vec![$((
                    format!("{:?}", <$ty>::$variant),
                    Language::ALL.map(|lang| <$ty>::$variant.name(lang)),
                )),*],
            )),*]
        }
    };
}

impl Language {
    /// The language's name in itself ("Suomi", "Svenska", "English"), for a language picker.
    pub fn native_name(self) -> &'static str {
        self.name(self)
    }
}

names! {
    Language {
        Fi => NamesLanguageFi,
        Sv => NamesLanguageSv,
        En => NamesLanguageEn,
    }

    // Parties (domain guide §3).
    PartyKind {
        Region => NamesPartyKindRegion,
        EmploymentArea => NamesPartyKindEmploymentArea,
        HostMunicipality => NamesPartyKindHostMunicipality,
        Municipality => NamesPartyKindMunicipality,
        TeOffice => NamesPartyKindTeOffice,
        ElyCentre => NamesPartyKindElyCentre,
        VitalityCentre => NamesPartyKindVitalityCentre,
        EducationProvider => NamesPartyKindEducationProvider,
        Kela => NamesPartyKindKela,
        WellbeingCounty => NamesPartyKindWellbeingCounty,
        PrivateProducer => NamesPartyKindPrivateProducer,
        ThirdSector => NamesPartyKindThirdSector,
        Other => NamesPartyKindOther,
    }
    AllianceRole {
        Owner => NamesAllianceRoleOwner,
        Producer => NamesAllianceRoleProducer,
        OwnProduction => NamesAllianceRoleOwnProduction,
        Observer => NamesAllianceRoleObserver,
    }
    Field {
        Employment => NamesFieldEmployment,
        BusinessServices => NamesFieldBusinessServices,
        Education => NamesFieldEducation,
        Integration => NamesFieldIntegration,
        YouthWork => NamesFieldYouthWork,
        SocialSecurity => NamesFieldSocialSecurity,
        HealthAndSocial => NamesFieldHealthAndSocial,
        Other => NamesFieldOther,
    }

    // Services, the rows of the role matrix.
    ServiceKind {
        Service => NamesServiceKindService,
        SupportService => NamesServiceKindSupportService,
        PublicAdministrativeTask => NamesServiceKindPublicAdministrativeTask,
    }
    ProductionMode {
        OwnProduction => NamesProductionModeOwnProduction,
        AllianceTender => NamesProductionModeAllianceTender,
        ServiceVoucher => NamesProductionModeServiceVoucher,
        MarketOrThirdSector => NamesProductionModeMarketOrThirdSector,
    }
    ServiceRole {
        Accountable => NamesServiceRoleAccountable,
        Producer => NamesServiceRoleProducer,
        Funder => NamesServiceRoleFunder,
        ProcurementUnit => NamesServiceRoleProcurementUnit,
        Consulted => NamesServiceRoleConsulted,
        Informed => NamesServiceRoleInformed,
    }

    // Phases, deliverables and gates (domain guide §2).
    PhaseKind {
        Strategy => NamesPhaseKindStrategy,
        Formation => NamesPhaseKindFormation,
        Development => NamesPhaseKindDevelopment,
        Service => NamesPhaseKindService,
    }
    PhaseState {
        NotStarted => NamesPhaseStateNotStarted,
        InProgress => NamesPhaseStateInProgress,
        Passed => NamesPhaseStatePassed,
        Exited => NamesPhaseStateExited,
    }
    DeliverableStatus {
        NotStarted => NamesDeliverableStatusNotStarted,
        InProgress => NamesDeliverableStatusInProgress,
        Done => NamesDeliverableStatusDone,
        Cancelled => NamesDeliverableStatusCancelled,
    }
    GateOutcome {
        Go => NamesGateOutcomeGo,
        Exit => NamesGateOutcomeExit,
        Rework => NamesGateOutcomeRework,
    }
    Stance {
        Approves => NamesStanceApproves,
        Rejects => NamesStanceRejects,
        Abstains => NamesStanceAbstains,
        Absent => NamesStanceAbsent,
    }
    ChecklistItem {
        // Strategy.
        MunicipalTalks => NamesChecklistItemMunicipalTalks,
        SharedIntent => NamesChecklistItemSharedIntent,
        FundingAndOrganisation => NamesChecklistItemFundingAndOrganisation,
        CooperationAndDecisions => NamesChecklistItemCooperationAndDecisions,
        IsModelRight => NamesChecklistItemIsModelRight,
        DoWeGoAhead => NamesChecklistItemDoWeGoAhead,
        HowToProcure => NamesChecklistItemHowToProcure,
        // Formation.
        MarketDialogue => NamesChecklistItemMarketDialogue,
        TenderDocuments => NamesChecklistItemTenderDocuments,
        ProducerInduction => NamesChecklistItemProducerInduction,
        NegotiatedProcedure => NamesChecklistItemNegotiatedProcedure,
        ProcurementUnit => NamesChecklistItemProcurementUnit,
        // Development.
        DevelopmentAgreement => NamesChecklistItemDevelopmentAgreement,
        JointOrganisation => NamesChecklistItemJointOrganisation,
        ServiceConcept => NamesChecklistItemServiceConcept,
        TargetGroupAndNeeds => NamesChecklistItemTargetGroupAndNeeds,
        SharedStrategicGoals => NamesChecklistItemSharedStrategicGoals,
        CommunityAndIndividualGoals => NamesChecklistItemCommunityAndIndividualGoals,
        OwnVersusPurchased => NamesChecklistItemOwnVersusPurchased,
        Contracts => NamesChecklistItemContracts,
        Metrics => NamesChecklistItemMetrics,
        Staging => NamesChecklistItemStaging,
        Duration => NamesChecklistItemDuration,
        ProjectOrganisation => NamesChecklistItemProjectOrganisation,
        TargetBudget => NamesChecklistItemTargetBudget,
        RiskAssessment => NamesChecklistItemRiskAssessment,
        // Service.
        ServiceAgreement => NamesChecklistItemServiceAgreement,
        ServicesStarted => NamesChecklistItemServicesStarted,
        PerformanceMeasured => NamesChecklistItemPerformanceMeasured,
        DeliveryStaged => NamesChecklistItemDeliveryStaged,
        YearlyReview => NamesChecklistItemYearlyReview,
        ExitRight => NamesChecklistItemExitRight,
    }

    // Risk register (domain guide §6).
    RiskCategory {
        Strategic => NamesRiskCategoryStrategic,
        Legal => NamesRiskCategoryLegal,
        Financial => NamesRiskCategoryFinancial,
        Operational => NamesRiskCategoryOperational,
        Client => NamesRiskCategoryClient,
        DataIct => NamesRiskCategoryDataIct,
        MarketProducer => NamesRiskCategoryMarketProducer,
        Political => NamesRiskCategoryPolitical,
    }
    RiskNature {
        Threat => NamesRiskNatureThreat,
        Opportunity => NamesRiskNatureOpportunity,
    }
    RiskStatus {
        Identified => NamesRiskStatusIdentified,
        BeingHandled => NamesRiskStatusBeingHandled,
        UnderControl => NamesRiskStatusUnderControl,
        Occurred => NamesRiskStatusOccurred,
        Closed => NamesRiskStatusClosed,
    }
    Trend {
        Rising => NamesTrendRising,
        Stable => NamesTrendStable,
        Falling => NamesTrendFalling,
    }
    Band {
        Low => NamesBandLow,
        Moderate => NamesBandModerate,
        High => NamesBandHigh,
        Critical => NamesBandCritical,
    }

    // Metrics (domain guide §5).
    Direction {
        HigherIsBetter => NamesDirectionHigherIsBetter,
        LowerIsBetter => NamesDirectionLowerIsBetter,
    }

    // Plan metadata and annexes (domain guide §1, §7).
    Setting {
        Regional2018 => NamesSettingRegional2018,
        EmploymentArea => NamesSettingEmploymentArea,
    }
    Procurement {
        NotDecided => NamesProcurementNotDecided,
        Negotiated => NamesProcurementNegotiated,
        Open => NamesProcurementOpen,
        Restricted => NamesProcurementRestricted,
        CompetitiveDialogue => NamesProcurementCompetitiveDialogue,
        DirectAward => NamesProcurementDirectAward,
    }
    PlanStatus {
        Draft => NamesPlanStatusDraft,
        Approved => NamesPlanStatusApproved,
    }
    AnnexKind {
        Charter => NamesAnnexKindCharter,
        Services => NamesAnnexKindServices,
        Commercial => NamesAnnexKindCommercial,
        ReimbursableCosts => NamesAnnexKindReimbursableCosts,
        Organisation => NamesAnnexKindOrganisation,
        Risks => NamesAnnexKindRisks,
        Schedule => NamesAnnexKindSchedule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_value_has_a_name_in_every_language() {
        for (ty, rows) in tables() {
            assert!(!rows.is_empty(), "{ty} has no values");
            for (value, names) in rows {
                for (lang, name) in Language::ALL.iter().zip(names) {
                    assert!(!name.trim().is_empty(), "{ty}::{value} has no name in {lang}");
                    assert_eq!(name, name.trim(), "{ty}::{value} in {lang} has stray spaces");
                }
            }
        }
    }

    #[test]
    fn names_are_distinct_within_an_enum() {
        for (ty, rows) in tables() {
            for (i, lang) in Language::ALL.iter().enumerate() {
                let mut seen = HashSet::new();
                for (value, names) in &rows {
                    assert!(seen.insert(names[i].to_lowercase()), "{ty}: “{}” repeats in {lang} ({value})", names[i]);
                }
            }
        }
    }

    #[test]
    fn tables_cover_the_model_enums() {
        let tables = tables();
        let count = |ty: &str| tables.iter().find(|(t, _)| *t == ty).map(|(_, rows)| rows.len());
        assert_eq!(count("PartyKind"), Some(PartyKind::ALL.len()));
        assert_eq!(count("AllianceRole"), Some(AllianceRole::ALL.len()));
        assert_eq!(count("Field"), Some(Field::ALL.len()));
        assert_eq!(count("ServiceKind"), Some(ServiceKind::ALL.len()));
        assert_eq!(count("ProductionMode"), Some(ProductionMode::ALL.len()));
        assert_eq!(count("ServiceRole"), Some(ServiceRole::ALL.len()));
        assert_eq!(count("PhaseKind"), Some(PhaseKind::ALL.len()));
        assert_eq!(count("RiskCategory"), Some(RiskCategory::ALL.len()));
        assert_eq!(count("AnnexKind"), Some(AnnexKind::ALL.len()));
        assert_eq!(count("Language"), Some(Language::ALL.len()));
        for ty in [
            "DeliverableStatus",
            "GateOutcome",
            "Stance",
            "ChecklistItem",
            "RiskNature",
            "RiskStatus",
            "Trend",
            "Band",
            "Direction",
            "Setting",
            "Procurement",
            "PlanStatus",
        ] {
            assert!(count(ty).is_some_and(|n| n > 0), "no table for {ty}");
        }
    }

    #[test]
    fn glossary_terms() {
        let all = |v: &dyn Named| Language::ALL.map(|l| v.name(l));
        assert_eq!(all(&AllianceRole::Owner), ["Tilaaja", "Beställare", "Owner"]);
        assert_eq!(all(&AllianceRole::Producer), ["Palveluntuottaja", "Serviceproducent", "Producer"]);
        assert_eq!(all(&ProductionMode::ServiceVoucher), ["Palveluseteli", "Servicesedel", "Service voucher"]);
        assert_eq!(
            all(&ServiceKind::PublicAdministrativeTask),
            ["Julkinen hallintotehtävä", "Offentlig förvaltningsuppgift", "Public administrative task"]
        );
        assert_eq!(all(&PlanStatus::Draft), ["Luonnos", "Utkast", "Draft"]);
        assert_eq!(all(&PlanStatus::Approved), ["Hyväksytty", "Godkänd", "Approved"]);
        assert_eq!(AnnexKind::Commercial.name(Language::Fi), "Kaupallinen malli");
        assert_eq!(PhaseKind::Development.name(Language::Sv), "Utvecklingsfas");
    }

    #[test]
    fn native_names() {
        assert_eq!(Language::ALL.map(Language::native_name), ["Suomi", "Svenska", "English"]);
        assert_eq!(Language::Sv.name(Language::Fi), "Ruotsi");
    }
}
