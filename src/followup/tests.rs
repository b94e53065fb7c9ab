//! Tests of the follow-up figures: the Pirkanmaa deck's two rows (Tampere and Punkalaidun,
//! 8/2017–4/2018) as printed and summed, each kind of computed KPI, the cost burn, and the
//! forecast settled by `commercial::settle` itself.

use super::*;
use crate::model::{Bp, Decimal, Direction, Edit, Party, PartyKind};
use crate::template::worked_example;

pub(crate) const TAMPERE_UNEMPLOYED: [u64; 9] = [11331, 10898, 10775, 10854, 11522, 11259, 10793, 10237, 9727];
pub(crate) const TAMPERE_IN_SERVICES: [u64; 9] = [2308, 2823, 3108, 3471, 3222, 3695, 4166, 4748, 5129];
pub(crate) const PUNKALAIDUN_UNEMPLOYED: [u64; 9] = [56, 50, 31, 30, 31, 28, 24, 20, 15];
pub(crate) const PUNKALAIDUN_IN_SERVICES: [u64; 9] = [40, 41, 64, 72, 77, 79, 75, 79, 82];

/// The months 8/2017 … 4/2018.
fn months() -> Vec<Period> {
    std::iter::successors(Some(Period::Month(2017, 8)), |p| Some(p.next())).take(9).collect()
}

fn metric(id: u32, actual: Actual) -> Metric {
    Metric {
        id: MetricId(id),
        name: format!("m{id}"),
        definition: String::new(),
        source: String::new(),
        unit: "%".into(),
        direction: Direction::HigherIsBetter,
        minimum: Decimal::from_int(20),
        target: Decimal::from_int(30),
        excellent: Decimal::from_int(40),
        weight: Bp(10_000),
        actual,
        decimals: None,
    }
}

/// A plan with Tampere (1) and Punkalaidun (2) and an activation-rate metric (3) measured in
/// both for the nine months.
fn deck() -> Plan {
    let mut plan = Plan::new("Pirkanmaa");
    for (id, name) in [(1, "Tampere"), (2, "Punkalaidun")] {
        let p = Party::new(PartyId(id), name, PartyKind::Municipality, AllianceRole::Owner);
        plan.apply(&Edit::AddParty(Box::new(p))).unwrap();
    }
    let m = metric(3, Actual::ActivationRate { unemployed: 0, in_services: 0 });
    plan.apply(&Edit::AddMetric(Box::new(m))).unwrap();
    for (i, period) in months().into_iter().enumerate() {
        for (area, u, s) in [
            (1, TAMPERE_UNEMPLOYED[i], TAMPERE_IN_SERVICES[i]),
            (2, PUNKALAIDUN_UNEMPLOYED[i], PUNKALAIDUN_IN_SERVICES[i]),
        ] {
            let actual = Some(Actual::ActivationRate { unemployed: u, in_services: s });
            plan.apply(&Edit::SetMeasurement { metric: MetricId(3), area: Some(PartyId(area)), period, actual })
                .unwrap();
        }
    }
    plan
}

fn values(s: &Series) -> Vec<String> {
    s.points.iter().map(|p| p.value_string().unwrap_or_default()).collect()
}

#[test]
fn the_decks_activation_rates_come_back_as_printed_and_summed_from_counts() {
    let k = kpis(&deck());
    assert_eq!(k.periods, months());
    let ms = &k.metrics[0];
    let by = |area| ms.series.iter().find(|s| s.area == area).expect("series");
    let tampere = ["16.9", "20.6", "22.4", "24.2", "21.9", "24.7", "27.8", "31.7", "34.5"];
    let punkalaidun = ["41.7", "45.1", "67.4", "70.6", "71.3", "73.8", "75.8", "79.8", "84.5"];
    assert_eq!(values(by(Some(PartyId(1)))), tampere);
    assert_eq!(values(by(Some(PartyId(2)))), punkalaidun);
    // The two together from the summed counts: (2308 + 40) / (11331 + 56 + 2308 + 40) = 17.1 %,
    // not the average of 16.9 and 41.7.
    let together = ["17.1", "20.7", "22.7", "24.6", "22.2", "25.1", "28.2", "32.0", "34.8"];
    let alliance = ms.alliance().expect("alliance");
    assert_eq!(values(alliance), together);
    assert!(alliance.points.iter().all(|p| p.summed));
    assert_eq!(ms.series.iter().map(|s| s.area).collect::<Vec<_>>(), [None, Some(PartyId(1)), Some(PartyId(2))]);
}

#[test]
fn a_measured_alliance_figure_wins_over_the_sum() {
    let mut plan = deck();
    let actual = Some(Actual::ActivationRate { unemployed: 1, in_services: 1 });
    plan.apply(&Edit::SetMeasurement { metric: MetricId(3), area: None, period: Period::Month(2017, 8), actual })
        .unwrap();
    let k = kpis(&plan);
    let a = k.metrics[0].alliance().unwrap();
    assert_eq!(a.points[0].value_string().as_deref(), Some("50.0"));
    assert!(!a.points[0].summed);
    assert_eq!(a.points[1].value_string().as_deref(), Some("20.7"), "the other months still summed");
}

