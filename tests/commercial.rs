//! The commercial model against domain guide §4 and §5: both worked examples to the cent from
//! the fixture files, the metric scores, the display roundings, the reserve and fee rules, the
//! scenario table, and properties of every settlement (exact splits, caps, the combined cap).

use allianssi::commercial::exact::Ratio;
use allianssi::commercial::kra::{self, activation_rate_display, metric_score, nps_display, value_display};
use allianssi::commercial::split::largest_remainder;
use allianssi::commercial::{self, Actuals, Error, KraScore, KraSource, Settlement, scenarios, settle, target_cost};
use allianssi::model::*;
use allianssi::{storage, template};
use proptest::prelude::*;
use std::path::PathBuf;

fn fixture(name: &str) -> Plan {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(format!("{name}.ron"));
    storage::load(&path).unwrap_or_else(|e| panic!("{}: {e:?}", path.display())).plan
}

const fn eur(e: i64) -> Money {
    Money::euros(e)
}

fn score(s: &str) -> KraScore {
    s.parse().unwrap()
}

fn lines(v: &[allianssi::commercial::PartyLine], f: fn(&allianssi::commercial::PartyLine) -> Money) -> Vec<Money> {
    v.iter().map(f).collect()
}

/// The figures one worked-example case must produce, in euros.
struct Expect {
    underrun: i64,
    overrun: i64,
    prod_gain: (i64, [i64; 2]),
    owner_gain: (i64, [i64; 3]),
    prod_pain: (i64, [i64; 2]),
    owner_pain: (i64, [i64; 3]),
    kra_raw: i64,
    kra_eff: (i64, [i64; 2]),
    producers_total: Money,
    owners_outlay: Money,
    saving: Money,
}

fn check(case: &str, s: &Settlement, e: &Expect) {
    let each = |v: &[i64]| v.iter().map(|&x| eur(x)).collect::<Vec<_>>();
    assert_eq!(s.underrun, eur(e.underrun), "{case}: underrun");
    assert_eq!(s.overrun, eur(e.overrun), "{case}: overrun");
    assert_eq!(s.prod_gain, eur(e.prod_gain.0), "{case}: ProdGain");
    assert_eq!(lines(&s.producers, |l| l.gain), each(&e.prod_gain.1), "{case}: ProdGain split");
    assert_eq!(s.owner_gain, eur(e.owner_gain.0), "{case}: OwnerGain");
    assert_eq!(lines(&s.owners, |l| l.gain), each(&e.owner_gain.1), "{case}: OwnerGain split");
    assert_eq!(s.prod_pain, eur(e.prod_pain.0), "{case}: ProdPain");
    assert_eq!(lines(&s.producers, |l| l.pain), each(&e.prod_pain.1), "{case}: ProdPain split");
    assert_eq!(s.owner_pain, eur(e.owner_pain.0), "{case}: OwnerPain");
    assert_eq!(lines(&s.owners, |l| l.pain), each(&e.owner_pain.1), "{case}: OwnerPain split");
    assert_eq!(s.kra.raw, eur(e.kra_raw), "{case}: KRA_raw");
    assert_eq!(s.kra_eff, eur(e.kra_eff.0), "{case}: KRA_eff");
    assert_eq!(lines(&s.producers, |l| l.kra), each(&e.kra_eff.1), "{case}: KRA split");
    assert_eq!(s.producers_total, e.producers_total, "{case}: ProducersTotal");
    assert_eq!(s.owners_outlay, e.owners_outlay, "{case}: OwnersOutlay");
    assert_eq!(s.saving, e.saving, "{case}: saving");
}

#[test]
fn target_cost_of_the_worked_example() {
    let t = target_cost(&fixture("worked-example")).unwrap();
    assert_eq!((t.base, t.base_producers, t.reserve), (eur(1_900_000), eur(1_380_000), eur(100_000)));
    assert_eq!(
        (t.cost_target, t.target_cost, t.fee, t.ceiling),
        (eur(2_000_000), eur(2_000_000), eur(150_000), eur(2_150_000))
    );
    let fees: Vec<_> = t.fees.iter().map(|f| (f.party, f.amount)).collect();
    assert_eq!(fees, [(PartyId(4), eur(100_000)), (PartyId(5), eur(50_000))]);
}

