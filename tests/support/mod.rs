//! Shared helpers of the integration tests: a proptest strategy of arbitrary plans, the
//! hand-built rich plan (`rich`), a readable plan comparison and small file helpers.
#![allow(dead_code)]

use allianssi::i18n::Language;
use allianssi::model::risk::{RatingRecord, StatusChange};
use allianssi::model::*;
use allianssi::model::{
    AnnexKind, AnnexSpec, Baseline, LeadershipApproval, Meta, PlanStatus, Procurement, Setting, VersionEntry,
};
use chrono::{Datelike, NaiveDate};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select, subsequence};
use std::path::Path;

mod rich;
#[allow(unused_imports)] // not every test file uses both
pub use rich::{rich_plan, sample_risk};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// Every file in a folder (names), sorted.
pub fn dir_names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Strings that have broken text formats before: Finnish, Swedish and Sámi letters, the euro
/// sign, quotes, backslashes, newlines, control characters, combining marks, a BOM inside a
/// string, RON syntax and comment markers.
pub const TRICKY: &[&str] = &[
    "ä",
    "ö",
    "å",
    "Å",
    "Ä",
    "Ö",
    "€",
    "čđŋšŧž",
    "ČĐŊŠŦŽ",
    "Ávjovárgeaiddnu",
    "\"",
    "\\",
    "\\\"",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{0}",
    "\u{7f}",
    "\u{1b}",
    "\u{301}",
    "e\u{301}",
    "\u{feff}",
    "\u{2028}",
    "\u{200d}",
    "😀",
    "r#\"",
    "\"#",
    "/*",
    "*/",
    "//",
    "),",
    "Some(",
    "' '",
    " ",
    "–",
    "§ 4",
    "Etelä-Pohjanmaan työllisyysalue",
];

/// Text built from the tricky pieces, ordinary words and random characters.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        1 => Just(String::new()),
        3 => vec(select(TRICKY), 0..6).prop_map(|v| v.concat()),
        2 => "[a-zA-Z0-9 äöåÄÖÅ€čđŋšŧž\"\\\\\n\t'(),:#/*-]{0,20}",
        1 => any::<String>(),
    ]
    .boxed()
}

pub fn money() -> BoxedStrategy<Money> {
    prop_oneof![
        Just(Money(i64::MIN)),
        Just(Money(i64::MAX)),
        Just(Money(0)),
        (i64::MIN..i64::MIN + 1000).prop_map(Money),
        (i64::MAX - 1000..=i64::MAX).prop_map(Money),
        (-10_000_000_000i64..10_000_000_000).prop_map(Money),
        any::<i64>().prop_map(Money),
    ]
    .boxed()
}

/// Decimals within what a file may hold (±`Decimal::LIMIT`).
pub fn decimal() -> BoxedStrategy<Decimal> {
    prop_oneof![
        Just(Decimal::from_raw(Decimal::LIMIT)),
        Just(Decimal::from_raw(-Decimal::LIMIT)),
        Just(Decimal::ZERO),
        (-10_000_000i64..10_000_000).prop_map(Decimal::from_raw),
        (-Decimal::LIMIT..=Decimal::LIMIT).prop_map(Decimal::from_raw),
    ]
    .boxed()
}

pub fn bp() -> BoxedStrategy<Bp> {
    prop_oneof![(0u32..=10_000).prop_map(Bp), any::<u32>().prop_map(Bp), Just(Bp(u32::MAX))].boxed()
}

/// Mostly ordinary dates, sometimes chrono's extremes.
pub fn day() -> BoxedStrategy<NaiveDate> {
    let days = |lo: NaiveDate, hi: NaiveDate| {
        (lo.num_days_from_ce()..=hi.num_days_from_ce())
            .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).expect("in range"))
    };
    prop_oneof![
        6 => days(date(1990, 1, 1), date(2100, 12, 31)),
        1 => days(NaiveDate::MIN, NaiveDate::MAX),
        1 => prop_oneof![Just(NaiveDate::MIN), Just(NaiveDate::MAX), Just(date(2024, 2, 29))],
    ]
    .boxed()
}

