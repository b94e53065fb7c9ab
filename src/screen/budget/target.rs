//! The target-cost panel: base estimate + risk reserve (by rule) = TAK, the producers' fee (fixed
//! per producer or a percentage split by producer, inside or outside TAK), the gain and pain
//! sharing with caps and the combined cap, and the owners' funding shares.

use super::{Field, Message, RuleKind, State};
use crate::analysis::Analysis;
use crate::commercial::{self, TargetCost};
use crate::i18n::format;
use crate::i18n::ui::budget::T;
use crate::i18n::{Language, ui::Text};
use crate::model::{Bp, Cap, Edit, FeeRule, Money, Party, Plan, ReserveRule};
use crate::screen::Context;
use crate::theme::{size, space};
use crate::widget::{self as w, Labeled};
use iced::widget::{checkbox, column, pick_list, row, text};
use iced::{Alignment, Element, Length};

/// The edit of a rule or switch message; other messages are handed back.
pub fn edit(message: Message, plan: &Plan) -> Result<Option<Edit>, Message> {
    let b = &plan.budget;
    let cap = |kind: RuleKind, old: Cap| match kind {
        RuleKind::CapFee => Cap::EqualToFee,
        RuleKind::CapNone => Cap::Unlimited,
        _ => match old {
            Cap::Amount(m) => Cap::Amount(m),
            _ => Cap::Amount(commercial::target_cost(plan).map_or(Money::ZERO, |t| t.fee)),
        },
    };
    Ok(match message {
        Message::ReserveRuleSelected(kind) => Some(Edit::SetReserveRule(match (kind, b.reserve) {
            (RuleKind::FlatPercent, r @ ReserveRule::FlatPercent(_)) | (RuleKind::Fixed, r @ ReserveRule::Fixed(_)) => {
                r
            }
            (RuleKind::FlatPercent, _) => ReserveRule::DEFAULT_FLAT,
            (RuleKind::Fixed, _) => {
                ReserveRule::Fixed(commercial::target_cost(plan).map_or(Money::ZERO, |t| t.reserve))
            }
            _ => ReserveRule::FromRegister,
        })),
        Message::FeeRuleSelected(kind) => Some(Edit::SetFeeRule(match (kind, b.fee) {
            (RuleKind::FeePercent, f @ FeeRule::PercentOfTarget(_)) => f,
            (RuleKind::FeePercent, _) => FeeRule::DEFAULT_PERCENT,
            _ => FeeRule::FixedPerProducer,
        })),
        Message::FeeInsideToggled(on) => Some(Edit::SetFeeInsideTarget(on)),
        Message::GainCapSelected(kind) => {
            let mut s = b.sharing;
            s.gain_cap = cap(kind, s.gain_cap);
            Some(Edit::SetSharing(s))
        }
        Message::PainCapSelected(kind) => {
            let mut s = b.sharing;
            s.pain_cap = cap(kind, s.pain_cap);
            Some(Edit::SetSharing(s))
        }
        Message::CombinedCapToggled(on) => {
            let mut s = b.sharing;
            s.combined_cap = on;
            Some(Edit::SetSharing(s))
        }
        other => return Err(other),
    })
}

fn money_or_error(r: Result<Money, commercial::Error>, lang: Language) -> String {
    r.map_or_else(|e| e.message(lang), |m| format::money(m, lang))
}

/// The strip at the top of the screen: base estimate, reserve, TAK and fee.
pub fn summary<'a>(analysis: &Analysis, lang: Language) -> Element<'a, Message> {
    let item = |label: T, value: String| {
        column![w::muted(label.get(lang)), text(value).font(crate::theme::BOLD).size(size::BODY)].spacing(2)
    };
    match &analysis.target {
        Ok(t) => row![
            item(T::BaseEstimate, format::money(t.base, lang)),
            item(T::Reserve, format::money(t.reserve, lang)),
            item(T::Tak, format::money(t.target_cost, lang)),
            item(T::Fee, format::money(t.fee, lang)),
        ]
        .spacing(space::XL)
        .into(),
        Err(e) => w::body(e.message(lang)).into(),
    }
}

