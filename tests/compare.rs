//! Comparing and merging plan versions by meaning: merging a version with an untouched base
//! gives that version (both ways round, over random edits); disjoint edits combine; the same
//! field changed twice is a conflict decided only by a choice; rows both sides added keep
//! distinct ids with their references; what a merge breaks is named; and the `diff` and `merge`
//! commands (also as git's merge driver) around the real binary.

use allianssi::compare::merge::{Side, merge};
use allianssi::compare::{Change, diff};
use allianssi::model::{Bp, Money, Plan};
use proptest::prelude::*;
use std::process::Command;

fn plan() -> Plan {
    (allianssi::template::find("tyollisyysalue").expect("template").build)()
}

/// One of a handful of edits an official makes, chosen by `n`, applied to `p`.
fn edit(p: &mut Plan, n: usize, seed: usize) {
    match n % 6 {
        0 => {
            let i = seed % p.parties.len();
            p.parties[i].contact.email = format!("muutettu{seed}@example.fi");
        }
        1 => {
            let i = seed % p.risks.risks.len();
            p.risks.risks[i].probability = 1 + (seed % 5) as u8;
        }
        2 => {
            let i = seed % p.budget.cost_lines.len();
            p.budget.cost_lines[i].amount = Money(100_000 * (1 + seed as i64 % 50));
        }
        3 => {
            let i = seed % p.risks.risks.len();
            p.risks.risks.remove(i);
        }
        4 => {
            let mut line = p.budget.cost_lines[seed % p.budget.cost_lines.len()].clone();
            line.id = allianssi::model::CostLineId(p.next_id);
            line.description = format!("uusi rivi {seed}");
            p.next_id += 1;
            p.budget.cost_lines.push(line);
        }
        _ => p.meta.target_group = format!("kohderyhmä {seed}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// merge(base, x, base) = x and merge(base, base, x) = x, with no conflict.
    #[test]
    fn merging_with_an_untouched_base_gives_the_version(edits in proptest::collection::vec((0usize..6, 0usize..1000), 1..6)) {
        let base = plan();
        let mut x = base.clone();
        for (n, seed) in &edits {
            edit(&mut x, *n, *seed);
        }
        let a = merge(&base, &x, &base, None).expect("merge");
        prop_assert!(a.conflicts.is_empty());
        prop_assert!(diff(&x, &a.plan).is_empty(), "{:?}", diff(&x, &a.plan));
        let b = merge(&base, &base, &x, None).expect("merge");
        prop_assert!(b.conflicts.is_empty());
        prop_assert!(diff(&x, &b.plan).is_empty(), "{:?}", diff(&x, &b.plan));
        // diff is empty exactly when the plans are equal.
        prop_assert_eq!(diff(&base, &x).is_empty(), base == x);
    }
}

/// Edits to different rows and fields on the two sides both land, and nothing else changes.
#[test]
fn disjoint_edits_combine() {
    let base = plan();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.parties[0].contact.email = "meidan@example.fi".into();
    ours.risks.risks[0].probability = 5;
    theirs.parties[0].contact.phone = "040 123 4567".into();
    theirs.risks.risks[1].impact = 1;
    theirs.meta.target_group = "Kaikki työnhakijat".into();
    let m = merge(&base, &ours, &theirs, None).expect("merge");
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let p = &m.plan;
    assert_eq!(p.parties[0].contact.email, "meidan@example.fi");
    assert_eq!(p.parties[0].contact.phone, "040 123 4567");
    assert_eq!((p.risks.risks[0].probability, p.risks.risks[1].impact), (5, 1));
    assert_eq!(p.meta.target_group, "Kaikki työnhakijat");
    assert_eq!(diff(&base, p).len(), diff(&base, &ours).len() + diff(&base, &theirs).len());
}

/// The same field changed to two values, and a row changed on one side and removed on the
/// other, are conflicts: the merge takes our value, or theirs when told; a near miss (both
/// made the same change) is none.
#[test]
fn the_same_field_changed_twice_is_a_conflict() {
    let base = plan();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.parties[1].contact.email = "a@example.fi".into();
    theirs.parties[1].contact.email = "b@example.fi".into();
    ours.risks.risks[2].title = "Muutettu otsikko".into();
    theirs.risks.risks.remove(2);
    ours.meta.target_group = "sama".into();
    theirs.meta.target_group = "sama".into();
    let m = merge(&base, &ours, &theirs, None).expect("merge");
    let paths: Vec<String> = m.conflicts.iter().map(|c| allianssi::compare::path_text(&c.path)).collect();
    let party = base.parties[1].id.0;
    let risk = base.risks.risks[2].id.0;
    assert_eq!(paths, [format!("parties[id={party}].contact.email"), format!("risks.risks[id={risk}]")]);
    assert_eq!(m.plan.parties[1].contact.email, "a@example.fi");
    assert_eq!(m.plan.meta.target_group, "sama");
    let t = merge(&base, &ours, &theirs, Some(Side::Theirs)).expect("merge");
    assert_eq!(t.plan.parties[1].contact.email, "b@example.fi");
    assert!(!t.plan.risks.risks.iter().any(|r| r.id.0 == risk), "their removal decides");
}

/// Both sides add a party with the same new id: theirs is renumbered after ours, and its
/// matrix cells and cost lines follow it.
#[test]
fn rows_both_sides_added_keep_distinct_ids() {
    let base = plan();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let add = |p: &mut Plan, name: &str| -> u32 {
        let mut party = p.parties[3].clone();
        let id = p.next_id;
        party.id = allianssi::model::PartyId(id);
        party.name = name.into();
        party.funding_share = Bp(0);
        p.next_id += 1;
        p.parties.push(party);
        let mut line = p.budget.cost_lines[0].clone();
        line.id = allianssi::model::CostLineId(p.next_id);
        line.party = allianssi::model::PartyId(id);
        p.next_id += 1;
        p.budget.cost_lines.push(line);
        id
    };
    let ours_id = add(&mut ours, "Meidän uusi tuottaja");
    let theirs_id = add(&mut theirs, "Heidän uusi tuottaja");
    assert_eq!(ours_id, theirs_id, "the same id on both sides");
    let m = merge(&base, &ours, &theirs, None).expect("merge");
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let find = |name: &str| m.plan.parties.iter().find(|p| p.name == name).map(|p| p.id).expect(name);
    let (a, b) = (find("Meidän uusi tuottaja"), find("Heidän uusi tuottaja"));
    assert_ne!(a, b);
    assert_eq!(m.renumbered.first(), Some(&(theirs_id, ours.next_id)));
    assert!(m.plan.budget.cost_lines.iter().any(|l| l.party == b), "their cost line follows their party");
    assert!(m.plan.next_id > b.0 && m.plan.next_id >= ours.next_id + 2);
    assert_eq!(m.plan.parties.len(), base.parties.len() + 2);
}

/// Two edits that each keep the funding shares at 100 % add up to 105 %: the merge says so.
#[test]
fn what_a_merge_breaks_is_named() {
    let base = plan();
    let owners: Vec<usize> =
        (0..base.parties.len()).filter(|&i| base.parties[i].funding_share.0 > 600).take(3).collect();
    assert_eq!(owners.len(), 3, "three funding owners");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.parties[owners[0]].funding_share.0 -= 500;
    ours.parties[owners[1]].funding_share.0 += 500;
    theirs.parties[owners[0]].funding_share.0 -= 500;
    theirs.parties[owners[2]].funding_share.0 += 500;
    let m = merge(&base, &ours, &theirs, None).expect("merge");
    assert!(m.conflicts.is_empty());
    let codes: Vec<&str> = m.broke.iter().map(|f| f.code()).collect();
    assert!(!codes.is_empty(), "the broken sum is named");
    let clean = merge(&base, &ours, &base, None).expect("merge");
    assert!(clean.broke.is_empty());
}

fn bin(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("runs")
}

/// `diff` exits 0, 1 or 2 and names the change; `merge` writes only a clean or decided merge;
/// as git's driver it writes into OURS, and leaves it alone on a conflict.
#[test]
fn the_commands_around_the_real_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    let base = plan();
    let (mut ours, mut theirs, mut other) = (base.clone(), base.clone(), base.clone());
    ours.parties[0].contact.email = "meidan@example.fi".into();
    theirs.risks.risks[0].probability = 5;
    other.parties[0].contact.email = "toinen@example.fi".into();
    for (n, p) in [("base.ron", &base), ("ours.ron", &ours), ("theirs.ron", &theirs), ("other.ron", &other)] {
        allianssi::storage::save(p, std::path::Path::new(&path(n))).expect("save");
    }
    let same = bin(&["diff", &path("base.ron"), &path("base.ron")]);
    assert_eq!(same.status.code(), Some(0));
    let d = bin(&["diff", &path("base.ron"), &path("ours.ron"), "--lang", "en"]);
    assert_eq!(d.status.code(), Some(1));
    let text = String::from_utf8_lossy(&d.stdout);
    assert!(text.contains(&format!("Party {}: contact › e-mail: ", base.parties[0].name)), "{text}");
    assert!(text.contains("“meidan@example.fi”") && text.ends_with("1 changes.\n"), "{text}");
    let json = bin(&["diff", &path("base.ron"), &path("ours.ron"), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(v["equal"], false);
    assert_eq!(v["changes"][0]["new_value"], "meidan@example.fi");
    assert_eq!(bin(&["diff", &path("base.ron"), &path("missing.ron")]).status.code(), Some(2));

    let ok = bin(&["merge", &path("base.ron"), &path("ours.ron"), &path("theirs.ron"), "--out", &path("m.ron")]);
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    let merged = allianssi::storage::load(std::path::Path::new(&path("m.ron"))).expect("merged").plan;
    assert_eq!((merged.parties[0].contact.email.as_str(), merged.risks.risks[0].probability), ("meidan@example.fi", 5));

    let conflict = bin(&["merge", &path("base.ron"), &path("ours.ron"), &path("other.ron"), "--out", &path("c.ron")]);
    assert_eq!(conflict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&conflict.stderr).contains("Ristiriita"));
    assert!(!dir.path().join("c.ron").exists(), "nothing written");
    let decided =
        bin(&["merge", &path("base.ron"), &path("ours.ron"), &path("other.ron"), "--out", &path("c.ron"), "--theirs"]);
    assert_eq!(decided.status.code(), Some(0));

    // git runs `allianssi merge --git %O %A %B`: the result replaces %A.
    let before = std::fs::read(path("ours.ron")).expect("ours");
    let driver = bin(&["merge", "--git", &path("base.ron"), &path("ours.ron"), &path("other.ron")]);
    assert_eq!(driver.status.code(), Some(1));
    assert_eq!(std::fs::read(path("ours.ron")).expect("ours"), before, "left alone on a conflict");
    let driver = bin(&["merge", "--git", &path("base.ron"), &path("ours.ron"), &path("theirs.ron")]);
    assert_eq!(driver.status.code(), Some(0));
    let a = allianssi::storage::load(std::path::Path::new(&path("ours.ron"))).expect("a").plan;
    assert_eq!(a.risks.risks[0].probability, 5, "their change merged into %A");
    let _: Vec<Change> = diff(&a, &merged);
    assert!(diff(&a, &merged).is_empty());
}

/// Each annex lists, under its version history, its own changes since the newest baseline (the
/// copy frozen at the last gate passed): a party's new funding share in the organisation annex,
/// not in the risk register; an annex without changes says so.
#[test]
fn annexes_list_their_changes_since_the_approved_version() {
    use allianssi::annex::{self, AnnexLanguage, Options};
    use allianssi::model::AnnexKind;
    let mut plan = allianssi::storage::load(std::path::Path::new("fixtures/tyollisyysalue.ron")).expect("fixture").plan;
    assert!(!plan.baselines.is_empty(), "the fixture has passed a gate");
    let share = plan.parties[0].funding_share.0;
    plan.parties[0].funding_share.0 = share - 500;
    plan.parties[1].funding_share.0 += 500;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let text_of = |plan: &Plan, kind: AnnexKind, lang: AnnexLanguage| -> String {
        let laid = annex::layout(plan, &Options::new(plan, vec![kind], lang, day)).expect("layout");
        (0..laid.pages.len()).flat_map(|p| laid.page_text(p)).collect::<Vec<_>>().join("\n")
    };
    let text = |kind, lang| text_of(&plan, kind, lang);
    let org = text(AnnexKind::Organisation, AnnexLanguage::Fi);
    assert!(org.contains("Muutokset edellisestä hyväksytystä versiosta"), "{org}");
    assert!(org.contains("rahoitusosuus"), "the changed field");
    let risks = text(AnnexKind::Risks, AnnexLanguage::Fi);
    assert!(risks.contains("Liitteeseen ei ole tehty muutoksia edellisen hyväksytyn version jälkeen."));
    assert!(!risks.contains("rahoitusosuus"));
    let sv = text(AnnexKind::Organisation, AnnexLanguage::Sv);
    assert!(sv.contains("Ändringar sedan föregående godkända version") && sv.contains("finansieringsandel"));
    let mut fresh = plan.clone();
    fresh.baselines = Default::default();
    assert!(
        !text_of(&fresh, AnnexKind::Organisation, AnnexLanguage::Fi).contains("Muutokset edellisestä"),
        "no approved version"
    );
}

/// git merges plan files by meaning with the driver the README configures: in a real repository,
/// one branch changes a party's e-mail and the other the phone on the next line (a conflict for
/// git's line merge), and `git merge` combines them; the same e-mail changed on both branches
/// fails the merge and leaves our version in place.
#[test]
fn git_merges_plans_by_meaning_with_the_driver() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(repo)
            .env("HOME", repo)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Testi")
            .env("GIT_AUTHOR_EMAIL", "testi@example.fi")
            .env("GIT_COMMITTER_NAME", "Testi")
            .env("GIT_COMMITTER_EMAIL", "testi@example.fi")
            .output()
            .expect("git runs (it is how this repository was cloned)");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let file = repo.join("suunnitelma.ron");
    // Saved as a text editor would, without the program's `.bak`.
    let no_backup = allianssi::storage::SaveOptions { backup: false, ..Default::default() };
    let save = |p: &Plan| allianssi::storage::save_with(p, &file, &no_backup).expect("save");
    let load = || allianssi::storage::load(&file).expect("load").plan;
    assert!(git(&["init", "-q"]).0);
    assert!(git(&["symbolic-ref", "HEAD", "refs/heads/main"]).0);
    let driver = format!("{} merge --git %O %A %B", env!("CARGO_BIN_EXE_allianssi"));
    assert!(git(&["config", "merge.allianssi.driver", &driver]).0);
    std::fs::write(repo.join(".gitattributes"), "*.ron merge=allianssi\n").expect("attributes");
    let base = plan();
    save(&base);
    assert!(git(&["add", "."]).0 && git(&["commit", "-q", "-m", "pohja"]).0);

    assert!(git(&["checkout", "-q", "-b", "puhelin"]).0);
    let mut theirs = base.clone();
    theirs.parties[0].contact.phone = "040 999 0000".into();
    save(&theirs);
    assert!(git(&["commit", "-q", "-am", "puhelin"]).0);
    assert!(git(&["checkout", "-q", "main"]).0);
    let mut ours = base.clone();
    ours.parties[0].contact.email = "uusi@example.fi".into();
    save(&ours);
    assert!(git(&["commit", "-q", "-am", "sähköposti"]).0);
    let (ok, log) = git(&["merge", "--no-edit", "puhelin"]);
    assert!(ok, "{log}");
    let merged = load();
    assert_eq!(merged.parties[0].contact.email, "uusi@example.fi");
    assert_eq!(merged.parties[0].contact.phone, "040 999 0000");

    // The same field on both branches: the merge fails and ours stays.
    assert!(git(&["checkout", "-q", "-b", "toinen", "HEAD~2"]).0);
    let mut other = base.clone();
    other.parties[0].contact.email = "toinen@example.fi".into();
    save(&other);
    assert!(git(&["commit", "-q", "-am", "toinen"]).0);
    assert!(git(&["checkout", "-q", "main"]).0);
    let (ok, log) = git(&["merge", "--no-edit", "toinen"]);
    assert!(!ok, "a conflict fails the merge: {log}");
    assert!(log.contains("Ristiriita"), "{log}");
    assert_eq!(load().parties[0].contact.email, "uusi@example.fi", "ours left in place");
    // The driver leaves no backup of git's temporary files behind.
    let (_, status) = git(&["status", "--porcelain", "--ignored"]);
    assert!(!status.contains(".bak"), "{status}");
}

/// Follow-up rows are matched by metric, area and period (costs by party, category and period),
/// named as a reader knows them; measurements of different months entered in two offices
/// combine, and the same month counted twice differently is a conflict.
#[test]
fn follow_up_rows_compare_and_merge_by_their_keys() {
    use allianssi::compare::text;
    use allianssi::i18n::Language;
    use allianssi::model::{Actual, Edit, Period};
    let base = allianssi::template::followup_example();
    let rate = base.budget.metrics[1].id;
    let city = base.parties[0].id;
    let set = |p: &mut Plan, period, in_services| {
        let actual = Some(Actual::ActivationRate { unemployed: 9_000, in_services });
        p.apply(&Edit::SetMeasurement { metric: rate, area: Some(city), period, actual }).unwrap();
    };
    let mut ours = base.clone();
    set(&mut ours, Period::Month(2027, 10), 5_200);
    let mut theirs = base.clone();
    set(&mut theirs, Period::Month(2027, 11), 5_300);
    let changes = diff(&base, &ours);
    assert_eq!(changes.len(), 1, "{:?}", changes.iter().map(Change::path_text).collect::<Vec<_>>());
    let d = text::change(&changes[0], Language::Fi);
    assert_eq!(d.object, "Mittaus Aktivointiaste · Kaupunki · 2027-10");
    let m = merge(&base, &ours, &theirs, None).expect("merge");
    assert!(m.conflicts.is_empty());
    assert_eq!(m.plan.followup.measurements.len(), base.followup.measurements.len() + 2);
    // The same month, two counts: a conflict naming the row; neither side dropped.
    let mut theirs2 = base.clone();
    set(&mut theirs2, Period::Month(2027, 10), 5_250);
    let c = merge(&base, &ours, &theirs2, None).expect("merge");
    assert_eq!(c.conflicts.len(), 1);
    let t = text::conflict(&c.conflicts[0], Language::Sv);
    assert!(t.object.contains("Aktivointiaste · Kaupunki · 2027-10"), "{t:?}");
    let kept = merge(&base, &ours, &theirs2, Some(Side::Theirs)).expect("merge");
    let row = kept.plan.followup.measurement(rate, Some(city), Period::Month(2027, 10)).unwrap();
    assert_eq!(row.actual, Actual::ActivationRate { unemployed: 9_000, in_services: 5_250 });
}
