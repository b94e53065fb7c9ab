//! The words of the user interface: `Text` names each label, button and sentence, and its key
//! gives the message in the catalogues (`i18n/<code>/ui.ftl`, and one `ui-<area>.ftl` per
//! module below); a few functions fill the sentences that carry numbers or dates.

pub mod annexes;
pub mod budget;
pub mod compare;
pub mod followup;
pub mod overview;
pub mod parties;
pub mod paths;
pub mod risks;
pub mod sheets;
pub mod timeline;

use super::{Key, Language, format, text, tr};
use chrono::NaiveDateTime;

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Text {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    DarkTheme,
    LightTheme,
    ProjectorShort,
    ViewMenu,
    AllApprove,
    ProjectorMode,
    Help,
    HelpIntro,
    CloseOverlay,
    MoveFocus,
    SwitchView,
    SwitchPhase,
    KeysMatrix,
    KeysTimeline,
    KeysRisks,
    KeysBudget,
    KeysAnnexes,
    Close,
    Cancel,
    Unsaved,
    UnsavedTitle,
    UnsavedBody,
    DiscardChanges,
    Loading,
    Saving,
    WelcomeIntro,
    OpenPlan,
    BackToPlan,
    NewFromTemplate,
    RecentFiles,
    RecoveryTitle,
    Restore,
    Discard,
    TabOverview,
    TabGuide,
    TabTimeline,
    TabParties,
    TabBudget,
    TabRisks,
    TabAnnexes,
    TabFollowUp,
    Findings,
    FindingsHint,
    NoFindings,
    Error,
    Warning,
    PhaseMissing,
    Checklist,
    AnswerPlaceholder,
    Deliverables,
    Deliverable,
    Start,
    Due,
    NoDeliverables,
    Gate,
    DecisionsSoFar,
    NoDecisions,
    PartiesPositions,
    MinutesPlaceholder,
    DecisionHint,
    PreviousPhase,
    NextPhase,
    PlanName,
    PlanNamePlaceholder,
    AllianceName,
    RecordNumber,
    Setting,
    Procurement,
    Status,
    Version,
    Date,
    TargetGroup,
    Services,
    Service,
    NoServices,
    Party,
    Parties,
    PartyKind,
    AllianceRole,
    BusinessId,
    ShareOrFee,
    LeadershipSeats,
    RoleMatrix,
    RoleMatrixHint,
    YearShort,
    PersonYearsShort,
    Total,
    Overflow,
    BudgetTotal,
    Category,
    Year,
    Description,
    Amount,
    NoCostLines,
    Sharing,
    GainShare,
    PainShare,
    GainCap,
    PainCap,
    CapEqualToFee,
    CapUnlimited,
    KraPool,
    Code,
    Risk,
    Owner,
    SharedRisk,
    ProbabilityShort,
    ImpactShort,
    Score,
    Band,
    NoRisks,
    RiskScoreHint,
    Annex,
    AnnexLanguages,
    PdfLater,
}

