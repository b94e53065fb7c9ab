//! The one header vocabulary of the spreadsheets: every column of every list named in Finnish,
//! Swedish and English (Finnish first, which is what exports write), with the older headers of
//! the CSV files still accepted. A header cell is matched ignoring case, spaces around it and a
//! trailing "(€)"-style unit in brackets.

/// One column: its names in `Language::ALL` order and older names read as the same column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub names: [&'static str; 3],
    pub aliases: &'static [&'static str],
    /// A row is refused when this column is not in the file.
    pub required: bool,
}

const fn col(fi: &'static str, sv: &'static str, en: &'static str) -> Column {
    Column { names: [fi, sv, en], aliases: &[], required: false }
}

const fn key(fi: &'static str, sv: &'static str, en: &'static str) -> Column {
    Column { names: [fi, sv, en], aliases: &[], required: true }
}

const fn old(c: Column, aliases: &'static [&'static str]) -> Column {
    Column { aliases, ..c }
}

/// The column in `columns` a header cell names, if any.
pub fn find(columns: &[Column], header: &str) -> Option<usize> {
    let h = normalise(header);
    columns.iter().position(|c| c.names.iter().chain(c.aliases).any(|n| normalise(n) == h))
}

fn normalise(s: &str) -> String {
    let s = s.trim().trim_start_matches('\u{feff}').to_lowercase();
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace(['_', '-'], " ")
}

/// The Finnish header row of a list.
pub fn header(columns: &[Column]) -> Vec<&'static str> {
    columns.iter().map(|c| c.names[0]).collect()
}

pub const PARTIES: &[Column] = &[
    key("nimi", "namn", "name"),
    col("lyhenne", "förkortning", "short name"),
    col("y-tunnus", "fo-nummer", "business id"),
    col("tyyppi", "typ", "type"),
    col("allianssirooli", "alliansroll", "alliance role"),
    col("rahoitusosuus %", "finansieringsandel %", "funding share %"),
    col("palkkio €", "arvode €", "fee €"),
    col("yhteyshenkilö", "kontaktperson", "contact person"),
    col("titteli", "titel", "title"),
    col("sähköposti", "e-post", "email"),
    col("puhelin", "telefon", "phone"),
    col("johtoryhmäpaikat", "platser i ledningsgruppen", "leadership seats"),
    col("projektiryhmäpaikat", "platser i projektgruppen", "project seats"),
    col("sidosyksikkö", "anknuten enhet", "in-house entity"),
    col("tehtäväalat", "uppgiftsområden", "duties"),
    col("eronnut", "utträdd", "exited"),
];

pub const SERVICES: &[Column] = &[
    key("palvelu", "tjänst", "service"),
    col("kuvaus", "beskrivning", "description"),
    col("laji", "slag", "kind"),
    col("tuotantotapa", "produktionssätt", "production mode"),
    col("kohderyhmä", "målgrupp", "target group"),
    col("markkinapuute", "marknadsbrist", "market failure"),
    col("tehtäväala", "uppgiftsområde", "field"),
    col("järjestäjä", "organisatör", "organiser"),
    col("osapuoli", "part", "party"),
    col("rooli", "roll", "role"),
    col("euroa vuodessa", "euro per år", "euros per year"),
    col("htv", "årsverken", "person-years"),
];

pub const BUDGET: &[Column] = &[
    old(key("osapuoli", "part", "party"), &[]),
    old(key("kustannuslaji", "kostnadsslag", "cost category"), &["category"]),
    key("vuosi", "år", "year"),
    old(key("summa €", "belopp €", "amount €"), &["amount", "summa", "belopp"]),
    col("kuvaus", "beskrivning", "description"),
];

