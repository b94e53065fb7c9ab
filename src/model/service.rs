//! Services, the rows of the responsibility matrix: kind, production mode, target group, the
//! organiser responsible, and per party a role with resources (cells).

use super::id::{PartyId, ServiceId};
use super::money::{Decimal, Money};
use super::party::Field;
use serde::{Deserialize, Serialize};

/// One service row of the role matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
    pub description: String,
    pub kind: ServiceKind,
    pub mode: ProductionMode,
    pub target_group: String,
    /// Whether a market failure (markkinapuute) has been established for this service.
    pub market_failure: bool,
    /// The field of duty the service belongs to.
    pub field: Field,
    /// The organiser under whose responsibility for organising the service falls, if any.
    pub organiser: Option<PartyId>,
    /// One cell per participating party, in the order the parties were added to the row.
    pub cells: Vec<Cell>,
}

impl Service {
    pub fn new(id: ServiceId, name: &str, kind: ServiceKind, mode: ProductionMode) -> Service {
        Service {
            id,
            name: name.to_string(),
            description: String::new(),
            kind,
            mode,
            target_group: String::new(),
            market_failure: false,
            field: Field::Employment,
            organiser: None,
            cells: Vec::new(),
        }
    }

    /// The cell of a party, if it has a role in this service.
    pub fn cell(&self, party: PartyId) -> Option<&Cell> {
        self.cells.iter().find(|c| c.party == party)
    }

    /// The parties accountable for this service.
    pub fn accountable(&self) -> impl Iterator<Item = PartyId> + '_ {
        self.cells.iter().filter(|c| c.role == ServiceRole::Accountable).map(|c| c.party)
    }
}

/// A party's part in one service: its role and the resources it puts in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub party: PartyId,
    pub role: ServiceRole,
    /// Euros per year the party puts into this service.
    pub euros_per_year: Money,
    /// Person-years (henkilötyövuodet) the party puts in.
    pub person_years: Decimal,
}

/// What a service is: for clients, for the alliance, or the exercise of public authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ServiceKind {
    /// A service to clients.
    Service,
    /// A support service to the alliance itself.
    SupportService,
    /// Julkinen hallintotehtävä: deciding on grants, benefits or a job-seeker's rights.
    PublicAdministrativeTask,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 3] =
        [ServiceKind::Service, ServiceKind::SupportService, ServiceKind::PublicAdministrativeTask];
}

/// How a service is produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProductionMode {
    OwnProduction,
    AllianceTender,
    ServiceVoucher,
    MarketOrThirdSector,
}

impl ProductionMode {
    pub const ALL: [ProductionMode; 4] = [
        ProductionMode::OwnProduction,
        ProductionMode::AllianceTender,
        ProductionMode::ServiceVoucher,
        ProductionMode::MarketOrThirdSector,
    ];
}

/// A party's role in one service (the responsibility matrix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ServiceRole {
    /// Organiser, accountable for the service.
    Accountable,
    Producer,
    Funder,
    ProcurementUnit,
    Consulted,
    Informed,
}

impl ServiceRole {
    pub const ALL: [ServiceRole; 6] = [
        ServiceRole::Accountable,
        ServiceRole::Producer,
        ServiceRole::Funder,
        ServiceRole::ProcurementUnit,
        ServiceRole::Consulted,
        ServiceRole::Informed,
    ];
}

impl Service {
    /// The euros per year all parties put into this service; `None` if it overflows.
    pub fn euros_per_year(&self) -> Option<Money> {
        Money::checked_sum(self.cells.iter().map(|c| c.euros_per_year))
    }

    /// The person-years all parties put into this service; `None` if it overflows.
    pub fn person_years(&self) -> Option<Decimal> {
        self.cells.iter().try_fold(Decimal::ZERO, |sum, c| sum.checked_add(c.person_years))
    }
}
