//! The rich plan of the tests: something in every part of a plan, built through edits.

use super::{apply, date};
use allianssi::Plan;
use allianssi::i18n::Language;
use allianssi::model::edit::CellValue;
use allianssi::model::risk::{RatingRecord, StatusChange};
use allianssi::model::*;
use allianssi::model::{LeadershipApproval, Procurement, Setting, VersionEntry};

/// A plan with something in every part, built through `Plan::apply` as the application does:
/// three parties, two services with cells, dates, deliverables, checklist answers, a Go
/// decision with its baseline, cost lines, metrics with every kind of actual, risks.
pub fn rich_plan() -> Plan {
    let mut plan = Plan::new("Kasvupalveluallianssi – “Pirkanmaa” \\ testi\nrivi 2");
    let mut meta = plan.meta.clone();
    meta.alliance_name = "Pirkanmaan kasvupalveluallianssi".into();
    meta.record_number = "TRE:1234/00.01.02/2026".into();
    meta.target_group = "Aloittavat yrittäjät, Sámi: Ávjovárgeaiddnu čđŋšŧž".into();
    meta.strategic_goals = vec!["Työllisyysaste 75 %".into(), "Yrityksiä +10 €".into()];
    meta.setting = Setting::Regional2018;
    meta.procurement = Procurement::Negotiated;
    meta.annex_languages = vec![Language::Fi, Language::Sv, Language::En];
    meta.date = Some(date(2026, 3, 1));
    meta.place = "Tampere".into();
    meta.leadership_approval = Some(LeadershipApproval { date: date(2026, 3, 2), section: "§ 4".into() });
    meta.history = vec![VersionEntry {
        version: "0.1".into(),
        date: date(2026, 1, 15),
        author: "Åsa Öberg".into(),
        changes: "Ensimmäinen versio".into(),
    }];
    apply(&mut plan, Edit::SetMeta(Box::new(meta)));

    let city = PartyId(plan.next_id);
    let mut p = Party::new(city, "Tampereen kaupunki", PartyKind::Municipality, AllianceRole::Owner);
    p.short_name = "Tampere".into();
    p.business_id = "0211675-2".into();
    p.funding_share = Bp(7_000);
    p.contact =
        Contact {
            name: "Äijä Öljymäki".into(), title: "Johtaja".into(), email: "a@b.fi".into(), phone: "+358".into()
        };
    p.leadership_seats = 2;
    p.duties = vec![Field::Employment, Field::BusinessServices];
    apply(&mut plan, Edit::AddParty(Box::new(p)));

    let region = PartyId(plan.next_id);
    let mut p = Party::new(region, "Pirkanmaan ELY-keskus", PartyKind::ElyCentre, AllianceRole::Owner);
    p.funding_share = Bp(3_000);
    apply(&mut plan, Edit::AddParty(Box::new(p)));

    let producer = PartyId(plan.next_id);
    let mut p = Party::new(producer, "Yritys \"Oy\" Ab", PartyKind::PrivateProducer, AllianceRole::Producer);
    p.fee = Money::euros(120_000);
    p.exited_on = Some(date(2027, 12, 31));
    apply(&mut plan, Edit::AddParty(Box::new(p)));

    let advice = ServiceId(plan.next_id);
    let mut s = Service::new(advice, "Yritysneuvonta", ServiceKind::Service, ProductionMode::AllianceTender);
    s.organiser = Some(region);
    s.market_failure = true;
    apply(&mut plan, Edit::AddService(Box::new(s)));
    let support = ServiceId(plan.next_id);
    apply(
        &mut plan,
        Edit::AddService(Box::new(Service::new(
            support,
            "Tukipalvelut",
            ServiceKind::SupportService,
            ProductionMode::OwnProduction,
        ))),
    );
    for (service, party, role, euros, py) in [
        (advice, region, ServiceRole::Accountable, 0, "0"),
        (advice, producer, ServiceRole::Producer, 380_000, "4.5"),
        (advice, city, ServiceRole::Funder, 266_000, "0.25"),
        (support, city, ServiceRole::Producer, 50_000, "1"),
        (support, producer, ServiceRole::Informed, 0, "0"),
    ] {
        let cell = CellValue { role, euros_per_year: Money::euros(euros), person_years: py.parse().expect("decimal") };
        apply(&mut plan, Edit::SetCell { service, party, cell: Some(cell) });
    }

    apply(&mut plan, Edit::SetPhaseDates { phase: PhaseKind::Strategy, start: Some(date(2026, 1, 1)), end: None });
    apply(
        &mut plan,
        Edit::SetPhaseDates {
            phase: PhaseKind::Development,
            start: Some(date(2026, 6, 1)),
            end: Some(date(2026, 12, 31)),
        },
    );
    apply(&mut plan, Edit::SetPhaseNotes { phase: PhaseKind::Strategy, notes: "Muistiinpanot\nrivi 2".into() });
    let deliverable = DeliverableId(plan.next_id);
    apply(
        &mut plan,
        Edit::AddDeliverable {
            phase: PhaseKind::Strategy,
            deliverable: Box::new(Deliverable {
                id: deliverable,
                title: "Aiesopimus".into(),
                owner: Some(city),
                start: Some(date(2026, 1, 10)),
                due: Some(date(2026, 2, 28)),
                status: DeliverableStatus::InProgress,
                note: String::new(),
            }),
        },
    );
    apply(
        &mut plan,
        Edit::SetChecklistAnswer {
            phase: PhaseKind::Strategy,
            answer: ChecklistAnswer { item: ChecklistItem::SharedIntent, done: true, answer: "Kyllä".into() },
        },
    );

    let cost = CostLineId(plan.next_id);
    apply(
        &mut plan,
        Edit::AddCostLine(Box::new(CostLine {
            id: cost,
            party: producer,
            category: "K1".into(),
            year: 2026,
            amount: Money(38_000_000),
            description: "Neuvojat".into(),
        })),
    );
    let cost2 = CostLineId(plan.next_id);
    apply(
        &mut plan,
        Edit::AddCostLine(Box::new(CostLine {
            id: cost2,
            party: city,
            category: "K3".into(),
            year: 2027,
            amount: Money(-123_456),
            description: "Tilat – hyvitys".into(),
        })),
    );
    apply(&mut plan, Edit::SetReserveRule(ReserveRule::FlatPercent(Bp(500))));
    apply(&mut plan, Edit::SetFeeRule(FeeRule::PercentOfTarget(Bp(800))));
    apply(
        &mut plan,
        Edit::SetSharing(Sharing {
            gain_share: Bp(3_000),
            pain_share: Bp(7_000),
            gain_cap: Cap::Amount(Money::euros(50_000)),
            pain_cap: Cap::Unlimited,
            combined_cap: false,
        }),
    );
    apply(&mut plan, Edit::SetKraPool(Money::euros(40_000)));
    let actuals = [
        Actual::Unknown,
        Actual::Value("39.2062".parse().expect("decimal")),
        Actual::ActivationRate { unemployed: 1200, in_services: 300 },
        Actual::Nps { promoters: 50, passives: 30, detractors: 20 },
        Actual::Change { old: Decimal::from_int(100), new: "-12.5".parse().expect("decimal") },
    ];
    for (i, actual) in actuals.into_iter().enumerate() {
        let id = MetricId(plan.next_id);
        apply(
            &mut plan,
            Edit::AddMetric(Box::new(Metric {
                id,
                name: format!("Mittari {i} – työllistyneet"),
                definition: "Osuus %".into(),
                source: "URA".into(),
                unit: "%".into(),
                direction: if i % 2 == 0 { Direction::HigherIsBetter } else { Direction::LowerIsBetter },
                minimum: Decimal::from_int(10),
                target: Decimal::from_int(20),
                excellent: "30.5".parse().expect("decimal"),
                weight: Bp(2_000),
                actual,
                decimals: (i % 2 == 0).then_some(2),
            })),
        );
    }
    let risk = RiskId(plan.next_id);
    apply(&mut plan, Edit::AddRisk(Box::new(sample_risk(risk, Some(producer)))));
    let risk2 = RiskId(plan.next_id);
    let mut r = sample_risk(risk2, None);
    r.nature = RiskNature::Opportunity;
    r.category = RiskCategory::DataIct;
    r.status = RiskStatus::Closed;
    apply(&mut plan, Edit::AddRisk(Box::new(r)));

    let decision = DecisionId(plan.next_id);
    let baseline = BaselineId(plan.next_id + 1);
    apply(
        &mut plan,
        Edit::RecordDecision {
            phase: PhaseKind::Strategy,
            decision: Box::new(GateDecision {
                id: decision,
                outcome: GateOutcome::Go,
                date: date(2026, 3, 15),
                minutes_ref: "Kaupunginhallitus 23.10.2017 § 12".into(),
                // Every owner approves (a Go needs it); the producer's rejection is recorded
                // but does not block.
                positions: vec![
                    Position { party: city, stance: Stance::Approves },
                    Position { party: region, stance: Stance::Approves },
                    Position { party: producer, stance: Stance::Rejects },
                ],
                baseline: None,
                note: String::new(),
            }),
            baseline,
        },
    );
    plan
}

