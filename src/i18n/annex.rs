//! The words of the PDF annexes in Finnish, Swedish and English (headings, labels, page header),
//! and the annex languages: one of the three, or a bilingual Finnish–Swedish edition in which
//! every heading and label is given in both languages.

use super::{Language, Named, format};
use crate::model::{Bp, Decimal, Money};
use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

/// The language of an exported annex, chosen independently of the interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum AnnexLanguage {
    #[default]
    Fi,
    Sv,
    En,
    /// Finnish and Swedish: every label as "suomeksi / på svenska".
    FiSv,
}

impl AnnexLanguage {
    pub const ALL: [AnnexLanguage; 4] = [AnnexLanguage::Fi, AnnexLanguage::Sv, AnnexLanguage::En, AnnexLanguage::FiSv];

    /// The language numbers, dates and money are formatted in.
    pub fn primary(self) -> Language {
        match self {
            AnnexLanguage::Fi | AnnexLanguage::FiSv => Language::Fi,
            AnnexLanguage::Sv => Language::Sv,
            AnnexLanguage::En => Language::En,
        }
    }

    /// "fi", "sv", "en" or "fi+sv".
    pub fn code(self) -> &'static str {
        match self {
            AnnexLanguage::Fi => "fi",
            AnnexLanguage::Sv => "sv",
            AnnexLanguage::En => "en",
            AnnexLanguage::FiSv => "fi+sv",
        }
    }

    /// The name of the edition in the interface language.
    pub fn name(self, ui: Language) -> String {
        match self {
            AnnexLanguage::Fi => Language::Fi.name(ui).to_string(),
            AnnexLanguage::Sv => Language::Sv.name(ui).to_string(),
            AnnexLanguage::En => Language::En.name(ui).to_string(),
            AnnexLanguage::FiSv => ui.pick("Suomi ja ruotsi", "Finska och svenska", "Finnish and Swedish").to_string(),
        }
    }

    /// A label in this edition: one language, or "fi / sv".
    pub fn label(self, l: Label) -> String {
        self.both(l.get(Language::Fi), l.get(Language::Sv), l.get(Language::En))
    }

    /// The name of an enum value in this edition.
    pub fn named(self, v: &impl Named) -> String {
        self.both(v.name(Language::Fi), v.name(Language::Sv), v.name(Language::En))
    }

    /// Picks a text; the bilingual edition joins the Finnish and Swedish ones (once when equal).
    pub fn both(self, fi: &str, sv: &str, en: &str) -> String {
        match self {
            AnnexLanguage::Fi => fi.to_string(),
            AnnexLanguage::Sv => sv.to_string(),
            AnnexLanguage::En => en.to_string(),
            AnnexLanguage::FiSv if fi == sv => fi.to_string(),
            AnnexLanguage::FiSv => format!("{fi} / {sv}"),
        }
    }

    pub fn money(self, m: Money) -> String {
        format::money(m, self.primary())
    }

    pub fn percent(self, bp: Bp) -> String {
        format::percent(bp, self.primary())
    }

    pub fn decimal(self, d: Decimal) -> String {
        format::decimal(d, self.primary())
    }

    pub fn date(self, d: NaiveDate) -> String {
        format::date(d, self.primary())
    }

    pub fn opt_date(self, d: Option<NaiveDate>) -> String {
        d.map(|d| self.date(d)).unwrap_or_else(|| "–".to_string())
    }
}

impl fmt::Display for AnnexLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for AnnexLanguage {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fi" => Ok(AnnexLanguage::Fi),
            "sv" => Ok(AnnexLanguage::Sv),
            "en" => Ok(AnnexLanguage::En),
            "fi+sv" | "fisv" | "fi-sv" => Ok(AnnexLanguage::FiSv),
            other => Err(format!("unknown annex language “{other}”: use fi, sv, en or fi+sv")),
        }
    }
}

/// `labels! { Variant => ("fi", "sv", "en"), ... }`: the `Label` enum with one exhaustive match.
macro_rules! labels {
    ($($v:ident => ($fi:literal, $sv:literal, $en:literal)),* $(,)?) => {
        /// A word or phrase of the annexes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Label { $($v),* }

        impl Label {
            pub const ALL: &'static [Label] = &[$(Label::$v),*];

            pub fn get(self, lang: Language) -> &'static str {
                match self { $(Label::$v => lang.pick($fi, $sv, $en)),* }
            }
        }
    };
}

