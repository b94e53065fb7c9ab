//! The generated plan's follow-up (`GenerateOptions::months`): for each month from the start of
//! the service phase, each metric measured in the host and every other municipality (activation
//! rates and NPS as counts, the others as the whole alliance's value), and each party with a
//! budget reporting its month's cost of its largest category, near a twelfth of its year's budget.

use super::{Gen, Parties};
use crate::model::{Actual, Decimal, Money, PartyId, Period};
use std::collections::HashMap;

impl Gen {
    pub(super) fn followup(&mut self, p: &Parties, months: usize) {
        if months == 0 {
            return;
        }
        let first = self.service_years().first().copied().unwrap_or(2028);
        let periods: Vec<Period> =
            std::iter::successors(Some(Period::Month(first, 1)), |m| Some(m.next())).take(months).collect();
        let areas: Vec<PartyId> = std::iter::once(p.host).chain(p.municipalities.iter().copied()).collect();
        let metrics: Vec<(crate::model::MetricId, String, Decimal)> =
            self.plan.budget.metrics.iter().map(|m| (m.id, m.name.clone(), m.target)).collect();
        let f = &mut self.plan.followup;
        for (id, name, target) in metrics {
            for (i, &period) in periods.iter().enumerate() {
                let growth = i as u64;
                if name == "Aktivointiaste" || name.contains("NPS") {
                    for &area in &areas {
                        let r = &mut self.rng;
                        let actual = if name.contains("NPS") {
                            Actual::Nps {
                                promoters: r.u64(20..80) + growth,
                                passives: r.u64(10..40),
                                detractors: r.u64(5..40),
                            }
                        } else {
                            Actual::ActivationRate {
                                unemployed: r.u64(200..4_000).saturating_sub(growth * 10),
                                in_services: r.u64(100..1_500) + growth * 5,
                            }
                        };
                        f.measurements.push(crate::model::Measurement { metric: id, area: Some(area), period, actual });
                    }
                } else {
                    let spread = self.rng.i64(-20..=20);
                    let value = Decimal::from_raw(target.raw() + target.raw() / 100 * spread);
                    f.measurements.push(crate::model::Measurement {
                        metric: id,
                        area: None,
                        period,
                        actual: Actual::Value(value),
                    });
                }
            }
        }
        // Each party's yearly budget and its largest category.
        let mut budgets: HashMap<(PartyId, i32), i64> = HashMap::new();
        let mut largest: HashMap<PartyId, (i64, String)> = HashMap::new();
        for l in self.plan.budget.cost_lines.iter() {
            *budgets.entry((l.party, l.year)).or_default() += l.amount.cents();
            let e = largest.entry(l.party).or_insert((0, l.category.clone()));
            if l.amount.cents() > e.0 {
                *e = (l.amount.cents(), l.category.clone());
            }
        }
        for &party in &p.budgets {
            let Some((_, category)) = largest.get(&party).cloned() else { continue };
            for &period in &periods {
                let year = budgets.get(&(party, period.year())).copied().unwrap_or(0);
                let share = self.rng.i64(90..=115);
                let amount = Money(year / 12 * share / 100);
                self.plan.followup.costs.push(crate::model::CostActual {
                    party,
                    category: category.clone(),
                    period,
                    amount,
                });
            }
        }
        let _ = self.plan.followup.normalise();
    }
}
