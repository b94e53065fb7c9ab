//! Template `tampere-startup`: the Tampere-region start-up advice alliance in the 2018 setting.
//! The region funds start-up grants and entrepreneur training and decides the grants; the
//! municipalities fund their in-house business-advice company; a tendered producer advises,
//! teams clients, steers them to service vouchers and drafts start-grant statements.

use super::builder::{Builder, date};
use crate::i18n::Language;
use crate::model::*;

use DeliverableStatus::{Cancelled, Done, InProgress};
use PhaseKind::{Development, Formation, Service as ServicePhase, Strategy};
use ServiceRole::{Accountable, Consulted, Funder, Informed, Producer};

/// The parties, by the name the rest of the template uses.
struct Parties {
    region: PartyId,
    tampere: PartyId,
    kangasala: PartyId,
    nokia: PartyId,
    ylojarvi: PartyId,
    company: PartyId,
    advice: PartyId,
    academy: PartyId,
    mentors: PartyId,
}

pub(crate) fn build() -> Plan {
    let mut b = Builder::new("Tampereen seudun starttiallianssi 2018");
    meta(&mut b);
    let p = parties(&mut b);
    services(&mut b, &p);
    schedule(&mut b, &p);
    budget(&mut b, &p);
    metrics(&mut b);
    risks(&mut b, &p);
    b.gate_go(
        Strategy,
        "25.5.2018",
        "Maakuntahallitus 25.5.2018 § 142",
        "Omistajat päättivät käynnistää allianssin hankinnan neuvottelumenettelyllä. Kuntien \
         valtuutukset: Tampereen kaupunginhallitus 18.5.2018 § 233, Kangasalan kaupunginhallitus \
         19.5.2018 § 98, Nokian kaupunginhallitus 18.5.2018 § 121, Ylöjärven kaupunginhallitus \
         20.5.2018 § 87.",
    );
    b.finish()
}

fn meta(b: &mut Builder) {
    let m = b.meta();
    m.alliance_name = "Tampereen seudun yrittäjyyspalvelujen allianssi (Starttiallianssi)".into();
    m.record_number = "TRE:4127/00.01.02/2018".into();
    m.target_group = "Yritystoimintaa suunnittelevat henkilöt, alle kaksi vuotta toimineet yrittäjät sekä \
                      yrittäjyyttä harkitsevat työttömät työnhakijat Tampereella, Kangasalla, Nokialla ja \
                      Ylöjärvellä"
        .into();
    m.client_needs = "Liikeidean arviointi ja liiketoimintasuunnitelma, rahoitussuunnitelma ja starttirahan \
                      hakeminen, yrittäjäkoulutus, kohdennettu asiantuntija-apu (rahoitus, talous, viestintä, \
                      T&K, verkostot) sekä vertaistuki ja mentorointi ensimmäisinä toimintavuosina"
        .into();
    m.strategic_goals = vec![
        "Seudulla perustetaan vuosittain vähintään 1 500 elinkelpoista uutta yritystä.".into(),
        "Aloittavan yrittäjän palvelut muodostavat yhden palvelupolun organisaatiorajoista riippumatta.".into(),
        "Julkinen rahoitus kohdistuu palveluseteleinä vaikuttaviin asiantuntijapalveluihin.".into(),
    ];
    m.community_goals = vec![
        "Uusien yritysten kahden vuoden toiminnassa pysyminen nousee 85 prosenttiin.".into(),
        "Yrittäjyys on todellinen vaihtoehto työttömälle työnhakijalle kaikissa sopijakunnissa.".into(),
        "Paikalliset yrittäjäjärjestöt ja vapaaehtoiset mentorit ovat mukana palvelussa.".into(),
    ];
    m.individual_goals = vec![
        "Asiakas saa ensimmäisen neuvonta-ajan viiden arkipäivän kuluessa yhteydenotosta.".into(),
        "Jokaisella aloittavalla yrittäjällä on kirjallinen liiketoiminta- ja rahoitussuunnitelma.".into(),
        "Starttirahalausunto valmistuu kymmenen arkipäivän kuluessa hakemuksesta.".into(),
    ];
    m.setting = Setting::Regional2018;
    m.procurement = Procurement::Negotiated;
    m.annex_languages = vec![Language::Fi, Language::Sv];
    m.version = "0.1".into();
    m.date = Some(date("5.6.2018"));
    m.place = "Tampere".into();
    m.history = vec![VersionEntry {
        version: "0.1".into(),
        date: date("5.6.2018"),
        author: "Anna Virtanen, allianssipäällikkö".into(),
        changes: "Ensimmäinen luonnos strategiavaiheen työpajojen ja G1-päätöksen pohjalta".into(),
    }];
}

