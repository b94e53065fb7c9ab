//! Interface texts of the risks screen in Finnish, Swedish and English: `Tx` names each label
//! with one exhaustive match per language; the functions build sentences with numbers.

use crate::i18n::{Language, Named};
use crate::model::RiskStatus;
use crate::model::register::Column;

/// A piece of text of the risks screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tx {
    Title,
    Add,
    Duplicate,
    Remove,
    CopySuffix,
    PanelEditor,
    PanelRating,
    PanelMoney,
    PanelScales,
    PanelHeatmap,
    SearchPlaceholder,
    AllCategories,
    AllOwners,
    AllBands,
    AllPhases,
    OpenStatuses,
    ThreatsAndOpportunities,
    Shared,
    SharedByAlliance,
    OverdueOnly,
    ShowClosed,
    ClearFilters,
    NoRisks,
    NoMatches,
    Inherent,
    HeatmapAxes,
    SelectRisk,
    CannotRead,
    Code,
    RiskTitle,
    Cause,
    Consequence,
    Category,
    Phase,
    Owner,
    OwnerPerson,
    Probability,
    Impact,
    Score,
    Residual,
    Nature,
    MinAmount,
    LikelyAmount,
    MaxAmount,
    ProbabilityPct,
    ExpectedValue,
    Mitigation,
    ActionOwner,
    Due,
    Review,
    Trend,
    Status,
    ReviewOverdue,
    ActionOverdue,
    RatingHistory,
    NoRatingHistory,
    RateResidual,
    QuickKeysHint,
    Spread,
    NoVotes,
    StrongDisagreement,
    AdoptValue,
    AdoptWaiting,
    ClearVotes,
    WorkshopNote,
    Exposure,
    OpenThreats,
    OpenOpportunities,
    NetExposure,
    WorstLikely,
    Contributions,
    ContributionsHint,
    ProbabilityScale,
    ImpactScale,
    BandLimits,
    ResetScales,
}

