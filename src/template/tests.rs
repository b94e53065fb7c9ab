//! Unit tests of the built-in templates: each builds a complete, self-consistent plan (ids,
//! references, phases, business IDs, shares, weights, the gate decision and its baseline).

use super::*;
use crate::model::party::validate_business_id;
use crate::model::*;
use std::collections::HashSet;

fn plans() -> Vec<(String, Plan)> {
    let mut v: Vec<(String, Plan)> = all().iter().map(|t| (t.name.to_string(), (t.build)())).collect();
    v.push(("worked-example".into(), worked_example(Bp(5000))));
    v.push(("worked-example-30-70".into(), worked_example(Bp(3000))));
    v
}

#[test]
fn names_are_unique_and_found() {
    let names: HashSet<&str> = all().iter().map(|t| t.name).collect();
    assert_eq!(names.len(), all().len());
    for t in all() {
        assert_eq!(find(t.name).map(|f| f.name), Some(t.name));
        for lang in crate::i18n::Language::ALL {
            assert!(!t.description(lang).trim().is_empty());
        }
    }
    assert!(find("worked-example").is_none());
    assert!(find("nope").is_none());
}

#[test]
fn titles_are_the_plans_names() {
    for t in all() {
        assert_eq!(t.title, (t.build)().meta.name, "{}", t.name);
    }
}

#[test]
fn templates_are_deterministic() {
    for t in all() {
        assert_eq!((t.build)(), (t.build)(), "{}", t.name);
    }
}

#[test]
fn ids_are_unique_and_references_exist() {
    for (name, plan) in plans() {
        let ids = plan.all_ids();
        let unique: HashSet<u32> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{name}: duplicate ids");
        assert!(ids.iter().all(|&i| i < plan.next_id), "{name}: next_id");
        let party = |id: PartyId| plan.party(id).is_some();
        for s in &plan.services {
            assert!(s.organiser.is_none_or(party), "{name}: {}", s.name);
            assert!(s.cells.iter().all(|c| party(c.party)), "{name}: {}", s.name);
            let cell_parties: HashSet<PartyId> = s.cells.iter().map(|c| c.party).collect();
            assert_eq!(cell_parties.len(), s.cells.len(), "{name}: {} has two cells for a party", s.name);
        }
        for ph in &plan.phases {
            assert!(ph.deliverables.iter().all(|d| d.owner.is_some_and(party)), "{name}");
        }
        assert!(plan.budget.cost_lines.iter().all(|c| party(c.party)), "{name}");
        assert!(plan.risks.risks.iter().all(|r| r.owner.is_some_and(party)), "{name}");
        let codes: HashSet<&str> = plan.budget.cost_categories.iter().map(|c| c.code.as_str()).collect();
        assert!(plan.budget.cost_lines.iter().all(|c| codes.contains(c.category.as_str())), "{name}");
    }
}

#[test]
fn parties_are_complete() {
    for (name, plan) in plans() {
        let owners: u32 = plan.owners().map(|p| p.funding_share.0).sum();
        assert_eq!(owners, 10_000, "{name}: owner shares");
        for p in &plan.parties {
            assert_eq!(validate_business_id(&p.business_id), Ok(()), "{name}: {}", p.name);
            assert!(!p.short_name.is_empty() && !p.contact.name.is_empty() && !p.contact.title.is_empty());
            assert!(p.contact.email.contains('@') && !p.contact.phone.is_empty(), "{name}: {}", p.name);
            assert_eq!(p.leadership_seats, 1, "{name}: {}", p.name);
            assert!((1..=2).contains(&p.project_seats), "{name}: {}", p.name);
            match p.role {
                AllianceRole::Owner => {
                    assert!(p.funding_share.0 > 0 && !p.duties.is_empty(), "{name}: {}", p.name)
                }
                AllianceRole::Producer => assert!(p.fee > Money::ZERO, "{name}: {}", p.name),
                _ => assert_eq!(p.funding_share, Bp::ZERO, "{name}: {}", p.name),
            }
        }
        let ids: HashSet<&str> = plan.parties.iter().map(|p| p.business_id.as_str()).collect();
        assert_eq!(ids.len(), plan.parties.len(), "{name}: business IDs repeat");
    }
}