#[test]
fn worked_examples_to_the_cent() {
    let ex1 = Actuals { actual: eur(1_820_000), actual_producers: Some(eur(1_300_000)), kra_score: None };
    let ex2 =
        Actuals { actual: eur(2_380_000), actual_producers: Some(eur(1_700_000)), kra_score: Some(score("-0.25")) };
    let cases: [(&str, &str, bool, &Actuals, Expect); 6] = [
        (
            "example 1, 50/50",
            "worked-example",
            true,
            &ex1,
            Expect {
                underrun: 180_000,
                overrun: 0,
                prod_gain: (90_000, [60_000, 30_000]),
                owner_gain: (90_000, [54_000, 22_500, 13_500]),
                prod_pain: (0, [0, 0]),
                owner_pain: (0, [0, 0, 0]),
                kra_raw: 12_246,
                kra_eff: (12_246, [8_164, 4_082]),
                producers_total: eur(1_552_246),
                owners_outlay: eur(2_072_246),
                saving: eur(77_754),
            },
        ),
        (
            "example 1, 30/70",
            "worked-example-30-70",
            true,
            &ex1,
            Expect {
                underrun: 180_000,
                overrun: 0,
                prod_gain: (54_000, [36_000, 18_000]),
                owner_gain: (126_000, [75_600, 31_500, 18_900]),
                prod_pain: (0, [0, 0]),
                owner_pain: (0, [0, 0, 0]),
                kra_raw: 12_246,
                kra_eff: (12_246, [8_164, 4_082]),
                producers_total: eur(1_516_246),
                owners_outlay: eur(2_036_246),
                saving: eur(113_754),
            },
        ),
        (
            "example 2, 50/50, combined cap",
            "worked-example",
            true,
            &ex2,
            Expect {
                underrun: 0,
                overrun: 380_000,
                prod_gain: (0, [0, 0]),
                owner_gain: (0, [0, 0, 0]),
                prod_pain: (150_000, [100_000, 50_000]),
                owner_pain: (230_000, [138_000, 57_500, 34_500]),
                kra_raw: -15_000,
                kra_eff: (0, [0, 0]),
                producers_total: eur(1_700_000),
                owners_outlay: eur(2_380_000),
                saving: eur(-230_000),
            },
        ),
        (
            "example 2, 50/50, no combined cap",
            "worked-example",
            false,
            &ex2,
            Expect {
                underrun: 0,
                overrun: 380_000,
                prod_gain: (0, [0, 0]),
                owner_gain: (0, [0, 0, 0]),
                prod_pain: (150_000, [100_000, 50_000]),
                owner_pain: (230_000, [138_000, 57_500, 34_500]),
                kra_raw: -15_000,
                kra_eff: (-15_000, [-10_000, -5_000]),
                producers_total: eur(1_685_000),
                owners_outlay: eur(2_365_000),
                saving: eur(-215_000),
            },
        ),
        (
            "example 2, 30/70, combined cap",
            "worked-example-30-70",
            true,
            &ex2,
            Expect {
                underrun: 0,
                overrun: 380_000,
                prod_gain: (0, [0, 0]),
                owner_gain: (0, [0, 0, 0]),
                prod_pain: (114_000, [76_000, 38_000]),
                owner_pain: (266_000, [159_600, 66_500, 39_900]),
                kra_raw: -15_000,
                // 150 000 − 114 000 leaves room for the whole penalty.
                kra_eff: (-15_000, [-10_000, -5_000]),
                producers_total: eur(1_721_000),
                owners_outlay: eur(2_401_000),
                saving: eur(-251_000),
            },
        ),
        (
            "example 2, 30/70, no combined cap",
            "worked-example-30-70",
            false,
            &ex2,
            Expect {
                underrun: 0,
                overrun: 380_000,
                prod_gain: (0, [0, 0]),
                owner_gain: (0, [0, 0, 0]),
                prod_pain: (114_000, [76_000, 38_000]),
                owner_pain: (266_000, [159_600, 66_500, 39_900]),
                kra_raw: -15_000,
                kra_eff: (-15_000, [-10_000, -5_000]),
                producers_total: eur(1_721_000),
                owners_outlay: eur(2_401_000),
                saving: eur(-251_000),
            },
        ),
    ];
    for (case, file, combined, actuals, expect) in &cases {
        let mut plan = fixture(file);
        plan.budget.sharing.combined_cap = *combined;
        let s = settle(&plan, actuals).unwrap_or_else(|e| panic!("{case}: {e}"));
        check(case, &s, expect);
        assert_eq!(s.actual, actuals.actual);
        assert!(!s.actual_producers_estimated);
        // Every producer's line adds up: fee + gain − pain + KRA.
        let totals: Vec<Money> = lines(&s.producers, |l| l.total);
        let expected: Vec<Money> = s
            .producers
            .iter()
            .map(|l| Money(l.fee.cents() + l.gain.cents() - l.pain.cents() + l.kra.cents()))
            .collect();
        assert_eq!(totals, expected, "{case}");
    }
}