impl Tx {
    /// Every text, for the completeness test.
    pub const ALL: [Tx; 76] = [
        Tx::Title,
        Tx::Add,
        Tx::Duplicate,
        Tx::Remove,
        Tx::CopySuffix,
        Tx::PanelEditor,
        Tx::PanelRating,
        Tx::PanelMoney,
        Tx::PanelScales,
        Tx::PanelHeatmap,
        Tx::SearchPlaceholder,
        Tx::AllCategories,
        Tx::AllOwners,
        Tx::AllBands,
        Tx::AllPhases,
        Tx::OpenStatuses,
        Tx::ThreatsAndOpportunities,
        Tx::Shared,
        Tx::SharedByAlliance,
        Tx::OverdueOnly,
        Tx::ShowClosed,
        Tx::ClearFilters,
        Tx::NoRisks,
        Tx::NoMatches,
        Tx::Inherent,
        Tx::HeatmapAxes,
        Tx::SelectRisk,
        Tx::CannotRead,
        Tx::Code,
        Tx::RiskTitle,
        Tx::Cause,
        Tx::Consequence,
        Tx::Category,
        Tx::Phase,
        Tx::Owner,
        Tx::OwnerPerson,
        Tx::Probability,
        Tx::Impact,
        Tx::Score,
        Tx::Residual,
        Tx::Nature,
        Tx::MinAmount,
        Tx::LikelyAmount,
        Tx::MaxAmount,
        Tx::ProbabilityPct,
        Tx::ExpectedValue,
        Tx::Mitigation,
        Tx::ActionOwner,
        Tx::Due,
        Tx::Review,
        Tx::Trend,
        Tx::Status,
        Tx::ReviewOverdue,
        Tx::ActionOverdue,
        Tx::RatingHistory,
        Tx::NoRatingHistory,
        Tx::RateResidual,
        Tx::QuickKeysHint,
        Tx::Spread,
        Tx::NoVotes,
        Tx::StrongDisagreement,
        Tx::AdoptValue,
        Tx::AdoptWaiting,
        Tx::ClearVotes,
        Tx::WorkshopNote,
        Tx::Exposure,
        Tx::OpenThreats,
        Tx::OpenOpportunities,
        Tx::NetExposure,
        Tx::WorstLikely,
        Tx::Contributions,
        Tx::ContributionsHint,
        Tx::ProbabilityScale,
        Tx::ImpactScale,
        Tx::BandLimits,
        Tx::ResetScales,
    ];

    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        match lang {
            Language::Fi => self.fi(),
            Language::Sv => self.sv(),
            Language::En => self.en(),
        }
    }

    fn fi(self) -> &'static str {
        match self {
            Tx::Title => "Riskirekisteri",
            Tx::Add => "Lisää riski",
            Tx::Duplicate => "Kopioi",
            Tx::Remove => "Poista",
            Tx::CopySuffix => "kopio",
            Tx::PanelEditor => "Tiedot",
            Tx::PanelRating => "Arviointi",
            Tx::PanelMoney => "Raha",
            Tx::PanelScales => "Asteikot",
            Tx::PanelHeatmap => "Lämpökartta",
            Tx::SearchPlaceholder => "Hae tunnuksella, otsikolla, syyllä, toimenpiteellä tai omistajalla",
            Tx::AllCategories => "Kaikki luokat",
            Tx::AllOwners => "Kaikki omistajat",
            Tx::AllBands => "Kaikki tasot",
            Tx::AllPhases => "Kaikki vaiheet",
            Tx::OpenStatuses => "Avoimet",
            Tx::ThreatsAndOpportunities => "Uhat ja mahdollisuudet",
            Tx::Shared => "Yhteinen",
            Tx::SharedByAlliance => "Allianssin yhteinen",
            Tx::OverdueOnly => "Vain myöhässä",
            Tx::ShowClosed => "Näytä suljetut",
            Tx::ClearFilters => "Tyhjennä",
            Tx::NoRisks => "Riskirekisteri on tyhjä. Lisää ensimmäinen riski.",
            Tx::NoMatches => "Yksikään riski ei vastaa suodattimia.",
            Tx::Inherent => "Ennen toimenpiteitä",
            Tx::HeatmapAxes => "Pystyssä todennäköisyys, vaakana vaikutus",
            Tx::SelectRisk => "Valitse riski taulukosta.",
            Tx::CannotRead => "ei kelpaa",
            Tx::Code => "Tunnus",
            Tx::RiskTitle => "Otsikko",
            Tx::Cause => "Syy",
            Tx::Consequence => "Seuraus",
            Tx::Category => "Luokka",
            Tx::Phase => "Vaihe",
            Tx::Owner => "Omistaja",
            Tx::OwnerPerson => "Vastuuhenkilö",
            Tx::Probability => "Todennäköisyys",
            Tx::Impact => "Vaikutus",
            Tx::Score => "Pisteet",
            Tx::Residual => "Jäännösriski",
            Tx::Nature => "Uhka vai mahdollisuus",
            Tx::MinAmount => "Vähintään €",
            Tx::LikelyAmount => "Todennäköisin €",
            Tx::MaxAmount => "Enintään €",
            Tx::ProbabilityPct => "Toteutumis-%",
            Tx::ExpectedValue => "Odotusarvo",
            Tx::Mitigation => "Toimenpide",
            Tx::ActionOwner => "Toimenpiteen vastuu",
            Tx::Due => "Määräpäivä",
            Tx::Review => "Tarkistus",
            Tx::Trend => "Suunta",
            Tx::Status => "Tila",
            Tx::ReviewOverdue => "Tarkistus on myöhässä.",
            Tx::ActionOverdue => "Toimenpide on myöhässä.",
            Tx::RatingHistory => "Arviointihistoria",
            Tx::NoRatingHistory => "Riskiä ei ole vielä arvioitu yhdessä.",
            Tx::RateResidual => "Arvioi jäännösriski (toimenpiteiden jälkeen)",
            Tx::QuickKeysHint => {
                "Jokainen osapuoli antaa todennäköisyyden ja vaikutuksen. Pikanäppäimet 1–5 täyttävät korostetun kohdan ja siirtyvät seuraavaan."
            }
            Tx::Spread => "Hajonta",
            Tx::NoVotes => "ei arvioita",
            Tx::StrongDisagreement => "Vahva erimielisyys",
            Tx::AdoptValue => "Hyväksyttävä arvo",
            Tx::AdoptWaiting => "Odotetaan arvioita",
            Tx::ClearVotes => "Tyhjennä arviot",
            Tx::WorkshopNote => "Työpajan arviot",
            Tx::Exposure => "Odotettu riskialtistus (avoimet)",
            Tx::OpenThreats => "Uhat",
            Tx::OpenOpportunities => "Mahdollisuudet",
            Tx::NetExposure => "Yhteensä",
            Tx::WorstLikely => "Jos kaikki uhat toteutuvat",
            Tx::Contributions => "Riskien osuudet riskivarauksesta",
            Tx::ContributionsHint => "Odotusarvot senttiin pyöristettyinä; osuudet täsmäävät varaukseen.",
            Tx::ProbabilityScale => "Todennäköisyysasteikko",
            Tx::ImpactScale => "Vaikutusasteikko",
            Tx::BandLimits => "Tasojen rajat (pisteet)",
            Tx::ResetScales => "Palauta oletusasteikot",
        }
    }

    fn sv(self) -> &'static str {
        match self {
            Tx::Title => "Riskregister",
            Tx::Add => "Lägg till risk",
            Tx::Duplicate => "Kopiera",
            Tx::Remove => "Ta bort",
            Tx::CopySuffix => "kopia",
            Tx::PanelEditor => "Uppgifter",
            Tx::PanelRating => "Bedömning",
            Tx::PanelMoney => "Pengar",
            Tx::PanelScales => "Skalor",
            Tx::PanelHeatmap => "Värmekarta",
            Tx::SearchPlaceholder => "Sök på kod, rubrik, orsak, åtgärd eller ägare",
            Tx::AllCategories => "Alla kategorier",
            Tx::AllOwners => "Alla ägare",
            Tx::AllBands => "Alla nivåer",
            Tx::AllPhases => "Alla faser",
            Tx::OpenStatuses => "Öppna",
            Tx::ThreatsAndOpportunities => "Hot och möjligheter",
            Tx::Shared => "Gemensam",
            Tx::SharedByAlliance => "Alliansens gemensamma",
            Tx::OverdueOnly => "Endast försenade",
            Tx::ShowClosed => "Visa avslutade",
            Tx::ClearFilters => "Rensa",
            Tx::NoRisks => "Riskregistret är tomt. Lägg till den första risken.",
            Tx::NoMatches => "Ingen risk motsvarar filtren.",
            Tx::Inherent => "Före åtgärder",
            Tx::HeatmapAxes => "Lodrätt sannolikhet, vågrätt konsekvens",
            Tx::SelectRisk => "Välj en risk i tabellen.",
            Tx::CannotRead => "ogiltigt",
            Tx::Code => "Kod",
            Tx::RiskTitle => "Rubrik",
            Tx::Cause => "Orsak",
            Tx::Consequence => "Följd",
            Tx::Category => "Kategori",
            Tx::Phase => "Fas",
            Tx::Owner => "Ägare",
            Tx::OwnerPerson => "Ansvarsperson",
            Tx::Probability => "Sannolikhet",
            Tx::Impact => "Konsekvens",
            Tx::Score => "Poäng",
            Tx::Residual => "Restrisk",
            Tx::Nature => "Hot eller möjlighet",
            Tx::MinAmount => "Minst €",
            Tx::LikelyAmount => "Mest sannolikt €",
            Tx::MaxAmount => "Högst €",
            Tx::ProbabilityPct => "Sannolikhet %",
            Tx::ExpectedValue => "Förväntat värde",
            Tx::Mitigation => "Åtgärd",
            Tx::ActionOwner => "Åtgärdsansvarig",
            Tx::Due => "Förfallodag",
            Tx::Review => "Granskning",
            Tx::Trend => "Trend",
            Tx::Status => "Status",
            Tx::ReviewOverdue => "Granskningen är försenad.",
            Tx::ActionOverdue => "Åtgärden är försenad.",
            Tx::RatingHistory => "Bedömningshistorik",
            Tx::NoRatingHistory => "Risken har ännu inte bedömts gemensamt.",
            Tx::RateResidual => "Bedöm restrisken (efter åtgärder)",
            Tx::QuickKeysHint => {
                "Varje part anger sannolikhet och konsekvens. Snabbtangenterna 1–5 fyller i den markerade rutan och går vidare till nästa."
            }
            Tx::Spread => "Spridning",
            Tx::NoVotes => "inga bedömningar",
            Tx::StrongDisagreement => "Stor oenighet",
            Tx::AdoptValue => "Värde att anta",
            Tx::AdoptWaiting => "Väntar på bedömningar",
            Tx::ClearVotes => "Rensa bedömningarna",
            Tx::WorkshopNote => "Workshopens bedömningar",
            Tx::Exposure => "Förväntad riskexponering (öppna)",
            Tx::OpenThreats => "Hot",
            Tx::OpenOpportunities => "Möjligheter",
            Tx::NetExposure => "Totalt",
            Tx::WorstLikely => "Om alla hot inträffar",
            Tx::Contributions => "Riskernas andelar av riskreserven",
            Tx::ContributionsHint => "Förväntade värden avrundade till cent; andelarna stämmer med reserven.",
            Tx::ProbabilityScale => "Sannolikhetsskala",
            Tx::ImpactScale => "Konsekvensskala",
            Tx::BandLimits => "Nivåernas gränser (poäng)",
            Tx::ResetScales => "Återställ standardskalorna",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Tx::Title => "Risk register",
            Tx::Add => "Add risk",
            Tx::Duplicate => "Duplicate",
            Tx::Remove => "Remove",
            Tx::CopySuffix => "copy",
            Tx::PanelEditor => "Details",
            Tx::PanelRating => "Rating",
            Tx::PanelMoney => "Money",
            Tx::PanelScales => "Scales",
            Tx::PanelHeatmap => "Heatmap",
            Tx::SearchPlaceholder => "Search by code, title, cause, mitigation or owner",
            Tx::AllCategories => "All categories",
            Tx::AllOwners => "All owners",
            Tx::AllBands => "All bands",
            Tx::AllPhases => "All phases",
            Tx::OpenStatuses => "Open",
            Tx::ThreatsAndOpportunities => "Threats and opportunities",
            Tx::Shared => "Shared",
            Tx::SharedByAlliance => "Shared by the alliance",
            Tx::OverdueOnly => "Overdue only",
            Tx::ShowClosed => "Show closed",
            Tx::ClearFilters => "Clear",
            Tx::NoRisks => "The risk register is empty. Add the first risk.",
            Tx::NoMatches => "No risk matches the filters.",
            Tx::Inherent => "Before mitigation",
            Tx::HeatmapAxes => "Probability upwards, impact across",
            Tx::SelectRisk => "Select a risk in the table.",
            Tx::CannotRead => "not valid",
            Tx::Code => "ID",
            Tx::RiskTitle => "Title",
            Tx::Cause => "Cause",
            Tx::Consequence => "Consequence",
            Tx::Category => "Category",
            Tx::Phase => "Phase",
            Tx::Owner => "Owner",
            Tx::OwnerPerson => "Owner person",
            Tx::Probability => "Probability",
            Tx::Impact => "Impact",
            Tx::Score => "Score",
            Tx::Residual => "Residual risk",
            Tx::Nature => "Threat or opportunity",
            Tx::MinAmount => "Minimum €",
            Tx::LikelyAmount => "Most likely €",
            Tx::MaxAmount => "Maximum €",
            Tx::ProbabilityPct => "Probability %",
            Tx::ExpectedValue => "Expected value",
            Tx::Mitigation => "Mitigation",
            Tx::ActionOwner => "Action owner",
            Tx::Due => "Due date",
            Tx::Review => "Review",
            Tx::Trend => "Trend",
            Tx::Status => "Status",
            Tx::ReviewOverdue => "The review is overdue.",
            Tx::ActionOverdue => "The action is overdue.",
            Tx::RatingHistory => "Rating history",
            Tx::NoRatingHistory => "The group has not rated this risk yet.",
            Tx::RateResidual => "Rate the residual risk (after mitigation)",
            Tx::QuickKeysHint => {
                "Each party gives probability and impact. Quick keys 1–5 fill the highlighted box and move on to the next."
            }
            Tx::Spread => "Spread",
            Tx::NoVotes => "no ratings",
            Tx::StrongDisagreement => "Strong disagreement",
            Tx::AdoptValue => "Value to adopt",
            Tx::AdoptWaiting => "Waiting for ratings",
            Tx::ClearVotes => "Clear ratings",
            Tx::WorkshopNote => "Workshop ratings",
            Tx::Exposure => "Expected exposure (open risks)",
            Tx::OpenThreats => "Threats",
            Tx::OpenOpportunities => "Opportunities",
            Tx::NetExposure => "Total",
            Tx::WorstLikely => "If every threat occurred",
            Tx::Contributions => "Each risk's share of the risk reserve",
            Tx::ContributionsHint => "Expected values rounded to the cent; the shares add up to the reserve.",
            Tx::ProbabilityScale => "Probability scale",
            Tx::ImpactScale => "Impact scale",
            Tx::BandLimits => "Band limits (score)",
            Tx::ResetScales => "Restore the default scales",
        }
    }
}

