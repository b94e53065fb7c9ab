//! Finnish material for generated plans: municipalities (nominative and genitive), regions,
//! producers, people, services, deliverables, cost lines, metrics and risks.

use crate::model::{Field, PhaseKind, RiskCategory, ServiceKind};

/// A municipality: its name, its genitive and whether it is a town (kaupunki).
pub(super) struct Municipality {
    pub name: &'static str,
    pub genitive: &'static str,
    pub town: bool,
}

const fn m(name: &'static str, genitive: &'static str, town: bool) -> Municipality {
    Municipality { name, genitive, town }
}

pub(super) const MUNICIPALITIES: [Municipality; 72] = [
    m("Hämeenlinna", "Hämeenlinnan", true),
    m("Jyväskylä", "Jyväskylän", true),
    m("Seinäjoki", "Seinäjoen", true),
    m("Järvenpää", "Järvenpään", true),
    m("Hyvinkää", "Hyvinkään", true),
    m("Äänekoski", "Äänekosken", true),
    m("Jämsä", "Jämsän", true),
    m("Mänttä-Vilppula", "Mänttä-Vilppulan", true),
    m("Ähtäri", "Ähtärin", true),
    m("Närpiö", "Närpiön", true),
    m("Pietarsaari", "Pietarsaaren", true),
    m("Kemiönsaari", "Kemiönsaaren", false),
    m("Pälkäne", "Pälkäneen", false),
    m("Hämeenkyrö", "Hämeenkyrön", false),
    m("Kärkölä", "Kärkölän", false),
    m("Mäntsälä", "Mäntsälän", false),
    m("Jämijärvi", "Jämijärven", false),
    m("Pöytyä", "Pöytyän", true),
    m("Säkylä", "Säkylän", false),
    m("Sysmä", "Sysmän", false),
    m("Hattula", "Hattulan", false),
    m("Janakkala", "Janakkalan", false),
    m("Lempäälä", "Lempäälän", false),
    m("Ylöjärvi", "Ylöjärven", true),
    m("Kangasala", "Kangasalan", true),
    m("Nokia", "Nokian", true),
    m("Pirkkala", "Pirkkalan", false),
    m("Valkeakoski", "Valkeakosken", true),
    m("Orivesi", "Oriveden", true),
    m("Sastamala", "Sastamalan", true),
    m("Ikaalinen", "Ikaalisten", true),
    m("Kärsämäki", "Kärsämäen", false),
    m("Pyhäjärvi", "Pyhäjärven", true),
    m("Siikajoki", "Siikajoen", false),
    m("Hollola", "Hollolan", false),
    m("Mäntyharju", "Mäntyharjun", false),
    m("Pieksämäki", "Pieksämäen", true),
    m("Kitee", "Kiteen", true),
    m("Ruovesi", "Ruoveden", false),
    m("Ristijärvi", "Ristijärven", false),
    m("Kuhmoinen", "Kuhmoisten", false),
    m("Keuruu", "Keuruun", true),
    m("Multia", "Multian", false),
    m("Petäjävesi", "Petäjäveden", false),
    m("Toivakka", "Toivakan", false),
    m("Uurainen", "Uuraisten", false),
    m("Laukaa", "Laukaan", false),
    m("Muurame", "Muuramen", false),
    m("Sievi", "Sievin", false),
    m("Lapua", "Lapuan", true),
    m("Kauhava", "Kauhavan", true),
    m("Alajärvi", "Alajärven", true),
    m("Vöyri", "Vöyrin", false),
    m("Isokyrö", "Isonkyrön", false),
    m("Kristiinankaupunki", "Kristiinankaupungin", true),
    m("Kaskinen", "Kaskisten", true),
    m("Pedersöre", "Pedersören", false),
    m("Luoto", "Luodon", false),
    m("Mustasaari", "Mustasaaren", false),
    m("Maalahti", "Maalahden", false),
    m("Kruunupyy", "Kruunupyyn", false),
    m("Uusikaarlepyy", "Uudenkaarlepyyn", true),
    m("Föglö", "Föglön", false),
    m("Jomala", "Jomalan", false),
    m("Hammarland", "Hammarlandin", false),
    m("Sottunga", "Sottungan", false),
    m("Brändö", "Brändön", false),
    m("Kökar", "Kökarin", false),
    m("Sund", "Sundin", false),
    m("Geta", "Getan", false),
    m("Lemland", "Lemlandin", false),
    m("Vårdö", "Vårdön", false),
];

