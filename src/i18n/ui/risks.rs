//! Interface texts of the risks screen: `Tx` names each label, and its key gives the message in
//! the catalogues (`i18n/<code>/ui-risks.ftl`); the functions fill sentences with numbers.

use crate::i18n::{Key, Language, Named, text, tr};
use crate::model::RiskStatus;
use crate::model::register::Column;

/// A piece of text of the risks screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tx {
    Title,
    Add,
    Duplicate,
    Remove,
    CopySuffix,
    PanelEditor,
    PanelRating,
    PanelMoney,
    PanelScales,
    PanelHeatmap,
    SearchPlaceholder,
    AllCategories,
    AllOwners,
    AllBands,
    AllPhases,
    OpenStatuses,
    ThreatsAndOpportunities,
    Shared,
    SharedByAlliance,
    OverdueOnly,
    ShowClosed,
    ClearFilters,
    NoRisks,
    NoMatches,
    Inherent,
    HeatmapAxes,
    SelectRisk,
    CannotRead,
    Code,
    RiskTitle,
    Cause,
    Consequence,
    Category,
    Phase,
    Owner,
    OwnerPerson,
    Probability,
    Impact,
    Score,
    Residual,
    Nature,
    MinAmount,
    LikelyAmount,
    MaxAmount,
    ProbabilityPct,
    ExpectedValue,
    Mitigation,
    ActionOwner,
    Due,
    Review,
    Trend,
    Status,
    ReviewOverdue,
    ActionOverdue,
    RatingHistory,
    NoRatingHistory,
    RateResidual,
    QuickKeysHint,
    Spread,
    NoVotes,
    StrongDisagreement,
    AdoptValue,
    AdoptWaiting,
    ClearVotes,
    WorkshopNote,
    Exposure,
    OpenThreats,
    OpenOpportunities,
    NetExposure,
    WorstLikely,
    Contributions,
    ContributionsHint,
    ProbabilityScale,
    ImpactScale,
    BandLimits,
    ResetScales,
}

