//! Template `etela-pohjanmaa`: the South Ostrobothnia employment case, a historical case (2018–2022). The
//! city of Seinäjoki, the TE office, the ELY centre, the Sedu college, Kela and two
//! purchased producers each answer the workshop's two questions: which services do we produce
//! for the target group, and with what resources (€ per year, person-years)?

use super::builder::{Builder, date};
use crate::i18n::Language;
use crate::model::*;

use DeliverableStatus::{Done, InProgress};
use PhaseKind::{Development, Formation, Service as ServicePhase, Strategy};
use ServiceRole::{Accountable, Consulted, Funder, Informed, ProcurementUnit, Producer};

/// The parties, by the name the rest of the template uses.
struct Parties {
    city: PartyId,
    te: PartyId,
    ely: PartyId,
    college: PartyId,
    kela: PartyId,
    coaching: PartyId,
    skills: PartyId,
}

pub(crate) fn build() -> Plan {
    let mut b = Builder::new("Seinäjoen työllisyysallianssi 2018");
    meta(&mut b);
    let p = parties(&mut b);
    services(&mut b, &p);
    schedule(&mut b, &p);
    budget(&mut b, &p);
    metrics(&mut b);
    risks(&mut b, &p);
    b.gate_go(
        Strategy,
        "24.8.2018",
        "Kaupunginhallitus 24.8.2018 § 311",
        "Kaupunginhallitus päätti käynnistää hankinnan; TE-toimiston, ELY-keskuksen, Sedun ja \
         Kelan hyväksynnät kirjattu ohjausryhmän muistioon 20.8.2018.",
    );
    b.finish()
}

fn meta(b: &mut Builder) {
    let m = b.meta();
    m.alliance_name = "Seinäjoen seudun työllisyyden kasvupalveluallianssi".into();
    m.record_number = "SJK:2215/00.01.02/2018".into();
    m.target_group = "Yli 12 kuukautta työttömänä olleet sekä alle 30-vuotiaat työttömät työnhakijat \
                      Seinäjoella"
        .into();
    m.client_needs = "Palvelutarpeen arviointi yhdellä kertaa, työkyvyn ja osaamisen selvittäminen, \
                      työhönvalmennus ja työkokeilut, ammatillinen koulutus, kielikoulutus, kuntoutus sekä \
                      toimeentulon turvaaminen palvelujen aikana"
        .into();
    m.strategic_goals = vec![
        "Pitkäaikaistyöttömien määrä vähenee 15 prosenttia vuoteen 2022 mennessä.".into(),
        "Valtion, kaupungin ja Kelan palvelut muodostavat asiakkaalle yhden palvelukokonaisuuden.".into(),
        "Työmarkkinatuen kuntaosuus pienenee vuosittain.".into(),
    ];
    m.community_goals = vec![
        "Seudun yritykset saavat osaavaa työvoimaa erityisesti metalli- ja hoiva-aloille.".into(),
        "Nuorten syrjäytyminen vähenee ja jokainen alle 30-vuotias saa jatkopolun kolmessa kuukaudessa.".into(),
    ];
    m.individual_goals = vec![
        "Asiakkaalla on yksi vastuuvalmentaja ja kirjallinen työllistymissuunnitelma kahdessa viikossa.".into(),
        "Asiakas ei joudu kertomaan tilannettaan useaan kertaan eri viranomaisille.".into(),
        "Toimeentulo on turvattu palvelujen aikana ilman katkoja.".into(),
    ];
    m.setting = Setting::Regional2018;
    m.procurement = Procurement::Negotiated;
    m.annex_languages = vec![Language::Fi, Language::Sv];
    m.version = "0.1".into();
    m.date = Some(date("7.9.2018"));
    m.place = "Seinäjoki".into();
    m.history = vec![VersionEntry {
        version: "0.1".into(),
        date: date("7.9.2018"),
        author: "Heli Mäkelä, työllisyyspalvelujen päällikkö".into(),
        changes: "Osapuolten palvelut ja resurssit koottu työpajoista 9.4. ja 14.5.2018".into(),
    }];
}

