//! Interface texts of the timeline screen in Finnish, Swedish and English: `T` names each
//! label with one exhaustive match per language; functions build the lines that carry dates,
//! names and numbers (axis labels, tooltips, decisions, unanimity, exit right, comparisons).

use crate::baseline::{DateChange, Dated};
use crate::i18n::{Language, Named, format};
use crate::model::{Baseline, ExitRight, GateDecision, GateOutcome, Phase, PhaseKind, Plan, Stance, Unanimity};
use crate::timescale::{Target, Zoom};
use chrono::{Datelike, NaiveDate};

/// A piece of the timeline's interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    Fit,
    ShiftLater,
    Legend,
    PanelEdit,
    PanelGate,
    PanelCompare,
    Today,
    NewDeliverable,
    NoOwner,
    DatePlaceholder,
    BadDate,
    SelectHint,
    KeysHint,
    StartDate,
    EndDate,
    DueDate,
    LeadParty,
    Notes,
    NotesPlaceholder,
    AddDeliverable,
    Title,
    MoveUp,
    MoveDown,
    Delete,
    WholeAlliance,
    ExitingParty,
    ExitRightHint,
    GoFreezes,
    CancelExit,
    NewDecision,
    Outcome,
    DecisionDate,
    Minutes,
    Positions,
    ExitedParties,
    NoneExited,
    BlockedNotUnanimous,
    BlockedNoExitRight,
    NoBaselines,
    NoChanges,
    DatesMoved,
    Totals,
    TargetCost,
    BudgetTotal,
    PartiesAdded,
    PartiesRemoved,
    ServicesAdded,
    ServicesRemoved,
    RisksOpened,
    RisksClosed,
}

impl T {
    pub const ALL: [T; 50] = [
        T::Fit,
        T::ShiftLater,
        T::Legend,
        T::PanelEdit,
        T::PanelGate,
        T::PanelCompare,
        T::Today,
        T::NewDeliverable,
        T::NoOwner,
        T::DatePlaceholder,
        T::BadDate,
        T::SelectHint,
        T::KeysHint,
        T::StartDate,
        T::EndDate,
        T::DueDate,
        T::LeadParty,
        T::Notes,
        T::NotesPlaceholder,
        T::AddDeliverable,
        T::Title,
        T::MoveUp,
        T::MoveDown,
        T::Delete,
        T::WholeAlliance,
        T::ExitingParty,
        T::ExitRightHint,
        T::GoFreezes,
        T::CancelExit,
        T::NewDecision,
        T::Outcome,
        T::DecisionDate,
        T::Minutes,
        T::Positions,
        T::ExitedParties,
        T::NoneExited,
        T::BlockedNotUnanimous,
        T::BlockedNoExitRight,
        T::NoBaselines,
        T::NoChanges,
        T::DatesMoved,
        T::Totals,
        T::TargetCost,
        T::BudgetTotal,
        T::PartiesAdded,
        T::PartiesRemoved,
        T::ServicesAdded,
        T::ServicesRemoved,
        T::RisksOpened,
        T::RisksClosed,
    ];