fn party_shape() -> BoxedStrategy<Party> {
    (
        (text(), text(), text()),
        select(PartyKind::ALL.to_vec()),
        select(AllianceRole::ALL.to_vec()),
        bp(),
        money(),
        (text(), text(), text(), text()),
        (any::<u8>(), any::<u8>(), any::<bool>()),
        vec(select(Field::ALL.to_vec()), 0..4),
        option::of(day()),
    )
        .prop_map(
            |(
                (name, short_name, business_id),
                kind,
                role,
                funding_share,
                fee,
                (cn, ct, ce, cp),
                (leadership_seats, project_seats, in_house),
                duties,
                exited_on,
            )| Party {
                id: PartyId(0),
                name,
                short_name,
                business_id,
                kind,
                role,
                funding_share,
                fee,
                contact: Contact { name: cn, title: ct, email: ce, phone: cp },
                leadership_seats,
                project_seats,
                in_house,
                duties,
                exited_on,
            },
        )
        .boxed()
}

/// A cell with the party given as an index into the parties.
type CellShape = (Index, ServiceRole, Money, Decimal);

fn service_shape() -> BoxedStrategy<(Service, Option<Index>, Vec<CellShape>)> {
    (
        (text(), text(), text()),
        select(ServiceKind::ALL.to_vec()),
        select(ProductionMode::ALL.to_vec()),
        any::<bool>(),
        select(Field::ALL.to_vec()),
        option::of(any::<Index>()),
        vec((any::<Index>(), select(ServiceRole::ALL.to_vec()), money(), decimal()), 0..5),
    )
        .prop_map(|((name, description, target_group), kind, mode, market_failure, field, organiser, cells)| {
            let s = Service {
                id: ServiceId(0),
                name,
                description,
                kind,
                mode,
                target_group,
                market_failure,
                field,
                organiser: None,
                cells: Vec::new(),
            };
            (s, organiser, cells)
        })
        .boxed()
}

fn deliverable_shape() -> BoxedStrategy<(Deliverable, Option<Index>)> {
    (
        text(),
        option::of(any::<Index>()),
        option::of(day()),
        option::of(day()),
        select(vec![
            DeliverableStatus::NotStarted,
            DeliverableStatus::InProgress,
            DeliverableStatus::Done,
            DeliverableStatus::Cancelled,
        ]),
        text(),
    )
        .prop_map(|(title, owner, start, due, status, note)| {
            (Deliverable { id: DeliverableId(0), title, owner: None, start, due, status, note }, owner)
        })
        .boxed()
}

fn stance() -> BoxedStrategy<Stance> {
    select(vec![Stance::Approves, Stance::Rejects, Stance::Abstains, Stance::Absent]).boxed()
}

fn decision_shape() -> BoxedStrategy<(GateDecision, Vec<(Index, Stance)>)> {
    (
        select(vec![GateOutcome::Go, GateOutcome::Exit, GateOutcome::Rework]),
        day(),
        text(),
        vec((any::<Index>(), stance()), 0..4),
        text(),
    )
        .prop_map(|(outcome, date, minutes_ref, positions, note)| {
            let d = GateDecision {
                id: DecisionId(0),
                outcome,
                date,
                minutes_ref,
                positions: Vec::new(),
                baseline: None,
                note,
            };
            (d, positions)
        })
        .boxed()
}

type PhaseShape = (Phase, Vec<(Deliverable, Option<Index>)>, Vec<(GateDecision, Vec<(Index, Stance)>)>);

fn phase_shape(kind: PhaseKind) -> BoxedStrategy<PhaseShape> {
    (
        option::of(day()),
        option::of(day()),
        vec(deliverable_shape(), 0..3),
        subsequence(kind.checklist().to_vec(), 0..=kind.checklist().len()),
        vec((any::<bool>(), text()), kind.checklist().len()),
        vec(decision_shape(), 0..3),
        text(),
    )
        .prop_map(move |(start, end, deliverables, items, answers, decisions, notes)| {
            let checklist = items
                .into_iter()
                .zip(answers)
                .map(|(item, (done, answer))| ChecklistAnswer { item, done, answer })
                .collect();
            let phase = Phase {
                kind,
                start,
                end,
                deliverables: Vec::new(),
                checklist,
                decisions: Vec::new(),
                notes,
                owner: None,
            };
            (phase, deliverables, decisions)
        })
        .boxed()
}