impl Tx {
    /// Every text, for the completeness test.
    pub const ALL: [Tx; 76] = [
        Tx::Title,
        Tx::Add,
        Tx::Duplicate,
        Tx::Remove,
        Tx::CopySuffix,
        Tx::PanelEditor,
        Tx::PanelRating,
        Tx::PanelMoney,
        Tx::PanelScales,
        Tx::PanelHeatmap,
        Tx::SearchPlaceholder,
        Tx::AllCategories,
        Tx::AllOwners,
        Tx::AllBands,
        Tx::AllPhases,
        Tx::OpenStatuses,
        Tx::ThreatsAndOpportunities,
        Tx::Shared,
        Tx::SharedByAlliance,
        Tx::OverdueOnly,
        Tx::ShowClosed,
        Tx::ClearFilters,
        Tx::NoRisks,
        Tx::NoMatches,
        Tx::Inherent,
        Tx::HeatmapAxes,
        Tx::SelectRisk,
        Tx::CannotRead,
        Tx::Code,
        Tx::RiskTitle,
        Tx::Cause,
        Tx::Consequence,
        Tx::Category,
        Tx::Phase,
        Tx::Owner,
        Tx::OwnerPerson,
        Tx::Probability,
        Tx::Impact,
        Tx::Score,
        Tx::Residual,
        Tx::Nature,
        Tx::MinAmount,
        Tx::LikelyAmount,
        Tx::MaxAmount,
        Tx::ProbabilityPct,
        Tx::ExpectedValue,
        Tx::Mitigation,
        Tx::ActionOwner,
        Tx::Due,
        Tx::Review,
        Tx::Trend,
        Tx::Status,
        Tx::ReviewOverdue,
        Tx::ActionOverdue,
        Tx::RatingHistory,
        Tx::NoRatingHistory,
        Tx::RateResidual,
        Tx::QuickKeysHint,
        Tx::Spread,
        Tx::NoVotes,
        Tx::StrongDisagreement,
        Tx::AdoptValue,
        Tx::AdoptWaiting,
        Tx::ClearVotes,
        Tx::WorkshopNote,
        Tx::Exposure,
        Tx::OpenThreats,
        Tx::OpenOpportunities,
        Tx::NetExposure,
        Tx::WorstLikely,
        Tx::Contributions,
        Tx::ContributionsHint,
        Tx::ProbabilityScale,
        Tx::ImpactScale,
        Tx::BandLimits,
        Tx::ResetScales,
    ];

    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            Tx::Title => Key::UiRisksTitle,
            Tx::Add => Key::UiRisksAdd,
            Tx::Duplicate => Key::UiRisksDuplicate,
            Tx::Remove => Key::UiRisksRemove,
            Tx::CopySuffix => Key::UiRisksCopySuffix,
            Tx::PanelEditor => Key::UiRisksPanelEditor,
            Tx::PanelRating => Key::UiRisksPanelRating,
            Tx::PanelMoney => Key::UiRisksPanelMoney,
            Tx::PanelScales => Key::UiRisksPanelScales,
            Tx::PanelHeatmap => Key::UiRisksPanelHeatmap,
            Tx::SearchPlaceholder => Key::UiRisksSearchPlaceholder,
            Tx::AllCategories => Key::UiRisksAllCategories,
            Tx::AllOwners => Key::UiRisksAllOwners,
            Tx::AllBands => Key::UiRisksAllBands,
            Tx::AllPhases => Key::UiRisksAllPhases,
            Tx::OpenStatuses => Key::UiRisksOpenStatuses,
            Tx::ThreatsAndOpportunities => Key::UiRisksThreatsAndOpportunities,
            Tx::Shared => Key::UiRisksShared,
            Tx::SharedByAlliance => Key::UiRisksSharedByAlliance,
            Tx::OverdueOnly => Key::UiRisksOverdueOnly,
            Tx::ShowClosed => Key::UiRisksShowClosed,
            Tx::ClearFilters => Key::UiRisksClearFilters,
            Tx::NoRisks => Key::UiRisksNoRisks,
            Tx::NoMatches => Key::UiRisksNoMatches,
            Tx::Inherent => Key::UiRisksInherent,
            Tx::HeatmapAxes => Key::UiRisksHeatmapAxes,
            Tx::SelectRisk => Key::UiRisksSelectRisk,
            Tx::CannotRead => Key::UiRisksCannotRead,
            Tx::Code => Key::UiRisksCode,
            Tx::RiskTitle => Key::UiRisksRiskTitle,
            Tx::Cause => Key::UiRisksCause,
            Tx::Consequence => Key::UiRisksConsequence,
            Tx::Category => Key::UiRisksCategory,
            Tx::Phase => Key::UiRisksPhase,
            Tx::Owner => Key::UiRisksOwner,
            Tx::OwnerPerson => Key::UiRisksOwnerPerson,
            Tx::Probability => Key::UiRisksProbability,
            Tx::Impact => Key::UiRisksImpact,
            Tx::Score => Key::UiRisksScore,
            Tx::Residual => Key::UiRisksResidual,
            Tx::Nature => Key::UiRisksNature,
            Tx::MinAmount => Key::UiRisksMinAmount,
            Tx::LikelyAmount => Key::UiRisksLikelyAmount,
            Tx::MaxAmount => Key::UiRisksMaxAmount,
            Tx::ProbabilityPct => Key::UiRisksProbabilityPct,
            Tx::ExpectedValue => Key::UiRisksExpectedValue,
            Tx::Mitigation => Key::UiRisksMitigation,
            Tx::ActionOwner => Key::UiRisksActionOwner,
            Tx::Due => Key::UiRisksDue,
            Tx::Review => Key::UiRisksReview,
            Tx::Trend => Key::UiRisksTrend,
            Tx::Status => Key::UiRisksStatus,
            Tx::ReviewOverdue => Key::UiRisksReviewOverdue,
            Tx::ActionOverdue => Key::UiRisksActionOverdue,
            Tx::RatingHistory => Key::UiRisksRatingHistory,
            Tx::NoRatingHistory => Key::UiRisksNoRatingHistory,
            Tx::RateResidual => Key::UiRisksRateResidual,
            Tx::QuickKeysHint => Key::UiRisksQuickKeysHint,
            Tx::Spread => Key::UiRisksSpread,
            Tx::NoVotes => Key::UiRisksNoVotes,
            Tx::StrongDisagreement => Key::UiRisksStrongDisagreement,
            Tx::AdoptValue => Key::UiRisksAdoptValue,
            Tx::AdoptWaiting => Key::UiRisksAdoptWaiting,
            Tx::ClearVotes => Key::UiRisksClearVotes,
            Tx::WorkshopNote => Key::UiRisksWorkshopNote,
            Tx::Exposure => Key::UiRisksExposure,
            Tx::OpenThreats => Key::UiRisksOpenThreats,
            Tx::OpenOpportunities => Key::UiRisksOpenOpportunities,
            Tx::NetExposure => Key::UiRisksNetExposure,
            Tx::WorstLikely => Key::UiRisksWorstLikely,
            Tx::Contributions => Key::UiRisksContributions,
            Tx::ContributionsHint => Key::UiRisksContributionsHint,
            Tx::ProbabilityScale => Key::UiRisksProbabilityScale,
            Tx::ImpactScale => Key::UiRisksImpactScale,
            Tx::BandLimits => Key::UiRisksBandLimits,
            Tx::ResetScales => Key::UiRisksResetScales,
        }
    }
}

