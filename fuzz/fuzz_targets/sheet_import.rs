//! Fuzz target: the bytes are a spreadsheet file (xlsx, ods or CSV, detected as the window and
//! `import-sheet` detect it) imported into a template plan, every list it has. Importing must
//! never panic; a plan that imports must pass the rules and save and read back as itself.
#![no_main]

use allianssi::csvio::{Options, file};
use allianssi::{storage, template};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static PLAN: OnceLock<allianssi::Plan> = OnceLock::new();
    let plan = PLAN.get_or_init(|| (template::all()[0].build)());
    let Ok(done) = file::import(plan, data, None, Options::default()) else { return };
    let _ = allianssi::rules::check(&done.plan);
    let saved = storage::to_string(&done.plan).expect("an imported plan can be written");
    let back = storage::parse(&saved, Path::new("fuzz.ron")).expect("an imported plan reads back");
    assert_eq!(back.plan, done.plan, "an imported plan round-trips through a file");
});
