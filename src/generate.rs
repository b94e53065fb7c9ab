//! Generated plans of any size, for benchmarks and for trying the application at scale: valid,
//! realistic (Finnish names with ä, ö and å, valid business IDs, consistent references) and
//! deterministic: the same options give the same plan, byte for byte once saved.
//!
//! What a generated plan holds: a host municipality that organises, a wellbeing services county,
//! a vitality centre, Kela, an education provider, further municipalities and producers; services
//! with exactly one accountable organiser each, producers producing, owners funding; owners'
//! funding shares summing to exactly 100 %; four contiguous phases with deliverables; cost lines
//! across parties, categories and years; risks with ratings, amounts, owners, phases and
//! histories; KRA metrics whose weights sum to 1. `rules::check` finds no errors in it.

mod followup;
mod names;

use crate::i18n::Language;
use crate::model::party::complete_business_id;
use crate::model::risk::{RatingRecord, StatusChange};
use crate::model::*;
use chrono::{Datelike, Days, NaiveDate};
use fastrand::Rng;
use std::collections::HashSet;

/// How large a plan to generate, and from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Parties; at least one (the host municipality) is always generated.
    pub parties: usize,
    pub services: usize,
    pub risks: usize,
    pub budget_lines: usize,
    pub seed: u64,
    /// Months of follow-up from the start of the service phase (measurements and reported
    /// costs); 0: none.
    pub months: usize,
}

impl Default for GenerateOptions {
    /// A workshop-sized plan: 12 parties, 40 services, 60 risks, 240 cost lines.
    fn default() -> Self {
        GenerateOptions { parties: 12, services: 40, risks: 60, budget_lines: 240, seed: 1, months: 0 }
    }
}

impl GenerateOptions {
    /// A large employment area ten years on: 200 parties, 500 services, 20 000 cost lines and
    /// 10 000 risks (the size the benchmarks use).
    pub fn large() -> Self {
        GenerateOptions { parties: 200, services: 500, risks: 10_000, budget_lines: 20_000, seed: 13, months: 0 }
    }
}

/// Generates a plan; the same options always give the same plan.
pub fn generate(opts: &GenerateOptions) -> Plan {
    let mut g = Gen { rng: Rng::with_seed(opts.seed), plan: Plan::new(""), names: HashSet::new(), ids: HashSet::new() };
    let parties = g.parties(opts.parties.max(1));
    g.meta(&parties);
    g.phases(&parties);
    g.services(&parties, opts.services);
    g.costs(&parties, opts.budget_lines);
    g.metrics();
    g.risks(&parties, opts.risks);
    g.fit_impacts();
    g.followup(&parties, opts.months);
    g.plan
}

impl Gen {
    /// Each risk's impact class agrees with its most likely amount as a share of the target
    /// cost (`rules::exposure_class`, the `risk-impact-exposure` rule); the residual impact is
    /// never above it. The classes do not move the target cost (the reserve counts amounts).
    fn fit_impacts(&mut self) {
        let Ok(target) = crate::commercial::target_cost(&self.plan) else { return };
        for r in &mut self.plan.risks.risks {
            let Some(class) = crate::rules::exposure_class(r.likely_amount, target.target_cost) else { continue };
            r.impact = class;
            if let Some(residual) = &mut r.residual {
                residual.impact = residual.impact.min(class);
            }
            for record in &mut r.rating_history {
                record.rating.impact = class;
            }
        }
    }
}

/// The parties by what they do in the plan.
struct Parties {
    host: PartyId,
    host_place: &'static names::Municipality,
    county: Option<PartyId>,
    owners: Vec<PartyId>,
    producers: Vec<PartyId>,
    /// Municipalities other than the host (owners that may produce with a market failure).
    municipalities: Vec<PartyId>,
    /// Owners and producers: the parties with budgets.
    budgets: Vec<PartyId>,
    all: Vec<PartyId>,
}

struct Gen {
    rng: Rng,
    plan: Plan,
    /// Party and service names used so far (names are unique, as CSV import matches by name).
    names: HashSet<String>,
    /// Business IDs used so far.
    ids: HashSet<String>,
}