/// The short header of a table column.
pub fn column_short(c: Column, lang: Language) -> &'static str {
    let p = |fi, sv, en| lang.pick(fi, sv, en);
    match c {
        Column::Code => Tx::Code.get(lang),
        Column::Title => p("Riski", "Risk", "Risk"),
        Column::Category => Tx::Category.get(lang),
        Column::Phase => Tx::Phase.get(lang),
        Column::Owner => Tx::Owner.get(lang),
        Column::Probability => p("T", "S", "P"),
        Column::Impact => p("V", "K", "I"),
        Column::Score => p("Pisteet", "Poäng", "Score"),
        Column::Band => p("Taso", "Nivå", "Band"),
        Column::MinAmount => Tx::MinAmount.get(lang),
        Column::LikelyAmount => Tx::LikelyAmount.get(lang),
        Column::MaxAmount => Tx::MaxAmount.get(lang),
        Column::ProbabilityPct => Tx::ProbabilityPct.get(lang),
        // Short enough for the column's 100 px in every language ("Förväntat värde" was cut).
        Column::ExpectedValue => p("Odotusarvo", "Förv. värde", "Exp. value"),
        Column::Nature => Tx::Nature.get(lang),
        Column::Mitigation => Tx::Mitigation.get(lang),
        Column::ActionOwner => Tx::ActionOwner.get(lang),
        Column::Due => p("Määräpv", "Förfaller", "Due"),
        Column::Status => Tx::Status.get(lang),
        Column::Review => p("Tarkistus", "Granskas", "Review"),
        Column::Trend => "↕",
        Column::Residual => Tx::Residual.get(lang),
    }
}