#[test]
fn services_follow_the_legal_rules() {
    for (name, plan) in plans() {
        for s in &plan.services {
            let what = format!("{name}: {}", s.name);
            assert_eq!(s.accountable().count(), 1, "{what}: one accountable");
            if let Some(o) = s.organiser {
                assert_eq!(s.cell(o).map(|c| c.role), Some(ServiceRole::Accountable), "{what}: organiser");
            }
            for c in &s.cells {
                let p = plan.party(c.party).expect("party exists");
                let private = matches!(p.kind, PartyKind::PrivateProducer | PartyKind::ThirdSector);
                if s.kind == ServiceKind::PublicAdministrativeTask {
                    assert_eq!(s.mode, ProductionMode::OwnProduction, "{what}");
                    let runs = matches!(c.role, ServiceRole::Producer | ServiceRole::Accountable);
                    assert!(!(private && runs), "{what}: {} runs an administrative task", p.name);
                }
                // The market-failure rule is the 2018 draft law's; today's law has none.
                let regional = plan.meta.setting == Setting::Regional2018;
                if regional && c.role == ServiceRole::Producer && (p.kind.is_municipality() || p.in_house) {
                    let for_other = s.organiser.is_some_and(|o| o != p.id);
                    assert!(!for_other || s.market_failure, "{what}: {} without market failure", p.name);
                }
                let producing = matches!(c.role, ServiceRole::Producer | ServiceRole::Accountable);
                let own = p.role == AllianceRole::OwnProduction
                    || p.role == AllianceRole::Owner && s.mode == ProductionMode::OwnProduction;
                if producing && own {
                    assert!(p.duties.contains(&s.field), "{what}: {} outside its duties", p.name);
                }
                if p.role == AllianceRole::Producer {
                    let forbidden = [ServiceRole::Accountable, ServiceRole::Funder, ServiceRole::ProcurementUnit];
                    assert!(!forbidden.contains(&c.role), "{what}: producer {} as {:?}", p.name, c.role);
                }
            }
        }
        for p in plan.owners() {
            assert!(plan.services.iter().any(|s| s.cell(p.id).is_some()), "{name}: {} has no cell", p.name);
        }
    }
}

#[test]
fn phases_follow_each_other() {
    for (name, plan) in plans() {
        assert_eq!(plan.phases.iter().map(|p| p.kind).collect::<Vec<_>>(), PhaseKind::ALL);
        let mut previous_end = None;
        for ph in &plan.phases {
            let (start, end) = (ph.start.expect("start"), ph.end.expect("end"));
            assert!(end >= start, "{name}: {:?}", ph.kind);
            if let Some(prev) = previous_end {
                assert_eq!(prev + chrono::Days::new(1), start, "{name}: {:?} start", ph.kind);
            }
            previous_end = Some(end);
            assert!(!ph.deliverables.is_empty(), "{name}: {:?}", ph.kind);
            for d in &ph.deliverables {
                let due = d.due.expect("due");
                assert!(start <= due && due <= end, "{name}: {} due outside its phase", d.title);
                assert!(d.start.is_none_or(|s| start <= s && s <= due), "{name}: {}", d.title);
            }
        }
    }
}

#[test]
fn templates_are_full_plans() {
    for t in all() {
        let plan = (t.build)();
        let m = &plan.meta;
        let name = t.name;
        for text in [&m.name, &m.alliance_name, &m.record_number, &m.target_group, &m.client_needs, &m.place] {
            assert!(!text.trim().is_empty(), "{name}: meta");
        }
        assert!(!m.strategic_goals.is_empty() && !m.community_goals.is_empty() && !m.individual_goals.is_empty());
        assert_eq!(m.procurement, Procurement::Negotiated, "{name}");
        assert_eq!(m.annex_languages, vec![crate::i18n::Language::Fi, crate::i18n::Language::Sv]);
        assert!(m.date.is_some() && !m.history.is_empty(), "{name}");
        assert!((6..=14).contains(&plan.services.len()), "{name}: services");
        for ph in &plan.phases {
            assert!((3..=5).contains(&ph.deliverables.len()), "{name}: {:?} deliverables", ph.kind);
        }
        let strategy = plan.phase(PhaseKind::Strategy).expect("strategy phase");
        assert!(!strategy.checklist.is_empty(), "{name}: checklist answers");

        let metrics = &plan.budget.metrics;
        assert!(metrics.len() >= 4, "{name}: metrics");
        assert_eq!(metrics.iter().map(|m| m.weight.0).sum::<u32>(), 10_000, "{name}: weights");
        for k in metrics {
            let ordered = match k.direction {
                Direction::HigherIsBetter => k.minimum < k.target && k.target < k.excellent,
                Direction::LowerIsBetter => k.minimum > k.target && k.target > k.excellent,
            };
            assert!(ordered, "{name}: levels of {}", k.name);
            assert!(!k.definition.is_empty() && !k.source.is_empty() && k.actual != Actual::Unknown);
        }
        for kind in ["Value", "ActivationRate", "Nps", "Change"] {
            assert!(metrics.iter().any(|k| format!("{:?}", k.actual).starts_with(kind)), "{name}: {kind}");
        }

        let risks = &plan.risks.risks;
        assert!(risks.len() >= 8, "{name}: risks");
        assert!(risks.iter().any(|r| r.nature == RiskNature::Opportunity), "{name}: opportunity");
        for (i, r) in risks.iter().enumerate() {
            assert_eq!(r.code, format!("R{}", i + 1));
            assert!((1..=5).contains(&r.probability) && (1..=5).contains(&r.impact), "{name}: {}", r.code);
            assert!(r.min_amount <= r.likely_amount && r.likely_amount <= r.max_amount, "{name}: {}", r.code);
            assert!(r.probability_pct > Bp::ZERO && r.probability_pct <= Bp::HUNDRED_PERCENT);
            for text in [&r.title, &r.cause, &r.consequence, &r.owner_person, &r.mitigation, &r.action_owner] {
                assert!(!text.is_empty(), "{name}: {}", r.code);
            }
            assert!(r.phase.is_some() && r.due.is_some() && r.review.is_some() && r.residual.is_some());
            assert_eq!(r.status_history.last().map(|c| c.status), Some(r.status), "{name}: {}", r.code);
            assert!(!r.rating_history.is_empty(), "{name}: {}", r.code);
        }

        let decision = strategy.latest_decision().expect("G1 decision");
        assert_eq!(decision.outcome, GateOutcome::Go);
        assert!(!decision.minutes_ref.is_empty());
        let approving: HashSet<PartyId> = decision.positions.iter().map(|p| p.party).collect();
        assert!(plan.owners().all(|o| approving.contains(&o.id)), "{name}: every owner's position");
        assert!(decision.positions.iter().all(|p| p.stance == Stance::Approves));
        assert_eq!(plan.baselines.len(), 1, "{name}: baseline");
        let baseline = &plan.baselines[0];
        assert_eq!(decision.baseline, Some(baseline.id));
        assert_eq!(
            (baseline.phase, baseline.decision, baseline.taken_on),
            (PhaseKind::Strategy, decision.id, decision.date)
        );
        let mut without = plan.clone();
        without.baselines.clear();
        assert_eq!(*baseline.plan, without, "{name}: the baseline freezes the finished plan");
    }
}

