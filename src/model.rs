//! The plan aggregate: metadata, parties, services (role matrix), phases and gates, budget and
//! KRA metrics, risk register, follow-up and frozen baselines. Every change goes through `Plan::apply`.

pub mod budget;
pub mod edit;
pub mod followup;
pub mod gate;
pub mod id;
pub mod matrix;
pub mod metric;
pub mod money;
pub mod new_rows;
pub mod order;
pub mod party;
pub mod phase;
pub mod register;
pub mod risk;
pub mod schedule;
pub mod service;
pub mod shared;

pub use budget::{Budget, Cap, CategoryId, CostCategory, CostLine, FeeRule, ReserveRule, Sharing};
pub use edit::{Edit, EditError, MergeKey};
pub use followup::{CostActual, FollowUp, Measurement, Period, Periodicity};
pub use gate::{GateDraft, GateError};
pub use id::{BaselineId, CostLineId, DecisionId, DeliverableId, MetricId, PartyId, RiskId, ServiceId};
pub use metric::{Actual, ActualKind, ActualPart, Direction, Level, Metric, PartValue};
pub use money::{Bp, Decimal, Money};
pub use new_rows::NewRow;
pub use order::Move;
pub use party::{AllianceRole, Contact, Field, Party, PartyKind};
pub use phase::{
    ChecklistAnswer, ChecklistItem, Deliverable, DeliverableStatus, ExitRight, GateDecision, GateOutcome, Phase,
    PhaseKind, PhaseState, Position, Stance, Unanimity,
};
pub use risk::{Band, Rating, Risk, RiskCategory, RiskNature, RiskRegister, RiskScales, RiskStatus, Trend};
pub use schedule::PhaseMove;
pub use service::{Cell, ProductionMode, Service, ServiceKind, ServiceRole};
pub use shared::Shared;

use crate::i18n::Language;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A whole alliance plan, as saved in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub meta: Meta,
    pub parties: Shared<Vec<Party>>,
    pub services: Shared<Vec<Service>>,
    /// The four phases, in order.
    pub phases: Vec<Phase>,
    pub budget: Budget,
    pub risks: RiskRegister,
    /// Measurements, actual costs and the cost estimate of the service phase.
    #[serde(default, skip_serializing_if = "FollowUp::is_empty")]
    pub followup: FollowUp,
    /// Baselines frozen when gates were passed, oldest first.
    pub baselines: Shared<Vec<Baseline>>,
    /// The next free id; ids are unique across all kinds of rows and never reused.
    pub next_id: u32,
}

/// What the plan is, who it is for, and the annexes it prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The plan's working name.
    pub name: String,
    /// The alliance agreement the annexes belong to.
    pub alliance_name: String,
    /// Diaarinumero, e.g. "TRE:1234/00.01.02/2026".
    pub record_number: String,
    pub target_group: String,
    pub client_needs: String,
    pub strategic_goals: Vec<String>,
    pub community_goals: Vec<String>,
    pub individual_goals: Vec<String>,
    pub setting: Setting,
    /// The procurement procedure chosen for the producers.
    pub procurement: Procurement,
    /// Languages the annexes are printed in, the first being the main one.
    pub annex_languages: Vec<Language>,
    pub annexes: Vec<AnnexSpec>,
    pub status: PlanStatus,
    pub version: String,
    /// The version this one replaces, printed on the last page of each annex.
    pub replaces_version: String,
    /// The date of this version.
    pub date: Option<NaiveDate>,
    /// Place for the approval blocks, e.g. "Tampere".
    pub place: String,
    /// Approval by the leadership team instead of signatures per party.
    pub leadership_approval: Option<LeadershipApproval>,
    pub history: Vec<VersionEntry>,
}

impl Meta {
    pub fn new(name: &str) -> Meta {
        Meta {
            name: name.to_string(),
            alliance_name: String::new(),
            record_number: String::new(),
            target_group: String::new(),
            client_needs: String::new(),
            strategic_goals: Vec::new(),
            community_goals: Vec::new(),
            individual_goals: Vec::new(),
            setting: Setting::EmploymentArea,
            procurement: Procurement::NotDecided,
            annex_languages: vec![Language::Fi],
            annexes: AnnexKind::default_specs(),
            status: PlanStatus::Draft,
            version: "0.1".to_string(),
            replaces_version: String::new(),
            date: None,
            place: String::new(),
            leadership_approval: None,
            history: Vec::new(),
        }
    }
}

