//! The comparison panel: pick a baseline frozen at a gate and list what changed since, as
//! `crate::baseline::compare` finds it (dates moved, parties and services added or removed,
//! target cost and budget totals, risks opened or closed).

use crate::baseline::{self, Comparison};
use crate::i18n::format;
use crate::i18n::ui::timeline::{self as t, T};
use crate::model::{BaselineId, Plan};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::{column, pick_list};
use iced::{Element, Length};

/// Which baseline is compared (`None`: the last passed gate's).
#[derive(Debug, Clone, Default)]
pub struct State {
    baseline: Option<BaselineId>,
}

#[derive(Debug, Clone)]
pub enum Message {
    BaselineSelected(BaselineId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice {
    id: BaselineId,
    label: String,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl State {
    pub fn update(&mut self, message: Message) {
        match message {
            Message::BaselineSelected(id) => self.baseline = Some(id),
        }
    }

    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let chosen = self.baseline.and_then(|id| baseline::find(plan, id)).or_else(|| baseline::last_passed(plan));
        let Some(b) = chosen else {
            return column![w::h2(T::PanelCompare.get(lang)), w::body(T::NoBaselines.get(lang))]
                .spacing(space::S)
                .into();
        };
        let choices: Vec<Choice> =
            plan.baselines.iter().rev().map(|x| Choice { id: x.id, label: t::baseline_label(x, lang) }).collect();
        let current = choices.iter().find(|c| c.id == b.id).cloned();
        let pick = pick_list(choices, current, |c: Choice| Message::BaselineSelected(c.id))
            .text_size(size::BODY)
            .width(Length::Fill);
        let cmp = baseline::compare(&b.plan, plan);
        column![w::h2(T::PanelCompare.get(lang)), pick, changes(&cmp, lang)].spacing(space::S).into()
    }
}

fn changes<'a>(cmp: &Comparison, lang: crate::i18n::Language) -> Element<'a, Message> {
    if cmp.is_empty() {
        return w::body(T::NoChanges.get(lang)).into();
    }
    let mut col = column![].spacing(space::XS);
    let mut section = |title: T, lines: Vec<String>| {
        if !lines.is_empty() {
            col = std::mem::replace(&mut col, column![]).push(w::h3(title.get(lang)));
            for l in lines {
                col = std::mem::replace(&mut col, column![]).push(w::body(l));
            }
        }
    };
    section(T::DatesMoved, cmp.dates.iter().map(|d| t::date_change(d, lang)).collect());
    let totals: Vec<String> = [(T::TargetCost, cmp.target_cost), (T::BudgetTotal, cmp.budget_total)]
        .into_iter()
        .filter_map(|(label, d)| {
            let d = d?;
            (d.before != d.after).then(|| {
                let change = d.change().map_or_else(String::new, |c| {
                    let sign = if c.cents() > 0 { "+" } else { "" };
                    format!(" ({sign}{})", format::money(c, lang))
                });
                format!(
                    "{}: {} → {}{change}",
                    label.get(lang),
                    format::money(d.before, lang),
                    format::money(d.after, lang)
                )
            })
        })
        .collect();
    section(T::Totals, totals);
    section(T::PartiesAdded, cmp.parties_added.clone());
    section(T::PartiesRemoved, cmp.parties_removed.clone());
    section(T::ServicesAdded, cmp.services_added.clone());
    section(T::ServicesRemoved, cmp.services_removed.clone());
    section(T::RisksOpened, cmp.risks_opened.clone());
    section(T::RisksClosed, cmp.risks_closed.clone());
    col.into()
}