impl Text {
    /// Every text, for the tests.
    pub const ALL: &'static [Text] = &[
        Text::New,
        Text::Open,
        Text::Save,
        Text::SaveAs,
        Text::Undo,
        Text::Redo,
        Text::DarkTheme,
        Text::LightTheme,
        Text::ProjectorShort,
        Text::ViewMenu,
        Text::AllApprove,
        Text::ProjectorMode,
        Text::Help,
        Text::HelpIntro,
        Text::CloseOverlay,
        Text::MoveFocus,
        Text::SwitchView,
        Text::SwitchPhase,
        Text::KeysMatrix,
        Text::KeysTimeline,
        Text::KeysRisks,
        Text::KeysBudget,
        Text::KeysAnnexes,
        Text::Close,
        Text::Cancel,
        Text::Unsaved,
        Text::UnsavedTitle,
        Text::UnsavedBody,
        Text::DiscardChanges,
        Text::Loading,
        Text::Saving,
        Text::WelcomeIntro,
        Text::OpenPlan,
        Text::BackToPlan,
        Text::NewFromTemplate,
        Text::RecentFiles,
        Text::RecoveryTitle,
        Text::Restore,
        Text::Discard,
        Text::TabOverview,
        Text::TabGuide,
        Text::TabTimeline,
        Text::TabParties,
        Text::TabBudget,
        Text::TabRisks,
        Text::TabAnnexes,
        Text::TabFollowUp,
        Text::Findings,
        Text::FindingsHint,
        Text::NoFindings,
        Text::Error,
        Text::Warning,
        Text::PhaseMissing,
        Text::Checklist,
        Text::AnswerPlaceholder,
        Text::Deliverables,
        Text::Deliverable,
        Text::Start,
        Text::Due,
        Text::NoDeliverables,
        Text::Gate,
        Text::DecisionsSoFar,
        Text::NoDecisions,
        Text::PartiesPositions,
        Text::MinutesPlaceholder,
        Text::DecisionHint,
        Text::PreviousPhase,
        Text::NextPhase,
        Text::PlanName,
        Text::PlanNamePlaceholder,
        Text::AllianceName,
        Text::RecordNumber,
        Text::Setting,
        Text::Procurement,
        Text::Status,
        Text::Version,
        Text::Date,
        Text::TargetGroup,
        Text::Services,
        Text::Service,
        Text::NoServices,
        Text::Party,
        Text::Parties,
        Text::PartyKind,
        Text::AllianceRole,
        Text::BusinessId,
        Text::ShareOrFee,
        Text::LeadershipSeats,
        Text::RoleMatrix,
        Text::RoleMatrixHint,
        Text::YearShort,
        Text::PersonYearsShort,
        Text::Total,
        Text::Overflow,
        Text::BudgetTotal,
        Text::Category,
        Text::Year,
        Text::Description,
        Text::Amount,
        Text::NoCostLines,
        Text::Sharing,
        Text::GainShare,
        Text::PainShare,
        Text::GainCap,
        Text::PainCap,
        Text::CapEqualToFee,
        Text::CapUnlimited,
        Text::KraPool,
        Text::Code,
        Text::Risk,
        Text::Owner,
        Text::SharedRisk,
        Text::ProbabilityShort,
        Text::ImpactShort,
        Text::Score,
        Text::Band,
        Text::NoRisks,
        Text::RiskScoreHint,
        Text::Annex,
        Text::AnnexLanguages,
        Text::PdfLater,
    ];

    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            Text::New => Key::UiNew,
            Text::Open => Key::UiOpen,
            Text::Save => Key::UiSave,
            Text::SaveAs => Key::UiSaveAs,
            Text::Undo => Key::UiUndo,
            Text::Redo => Key::UiRedo,
            Text::DarkTheme => Key::UiDarkTheme,
            Text::LightTheme => Key::UiLightTheme,
            Text::ProjectorShort => Key::UiProjectorShort,
            Text::ViewMenu => Key::UiViewMenu,
            Text::AllApprove => Key::UiAllApprove,
            Text::ProjectorMode => Key::UiProjectorMode,
            Text::Help => Key::UiHelp,
            Text::HelpIntro => Key::UiHelpIntro,
            Text::CloseOverlay => Key::UiCloseOverlay,
            Text::MoveFocus => Key::UiMoveFocus,
            Text::SwitchView => Key::UiSwitchView,
            Text::SwitchPhase => Key::UiSwitchPhase,
            Text::KeysMatrix => Key::UiKeysMatrix,
            Text::KeysTimeline => Key::UiKeysTimeline,
            Text::KeysRisks => Key::UiKeysRisks,
            Text::KeysBudget => Key::UiKeysBudget,
            Text::KeysAnnexes => Key::UiKeysAnnexes,
            Text::Close => Key::UiClose,
            Text::Cancel => Key::UiCancel,
            Text::Unsaved => Key::UiUnsaved,
            Text::UnsavedTitle => Key::UiUnsavedTitle,
            Text::UnsavedBody => Key::UiUnsavedBody,
            Text::DiscardChanges => Key::UiDiscardChanges,
            Text::Loading => Key::UiLoading,
            Text::Saving => Key::UiSaving,
            Text::WelcomeIntro => Key::UiWelcomeIntro,
            Text::OpenPlan => Key::UiOpenPlan,
            Text::BackToPlan => Key::UiBackToPlan,
            Text::NewFromTemplate => Key::UiNewFromTemplate,
            Text::RecentFiles => Key::UiRecentFiles,
            Text::RecoveryTitle => Key::UiRecoveryTitle,
            Text::Restore => Key::UiRestore,
            Text::Discard => Key::UiDiscard,
            Text::TabOverview => Key::UiTabOverview,
            Text::TabGuide => Key::UiTabGuide,
            Text::TabTimeline => Key::UiTabTimeline,
            Text::TabParties => Key::UiTabParties,
            Text::TabBudget => Key::UiTabBudget,
            Text::TabRisks => Key::UiTabRisks,
            Text::TabAnnexes => Key::UiTabAnnexes,
            Text::TabFollowUp => Key::UiTabFollowUp,
            Text::Findings => Key::UiFindings,
            Text::FindingsHint => Key::UiFindingsHint,
            Text::NoFindings => Key::UiNoFindings,
            Text::Error => Key::UiError,
            Text::Warning => Key::UiWarning,
            Text::PhaseMissing => Key::UiPhaseMissing,
            Text::Checklist => Key::UiChecklist,
            Text::AnswerPlaceholder => Key::UiAnswerPlaceholder,
            Text::Deliverables => Key::UiDeliverables,
            Text::Deliverable => Key::UiDeliverable,
            Text::Start => Key::UiStart,
            Text::Due => Key::UiDue,
            Text::NoDeliverables => Key::UiNoDeliverables,
            Text::Gate => Key::UiGate,
            Text::DecisionsSoFar => Key::UiDecisionsSoFar,
            Text::NoDecisions => Key::UiNoDecisions,
            Text::PartiesPositions => Key::UiPartiesPositions,
            Text::MinutesPlaceholder => Key::UiMinutesPlaceholder,
            Text::DecisionHint => Key::UiDecisionHint,
            Text::PreviousPhase => Key::UiPreviousPhase,
            Text::NextPhase => Key::UiNextPhase,
            Text::PlanName => Key::UiPlanName,
            Text::PlanNamePlaceholder => Key::UiPlanNamePlaceholder,
            Text::AllianceName => Key::UiAllianceName,
            Text::RecordNumber => Key::UiRecordNumber,
            Text::Setting => Key::UiSetting,
            Text::Procurement => Key::UiProcurement,
            Text::Status => Key::UiStatus,
            Text::Version => Key::UiVersion,
            Text::Date => Key::UiDate,
            Text::TargetGroup => Key::UiTargetGroup,
            Text::Services => Key::UiServices,
            Text::Service => Key::UiService,
            Text::NoServices => Key::UiNoServices,
            Text::Party => Key::UiParty,
            Text::Parties => Key::UiParties,
            Text::PartyKind => Key::UiPartyKind,
            Text::AllianceRole => Key::UiAllianceRole,
            Text::BusinessId => Key::UiBusinessId,
            Text::ShareOrFee => Key::UiShareOrFee,
            Text::LeadershipSeats => Key::UiLeadershipSeats,
            Text::RoleMatrix => Key::UiRoleMatrix,
            Text::RoleMatrixHint => Key::UiRoleMatrixHint,
            Text::YearShort => Key::UiYearShort,
            Text::PersonYearsShort => Key::UiPersonYearsShort,
            Text::Total => Key::UiTotal,
            Text::Overflow => Key::UiOverflow,
            Text::BudgetTotal => Key::UiTextBudgetTotal,
            Text::Category => Key::UiCategory,
            Text::Year => Key::UiYear,
            Text::Description => Key::UiDescription,
            Text::Amount => Key::UiAmount,
            Text::NoCostLines => Key::UiNoCostLines,
            Text::Sharing => Key::UiSharing,
            Text::GainShare => Key::UiGainShare,
            Text::PainShare => Key::UiPainShare,
            Text::GainCap => Key::UiGainCap,
            Text::PainCap => Key::UiPainCap,
            Text::CapEqualToFee => Key::UiCapEqualToFee,
            Text::CapUnlimited => Key::UiCapUnlimited,
            Text::KraPool => Key::UiKraPool,
            Text::Code => Key::UiCode,
            Text::Risk => Key::UiRisk,
            Text::Owner => Key::UiOwner,
            Text::SharedRisk => Key::UiSharedRisk,
            Text::ProbabilityShort => Key::UiProbabilityShort,
            Text::ImpactShort => Key::UiImpactShort,
            Text::Score => Key::UiScore,
            Text::Band => Key::UiBand,
            Text::NoRisks => Key::UiNoRisks,
            Text::RiskScoreHint => Key::UiRiskScoreHint,
            Text::Annex => Key::UiAnnex,
            Text::AnnexLanguages => Key::UiAnnexLanguages,
            Text::PdfLater => Key::UiPdfLater,
        }
    }
}