fn labeled(kind: RuleKind, lang: Language) -> Labeled<RuleKind> {
    let label = match kind {
        RuleKind::FromRegister => T::ReserveFromRegister,
        RuleKind::FlatPercent => T::ReserveFlatPercent,
        RuleKind::Fixed => T::ReserveFixed,
        RuleKind::FeePerProducer => T::FeePerProducer,
        RuleKind::FeePercent => T::FeePercentOfTarget,
        RuleKind::CapFee => T::CapEqualToFee,
        RuleKind::CapAmount => T::CapAmount,
        RuleKind::CapNone => T::CapNone,
    };
    Labeled { value: kind, label: label.get(lang) }
}

fn picker<'a>(
    kinds: &[RuleKind],
    selected: RuleKind,
    lang: Language,
    editable: bool,
    on: fn(RuleKind) -> Message,
) -> Element<'a, Message> {
    let options: Vec<_> = kinds.iter().map(|&k| labeled(k, lang)).collect();
    if !editable {
        return w::body(labeled(selected, lang).label).into();
    }
    pick_list(options, Some(labeled(selected, lang)), move |l: Labeled<RuleKind>| on(l.value))
        .text_size(size::SMALL)
        .padding(space::XS)
        .width(Length::Fixed(300.0))
        .into()
}

/// A label on the left, the controls and the value on the right.
fn fact<'a>(label: impl Into<String>, controls: Element<'a, Message>, value: String) -> Element<'a, Message> {
    row![
        w::body(label.into()).width(Length::Fixed(300.0)),
        controls,
        iced::widget::space::horizontal(),
        w::body(value).width(Length::Fixed(180.0)).align_x(iced::alignment::Horizontal::Right),
    ]
    .spacing(space::M)
    .align_y(Alignment::Center)
    .into()
}

fn cap_kind(cap: Cap) -> RuleKind {
    match cap {
        Cap::EqualToFee => RuleKind::CapFee,
        Cap::Amount(_) => RuleKind::CapAmount,
        Cap::Unlimited => RuleKind::CapNone,
    }
}

/// Height of a producer's or an owner's row in the target-cost panel.
const PARTY_ROW: f32 = 38.0;

/// More parties than this are listed in a scrolled list of their own, building only the rows
/// in sight.
const PARTY_ROWS_SHOWN: usize = 10;

/// The rows of the producers or the owners: all of them when they are few, otherwise a list of
/// `PARTY_ROWS_SHOWN` rows' height that builds only the rows in sight.
fn party_list<'a>(
    list: &'a w::VirtualList,
    id: &'static str,
    n: usize,
    row: impl Fn(usize) -> Element<'a, Message>,
    on_scroll: fn(iced::widget::scrollable::Viewport) -> Message,
) -> Element<'a, Message> {
    let sized = |i: usize| -> Element<'a, Message> {
        iced::widget::container(row(i)).height(Length::Fixed(PARTY_ROW)).align_y(Alignment::Center).into()
    };
    if n <= PARTY_ROWS_SHOWN {
        return column((0..n).map(sized)).into();
    }
    list.view_in(PARTY_ROW * PARTY_ROWS_SHOWN as f32, (id, n, PARTY_ROW), sized, on_scroll)
}

/// A number field of a party row, without its message (the rows keep one height; the
/// messages are listed under the rows by `errors`).
fn bare<'a>(state: &State, field: Field, plan: &Plan, ctx: &Context, width: f32) -> Element<'a, Message> {
    super::input::number(field, state.shown(field, plan, ctx.lang), None, ctx.editable, width)
}

