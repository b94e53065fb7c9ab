//! What every annex shares: the page header (alliance, "ALLIANSSISOPIMUS – LIITE n", status and
//! version, "x (y)"; date and record number), the first page's title, agreement, phase and
//! parties, the last page's replaced version, approvals and version history, and the contents
//! page of a document of several annexes.

use super::flow::{BODY, Column, Flow, Table};
use super::layout::{Item, MARGIN_X, Page, Rgb, Role, fit, fit_lines, fit_sparing};
use super::{Ctx, Label, Part, number, title};
use crate::model::{AllianceRole, AnnexKind, Party, PhaseKind, PhaseState};

const HEAD_SIZE: f32 = 8.5;

/// Draws the header of a page: page `n` of `total` of its part.
pub fn header(page: &mut Page, ctx: &Ctx, part: &Part, n: usize, total: usize) {
    let t = ctx.t;
    let agreement = match part.annex {
        Some(kind) => {
            let num = number(ctx.plan, kind);
            t.both(
                &format!(
                    "{} – {}\u{a0}{num}",
                    Label::Agreement.get(crate::i18n::Language::Fi),
                    Label::AnnexUpper.get(crate::i18n::Language::Fi)
                ),
                &format!(
                    "{} – {}\u{a0}{num}",
                    Label::Agreement.get(crate::i18n::Language::Sv),
                    Label::AnnexUpper.get(crate::i18n::Language::Sv)
                ),
                &format!(
                    "{} – {}\u{a0}{num}",
                    Label::Agreement.get(crate::i18n::Language::En),
                    Label::AnnexUpper.get(crate::i18n::Language::En)
                ),
            )
        }
        None => t.both(
            &format!(
                "{} – {}",
                Label::Agreement.get(crate::i18n::Language::Fi),
                Label::AnnexesUpper.get(crate::i18n::Language::Fi)
            ),
            &format!(
                "{} – {}",
                Label::Agreement.get(crate::i18n::Language::Sv),
                Label::AnnexesUpper.get(crate::i18n::Language::Sv)
            ),
            &format!(
                "{} – {}",
                Label::Agreement.get(crate::i18n::Language::En),
                Label::AnnexesUpper.get(crate::i18n::Language::En)
            ),
        ),
    };
    header_titled(page, ctx, agreement, n, total);
}

/// Draws the header of a page with `middle` in the second slot (where an annex names its
/// agreement and number): the same header for documents that are not annexes.
pub fn header_titled(page: &mut Page, ctx: &Ctx, middle: String, n: usize, total: usize) {
    let w = page.orientation.body_width();
    let t = ctx.t;
    let status = format!("{} {}", t.named(&ctx.opts.status).to_uppercase(), ctx.opts.version);
    let pages = format!("{n} ({total})");
    // Slots of the first line: alliance | agreement – annex | status and version | page.
    let slots =
        [(0.0, 0.34, true, ctx.alliance().to_string()), (0.36, 0.36, true, middle), (0.74, 0.16, false, status)];
    let mut items = Vec::new();
    let top = 30.0;
    let mut lowest: f32 = top;
    for (x, sw, bold, text) in slots {
        // Up to three lines: text is never set under 8 pt, so a long name wraps instead.
        let (size, lines) = fit_lines(ctx.fonts, &text, HEAD_SIZE, bold, sw * w, 3);
        for (i, l) in lines.iter().enumerate() {
            let y = top + (i + 1) as f32 * size * 1.25;
            lowest = lowest.max(y);
            items.push(Item::text(MARGIN_X + x * w, y, size, bold, Rgb::TEXT, l.clone()));
        }
    }
    let pw = ctx.fonts.width(&pages, HEAD_SIZE, true);
    items.push(Item::text(MARGIN_X + w - pw, top + HEAD_SIZE * 1.25, HEAD_SIZE, true, Rgb::TEXT, pages));
    // Second line: date and record number.
    let y2 = lowest + HEAD_SIZE * 1.4;
    items.push(Item::text(MARGIN_X, y2, HEAD_SIZE, false, Rgb::MUTED, t.date(ctx.opts.date)));
    let record = &ctx.plan.meta.record_number;
    if !record.trim().is_empty() {
        let text = format!("{} {}", ctx.l(Label::Record), record.trim());
        let (size, lines) = fit(ctx.fonts, &text, HEAD_SIZE, false, 0.62 * w);
        if let Some(l) = lines.first() {
            items.push(Item::text(MARGIN_X + 0.36 * w, y2, size, false, Rgb::MUTED, l.clone()));
        }
    }
    items.push(Item::line(MARGIN_X, y2 + 6.0, MARGIN_X + w, y2 + 6.0, 0.8, Rgb::ACCENT));
    // The header is page furniture, not read out as part of the annex.
    page.items.splice(0..0, items.into_iter().map(|i| i.tagged(Role::Artifact, 0)));
}

