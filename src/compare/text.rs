//! Changes and conflicts as a reader sees them, in fi/sv/en: the object ("Osapuoli Tampere"),
//! the field ("yhteyshenkilö › sähköposti") and the values formatted as the rest of the program
//! formats them (euros from cents, dates, shares from basis points, yes/no).

use super::Step;
use crate::i18n::{Language, format};
use crate::model::{Bp, Money};
use serde_json::Value;

/// A change or a conflict as three texts: the object, the field, and a value per version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub object: String,
    pub field: String,
    pub values: Vec<String>,
}

/// Lists and the object kind their rows are, per language.
const KINDS: &[(&str, [&str; 3])] = &[
    ("parties", ["Osapuoli", "Part", "Party"]),
    ("services", ["Palvelu", "Tjänst", "Service"]),
    ("cells", ["Matriisin solu", "Matriscell", "Matrix cell"]),
    ("phases", ["Vaihe", "Fas", "Phase"]),
    ("deliverables", ["Tuotos", "Leverans", "Deliverable"]),
    ("decisions", ["Porttipäätös", "Grindbeslut", "Gate decision"]),
    ("cost_lines", ["Kustannusrivi", "Kostnadsrad", "Cost line"]),
    ("metrics", ["Mittari", "Mätare", "Metric"]),
    ("risks", ["Riski", "Risk", "Risk"]),
    ("baselines", ["Perustaso", "Baslinje", "Baseline"]),
    ("measurements", ["Mittaus", "Mätning", "Measurement"]),
    ("costs", ["Toteutunut kustannus", "Faktisk kostnad", "Actual cost"]),
];

/// Field names in the file and how they read, per language; others read as they are written.
const FIELDS: &[(&str, [&str; 3])] = &[
    ("meta", ["Perustiedot", "Grunduppgifter", "Details"]),
    ("budget", ["Budjetti", "Budget", "Budget"]),
    ("name", ["nimi", "namn", "name"]),
    ("short_name", ["lyhenne", "förkortning", "short name"]),
    ("alliance_name", ["allianssin nimi", "alliansens namn", "alliance name"]),
    ("record_number", ["diaarinumero", "diarienummer", "record number"]),
    ("business_id", ["Y-tunnus", "FO-nummer", "business ID"]),
    ("kind", ["laji", "typ", "kind"]),
    ("role", ["rooli", "roll", "role"]),
    ("funding_share", ["rahoitusosuus", "finansieringsandel", "funding share"]),
    ("fee", ["palkkio", "arvode", "fee"]),
    ("contact", ["yhteyshenkilö", "kontaktperson", "contact"]),
    ("email", ["sähköposti", "e-post", "e-mail"]),
    ("phone", ["puhelin", "telefon", "phone"]),
    ("title", ["otsikko", "rubrik", "title"]),
    ("description", ["kuvaus", "beskrivning", "description"]),
    ("amount", ["summa", "belopp", "amount"]),
    ("category", ["kustannuslaji", "kostnadsslag", "category"]),
    ("year", ["vuosi", "år", "year"]),
    ("party", ["osapuoli", "part", "party"]),
    ("owner", ["vastuutaho", "ansvarig part", "owner"]),
    ("probability", ["todennäköisyys", "sannolikhet", "probability"]),
    ("impact", ["vaikutus", "konsekvens", "impact"]),
    ("status", ["tila", "status", "status"]),
    ("mitigation", ["toimenpiteet", "åtgärder", "mitigation"]),
    ("cause", ["syy", "orsak", "cause"]),
    ("consequence", ["seuraus", "följd", "consequence"]),
    ("due", ["määräaika", "tidsfrist", "due"]),
    ("review", ["tarkistus", "granskning", "review"]),
    ("start", ["alkaa", "börjar", "start"]),
    ("end", ["päättyy", "slutar", "end"]),
    ("notes", ["muistiinpanot", "anteckningar", "notes"]),
    ("weight", ["paino", "vikt", "weight"]),
    ("target", ["tavoite", "mål", "target"]),
    ("minimum", ["vähimmäistaso", "miniminivå", "minimum"]),
    ("excellent", ["erinomainen", "utmärkt", "excellent"]),
    ("value", ["arvo", "värde", "value"]),
    ("target_group", ["kohderyhmä", "målgrupp", "target group"]),
    ("status_label", ["tila", "status", "status"]),
    ("version", ["versio", "version", "version"]),
    ("date", ["päivämäärä", "datum", "date"]),
    ("history", ["versiohistoria", "versionshistorik", "version history"]),
    ("author", ["laatija", "upprättad av", "author"]),
    ("changes", ["muutokset", "ändringar", "changes"]),
    ("action_owner", ["toimenpiteen vastuuhenkilö", "åtgärdsansvarig", "action owner"]),
    ("owner_person", ["vastuuhenkilö", "ansvarsperson", "owner (person)"]),
    ("cost_lines", ["kustannusrivit", "kostnadsrader", "cost lines"]),
    ("risks", ["riskit", "risker", "risks"]),
    ("decisions", ["porttipäätökset", "grindbeslut", "gate decisions"]),
    ("deliverables", ["tuotokset", "leveranser", "deliverables"]),
    ("checklist", ["tarkistuslista", "checklista", "checklist"]),
    ("votes", ["arviot", "bedömningar", "ratings"]),
    ("next_id", ["seuraava tunnus", "nästa id", "next id"]),
    ("followup", ["Seuranta", "Uppföljning", "Follow-up"]),
    ("measurements", ["mittaukset", "mätningar", "measurements"]),
    ("costs", ["toteutuneet kustannukset", "faktiska kostnader", "actual costs"]),
    ("rest_estimate", ["arvio loppukustannuksesta", "uppskattad restkostnad", "estimate of the rest"]),
    ("periodicity", ["jakso", "period", "period"]),
    ("actual", ["toteuma", "utfall", "actual"]),
    ("ActivationRate", ["aktivointiaste", "aktiveringsgrad", "activation rate"]),
    ("unemployed", ["työttömät", "arbetslösa", "unemployed"]),
    ("in_services", ["palveluissa", "i tjänster", "in services"]),
    ("promoters", ["suosittelijat", "rekommenderare", "promoters"]),
    ("passives", ["passiiviset", "passiva", "passives"]),
    ("detractors", ["arvostelijat", "kritiker", "detractors"]),
    ("numerator", ["osoittaja", "täljare", "numerator"]),
    ("denominator", ["nimittäjä", "nämnare", "denominator"]),
];

