//! What each finding says: the `Problem` enum with the data a message needs, its stable code,
//! and the message in Finnish, Swedish and English, with the reason and what would fix it.

use crate::i18n::format::{money, percent};
use crate::i18n::{Language, Named};
use crate::model::{Bp, Field, Money, PhaseKind, Procurement, ProductionMode, ServiceRole};
use chrono::NaiveDate;

/// Where a broken reference was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefPlace {
    Cell,
    Organiser,
    DeliverableOwner,
    Position,
    CostLine,
    RiskOwner,
}

/// A problem the rules found, with the names the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    PhaseMissing {
        phase: PhaseKind,
    },
    PhaseRepeated {
        phase: PhaseKind,
    },
    PhaseOrder,
    PhaseEndBeforeStart {
        phase: PhaseKind,
    },
    PhasesOverlap {
        first: PhaseKind,
        second: PhaseKind,
        days: i64,
    },
    PhaseGap {
        first: PhaseKind,
        second: PhaseKind,
        days: i64,
    },
    DeliverableOutsidePhase {
        title: String,
        phase: PhaseKind,
    },
    DeliverableStartAfterDue {
        title: String,
    },
    DecisionBeforePhaseEnd {
        phase: PhaseKind,
        date: NaiveDate,
    },
    LaterPhaseStartedBeforeGo {
        phase: PhaseKind,
        next: PhaseKind,
    },
    GoNotUnanimous {
        phase: PhaseKind,
        blocking: Vec<String>,
    },
    ExitBeforeRight {
        party: String,
        date: NaiveDate,
        from: Option<NaiveDate>,
    },
    DuplicateId {
        id: u32,
    },
    MissingParty {
        place: RefPlace,
        id: u32,
    },
    DuplicateCell {
        service: String,
        party: String,
    },
    BusinessIdInvalid {
        party: String,
        value: String,
        expected: Option<u8>,
    },
    BusinessIdMissing {
        party: String,
    },
    NoOwners,
    SharesSum {
        sum: Bp,
    },
    ShareNotOwner {
        party: String,
    },
    FeeNotProducer {
        party: String,
    },
    ProducerWithoutFee {
        party: String,
    },
    AmountOutOfRange {
        amount: Money,
    },
    NegativeAmount {
        amount: Money,
    },
    UnknownCostCategory {
        code: String,
    },
    /// A measurement or an actual cost names a metric or a party the plan does not have.
    FollowUpReference {
        period: String,
    },
    /// Two measurements (or two cost rows) for the same metric, area and period.
    FollowUpDuplicate,
    CostNotReimbursable {
        code: String,
        category: String,
    },
    ShareOverHundred {
        share: Bp,
    },
    WeightsSum {
        sum: Bp,
    },
    LevelsOrder {
        metric: String,
    },
    ActualNotComputable {
        metric: String,
    },
    RatingOutOfScale {
        risk: String,
    },
    RiskAmountsOrder {
        risk: String,
    },
    ProbabilityOverHundred {
        risk: String,
    },
    BandLimits,
    AnnexNumberRepeated {
        number: u8,
    },
    OrganiserNotAccountable {
        service: String,
        organiser: String,
    },
    AdminTaskToPrivate {
        service: String,
        party: String,
    },
    AdminTaskMode {
        service: String,
        mode: ProductionMode,
    },
    MarketFailureMissing {
        service: String,
        party: String,
    },
    OutsideDuties {
        service: String,
        party: String,
        field: Field,
    },
    RolesMixed {
        service: String,
        party: String,
        role: ServiceRole,
    },
    NotTakingPart {
        party: String,
    },
    ProcurementProcedure {
        procedure: Procurement,
    },
    AccountableCount {
        service: String,
        count: usize,
    },
    OrganiserNotPublic {
        service: String,
        party: String,
    },
    OwnerInTender {
        service: String,
        party: String,
    },
    BodyNotInSetting {
        party: String,
        kind: crate::model::PartyKind,
        setting: crate::model::Setting,
    },
    LeadershipTeamSize {
        seats: usize,
        max: usize,
    },
    ImpactAgainstExposure {
        risk: String,
        impact: u8,
        class: u8,
        likely: crate::model::Money,
        target: crate::model::Money,
    },
    /// Text holds characters the annexes' font has no glyph for (they would print as boxes).
    MissingGlyphs {
        what: String,
        chars: String,
    },
}

