//! The words of the user interface in Finnish, Swedish and English: `Text` names each label,
//! button and sentence, with one exhaustive match per language so a missing translation fails to
//! compile; a few functions build the sentences that carry numbers or dates.

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

use super::{Language, format};
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
        match lang {
            Language::Fi => self.fi(),
            Language::Sv => self.sv(),
            Language::En => self.en(),
        }
    }

    fn fi(self) -> &'static str {
        match self {
            Text::New => "Uusi",
            Text::Open => "Avaa",
            Text::Save => "Tallenna",
            Text::SaveAs => "Tallenna nimellä",
            Text::Undo => "Kumoa",
            Text::Redo => "Tee uudelleen",
            Text::DarkTheme => "Tumma",
            Text::LightTheme => "Vaalea",
            Text::ProjectorShort => "Esitystila",
            Text::ViewMenu => "Näkymä",
            Text::AllApprove => "Kaikki hyväksyvät",
            Text::ProjectorMode => "Esitystila: suuri teksti, korkea kontrasti, koko näyttö",
            Text::Help => "Ohje",
            Text::HelpIntro => {
                "Allianssi ohjaa ryhmää allianssin vaiheiden läpi. Valitse vaihe ylhäältä, käy tarkistuslista läpi Opas-välilehdellä ja kirjaa päätös päätöspisteessä. Muutokset voi aina kumota."
            }
            Text::CloseOverlay => "Sulje ikkuna tai paneeli",
            Text::MoveFocus => "Siirry seuraavaan tai edelliseen kenttään",
            Text::SwitchView => "Vaihda näkymää",
            Text::SwitchPhase => "Seuraava tai edellinen vaihe",
            Text::KeysMatrix => "Vastuumatriisi: siirry, aseta rooli, tyhjennä, muokkaa euroja",
            Text::KeysTimeline => "Aikajana: valitse, siirrä, siirrä loppua, zoomaa, sovita",
            Text::KeysRisks => "Riskit: valitse riski; arvioi arviointipaneelissa",
            Text::KeysBudget => "Budjetin osiot",
            Text::KeysAnnexes => "Liitteet: tulosta valitut liitteet PDF:ksi",
            Text::Close => "Sulje",
            Text::Cancel => "Peruuta",
            Text::Unsaved => "tallentamaton",
            Text::UnsavedTitle => "Tallentamattomia muutoksia",
            Text::UnsavedBody => {
                "Suunnitelmassa on muutoksia, joita ei ole tallennettu. Tallennetaanko ne ennen kuin jatketaan?"
            }
            Text::DiscardChanges => "Hylkää muutokset",
            Text::Loading => "Avataan",
            Text::Saving => "Tallennetaan",
            Text::WelcomeIntro => {
                "Suunnittele kasvupalveluallianssi yhdessä: vaiheet ja päätöspisteet, osapuolet ja roolit, tavoitekustannus ja riskit. Aloita mallista tai avaa tallennettu suunnitelma."
            }
            Text::OpenPlan => "Avaa suunnitelma…",
            Text::BackToPlan => "Takaisin suunnitelmaan",
            Text::NewFromTemplate => "Uusi suunnitelma mallista",
            Text::RecentFiles => "Viimeksi avatut",
            Text::RecoveryTitle => "Tallentamatonta työtä löytyi",
            Text::Restore => "Palauta",
            Text::Discard => "Hylkää",
            Text::TabOverview => "Yleiskuva",
            Text::TabGuide => "Opas",
            Text::TabTimeline => "Aikajana",
            Text::TabParties => "Osapuolet ja roolit",
            Text::TabBudget => "Budjetti",
            Text::TabRisks => "Riskit",
            Text::TabAnnexes => "Liitteet",
            Text::TabFollowUp => "Seuranta",
            Text::Findings => "Havainnot",
            Text::FindingsHint => "Napsauta havaintoa siirtyäksesi näkymään, jota se koskee.",
            Text::NoFindings => "Ei havaintoja: suunnitelma on johdonmukainen.",
            Text::Error => "Virhe",
            Text::Warning => "Varoitus",
            Text::PhaseMissing => "Suunnitelmassa ei ole tätä vaihetta.",
            Text::Checklist => "Tarkistuslista",
            Text::AnswerPlaceholder => "Ryhmän vastaus tai muistiinpano",
            Text::Deliverables => "Tuotokset",
            Text::Deliverable => "Tuotos",
            Text::Start => "Alkaa",
            Text::Due => "Määräpäivä",
            Text::NoDeliverables => "Tälle vaiheelle ei ole kirjattu tuotoksia.",
            Text::Gate => "Päätöspiste",
            Text::DecisionsSoFar => "Tehdyt päätökset",
            Text::NoDecisions => "ei vielä päätöstä",
            Text::PartiesPositions => "Osapuolten kannat",
            Text::MinutesPlaceholder => "Pöytäkirjaviite, esim. Kaupunginhallitus 23.10.2017 § 12",
            Text::DecisionHint => {
                "Päätös kirjataan tämän päivän päivämäärällä. Jatketaan-päätös jäädyttää suunnitelman vertailukohdaksi."
            }
            Text::PreviousPhase => "← Edellinen vaihe",
            Text::NextPhase => "Seuraava vaihe →",
            Text::PlanName => "Suunnitelman nimi",
            Text::PlanNamePlaceholder => "Anna suunnitelmalle nimi",
            Text::AllianceName => "Allianssisopimus",
            Text::RecordNumber => "Diaarinumero",
            Text::Setting => "Toimintaympäristö",
            Text::Procurement => "Hankintamenettely",
            Text::Status => "Tila",
            Text::Version => "Versio",
            Text::Date => "Päivämäärä",
            Text::TargetGroup => "Kohderyhmä",
            Text::Services => "Palvelut",
            Text::Service => "Palvelu",
            Text::NoServices => "Suunnitelmassa ei ole vielä palveluita.",
            Text::Party => "Osapuoli",
            Text::Parties => "Osapuolet",
            Text::PartyKind => "Tyyppi",
            Text::AllianceRole => "Rooli allianssissa",
            Text::BusinessId => "Y-tunnus",
            Text::ShareOrFee => "Osuus tai palkkio",
            Text::LeadershipSeats => "AJR-paikat",
            Text::RoleMatrix => "Palvelut ja roolit",
            Text::RoleMatrixHint => {
                "Kunkin osapuolen rooli palvelussa sekä sen panos euroina vuodessa ja henkilötyövuosina."
            }
            Text::YearShort => "v",
            Text::PersonYearsShort => "htv",
            Text::Total => "Yhteensä",
            Text::Overflow => "liian suuri luku",
            Text::BudgetTotal => "Kustannusarvio yhteensä",
            Text::Category => "Luokka",
            Text::Year => "Vuosi",
            Text::Description => "Kuvaus",
            Text::Amount => "Määrä",
            Text::NoCostLines => "Budjetissa ei ole vielä kustannusrivejä.",
            Text::Sharing => "Säästön ja ylityksen jakaminen",
            Text::GainShare => "Tuottajien osuus säästöstä",
            Text::PainShare => "Tuottajien osuus ylityksestä",
            Text::GainCap => "Säästöosuuden katto",
            Text::PainCap => "Ylitysosuuden katto",
            Text::CapEqualToFee => "palkkion suuruinen",
            Text::CapUnlimited => "ei kattoa",
            Text::KraPool => "Avaintulosalueiden kannustinpotti",
            Text::Code => "Tunnus",
            Text::Risk => "Riski",
            Text::Owner => "Omistaja",
            Text::SharedRisk => "yhteinen",
            Text::ProbabilityShort => "T",
            Text::ImpactShort => "V",
            Text::Score => "Pisteet",
            Text::Band => "Taso",
            Text::NoRisks => "Riskirekisteri on tyhjä.",
            Text::RiskScoreHint => {
                "T = todennäköisyys 1–5, V = vaikutus 1–5, pisteet = T × V; taso suunnitelman asteikon mukaan."
            }
            Text::Annex => "Liite",
            Text::AnnexLanguages => "Liitteiden kielet:",
            Text::PdfLater => "Liitteiden tulostus PDF-muotoon tulee myöhemmässä versiossa.",
        }
    }

    fn sv(self) -> &'static str {
        match self {
            Text::New => "Ny",
            Text::Open => "Öppna",
            Text::Save => "Spara",
            Text::SaveAs => "Spara som",
            Text::Undo => "Ångra",
            Text::Redo => "Gör om",
            Text::DarkTheme => "Mörkt",
            Text::LightTheme => "Ljust",
            Text::ProjectorShort => "Projektor",
            Text::ViewMenu => "Visning",
            Text::AllApprove => "Alla godkänner",
            Text::ProjectorMode => "Projektorläge: stor text, hög kontrast, helskärm",
            Text::Help => "Hjälp",
            Text::HelpIntro => {
                "Allianssi leder gruppen genom alliansens faser. Välj en fas upptill, gå igenom checklistan under fliken Guide och registrera beslutet vid beslutspunkten. Ändringar kan alltid ångras."
            }
            Text::CloseOverlay => "Stäng dialogen eller panelen",
            Text::MoveFocus => "Gå till nästa eller föregående fält",
            Text::SwitchView => "Byt vy",
            Text::SwitchPhase => "Nästa eller föregående fas",
            Text::KeysMatrix => "Ansvarsmatris: flytta, ange roll, töm, redigera euro",
            Text::KeysTimeline => "Tidslinje: välj, flytta, flytta slutet, zooma, anpassa",
            Text::KeysRisks => "Risker: välj risk; bedöm i bedömningspanelen",
            Text::KeysBudget => "Budgetens delar",
            Text::KeysAnnexes => "Bilagor: skriv ut valda bilagor som PDF",
            Text::Close => "Stäng",
            Text::Cancel => "Avbryt",
            Text::Unsaved => "osparad",
            Text::UnsavedTitle => "Osparade ändringar",
            Text::UnsavedBody => "Planen har ändringar som inte har sparats. Ska de sparas innan du fortsätter?",
            Text::DiscardChanges => "Förkasta ändringarna",
            Text::Loading => "Öppnar",
            Text::Saving => "Sparar",
            Text::WelcomeIntro => {
                "Planera en tillväxttjänstallians tillsammans: faser och beslutspunkter, parter och roller, målkostnad och risker. Börja från en mall eller öppna en sparad plan."
            }
            Text::OpenPlan => "Öppna en plan…",
            Text::BackToPlan => "Tillbaka till planen",
            Text::NewFromTemplate => "Ny plan från en mall",
            Text::RecentFiles => "Senast öppnade",
            Text::RecoveryTitle => "Osparat arbete hittades",
            Text::Restore => "Återställ",
            Text::Discard => "Förkasta",
            Text::TabOverview => "Översikt",
            Text::TabGuide => "Guide",
            Text::TabTimeline => "Tidslinje",
            Text::TabParties => "Parter och roller",
            Text::TabBudget => "Budget",
            Text::TabRisks => "Risker",
            Text::TabAnnexes => "Bilagor",
            Text::TabFollowUp => "Uppföljning",
            Text::Findings => "Iakttagelser",
            Text::FindingsHint => "Klicka på en iakttagelse för att gå till vyn den gäller.",
            Text::NoFindings => "Inga iakttagelser: planen är konsekvent.",
            Text::Error => "Fel",
            Text::Warning => "Varning",
            Text::PhaseMissing => "Planen har inte den här fasen.",
            Text::Checklist => "Checklista",
            Text::AnswerPlaceholder => "Gruppens svar eller anteckning",
            Text::Deliverables => "Leveranser",
            Text::Deliverable => "Leverans",
            Text::Start => "Börjar",
            Text::Due => "Förfallodag",
            Text::NoDeliverables => "Inga leveranser har registrerats för fasen.",
            Text::Gate => "Beslutspunkt",
            Text::DecisionsSoFar => "Fattade beslut",
            Text::NoDecisions => "inget beslut ännu",
            Text::PartiesPositions => "Parternas ståndpunkter",
            Text::MinutesPlaceholder => "Protokollhänvisning, t.ex. Stadsstyrelsen 23.10.2017 § 12",
            Text::DecisionHint => {
                "Beslutet registreras med dagens datum. Ett beslut att fortsätta fryser planen som jämförelsegrund."
            }
            Text::PreviousPhase => "← Föregående fas",
            Text::NextPhase => "Nästa fas →",
            Text::PlanName => "Planens namn",
            Text::PlanNamePlaceholder => "Ge planen ett namn",
            Text::AllianceName => "Allansavtal",
            Text::RecordNumber => "Diarienummer",
            Text::Setting => "Verksamhetsmiljö",
            Text::Procurement => "Upphandlingsförfarande",
            Text::Status => "Status",
            Text::Version => "Version",
            Text::Date => "Datum",
            Text::TargetGroup => "Målgrupp",
            Text::Services => "Tjänster",
            Text::Service => "Tjänst",
            Text::NoServices => "Planen har inga tjänster ännu.",
            Text::Party => "Part",
            Text::Parties => "Parter",
            Text::PartyKind => "Typ",
            Text::AllianceRole => "Roll i alliansen",
            Text::BusinessId => "FO-nummer",
            Text::ShareOrFee => "Andel eller arvode",
            Text::LeadershipSeats => "Platser i ledningsgruppen",
            Text::RoleMatrix => "Tjänster och roller",
            Text::RoleMatrixHint => "Varje parts roll i tjänsten och dess insats i euro per år och årsverken.",
            Text::YearShort => "år",
            Text::PersonYearsShort => "årsv.",
            Text::Total => "Totalt",
            Text::Overflow => "för stort tal",
            Text::BudgetTotal => "Kostnadskalkyl totalt",
            Text::Category => "Kategori",
            Text::Year => "År",
            Text::Description => "Beskrivning",
            Text::Amount => "Belopp",
            Text::NoCostLines => "Budgeten har inga kostnadsrader ännu.",
            Text::Sharing => "Delning av besparing och överskridning",
            Text::GainShare => "Producenternas andel av besparingen",
            Text::PainShare => "Producenternas andel av överskridningen",
            Text::GainCap => "Tak för besparingsandelen",
            Text::PainCap => "Tak för överskridningsandelen",
            Text::CapEqualToFee => "lika med arvodet",
            Text::CapUnlimited => "inget tak",
            Text::KraPool => "Incitamentspott för nyckelresultatområden",
            Text::Code => "Kod",
            Text::Risk => "Risk",
            Text::Owner => "Ägare",
            Text::SharedRisk => "gemensam",
            Text::ProbabilityShort => "S",
            Text::ImpactShort => "K",
            Text::Score => "Poäng",
            Text::Band => "Nivå",
            Text::NoRisks => "Riskregistret är tomt.",
            Text::RiskScoreHint => "S = sannolikhet 1–5, K = konsekvens 1–5, poäng = S × K; nivå enligt planens skala.",
            Text::Annex => "Bilaga",
            Text::AnnexLanguages => "Bilagornas språk:",
            Text::PdfLater => "Utskrift av bilagorna som PDF kommer i en senare version.",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Text::New => "New",
            Text::Open => "Open",
            Text::Save => "Save",
            Text::SaveAs => "Save as",
            Text::Undo => "Undo",
            Text::Redo => "Redo",
            Text::DarkTheme => "Dark",
            Text::LightTheme => "Light",
            Text::ProjectorShort => "Projector",
            Text::ViewMenu => "View",
            Text::AllApprove => "All approve",
            Text::ProjectorMode => "Projector mode: large text, high contrast, full screen",
            Text::Help => "Help",
            Text::HelpIntro => {
                "Allianssi guides the group through the alliance's phases. Pick a phase at the top, go through its checklist on the Guide tab and record the decision at the gate. Changes can always be undone."
            }
            Text::CloseOverlay => "Close a dialog or panel",
            Text::MoveFocus => "Move to the next or previous field",
            Text::SwitchView => "Switch view",
            Text::SwitchPhase => "Next or previous phase",
            Text::KeysMatrix => "Matrix: move, set the role, clear, edit euros",
            Text::KeysTimeline => "Timeline: select, move, move the end, zoom, fit",
            Text::KeysRisks => "Risks: select a risk; rate in the rating panel",
            Text::KeysBudget => "The parts of the Budget view",
            Text::KeysAnnexes => "Annexes: export the chosen annexes as PDF",
            Text::Close => "Close",
            Text::Cancel => "Cancel",
            Text::Unsaved => "unsaved",
            Text::UnsavedTitle => "Unsaved changes",
            Text::UnsavedBody => "The plan has changes that have not been saved. Save them before going on?",
            Text::DiscardChanges => "Discard changes",
            Text::Loading => "Opening",
            Text::Saving => "Saving",
            Text::WelcomeIntro => {
                "Plan a growth-service alliance together: phases and gates, parties and roles, target cost and risks. Start from a template or open a saved plan."
            }
            Text::OpenPlan => "Open a plan…",
            Text::BackToPlan => "Back to the plan",
            Text::NewFromTemplate => "New plan from a template",
            Text::RecentFiles => "Recent files",
            Text::RecoveryTitle => "Unsaved work was found",
            Text::Restore => "Restore",
            Text::Discard => "Discard",
            Text::TabOverview => "Overview",
            Text::TabGuide => "Guide",
            Text::TabTimeline => "Timeline",
            Text::TabParties => "Parties and roles",
            Text::TabBudget => "Budget",
            Text::TabRisks => "Risks",
            Text::TabAnnexes => "Annexes",
            Text::TabFollowUp => "Follow-up",
            Text::Findings => "Findings",
            Text::FindingsHint => "Click a finding to go to the view it concerns.",
            Text::NoFindings => "No findings: the plan is consistent.",
            Text::Error => "Error",
            Text::Warning => "Warning",
            Text::PhaseMissing => "The plan does not have this phase.",
            Text::Checklist => "Checklist",
            Text::AnswerPlaceholder => "The group's answer or note",
            Text::Deliverables => "Deliverables",
            Text::Deliverable => "Deliverable",
            Text::Start => "Starts",
            Text::Due => "Due",
            Text::NoDeliverables => "No deliverables are recorded for this phase.",
            Text::Gate => "Gate",
            Text::DecisionsSoFar => "Decisions so far",
            Text::NoDecisions => "no decision yet",
            Text::PartiesPositions => "The parties' positions",
            Text::MinutesPlaceholder => "Minutes reference, e.g. City Board 23.10.2017 § 12",
            Text::DecisionHint => "The decision is recorded with today's date. A Go freezes the plan as a baseline.",
            Text::PreviousPhase => "← Previous phase",
            Text::NextPhase => "Next phase →",
            Text::PlanName => "Plan name",
            Text::PlanNamePlaceholder => "Give the plan a name",
            Text::AllianceName => "Alliance agreement",
            Text::RecordNumber => "Record number",
            Text::Setting => "Setting",
            Text::Procurement => "Procurement procedure",
            Text::Status => "Status",
            Text::Version => "Version",
            Text::Date => "Date",
            Text::TargetGroup => "Target group",
            Text::Services => "Services",
            Text::Service => "Service",
            Text::NoServices => "The plan has no services yet.",
            Text::Party => "Party",
            Text::Parties => "Parties",
            Text::PartyKind => "Type",
            Text::AllianceRole => "Role in the alliance",
            Text::BusinessId => "Business ID",
            Text::ShareOrFee => "Share or fee",
            Text::LeadershipSeats => "Leadership seats",
            Text::RoleMatrix => "Services and roles",
            Text::RoleMatrixHint => {
                "Each party's role in the service and what it puts in, in euros per year and person-years."
            }
            Text::YearShort => "yr",
            Text::PersonYearsShort => "p-yr",
            Text::Total => "Total",
            Text::Overflow => "number too large",
            Text::BudgetTotal => "Cost estimate in total",
            Text::Category => "Category",
            Text::Year => "Year",
            Text::Description => "Description",
            Text::Amount => "Amount",
            Text::NoCostLines => "The budget has no cost lines yet.",
            Text::Sharing => "Sharing the saving or overrun",
            Text::GainShare => "Producers' share of a saving",
            Text::PainShare => "Producers' share of an overrun",
            Text::GainCap => "Cap on the saving share",
            Text::PainCap => "Cap on the overrun share",
            Text::CapEqualToFee => "equal to the fee",
            Text::CapUnlimited => "no cap",
            Text::KraPool => "Key-result-area incentive pool",
            Text::Code => "Code",
            Text::Risk => "Risk",
            Text::Owner => "Owner",
            Text::SharedRisk => "shared",
            Text::ProbabilityShort => "P",
            Text::ImpactShort => "I",
            Text::Score => "Score",
            Text::Band => "Band",
            Text::NoRisks => "The risk register is empty.",
            Text::RiskScoreHint => "P = probability 1–5, I = impact 1–5, score = P × I; band by the plan's scale.",
            Text::Annex => "Annex",
            Text::AnnexLanguages => "Languages of the annexes:",
            Text::PdfLater => "Printing the annexes as PDF comes in a later version.",
        }
    }
}