/// A region: the genitive used for the wellbeing services county and the vitality centre.
pub(super) const COUNTIES: [&str; 12] = [
    "Kanta-Hämeen",
    "Päijät-Hämeen",
    "Keski-Suomen",
    "Etelä-Pohjanmaan",
    "Pohjois-Pohjanmaan",
    "Pirkanmaan",
    "Satakunnan",
    "Varsinais-Suomen",
    "Pohjanmaan",
    "Etelä-Savon",
    "Pohjois-Karjalan",
    "Länsi-Uudenmaan",
];

/// Vitality centres, one per region of `COUNTIES` (same order).
pub(super) const VITALITY: [&str; 12] = [
    "Hämeen elinvoimakeskus",
    "Hämeen elinvoimakeskus, Lahden toimipaikka",
    "Keski-Suomen elinvoimakeskus",
    "Etelä-Pohjanmaan elinvoimakeskus",
    "Pohjois-Pohjanmaan elinvoimakeskus",
    "Pirkanmaan elinvoimakeskus",
    "Satakunnan elinvoimakeskus",
    "Varsinais-Suomen elinvoimakeskus",
    "Pohjanmaan elinvoimakeskus",
    "Etelä-Savon elinvoimakeskus",
    "Pohjois-Karjalan elinvoimakeskus",
    "Uudenmaan elinvoimakeskus",
];

pub(super) const COLLEGES: [&str; 8] = [
    "Hämeen ammattiopisto",
    "Koulutuskuntayhtymä Gradia",
    "Seinäjoen koulutuskuntayhtymä Sedu",
    "Tampereen seudun ammattiopisto Tredu",
    "Ammattiopisto Lappia",
    "Yrkesinstitutet Optima",
    "Etelä-Savon ammattiopisto Esedu",
    "Länsirannikon Koulutus Oy WinNova",
];

/// First parts of producers' names.
pub(super) const FIRM_STEMS: [&str; 24] = [
    "Työpolku",
    "Valmennus",
    "Osaamo",
    "Ura-Akatemia",
    "Työkyky",
    "Väylä",
    "Pätevä",
    "Kumppanuus",
    "Työkunto",
    "Ohjaamo",
    "Yrityspörssi",
    "Kotoutumo",
    "Mahdollistaja",
    "Töihin",
    "Polku ja Työ",
    "Osaajat",
    "Rekrytointitalo",
    "Työelämätiimi",
    "Askel",
    "Sisu-Valmennus",
    "Ääni ja Työ",
    "Kehittämö",
    "Suunta",
    "Pajakylä",
];

/// Places for producers' names (nominative).
pub(super) const AREAS: [&str; 16] = [
    "Häme",
    "Pirkanmaa",
    "Pohjanmaa",
    "Keski-Suomi",
    "Savo",
    "Kainuu",
    "Lappi",
    "Satakunta",
    "Uusimaa",
    "Karjala",
    "Österbotten",
    "Päijänne",
    "Näsijärvi",
    "Kymenlaakso",
    "Åboland",
    "Pyhäjoki",
];

/// Third-sector producers: the stem, followed by an area genitive.
pub(super) const ASSOCIATIONS: [&str; 8] = [
    "Työpajayhdistys ry",
    "Nuorisosäätiö sr",
    "Mielenterveysseura ry",
    "Monikulttuurinen yhdistys ry",
    "Työllisyysyhdistys ry",
    "Kuntoutussäätiö sr",
    "Setlementti ry",
    "Yrittäjät ry",
];

pub(super) const FIRST_NAMES: [&str; 24] = [
    "Tarja",
    "Pekka",
    "Hanna",
    "Kati",
    "Ville",
    "Riitta",
    "Sami",
    "Jenni",
    "Marko",
    "Outi",
    "Jyrki",
    "Päivi",
    "Sämpsä",
    "Åsa",
    "Jörn",
    "Tiina",
    "Mikko",
    "Sirpa",
    "Ääpeli",
    "Leena",
    "Björn",
    "Anna-Liisa",
    "Heikki",
    "Mervi",
];

pub(super) const LAST_NAMES: [&str; 24] = [
    "Virtanen",
    "Rautio",
    "Salmi",
    "Nurmi",
    "Lampinen",
    "Holmström",
    "Toivonen",
    "Aaltonen",
    "Heinonen",
    "Lindholm",
    "Mäkelä",
    "Hämäläinen",
    "Järvinen",
    "Kärkkäinen",
    "Östman",
    "Åkerlund",
    "Pöllänen",
    "Räsänen",
    "Söderström",
    "Mäkinen",
    "Väisänen",
    "Kääriäinen",
    "Törmä",
    "Ylönen",
];

