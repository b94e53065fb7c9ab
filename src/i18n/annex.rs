//! The words of the PDF annexes in Finnish, Swedish and English (headings, labels, page header;
//! their texts are in the catalogues, `i18n/<code>/annex.ftl`), and the annex languages: one of
//! the three, or a bilingual Finnish–Swedish edition in which every heading and label is given in
//! both languages.

use super::{Key, Language, Named, format, text};
use crate::model::{Bp, Decimal, Money};
use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

/// The language of an exported annex, chosen independently of the interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum AnnexLanguage {
    #[default]
    Fi,
    Sv,
    En,
    /// Finnish and Swedish: every label as "suomeksi / på svenska".
    FiSv,
}

impl AnnexLanguage {
    pub const ALL: [AnnexLanguage; 4] = [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En, AnnexLanguage::FiSv];

    /// The language numbers, dates and money are formatted in.
    pub fn primary(self) -> Language {
        match self {
            AnnexLanguage::Fi | AnnexLanguage::FiSv => Language::Fi,
            AnnexLanguage::Sv => Language::Sv,
            AnnexLanguage::En => Language::En,
        }
    }

    /// "fi", "sv", "en" or "fi+sv".
    pub fn code(self) -> &'static str {
        match self {
            AnnexLanguage::Fi => "fi",
            AnnexLanguage::Sv => "sv",
            AnnexLanguage::En => "en",
            AnnexLanguage::FiSv => "fi+sv",
        }
    }

    /// The name of the edition in the interface language.
    pub fn name(self, ui: Language) -> String {
        match self {
            AnnexLanguage::Fi => Language::Fi.name(ui).to_string(),
            AnnexLanguage::Sv => Language::Sv.name(ui).to_string(),
            AnnexLanguage::En => Language::En.name(ui).to_string(),
            AnnexLanguage::FiSv => text(ui, Key::AnnexEditionFiSv).to_string(),
        }
    }

    /// A label in this edition: one language, or "fi / sv".
    pub fn label(self, l: Label) -> String {
        self.both(l.get(Language::Fi), l.get(Language::Sv), l.get(Language::En))
    }

    /// The name of an enum value in this edition.
    pub fn named(self, v: &impl Named) -> String {
        self.both(v.name(Language::Fi), v.name(Language::Sv), v.name(Language::En))
    }

    /// Picks a text; the bilingual edition joins the Finnish and Swedish ones (once when equal).
    pub fn both(self, fi: &str, sv: &str, en: &str) -> String {
        match self {
            AnnexLanguage::Fi => fi.to_string(),
            AnnexLanguage::Sv => sv.to_string(),
            AnnexLanguage::En => en.to_string(),
            AnnexLanguage::FiSv if fi == sv => fi.to_string(),
            AnnexLanguage::FiSv => format!("{fi} / {sv}"),
        }
    }

    pub fn money(self, m: Money) -> String {
        format::money(m, self.primary())
    }

    pub fn percent(self, bp: Bp) -> String {
        format::percent(bp, self.primary())
    }

    pub fn decimal(self, d: Decimal) -> String {
        format::decimal(d, self.primary())
    }

    pub fn date(self, d: NaiveDate) -> String {
        format::date(d, self.primary())
    }

    pub fn opt_date(self, d: Option<NaiveDate>) -> String {
        d.map(|d| self.date(d)).unwrap_or_else(|| "–".to_string())
    }
}

impl fmt::Display for AnnexLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for AnnexLanguage {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fi" => Ok(AnnexLanguage::Fi),
            "sv" => Ok(AnnexLanguage::Sv),
            "en" => Ok(AnnexLanguage::En),
            "fi+sv" | "fisv" | "fi-sv" => Ok(AnnexLanguage::FiSv),
            other => Err(format!("unknown annex language “{other}”: use fi, sv, en or fi+sv")),
        }
    }
}