fn parties(b: &mut Builder) -> Parties {
    use AllianceRole::{Owner, Producer as Prod};
    use Field::*;
    let city = b
        .party("Seinäjoen kaupunki", "Seinäjoki", PartyKind::Municipality, Owner)
        .registered("1928736-3")
        .share(3500)
        .contact("Heli Mäkelä", "työllisyyspalvelujen päällikkö", "heli.makela@seinajoki.fi", "044 418 2260")
        .project_seats(2)
        .duties(&[Employment, HealthAndSocial, YouthWork, Integration, Education])
        .id();
    let te = b
        .party("Etelä-Pohjanmaan TE-toimisto", "TE-toimisto", PartyKind::TeOffice, Owner)
        .business_id(2296512)
        .share(3000)
        .contact("Antti Kangas", "palvelujohtaja", "antti.kangas@te-toimisto.fi", "029 504 6120")
        .project_seats(2)
        .duties(&[Employment, Integration])
        .id();
    let ely = b
        .party("Etelä-Pohjanmaan ELY-keskus", "ELY-keskus", PartyKind::ElyCentre, Owner)
        .registered("2296962-1")
        .share(1500)
        .contact("Marja Ojala", "yksikön päällikkö", "marja.ojala@ely-keskus.fi", "029 502 5437")
        .duties(&[Employment, BusinessServices, Integration, Education])
        .id();
    let college = b
        .party("Seinäjoen koulutuskuntayhtymä Sedu", "Sedu", PartyKind::EducationProvider, Owner)
        .registered("1007629-5")
        .share(1000)
        .contact("Jukka Hietala", "koulutusjohtaja", "jukka.hietala@sedu.fi", "040 868 1524")
        .duties(&[Education])
        .id();
    let kela = b
        .party("Kansaneläkelaitos, Seinäjoen palvelupiste", "Kela", PartyKind::Kela, Owner)
        .registered("0246246-0")
        .share(1000)
        .contact("Satu Peltola", "palvelupäällikkö", "satu.peltola@kela.fi", "020 634 4102")
        .duties(&[SocialSecurity])
        .id();
    let coaching = b
        .party("Pohjanmaan Työvalmennus Oy", "Työvalmennus", PartyKind::PrivateProducer, Prod)
        .business_id(2870451)
        .fee(90_000)
        .contact("Kimmo Rinta-Aho", "toimitusjohtaja", "kimmo.rinta-aho@tyovalmennus.fi", "050 362 9081")
        .project_seats(2)
        .id();
    let skills = b
        .party("Lakeuden Osaamispalvelut Oy", "Osaamispalvelut", PartyKind::PrivateProducer, Prod)
        .business_id(2651739)
        .fee(60_000)
        .contact("Minna Luoma", "liiketoimintajohtaja", "minna.luoma@lakeudenosaaminen.fi", "040 517 3366")
        .id();
    Parties { city, te, ely, college, kela, coaching, skills }
}