pub(super) const TITLES: [&str; 10] = [
    "työllisyysjohtaja",
    "palvelupäällikkö",
    "hyvinvointijohtaja",
    "elinvoimajohtaja",
    "toimitusjohtaja",
    "toiminnanjohtaja",
    "kehittämispäällikkö",
    "koulutuspäällikkö",
    "yksikön päällikkö",
    "asiakkuusjohtaja",
];

/// A kind of service: name, field, what kind it is, and its target group.
pub(super) struct ServiceSeed {
    pub name: &'static str,
    pub field: Field,
    pub kind: ServiceKind,
    pub target: &'static str,
}

const fn s(name: &'static str, field: Field, kind: ServiceKind, target: &'static str) -> ServiceSeed {
    ServiceSeed { name, field, kind, target }
}

const ALL: &str = "Kohderyhmän kaikki asiakkaat";
const LONG: &str = "Yli 12 kuukautta työttömänä olleet";
const YOUNG: &str = "Alle 30-vuotiaat ilman koulutus- tai työpaikkaa";
const PARTLY: &str = "Osatyökykyiset työnhakijat";
const MIGRANTS: &str = "Maahanmuuttajataustaiset työnhakijat";
const FIRMS: &str = "Alueen työnantajat ja yrittäjät";

pub(super) const SERVICES: [ServiceSeed; 24] = {
    use Field::*;
    use ServiceKind::{PublicAdministrativeTask as Admin, Service as Svc, SupportService as Support};
    [
        s("Palvelutarpeen arviointi ja työllistymissuunnitelma", Employment, Admin, ALL),
        s("Palkkatuki- ja starttirahapäätökset", Employment, Admin, ALL),
        s("Työvoimapoliittiset lausunnot Kelalle", Employment, Admin, ALL),
        s("Työhönvalmennus ja työkokeilut", Employment, Svc, LONG),
        s("Nuorten työpaja- ja valmennuspalvelut", YouthWork, Svc, YOUNG),
        s("Etsivä nuorisotyö", YouthWork, Svc, YOUNG),
        s("Kuntouttava työtoiminta", HealthAndSocial, Svc, LONG),
        s("Työkyvyn arviointi ja terveystarkastukset", HealthAndSocial, Svc, PARTLY),
        s("Päihde- ja mielenterveyspalveluihin ohjaus", HealthAndSocial, Svc, PARTLY),
        s("Kotoutumispalvelut ja työelämän kielikoulutus", Integration, Svc, MIGRANTS),
        s("Osaamisen tunnistaminen ja tutkintojen täydentäminen", Integration, Svc, MIGRANTS),
        s("Yritysten rekrytointi- ja kehittämispalvelut", BusinessServices, Svc, FIRMS),
        s("Aloittavan yrittäjän neuvonta", BusinessServices, Svc, "Yritystä suunnittelevat työnhakijat"),
        s("Työnantajapalvelut ja työpaikkojen räätälöinti", BusinessServices, Svc, FIRMS),
        s("Työvoimakoulutus", Education, Svc, LONG),
        s("Oppisopimus- ja täydennyskoulutus", Education, Svc, "Työnhakijat ilman ammatillista tutkintoa"),
        s("Urasuunnittelu ja koulutukseen ohjaus", Education, Svc, YOUNG),
        s("Etuusneuvonta ja toimeentulotuen ohjaus", SocialSecurity, Svc, ALL),
        s("Lähipalvelupisteet", Employment, Svc, ALL),
        s("Digituki ja asiointipisteet", Employment, Support, ALL),
        s("Asiakastietojärjestelmä ja raportointi", Other, Support, "Allianssin henkilöstö"),
        s("Palvelusetelit yksilövalmennukseen", Employment, Svc, LONG),
        s("Ikääntyvien työnhakijoiden valmennus", Employment, Svc, "Yli 55-vuotiaat työnhakijat"),
        s(
            "Työhyvinvointi- ja jaksamispalvelut työssä oleville",
            HealthAndSocial,
            Support,
            "Osatyökykyiset työssä olevat",
        ),
    ]
};