    pub fn get(self, lang: Language) -> &'static str {
        match lang {
            Language::Fi => self.fi(),
            Language::Sv => self.sv(),
            Language::En => self.en(),
        }
    }

    fn fi(self) -> &'static str {
        match self {
            T::Fit => "Sovita",
            T::ShiftLater => "Siirrä myös myöhempiä vaiheita",
            T::Legend => {
                "Vedä palkkia siirtääksesi, reunaa muuttaaksesi kestoa. Rulla zoomaa, vetäminen tyhjästä vierittää. Näppäimet: ↑↓ valitse, ←→ siirrä, Vaihto+←→ loppu, +/− zoom, 0 sovita. Katkoviiva: viimeisimmän päätöspisteen perustaso."
            }
            T::PanelEdit => "Muokkaa",
            T::PanelGate => "Päätöspiste",
            T::PanelCompare => "Vertailu",
            T::Today => "Tänään",
            T::NewDeliverable => "Uusi tuotos",
            T::NoOwner => "(ei valittu)",
            T::DatePlaceholder => "pp.kk.vvvv",
            T::BadDate => "Päivämäärä ei kelpaa: kirjoita muodossa 31.12.2026 (vuosi neljällä numerolla).",
            T::SelectHint => "Valitse aikajanalta vaihe, tuotos tai päätöspiste.",
            T::KeysHint => {
                "Näppäimistöllä: ↑ ja ↓ valitsevat rivin, ← ja → siirtävät sitä, Vaihto+← ja → siirtävät loppua."
            }
            T::StartDate => "Alkaa",
            T::EndDate => "Päättyy",
            T::DueDate => "Määräpäivä",
            T::LeadParty => "Vastuuosapuoli",
            T::Notes => "Muistiinpanot",
            T::NotesPlaceholder => "Kirjoita muistiinpano",
            T::AddDeliverable => "+ Lisää tuotos",
            T::Title => "Nimi",
            T::MoveUp => "↑ Ylös",
            T::MoveDown => "↓ Alas",
            T::Delete => "Poista",
            T::WholeAlliance => "(koko allianssi: ei yksittäistä osapuolta)",
            T::ExitingParty => "Eroava osapuoli",
            T::ExitRightHint => {
                "Tilaajilla on eroamisoikeus koko sopimuskauden; muut osapuolet voivat erota kehitysvaiheen jälkeen."
            }
            T::GoFreezes => "Jatkopäätös tallentaa suunnitelman perustasoksi, johon seuraavaa vaihetta verrataan.",
            T::CancelExit => "Peru ero",
            T::NewDecision => "Uusi päätös",
            T::Outcome => "Päätös",
            T::DecisionDate => "Päivä",
            T::Minutes => "Pöytäkirjaviite",
            T::Positions => "Osapuolten kannat",
            T::ExitedParties => "Eronneet osapuolet",
            T::NoneExited => "Kukaan ei ole eronnut.",
            T::BlockedNotUnanimous => {
                "Jatkopäätös vaatii, että kaikki päättäjät (G1:ssä ja hankintapäätöksessä tilaajat, G2:sta alkaen koko johtoryhmä) ovat paikalla ja hyväksyvät."
            }
            T::BlockedNoExitRight => "Osapuolella ei ole vielä eroamisoikeutta tänä päivänä.",
            T::NoBaselines => "Perustasoja ei vielä ole: jatkopäätös päätöspisteessä tallentaa ensimmäisen.",
            T::NoChanges => "Ei muutoksia perustasoon.",
            T::DatesMoved => "Siirtyneet päivämäärät",
            T::Totals => "Summat",
            T::TargetCost => "Tavoitekustannus",
            T::BudgetTotal => "Kustannusrivit yhteensä",
            T::PartiesAdded => "Uudet osapuolet",
            T::PartiesRemoved => "Poistuneet osapuolet",
            T::ServicesAdded => "Uudet palvelut",
            T::ServicesRemoved => "Poistuneet palvelut",
            T::RisksOpened => "Avautuneet riskit",
            T::RisksClosed => "Suljetut riskit",
        }
    }

    fn sv(self) -> &'static str {
        match self {
            T::Fit => "Anpassa",
            T::ShiftLater => "Flytta även senare faser",
            T::Legend => {
                "Dra en stapel för att flytta den, en kant för att ändra längden. Hjulet zoomar, dra i tomt område för att rulla. Tangenter: ↑↓ välj, ←→ flytta, Skift+←→ slut, +/− zoom, 0 anpassa. Streckat: senaste beslutspunktens baslinje."
            }
            T::PanelEdit => "Redigera",
            T::PanelGate => "Beslutspunkt",
            T::PanelCompare => "Jämförelse",
            T::Today => "I dag",
            T::NewDeliverable => "Ny leverans",
            T::NoOwner => "(inte vald)",
            T::DatePlaceholder => "d.m.åååå",
            T::BadDate => "Datumet duger inte: skriv det som 31.12.2026 (året med fyra siffror).",
            T::SelectHint => "Välj en fas, en leverans eller en beslutspunkt på tidslinjen.",
            T::KeysHint => "Med tangentbordet: ↑ och ↓ väljer rad, ← och → flyttar den, Skift+← och → flyttar slutet.",
            T::StartDate => "Börjar",
            T::EndDate => "Slutar",
            T::DueDate => "Slutdatum",
            T::LeadParty => "Ansvarig part",
            T::Notes => "Anteckningar",
            T::NotesPlaceholder => "Skriv en anteckning",
            T::AddDeliverable => "+ Lägg till leverans",
            T::Title => "Namn",
            T::MoveUp => "↑ Upp",
            T::MoveDown => "↓ Ned",
            T::Delete => "Ta bort",
            T::WholeAlliance => "(hela alliansen: ingen enskild part)",
            T::ExitingParty => "Part som utträder",
            T::ExitRightHint => {
                "Beställarna har rätt att utträda under hela avtalsperioden; andra parter kan utträda efter utvecklingsfasen."
            }
            T::GoFreezes => "Ett beslut att fortsätta sparar planen som baslinje som nästa fas jämförs med.",
            T::CancelExit => "Ångra utträdet",
            T::NewDecision => "Nytt beslut",
            T::Outcome => "Beslut",
            T::DecisionDate => "Datum",
            T::Minutes => "Protokollhänvisning",
            T::Positions => "Parternas ställningstaganden",
            T::ExitedParties => "Parter som utträtt",
            T::NoneExited => "Ingen har utträtt.",
            T::BlockedNotUnanimous => {
                "Ett beslut att fortsätta kräver att alla beslutsfattare (vid G1 och upphandlingsbeslutet beställarna, från G2 hela ledningsgruppen) är närvarande och godkänner."
            }
            T::BlockedNoExitRight => "Parten har ännu inte rätt att utträda detta datum.",
            T::NoBaselines => {
                "Det finns inga baslinjer ännu: ett beslut att fortsätta vid en beslutspunkt sparar den första."
            }
            T::NoChanges => "Inga ändringar jämfört med baslinjen.",
            T::DatesMoved => "Flyttade datum",
            T::Totals => "Summor",
            T::TargetCost => "Målkostnad",
            T::BudgetTotal => "Kostnadsrader totalt",
            T::PartiesAdded => "Nya parter",
            T::PartiesRemoved => "Borttagna parter",
            T::ServicesAdded => "Nya tjänster",
            T::ServicesRemoved => "Borttagna tjänster",
            T::RisksOpened => "Öppnade risker",
            T::RisksClosed => "Stängda risker",
        }
    }

    fn en(self) -> &'static str {
        match self {
            T::Fit => "Fit",
            T::ShiftLater => "Move later phases too",
            T::Legend => {
                "Drag a bar to move it, an edge to resize. The wheel zooms; drag empty space to scroll. Keys: ↑↓ select, ←→ move, Shift+←→ end, +/− zoom, 0 fit. Dashed: baseline of the last passed gate."
            }
            T::PanelEdit => "Edit",
            T::PanelGate => "Gate",
            T::PanelCompare => "Compare",
            T::Today => "Today",
            T::NewDeliverable => "New deliverable",
            T::NoOwner => "(none)",
            T::DatePlaceholder => "yyyy-mm-dd",
            T::BadDate => "Not a valid date: write it as 2026-12-31 or 31.12.2026 (a four-digit year).",
            T::SelectHint => "Select a phase, deliverable or gate on the timeline.",
            T::KeysHint => "With the keyboard: ↑ and ↓ select a row, ← and → move it, Shift+← and → move its end.",
            T::StartDate => "Starts",
            T::EndDate => "Ends",
            T::DueDate => "Due",
            T::LeadParty => "Lead party",
            T::Notes => "Notes",
            T::NotesPlaceholder => "Write a note",
            T::AddDeliverable => "+ Add deliverable",
            T::Title => "Title",
            T::MoveUp => "↑ Up",
            T::MoveDown => "↓ Down",
            T::Delete => "Delete",
            T::WholeAlliance => "(the whole alliance: no single party)",
            T::ExitingParty => "Exiting party",
            T::ExitRightHint => {
                "The owners keep an exit right for the whole contract; other parties may exit after the development phase."
            }
            T::GoFreezes => "A Go saves the plan as a baseline that the next phase is compared against.",
            T::CancelExit => "Cancel exit",
            T::NewDecision => "New decision",
            T::Outcome => "Outcome",
            T::DecisionDate => "Date",
            T::Minutes => "Minutes reference",
            T::Positions => "Positions of the parties",
            T::ExitedParties => "Exited parties",
            T::NoneExited => "No party has exited.",
            T::BlockedNotUnanimous => {
                "A Go needs every decider present and approving (the owners at G1 and the procurement decision, the whole leadership team from G2)."
            }
            T::BlockedNoExitRight => "The party has no exit right yet on this date.",
            T::NoBaselines => "No baselines yet: a Go at a gate saves the first one.",
            T::NoChanges => "No changes since the baseline.",
            T::DatesMoved => "Dates moved",
            T::Totals => "Totals",
            T::TargetCost => "Target cost",
            T::BudgetTotal => "Cost lines in total",
            T::PartiesAdded => "Parties added",
            T::PartiesRemoved => "Parties removed",
            T::ServicesAdded => "Services added",
            T::ServicesRemoved => "Services removed",
            T::RisksOpened => "Risks opened",
            T::RisksClosed => "Risks closed",
        }
    }
}

