//! Round trips of plan files: every fixture loads, saves and loads back equal with stable bytes,
//! and generated plans (Unicode, extreme amounts, every enum variant) survive `to_string` →
//! `parse` unchanged.

mod support;

use allianssi::Plan;
use allianssi::model::Bp;
use allianssi::storage::{self, Error};
use allianssi::template;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .map(|e| e.expect("fixtures entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

#[test]
fn every_fixture_loads_saves_and_loads_back_equal() {
    let files = fixtures();
    let names: Vec<String> =
        files.iter().map(|p| p.file_stem().unwrap_or_default().to_string_lossy().into_owned()).collect();
    assert!(files.len() >= 5, "expected at least 5 fixtures in fixtures/, found {names:?}");
    for expected in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example", "worked-example-30-70"] {
        assert!(names.iter().any(|n| n == expected), "fixture {expected}.ron is missing; found {names:?}");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    for file in &files {
        let loaded = storage::load(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!loaded.newer, "{}: a fixture must be of the current version", file.display());
        assert_eq!(loaded.version, storage::VERSION, "{}", file.display());

        let out = dir.path().join(file.file_name().expect("file name"));
        storage::save(&loaded.plan, &out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
        let first = std::fs::read(&out).expect("read saved");
        let back = storage::load(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
        assert_eq!(back.plan, loaded.plan, "{}: the plan changed in a save and load", file.display());

        storage::save(&back.plan, &out).expect("second save");
        let second = std::fs::read(&out).expect("read saved again");
        assert_eq!(first, second, "{}: saving twice gave different bytes", file.display());
        assert_eq!(
            String::from_utf8(first).expect("utf-8"),
            storage::to_string(&loaded.plan).expect("to_string"),
            "{}: the saved file is not exactly to_string",
            file.display()
        );
    }
}

/// The fixtures are the built-in templates as saved: a template changed without saving its
/// fixture again (or the other way round) is caught here.
#[test]
fn fixtures_are_the_saved_templates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut expected: Vec<(String, Plan)> = template::all().iter().map(|t| (t.name.to_string(), (t.build)())).collect();
    expected.push(("worked-example".into(), template::worked_example(Bp(5_000))));
    expected.push(("worked-example-30-70".into(), template::worked_example(Bp(3_000))));
    for (name, plan) in expected {
        let path = dir.join(format!("{name}.ron"));
        let loaded = storage::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        support::assert_plans_eq(&loaded.plan, &plan, &format!("{name}.ron and the template"));
    }
}

/// A fixture as checked in should already be in the canonical layout, so that saving an
/// unchanged template gives no diff.
#[test]
fn fixtures_are_in_canonical_layout() {
    for file in fixtures() {
        let text = std::fs::read_to_string(&file).expect("read fixture");
        let loaded = storage::parse(&text, &file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(
            storage::to_string(&loaded.plan).expect("to_string"),
            text.replace("\r\n", "\n"),
            "{}: not in the layout the application writes",
            file.display()
        );
    }
}

#[test]
fn rich_plan_round_trips_through_a_file() {
    let plan = support::rich_plan();
    assert_eq!(plan.baselines.len(), 1, "the rich plan has a frozen baseline");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rikas suunnitelma ä.ron");
    storage::save(&plan, &path).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.starts_with("(\n    format: \"allianssi-plan\",\n    version: 1,\n"), "{}", &text[..80]);
    assert!(text.ends_with(")\n"));
    assert!(!text.contains('\r'));
    let back = storage::load(&path).expect("load");
    assert_eq!(back.plan, plan);
    assert!(!back.newer);
    assert_eq!(back.version, storage::VERSION);
}

/// Decimals are written as strings, money as integers: no float ever appears in the file.
#[test]
fn numbers_are_written_exactly() {
    let plan = support::rich_plan();
    let text = storage::to_string(&plan).expect("to_string");
    assert!(text.contains("person_years: \"4.5\""), "decimal as a string");
    assert!(text.contains("Value(\"39.2062\")"), "decimal actual as a string");
    assert!(text.contains("amount: 38000000,"), "money in cents");
    assert!(text.contains("amount: -123456,"), "negative money in cents");
    assert!(!text.contains("e+"), "no float exponents");
}

fn check_round_trip(plan: &Plan) -> Result<(), TestCaseError> {
    let path = Path::new("generated.ron");
    let text = storage::to_string(plan).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let again = storage::to_string(plan).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&text, &again, "to_string is not deterministic");
    prop_assert!(text.ends_with('\n'));
    prop_assert!(!text.contains('\r'), "a raw carriage return would be changed by CRLF handling");
    let back = match storage::parse(&text, path) {
        Ok(l) => l,
        Err(e) => return Err(TestCaseError::fail(format!("{e}\n{text}"))),
    };
    prop_assert!(!back.newer);
    prop_assert_eq!(&back.plan, plan);
    let text2 = storage::to_string(&back.plan).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(text2, text, "saving the loaded plan gave other bytes");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_round_trip(plan in support::arb_plan()) {
        check_round_trip(&plan)?;
    }

    /// The same file with Windows line endings and a BOM loads to the same plan.
    #[test]
    fn crlf_and_bom_load_the_same_plan(plan in support::arb_plan()) {
        let text = storage::to_string(&plan).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let back = storage::parse(&windows, Path::new("windows.ron"))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back.plan, plan);
    }
}

// Saving through the real file path (atomic save) also round trips; fewer cases, as each one
// touches the disk.
proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_round_trip_through_files(plan in support::arb_plan()) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("plan.ron");
        let result: Result<(), Error> = storage::save(&plan, &path);
        prop_assert!(result.is_ok(), "save failed: {:?}", result);
        let first = std::fs::read(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = storage::load(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.plan, &plan);
        storage::save(&back.plan, &path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let second = std::fs::read(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(first, second);
    }
}