#[test]
fn worked_example_has_the_guides_numbers() {
    for share in [Bp(5000), Bp(3000)] {
        let plan = worked_example(share);
        let shares: Vec<(String, u32)> = plan.owners().map(|p| (p.short_name.clone(), p.funding_share.0)).collect();
        assert_eq!(shares.iter().map(|s| s.1).collect::<Vec<_>>(), [6000, 2500, 1500]);
        let fees: Vec<Money> = plan.producers().map(|p| p.fee).collect();
        assert_eq!(fees, [Money::euros(100_000), Money::euros(50_000)]);
        let base = Money::checked_sum(plan.budget.cost_lines.iter().map(|c| c.amount));
        assert_eq!(base, Some(Money::euros(1_900_000)));
        let b = &plan.budget;
        assert_eq!(b.reserve, ReserveRule::Fixed(Money::euros(100_000)));
        assert_eq!(b.fee, FeeRule::FixedPerProducer);
        assert!(!b.fee_inside_target);
        assert_eq!((b.sharing.gain_share, b.sharing.pain_share), (share, share));
        assert_eq!((b.sharing.gain_cap, b.sharing.pain_cap), (Cap::EqualToFee, Cap::EqualToFee));
        assert!(b.sharing.combined_cap);
        assert_eq!(b.kra_pool, Money::euros(60_000));
        let levels: Vec<(u32, String, String, String, Actual)> = b
            .metrics
            .iter()
            .map(|m| {
                (m.weight.0, m.minimum.to_string(), m.target.to_string(), m.excellent.to_string(), m.actual.clone())
            })
            .collect();
        let v = |s: &str| Actual::Value(s.parse().expect("decimal"));
        let s = |x: &str| x.to_string();
        assert_eq!(
            levels,
            [
                (4000, s("20"), s("25"), s("35"), v("28")),
                (2000, s("30"), s("40"), s("50"), v("39.2062")),
                (2000, s("0"), s("20"), s("40"), v("20")),
                (2000, s("240"), s("200"), s("160"), v("180")),
            ]
        );
        assert_eq!(b.metrics[3].direction, Direction::LowerIsBetter);
    }
}

/// Every date a plan holds: its own, the phases', deliverables', gate decisions', parties' exits
/// and the risks' (due, review, status and rating history).
fn dates(plan: &Plan) -> Vec<chrono::NaiveDate> {
    let mut v: Vec<chrono::NaiveDate> =
        plan.meta.date.into_iter().chain(plan.meta.history.iter().map(|h| h.date)).collect();
    for ph in &plan.phases {
        v.extend(ph.start.into_iter().chain(ph.end));
        v.extend(ph.deliverables.iter().flat_map(|d| d.start.into_iter().chain(d.due)));
        v.extend(ph.decisions.iter().map(|d| d.date));
    }
    v.extend(plan.parties.iter().filter_map(|p| p.exited_on));
    for r in &plan.risks.risks {
        v.extend(r.due.into_iter().chain(r.review));
        v.extend(r.status_history.iter().map(|c| c.date));
        v.extend(r.rating_history.iter().map(|c| c.date));
    }
    v
}