/// Fields whose numbers are euro cents, and those in basis points.
const MONEY: &[&str] = &[
    "amount",
    "fee",
    "euros_per_year",
    "worst_likely",
    "threats",
    "opportunities",
    "net",
    "min_amount",
    "max_amount",
    "likely_amount",
    "kra_pool",
    "rate",
    "rest_estimate",
];
const BASIS_POINTS: &[&str] = &["funding_share", "gain_share", "pain_share", "probability_pct", "weight"];

fn pick(lang: Language, t: &[&'static str; 3]) -> &'static str {
    lang.pick(t[0], t[1], t[2])
}

/// The object a path leads to (its innermost row with its kind), and the field below it.
pub fn describe_path(path: &[Step], lang: Language) -> (String, String) {
    let last_row = path.iter().rposition(|s| matches!(s, Step::Row { .. }));
    let object = match last_row {
        Some(i) => {
            let list =
                path[..i].iter().rev().find_map(|s| if let Step::Field(f) = s { Some(f.as_str()) } else { None });
            let kind = list.and_then(|l| KINDS.iter().find(|(k, _)| *k == l)).map(|(_, t)| pick(lang, t));
            let Step::Row { label, value, .. } = &path[i] else { unreachable!() };
            let label = if label.is_empty() { value.as_str() } else { label.as_str() };
            match kind {
                Some(kind) => format!("{kind} {label}"),
                None => label.to_string(),
            }
        }
        None => lang.pick("Suunnitelma", "Planen", "The plan").to_string(),
    };
    let rest = &path[last_row.map_or(0, |i| i + 1)..];
    let field = rest
        .iter()
        .map(|s| match s {
            Step::Field(f) => FIELDS.iter().find(|(k, _)| k == f).map_or(f.clone(), |(_, t)| pick(lang, t).to_string()),
            Step::Row { label, .. } => label.clone(),
            Step::Index(i) => format!("#{}", i + 1),
        })
        .collect::<Vec<_>>()
        .join(" › ");
    (object, field)
}

/// A value as the program prints it; `field` is the name it has in the file.
pub fn value(v: Option<&Value>, field: Option<&str>, lang: Language) -> String {
    let Some(v) = v else { return lang.pick("(ei ole)", "(finns inte)", "(none)").to_string() };
    match v {
        Value::Null => "–".to_string(),
        Value::Bool(b) => lang
            .pick(if *b { "kyllä" } else { "ei" }, if *b { "ja" } else { "nej" }, if *b { "yes" } else { "no" })
            .to_string(),
        Value::Number(n) => match (field, n.as_i64()) {
            (Some(f), Some(c)) if MONEY.contains(&f) => format::money(Money(c), lang),
            (Some(f), Some(bp)) if BASIS_POINTS.contains(&f) => {
                u32::try_from(bp).map_or_else(|_| n.to_string(), |bp| format::percent(Bp(bp), lang))
            }
            (_, Some(i)) => format::integer(i, lang),
            _ => n.to_string(),
        },
        Value::String(s) => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => format::date(d, lang),
            Err(_) => format!("“{s}”"),
        },
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            a.iter().map(|x| value(Some(x), field, lang)).collect::<Vec<_>>().join(", ")
        }
        Value::Object(o) => {
            let name = ["name", "title", "code"].iter().find_map(|k| o.get(*k).and_then(Value::as_str));
            match name {
                Some(n) => format!("“{n}”"),
                None => lang.pick("(rivi)", "(rad)", "(row)").to_string(),
            }
        }
        Value::Array(a) => format!("{} {}", a.len(), lang.pick("riviä", "rader", "rows")),
    }
}