/// What kind of party the i-th one is: the fixed cast first, then municipalities and producers.
fn cast(i: usize) -> (PartyKind, AllianceRole) {
    match i {
        0 => (PartyKind::HostMunicipality, AllianceRole::Owner),
        1 => (PartyKind::PrivateProducer, AllianceRole::Producer),
        2 => (PartyKind::WellbeingCounty, AllianceRole::Owner),
        3 => (PartyKind::VitalityCentre, AllianceRole::Owner),
        4 => (PartyKind::Kela, AllianceRole::Observer),
        5 => (PartyKind::EducationProvider, AllianceRole::Observer),
        i if i % 3 == 0 => (PartyKind::Municipality, AllianceRole::Owner),
        i if i % 3 == 1 => (PartyKind::PrivateProducer, AllianceRole::Producer),
        _ => (PartyKind::ThirdSector, AllianceRole::Producer),
    }
}

fn duties(kind: PartyKind) -> Vec<Field> {
    use Field::*;
    match kind {
        PartyKind::HostMunicipality => vec![Employment, Integration, YouthWork, Education, BusinessServices],
        PartyKind::Municipality => vec![Employment, YouthWork, Education],
        PartyKind::WellbeingCounty => vec![HealthAndSocial],
        PartyKind::VitalityCentre => vec![Employment, BusinessServices, Integration, Education],
        PartyKind::Kela => vec![SocialSecurity],
        PartyKind::EducationProvider => vec![Education],
        _ => Vec::new(),
    }
}

