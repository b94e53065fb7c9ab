//! Settlement boundaries (on target, caps just reached, zero fee, one producer, negative KRA with
//! and without the combined cap), lower-is-better metrics, the result curve, and party order.

use super::*;

#[test]
fn boundaries_table() {
    fn none(_: &mut Plan) {}
    fn no_combined(p: &mut Plan) {
        p.budget.sharing.combined_cap = false;
    }
    fn zero_fee(p: &mut Plan) {
        p.parties.iter_mut().filter(|p| p.role == AllianceRole::Producer).for_each(|p| p.fee = Money::ZERO);
    }
    fn one_producer(p: &mut Plan) {
        let second = p.producers().nth(1).map(|x| x.id).unwrap();
        p.parties.retain(|x| x.id != second);
        p.budget.cost_lines.iter_mut().filter(|c| c.party == second).for_each(|c| c.party = PartyId(4));
    }
    let e = |x: i64| x * 100;
    let cases = [
        // Actual exactly on target: no gain, no pain, the KRA as it is.
        Boundary {
            case: "on target",
            change: none,
            actual: 2_000_000,
            score: Some(2041),
            want: (0, 0, e(12_246), e(12_246), vec![0, 0]),
        },
        // 0.5 · 300 000 = 150 000: the gain cap just reached, then passed.
        Boundary {
            case: "gain cap reached",
            change: none,
            actual: 1_700_000,
            score: Some(0),
            want: (e(150_000), 0, 0, 0, vec![e(100_000), e(50_000)]),
        },
        Boundary {
            case: "gain cap passed",
            change: none,
            actual: 1_600_000,
            score: Some(0),
            want: (e(150_000), 0, 0, 0, vec![e(100_000), e(50_000)]),
        },
        Boundary {
            case: "just under the gain cap",
            change: none,
            actual: 1_700_001,
            score: Some(0),
            want: (e(149_999) + 50, 0, 0, 0, vec![9_999_967, 4_999_983]),
        },
        // 0.5 · 300 000 = 150 000: the pain cap just reached; the combined cap leaves no room.
        Boundary {
            case: "pain cap reached",
            change: none,
            actual: 2_300_000,
            score: Some(-2500),
            want: (0, e(150_000), e(-15_000), 0, vec![0, 0]),
        },
        Boundary {
            case: "pain cap, no combined cap",
            change: no_combined,
            actual: 2_300_000,
            score: Some(-2500),
            want: (0, e(150_000), e(-15_000), e(-15_000), vec![0, 0]),
        },
        // Pain 135 000 leaves exactly 15 000 for the penalty; pain 140 000 leaves 10 000.
        Boundary {
            case: "combined cap just reached",
            change: none,
            actual: 2_270_000,
            score: Some(-2500),
            want: (0, e(135_000), e(-15_000), e(-15_000), vec![0, 0]),
        },
        Boundary {
            case: "combined cap bites",
            change: none,
            actual: 2_280_000,
            score: Some(-2500),
            want: (0, e(140_000), e(-15_000), e(-10_000), vec![0, 0]),
        },
        Boundary {
            case: "negative KRA under target",
            change: none,
            actual: 1_900_000,
            score: Some(-10_000),
            want: (e(50_000), 0, e(-60_000), e(-60_000), vec![e(33_333) + 33, e(16_666) + 67]),
        },
        Boundary {
            case: "positive KRA never capped",
            change: none,
            actual: 2_500_000,
            score: Some(10_000),
            want: (0, e(150_000), e(60_000), e(60_000), vec![0, 0]),
        },
        // A zero fee: both caps are zero; the KRA is split equally.
        Boundary {
            case: "zero fee",
            change: zero_fee,
            actual: 1_800_000,
            score: Some(2041),
            want: (0, 0, e(12_246), e(12_246), vec![0, 0]),
        },
        Boundary {
            case: "zero fee, penalty",
            change: zero_fee,
            actual: 2_100_000,
            score: Some(-2500),
            want: (0, 0, e(-15_000), 0, vec![0, 0]),
        },
        // One producer takes every producers' amount.
        Boundary {
            case: "one producer",
            change: one_producer,
            actual: 1_820_000,
            score: Some(2041),
            want: (e(90_000), 0, e(12_246), e(12_246), vec![e(90_000)]),
        },
    ];
    for b in cases {
        let mut plan = fixture("worked-example");
        (b.change)(&mut plan);
        let score = b.score.map(KraScore);
        let s = settle(&plan, &Actuals { actual: eur(b.actual), actual_producers: None, kra_score: score }).unwrap();
        let got = (s.prod_gain.0, s.prod_pain.0, s.kra.raw.0, s.kra_eff.0);
        assert_eq!(got, (b.want.0, b.want.1, b.want.2, b.want.3), "{}", b.case);
        assert_eq!(lines(&s.producers, |l| l.gain).iter().map(|m| m.0).collect::<Vec<_>>(), b.want.4, "{}", b.case);
        let sum = |v: Vec<Money>| v.iter().map(|m| m.0).sum::<i64>();
        assert_eq!(sum(lines(&s.producers, |l| l.kra)), s.kra_eff.0, "{}", b.case);
        assert_eq!(sum(lines(&s.owners, |l| l.gain)) + s.prod_gain.0, s.underrun.0, "{}", b.case);
        assert_every_euro_lands_once(&s, b.case);
    }
}