labels! {
    // Page header and frame.
    Agreement => ("ALLIANSSISOPIMUS", "ALLIANSAVTAL", "ALLIANCE AGREEMENT"),
    AnnexUpper => ("LIITE", "BILAGA", "ANNEX"),
    AnnexesUpper => ("LIITTEET", "BILAGOR", "ANNEXES"),
    Annex => ("Liite", "Bilaga", "Annex"),
    Version => ("Versio", "Version", "Version"),
    Record => ("Dnro", "Dnr", "Ref."),
    Date => ("Päivämäärä", "Datum", "Date"),
    AgreementLabel => ("Sopimus", "Avtal", "Agreement"),
    DevelopmentAgreement => ("Kehitysvaiheen allianssisopimus", "Alliansavtal för utvecklingsfasen", "Development-phase alliance agreement"),
    ServiceAgreement => ("Palveluvaiheen allianssisopimus", "Alliansavtal för tjänstefasen", "Service-phase alliance agreement"),
    Phase => ("Vaihe", "Fas", "Phase"),
    Status => ("Tila", "Status", "Status"),
    Parties => ("Sopijapuolet", "Avtalsparter", "Parties"),
    Party => ("Osapuoli", "Part", "Party"),
    BusinessId => ("Y-tunnus", "FO-nummer", "Business ID"),
    Role => ("Rooli", "Roll", "Role"),
    Contact => ("Yhteyshenkilö", "Kontaktperson", "Contact person"),
    Replaces => ("Korvaa version", "Ersätter version", "Replaces version"),
    ReplacesNothing => ("Tämä on liitteen ensimmäinen versio.", "Detta är bilagans första version.", "This is the first version of the annex."),
    Approval => ("Hyväksyntä", "Godkännande", "Approval"),
    ApprovedAjr => ("Hyväksytty allianssin johtoryhmän (AJR) kokouksessa", "Godkänd vid mötet för alliansens ledningsgrupp", "Approved at the meeting of the alliance leadership team on"),
    PlaceDate => ("Paikka ja aika", "Ort och datum", "Place and date"),
    Signature => ("Allekirjoitus", "Underskrift", "Signature"),
    NameTitle => ("Nimenselvennys ja asema", "Namnförtydligande och befattning", "Name and title"),
    VersionHistory => ("Versiohistoria", "Versionshistorik", "Version history"),
    Author => ("Laatija", "Författare", "Author"),
    Changes => ("Muutokset", "Ändringar", "Changes"),
    ChangesSince => ("Muutokset edellisestä hyväksytystä versiosta", "Ändringar sedan föregående godkända version", "Changes since the previous approved version"),
    Object => ("Kohde", "Objekt", "Object"),
    Field => ("Kenttä", "Fält", "Field"),
    Before => ("Ennen", "Före", "Before"),
    Now => ("Nyt", "Nu", "Now"),
    MoreChanges => ("muuta muutosta: katso allianssi diff", "ändringar till: se allianssi diff", "more changes: see allianssi diff"),
    NoChangesSince => ("Liitteeseen ei ole tehty muutoksia edellisen hyväksytyn version jälkeen.", "Bilagan har inte ändrats sedan föregående godkända version.", "The annex has not changed since the previous approved version."),
    Contents => ("Sisällys", "Innehåll", "Contents"),
    Pages => ("Sivuja", "Sidor", "Pages"),
    Continued => ("jatkuu", "forts.", "cont."),
    Title => ("Otsikko", "Rubrik", "Title"),
    None_ => ("Ei merkintöjä.", "Inga uppgifter.", "None."),
    // Charter.
    TargetGroup => ("Kohderyhmä", "Målgrupp", "Target group"),
    ClientNeeds => ("Asiakkaiden tarpeet", "Kundernas behov", "Client needs"),
    StrategicGoals => ("Yhteiset strategiset tavoitteet", "Gemensamma strategiska mål", "Shared strategic goals"),
    CommunityGoals => ("Tavoitteet yhteisötasolla", "Mål på samhällsnivå", "Goals for communities"),
    IndividualGoals => ("Tavoitteet yksilötasolla", "Mål på individnivå", "Goals for individuals"),
    WorkshopAnswers => ("Työpajojen vastaukset", "Svar från workshoparna", "Answers from the workshops"),
    Question => ("Kysymys", "Fråga", "Question"),
    Answer => ("Vastaus", "Svar", "Answer"),
    Metrics => ("Mittarit", "Mätare", "Metrics"),
    Metric => ("Mittari", "Mätare", "Metric"),
    Definition => ("Määritelmä", "Definition", "Definition"),
    Source => ("Tietolähde", "Datakälla", "Data source"),
    Direction => ("Suunta", "Riktning", "Direction"),
    Minimum => ("Vähimmäistaso", "Miniminivå", "Minimum"),
    Target => ("Tavoite", "Mål", "Target"),
    Excellent => ("Erinomainen", "Utmärkt", "Excellent"),
    Weight => ("Paino", "Vikt", "Weight"),
    Pool => ("Potti", "Pott", "Pool"),
    // Services.
    Service => ("Palvelu", "Tjänst", "Service"),
    Kind => ("Laji", "Typ", "Kind"),
    Mode => ("Tuotantotapa", "Produktionssätt", "Production mode"),
    Organiser => ("Järjestäjä", "Anordnare", "Organiser"),
    Producers => ("Tuottajat", "Producenter", "Producers"),
    Accountable => ("Vastuullinen", "Ansvarig", "Accountable"),
    MarketFailure => ("Markkinapuute todettu", "Marknadsbrist konstaterad", "Market failure established"),
    ServicesIntro => ("Allianssin palvelut, niiden laji ja tuotantotapa sekä kunkin palvelun järjestäjä ja tuottajat.", "Alliansens tjänster, deras typ och produktionssätt samt varje tjänsts anordnare och producenter.", "The alliance's services, their kind and production mode, and who organises and produces each."),
    // Schedule.
    Timeline => ("Aikajana", "Tidslinje", "Timeline"),
    Start => ("Alkaa", "Börjar", "Start"),
    End => ("Päättyy", "Slutar", "End"),
    Due => ("Määräpäivä", "Förfallodag", "Due"),
    ReviewOn => ("tarkistus", "granskas", "review"),
    Owner => ("Vastuutaho", "Ansvarig part", "Owner"),
    Deliverables => ("Tuotokset", "Leveranser", "Deliverables"),
    Deliverable => ("Tuotos", "Leverans", "Deliverable"),
    Phases => ("Vaiheet", "Faser", "Phases"),
    Gates => ("Päätöspisteet", "Beslutspunkter", "Gate decisions"),
    Gate => ("Päätöspiste", "Beslutspunkt", "Gate"),
    Outcome => ("Päätös", "Beslut", "Outcome"),
    Minutes => ("Pöytäkirja", "Protokoll", "Minutes"),
    Positions => ("Osapuolten kannat", "Parternas ståndpunkter", "Positions of the parties"),
    NoDates => ("Vaiheille ei ole merkitty päivämääriä.", "Faserna har inga datum.", "The phases have no dates."),
    // Organisation.
    PartyKindL => ("Tyyppi", "Typ", "Type"),
    FundingShare => ("Rahoitusosuus", "Finansieringsandel", "Funding share"),
    Fee => ("Palkkio", "Arvode", "Fee"),
    LeadershipTeam => ("Allianssin johtoryhmä (AJR)", "Alliansens ledningsgrupp", "Leadership team"),
    ProjectTeam => ("Projektitiimi", "Projektteam", "Project team"),
    Seats => ("Paikat", "Platser", "Seats"),
    Matrix => ("Vastuumatriisi", "Ansvarsmatris", "Responsibility matrix"),
    MatrixLegend => ("J = järjestäjä, vastuullinen · T = tuottaja · R = rahoittaja · H = hankintayksikkö · K = kuultava asiantuntija · I = tiedotettava", "A = anordnare, ansvarig · P = producent · F = finansiär · U = upphandlingsenhet · S = sakkunnig som hörs · I = informeras", "A = accountable organiser · P = producer · F = funder · U = procurement unit · C = consulted · I = informed"),
    PartyResources => ("Osapuolten palvelut ja resurssit", "Parternas tjänster och resurser", "Services and resources per party"),
    EurosPerYear => ("€ / vuosi", "€ / år", "€ / year"),
    PersonYears => ("Htv", "Årsv.", "Person-years"),
    Total => ("Yhteensä", "Totalt", "Total"),
    Findings => ("Avoimet havainnot", "Öppna iakttagelser", "Open findings"),
    NoFindings => ("Sääntötarkistus ei löytänyt huomautettavaa.", "Regelkontrollen hittade inget att anmärka.", "The rule check found nothing to report."),
    Severity => ("Vakavuus", "Allvarlighet", "Severity"),
    Code => ("Koodi", "Kod", "Code"),
    Message => ("Selitys", "Förklaring", "Explanation"),
    SeverityError => ("Virhe", "Fel", "Error"),
    SeverityWarning => ("Varoitus", "Varning", "Warning"),
    // Commercial.
    TargetCostMakeUp => ("Tavoitekustannuksen muodostuminen", "Målkostnadens sammansättning", "How the target cost is made up"),
    Base => ("Kustannusarvio", "Kostnadskalkyl", "Base estimate"),
    Reserve => ("Riskivaraus", "Riskreserv", "Risk reserve"),
    ReserveFromRegister => ("riskirekisterin avointen riskien odotusarvoista", "från de öppna riskernas väntevärden i riskregistret", "from the expected values of the open risks in the register"),
    ReserveFlat => ("prosenttia kustannusarviosta", "procent av kostnadskalkylen", "per cent of the base estimate"),
    ReserveFixed => ("sovittu summa", "överenskommet belopp", "agreed amount"),
    TargetCost => ("Tavoitekustannus (TAK)", "Målkostnad (TAK)", "Target cost (TAK)"),
    FeeTotal => ("Palkkio yhteensä", "Arvode totalt", "Total fee"),
    FeeFixed => ("kunkin tuottajan sovittu palkkio euroina", "varje producents överenskomna arvode i euro", "each producer's agreed fee in euros"),
    FeePercent => ("tavoitekustannuksesta", "av målkostnaden", "of the target cost"),
    FeeInside => ("Palkkio sisältyy tavoitekustannukseen", "Arvodet ingår i målkostnaden", "The fee is inside the target cost"),
    FeeOutside => ("Palkkio maksetaan tavoitekustannuksen lisäksi", "Arvodet betalas utöver målkostnaden", "The fee is paid on top of the target cost"),
    Ceiling => ("Tavoitekustannus ja palkkio", "Målkostnad och arvode", "Target cost plus fee"),
    FeePerProducer => ("Palkkio tuottajittain", "Arvode per producent", "Fee per producer"),
    Sharing => ("Alituksen ja ylityksen jakaminen", "Fördelning av underskridande och överskridande", "Sharing of an underrun and an overrun"),
    GainShare => ("Tuottajien osuus alituksesta", "Producenternas andel av underskridandet", "Producers' share of an underrun"),
    PainShare => ("Tuottajien osuus ylityksestä", "Producenternas andel av överskridandet", "Producers' share of an overrun"),
    GainCap => ("Alitusosuuden katto", "Tak för vinstandelen", "Gain cap"),
    PainCap => ("Ylitysosuuden katto", "Tak för förlustandelen", "Pain cap"),
    NoCap => ("ei kattoa", "inget tak", "no cap"),
    CapFee => ("palkkion suuruinen", "lika med arvodet", "equal to the fee"),
    Combined => ("Yhteiskatto (ylitysosuus ja KRA-sanktio yhteensä enintään ylitysosuuden katto)", "Gemensamt tak (förlustandel och KRA-avdrag högst taket för förlustandelen)", "Combined cap (pain and KRA penalty together at most the pain cap)"),
    On => ("käytössä", "tillämpas", "applies"),
    Off => ("ei käytössä", "tillämpas inte", "does not apply"),
    OwnersSplit => ("Tilaajien osuus jaetaan rahoitusosuuksien suhteessa, tuottajien osuus palkkioiden suhteessa.", "Beställarnas andel fördelas enligt finansieringsandelarna, producenternas enligt arvodena.", "The owners' part is split by their funding shares, the producers' part by their fees."),
    Rounding => ("Summat lasketaan sentin tarkkuudella; pyöristys puolikkaasta poispäin nollasta, ja jaot suurimman jäännöksen menetelmällä niin, että osat täsmäävät kokonaisuuteen.", "Beloppen räknas på centen; avrundning av halva bort från noll, och fördelningar med största resttalsmetoden så att delarna summerar till helheten.", "Amounts are computed to the cent; halves round away from zero, and splits use the largest-remainder method so that the parts add up exactly to the whole."),
    SharingWords => ("Jos toteutunut kustannus alittaa tavoitteen, tuottajat saavat alituksesta {gain}, enintään {gaincap}; loput jää tilaajille. Jos se ylittää tavoitteen, tuottajat kantavat ylityksestä {pain}, enintään {paincap}; loput kantavat tilaajat.", "Om den faktiska kostnaden underskrider målet får producenterna {gain} av underskridandet, högst {gaincap}; resten går till beställarna. Om den överskrider målet bär producenterna {pain} av överskridandet, högst {paincap}; resten bär beställarna.", "If the actual cost is below the target, the producers receive {gain} of the underrun, at most {gaincap}; the rest goes to the owners. If it is above, the producers bear {pain} of the overrun, at most {paincap}; the owners bear the rest."),
    Kra => ("Avaintulosalueet (KRA)", "Nyckelresultatområden (KRA)", "Key result areas (KRA)"),
    KraPool => ("KRA-kannustinpotti (painotettu pistemäärä ±1)", "KRA-incitamentpott (viktat poängtal ±1)", "KRA pool (weighted score ±1)"),
    KraWords => ("Kunkin mittarin pistemäärä on −1 vähimmäistasolla, 0 tavoitetasolla ja +1 erinomaisella tasolla, lineaarisesti niiden välillä. Painotettu pistemäärä kerrotaan potilla.", "Varje mätares poäng är −1 på miniminivån, 0 på målnivån och +1 på den utmärkta nivån, linjärt däremellan. Det viktade poängtalet multipliceras med potten.", "Each metric scores −1 at the minimum level, 0 at the target and +1 at the excellent level, linearly in between. The weighted score is multiplied by the pool."),
    Scenarios => ("Skenaariot", "Scenarier", "Scenarios"),
    ScenarioHead => ("Toteutunut kustannus, % tavoitteesta", "Faktisk kostnad, % av målet", "Actual cost, % of the target"),
    ScenarioWords => ("Taulukko näyttää, mitä kukin osapuoli saa tai maksaa, kun toteutunut kustannus on annettu osuus kustannustavoitteesta ja KRA-pisteet ovat suunnitelman mukaiset.", "Tabellen visar vad varje part får eller betalar när den faktiska kostnaden är den angivna andelen av kostnadsmålet och KRA-poängen är enligt planen.", "The table shows what each party receives or pays when the actual cost is the given share of the cost target and the KRA score is as planned."),
    Actual => ("Toteutunut kustannus (AC)", "Faktisk kostnad (AC)", "Actual cost (AC)"),
    Underrun => ("Alitus", "Underskridande", "Underrun"),
    Overrun => ("Ylitys", "Överskridande", "Overrun"),
    ProdGain => ("Tuottajien alitusosuus", "Producenternas vinstandel", "Producers' gain"),
    OwnerGain => ("Tilaajien alitusosuus", "Beställarnas vinstandel", "Owners' gain"),
    ProdPain => ("Tuottajien ylitysosuus", "Producenternas förlustandel", "Producers' pain"),
    OwnerPain => ("Tilaajien ylitysosuus", "Beställarnas förlustandel", "Owners' pain"),
    KraEff => ("KRA-kannustin", "KRA-incitament", "KRA incentive"),
    ProducersTotal => ("Tuottajille yhteensä", "Till producenterna totalt", "Producers' total"),
    OwnersOutlay => ("Tilaajien kokonaismeno", "Beställarnas totala utgift", "Owners' outlay"),
    Saving => ("Säästö suhteessa tavoitteeseen ja palkkioon", "Besparing mot mål och arvode", "Saving against target plus fee"),
    PartyOutcome => ("Osapuolten netto", "Parternas netto", "Net per party"),
    PartyTotalNote => ("Netto = alitusosuus − ylitysosuus + KRA; tilaajan KRA on sen osuus tilaajien maksamasta kannustimesta (miinusmerkkinen). Osapuolten netot ovat yhteensä alitus − ylitys.", "Netto = vinstandel − förlustandel + KRA; beställarens KRA är dess andel av det incitament beställarna betalar (negativt). Parternas netto är totalt underskridandet − överskridandet.", "Net = gain − pain + KRA; an owner's KRA is its share of the incentive the owners pay (negative). The parties' nets add up to the underrun − the overrun."),
    ActualProducers => ("josta tuottajien kustannus (arvio kustannusarvion suhteessa)", "varav producenternas kostnad (uppskattad i kalkylens proportion)", "of which the producers' cost (estimated in the base estimate's proportion)"),
    PartyLines => ("Osapuolten erät, kun toteutunut kustannus on {share} kustannustavoitteesta", "Parternas poster när den faktiska kostnaden är {share} av kostnadsmålet", "Each party's figures when the actual cost is {share} of the cost target"),
    PartyLinesNote => ("Tuottajan yhteensä = palkkio + netto korvattujen kustannusten lisäksi. Tilaajan yhteensä on sen koko maksu = osuus kustannustavoitteesta + osuus palkkiosta − netto; osuudet rahoitusosuuksien mukaan. Tilaajien maksut ovat yhteensä tilaajien kokonaismeno.", "Producentens totalt = arvode + netto utöver de ersatta kostnaderna. Beställarens totalt är hela dess betalning = andel av kostnadsmålet + andel av arvodet − netto; andelarna enligt finansieringsandelarna. Beställarnas betalningar är totalt beställarnas totala utgift.", "A producer's total = fee + net on top of its reimbursed costs. An owner's total is its whole payment = its share of the cost target + its share of the fee − net, shares by funding share. The owners' payments add up to the owners' outlay."),
    KraScoring => ("KRA-pisteiden laskenta", "Beräkning av KRA-poängen", "How the KRA score is computed"),
    KraScoringNote => ("Arvo on mittarin raportoitu arvo (aktivointiaste yhdellä desimaalilla, NPS kokonaislukuna, muut mittarin tarkkuudella); pisteet lasketaan tästä arvosta. Painotettu pistemäärä S = Σ paino × pisteet pyöristetään neljään desimaaliin; KRA = S × potti. Mittaamaton mittari saa 0 pistettä.", "Värdet är mätarens rapporterade värde (aktiveringsgraden med en decimal, NPS som heltal, övriga med mätarens precision); poängen räknas från detta värde. Det viktade poängtalet S = Σ vikt × poäng avrundas till fyra decimaler; KRA = S × potten. En omätt mätare får 0 poäng.", "The value is the metric's reported value (the activation rate with one decimal, the NPS whole, others to the metric's precision); the score is computed from it. The weighted score S = Σ weight × score is rounded to four decimals; KRA = S × pool. An unmeasured metric scores 0."),
    ValueCol => ("Arvo", "Värde", "Value"),
    ScoreCol => ("Pisteet", "Poäng", "Score"),
    WeightedScore => ("Painotettu pistemäärä S", "Viktat poängtal S", "Weighted score S"),
    KraAmount => ("KRA-kannustin ennen yhteiskattoa", "KRA-incitament före det gemensamma taket", "KRA before the combined cap"),
    TargetShareCol => ("Osuus tavoitteesta", "Andel av målet", "Share of target"),
    GainCol => ("Alitusosuus", "Vinstandel", "Gain"),
    PainCol => ("Ylitysosuus", "Förlustandel", "Pain"),
    KraCol => ("KRA", "KRA", "KRA"),
    NetCol => ("Netto", "Netto", "Net"),
    CannotCompute => ("Lukuja ei voitu laskea:", "Beloppen kunde inte beräknas:", "The figures could not be computed:"),
    NoScenarios => ("Suunnitelmassa ei ole skenaarioita.", "Planen har inga scenarier.", "The plan has no scenarios."),
    // Reimbursable costs.
    ReimbursableIntro => ("Korvattavat kustannukset maksetaan toteutuneen mukaisina avoimin kirjoin ilman katetta. Palkkio kattaa yleiskustannukset ja voiton.", "Ersättningsgilla kostnader betalas enligt utfall med öppna böcker utan påslag. Arvodet täcker omkostnader och vinst.", "Reimbursable costs are paid at cost on open books, with no markup. The fee covers overhead and profit."),
    Reimbursable => ("Korvattavat kustannukset", "Ersättningsgilla kostnader", "Reimbursable costs"),
    NotReimbursable => ("Ei-korvattavat kustannukset", "Icke ersättningsgilla kostnader", "Costs that are not reimbursed"),
    Category => ("Kustannuslaji", "Kostnadsslag", "Category"),
    Unit => ("Yksikkö", "Enhet", "Unit"),
    Rate => ("Hinta", "Pris", "Rate"),
    AtInvoice => ("laskun mukaan", "enligt faktura", "at invoice"),
    Evidence => ("Tosite", "Verifikat", "Evidence"),
    Approver => ("Hyväksyjä", "Godkännare", "Approver"),
    BudgetPerParty => ("Kustannusarvio osapuolittain", "Kostnadskalkyl per part", "Base estimate per party"),
    // Risks.
    Heatmap => ("Riskikartta (avoimet riskit)", "Riskkarta (öppna risker)", "Heat map (open risks)"),
    HeatmapAll => ("Riskikartta (kaikki riskit)", "Riskkarta (alla risker)", "Heat map (all risks)"),
    Probability => ("Todennäköisyys", "Sannolikhet", "Probability"),
    Impact => ("Vaikutus", "Konsekvens", "Impact"),
    Register => ("Riskirekisteri", "Riskregister", "Risk register"),
    RiskId => ("Tunnus", "ID", "ID"),
    Risk => ("Riski", "Risk", "Risk"),
    CauseConsequence => ("Syy → seuraus", "Orsak → följd", "Cause → consequence"),
    Score => ("T×V", "S×K", "P×I"),
    ProbabilityShort => ("T", "S", "P"),
    ImpactShort => ("V", "K", "I"),
    Band => ("Taso", "Nivå", "Band"),
    Expected => ("Odotusarvo", "Väntevärde", "Expected value"),
    Mitigation => ("Toimenpiteet", "Åtgärder", "Mitigation"),
    ClosedIncluded => ("Rekisteri sisältää myös suljetut riskit.", "Registret innehåller också avslutade risker.", "The register includes closed risks."),
    ClosedLeftOut => ("Suljetut riskit eivät ole mukana.", "Avslutade risker ingår inte.", "Closed risks are left out."),
    Scales => ("Asteikot", "Skalor", "Scales"),
    Bands => ("Tasot: 1–{low} matala, {low1}–{moderate} kohtalainen, {moderate1}–{high} korkea, yli {high} kriittinen.", "Nivåer: 1–{low} låg, {low1}–{moderate} måttlig, {moderate1}–{high} hög, över {high} kritisk.", "Bands: 1–{low} low, {low1}–{moderate} moderate, {moderate1}–{high} high, above {high} critical."),
    Shared => ("yhteinen", "gemensam", "shared"),
    // Follow-up report.
    Report => ("Seurantaraportti", "Uppföljningsrapport", "Follow-up report"),
    ReportUpper => ("SEURANTARAPORTTI", "UPPFÖLJNINGSRAPPORT", "FOLLOW-UP REPORT"),
    ReportPeriod => ("Raportointijakso", "Rapportperiod", "Reporting period"),
    AsOf => ("Tilanne", "Läge per", "As of"),
    ReportWords => ("Allianssin johtoryhmän seurantaraportti palveluvaiheesta: mittareiden kehitys, kustannusten kertymä, ennuste sopimuskauden lopun tilityksestä ja avoimet riskit. Luvut on laskettu suunnitelmaan kirjatuista mittauksista ja toteutuneista kustannuksista raportointijakson loppuun asti.", "Alliansens ledningsgrupps uppföljningsrapport om tjänstefasen: mätarnas utveckling, kostnadsutfallet, prognosen för avräkningen vid avtalsperiodens slut och de öppna riskerna. Siffrorna är beräknade från de mätningar och faktiska kostnader som förts in i planen fram till rapportperiodens slut.", "The leadership team's follow-up report on the service phase: the KPIs, the cost burn, the forecast of the settlement at the end of the contract, and the open risks. The figures are computed from the measurements and actual costs entered in the plan up to the end of the reporting period."),
    Kpis => ("Mittareiden kehitys", "Mätarnas utveckling", "KPIs"),
    WholeAlliance => ("Koko allianssi", "Hela alliansen", "Whole alliance"),
    PeriodCol => ("Jakso", "Period", "Period"),
    SummedNote => ("Koko allianssin luku on laskettu alueiden yhteenlasketuista luvuista, ei alueiden keskiarvona, ellei sitä ole mitattu kokonaisuutena. Vaakaviivat: vähimmäistaso, tavoite ja erinomainen taso.", "Hela alliansens värde är beräknat från områdenas sammanlagda tal, inte som ett medeltal av områdena, om det inte har mätts som en helhet. Vågräta linjer: miniminivå, mål och utmärkt nivå.", "The whole alliance's figure is computed from the areas' summed counts, not averaged over the areas, unless it was measured as one. Horizontal lines: the minimum, target and excellent levels."),
    NoMeasurements => ("Mittarille ei ole mittauksia raportointijakson loppuun mennessä.", "Mätaren har inga mätningar fram till rapportperiodens slut.", "The metric has no measurements up to the end of the reporting period."),
    Burn => ("Kustannusten kertymä", "Kostnadsutfall", "Cost burn"),
    BurnPerYear => ("Kustannusarvio ja toteuma vuosittain", "Kostnadskalkyl och utfall per år", "Budget and actual per year"),
    Year => ("Vuosi", "År", "Year"),
    BudgetCol => ("Kustannusarvio", "Kostnadskalkyl", "Budget"),
    ActualCol => ("Toteuma", "Utfall", "Actual"),
    UsedCol => ("Käytetty", "Förbrukat", "Used"),
    Cumulative => ("Kertymä jaksoittain", "Ackumulerat per period", "Cumulative per period"),
    PeriodCost => ("Jakson kustannus", "Periodens kostnad", "Cost of the period"),
    CumulativeCol => ("Kertymä", "Ackumulerat", "Cumulative"),
    NoCosts => ("Toteutuneita kustannuksia ei ole raportoitu raportointijakson loppuun mennessä.", "Inga faktiska kostnader har rapporterats fram till rapportperiodens slut.", "No actual costs are reported up to the end of the reporting period."),
    Forecast => ("Ennuste", "Prognos", "Forecast"),
    ForecastWords => ("Tilitys ennustettuna {date} tilanteen mukaan: toteutuneet kustannukset siihen asti ja loppuosa sopimuskauden loppuun joko toteutuneen kuukausitahdin mukaan tai annetun arvion mukaan. KRA-pisteet mittareiden viimeisimmistä arvoista.", "Avräkningen som prognos per {date}: de faktiska kostnaderna fram till dess och resten till avtalsperiodens slut antingen enligt den hittillsvarande månadstakten eller enligt den angivna uppskattningen. KRA-poängen från mätarnas senaste värden.", "The settlement forecast as of {date}: the actual costs to that date, and the rest to the end of the contract either at the monthly rate so far or as estimated. The KRA score from the metrics' latest values."),
    ToDate => ("Toteutunut tähän mennessä", "Utfall hittills", "Actual to date"),
    ToDateProducers => ("josta tuottajien", "varav producenternas", "of which the producers'"),
    LatestPeriod => ("Viimeisin raportoitu jakso", "Senast rapporterade period", "Latest reported period"),
    MonthsElapsed => ("Kuukausia kulunut / sopimuskaudella", "Månader gått / under avtalsperioden", "Months elapsed / in the contract"),
    PartyCostToDate => ("Toteutunut osapuolittain", "Utfall per part", "Actual per party"),
    Case => ("Ennustettu tilitys", "Prognostiserad avräkning", "Forecast settlement"),
    RunRate => ("Toteutuneen tahdin mukaan", "Enligt takten hittills", "At the run-rate"),
    Estimate => ("Arvion mukaan", "Enligt uppskattningen", "As estimated"),
    Rest => ("Loppuosan kustannus", "Återstående kostnad", "Cost still to come"),
    CaseLines => ("Osapuolten erät – ennuste {case}", "Parternas poster – prognos {case}", "Each party's figures – forecast {case}"),
    NoForecast => ("Toteutuneen tahdin ennustetta ei voi laskea ennen kuin kustannuksia on raportoitu.", "Prognosen enligt takten kan inte beräknas innan kostnader har rapporterats.", "The run-rate forecast cannot be computed before costs are reported."),
    NoEstimate => ("Loppuosan kustannukselle ei ole annettu arviota.", "Ingen uppskattning av den återstående kostnaden har angetts.", "No estimate of the cost still to come is given."),
    OpenRisks => ("Avoimet riskit", "Öppna risker", "Open risks"),
    RisksByBand => ("Avoimia riskejä tasoittain", "Öppna risker per nivå", "Open risks by band"),
    Count => ("Lukumäärä", "Antal", "Count"),
    HighRisks => ("Korkeat ja kriittiset avoimet riskit", "Höga och kritiska öppna risker", "Open high and critical risks"),
    NextReview => ("Seuraava tarkistus", "Nästa granskning", "Next review"),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_in_every_language_and_both() {
        for &l in Label::ALL {
            for lang in Language::ALL {
                assert!(!l.get(lang).trim().is_empty(), "{l:?} {lang}");
            }
            let both = AnnexLanguage::FiSv.label(l);
            assert!(both.starts_with(l.get(Language::Fi)) && both.ends_with(l.get(Language::Sv)), "{l:?}");
        }
        assert_eq!("fi+sv".parse::<AnnexLanguage>(), Ok(AnnexLanguage::FiSv));
        assert!("de".parse::<AnnexLanguage>().is_err());
        assert_eq!(AnnexLanguage::FiSv.label(Label::Parties), "Sopijapuolet / Avtalsparter");
        assert_eq!(AnnexLanguage::FiSv.money(Money(155_224_600)), format::money(Money(155_224_600), Language::Fi));
    }
}
