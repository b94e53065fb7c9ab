//! The fixture files under `fixtures/`: every built-in template and both worked examples, saved
//! byte for byte as `storage::to_string` writes them, loading back equal, each template with
//! the shape a starting plan needs and no rule errors. `UPDATE_FIXTURES=1 cargo test --test
//! fixtures` rewrites the files instead of comparing them.

use allianssi::model::*;
use allianssi::rules::{self, Severity};
use allianssi::{storage, template};
use std::path::PathBuf;

/// Every fixture by file stem, with the plan it must hold.
fn fixtures() -> Vec<(String, Plan)> {
    let mut v: Vec<(String, Plan)> = template::all().iter().map(|t| (t.name.to_string(), (t.build)())).collect();
    v.push(("worked-example".to_string(), template::worked_example(Bp(5000))));
    v.push(("worked-example-30-70".to_string(), template::worked_example(Bp(3000))));
    v.push(("followup-example".to_string(), template::followup_example()));
    v
}

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(format!("{name}.ron"))
}

/// Writing (when asked) and comparing happen in one test, so that no other test reads a file
/// while it is being rewritten.
#[test]
fn fixture_files_are_the_built_plans() {
    let update = std::env::var("UPDATE_FIXTURES").is_ok_and(|v| v == "1");
    for (name, plan) in fixtures() {
        let text = storage::to_string(&plan).expect("plan serialises");
        let file = path(&name);
        if update {
            std::fs::create_dir_all(file.parent().expect("fixtures folder")).expect("create fixtures/");
            std::fs::write(&file, &text).unwrap_or_else(|e| panic!("write {}: {e}", file.display()));
        }
        let on_disk = std::fs::read(&file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        assert!(
            on_disk == text.as_bytes(),
            "{} differs from the built plan; regenerate with UPDATE_FIXTURES=1 cargo test --test fixtures",
            file.display()
        );
        let loaded = storage::load(&file).unwrap_or_else(|e| panic!("load {}: {e}", file.display()));
        assert_eq!(loaded.version, storage::VERSION, "{name}");
        assert!(!loaded.newer, "{name}");
        assert!(loaded.plan == plan, "{name}: the loaded plan differs from the built one");
    }
}

#[test]
fn templates_have_the_shape_of_a_starting_plan() {
    for t in template::all() {
        let plan = (t.build)();
        let name = t.name;
        assert!(plan.phases.len() >= 4, "{name}: phases");
        for ph in &plan.phases {
            assert!(ph.start.is_some() && ph.end.is_some(), "{name}: {:?} dates", ph.kind);
            assert!(!ph.deliverables.is_empty(), "{name}: {:?} deliverables", ph.kind);
        }
        assert!(plan.services.len() >= 6, "{name}: services");
        assert!(plan.budget.metrics.len() >= 4, "{name}: metrics");
        assert_eq!(plan.budget.metrics.iter().map(|m| m.weight.0).sum::<u32>(), 10_000, "{name}: weights");
        assert_eq!(plan.owners().map(|p| p.funding_share.0).sum::<u32>(), 10_000, "{name}: owner shares");
        assert!(plan.risks.risks.len() >= 8, "{name}: risks");
        assert!(plan.risks.risks.iter().any(|r| r.nature == RiskNature::Opportunity), "{name}: opportunity");
    }
}

#[test]
fn no_fixture_has_a_rule_error() {
    for (name, plan) in fixtures() {
        let errors: Vec<String> = rules::check(&plan)
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| format!("{} {}: {}", f.code(), f.subject, f.message(allianssi::i18n::Language::En)))
            .collect();
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    }
}

/// A fixture as written before the rows of the reimbursable-cost list had ids (before
/// `CostCategory::id`): it loads, the rows get the ids the built plan has (in list order), and
/// saving it writes them.
#[test]
fn fixtures_without_cost_list_ids_load_as_the_built_plans() {
    for (name, plan) in fixtures() {
        let text = storage::to_string(&plan).expect("plan serialises");
        // Drop the `id:` lines of the rows inside every `cost_categories: [ … ]` block.
        let mut old: Vec<&str> = Vec::new();
        let mut block_indent: Option<usize> = None;
        for line in text.lines() {
            let indent = line.len() - line.trim_start().len();
            match block_indent {
                None if line.trim_start() == "cost_categories: [" => block_indent = Some(indent),
                Some(i) if indent == i && line.trim_start().starts_with(']') => block_indent = None,
                Some(_) if line.trim_start().starts_with("id: ") => continue,
                _ => {}
            }
            old.push(line);
        }
        let lines: Vec<&str> = text.lines().collect();
        let removed = lines.len() - old.len();
        assert!(removed >= plan.budget.cost_categories.len(), "{name}: the id lines are gone ({removed})");
        let old = old.join("\n") + "\n";
        let loaded = storage::parse(&old, &path(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.plan == plan, "{name}: ids are assigned in list order on load");
        assert_eq!(storage::to_string(&loaded.plan).expect("serialises"), text, "{name}: saved with ids");
    }
}