fn parties(b: &mut Builder) -> Parties {
    use AllianceRole::{Observer, OwnProduction, Owner, Producer as Prod};
    use Field::*;
    let municipal = [BusinessServices, Employment, Education, YouthWork, Integration];
    let region = b
        .party("Pirkanmaan maakunta", "Maakunta", PartyKind::Region, Owner)
        .business_id(2841537)
        .share(5500)
        .contact("Riikka Lehtinen", "kasvupalvelujohtaja", "riikka.lehtinen@pirkanmaa.fi", "040 718 2231")
        .project_seats(2)
        .duties(&[Employment, BusinessServices, Education])
        .id();
    let tampere = b
        .party("Tampereen kaupunki", "Tampere", PartyKind::Municipality, Owner)
        .registered("0211675-2")
        .share(2500)
        .contact("Mikko Salonen", "elinkeinojohtaja", "mikko.salonen@tampere.fi", "040 801 6634")
        .project_seats(2)
        .duties(&municipal)
        .id();
    let kangasala = b
        .party("Kangasalan kaupunki", "Kangasala", PartyKind::Municipality, Owner)
        .registered("1923299-5")
        .share(800)
        .contact("Sari Hakala", "kehitysjohtaja", "sari.hakala@kangasala.fi", "050 331 2874")
        .duties(&municipal)
        .id();
    let nokia = b
        .party("Nokian kaupunki", "Nokia", PartyKind::Municipality, Owner)
        .registered("0205717-4")
        .share(700)
        .contact("Janne Kivelä", "elinvoimajohtaja", "janne.kivela@nokiankaupunki.fi", "040 133 5012")
        .duties(&municipal)
        .id();
    let ylojarvi = b
        .party("Ylöjärven kaupunki", "Ylöjärvi", PartyKind::Municipality, Owner)
        .registered("0158221-7")
        .share(500)
        .contact("Päivi Rantanen", "elinkeinopäällikkö", "paivi.rantanen@ylojarvi.fi", "044 481 1903")
        .duties(&municipal)
        .id();
    let company = b
        .party("Tampereen seudun yritysneuvonta Oy", "Seutuneuvonta", PartyKind::Other, OwnProduction)
        .business_id(2736918)
        .contact("Tuomas Heikkilä", "toimitusjohtaja", "tuomas.heikkila@seutuneuvonta.fi", "040 502 7719")
        .project_seats(2)
        .in_house()
        .duties(&[BusinessServices])
        .id();
    let advice = b
        .party("Yrityspolku Pirkanmaa Oy", "Yrityspolku", PartyKind::PrivateProducer, Prod)
        .business_id(3051274)
        .fee(120_000)
        .contact("Laura Niemi", "palvelujohtaja", "laura.niemi@yrityspolku.fi", "050 447 2160")
        .project_seats(2)
        .id();
    let academy = b
        .party("Pirkanmaan Yrittäjäakatemia Oy", "Yrittäjäakatemia", PartyKind::PrivateProducer, Prod)
        .business_id(2298461)
        .fee(45_000)
        .contact("Henri Laaksonen", "koulutuspäällikkö", "henri.laaksonen@yrittajaakatemia.fi", "045 127 3390")
        .id();
    let mentors = b
        .party("Tampereen seudun yritysmentorit ry", "Mentorit", PartyKind::ThirdSector, Observer)
        .business_id(1893047)
        .contact("Eeva Koskinen", "puheenjohtaja", "eeva.koskinen@yritysmentorit.fi", "040 765 0248")
        .id();
    Parties { region, tampere, kangasala, nokia, ylojarvi, company, advice, academy, mentors }
}

