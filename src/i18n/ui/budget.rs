//! Interface texts of the budget screen in Finnish, Swedish and English: `T` names each label,
//! with one exhaustive match giving the three languages, so a missing translation fails to
//! compile. Texts with `{}` take the text the user typed (`T::with`).

use crate::i18n::Language;

/// A piece of the budget screen's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    Title,
    SectionLines,
    SectionPivots,
    SectionCategories,
    SectionTarget,
    SectionKra,
    SectionScenarios,
    Party,
    Category,
    Year,
    AmountEuros,
    Description,
    Remove,
    AddLine,
    Line,
    ChooseParty,
    ChooseCategory,
    NoChoices,
    Search,
    Cancel,
    LinesHint,
    BaseEstimate,
    Reserve,
    Tak,
    Fee,
    Total,
    Code,
    Unit,
    Rate,
    Evidence,
    Approver,
    Reimbursable,
    AddCategory,
    RestoreDefaults,
    CategoriesHint,
    ByParty,
    ByCategory,
    ByYear,
    ByPartyHint,
    ByCategoryHint,
    ByYearHint,
    ReserveFromRegister,
    ReserveFlatPercent,
    ReserveFixed,
    ReserveRegisterHint,
    TakFormula,
    TakWithFee,
    FeeRule,
    FeePerProducer,
    FeePercentOfTarget,
    FeeEntered,
    FeeWeight,
    FeeInside,
    NoProducers,
    CapEqualToFee,
    CapAmount,
    CapNone,
    CombinedCap,
    FundingShares,
    OwnBudget,
    SharesSum,
    SharesNot100,
    MetricName,
    Definition,
    DataSource,
    Direction,
    Minimum,
    TargetLevel,
    Excellent,
    WeightPercent,
    ActualHow,
    Decimals,
    DecimalsAuto,
    ActualUnknown,
    ActualValue,
    ActualActivation,
    ActualNps,
    ActualChange,
    ActualKindShare,
    Numerator,
    Denominator,
    Value,
    Unemployed,
    InServices,
    Promoters,
    Passives,
    Detractors,
    OldValue,
    NewValue,
    ValueIs,
    ScoreIs,
    NotMeasured,
    WeightedScore,
    KraRaw,
    KraPool,
    KraPoolHint,
    WeightsSum,
    WeightsNot100,
    NoMetrics,
    AddMetric,
    KraHint,
    ScenarioShares,
    ScenarioHint,
    NoScenarios,
    ActualShare,
    Actual,
    Underrun,
    Overrun,
    ProdGain,
    OwnerGain,
    ProdPain,
    OwnerPain,
    KraEff,
    ProducersTotal,
    OwnersOutlay,
    Saving,
    PerParty,
    PerPartyTotal,
    ActualProducers,
    OutcomeTotal,
    PartyNote,
    ChartBudget,
    ChartResult,
    ChartResultHint,
    ProducersResult,
    OwnersResult,
    CapBites,
    BadShare,
    BadNumber,
    BadCount,
    BadYear,
    BadScenarios,
    RowGone,
}