/// The short header of a table column.
pub fn column_short(c: Column, lang: Language) -> &'static str {
    match c {
        Column::Code => Tx::Code.get(lang),
        Column::Title => text(lang, Key::UiRisksColumnTitle),
        Column::Category => Tx::Category.get(lang),
        Column::Phase => Tx::Phase.get(lang),
        Column::Owner => Tx::Owner.get(lang),
        Column::Probability => text(lang, Key::UiRisksColumnProbability),
        Column::Impact => text(lang, Key::UiRisksColumnImpact),
        Column::Score => text(lang, Key::UiRisksColumnScore),
        Column::Band => text(lang, Key::UiRisksColumnBand),
        Column::MinAmount => Tx::MinAmount.get(lang),
        Column::LikelyAmount => Tx::LikelyAmount.get(lang),
        Column::MaxAmount => Tx::MaxAmount.get(lang),
        Column::ProbabilityPct => Tx::ProbabilityPct.get(lang),
        // Short enough for the column's 100 px in every language ("Förväntat värde" was cut).
        Column::ExpectedValue => text(lang, Key::UiRisksColumnExpectedValue),
        Column::Nature => Tx::Nature.get(lang),
        Column::Mitigation => Tx::Mitigation.get(lang),
        Column::ActionOwner => Tx::ActionOwner.get(lang),
        Column::Due => text(lang, Key::UiRisksColumnDue),
        Column::Status => Tx::Status.get(lang),
        Column::Review => text(lang, Key::UiRisksColumnReview),
        Column::Trend => "↕",
        Column::Residual => Tx::Residual.get(lang),
    }
}

/// An entry of the "sort by" list: "Lajittele: Todennäköisyys".
pub fn sort_by(c: Column, lang: Language) -> String {
    let name = match c {
        Column::Probability => Tx::Probability.get(lang),
        Column::Impact => Tx::Impact.get(lang),
        Column::Title => Tx::RiskTitle.get(lang),
        Column::Due => Tx::Due.get(lang),
        Column::Score => Tx::Score.get(lang),
        Column::Trend => Tx::Trend.get(lang),
        Column::Code => Tx::Code.get(lang),
        other => column_short(other, lang),
    };
    tr(lang, Key::UiRisksSortBy, &[("name", name.into())])
}

/// "12 avointa / 14 riskiä".
pub fn counts(open: usize, total: usize, lang: Language) -> String {
    tr(lang, Key::UiRisksCounts, &[("open", open.into()), ("total", total.into())])
}

/// "Näytetään 120 / 10 000".
pub fn shown(rows: usize, total: usize, lang: Language) -> String {
    tr(lang, Key::UiRisksShown, &[("rows", rows.into()), ("total", total.into())])
}

/// The chip of an active heatmap-cell filter.
pub fn cell_chip(p: u8, i: u8, residual: bool, lang: Language) -> String {
    let key = if residual { Key::UiRisksCellChipResidual } else { Key::UiRisksCellChip };
    tr(lang, key, &[("p", p.into()), ("i", i.into())])
}

/// The title of the residual matrix with how many risks have residual ratings.
pub fn residual_title(rated: usize, lang: Language) -> String {
    tr(lang, Key::UiRisksResidualTitle, &[("rated", rated.into())])
}

/// The button of a status move: "→ Käsittelyssä".
pub fn move_to(s: RiskStatus, lang: Language) -> String {
    format!("→ {}", s.name(lang))
}

/// "2–4, mediaani 3 (3 arviota)".
pub fn spread(min: u8, max: u8, median: u8, votes: usize, lang: Language) -> String {
    let range = if min == max { min.to_string() } else { format!("{min}–{max}") };
    tr(lang, Key::UiRisksSpreadLine, &[("range", range.into()), ("median", median.into()), ("votes", votes.into())])
}

/// The adopt button: "Hyväksy mediaani 3 × 4".
pub fn adopt_button(p: u8, i: u8, is_median: bool, lang: Language) -> String {
    let key = if is_median { Key::UiRisksAdoptMedian } else { Key::UiRisksAdopt };
    tr(lang, key, &[("p", p.into()), ("i", i.into())])
}

/// "Nykyinen arvio: 3 × 4".
pub fn current_rating(now: &str, residual: bool, lang: Language) -> String {
    let key = if residual { Key::UiRisksCurrentResidualRating } else { Key::UiRisksCurrentRating };
    tr(lang, key, &[("now", now.into())])
}

pub fn reserve_from_register(amount: &str, lang: Language) -> String {
    tr(lang, Key::UiRisksReserveFromRegister, &[("amount", amount.into())])
}

pub fn reserve_flat(pct: &str, lang: Language) -> String {
    tr(lang, Key::UiRisksReserveFlat, &[("pct", pct.into())])
}

pub fn reserve_fixed(amount: &str, lang: Language) -> String {
    tr(lang, Key::UiRisksReserveFixed, &[("amount", amount.into())])
}

/// "… ja 9 985 muuta".
pub fn more_shares(n: usize, lang: Language) -> String {
    tr(lang, Key::UiRisksMoreShares, &[("n", n.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_in_every_language() {
        for tx in Tx::ALL {
            let all = Language::ALL.map(|l| tx.get(l));
            assert!(all.iter().all(|s| !s.trim().is_empty()), "{tx:?}");
        }
        for c in Column::ALL {
            assert!(Language::ALL.iter().all(|&l| !column_short(c, l).is_empty()));
        }
    }
}
