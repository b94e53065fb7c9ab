//! Interface texts of the follow-up view in Finnish, Swedish and English: `F` names each label,
//! with one exhaustive match giving the three languages, so a missing translation fails to
//! compile. Texts with `{}` take what the user typed (`F::with`).

use crate::i18n::Language;
use crate::model::Periodicity;

/// A piece of the follow-up view's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum F {
    Title,
    Intro,
    Periodicity,
    Month,
    Quarter,
    Year,
    NoMetrics,
    Alliance,
    Period,
    Summed,
    NoMeasurements,
    Levels,
    Minimum,
    Target,
    Excellent,
    EntryTitle,
    Area,
    WholeAlliance,
    Value,
    Save,
    Remove,
    BadPeriod,
    BadValue,
    BadCount,
    BadAmount,
    ChooseParty,
    ChooseCategory,
    Saved,
    CostsTitle,
    CostsIntro,
    Budget,
    Reported,
    Used,
    PerPeriod,
    Cumulative,
    NoCosts,
    CostEntryTitle,
    Party,
    Category,
    AmountEuros,
    ForecastTitle,
    AsOf,
    MonthsElapsed,
    ToDate,
    OfProducers,
    RunRate,
    Estimate,
    RestEstimate,
    RestHint,
    NoRunRate,
    NoEstimate,
    NoForecast,
    Rest,
    ActualCost,
    Underrun,
    Overrun,
    KraScore,
    Kra,
    OwnersOutlay,
    Saving,
    NetPerParty,
    Report,
    ReportPeriod,
    ReportFile,
}