/// An entry of the "sort by" list: "Lajittele: Todennäköisyys".
pub fn sort_by(c: Column, lang: Language) -> String {
    let name = match c {
        Column::Probability => Tx::Probability.get(lang),
        Column::Impact => Tx::Impact.get(lang),
        Column::Title => Tx::RiskTitle.get(lang),
        Column::Due => Tx::Due.get(lang),
        Column::Score => Tx::Score.get(lang),
        Column::Trend => Tx::Trend.get(lang),
        Column::Code => Tx::Code.get(lang),
        other => column_short(other, lang),
    };
    lang.pick(format!("Lajittele: {name}"), format!("Sortera: {name}"), format!("Sort: {name}"))
}

/// "12 avointa / 14 riskiä".
pub fn counts(open: usize, total: usize, lang: Language) -> String {
    lang.pick(
        format!("{open} avointa / {total} riskiä"),
        format!("{open} öppna / {total} risker"),
        format!("{open} open / {total} risks"),
    )
}

/// "Näytetään 120 / 10 000".
pub fn shown(rows: usize, total: usize, lang: Language) -> String {
    lang.pick(
        format!("Näytetään {rows} / {total} riskiä"),
        format!("Visar {rows} av {total} risker"),
        format!("Showing {rows} of {total} risks"),
    )
}