fn cap() -> BoxedStrategy<Cap> {
    prop_oneof![Just(Cap::EqualToFee), money().prop_map(Cap::Amount), Just(Cap::Unlimited)].boxed()
}

fn actual() -> BoxedStrategy<Actual> {
    prop_oneof![
        Just(Actual::Unknown),
        decimal().prop_map(Actual::Value),
        (any::<u64>(), any::<u64>())
            .prop_map(|(unemployed, in_services)| Actual::ActivationRate { unemployed, in_services }),
        (any::<u64>(), any::<u64>(), any::<u64>()).prop_map(|(promoters, passives, detractors)| Actual::Nps {
            promoters,
            passives,
            detractors
        }),
        (decimal(), decimal()).prop_map(|(old, new)| Actual::Change { old, new }),
    ]
    .boxed()
}

fn metric_shape() -> BoxedStrategy<Metric> {
    (
        (text(), text(), text(), text()),
        select(vec![Direction::HigherIsBetter, Direction::LowerIsBetter]),
        (decimal(), decimal(), decimal()),
        bp(),
        actual(),
    )
        .prop_map(|((name, definition, source, unit), direction, (minimum, target, excellent), weight, actual)| {
            Metric {
                id: MetricId(0),
                name,
                definition,
                source,
                unit,
                direction,
                minimum,
                target,
                excellent,
                decimals: (weight.0 % 3 == 0).then_some((weight.0 % 5) as u8),
                weight,
                actual,
            }
        })
        .boxed()
}

fn cost_category() -> BoxedStrategy<CostCategory> {
    ((text(), text(), text()), option::of(money()), (text(), text()), any::<bool>())
        .prop_map(|((code, category, unit), rate, (evidence, approver), reimbursable)| CostCategory {
            id: CategoryId(0),
            code,
            category,
            unit,
            rate,
            evidence,
            approver,
            reimbursable,
        })
        .boxed()
}

type CostLineShape = (Index, String, i32, Money, String);

fn budget_shape() -> BoxedStrategy<(Budget, Vec<CostLineShape>)> {
    (
        vec((any::<Index>(), text(), any::<i32>(), money(), text()), 0..5),
        vec(cost_category(), 0..4),
        prop_oneof![
            Just(ReserveRule::FromRegister),
            bp().prop_map(ReserveRule::FlatPercent),
            money().prop_map(ReserveRule::Fixed)
        ],
        prop_oneof![Just(FeeRule::FixedPerProducer), bp().prop_map(FeeRule::PercentOfTarget)],
        any::<bool>(),
        (bp(), bp(), cap(), cap(), any::<bool>()),
        money(),
        vec(metric_shape(), 0..4),
        vec(bp(), 0..5),
    )
        .prop_map(
            |(
                lines,
                cost_categories,
                reserve,
                fee,
                fee_inside_target,
                (gain_share, pain_share, gain_cap, pain_cap, combined_cap),
                kra_pool,
                metrics,
                scenarios,
            )| {
                let mut cost_categories = cost_categories;
                allianssi::model::budget::assign_category_ids(&mut cost_categories);
                let budget = Budget {
                    cost_lines: Default::default(),
                    cost_categories,
                    reserve,
                    fee,
                    fee_inside_target,
                    sharing: Sharing { gain_share, pain_share, gain_cap, pain_cap, combined_cap },
                    kra_pool,
                    metrics,
                    scenarios,
                };
                (budget, lines)
            },
        )
        .boxed()
}

fn risk_status() -> BoxedStrategy<RiskStatus> {
    select(vec![
        RiskStatus::Identified,
        RiskStatus::BeingHandled,
        RiskStatus::UnderControl,
        RiskStatus::Occurred,
        RiskStatus::Closed,
    ])
    .boxed()
}

fn rating() -> BoxedStrategy<Rating> {
    (any::<u8>(), any::<u8>()).prop_map(|(probability, impact)| Rating { probability, impact }).boxed()
}