fn services(b: &mut Builder, p: &Parties) {
    use Field::{BusinessServices, Employment};
    use ProductionMode::*;
    use ServiceKind::{PublicAdministrativeTask, Service, SupportService};
    let founders = "Yritystä suunnittelevat ja alle kaksi vuotta toimineet yrittäjät";
    b.service("Aloittavan yrittäjän neuvonta kasvokkain", Service, AllianceTender, BusinessServices)
        .describe(
            "Henkilökohtainen neuvonta Tampereen ja Kangasalan neuvontapisteissä sekä sovitusti Nokialla ja \
             Ylöjärvellä: liikeidean arviointi, liiketoimintasuunnitelma, yhtiömuoto ja luvat. Neuvoja \
             ohjaa myös valtion järjestämiin Yritys-Suomi- ja Suomi.fi-palveluihin.",
        )
        .target(founders)
        .organiser(p.region)
        .cell(p.region, Accountable, 60_000, "0.5")
        .cell(p.advice, Producer, 680_000, "9")
        .cell(p.tampere, Funder, 250_000, "0")
        .cell(p.company, Consulted, 0, "0.3");
    b.service("Asiakkaiden kokoaminen ja tiimiyttäminen", Service, AllianceTender, BusinessServices)
        .describe(
            "Asiakkaat kootaan toimialoittain 6–10 hengen tiimeihin, jotka kokoontuvat kuukausittain; \
             tiimit tuovat vertaistukea ja yhteisiä asiakkuuksia.",
        )
        .target(founders)
        .organiser(p.region)
        .cell(p.region, Accountable, 20_000, "0.2")
        .cell(p.advice, Producer, 140_000, "2")
        .cell(p.mentors, Consulted, 0, "0.5");
    b.service("Palveluseteliohjaus", Service, AllianceTender, BusinessServices)
        .describe(
            "Neuvoja arvioi asiakkaan tarpeen ja laatii palvelusetelin perustelun; maakunta myöntää \
             setelin. Asiakas valitsee tuottajan hyväksyttyjen palveluntuottajien joukosta.",
        )
        .target(founders)
        .organiser(p.region)
        .cell(p.region, Accountable, 15_000, "0.2")
        .cell(p.advice, Producer, 90_000, "1.2");
    b.service("Starttirahalausunnon valmistelu", Service, AllianceTender, Employment)
        .describe(
            "Tuottaja arvioi liiketoimintasuunnitelman ja kannattavuuslaskelman ja laatii lausunnon \
             maakunnalle. Lausunto ei sido päätöksentekijää.",
        )
        .target("Starttirahaa hakevat työttömät työnhakijat ja palkkatyöstä yrittäjiksi siirtyvät")
        .organiser(p.region)
        .cell(p.region, Accountable, 10_000, "0.1")
        .cell(p.advice, Producer, 95_000, "1.5");
    b.service("Starttiraha- ja palvelusetelipäätökset", PublicAdministrativeTask, OwnProduction, Employment)
        .describe(
            "Maakunta toimivaltaisena viranomaisena päättää starttirahasta hakemuksen ja tuottajan \
             lausunnon perusteella sekä palvelusetelin myöntämisestä neuvojan perustelun pohjalta. \
             Päätösvaltaa ei siirretä tuottajalle.",
        )
        .target("Starttirahaa ja palveluseteliä hakevat")
        .organiser(p.region)
        .cell(p.region, Accountable, 110_000, "2")
        .cell(p.advice, Consulted, 0, "0");
    b.service("Yrittäjäkoulutus", Service, AllianceTender, BusinessServices)
        .describe(
            "Kuuden viikon yrittäjävalmennus (liiketoiminnan perusteet, talous, myynti ja markkinointi) \
             kahdeksan kertaa vuodessa, osin verkossa.",
        )
        .target(founders)
        .organiser(p.region)
        .cell(p.region, Accountable, 30_000, "0.3")
        .cell(p.academy, Producer, 310_000, "3.5")
        .cell(p.advice, Informed, 0, "0");
    b.service("Palvelusetelillä hankittavat asiantuntijapalvelut", Service, ServiceVoucher, BusinessServices)
        .describe(
            "Rahoitussuunnitelma, sparraus, T&K-palvelut, viestintä, taloushallinto ja verkostoituminen \
             markkinoilla toimivilta yrityksiltä. Asiakas valitsee tuottajan; seteli enintään 1 200 €.",
        )
        .target("Neuvonnassa olevat aloittavat yrittäjät, joille maakunta on myöntänyt setelin")
        .organiser(p.region)
        .cell(p.region, Accountable, 420_000, "1")
        .cell(p.advice, Consulted, 0, "0.5");
    b.service("Mentorointi", Service, MarketOrThirdSector, BusinessServices)
        .describe(
            "Kokeneet yrittäjät mentoroivat aloittavia yrittäjiä vapaaehtoisesti 6–12 kuukauden ajan; \
             Seutuneuvonta koordinoi mentoriparit.",
        )
        .target("Ensimmäisen toimintavuotensa yrittäjät")
        .cell(p.company, Accountable, 25_000, "0.3")
        .cell(p.mentors, Producer, 12_000, "1.2")
        .cell(p.advice, Informed, 0, "0");
    b.service("Kuntien elinkeinopalvelut kasvuvaiheen yrityksille", Service, OwnProduction, BusinessServices)
        .describe(
            "Kuntien sidosyksikkö neuvoo toimivia yrityksiä kasvussa, sijoittumisessa ja rekrytoinneissa; \
             aloittava yrittäjä siirtyy tähän palveluun kahden toimintavuoden jälkeen.",
        )
        .target("Yli kaksi vuotta toimineet kasvuhakuiset yritykset")
        .cell(p.tampere, Accountable, 520_000, "0.5")
        .cell(p.kangasala, Funder, 90_000, "0")
        .cell(p.nokia, Funder, 80_000, "0")
        .cell(p.ylojarvi, Funder, 60_000, "0")
        .cell(p.company, Producer, 750_000, "8");
    b.service("Starttineuvonta seudun reuna-alueilla", Service, OwnProduction, BusinessServices)
        .describe(
            "Markkinakartoituksessa maalis–huhtikuussa 2018 ei löytynyt tuottajia Kangasalan ja \
             Ylöjärven haja-asutusalueiden lähineuvontaan. Markkinapuute todettu maakuntahallituksessa \
             25.5.2018 § 142; palvelu hankitaan suorahankintana kuntien sidosyksiköltä.",
        )
        .target("Haja-asutusalueiden aloittavat yrittäjät")
        .organiser(p.region)
        .market_failure()
        .cell(p.region, Accountable, 40_000, "0.2")
        .cell(p.company, Producer, 85_000, "1")
        .cell(p.kangasala, Informed, 0, "0")
        .cell(p.ylojarvi, Informed, 0, "0");
    b.service("Allianssin projektitoimisto", SupportService, AllianceTender, BusinessServices)
        .describe("Allianssipäällikkö, asiakastietojen raportointi, avoimet kirjat ja johtoryhmän valmistelu.")
        .target("Allianssin osapuolet")
        .organiser(p.region)
        .cell(p.region, Accountable, 70_000, "1")
        .cell(p.advice, Producer, 60_000, "0.8")
        .cell(p.tampere, Funder, 20_000, "0");
}