/// The chip of an active heatmap-cell filter.
pub fn cell_chip(p: u8, i: u8, residual: bool, lang: Language) -> String {
    let which = if residual { lang.pick(" (jäännös)", " (rest)", " (residual)") } else { "" };
    lang.pick(format!("T {p} × V {i}{which} ✕"), format!("S {p} × K {i}{which} ✕"), format!("P {p} × I {i}{which} ✕"))
}

/// The title of the residual matrix with how many risks have residual ratings.
pub fn residual_title(rated: usize, lang: Language) -> String {
    lang.pick(
        format!("Jäännösriski ({rated} arvioitu)"),
        format!("Restrisk ({rated} bedömda)"),
        format!("Residual ({rated} rated)"),
    )
}

/// The button of a status move: "→ Käsittelyssä".
pub fn move_to(s: RiskStatus, lang: Language) -> String {
    format!("→ {}", s.name(lang))
}

/// "2–4, mediaani 3 (3 arviota)".
pub fn spread(min: u8, max: u8, median: u8, votes: usize, lang: Language) -> String {
    let range = if min == max { min.to_string() } else { format!("{min}–{max}") };
    lang.pick(
        format!("{range}, mediaani {median} ({votes} arviota)"),
        format!("{range}, median {median} ({votes} bedömningar)"),
        format!("{range}, median {median} ({votes} ratings)"),
    )
}

