//! The leadership group's follow-up report of one period as PDF, made with the annexes'
//! machinery (the same page header, flow, tags, metadata and renderer): the KPIs as charts and
//! period tables (`kpi`), the cost burn and the settlement forecast with each party's lines
//! (`money`), and the open risks by band (`risks`). Every figure comes from
//! `crate::followup`, `crate::commercial` and `model::register`; the views only format them.

mod kpi;
mod money;
mod risks;

use super::kpis;
use crate::annex::archive::{DocMeta, Outline};
use crate::annex::flow::Flow;
use crate::annex::font::Fonts;
use crate::annex::layout::{LaidOut, Orientation, Page};
use crate::annex::{AnnexLanguage, Ctx, Label, Options, frame, hyphen, render};
use crate::i18n::Language;
use crate::model::{AllianceRole, Period, Plan};

/// Why a report could not be made: the annexes' errors (the bundled font, the PDF writer),
/// each with a sentence for the user in Finnish, Swedish or English (`Error::message`).
pub use crate::annex::Error;

/// The language a plan's report is printed in by default: its annex languages, Finnish and
/// Swedish together as the bilingual edition, else the first of them (Finnish when none).
pub fn language(plan: &Plan) -> AnnexLanguage {
    let langs = &plan.meta.annex_languages;
    if langs.contains(&Language::Fi) && langs.contains(&Language::Sv) {
        return AnnexLanguage::FiSv;
    }
    match langs.first() {
        Some(Language::Sv) => AnnexLanguage::Sv,
        Some(Language::En) => AnnexLanguage::En,
        _ => AnnexLanguage::Fi,
    }
}

/// The plan as the report of `period` sees it: only the measurements and actual costs of
/// periods that have ended by the period's last day (later rows are left out of every figure).
pub fn as_of(plan: &Plan, period: Period) -> Plan {
    let end = period.end();
    let mut p = plan.clone();
    p.followup.measurements.retain(|m| m.period.end() <= end);
    p.followup.costs.retain(|c| c.period.end() <= end);
    p
}

/// A text made the same way in each language, joined as the edition joins its labels.
fn each(t: AnnexLanguage, make: impl Fn(Language) -> String) -> String {
    t.both(&make(Language::Fi), &make(Language::Sv), &make(Language::En))
}

/// "Seurantaraportti 2027-Q3" in the edition.
pub fn title(period: Period, t: AnnexLanguage) -> String {
    each(t, |l| format!("{} {period}", Label::Report.get(l)))
}

/// The laid-out pages of the report of `period`, dated the period's last day.
pub fn layout(plan: &Plan, period: Period, lang: AnnexLanguage) -> Result<LaidOut, Error> {
    let plan = &as_of(plan, period);
    let date = period.end();
    let mut fonts = Fonts::new()?;
    fonts.hyphenation = hyphen::Hyphenation::for_annex(lang);
    let opts = Options::new(plan, Vec::new(), lang, date);
    let ctx = Ctx { plan, opts: &opts, t: lang, fonts: &fonts, findings: Vec::new() };
    let t = lang;
    let mut f = Flow::new(&fonts, 0, Orientation::Portrait);
    let title = title(period, t);
    // The bilingual title breaks between its languages, never inside the period.
    f.heading(&title.replace(" / ", " /\n"), 0);
    let agreement = format!("{} – {}", ctx.l(Label::ServiceAgreement), ctx.alliance());
    f.key_values(vec![
        (ctx.l(Label::AgreementLabel), agreement),
        (ctx.l(Label::ReportPeriod), format!("{period} ({}–{})", t.date(period.start()), t.date(period.end()))),
        (ctx.l(Label::AsOf), t.date(date)),
        (
            ctx.l(Label::Status),
            format!("{}, {} {}", t.named(&opts.status), ctx.l(Label::Version).to_lowercase(), opts.version),
        ),
    ]);
    f.paragraph(&ctx.l(Label::ReportWords));
    let kpis = kpis(plan);
    kpi::section(&mut f, &ctx, &kpis);
    money::burn(&mut f, &ctx);
    money::forecast(&mut f, &ctx, &kpis, date);
    risks::section(&mut f, &ctx);
    let mut pages = f.pages;
    let total = pages.len();
    let middle = each(t, |l| format!("{} {period}", Label::ReportUpper.get(l)));
    for (i, p) in pages.iter_mut().enumerate() {
        frame::header_titled(p, &ctx, middle.clone(), i + 1, total);
    }
    let doc_title = format!("{} – {title}", ctx.alliance());
    let meta = doc_meta(&ctx, &doc_title, &pages);
    Ok(LaidOut { title: doc_title, date, pages, meta })
}

/// The author (the first owner, else the alliance), subject, language and outline (the report,
/// its sections under it).
fn doc_meta(ctx: &Ctx, title: &str, pages: &[Page]) -> DocMeta {
    let author = ctx
        .plan
        .parties
        .iter()
        .find(|p| p.role == AllianceRole::Owner)
        .map_or_else(|| ctx.alliance().to_string(), |p| p.name.clone());
    let children = pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.sections.iter().map(move |s| Outline {
                title: s.title.clone(),
                page: i,
                top: Some(p.orientation.height() - s.y),
                children: Vec::new(),
            })
        })
        .collect();
    DocMeta {
        author,
        subject: title.to_string(),
        lang: crate::annex::pdf_lang(ctx.t),
        outline: vec![Outline { title: title.to_string(), page: 0, top: None, children }],
    }
}

/// The follow-up report of `period` as PDF bytes: the plan's measurements and actual costs of
/// periods ended by the period's last day, the forecast as of that day, printed in `lang`
/// (`language(plan)` for the plan's own annex languages). The same plan, period and language
/// give the same bytes. The window and `allianssi report` call this.
pub fn report(plan: &Plan, period: Period, lang: AnnexLanguage) -> Result<Vec<u8>, Error> {
    render::render(layout(plan, period, lang)?)
}

/// Writes the report to a file with the one atomic writer; returns the bytes written.
pub fn write(plan: &Plan, period: Period, lang: AnnexLanguage, path: &std::path::Path) -> Result<usize, Error> {
    let bytes = report(plan, period, lang)?;
    crate::storage::write_bytes_atomic(path, &bytes)
        .map_err(|e| Error::Write { path: path.display().to_string(), reason: e.to_string() })?;
    Ok(bytes.len())
}