#[test]
fn example_one_metric_scores_and_weighted_score() {
    let plan = fixture("worked-example");
    let s = settle(&plan, &Actuals { actual: eur(1_820_000), actual_producers: None, kra_score: None }).unwrap();
    assert_eq!(s.kra.source, KraSource::Metrics);
    let e4: Vec<i64> = s.kra.metrics.iter().map(|m| m.score_e4).collect();
    assert_eq!(e4, [3000, -794, 0, 5000]);
    assert!(s.kra.metrics.iter().all(|m| m.measured));
    // The exact scores are unrounded: 0.3, −0.07938, 0, 0.5.
    let exact: Vec<Ratio> = s.kra.metrics.iter().map(|m| m.score.clone()).collect();
    let want = [(3, 10), (-7938, 100_000), (0, 1), (1, 2)].map(|(n, d)| Ratio::new(n, d).unwrap());
    assert_eq!(exact, want);
    assert_eq!(s.kra.score, KraScore(2041));
    assert_eq!(s.kra.raw, Money(1_224_600));
    // Without AC_producers it is estimated: 1 820 000 · 1 380 000 / 1 900 000.
    assert!(s.actual_producers_estimated);
    assert_eq!(s.actual_producers, Money(132_189_474));
}

#[test]
fn metric_values_and_display_roundings() {
    // §5: national activation rate 2015 and the NPS example.
    assert_eq!(activation_rate_display(351_872, 117_789), Some("25.1".parse().unwrap()));
    assert_eq!(nps_display(90, 60, 50), Some(20));
    assert_eq!(activation_rate_display(0, 0), None);
    assert_eq!(nps_display(0, 0, 0), None);
    // Half up at one decimal: 1/8 = 12.5 % → 12.5; 1/16 = 6.25 % → 6.3.
    assert_eq!(activation_rate_display(15, 1), Some("6.3".parse().unwrap()));
    // NPS 2 promoters, 1 detractor of 8 = 12.5 → 13; the negative −12.5 → −13.
    assert_eq!(nps_display(2, 5, 1), Some(13));
    assert_eq!(nps_display(1, 5, 2), Some(-13));

    let rate = Actual::ActivationRate { unemployed: 351_872, in_services: 117_789 };
    assert_eq!(kra::metric_value(&rate), Ratio::new(11_778_900, 469_661));
    let change = Actual::Change { old: "200".parse().unwrap(), new: "180".parse().unwrap() };
    assert_eq!(kra::metric_value(&change), Some(Ratio::integer(-10)));
    assert_eq!(value_display(&change, 1), Some("-10".parse().unwrap()));
    let from_zero = Actual::Change { old: Decimal::ZERO, new: "5".parse().unwrap() };
    assert_eq!(kra::metric_value(&from_zero), None);
    assert_eq!(kra::metric_value(&Actual::Unknown), None);
}

fn metric(direction: Direction, levels: [&str; 3], actual: Actual) -> Metric {
    Metric {
        id: MetricId(99),
        name: "Mittari".into(),
        definition: String::new(),
        source: String::new(),
        unit: "%".into(),
        direction,
        minimum: levels[0].parse().unwrap(),
        target: levels[1].parse().unwrap(),
        excellent: levels[2].parse().unwrap(),
        weight: Bp(10_000),
        actual,
        decimals: None,
    }
}