/// The 2018 cases are dated in their own time and say they are historical; the template of
/// today's setting is dated after the employment-services reform of 1.1.2025. A date moved out
/// of its time is caught (near miss).
#[test]
fn each_template_is_dated_in_its_own_setting() {
    let day = |s: &str| s.parse::<chrono::NaiveDate>().expect("date");
    for t in all() {
        let plan = (t.build)();
        let (from, to) = match plan.meta.setting {
            Setting::Regional2018 => (day("2017-01-01"), day("2022-12-31")),
            Setting::EmploymentArea => (day("2025-01-01"), day("2035-12-31")),
        };
        let all = dates(&plan);
        assert!(all.len() > 50, "{}: {} dates", t.name, all.len());
        let outside: Vec<_> = all.iter().filter(|d| !(from..=to).contains(*d)).collect();
        assert!(outside.is_empty(), "{}: dates outside {from}–{to}: {outside:?}", t.name);
        if plan.meta.setting == Setting::Regional2018 {
            for (lang, word) in [
                (crate::i18n::Language::Fi, "Historiallinen"),
                (crate::i18n::Language::Sv, "Historiskt"),
                (crate::i18n::Language::En, "Historical"),
            ] {
                assert!(t.description(lang).starts_with(word), "{}: {lang:?} description", t.name);
            }
            assert!(t.title.ends_with("2018"), "{}: title", t.name);
        }
        let mut moved = plan.clone();
        moved.risks.risks[0].review = Some(day("2026-10-01"));
        let moved_out = dates(&moved).into_iter().filter(|d| !(from..=to).contains(d)).count();
        assert_eq!(moved_out, usize::from(plan.meta.setting == Setting::Regional2018), "{}: near miss", t.name);
    }
}

/// The registered business IDs (YTJ) of the real bodies the templates name; the ELY centres and
/// the vitality centres share the KEHA centre's ID.
const REGISTERED: [(&str, &str); 11] = [
    ("Kansaneläkelaitos", "0246246-0"),
    ("Tampereen kaupunki", "0211675-2"),
    ("Kangasalan kaupunki", "1923299-5"),
    ("Nokian kaupunki", "0205717-4"),
    ("Ylöjärven kaupunki", "0158221-7"),
    ("Seinäjoen kaupunki", "1928736-3"),
    ("Seinäjoen koulutuskuntayhtymä", "1007629-5"),
    ("Hämeenlinnan kaupunki", "0146921-4"),
    ("Hämeen ammatti-instituutti", "2627679-3"),
    ("ELY-keskus", "2296962-1"),
    ("elinvoimakeskus", "2296962-1"),
];

/// What is wrong with the plans' business IDs: a real body under another ID than its registered
/// one, or one party name under two IDs; and the listed bodies the plans name.
fn id_problems(plans: &[(String, Plan)]) -> (Vec<String>, HashSet<&'static str>) {
    let mut problems = Vec::new();
    let mut seen: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    let mut named = HashSet::new();
    for (name, plan) in plans {
        for p in &plan.parties {
            for (body, id) in REGISTERED {
                if p.name.contains(body) {
                    named.insert(body);
                    if p.business_id != id {
                        problems.push(format!("{name}: {} is {}, registered {id}", p.name, p.business_id));
                    }
                }
            }
            let first = seen.entry(&p.name).or_insert(&p.business_id);
            if *first != p.business_id {
                problems.push(format!("{name}: {} has two business IDs", p.name));
            }
        }
    }
    (problems, named)
}

/// Real bodies carry their registered business IDs and one body has one ID in every template;
/// a service point of Kela under a made-up ID, or a vitality centre with a second ID, is caught.
#[test]
fn real_bodies_have_their_registered_business_ids() {
    let plans = plans();
    let (problems, named) = id_problems(&plans);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(named.len(), REGISTERED.len(), "every listed body is in some template");

    let mut kela = plans.clone();
    let p = kela[0].1.parties.iter_mut().find(|p| p.name.contains("Tampereen kaupunki")).expect("Tampere");
    p.business_id = builder::business_id(2114652);
    assert_eq!(id_problems(&kela).0.len(), 1, "a made-up ID for Tampere");
    let mut twice = plans;
    let centre = twice.iter_mut().flat_map(|(_, p)| p.parties.iter_mut()).find(|p| p.name.contains("elinvoimakeskus"));
    centre.expect("a vitality centre").business_id = builder::business_id(3459829);
    assert!(!id_problems(&twice).0.is_empty(), "a vitality centre with an ID of its own");
}
