//! Changes and conflicts as a reader sees them, in fi/sv/en: the object ("Osapuoli Tampere"),
//! the field ("yhteyshenkilö › sähköposti") and the values formatted as the rest of the program
//! formats them (euros from cents, dates, shares from basis points, yes/no). The kinds' and
//! fields' names and the other texts are in the Fluent catalogues `i18n/<language>/compare.ftl`.

use super::Step;
use crate::i18n::{Key, Language, format, text, tr};
use crate::model::{Bp, Money};
use serde_json::Value;

/// A change or a conflict as three texts: the object, the field, and a value per version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub object: String,
    pub field: String,
    pub values: Vec<String>,
}

/// Lists and the object kind their rows are.
const KINDS: &[(&str, Key)] = &[
    ("parties", Key::CompareKindParties),
    ("services", Key::CompareKindServices),
    ("cells", Key::CompareKindCells),
    ("phases", Key::CompareKindPhases),
    ("deliverables", Key::CompareKindDeliverables),
    ("decisions", Key::CompareKindDecisions),
    ("cost_lines", Key::CompareKindCostLines),
    ("metrics", Key::CompareKindMetrics),
    ("risks", Key::CompareKindRisks),
    ("baselines", Key::CompareKindBaselines),
    ("measurements", Key::CompareKindMeasurements),
    ("costs", Key::CompareKindCosts),
];

/// Field names in the file and how they read; others read as they are written.
const FIELDS: &[(&str, Key)] = &[
    ("meta", Key::CompareFieldMeta),
    ("budget", Key::CompareFieldBudget),
    ("name", Key::CompareFieldName),
    ("short_name", Key::CompareFieldShortName),
    ("alliance_name", Key::CompareFieldAllianceName),
    ("record_number", Key::CompareFieldRecordNumber),
    ("business_id", Key::CompareFieldBusinessId),
    ("kind", Key::CompareFieldKind),
    ("role", Key::CompareFieldRole),
    ("funding_share", Key::CompareFieldFundingShare),
    ("fee", Key::CompareFieldFee),
    ("contact", Key::CompareFieldContact),
    ("email", Key::CompareFieldEmail),
    ("phone", Key::CompareFieldPhone),
    ("title", Key::CompareFieldTitle),
    ("description", Key::CompareFieldDescription),
    ("amount", Key::CompareFieldAmount),
    ("category", Key::CompareFieldCategory),
    ("year", Key::CompareFieldYear),
    ("party", Key::CompareFieldParty),
    ("owner", Key::CompareFieldOwner),
    ("probability", Key::CompareFieldProbability),
    ("impact", Key::CompareFieldImpact),
    ("status", Key::CompareFieldStatus),
    ("mitigation", Key::CompareFieldMitigation),
    ("cause", Key::CompareFieldCause),
    ("consequence", Key::CompareFieldConsequence),
    ("due", Key::CompareFieldDue),
    ("review", Key::CompareFieldReview),
    ("start", Key::CompareFieldStart),
    ("end", Key::CompareFieldEnd),
    ("notes", Key::CompareFieldNotes),
    ("weight", Key::CompareFieldWeight),
    ("target", Key::CompareFieldTarget),
    ("minimum", Key::CompareFieldMinimum),
    ("excellent", Key::CompareFieldExcellent),
    ("value", Key::CompareFieldValue),
    ("target_group", Key::CompareFieldTargetGroup),
    ("status_label", Key::CompareFieldStatusLabel),
    ("version", Key::CompareFieldVersion),
    ("date", Key::CompareFieldDate),
    ("history", Key::CompareFieldHistory),
    ("author", Key::CompareFieldAuthor),
    ("changes", Key::CompareFieldChanges),
    ("action_owner", Key::CompareFieldActionOwner),
    ("owner_person", Key::CompareFieldOwnerPerson),
    ("cost_lines", Key::CompareFieldCostLines),
    ("risks", Key::CompareFieldRisks),
    ("decisions", Key::CompareFieldDecisions),
    ("deliverables", Key::CompareFieldDeliverables),
    ("checklist", Key::CompareFieldChecklist),
    ("votes", Key::CompareFieldVotes),
    ("next_id", Key::CompareFieldNextId),
    ("followup", Key::CompareFieldFollowup),
    ("measurements", Key::CompareFieldMeasurements),
    ("costs", Key::CompareFieldCosts),
    ("rest_estimate", Key::CompareFieldRestEstimate),
    ("periodicity", Key::CompareFieldPeriodicity),
    ("actual", Key::CompareFieldActual),
    ("ActivationRate", Key::CompareFieldActivationRate),
    ("unemployed", Key::CompareFieldUnemployed),
    ("in_services", Key::CompareFieldInServices),
    ("promoters", Key::CompareFieldPromoters),
    ("passives", Key::CompareFieldPassives),
    ("detractors", Key::CompareFieldDetractors),
    ("numerator", Key::CompareFieldNumerator),
    ("denominator", Key::CompareFieldDenominator),
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

/// The object a path leads to (its innermost row with its kind), and the field below it.
pub fn describe_path(path: &[Step], lang: Language) -> (String, String) {
    let last_row = path.iter().rposition(|s| matches!(s, Step::Row { .. }));
    let object = match last_row {
        Some(i) => {
            let list =
                path[..i].iter().rev().find_map(|s| if let Step::Field(f) = s { Some(f.as_str()) } else { None });
            let kind = list.and_then(|l| KINDS.iter().find(|(k, _)| *k == l)).map(|&(_, k)| text(lang, k));
            let Step::Row { label, value, .. } = &path[i] else { unreachable!() };
            let label = if label.is_empty() { value.as_str() } else { label.as_str() };
            match kind {
                Some(kind) => format!("{kind} {label}"),
                None => label.to_string(),
            }
        }
        None => text(lang, Key::CompareThePlan).to_string(),
    };
    let rest = &path[last_row.map_or(0, |i| i + 1)..];
    let field = rest
        .iter()
        .map(|s| match s {
            Step::Field(f) => {
                FIELDS.iter().find(|(k, _)| k == f).map_or(f.clone(), |&(_, k)| text(lang, k).to_string())
            }
            Step::Row { label, .. } => label.clone(),
            Step::Index(i) => format!("#{}", i + 1),
        })
        .collect::<Vec<_>>()
        .join(" › ");
    (object, field)
}

/// A value as the program prints it; `field` is the name it has in the file.
pub fn value(v: Option<&Value>, field: Option<&str>, lang: Language) -> String {
    let Some(v) = v else { return text(lang, Key::CompareNone).to_string() };
    match v {
        Value::Null => "–".to_string(),
        Value::Bool(b) => text(lang, if *b { Key::CompareYes } else { Key::CompareNo }).to_string(),
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
                None => text(lang, Key::CompareRow).to_string(),
            }
        }
        Value::Array(a) => tr(lang, Key::CompareRows, &[("count", a.len().to_string().into())]),
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