/// "Käsitelty 3 / 7": checklist items ticked off out of all.
pub fn progress(done: usize, total: usize, lang: Language) -> String {
    tr(lang, Key::UiProgress, &[("done", done.into()), ("total", total.into())])
}

/// "Päätöspiste G1".
pub fn gate_title(gate: &str, lang: Language) -> String {
    format!("{} {gate}", Text::Gate.get(lang))
}

/// "3/4 hyväksyi": how many of the positions approved.
pub fn approvals(approved: usize, of: usize, lang: Language) -> String {
    tr(lang, Key::UiApprovals, &[("approved", approved.into()), ("of", of.into())])
}

/// The findings count on the header button: "Havainnot: 2 virhettä, 5 varoitusta".
pub fn findings_count(errors: usize, warnings: usize, lang: Language) -> String {
    format!("{}: {}", Text::Findings.get(lang), findings_summary(errors, warnings, lang))
}

/// The line under the first findings of a long list: "… ja 1 234 muuta havaintoa".
pub fn more_findings(more: usize, lang: Language) -> String {
    tr(lang, Key::UiMoreFindings, &[("n", more.into())])
}

/// "2 virhettä, 5 varoitusta".
pub fn findings_summary(errors: usize, warnings: usize, lang: Language) -> String {
    tr(lang, Key::UiFindingsSummary, &[("errors", errors.into()), ("warnings", warnings.into())])
}