/// "Käsitelty 3 / 7": checklist items ticked off out of all.
pub fn progress(done: usize, total: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("Käsitelty {done} / {total}"),
        Language::Sv => format!("Behandlade {done} / {total}"),
        Language::En => format!("Done {done} / {total}"),
    }
}

/// "Päätöspiste G1".
pub fn gate_title(gate: &str, lang: Language) -> String {
    format!("{} {gate}", Text::Gate.get(lang))
}

/// "3/4 hyväksyi": how many of the positions approved.
pub fn approvals(approved: usize, of: usize, lang: Language) -> String {
    match lang {
        Language::Fi => format!("{approved}/{of} hyväksyi"),
        Language::Sv => format!("{approved}/{of} godkände"),
        Language::En => format!("{approved}/{of} approved"),
    }
}

/// The findings count on the header button: "Havainnot: 2 virhettä, 5 varoitusta".
pub fn findings_count(errors: usize, warnings: usize, lang: Language) -> String {
    format!("{}: {}", Text::Findings.get(lang), findings_summary(errors, warnings, lang))
}

/// The line under the first findings of a long list: "… ja 1 234 muuta havaintoa".
pub fn more_findings(more: usize, lang: Language) -> String {
    let n = more;
    match lang {
        Language::Fi => format!("… ja {n} muuta havaintoa: korjaa ensin yllä olevat."),
        Language::Sv => format!("… och {n} iakttagelser till: rätta först dem ovan."),
        Language::En => format!("… and {n} more findings: fix those above first."),
    }
}