/// The phase the plan is in on the export date.
fn current_phase(ctx: &Ctx) -> PhaseKind {
    let date = ctx.opts.date;
    let states: Vec<(PhaseKind, PhaseState)> = ctx.plan.phases.iter().map(|p| (p.kind, p.state(date))).collect();
    if let Some((k, _)) = states.iter().find(|(_, s)| *s == PhaseState::InProgress) {
        return *k;
    }
    states
        .iter()
        .rev()
        .find(|(_, s)| matches!(s, PhaseState::Passed | PhaseState::Exited))
        .map(|(k, _)| PhaseKind::ALL.get(k.number()).copied().unwrap_or(*k))
        .unwrap_or(PhaseKind::Strategy)
}

/// The parties that sign: owners and producers that have not exited.
fn signatories<'a>(ctx: &Ctx<'a>) -> impl Iterator<Item = &'a Party> {
    ctx.plan
        .parties
        .iter()
        .filter(|p| matches!(p.role, AllianceRole::Owner | AllianceRole::Producer) && p.exited_on.is_none())
}

fn contact(p: &Party) -> String {
    let c = &p.contact;
    [c.name.as_str(), c.title.as_str(), c.email.as_str(), c.phone.as_str()]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// The title, the agreement and phase, and the parties block.
pub fn first_page(f: &mut Flow, ctx: &Ctx, kind: AnnexKind) {
    let t = ctx.t;
    let num = number(ctx.plan, kind);
    let heading = t.both(
        &format!("Liite {num} – {}", title(ctx.plan, kind, crate::i18n::annex::AnnexLanguage::Fi)),
        &format!("Bilaga {num} – {}", title(ctx.plan, kind, crate::i18n::annex::AnnexLanguage::Sv)),
        &format!("Annex {num} – {}", title(ctx.plan, kind, crate::i18n::annex::AnnexLanguage::En)),
    );
    f.heading(&heading, 0);
    let phase = current_phase(ctx);
    let agreement = if phase == PhaseKind::Service { Label::ServiceAgreement } else { Label::DevelopmentAgreement };
    let mut kv = vec![
        (ctx.l(Label::AgreementLabel), format!("{} – {}", ctx.l(agreement), ctx.alliance())),
        (ctx.l(Label::Phase), t.named(&phase)),
        (
            ctx.l(Label::Status),
            format!("{}, {} {}", t.named(&ctx.opts.status), ctx.l(Label::Version).to_lowercase(), ctx.opts.version),
        ),
        (ctx.l(Label::Date), t.date(ctx.opts.date)),
    ];
    if !ctx.plan.meta.record_number.trim().is_empty() {
        kv.push((ctx.l(Label::Record), ctx.plan.meta.record_number.trim().to_string()));
    }
    f.key_values(kv);
    f.heading(&ctx.l(Label::Parties), 2);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Party), 0.30),
        Column::left(ctx.l(Label::BusinessId), 0.13),
        Column::left(ctx.l(Label::Role), 0.20),
        Column::left(ctx.l(Label::Contact), 0.37),
    ]);
    for p in &ctx.plan.parties {
        table.push(vec![p.name.clone(), p.business_id.clone(), t.named(&p.role), contact(p)]);
    }
    if table.rows.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        f.table(&table);
    }
}

/// The replaced version, the approvals, the version history and the changes since the
/// previous approved version.
pub fn last_page(f: &mut Flow, ctx: &Ctx, kind: AnnexKind) {
    let t = ctx.t;
    f.orientation(super::layout::Orientation::Portrait);
    let meta = &ctx.plan.meta;
    // The approval heading, its sentence and every signature block stay on one page when they
    // fit on one.
    let blocks = if meta.leadership_approval.is_none() { approval_blocks(f, ctx) } else { Vec::new() };
    f.keep_together(APPROVAL_HEAD + blocks.iter().map(|(h, _)| h + 4.0).sum::<f32>());
    f.heading(&ctx.l(Label::Approval), 1);
    if meta.replaces_version.trim().is_empty() {
        f.paragraph(&ctx.l(Label::ReplacesNothing));
    } else {
        f.paragraph(&format!("{} {}.", ctx.l(Label::Replaces), meta.replaces_version.trim()));
    }
    if let Some(a) = &meta.leadership_approval {
        f.paragraph(
            &format!("{} {} {}.", ctx.l(Label::ApprovedAjr), t.date(a.date), a.section.trim()).replace(" .", "."),
        );
    } else {
        for (height, items) in blocks {
            f.drawing(height, items);
        }
    }
    f.heading(&ctx.l(Label::VersionHistory), 2);
    if meta.history.is_empty() {
        f.paragraph(&ctx.l(Label::None_));
    } else {
        let mut table = Table::new(vec![
            Column::left(ctx.l(Label::Version), 0.12),
            Column::left(ctx.l(Label::Date), 0.14),
            Column::left(ctx.l(Label::Author), 0.24),
            Column::left(ctx.l(Label::Changes), 0.50),
        ]);
        for h in &meta.history {
            table.push(vec![h.version.clone(), t.date(h.date), h.author.clone(), h.changes.clone()]);
        }
        f.table(&table);
    }
    super::changes::section(f, ctx, kind);
}

