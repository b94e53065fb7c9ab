//! Contract annexes as PDF (domain guide §7): `layout` builds a pure page model (positioned
//! text, rectangles and lines, see `layout` and `flow`), `render` turns it into PDF bytes with
//! printpdf, the bundled font embedded and subset. `frame` draws what every annex shares (page
//! header, first-page title and parties, last-page approvals and version history); `content`
//! holds the body of each annex. The same plan, options and date give byte-identical PDFs.

pub(crate) mod archive;
mod changes;
pub mod content;
pub mod flow;
pub mod font;
pub mod frame;
pub mod hyphen;
mod icc;
pub mod layout;
pub mod render;
mod tags;

pub use crate::i18n::annex::{AnnexLanguage, Label};
pub use layout::LaidOut;

use crate::i18n::{Key, Language, text, tr};
use crate::model::{AnnexKind, Plan, PlanStatus};
use crate::rules::{self, Finding};
use chrono::NaiveDate;
use font::Fonts;
use layout::{Orientation, Page};

/// Why an annex could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("the bundled font cannot be read")]
    Font,
    #[error("the PDF could not be written")]
    Render,
    #[error("no annex was chosen")]
    NothingChosen,
    #[error("the plan has no annex {0}")]
    NoSuchAnnex(String),
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
}

impl Error {
    /// A sentence for the user that says what to do.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Error::Font => text(lang, Key::AnnexErrorFont).to_string(),
            Error::Render => text(lang, Key::AnnexErrorRender).to_string(),
            Error::NothingChosen => text(lang, Key::AnnexErrorNothingChosen).to_string(),
            Error::NoSuchAnnex(n) => tr(lang, Key::AnnexErrorNoSuchAnnex, &[("annex", n.to_string().into())]),
            Error::Write { path, reason } => tr(
                lang,
                Key::AnnexErrorWrite,
                &[("path", path.to_string().into()), ("reason", reason.to_string().into())],
            ),
        }
    }
}

/// What to print and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The annexes, in the order printed; more than one gets a contents page.
    pub annexes: Vec<AnnexKind>,
    pub lang: AnnexLanguage,
    pub status: PlanStatus,
    pub version: String,
    /// The date on every page and in the metadata.
    pub date: NaiveDate,
    /// Whether the risk register lists closed risks too.
    pub include_closed_risks: bool,
}

impl Options {
    /// The plan's status and version, closed risks left out.
    pub fn new(plan: &Plan, annexes: Vec<AnnexKind>, lang: AnnexLanguage, date: NaiveDate) -> Options {
        Options {
            annexes,
            lang,
            status: plan.meta.status,
            version: plan.meta.version.clone(),
            date,
            include_closed_risks: false,
        }
    }
}

/// The annex's number in this agreement (domain guide §7 defaults when the plan has none).
pub fn number(plan: &Plan, kind: AnnexKind) -> u8 {
    plan.meta
        .annexes
        .iter()
        .find(|a| a.kind == kind)
        .map(|a| a.number)
        .unwrap_or_else(|| AnnexKind::ALL.iter().position(|k| *k == kind).map_or(0, |i| i as u8 + 1))
}

/// The annex's title in the edition: the plan's own title, or the default one.
pub fn title(plan: &Plan, kind: AnnexKind, lang: AnnexLanguage) -> String {
    match plan.meta.annexes.iter().find(|a| a.kind == kind) {
        Some(a) if !a.title.trim().is_empty() => a.title.trim().to_string(),
        _ => lang.named(&kind),
    }
}

/// Every annex, ordered by number.
pub fn all(plan: &Plan) -> Vec<AnnexKind> {
    let mut v = AnnexKind::ALL.to_vec();
    v.sort_by_key(|k| (number(plan, *k), *k));
    v
}

/// The annexes named on the command line: a number, or `all`.
pub fn select(plan: &Plan, which: &str) -> Result<Vec<AnnexKind>, Error> {
    let w = which.trim();
    if w.eq_ignore_ascii_case("all") || w.eq_ignore_ascii_case("kaikki") {
        return Ok(all(plan));
    }
    let n: u8 = w.parse().map_err(|_| Error::NoSuchAnnex(w.to_string()))?;
    AnnexKind::ALL.into_iter().find(|k| number(plan, *k) == n).map(|k| vec![k]).ok_or(Error::NoSuchAnnex(w.to_string()))
}

/// What the pages of one part share: a numbered annex, or the contents page (`None`).
#[derive(Debug, Clone)]
pub struct Part {
    pub annex: Option<AnnexKind>,
}

/// Everything the parts of an annex read.
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub opts: &'a Options,
    pub t: AnnexLanguage,
    pub fonts: &'a Fonts,
    pub findings: Vec<Finding>,
}

impl Ctx<'_> {
    pub fn l(&self, label: Label) -> String {
        self.t.label(label)
    }

    /// The alliance's name as printed.
    pub fn alliance(&self) -> &str {
        let m = &self.plan.meta;
        if m.alliance_name.trim().is_empty() { &m.name } else { &m.alliance_name }
    }
}