/// The adopt button: "Hyväksy mediaani 3 × 4".
pub fn adopt_button(p: u8, i: u8, is_median: bool, lang: Language) -> String {
    if is_median {
        lang.pick(
            format!("Hyväksy mediaani {p} × {i}"),
            format!("Anta medianen {p} × {i}"),
            format!("Adopt the median {p} × {i}"),
        )
    } else {
        lang.pick(format!("Hyväksy {p} × {i}"), format!("Anta {p} × {i}"), format!("Adopt {p} × {i}"))
    }
}

/// "Nykyinen arvio: 3 × 4".
pub fn current_rating(now: &str, residual: bool, lang: Language) -> String {
    match residual {
        false => lang.pick(
            format!("Nykyinen arvio: {now}"),
            format!("Nuvarande bedömning: {now}"),
            format!("Current rating: {now}"),
        ),
        true => lang.pick(
            format!("Nykyinen jäännösriski: {now}"),
            format!("Nuvarande restrisk: {now}"),
            format!("Current residual rating: {now}"),
        ),
    }
}

pub fn reserve_from_register(amount: &str, lang: Language) -> String {
    lang.pick(
        format!("Tavoitebudjetin riskivaraus lasketaan rekisteristä: {amount}."),
        format!("Målbudgetens riskreserv beräknas från registret: {amount}."),
        format!("The target budget's risk reserve is computed from the register: {amount}."),
    )
}

pub fn reserve_flat(pct: &str, lang: Language) -> String {
    lang.pick(
        format!("Tavoitebudjetin riskivaraus on {pct} perusarviosta, ei rekisteristä."),
        format!("Målbudgetens riskreserv är {pct} av grundkalkylen, inte från registret."),
        format!("The target budget's risk reserve is {pct} of the base estimate, not the register."),
    )
}

pub fn reserve_fixed(amount: &str, lang: Language) -> String {
    lang.pick(
        format!("Tavoitebudjetin riskivaraus on sovittu summa {amount}, ei rekisteristä."),
        format!("Målbudgetens riskreserv är ett avtalat belopp {amount}, inte från registret."),
        format!("The target budget's risk reserve is an agreed {amount}, not the register."),
    )
}

/// "… ja 9 985 muuta".
pub fn more_shares(n: usize, lang: Language) -> String {
    lang.pick(format!("… ja {n} muuta"), format!("… och {n} till"), format!("… and {n} more"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_in_every_language() {
        for tx in Tx::ALL {
            let all = Language::ALL.map(|l| tx.get(l));
            assert!(all.iter().all(|s| !s.trim().is_empty()), "{tx:?}");
        }
        for c in Column::ALL {
            assert!(Language::ALL.iter().all(|&l| !column_short(c, l).is_empty()));
        }
    }
}