/// Which public-sector organisation the plan is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Setting {
    /// The 2018 regional model: the region (maakunta) organises.
    Regional2018,
    /// Today: an employment area (since 2025) with vitality centres (since 2026).
    EmploymentArea,
}

/// How the producers are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Procurement {
    NotDecided,
    /// Neuvottelumenettely, the procedure alliances use.
    Negotiated,
    Open,
    Restricted,
    CompetitiveDialogue,
    DirectAward,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlanStatus {
    Draft,
    Approved,
}

/// "Hyväksytty AJR:n kokouksessa d.m.yyyy § n".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadershipApproval {
    pub date: NaiveDate,
    /// The minutes section, e.g. "§ 4".
    pub section: String,
}

/// One row of the version history printed in every annex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionEntry {
    pub version: String,
    pub date: NaiveDate,
    pub author: String,
    pub changes: String,
}

/// The annexes a plan prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AnnexKind {
    Charter,
    Services,
    Commercial,
    ReimbursableCosts,
    Organisation,
    Risks,
    Schedule,
}

/// An annex's number and title in this agreement; an empty title means the default one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnexSpec {
    pub kind: AnnexKind,
    pub number: u8,
    pub title: String,
}

impl AnnexKind {
    pub const ALL: [AnnexKind; 7] = [
        AnnexKind::Charter,
        AnnexKind::Services,
        AnnexKind::Commercial,
        AnnexKind::ReimbursableCosts,
        AnnexKind::Organisation,
        AnnexKind::Risks,
        AnnexKind::Schedule,
    ];

    /// Domain guide §7: 1 charter … 7 schedule, default titles.
    pub fn default_specs() -> Vec<AnnexSpec> {
        Self::ALL.iter().zip(1..).map(|(&kind, number)| AnnexSpec { kind, number, title: String::new() }).collect()
    }
}

/// The plan as it stood when a gate was passed; the next phase is compared against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub id: BaselineId,
    /// The phase whose gate was passed.
    pub phase: PhaseKind,
    pub decision: DecisionId,
    pub taken_on: NaiveDate,
    /// A copy of the plan without its own baselines.
    pub plan: Box<Plan>,
}

impl Plan {
    /// An empty plan with the four phases.
    pub fn new(name: &str) -> Plan {
        Plan {
            meta: Meta::new(name),
            parties: Default::default(),
            services: Default::default(),
            phases: PhaseKind::ALL.into_iter().map(Phase::new).collect(),
            budget: Budget::default(),
            risks: RiskRegister::default(),
            followup: FollowUp::default(),
            baselines: Default::default(),
            next_id: 1,
        }
    }

    /// Takes the next free id (used when building plans; edits carry their ids).
    pub fn allocate_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    pub fn party(&self, id: PartyId) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn service(&self, id: ServiceId) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn phase(&self, kind: PhaseKind) -> Option<&Phase> {
        self.phases.iter().find(|p| p.kind == kind)
    }

    pub fn risk(&self, id: RiskId) -> Option<&Risk> {
        self.risks.risks.iter().find(|r| r.id == id)
    }

    pub fn metric(&self, id: MetricId) -> Option<&Metric> {
        self.budget.metrics.iter().find(|m| m.id == id)
    }

    /// The owners (tilaajat) in party order.
    pub fn owners(&self) -> impl Iterator<Item = &Party> {
        self.parties.iter().filter(|p| p.role == AllianceRole::Owner)
    }

    /// The producers in party order.
    pub fn producers(&self) -> impl Iterator<Item = &Party> {
        self.parties.iter().filter(|p| p.role == AllianceRole::Producer)
    }

    /// Every id used anywhere in the plan, with duplicates, for the id checks.
    pub fn all_ids(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = Vec::new();
        ids.extend(self.parties.iter().map(|p| p.id.0));
        ids.extend(self.services.iter().map(|s| s.id.0));
        for ph in &self.phases {
            ids.extend(ph.deliverables.iter().map(|d| d.id.0));
            ids.extend(ph.decisions.iter().map(|d| d.id.0));
        }
        ids.extend(self.budget.cost_lines.iter().map(|c| c.id.0));
        ids.extend(self.budget.metrics.iter().map(|m| m.id.0));
        ids.extend(self.risks.risks.iter().map(|r| r.id.0));
        ids.extend(self.baselines.iter().map(|b| b.id.0));
        ids
    }
}