/// The banner of a plan opened read-only because a newer version wrote it.
pub fn read_only_newer(version: u32, lang: Language) -> String {
    tr(lang, Key::UiReadOnlyNewer, &[("version", version.into())])
}

/// "Edellisen istunnon tallentamaton työ on tallessa (22.11.2026 klo 12.30)."
pub fn recovery_found(written: NaiveDateTime, lang: Language) -> String {
    let date = format::date(written.date(), lang);
    let time = format::time(written, lang);
    tr(lang, Key::UiRecoveryFound, &[("date", date.into()), ("time", time.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_distinct_languages_differ_somewhere() {
        for &t in Text::ALL {
            for lang in Language::ALL {
                assert!(!t.get(lang).trim().is_empty(), "{t:?} in {lang}");
            }
        }
        let differ = Text::ALL.iter().filter(|t| t.get(Language::Fi) != t.get(Language::En)).count();
        assert!(differ * 10 > Text::ALL.len() * 9, "most texts differ between Finnish and English");
    }

    #[test]
    fn sentences_with_numbers() {
        assert_eq!(progress(3, 7, Language::Fi), "Käsitelty 3 / 7");
        assert_eq!(findings_count(1, 2, Language::En), "Findings: 1 error, 2 warnings");
        assert_eq!(findings_count(2, 1, Language::Fi), "Havainnot: 2 virhettä, 1 varoitus");
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).and_then(|d| d.and_hms_opt(12, 30, 0)).expect("time");
        assert!(recovery_found(at, Language::Fi).contains("22.11.2026 klo 12.30"));
    }
}
