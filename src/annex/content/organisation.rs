//! Annex "Organisation and roles": the parties, the leadership and project teams, the
//! responsibility matrix (landscape), each party's services and resources (from
//! `model::matrix`) with a bar chart, and the open rule findings.

use super::super::flow::{Column, Flow, Row, Table};
use super::super::layout::{Item, Orientation, Rgb, fit_line};
use super::super::{Ctx, Label};
use super::party_label;
use crate::i18n::annex::AnnexLanguage;
use crate::model::matrix::party_totals;
use crate::model::{AllianceRole, Money, ServiceRole};
use crate::rules::Severity;

/// The one-letter code of a service role in the matrix.
fn role_code(role: ServiceRole, lang: AnnexLanguage) -> String {
    let (fi, sv, en) = match role {
        ServiceRole::Accountable => ("J", "A", "A"),
        ServiceRole::Producer => ("T", "P", "P"),
        ServiceRole::Funder => ("R", "F", "F"),
        ServiceRole::ProcurementUnit => ("H", "U", "U"),
        ServiceRole::Consulted => ("K", "S", "C"),
        ServiceRole::Informed => ("I", "I", "I"),
    };
    lang.both(fi, sv, en).replace(" / ", "/")
}

pub fn body(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let plan = ctx.plan;
    f.heading(&ctx.l(Label::Parties), 1);
    let mut parties = Table::new(vec![
        Column::left(ctx.l(Label::Party), 0.30),
        Column::left(ctx.l(Label::PartyKindL), 0.20),
        Column::left(ctx.l(Label::Role), 0.18),
        Column::right(format!("{} / {}", ctx.l(Label::FundingShare), ctx.l(Label::Fee)), 0.16),
        Column::right("AJR", 0.08),
        Column::right(ctx.l(Label::ProjectTeam), 0.08),
    ]);
    for p in &plan.parties {
        let share = match p.role {
            AllianceRole::Owner => t.percent(p.funding_share),
            AllianceRole::Producer => t.money(p.fee),
            _ => "–".to_string(),
        };
        parties.push(vec![
            p.name.clone(),
            t.named(&p.kind),
            t.named(&p.role),
            share,
            p.leadership_seats.to_string(),
            p.project_seats.to_string(),
        ]);
    }
    f.table(&parties);
    for (label, seats) in [
        (Label::LeadershipTeam, &(|p: &crate::model::Party| p.leadership_seats) as &dyn Fn(&crate::model::Party) -> u8),
        (Label::ProjectTeam, &|p: &crate::model::Party| p.project_seats),
    ] {
        f.heading(&ctx.l(label), 2);
        let mut team = Table::new(vec![
            Column::left(ctx.l(Label::Party), 0.40),
            Column::right(ctx.l(Label::Seats), 0.12),
            Column::left(ctx.l(Label::Contact), 0.48),
        ]);
        for p in plan.parties.iter().filter(|p| seats(p) > 0) {
            let who = [p.contact.name.trim(), p.contact.title.trim()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            team.push(vec![p.name.clone(), seats(p).to_string(), who]);
        }
        if team.rows.is_empty() {
            f.paragraph(&ctx.l(Label::None_));
        } else {
            f.table(&team);
        }
    }

    matrix(f, ctx);
    resources(f, ctx);
    findings(f, ctx);
}

/// Services × parties with role codes, on landscape pages.
fn matrix(f: &mut Flow, ctx: &Ctx) {
    let plan = ctx.plan;
    if plan.services.is_empty() || plan.parties.is_empty() {
        return;
    }
    f.orientation(Orientation::Landscape);
    f.heading(&ctx.l(Label::Matrix), 1);
    let n = plan.parties.len() as f32;
    let mut cols = vec![Column::left(ctx.l(Label::Service), 0.26)];
    cols.extend(plan.parties.iter().map(|p| Column::center(p.label(), 0.74 / n)));
    let mut table = Table::new(cols);
    for s in &plan.services {
        let mut row = vec![s.name.clone()];
        row.extend(plan.parties.iter().map(|p| s.cell(p.id).map(|c| role_code(c.role, ctx.t)).unwrap_or_default()));
        table.push(row);
    }
    f.table(&table);
    f.note(&ctx.l(Label::MatrixLegend));
}

/// Each party's services and resources, a bar per party and the lines in a table.
fn resources(f: &mut Flow, ctx: &Ctx) {
    let t = ctx.t;
    let plan = ctx.plan;
    let totals: Vec<_> = party_totals(plan).into_iter().filter(|s| !s.lines.is_empty()).collect();
    if totals.is_empty() {
        return;
    }
    f.orientation(Orientation::Portrait);
    f.heading(&ctx.l(Label::PartyResources), 1);
    // Bars of euros per year.
    let width = f.width();
    let max = totals.iter().filter_map(|s| s.euros_per_year).map(|m| m.cents()).max().unwrap_or(0).max(1);
    let (label_w, value_w, bar_h) = (170.0, 90.0, 12.0);
    let mut items = Vec::new();
    let mut y = 0.0;
    for s in &totals {
        let (size, name) = fit_line(ctx.fonts, &party_label(ctx, s.party), 8.0, false, label_w - 4.0);
        items.push(Item::text(0.0, y + bar_h - 3.0, size, false, Rgb::TEXT, name));
        let euros = s.euros_per_year.unwrap_or(Money::ZERO);
        let w = (euros.cents().max(0) as f32 / max as f32) * (width - label_w - value_w);
        items.push(Item::fill(label_w, y + 1.5, w.max(0.5), bar_h - 3.0, Rgb(70, 110, 180)));
        let value = s.euros_per_year.map(|m| t.money(m)).unwrap_or_else(|| "–".to_string());
        let vw = ctx.fonts.width(&value, 8.0, false);
        items.push(Item::text(width - vw, y + bar_h - 3.0, 8.0, false, Rgb::TEXT, value));
        y += bar_h + 2.0;
    }
    f.drawing(y, items);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Party), 0.24),
        Column::left(ctx.l(Label::Service), 0.30),
        Column::left(ctx.l(Label::Role), 0.18),
        Column::right(ctx.l(Label::EurosPerYear), 0.17),
        Column::right(ctx.l(Label::PersonYears), 0.11),
    ]);
    table.group = Some((0, ctx.l(Label::Continued)));
    for s in &totals {
        let name = party_label(ctx, s.party);
        for (i, l) in s.lines.iter().enumerate() {
            let service = plan.service(l.service).map(|x| x.name.clone()).unwrap_or_else(|| l.service.to_string());
            table.push(vec![
                if i == 0 { name.clone() } else { String::new() },
                service,
                t.named(&l.role),
                t.money(l.euros_per_year),
                t.decimal(l.person_years),
            ]);
        }
        table.rows.push(Row::bold(vec![
            String::new(),
            ctx.l(Label::Total),
            String::new(),
            s.euros_per_year.map(|m| t.money(m)).unwrap_or_else(|| "–".to_string()),
            s.person_years.map(|d| t.decimal(d)).unwrap_or_else(|| "–".to_string()),
        ]));
    }
    f.table(&table);
}

/// The open findings of `rules::check`.
fn findings(f: &mut Flow, ctx: &Ctx) {
    f.heading(&ctx.l(Label::Findings), 1);
    if ctx.findings.is_empty() {
        f.paragraph(&ctx.l(Label::NoFindings));
        return;
    }
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Severity), 0.12),
        Column::left(ctx.l(Label::Code), 0.20),
        Column::left(ctx.l(Label::Message), 0.68),
    ]);
    for x in &ctx.findings {
        let sev = ctx.l(match x.severity {
            Severity::Error => Label::SeverityError,
            Severity::Warning => Label::SeverityWarning,
        });
        let message = match ctx.t {
            AnnexLanguage::FiSv => {
                format!("{}\n{}", x.message(crate::i18n::Language::Fi), x.message(crate::i18n::Language::Sv))
            }
            t => x.message(t.primary()),
        };
        table.push(vec![sev, x.code().to_string(), message]);
    }
    f.table(&table);
}