/// `labels! { Variant => KeyVariant, ... }`: the `Label` enum with one exhaustive match to the
/// catalogue keys (`i18n/<code>/annex.ftl`), each label looked up with `text`.
macro_rules! labels {
    ($($v:ident => $key:ident),* $(,)?) => {
        /// A word or phrase of the annexes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Label { $($v),* }

        impl Label {
            pub const ALL: &'static [Label] = &[$(Label::$v),*];

            pub fn get(self, lang: Language) -> &'static str {
                match self { $(Label::$v => text(lang, Key::$key)),* }
            }
        }
    };
}

labels! {
    // Page header and frame.
    Agreement => AnnexAgreement,
    AnnexUpper => AnnexAnnexUpper,
    AnnexesUpper => AnnexAnnexesUpper,
    Annex => AnnexAnnex,
    Version => AnnexVersion,
    Record => AnnexRecord,
    Date => AnnexDate,
    AgreementLabel => AnnexAgreementLabel,
    DevelopmentAgreement => AnnexDevelopmentAgreement,
    ServiceAgreement => AnnexServiceAgreement,
    Phase => AnnexPhase,
    Status => AnnexStatus,
    Parties => AnnexParties,
    Party => AnnexParty,
    BusinessId => AnnexBusinessId,
    Role => AnnexRole,
    Contact => AnnexContact,
    Replaces => AnnexReplaces,
    ReplacesNothing => AnnexReplacesNothing,
    Approval => AnnexApproval,
    ApprovedAjr => AnnexApprovedAjr,
    PlaceDate => AnnexPlaceDate,
    Signature => AnnexSignature,
    NameTitle => AnnexNameTitle,
    VersionHistory => AnnexVersionHistory,
    Author => AnnexAuthor,
    Changes => AnnexChanges,
    ChangesSince => AnnexChangesSince,
    Object => AnnexObject,
    Field => AnnexField,
    Before => AnnexBefore,
    Now => AnnexNow,
    MoreChanges => AnnexMoreChanges,
    NoChangesSince => AnnexNoChangesSince,
    Contents => AnnexContents,
    Pages => AnnexPages,
    Continued => AnnexContinued,
    Title => AnnexTitle,
    None_ => AnnexNone,
    // Charter.
    TargetGroup => AnnexTargetGroup,
    ClientNeeds => AnnexClientNeeds,
    StrategicGoals => AnnexStrategicGoals,
    CommunityGoals => AnnexCommunityGoals,
    IndividualGoals => AnnexIndividualGoals,
    WorkshopAnswers => AnnexWorkshopAnswers,
    Question => AnnexQuestion,
    Answer => AnnexAnswer,
    Metrics => AnnexMetrics,
    Metric => AnnexMetric,
    Definition => AnnexDefinition,
    Source => AnnexSource,
    Direction => AnnexDirection,
    Minimum => AnnexMinimum,
    Target => AnnexTarget,
    Excellent => AnnexExcellent,
    Weight => AnnexWeight,
    Pool => AnnexPool,
    // Services.
    Service => AnnexService,
    Kind => AnnexKind,
    Mode => AnnexMode,
    Organiser => AnnexOrganiser,
    Producers => AnnexProducers,
    Accountable => AnnexAccountable,
    MarketFailure => AnnexMarketFailure,
    ServicesIntro => AnnexServicesIntro,
    // Schedule.
    Timeline => AnnexTimeline,
    Start => AnnexStart,
    End => AnnexEnd,
    Due => AnnexDue,
    ReviewOn => AnnexReviewOn,
    Owner => AnnexOwner,
    Deliverables => AnnexDeliverables,
    Deliverable => AnnexDeliverable,
    Phases => AnnexPhases,
    Gates => AnnexGates,
    Gate => AnnexGate,
    Outcome => AnnexOutcome,
    Minutes => AnnexMinutes,
    Positions => AnnexPositions,
    NoDates => AnnexNoDates,
    // Organisation.
    PartyKindL => AnnexPartyKindL,
    FundingShare => AnnexFundingShare,
    Fee => AnnexFee,
    LeadershipTeam => AnnexLeadershipTeam,
    ProjectTeam => AnnexProjectTeam,
    Seats => AnnexSeats,
    Matrix => AnnexMatrix,
    MatrixLegend => AnnexMatrixLegend,
    PartyResources => AnnexPartyResources,
    EurosPerYear => AnnexEurosPerYear,
    PersonYears => AnnexPersonYears,
    Total => AnnexTotal,
    Findings => AnnexFindings,
    NoFindings => AnnexNoFindings,
    Severity => AnnexSeverity,
    Code => AnnexCode,
    Message => AnnexMessage,
    SeverityError => AnnexSeverityError,
    SeverityWarning => AnnexSeverityWarning,
    // Commercial.
    TargetCostMakeUp => AnnexTargetCostMakeUp,
    Base => AnnexBase,
    Reserve => AnnexReserve,
    ReserveFromRegister => AnnexReserveFromRegister,
    ReserveFlat => AnnexReserveFlat,
    ReserveFixed => AnnexReserveFixed,
    TargetCost => AnnexTargetCost,
    FeeTotal => AnnexFeeTotal,
    FeeFixed => AnnexFeeFixed,
    FeePercent => AnnexFeePercent,
    FeeInside => AnnexFeeInside,
    FeeOutside => AnnexFeeOutside,
    Ceiling => AnnexCeiling,
    FeePerProducer => AnnexFeePerProducer,
    Sharing => AnnexSharing,
    GainShare => AnnexGainShare,
    PainShare => AnnexPainShare,
    GainCap => AnnexGainCap,
    PainCap => AnnexPainCap,
    NoCap => AnnexNoCap,
    CapFee => AnnexCapFee,
    Combined => AnnexCombined,
    On => AnnexOn,
    Off => AnnexOff,
    OwnersSplit => AnnexOwnersSplit,
    Rounding => AnnexRounding,
    SharingWords => AnnexSharingWords,
    Kra => AnnexKra,
    KraPool => AnnexKraPool,
    KraWords => AnnexKraWords,
    Scenarios => AnnexScenarios,
    ScenarioHead => AnnexScenarioHead,
    ScenarioWords => AnnexScenarioWords,
    Actual => AnnexActual,
    Underrun => AnnexUnderrun,
    Overrun => AnnexOverrun,
    ProdGain => AnnexProdGain,
    OwnerGain => AnnexOwnerGain,
    ProdPain => AnnexProdPain,
    OwnerPain => AnnexOwnerPain,
    KraEff => AnnexKraEff,
    ProducersTotal => AnnexProducersTotal,
    OwnersOutlay => AnnexOwnersOutlay,
    Saving => AnnexSaving,
    PartyOutcome => AnnexPartyOutcome,
    PartyTotalNote => AnnexPartyTotalNote,
    ActualProducers => AnnexActualProducers,
    PartyLines => AnnexPartyLines,
    PartyLinesNote => AnnexPartyLinesNote,
    KraScoring => AnnexKraScoring,
    KraScoringNote => AnnexKraScoringNote,
    ValueCol => AnnexValueCol,
    ScoreCol => AnnexScoreCol,
    WeightedScore => AnnexWeightedScore,
    KraAmount => AnnexKraAmount,
    TargetShareCol => AnnexTargetShareCol,
    GainCol => AnnexGainCol,
    PainCol => AnnexPainCol,
    KraCol => AnnexKraCol,
    NetCol => AnnexNetCol,
    CannotCompute => AnnexCannotCompute,
    NoScenarios => AnnexNoScenarios,
    // Reimbursable costs.
    ReimbursableIntro => AnnexReimbursableIntro,
    Reimbursable => AnnexReimbursable,
    NotReimbursable => AnnexNotReimbursable,
    Category => AnnexCategory,
    Unit => AnnexUnit,
    Rate => AnnexRate,
    AtInvoice => AnnexAtInvoice,
    Evidence => AnnexEvidence,
    Approver => AnnexApprover,
    BudgetPerParty => AnnexBudgetPerParty,
    // Risks.
    Heatmap => AnnexHeatmap,
    HeatmapAll => AnnexHeatmapAll,
    Probability => AnnexProbability,
    Impact => AnnexImpact,
    Register => AnnexRegister,
    RiskId => AnnexRiskId,
    Risk => AnnexRisk,
    CauseConsequence => AnnexCauseConsequence,
    Score => AnnexScore,
    ProbabilityShort => AnnexProbabilityShort,
    ImpactShort => AnnexImpactShort,
    Band => AnnexBand,
    Expected => AnnexExpected,
    Mitigation => AnnexMitigation,
    ClosedIncluded => AnnexClosedIncluded,
    ClosedLeftOut => AnnexClosedLeftOut,
    Scales => AnnexScales,
    Bands => AnnexBands,
    Shared => AnnexShared,
    // Follow-up report.
    Report => AnnexReport,
    ReportUpper => AnnexReportUpper,
    ReportPeriod => AnnexReportPeriod,
    AsOf => AnnexAsOf,
    ReportWords => AnnexReportWords,
    Kpis => AnnexKpis,
    WholeAlliance => AnnexWholeAlliance,
    PeriodCol => AnnexPeriodCol,
    SummedNote => AnnexSummedNote,
    NoMeasurements => AnnexNoMeasurements,
    Burn => AnnexBurn,
    BurnPerYear => AnnexBurnPerYear,
    Year => AnnexYear,
    BudgetCol => AnnexBudgetCol,
    ActualCol => AnnexActualCol,
    UsedCol => AnnexUsedCol,
    Cumulative => AnnexCumulative,
    PeriodCost => AnnexPeriodCost,
    CumulativeCol => AnnexCumulativeCol,
    NoCosts => AnnexNoCosts,
    Forecast => AnnexForecast,
    ForecastWords => AnnexForecastWords,
    ToDate => AnnexToDate,
    ToDateProducers => AnnexToDateProducers,
    LatestPeriod => AnnexLatestPeriod,
    MonthsElapsed => AnnexMonthsElapsed,
    PartyCostToDate => AnnexPartyCostToDate,
    Case => AnnexCase,
    RunRate => AnnexRunRate,
    Estimate => AnnexEstimate,
    Rest => AnnexRest,
    CaseLines => AnnexCaseLines,
    NoForecast => AnnexNoForecast,
    NoEstimate => AnnexNoEstimate,
    OpenRisks => AnnexOpenRisks,
    RisksByBand => AnnexRisksByBand,
    Count => AnnexCount,
    HighRisks => AnnexHighRisks,
    NextReview => AnnexNextReview,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_in_every_language_and_both() {
        for &l in Label::ALL {
            for lang in Language::ALL {
                assert!(!l.get(lang).trim().is_empty(), "{l:?} {lang}");
            }
            let both = AnnexLanguage::FiSv.label(l);
            assert!(both.starts_with(l.get(Language::Fi)) && both.ends_with(l.get(Language::Sv)), "{l:?}");
        }
        assert_eq!("fi+sv".parse::<AnnexLanguage>(), Ok(AnnexLanguage::FiSv));
        assert!("de".parse::<AnnexLanguage>().is_err());
        assert_eq!(AnnexLanguage::FiSv.label(Label::Parties), "Sopijapuolet / Avtalsparter");
        assert_eq!(AnnexLanguage::FiSv.name(Language::Sv), "Finska och svenska");
        assert_eq!(
            Label::Bands.get(Language::En),
            "Bands: 1–{low} low, {low1}–{moderate} moderate, {moderate1}–{high} high, above {high} critical."
        );
        assert_eq!(AnnexLanguage::FiSv.money(Money(155_224_600)), format::money(Money(155_224_600), Language::Fi));
    }
}