#[test]
fn each_kind_of_kpi_is_computed_and_summed_by_its_counts() {
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    // (area 1, area 2, area 1's figure, the alliance's figure)
    let cases: Vec<(Actual, Actual, Option<&str>, Option<&str>)> = vec![
        (
            Actual::ActivationRate { unemployed: 351_872, in_services: 117_789 },
            Actual::ActivationRate { unemployed: 0, in_services: 0 },
            Some("25.1"),
            Some("25.1"),
        ),
        // NPS 200 answers, 90 promoters, 50 detractors → 20; with 10 promoters more → 24 (rounded).
        (
            Actual::Nps { promoters: 90, passives: 60, detractors: 50 },
            Actual::Nps { promoters: 10, passives: 0, detractors: 0 },
            Some("20"),
            Some("24"),
        ),
        // Change from 200 to 180 is −10 %; with 100 → 100 added: −20/300 = −6.7 % at one decimal.
        (
            Actual::Change { old: d("200.0"), new: d("180.0") },
            Actual::Change { old: d("100.0"), new: d("100.0") },
            Some("-10.0"),
            Some("-6.7"),
        ),
        // Employed six months after: 45 of 120 = 37.5 %; with 5 of 80 → 50 / 200 = 25 %.
        (
            Actual::Share { numerator: 45, denominator: 120 },
            Actual::Share { numerator: 5, denominator: 80 },
            Some("38"),
            Some("25"),
        ),
        // Values cannot be summed: the alliance has no figure unless measured as one.
        (Actual::Value(d("12.5")), Actual::Value(d("14.5")), Some("12.5"), None),
        // Near miss: nobody in the denominator.
        (Actual::Share { numerator: 0, denominator: 0 }, Actual::Share { numerator: 0, denominator: 0 }, None, None),
    ];
    for (a, b, first, whole) in cases {
        let mut plan = deck();
        let mut m = plan.metric(MetricId(3)).unwrap().clone();
        m.actual = a.clone();
        if matches!(a, Actual::Change { .. }) {
            m.decimals = Some(1);
            m.minimum = d("-10");
            m.target = d("0");
            m.excellent = d("10");
        }
        plan.apply(&Edit::UpdateMetric(Box::new(m))).unwrap();
        plan.followup.measurements.clear();
        let p = Period::Quarter(2027, 3);
        for (area, actual) in [(1, &a), (2, &b)] {
            let actual = Some(actual.clone());
            plan.apply(&Edit::SetMeasurement { metric: MetricId(3), area: Some(PartyId(area)), period: p, actual })
                .unwrap();
        }
        let k = kpis(&plan);
        let ms = &k.metrics[0];
        let area1 = ms.series.iter().find(|s| s.area == Some(PartyId(1))).unwrap();
        assert_eq!(area1.points[0].value_string().as_deref(), first, "{a:?}");
        let alliance = ms.alliance().unwrap().points.first().and_then(Point::value_string);
        assert_eq!(alliance.as_deref(), whole, "{a:?} + {b:?}");
    }
}

#[test]
fn measurements_name_only_metrics_and_parties_the_plan_has() {
    let mut plan = deck();
    let before = plan.clone();
    let p = Period::Month(2018, 5);
    let actual = Some(Actual::Value(Decimal::from_int(1)));
    assert!(
        plan.apply(&Edit::SetMeasurement { metric: MetricId(99), area: None, period: p, actual: actual.clone() })
            .is_err()
    );
    assert!(
        plan.apply(&Edit::SetMeasurement { metric: MetricId(3), area: Some(PartyId(99)), period: p, actual }).is_err()
    );
    assert_eq!(plan, before, "a refused edit changes nothing");
    plan.apply(&Edit::RemoveParty(PartyId(2))).unwrap();
    assert!(plan.followup.measurements.iter().all(|m| m.area == Some(PartyId(1))));
    plan.apply(&Edit::RemoveMetric(MetricId(3))).unwrap();
    assert!(plan.followup.measurements.is_empty());
}

/// The worked example (one budget year, 2027) with costs reported for January–June.
fn reported() -> Plan {
    let mut plan = worked_example(Bp(5_000));
    let ids: Vec<(PartyId, bool)> = plan.parties.iter().map(|p| (p.id, p.role == AllianceRole::Producer)).collect();
    let code = plan.budget.cost_lines[0].category.clone();
    for month in 1..=6 {
        for &(party, producer) in &ids {
            let amount = Some(Money(if producer { 10_000_000 } else { 4_000_000 } + i64::from(month)));
            let edit =
                Edit::SetCostActual { party, category: code.clone(), period: Period::Month(2027, month), amount };
            plan.apply(&edit).unwrap();
        }
    }
    plan
}