fn services(b: &mut Builder, p: &Parties) {
    use Field::*;
    use ProductionMode::*;
    use ServiceKind::{PublicAdministrativeTask, Service, SupportService};
    let long_term = "Yli 12 kuukautta työttömänä olleet";
    let young = "Alle 30-vuotiaat työttömät työnhakijat";
    let all = "Kohderyhmän kaikki asiakkaat";
    b.service(
        "Palvelutarpeen arviointi ja työllistymissuunnitelma",
        PublicAdministrativeTask,
        OwnProduction,
        Employment,
    )
    .describe(
        "TE-toimisto arvioi palvelutarpeen ja laatii työllistymissuunnitelman, joka ratkaisee \
         työnhakijan oikeudet ja velvollisuudet. Viranomaistehtävää ei siirretä tuottajille.",
    )
    .target(all)
    .organiser(p.te)
    .cell(p.te, Accountable, 640_000, "12")
    .cell(p.city, Consulted, 0, "0.5")
    .cell(p.coaching, Informed, 0, "0");
    b.service("Monialainen yhteispalvelu (TYP)", Service, OwnProduction, Employment)
        .describe(
            "TE-toimisto, kaupunki ja Kela arvioivat yhdessä monialaista tukea tarvitsevan asiakkaan \
             tilanteen ja sopivat palvelut yhdellä kertaa.",
        )
        .target(long_term)
        .cell(p.city, Accountable, 180_000, "3")
        .cell(p.te, Producer, 150_000, "3")
        .cell(p.kela, Consulted, 60_000, "1");
    b.service("Työhönvalmennus ja työkokeilut", Service, AllianceTender, Employment)
        .describe("Henkilökohtainen työhönvalmennus, työkokeilupaikkojen etsiminen ja tuki työsuhteen alussa.")
        .target(long_term)
        .organiser(p.te)
        .cell(p.te, Accountable, 40_000, "0.5")
        .cell(p.ely, ProcurementUnit, 15_000, "0.3")
        .cell(p.coaching, Producer, 520_000, "8")
        .cell(p.city, Funder, 120_000, "0");
    b.service("Kuntouttava työtoiminta", Service, OwnProduction, HealthAndSocial)
        .describe(
            "Kaupungin sosiaalipalvelujen kuntouttava työtoiminta Seinäjoen työkeskuksessa ja \
             järjestöjen kanssa sovituissa paikoissa.",
        )
        .target("Pitkään työttömänä olleet, joiden työ- ja toimintakyky vaatii vahvistamista")
        .cell(p.city, Accountable, 780_000, "14")
        .cell(p.te, Consulted, 0, "0.5");
    b.service("Ohjaamo ja etsivä nuorisotyö", Service, OwnProduction, YouthWork)
        .describe(
            "Alle 30-vuotiaiden matalan kynnyksen palvelupiste, jossa ovat paikalla nuorisotyö, TE-toimisto, \
             Sedu ja Kela.",
        )
        .target(young)
        .cell(p.city, Accountable, 310_000, "5")
        .cell(p.te, Consulted, 30_000, "0.5")
        .cell(p.college, Consulted, 20_000, "0.3")
        .cell(p.kela, Consulted, 15_000, "0.2");
    b.service("Ammatillinen koulutus ja oppisopimus työnhakijoille", Service, OwnProduction, Education)
        .describe(
            "Sedun tutkintoon johtava koulutus, osatutkinnot ja oppisopimuskoulutus; \
             omaehtoinen opiskelu työttömyysetuudella.",
        )
        .target(young)
        .cell(p.college, Accountable, 450_000, "6")
        .cell(p.ely, Funder, 200_000, "0")
        .cell(p.te, Consulted, 0, "0.3");
    b.service("Työvoimakoulutus", Service, AllianceTender, Employment)
        .describe(
            "Rekrytoivat ja täsmäkoulutukset metalli-, logistiikka- ja hoiva-aloille yhdessä \
             työnantajien kanssa.",
        )
        .target(long_term)
        .organiser(p.te)
        .cell(p.te, Accountable, 25_000, "0.3")
        .cell(p.ely, ProcurementUnit, 30_000, "0.5")
        .cell(p.skills, Producer, 380_000, "5");
    b.service("Kotoutumiskoulutus ja kielituki", Service, AllianceTender, Integration)
        .describe("Kotoutumiskoulutus, työelämän suomen kieli ja kielituki työkokeilun aikana.")
        .target("Maahanmuuttajataustaiset työnhakijat")
        .organiser(p.te)
        .cell(p.te, Accountable, 25_000, "0.3")
        .cell(p.ely, Funder, 260_000, "0.5")
        .cell(p.skills, Producer, 240_000, "4");
    b.service("Kelan ammatillinen kuntoutus ja työkykyneuvonta", Service, OwnProduction, SocialSecurity)
        .describe("Kelan työkykyneuvonta, ammatillisen kuntoutuksen selvitykset ja kuntoutuspäätöksiä edeltävä ohjaus.")
        .target("Osatyökykyiset työnhakijat")
        .cell(p.kela, Accountable, 350_000, "3")
        .cell(p.city, Consulted, 0, "0.2");
    b.service("Työttömyysetuus- ja toimeentulotukipäätökset", PublicAdministrativeTask, OwnProduction, SocialSecurity)
        .describe(
            "Kela päättää työmarkkinatuesta, peruspäivärahasta ja perustoimeentulotuesta; TE-toimisto \
             antaa työvoimapoliittiset lausunnot.",
        )
        .target(all)
        .cell(p.kela, Accountable, 210_000, "4")
        .cell(p.te, Consulted, 0, "1");
    b.service("Työnantajapalvelut ja rekrytointitapahtumat", Service, AllianceTender, Employment)
        .describe("Työnantajien rekrytointitarpeiden kartoitus, työpaikkojen räätälöinti ja rekrytointimessut.")
        .target("Seudun työnantajat ja kohderyhmän työnhakijat")
        .organiser(p.te)
        .cell(p.te, Accountable, 60_000, "1")
        .cell(p.coaching, Producer, 110_000, "1.5")
        .cell(p.city, Funder, 40_000, "0");
    b.service("ELY-keskuksen tukipalvelut: hankinnat ja ennakointitieto", SupportService, OwnProduction, Employment)
        .describe(
            "ELY-keskus kilpailuttaa osapuolten valtuutuksella allianssin tuottajat ja työvoimakoulutukset, \
             valvoo hankintasopimuksia ja tuo johtoryhmälle alueellisen ennakointitiedon (ammattibarometri, \
             työvoiman tarve aloittain).",
        )
        .target("Allianssin osapuolet")
        .cell(p.ely, Accountable, 70_000, "1")
        .cell(p.te, Consulted, 0, "0.1")
        .cell(p.city, Informed, 0, "0");
    b.service("Allianssin johtaminen ja tiedolla johtaminen", SupportService, AllianceTender, Employment)
        .describe("Allianssipäällikkö, yhteinen asiakasseuranta, raportointi johtoryhmälle ja avoimet kirjat.")
        .target("Allianssin osapuolet")
        .cell(p.city, Accountable, 40_000, "0.5")
        .cell(p.coaching, Producer, 80_000, "1")
        .cell(p.ely, Funder, 30_000, "0");
}

