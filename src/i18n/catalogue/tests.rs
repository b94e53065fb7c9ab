//! The catalogue test: every language has exactly the Finnish keys, every message formats, and
//! each message uses the same placeables in every language.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// The variables a pattern references, through select expressions and nested placeables.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(e) => inline_variables(e, out),
    }
}

fn inline_variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_variables(a, out));
            arguments.named.iter().for_each(|a| inline_variables(&a.value, out));
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| inline_variables(a, out));
            arguments.named.iter().for_each(|a| inline_variables(&a.value, out));
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every message of one language's text: id → the variables it references; parse errors,
/// repeated ids and messages without a value are reported into `problems`.
fn messages(code: &str, text: &str, problems: &mut Vec<String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            problems.push(format!("{code}: does not parse: {errors:?}"));
            r
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                match &m.value {
                    Some(p) => variables(p, &mut vars),
                    None => problems.push(format!("{code}: {} has no text", m.id.name)),
                }
                if out.insert(m.id.name.to_string(), vars).is_some() {
                    problems.push(format!("{code}: {} is defined twice", m.id.name));
                }
            }
            ast::Entry::Junk { content } => problems.push(format!("{code}: junk: {content:?}")),
            _ => {}
        }
    }
    out
}

/// Checks the catalogues of every language, given as (language code, the text of all its
/// files), against the Finnish one: the same keys, the same placeables in each message, and
/// every message formatting without errors when given its placeables. Returns the problems.
fn check(catalogues: &[(&str, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    let Some((_, fi_text)) = catalogues.iter().find(|(c, _)| *c == "fi") else {
        return vec!["no Finnish catalogue".to_string()];
    };
    let fi = messages("fi", fi_text, &mut problems);
    for (code, text) in catalogues {
        let these = messages(code, text, &mut problems);
        for (id, vars) in &fi {
            match these.get(id) {
                None => problems.push(format!("{code}: {id} is missing")),
                Some(v) if v != vars => {
                    problems.push(format!("{code}: {id} uses the placeables {v:?}, Finnish {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in these.keys().filter(|id| !fi.contains_key(*id)) {
            problems.push(format!("{code}: {id} is not in the Finnish catalogue"));
        }
        let mut bundle = Bundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(r, _)| r);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.push(format!("{code}: {errors:?}"));
        }
        for (id, vars) in &these {
            let mut args = FluentArgs::new();
            for v in vars {
                args.set(v.clone(), FluentValue::from("x"));
            }
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() || text.trim().is_empty() {
                problems.push(format!("{code}: {id} does not format: {errors:?}"));
            }
        }
    }
    problems
}

/// The embedded catalogues, all files of a language joined.
fn embedded() -> Vec<(&'static str, String)> {
    Language::ALL
        .iter()
        .map(|l| {
            let text: Vec<&str> = CATALOGUES.iter().filter(|(c, _, _)| *c == l.code()).map(|(_, _, t)| *t).collect();
            (l.code(), text.join("\n"))
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let catalogues = embedded();
    let problems = check(&catalogues);
    assert!(problems.is_empty(), "{problems:#?}");
    for (code, text) in &catalogues {
        assert!(!text.trim().is_empty(), "{code} has no catalogue");
    }
    // Every key of the enum formats in every language, and not to its id (no fallback).
    for &lang in &Language::ALL {
        for &key in Key::ALL {
            let text = tr(lang, key, &[]);
            assert!(!text.trim().is_empty() && text != key.id(), "{lang} {key:?}");
        }
    }
}

#[test]
fn the_checker_finds_a_missing_key_an_unused_placeable_and_an_extra_key() {
    let fi = "a-one = Yksi { $n }\na-two = Kaksi\n".to_string();
    let good = check(&[("fi", fi.clone()), ("sv", "a-one = Ett { $n }\na-two = Två\n".to_string())]);
    assert!(good.is_empty(), "{good:?}");
    let missing = check(&[("fi", fi.clone()), ("sv", "a-one = Ett { $n }\n".to_string())]);
    assert!(missing.iter().any(|p| p.contains("a-two is missing")), "{missing:?}");
    let unused = check(&[("fi", fi.clone()), ("sv", "a-one = Ett\na-two = Två\n".to_string())]);
    assert!(unused.iter().any(|p| p.contains("a-one uses the placeables")), "{unused:?}");
    let extra = check(&[("fi", fi.clone()), ("sv", "a-one = Ett { $n }\na-two = Två\na-three = Tre\n".to_string())]);
    assert!(extra.iter().any(|p| p.contains("a-three is not in the Finnish")), "{extra:?}");
    let broken = check(&[("fi", fi), ("sv", "a-one = Ett { $n\na-two = Två\n".to_string())]);
    assert!(!broken.is_empty());
}

#[test]
fn placeables_are_filled_without_isolation_marks() {
    let text = tr(Language::En, Key::FilesHolderSomeone, &[]);
    assert_eq!(text, "someone else");
    let text = tr(Language::Fi, Key::RulesPhaseMissing, &[("phase", "Strategia".into())]);
    assert!(text.starts_with("Vaihe “Strategia” puuttuu."), "{text}");
    assert!(!text.contains('\u{2068}'));
}

/// `text` gives each key's own message: the discriminant is the index into `Key::ALL`.
#[test]
fn static_texts_are_each_keys_own_message() {
    for (i, &key) in Key::ALL.iter().enumerate() {
        assert_eq!(key as usize, i);
        for lang in Language::ALL {
            assert_eq!(super::text(lang, key), super::tr(lang, key, &[]), "{}", key.id());
        }
    }
}