#[test]
fn level_scores_are_linear_and_clamped() {
    use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
    let v = |s: &str| Actual::Value(s.parse().unwrap());
    for (direction, levels, actual, e4) in [
        (Up, ["20", "25", "35"], v("28"), 3000),
        (Up, ["20", "25", "35"], v("20"), -10_000),
        (Up, ["20", "25", "35"], v("10"), -10_000),
        (Up, ["20", "25", "35"], v("22.5"), -5000),
        (Up, ["20", "25", "35"], v("35"), 10_000),
        (Up, ["20", "25", "35"], v("99"), 10_000),
        (Up, ["20", "25", "35"], v("25"), 0),
        (Down, ["240", "200", "160"], v("180"), 5000),
        (Down, ["240", "200", "160"], v("250"), -10_000),
        (Down, ["240", "200", "160"], v("220"), -5000),
        (Down, ["240", "200", "160"], v("100"), 10_000),
        (Up, ["0", "20", "40"], Actual::Nps { promoters: 90, passives: 60, detractors: 50 }, 0),
        // Scored as reported: 1 of 3 in services is 33,3 % (one decimal), so −0,67 (not −0,6667).
        (Up, ["30", "40", "50"], Actual::ActivationRate { unemployed: 2, in_services: 1 }, -6700),
        // NPS 48,33 is reported as 48: (48 − 40) / 30 = 0,2667 (unrounded it would be 0,2778).
        (Up, ["0", "40", "70"], Actual::Nps { promoters: 170, passives: 105, detractors: 25 }, 2667),
        (Up, ["0", "40", "70"], Actual::Nps { promoters: 170, passives: 104, detractors: 25 }, 2667),
        // A change % with whole-number levels is reported whole: 35,4 → 35; with one decimal set, 35,4.
        (Up, ["30", "35", "40"], Actual::Change { old: "1000".parse().unwrap(), new: "1354".parse().unwrap() }, 0),
        (Down, ["0", "-5", "-10"], Actual::Change { old: "200".parse().unwrap(), new: "180".parse().unwrap() }, 10_000),
        (Up, ["20", "25", "35"], Actual::Unknown, 0),
    ] {
        let m = metric(direction, levels, actual.clone());
        let s = metric_score(&m).unwrap();
        assert_eq!(s.score_e4, e4, "{actual:?} against {levels:?}");
        assert_eq!(s.measured, actual != Actual::Unknown);
    }
    // Levels out of order: an error for a measured metric, not for an unmeasured one.
    let mut tenths =
        metric(Up, ["30", "35", "40"], Actual::Change { old: "1000".parse().unwrap(), new: "1354".parse().unwrap() });
    tenths.decimals = Some(1);
    assert_eq!(metric_score(&tenths).map(|s| s.score_e4), Ok(800));
    let bad = metric(Direction::HigherIsBetter, ["30", "25", "35"], v("28"));
    assert_eq!(metric_score(&bad), Err(Error::LevelsNotOrdered { metric: MetricId(99), name: "Mittari".into() }));
    let bad_unknown = metric(Direction::LowerIsBetter, ["20", "25", "35"], Actual::Unknown);
    assert_eq!(metric_score(&bad_unknown).map(|s| s.score_e4), Ok(0));
}

#[test]
fn weighted_score_rounds_the_exact_sum_once() {
    // Scores 0.00005 and −0.00004 at weights 0.5: rounding each score first would give
    // 0.5 · 0.0001 + 0.5 · 0 = 0.00005 → 0.0001; the exact sum 0.000005 gives 0.
    let on_unit = |n: &str, w: u32| {
        let mut m = metric(Direction::HigherIsBetter, ["-1", "0", "1"], Actual::Value(n.parse().unwrap()));
        m.weight = Bp(w);
        metric_score(&m).unwrap()
    };
    let scores = [on_unit("0.00005", 5000), on_unit("-0.00004", 5000)];
    assert_eq!(scores.iter().map(|s| s.score_e4).collect::<Vec<_>>(), [1, 0]);
    assert_eq!(kra::weighted_score(&scores), Ok(KraScore(0)));
    // Three thirds of weight 3333 + 3333 + 3334 scoring 1/3 each: S = 0.3333.
    let third = Actual::Value("40".parse().unwrap()); // 40 against 0/30/60
    let thirds: Vec<_> = [3333, 3333, 3334]
        .into_iter()
        .map(|w| {
            let mut m = metric(Direction::HigherIsBetter, ["0", "30", "60"], third.clone());
            m.weight = Bp(w);
            metric_score(&m).unwrap()
        })
        .collect();
    assert_eq!(thirds[0].score, Ratio::new(1, 3).unwrap());
    assert_eq!(kra::weighted_score(&thirds), Ok(KraScore(3333)));
    // A sum that is exactly half a ten-thousandth rounds away from zero.
    let half = |n: &str| metric(Direction::HigherIsBetter, ["-1", "0", "1"], Actual::Value(n.parse().unwrap()));
    let mut m = half("0.00005");
    m.weight = Bp(10_000);
    assert_eq!(kra::weighted_score(&[metric_score(&m).unwrap()]), Ok(KraScore(1)));
    let mut m = half("-0.00005");
    m.weight = Bp(10_000);
    assert_eq!(kra::weighted_score(&[metric_score(&m).unwrap()]), Ok(KraScore(-1)));
    assert_eq!(kra::kra_amount(KraScore(2041), eur(60_000)), Ok(eur(12_246)));
    assert_eq!(kra::kra_amount(KraScore(-1), Money(5_000)), Ok(Money(-1)));
    assert_eq!(kra::kra_amount(KraScore(1), Money(4_999)), Ok(Money(0)));
}