fn schedule(b: &mut Builder, p: &Parties) {
    use ChecklistItem::*;
    b.phase(Strategy, "2.2.2018", "24.8.2018", "Työpajat 9.4. ja 14.5.2018; osapuolten resurssikysely.");
    b.phase(Formation, "25.8.2018", "31.3.2019", "ELY-keskus toimii hankintayksikkönä osapuolten valtuutuksella.");
    b.phase(Development, "1.4.2019", "31.12.2019", "Yhteinen palvelumalli ja tavoitekustannus.");
    b.phase(ServicePhase, "1.1.2020", "31.12.2022", "Palveluvaihe kolme vuotta; vuosikatselmukset tammikuussa.");

    b.deliverable(Strategy, "Osapuolten palvelut ja resurssit (€, htv)", p.city)
        .span("9.3.2018", "29.5.2018")
        .status(Done)
        .note("Jokainen osapuoli vastasi: mitä palveluja tuotamme kohderyhmälle ja millä resursseilla.");
    b.deliverable(Strategy, "Kohderyhmän asiakasmäärät ja palvelupolut", p.te)
        .span("2.3.2018", "30.4.2018")
        .status(Done);
    b.deliverable(Strategy, "Rahoitusosuudet ja päätöksenteon malli", p.city)
        .span("1.6.2018", "14.8.2018")
        .status(Done);

    b.deliverable(Formation, "Markkinavuoropuhelu", p.ely).span("7.9.2018", "30.10.2018").status(InProgress);
    b.deliverable(Formation, "Tarjouspyyntö ja allianssisopimuksen luonnos", p.ely).span("15.9.2018", "30.11.2018");
    b.deliverable(Formation, "Neuvottelut, hankintapäätös ja kehitysvaiheen sopimus", p.ely)
        .span("1.12.2018", "31.3.2019");

    b.deliverable(Development, "Yhteinen palvelumalli ja asiakasohjauksen säännöt", p.coaching)
        .span("5.4.2019", "30.6.2019");
    b.deliverable(Development, "Tavoitekustannus ja riskirekisteri", p.city).span("1.6.2019", "31.10.2019");
    b.deliverable(Development, "Mittarit ja tietojen luovutussopimukset", p.te).span("1.5.2019", "30.9.2019");
    b.deliverable(Development, "Palveluvaiheen sopimus (G2)", p.city).span("1.11.2019", "17.12.2019");

    b.deliverable(ServicePhase, "Palvelujen käynnistys", p.coaching).span("3.1.2020", "29.2.2020");
    b.deliverable(ServicePhase, "Vuosikatselmus 2020", p.city).span("8.1.2021", "31.1.2021");
    b.deliverable(ServicePhase, "Vuosikatselmus 2021", p.city).span("7.1.2022", "31.1.2022");

    let answers: [(ChecklistItem, bool, &str); 5] = [
        (MunicipalTalks, true, "Seinäjoki mukana; Ilmajoki ja Lapua seuraavat ja voivat liittyä 2020."),
        (SharedIntent, true, "Yhteinen tahtotila kirjattu ohjausryhmässä 14.5.2018."),
        (FundingAndOrganisation, true, "Rahoitusosuudet: kaupunki 35 %, TE 30 %, ELY 15 %, Sedu 10 %, Kela 10 %."),
        (DoWeGoAhead, true, "Kyllä: kaupunginhallitus 24.8.2018 § 311."),
        (HowToProcure, true, "Neuvottelumenettely; ELY-keskus hankintayksikkönä."),
    ];
    for (item, done, text) in answers {
        b.answer(Strategy, item, done, text);
    }
}