/// The height of the approval heading with the space above it and two lines of text.
const APPROVAL_HEAD: f32 = 60.0;

/// One signature block per signing party, two side by side: each pair's height and drawing.
fn approval_blocks(f: &Flow, ctx: &Ctx) -> Vec<(f32, Vec<Item>)> {
    let parties: Vec<&Party> = signatories(ctx).collect();
    let mut blocks = Vec::new();
    let gap = 18.0;
    let bw = (f.width() - gap) / 2.0;
    let place = ctx.plan.meta.place.trim();
    for pair in parties.chunks(2) {
        let mut items = Vec::new();
        let mut height: f32 = 0.0;
        for (i, p) in pair.iter().enumerate() {
            let x = i as f32 * (bw + gap);
            let (size, name) = fit_sparing(ctx.fonts, &p.name, BODY, true, bw);
            let mut y = 0.0;
            for l in name.iter().take(3) {
                y += size * 1.3;
                items.push(Item::text(x, y, size, true, Rgb::TEXT, l.clone()));
            }
            y += 16.0;
            let place_line = if place.is_empty() {
                ctx.l(Label::PlaceDate)
            } else {
                format!("{}: {place}", ctx.l(Label::PlaceDate))
            };
            y = muted_lines(ctx, &mut items, &place_line, x, y, bw);
            y += 4.0;
            items.push(Item::line(x, y + 12.0, x + bw, y + 12.0, 0.5, Rgb::RULE));
            y += 40.0;
            items.push(Item::line(x, y, x + bw, y, 0.5, Rgb::RULE));
            y += 9.0;
            y = muted_lines(ctx, &mut items, &ctx.l(Label::Signature), x, y, bw);
            let who = [p.contact.name.trim(), p.contact.title.trim()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            y += 16.0;
            let (s2, who_lines) = fit(ctx.fonts, &who, BODY, false, bw);
            for l in who_lines.iter().take(2) {
                items.push(Item::text(x, y, s2, false, Rgb::TEXT, l.clone()));
                y += s2 * 1.3;
            }
            items.push(Item::line(x, y - 6.0, x + bw, y - 6.0, 0.5, Rgb::RULE));
            y += 3.0;
            y = muted_lines(ctx, &mut items, &ctx.l(Label::NameTitle), x, y, bw);
            height = height.max(y + 10.0);
        }
        blocks.push((height, items));
    }
    blocks
}

/// A muted 8-pt label wrapped to the width, its first line at `y`; the y of its last line.
fn muted_lines(ctx: &Ctx, items: &mut Vec<Item>, text: &str, x: f32, y: f32, width: f32) -> f32 {
    let (size, lines) = fit(ctx.fonts, text, 8.0, false, width);
    let mut at = y;
    for (i, l) in lines.into_iter().enumerate() {
        if i > 0 {
            at += size * 1.25;
        }
        items.push(Item::text(x, at, size, false, Rgb::MUTED, l));
    }
    at
}

/// The contents page: each annex with its number, title and pages in this file.
pub fn contents(f: &mut Flow, ctx: &Ctx, ranges: &[(AnnexKind, usize, usize)]) {
    f.heading(&format!("{} – {}", ctx.alliance(), ctx.l(Label::Contents)), 0);
    let mut table = Table::new(vec![
        Column::left(ctx.l(Label::Annex), 0.14),
        Column::left(ctx.l(Label::Title), 0.66),
        Column::right(ctx.l(Label::Pages), 0.20),
    ]);
    for (kind, first, last) in ranges {
        // Each annex numbers its own pages "1 (4)": the contents gives the count, not the
        // places in this file (the outline jumps there).
        table.push(vec![
            number(ctx.plan, *kind).to_string(),
            title(ctx.plan, *kind, ctx.t),
            (last + 1 - first).to_string(),
        ]);
    }
    f.table(&table);
    f.key_values(vec![
        (
            ctx.l(Label::Status),
            format!("{}, {} {}", ctx.t.named(&ctx.opts.status), ctx.l(Label::Version).to_lowercase(), ctx.opts.version),
        ),
        (ctx.l(Label::Date), ctx.t.date(ctx.opts.date)),
    ]);
}