fn schedule(b: &mut Builder, p: &Parties) {
    use ChecklistItem::*;
    b.phase(
        Strategy,
        "5.1.2018",
        "25.5.2018",
        "Neljä kuntaa ja maakunta; Pirkkala ja Lempäälä seuraavat työtä ja voivat liittyä myöhemmin.",
    );
    b.phase(Formation, "26.5.2018", "31.12.2018", "Maakunta toimii kuntien valtuuttamana hankintayksikkönä.");
    b.phase(Development, "1.1.2019", "30.6.2019", "Kehitysvaiheen sopimus, tavoitekustannus ja mittarit.");
    b.phase(ServicePhase, "1.7.2019", "30.6.2022", "Palveluvaihe kolme vuotta, optio kahdesta lisävuodesta.");

    b.deliverable(Strategy, "Maakunnan ja kuntien yhteinen tahtotila", p.region)
        .span("12.1.2018", "27.2.2018")
        .status(Done);
    b.deliverable(Strategy, "Yrittäjyyspalvelujen nykytila ja asiakasvirrat", p.tampere)
        .span("12.1.2018", "13.3.2018")
        .status(Done)
        .note("Seutuneuvonnan ja maakunnan asiakastiedot vuosilta 2015–2017.");
    b.deliverable(Strategy, "Rahoitus- ja organisointimalli", p.region).span("2.3.2018", "30.4.2018").status(Done);
    b.deliverable(Strategy, "Esitys hankintapäätökseksi (G1)", p.region).span("4.5.2018", "22.5.2018").status(Done);

    b.deliverable(Formation, "Markkinavuoropuhelu palveluntuottajien kanssa", p.region)
        .span("1.6.2018", "28.8.2018")
        .status(InProgress)
        .note("Ensimmäinen tilaisuus 10.6.2018 Tampere-talolla.");
    b.deliverable(Formation, "Tarjouspyyntö ja sopimusluonnokset", p.region).span("15.6.2018", "30.9.2018");
    b.deliverable(Formation, "Neuvottelut ja hankintapäätös", p.region).span("1.10.2018", "15.12.2018");
    b.deliverable(Formation, "Tuottajien perehdytys allianssimalliin", p.company).span("1.12.2018", "31.12.2018");

    b.deliverable(Development, "Palvelukonsepti ja asiakaspolku", p.advice).span("11.1.2019", "30.4.2019");
    b.deliverable(Development, "Palvelusetelin sääntökirja ja tuottajarekisteri", p.region)
        .span("11.1.2019", "31.3.2019");
    b.deliverable(Development, "Tavoitekustannus, riskivaraus ja mittarit", p.region).span("1.2.2019", "31.5.2019");
    b.deliverable(Development, "Palveluvaiheen sopimus (G2)", p.region).span("1.5.2019", "25.6.2019");

    b.deliverable(ServicePhase, "Palvelujen käynnistys kaikissa neuvontapisteissä", p.advice)
        .span("1.7.2019", "31.8.2019");
    b.deliverable(ServicePhase, "Oma asiakaspalautejärjestelmä", p.company)
        .span("1.7.2019", "30.9.2019")
        .status(Cancelled)
        .note("Korvattu maakunnan yhteisellä asiakaspalautekyselyllä.");
    b.deliverable(ServicePhase, "Ensimmäinen vuosikatselmus", p.region).span("1.5.2020", "15.6.2020");
    b.deliverable(ServicePhase, "Toinen vuosikatselmus ja option käyttö", p.region).span("1.5.2021", "15.6.2021");

    let answers: [(ChecklistItem, bool, &str); 6] = [
        (MunicipalTalks, true, "Neuvottelut 14.1., 11.2. ja 18.3.2018; neljä kuntaa mukana."),
        (SharedIntent, true, "Yhteinen tahtotila hyväksytty kuntajohtajakokouksessa 27.2.2018."),
        (FundingAndOrganisation, true, "Maakunta 55 %, kunnat 45 % asukasluvun ja yritysmäärän mukaan."),
        (CooperationAndDecisions, false, "Johtoryhmän työjärjestys valmistellaan muodostamisvaiheessa."),
        (IsModelRight, true, "Allianssi sopii, koska palvelut ja rahoitus ovat usealla toimijalla."),
        (HowToProcure, true, "Neuvottelumenettely; maakunta hankintayksikkönä kuntien valtuutuksella."),
    ];
    for (item, done, text) in answers {
        b.answer(Strategy, item, done, text);
    }
}

