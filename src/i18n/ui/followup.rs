//! Interface texts of the follow-up view: `F` names each label, and its key gives the message in
//! the catalogues (`i18n/<code>/ui-followup.ftl`). Texts with a `typed` placeable take what the
//! user typed (`F::with`).

use crate::i18n::{Key, Language, text, tr};
use crate::model::Periodicity;

/// A piece of the follow-up view's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum F {
    Title,
    Intro,
    Periodicity,
    Month,
    Quarter,
    Year,
    NoMetrics,
    Alliance,
    Period,
    Summed,
    NoMeasurements,
    Levels,
    Minimum,
    Target,
    Excellent,
    EntryTitle,
    Area,
    WholeAlliance,
    Value,
    Save,
    Remove,
    BadPeriod,
    BadValue,
    BadCount,
    BadAmount,
    ChooseParty,
    ChooseCategory,
    Saved,
    CostsTitle,
    CostsIntro,
    Budget,
    Reported,
    Used,
    PerPeriod,
    Cumulative,
    NoCosts,
    CostEntryTitle,
    Party,
    Category,
    AmountEuros,
    ForecastTitle,
    AsOf,
    MonthsElapsed,
    ToDate,
    OfProducers,
    RunRate,
    Estimate,
    RestEstimate,
    RestHint,
    NoRunRate,
    NoEstimate,
    NoForecast,
    Rest,
    ActualCost,
    Underrun,
    Overrun,
    KraScore,
    Kra,
    OwnersOutlay,
    Saving,
    NetPerParty,
    Report,
    ReportPeriod,
    ReportFile,
}

impl F {
    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The text with what the user typed in its `typed` placeable.
    pub fn with(self, typed: &str, lang: Language) -> String {
        tr(lang, self.key(), &[("typed", typed.into())])
    }

    /// The name of a period length.
    pub fn periodicity(p: Periodicity, lang: Language) -> &'static str {
        match p {
            Periodicity::Month => F::Month,
            Periodicity::Quarter => F::Quarter,
            Periodicity::Year => F::Year,
        }
        .get(lang)
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            F::Title => Key::UiFollowupTitle,
            F::Intro => Key::UiFollowupIntro,
            F::Periodicity => Key::UiFollowupPeriodicity,
            F::Month => Key::UiFollowupMonth,
            F::Quarter => Key::UiFollowupQuarter,
            F::Year => Key::UiFollowupYear,
            F::NoMetrics => Key::UiFollowupNoMetrics,
            F::Alliance => Key::UiFollowupAlliance,
            F::Period => Key::UiFollowupPeriod,
            F::Summed => Key::UiFollowupSummed,
            F::NoMeasurements => Key::UiFollowupNoMeasurements,
            F::Levels => Key::UiFollowupLevels,
            F::Minimum => Key::UiFollowupMinimum,
            F::Target => Key::UiFollowupTarget,
            F::Excellent => Key::UiFollowupExcellent,
            F::EntryTitle => Key::UiFollowupEntryTitle,
            F::Area => Key::UiFollowupArea,
            F::WholeAlliance => Key::UiFollowupWholeAlliance,
            F::Value => Key::UiFollowupValue,
            F::Save => Key::UiFollowupSave,
            F::Remove => Key::UiFollowupRemove,
            F::BadPeriod => Key::UiFollowupBadPeriod,
            F::BadValue => Key::UiFollowupBadValue,
            F::BadCount => Key::UiFollowupBadCount,
            F::BadAmount => Key::UiFollowupBadAmount,
            F::ChooseParty => Key::UiFollowupChooseParty,
            F::ChooseCategory => Key::UiFollowupChooseCategory,
            F::Saved => Key::UiFollowupSaved,
            F::CostsTitle => Key::UiFollowupCostsTitle,
            F::CostsIntro => Key::UiFollowupCostsIntro,
            F::Budget => Key::UiFollowupBudget,
            F::Reported => Key::UiFollowupReported,
            F::Used => Key::UiFollowupUsed,
            F::PerPeriod => Key::UiFollowupPerPeriod,
            F::Cumulative => Key::UiFollowupCumulative,
            F::NoCosts => Key::UiFollowupNoCosts,
            F::CostEntryTitle => Key::UiFollowupCostEntryTitle,
            F::Party => Key::UiFollowupParty,
            F::Category => Key::UiFollowupCategory,
            F::AmountEuros => Key::UiFollowupAmountEuros,
            F::ForecastTitle => Key::UiFollowupForecastTitle,
            F::AsOf => Key::UiFollowupAsOf,
            F::MonthsElapsed => Key::UiFollowupMonthsElapsed,
            F::ToDate => Key::UiFollowupToDate,
            F::OfProducers => Key::UiFollowupOfProducers,
            F::RunRate => Key::UiFollowupRunRate,
            F::Estimate => Key::UiFollowupEstimate,
            F::RestEstimate => Key::UiFollowupRestEstimate,
            F::RestHint => Key::UiFollowupRestHint,
            F::NoRunRate => Key::UiFollowupNoRunRate,
            F::NoEstimate => Key::UiFollowupNoEstimate,
            F::NoForecast => Key::UiFollowupNoForecast,
            F::Rest => Key::UiFollowupRest,
            F::ActualCost => Key::UiFollowupActualCost,
            F::Underrun => Key::UiFollowupUnderrun,
            F::Overrun => Key::UiFollowupOverrun,
            F::KraScore => Key::UiFollowupKraScore,
            F::Kra => Key::UiFollowupKra,
            F::OwnersOutlay => Key::UiFollowupOwnersOutlay,
            F::Saving => Key::UiFollowupSaving,
            F::NetPerParty => Key::UiFollowupNetPerParty,
            F::Report => Key::UiFollowupReport,
            F::ReportPeriod => Key::UiFollowupReportPeriod,
            F::ReportFile => Key::UiFollowupReportFile,
        }
    }
}