#[test]
fn kra_scores_as_typed() {
    for (text, e4) in [
        ("0.2041", 2041),
        ("-0.25", -2500),
        ("-0,25", -2500),
        ("−0.25", -2500),
        ("+1", 10_000),
        ("-1", -10_000),
        ("0", 0),
    ] {
        assert_eq!(text.parse::<KraScore>(), Ok(KraScore(e4)), "{text}");
    }
    for bad in ["", "abc", "0.20415", "1.0001", "-2", "0,2,1"] {
        assert_eq!(bad.parse::<KraScore>(), Err(Error::BadScore(bad.into())), "{bad}");
    }
    assert_eq!(KraScore(-2500).to_string(), "-0.2500");
}

fn risk(id: u32, nature: RiskNature, status: RiskStatus, pct: u32, likely: Money) -> Risk {
    Risk {
        id: RiskId(id),
        code: format!("R{id}"),
        title: "Riski".into(),
        cause: String::new(),
        consequence: String::new(),
        category: RiskCategory::Financial,
        phase: None,
        shared: true,
        owner: None,
        owner_person: String::new(),
        probability: 3,
        impact: 3,
        residual: None,
        min_amount: Money::ZERO,
        likely_amount: likely,
        max_amount: likely,
        probability_pct: Bp(pct),
        nature,
        mitigation: String::new(),
        action_owner: String::new(),
        due: None,
        status,
        status_history: Vec::new(),
        review: None,
        trend: Trend::Stable,
        rating_history: Vec::new(),
    }
}

#[test]
fn reserve_rules() {
    use RiskNature::{Opportunity, Threat};
    let mut plan = fixture("worked-example");
    plan.budget.reserve = ReserveRule::FlatPercent(Bp(500));
    assert_eq!(target_cost(&plan).unwrap().reserve, eur(95_000));
    plan.budget.reserve = ReserveRule::FromRegister;
    plan.risks.risks = vec![
        // 50 % of 1 cent twice: rounded once on the total, 1 cent (not 2).
        risk(100, Threat, RiskStatus::Identified, 5000, Money(1)),
        risk(101, Threat, RiskStatus::BeingHandled, 5000, Money(1)),
        risk(102, Threat, RiskStatus::Occurred, 3000, eur(100_000)),
        risk(103, Threat, RiskStatus::Closed, 10_000, eur(1_000_000)),
        risk(104, Opportunity, RiskStatus::UnderControl, 2500, eur(40_000)),
    ]
    .into();
    let t = target_cost(&plan).unwrap();
    assert_eq!(t.reserve, Money(1 + 3_000_000 - 1_000_000));
    assert_eq!(t.target_cost, Money(190_000_000 + 2_000_001));
    plan.risks.risks = vec![risk(105, Opportunity, RiskStatus::Identified, 10_000, eur(50_000))].into();
    assert_eq!(target_cost(&plan).unwrap().reserve, eur(-50_000), "opportunities may outweigh threats");
}

#[test]
fn percentage_fee_and_fee_inside_the_target() {
    let mut plan = fixture("worked-example");
    plan.budget.fee = FeeRule::PercentOfTarget(Bp(1000));
    let t = target_cost(&plan).unwrap();
    assert_eq!(t.fee, eur(200_000));
    assert_eq!(t.fees.iter().map(|f| f.amount).collect::<Vec<_>>(), [Money(13_333_333), Money(6_666_667)]);

    // Fee inside: TAK holds the fee, the comparison and the outlay do not change.
    let mut plan = fixture("worked-example");
    plan.budget.fee_inside_target = true;
    let t = target_cost(&plan).unwrap();
    assert_eq!((t.cost_target, t.target_cost, t.ceiling), (eur(2_000_000), eur(2_150_000), eur(2_150_000)));
    let s = settle(&plan, &Actuals { actual: eur(1_820_000), actual_producers: Some(eur(1_300_000)), kra_score: None })
        .unwrap();
    assert_eq!((s.underrun, s.prod_gain, s.kra_eff), (eur(180_000), eur(90_000), eur(12_246)));
    assert_eq!((s.producers_total, s.owners_outlay, s.saving), (eur(1_552_246), eur(2_072_246), eur(77_754)));
    let sc = scenarios(&plan, None).unwrap();
    assert_eq!(sc[1].settlement.actual, eur(2_000_000), "100 % is on target");
    assert_eq!((sc[1].settlement.underrun, sc[1].settlement.overrun), (Money::ZERO, Money::ZERO));
}

