//! Fuzz target: the first byte picks the kind (parties, services, budget, risks), the rest is
//! the CSV file imported into a template plan. Importing must never panic; a plan that imports
//! must pass the rules without a panic and save and read back as the same plan.
#![no_main]

use allianssi::csvio::Kind;
use allianssi::{storage, template};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

const KINDS: [Kind; 5] = Kind::ALL;

fuzz_target!(|data: &[u8]| {
    static PLAN: OnceLock<allianssi::Plan> = OnceLock::new();
    let plan = PLAN.get_or_init(|| (template::all()[0].build)());
    let Some((&first, csv)) = data.split_first() else { return };
    let kind = KINDS[usize::from(first) % KINDS.len()];
    let Ok(imported) = kind.import(plan, csv) else { return };
    let _ = allianssi::rules::check(&imported);
    let saved = storage::to_string(&imported).expect("an imported plan can be written");
    let back = storage::parse(&saved, Path::new("fuzz.ron")).expect("an imported plan reads back");
    assert_eq!(back.plan, imported, "an imported plan round-trips through a file");
});
