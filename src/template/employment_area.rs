//! Template `tyollisyysalue`: an employment-area alliance in today's setting (employment areas
//! since 2025, vitality centres since 2026). The host municipality organises; the neighbouring
//! municipalities, the wellbeing services county and the vitality centre are owners; Kela and a
//! vocational college take part with their own services; a private firm and a third-sector
//! organisation are the producers.

use super::builder::{Builder, date};
use crate::i18n::Language;
use crate::model::*;

use DeliverableStatus::{Cancelled, Done, InProgress};
use PhaseKind::{Development, Formation, Service as ServicePhase, Strategy};
use ServiceRole::{Accountable, Consulted, Funder, Informed, Producer};

/// The parties, by the name the rest of the template uses.
struct Parties {
    host: PartyId,
    hattula: PartyId,
    janakkala: PartyId,
    county: PartyId,
    vitality: PartyId,
    kela: PartyId,
    college: PartyId,
    firm: PartyId,
    workshop: PartyId,
}

pub(crate) fn build() -> Plan {
    let mut b = Builder::new("Hämeenlinnan seudun työllisyysallianssi");
    meta(&mut b);
    let p = parties(&mut b);
    services(&mut b, &p);
    schedule(&mut b, &p);
    budget(&mut b, &p);
    metrics(&mut b);
    risks(&mut b, &p);
    b.gate_go(
        Strategy,
        "26.10.2026",
        "Kaupunginhallitus 26.10.2026 § 412",
        "Vastuukunnan kaupunginhallitus päätti hankinnan käynnistämisestä. Muiden omistajien päätökset: \
         Hattulan kunnanhallitus 19.10.2026 § 176, Janakkalan kunnanhallitus 19.10.2026 § 203, \
         aluehallitus 20.10.2026 § 288, elinvoimakeskuksen johtoryhmä 21.10.2026.",
    );
    b.finish()
}

fn meta(b: &mut Builder) {
    let m = b.meta();
    m.alliance_name = "Hämeenlinnan seudun työllisyysalueen palveluallianssi".into();
    m.record_number = "HML:1562/00.01.02/2026".into();
    m.target_group = "Yli 12 kuukautta työttömänä olleet, osatyökykyiset ja alle 30-vuotiaat työnhakijat \
                      Hämeenlinnan, Hattulan ja Janakkalan työllisyysalueella"
        .into();
    m.client_needs = "Palvelutarpeen arviointi ja työllistymissuunnitelma, työkyvyn selvittäminen, \
                      työhönvalmennus ja työkokeilut, nuorten pajatoiminta, kuntouttava työtoiminta, \
                      kotoutumispalvelut, työvoimakoulutus sekä tuki työsuhteen alussa"
        .into();
    m.strategic_goals = vec![
        "Työllisyysaste nousee 75 prosenttiin ja pitkäaikaistyöttömyys puolittuu vuoteen 2030 mennessä.".into(),
        "Työllisyysalueen, hyvinvointialueen ja Kelan palvelut toimivat yhtenä palvelukokonaisuutena.".into(),
        "Työmarkkinatuen kuntaosuus pienenee vähintään 1,5 miljoonaa euroa vuodessa.".into(),
    ];
    m.community_goals = vec![
        "Seudun yritykset saavat työvoimaa ilman pitkiä rekrytointiaikoja.".into(),
        "Palvelut ovat saatavilla lähipalveluna kaikissa kolmessa kunnassa.".into(),
        "Järjestöt ovat mukana palvelujen tuottajina ja kehittäjinä.".into(),
    ];
    m.individual_goals = vec![
        "Asiakas saa alkuhaastattelun viiden arkipäivän kuluessa ilmoittautumisesta.".into(),
        "Asiakkaalla on yksi omavalmentaja koko palvelupolun ajan.".into(),
        "Osatyökykyinen asiakas saa työkykyarvion kolmessa kuukaudessa.".into(),
    ];
    m.setting = Setting::EmploymentArea;
    m.procurement = Procurement::Negotiated;
    m.annex_languages = vec![Language::Fi, Language::Sv];
    m.version = "0.1".into();
    m.date = Some(date("6.11.2026"));
    m.place = "Hämeenlinna".into();
    m.history = vec![VersionEntry {
        version: "0.1".into(),
        date: date("6.11.2026"),
        author: "Outi Lindholm, allianssipäällikkö".into(),
        changes: "Ensimmäinen luonnos strategiavaiheen päätösten jälkeen".into(),
    }];
}

