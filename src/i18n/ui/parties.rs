//! Interface texts of the parties screen (parties, services, the responsibility matrix and the
//! per-party page) in Finnish, Swedish and English: one exhaustive match, so a missing
//! translation fails to compile; functions build the sentences that carry names and numbers.

use crate::i18n::Language;
use crate::model::ServiceRole;
use crate::model::matrix::Usage;
use crate::model::party::BusinessIdError;

/// A piece of text of the parties screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    Matrix,
    Parties,
    Services,
    PartyPage,
    AddParty,
    AddService,
    MoveUp,
    MoveDown,
    Remove,
    Name,
    ShortName,
    BusinessId,
    BusinessIdOk,
    PartyKind,
    AllianceRole,
    FundingShare,
    Fee,
    ShareOrFee,
    ContactName,
    ContactTitle,
    Email,
    Phone,
    LeadershipSeats,
    ProjectSeats,
    InHouse,
    Duties,
    Description,
    ServiceKind,
    ProductionMode,
    TargetGroup,
    MarketFailure,
    Field,
    Organiser,
    NoOrganiser,
    NoParties,
    NoServices,
    SelectParty,
    SelectService,
    Service,
    Role,
    EurosPerYear,
    PersonYears,
    Total,
    Overflow,
    Clear,
    CellEmpty,
    CellHint,
    MatrixHint,
    Columns,
    PreviousColumns,
    NextColumns,
    ConfirmRemove,
    Cancel,
    NotANumber,
    NotAnAmount,
    NotAPercent,
    NotSeats,
    NoLines,
    PartyPageHint,
    FindingsHere,
    LegalRules,
    Close,
    ReadOnly,
}