/// The name of a zoom level.
pub fn zoom_name(zoom: Zoom, lang: Language) -> &'static str {
    match zoom {
        Zoom::Weeks => lang.pick("Viikot", "Veckor", "Weeks"),
        Zoom::Months => lang.pick("Kuukaudet", "Månader", "Months"),
        Zoom::Quarters => lang.pick("Neljännekset", "Kvartal", "Quarters"),
    }
}

const MONTHS_FI: [&str; 12] =
    ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];
const MONTHS_SV: [&str; 12] = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The short name of a date's month: "tammi", "jan", "Jan".
pub fn month(d: NaiveDate, lang: Language) -> &'static str {
    let i = d.month0() as usize % 12;
    lang.pick(MONTHS_FI[i], MONTHS_SV[i], MONTHS_EN[i])
}

/// "tammi 2026".
pub fn month_year(d: NaiveDate, lang: Language) -> String {
    format!("{} {}", month(d, lang), d.year())
}

/// The label of an axis tick: the Monday's day and month (weeks), the month, or the quarter.
pub fn tick_label(zoom: Zoom, d: NaiveDate, lang: Language) -> String {
    match zoom {
        Zoom::Weeks => match lang {
            Language::En => format!("{} {}", month(d, lang), d.day()),
            _ => format!("{}.{}.", d.day(), d.month()),
        },
        Zoom::Months => month(d, lang).to_string(),
        Zoom::Quarters => format!("Q{}", d.month0() / 3 + 1),
    }
}