impl T {
    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        let [fi, sv, en] = self.all();
        lang.pick(fi, sv, en)
    }

    /// The text with `{}` replaced by what the user typed.
    pub fn with(self, typed: &str, lang: Language) -> String {
        self.get(lang).replace("{}", typed)
    }

    /// The text in Finnish, Swedish and English.
    fn all(self) -> [&'static str; 3] {
        match self {
            T::Title => ["Tavoitebudjetti", "Målbudget", "Target budget"],
            T::SectionLines => ["Kustannusrivit", "Kostnadsrader", "Cost lines"],
            T::SectionPivots => ["Yhteenvedot", "Sammanställningar", "Totals"],
            T::SectionCategories => ["Korvattavat kustannukset", "Ersättningsgilla kostnader", "Reimbursable costs"],
            T::SectionTarget => ["Tavoitekustannus", "Målkostnad", "Target cost"],
            T::SectionKra => ["KRA-mittarit", "KRA-mätare", "KRA metrics"],
            T::SectionScenarios => ["Skenaariot", "Scenarier", "Scenarios"],
            T::Party => ["Osapuoli", "Part", "Party"],
            T::Category => ["Kustannuslaji", "Kostnadsslag", "Category"],
            T::Year => ["Vuosi", "År", "Year"],
            T::AmountEuros => ["Määrä (€)", "Belopp (€)", "Amount (€)"],
            T::Description => ["Kuvaus", "Beskrivning", "Description"],
            T::Remove => ["Poista", "Ta bort", "Remove"],
            T::AddLine => ["Lisää kustannusrivi", "Lägg till kostnadsrad", "Add a cost line"],
            T::Line => ["Rivi", "Rad", "Line"],
            T::ChooseParty => ["Valitse rivin osapuoli", "Välj radens part", "Choose the line's party"],
            T::ChooseCategory => {
                ["Valitse rivin kustannuslaji", "Välj radens kostnadsslag", "Choose the line's category"]
            }
            T::NoChoices => ["Ei osumia.", "Inga träffar.", "No matches."],
            T::Search => ["Hae…", "Sök…", "Search…"],
            T::Cancel => ["Peruuta", "Avbryt", "Cancel"],
            T::LinesHint => [
                "Jokainen rivi kuuluu yhden osapuolen budjettiin; budjetteja ei yhdistetä.",
                "Varje rad hör till en parts budget; budgetarna slås inte ihop.",
                "Every line belongs to one party's budget; budgets are never pooled.",
            ],
            T::BaseEstimate => ["Kustannusarvio", "Kostnadskalkyl", "Base estimate"],
            T::Reserve => ["Riskivaraus", "Riskreserv", "Risk reserve"],
            T::Tak => ["Tavoitekustannus (TAK)", "Målkostnad (TAK)", "Target cost (TAK)"],
            T::Fee => ["Palkkio", "Arvode", "Fee"],
            T::Total => ["Yhteensä", "Totalt", "Total"],
            T::Code => ["Koodi", "Kod", "Code"],
            T::Unit => ["Yksikkö", "Enhet", "Unit"],
            T::Rate => ["Hinta (€)", "Pris (€)", "Rate (€)"],
            T::Evidence => ["Tosite", "Verifikat", "Evidence"],
            T::Approver => ["Hyväksyjä", "Godkännare", "Approver"],
            T::Reimbursable => ["Korvattava", "Ersättningsgill", "Reimbursable"],
            T::AddCategory => ["Lisää rivi", "Lägg till rad", "Add a row"],
            T::RestoreDefaults => ["Palauta oletusluettelo", "Återställ standardlistan", "Restore the default list"],
            T::CategoriesHint => [
                "Korvataan kustannusten mukaan ilman katetta; yleiskulut ja voitto sisältyvät palkkioon.",
                "Ersätts till kostnad utan påslag; omkostnader och vinst ingår i arvodet.",
                "Reimbursed at cost with no markup; overhead and profit are in the fee.",
            ],
            T::ByParty => ["Osapuolittain", "Per part", "By party"],
            T::ByCategory => ["Kustannuslajeittain", "Per kostnadsslag", "By category"],
            T::ByYear => ["Vuosittain", "Per år", "By year"],
            T::ByPartyHint => [
                "Kunkin osapuolen oma budjetti vuosittain.",
                "Varje parts egen budget per år.",
                "Each party's own budget, per year.",
            ],
            T::ByCategoryHint => {
                ["Kustannuslajit osapuolittain.", "Kostnadsslagen per part.", "The categories, per party."]
            }
            T::ByYearHint => ["Vuodet osapuolittain.", "Åren per part.", "The years, per party."],
            T::ReserveFromRegister => {
                ["Riskirekisterin odotusarvoista", "Från riskregistrets väntevärden", "From the risk register"]
            }
            T::ReserveFlatPercent => {
                ["Prosenttia kustannusarviosta", "Procent av kostnadskalkylen", "Percentage of the base estimate"]
            }
            T::ReserveFixed => ["Sovittu summa", "Avtalat belopp", "Agreed amount"],
            T::ReserveRegisterHint => [
                "avointen uhkien todennäköisyys × todennäköisin summa, vähennettynä mahdollisuuksilla",
                "öppna hots sannolikhet × troligaste belopp, minus möjligheterna",
                "open threats' probability × most likely amount, less the opportunities",
            ],
            T::TakFormula => ["kustannusarvio + riskivaraus", "kalkyl + riskreserv", "base estimate + reserve"],
            T::TakWithFee => [
                "kustannusarvio + riskivaraus + palkkio",
                "kalkyl + riskreserv + arvode",
                "base estimate + reserve + fee",
            ],
            T::FeeRule => ["Palkkion määräytyminen", "Hur arvodet bestäms", "How the fee is set"],
            T::FeePerProducer => {
                ["Kiinteä euromäärä tuottajittain", "Fast belopp per producent", "Fixed euros per producer"]
            }
            T::FeePercentOfTarget => {
                ["Prosenttia tavoitekustannuksesta", "Procent av målkostnaden", "Percentage of the target cost"]
            }
            T::FeeEntered => ["palkkio", "arvode", "fee"],
            T::FeeWeight => ["jakoperuste", "fördelningsgrund", "split weight"],
            T::FeeInside => [
                "Palkkio sisältyy tavoitekustannukseen",
                "Arvodet ingår i målkostnaden",
                "The fee is inside the target cost",
            ],
            T::NoProducers => [
                "Suunnitelmassa ei ole palveluntuottajia.",
                "Planen har inga serviceproducenter.",
                "The plan has no producers.",
            ],
            T::CapEqualToFee => ["Sama kuin palkkio", "Samma som arvodet", "Equal to the fee"],
            T::CapAmount => ["Sovittu summa", "Avtalat belopp", "Agreed amount"],
            T::CapNone => ["Ei kattoa", "Inget tak", "No cap"],
            T::CombinedCap => [
                "Yhteiskatto: ylitysosuus ja KRA-sanktio yhteensä enintään ylitysosuuden katto",
                "Gemensamt tak: förlustandel och KRA-avdrag tillsammans högst förlusttaket",
                "Combined cap: pain plus KRA penalty never exceed the pain cap",
            ],
            T::FundingShares => {
                ["Tilaajien rahoitusosuudet", "Beställarnas finansieringsandelar", "Owners' funding shares"]
            }
            T::OwnBudget => ["oma budjetti", "egen budget", "own budget"],
            T::SharesSum => ["Osuudet yhteensä", "Andelarna totalt", "Shares in total"],
            T::SharesNot100 => {
                ["osuuksien summan on oltava 100 %", "andelarna ska bli 100 %", "the shares must add up to 100%"]
            }
            T::MetricName => ["Mittari", "Mätare", "Metric"],
            T::Definition => ["Määritelmä", "Definition", "Definition"],
            T::DataSource => ["Tietolähde", "Datakälla", "Data source"],
            T::Direction => ["Suunta", "Riktning", "Direction"],
            T::Minimum => ["Vähimmäistaso (−1)", "Miniminivå (−1)", "Minimum (−1)"],
            T::TargetLevel => ["Tavoite (0)", "Mål (0)", "Target (0)"],
            T::Excellent => ["Erinomainen (+1)", "Utmärkt (+1)", "Excellent (+1)"],
            T::WeightPercent => ["Paino (%)", "Vikt (%)", "Weight (%)"],
            T::ActualHow => ["Toteuma", "Utfall", "Actual value"],
            T::Decimals => ["Desimaalit", "Decimaler", "Decimals"],
            T::DecimalsAuto => ["kuten tasoissa", "som i nivåerna", "as in the levels"],
            T::ActualUnknown => ["Ei mitattu", "Inte mätt", "Not measured"],
            T::ActualValue => ["Arvo", "Värde", "Value"],
            T::ActualActivation => {
                ["Aktivointiaste lukumääristä", "Aktiveringsgrad från antal", "Activation rate from counts"]
            }
            T::ActualNps => ["NPS vastausmääristä", "NPS från svarsantal", "NPS from answer counts"],
            T::ActualChange => ["Muutos-%", "Förändring %", "Change %"],
            T::ActualKindShare => ["Osuus-%", "Andel %", "Share %"],
            T::Numerator => ["Osoittaja", "Täljare", "Numerator"],
            T::Denominator => ["Nimittäjä", "Nämnare", "Denominator"],
            T::Value => ["Arvo", "Värde", "Value"],
            T::Unemployed => ["Työttömiä", "Arbetslösa", "Unemployed"],
            T::InServices => ["Palveluissa", "I tjänster", "In services"],
            T::Promoters => ["Suosittelijat (9–10)", "Förespråkare (9–10)", "Promoters (9–10)"],
            T::Passives => ["Passiiviset (7–8)", "Passiva (7–8)", "Passives (7–8)"],
            T::Detractors => ["Arvostelijat (0–6)", "Kritiker (0–6)", "Detractors (0–6)"],
            T::OldValue => ["Lähtötaso", "Utgångsnivå", "Old value"],
            T::NewValue => ["Uusi arvo", "Nytt värde", "New value"],
            T::ValueIs => ["Toteuma", "Utfall", "Actual"],
            T::ScoreIs => ["pisteet", "poäng", "score"],
            T::NotMeasured => ["Ei mitattu: pisteet 0.", "Inte mätt: poäng 0.", "Not measured: score 0."],
            T::WeightedScore => ["Painotetut KRA-pisteet S", "Viktade KRA-poäng S", "Weighted KRA score S"],
            T::KraRaw => [
                "KRA-kannustin ennen yhteiskattoa:",
                "KRA-incitament före det gemensamma taket:",
                "KRA before the combined cap:",
            ],
            T::KraPool => ["KRA-kannustinpotti", "KRA-incitamentpott", "KRA pool"],
            T::KraPoolHint => ["euroa pisteillä ±1", "euro vid poäng ±1", "euros at a score of ±1"],
            T::WeightsSum => ["Painot yhteensä", "Vikterna totalt", "Weights in total"],
            T::WeightsNot100 => {
                ["painojen summan on oltava 100 %", "vikterna ska bli 100 %", "the weights must add up to 100%"]
            }
            T::NoMetrics => [
                "Suunnitelmassa ei ole vielä KRA-mittareita.",
                "Planen har inga KRA-mätare ännu.",
                "The plan has no KRA metrics yet.",
            ],
            T::AddMetric => ["Lisää mittari", "Lägg till mätare", "Add a metric"],
            T::KraHint => [
                "Pisteet lasketaan pyöristämättömistä arvoista: vähimmäistaso −1, tavoite 0, erinomainen +1.",
                "Poängen räknas från oavrundade värden: miniminivå −1, mål 0, utmärkt +1.",
                "Scores use unrounded values: minimum −1, target 0, excellent +1.",
            ],
            T::ScenarioShares => {
                ["Toteuma, % kustannustavoitteesta", "Utfall, % av kostnadsmålet", "Actual cost, % of the cost target"]
            }
            T::ScenarioHint => ["esim. 90; 100; 110; 125", "t.ex. 90; 100; 110; 125", "e.g. 90; 100; 110; 125"],
            T::NoScenarios => {
                ["Suunnitelmassa ei ole skenaarioita.", "Planen har inga scenarier.", "The plan has no scenarios."]
            }
            T::ActualShare => {
                ["Toteutunut kustannus, % tavoitteesta", "Faktisk kostnad, % av målet", "Actual cost, % of target"]
            }
            T::Actual => ["Toteutunut kustannus (AC)", "Faktisk kostnad (AC)", "Actual cost (AC)"],
            T::Underrun => ["Alitus", "Underskridande", "Underrun"],
            T::Overrun => ["Ylitys", "Överskridande", "Overrun"],
            T::ProdGain => ["Tuottajien alitusosuus", "Producenternas vinstandel", "Producers' gain"],
            T::OwnerGain => ["Tilaajien alitusosuus", "Beställarnas vinstandel", "Owners' gain"],
            T::ProdPain => ["Tuottajien ylitysosuus", "Producenternas förlustandel", "Producers' pain"],
            T::OwnerPain => ["Tilaajien ylitysosuus", "Beställarnas förlustandel", "Owners' pain"],
            T::KraEff => ["KRA-kannustin", "KRA-incitament", "KRA incentive"],
            T::ProducersTotal => ["Tuottajille yhteensä", "Till producenterna totalt", "Producers' total"],
            T::OwnersOutlay => ["Tilaajien kokonaismeno", "Beställarnas totala utgift", "Owners' outlay"],
            T::Saving => [
                "Säästö suhteessa tavoitteeseen ja palkkioon",
                "Besparing mot mål och arvode",
                "Saving against target plus fee",
            ],
            T::PerParty => ["Netto osapuolittain", "Netto per part", "Net per party"],
            T::PerPartyTotal => [
                "Tuottajille yhteensä ja tilaajien maksut osapuolittain",
                "Till producenterna totalt och beställarnas betalningar per part",
                "Producers' totals and owners' payments per party",
            ],
            T::ActualProducers => [
                "josta tuottajien kustannus (arvio)",
                "varav producenternas kostnad (uppskattad)",
                "of which the producers' cost (estimated)",
            ],
            T::OutcomeTotal => {
                ["Yhteensä (alitus − ylitys)", "Totalt (underskridande − överskridande)", "Total (underrun − overrun)"]
            }
            T::PartyNote => [
                "Netto = alitusosuus − ylitysosuus + KRA; tilaajan KRA on sen osuus tilaajien maksamasta (miinusmerkkinen). Tuottaja saa korvattujen kustannustensa lisäksi palkkion + netton; tilaajan maksu = osuus kustannustavoitteesta + osuus palkkiosta − netto.",
                "Netto = vinstandel − förlustandel + KRA; beställarens KRA är dess andel av det beställarna betalar (negativt). Producenten får utöver de ersatta kostnaderna arvode + netto; beställarens betalning = andel av kostnadsmålet + andel av arvodet − netto.",
                "Net = gain − pain + KRA; an owner's KRA is its share of what the owners pay (negative). A producer receives fee + net on top of its reimbursed costs; an owner pays its share of the cost target + its share of the fee − net.",
            ],
            T::ChartBudget => [
                "Budjetti osapuolittain ja kustannuslajeittain",
                "Budget per part och kostnadsslag",
                "Budget by party and category",
            ],
            T::ChartResult => {
                ["Tulos toteutuneen kustannuksen mukaan", "Resultat efter faktisk kostnad", "Result by actual cost"]
            }
            T::ChartResultHint => [
                "70–140 % kustannustavoitteesta. Tuottajat: palkkio + alitusosuus − ylitysosuus + KRA. Tilaajat: säästö suhteessa tavoitteeseen ja palkkioon. Pisteet merkitsevät, missä katto alkaa rajata.",
                "70–140 % av kostnadsmålet. Producenter: arvode + vinstandel − förlustandel + KRA. Beställare: besparing mot mål och arvode. Punkterna visar var taket börjar begränsa.",
                "70–140% of the cost target. Producers: fee + gain − pain + KRA. Owners: saving against target plus fee. The dots mark where a cap starts to bite.",
            ],
            T::ProducersResult => ["Tuottajien tulos", "Producenternas resultat", "Producers' result"],
            T::OwnersResult => ["Tilaajien säästö", "Beställarnas besparing", "Owners' saving"],
            T::CapBites => ["katto:", "tak:", "cap:"],
            T::BadShare => [
                "“{}” ei ole prosenttiosuus. Kirjoita luku väliltä 0–100, esim. 12,5.",
                "”{}” är inte en procentandel. Skriv ett tal mellan 0 och 100, t.ex. 12,5.",
                "“{}” is not a percentage. Write a number from 0 to 100, e.g. 12.5.",
            ],
            T::BadNumber => [
                "“{}” ei ole luku. Kirjoita esim. 39,2 (enintään kuusi desimaalia).",
                "”{}” är inte ett tal. Skriv t.ex. 39,2 (högst sex decimaler).",
                "“{}” is not a number. Write e.g. 39.2 (at most six decimals).",
            ],
            T::BadCount => [
                "“{}” ei ole lukumäärä. Kirjoita kokonaisluku, esim. 117789.",
                "”{}” är inte ett antal. Skriv ett heltal, t.ex. 117789.",
                "“{}” is not a count. Write a whole number, e.g. 117789.",
            ],
            T::BadYear => [
                "“{}” ei ole vuosi. Kirjoita esim. 2027.",
                "”{}” är inte ett år. Skriv t.ex. 2027.",
                "“{}” is not a year. Write e.g. 2027.",
            ],
            T::BadScenarios => [
                "Kirjoita 1–12 prosenttia puolipisteillä erotettuina, esim. 90; 100; 110; 125.",
                "Skriv 1–12 procentsatser åtskilda med semikolon, t.ex. 90; 100; 110; 125.",
                "Write 1 to 12 percentages separated by semicolons, e.g. 90; 100; 110; 125.",
            ],
            T::RowGone => [
                "Riviä ei enää ole suunnitelmassa.",
                "Raden finns inte längre i planen.",
                "The row is no longer in the plan.",
            ],
        }
    }
}
