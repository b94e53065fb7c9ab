//! The number fields of the budget screen: which field, how its plan value is shown for typing
//! ("1 820 000,00", "12,5"), and how typed text becomes an `Edit` or a localized message (the
//! plan is then left as it is).

use super::Message;
use crate::commercial;
use crate::i18n::ui::budget::T;
use crate::i18n::{Language, format};
use crate::model::{
    ActualPart, Bp, Cap, CategoryId, CostLineId, Decimal, Edit, FeeRule, Level, Metric, MetricId, Money, PartValue,
    PartyId, Plan, ReserveRule,
};
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::text_input;
use iced::{Element, Length};

/// A number field of the budget screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    LineYear(CostLineId),
    LineAmount(CostLineId),
    /// The rate of the reimbursable-cost row at this index.
    CategoryRate(CategoryId),
    ReserveValue,
    FeePercent,
    ProducerFee(PartyId),
    OwnerShare(PartyId),
    GainShare,
    PainShare,
    GainCap,
    PainCap,
    KraPool,
    Scenarios,
    MetricLevel(MetricId, Level),
    MetricWeight(MetricId),
    /// One number of the actual value (the value, or a count).
    MetricActual(MetricId, ActualPart),
}

impl Field {
    /// The widget id of the field, for tests and focus.
    pub fn id(self) -> String {
        format!("budget-{self:?}")
    }
}

fn metric(plan: &Plan, id: MetricId) -> Option<&Metric> {
    plan.metric(id)
}

/// The numbers of a metric's actual value, in the order of its fields.
/// The field's value in the plan as it is shown for typing.
pub fn current(field: Field, plan: &Plan, lang: Language) -> String {
    let b = &plan.budget;
    let line = |id| b.cost_lines.iter().find(|c| c.id == id);
    let cap = |c: Cap| match c {
        Cap::Amount(m) => format::money_input(m, lang),
        _ => String::new(),
    };
    match field {
        Field::LineYear(id) => line(id).map_or_else(String::new, |c| c.year.to_string()),
        Field::LineAmount(id) => line(id).map_or_else(String::new, |c| format::money_input(c.amount, lang)),
        Field::CategoryRate(id) => b
            .cost_categories
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.rate)
            .map_or_else(String::new, |m| format::money_input(m, lang)),
        Field::ReserveValue => match b.reserve {
            ReserveRule::FromRegister => String::new(),
            ReserveRule::FlatPercent(bp) => format::percent_input(bp, lang),
            ReserveRule::Fixed(m) => format::money_input(m, lang),
        },
        Field::FeePercent => match b.fee {
            FeeRule::PercentOfTarget(bp) => format::percent_input(bp, lang),
            FeeRule::FixedPerProducer => String::new(),
        },
        Field::ProducerFee(id) => plan.party(id).map_or_else(String::new, |p| format::money_input(p.fee, lang)),
        Field::OwnerShare(id) => {
            plan.party(id).map_or_else(String::new, |p| format::percent_input(p.funding_share, lang))
        }
        Field::GainShare => format::percent_input(b.sharing.gain_share, lang),
        Field::PainShare => format::percent_input(b.sharing.pain_share, lang),
        Field::GainCap => cap(b.sharing.gain_cap),
        Field::PainCap => cap(b.sharing.pain_cap),
        Field::KraPool => format::money_input(b.kra_pool, lang),
        Field::Scenarios => b.scenarios.iter().map(|&s| format::percent_input(s, lang)).collect::<Vec<_>>().join("; "),
        Field::MetricLevel(id, level) => {
            metric(plan, id).map_or_else(String::new, |m| format::decimal_input(m.level(level), lang))
        }
        Field::MetricWeight(id) => metric(plan, id).map_or_else(String::new, |m| format::percent_input(m.weight, lang)),
        Field::MetricActual(id, part) => match metric(plan, id).and_then(|m| m.actual.part(part)) {
            Some(PartValue::Decimal(d)) => format::decimal_input(d, lang),
            Some(PartValue::Count(n)) => n.to_string(),
            None => String::new(),
        },
    }
}

fn euros(text: &str, lang: Language) -> Result<Money, String> {
    commercial::parse_euros(text).map_err(|e| e.message(lang))
}

/// A share from 0 to 100 %.
fn share(text: &str, lang: Language) -> Result<Bp, String> {
    match commercial::parse_percent(text) {
        Ok(bp) if bp.0 <= 10_000 => Ok(bp),
        _ => Err(T::BadShare.with(text, lang)),
    }
}

fn decimal(text: &str, lang: Language) -> Result<Decimal, String> {
    format::read_decimal(text).ok_or_else(|| T::BadNumber.with(text, lang))
}

fn count(text: &str, lang: Language) -> Result<u64, String> {
    format::read_count(text).ok_or_else(|| T::BadCount.with(text, lang))
}