fn risk_shape() -> BoxedStrategy<(Risk, Option<Index>)> {
    (
        (text(), text(), text(), text()),
        select(RiskCategory::ALL.to_vec()),
        option::of(select(PhaseKind::ALL.to_vec())),
        (any::<bool>(), option::of(any::<Index>()), text()),
        (any::<u8>(), any::<u8>(), option::of(rating())),
        (money(), money(), money(), bp()),
        (select(vec![RiskNature::Threat, RiskNature::Opportunity]), text(), text(), option::of(day())),
        (risk_status(), vec((day(), risk_status()), 0..3), option::of(day())),
        select(vec![Trend::Rising, Trend::Stable, Trend::Falling]),
        vec((day(), rating(), text()), 0..3),
    )
        .prop_map(
            |(
                (code, title, cause, consequence),
                category,
                phase,
                (shared, owner, owner_person),
                (probability, impact, residual),
                (min_amount, likely_amount, max_amount, probability_pct),
                (nature, mitigation, action_owner, due),
                (status, history, review),
                trend,
                ratings,
            )| {
                let risk = Risk {
                    id: RiskId(0),
                    code,
                    title,
                    cause,
                    consequence,
                    category,
                    phase,
                    shared,
                    owner: None,
                    owner_person,
                    probability,
                    impact,
                    residual,
                    min_amount,
                    likely_amount,
                    max_amount,
                    probability_pct,
                    nature,
                    mitigation,
                    action_owner,
                    due,
                    status,
                    status_history: history.into_iter().map(|(date, status)| StatusChange { date, status }).collect(),
                    review,
                    trend,
                    rating_history: ratings
                        .into_iter()
                        .map(|(date, rating, note)| RatingRecord { date, rating, note })
                        .collect(),
                };
                (risk, owner)
            },
        )
        .boxed()
}

fn scales() -> BoxedStrategy<RiskScales> {
    (
        [text(), text(), text(), text(), text()],
        [text(), text(), text(), text(), text()],
        (any::<u8>(), any::<u8>(), any::<u8>()),
    )
        .prop_map(|(probability, impact, (low_max, moderate_max, high_max))| RiskScales {
            probability,
            impact,
            low_max,
            moderate_max,
            high_max,
        })
        .boxed()
}

fn meta() -> BoxedStrategy<Meta> {
    (
        (text(), text(), text(), text(), text()),
        (vec(text(), 0..3), vec(text(), 0..3), vec(text(), 0..3)),
        select(vec![Setting::Regional2018, Setting::EmploymentArea]),
        select(vec![
            Procurement::NotDecided,
            Procurement::Negotiated,
            Procurement::Open,
            Procurement::Restricted,
            Procurement::CompetitiveDialogue,
            Procurement::DirectAward,
        ]),
        vec(select(Language::ALL.to_vec()), 0..4),
        vec((select(AnnexKind::ALL.to_vec()), any::<u8>(), text()), 0..8),
        select(vec![PlanStatus::Draft, PlanStatus::Approved]),
        (text(), text(), option::of(day()), text()),
        option::of((day(), text())),
        vec((text(), day(), text(), text()), 0..3),
    )
        .prop_map(
            |(
                (name, alliance_name, record_number, target_group, client_needs),
                (strategic_goals, community_goals, individual_goals),
                setting,
                procurement,
                annex_languages,
                annexes,
                status,
                (version, replaces_version, date, place),
                approval,
                history,
            )| Meta {
                name,
                alliance_name,
                record_number,
                target_group,
                client_needs,
                strategic_goals,
                community_goals,
                individual_goals,
                setting,
                procurement,
                annex_languages,
                annexes: annexes.into_iter().map(|(kind, number, title)| AnnexSpec { kind, number, title }).collect(),
                status,
                version,
                replaces_version,
                date,
                place,
                leadership_approval: approval.map(|(date, section)| LeadershipApproval { date, section }),
                history: history
                    .into_iter()
                    .map(|(version, date, author, changes)| VersionEntry { version, date, author, changes })
                    .collect(),
            },
        )
        .boxed()
}

/// Hands out unique ids from a base, which is sometimes close to `u32::MAX`.
struct Ids(u32);

impl Ids {
    fn next(&mut self) -> u32 {
        let id = self.0;
        self.0 += 1;
        id
    }
}

