//! The names of the model's enums in Finnish, Swedish and English: one exhaustive table per
//! enum, so a missing translation fails to compile. Terms follow the glossary of the domain
//! guide (§8).

use super::Language;
use crate::model::*;

/// A value with a name in every language.
pub trait Named {
    /// The name in the given language.
    fn name(&self, lang: Language) -> &'static str;
}

/// `names!(Enum { Variant => ("fi", "sv", "en"), ... })` implements `Named` with an exhaustive
/// match. For the tests it also lists every table of the invocation (`tables()`): because the
/// match is exhaustive, that list holds every value of every enum.
macro_rules! names {
    ($($ty:ty { $($variant:ident => ($fi:literal, $sv:literal, $en:literal)),* $(,)? })*) => {
        $(
            impl Named for $ty {
                fn name(&self, lang: Language) -> &'static str {
                    match self {
                        $(<$ty>::$variant => lang.pick($fi, $sv, $en),)*
                    }
                }
            }
        )*

        /// Every table: the enum's name and, per value, its debug form and its names in
        /// `Language::ALL` order.
        #[cfg(test)]
        pub(crate) fn tables() -> Vec<(&'static str, Vec<(String, [&'static str; 3])>)> {
            vec![$((
                stringify!($ty),
                vec![$((
                    format!("{:?}", <$ty>::$variant),
                    Language::ALL.map(|lang| <$ty>::$variant.name(lang)),
                )),*],
            )),*]
        }
    };
}

impl Language {
    /// The language's name in itself ("Suomi", "Svenska", "English"), for a language picker.
    pub fn native_name(self) -> &'static str {
        self.name(self)
    }
}