pub const RISKS: &[Column] = &[
    key("koodi", "kod", "code"),
    col("otsikko", "rubrik", "title"),
    col("syy", "orsak", "cause"),
    col("seuraus", "följd", "consequence"),
    old(col("riskiluokka", "riskkategori", "risk category"), &["category"]),
    col("vaihe", "fas", "phase"),
    col("jaettu", "delad", "shared"),
    col("omistaja", "ägare", "owner"),
    old(col("vastuuhenkilö", "ansvarsperson", "owner person"), &["owner_person"]),
    col("todennäköisyys", "sannolikhet", "probability"),
    col("vaikutus", "konsekvens", "impact"),
    col("jäännöstodennäköisyys", "restsannolikhet", "residual probability"),
    col("jäännösvaikutus", "restkonsekvens", "residual impact"),
    old(col("vähintään €", "minst €", "minimum €"), &["min_eur"]),
    old(col("todennäköisin €", "troligast €", "likely €"), &["likely_eur"]),
    old(col("enintään €", "högst €", "maximum €"), &["max_eur"]),
    old(col("todennäköisyys %", "sannolikhet %", "probability %"), &["probability_pct"]),
    col("luonne", "karaktär", "nature"),
    col("hallintatoimet", "åtgärder", "mitigation"),
    old(col("toimenpiteiden vastuu", "åtgärdsansvarig", "action owner"), &["action_owner"]),
    col("määräpäivä", "förfallodag", "due"),
    col("tila", "status", "status"),
    col("tarkistus", "granskning", "review"),
    col("suunta", "trend", "trend"),
];

pub const METRICS: &[Column] = &[
    key("nimi", "namn", "name"),
    col("määritelmä", "definition", "definition"),
    col("lähde", "källa", "source"),
    col("yksikkö", "enhet", "unit"),
    col("tavoitesuunta", "målriktning", "direction"),
    col("vähimmäistaso", "miniminivå", "minimum"),
    col("tavoitetaso", "målnivå", "target"),
    col("erinomainen taso", "utmärkt nivå", "excellent"),
    col("paino %", "vikt %", "weight %"),
    col("desimaalit", "decimaler", "decimals"),
    col("toteuma", "utfall", "actual"),
    col("työttömät", "arbetslösa", "unemployed"),
    col("palveluissa", "i tjänster", "in services"),
    col("suosittelijat", "rekommenderare", "promoters"),
    col("passiiviset", "passiva", "passives"),
    col("arvostelijat", "kritiker", "detractors"),
    col("vanha", "gammalt", "old"),
    col("uusi", "nytt", "new"),
    col("osoittaja", "täljare", "numerator"),
    col("nimittäjä", "nämnare", "denominator"),
];

/// The measurements of the follow-up: the actual columns are the metrics' (`METRICS` from
/// `toteuma` on), the value named `arvo` here.
pub const MEASUREMENTS: &[Column] = &[
    key("mittari", "mätare", "metric"),
    col("alue", "område", "area"),
    key("jakso", "period", "period"),
    old(col("arvo", "värde", "value"), &["toteuma", "utfall", "actual"]),
    col("työttömät", "arbetslösa", "unemployed"),
    col("palveluissa", "i tjänster", "in services"),
    col("suosittelijat", "rekommenderare", "promoters"),
    col("passiiviset", "passiva", "passives"),
    col("arvostelijat", "kritiker", "detractors"),
    col("vanha", "gammalt", "old"),
    col("uusi", "nytt", "new"),
    col("osoittaja", "täljare", "numerator"),
    col("nimittäjä", "nämnare", "denominator"),
];

/// The actual costs of the follow-up, as the budget's columns with a period for the year.
pub const ACTUALS: &[Column] = &[
    key("osapuoli", "part", "party"),
    old(key("kustannuslaji", "kostnadsslag", "cost category"), &["category"]),
    key("jakso", "period", "period"),
    old(key("summa €", "belopp €", "amount €"), &["amount", "summa", "belopp"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_finds_its_own_column_and_no_other() {
        for cols in [PARTIES, SERVICES, BUDGET, RISKS, METRICS, MEASUREMENTS, ACTUALS] {
            for (i, c) in cols.iter().enumerate() {
                for n in c.names.iter().chain(c.aliases) {
                    assert_eq!(find(cols, n), Some(i), "{n}");
                    assert_eq!(find(cols, &format!("  {} ", n.to_uppercase())), Some(i), "{n}");
                }
            }
        }
        assert_eq!(find(RISKS, "owner_person"), Some(8));
        assert_eq!(find(RISKS, "Owner person"), Some(8));
        assert_eq!(find(BUDGET, "summa"), Some(3));
        assert_eq!(find(BUDGET, "summat"), None);
        assert_eq!(find(PARTIES, "nimi2"), None);
    }
}