/// The service phase runs 1.7.2019–30.6.2022: half years at both ends, 2 % indexation a year.
const YEARS: [(i32, i64); 4] = [(2019, 50), (2020, 100), (2021, 102), (2022, 52)];

fn budget(b: &mut Builder, p: &Parties) {
    b.costs(&YEARS, p.advice, "K1", 760_000, "Neuvojien ja projektitoimiston työaika (10,5 htv)");
    b.costs(&YEARS, p.advice, "K2", 35_000, "Tilitoimistojen alihankinta kannattavuuslaskelmiin");
    b.costs(&YEARS, p.advice, "K3", 48_000, "Neuvontapisteet Tampereella ja Kangasalla");
    b.costs(&YEARS, p.advice, "K5", 9_000, "Neuvojien matkat Nokialle ja Ylöjärvelle");
    b.costs(&YEARS, p.academy, "K1", 260_000, "Kouluttajien työaika, 8 valmennusta vuodessa");
    b.costs(&YEARS, p.academy, "K6", 38_000, "Verkkokurssialusta ja materiaalit");
    b.costs(&YEARS, p.region, "K1", 110_000, "Starttirahapäätösten käsittely (2 htv)");
    b.costs(&YEARS, p.region, "K4", 36_000, "Asiakastietojärjestelmän lisenssit");
    b.costs(&YEARS, p.region, "K7", 420_000, "Palvelusetelit, noin 350 seteliä vuodessa");
    b.costs(&YEARS, p.company, "K1", 85_000, "Reuna-alueiden starttineuvonta (1 htv)");
    b.costs(&YEARS, p.tampere, "K8", 15_000, "Yrittäjyysviikon tapahtumat ja viestintä");

    let budget = b.budget();
    budget.reserve = ReserveRule::FromRegister;
    budget.fee = FeeRule::FixedPerProducer;
    budget.fee_inside_target = false;
    budget.sharing = Sharing { gain_share: Bp::percent(50), pain_share: Bp::percent(50), ..Sharing::default() };
    budget.kra_pool = Money::euros(80_000);
}