names! {
    Language {
        Fi => ("Suomi", "Finska", "Finnish"),
        Sv => ("Ruotsi", "Svenska", "Swedish"),
        En => ("Englanti", "Engelska", "English"),
    }

    // Parties (domain guide §3).
    PartyKind {
        Region => ("Maakunta", "Landskap", "Region"),
        EmploymentArea => ("Työllisyysalue", "Sysselsättningsområde", "Employment area"),
        HostMunicipality => ("Vastuukunta", "Ansvarskommun", "Host municipality"),
        Municipality => ("Kunta tai kaupunki", "Kommun eller stad", "Municipality or city"),
        TeOffice => ("TE-toimisto", "TE-byrå", "TE office"),
        ElyCentre => ("ELY-keskus", "NTM-central", "ELY centre"),
        VitalityCentre => ("Elinvoimakeskus", "Livskraftscentral", "Vitality centre"),
        EducationProvider => ("Oppilaitos", "Läroanstalt", "Education provider"),
        Kela => ("Kela", "FPA", "Kela"),
        WellbeingCounty => ("Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
        PrivateProducer => ("Yksityinen palveluntuottaja", "Privat serviceproducent", "Private producer"),
        ThirdSector => ("Kolmannen sektorin toimija", "Aktör inom tredje sektorn", "Third-sector organisation"),
        Other => ("Muu", "Annan", "Other"),
    }
    AllianceRole {
        Owner => ("Tilaaja", "Beställare", "Owner"),
        Producer => ("Palveluntuottaja", "Serviceproducent", "Producer"),
        OwnProduction => ("Tilaajan oma tuotanto", "Beställarens egen produktion", "Owner's own production"),
        Observer => ("Tarkkailija", "Observatör", "Observer"),
    }
    Field {
        Employment => ("Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services"),
        BusinessServices => ("Yrityspalvelut", "Företagstjänster", "Business services"),
        Education => ("Koulutus", "Utbildning", "Education"),
        Integration => ("Kotoutuminen", "Integration", "Integration"),
        YouthWork => ("Nuorisotyö", "Ungdomsarbete", "Youth work"),
        SocialSecurity => ("Sosiaaliturva", "Social trygghet", "Social security"),
        HealthAndSocial => ("Sosiaali- ja terveyspalvelut", "Social- och hälsovårdstjänster", "Health and social services"),
        Other => ("Muu", "Annat", "Other"),
    }

    // Services, the rows of the role matrix.
    ServiceKind {
        Service => ("Palvelu", "Tjänst", "Service"),
        SupportService => ("Tukipalvelu", "Stödtjänst", "Support service"),
        PublicAdministrativeTask => ("Julkinen hallintotehtävä", "Offentlig förvaltningsuppgift", "Public administrative task"),
    }
    ProductionMode {
        OwnProduction => ("Oma tuotanto", "Egen produktion", "Own production"),
        AllianceTender => (
            "Hankittu allianssin kilpailutuksessa",
            "Upphandlad i alliansens konkurrensutsättning",
            "Purchased in the alliance tender"
        ),
        ServiceVoucher => ("Palveluseteli", "Servicesedel", "Service voucher"),
        MarketOrThirdSector => ("Markkinat tai kolmas sektori", "Marknaden eller tredje sektorn", "Market or third sector"),
    }
    ServiceRole {
        Accountable => ("Järjestäjä, vastuullinen", "Anordnare, ansvarig", "Accountable organiser"),
        Producer => ("Tuottaja", "Producent", "Producer"),
        Funder => ("Rahoittaja", "Finansiär", "Funder"),
        ProcurementUnit => ("Hankintayksikkö", "Upphandlingsenhet", "Procurement unit"),
        Consulted => ("Kuultava asiantuntija", "Sakkunnig som hörs", "Consulted"),
        Informed => ("Tiedotettava", "Informeras", "Informed"),
    }

    // Phases, deliverables and gates (domain guide §2).
    PhaseKind {
        Strategy => ("Strategiavaihe", "Strategifas", "Strategy"),
        Formation => ("Allianssin muodostaminen", "Bildande av alliansen", "Formation"),
        Development => ("Kehitysvaihe", "Utvecklingsfas", "Development"),
        Service => ("Palveluvaihe", "Tjänstefas", "Service"),
    }
    PhaseState {
        NotStarted => ("Ei aloitettu", "Inte påbörjad", "Not started"),
        InProgress => ("Käynnissä", "Pågår", "In progress"),
        Passed => ("Läpäisty", "Passerad", "Passed"),
        Exited => ("Lopetettu", "Avslutad", "Exited"),
    }
    DeliverableStatus {
        NotStarted => ("Ei aloitettu", "Inte påbörjad", "Not started"),
        InProgress => ("Työn alla", "Pågår", "In progress"),
        Done => ("Valmis", "Klar", "Done"),
        Cancelled => ("Peruttu", "Slopad", "Cancelled"),
    }
    GateOutcome {
        Go => ("Jatketaan", "Fortsätt", "Go"),
        Exit => ("Lopetetaan", "Avsluta", "Exit"),
        Rework => ("Palautetaan valmisteluun", "Återremittera", "Rework"),
    }
    Stance {
        Approves => ("Hyväksyy", "Godkänner", "Approves"),
        Rejects => ("Hylkää", "Förkastar", "Rejects"),
        Abstains => ("Pidättäytyy", "Avstår", "Abstains"),
        Absent => ("Poissa", "Frånvarande", "Absent"),
    }
    ChecklistItem {
        // Strategy.
        MunicipalTalks => ("Kuntien väliset keskustelut", "Samtal mellan kommunerna", "Talks between municipalities"),
        SharedIntent => ("Yhteinen tahtotila ja strategia", "Gemensam vilja och strategi", "Shared intent and strategy"),
        FundingAndOrganisation => ("Rahoitus ja organisointi", "Finansiering och organisering", "Funding and organisation"),
        CooperationAndDecisions => (
            "Yhteistyön ja päätöksenteon muodot",
            "Former för samarbete och beslutsfattande",
            "Forms of cooperation and decision-making"
        ),
        IsModelRight => ("Sopiiko malli meille?", "Passar modellen oss?", "Is this model right for us?"),
        DoWeGoAhead => ("Lähdemmekö eteenpäin?", "Går vi vidare?", "Do we go ahead?"),
        HowToProcure => ("Miten hankimme?", "Hur upphandlar vi?", "How do we procure it?"),
        // Formation.
        MarketDialogue => ("Markkinavuoropuhelu", "Marknadsdialog", "Market dialogue"),
        TenderDocuments => (
            "Tarjouspyyntö ja sopimusasiakirjat",
            "Anbudsförfrågan och avtalshandlingar",
            "Invitation to tender and contract documents"
        ),
        ProducerInduction => (
            "Palveluntuottajien perehdyttäminen",
            "Introduktion av serviceproducenterna",
            "Inducting the producers"
        ),
        NegotiatedProcedure => (
            "Kilpailutus neuvottelumenettelyllä",
            "Upphandling med förhandlat förfarande",
            "Tender by negotiated procedure"
        ),
        ProcurementUnit => (
            "Yhteishankintayksikkö tai valtuutettu järjestäjä",
            "Gemensam upphandlingsenhet eller befullmäktigad anordnare",
            "Joint procurement unit or mandated organiser"
        ),
        // Development.
        DevelopmentAgreement => ("Kehitysvaiheen sopimus", "Avtal för utvecklingsfasen", "Development-phase agreement"),
        JointOrganisation => ("Yhteinen organisaatio", "Gemensam organisation", "Joint organisation"),
        ServiceConcept => ("Palvelukonseptin suunnittelu", "Utformning av tjänstekonceptet", "Service-concept design"),
        TargetGroupAndNeeds => ("Kohderyhmä ja asiakkaiden tarpeet", "Målgrupp och kundernas behov", "Target group and client needs"),
        SharedStrategicGoals => ("Yhteiset strategiset tavoitteet", "Gemensamma strategiska mål", "Shared strategic goals"),
        CommunityAndIndividualGoals => (
            "Tavoitteet yhteisö- ja yksilötasolla",
            "Mål på samhälls- och individnivå",
            "Goals for communities and individuals"
        ),
        OwnVersusPurchased => (
            "Oma tuotanto ja ostopalvelut",
            "Egen produktion och köpta tjänster",
            "Own production vs purchased services"
        ),
        Contracts => ("Sopimukset", "Avtal", "Contracts"),
        Metrics => ("Mittarit", "Mätare", "Metrics"),
        Staging => ("Vaiheistus", "Etappindelning", "Staging"),
        Duration => ("Kesto", "Varaktighet", "Duration"),
        ProjectOrganisation => ("Projektiorganisaatio", "Projektorganisation", "Project organisation"),
        TargetBudget => ("Tavoitebudjetti", "Målbudget", "Target budget"),
        RiskAssessment => ("Riskien arviointi", "Riskbedömning", "Risk assessment"),
        // Service.
        ServiceAgreement => ("Palveluvaiheen sopimus", "Avtal för tjänstefasen", "Service-phase agreement"),
        ServicesStarted => ("Palvelujen käynnistys", "Start av tjänsterna", "Start of services"),
        PerformanceMeasured => ("Tulosten mittaaminen", "Mätning av resultaten", "Measuring performance"),
        DeliveryStaged => ("Vaiheittainen toteutus", "Stegvis genomförande", "Staged delivery"),
        YearlyReview => ("Vuosikatselmus", "Årlig granskning", "Yearly review"),
        ExitRight => ("Tilaajien irtautumisoikeus", "Beställarnas rätt att utträda", "Owners' exit right"),
    }

    // Risk register (domain guide §6).
    RiskCategory {
        Strategic => ("Strateginen", "Strategisk", "Strategic"),
        Legal => ("Oikeudellinen", "Juridisk", "Legal and compliance"),
        Financial => ("Taloudellinen", "Ekonomisk", "Financial"),
        Operational => ("Toiminnallinen", "Operativ", "Operational"),
        Client => ("Asiakas", "Kund", "Client"),
        DataIct => ("Tiedot ja tietojärjestelmät", "Data och informationssystem", "Data and ICT"),
        MarketProducer => ("Markkinat ja palveluntuottajat", "Marknad och serviceproducenter", "Market and producers"),
        Political => ("Poliittinen", "Politisk", "Political"),
    }
    RiskNature {
        Threat => ("Uhka", "Hot", "Threat"),
        Opportunity => ("Mahdollisuus", "Möjlighet", "Opportunity"),
    }
    RiskStatus {
        Identified => ("Tunnistettu", "Identifierad", "Identified"),
        BeingHandled => ("Käsittelyssä", "Under behandling", "Being handled"),
        UnderControl => ("Hallinnassa", "Under kontroll", "Under control"),
        Occurred => ("Toteutunut", "Inträffad", "Occurred"),
        Closed => ("Suljettu", "Avslutad", "Closed"),
    }
    Trend {
        Rising => ("Kasvava", "Ökande", "Rising"),
        Stable => ("Vakaa", "Stabil", "Stable"),
        Falling => ("Pienenevä", "Minskande", "Falling"),
    }
    Band {
        Low => ("Matala", "Låg", "Low"),
        Moderate => ("Kohtalainen", "Måttlig", "Moderate"),
        High => ("Korkea", "Hög", "High"),
        Critical => ("Kriittinen", "Kritisk", "Critical"),
    }

    // Metrics (domain guide §5).
    Direction {
        HigherIsBetter => ("Suurempi on parempi", "Högre är bättre", "Higher is better"),
        LowerIsBetter => ("Pienempi on parempi", "Lägre är bättre", "Lower is better"),
    }

    // Plan metadata and annexes (domain guide §1, §7).
    Setting {
        Regional2018 => ("Maakuntamalli (2018)", "Landskapsmodellen (2018)", "Regional model (2018)"),
        EmploymentArea => (
            "Työllisyysalueet ja elinvoimakeskukset (2025–)",
            "Sysselsättningsområden och livskraftscentraler (2025–)",
            "Employment areas and vitality centres (2025–)"
        ),
    }
    Procurement {
        NotDecided => ("Ei vielä päätetty", "Inte beslutat ännu", "Not decided yet"),
        Negotiated => ("Neuvottelumenettely", "Förhandlat förfarande", "Negotiated procedure"),
        Open => ("Avoin menettely", "Öppet förfarande", "Open procedure"),
        Restricted => ("Rajoitettu menettely", "Selektivt förfarande", "Restricted procedure"),
        CompetitiveDialogue => ("Kilpailullinen neuvottelumenettely", "Konkurrenspräglad dialog", "Competitive dialogue"),
        DirectAward => ("Suorahankinta", "Direktupphandling", "Direct award"),
    }
    PlanStatus {
        Draft => ("Luonnos", "Utkast", "Draft"),
        Approved => ("Hyväksytty", "Godkänd", "Approved"),
    }
    AnnexKind {
        Charter => ("Peruskirja ja tavoitteet", "Stadga och mål", "Charter and goals"),
        Services => ("Palvelut ja laajuus", "Tjänster och omfattning", "Services and scope"),
        Commercial => ("Kaupallinen malli", "Kommersiell modell", "Commercial model"),
        ReimbursableCosts => ("Korvattavat kustannukset", "Ersättningsgilla kostnader", "Reimbursable costs"),
        Organisation => ("Organisaatio ja roolit", "Organisation och roller", "Organisation and roles"),
        Risks => ("Riskirekisteri", "Riskregister", "Risk register"),
        Schedule => ("Aikataulu", "Tidsplan", "Schedule"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_value_has_a_name_in_every_language() {
        for (ty, rows) in tables() {
            assert!(!rows.is_empty(), "{ty} has no values");
            for (value, names) in rows {
                for (lang, name) in Language::ALL.iter().zip(names) {
                    assert!(!name.trim().is_empty(), "{ty}::{value} has no name in {lang}");
                    assert_eq!(name, name.trim(), "{ty}::{value} in {lang} has stray spaces");
                }
            }
        }
    }

    #[test]
    fn names_are_distinct_within_an_enum() {
        for (ty, rows) in tables() {
            for (i, lang) in Language::ALL.iter().enumerate() {
                let mut seen = HashSet::new();
                for (value, names) in &rows {
                    assert!(seen.insert(names[i].to_lowercase()), "{ty}: “{}” repeats in {lang} ({value})", names[i]);
                }
            }
        }
    }

    #[test]
    fn tables_cover_the_model_enums() {
        let tables = tables();
        let count = |ty: &str| tables.iter().find(|(t, _)| *t == ty).map(|(_, rows)| rows.len());
        assert_eq!(count("PartyKind"), Some(PartyKind::ALL.len()));
        assert_eq!(count("AllianceRole"), Some(AllianceRole::ALL.len()));
        assert_eq!(count("Field"), Some(Field::ALL.len()));
        assert_eq!(count("ServiceKind"), Some(ServiceKind::ALL.len()));
        assert_eq!(count("ProductionMode"), Some(ProductionMode::ALL.len()));
        assert_eq!(count("ServiceRole"), Some(ServiceRole::ALL.len()));
        assert_eq!(count("PhaseKind"), Some(PhaseKind::ALL.len()));
        assert_eq!(count("RiskCategory"), Some(RiskCategory::ALL.len()));
        assert_eq!(count("AnnexKind"), Some(AnnexKind::ALL.len()));
        assert_eq!(count("Language"), Some(Language::ALL.len()));
        for ty in [
            "DeliverableStatus",
            "GateOutcome",
            "Stance",
            "ChecklistItem",
            "RiskNature",
            "RiskStatus",
            "Trend",
            "Band",
            "Direction",
            "Setting",
            "Procurement",
            "PlanStatus",
        ] {
            assert!(count(ty).is_some_and(|n| n > 0), "no table for {ty}");
        }
    }

    #[test]
    fn glossary_terms() {
        let all = |v: &dyn Named| Language::ALL.map(|l| v.name(l));
        assert_eq!(all(&AllianceRole::Owner), ["Tilaaja", "Beställare", "Owner"]);
        assert_eq!(all(&AllianceRole::Producer), ["Palveluntuottaja", "Serviceproducent", "Producer"]);
        assert_eq!(all(&ProductionMode::ServiceVoucher), ["Palveluseteli", "Servicesedel", "Service voucher"]);
        assert_eq!(
            all(&ServiceKind::PublicAdministrativeTask),
            ["Julkinen hallintotehtävä", "Offentlig förvaltningsuppgift", "Public administrative task"]
        );
        assert_eq!(all(&PlanStatus::Draft), ["Luonnos", "Utkast", "Draft"]);
        assert_eq!(all(&PlanStatus::Approved), ["Hyväksytty", "Godkänd", "Approved"]);
        assert_eq!(AnnexKind::Commercial.name(Language::Fi), "Kaupallinen malli");
        assert_eq!(PhaseKind::Development.name(Language::Sv), "Utvecklingsfas");
    }

    #[test]
    fn native_names() {
        assert_eq!(Language::ALL.map(Language::native_name), ["Suomi", "Svenska", "English"]);
        assert_eq!(Language::Sv.name(Language::Fi), "Ruotsi");
    }
}
