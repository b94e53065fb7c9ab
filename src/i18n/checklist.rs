//! The guidance a facilitator reads out for each item of a phase's workshop checklist: the
//! work or the key question of the domain guide (§2), in Finnish, Swedish and English.

use super::Language;
use crate::model::ChecklistItem;

/// The question or framing sentence for a checklist item, in the given language.
pub fn question(item: ChecklistItem, lang: Language) -> &'static str {
    use ChecklistItem::*;
    let (fi, sv, en) = match item {
        // Strategy phase.
        MunicipalTalks => (
            "Keiden kuntien kanssa keskustelemme, ja mitä kukin toivoo yhteistyöltä?",
            "Vilka kommuner samtalar vi med, och vad hoppas var och en få ut av samarbetet?",
            "Which municipalities are we talking with, and what does each hope to gain from working together?",
        ),
        SharedIntent => (
            "Mikä on yhteinen tahtotilamme ja strategiamme: mitä haluamme yhdessä saada aikaan asiakkaille ja alueelle?",
            "Vilken är vår gemensamma vilja och strategi: vad vill vi åstadkomma tillsammans för kunderna och regionen?",
            "What is our shared intent and strategy: what do we want to achieve together for the clients and the area?",
        ),
        FundingAndOrganisation => (
            "Miten palvelut rahoitetaan ja organisoidaan? Kukin osapuoli pitää oman budjettinsa, eikä budjetteja yhdistetä.",
            "Hur finansieras och organiseras tjänsterna? Varje part behåller sin egen budget, och budgetarna slås inte samman.",
            "How are the services funded and organised? Each party keeps its own budget; budgets are never pooled.",
        ),
        CooperationAndDecisions => (
            "Missä muodossa teemme yhteistyötä, ja miten päätökset tehdään osapuolten omissa toimielimissä ja allianssin johtoryhmässä?",
            "I vilka former samarbetar vi, och hur fattas besluten i parternas egna organ och i alliansens ledningsgrupp?",
            "In what forms do we cooperate, and how are decisions made in the parties' own bodies and in the alliance leadership team?",
        ),
        IsModelRight => (
            "Onko allianssimalli oikea tapa järjestää nämä palvelut meille?",
            "Är alliansmodellen rätt sätt för oss att anordna de här tjänsterna?",
            "Is the alliance model the right way for us to organise these services?",
        ),
        DoWeGoAhead => (
            "Lähdemmekö eteenpäin? Tilaajat päättävät hankinnasta päätöspisteessä G1.",
            "Går vi vidare? Beställarna beslutar om upphandlingen vid beslutspunkt G1.",
            "Do we go ahead? The owners decide whether to procure at gate G1.",
        ),
        HowToProcure => (
            "Miten palveluntuottajat hankitaan: kuka kilpailuttaa, ja millä menettelyllä?",
            "Hur upphandlas serviceproducenterna: vem konkurrensutsätter, och med vilket förfarande?",
            "How do we procure the producers: who runs the tender, and by which procedure?",
        ),
        // Formation phase.
        MarketDialogue => (
            "Mitä markkinavuoropuhelu kertoi: onko päteviä palveluntuottajia riittävästi, ja mitä ne tarvitsevat voidakseen tehdä tarjouksen?",
            "Vad visade marknadsdialogen: finns det tillräckligt med kvalificerade serviceproducenter, och vad behöver de för att kunna lämna anbud?",
            "What did the market dialogue show: are there enough qualified producers, and what do they need to be able to bid?",
        ),
        TenderDocuments => (
            "Ovatko tarjouspyyntö ja sopimusasiakirjat valmiit, ja kuvaavatko ne tavoitekustannuksen, palkkion ja kannustimen periaatteet?",
            "Är anbudsförfrågan och avtalshandlingarna klara, och beskriver de principerna för målkostnad, arvode och incitament?",
            "Are the invitation to tender and the contract documents ready, and do they set out the principles of target cost, fee and incentive?",
        ),
        ProducerInduction => (
            "Miten perehdytämme palveluntuottajat allianssin toimintatapaan: yhteiseen suunnitteluun, avoimiin kirjoihin ja yhteiseen riskiin?",
            "Hur introducerar vi serviceproducenterna i alliansens arbetssätt: gemensam planering, öppna böcker och delad risk?",
            "How do we induct the producers into the alliance way of working: joint planning, open books and shared risk?",
        ),
        NegotiatedProcedure => (
            "Miten neuvottelumenettely etenee: neuvottelukierrokset, valintaperusteet ja hankintapäätös?",
            "Hur framskrider det förhandlade förfarandet: förhandlingsrundor, tilldelningskriterier och upphandlingsbeslut?",
            "How does the negotiated procedure run: negotiation rounds, award criteria and the procurement decision?",
        ),
        ProcurementUnit => (
            "Kuka kilpailuttaa: yhteishankintayksikkö vai muiden valtuuttama järjestäjä, ja millä valtuutuksella?",
            "Vem konkurrensutsätter: en gemensam upphandlingsenhet eller en anordnare som de andra har befullmäktigat, och med vilket mandat?",
            "Who runs the tender: a joint procurement unit or one organiser mandated by the others, and under what mandate?",
        ),
        // Development phase.
        DevelopmentAgreement => (
            "Onko kehitysvaiheen sopimus allekirjoitettu, ja mihin se sitoo osapuolet ennen päätöspistettä G2?",
            "Är avtalet för utvecklingsfasen undertecknat, och vad förbinder det parterna till före beslutspunkt G2?",
            "Is the development-phase agreement signed, and what does it commit the parties to before gate G2?",
        ),
        JointOrganisation => (
            "Ketkä istuvat allianssin johtoryhmässä ja projektiryhmässä, ja kuka on allianssipäällikkö?",
            "Vilka sitter i alliansens ledningsgrupp och projektgrupp, och vem är allianschef?",
            "Who sits on the alliance leadership team and the project team, and who is the alliance manager?",
        ),
        ServiceConcept => (
            "Millainen on palvelukonsepti: mitä asiakas saa, missä järjestyksessä ja keneltä?",
            "Hur ser tjänstekonceptet ut: vad får kunden, i vilken ordning och av vem?",
            "What is the service concept: what does the client get, in which order, and from whom?",
        ),
        TargetGroupAndNeeds => (
            "Kuka on kohderyhmä, ja mitä asiakkaat todella tarvitsevat?",
            "Vem är målgruppen, och vad behöver kunderna verkligen?",
            "Who is the target group, and what do the clients really need?",
        ),
        SharedStrategicGoals => (
            "Mitkä ovat yhteiset strategiset tavoitteet, joihin kaikki osapuolet sitoutuvat?",
            "Vilka är de gemensamma strategiska mål som alla parter förbinder sig till?",
            "What are the shared strategic goals that every party commits to?",
        ),
        CommunityAndIndividualGoals => (
            "Mitä tavoittelemme yhteisöille, kuten kunnille ja yrityksille, ja mitä yksittäisille asiakkaille?",
            "Vad eftersträvar vi för samhället, såsom kommuner och företag, och vad för enskilda kunder?",
            "What do we aim for on behalf of communities, such as municipalities and businesses, and what for individual clients?",
        ),
        OwnVersusPurchased => (
            "Kuka tuottaa mitä: mikä on tilaajien omaa tuotantoa ja mikä ostetaan, ja miten työ ja roolit jaetaan?",
            "Vem producerar vad: vad är beställarnas egen produktion och vad köps in, och hur fördelas arbetet och rollerna?",
            "Who produces what: what is the owners' own production and what is purchased, and how are the work and the roles divided?",
        ),
        Contracts => (
            "Mitä sopimuksia tarvitaan allianssisopimuksen lisäksi, ja kuka ne valmistelee?",
            "Vilka avtal behövs utöver alliansavtalet, och vem bereder dem?",
            "Which contracts are needed besides the alliance agreement, and who prepares them?",
        ),
        Metrics => (
            "Millä onnistumista mitataan: mitkä ovat yhteiset avaintulosalueet ja mitkä palvelukohtaiset mittarit?",
            "Hur mäts framgången: vilka är de gemensamma nyckelresultatområdena och vilka är de tjänstespecifika mätarna?",
            "How is success measured: which are the shared key result areas, and which are the service-specific metrics?",
        ),
        Staging => (
            "Otetaanko palvelut käyttöön vaiheittain, ja missä järjestyksessä?",
            "Införs tjänsterna stegvis, och i vilken ordning?",
            "Are the services introduced in stages, and in which order?",
        ),
        Duration => (
            "Kuinka pitkä sopimuskausi on, ja sisältääkö se optiovuosia?",
            "Hur lång är avtalsperioden, och innehåller den optionsår?",
            "How long is the contract period, and does it include option years?",
        ),
        ProjectOrganisation => (
            "Miten projektiorganisaatio rakentuu: johtoryhmä, projektiryhmä sekä kehitys- ja työryhmät?",
            "Hur är projektorganisationen uppbyggd: ledningsgrupp, projektgrupp samt utvecklings- och arbetsgrupper?",
            "How is the project organisation built: the leadership team, the project team, and the development and work teams?",
        ),
        TargetBudget => (
            "Mikä on tavoitebudjetti ja tavoitekustannus (TAK) riskivarauksineen, ja mitä kukin osapuoli rahoittaa?",
            "Vilken är målbudgeten och målkostnaden med riskreserv, och vad finansierar varje part?",
            "What are the target budget and the target cost including the risk reserve, and what does each party fund?",
        ),
        RiskAssessment => (
            "Mitkä ovat merkittävimmät riskit ja mahdollisuudet, kuka vastaa kustakin, ja miten niihin varaudutaan?",
            "Vilka är de viktigaste riskerna och möjligheterna, vem ansvarar för var och en, och hur förbereder vi oss?",
            "What are the main risks and opportunities, who owns each of them, and how do we prepare for them?",
        ),
        // Service phase.
        ServiceAgreement => (
            "Onko palveluvaiheen sopimus allekirjoitettu niin, että tavoitekustannus ja mittarit on kiinnitetty?",
            "Är avtalet för tjänstefasen undertecknat, med målkostnaden och mätarna fastställda?",
            "Is the service-phase agreement signed, with the target cost and the metrics fixed?",
        ),
        ServicesStarted => (
            "Ovatko palvelut käynnistyneet suunnitellusti, ja tietävätkö asiakkaat, mistä niitä saa?",
            "Har tjänsterna kommit i gång som planerat, och vet kunderna var de får dem?",
            "Have the services started as planned, and do the clients know where to find them?",
        ),
        PerformanceMeasured => (
            "Mitataanko tuloksia sovituilla mittareilla, ja kuka toimittaa tiedot ja milloin?",
            "Mäts resultaten med de överenskomna mätarna, och vem levererar uppgifterna och när?",
            "Is performance measured with the agreed metrics, and who supplies the data, and when?",
        ),
        DeliveryStaged => (
            "Etenevätkö toteutuksen vaiheet aikataulussa, ja mikä vaihe on seuraavaksi vuorossa?",
            "Följer genomförandets etapper tidsplanen, och vilken etapp står i tur?",
            "Are the delivery stages on schedule, and which stage comes next?",
        ),
        YearlyReview => (
            "Mitä vuosikatselmus osoittaa: onko tavoitteet saavutettu, ja mitä muutamme ensi vuonna?",
            "Vad visar den årliga granskningen: har målen nåtts, och vad ändrar vi nästa år?",
            "What does the yearly review show: have the goals been met, and what do we change next year?",
        ),
        ExitRight => (
            "Tilaajilla on irtautumisoikeus koko sopimuskauden ajan. Milloin ja millä ehdoilla sitä voi käyttää?",
            "Beställarna har rätt att utträda under hela avtalsperioden. När och på vilka villkor kan den användas?",
            "The owners keep an exit right for the whole contract period. When, and on what terms, can it be used?",
        ),
    };
    lang.pick(fi, sv, en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PhaseKind;
    use std::collections::HashSet;

    #[test]
    fn every_checklist_item_has_a_question_in_every_language() {
        for phase in PhaseKind::ALL {
            for &item in phase.checklist() {
                for lang in Language::ALL {
                    let q = question(item, lang);
                    assert!(!q.trim().is_empty(), "{phase:?}/{item:?} has no question in {lang}");
                    assert!(q.ends_with('?') || q.ends_with('.'), "{phase:?}/{item:?} in {lang}: “{q}”");
                    assert_eq!(q, q.trim(), "{phase:?}/{item:?} in {lang} has stray spaces");
                }
            }
        }
    }

    #[test]
    fn every_item_belongs_to_one_phase_and_questions_are_distinct() {
        let items: Vec<ChecklistItem> = PhaseKind::ALL.iter().flat_map(|p| p.checklist().iter().copied()).collect();
        let unique: HashSet<_> = items.iter().collect();
        assert_eq!(unique.len(), items.len(), "an item is in two phases");
        // The names table lists every ChecklistItem (its match is exhaustive).
        let all = super::super::names::tables().into_iter().find(|(ty, _)| *ty == "ChecklistItem").unwrap().1;
        assert_eq!(all.len(), items.len(), "a checklist item belongs to no phase");
        for lang in Language::ALL {
            let questions: HashSet<_> = items.iter().map(|&i| question(i, lang)).collect();
            assert_eq!(questions.len(), items.len(), "two items share a question in {lang}");
        }
    }

    #[test]
    fn key_question_of_the_strategy_phase() {
        assert_eq!(
            question(ChecklistItem::IsModelRight, Language::Fi),
            "Onko allianssimalli oikea tapa järjestää nämä palvelut meille?"
        );
    }
}
