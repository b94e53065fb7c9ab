//! The worked examples of domain guide §4 as a plan: owners city 60 %, wellbeing county 25 %,
//! vitality centre 15 %; producers P1 (fee 100 000 €) and P2 (fee 50 000 €); a target cost of
//! 2 000 000 € (cost lines 1 900 000 € plus a fixed 100 000 € reserve); the four KRA metrics
//! with the levels and actual values of example 1. The rest is minimal but valid.

use super::builder::{Builder, date};
use crate::i18n::Language;
use crate::model::*;

use DeliverableStatus::{Done, NotStarted};
use PhaseKind::{Development, Formation, Service as ServicePhase, Strategy};
use ServiceRole::{Accountable, Consulted, Producer};

/// The worked example with the producers' share of both gain and pain set to `gain_pain_share`
/// (the guide uses 50 % and, as a variant, 30 %).
pub(crate) fn build(gain_pain_share: Bp) -> Plan {
    use AllianceRole::{Owner, Producer as Prod};
    use Field::*;
    let percent = gain_pain_share.0 / 100;
    let mut b = Builder::new(&format!("Laskentaesimerkki {percent}/{}", 100 - percent.min(100)));
    let m = b.meta();
    m.alliance_name = "Lahden työllisyysallianssi (laskentaesimerkki)".into();
    m.record_number = "LAH:0815/00.01.02/2026".into();
    m.target_group = "Yli 12 kuukautta työttömänä olleet työnhakijat".into();
    m.client_needs = "Työhönvalmennus, työkyvyn tuki ja kuntouttava työtoiminta".into();
    m.strategic_goals = vec!["Pitkäaikaistyöttömyys vähenee.".into()];
    m.community_goals = vec!["Työnantajat saavat osaavaa työvoimaa.".into()];
    m.individual_goals = vec!["Asiakkaalla on yksi omavalmentaja.".into()];
    m.setting = Setting::EmploymentArea;
    m.procurement = Procurement::Negotiated;
    m.annex_languages = vec![Language::Fi, Language::Sv];
    m.version = "0.1".into();
    m.date = Some(date("15.1.2027"));
    m.place = "Lahti".into();
    m.history = vec![VersionEntry {
        version: "0.1".into(),
        date: date("15.1.2027"),
        author: "Allianssin projektitiimi".into(),
        changes: "Kaupallisen mallin laskentaesimerkki (toimialaopas, luku 4)".into(),
    }];

    let city = b
        .party("Lahden kaupunki", "Kaupunki", PartyKind::HostMunicipality, Owner)
        .business_id(2071523)
        .share(6000)
        .contact("Elina Kuusisto", "työllisyysjohtaja", "elina.kuusisto@lahti.fi", "044 716 2290")
        .duties(&[Employment])
        .id();
    let county = b
        .party("Päijät-Hämeen hyvinvointialue", "Hyvinvointialue", PartyKind::WellbeingCounty, Owner)
        .business_id(3221462)
        .share(2500)
        .contact("Jussi Lahtinen", "palvelujohtaja", "jussi.lahtinen@phhyky.fi", "044 719 5501")
        .duties(&[HealthAndSocial])
        .id();
    let vitality = b
        .party("Kaakkois-Suomen elinvoimakeskus", "Elinvoimakeskus", PartyKind::VitalityCentre, Owner)
        .registered("2296962-1")
        .share(1500)
        .contact("Leena Harju", "yksikön päällikkö", "leena.harju@elinvoimakeskus.fi", "029 502 4188")
        .duties(&[Employment, BusinessServices])
        .id();
    let p1 = b
        .party("Työvalmennus Vire Oy", "P1", PartyKind::PrivateProducer, Prod)
        .business_id(3187254)
        .fee(100_000)
        .contact("Teemu Lehto", "toimitusjohtaja", "teemu.lehto@vire.fi", "040 551 8127")
        .id();
    let p2 = b
        .party("Lahden Työpajat ry", "P2", PartyKind::ThirdSector, Prod)
        .business_id(1958316)
        .fee(50_000)
        .contact("Anu Saarinen", "toiminnanjohtaja", "anu.saarinen@lahdentyopajat.fi", "050 377 6402")
        .id();

    let all = "Yli 12 kuukautta työttömänä olleet";
    b.service(
        "Palvelutarpeen arviointi ja työllistymissuunnitelma",
        ServiceKind::PublicAdministrativeTask,
        ProductionMode::OwnProduction,
        Employment,
    )
    .describe("Työllisyysviranomaisen päätös työnhakijan palveluista.")
    .target(all)
    .organiser(city)
    .cell(city, Accountable, 250_000, "4")
    .cell(p1, Consulted, 0, "0");
    b.service("Työhönvalmennus", ServiceKind::Service, ProductionMode::AllianceTender, Employment)
        .describe("Omavalmentaja ja työkokeilut.")
        .target(all)
        .organiser(city)
        .cell(city, Accountable, 50_000, "0.5")
        .cell(p1, Producer, 900_000, "14");
    b.service("Kuntouttava työtoiminta", ServiceKind::Service, ProductionMode::AllianceTender, HealthAndSocial)
        .describe("Työpajat ja kuntouttava työtoiminta.")
        .target(all)
        .organiser(county)
        .cell(county, Accountable, 150_000, "2")
        .cell(p2, Producer, 480_000, "8");
    b.service("Rekrytointipalvelut työnantajille", ServiceKind::Service, ProductionMode::OwnProduction, Employment)
        .describe("Elinvoimakeskuksen rekrytointikoulutukset ja työnantajapalvelut.")
        .target("Seudun työnantajat")
        .cell(vitality, Accountable, 70_000, "1")
        .cell(city, Consulted, 0, "0.2");

    b.phase(Strategy, "2.2.2026", "31.5.2026", "");
    b.phase(Formation, "1.6.2026", "30.9.2026", "");
    b.phase(Development, "1.10.2026", "31.12.2026", "");
    b.phase(ServicePhase, "1.1.2027", "31.12.2027", "Laskentaesimerkin tilikausi on vuosi 2027.");
    b.deliverable(Strategy, "Hankintapäätös (G1)", city).span("4.5.2026", "29.5.2026").status(Done);
    b.deliverable(Formation, "Kehitysvaiheen sopimus", city).span("1.9.2026", "30.9.2026").status(Done);
    b.deliverable(Development, "Palveluvaiheen sopimus (G2)", city).span("1.12.2026", "31.12.2026").status(Done);
    b.deliverable(ServicePhase, "Vuosikatselmus", city).span("1.12.2027", "31.12.2027").status(NotStarted);

    // 1 380 000 € for the producers and 520 000 € own production: 1 900 000 € in all.
    b.cost(p1, "K1", 2027, 800_000, "Omavalmentajien työaika");
    b.cost(p1, "K2", 2027, 100_000, "Alihankinnat");
    b.cost(p2, "K1", 2027, 400_000, "Pajaohjaajien työaika");
    b.cost(p2, "K3", 2027, 80_000, "Työpajatilat");
    b.cost(city, "K1", 2027, 300_000, "Työllisyysasiantuntijat");
    b.cost(county, "K1", 2027, 150_000, "Kuntouttavan työtoiminnan ohjaus");
    b.cost(vitality, "K1", 2027, 70_000, "Rekrytointipalvelut");

    let budget = b.budget();
    budget.reserve = ReserveRule::Fixed(Money::euros(100_000));
    budget.fee = FeeRule::FixedPerProducer;
    budget.fee_inside_target = false;
    budget.sharing = Sharing {
        gain_share: gain_pain_share,
        pain_share: gain_pain_share,
        gain_cap: Cap::EqualToFee,
        pain_cap: Cap::EqualToFee,
        combined_cap: true,
    };
    budget.kra_pool = Money::euros(60_000);

    b.metric("Työllistyneiden osuus", "%", Direction::HigherIsBetter)
        .definition("Palvelun päättäneistä avoimille työmarkkinoille työllistyneiden osuus.")
        .source("Tulorekisteri")
        .levels("20", "25", "35")
        .weight(4000)
        .value("28");
    b.metric("Aktivointiaste", "%", Direction::HigherIsBetter)
        .definition("100 · palveluissa olevat / (työttömät + palveluissa olevat).")
        .source("Työnvälitystilasto")
        .levels("30", "40", "50")
        .weight(2000)
        .value("39.2062");
    b.metric("Asiakkaiden suositteluhalukkuus (NPS)", "", Direction::HigherIsBetter)
        .definition("Net Promoter Score asiakaskyselystä (0–10).")
        .source("Allianssin asiakaskysely")
        .levels("0", "20", "40")
        .weight(2000)
        .value("20");
    b.metric("Työttömyyden mediaanikesto", "päivää", Direction::LowerIsBetter)
        .definition("Päättyneiden työttömyysjaksojen keston mediaani.")
        .source("Työnvälitystilasto")
        .levels("240", "200", "160")
        .weight(2000)
        .value("180");
    b.finish()
}