#[test]
fn lower_is_better_and_clamped_at_the_levels() {
    use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
    let v = |s: &str| Actual::Value(s.parse().unwrap());
    for (direction, levels, value, e4) in [
        (Down, ["240", "200", "160"], "240", -10_000),
        (Down, ["240", "200", "160"], "200", 0),
        (Down, ["240", "200", "160"], "160", 10_000),
        (Down, ["240", "200", "160"], "159.999999", 10_000),
        (Down, ["240", "200", "160"], "240.000001", -10_000),
        (Down, ["240", "200", "160"], "0", 10_000),
        (Down, ["240", "200", "160"], "-5", 10_000),
        (Up, ["-10", "0", "10"], "-1000000", -10_000),
        (Up, ["-10", "0", "10"], "1000000", 10_000),
        (Up, ["-10", "0", "10"], "-5", -5000),
    ] {
        let s = metric_score(&metric(direction, levels, v(value))).unwrap();
        assert_eq!(s.score_e4, e4, "{value} against {levels:?} ({direction:?})");
    }
    // A lower-is-better metric whose levels rise is out of order.
    assert!(metric_score(&metric(Down, ["160", "200", "240"], v("180"))).is_err());
}

#[test]
fn actual_percent_and_result_curve() {
    let plan = fixture("worked-example");
    assert_eq!(commercial::actual_at_share(&plan, Bp(11_000)), Ok(eur(2_200_000)));
    assert_eq!(commercial::parse_percent("92,5"), Ok(Bp(9250)));
    let curve = commercial::result_curve(&plan, None, Bp(7000), Bp(14_000), Bp(100)).unwrap();
    assert_eq!(curve.len(), 71);
    assert_eq!((curve[0].share, curve[70].share), (Bp(7000), Bp(14_000)));
    // The curve agrees with the scenario table at 90 %, 100 %, 110 %, 125 %.
    for sc in scenarios(&plan, None).unwrap() {
        let p = curve.iter().find(|p| p.share == sc.share).unwrap();
        let s = &sc.settlement;
        assert_eq!(p.actual, s.actual);
        assert_eq!(p.producers.0, s.producers_total.0 - s.actual_producers.0);
        assert_eq!(p.owners, s.saving);
    }
    // The gain cap bites below 85 % (underrun 300 000), the pain cap above 115 %.
    let at = |pct: u32| curve.iter().find(|p| p.share == Bp(pct * 100)).unwrap().producers;
    assert_eq!(at(70), at(85));
    assert_ne!(at(85), at(86));
    assert_eq!(at(115), at(140));
    assert_ne!(at(114), at(115));
    assert_eq!(at(85), eur(150_000 + 150_000 + 12_246));
    assert_eq!(at(140), eur(12_246), "fee − pain cap + KRA: a positive KRA is never capped");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Reversing the party order changes no aggregate, and no party's line by more than the
    /// one cent the tie-break (party order) may move.
    #[test]
    fn party_order_only_moves_ties(
        fees in proptest::collection::vec(0i64..20_000_000_000, 1..5),
        shares in proptest::collection::vec(0u32..=10_000, 1..5),
        sharing in sharing_strategy(),
        actual in 0i64..1_000_000_000_000,
        score in -10_000i64..=10_000,
    ) {
        let plan = varied_plan(&fees, &shares, sharing, FeeRule::FixedPerProducer, 5_000_000);
        let mut reversed = plan.clone();
        reversed.parties.reverse();
        let actuals = Actuals { actual: Money(actual), actual_producers: None, kra_score: Some(KraScore(score)) };
        let (a, b) = (settle(&plan, &actuals).unwrap(), settle(&reversed, &actuals).unwrap());
        prop_assert_eq!(
            (a.prod_gain, a.prod_pain, a.owner_gain, a.owner_pain, a.kra_eff, a.producers_total, a.owners_outlay),
            (b.prod_gain, b.prod_pain, b.owner_gain, b.owner_pain, b.kra_eff, b.producers_total, b.owners_outlay)
        );
        for l in a.producers.iter().chain(&a.owners) {
            let m = b.producers.iter().chain(&b.owners).find(|x| x.party == l.party).unwrap();
            for (x, y) in [(l.gain, m.gain), (l.pain, m.pain), (l.kra, m.kra), (l.fee, m.fee)] {
                prop_assert!((x.0 - y.0).abs() <= 1, "{:?} vs {:?}", l, m);
            }
        }
    }
}