fn metrics(b: &mut Builder) {
    use Direction::{HigherIsBetter, LowerIsBetter};
    b.metric("Neuvonnan jälkeen perustetut yritykset", "%", HigherIsBetter)
        .definition("Neuvontaan osallistuneista niiden osuus, jotka ovat perustaneet yrityksen 6 kk kuluessa.")
        .source("Asiakastietojärjestelmä ja YTJ:n kaupparekisteritiedot")
        .levels("35", "45", "55")
        .weight(2500)
        .value("47.5");
    b.metric("Toiminnassa olevien uusien yritysten määrän muutos", "%", HigherIsBetter)
        .definition(
            "Alle kaksi vuotta toimineiden, yhä toiminnassa olevien yritysten määrän muutos edellisestä vuodesta.",
        )
        .source("Tilastokeskus, aloittaneet ja lopettaneet yritykset")
        .levels("0", "3", "6")
        .weight(2000)
        .change("1840", "1932");
    b.metric("Asiakkaiden suositteluhalukkuus (NPS)", "", HigherIsBetter)
        .definition("Net Promoter Score neuvonnan päättyessä tehdystä kyselystä (0–10).")
        .source("Maakunnan asiakaspalautekysely")
        .levels("20", "40", "60")
        .weight(2000)
        .nps(148, 60, 32);
    b.metric("Yrittäjyyspalvelujen aktivointiaste", "%", HigherIsBetter)
        .definition("Yrittäjyyspalveluissa olevien työnhakijoiden osuus työttömistä ja palveluissa olevista.")
        .source("Työnvälitystilasto, seutukunnan kunnat")
        .levels("2", "3", "4")
        .weight(1500)
        .activation(41_850, 1_310);
    b.metric("Starttirahalausunnon valmistumisaika", "päivää", LowerIsBetter)
        .definition("Hakemuksen saapumisesta lausunnon valmistumiseen kuluneiden kalenteripäivien mediaani.")
        .source("Maakunnan asianhallintajärjestelmä")
        .levels("21", "14", "7")
        .weight(2000)
        .value("12");
}