fn parties(b: &mut Builder) -> Parties {
    use AllianceRole::{Observer, Owner, Producer as Prod};
    use Field::*;
    let host = b
        .party("Hämeenlinnan kaupunki", "Hämeenlinna", PartyKind::HostMunicipality, Owner)
        .registered("0146921-4")
        .share(5500)
        .contact("Tarja Virtanen", "työllisyysjohtaja", "tarja.virtanen@hameenlinna.fi", "040 330 7412")
        .project_seats(2)
        .duties(&[Employment, Integration, YouthWork, Education, BusinessServices])
        .id();
    let hattula = b
        .party("Hattulan kunta", "Hattula", PartyKind::Municipality, Owner)
        .business_id(2063394)
        .share(1000)
        .contact("Pekka Rautio", "hyvinvointijohtaja", "pekka.rautio@hattula.fi", "050 384 1175")
        .duties(&[Employment, YouthWork, Education])
        .id();
    let janakkala = b
        .party("Janakkalan kunta", "Janakkala", PartyKind::Municipality, Owner)
        .business_id(2063421)
        .share(1500)
        .contact("Hanna Salmi", "elinvoimajohtaja", "hanna.salmi@janakkala.fi", "050 431 2698")
        .duties(&[Employment, YouthWork, Education])
        .id();
    let county = b
        .party("Kanta-Hämeen hyvinvointialue", "Hyvinvointialue", PartyKind::WellbeingCounty, Owner)
        .business_id(3221316)
        .share(1200)
        .contact("Kati Nurmi", "sosiaalipalvelujen johtaja", "kati.nurmi@omahame.fi", "03 629 2210")
        .project_seats(2)
        .duties(&[HealthAndSocial])
        .id();
    let vitality = b
        .party("Sisä-Suomen elinvoimakeskus", "Elinvoimakeskus", PartyKind::VitalityCentre, Owner)
        .registered("2296962-1")
        .share(800)
        .contact("Ville Lampinen", "yksikön päällikkö", "ville.lampinen@elinvoimakeskus.fi", "029 502 4170")
        .duties(&[Employment, BusinessServices, Integration, Education])
        .id();
    let kela = b
        .party("Kansaneläkelaitos, Hämeenlinnan palvelupiste", "Kela", PartyKind::Kela, Observer)
        .registered("0246246-0")
        .contact("Riitta Holmström", "palvelupäällikkö", "riitta.holmstrom@kela.fi", "020 634 5580")
        .duties(&[SocialSecurity])
        .id();
    let college = b
        .party("Hämeen ammatti-instituutti Oy", "HAMI", PartyKind::EducationProvider, Observer)
        .registered("2627679-3")
        .contact("Sami Toivonen", "koulutuspäällikkö", "sami.toivonen@hami.fi", "040 188 5321")
        .duties(&[Education])
        .id();
    let firm = b
        .party("Työpolku Häme Oy", "Työpolku", PartyKind::PrivateProducer, Prod)
        .business_id(3104867)
        .fee(110_000)
        .contact("Jenni Aaltonen", "toimitusjohtaja", "jenni.aaltonen@tyopolkuhame.fi", "044 720 1936")
        .project_seats(2)
        .id();
    let workshop = b
        .party("Kanta-Hämeen Työpajayhdistys ry", "Työpajayhdistys", PartyKind::ThirdSector, Prod)
        .business_id(1827350)
        .fee(40_000)
        .contact("Marko Heinonen", "toiminnanjohtaja", "marko.heinonen@tyopajayhdistys.fi", "040 562 8843")
        .id();
    Parties { host, hattula, janakkala, county, vitality, kela, college, firm, workshop }
}