impl T {
    /// The text in the language.
    pub fn get(self, lang: Language) -> &'static str {
        let (fi, sv, en) = match self {
            T::Matrix => ("Vastuumatriisi", "Ansvarsmatris", "Responsibility matrix"),
            T::Parties => ("Osapuolet", "Parter", "Parties"),
            T::Services => ("Palvelut", "Tjänster", "Services"),
            T::PartyPage => ("Osapuolen sivu", "Partens sida", "Party page"),
            T::AddParty => ("Lisää osapuoli", "Lägg till part", "Add party"),
            T::AddService => ("Lisää palvelu", "Lägg till tjänst", "Add service"),
            T::MoveUp => ("Siirrä ylös", "Flytta upp", "Move up"),
            T::MoveDown => ("Siirrä alas", "Flytta ner", "Move down"),
            T::Remove => ("Poista", "Ta bort", "Remove"),
            T::Name => ("Nimi", "Namn", "Name"),
            T::ShortName => ("Lyhenne", "Förkortning", "Short name"),
            T::BusinessId => ("Y-tunnus", "FO-nummer", "Business ID"),
            T::BusinessIdOk => ("Y-tunnus on kelvollinen.", "FO-numret är giltigt.", "The business ID is valid."),
            T::PartyKind => ("Osapuolen tyyppi", "Typ av part", "Type of party"),
            T::AllianceRole => ("Rooli allianssissa", "Roll i alliansen", "Role in the alliance"),
            T::FundingShare => ("Rahoitusosuus (%)", "Finansieringsandel (%)", "Funding share (%)"),
            T::Fee => ("Palkkio (€)", "Arvode (€)", "Fee (€)"),
            T::ShareOrFee => {
                ("Osuus tai palkkio roolin mukaan", "Andel eller arvode enligt roll", "Share or fee by role")
            }
            T::ContactName => ("Yhteyshenkilö", "Kontaktperson", "Contact person"),
            T::ContactTitle => ("Titteli", "Titel", "Title"),
            T::Email => ("Sähköposti", "E-post", "E-mail"),
            T::Phone => ("Puhelin", "Telefon", "Phone"),
            T::LeadershipSeats => ("Paikat johtoryhmässä", "Platser i ledningsgruppen", "Leadership team seats"),
            T::ProjectSeats => ("Paikat projektiryhmässä", "Platser i projektgruppen", "Project team seats"),
            T::InHouse => ("Kunnan sidosyksikkö", "Kommunens anknutna enhet", "In-house entity of a municipality"),
            T::Duties => (
                "Tehtäväalat (oma tuotanto vain näillä aloilla)",
                "Uppgiftsområden (egen produktion bara inom dessa)",
                "Fields of duty (own production only within these)",
            ),
            T::Description => ("Lyhyt kuvaus", "Kort beskrivning", "Short description"),
            T::ServiceKind => ("Laji", "Slag", "Kind"),
            T::ProductionMode => ("Tuotantotapa", "Produktionssätt", "Production mode"),
            T::TargetGroup => ("Kohderyhmä", "Målgrupp", "Target group"),
            T::MarketFailure => ("Markkinapuute todettu", "Marknadsbrist konstaterad", "Market failure established"),
            T::Field => ("Tehtäväala", "Uppgiftsområde", "Field of duty"),
            T::Organiser => (
                "Järjestäjä (järjestämisvastuu)",
                "Anordnare (organiseringsansvar)",
                "Organiser (responsible for organising)",
            ),
            T::NoOrganiser => ("– ei järjestäjää –", "– ingen anordnare –", "– no organiser –"),
            T::NoParties => (
                "Suunnitelmassa ei ole vielä osapuolia. Lisää ensimmäinen osapuoli.",
                "Planen har ännu inga parter. Lägg till den första parten.",
                "The plan has no parties yet. Add the first party.",
            ),
            T::NoServices => (
                "Suunnitelmassa ei ole vielä palveluita. Lisää palvelut Palvelut-välilehdellä.",
                "Planen har ännu inga tjänster. Lägg till tjänster under fliken Tjänster.",
                "The plan has no services yet. Add them on the Services tab.",
            ),
            T::SelectParty => ("Valitse osapuoli", "Välj en part", "Choose a party"),
            T::SelectService => {
                ("Valitse palvelu listasta.", "Välj en tjänst i listan.", "Choose a service from the list.")
            }
            T::Service => ("Palvelu", "Tjänst", "Service"),
            T::Role => ("Rooli", "Roll", "Role"),
            T::EurosPerYear => ("€ / vuosi", "€ / år", "€ / year"),
            T::PersonYears => ("Henkilötyövuodet (htv)", "Årsverken", "Person-years"),
            T::Total => ("Yhteensä", "Totalt", "Total"),
            T::Overflow => ("liian suuri", "för stort", "too large"),
            T::Clear => ("Tyhjennä solu", "Töm cellen", "Clear cell"),
            T::CellEmpty => (
                "Osapuolella ei ole roolia tässä palvelussa. Valitse rooli.",
                "Parten har ingen roll i tjänsten. Välj en roll.",
                "The party has no role in this service. Choose a role.",
            ),
            T::CellHint => (
                "Näppäimet: nuolet liikkuvat, 1–6 valitsee roolin, Delete tyhjentää, Enter muokkaa euroja.",
                "Tangenter: pilarna flyttar, 1–6 väljer roll, Delete tömmer, Enter redigerar euro.",
                "Keys: arrows move, 1–6 choose the role, Delete clears, Enter edits the euros.",
            ),
            T::MatrixHint => (
                "Napsauta solua muokataksesi sitä. ⚠ merkitsee lakisääntöjen vastaista tai puutteellista kohtaa; selitys ja korjaus näkyvät solua valittaessa.",
                "Klicka på en cell för att redigera den. ⚠ markerar en punkt som strider mot lagreglerna eller saknar något; förklaringen och rättelsen visas när cellen väljs.",
                "Click a cell to edit it. ⚠ marks a place that breaks a legal rule or lacks something; the explanation and the fix show when the cell is selected.",
            ),
            T::Columns => ("Osapuolet", "Parter", "Parties"),
            T::PreviousColumns => ("◀ Edelliset", "◀ Föregående", "◀ Previous"),
            T::NextColumns => ("Seuraavat ▶", "Följande ▶", "Next ▶"),
            T::ConfirmRemove => ("Poista silti", "Ta bort ändå", "Remove anyway"),
            T::Cancel => ("Peruuta", "Avbryt", "Cancel"),
            T::NotANumber => ("Ei luku, esim. 1,5", "Inte ett tal, t.ex. 1,5", "Not a number, e.g. 1.5"),
            T::NotAnAmount => {
                ("Ei rahamäärä, esim. 12 500,00", "Inte ett belopp, t.ex. 12 500,00", "Not an amount, e.g. 12500.00")
            }
            T::NotAPercent => (
                "Ei prosentti 0–100, esim. 12,5",
                "Inte en procentsats 0–100, t.ex. 12,5",
                "Not a percentage 0–100, e.g. 12.5",
            ),
            T::NotSeats => ("Kokonaisluku 0–255", "Ett heltal 0–255", "A whole number 0–255"),
            T::NoLines => (
                "Osapuolella ei ole roolia yhdessäkään palvelussa.",
                "Parten har ingen roll i någon tjänst.",
                "The party has no role in any service.",
            ),
            T::PartyPageHint => (
                "Osapuolen palvelut, roolit ja resurssit: sivu, jonka osapuolen edustaja vie kotiin. Tulostettavissa liitteissä.",
                "Partens tjänster, roller och resurser: sidan partens representant tar med sig hem. Kan skrivas ut i bilagorna.",
                "The party's services, roles and resources: the page its representative takes home. Printable in the annexes.",
            ),
            T::FindingsHere => ("Havainnot", "Iakttagelser", "Findings"),
            T::LegalRules => ("Lakisäännöt", "Lagregler", "Legal rules"),
            T::Close => ("Sulje", "Stäng", "Close"),
            T::ReadOnly => ("Suunnitelma on vain luettavissa.", "Planen är skrivskyddad.", "The plan is read-only."),
        };
        lang.pick(fi, sv, en)
    }
}