/// The service phase runs 2020–2022, with 2 % indexation a year.
const YEARS: [(i32, i64); 3] = [(2020, 100), (2021, 102), (2022, 104)];

fn budget(b: &mut Builder, p: &Parties) {
    b.costs(&YEARS, p.coaching, "K1", 610_000, "Työhönvalmentajien työaika (10,5 htv)");
    b.costs(&YEARS, p.coaching, "K3", 42_000, "Valmennustilat Seinäjoen keskustassa");
    b.costs(&YEARS, p.coaching, "K8", 18_000, "Rekrytointimessut ja työnantajaviestintä");
    b.costs(&YEARS, p.skills, "K1", 520_000, "Kouluttajien työaika (9 htv)");
    b.costs(&YEARS, p.skills, "K2", 65_000, "Ajokortti- ja työturvallisuuskoulutusten alihankinnat");
    b.costs(&YEARS, p.skills, "K6", 35_000, "Opetusmateriaalit ja kielitestit");
    b.costs(&YEARS, p.city, "K1", 220_000, "TYP:n ja allianssipäällikön työaika (3,5 htv)");
    b.costs(&YEARS, p.city, "K4", 28_000, "Asiakasseurannan järjestelmä ja lisenssit");
    b.costs(&YEARS, p.te, "K1", 180_000, "TYP-asiantuntijat (3 htv)");
    b.costs(&YEARS, p.kela, "K1", 60_000, "Kelan TYP-asiantuntija (1 htv)");
    b.costs(&YEARS, p.ely, "K5", 6_000, "Hankintayksikön ja valvonnan matkat");

    let budget = b.budget();
    budget.reserve = ReserveRule::FromRegister;
    budget.fee = FeeRule::FixedPerProducer;
    budget.fee_inside_target = false;
    budget.sharing = Sharing { gain_share: Bp::percent(30), pain_share: Bp::percent(30), ..Sharing::default() };
    budget.kra_pool = Money::euros(60_000);
}

fn metrics(b: &mut Builder) {
    use Direction::{HigherIsBetter, LowerIsBetter};
    b.metric("Työllistyneiden osuus 3 kk palvelun jälkeen", "%", HigherIsBetter)
        .definition("Palvelun päättäneistä niiden osuus, jotka ovat avoimilla työmarkkinoilla 3 kk kuluttua.")
        .source("Työnvälitystilasto ja tulorekisteri")
        .levels("22", "28", "35")
        .weight(3500)
        .value("31.5");
    b.metric("Aktivointiaste", "%", HigherIsBetter)
        .definition("100 · palveluissa olevat / (työttömät + palveluissa olevat), Seinäjoki.")
        .source("Työnvälitystilasto, kuukauden viimeinen päivä")
        .levels("25", "30", "35")
        .weight(2500)
        .activation(3_480, 1_410);
    b.metric("Pitkäaikaistyöttömien määrän muutos", "%", LowerIsBetter)
        .definition("Yli 12 kk työttömänä olleiden määrän muutos vuoden takaisesta.")
        .source("Työnvälitystilasto")
        .levels("0", "-8", "-15")
        .weight(2000)
        .change("1210", "1085");
    b.metric("Asiakkaiden suositteluhalukkuus (NPS)", "", HigherIsBetter)
        .definition("Net Promoter Score palvelun päättyessä tehdystä kyselystä (0–10).")
        .source("Allianssin asiakaskysely")
        .levels("10", "25", "40")
        .weight(2000)
        .nps(212, 131, 97);
}

