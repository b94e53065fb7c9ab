//! The worked example in its service phase, for the follow-up: the Pirkanmaa deck's two rows
//! of activation-rate counts (Tampere's and Punkalaidun's, 8/2017–4/2018) measured as the city's
//! and the county's areas in the months 1–9/2027, nine months of reported costs and an estimate
//! of the rest. Saved as `fixtures/followup-example.ron`.

use crate::model::{Actual, Edit, Money, Period, Plan};

/// Tampere's unemployed and in services, 8/2017–4/2018 (printed rates 16,9 … 34,5).
pub const TAMPERE: [(u64, u64); 9] = [
    (11331, 2308),
    (10898, 2823),
    (10775, 3108),
    (10854, 3471),
    (11522, 3222),
    (11259, 3695),
    (10793, 4166),
    (10237, 4748),
    (9727, 5129),
];

/// Punkalaidun's, the same months (printed rates 41,7 … 84,5).
pub const PUNKALAIDUN: [(u64, u64); 9] =
    [(56, 40), (50, 41), (31, 64), (30, 72), (31, 77), (28, 79), (24, 75), (20, 79), (15, 82)];

pub(super) fn build() -> Plan {
    let mut plan = super::worked_example(crate::model::Bp(5000));
    plan.meta.name = "Laskentaesimerkki 50/50 palveluvaiheessa".into();
    let rate = plan.budget.metrics[1].id;
    let (city, county) = (plan.parties[0].id, plan.parties[1].id);
    let producers: Vec<_> = plan.producers().map(|p| p.id).collect();
    let mut edits = Vec::new();
    let mut period = Period::Month(2027, 1);
    for (i, (t, p)) in TAMPERE.iter().zip(PUNKALAIDUN).enumerate() {
        for (area, (unemployed, in_services)) in [(city, *t), (county, p)] {
            let actual = Some(Actual::ActivationRate { unemployed, in_services });
            edits.push(Edit::SetMeasurement { metric: rate, area: Some(area), period, actual });
        }
        let step = 10_000 * i as i64;
        for (party, amount) in [(city, 3_500_000), (producers[0], 9_000_000), (producers[1], 4_500_000)] {
            let amount = Some(Money(amount + step));
            edits.push(Edit::SetCostActual { party, category: "K1".into(), period, amount });
        }
        period = period.next();
    }
    edits.push(Edit::SetRestEstimate(Some(Money(50_000_000))));
    plan.apply(&Edit::Batch(edits)).expect("the follow-up example's edits apply");
    plan
}