/// Every euro of an outcome lands on exactly one party: the nets add up to underrun − overrun,
/// the owners pay the KRA the producers get, and the owners' totals are the owners' outlay.
fn assert_every_euro_lands_once(s: &allianssi::commercial::Settlement, case: &str) {
    let sum = |it: &mut dyn Iterator<Item = i64>| it.sum::<i64>();
    for l in s.lines() {
        assert_eq!(l.net.0, l.gain.0 - l.pain.0 + l.kra.0, "{case}: net");
        if l.owner {
            assert_eq!(l.total.0, l.target.0 + l.fee.0 - l.net.0, "{case}: owner total");
        } else {
            assert_eq!(l.total.0, l.fee.0 + l.net.0, "{case}: producer total");
            assert_eq!(l.target.0, 0, "{case}: a producer has no target share");
        }
    }
    assert_eq!(sum(&mut s.lines().map(|l| l.net.0)), s.underrun.0 - s.overrun.0, "{case}: nets");
    assert_eq!(s.outcome().0, s.underrun.0 - s.overrun.0, "{case}: outcome");
    assert_eq!(sum(&mut s.owners.iter().map(|l| l.kra.0)), -s.kra_eff.0, "{case}: the owners pay the KRA");
    assert_eq!(sum(&mut s.producers.iter().map(|l| l.kra.0)), s.kra_eff.0, "{case}: the producers get it");
    assert_eq!(sum(&mut s.owners.iter().map(|l| l.total.0)), s.owners_outlay.0, "{case}: owners' payments");
    assert_eq!(sum(&mut s.owners.iter().map(|l| l.fee.0)), s.target.fee.0, "{case}: the owners pay the fee");
    assert_eq!(sum(&mut s.owners.iter().map(|l| l.target.0)), s.target.cost_target.0, "{case}: target shares");
}

/// The worked example of the domain guide, every owner's line to the cent (issue: the nets
/// added up to 192 246,00 € for a 180 000,00 € underrun, the KRA charged to no owner), and the
/// same checks over a sweep of actual costs, scores and splits.
#[test]
fn every_party_line_of_the_worked_example_and_a_sweep_adds_up() {
    let plan = fixture("worked-example");
    let actuals = Actuals { actual: eur(1_820_000), actual_producers: Some(eur(1_300_000)), kra_score: None };
    let s = settle(&plan, &actuals).unwrap();
    let e = |euros: i64| euros * 100;
    let owners: Vec<(i64, i64, i64, i64, i64)> =
        s.owners.iter().map(|l| (l.target.0, l.fee.0, l.kra.0, l.net.0, l.total.0)).collect();
    assert_eq!(
        owners,
        [
            (e(1_200_000), e(90_000), -734_760, 4_665_240, 124_334_760),
            (e(500_000), e(37_500), -306_150, 1_943_850, 51_806_150),
            (e(300_000), e(22_500), -183_690, 1_166_310, 31_083_690),
        ]
    );
    assert_eq!(s.lines().map(|l| l.net.0).sum::<i64>(), e(180_000));
    assert_every_euro_lands_once(&s, "worked example");
    for actual in [0, 1, 999_999, 1_820_000, 2_000_000, 2_000_001, 2_380_000, 9_000_000] {
        for score in [None, Some(-10_000), Some(-2_500), Some(0), Some(3_333), Some(10_000)] {
            for (gain, pain) in [(5_000, 5_000), (3_000, 7_000), (0, 10_000), (10_000, 0)] {
                let mut plan = plan.clone();
                plan.budget.sharing.gain_share = allianssi::model::Bp(gain);
                plan.budget.sharing.pain_share = allianssi::model::Bp(pain);
                let a = Actuals { actual: eur(actual), actual_producers: None, kra_score: score.map(KraScore) };
                let s = settle(&plan, &a).unwrap();
                assert_every_euro_lands_once(&s, &format!("{actual} € {score:?} {gain}/{pain}"));
            }
        }
    }
}