/// The name of the last field of a path, for formatting its values.
pub fn leaf(path: &[Step]) -> Option<&str> {
    path.iter().rev().find_map(|s| if let Step::Field(f) = s { Some(f.as_str()) } else { None })
}

/// A change: object, field, old and new value.
pub fn change(c: &super::Change, lang: Language) -> Described {
    let (object, field) = describe_path(&c.path, lang);
    let f = leaf(&c.path);
    Described { object, field, values: vec![value(c.old.as_ref(), f, lang), value(c.new.as_ref(), f, lang)] }
}

/// A conflict: object, field, and the base's, our and their value.
pub fn conflict(c: &super::merge::Conflict, lang: Language) -> Described {
    let (object, field) = describe_path(&c.path, lang);
    let f = leaf(&c.path);
    Described {
        object,
        field,
        values: vec![
            value(c.base.as_ref(), f, lang),
            value(c.ours.as_ref(), f, lang),
            value(c.theirs.as_ref(), f, lang),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paths read as the object and its field; cents as euros, basis points as percentages,
    /// ISO dates as dates, in each language.
    #[test]
    fn paths_and_values_read_as_the_program_prints_them() {
        let path = vec![
            Step::Field("parties".into()),
            Step::Row { key: "id", value: "12".into(), label: "Tampere".into() },
            Step::Field("contact".into()),
            Step::Field("email".into()),
        ];
        assert_eq!(
            describe_path(&path, Language::Fi),
            ("Osapuoli Tampere".into(), "yhteyshenkilö › sähköposti".into())
        );
        assert_eq!(describe_path(&path, Language::Sv).1, "kontaktperson › e-post");
        assert_eq!(value(Some(&Value::from(123_456)), Some("amount"), Language::Fi), "1\u{a0}234,56\u{a0}€");
        assert_eq!(value(Some(&Value::from(2_500)), Some("funding_share"), Language::En), "25%");
        assert_eq!(value(Some(&Value::from("2027-01-15")), Some("due"), Language::Fi), "15.1.2027");
        assert_eq!(value(None, Some("due"), Language::Sv), "(finns inte)");
        assert_eq!(
            describe_path(&[Step::Field("next_id".into())], Language::En),
            ("The plan".into(), "next id".into())
        );
    }
}