/// A short role label that fits a matrix cell.
pub fn role_short(role: ServiceRole, lang: Language) -> &'static str {
    let (fi, sv, en) = match role {
        ServiceRole::Accountable => ("Vastuullinen", "Ansvarig", "Accountable"),
        ServiceRole::Producer => ("Tuottaja", "Producent", "Producer"),
        ServiceRole::Funder => ("Rahoittaja", "Finansiär", "Funder"),
        ServiceRole::ProcurementUnit => ("Hankintayksikkö", "Upphandl.enhet", "Procurement"),
        ServiceRole::Consulted => ("Kuultava", "Hörs", "Consulted"),
        ServiceRole::Informed => ("Tiedotettava", "Informeras", "Informed"),
    };
    lang.pick(fi, sv, en)
}

/// "1,5 htv", "1.5 py".
pub fn person_years_short(value: &str, lang: Language) -> String {
    lang.pick(format!("{value} htv"), format!("{value} åv"), format!("{value} py"))
}

/// What is wrong with a business ID, or that it is valid.
pub fn business_id_status(result: Result<(), BusinessIdError>, lang: Language) -> String {
    match result {
        Ok(()) => T::BusinessIdOk.get(lang).to_string(),
        Err(BusinessIdError::Format) => lang
            .pick(
                "Y-tunnuksen muoto on 1234567-8 (seitsemän numeroa, väliviiva, tarkistusnumero).",
                "FO-numret skrivs 1234567-8 (sju siffror, bindestreck, kontrollsiffra).",
                "A business ID is written 1234567-8 (seven digits, a hyphen, a check digit).",
            )
            .to_string(),
        Err(BusinessIdError::Impossible) => lang
            .pick(
                "Näillä seitsemällä numerolla ei ole kelvollista Y-tunnusta. Tarkista numerot.",
                "Det finns inget giltigt FO-nummer med dessa sju siffror. Kontrollera siffrorna.",
                "No valid business ID has these seven digits. Check them.",
            )
            .to_string(),
        Err(BusinessIdError::CheckDigit(c)) => lang.pick(
            format!("Tarkistusnumero ei täsmää: sen pitäisi olla {c}. Tarkista tunnus."),
            format!("Kontrollsiffran stämmer inte: den borde vara {c}. Kontrollera numret."),
            format!("The check digit does not match: it should be {c}. Check the ID."),
        ),
    }
}