fn services(b: &mut Builder, p: &Parties) {
    use Field::*;
    use ProductionMode::*;
    use ServiceKind::{PublicAdministrativeTask, Service, SupportService};
    let all = "Kohderyhmän kaikki asiakkaat";
    let long_term = "Yli 12 kuukautta työttömänä olleet";
    b.service(
        "Palvelutarpeen arviointi ja työllistymissuunnitelma",
        PublicAdministrativeTask,
        OwnProduction,
        Employment,
    )
    .describe(
        "Työllisyysviranomainen arvioi palvelutarpeen ja laatii työllistymissuunnitelman, joka \
         ratkaisee työnhakijan oikeudet ja velvollisuudet. Tuottaja voi antaa havaintonsa, ei päätä.",
    )
    .target(all)
    .organiser(p.host)
    .cell(p.host, Accountable, 1_150_000, "22")
    .cell(p.kela, Informed, 0, "0")
    .cell(p.firm, Consulted, 0, "0");
    b.service("Palkkatuki- ja starttirahapäätökset", PublicAdministrativeTask, OwnProduction, Employment)
        .describe("Palkkatuen, starttirahan ja työolosuhteiden järjestelytuen päätökset sekä työvoimapoliittiset lausunnot Kelalle.")
        .target(all)
        .organiser(p.host)
        .cell(p.host, Accountable, 230_000, "4")
        .cell(p.kela, Informed, 0, "0");
    b.service("Työhönvalmennus ja työkokeilut", Service, AllianceTender, Employment)
        .describe("Omavalmentaja, työkokeilupaikkojen räätälöinti ja tuki työsuhteen ensimmäiset kuusi kuukautta.")
        .target(long_term)
        .organiser(p.host)
        .cell(p.host, Accountable, 60_000, "0.8")
        .cell(p.firm, Producer, 640_000, "9")
        .cell(p.janakkala, Funder, 40_000, "0");
    b.service("Nuorten työpaja- ja valmennuspalvelut", Service, AllianceTender, YouthWork)
        .describe("Työpajat (puu, metalli, media, kahvila) ja yksilövalmennus; etsivä nuorisotyö ohjaa pajoille.")
        .target("Alle 30-vuotiaat ilman koulutus- tai työpaikkaa")
        .cell(p.host, Accountable, 90_000, "1")
        .cell(p.workshop, Producer, 380_000, "7")
        .cell(p.hattula, Funder, 35_000, "0")
        .cell(p.janakkala, Funder, 55_000, "0");
    b.service("Kuntouttava työtoiminta", Service, AllianceTender, HealthAndSocial)
        .describe("Hyvinvointialueen järjestämä kuntouttava työtoiminta työpajoilla ja järjestöjen toimipaikoissa.")
        .target("Pitkään työttömänä olleet, joiden työ- ja toimintakyky vaatii vahvistamista")
        .organiser(p.county)
        .cell(p.county, Accountable, 120_000, "1.5")
        .cell(p.workshop, Producer, 420_000, "6")
        .cell(p.host, Consulted, 0, "0.5");
    b.service("Työkyvyn arviointi ja terveystarkastukset", Service, OwnProduction, HealthAndSocial)
        .describe("Työttömien terveystarkastukset, työkykykoordinaattori ja ohjaus Kelan kuntoutukseen.")
        .target("Osatyökykyiset työnhakijat")
        .organiser(p.county)
        .cell(p.county, Accountable, 260_000, "2.5")
        .cell(p.kela, Consulted, 0, "0.2")
        .cell(p.host, Informed, 0, "0");
    b.service("Kotoutumispalvelut ja työelämän kielikoulutus", Service, AllianceTender, Integration)
        .describe("Osaamisen tunnistaminen, kotoutumissuunnitelman palvelut ja suomen kieli työpaikalla.")
        .target("Maahanmuuttajataustaiset työnhakijat")
        .organiser(p.host)
        .cell(p.host, Accountable, 45_000, "0.5")
        .cell(p.firm, Producer, 210_000, "3")
        .cell(p.vitality, Consulted, 0, "0.2");
    b.service(
        "Yritysten kehittämisavustus- ja rahoituspäätökset",
        PublicAdministrativeTask,
        OwnProduction,
        BusinessServices,
    )
    .describe(
        "Elinvoimakeskus päättää viranomaisena yritysten kehittämisavustuksista ja rekrytointi- ja \
             muutoskoulutusten rahoituksesta; päätösvaltaa ei siirretä allianssin tuottajille.",
    )
    .target("Työllisyysalueen työnantajat")
    .cell(p.vitality, Accountable, 180_000, "2")
    .cell(p.host, Consulted, 0, "0.5");
    b.service("Työvoimakoulutus", Service, MarketOrThirdSector, Education)
        .describe("Ammatillinen työvoimakoulutus hankitaan koulutuksen järjestäjiltä allianssin ulkopuolella.")
        .target(long_term)
        .organiser(p.host)
        .cell(p.host, Accountable, 60_000, "0.5")
        .cell(p.vitality, Funder, 320_000, "0")
        .cell(p.college, Producer, 540_000, "6");
    b.service("Lähipalvelupisteet Hattulassa ja Janakkalassa", Service, OwnProduction, Employment)
        .describe(
            "Kunnat tuottavat lähipalvelupisteet työllisyysalueelle omana tuotantonaan \
             yhteistoimintasopimuksen mukaisesti (kaupunginhallitus 26.10.2026 § 412); markkinakartoitus \
             kesällä 2026 ei löytänyt pisteisiin muita tuottajia.",
        )
        .target(all)
        .organiser(p.host)
        .cell(p.host, Accountable, 20_000, "0.2")
        .cell(p.hattula, Producer, 65_000, "1")
        .cell(p.janakkala, Producer, 90_000, "1.5");
    b.service("Kelan työkykyneuvonta", Service, OwnProduction, SocialSecurity)
        .describe("Kelan työkykyneuvonta ja ammatillisen kuntoutuksen selvitykset ennen kuntoutushakemusta.")
        .target("Osatyökykyiset työnhakijat")
        .cell(p.kela, Accountable, 120_000, "1.3")
        .cell(p.county, Consulted, 0, "0.3");
    b.service("Kelan ammatillisen kuntoutuksen päätökset", PublicAdministrativeTask, OwnProduction, SocialSecurity)
        .describe(
            "Kela päättää viranomaisena ammatillisesta kuntoutuksesta; allianssi ohjaa hakemaan ja antaa selvitykset.",
        )
        .target("Osatyökykyiset työnhakijat")
        .cell(p.kela, Accountable, 60_000, "0.7")
        .cell(p.host, Informed, 0, "0");
    b.service("Allianssin projektitoimisto", SupportService, AllianceTender, Employment)
        .describe("Allianssipäällikkö, avoimet kirjat, tiedolla johtaminen ja johtoryhmän valmistelu.")
        .target("Allianssin osapuolet")
        .organiser(p.host)
        .cell(p.host, Accountable, 90_000, "1")
        .cell(p.firm, Producer, 70_000, "0.8")
        .cell(p.workshop, Producer, 20_000, "0.2");
}

