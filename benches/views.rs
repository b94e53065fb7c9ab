//! Every view's cost after a typical input, on the largest template and on a generated large
//! plan (200 parties, 500 services, 20 000 cost lines, 10 000 risks): one `update` with the
//! input, then `view`, laid out as a 1280 × 800 window (iced_test's simulator, tiny-skia, no
//! display). For the large plan the figures of the new revision are computed off the UI thread,
//! so what is measured here is what the UI thread does. Also the analysis itself (the figures
//! of one revision). Run with `cargo bench --bench views`.

use allianssi::analysis::Analysis;
use allianssi::app::{App, Env, Message};
use allianssi::generate::{GenerateOptions, generate};
use allianssi::model::Plan;
use allianssi::screen::budget::{Field, Message as B, Section};
use allianssi::screen::parties::{Message as P, View};
use allianssi::screen::risks::{FilterChange, Message as R};
use allianssi::screen::{Tab, annexes, overview, timeline};
use allianssi::{storage, theme};
use criterion::{Criterion, criterion_group, criterion_main};
use iced_test::simulator::Simulator;
use std::hint::black_box;
#[path = "support/plans.rs"]
mod plans;
use plans::largest_template;
use std::time::Duration;

/// The application with `plan` open (through a file, as a user opens it).
fn open(plan: &Plan, dir: &std::path::Path) -> App {
    let path = dir.join("suunnitelma.ron");
    storage::save(plan, &path).expect("saved");
    let day = "2026-11-22".parse().expect("date");
    let (mut app, task) = App::new(Env { paths: None, today: Some(day), file: Some(path) });
    let mut queue: std::collections::VecDeque<Message> = drain(task).into();
    while let Some(m) = queue.pop_front() {
        queue.extend(drain(app.update(m)));
    }
    assert!(app.document().is_some(), "the plan opened");
    app
}

/// The messages a task produces (loading runs to completion).
fn drain(task: iced::Task<Message>) -> Vec<Message> {
    use iced_test::futures::futures::{StreamExt, executor::block_on};
    use iced_test::runtime::{Action, task::into_stream};
    let Some(stream) = into_stream(task) else { return Vec::new() };
    block_on(
        stream
            .filter_map(|a| async move {
                match a {
                    Action::Output(m) => Some(m),
                    _ => None,
                }
            })
            .collect(),
    )
}

fn lay_out(app: &App) {
    let settings = iced::Settings {
        fonts: vec![theme::FONT_REGULAR_BYTES.into(), theme::FONT_BOLD_BYTES.into()],
        default_font: theme::FONT,
        ..iced::Settings::default()
    };
    black_box(Simulator::with_size(settings, (1280.0, 800.0), app.view()));
}

/// A typical input on a view: its name, the tab, what sets the view up, and the n-th input.
type Input = (&'static str, Tab, Vec<Message>, Box<dyn Fn(usize) -> Message>);

/// A typical input on each view.
fn inputs(plan: &Plan) -> Vec<Input> {
    let line = plan.budget.cost_lines.first().map(|c| c.id).expect("a cost line");
    let party = plan.parties.first().map(|p| p.id).expect("a party");
    vec![
        (
            "overview: type the name",
            Tab::Overview,
            vec![],
            Box::new(|n| Message::Overview(overview::Message::NameChanged(format!("Allianssi {n}")))),
        ),
        (
            "guide: type the minutes",
            Tab::Guide,
            vec![],
            Box::new(|n| Message::Guide(allianssi::screen::guide::Message::MinutesChanged(format!("§ {n}")))),
        ),
        (
            "timeline: zoom",
            Tab::Timeline,
            vec![],
            Box::new(|n| {
                Message::Timeline(if n % 2 == 0 { timeline::Message::ZoomIn } else { timeline::Message::ZoomOut })
            }),
        ),
        (
            "parties: type a party's name",
            Tab::Parties,
            vec![Message::Parties(P::ViewSelected(View::Parties)), Message::Parties(P::PartySelected(party))],
            Box::new(move |n| {
                Message::Parties(P::PartyEdited(
                    party,
                    allianssi::screen::parties::PartyField::Name(format!("Osapuoli {n}")),
                ))
            }),
        ),
        (
            "matrix: move the cursor",
            Tab::Parties,
            vec![Message::Parties(P::ViewSelected(View::Matrix))],
            Box::new(|n| {
                Message::Parties(P::CursorMoved(if n % 2 == 0 {
                    allianssi::screen::parties::Move::Down
                } else {
                    allianssi::screen::parties::Move::Up
                }))
            }),
        ),
        (
            "budget: type a cost line's amount",
            Tab::Budget,
            vec![Message::Budget(B::SectionSelected(Section::Lines))],
            Box::new(move |n| Message::Budget(B::Typed(Field::LineAmount(line), format!("{} 000,00", 10 + n % 50)))),
        ),
        (
            "budget: target cost, type the gain share",
            Tab::Budget,
            vec![Message::Budget(B::SectionSelected(Section::Target))],
            Box::new(|n| Message::Budget(B::Typed(Field::GainShare, format!("{}", 40 + n % 20)))),
        ),
        (
            "risks: type into the search",
            Tab::Risks,
            vec![],
            Box::new(|n| Message::Risks(R::Filter(FilterChange::Text(["a", "ar", "ari", ""][n % 4].to_string())))),
        ),
        (
            "annexes: type the version",
            Tab::Annexes,
            vec![],
            Box::new(|n| Message::Annexes(annexes::Message::VersionChanged(format!("1.{n}")))),
        ),
    ]
}

fn bench_plan(c: &mut Criterion, name: &str, plan: &Plan) {
    let mut g = c.benchmark_group(format!("views/{name}"));
    g.sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    g.bench_function("analysis of one revision", |b| b.iter(|| Analysis::of(black_box(plan))));
    let dir = tempfile::tempdir().expect("temporary folder");
    for (input, tab, setup, message) in inputs(plan) {
        let mut app = open(plan, dir.path());
        let _ = app.update(Message::TabSelected(tab));
        for m in setup {
            let _ = app.update(m);
        }
        lay_out(&app);
        let mut n = 0;
        g.bench_function(format!("{input}: update + view + layout"), |b| {
            b.iter(|| {
                n += 1;
                let _ = black_box(app.update(message(n)));
                lay_out(&app);
            })
        });
    }
    g.finish();
}

fn views(c: &mut Criterion) {
    bench_plan(c, "largest template", &largest_template());
    bench_plan(c, "large plan", &generate(&GenerateOptions::large()));
}

criterion_group!(benches, views);
criterion_main!(benches);