fn risks(b: &mut Builder, p: &Parties) {
    use RiskCategory::*;
    use RiskStatus::{BeingHandled, Identified, UnderControl};
    b.risk("Kunnat eivät pääse yhteiseen asiakastietojärjestelmään", DataIct, Development)
        .because(
            "Maakunnan asiakastietojärjestelmän käyttöoikeuksia ja tietojen luovutusta kunnille ei ole sovittu.",
            "Seutuneuvonta ei näe asiakkaan palvelupolkua; asiakasta haastatellaan kahteen kertaan.",
        )
        .owner(p.region, "Jari Kallio")
        .shared()
        .rating(3, 2)
        .residual(2, 2)
        .rated("18.3.2018", "Arvioitu strategiatyöpajassa")
        .exposure(20_000, 45_000, 90_000, 4000)
        .mitigation(
            "Tietojen luovutuksesta sovitaan ennen kehitysvaihetta; varajärjestelynä rajapinta Seutuneuvonnan \
             asiakkuudenhallintaan.",
            "Jari Kallio, tietohallintopäällikkö",
            "31.3.2019",
        )
        .history(&[("18.3.2018", Identified), ("20.5.2018", BeingHandled)])
        .review("1.10.2018", Trend::Stable);
    b.risk("Järjestämisvastuu liukuu palveluntuottajalle", Legal, ServicePhase)
        .because(
            "Tuottaja valmistelee starttirahalausunnot, ja lausunnot hyväksytään käytännössä sellaisinaan.",
            "Viranomaisen harkintavalta siirtyy tosiasiallisesti yksityiselle; päätökset voivat olla lainvastaisia.",
        )
        .owner(p.region, "Riikka Lehtinen")
        .rating(2, 5)
        .residual(1, 5)
        .rated("18.3.2018", "Arvioitu strategiatyöpajassa")
        .exposure(10_000, 30_000, 120_000, 1500)
        .mitigation(
            "Vastuumatriisiin kirjataan, että maakunta päättää; maakunnan virkailija tarkastaa 10 % \
             lausunnoista pistokokein.",
            "Riikka Lehtinen, kasvupalvelujohtaja",
            "30.6.2019",
        )
        .history(&[("18.3.2018", Identified), ("22.5.2018", UnderControl)])
        .review("1.12.2018", Trend::Falling);
    b.risk("Markkinapuute: liian vähän päteviä palvelusetelituottajia", MarketProducer, Development)
        .because(
            "Erityisesti T&K- ja rahoituspalveluissa hyväksyttyjä tuottajia on vähän reuna-alueilla.",
            "Asiakkaan valinnanvapaus kaventuu ja setelin arvo ei riitä; palvelusetelit jäävät käyttämättä.",
        )
        .owner(p.region, "Riikka Lehtinen")
        .rating(3, 2)
        .residual(2, 2)
        .rated("20.5.2018", "Tarkennettu markkinakartoituksen jälkeen")
        .exposure(15_000, 40_000, 80_000, 3500)
        .mitigation(
            "Markkinavuoropuhelu palvelusetelituottajien kanssa ja tuottajarekisterin avoin haku.",
            "Anna Virtanen, allianssipäällikkö",
            "31.3.2019",
        )
        .history(&[("20.5.2018", Identified)])
        .review("1.9.2018", Trend::Rising);
    b.risk("Kuntien rahoitus tai sitoutuminen heikkenee", Political, ServicePhase)
        .because(
            "Kuntien talous kiristyy ja elinkeinopalvelujen määrärahoja leikataan talousarviossa.",
            "Kuntien osuus Seutuneuvonnan rahoituksesta pienenee ja palvelutaso eriytyy kunnittain.",
        )
        .owner(p.tampere, "Mikko Salonen")
        .shared()
        .rating(2, 3)
        .residual(2, 3)
        .rated("18.3.2018", "Arvioitu strategiatyöpajassa")
        .exposure(30_000, 70_000, 150_000, 2000)
        .mitigation(
            "Kolmen vuoden rahoitussitoumus omistajien päätöksissä; vuosikatselmuksessa kuntakohtainen \
             raportointi.",
            "Mikko Salonen, elinkeinojohtaja",
            "31.12.2018",
        )
        .history(&[("18.3.2018", Identified), ("25.5.2018", BeingHandled)])
        .review("15.11.2018", Trend::Stable);
    b.risk("Työmarkkinatuen ja starttirahan rahoitusvastuut muuttuvat", Financial, ServicePhase)
        .because(
            "Valtion päätös muuttaa starttirahan myöntöedellytyksiä tai työmarkkinatuen kuntaosuutta.",
            "Starttirahan hakijamäärä ja kuntien kustannukset muuttuvat kesken sopimuskauden.",
        )
        .owner(p.region, "Riikka Lehtinen")
        .shared()
        .rating(3, 2)
        .residual(3, 2)
        .rated("18.3.2018", "Arvioitu strategiatyöpajassa")
        .exposure(20_000, 50_000, 100_000, 3000)
        .mitigation(
            "Sopimukseen muutosehto tavoitekustannuksen tarkistamisesta lainsäädännön muuttuessa.",
            "Anna Virtanen, allianssipäällikkö",
            "30.6.2019",
        )
        .history(&[("18.3.2018", Identified)])
        .review("1.12.2018", Trend::Stable);
    b.risk("Tiimiyttämisessä paljastuu liikesalaisuuksia tai henkilötietoja", Legal, ServicePhase)
        .because(
            "Asiakkaat esittelevät liikeideoitaan tiimeissä ilman selkeitä luottamuksellisuussääntöjä.",
            "Asiakkaan liikesalaisuus vuotaa tai henkilötietoja käsitellään ilman perustetta.",
        )
        .owner(p.advice, "Laura Niemi")
        .rating(2, 5)
        .residual(1, 5)
        .rated("20.5.2018", "Arvioitu strategiatyöpajassa")
        .exposure(5_000, 15_000, 60_000, 1500)
        .mitigation(
            "Tiimien luottamuksellisuussopimus, tietosuojaseloste ja neuvojien koulutus.",
            "Laura Niemi, palvelujohtaja",
            "30.6.2019",
        )
        .history(&[("20.5.2018", Identified)])
        .review("1.3.2019", Trend::Stable);
    b.risk("Asiakasmäärä jää suunniteltua pienemmäksi", Client, ServicePhase)
        .because(
            "Korkeasuhdanteessa yrittäjyyttä harkitsee suunniteltua harvempi.",
            "Tavoitteet perustetuista yrityksistä eivät toteudu ja kustannus asiakasta kohden nousee.",
        )
        .owner(p.advice, "Laura Niemi")
        .rating(3, 2)
        .residual(2, 2)
        .rated("20.5.2018", "Arvioitu strategiatyöpajassa")
        .exposure(20_000, 40_000, 90_000, 3000)
        .mitigation(
            "Yhteinen markkinointi kuntien ja maakunnan kanavissa; resursointi joustaa kysynnän mukaan.",
            "Tuomas Heikkilä, toimitusjohtaja",
            "31.12.2019",
        )
        .history(&[("20.5.2018", Identified)])
        .review("1.10.2019", Trend::Stable);
    b.risk("Neuvojien vaihtuvuus tuottajalla", Operational, ServicePhase)
        .because(
            "Kokeneet neuvojat siirtyvät muihin tehtäviin kilpailluilla työmarkkinoilla.",
            "Neuvonnan laatu ja jatkuvuus heikkenevät; perehdyttäminen maksaa.",
        )
        .owner(p.advice, "Laura Niemi")
        .rating(3, 1)
        .residual(2, 1)
        .rated("20.5.2018", "Arvioitu strategiatyöpajassa")
        .exposure(10_000, 25_000, 50_000, 4000)
        .mitigation(
            "Nimetyt varahenkilöt, yhteinen perehdytysmateriaali ja avainhenkilöiden vaihdon hyväksyttäminen \
             johtoryhmällä.",
            "Laura Niemi, palvelujohtaja",
            "31.8.2019",
        )
        .history(&[("20.5.2018", Identified)])
        .review("1.3.2019", Trend::Stable);
    b.risk("Kansalliset digipalvelut keventävät alkuneuvontaa", Operational, ServicePhase)
        .because(
            "Yritys-Suomen verkkotyökalut hoitavat yhä useamman aloittavan yrittäjän perusneuvonnan.",
            "Neuvojien aikaa vapautuu vaativaan neuvontaan ja setelien kohdentamiseen; kustannus alittuu.",
        )
        .owner(p.advice, "Laura Niemi")
        .shared()
        .opportunity()
        .rating(3, 2)
        .residual(4, 2)
        .rated("20.5.2018", "Tunnistettu markkinavuoropuhelun valmistelussa")
        .exposure(20_000, 50_000, 90_000, 5000)
        .mitigation(
            "Digitaalisten palvelujen käyttö kirjataan palvelukonseptiin ja neuvojat koulutetaan niihin.",
            "Anna Virtanen, allianssipäällikkö",
            "30.4.2019",
        )
        .history(&[("20.5.2018", Identified), ("1.6.2018", BeingHandled)])
        .review("1.2.2019", Trend::Rising);
    b.risk("Mentorien verkosto laajenee yrittäjäjärjestöjen kautta", Strategic, ServicePhase)
        .because(
            "Paikalliset yrittäjäjärjestöt ovat tarjoutuneet tuomaan lisää vapaaehtoisia mentoreita.",
            "Mentoroinnin kattavuus kasvaa ilman lisäkustannusta ja yritysten eloonjäänti paranee.",
        )
        .owner(p.company, "Tuomas Heikkilä")
        .opportunity()
        .rating(2, 1)
        .residual(3, 1)
        .rated("20.5.2018", "Tunnistettu strategiatyöpajassa")
        .exposure(5_000, 12_000, 25_000, 3000)
        .mitigation(
            "Mentorointisopimus yrittäjäjärjestöjen kanssa ja mentorien koulutuspäivä.",
            "Eeva Koskinen, puheenjohtaja",
            "31.10.2019",
        )
        .history(&[("20.5.2018", Identified)])
        .review("1.11.2018", Trend::Stable);
}