/// Arbitrary well-formed plans: unique ids, references to existing parties, the four phases,
/// a baseline for every Go decision, `next_id` past every id (so loading does not renumber).
pub fn arb_plan() -> BoxedStrategy<Plan> {
    (
        meta(),
        prop_oneof![Just(1u32), 1u32..100_000, (u32::MAX - 10_000)..(u32::MAX - 1_000)],
        vec(party_shape(), 0..6),
        vec(service_shape(), 0..4),
        (
            phase_shape(PhaseKind::Strategy),
            phase_shape(PhaseKind::Formation),
            phase_shape(PhaseKind::Development),
            phase_shape(PhaseKind::Service),
        ),
        budget_shape(),
        (scales(), vec(risk_shape(), 0..4)),
        0u32..1000,
    )
        .prop_map(|(meta, base, parties, services, (p1, p2, p3, p4), (budget, lines), (scales, risks), spare)| {
            let mut ids = Ids(base);
            let mut plan = Plan::new("");
            plan.meta = meta;
            plan.parties = parties.into_iter().map(|p| Party { id: PartyId(ids.next()), ..p }).collect();
            let party_ids: Vec<PartyId> = plan.parties.iter().map(|p| p.id).collect();
            let pick = |i: &Index| (!party_ids.is_empty()).then(|| party_ids[i.index(party_ids.len())]);
            for (mut s, organiser, cells) in services {
                s.id = ServiceId(ids.next());
                s.organiser = organiser.as_ref().and_then(pick);
                for (i, role, euros_per_year, person_years) in cells {
                    if let Some(party) = pick(&i)
                        && s.cell(party).is_none()
                    {
                        s.cells.push(Cell { party, role, euros_per_year, person_years });
                    }
                }
                plan.services.push(s);
            }
            plan.phases.clear();
            let mut go_decisions = Vec::new();
            for (mut phase, deliverables, decisions) in [p1, p2, p3, p4] {
                for (mut d, owner) in deliverables {
                    d.id = DeliverableId(ids.next());
                    d.owner = owner.as_ref().and_then(pick);
                    phase.deliverables.push(d);
                }
                for (mut d, positions) in decisions {
                    d.id = DecisionId(ids.next());
                    d.positions = positions
                        .iter()
                        .filter_map(|(i, stance)| pick(i).map(|party| Position { party, stance: *stance }))
                        .collect();
                    if d.outcome == GateOutcome::Go {
                        let b = BaselineId(ids.next());
                        d.baseline = Some(b);
                        go_decisions.push((phase.kind, d.id, d.date, b));
                    }
                    phase.decisions.push(d);
                }
                plan.phases.push(phase);
            }
            plan.budget = budget;
            for (i, category, year, amount, description) in lines {
                if let Some(party) = pick(&i) {
                    let id = CostLineId(ids.next());
                    plan.budget.cost_lines.push(CostLine { id, party, category, year, amount, description });
                }
            }
            for m in &mut plan.budget.metrics {
                m.id = MetricId(ids.next());
            }
            plan.risks.scales = scales;
            for (mut r, owner) in risks {
                r.id = RiskId(ids.next());
                r.owner = owner.as_ref().and_then(pick);
                plan.risks.risks.push(r);
            }
            plan.next_id = ids.0.saturating_add(spare);
            let frozen = plan.clone();
            for (phase, decision, taken_on, id) in go_decisions {
                let mut copy = frozen.clone();
                copy.meta.version = format!("{}{}", copy.meta.version, id);
                plan.baselines.push(Baseline { id, phase, decision, taken_on, plan: Box::new(copy) });
            }
            plan
        })
        .boxed()
}

/// Applies an edit that must succeed.
pub fn apply(plan: &mut Plan, edit: Edit) {
    if let Err(e) = plan.apply(&edit) {
        panic!("edit {edit:?} failed: {e}");
    }
}

/// Asserts two plans are equal; on failure shows the first differing lines of their files
/// instead of two pages of `Debug` output.
#[track_caller]
pub fn assert_plans_eq(left: &Plan, right: &Plan, what: &str) {
    if left == right {
        return;
    }
    let text = |p: &Plan| allianssi::storage::to_string(p).unwrap_or_else(|e| format!("<{e}>"));
    let (a, b) = (text(left), text(right));
    let mut diff: Vec<String> = a
        .lines()
        .zip(b.lines())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .take(6)
        .map(|(i, (x, y))| format!("  line {}: {x:?}\n       vs: {y:?}", i + 1))
        .collect();
    diff.push(format!("  ({} lines vs {})", a.lines().count(), b.lines().count()));
    panic!("{what}: the plans differ\n{}", diff.join("\n"));
}