/// "2 virhettä, 5 varoitusta".
pub fn findings_summary(errors: usize, warnings: usize, lang: Language) -> String {
    let (e, w) = match lang {
        Language::Fi => {
            (if errors == 1 { "virhe" } else { "virhettä" }, if warnings == 1 { "varoitus" } else { "varoitusta" })
        }
        Language::Sv => ("fel", if warnings == 1 { "varning" } else { "varningar" }),
        Language::En => {
            (if errors == 1 { "error" } else { "errors" }, if warnings == 1 { "warning" } else { "warnings" })
        }
    };
    format!("{errors} {e}, {warnings} {w}")
}

/// The banner of a plan opened read-only because a newer version wrote it.
pub fn read_only_newer(version: u32, lang: Language) -> String {
    match lang {
        Language::Fi => format!(
            "Tiedosto on tehty Allianssin uudemmalla versiolla (muoto {version}), joten se on avattu vain luettavaksi. \
             Tallenna kopio toisella nimellä (Tallenna nimellä), jos haluat muokata sitä."
        ),
        Language::Sv => format!(
            "Filen är gjord med en nyare version av Allianssi (format {version}) och har öppnats skrivskyddad. \
             Spara en kopia med ett nytt namn (Spara som) om du vill redigera den."
        ),
        Language::En => format!(
            "The file was made by a newer version of Allianssi (format {version}), so it is open read-only. \
             Save a copy under a new name (Save as) to edit it."
        ),
    }
}

/// "Edellisen istunnon tallentamaton työ on tallessa (22.11.2026 klo 12.30)."
pub fn recovery_found(written: NaiveDateTime, lang: Language) -> String {
    let date = format::date(written.date(), lang);
    let time = written.format("%H.%M");
    match lang {
        Language::Fi => {
            format!("Edellisen istunnon tallentamaton työ on tallessa ({date} klo {time}). Palautetaanko se?")
        }
        Language::Sv => {
            format!("Osparat arbete från förra sessionen finns kvar ({date} kl. {time}). Ska det återställas?")
        }
        Language::En => {
            format!("Unsaved work from the last session was kept ({date} {}). Restore it?", written.format("%H:%M"))
        }
    }
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