/// A risk with every field filled.
pub fn sample_risk(id: RiskId, owner: Option<PartyId>) -> Risk {
    Risk {
        id,
        code: format!("R{}", id.0),
        title: "Tuottaja vetäytyy".into(),
        cause: "Kannattavuus".into(),
        consequence: "Palvelukatko".into(),
        category: RiskCategory::MarketProducer,
        phase: Some(PhaseKind::Service),
        shared: owner.is_none(),
        owner,
        owner_person: "Öljymäki".into(),
        probability: 3,
        impact: 4,
        residual: Some(Rating { probability: 2, impact: 2 }),
        min_amount: Money::euros(1_000),
        likely_amount: Money::euros(5_000),
        max_amount: Money::euros(20_000),
        probability_pct: Bp(2_500),
        nature: RiskNature::Threat,
        mitigation: "Varatuottaja".into(),
        action_owner: "Johtoryhmä".into(),
        due: Some(date(2026, 9, 30)),
        status: RiskStatus::BeingHandled,
        status_history: vec![StatusChange { date: date(2026, 2, 1), status: RiskStatus::Identified }],
        review: Some(date(2026, 10, 1)),
        trend: Trend::Rising,
        rating_history: vec![RatingRecord {
            date: date(2026, 2, 1),
            rating: Rating { probability: 4, impact: 4 },
            note: "Työpaja 1".into(),
        }],
    }
}
