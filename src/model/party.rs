//! Parties of the alliance: who they are (type, business ID), their alliance role, funding
//! share or fee, contact person and seats; and the Finnish business ID (Y-tunnus) check.

use super::id::PartyId;
use super::money::{Bp, Money};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One organisation taking part in (or observing) the alliance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: PartyId,
    pub name: String,
    pub short_name: String,
    /// Y-tunnus as written, e.g. `0112038-9`; checked by the rules, never rejected on load.
    pub business_id: String,
    pub kind: PartyKind,
    pub role: AllianceRole,
    /// The owner's share of the owners' gain and pain (owners only).
    pub funding_share: Bp,
    /// The producer's fee, overhead and profit (producers only).
    pub fee: Money,
    pub contact: Contact,
    pub leadership_seats: u8,
    pub project_seats: u8,
    /// An in-house entity of a municipality (sidosyksikkö), for the market-failure rule.
    pub in_house: bool,
    /// The fields of duty within which an owner may bring its own production.
    pub duties: Vec<Field>,
    /// Set when the party has exited the alliance, from this date.
    pub exited_on: Option<NaiveDate>,
}

impl Party {
    /// A party with the given id, name and type, other fields empty.
    pub fn new(id: PartyId, name: &str, kind: PartyKind, role: AllianceRole) -> Party {
        Party {
            id,
            name: name.to_string(),
            short_name: String::new(),
            business_id: String::new(),
            kind,
            role,
            funding_share: Bp::ZERO,
            fee: Money::ZERO,
            contact: Contact::default(),
            leadership_seats: 0,
            project_seats: 0,
            in_house: false,
            duties: Vec::new(),
            exited_on: None,
        }
    }

    /// The short name where there is one, otherwise the name.
    pub fn label(&self) -> &str {
        if self.short_name.trim().is_empty() { &self.name } else { &self.short_name }
    }
}

/// The contact person of a party.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
}

/// What kind of organisation a party is. The organiser is a type, never hard-coded: the 2018
/// regional model and today's employment areas both work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PartyKind {
    /// Maakunta, the organiser of the 2018 regional model.
    Region,
    /// Työllisyysalue, an employment area organised by a joint authority (since 2025).
    EmploymentArea,
    /// The host municipality (vastuukunta) of an employment area.
    HostMunicipality,
    /// A municipality or city.
    Municipality,
    /// TE-toimisto (until 2024).
    TeOffice,
    /// ELY-keskus (until 2025).
    ElyCentre,
    /// Elinvoimakeskus (since 2026).
    VitalityCentre,
    /// E.g. a vocational college.
    EducationProvider,
    /// Kansaneläkelaitos.
    Kela,
    /// Hyvinvointialue.
    WellbeingCounty,
    PrivateProducer,
    ThirdSector,
    Other,
}

impl PartyKind {
    pub const ALL: [PartyKind; 13] = [
        PartyKind::Region,
        PartyKind::EmploymentArea,
        PartyKind::HostMunicipality,
        PartyKind::Municipality,
        PartyKind::TeOffice,
        PartyKind::ElyCentre,
        PartyKind::VitalityCentre,
        PartyKind::EducationProvider,
        PartyKind::Kela,
        PartyKind::WellbeingCounty,
        PartyKind::PrivateProducer,
        PartyKind::ThirdSector,
        PartyKind::Other,
    ];

    /// Whether this type can hold the responsibility for organising (järjestämisvastuu).
    pub fn is_organiser_kind(self) -> bool {
        matches!(
            self,
            PartyKind::Region | PartyKind::EmploymentArea | PartyKind::HostMunicipality | PartyKind::WellbeingCounty
        )
    }

    /// Whether this type is a public authority that may decide public administrative tasks.
    pub fn is_authority(self) -> bool {
        !matches!(self, PartyKind::PrivateProducer | PartyKind::ThirdSector | PartyKind::Other)
    }

    /// A municipality in the sense of the market-failure rule.
    pub fn is_municipality(self) -> bool {
        matches!(self, PartyKind::Municipality | PartyKind::HostMunicipality)
    }
}