fn date_or_dash(d: Option<NaiveDate>, lang: Language) -> String {
    d.map_or_else(|| "–".to_string(), |d| format::date(d, lang))
}

fn span_line(start: Option<NaiveDate>, end: Option<NaiveDate>, lang: Language) -> String {
    let days = match (start, end) {
        (Some(s), Some(e)) if e >= s => {
            let n = (e - s).num_days() + 1;
            lang.pick(format!(" ({n} pv)"), format!(" ({n} d)"), format!(" ({n} days)"))
        }
        _ => String::new(),
    };
    format!("{} – {}{days}", date_or_dash(start, lang), date_or_dash(end, lang))
}

/// "Vastuu: Tampereen kaupunki · 4 tuotosta · 1 päätös": a phase under its title.
pub fn phase_summary(ph: &Phase, plan: &Plan, lang: Language) -> String {
    let owner = ph.owner.and_then(|o| plan.party(o)).map_or("–", |p| p.label());
    let n = ph.deliverables.len();
    let k = ph.decisions.len();
    lang.pick(
        format!("Vastuu: {owner} · {n} tuotosta · {k} päätöstä"),
        format!("Ansvar: {owner} · {n} leveranser · {k} beslut"),
        format!("Lead: {owner} · {n} deliverables · {k} decisions"),
    )
}