/// Deliverables per phase.
pub(super) fn deliverables(phase: PhaseKind) -> &'static [&'static str] {
    match phase {
        PhaseKind::Strategy => &[
            "Tilannekuva työllisyyspalveluista ja asiakasmääristä",
            "Kuntien ja hyvinvointialueen yhteinen aiesopimus",
            "Rahoitus- ja organisointimalli",
            "Päätösesitys hankinnan käynnistämisestä",
            "Markkinakartoitus ja markkinapuutteen arviointi",
            "Sidosryhmäkuulemisten yhteenveto",
        ],
        PhaseKind::Formation => &[
            "Hankintailmoitus ja tarjouspyyntö",
            "Markkinavuoropuhelun tilaisuudet",
            "Neuvottelumenettelyn neuvottelukierrokset",
            "Valintapäätös ja kehitysvaiheen sopimus",
            "Tuottajien perehdytys allianssimalliin",
            "Hankintayksikön nimeäminen",
        ],
        PhaseKind::Development => &[
            "Palvelukonsepti ja asiakaspolut",
            "Tavoitekustannus ja korvattavien kustannusten luettelo",
            "KRA-mittarit ja niiden lähtötasot",
            "Riskienhallintasuunnitelma",
            "Allianssisopimus ja sen liitteet",
            "Yhteinen projektiorganisaatio ja työtilat",
            "Tietojärjestelmien käyttöönotto",
        ],
        PhaseKind::Service => &[
            "Palvelujen käynnistys kaikissa kunnissa",
            "Ensimmäisen vuoden vuosikatsaus",
            "Asiakastyytyväisyyskysely",
            "Kustannusseuranta ja tavoitekustannuksen tarkistus",
            "Kannustinten maksatus",
            "Toisen vuoden vuosikatsaus",
        ],
    }
}

/// Cost-line descriptions per reimbursable category code.
pub(super) fn cost_descriptions(code: &str) -> &'static [&'static str] {
    match code {
        "K1" => &[
            "Työhönvalmentajien palkat",
            "Omavalmentajien työaika",
            "Palveluohjaajien palkat",
            "Koordinaattorin työaika",
        ],
        "K2" => &["Alihankitut työkykyarviot", "Kielikoulutuksen alihankinta", "Psykologipalvelut"],
        "K3" => &["Palvelupisteen vuokra", "Työpajan tilat ja laitteet", "Etätyöpisteet"],
        "K4" => &["Asiakastietojärjestelmän lisenssit", "Raportointityökalu", "Sähköinen asiointi"],
        "K5" => &["Valmentajien matkat kuntiin", "Yrityskäynnit"],
        "K6" => &["Henkilöstön täydennyskoulutus", "Allianssivalmennus"],
        "K7" => &["Palvelusetelit yksilövalmennukseen", "Asiakkaiden matkakulut työkokeiluihin"],
        _ => &["Rekrytointitapahtumat", "Viestintä ja markkinointi"],
    }
}

/// Reimbursable cost categories used by generated cost lines.
pub(super) const COST_CODES: [&str; 8] = ["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"];

/// A risk: title, category, cause, consequence and mitigation.
pub(super) struct RiskSeed {
    pub title: &'static str,
    pub category: RiskCategory,
    pub cause: &'static str,
    pub consequence: &'static str,
    pub mitigation: &'static str,
}

const fn r(
    title: &'static str,
    category: RiskCategory,
    cause: &'static str,
    consequence: &'static str,
    mitigation: &'static str,
) -> RiskSeed {
    RiskSeed { title, category, cause, consequence, mitigation }
}

