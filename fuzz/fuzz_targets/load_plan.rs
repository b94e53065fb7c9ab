//! Fuzz target: any bytes as a plan file. Loading must never panic; a plan that loads must pass
//! the rules without a panic and save to text that reads back as the same plan.
#![no_main]

use allianssi::storage;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(loaded) = storage::parse(text, path) else { return };
    let _ = allianssi::rules::check(&loaded.plan);
    let saved = storage::to_string(&loaded.plan).expect("a loaded plan can be written");
    let back = storage::parse(&saved, path).expect("a written plan reads back");
    assert_eq!(back.plan, loaded.plan, "load(save(plan)) == plan");
    assert_eq!(storage::to_string(&back.plan).expect("again"), saved, "saving twice gives the same bytes");
});