fn missing(lang: Language) -> String {
    T::RowGone.get(lang).to_string()
}

/// The edit that typing `text` into `field` makes, or the message saying why it cannot.
pub fn parse(field: Field, text: &str, plan: &Plan, lang: Language) -> Result<Edit, String> {
    let b = &plan.budget;
    let line = |id| b.cost_lines.iter().find(|c| c.id == id).cloned().ok_or_else(|| missing(lang));
    let party = |id| plan.party(id).cloned().ok_or_else(|| missing(lang));
    let metric = |id| plan.metric(id).cloned().ok_or_else(|| missing(lang));
    let cap = |text: &str| -> Result<Cap, String> { euros(text, lang).map(|m| Cap::Amount(m.max(Money::ZERO))) };
    Ok(match field {
        Field::LineYear(id) => {
            let mut c = line(id)?;
            c.year = text
                .trim()
                .parse()
                .ok()
                .filter(|y| (1900..=2200).contains(y))
                .ok_or_else(|| T::BadYear.with(text, lang))?;
            Edit::UpdateCostLine(Box::new(c))
        }
        Field::LineAmount(id) => {
            let mut c = line(id)?;
            c.amount = euros(text, lang)?;
            Edit::UpdateCostLine(Box::new(c))
        }
        Field::CategoryRate(id) => {
            let mut row = b.cost_categories.iter().find(|c| c.id == id).cloned().ok_or_else(|| missing(lang))?;
            row.rate = if text.trim().is_empty() { None } else { Some(euros(text, lang)?) };
            Edit::UpdateCostCategory(Box::new(row))
        }
        Field::ReserveValue => match b.reserve {
            ReserveRule::FlatPercent(_) => Edit::SetReserveRule(ReserveRule::FlatPercent(share(text, lang)?)),
            ReserveRule::Fixed(_) => Edit::SetReserveRule(ReserveRule::Fixed(euros(text, lang)?)),
            ReserveRule::FromRegister => return Err(missing(lang)),
        },
        Field::FeePercent => Edit::SetFeeRule(FeeRule::PercentOfTarget(share(text, lang)?)),
        Field::ProducerFee(id) => {
            let mut p = party(id)?;
            p.fee = euros(text, lang)?;
            Edit::UpdateParty(Box::new(p))
        }
        Field::OwnerShare(id) => {
            let mut p = party(id)?;
            p.funding_share = share(text, lang)?;
            Edit::UpdateParty(Box::new(p))
        }
        Field::GainShare | Field::PainShare | Field::GainCap | Field::PainCap => {
            let mut s = b.sharing;
            match field {
                Field::GainShare => s.gain_share = share(text, lang)?,
                Field::PainShare => s.pain_share = share(text, lang)?,
                Field::GainCap => s.gain_cap = cap(text)?,
                _ => s.pain_cap = cap(text)?,
            }
            Edit::SetSharing(s)
        }
        Field::KraPool => Edit::SetKraPool(euros(text, lang)?),
        Field::Scenarios => {
            let shares = text
                .split([';', ' ', '\u{a0}'])
                .map(str::trim)
                .filter(|t| !t.is_empty() && *t != "%")
                .map(|t| commercial::parse_percent(t).map_err(|e| e.message(lang)))
                .collect::<Result<Vec<_>, _>>()?;
            if shares.is_empty() || shares.len() > 12 {
                return Err(T::BadScenarios.get(lang).to_string());
            }
            Edit::SetScenarios(shares)
        }
        Field::MetricLevel(id, level) => {
            let mut m = metric(id)?;
            m.set_level(level, decimal(text, lang)?);
            Edit::UpdateMetric(Box::new(m))
        }
        Field::MetricWeight(id) => {
            let mut m = metric(id)?;
            m.weight = share(text, lang)?;
            Edit::UpdateMetric(Box::new(m))
        }
        Field::MetricActual(id, part) => {
            let mut m = metric(id)?;
            let value = if part.is_count() {
                PartValue::Count(count(text, lang)?)
            } else {
                PartValue::Decimal(decimal(text, lang)?)
            };
            m.actual = m.actual.with_part(part, value).ok_or_else(|| missing(lang))?;
            Edit::UpdateMetric(Box::new(m))
        }
    })
}

/// A number field: right-aligned text, its id from the field, and the message under it when the
/// text could not be read.
pub fn number<'a>(
    field: Field,
    value: String,
    error: Option<&str>,
    editable: bool,
    width: f32,
) -> Element<'a, Message> {
    let input = text_input("", &value)
        .id(field.id())
        .on_input_maybe(editable.then_some(move |s| Message::Typed(field, s)))
        .align_x(iced::alignment::Horizontal::Right)
        .size(size::SMALL)
        .padding(space::XS)
        .width(Length::Fixed(width));
    w::with_message(input, error.map(str::to_string), w::Beside::Below, Some(width.max(260.0)))
}
