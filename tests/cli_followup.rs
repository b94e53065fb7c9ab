//! `allianssi kpi` and `allianssi forecast` around the real binary, on the fixture of the worked
//! example in its service phase (the Pirkanmaa deck's two rows of activation-rate counts as
//! areas, nine months of costs, an estimate of the rest): the printed rates, the JSON layout,
//! the forecast equal to `settle` run on the forecast's cost, and bad input refused.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn fixture() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/followup-example.ron").to_string_lossy().into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn kpi_prints_each_areas_rates_and_the_alliances_from_summed_counts() {
    let v = json(&run(&["kpi", &fixture(), "--json"]));
    let metrics = v["metrics"].as_array().expect("metrics");
    assert_eq!(metrics.len(), 4, "every metric, measured or not");
    let rate = metrics.iter().find(|m| m["name"] == "Aktivointiaste").expect("activation rate");
    let series = rate["series"].as_array().expect("series");
    let values = |area: Option<&str>| -> Vec<String> {
        series
            .iter()
            .filter(|p| p["area"].as_str() == area)
            .map(|p| p["value"].as_str().expect("value").to_string())
            .collect()
    };
    assert_eq!(
        values(Some("Lahden kaupunki")),
        ["16.9", "20.6", "22.4", "24.2", "21.9", "24.7", "27.8", "31.7", "34.5"]
    );
    assert_eq!(
        values(Some("Päijät-Hämeen hyvinvointialue")),
        ["41.7", "45.1", "67.4", "70.6", "71.3", "73.8", "75.8", "79.8", "84.5"]
    );
    assert_eq!(values(None), ["17.1", "20.7", "22.7", "24.6", "22.2", "25.1", "28.2", "32.0", "34.8"]);
    assert_eq!(series[0]["period"], "2027-01");
    assert!(series[0]["area"].is_null());

    let text = run(&["kpi", &fixture(), "--lang", "sv"]);
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(text.contains("2027-09") && text.contains("34,5") && text.contains("34,8*"), "{text}");
    assert!(text.contains("Alliansen"), "{text}");
}

#[test]
fn the_forecast_is_what_settle_says_of_the_forecast_cost() {
    let f = json(&run(&["forecast", &fixture(), "--as-of", "2027-Q3", "--json"]));
    assert_eq!(f["latest_period"], "2027-09");
    assert_eq!((f["months_elapsed"].as_i64(), f["months_total"].as_i64()), (Some(9), Some(12)));
    for case in ["run_rate", "estimate"] {
        let c = &f[case];
        let cents = |k: &str| c[k].as_i64().expect(k);
        let euros = |cents: i64| format!("{}.{:02}", cents / 100, cents % 100);
        let score = c["settlement"]["kra_score"].to_string();
        let settled = json(&run(&[
            "settle",
            &fixture(),
            "--actual",
            &euros(cents("actual_cents")),
            "--actual-producers",
            &euros(cents("actual_producers_cents")),
            "--kra-score",
            &score,
            "--json",
        ]));
        assert_eq!(settled, c["settlement"], "{case}");
        assert_eq!(cents("actual_cents"), f["to_date_cents"].as_i64().unwrap() + cents("rest_cents"));
    }
    // Nine months of 170 000 € a month and more: the run-rate adds a third.
    let to_date = f["to_date_cents"].as_i64().unwrap();
    assert_eq!(f["run_rate"]["rest_cents"].as_i64().unwrap(), (to_date * 3 + 4) / 9);
    assert_eq!(f["estimate"]["rest_cents"], 50_000_000);
    // --rest replaces the plan's estimate; the date may be written the Finnish way.
    let g = json(&run(&["forecast", &fixture(), "--as-of", "30.9.2027", "--rest", "100 000", "--json"]));
    assert_eq!(g["estimate"]["rest_cents"], 10_000_000);
    assert_eq!(g["run_rate"], f["run_rate"]);
}

#[test]
fn the_forecast_in_text_names_its_cases() {
    let out = run(&["forecast", &fixture(), "--as-of", "2027-06-30"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("Ennuste nykyvauhdilla") && text.contains("Ennuste arvioidulla loppukustannuksella"),
        "{text}"
    );
    assert!(text.contains("6 / 12"), "six months reported by the end of June: {text}");
}

#[test]
fn bad_dates_and_files_are_refused_with_what_to_write() {
    let out = run(&["forecast", &fixture(), "--as-of", "2027-13"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2027-Q3"));
    let out = run(&["forecast", &fixture(), "--as-of", "2027-Q3", "--rest", "paljon"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["kpi", "/nonexistent/plan.ron"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["forecast", "/nonexistent/plan.ron", "--as-of", "2027-Q3"]);
    assert_eq!(out.status.code(), Some(2));
}