pub(super) const RISKS: [RiskSeed; 16] = {
    use RiskCategory::*;
    [
        r(
            "Asiakasmäärä jää ennustetusta",
            Client,
            "Ohjaus palveluihin viivästyy",
            "Tavoitekustannus ylitetään suhteessa tuloksiin",
            "Ohjauskäytännöt sovitaan kaikkien kuntien kanssa",
        ),
        r(
            "Tuottajien kilpailutus viivästyy",
            MarketProducer,
            "Tarjouksia tulee vähän",
            "Palvelujen käynnistys siirtyy",
            "Markkinavuoropuhelu ennen tarjouspyyntöä",
        ),
        r(
            "Valtionosuuksien muutos",
            Political,
            "Lainsäädäntö muuttuu kesken sopimuskauden",
            "Omistajien rahoitusosuudet muuttuvat",
            "Sopimukseen muutosehto ja vuosikatsaus",
        ),
        r(
            "Asiakastietojen siirto ei toimi",
            DataIct,
            "Järjestelmät eivät keskustele keskenään",
            "Päällekkäistä kirjaamista ja tietosuojariski",
            "Rajapinnat testataan kehitysvaiheessa",
        ),
        r(
            "Avainhenkilöt vaihtuvat",
            Operational,
            "Kilpailu osaajista kiristyy",
            "Palvelun laatu heikkenee",
            "Varahenkilöt ja perehdytysmalli",
        ),
        r(
            "Hankintaoikaisu tai valitus markkinaoikeuteen",
            Legal,
            "Tarjoaja riitauttaa valinnan",
            "Sopimuksen alku viivästyy kuukausia",
            "Huolellinen dokumentointi ja juristin tarkistus",
        ),
        r(
            "Kustannukset ylittävät tavoitekustannuksen",
            Financial,
            "Palkkataso nousee ennakoitua nopeammin",
            "Kipuosuus toteutuu tuottajille ja tilaajille",
            "Kuukausittainen kustannusseuranta avoimin kirjoin",
        ),
        r(
            "Kuntien sitoutuminen heikkenee",
            Strategic,
            "Valtuustokauden vaihtuminen",
            "Rahoitus ja ohjaus palveluihin vähenevät",
            "Säännöllinen raportointi valtuustoille",
        ),
        r(
            "Työnantajien kiinnostus vähenee",
            Client,
            "Suhdanne heikkenee",
            "Työkokeilu- ja työpaikkoja on vähemmän",
            "Työnantajapalvelujen yhteinen kampanja",
        ),
        r(
            "Yhteinen tila valmistuu myöhässä",
            Operational,
            "Remontti viivästyy",
            "Lähipalvelut hajautuvat väliaikaisesti",
            "Väistötilat varataan etukäteen",
        ),
        r(
            "Tietosuojaloukkaus",
            DataIct,
            "Asiakastietoja käsitellään usean osapuolen järjestelmissä",
            "Ilmoitus valvontaviranomaiselle ja mainehaitta",
            "Käsittelysopimukset ja koulutus",
        ),
        r(
            "Kelan etuuskäytännöt muuttuvat",
            Political,
            "Etuuksien ehtoihin tulee muutoksia",
            "Asiakkaiden osallistuminen palveluihin vaihtelee",
            "Kela mukana ohjausryhmässä",
        ),
        r(
            "Osatyökykyisten palvelujen kysyntä kasvaa",
            Client,
            "Työkykyarvioita tarvitaan enemmän",
            "Jonot pitenevät",
            "Työkykykoordinaattorien lisäresurssi",
        ),
        r(
            "Ulkopuolinen rahoitus jää saamatta",
            Financial,
            "ESR-hakemus ei menesty",
            "Kehittämishankkeet supistuvat",
            "Vaihtoehtoinen rahoitussuunnitelma",
        ),
        r(
            "Yhteistyö tuottajien välillä ei käynnisty",
            Strategic,
            "Toimintakulttuurit eroavat",
            "Asiakaspolut katkeavat",
            "Yhteiset työpajat ja allianssivalmennus",
        ),
        r(
            "Palveluseteliyrittäjiä on liian vähän",
            MarketProducer,
            "Seteliarvo ei kata kustannuksia",
            "Asiakkaat eivät saa palvelua ajallaan",
            "Seteliarvon vuosittainen tarkistus",
        ),
    ]
};

/// A KRA metric: name, definition, source, unit, whether higher is better and its three
/// levels (minimum, target, excellent) as whole numbers.
pub(super) struct MetricSeed {
    pub name: &'static str,
    pub definition: &'static str,
    pub source: &'static str,
    pub unit: &'static str,
    pub higher_is_better: bool,
    pub levels: [i64; 3],
}

pub(super) const METRICS: [MetricSeed; 5] = [
    MetricSeed {
        name: "Aktivointiaste",
        definition: "Palveluissa olevien osuus työttömistä ja palveluissa olevista",
        source: "Työllisyyskatsaus",
        unit: "%",
        higher_is_better: true,
        levels: [28, 33, 38],
    },
    MetricSeed {
        name: "Asiakkaiden suositteluhalukkuus (NPS)",
        definition: "Suosittelijoiden osuus miinus arvostelijoiden osuus",
        source: "Asiakaskysely puolivuosittain",
        unit: "",
        higher_is_better: true,
        levels: [10, 30, 50],
    },
    MetricSeed {
        name: "Työllistyneet kuuden kuukauden kuluttua",
        definition: "Palvelun päättäneistä avoimille työmarkkinoille työllistyneet",
        source: "Asiakastietojärjestelmä",
        unit: "%",
        higher_is_better: true,
        levels: [20, 28, 36],
    },
    MetricSeed {
        name: "Päiviä ensimmäiseen tapaamiseen",
        definition: "Ilmoittautumisesta alkuhaastatteluun, mediaani",
        source: "Asiakastietojärjestelmä",
        unit: "päivää",
        higher_is_better: false,
        levels: [14, 7, 3],
    },
    MetricSeed {
        name: "Pitkäaikaistyöttömien määrän muutos",
        definition: "Muutos edellisen vuoden vastaavaan kuukauteen",
        source: "Työllisyyskatsaus",
        unit: "%",
        higher_is_better: false,
        levels: [0, -8, -15],
    },
];