/// The role of a party in the alliance as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AllianceRole {
    /// Tilaaja: commissions and funds the service.
    Owner,
    /// Palveluntuottaja chosen by tender: paid costs plus a fee.
    Producer,
    /// An owner's own production unit inside the alliance.
    OwnProduction,
    /// Follows the work without a budget.
    Observer,
}

impl AllianceRole {
    pub const ALL: [AllianceRole; 4] =
        [AllianceRole::Owner, AllianceRole::Producer, AllianceRole::OwnProduction, AllianceRole::Observer];
}

/// A field of public duty, for the rule that an owner brings own production only within its
/// own duties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Field {
    Employment,
    BusinessServices,
    Education,
    Integration,
    YouthWork,
    SocialSecurity,
    HealthAndSocial,
    Other,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Employment,
        Field::BusinessServices,
        Field::Education,
        Field::Integration,
        Field::YouthWork,
        Field::SocialSecurity,
        Field::HealthAndSocial,
        Field::Other,
    ];
}

/// Why a business ID is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BusinessIdError {
    /// Not of the form `1234567-8`.
    Format,
    /// The first seven digits give a remainder of 1, which no valid ID has.
    Impossible,
    /// The check digit does not match; the expected digit is given.
    CheckDigit(u8),
}

/// Check digit of the seven-digit body of a Y-tunnus, `None` when no valid ID has this body.
pub fn business_id_check_digit(body: &[u8; 7]) -> Option<u8> {
    const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body.iter().zip(WEIGHTS).map(|(d, w)| u32::from(*d) * w).sum();
    match sum % 11 {
        0 => Some(0),
        1 => None,
        r => Some((11 - r) as u8),
    }
}

/// Validates a Finnish business ID (Y-tunnus), `NNNNNNN-C`, including its check digit.
pub fn validate_business_id(s: &str) -> Result<(), BusinessIdError> {
    let b = s.trim().as_bytes();
    if b.len() != 9 || b[7] != b'-' || !b[..7].iter().chain(&b[8..]).all(u8::is_ascii_digit) {
        return Err(BusinessIdError::Format);
    }
    let mut body = [0u8; 7];
    for (d, c) in body.iter_mut().zip(&b[..7]) {
        *d = c - b'0';
    }
    let given = b[8] - b'0';
    match business_id_check_digit(&body) {
        None => Err(BusinessIdError::Impossible),
        Some(c) if c == given => Ok(()),
        Some(c) => Err(BusinessIdError::CheckDigit(c)),
    }
}

/// Completes a seven-digit body with its check digit (used by the templates); `None` when the
/// body is not seven digits or has no valid check digit.
pub fn complete_business_id(body: &str) -> Option<String> {
    let b = body.as_bytes();
    if b.len() != 7 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut d = [0u8; 7];
    for (x, c) in d.iter_mut().zip(b) {
        *x = c - b'0';
    }
    business_id_check_digit(&d).map(|c| format!("{body}-{c}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_ids() {
        // Known valid IDs of public registers.
        for ok in ["0112038-9", "0201256-6", "2617416-4", "1572860-0", "1234567-1"] {
            assert_eq!(validate_business_id(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("0112038-8", BusinessIdError::CheckDigit(9)),
            ("0112038", BusinessIdError::Format),
            ("0112038_9", BusinessIdError::Format),
            ("O112038-9", BusinessIdError::Format),
            ("01120389", BusinessIdError::Format),
            ("", BusinessIdError::Format),
            ("0112038-99", BusinessIdError::Format),
            ("1234567-2", BusinessIdError::CheckDigit(1)),
            ("1000008-0", BusinessIdError::Impossible),
        ] {
            assert_eq!(validate_business_id(bad), Err(why), "{bad}");
        }
        assert_eq!(complete_business_id("0112038").as_deref(), Some("0112038-9"));
        assert_eq!(complete_business_id("12345"), None);
    }
}