fn schedule(b: &mut Builder, p: &Parties) {
    use ChecklistItem::*;
    b.phase(Strategy, "2.3.2026", "26.10.2026", "Kolme kuntaa, hyvinvointialue ja elinvoimakeskus.");
    b.phase(Formation, "27.10.2026", "31.5.2027", "Hämeenlinna toimii hankintayksikkönä muiden valtuutuksella.");
    b.phase(Development, "1.6.2027", "31.12.2027", "Kehitysvaiheen sopimus; palvelumalli ja tavoitekustannus.");
    b.phase(ServicePhase, "1.1.2028", "31.12.2030", "Palveluvaihe kolme vuotta; omistajilla irtautumisoikeus.");

    b.deliverable(Strategy, "Työllisyysalueen yhteinen tahtotila", p.host).span("2.3.2026", "30.4.2026").status(Done);
    b.deliverable(Strategy, "Palvelujen ja resurssien kartoitus", p.host)
        .span("16.3.2026", "12.6.2026")
        .status(Done)
        .note("Osapuolten palvelut, eurot ja henkilötyövuodet; Kela ja ammattiopisto mukana.");
    b.deliverable(Strategy, "Hyvinvointialueen ja työllisyysalueen yhdyspintasopimus", p.county)
        .span("1.6.2026", "30.9.2026")
        .status(Done);
    b.deliverable(Strategy, "Esitys hankinnan käynnistämisestä (G1)", p.host)
        .span("1.9.2026", "16.10.2026")
        .status(Done);

    b.deliverable(Formation, "Markkinavuoropuhelu", p.host).span("2.11.2026", "18.12.2026").status(InProgress);
    b.deliverable(Formation, "Erillinen tarjouskilpailu lähipalvelupisteistä", p.host)
        .span("2.11.2026", "30.11.2026")
        .status(Cancelled)
        .note("Tarpeeton: kunnat tuottavat pisteet itse (kaupunginhallitus 26.10.2026 § 412).");
    b.deliverable(Formation, "Tarjouspyyntö ja sopimusasiakirjat", p.host).span("1.12.2026", "26.2.2027");
    b.deliverable(Formation, "Neuvottelut ja hankintapäätös", p.host).span("1.3.2027", "14.5.2027");
    b.deliverable(Formation, "Tuottajien perehdytys allianssimalliin", p.host).span("15.5.2027", "31.5.2027");

    b.deliverable(Development, "Palvelumalli ja omavalmentajan toimintatapa", p.firm).span("7.6.2027", "30.9.2027");
    b.deliverable(Development, "Tavoitekustannus ja riskivaraus", p.host).span("1.8.2027", "31.10.2027");
    b.deliverable(Development, "KRA-mittarit ja tietojen luovutus", p.host).span("1.8.2027", "30.11.2027");
    b.deliverable(Development, "Palveluvaiheen sopimus (G2)", p.host).span("1.11.2027", "17.12.2027");

    b.deliverable(ServicePhase, "Palvelujen käynnistys kaikissa kunnissa", p.firm).span("3.1.2028", "31.3.2028");
    b.deliverable(ServicePhase, "Vuosikatselmus 2028", p.host).span("10.1.2029", "31.1.2029");
    b.deliverable(ServicePhase, "Vuosikatselmus 2029", p.host).span("9.1.2030", "31.1.2030");

    let answers: [(ChecklistItem, bool, &str); 7] = [
        (MunicipalTalks, true, "Kuntajohtajien neuvottelut 11.3., 22.4. ja 10.6.2026."),
        (SharedIntent, true, "Tahtotila hyväksytty työllisyysalueen yhteistyöryhmässä 30.4.2026."),
        (FundingAndOrganisation, true, "Rahoitusosuudet työttömien määrän ja asukasluvun mukaan."),
        (CooperationAndDecisions, true, "Johtoryhmä päättää yksimielisesti; yksi edustaja kultakin osapuolelta."),
        (IsModelRight, true, "Kyllä: palvelut ovat neljän järjestäjän vastuulla ja tarvitsevat yhteisen mallin."),
        (DoWeGoAhead, true, "Kyllä: kaupunginhallitus 26.10.2026 § 412."),
        (HowToProcure, true, "Neuvottelumenettely; Hämeenlinna hankintayksikkönä."),
    ];
    for (item, done, text) in answers {
        b.answer(Strategy, item, done, text);
    }
}