/// The lines of the tooltip for a target: its name first, then dates and details.
pub fn details(plan: &Plan, target: Target, today: NaiveDate, lang: Language) -> Vec<String> {
    let baseline = crate::baseline::last_passed(plan);
    let slip = |now: Option<NaiveDate>, t: Target| -> Option<String> {
        let b = baseline?;
        let (_, was) = crate::timescale::span(&b.plan, t)?;
        let days = (now? - was?).num_days();
        (days != 0).then(|| {
            let sign = if days > 0 { "+" } else { "" };
            lang.pick(
                format!("Perustasoon ({}) verrattuna {sign}{days} pv", format::date(b.taken_on, lang)),
                format!("Jämfört med baslinjen ({}) {sign}{days} d", format::date(b.taken_on, lang)),
                format!("Against the baseline ({}): {sign}{days} days", format::date(b.taken_on, lang)),
            )
        })
    };
    match target {
        Target::Phase(k) => {
            let Some(ph) = plan.phase(k) else { return Vec::new() };
            let mut v = vec![
                format!("{}. {}", k.number(), k.name(lang)),
                span_line(ph.start, ph.end, lang),
                ph.state(today).name(lang).to_string(),
                phase_summary(ph, plan, lang),
            ];
            v.extend(slip(ph.end, target));
            v
        }
        Target::Gate(k) => {
            let Some(ph) = plan.phase(k) else { return Vec::new() };
            let mut v = vec![format!("{} {}", crate::i18n::ui::Text::Gate.get(lang), k.gate_name())];
            v.push(format!("{}: {}", T::EndDate.get(lang), date_or_dash(ph.end, lang)));
            match ph.latest_decision() {
                Some(d) => v.push(decision_line(d, plan, lang)),
                None => v.push(crate::i18n::ui::Text::NoDecisions.get(lang).to_string()),
            }
            v
        }
        Target::Deliverable(id) => {
            let Some(d) = plan.phases.iter().flat_map(|p| &p.deliverables).find(|d| d.id == id) else {
                return Vec::new();
            };
            let owner = d.owner.and_then(|o| plan.party(o)).map_or("–", |p| p.name.as_str());
            let mut v =
                vec![d.title.clone(), span_line(d.start, d.due, lang), format!("{} · {}", d.status.name(lang), owner)];
            if !d.note.trim().is_empty() {
                v.push(d.note.lines().next().unwrap_or_default().to_string());
            }
            v.extend(slip(d.due, target));
            v
        }
    }
}

/// "25.5.2026 · Jatketaan · 3/3 hyväksyi · Kh 25.5.2026 § 4".
pub fn decision_line(d: &GateDecision, _plan: &Plan, lang: Language) -> String {
    let approvals = d.positions.iter().filter(|p| p.stance == Stance::Approves).count();
    let mut s = format!(
        "{} · {} · {}",
        format::date(d.date, lang),
        d.outcome.name(lang),
        crate::i18n::ui::approvals(approvals, d.positions.len(), lang)
    );
    if !d.minutes_ref.trim().is_empty() {
        s.push_str(" · ");
        s.push_str(d.minutes_ref.trim());
    }
    s
}