/// Where a party is used, for the question before removing it: "Osapuoli X on käytössä: ...".
pub fn usage_question(name: &str, u: &Usage, lang: Language) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut add = |n: usize, fi: &str, sv: &str, en: &str| {
        if n > 0 {
            parts.push(lang.pick(format!("{n} {fi}"), format!("{n} {sv}"), format!("{n} {en}")));
        }
    };
    add(u.cells, "matriisin solua", "celler i matrisen", "matrix cells");
    add(u.organiser_of, "palvelun järjestäjänä", "tjänster som anordnare", "services as organiser");
    add(u.cost_lines, "kustannusriviä", "kostnadsrader", "cost lines");
    add(u.risks, "riskin omistajana", "risker som ägare", "risks as owner");
    add(u.deliverables, "tuotoksen vastuuhenkilönä", "leverabler som ansvarig", "deliverables as owner");
    add(u.positions, "kantaa päätöspisteissä", "ställningstaganden i beslutspunkter", "positions in gate decisions");
    let list = parts.join(", ");
    lang.pick(
        format!(
            "Osapuoli “{name}” on käytössä: {list}. Poistaminen poistaa sen solut, kustannusrivit ja kannat ja tyhjentää muut viittaukset siihen. Voit perua poiston (Ctrl+Z)."
        ),
        format!(
            "Parten ”{name}” används: {list}. Att ta bort den tar bort dess celler, kostnadsrader och ställningstaganden och tömmer andra hänvisningar. Du kan ångra (Ctrl+Z)."
        ),
        format!(
            "The party “{name}” is used: {list}. Removing it removes its cells, cost lines and positions and clears other references to it. You can undo it (Ctrl+Z)."
        ),
    )
}

/// "Osapuolet 1–8 / 30".
pub fn column_window(first: usize, last: usize, total: usize, lang: Language) -> String {
    format!("{} {first}–{last} / {total}", T::Columns.get(lang))
}

/// The title of a legal rule of domain guide §3, from a finding code such as `L2-…`.
pub fn legal_rule_title(code: &str, lang: Language) -> Option<&'static str> {
    let n = code.strip_prefix('L')?.chars().next()?;
    let (fi, sv, en) = match n {
        '1' => (
            "Sääntö 1: järjestämisvastuu ei siirry",
            "Regel 1: organiseringsansvaret flyttas inte",
            "Rule 1: the responsibility for organising stays",
        ),
        '2' => (
            "Sääntö 2: julkinen hallintotehtävä vain viranomaiselle",
            "Regel 2: offentlig förvaltningsuppgift bara för myndighet",
            "Rule 2: public administrative tasks stay with an authority",
        ),
        '3' => (
            "Sääntö 3: kunnan tuotanto järjestäjälle vain markkinapuutteessa",
            "Regel 3: kommunal produktion för anordnaren bara vid marknadsbrist",
            "Rule 3: municipal production for the organiser only on market failure",
        ),
        '4' => (
            "Sääntö 4: oma tuotanto vain omalla tehtäväalalla",
            "Regel 4: egen produktion bara inom egna uppgifter",
            "Rule 4: own production only within own duties",
        ),
        '5' => (
            "Sääntö 5: järjestäjän ja tuottajan roolit ja budjetit erillään",
            "Regel 5: anordnarens och producentens roller och budgetar åtskilda",
            "Rule 5: organiser and producer roles and budgets stay separate",
        ),
        '6' => (
            "Sääntö 6: kaikkien kuntien ei tarvitse liittyä",
            "Regel 6: alla kommuner behöver inte delta",
            "Rule 6: not every municipality has to join",
        ),
        '7' => (
            "Sääntö 7: hankintalaki, neuvottelumenettely",
            "Regel 7: upphandlingslagen, förhandlat förfarande",
            "Rule 7: procurement law, negotiated procedure",
        ),
        '8' => (
            "Sääntö 8: täsmälleen yksi vastuullinen",
            "Regel 8: exakt en ansvarig",
            "Rule 8: exactly one accountable party",
        ),
        _ => return None,
    };
    Some(lang.pick(fi, sv, en))
}