/// The service phase runs 2028–2030, with 2 % indexation a year.
const YEARS: [(i32, i64); 3] = [(2028, 100), (2029, 102), (2030, 104)];

fn budget(b: &mut Builder, p: &Parties) {
    b.costs(&YEARS, p.firm, "K1", 720_000, "Omavalmentajat ja kielikouluttajat (12 htv)");
    b.costs(&YEARS, p.firm, "K3", 54_000, "Valmennustilat Hämeenlinnassa");
    b.costs(&YEARS, p.firm, "K5", 12_000, "Valmentajien matkat lähipalvelupisteisiin");
    b.costs(&YEARS, p.workshop, "K1", 640_000, "Pajaohjaajat ja valmentajat (13 htv)");
    b.costs(&YEARS, p.workshop, "K3", 96_000, "Työpajatilat ja koneet");
    b.costs(&YEARS, p.workshop, "K6", 14_000, "Työturvallisuus- ja hygieniapassikoulutukset");
    b.costs(&YEARS, p.host, "K1", 310_000, "Allianssipäällikkö ja työllisyysasiantuntijat (5 htv)");
    b.costs(&YEARS, p.host, "K4", 42_000, "Asiakastietojärjestelmän lisenssit");
    b.costs(&YEARS, p.host, "K7", 60_000, "Asiakkaiden matkakulut ja työvälineet");
    b.costs(&YEARS, p.hattula, "K1", 65_000, "Lähipalvelupiste Hattula (1 htv)");
    b.costs(&YEARS, p.janakkala, "K1", 90_000, "Lähipalvelupiste Janakkala (1,5 htv)");
    b.costs(&YEARS, p.county, "K1", 120_000, "Kuntouttavan työtoiminnan ohjaus (1,5 htv)");
    b.costs(&YEARS, p.vitality, "K8", 20_000, "Rekrytointitapahtumat työnantajille");

    let budget = b.budget();
    budget.reserve = ReserveRule::FromRegister;
    budget.fee = FeeRule::FixedPerProducer;
    budget.fee_inside_target = false;
    budget.sharing = Sharing { gain_share: Bp::percent(50), pain_share: Bp::percent(50), ..Sharing::default() };
    budget.kra_pool = Money::euros(75_000);
}