/// Lower-case ASCII letters of a name, for e-mail addresses.
fn ascii(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c.to_lowercase().next().unwrap_or(c) {
            'ä' | 'å' => Some('a'),
            'ö' => Some('o'),
            c if c.is_ascii_alphanumeric() => Some(c),
            '-' | ' ' => Some('-'),
            _ => None,
        })
        .collect::<String>()
        .trim_matches('-')
        .to_string()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn plus(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

/// Whole euros from `lo` to `hi` in steps of `step`.
fn euros(rng: &mut Rng, lo: i64, hi: i64, step: i64) -> Money {
    Money::euros(rng.i64(lo / step..=hi / step) * step)
}

/// Tenths from `lo` to `hi` (e.g. person-years).
fn tenths(rng: &mut Rng, lo: i64, hi: i64) -> Decimal {
    Decimal::from_raw(rng.i64(lo..=hi) * (Decimal::SCALE / 10))
}

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

/// Splits 10 000 basis points by weights: one point each, the rest by weight rounded down, the
/// points left over to the first. The shares sum to exactly 10 000 for up to 10 000 weights.
fn split_bp(weights: &[u64]) -> Vec<u32> {
    let n = weights.len() as u64;
    if n == 0 {
        return Vec::new();
    }
    let rest = 10_000u64.saturating_sub(n);
    let total: u64 = weights.iter().sum::<u64>().max(1);
    let mut shares: Vec<u64> = weights.iter().map(|w| 1 + rest * w / total).collect();
    let sum: u64 = shares.iter().sum();
    shares[0] += 10_000u64.saturating_sub(sum);
    shares.into_iter().map(|s| u32::try_from(s).unwrap_or(u32::MAX)).collect()
}

impl Gen {
    fn id(&mut self) -> u32 {
        self.plan.allocate_id()
    }

    /// A name not used yet: `make` is tried a few times, then numbered.
    fn unique(&mut self, mut make: impl FnMut(&mut Rng) -> String) -> String {
        for _ in 0..8 {
            let name = make(&mut self.rng);
            if self.names.insert(name.clone()) {
                return name;
            }
        }
        let base = make(&mut self.rng);
        (2..).map(|k| format!("{base} {k}")).find(|n| self.names.insert(n.clone())).unwrap_or(base)
    }

    fn business_id(&mut self) -> String {
        loop {
            let body = format!("{:07}", self.rng.u32(1_000_000..9_999_999));
            if let Some(id) = complete_business_id(&body)
                && self.ids.insert(id.clone())
            {
                return id;
            }
        }
    }

    fn person(&mut self) -> String {
        format!("{} {}", pick(&mut self.rng, &names::FIRST_NAMES), pick(&mut self.rng, &names::LAST_NAMES))
    }

    fn parties(&mut self, n: usize) -> Parties {
        let mut places: Vec<usize> = (0..names::MUNICIPALITIES.len()).collect();
        self.rng.shuffle(&mut places);
        let host_place = &names::MUNICIPALITIES[places[0]];
        let region = self.rng.usize(..names::COUNTIES.len());
        let mut next_place = 0;
        let mut out = Parties {
            host: PartyId(0),
            host_place,
            county: None,
            owners: Vec::new(),
            producers: Vec::new(),
            municipalities: Vec::new(),
            budgets: Vec::new(),
            all: Vec::new(),
        };
        let mut weights = Vec::new();
        for i in 0..n {
            let (kind, role) = cast(i);
            let (name, short) = match kind {
                PartyKind::HostMunicipality | PartyKind::Municipality => {
                    let m = &names::MUNICIPALITIES[places[next_place % places.len()]];
                    next_place += 1;
                    let unit = if m.town { "kaupunki" } else { "kunta" };
                    let name = self.unique(|_| format!("{} {unit}", m.genitive));
                    (name, m.name.to_string())
                }
                PartyKind::WellbeingCounty => {
                    (format!("{} hyvinvointialue", names::COUNTIES[region]), "Hyvinvointialue".to_string())
                }
                PartyKind::VitalityCentre => (names::VITALITY[region].to_string(), "Elinvoimakeskus".to_string()),
                PartyKind::Kela => {
                    (format!("Kansaneläkelaitos, {} palvelupiste", host_place.genitive), "Kela".to_string())
                }
                PartyKind::EducationProvider => {
                    (pick(&mut self.rng, &names::COLLEGES).to_string(), "Ammattiopisto".to_string())
                }
                PartyKind::ThirdSector => {
                    let name =
                        self.unique(|r| format!("{} {}", pick(r, &names::COUNTIES), pick(r, &names::ASSOCIATIONS)));
                    let short = name.split_whitespace().nth(1).unwrap_or("Yhdistys").to_string();
                    (name, short)
                }
                _ => {
                    let name =
                        self.unique(|r| format!("{} {} Oy", pick(r, &names::FIRM_STEMS), pick(r, &names::AREAS)));
                    let short = name.trim_end_matches(" Oy").to_string();
                    (name, short)
                }
            };
            self.names.insert(name.clone());
            let id = PartyId(self.id());
            let mut p = Party::new(id, &name, kind, role);
            p.short_name = short;
            p.business_id = self.business_id();
            p.duties = duties(kind);
            p.leadership_seats = u8::from(role != AllianceRole::Observer);
            p.project_seats = self.rng.u8(1..=2);
            let person = self.person();
            let title = pick(&mut self.rng, &names::TITLES).to_string();
            let domain = ascii(p.short_name.split(',').next().unwrap_or("allianssi"));
            p.contact = Contact {
                email: format!("{}@{domain}.fi", ascii(&person).replace('-', ".")),
                name: person,
                title,
                phone: format!("040 {:03} {:04}", self.rng.u16(100..1000), self.rng.u16(0..10_000)),
            };
            match role {
                AllianceRole::Owner => {
                    out.owners.push(id);
                    out.budgets.push(id);
                    weights.push(match kind {
                        PartyKind::HostMunicipality => 40,
                        PartyKind::WellbeingCounty => 15,
                        PartyKind::VitalityCentre => 10,
                        _ => self.rng.u64(2..=12),
                    });
                }
                AllianceRole::Producer => {
                    p.fee = euros(&mut self.rng, 20_000, 150_000, 1_000);
                    out.producers.push(id);
                    out.budgets.push(id);
                }
                _ => {}
            }
            match kind {
                PartyKind::HostMunicipality => out.host = id,
                PartyKind::WellbeingCounty => out.county = Some(id),
                PartyKind::Municipality => out.municipalities.push(id),
                _ => {}
            }
            out.all.push(id);
            self.plan.parties.push(p);
        }
        let shares = split_bp(&weights);
        for (owner, share) in out.owners.iter().zip(shares) {
            if let Some(p) = self.plan.parties.iter_mut().find(|p| p.id == *owner) {
                p.funding_share = Bp(share);
            }
        }
        out
    }

    fn meta(&mut self, p: &Parties) {
        let place = p.host_place;
        let year = 2026 + self.rng.i32(0..=2);
        let abbr: String = place.name.chars().take(3).flat_map(char::to_uppercase).collect();
        let m = &mut self.plan.meta;
        m.name = format!("{} seudun työllisyysallianssi", place.genitive);
        m.alliance_name = format!("{} seudun työllisyysalueen palveluallianssi", place.genitive);
        m.record_number = format!("{abbr}:{}/00.01.02/{year}", self.rng.u32(100..10_000));
        m.target_group = "Yli 12 kuukautta työttömänä olleet, osatyökykyiset, maahanmuuttajataustaiset ja alle \
                          30-vuotiaat työnhakijat"
            .into();
        m.client_needs = "Palvelutarpeen arviointi, työkyvyn selvittäminen, työhönvalmennus, kotoutuminen, \
                          koulutus ja tuki työsuhteen alussa"
            .into();
        m.strategic_goals = vec![
            "Työllisyysaste nousee ja pitkäaikaistyöttömyys puolittuu sopimuskauden aikana.".into(),
            "Kuntien, hyvinvointialueen ja Kelan palvelut toimivat yhtenä kokonaisuutena.".into(),
        ];
        m.community_goals = vec!["Yritykset saavat työvoimaa ilman pitkiä rekrytointiaikoja.".into()];
        m.individual_goals = vec!["Asiakkaalla on yksi omavalmentaja koko palvelupolun ajan.".into()];
        m.setting = Setting::EmploymentArea;
        m.procurement = Procurement::Negotiated;
        m.annex_languages = vec![Language::Fi, Language::Sv];
        m.place = place.name.to_string();
        m.date = Some(day(year, 11, 6));
        m.history = vec![VersionEntry {
            version: "0.1".into(),
            date: day(year, 11, 6),
            author: "Allianssipäällikkö".into(),
            changes: "Ensimmäinen luonnos".into(),
        }];
        self.plan.meta.date = Some(day(year, 11, 6));
    }

    fn phases(&mut self, p: &Parties) {
        let year = self.plan.meta.date.map_or(2026, |d| d.year());
        let mut start = plus(day(year, 1, 1), self.rng.u64(0..60));
        let lengths = [(150, 240), (180, 270), (300, 540), (1_095, 1_826)];
        for (i, kind) in PhaseKind::ALL.into_iter().enumerate() {
            let (lo, hi) = lengths[i];
            let end = plus(start, self.rng.u64(lo..=hi));
            let titles = names::deliverables(kind);
            let count = self.rng.usize(3..=titles.len());
            let mut order: Vec<usize> = (0..titles.len()).collect();
            self.rng.shuffle(&mut order);
            order.truncate(count);
            order.sort_unstable();
            let span = (end - start).num_days().max(1) as u64;
            let mut deliverables = Vec::new();
            for t in order {
                let a = plus(start, self.rng.u64(0..span / 2));
                let due = plus(a, self.rng.u64(7..=span / 2));
                let status = match kind {
                    PhaseKind::Strategy | PhaseKind::Formation => DeliverableStatus::Done,
                    PhaseKind::Development if self.rng.bool() => DeliverableStatus::InProgress,
                    _ => DeliverableStatus::NotStarted,
                };
                deliverables.push(Deliverable {
                    id: DeliverableId(self.id()),
                    title: titles[t].to_string(),
                    owner: Some(*pick(&mut self.rng, &p.owners)),
                    start: Some(a),
                    due: Some(due.min(end)),
                    status,
                    note: String::new(),
                });
            }
            if let Some(ph) = self.plan.phases.iter_mut().find(|ph| ph.kind == kind) {
                ph.start = Some(start);
                ph.end = Some(end);
                ph.owner = Some(p.host);
                ph.deliverables = deliverables;
            }
            start = plus(end, 1);
        }
    }

    fn services(&mut self, p: &Parties, n: usize) {
        let mut order: Vec<usize> = (0..names::SERVICES.len()).collect();
        self.rng.shuffle(&mut order);
        for j in 0..n {
            let seed = &names::SERVICES[order[j % order.len()]];
            let name = if j < order.len() {
                self.names.insert(seed.name.to_string());
                seed.name.to_string()
            } else {
                self.unique(|r| format!("{}, {}", seed.name, pick(r, &names::MUNICIPALITIES).name))
            };
            let mode = match seed.kind {
                ServiceKind::PublicAdministrativeTask => ProductionMode::OwnProduction,
                _ => match self.rng.u8(0..20) {
                    0..=10 => ProductionMode::AllianceTender,
                    11..=14 => ProductionMode::OwnProduction,
                    15..=16 => ProductionMode::ServiceVoucher,
                    _ => ProductionMode::MarketOrThirdSector,
                },
            };
            let organiser = match (seed.field, p.county) {
                (Field::HealthAndSocial, Some(c)) => c,
                _ => p.host,
            };
            let mut s = Service::new(ServiceId(self.id()), &name, seed.kind, mode);
            s.field = seed.field;
            s.target_group = seed.target.to_string();
            s.organiser = Some(organiser);
            s.description = match mode {
                ProductionMode::OwnProduction => {
                    "Järjestäjä tuottaa palvelun itse; muut osapuolet osallistuvat \
                                                  ohjaukseen ja rahoitukseen."
                }
                ProductionMode::AllianceTender => {
                    "Tuottajat valittu allianssin neuvottelumenettelyssä; \
                                                   kustannukset avoimin kirjoin."
                }
                ProductionMode::ServiceVoucher => "Asiakas valitsee tuottajan palvelusetelillä.",
                ProductionMode::MarketOrThirdSector => "Hankitaan markkinoilta tai kolmannelta sektorilta.",
            }
            .to_string();
            let r = &mut self.rng;
            s.cells.push(Cell {
                party: organiser,
                role: ServiceRole::Accountable,
                euros_per_year: euros(r, 20_000, 250_000, 1_000),
                person_years: tenths(r, 2, 40),
            });
            let admin = seed.kind == ServiceKind::PublicAdministrativeTask;
            if !admin && mode != ProductionMode::OwnProduction && !p.producers.is_empty() {
                for _ in 0..r.usize(1..=3) {
                    let party = *pick(r, &p.producers);
                    if s.cell(party).is_none() {
                        s.cells.push(Cell {
                            party,
                            role: ServiceRole::Producer,
                            euros_per_year: euros(r, 80_000, 700_000, 1_000),
                            person_years: tenths(r, 10, 120),
                        });
                    }
                }
            }
            if !admin && mode == ProductionMode::OwnProduction && !p.municipalities.is_empty() && r.u8(0..3) == 0 {
                let party = *pick(r, &p.municipalities);
                if s.cell(party).is_none() && duties(PartyKind::Municipality).contains(&s.field) {
                    // A municipality producing for the organiser: only with a market failure.
                    s.market_failure = true;
                    s.cells.push(Cell {
                        party,
                        role: ServiceRole::Producer,
                        euros_per_year: euros(r, 20_000, 120_000, 1_000),
                        person_years: tenths(r, 5, 20),
                    });
                }
            }
            for _ in 0..r.usize(0..=2) {
                let party = *pick(r, &p.owners);
                if s.cell(party).is_none() {
                    s.cells.push(Cell {
                        party,
                        role: ServiceRole::Funder,
                        euros_per_year: euros(r, 10_000, 100_000, 1_000),
                        person_years: Decimal::ZERO,
                    });
                }
            }
            for _ in 0..r.usize(0..=2) {
                let party = *pick(r, &p.all);
                if s.cell(party).is_none() {
                    let consulted = r.bool();
                    s.cells.push(Cell {
                        party,
                        role: if consulted { ServiceRole::Consulted } else { ServiceRole::Informed },
                        euros_per_year: Money::ZERO,
                        person_years: if consulted { tenths(r, 0, 5) } else { Decimal::ZERO },
                    });
                }
            }
            self.plan.services.push(s);
        }
    }

    /// The years of the service phase.
    fn service_years(&self) -> Vec<i32> {
        let ph = self.plan.phase(PhaseKind::Service);
        match ph.and_then(|ph| Some((ph.start?, ph.end?))) {
            Some((a, b)) => (a.year()..=b.year()).collect(),
            None => vec![2028],
        }
    }

    fn costs(&mut self, p: &Parties, n: usize) {
        let years = self.service_years();
        let r = &mut self.rng;
        let mut lines = Vec::with_capacity(n);
        for _ in 0..n {
            // Staff time (K1) is the bulk of an alliance's costs.
            let category = if r.u8(0..3) == 0 { "K1" } else { *pick(r, &names::COST_CODES) };
            lines.push(CostLine {
                id: CostLineId(0),
                party: *pick(r, &p.budgets),
                category: category.to_string(),
                year: *pick(r, &years),
                amount: euros(r, 2_000, 400_000, 100),
                description: pick(r, names::cost_descriptions(category)).to_string(),
            });
        }
        for mut line in lines {
            line.id = CostLineId(self.id());
            self.plan.budget.cost_lines.push(line);
        }
    }

    fn metrics(&mut self) {
        let count = self.rng.usize(3..=names::METRICS.len());
        let weights: Vec<u64> = (0..count).map(|_| self.rng.u64(1..=4)).collect();
        let weights = split_bp(&weights);
        for (seed, weight) in names::METRICS.iter().take(count).zip(weights) {
            let [minimum, target, excellent] = seed.levels.map(Decimal::from_int);
            let actual = match self.rng.u8(0..4) {
                0 => Actual::Unknown,
                1 => Actual::Value(Decimal::from_int(seed.levels[self.rng.usize(..3)])),
                _ if seed.name == "Aktivointiaste" => Actual::ActivationRate {
                    unemployed: self.rng.u64(800..3_000),
                    in_services: self.rng.u64(300..1_200),
                },
                _ => Actual::Value(target),
            };
            let id = MetricId(self.id());
            self.plan.budget.metrics.push(Metric {
                id,
                name: seed.name.to_string(),
                definition: seed.definition.to_string(),
                source: seed.source.to_string(),
                unit: seed.unit.to_string(),
                direction: if seed.higher_is_better { Direction::HigherIsBetter } else { Direction::LowerIsBetter },
                minimum,
                target,
                excellent,
                weight: Bp(weight),
                actual,
                decimals: None,
            });
        }
        self.plan.budget.kra_pool = euros(&mut self.rng, 100_000, 400_000, 10_000);
    }

    fn risks(&mut self, p: &Parties, n: usize) {
        let first = self.plan.phases.first().and_then(|ph| ph.start).unwrap_or_else(|| day(2026, 1, 1));
        let statuses = [
            RiskStatus::Identified,
            RiskStatus::BeingHandled,
            RiskStatus::UnderControl,
            RiskStatus::Occurred,
            RiskStatus::Closed,
        ];
        let mut risks = Vec::with_capacity(n);
        for i in 0..n {
            let r = &mut self.rng;
            let seed = pick(r, &names::RISKS);
            let title = if i < names::RISKS.len() {
                seed.title.to_string()
            } else {
                format!("{} ({})", seed.title, pick(r, &names::MUNICIPALITIES).name)
            };
            let phase = *pick(r, &PhaseKind::ALL);
            let (probability, impact) = (r.u8(1..=5), r.u8(1..=5));
            let residual = r.bool().then(|| Rating { probability: r.u8(1..=probability), impact: r.u8(1..=impact) });
            let likely = euros(r, 5_000, 500_000, 1_000);
            let min = Money(likely.cents() * r.i64(30..=90) / 100);
            let max = Money(likely.cents() * r.i64(110..=300) / 100);
            let identified = plus(first, r.u64(0..400));
            let last = match r.u8(0..10) {
                0..=3 => 0,
                4..=6 => 1,
                7 => 2,
                8 => 3,
                _ => 4,
            };
            let mut on = identified;
            let mut history = Vec::new();
            for &status in &statuses[..=last] {
                history.push(StatusChange { date: on, status });
                on = plus(on, r.u64(14..90));
            }
            let due = plus(identified, r.u64(30..365));
            risks.push(Risk {
                id: RiskId(0),
                code: format!("R{}", i + 1),
                title,
                cause: seed.cause.to_string(),
                consequence: seed.consequence.to_string(),
                category: seed.category,
                phase: Some(phase),
                shared: r.u8(0..10) < 3,
                owner: (r.u8(0..10) < 8).then(|| *pick(r, &p.budgets)),
                owner_person: format!("{} {}", pick(r, &names::FIRST_NAMES), pick(r, &names::LAST_NAMES)),
                probability,
                impact,
                residual,
                min_amount: min,
                likely_amount: likely,
                max_amount: max,
                probability_pct: Bp(r.u32(1..=16) * 500),
                nature: if r.u8(0..10) == 0 { RiskNature::Opportunity } else { RiskNature::Threat },
                mitigation: seed.mitigation.to_string(),
                action_owner: format!("{} {}", pick(r, &names::FIRST_NAMES), pick(r, &names::LAST_NAMES)),
                due: Some(due),
                status: statuses[last],
                status_history: history,
                review: Some(plus(due, 30)),
                trend: *pick(r, &[Trend::Rising, Trend::Stable, Trend::Falling]),
                rating_history: vec![RatingRecord {
                    date: identified,
                    rating: Rating { probability, impact },
                    note: "Riskityöpaja".to_string(),
                }],
            });
        }
        for mut risk in risks {
            risk.id = RiskId(self.id());
            self.plan.risks.risks.push(risk);
        }
    }
}

#[cfg(test)]
mod tests;