/// The PDF title of the document.
fn doc_title(ctx: &Ctx) -> String {
    match ctx.opts.annexes.as_slice() {
        [one] => format!(
            "{} – {} {} – {}",
            ctx.alliance(),
            ctx.l(Label::Annex),
            number(ctx.plan, *one),
            title(ctx.plan, *one, ctx.t)
        ),
        _ => format!("{} – {}", ctx.alliance(), ctx.t.label(Label::AnnexesUpper).to_lowercase()),
    }
}

/// The document language of an edition as the PDF names it: "fi-FI", "sv-FI" or "en".
pub(crate) fn pdf_lang(t: AnnexLanguage) -> &'static str {
    match t {
        AnnexLanguage::Fi | AnnexLanguage::FiSv => "fi-FI",
        AnnexLanguage::Sv => "sv-FI",
        AnnexLanguage::En => "en",
    }
}

/// The PDF's author (the first owner, else the alliance), subject (the annexes' titles),
/// language and outline (each annex at its first page, its sections under it).
fn doc_meta(ctx: &Ctx, ranges: &[(AnnexKind, usize, usize)], pages: &[Page]) -> archive::DocMeta {
    let plan = ctx.plan;
    let author = plan
        .parties
        .iter()
        .find(|p| p.role == crate::model::AllianceRole::Owner)
        .map_or_else(|| ctx.alliance().to_string(), |p| p.name.clone());
    let entry = |k: AnnexKind| format!("{} {} – {}", ctx.l(Label::Annex), number(plan, k), title(plan, k, ctx.t));
    archive::DocMeta {
        author,
        subject: ranges.iter().map(|(k, _, _)| entry(*k)).collect::<Vec<_>>().join("; "),
        lang: pdf_lang(ctx.t),
        outline: ranges
            .iter()
            .map(|(k, first, last)| archive::Outline {
                title: entry(*k),
                page: first - 1,
                top: None,
                children: pages
                    .iter()
                    .enumerate()
                    .take(*last)
                    .skip(first - 1)
                    .flat_map(|(i, p)| {
                        p.sections.iter().map(move |s| archive::Outline {
                            title: s.title.clone(),
                            page: i,
                            top: Some(p.orientation.height() - s.y),
                            children: Vec::new(),
                        })
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The laid-out pages of the chosen annexes, with headers.
pub fn layout(plan: &Plan, opts: &Options) -> Result<LaidOut, Error> {
    if opts.annexes.is_empty() {
        return Err(Error::NothingChosen);
    }
    let mut fonts = Fonts::new()?;
    fonts.hyphenation = hyphen::Hyphenation::for_annex(opts.lang);
    let ctx = Ctx { plan, opts, t: opts.lang, fonts: &fonts, findings: rules::check(plan) };
    let mut parts = Vec::new();
    let mut pages: Vec<Page> = Vec::new();
    let contents = opts.annexes.len() > 1;
    if contents {
        parts.push(Part { annex: None });
    }
    let mut ranges = Vec::new();
    for &kind in &opts.annexes {
        let part = parts.len();
        parts.push(Part { annex: Some(kind) });
        let mut f = flow::Flow::new(&fonts, part, Orientation::Portrait);
        frame::first_page(&mut f, &ctx, kind);
        content::body(&mut f, &ctx, kind);
        frame::last_page(&mut f, &ctx, kind);
        let first = pages.len() + usize::from(contents) + 1;
        ranges.push((kind, first, first + f.pages.len() - 1));
        pages.extend(f.pages);
    }
    if contents {
        let mut f = flow::Flow::new(&fonts, 0, Orientation::Portrait);
        frame::contents(&mut f, &ctx, &ranges);
        let mut all = f.pages;
        all.truncate(1);
        all.extend(pages);
        pages = all;
    }
    // Page "x (y)" counts within each part.
    let mut counts = vec![0usize; parts.len()];
    for p in &pages {
        counts[p.part] += 1;
    }
    let mut seen = vec![0usize; parts.len()];
    for p in &mut pages {
        seen[p.part] += 1;
        frame::header(p, &ctx, &parts[p.part], seen[p.part], counts[p.part]);
    }
    let meta = doc_meta(&ctx, &ranges, &pages);
    Ok(LaidOut { title: doc_title(&ctx), date: opts.date, pages, meta })
}

/// The PDF of the chosen annexes.
pub fn export(plan: &Plan, opts: &Options) -> Result<Vec<u8>, Error> {
    render::render(layout(plan, opts)?)
}

/// Exports the PDF and writes it through a temporary file in the same folder, fsync and a
/// rename: a failure never leaves half a file or replaces a good one. Returns the size.
pub fn write(plan: &Plan, opts: &Options, path: &std::path::Path) -> Result<usize, Error> {
    let bytes = export(plan, opts)?;
    crate::storage::write_bytes_atomic(path, &bytes)
        .map_err(|e| Error::Write { path: path.display().to_string(), reason: e.to_string() })?;
    Ok(bytes.len())
}