fn metrics(b: &mut Builder) {
    use Direction::{HigherIsBetter, LowerIsBetter};
    b.metric("Työllistyneiden osuus 6 kk palvelun jälkeen", "%", HigherIsBetter)
        .definition("Palvelun päättäneistä niiden osuus, jotka ovat avoimilla työmarkkinoilla 6 kk kuluttua.")
        .source("Tulorekisteri ja työllisyysalueen asiakastietojärjestelmä")
        .levels("20", "26", "32")
        .weight(3000)
        .value("27.4");
    b.metric("Aktivointiaste", "%", HigherIsBetter)
        .definition("100 · palveluissa olevat / (työttömät + palveluissa olevat), työllisyysalue.")
        .source("Työnvälitystilasto, kuukauden viimeinen päivä")
        .levels("22", "27", "32")
        .weight(2000)
        .activation(4_920, 1_655);
    b.metric("Pitkäaikaistyöttömien määrän muutos", "%", LowerIsBetter)
        .definition("Yli 12 kk työttömänä olleiden määrän muutos vuoden takaisesta.")
        .source("Työnvälitystilasto")
        .levels("0", "-6", "-12")
        .weight(2000)
        .change("1480", "1362");
    b.metric("Asiakkaiden suositteluhalukkuus (NPS)", "", HigherIsBetter)
        .definition("Net Promoter Score palvelun päättyessä tehdystä kyselystä (0–10).")
        .source("Allianssin asiakaskysely")
        .levels("10", "25", "40")
        .weight(1500)
        .nps(164, 88, 68);
    b.metric("Työttömyyden mediaanikesto", "päivää", LowerIsBetter)
        .definition("Päättyneiden työttömyysjaksojen keston mediaani kohderyhmässä.")
        .source("Työnvälitystilasto")
        .levels("260", "220", "180")
        .weight(1500)
        .value("214");
}

