//! Interface texts of the parties screen (parties, services, the responsibility matrix and the
//! per-party page): `T` names each label, and its key gives the message in the catalogues
//! (`i18n/<code>/ui-parties.ftl`); functions fill the sentences that carry names and numbers.

use crate::i18n::{Key, Language, text, tr};
use crate::model::ServiceRole;
use crate::model::matrix::Usage;
use crate::model::party::BusinessIdError;

/// A piece of text of the parties screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    Matrix,
    Parties,
    Services,
    PartyPage,
    AddParty,
    AddService,
    MoveUp,
    MoveDown,
    Remove,
    Name,
    ShortName,
    BusinessId,
    BusinessIdOk,
    PartyKind,
    AllianceRole,
    FundingShare,
    Fee,
    ShareOrFee,
    ContactName,
    ContactTitle,
    Email,
    Phone,
    LeadershipSeats,
    ProjectSeats,
    InHouse,
    Duties,
    Description,
    ServiceKind,
    ProductionMode,
    TargetGroup,
    MarketFailure,
    Field,
    Organiser,
    NoOrganiser,
    NoParties,
    NoServices,
    SelectParty,
    SelectService,
    Service,
    Role,
    EurosPerYear,
    PersonYears,
    Total,
    Overflow,
    Clear,
    CellEmpty,
    CellHint,
    MatrixHint,
    Columns,
    PreviousColumns,
    NextColumns,
    ConfirmRemove,
    Cancel,
    NotANumber,
    NotAnAmount,
    NotAPercent,
    NotSeats,
    NoLines,
    PartyPageHint,
    FindingsHere,
    LegalRules,
    Close,
    ReadOnly,
}

impl T {
    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        text(lang, self.key())
    }

    /// The catalogue key of the text.
    pub fn key(self) -> Key {
        match self {
            T::Matrix => Key::UiPartiesMatrix,
            T::Parties => Key::UiPartiesParties,
            T::Services => Key::UiPartiesServices,
            T::PartyPage => Key::UiPartiesPartyPage,
            T::AddParty => Key::UiPartiesAddParty,
            T::AddService => Key::UiPartiesAddService,
            T::MoveUp => Key::UiPartiesMoveUp,
            T::MoveDown => Key::UiPartiesMoveDown,
            T::Remove => Key::UiPartiesRemove,
            T::Name => Key::UiPartiesName,
            T::ShortName => Key::UiPartiesShortName,
            T::BusinessId => Key::UiPartiesBusinessId,
            T::BusinessIdOk => Key::UiPartiesBusinessIdOk,
            T::PartyKind => Key::UiPartiesPartyKind,
            T::AllianceRole => Key::UiPartiesAllianceRole,
            T::FundingShare => Key::UiPartiesFundingShare,
            T::Fee => Key::UiPartiesFee,
            T::ShareOrFee => Key::UiPartiesShareOrFee,
            T::ContactName => Key::UiPartiesContactName,
            T::ContactTitle => Key::UiPartiesContactTitle,
            T::Email => Key::UiPartiesEmail,
            T::Phone => Key::UiPartiesPhone,
            T::LeadershipSeats => Key::UiPartiesLeadershipSeats,
            T::ProjectSeats => Key::UiPartiesProjectSeats,
            T::InHouse => Key::UiPartiesInHouse,
            T::Duties => Key::UiPartiesDuties,
            T::Description => Key::UiPartiesDescription,
            T::ServiceKind => Key::UiPartiesServiceKind,
            T::ProductionMode => Key::UiPartiesProductionMode,
            T::TargetGroup => Key::UiPartiesTargetGroup,
            T::MarketFailure => Key::UiPartiesMarketFailure,
            T::Field => Key::UiPartiesField,
            T::Organiser => Key::UiPartiesOrganiser,
            T::NoOrganiser => Key::UiPartiesNoOrganiser,
            T::NoParties => Key::UiPartiesNoParties,
            T::NoServices => Key::UiPartiesNoServices,
            T::SelectParty => Key::UiPartiesSelectParty,
            T::SelectService => Key::UiPartiesSelectService,
            T::Service => Key::UiPartiesService,
            T::Role => Key::UiPartiesRole,
            T::EurosPerYear => Key::UiPartiesEurosPerYear,
            T::PersonYears => Key::UiPartiesPersonYears,
            T::Total => Key::UiPartiesTotal,
            T::Overflow => Key::UiPartiesOverflow,
            T::Clear => Key::UiPartiesClear,
            T::CellEmpty => Key::UiPartiesCellEmpty,
            T::CellHint => Key::UiPartiesCellHint,
            T::MatrixHint => Key::UiPartiesMatrixHint,
            T::Columns => Key::UiPartiesColumns,
            T::PreviousColumns => Key::UiPartiesPreviousColumns,
            T::NextColumns => Key::UiPartiesNextColumns,
            T::ConfirmRemove => Key::UiPartiesConfirmRemove,
            T::Cancel => Key::UiPartiesCancel,
            T::NotANumber => Key::UiPartiesNotANumber,
            T::NotAnAmount => Key::UiPartiesNotAnAmount,
            T::NotAPercent => Key::UiPartiesNotAPercent,
            T::NotSeats => Key::UiPartiesNotSeats,
            T::NoLines => Key::UiPartiesNoLines,
            T::PartyPageHint => Key::UiPartiesPartyPageHint,
            T::FindingsHere => Key::UiPartiesFindingsHere,
            T::LegalRules => Key::UiPartiesLegalRules,
            T::Close => Key::UiPartiesClose,
            T::ReadOnly => Key::UiPartiesReadOnly,
        }
    }
}