#[test]
fn the_forecast_is_settle_run_on_the_forecast_cost() {
    let mut plan = reported();
    plan.apply(&Edit::SetRestEstimate(Some(Money(90_000_000)))).unwrap();
    let k = kpis(&plan);
    let as_of = NaiveDate::from_ymd_opt(2027, 7, 15).unwrap();
    let f = forecast(&plan, &k, as_of).unwrap();
    assert_eq!((f.first_year, f.last_year, f.months_elapsed, f.months_total), (2027, 2027, 6, 12));
    assert_eq!(f.latest, Some(Period::Month(2027, 6)));
    // Two producers at 100 000,0x € and three owners at 40 000,0x € a month.
    let month = |m: i64| 2 * (10_000_000 + m) + 3 * (4_000_000 + m);
    let to_date: i64 = (1..=6).map(month).sum();
    assert_eq!(f.to_date, Money(to_date));
    let producers_to_date: i64 = (1..=6).map(|m| 2 * (10_000_000 + m)).sum();
    assert_eq!(f.to_date_producers, Money(producers_to_date));
    let run = f.run_rate.as_ref().expect("run-rate");
    // Six months to date, six to go: the run-rate doubles each part.
    assert_eq!(run.actual, Money(2 * to_date));
    assert_eq!(run.actual_producers, Money(2 * producers_to_date));
    for case in [run, f.estimate.as_ref().expect("estimate")] {
        let direct = commercial::settle(
            &f.plan,
            &Actuals { actual: case.actual, actual_producers: Some(case.actual_producers), kra_score: None },
        )
        .unwrap();
        assert_eq!(case.settlement, direct);
        // The same figures as settling with the KRA score it arrived at.
        let given = commercial::settle(
            &plan,
            &Actuals {
                actual: case.actual,
                actual_producers: Some(case.actual_producers),
                kra_score: Some(case.settlement.kra.score),
            },
        )
        .unwrap();
        assert_eq!(given.lines().cloned().collect::<Vec<_>>(), case.settlement.lines().cloned().collect::<Vec<_>>());
        assert_eq!(given.owners_outlay, case.settlement.owners_outlay);
    }
    let est = f.estimate.unwrap();
    assert_eq!(est.rest, Money(90_000_000));
    assert_eq!(est.actual, Money(to_date + 90_000_000));
    // Near miss: costs of a period not yet ended by the date are not counted.
    let early = forecast(&plan, &k, NaiveDate::from_ymd_opt(2027, 6, 29).unwrap()).unwrap();
    assert_eq!(early.latest, Some(Period::Month(2027, 5)));
    assert_eq!(early.months_elapsed, 5);
}

#[test]
fn the_forecast_scores_the_latest_measured_values() {
    let mut plan = reported();
    let m = plan.budget.metrics[1].clone(); // activation rate, levels 30/40/50
    let set = |period, unemployed, in_services| Edit::SetMeasurement {
        metric: m.id,
        area: None,
        period,
        actual: Some(Actual::ActivationRate { unemployed, in_services }),
    };
    plan.apply(&set(Period::Month(2027, 5), 60, 40)).unwrap(); // 40 % → 0
    plan.apply(&set(Period::Month(2027, 6), 50, 50)).unwrap(); // 50 % → +1
    let k = kpis(&plan);
    let june = forecast(&plan, &k, NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()).unwrap();
    let may = forecast(&plan, &k, NaiveDate::from_ymd_opt(2027, 6, 29).unwrap()).unwrap();
    let score = |f: &Forecast| f.run_rate.as_ref().unwrap().settlement.kra.metrics[1].score_e4;
    assert_eq!(score(&june), 10_000);
    assert_eq!(score(&may), 0);
    assert_eq!(june.plan.budget.metrics[1].actual, Actual::ActivationRate { unemployed: 50, in_services: 50 });
    // The other metrics keep the actuals entered on them.
    assert_eq!(june.plan.budget.metrics[0].actual, plan.budget.metrics[0].actual);
}

#[test]
fn no_costs_no_run_rate_and_no_budget_no_forecast() {
    let plan = worked_example(Bp(5_000));
    let f = forecast(&plan, &kpis(&plan), NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()).unwrap();
    assert!(f.run_rate.is_none() && f.estimate.is_none());
    let empty = Plan::new("tyhjä");
    assert_eq!(forecast(&empty, &kpis(&empty), NaiveDate::MIN).unwrap_err(), Error::NoBudget);
}

#[test]
fn the_burn_sums_costs_by_period_and_year_beside_the_budget() {
    let plan = reported();
    let b = burn(&plan).unwrap();
    assert_eq!(b.periods.len(), 6);
    assert_eq!(b.periods.last().unwrap().cumulative, Money::checked_sum(b.periods.iter().map(|p| p.amount)).unwrap());
    assert_eq!(b.years.len(), 1);
    let y = &b.years[0];
    assert_eq!(y.year, 2027);
    assert_eq!(y.budget, commercial::base_estimate(&plan.budget).unwrap());
    assert_eq!(y.actual, b.periods.last().unwrap().cumulative);
    assert_eq!(
        y.parties.iter().map(|p| p.0).collect::<Vec<_>>(),
        plan.parties.iter().map(|p| p.id).collect::<Vec<_>>()
    );
}