fn risks(b: &mut Builder, p: &Parties) {
    use RiskCategory::*;
    use RiskStatus::{BeingHandled, Identified, UnderControl};
    b.risk("Kunnat ja hyvinvointialue eivät pääse yhteiseen asiakastietoon", DataIct, Development)
        .because(
            "Työllisyysalueen asiakastietojärjestelmän käyttöoikeuksia ei ole sovittu hyvinvointialueelle ja \
             lähipalvelupisteille.",
            "Asiakkaan tiedot kirjataan kahteen kertaan ja palvelupolku katkeaa yhdyspinnoilla.",
        )
        .owner(p.host, "Tarja Virtanen")
        .shared()
        .rating(3, 3)
        .residual(2, 3)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(30_000, 70_000, 140_000, 4000)
        .mitigation(
            "Tietojen luovutuksen sopimus ja käyttöoikeusmalli ennen kehitysvaiheen loppua.",
            "Ari Mustonen, tietohallintopäällikkö",
            "31.10.2027",
        )
        .history(&[("10.6.2026", Identified), ("30.9.2026", BeingHandled)])
        .review("15.1.2027", Trend::Stable);
    b.risk("Järjestämisvastuu liukuu palveluntuottajalle", Legal, ServicePhase)
        .because(
            "Omavalmentaja valmistelee työllistymissuunnitelmat ja viranomainen hyväksyy ne sellaisinaan.",
            "Työnhakijan oikeuksista päättää tosiasiassa yksityinen; päätökset voidaan kumota.",
        )
        .owner(p.host, "Tarja Virtanen")
        .rating(2, 5)
        .residual(1, 5)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(10_000, 40_000, 150_000, 1500)
        .mitigation(
            "Vastuumatriisi ja prosessikuvaus: tuottaja antaa havaintonsa, viranomainen arvioi ja päättää.",
            "Tarja Virtanen, työllisyysjohtaja",
            "31.12.2027",
        )
        .history(&[("10.6.2026", Identified), ("16.10.2026", UnderControl)])
        .review("1.3.2027", Trend::Falling);
    b.risk("Ohuet tuottajamarkkinat: liian vähän päteviä tuottajia", MarketProducer, Formation)
        .because(
            "Seudulla on vähän työhönvalmennuksen ja pajatoiminnan tuottajia; lähipalvelupisteisiin ei saatu tarjouksia.",
            "Kilpailu jää vähäiseksi ja hinnat nousevat, tai palveluja joudutaan tuottamaan itse.",
        )
        .owner(p.host, "Tarja Virtanen")
        .rating(3, 3)
        .residual(2, 3)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(30_000, 80_000, 160_000, 3500)
        .mitigation(
            "Laaja markkinavuoropuhelu, osatarjoukset ja konsortiot sallitaan; järjestöille oma infotilaisuus.",
            "Outi Lindholm, allianssipäällikkö",
            "18.12.2026",
        )
        .history(&[("10.6.2026", Identified), ("2.11.2026", BeingHandled)])
        .review("15.12.2026", Trend::Rising);
    b.risk("Kuntien rahoitus tai sitoutuminen heikkenee", Political, ServicePhase)
        .because(
            "Naapurikuntien talous kiristyy ja niiden valtuustot kyseenalaistavat rahoitusosuudet.",
            "Lähipalvelut supistuvat ja vastuukunnan osuus kasvaa.",
        )
        .owner(p.janakkala, "Hanna Salmi")
        .shared()
        .rating(2, 3)
        .residual(2, 3)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(40_000, 90_000, 180_000, 2000)
        .mitigation(
            "Kuntakohtainen raportointi säästöistä työmarkkinatuen kuntaosuudessa neljännesvuosittain.",
            "Hanna Salmi, elinvoimajohtaja",
            "31.3.2028",
        )
        .history(&[("10.6.2026", Identified)])
        .review("1.2.2027", Trend::Stable);
    b.risk("Työmarkkinatuen rahoitusvastuut siirtyvät", Financial, ServicePhase)
        .because(
            "Valtio muuttaa työmarkkinatuen kuntaosuuksia tai työllisyysalueiden rahoitusmallia.",
            "Omistajien kustannukset ja kannustimet muuttuvat kesken sopimuskauden.",
        )
        .owner(p.host, "Tarja Virtanen")
        .shared()
        .rating(3, 3)
        .residual(3, 3)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(60_000, 140_000, 300_000, 3000)
        .mitigation(
            "Muutosehto tavoitekustannukseen ja rahoitusmallin vuosittainen tarkistus johtoryhmässä.",
            "Tarja Virtanen, työllisyysjohtaja",
            "31.10.2027",
        )
        .history(&[("10.6.2026", Identified)])
        .review("1.3.2027", Trend::Rising);
    b.risk("Yhdyspinta hyvinvointialueen kanssa ei toimi", Operational, Development)
        .because(
            "Kuntouttavan työtoiminnan ja työkykyarvioiden ohjaus kulkee kahden järjestäjän kautta.",
            "Osatyökykyiset odottavat arvioita ja palvelut viivästyvät.",
        )
        .owner(p.county, "Kati Nurmi")
        .rating(3, 2)
        .residual(2, 2)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(15_000, 35_000, 70_000, 3500)
        .mitigation(
            "Yhdyspintasopimus ja yhteinen asiakasohjausryhmä, joka kokoontuu viikoittain.",
            "Kati Nurmi, sosiaalipalvelujen johtaja",
            "30.11.2027",
        )
        .history(&[("10.6.2026", Identified), ("30.9.2026", BeingHandled)])
        .review("1.4.2027", Trend::Falling);
    b.risk("Asiakkaat keskeyttävät palvelut", Client, ServicePhase)
        .because(
            "Monialaista tukea tarvitsevien asiakkaiden terveys ja elämäntilanne vaihtelevat.",
            "Tulokset heikkenevät ja kustannus asiakasta kohden nousee.",
        )
        .owner(p.firm, "Jenni Aaltonen")
        .rating(3, 2)
        .residual(2, 2)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(20_000, 45_000, 90_000, 4000)
        .mitigation(
            "Omavalmentaja seuraa osallistumista viikoittain; keskeytyksistä tieto hyvinvointialueelle.",
            "Jenni Aaltonen, toimitusjohtaja",
            "31.3.2028",
        )
        .history(&[("10.6.2026", Identified)])
        .review("1.4.2028", Trend::Stable);
    b.risk("Järjestön tuottajakyky ei riitä kasvavaan volyymiin", MarketProducer, ServicePhase)
        .because(
            "Työpajayhdistyksen talous ja henkilöstö ovat pieniä suhteessa palvelun laajenemiseen.",
            "Pajapaikat eivät riitä ja nuoret jonottavat.",
        )
        .owner(p.workshop, "Marko Heinonen")
        .rating(2, 1)
        .residual(2, 1)
        .rated("10.6.2026", "Arvioitu strategiatyöpajassa")
        .exposure(10_000, 25_000, 60_000, 2500)
        .mitigation(
            "Maksuaikataulu kuukausittain, jotta kassavirta riittää; varasuunnitelma pajojen lisätiloista.",
            "Marko Heinonen, toiminnanjohtaja",
            "30.6.2028",
        )
        .history(&[("10.6.2026", Identified)])
        .review("1.6.2027", Trend::Stable);
    b.risk("Elinvoimakeskuksen ESR+-rahoitus laajentaa työvoimakoulutusta", Financial, ServicePhase)
        .because(
            "Elinvoimakeskus avaa vuonna 2027 ESR+-haun rekrytoiviin koulutuksiin.",
            "Koulutuspaikkoja saadaan lisää ilman omistajien lisärahoitusta; kustannus alittuu.",
        )
        .owner(p.vitality, "Ville Lampinen")
        .shared()
        .opportunity()
        .rating(3, 3)
        .residual(4, 3)
        .rated("30.9.2026", "Tunnistettu strategiatyöpajassa")
        .exposure(40_000, 80_000, 150_000, 5000)
        .mitigation(
            "Allianssi valmistelee hakemuksen yhdessä ammattiopiston kanssa heti haun avauduttua.",
            "Ville Lampinen, yksikön päällikkö",
            "30.4.2027",
        )
        .history(&[("30.9.2026", Identified), ("26.10.2026", BeingHandled)])
        .review("1.2.2027", Trend::Rising);
}