#[test]
fn caps() {
    let mut plan = fixture("worked-example");
    let at = |plan: &Plan, ac: i64| {
        settle(plan, &Actuals { actual: eur(ac), actual_producers: None, kra_score: Some(KraScore(-10_000)) }).unwrap()
    };
    // 0.5 · 1 000 000 = 500 000 against a cap of 150 000.
    assert_eq!(at(&plan, 1_000_000).prod_gain, eur(150_000));
    plan.budget.sharing.gain_cap = Cap::Unlimited;
    plan.budget.sharing.pain_cap = Cap::Amount(eur(200_000));
    assert_eq!(at(&plan, 1_000_000).prod_gain, eur(500_000));
    assert_eq!(at(&plan, 1_000_000).owner_gain, eur(500_000));
    let s = at(&plan, 2_300_000);
    assert_eq!((s.prod_pain, s.kra.raw, s.kra_eff), (eur(150_000), eur(-60_000), eur(-50_000)));
    assert_eq!(s.pain_cap, Some(eur(200_000)));
    plan.budget.sharing.pain_cap = Cap::Unlimited;
    let s = at(&plan, 3_000_000);
    assert_eq!((s.prod_pain, s.owner_pain, s.kra_eff, s.pain_cap), (eur(500_000), eur(500_000), eur(-60_000), None));
    plan.budget.sharing.gain_cap = Cap::Amount(Money(-5));
    assert_eq!(at(&plan, 1_000_000).prod_gain, Money::ZERO, "a negative cap counts as zero");
}

#[test]
fn scenario_table_of_the_worked_example() {
    let plan = fixture("worked-example");
    let sc = scenarios(&plan, None).unwrap();
    let shares: Vec<Bp> = sc.iter().map(|s| s.share).collect();
    assert_eq!(shares, [Bp(9000), Bp(10_000), Bp(11_000), Bp(12_500)]);
    let ac: Vec<Money> = sc.iter().map(|s| s.settlement.actual).collect();
    assert_eq!(ac, [eur(1_800_000), eur(2_000_000), eur(2_200_000), eur(2_500_000)]);
    // AC_producers in the base proportion 1 380 000 / 1 900 000.
    let acp: Vec<Money> = sc.iter().map(|s| s.settlement.actual_producers).collect();
    assert_eq!(acp, [Money(130_736_842), Money(145_263_158), Money(159_789_474), Money(181_578_947)]);
    assert!(sc.iter().all(|s| s.settlement.actual_producers_estimated));
    let outlay: Vec<Money> = sc.iter().map(|s| s.settlement.owners_outlay).collect();
    assert_eq!(outlay, [eur(2_062_246), eur(2_162_246), eur(2_262_246), eur(2_512_246)]);
    let at125 = &sc[3].settlement;
    assert_eq!((at125.prod_pain, at125.owner_pain, at125.kra_eff), (eur(150_000), eur(350_000), eur(12_246)));
    // Each owner's net: its pain and its share of the KRA the owners pay; its total: its share of
    // the target and the fee less its net. The totals add up to the owners' outlay.
    let net: Vec<Money> = at125.owners.iter().map(|l| l.net).collect();
    assert_eq!(net, [Money(-21_734_760), Money(-9_056_150), Money(-5_433_690)]);
    let totals: Vec<Money> = at125.owners.iter().map(|l| l.total).collect();
    assert_eq!(totals, [Money(150_734_760), Money(62_806_150), Money(37_683_690)]);
    assert_eq!(totals.iter().map(|m| m.0).sum::<i64>(), eur(2_512_246).0);
    // A given S replaces the metrics in every row.
    let neutral = scenarios(&plan, Some(KraScore(0))).unwrap();
    assert!(neutral.iter().all(|s| s.settlement.kra_eff == Money::ZERO && s.settlement.kra.metrics.is_empty()));
}