/// What the unanimity rule says about the positions: all clear, or who is missing, rejecting
/// or abstaining.
pub fn unanimity(u: &Unanimity, plan: &Plan, lang: Language) -> String {
    if u.is_unanimous() {
        return lang
            .pick(
                "Yksimielinen: kaikki päättäjät ovat paikalla ja hyväksyvät.",
                "Enhälligt: alla beslutsfattare är närvarande och godkänner.",
                "Unanimous: every decider is present and approving.",
            )
            .to_string();
    }
    let names = |ids: &[crate::model::PartyId]| {
        ids.iter()
            .map(|id| plan.party(*id).map_or_else(|| id.to_string(), |p| p.label().to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !u.missing.is_empty() {
        parts.push(format!("{}: {}", lang.pick("Poissa", "Frånvarande", "Missing"), names(&u.missing)));
    }
    if !u.rejecting.is_empty() {
        parts.push(format!("{}: {}", lang.pick("Vastustaa", "Emot", "Rejecting"), names(&u.rejecting)));
    }
    if !u.abstaining.is_empty() {
        parts.push(format!("{}: {}", lang.pick("Pidättäytyy", "Avstår", "Abstaining"), names(&u.abstaining)));
    }
    format!(
        "{} {}.",
        lang.pick(
            "Ei yksimielinen, jatkopäätöstä ei voi tehdä.",
            "Inte enhälligt, inget beslut att fortsätta.",
            "Not unanimous, no Go."
        ),
        parts.join(". ")
    )
}

/// Whether and why a party may exit.
pub fn exit_right(r: ExitRight, lang: Language) -> String {
    match r {
        ExitRight::Owner => lang
            .pick(
                "Tilaajana osapuolella on eroamisoikeus koko sopimuskauden.",
                "Som beställare har parten rätt att utträda under hela avtalsperioden.",
                "As an owner the party may exit at any time during the contract.",
            )
            .to_string(),
        ExitRight::AfterDevelopment => lang
            .pick(
                "Kehitysvaihe on päättynyt: osapuoli voi erota.",
                "Utvecklingsfasen är slut: parten kan utträda.",
                "The development phase has ended: the party may exit.",
            )
            .to_string(),
        ExitRight::NotYet { from: Some(f) } => {
            let f = format::date(f, lang);
            lang.pick(
                format!("Osapuoli voi erota vasta kehitysvaiheen jälkeen ({f} alkaen)."),
                format!("Parten kan utträda först efter utvecklingsfasen (från {f})."),
                format!("The party may exit only after the development phase (from {f})."),
            )
        }
        ExitRight::NotYet { from: None } => lang
            .pick(
                "Osapuoli voi erota vasta kehitysvaiheen jälkeen; kehitysvaiheelle ei ole päivämäärää.",
                "Parten kan utträda först efter utvecklingsfasen; utvecklingsfasen har inget datum.",
                "The party may exit only after the development phase, which has no date yet.",
            )
            .to_string(),
    }
}

/// The label of the button that records a decision.
pub fn record_label(outcome: GateOutcome, lang: Language) -> String {
    format!("{}: {}", lang.pick("Kirjaa päätös", "Registrera beslut", "Record decision"), outcome.name(lang))
}

/// "Yritys Oy: eronnut 1.7.2027".
pub fn exited_line(name: &str, on: NaiveDate, lang: Language) -> String {
    let d = format::date(on, lang);
    lang.pick(format!("{name}: eronnut {d}"), format!("{name}: utträdde {d}"), format!("{name}: exited {d}"))
}

/// "G1 · 25.5.2026": a baseline in the comparison's pick list.
pub fn baseline_label(b: &Baseline, lang: Language) -> String {
    format!("{} · {} · {}", b.phase.gate_name(), b.phase.name(lang), format::date(b.taken_on, lang))
}

/// "Kehitysvaihe: 1.1.2027 – 30.6.2027 → 1.2.2027 – 31.7.2027 (+31 pv)".
pub fn date_change(c: &DateChange, lang: Language) -> String {
    let name = match c.subject {
        Dated::Phase(k) => phase_name(k, lang),
        Dated::Deliverable(_) => c.title.clone(),
    };
    let range = |(a, b): (Option<NaiveDate>, Option<NaiveDate>)| match (a, b) {
        (None, None) => "–".to_string(),
        (a, b) => format!("{} – {}", date_or_dash(a, lang), date_or_dash(b, lang)),
    };
    let slip = c.slip_days().filter(|d| *d != 0).map_or(String::new(), |d| {
        let sign = if d > 0 { "+" } else { "" };
        lang.pick(format!(" ({sign}{d} pv)"), format!(" ({sign}{d} d)"), format!(" ({sign}{d} days)"))
    });
    format!("{name}: {} → {}{slip}", range(c.before), range(c.after))
}

fn phase_name(k: PhaseKind, lang: Language) -> String {
    format!("{}. {}", k.number(), k.name(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for t in T::ALL {
            for lang in [Language::Fi, Language::Sv, Language::En] {
                assert!(!t.get(lang).trim().is_empty(), "{t:?} {lang:?}");
            }
            assert_ne!(t.get(Language::Fi), t.get(Language::En), "{t:?}");
        }
    }
}