impl Problem {
    /// The stable code: legal rules start with `L` and their number in domain guide §3.
    pub fn code(&self) -> &'static str {
        use Problem::*;
        match self {
            PhaseMissing { .. } => "phase-missing",
            PhaseRepeated { .. } => "phase-repeated",
            PhaseOrder => "phase-order",
            PhaseEndBeforeStart { .. } => "phase-dates",
            PhasesOverlap { .. } => "phase-overlap",
            PhaseGap { .. } => "phase-gap",
            DeliverableOutsidePhase { .. } => "deliverable-outside-phase",
            DeliverableStartAfterDue { .. } => "deliverable-dates",
            DecisionBeforePhaseEnd { .. } => "gate-early",
            LaterPhaseStartedBeforeGo { .. } => "gate-later-phase-started",
            GoNotUnanimous { .. } => "gate-not-unanimous",
            ExitBeforeRight { .. } => "exit-before-right",
            DuplicateId { .. } => "duplicate-id",
            MissingParty { .. } => "missing-party",
            DuplicateCell { .. } => "duplicate-cell",
            BusinessIdInvalid { .. } => "business-id",
            BusinessIdMissing { .. } => "business-id-missing",
            NoOwners => "no-owners",
            SharesSum { .. } => "shares-sum",
            ShareNotOwner { .. } => "share-not-owner",
            FeeNotProducer { .. } => "fee-not-producer",
            ProducerWithoutFee { .. } => "producer-no-fee",
            AmountOutOfRange { .. } => "amount-range",
            NegativeAmount { .. } => "amount-negative",
            UnknownCostCategory { .. } => "cost-category",
            FollowUpReference { .. } => "followup-reference",
            FollowUpDuplicate => "followup-duplicate",
            CostNotReimbursable { .. } => "cost-not-reimbursable",
            ShareOverHundred { .. } => "sharing-range",
            WeightsSum { .. } => "kra-weights",
            LevelsOrder { .. } => "kra-levels",
            ActualNotComputable { .. } => "kra-actual",
            RatingOutOfScale { .. } => "risk-rating",
            RiskAmountsOrder { .. } => "risk-amounts",
            ProbabilityOverHundred { .. } => "risk-probability",
            BandLimits => "risk-bands",
            AnnexNumberRepeated { .. } => "annex-number",
            OrganiserNotAccountable { .. } => "L1-organiser-accountable",
            AdminTaskToPrivate { .. } => "L2-admin-task-private",
            AdminTaskMode { .. } => "L2-admin-task-mode",
            MarketFailureMissing { .. } => "L3-market-failure",
            OutsideDuties { .. } => "L4-own-production-duties",
            RolesMixed { .. } => "L5-roles-separate",
            NotTakingPart { .. } => "L6-not-taking-part",
            ProcurementProcedure { .. } => "L7-negotiated-procedure",
            AccountableCount { .. } => "L8-one-accountable",
            OrganiserNotPublic { .. } => "L1-organiser-public",
            OwnerInTender { .. } => "L5-owner-in-tender",
            BodyNotInSetting { .. } => "S1-body-not-in-setting",
            LeadershipTeamSize { .. } => "S2-leadership-team-size",
            ImpactAgainstExposure { .. } => "risk-impact-exposure",
            MissingGlyphs { .. } => "font-missing-glyphs",
        }
    }

    /// The message in the language: what is wrong, why, and what would fix it.
    pub fn message(&self, l: Language) -> String {
        use Problem::*;
        let n = |p: &PhaseKind| p.name(l);
        match self {
            PhaseMissing { phase } => l.pick(
                format!("Vaihe “{}” puuttuu. Suunnitelmassa on oltava kaikki neljä vaihetta; lisää se.", n(phase)),
                format!("Fasen ”{}” saknas. Planen ska ha alla fyra faser; lägg till den.", n(phase)),
                format!("The phase “{}” is missing. A plan has all four phases; add it.", n(phase)),
            ),
            PhaseRepeated { phase } => l.pick(
                format!("Vaihe “{}” on suunnitelmassa kahdesti. Poista ylimääräinen.", n(phase)),
                format!("Fasen ”{}” finns två gånger i planen. Ta bort den extra.", n(phase)),
                format!("The phase “{}” appears twice. Remove the extra one.", n(phase)),
            ),
            PhaseOrder => l.pick(
                "Vaiheet ovat väärässä järjestyksessä: strategia, muodostaminen, kehitys, palvelu.".to_string(),
                "Faserna är i fel ordning: strategi, bildande, utveckling, tjänst.".to_string(),
                "The phases are out of order: strategy, formation, development, service.".to_string(),
            ),
            PhaseEndBeforeStart { phase } => l.pick(
                format!("Vaiheen “{}” loppupäivä on ennen alkupäivää. Korjaa päivämäärät.", n(phase)),
                format!("Fasen ”{}” slutar före sitt startdatum. Rätta datumen.", n(phase)),
                format!("The phase “{}” ends before it starts. Correct the dates.", n(phase)),
            ),
            PhasesOverlap { first, second, days } => l.pick(
                format!("Vaiheet “{}” ja “{}” menevät {days} päivää päällekkäin. Seuraava vaihe alkaa vasta edellisen päätöspisteen jälkeen; siirrä päivämääriä.", n(first), n(second)),
                format!("Faserna ”{}” och ”{}” överlappar med {days} dagar. Nästa fas börjar först efter föregående beslutspunkt; flytta datumen.", n(first), n(second)),
                format!("The phases “{}” and “{}” overlap by {days} days. The next phase starts only after the previous gate; move the dates.", n(first), n(second)),
            ),
            PhaseGap { first, second, days } => l.pick(
                format!("Vaiheiden “{}” ja “{}” väliin jää {days} päivän aukko. Tarkista, onko katko tarkoituksellinen.", n(first), n(second)),
                format!("Mellan faserna ”{}” och ”{}” finns ett uppehåll på {days} dagar. Kontrollera att det är avsiktligt.", n(first), n(second)),
                format!("There is a gap of {days} days between the phases “{}” and “{}”. Check that it is intended.", n(first), n(second)),
            ),
            DeliverableOutsidePhase { title, phase } => l.pick(
                format!("Tuotoksen “{title}” määräpäivä on vaiheen “{}” ulkopuolella. Siirrä määräpäivä vaiheen sisään tai tuotos oikeaan vaiheeseen.", n(phase)),
                format!("Leveransen ”{title}” har sitt slutdatum utanför fasen ”{}”. Flytta datumet in i fasen eller leveransen till rätt fas.", n(phase)),
                format!("The deliverable “{title}” is due outside the phase “{}”. Move the due date into the phase or the deliverable to the right phase.", n(phase)),
            ),
            DeliverableStartAfterDue { title } => l.pick(
                format!("Tuotoksen “{title}” alkupäivä on määräpäivän jälkeen. Korjaa päivämäärät."),
                format!("Leveransen ”{title}” börjar efter sitt slutdatum. Rätta datumen."),
                format!("The deliverable “{title}” starts after it is due. Correct the dates."),
            ),
            DecisionBeforePhaseEnd { phase, date } => l.pick(
                format!("Vaiheen “{}” päätöspisteen päätös ({}) on tehty ennen vaiheen loppua. Tarkista päätöksen päivä tai vaiheen loppupäivä.", n(phase), crate::i18n::format::date(*date, l)),
                format!("Beslutet vid fasen ”{}”s beslutspunkt ({}) fattades före fasens slut. Kontrollera beslutsdatumet eller fasens slutdatum.", n(phase), crate::i18n::format::date(*date, l)),
                format!("The gate decision of the phase “{}” ({}) was made before the phase ends. Check the decision date or the phase's end date.", n(phase), crate::i18n::format::date(*date, l)),
            ),
            LaterPhaseStartedBeforeGo { phase, next } => l.pick(
                format!("Vaihe “{}” alkaa ennen kuin vaiheen “{}” päätöspisteessä päätettiin jatkaa. Seuraavaa vaihetta ei aloiteta ennen päätöstä.", n(next), n(phase)),
                format!("Fasen ”{}” börjar innan beslutet att fortsätta vid fasen ”{}”s beslutspunkt. Nästa fas börjar inte före beslutet.", n(next), n(phase)),
                format!("The phase “{}” starts before the Go decision at the gate of “{}”. The next phase does not start before the decision.", n(next), n(phase)),
            ),
            GoNotUnanimous { phase, blocking } => {
                let who = blocking.join(", ");
                l.pick(
                    format!("Vaiheen “{}” päätöspisteessä päätettiin jatkaa, vaikka kaikki tilaajat eivät olleet paikalla ja hyväksyneet ({who}). Allianssin johtoryhmä päättää yksimielisesti: kirjaa kaikkien tilaajien kanta tai käsittele asia uudelleen.", n(phase)),
                    format!("Vid fasen ”{}”s beslutspunkt beslöt man fortsätta fast alla beställare inte var närvarande och godkände ({who}). Alliansens ledningsgrupp beslutar enhälligt: registrera alla beställares ställningstagande eller behandla ärendet på nytt.", n(phase)),
                    format!("The gate of the phase “{}” was passed with a Go although not every owner was present and approving ({who}). The leadership team decides unanimously: record every owner's position or take the matter up again.", n(phase)),
                )
            }
            ExitBeforeRight { party, date, from } => {
                let d = crate::i18n::format::date(*date, l);
                let f = from.map(|f| crate::i18n::format::date(f, l));
                let (fi, sv, en) = match &f {
                    Some(f) => (format!(" (aikaisintaan {f})"), format!(" (tidigast {f})"), format!(" (from {f})")),
                    None => (String::new(), String::new(), String::new()),
                };
                l.pick(
                    format!("“{party}” on merkitty eronneeksi {d}, ennen kehitysvaiheen päättymistä{fi}. Kehitysvaiheen jälkeen kuka tahansa osapuoli voi erota, sitä ennen vain tilaajat; tarkista eroamispäivä."),
                    format!("”{party}” har markerats som utträdd {d}, innan utvecklingsfasen slutade{sv}. Efter utvecklingsfasen får vilken part som helst utträda, före den bara beställarna; kontrollera datumet."),
                    format!("“{party}” is marked as exited on {d}, before the development phase ended{en}. After the development phase any party may exit, before it only the owners; check the exit date."),
                )
            }
            DuplicateId { id } => l.pick(
                format!("Tunniste {id} on käytössä useammalla rivillä. Tiedosto on muokattu käsin tai vioittunut; anna riveille omat tunnisteet."),
                format!("Identifieraren {id} används av flera rader. Filen har redigerats för hand eller är skadad; ge raderna egna identifierare."),
                format!("The id {id} is used by more than one row. The file was edited by hand or is damaged; give each row its own id."),
            ),
            MissingParty { place, id } => {
                let (fi, sv, en) = match place {
                    RefPlace::Cell => ("Roolimatriisin solu", "En cell i rollmatrisen", "A cell of the role matrix"),
                    RefPlace::Organiser => ("Palvelun järjestäjä", "Tjänstens anordnare", "A service's organiser"),
                    RefPlace::DeliverableOwner => ("Tuotoksen vastuutaho", "Leveransens ansvariga part", "A deliverable's owner"),
                    RefPlace::Position => ("Päätöspisteen kanta", "En ståndpunkt vid beslutspunkten", "A gate position"),
                    RefPlace::CostLine => ("Kustannusrivi", "En kostnadsrad", "A cost line"),
                    RefPlace::RiskOwner => ("Riskin omistaja", "Riskens ägare", "A risk's owner"),
                };
                l.pick(
                    format!("{fi} viittaa osapuoleen {id}, jota ei ole. Valitse olemassa oleva osapuoli."),
                    format!("{sv} hänvisar till part {id} som inte finns. Välj en befintlig part."),
                    format!("{en} refers to party {id}, which does not exist. Choose an existing party."),
                )
            }
            DuplicateCell { service, party } => l.pick(
                format!("Osapuolella “{party}” on palvelussa “{service}” kaksi solua. Jokaisella osapuolella on palvelussa yksi rooli; poista toinen."),
                format!("Parten ”{party}” har två celler i tjänsten ”{service}”. Varje part har en roll per tjänst; ta bort den ena."),
                format!("The party “{party}” has two cells in the service “{service}”. Each party has one role per service; remove one."),
            ),
            BusinessIdInvalid { party, value, expected } => {
                let hint = |fi: &str, sv: &str, en: &str| match expected {
                    Some(d) => l.pick(format!(" Tarkistusnumeron pitäisi olla {d}."), format!(" Kontrollsiffran borde vara {d}."), format!(" The check digit should be {d}.")),
                    None => l.pick(fi.to_string(), sv.to_string(), en.to_string()),
                };
                let h = hint(" Muoto on 1234567-8.", " Formen är 1234567-8.", " The form is 1234567-8.");
                l.pick(
                    format!("Osapuolen “{party}” Y-tunnus “{value}” ei ole kelvollinen.{h} Tarkista tunnus YTJ:stä."),
                    format!("Parten ”{party}”s FO-nummer ”{value}” är inte giltigt.{h} Kontrollera numret i FODS."),
                    format!("The business ID “{value}” of “{party}” is not valid.{h} Check it in the Finnish business register."),
                )
            }
            BusinessIdMissing { party } => l.pick(
                format!("Osapuolelta “{party}” puuttuu Y-tunnus. Se tarvitaan sopimusliitteisiin."),
                format!("Parten ”{party}” saknar FO-nummer. Det behövs i avtalsbilagorna."),
                format!("The party “{party}” has no business ID. The contract annexes need it."),
            ),
            NoOwners => l.pick(
                "Suunnitelmassa ei ole yhtään tilaajaa. Allianssissa on vähintään yksi tilaaja, joka rahoittaa palvelut.".to_string(),
                "Planen har ingen beställare. En allians har minst en beställare som finansierar tjänsterna.".to_string(),
                "The plan has no owner. An alliance has at least one owner who funds the services.".to_string(),
            ),
            SharesSum { sum } => l.pick(
                format!("Tilaajien rahoitusosuudet ovat yhteensä {}, kun niiden pitää olla 100 %. Säästö ja ylitys jaetaan näillä osuuksilla; korjaa osuudet.", percent(*sum, l)),
                format!("Beställarnas finansieringsandelar är sammanlagt {}, men ska vara 100 %. Vinst och förlust fördelas med andelarna; rätta dem.", percent(*sum, l)),
                format!("The owners' funding shares add up to {}, but must be 100 %. Gain and pain are split by them; correct the shares.", percent(*sum, l)),
            ),
            ShareNotOwner { party } => l.pick(
                format!("Osapuolella “{party}” on rahoitusosuus, vaikka se ei ole tilaaja. Vain tilaajilla on rahoitusosuus; poista osuus tai muuta rooli."),
                format!("Parten ”{party}” har en finansieringsandel fast den inte är beställare. Endast beställare har andelar; ta bort andelen eller ändra rollen."),
                format!("The party “{party}” has a funding share but is not an owner. Only owners have funding shares; remove it or change the role."),
            ),
            FeeNotProducer { party } => l.pick(
                format!("Osapuolella “{party}” on palkkio, vaikka se ei ole palveluntuottaja. Palkkio maksetaan vain tuottajille; poista palkkio tai muuta rooli."),
                format!("Parten ”{party}” har ett arvode fast den inte är serviceproducent. Arvode betalas bara till producenter; ta bort det eller ändra rollen."),
                format!("The party “{party}” has a fee but is not a producer. Only producers are paid a fee; remove it or change the role."),
            ),
            ProducerWithoutFee { party } => l.pick(
                format!("Palveluntuottajalla “{party}” ei ole palkkiota. Palkkio kattaa tuottajan yleiskulut ja voiton ja on kannustimien katto; syötä se."),
                format!("Serviceproducenten ”{party}” har inget arvode. Arvodet täcker omkostnader och vinst och är taket för incitamenten; ange det."),
                format!("The producer “{party}” has no fee. The fee covers overhead and profit and caps the incentives; enter it."),
            ),
            AmountOutOfRange { amount } => l.pick(
                format!("Summa {} on sallitun rajan (±100 miljardia €) ulkopuolella. Tarkista luku.", money(*amount, l)),
                format!("Beloppet {} ligger utanför tillåtna gränser (±100 miljarder €). Kontrollera talet.", money(*amount, l)),
                format!("The amount {} is outside the allowed range (±100 billion €). Check the number.", money(*amount, l)),
            ),
            NegativeAmount { amount } => l.pick(
                format!("Summa {} on negatiivinen, mutta tähän kenttään kuuluu nolla tai positiivinen summa.", money(*amount, l)),
                format!("Beloppet {} är negativt, men fältet tar noll eller ett positivt belopp.", money(*amount, l)),
                format!("The amount {} is negative, but this field takes zero or a positive amount.", money(*amount, l)),
            ),
            FollowUpReference { period } => l.pick(
                format!("Jakson {period} seurantarivi viittaa mittariin tai osapuoleen, jota suunnitelmassa ei ole. Poista rivi tai lisää mittari tai osapuoli."),
                format!("En uppföljningsrad för perioden {period} hänvisar till en mätare eller part som inte finns i planen. Ta bort raden eller lägg till mätaren eller parten."),
                format!("A follow-up row of the period {period} names a metric or a party the plan does not have. Remove the row or add the metric or party."),
            ),
            FollowUpDuplicate => l.pick(
                "Seurannassa on sama mittaus tai kustannusrivi kahdesti (sama mittari, alue ja jakso). Poista toinen.".to_string(),
                "Uppföljningen har samma mätning eller kostnadsrad två gånger (samma mätare, område och period). Ta bort den ena.".to_string(),
                "The follow-up has the same measurement or cost row twice (same metric, area and period). Remove one.".to_string(),
            ),
            UnknownCostCategory { code } => l.pick(
                format!("Kustannusrivin luokkaa “{code}” ei ole korvattavien kustannusten luettelossa. Valitse luokka luettelosta tai lisää se sinne."),
                format!("Kostnadsradens kategori ”{code}” finns inte i förteckningen över ersättningsgilla kostnader. Välj en kategori eller lägg till den."),
                format!("The cost line's category “{code}” is not in the reimbursable-cost list. Choose a category from it or add one."),
            ),
            CostNotReimbursable { code, category } => l.pick(
                format!("Kustannusrivi on luokassa {code} “{category}”, joka ei ole korvattava. Tällaiset kulut eivät kuulu tavoitekustannukseen; poista rivi tai vaihda luokka."),
                format!("Kostnadsraden hör till kategori {code} ”{category}”, som inte är ersättningsgill. Sådana kostnader hör inte till målkostnaden; ta bort raden eller byt kategori."),
                format!("The cost line is in category {code} “{category}”, which is not reimbursable. Such costs are not part of the target cost; remove the line or change the category."),
            ),
            ShareOverHundred { share } => l.pick(
                format!("Tuottajien osuus {} on yli 100 %. Osuus säästöstä tai ylityksestä on 0–100 %.", percent(*share, l)),
                format!("Producenternas andel {} är över 100 %. Andelen av vinst eller förlust är 0–100 %.", percent(*share, l)),
                format!("The producers' share {} is over 100 %. A share of gain or pain is 0–100 %.", percent(*share, l)),
            ),
            WeightsSum { sum } => l.pick(
                format!("Avaintulosalueiden mittareiden painot ovat yhteensä {}, kun niiden pitää olla 100 % (1). Korjaa painot, jotta kannustin lasketaan oikein.", percent(*sum, l)),
                format!("Nyckelresultatområdenas vikter är sammanlagt {}, men ska vara 100 % (1). Rätta vikterna så att incitamentet räknas rätt.", percent(*sum, l)),
                format!("The KRA metric weights add up to {}, but must be 100 % (1). Correct them so the incentive is computed right.", percent(*sum, l)),
            ),
            LevelsOrder { metric } => l.pick(
                format!("Mittarin “{metric}” tasot ovat väärässä järjestyksessä. Minimin, tavoitteen ja erinomaisen tason on edettävä mittarin suuntaan (suurempi tai pienempi on parempi)."),
                format!("Mätarens ”{metric}” nivåer är i fel ordning. Minimum, mål och utmärkt ska följa mätarens riktning (högre eller lägre är bättre)."),
                format!("The levels of the metric “{metric}” are out of order. Minimum, target and excellent must follow its direction (higher or lower is better)."),
            ),
            ActualNotComputable { metric } => l.pick(
                format!("Mittarin “{metric}” toteumaa ei voi laskea annetuista luvuista (jakaja on nolla). Tarkista luvut."),
                format!("Mätarens ”{metric}” utfall kan inte räknas ut ur talen (nämnaren är noll). Kontrollera talen."),
                format!("The actual value of the metric “{metric}” cannot be computed from its counts (the divisor is zero). Check them."),
            ),
            RatingOutOfScale { risk } => l.pick(
                format!("Riskin “{risk}” todennäköisyys tai vaikutus on asteikon 1–5 ulkopuolella. Valitse arvo 1–5."),
                format!("Risken ”{risk}” har sannolikhet eller konsekvens utanför skalan 1–5. Välj ett värde 1–5."),
                format!("The risk “{risk}” has a probability or impact outside the scale 1–5. Choose a value from 1 to 5."),
            ),
            RiskAmountsOrder { risk } => l.pick(
                format!("Riskin “{risk}” rahamäärät eivät ole järjestyksessä pienin ≤ todennäköisin ≤ suurin. Korjaa summat."),
                format!("Risken ”{risk}” har belopp som inte följer minst ≤ troligast ≤ störst. Rätta beloppen."),
                format!("The amounts of the risk “{risk}” are not in the order minimum ≤ most likely ≤ maximum. Correct them."),
            ),
            ProbabilityOverHundred { risk } => l.pick(
                format!("Riskin “{risk}” todennäköisyysprosentti on yli 100 %. Anna prosentti 0–100."),
                format!("Risken ”{risk}” har en sannolikhet över 100 %. Ange 0–100 %."),
                format!("The risk “{risk}” has a probability over 100 %. Enter 0–100 %."),
            ),
            BandLimits => l.pick(
                "Riskiluokkien rajat eivät ole kasvavassa järjestyksessä (matala < kohtalainen < korkea ≤ 25). Korjaa asteikko.".to_string(),
                "Riskklassernas gränser är inte i stigande ordning (låg < måttlig < hög ≤ 25). Rätta skalan.".to_string(),
                "The risk band limits are not increasing (low < moderate < high ≤ 25). Correct the scale.".to_string(),
            ),
            AnnexNumberRepeated { number } => l.pick(
                format!("Liitenumero {number} on käytössä kahdesti. Anna jokaiselle liitteelle oma numero."),
                format!("Bilaga nummer {number} används två gånger. Ge varje bilaga ett eget nummer."),
                format!("Annex number {number} is used twice. Give each annex its own number."),
            ),
            OrganiserNotAccountable { service, organiser } => l.pick(
                format!("Palvelu “{service}” kuuluu järjestäjän “{organiser}” järjestämisvastuulle, mutta järjestäjä ei ole siinä vastuullinen. Järjestämisvastuuta ei voi siirtää kunnalle tai tuottajalle: merkitse järjestäjä vastuulliseksi."),
                format!("Tjänsten ”{service}” hör till anordnaren ”{organiser}”s organiseringsansvar, men anordnaren är inte ansvarig i den. Organiseringsansvaret kan inte överföras till en kommun eller producent: märk anordnaren som ansvarig."),
                format!("The service “{service}” falls under the organising responsibility of “{organiser}”, but the organiser is not accountable in it. That responsibility cannot move to a municipality or a producer: make the organiser accountable."),
            ),
            AdminTaskToPrivate { service, party } => l.pick(
                format!("“{service}” on julkinen hallintotehtävä, mutta yksityinen toimija “{party}” on siinä tuottaja tai vastuullinen. Julkista hallintotehtävää ei voi antaa yksityiselle: tuottaja voi valmistella lausunnon, viranomainen päättää. Tee viranomaisesta vastuullinen ja tuottajasta asiantuntija."),
                format!("”{service}” är en offentlig förvaltningsuppgift, men den privata aktören ”{party}” är producent eller ansvarig i den. En offentlig förvaltningsuppgift kan inte ges till en privat aktör: producenten kan bereda ett utlåtande, myndigheten beslutar. Gör myndigheten ansvarig och producenten till expert."),
                format!("“{service}” is a public administrative task, but the private party “{party}” is its producer or accountable. Such a task cannot be given to a private party: a producer may draft the statement; the authority decides. Make the authority accountable and the producer consulted."),
            ),
            AdminTaskMode { service, mode } => l.pick(
                format!("“{service}” on julkinen hallintotehtävä, mutta sen tuotantotapa on “{}”. Viranomainen hoitaa hallintotehtävän itse; valitse oma tuotanto.", mode.name(l)),
                format!("”{service}” är en offentlig förvaltningsuppgift, men produktionssättet är ”{}”. Myndigheten sköter förvaltningsuppgiften själv; välj egen produktion.", mode.name(l)),
                format!("“{service}” is a public administrative task, but its production mode is “{}”. The authority performs such a task itself; choose own production.", mode.name(l)),
            ),
            MarketFailureMissing { service, party } => l.pick(
                format!("Kunta tai sen sidosyksikkö “{party}” tuottaa palvelua “{service}” järjestäjälle, vaikka markkinapuutetta ei ole todettu. Suorahankinta kunnalta on mahdollinen vain markkinapuutteessa: totea markkinapuute tai hanki palvelu tarjouskilpailulla."),
                format!("Kommunen eller dess anknutna enhet ”{party}” producerar tjänsten ”{service}” för anordnaren fast ingen marknadsbrist har konstaterats. Direktupphandling från en kommun är möjlig bara vid marknadsbrist: konstatera marknadsbristen eller upphandla tjänsten."),
                format!("The municipality or its in-house entity “{party}” produces “{service}” for the organiser, but no market failure has been established. A direct award to a municipality is allowed only on market failure: establish it or tender the service."),
            ),
            OutsideDuties { service, party, field } => l.pick(
                format!("Tilaaja “{party}” tuo omaa tuotantoaan palveluun “{service}” (ala: {}), joka ei kuulu sen tehtäviin. Tilaaja voi tuoda omaa tuotantoa vain omalta tehtäväalaltaan: lisää ala osapuolen tehtäviin, jos se kuuluu niihin, tai vaihda tuottaja.", field.name(l)),
                format!("Beställaren ”{party}” bidrar med egen produktion till tjänsten ”{service}” (område: {}), som inte hör till dess uppgifter. En beställare får bidra med egen produktion bara inom sina uppgifter: lägg till området om det hör dit, eller byt producent.", field.name(l)),
                format!("The owner “{party}” brings own production to “{service}” (field: {}), which is outside its duties. An owner may bring own production only within its own field of duties: add the field to its duties if it belongs there, or change the producer.", field.name(l)),
            ),
            RolesMixed { service, party, role } => l.pick(
                format!("Palveluntuottaja “{party}” on palvelussa “{service}” roolissa “{}”. Järjestäjän ja tuottajan roolit ja budjetit pidetään erillään: anna tämä rooli tilaajalle ja pidä tuottaja tuottajana.", role.name(l)),
                format!("Serviceproducenten ”{party}” har rollen ”{}” i tjänsten ”{service}”. Anordnarens och producentens roller och budgetar hålls åtskilda: ge rollen till en beställare och låt producenten producera.", role.name(l)),
                format!("The producer “{party}” has the role “{}” in “{service}”. Organiser and producer roles and budgets stay separate: give this role to an owner and keep the producer a producer.", role.name(l)),
            ),
            NotTakingPart { party } => l.pick(
                format!("Tilaajalla “{party}” ei ole rahoitusosuutta eikä roolia yhdessäkään palvelussa. Kaikkien kuntien ei tarvitse liittyä: poista osapuoli, tee siitä tarkkailija tai anna sille osuus ja roolit."),
                format!("Beställaren ”{party}” har varken finansieringsandel eller roll i någon tjänst. Alla kommuner behöver inte delta: ta bort parten, gör den till observatör eller ge den andel och roller."),
                format!("The owner “{party}” has no funding share and no role in any service. Not every municipality has to join: remove the party, make it an observer, or give it a share and roles."),
            ),
            ProcurementProcedure { procedure } => l.pick(
                format!("Suunnitelmassa on palveluntuottajia, mutta hankintamenettely on “{}”. Hankintalaki koskee allianssia: tuottajat valitaan neuvottelumenettelyllä.", procedure.name(l)),
                format!("Planen har serviceproducenter, men upphandlingsförfarandet är ”{}”. Upphandlingslagen gäller alliansen: producenterna väljs med förhandlat förfarande.", procedure.name(l)),
                format!("The plan has producers, but the procurement procedure is “{}”. Procurement law applies to the alliance: producers are chosen by negotiated procedure.", procedure.name(l)),
            ),
            AccountableCount { service, count: 0 } => l.pick(
                format!("Palvelulla “{service}” ei ole vastuullista osapuolta. Jokaisella palvelulla on täsmälleen yksi vastuullinen; merkitse järjestäjä vastuulliseksi."),
                format!("Tjänsten ”{service}” har ingen ansvarig part. Varje tjänst har exakt en ansvarig; märk anordnaren som ansvarig."),
                format!("The service “{service}” has no accountable party. Every service has exactly one; make its organiser accountable."),
            ),
            AccountableCount { service, count } => l.pick(
                format!("Palvelulla “{service}” on {count} vastuullista osapuolta. Jokaisella palvelulla on täsmälleen yksi vastuullinen, jotta vastuu ei hämärry; jätä yksi ja anna muille muu rooli."),
                format!("Tjänsten ”{service}” har {count} ansvariga parter. Varje tjänst har exakt en ansvarig så att ansvaret är tydligt; behåll en och ge de andra en annan roll."),
                format!("The service “{service}” has {count} accountable parties. Every service has exactly one, so responsibility stays clear; keep one and give the others another role."),
            ),
            OrganiserNotPublic { service, party } => l.pick(
                format!("Palvelun “{service}” järjestäjäksi on merkitty “{party}”, joka ei ole julkinen toimija. Järjestämisvastuu kuuluu kunnalle, työllisyysalueelle tai muulle viranomaiselle; yritys tai järjestö voi vain tuottaa palvelun. Valitse järjestäjäksi julkinen osapuoli."),
                format!("”{party}” är angiven som anordnare av tjänsten ”{service}” men är inte en offentlig aktör. Ansvaret för att anordna hör till kommunen, sysselsättningsområdet eller en annan myndighet; ett företag eller en organisation kan bara producera tjänsten. Välj en offentlig part som anordnare."),
                format!("“{party}” is named the organiser of “{service}” but is not a public body. Organising belongs to a municipality, an employment area or another authority; a company or an association can only produce the service. Choose a public party as the organiser."),
            ),
            OwnerInTender { service, party } => l.pick(
                format!("Tilaaja “{party}” tuottaa palvelua “{service}”, joka hankitaan allianssin tarjouskilpailulla. Tilaaja olisi silloin oman hankintansa molemmilla puolilla: merkitse palvelu tilaajan omaksi tuotannoksi tai anna tuottajan rooli kilpailutetulle tuottajalle."),
                format!("Beställaren ”{party}” producerar tjänsten ”{service}”, som upphandlas i allianstävlingen. Beställaren skulle då stå på båda sidor av sin egen upphandling: märk tjänsten som beställarens egen produktion eller ge producentrollen till en upphandlad producent."),
                format!("The owner “{party}” produces “{service}”, which is bought in the alliance tender. The owner would sit on both sides of its own procurement: mark the service as the owner's own production or give the producer's role to a tendered producer."),
            ),
            BodyNotInSetting { party, kind, setting } => {
                use crate::model::{PartyKind as K, Setting as S};
                match (setting, kind) {
                    (S::EmploymentArea, K::TeOffice) => l.pick(
                        format!("“{party}” on TE-toimisto, mutta TE-toimistot lakkautettiin 31.12.2024; työllisyyspalvelut järjestää 1.1.2025 alkaen kunta tai työllisyysalue. Korvaa osapuoli työllisyysalueella tai sen vastuukunnalla."),
                        format!("”{party}” är en TE-byrå, men TE-byråerna lades ned 31.12.2024; sysselsättningstjänsterna anordnas från 1.1.2025 av kommunen eller sysselsättningsområdet. Ersätt parten med sysselsättningsområdet eller dess ansvarskommun."),
                        format!("“{party}” is a TE office, but the TE offices closed on 31.12.2024; since 1.1.2025 employment services are organised by municipalities and employment areas. Replace the party with the employment area or its host municipality."),
                    ),
                    (S::EmploymentArea, K::ElyCentre) => l.pick(
                        format!("“{party}” on ELY-keskus, mutta suunnitelma jatkuu vuoteen 2026: ELY-keskusten elinkeino- ja työllisyystehtävät siirtyivät elinvoimakeskuksille 1.1.2026. Korvaa osapuoli elinvoimakeskuksella."),
                        format!("”{party}” är en NTM-central, men planen fortsätter in i 2026: NTM-centralernas närings- och sysselsättningsuppgifter överfördes till livskraftscentralerna 1.1.2026. Ersätt parten med livskraftscentralen."),
                        format!("“{party}” is an ELY centre, but the plan runs into 2026: the ELY centres' business and employment tasks moved to the vitality centres on 1.1.2026. Replace the party with the vitality centre."),
                    ),
                    (S::EmploymentArea, _) => l.pick(
                        format!("Maakunta “{party}” on merkitty palvelun järjestäjäksi, mutta maakuntauudistus raukesi 2019: tänään työllisyyspalvelut järjestää kunta tai työllisyysalue. Valitse järjestäjäksi työllisyysalue tai kunta, tai vaihda suunnitelman asetelmaksi vuoden 2018 malli."),
                        format!("Landskapet ”{party}” är angivet som anordnare, men landskapsreformen förföll 2019: i dag anordnas sysselsättningstjänsterna av kommunen eller sysselsättningsområdet. Välj sysselsättningsområdet eller en kommun som anordnare, eller byt planens ram till 2018 års modell."),
                        format!("The region “{party}” is named an organiser, but the regional reform lapsed in 2019: today municipalities and employment areas organise employment services. Choose the employment area or a municipality as the organiser, or set the plan to the 2018 model."),
                    ),
                    (S::Regional2018, _) => l.pick(
                        format!("“{party}” on tämän päivän toimija (työllisyysalue, vastuukunta tai elinvoimakeskus), mutta suunnitelma on vuoden 2018 maakuntamallin mukainen, jossa niitä ei ollut. Käytä vuoden 2018 toimijoita (maakunta, TE-toimisto, ELY-keskus) tai vaihda suunnitelman asetelmaksi työllisyysalue."),
                        format!("”{party}” är en nutida aktör (sysselsättningsområde, ansvarskommun eller livskraftscentral), men planen följer 2018 års landskapsmodell, där de inte fanns. Använd aktörerna från 2018 (landskap, TE-byrå, NTM-central) eller byt planens ram till sysselsättningsområde."),
                        format!("“{party}” is a body of today (an employment area, host municipality or vitality centre), but the plan follows the 2018 regional model, which had none. Use the 2018 bodies (region, TE office, ELY centre) or set the plan to today's employment areas."),
                    ),
                }
            }
            ImpactAgainstExposure { risk, impact, class, likely, target } => {
                let (m, t) = (crate::i18n::format::money(*likely, l), crate::i18n::format::money(*target, l));
                l.pick(
                    format!("Riskin “{risk}” vaikutus on {impact}, mutta sen todennäköisin rahamäärä {m} on tavoitekustannuksesta {t} vaikutusluokan {class} verran. Korjaa vaikutus tai rahamäärä niin, että ne vastaavat toisiaan (vaikutus 4 = 3–5 % tavoitekustannuksesta)."),
                    format!("Risken ”{risk}” har konsekvens {impact}, men dess mest sannolika belopp {m} motsvarar konsekvensklass {class} av kostnadsmålet {t}. Rätta konsekvensen eller beloppet så att de stämmer överens (konsekvens 4 = 3–5 % av kostnadsmålet)."),
                    format!("The risk “{risk}” has impact {impact}, but its most likely amount {m} is impact class {class} of the target cost {t}. Correct the impact or the amount so that they agree (impact 4 = 3–5 % of the target cost)."),
                )
            }
            MissingGlyphs { what, chars } => l.pick(
                format!("Tekstissä “{what}” on merkkejä, joita liitteiden kirjasimessa ei ole: {chars}. Ne tulostuisivat PDF-liitteisiin tyhjinä laatikoina; korvaa ne tavallisilla merkeillä."),
                format!("Texten ”{what}” har tecken som bilagornas typsnitt saknar: {chars}. De skulle skrivas ut som tomma rutor i PDF-bilagorna; ersätt dem med vanliga tecken."),
                format!("The text “{what}” has characters the annexes' font lacks: {chars}. They would print as empty boxes in the PDF annexes; replace them with ordinary characters."),
            ),
            LeadershipTeamSize { seats, max } => l.pick(
                format!("Johtoryhmässä olisi {seats} osapuolta. Allianssin johtoryhmässä on yksi johtaja kustakin osapuolesta ja enintään noin {max} henkeä, jotta se pystyy päättämään yksimielisesti; kokoa osapuolia yhteen tai siirrä osa havainnoijiksi."),
                format!("Ledningsgruppen skulle ha {seats} parter. Alliansens ledningsgrupp har en chef från varje part och högst omkring {max} personer så att den kan besluta enhälligt; slå samman parter eller gör några till observatörer."),
                format!("The leadership team would have {seats} parties. An alliance's leadership team has one senior person per party and at most about {max} people, so that it can decide unanimously; combine parties or make some observers."),
            ),
        }
    }
}
