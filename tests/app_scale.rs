//! The views of a generated large plan (200 parties, 500 services, 20 000 cost lines, 10 000 risks) at
//! the `update` level and laid out in the simulator at 1280 × 800: every view builds only the
//! rows in sight, and a typical edit on each keeps it so.

use allianssi::app::{App, Env, Message};
use allianssi::screen::Tab;
use allianssi::screen::budget::{Field, Message as B, Section};
use allianssi::screen::parties::{Message as P, View};
use allianssi::theme;
use iced_test::simulator::Simulator;
use std::time::Instant;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn open_big() -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("suuri.ron");
    let plan = allianssi::generate::generate(&allianssi::generate::GenerateOptions::large());
    allianssi::storage::save(&plan, &path).expect("saved");
    let day = "2026-11-22".parse().expect("date");
    let (mut app, task) = App::new(Env { paths: None, today: Some(day), file: Some(path) });
    for m in run(task) {
        send(&mut app, m);
    }
    assert!(app.document().is_some(), "the large plan opened");
    (app, dir)
}

/// Builds the app's view and lays it out as a 1280 × 800 window would.
fn lay_out(app: &App) -> std::time::Duration {
    let settings = iced::Settings {
        fonts: vec![theme::FONT_REGULAR_BYTES.into(), theme::FONT_BOLD_BYTES.into()],
        default_font: theme::FONT,
        ..iced::Settings::default()
    };
    let t = Instant::now();
    let ui = Simulator::with_size(settings, (1280.0, 800.0), app.view());
    drop(ui);
    t.elapsed()
}

#[test]
fn every_view_of_a_large_plan_builds_only_the_rows_in_sight() {
    let (mut app, _dir) = open_big();
    let plan = app.document().expect("plan").plan().clone();
    assert_eq!(plan.budget.cost_lines.len(), 20_000);

    for tab in Tab::ALL {
        send(&mut app, Message::TabSelected(tab));
        let took = lay_out(&app);
        eprintln!("{tab:?}: first view {took:?}");
    }

    // Budget: of 20 000 cost lines only those in sight are built, before and after an edit.
    send(&mut app, Message::TabSelected(Tab::Budget));
    send(&mut app, Message::Budget(B::SectionSelected(Section::Lines)));
    lay_out(&app);
    let built = app.budget().lines_built();
    assert!((1..=40).contains(&built), "{built} cost lines built");
    let line = plan.budget.cost_lines[0].id;
    let t = Instant::now();
    send(&mut app, Message::Budget(B::Typed(Field::LineAmount(line), "12 345,67".into())));
    let took = lay_out(&app);
    eprintln!("Budget: edit {:?} + view {took:?}", t.elapsed() - took);
    assert_eq!(app.document().expect("plan").plan().budget.cost_lines[0].amount.0, 1_234_567);
    // The edited plan's figures were computed off the UI thread and arrived.
    let doc = app.document().expect("plan");
    assert!(doc.has_analysis(), "the figures of the edited plan arrived");
    assert_eq!(doc.analysis().base_estimate, allianssi::commercial::base_estimate(&doc.plan().budget));
    assert!(app.budget().lines_built() <= 40, "{}", app.budget().lines_built());
    for section in Section::ALL {
        send(&mut app, Message::Budget(B::SectionSelected(section)));
        let took = lay_out(&app);
        eprintln!("Budget {section:?}: view {took:?}");
        if section == Section::Target {
            // Dozens of producers and owners: two lists of their own, each built in part.
            let (fees, shares) = app.budget().party_rows_built();
            assert!((1..=20).contains(&fees) && (1..=20).contains(&shares), "{fees} fee and {shares} share rows");
        }
    }

    // Parties and services: lists of 200 and 500 build only the rows in sight.
    send(&mut app, Message::TabSelected(Tab::Parties));
    for view in [View::Parties, View::Services, View::Matrix, View::Page] {
        send(&mut app, Message::Parties(P::ViewSelected(view)));
        let took = lay_out(&app);
        eprintln!("Parties {view:?}: view {took:?}");
    }
    let (parties, services, page) = app.parties().list_rows_built();
    assert!((1..=30).contains(&parties), "{parties} party rows built");
    assert!((1..=30).contains(&services), "{services} service rows built");
    assert!((1..=40).contains(&page), "{page} service lines of the party page built");

    // Risks: a window of the 10 000 rows.
    send(&mut app, Message::TabSelected(Tab::Risks));
    let took = lay_out(&app);
    eprintln!("Risks: view {took:?}");
}