impl F {
    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        let [fi, sv, en] = self.all();
        lang.pick(fi, sv, en)
    }

    /// The text with `{}` replaced by what the user typed.
    pub fn with(self, typed: &str, lang: Language) -> String {
        self.get(lang).replace("{}", typed)
    }

    /// The name of a period length.
    pub fn periodicity(p: Periodicity, lang: Language) -> &'static str {
        match p {
            Periodicity::Month => F::Month,
            Periodicity::Quarter => F::Quarter,
            Periodicity::Year => F::Year,
        }
        .get(lang)
    }

    /// The text in Finnish, Swedish and English.
    fn all(self) -> [&'static str; 3] {
        match self {
            F::Title => ["Seuranta", "Uppföljning", "Follow-up"],
            F::Intro => [
                "Palveluvaiheen mittaukset jaksoittain, toteutuneet kustannukset ja tilitysennuste. Allianssin luku lasketaan alueiden yhteenlasketuista luvuista.",
                "Tjänstefasens mätningar per period, faktiska kostnader och avräkningsprognos. Alliansens tal beräknas ur områdenas summerade tal.",
                "The service phase's measurements by period, actual costs and the settlement forecast. The alliance's figure is computed from the areas' summed counts.",
            ],
            F::Periodicity => ["Jakso", "Period", "Period"],
            F::Month => ["Kuukausi", "Månad", "Month"],
            F::Quarter => ["Vuosineljännes", "Kvartal", "Quarter"],
            F::Year => ["Vuosi", "År", "Year"],
            F::NoMetrics => [
                "Suunnitelmassa ei ole KRA-mittareita. Lisää mittarit tavoitebudjetin KRA-osioon.",
                "Planen har inga KRA-mätare. Lägg till mätarna i målbudgetens KRA-avsnitt.",
                "The plan has no KRA metrics. Add them in the target budget's KRA section.",
            ],
            F::Alliance => ["Allianssi", "Alliansen", "Alliance"],
            F::Period => ["Jakso", "Period", "Period"],
            F::Summed => [
                "* laskettu alueiden yhteenlasketuista luvuista",
                "* beräknat ur områdenas summerade tal",
                "* computed from the areas' summed counts",
            ],
            F::NoMeasurements => [
                "Tällä mittarilla ei ole vielä mittauksia. Lisää ne alla tai tuo taulukosta.",
                "Mätaren har inga mätningar ännu. Lägg till dem nedan eller importera från en tabell.",
                "This metric has no measurements yet. Add them below or import a spreadsheet.",
            ],
            F::Levels => ["Tasot", "Nivåer", "Levels"],
            F::Minimum => ["Vähimmäistaso", "Miniminivå", "Minimum"],
            F::Target => ["Tavoitetaso", "Målnivå", "Target"],
            F::Excellent => ["Erinomainen", "Utmärkt", "Excellent"],
            F::EntryTitle => ["Mittauksen kirjaus", "Registrera mätning", "Enter a measurement"],
            F::Area => ["Alue", "Område", "Area"],
            F::WholeAlliance => ["Koko allianssi", "Hela alliansen", "Whole alliance"],
            F::Value => ["Arvo", "Värde", "Value"],
            F::Save => ["Tallenna", "Spara", "Save"],
            F::Remove => ["Poista", "Ta bort", "Remove"],
            F::BadPeriod => [
                "“{}” ei ole jakso. Kirjoita kuukausi 2027-08, neljännes 2027-Q3 tai vuosi 2027.",
                "”{}” är ingen period. Skriv en månad 2027-08, ett kvartal 2027-Q3 eller ett år 2027.",
                "“{}” is not a period. Write a month 2027-08, a quarter 2027-Q3 or a year 2027.",
            ],
            F::BadValue => [
                "“{}” ei ole luku. Kirjoita esim. 28 tai 39,5.",
                "”{}” är inget tal. Skriv t.ex. 28 eller 39,5.",
                "“{}” is not a number. Write e.g. 28 or 39.5.",
            ],
            F::BadCount => [
                "“{}” ei ole lukumäärä. Kirjoita kokonaisluku, esim. 11 331.",
                "”{}” är inget antal. Skriv ett heltal, t.ex. 11 331.",
                "“{}” is not a count. Write a whole number, e.g. 11 331.",
            ],
            F::BadAmount => [
                "“{}” ei ole euromäärä. Kirjoita esim. 35 000 tai 35 000,50.",
                "”{}” är inget belopp. Skriv t.ex. 35 000 eller 35 000,50.",
                "“{}” is not an amount. Write e.g. 35,000 or 35,000.50.",
            ],
            F::ChooseParty => ["Valitse osapuoli", "Välj part", "Choose a party"],
            F::ChooseCategory => ["Valitse kustannuslaji", "Välj kostnadsslag", "Choose a cost category"],
            F::Saved => ["Tallennettu.", "Sparat.", "Saved."],
            F::CostsTitle => ["Toteutuneet kustannukset", "Faktiska kostnader", "Actual costs"],
            F::CostsIntro => [
                "Kunkin osapuolen kirjanpidon raportoimat korvattavat kustannukset jaksoittain tavoitebudjetin rinnalla.",
                "De ersättningsgilla kostnader varje parts bokföring rapporterar per period, bredvid målbudgeten.",
                "The reimbursable costs each party's accounts report, by period, beside the target budget.",
            ],
            F::Budget => ["Budjetti", "Budget", "Budget"],
            F::Reported => ["Toteutunut", "Utfall", "Reported"],
            F::Used => ["Käytetty", "Förbrukat", "Used"],
            F::PerPeriod => ["Jaksoittain", "Per period", "By period"],
            F::Cumulative => ["Kertymä", "Ackumulerat", "Cumulative"],
            F::NoCosts => [
                "Toteutuneita kustannuksia ei ole vielä kirjattu.",
                "Inga faktiska kostnader har registrerats ännu.",
                "No actual costs are entered yet.",
            ],
            F::CostEntryTitle => ["Kustannuksen kirjaus", "Registrera kostnad", "Enter a cost"],
            F::Party => ["Osapuoli", "Part", "Party"],
            F::Category => ["Kustannuslaji", "Kostnadsslag", "Cost category"],
            F::AmountEuros => ["Summa €", "Belopp €", "Amount €"],
            F::ForecastTitle => ["Tilitysennuste", "Avräkningsprognos", "Settlement forecast"],
            F::AsOf => ["Tilanne", "Läge per", "As of"],
            F::MonthsElapsed => ["Kuukausia kulunut / yhteensä", "Månader gått / totalt", "Months elapsed / in all"],
            F::ToDate => ["Toteutunut tähän mennessä", "Utfall hittills", "Actual to date"],
            F::OfProducers => ["josta palveluntuottajat", "varav serviceproducenterna", "of which producers"],
            F::RunRate => ["Nykyvauhdilla", "I nuvarande takt", "At the run-rate"],
            F::Estimate => ["Arvioidulla loppukustannuksella", "Med uppskattad restkostnad", "With the estimated rest"],
            F::RestEstimate => ["Arvio loppukustannuksesta €", "Uppskattad restkostnad €", "Estimate of the rest €"],
            F::RestHint => [
                "Budjettikauden loppuun vielä tulevat korvattavat kustannukset; tyhjä = vain nykyvauhti.",
                "De ersättningsgilla kostnader som ännu kommer till budgetperiodens slut; tom = endast nuvarande takt.",
                "The reimbursable cost still to come to the end of the budget; empty = the run-rate only.",
            ],
            F::NoRunRate => [
                "Ei raportoituja kustannuksia: nykyvauhtia ei voi laskea.",
                "Inga rapporterade kostnader: takten kan inte beräknas.",
                "No reported costs: there is no run-rate.",
            ],
            F::NoEstimate => ["Arviota ei ole annettu.", "Ingen uppskattning angiven.", "No estimate given."],
            F::NoForecast => [
                "Ennuste lasketaan, kun kustannuksia on kirjattu tai loppukustannus arvioitu.",
                "Prognosen beräknas när kostnader har registrerats eller restkostnaden uppskattats.",
                "The forecast is computed once costs are entered or the rest is estimated.",
            ],
            F::Rest => ["Loppukustannus", "Restkostnad", "Cost still to come"],
            F::ActualCost => ["Toteutunut kustannus (AC)", "Faktisk kostnad (AC)", "Actual cost (AC)"],
            F::Underrun => ["Alitus", "Underskridande", "Underrun"],
            F::Overrun => ["Ylitys", "Överskridande", "Overrun"],
            F::KraScore => ["KRA-pisteet S", "KRA-poäng S", "KRA score S"],
            F::Kra => ["KRA-kannustin", "KRA-incitament", "KRA incentive"],
            F::OwnersOutlay => ["Tilaajien kokonaismeno", "Beställarnas totala utgift", "Owners' outlay"],
            F::Saving => {
                ["Säästö tavoitteeseen ja palkkioon", "Besparing mot mål och arvode", "Saving against target and fee"]
            }
            F::NetPerParty => ["Nettovaikutus osapuolittain", "Nettoeffekt per part", "Net effect per party"],
            F::Report => ["Seurantaraportti (PDF)…", "Uppföljningsrapport (PDF)…", "Follow-up report (PDF)…"],
            F::ReportPeriod => {
                ["Johtoryhmän raportin jakso", "Ledningsgruppens rapportperiod", "Leadership report period"]
            }
            F::ReportFile => ["seurantaraportti", "uppfoljningsrapport", "follow-up-report"],
        }
    }
}