fn risks(b: &mut Builder, p: &Parties) {
    use RiskCategory::*;
    use RiskStatus::{BeingHandled, Identified, UnderControl};
    b.risk("Kaupunki ei pääse TE-toimiston asiakastietoihin", DataIct, Development)
        .because(
            "TE-toimiston asiakastietojärjestelmän käyttöoikeuksia ei voida antaa kaupungin valmentajille.",
            "Asiakkaan tiedot kulkevat sähköpostilla, palvelupolku katkeaa ja tietosuoja vaarantuu.",
        )
        .owner(p.te, "Antti Kangas")
        .shared()
        .rating(4, 3)
        .residual(2, 3)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(25_000, 60_000, 120_000, 5000)
        .mitigation(
            "Asiakkaan suostumukseen perustuva tietojen luovutus ja yhteinen asiakasseurannan järjestelmä.",
            "Antti Kangas, palvelujohtaja",
            "30.9.2019",
        )
        .history(&[("9.4.2018", Identified), ("14.5.2018", BeingHandled)])
        .review("30.10.2018", Trend::Stable);
    b.risk("Viranomaistehtävät liukuvat palveluntuottajille", Legal, ServicePhase)
        .because(
            "Työhönvalmentajat valmistelevat palvelutarpeen arvioita ja suunnitelmia TE-toimiston puolesta.",
            "Työnhakijan oikeuksista päättää tosiasiassa yksityinen; päätökset voidaan kumota.",
        )
        .owner(p.te, "Antti Kangas")
        .rating(2, 5)
        .residual(1, 5)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(10_000, 40_000, 150_000, 1500)
        .mitigation(
            "Vastuumatriisi ja ohje: tuottaja kirjaa havainnot, TE-asiantuntija tekee arvion ja suunnitelman.",
            "Antti Kangas, palvelujohtaja",
            "31.12.2019",
        )
        .history(&[("14.5.2018", Identified), ("20.8.2018", UnderControl)])
        .review("1.12.2018", Trend::Falling);
    b.risk("Markkinapuute: liian vähän päteviä tuottajia maakunnassa", MarketProducer, Formation)
        .because(
            "Etelä-Pohjanmaalla on vähän työhönvalmennuksen ja kotoutumiskoulutuksen tuottajia.",
            "Kilpailu jää vähäiseksi, hinnat nousevat tai osa palveluista jää ilman tuottajaa.",
        )
        .owner(p.ely, "Marja Ojala")
        .rating(3, 3)
        .residual(2, 3)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(30_000, 70_000, 140_000, 3500)
        .mitigation(
            "Laaja markkinavuoropuhelu, osatarjoukset sallitaan ja konsortiot hyväksytään.",
            "Marja Ojala, yksikön päällikkö",
            "30.11.2018",
        )
        .history(&[("14.5.2018", Identified), ("1.9.2018", BeingHandled)])
        .review("15.10.2018", Trend::Rising);
    b.risk("Kaupungin rahoitus tai sitoutuminen heikkenee", Political, ServicePhase)
        .because(
            "Kaupungin talous kiristyy ja työllisyyden määrärahoja leikataan.",
            "Kaupungin palvelut supistuvat ja muiden osapuolten palveluihin kohdistuu paine.",
        )
        .owner(p.city, "Heli Mäkelä")
        .shared()
        .rating(2, 3)
        .residual(2, 3)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(40_000, 90_000, 180_000, 2000)
        .mitigation(
            "Rahoitussitoumus koko sopimuskaudelle ja säästöjen näkyminen työmarkkinatuen kuntaosuudessa.",
            "Heli Mäkelä, työllisyyspalvelujen päällikkö",
            "31.12.2019",
        )
        .history(&[("14.5.2018", Identified)])
        .review("1.12.2018", Trend::Stable);
    b.risk("Työmarkkinatuen rahoitusvastuut siirtyvät", Financial, ServicePhase)
        .because(
            "Lainsäädäntö muuttaa työmarkkinatuen kuntaosuutta tai siirtää rahoitusvastuuta kunnille.",
            "Kaupungin kustannukset kasvavat ja tavoitekustannuksen perusteet muuttuvat.",
        )
        .owner(p.city, "Heli Mäkelä")
        .shared()
        .rating(3, 3)
        .residual(3, 3)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(50_000, 120_000, 250_000, 3000)
        .mitigation(
            "Muutosehto tavoitekustannukseen ja kuukausittainen kuntaosuuden seuranta.",
            "Heli Mäkelä, työllisyyspalvelujen päällikkö",
            "31.10.2019",
        )
        .history(&[("14.5.2018", Identified)])
        .review("1.11.2018", Trend::Rising);
    b.risk("Maakuntauudistus viivästyy tai raukeaa", Political, Formation)
        .because(
            "Kasvupalvelujen siirto maakunnalle on epävarma ja valtion toimijoiden mandaatti on määräaikainen.",
            "TE-toimiston ja ELY-keskuksen sitoumukset voivat muuttua kesken sopimuskauden.",
        )
        .owner(p.ely, "Marja Ojala")
        .shared()
        .rating(4, 2)
        .residual(4, 2)
        .rated("9.4.2018", "Arvioitu ensimmäisessä työpajassa")
        .exposure(20_000, 50_000, 100_000, 5000)
        .mitigation(
            "Sopimukseen siirtoehto: valtion osapuolen oikeudet ja velvoitteet siirtyvät seuraajalle.",
            "Marja Ojala, yksikön päällikkö",
            "31.3.2019",
        )
        .history(&[("9.4.2018", Identified), ("14.5.2018", BeingHandled)])
        .review("1.10.2018", Trend::Stable);
    b.risk("Asiakkaat keskeyttävät palvelut", Client, ServicePhase)
        .because(
            "Monialaista tukea tarvitsevien asiakkaiden motivaatio ja terveys vaihtelevat.",
            "Keskeytykset heikentävät tuloksia ja nostavat kustannusta asiakasta kohden.",
        )
        .owner(p.coaching, "Kimmo Rinta-Aho")
        .rating(3, 2)
        .residual(2, 2)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(15_000, 35_000, 70_000, 4000)
        .mitigation(
            "Vastuuvalmentaja seuraa poissaoloja viikoittain ja ottaa yhteyttä kahden poissaolon jälkeen.",
            "Kimmo Rinta-Aho, toimitusjohtaja",
            "31.3.2020",
        )
        .history(&[("14.5.2018", Identified)])
        .review("1.3.2020", Trend::Stable);
    b.risk("Roolit monialaisessa yhteispalvelussa jäävät epäselviksi", Operational, Development)
        .because(
            "TYP:n, Ohjaamon ja tuottajien työnjaosta ei ole sovittu kirjallisesti.",
            "Asiakas ohjautuu kahteen palveluun tai putoaa palvelujen väliin.",
        )
        .owner(p.city, "Heli Mäkelä")
        .rating(3, 1)
        .residual(2, 1)
        .rated("14.5.2018", "Arvioitu toisessa työpajassa")
        .exposure(5_000, 15_000, 30_000, 4000)
        .mitigation(
            "Asiakasohjauksen säännöt ja yhteinen palveluvalikko kehitysvaiheessa.",
            "Satu Peltola, palvelupäällikkö",
            "30.6.2019",
        )
        .history(&[("14.5.2018", Identified)])
        .review("1.4.2019", Trend::Stable);
    b.risk("Metalliteollisuuden työvoimapula nopeuttaa työllistymistä", Strategic, ServicePhase)
        .because(
            "Seudun metalli- ja konepajayritykset rekrytoivat yli 400 työntekijää vuosina 2019–2021.",
            "Rekrytoivat koulutukset täyttyvät nopeasti ja työllistymisaste nousee; kustannus alittuu.",
        )
        .owner(p.skills, "Minna Luoma")
        .shared()
        .opportunity()
        .rating(3, 3)
        .residual(4, 3)
        .rated("14.5.2018", "Tunnistettu toisessa työpajassa")
        .exposure(30_000, 60_000, 110_000, 5000)
        .mitigation(
            "Yhteishankintakoulutukset työnantajien kanssa ja koulutuspaikkojen varaus kohderyhmälle.",
            "Minna Luoma, liiketoimintajohtaja",
            "31.3.2020",
        )
        .history(&[("14.5.2018", Identified), ("20.8.2018", BeingHandled)])
        .review("1.2.2019", Trend::Rising);
}