/// The messages of the party rows' fields that could not be read: "Party: message".
fn errors<'a>(state: &State, which: impl Fn(Field) -> bool, plan: &Plan) -> Vec<Element<'a, Message>> {
    state
        .errors(which)
        .map(|(f, e)| {
            let party = match f {
                Field::ProducerFee(id) | Field::OwnerShare(id) => plan.party(id).map_or("", |p| p.label()),
                _ => "",
            };
            w::colored(format!("{party}: {e}"), |t: &iced::Theme| t.extended_palette().danger.base.color)
                .size(size::SMALL)
                .into()
        })
        .collect()
}

/// The target-cost panel.
pub fn view<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let b = &plan.budget;
    let editable = ctx.editable;
    let target: &Result<TargetCost, _> = &ctx.analysis.target;
    let tv = |f: fn(&TargetCost) -> Money| money_or_error(target.as_ref().map(f).map_err(Clone::clone), lang);
    let none = || -> Element<'a, Message> { row![].into() };

    let (reserve_kind, reserve_value): (RuleKind, Element<'a, Message>) = match b.reserve {
        ReserveRule::FromRegister => (RuleKind::FromRegister, w::muted(T::ReserveRegisterHint.get(lang)).into()),
        ReserveRule::FlatPercent(_) => (RuleKind::FlatPercent, state.number(Field::ReserveValue, plan, ctx, 80.0)),
        ReserveRule::Fixed(_) => (RuleKind::Fixed, state.number(Field::ReserveValue, plan, ctx, 140.0)),
    };
    let reserve_pick = picker(
        &[RuleKind::FromRegister, RuleKind::FlatPercent, RuleKind::Fixed],
        reserve_kind,
        lang,
        editable,
        Message::ReserveRuleSelected,
    );
    let tak = column![
        w::h2(T::SectionTarget.get(lang)),
        fact(T::BaseEstimate.get(lang), none(), tv(|t| t.base)),
        fact(
            T::Reserve.get(lang),
            row![reserve_pick, reserve_value].spacing(space::S).align_y(Alignment::Center).into(),
            tv(|t| t.reserve)
        ),
        fact(
            T::Tak.get(lang),
            w::muted(if b.fee_inside_target { T::TakWithFee.get(lang) } else { T::TakFormula.get(lang) }).into(),
            tv(|t| t.target_cost)
        ),
    ]
    .spacing(space::S);

    let fee_kind = match b.fee {
        FeeRule::FixedPerProducer => RuleKind::FeePerProducer,
        FeeRule::PercentOfTarget(_) => RuleKind::FeePercent,
    };
    let fee_pick =
        picker(&[RuleKind::FeePerProducer, RuleKind::FeePercent], fee_kind, lang, editable, Message::FeeRuleSelected);
    let fee_percent =
        if fee_kind == RuleKind::FeePercent { state.number(Field::FeePercent, plan, ctx, 80.0) } else { none() };
    let mut fee = column![
        w::h2(T::Fee.get(lang)),
        fact(
            T::FeeRule.get(lang),
            row![fee_pick, fee_percent].spacing(space::S).align_y(Alignment::Center).into(),
            tv(|t| t.fee)
        ),
    ]
    .spacing(space::S);
    let entered = if fee_kind == RuleKind::FeePercent { T::FeeWeight } else { T::FeeEntered };
    let producers: Vec<&Party> = plan.producers().collect();
    let settled = target.as_ref().ok();
    let fee_row = |i: usize| -> Element<'a, Message> {
        let p = producers[i];
        let fee = settled.and_then(|t| t.fees.get(i)).filter(|f| f.party == p.id).map(|f| f.amount);
        fact(
            format!("  {}", p.label()),
            row![w::muted(entered.get(lang)), bare(state, Field::ProducerFee(p.id), plan, ctx, 140.0)]
                .spacing(space::S)
                .align_y(Alignment::Center)
                .into(),
            fee.map_or_else(String::new, |m| format::money(m, lang)),
        )
    };
    fee = fee.push(party_list(&state.fees, "budget-fees", producers.len(), fee_row, Message::FeesScrolled));
    fee = fee.extend(errors(state, |f| matches!(f, Field::ProducerFee(_)), plan));
    if plan.producers().next().is_none() {
        fee = fee.push(w::muted(T::NoProducers.get(lang)));
    }
    fee = fee.push(
        checkbox(b.fee_inside_target)
            .label(T::FeeInside.get(lang))
            .on_toggle_maybe(editable.then_some(Message::FeeInsideToggled))
            .text_size(size::BODY),
    );

    let s = &b.sharing;
    let settled_caps = ctx.analysis.at_target.as_ref().ok();
    let cap_value = |c: Option<Option<Money>>| match c {
        Some(Some(m)) => format::money(m, lang),
        Some(None) => T::CapNone.get(lang).to_string(),
        None => String::new(),
    };
    let cap_controls = |field: Field, cap: Cap, on: fn(RuleKind) -> Message| -> Element<'a, Message> {
        let kinds = [RuleKind::CapFee, RuleKind::CapAmount, RuleKind::CapNone];
        let amount = if matches!(cap, Cap::Amount(_)) { state.number(field, plan, ctx, 140.0) } else { none() };
        row![picker(&kinds, cap_kind(cap), lang, editable, on), amount]
            .spacing(space::S)
            .align_y(Alignment::Center)
            .into()
    };
    let sharing = column![
        w::h2(Text::Sharing.get(lang)),
        fact(
            Text::GainShare.get(lang),
            state.number(Field::GainShare, plan, ctx, 80.0),
            format::percent(s.gain_share, lang)
        ),
        fact(
            Text::PainShare.get(lang),
            state.number(Field::PainShare, plan, ctx, 80.0),
            format::percent(s.pain_share, lang)
        ),
        fact(
            Text::GainCap.get(lang),
            cap_controls(Field::GainCap, s.gain_cap, Message::GainCapSelected),
            cap_value(settled_caps.as_ref().map(|x| x.gain_cap))
        ),
        fact(
            Text::PainCap.get(lang),
            cap_controls(Field::PainCap, s.pain_cap, Message::PainCapSelected),
            cap_value(settled_caps.as_ref().map(|x| x.pain_cap))
        ),
        checkbox(s.combined_cap)
            .label(T::CombinedCap.get(lang))
            .on_toggle_maybe(editable.then_some(Message::CombinedCapToggled))
            .text_size(size::BODY),
    ]
    .spacing(space::S);

    let mut owners = column![w::h2(T::FundingShares.get(lang))].spacing(space::S);
    let owner_list: Vec<&Party> = plan.owners().collect();
    let share_row = |i: usize| -> Element<'a, Message> {
        let p = owner_list[i];
        let budget = ctx
            .analysis
            .party_budget(p.id)
            .map_or_else(|| Text::Overflow.get(lang).to_string(), |m| format::money(m, lang));
        fact(
            p.label(),
            row![
                bare(state, Field::OwnerShare(p.id), plan, ctx, 80.0),
                w::muted("%"),
                w::muted(format!("{} {budget}", T::OwnBudget.get(lang)))
            ]
            .spacing(space::S)
            .align_y(Alignment::Center)
            .into(),
            format::percent(p.funding_share, lang),
        )
    };
    owners =
        owners.push(party_list(&state.shares, "budget-shares", owner_list.len(), share_row, Message::SharesScrolled));
    owners = owners.extend(errors(state, |f| matches!(f, Field::OwnerShare(_)), plan));
    let sum = ctx.analysis.owner_shares;
    let sum_text = format!("{} {}", T::SharesSum.get(lang), format::percent(sum, lang));
    owners = owners.push(if sum == Bp::percent(100) {
        w::muted(sum_text)
    } else {
        w::colored(format!("{sum_text} – {}", T::SharesNot100.get(lang)), |t: &iced::Theme| {
            t.extended_palette().danger.base.color
        })
    });

    column![w::card(tak), w::card(fee), w::card(sharing), w::card(owners)].spacing(space::L).into()
}
