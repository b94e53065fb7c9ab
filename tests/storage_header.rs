//! Saving over a file reads only its header when the header comes first (the layout this program
//! writes) and the whole file otherwise: a newer file is refused in both layouts.

use allianssi::generate::{GenerateOptions, generate};
use allianssi::storage::{self, Error};

#[test]
fn a_newer_file_is_refused_whether_its_header_comes_first_or_last() {
    let plan = generate(&GenerateOptions { parties: 3, services: 4, risks: 5, budget_lines: 6, seed: 9, months: 0 });
    let text = storage::to_string(&plan).expect("serialise");
    let body = text.split_once("    plan: ").expect("the plan field").1;
    let body = body.trim_end().strip_suffix(')').expect("the envelope closes");
    let first = text.replace("version: 1,", "version: 2,");
    let last = format!("(\n    plan: {body}    format: \"allianssi-plan\",\n    version: 2,\n)\n");
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, newer) in [("ensin.ron", first), ("lopussa.ron", last)] {
        let path = dir.path().join(name);
        std::fs::write(&path, &newer).expect("write");
        assert!(storage::load(&path).expect("a newer file loads").newer, "{name}");
        let err = storage::save(&plan, &path).expect_err("must refuse");
        assert!(matches!(err, Error::NewerOnDisk { version: 2, .. }), "{name}: {err:?}");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), newer, "{name}: untouched");
    }
    // A file of this version is saved over as usual.
    let path = dir.path().join("nykyinen.ron");
    std::fs::write(&path, &text).expect("write");
    storage::save(&plan, &path).expect("save over a file of this version");
}