#[test]
fn bad_actuals_and_plans_without_parties() {
    let plan = fixture("worked-example");
    let run =
        |ac: Money, acp: Option<Money>| settle(&plan, &Actuals { actual: ac, actual_producers: acp, kra_score: None });
    assert_eq!(run(Money(-1), None), Err(Error::NegativeActual));
    assert_eq!(run(eur(10), Some(eur(11))), Err(Error::ProducersActual));
    assert_eq!(run(eur(10), Some(Money(-1))), Err(Error::ProducersActual));
    assert!(run(eur(10), Some(eur(10))).is_ok());

    let mut no_producers = fixture("worked-example");
    no_producers.parties.retain(|p| p.role != AllianceRole::Producer);
    no_producers.budget.sharing.gain_cap = Cap::Unlimited;
    let r = settle(&no_producers, &Actuals { actual: eur(1_000_000), actual_producers: None, kra_score: None });
    assert_eq!(r, Err(Error::NoProducers));
    let mut no_owners = fixture("worked-example");
    no_owners.parties.retain(|p| p.role != AllianceRole::Owner);
    let r = settle(&no_owners, &Actuals { actual: eur(1_000_000), actual_producers: None, kra_score: None });
    assert_eq!(r, Err(Error::NoOwners));
    for e in [Error::NoProducers, Error::BadAmount("x".into()), Error::Overflow] {
        for lang in allianssi::i18n::Language::ALL {
            assert!(e.message(lang).ends_with('.'), "{e:?} {lang}");
        }
    }
}

#[test]
fn euros_parse_like_the_command_line() {
    assert_eq!(commercial::parse_euros("1 820 000,00"), Ok(eur(1_820_000)));
    assert_eq!(commercial::parse_euros("2380000"), Ok(eur(2_380_000)));
    assert_eq!(commercial::parse_euros("12.5"), Ok(Money(1250)));
    assert!(commercial::parse_euros("12.505").is_err());
}

/// The worked example with the given producer fees, owner shares and sharing settings.
fn varied_plan(fees: &[i64], shares: &[u32], sharing: Sharing, fee_rule: FeeRule, pool: i64) -> Plan {
    let mut plan = template::worked_example(Bp(5000));
    plan.parties.retain(|p| !matches!(p.role, AllianceRole::Owner | AllianceRole::Producer));
    for &fee in fees {
        let id = PartyId(plan.allocate_id());
        let mut p = Party::new(id, "Tuottaja", PartyKind::PrivateProducer, AllianceRole::Producer);
        p.fee = Money(fee);
        plan.parties.push(p);
    }
    for &share in shares {
        let id = PartyId(plan.allocate_id());
        let mut p = Party::new(id, "Tilaaja", PartyKind::Municipality, AllianceRole::Owner);
        p.funding_share = Bp(share);
        plan.parties.push(p);
    }
    plan.budget.sharing = sharing;
    plan.budget.fee = fee_rule;
    plan.budget.kra_pool = Money(pool);
    plan
}

fn cap_strategy() -> impl Strategy<Value = Cap> {
    prop_oneof![Just(Cap::EqualToFee), Just(Cap::Unlimited), (0i64..50_000_000_000).prop_map(|c| Cap::Amount(Money(c))),]
}