/// A short role label that fits a matrix cell.
pub fn role_short(role: ServiceRole, lang: Language) -> &'static str {
    let key = match role {
        ServiceRole::Accountable => Key::UiPartiesRoleAccountable,
        ServiceRole::Producer => Key::UiPartiesRoleProducer,
        ServiceRole::Funder => Key::UiPartiesRoleFunder,
        ServiceRole::ProcurementUnit => Key::UiPartiesRoleProcurementUnit,
        ServiceRole::Consulted => Key::UiPartiesRoleConsulted,
        ServiceRole::Informed => Key::UiPartiesRoleInformed,
    };
    text(lang, key)
}

/// "1,5 htv", "1.5 py".
pub fn person_years_short(value: &str, lang: Language) -> String {
    tr(lang, Key::UiPartiesPersonYearsShort, &[("value", value.into())])
}

/// What is wrong with a business ID, or that it is valid.
pub fn business_id_status(result: Result<(), BusinessIdError>, lang: Language) -> String {
    match result {
        Ok(()) => T::BusinessIdOk.get(lang).to_string(),
        Err(BusinessIdError::Format) => text(lang, Key::UiPartiesBusinessIdFormat).to_string(),
        Err(BusinessIdError::Impossible) => text(lang, Key::UiPartiesBusinessIdImpossible).to_string(),
        Err(BusinessIdError::CheckDigit(c)) => {
            tr(lang, Key::UiPartiesBusinessIdCheckDigit, &[("digit", c.to_string().into())])
        }
    }
}

/// Where a party is used, for the question before removing it: "Osapuoli X on käytössä: ...".
pub fn usage_question(name: &str, u: &Usage, lang: Language) -> String {
    let counts = [
        (u.cells, Key::UiPartiesUsageCells),
        (u.organiser_of, Key::UiPartiesUsageOrganiserOf),
        (u.cost_lines, Key::UiPartiesUsageCostLines),
        (u.risks, Key::UiPartiesUsageRisks),
        (u.deliverables, Key::UiPartiesUsageDeliverables),
        (u.positions, Key::UiPartiesUsagePositions),
    ];
    let parts: Vec<String> =
        counts.into_iter().filter(|(n, _)| *n > 0).map(|(n, key)| tr(lang, key, &[("n", n.into())])).collect();
    let list = parts.join(", ");
    tr(lang, Key::UiPartiesUsageQuestion, &[("name", name.into()), ("list", list.into())])
}

/// "Osapuolet 1–8 / 30".
pub fn column_window(first: usize, last: usize, total: usize, lang: Language) -> String {
    let columns = T::Columns.get(lang);
    tr(
        lang,
        Key::UiPartiesColumnWindow,
        &[("columns", columns.into()), ("first", first.into()), ("last", last.into()), ("total", total.into())],
    )
}

/// The title of a legal rule of domain guide §3, from a finding code such as `L2-…`.
pub fn legal_rule_title(code: &str, lang: Language) -> Option<&'static str> {
    let n = code.strip_prefix('L')?.chars().next()?;
    let key = match n {
        '1' => Key::UiPartiesLegalRule1,
        '2' => Key::UiPartiesLegalRule2,
        '3' => Key::UiPartiesLegalRule3,
        '4' => Key::UiPartiesLegalRule4,
        '5' => Key::UiPartiesLegalRule5,
        '6' => Key::UiPartiesLegalRule6,
        '7' => Key::UiPartiesLegalRule7,
        '8' => Key::UiPartiesLegalRule8,
        _ => return None,
    };
    Some(text(lang, key))
}