fn sharing_strategy() -> impl Strategy<Value = Sharing> {
    (0u32..=10_000, 0u32..=10_000, cap_strategy(), cap_strategy(), any::<bool>()).prop_map(
        |(gain_share, pain_share, gain_cap, pain_cap, combined_cap)| Sharing {
            gain_share: Bp(gain_share),
            pain_share: Bp(pain_share),
            gain_cap,
            pain_cap,
            combined_cap,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn splits_always_add_up(total in any::<i64>(), weights in proptest::collection::vec(any::<u64>(), 1..8)) {
        let parts = largest_remainder(Money(total), &weights).unwrap();
        prop_assert_eq!(parts.len(), weights.len());
        prop_assert_eq!(parts.iter().map(|p| i128::from(p.cents())).sum::<i128>(), i128::from(total));
        // Every part is its exact quota rounded down or up.
        let sum: u128 = if weights.iter().all(|&w| w == 0) { weights.len() as u128 } else { weights.iter().map(|&w| u128::from(w)).sum() };
        for (p, &w) in parts.iter().zip(&weights) {
            let w = if weights.iter().all(|&w| w == 0) { 1 } else { u128::from(w) };
            let quota = u128::from(total.unsigned_abs()) * w;
            let (lo, hi) = (quota / sum, quota.div_ceil(sum));
            let got = u128::from(p.cents().unsigned_abs());
            prop_assert!(lo <= got && got <= hi, "{} not within {}..={}", got, lo, hi);
        }
    }

    #[test]
    fn settlements_keep_the_rules(
        fees in proptest::collection::vec(0i64..20_000_000_000, 1..5),
        shares in proptest::collection::vec(0u32..=10_000, 1..5),
        sharing in sharing_strategy(),
        percent_fee in proptest::option::of(0u32..=3000),
        pool in 0i64..10_000_000_000,
        actual in 0i64..1_000_000_000_000,
        producers_part in 0u32..=10_000,
        score in -10_000i64..=10_000,
    ) {
        let fee_rule = percent_fee.map_or(FeeRule::FixedPerProducer, |p| FeeRule::PercentOfTarget(Bp(p)));
        let plan = varied_plan(&fees, &shares, sharing, fee_rule, pool);
        let actual = Money(actual);
        let acp = actual.percent_of(Bp(producers_part)).unwrap();
        let s = settle(&plan, &Actuals { actual, actual_producers: Some(acp), kra_score: Some(KraScore(score)) }).unwrap();
        let sum = |v: Vec<Money>| v.iter().map(|m| i128::from(m.cents())).sum::<i128>();
        let c = |m: Money| i128::from(m.cents());
        prop_assert_eq!(sum(lines(&s.producers, |l| l.gain)), c(s.prod_gain));
        prop_assert_eq!(sum(lines(&s.producers, |l| l.pain)), c(s.prod_pain));
        prop_assert_eq!(sum(lines(&s.producers, |l| l.kra)), c(s.kra_eff));
        prop_assert_eq!(sum(lines(&s.producers, |l| l.fee)), c(s.target.fee));
        prop_assert_eq!(sum(lines(&s.owners, |l| l.gain)), c(s.owner_gain));
        prop_assert_eq!(sum(lines(&s.owners, |l| l.pain)), c(s.owner_pain));
        prop_assert_eq!(c(s.prod_gain) + c(s.owner_gain), c(s.underrun));
        prop_assert_eq!(c(s.prod_pain) + c(s.owner_pain), c(s.overrun));
        prop_assert_eq!(c(s.underrun) - c(s.overrun), c(s.target.cost_target) - c(actual));
        prop_assert!(s.prod_gain >= Money::ZERO && s.prod_pain >= Money::ZERO);
        if let Some(cap) = s.gain_cap {
            prop_assert!(s.prod_gain <= cap);
        }
        if let Some(cap) = s.pain_cap {
            prop_assert!(s.prod_pain <= cap);
            if s.combined_cap {
                prop_assert!(c(s.prod_pain) - c(s.kra_eff) <= c(cap));
            }
        }
        if s.kra.raw >= Money::ZERO || !s.combined_cap {
            prop_assert_eq!(s.kra_eff, s.kra.raw);
        }
        prop_assert_eq!(c(s.owners_outlay) - c(s.producers_total), c(actual) - c(acp));
        prop_assert_eq!(c(s.saving), c(s.target.ceiling) - c(s.owners_outlay));
        let fee_inc = c(s.target.fee) + c(s.prod_gain) - c(s.prod_pain) + c(s.kra_eff);
        prop_assert_eq!(c(s.owners_outlay), c(actual) + fee_inc);
    }

    #[test]
    fn weighted_scores_stay_within_one(
        values in proptest::collection::vec((-1_000_000_000i64..1_000_000_000, 1u64..1_000_000, 0u64..1_000_000), 1..6),
        down in any::<bool>(),
    ) {
        let n = values.len() as u32;
        let mut scores = Vec::new();
        for (i, (raw, unemployed, in_services)) in values.into_iter().enumerate() {
            let actual = if i % 2 == 0 { Actual::Value(Decimal::from_raw(raw)) } else { Actual::ActivationRate { unemployed, in_services } };
            let levels = if down { ["60", "40", "30"] } else { ["30", "40", "60"] };
            let mut m = metric(if down { Direction::LowerIsBetter } else { Direction::HigherIsBetter }, levels, actual);
            m.weight = Bp(10_000 / n + u32::from(i == 0) * (10_000 % n));
            let s = metric_score(&m).unwrap();
            prop_assert!((-10_000..=10_000).contains(&s.score_e4));
            prop_assert!(s.score >= Ratio::integer(-1) && s.score <= Ratio::integer(1));
            scores.push(s);
        }
        let s = kra::weighted_score(&scores).unwrap();
        prop_assert!((-10_000..=10_000).contains(&s.0));
    }
}

/// One boundary case: the plan's changes, the actuals, and the figures expected in cents.
struct Boundary {
    case: &'static str,
    change: fn(&mut Plan),
    actual: i64,
    score: Option<i64>,
    /// (ProdGain, ProdPain, KRA_raw, KRA_eff, producers' gains split).
    want: (i64, i64, i64, i64, Vec<i64>),
}

#[path = "commercial/boundaries.rs"]
mod boundaries;
