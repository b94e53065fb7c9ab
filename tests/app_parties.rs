//! The parties screen at the level of `update` (and its view through iced_test's simulator):
//! assign a private producer as accountable for a public administrative task, see the finding
//! on the cell and fix it; edit cells with keys; add, edit, reorder and remove parties (asking
//! first when a party is used) and services, and undo; a 30 × 200 matrix builds only its
//! visible rows and keeps its headers when scrolled.

use allianssi::app::{App, Env, Message};
use allianssi::i18n::Language;
use allianssi::i18n::ui::parties::usage_question;
use allianssi::model::matrix::{Place, places, usage};
use allianssi::model::*;
use allianssi::rules::{Finding, Subject};
use allianssi::screen::Tab;
use allianssi::screen::parties::{self, Message as P, PartyField, ServiceField, View};
use allianssi::{template, theme};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced_test::simulator::Simulator;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn p(app: &mut App, m: P) {
    send(app, Message::Parties(m));
}

fn key(app: &mut App, k: Key) {
    send(app, Message::KeyPressed(k, Modifiers::empty()));
}

fn plan(app: &App) -> &Plan {
    app.document().expect("a plan is open").plan()
}

fn app() -> App {
    let day = "2026-11-22".parse().expect("date");
    let (app, task) = App::new(Env { paths: None, today: Some(day), file: None });
    assert!(run(task).is_empty());
    app
}

fn with_template(name: &str) -> App {
    let mut app = app();
    let index = template::all().iter().position(|t| t.name == name).expect("template");
    send(&mut app, Message::NewFromTemplate(index));
    send(&mut app, Message::TabSelected(Tab::Parties));
    app
}

/// The app's view in the simulator, at the window's size, with the bundled font.
fn ui(app: &App) -> Simulator<'_, Message> {
    let settings = iced::Settings {
        fonts: vec![theme::FONT_REGULAR_BYTES.into(), theme::FONT_BOLD_BYTES.into()],
        default_font: theme::FONT,
        ..iced::Settings::default()
    };
    Simulator::with_size(settings, (1280.0, 860.0), app.view())
}

fn shows(app: &App, text: &str) -> bool {
    ui(app).find(text).is_ok()
}

/// The findings shown on a cell of the matrix.
fn on_cell(app: &App, s: ServiceId, party: PartyId) -> Vec<Finding> {
    let plan = plan(app);
    app.findings().iter().filter(|f| places(plan, f).contains(&Place::Cell(s, party))).cloned().collect()
}

#[test]
fn a_private_producer_made_accountable_for_an_administrative_task_is_marked_and_fixed() {
    for name in ["tampere-startup", "etela-pohjanmaa"] {
        let mut app = with_template(name);
        let before = plan(&app).clone();
        let task = before.services.iter().find(|s| s.kind == ServiceKind::PublicAdministrativeTask).expect("a task");
        let producer = before.parties.iter().find(|p| p.kind == PartyKind::PrivateProducer).expect("a firm");
        let (s, firm) = (task.id, producer.id);
        assert!(on_cell(&app, s, firm).is_empty(), "{name}: the template keeps the rule");

        p(&mut app, P::ViewSelected(View::Matrix));
        p(&mut app, P::CellPressed(s, firm));
        assert_eq!(app.parties().cursor(), Some((s, firm)), "one click selects the cell");
        p(&mut app, P::RoleChosen(ServiceRole::Accountable));
        assert_eq!(plan(&app).service(s).and_then(|x| x.cell(firm)).map(|c| c.role), Some(ServiceRole::Accountable));

        // The finding is on the cell, in the view, with its explanation and fix.
        let found = on_cell(&app, s, firm);
        let l2 = found.iter().find(|f| f.code() == "L2-admin-task-private").expect("L2 on the cell");
        assert_eq!(l2.subject, Subject::Cell(s, firm));
        let refs: Vec<&Finding> = found.iter().collect();
        assert!(shows(&app, &parties::marker_label(&refs)), "{name}: the cell shows its mark");
        assert!(shows(&app, &l2.message(Language::Fi)), "{name}: the cell editor explains the rule");
        assert!(l2.message(Language::Fi).contains("viranomainen päättää"));
        assert!(shows(&app, "Sääntö 2: julkinen hallintotehtävä vain viranomaiselle"));

        // Pressing the finding in the findings panel goes to the cell.
        p(&mut app, P::EditorClosed);
        send(&mut app, Message::FindingPressed(l2.subject));
        assert_eq!((app.tab(), app.parties().cursor()), (Tab::Parties, Some((s, firm))));

        // The fix the message names: the producer drafts (consulted), the authority decides.
        key(&mut app, Key::Character("5".into()));
        assert_eq!(plan(&app).service(s).and_then(|x| x.cell(firm)).map(|c| c.role), Some(ServiceRole::Consulted));
        assert!(on_cell(&app, s, firm).is_empty(), "{name}: fixed");
        let legal_before: Vec<&str> = before_codes(&before);
        let legal_after: Vec<&str> = app.findings().iter().map(Finding::code).filter(|c| c.starts_with('L')).collect();
        assert!(legal_after.iter().all(|c| legal_before.contains(c)), "{name}: {legal_after:?}");
        assert!(!shows(&app, &parties::marker_label(&refs)), "{name}: the mark is gone");
    }
}

fn before_codes(plan: &Plan) -> Vec<&'static str> {
    allianssi::rules::check(plan).iter().map(Finding::code).filter(|c| c.starts_with('L')).collect()
}

#[test]
fn keys_move_the_cursor_set_roles_and_clear_cells_and_typing_sets_resources() {
    let mut app = with_template("tampere-startup");
    let original = plan(&app).clone();
    key(&mut app, Key::Named(Named::ArrowDown)); // the first key selects the first cell
    let (s0, p0) = (original.services[0].id, original.parties[0].id);
    assert_eq!(app.parties().cursor(), Some((s0, p0)));
    key(&mut app, Key::Named(Named::ArrowRight));
    key(&mut app, Key::Named(Named::ArrowDown));
    key(&mut app, Key::Named(Named::ArrowLeft));
    key(&mut app, Key::Named(Named::ArrowLeft)); // stays in the first column
    key(&mut app, Key::Named(Named::ArrowUp));
    key(&mut app, Key::Named(Named::ArrowUp)); // stays on the first row
    assert_eq!(app.parties().cursor(), Some((s0, p0)));
    key(&mut app, Key::Named(Named::ArrowDown));
    let s1 = original.services[1].id;
    key(&mut app, Key::Named(Named::Delete));
    assert!(plan(&app).service(s1).unwrap().cell(p0).is_none(), "Delete clears the cell");
    key(&mut app, Key::Character("3".into()));
    let cell = plan(&app).service(s1).unwrap().cell(p0).cloned().expect("3 sets a role");
    assert_eq!((cell.role, cell.euros_per_year), (ServiceRole::Funder, Money::ZERO));
    for text in ["1", "12", "12 5", "12 500,5"] {
        p(&mut app, P::EurosChanged(text.into()));
    }
    p(&mut app, P::EurosChanged("12 500,5x".into()));
    p(&mut app, P::YearsChanged("1,25".into()));
    let cell = plan(&app).service(s1).unwrap().cell(p0).cloned().unwrap();
    assert_eq!(cell.euros_per_year, Money(1_250_050), "the last amount that read is kept");
    assert_eq!(cell.person_years, Decimal::from_raw(1_250_000));
    assert!(shows(&app, "12 500,5x"), "what was typed stays in the field");
    assert!(shows(&app, "Ei rahamäärä, esim. 12 500,00"), "with a message under it");
    // Column and row totals follow.
    let row = plan(&app).service(s1).unwrap().euros_per_year().unwrap();
    assert!(shows(&app, &allianssi::i18n::format::money(row, Language::Fi)));
    // Keys do nothing on the other parts of the screen.
    p(&mut app, P::ViewSelected(View::Parties));
    let now = plan(&app).clone();
    key(&mut app, Key::Character("1".into()));
    assert_eq!(plan(&app), &now);
    for _ in 0..8 {
        send(&mut app, Message::Undo);
    }
    assert_eq!(plan(&app), &original, "undo takes every cell edit back");
}

#[test]
fn add_edit_reorder_and_remove_parties_asking_first_when_used() {
    let mut app = with_template("tampere-startup");
    let original = plan(&app).clone();
    p(&mut app, P::AddParty);
    let id = PartyId(original.next_id);
    assert_eq!(plan(&app).parties.len(), original.parties.len() + 1);
    assert_eq!((app.parties().view_shown(), app.parties().selected_party()), (View::Parties, Some(id)));
    let depth = app.document().unwrap().history().depth();
    for name in ["K", "Ka", "Kangasalan kunta"] {
        p(&mut app, P::PartyEdited(id, PartyField::Name(name.into())));
    }
    assert_eq!(app.document().unwrap().history().depth(), depth + 1, "typing a name is one undo step");
    p(&mut app, P::PartyEdited(id, PartyField::BusinessId("0112038-8".into())));
    assert!(shows(&app, "Tarkistusnumero ei täsmää: sen pitäisi olla 9. Tarkista tunnus."), "live check digit");
    assert!(app.findings().iter().any(|f| f.code() == "business-id" && f.subject == Subject::Party(id)));
    p(&mut app, P::PartyEdited(id, PartyField::BusinessId("0112038-9".into())));
    assert!(shows(&app, "✓ Y-tunnus on kelvollinen."));
    p(&mut app, P::PartyEdited(id, PartyField::Kind(PartyKind::Municipality)));
    p(&mut app, P::PartyEdited(id, PartyField::Share("12,5".into())));
    p(&mut app, P::PartyEdited(id, PartyField::Share("12,5x".into())));
    p(&mut app, P::PartyEdited(id, PartyField::Leadership("2".into())));
    p(&mut app, P::PartyEdited(id, PartyField::ContactName("Liisa Laine".into())));
    p(&mut app, P::PartyEdited(id, PartyField::Duty(Field::Education, true)));
    p(&mut app, P::PartyEdited(id, PartyField::Duty(Field::Employment, true)));
    p(&mut app, P::PartyEdited(id, PartyField::InHouse(true)));
    let party = plan(&app).party(id).unwrap().clone();
    assert_eq!(party.name, "Kangasalan kunta");
    assert_eq!(party.funding_share, Bp(1250), "the unreadable share is not applied");
    assert_eq!((party.leadership_seats, party.contact.name.as_str()), (2, "Liisa Laine"));
    assert_eq!(party.duties, vec![Field::Employment, Field::Education], "duties in the model's order");
    assert!(party.in_house);
    assert!(shows(&app, "Ei prosentti 0–100, esim. 12,5"));

    p(&mut app, P::PartyMoved(id, Move::Down));
    let i = plan(&app).parties.iter().position(|x| x.id == id).unwrap();
    assert_eq!(i, original.parties.len(), "already last: stays");
    p(&mut app, P::PartyMoved(id, Move::Up));
    let i = plan(&app).parties.iter().position(|x| x.id == id).unwrap();
    assert_eq!(i, original.parties.len() - 1, "moved up one place");

    // An unused party goes at once (undo brings it back).
    p(&mut app, P::RemovePartyPressed(id));
    assert!(plan(&app).party(id).is_none());
    assert_eq!(app.parties().removing(), None);
    send(&mut app, Message::Undo);
    assert!(plan(&app).party(id).is_some());

    // A used party asks first and says where it is used.
    let used = original
        .parties
        .iter()
        .max_by_key(|x| {
            let u = usage(&original, x.id);
            u.cells + u.cost_lines + u.risks + u.deliverables + u.organiser_of
        })
        .unwrap();
    let u = usage(&original, used.id);
    assert!(u.cells > 0);
    let before = plan(&app).clone();
    p(&mut app, P::PartySelected(used.id));
    p(&mut app, P::RemovePartyPressed(used.id));
    assert_eq!(app.parties().removing(), Some(used.id));
    assert_eq!(plan(&app), &before, "nothing removed before the answer");
    let question = usage_question(&used.name, &u, Language::Fi);
    assert!(question.contains(&format!("{} matriisin solua", u.cells)), "{question}");
    assert!(shows(&app, &question), "the question is shown");
    p(&mut app, P::RemoveCancelled);
    assert_eq!((app.parties().removing(), plan(&app)), (None, &before));
    p(&mut app, P::RemovePartyPressed(used.id));
    p(&mut app, P::RemoveConfirmed(used.id));
    assert!(plan(&app).party(id).is_some());
    assert!(plan(&app).party(used.id).is_none());
    assert!(!usage(plan(&app), used.id).is_used(), "no reference is left behind");
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app), &before, "undo restores the party and every reference");
}

#[test]
fn add_edit_reorder_and_remove_services() {
    let mut app = with_template("tyollisyysalue");
    let original = plan(&app).clone();
    p(&mut app, P::AddService);
    let id = ServiceId(original.next_id);
    assert_eq!(app.parties().selected_service(), Some(id));
    let organiser = original.parties.iter().find(|x| x.kind.is_organiser_kind()).map(|x| x.id);
    assert_eq!(plan(&app).service(id).unwrap().organiser, organiser, "the organiser is proposed");
    p(&mut app, P::ServiceEdited(id, ServiceField::Name("Rekrytointimessut".into())));
    p(&mut app, P::ServiceEdited(id, ServiceField::Kind(ServiceKind::SupportService)));
    p(&mut app, P::ServiceEdited(id, ServiceField::Mode(ProductionMode::MarketOrThirdSector)));
    p(&mut app, P::ServiceEdited(id, ServiceField::TargetGroup("Työnantajat".into())));
    p(&mut app, P::ServiceEdited(id, ServiceField::MarketFailure(true)));
    p(&mut app, P::ServiceEdited(id, ServiceField::Field(Field::BusinessServices)));
    p(&mut app, P::ServiceEdited(id, ServiceField::Description("Kerran vuodessa".into())));
    let s = plan(&app).service(id).unwrap().clone();
    assert_eq!(
        (s.name.as_str(), s.kind, s.mode, s.target_group.as_str(), s.market_failure, s.field),
        (
            "Rekrytointimessut",
            ServiceKind::SupportService,
            ProductionMode::MarketOrThirdSector,
            "Työnantajat",
            true,
            Field::BusinessServices
        )
    );
    // No accountable party yet: the form shows rule 8 with its fix.
    let l8 = app.findings().iter().find(|f| f.subject == Subject::Service(id)).expect("L8").clone();
    assert!(shows(&app, &l8.message(Language::Fi)));
    p(&mut app, P::ServiceMoved(id, false));
    assert_eq!(plan(&app).services.iter().position(|x| x.id == id), Some(original.services.len() - 1));
    p(&mut app, P::RemoveServicePressed(id));
    assert!(plan(&app).service(id).is_none());
    for _ in 0..50 {
        send(&mut app, Message::Undo);
    }
    assert_eq!(plan(&app), &original);
}

/// A plan of 30 parties and 200 services, each with a few cells.
fn big_plan() -> Plan {
    let mut plan = (template::find("tyollisyysalue").expect("template").build)();
    while plan.parties.len() < 30 {
        let id = PartyId(plan.allocate_id());
        let n = plan.parties.len();
        let mut party = Party::new(id, &format!("Kunta {n}"), PartyKind::Municipality, AllianceRole::Owner);
        party.short_name = format!("K{n}");
        plan.parties.push(party);
    }
    let organiser = plan.parties[0].id;
    while plan.services.len() < 200 {
        let id = ServiceId(plan.allocate_id());
        let n = plan.services.len();
        let mut s = Service::new(id, &format!("Palvelu {n:03}"), ServiceKind::Service, ProductionMode::OwnProduction);
        s.organiser = Some(organiser);
        s.cells.push(Cell {
            party: organiser,
            role: ServiceRole::Accountable,
            euros_per_year: Money::euros(1000),
            person_years: Decimal::from_int(1),
        });
        for k in 1..5 {
            let party = plan.parties[(n * 7 + k * 5) % 30].id;
            if party != organiser && s.cell(party).is_none() {
                s.cells.push(Cell {
                    party,
                    role: ServiceRole::Funder,
                    euros_per_year: Money::euros(100),
                    person_years: Decimal::ZERO,
                });
            }
        }
        plan.services.push(s);
    }
    plan
}

#[test]
fn a_matrix_of_30_parties_and_200_services_builds_only_what_is_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("iso.ron");
    let big = big_plan();
    allianssi::storage::save(&big, &file).unwrap();
    let mut app = app();
    send(&mut app, Message::OpenPath(file));
    send(&mut app, Message::TabSelected(Tab::Parties));
    assert_eq!(plan(&app).parties.len(), 30);
    assert!(plan(&app).services.len() >= 200);

    let started = std::time::Instant::now();
    let mut ui = ui(&app);
    let first = ui.find("Palvelu 150").is_err();
    eprintln!("30 × {} matrix: first view and layout in {:?}", big.services.len(), started.elapsed());
    assert!(first, "rows far below are not built");
    assert!(ui.find(big.services[0].name.as_str()).is_ok(), "the first rows are");
    assert!(ui.find("K29").is_err(), "columns beyond the window are not built");
    drop(ui);

    // Scroll down: the rows there are built, the header row stays.
    p(&mut app, P::Scrolled(150.0 * parties::ROW_HEIGHT));
    let mut ui_scrolled = ui_for(&app);
    assert!(ui_scrolled.find("Palvelu 150").is_ok());
    assert!(ui_scrolled.find(big.services[0].name.as_str()).is_err());
    assert!(ui_scrolled.find(big.parties[0].label()).is_ok(), "the header row is frozen");
    drop(ui_scrolled);

    // Moving the cursor to the last column shifts the window of columns; the service column stays.
    p(&mut app, P::CellPressed(big.services[150].id, big.parties[29].id));
    for _ in 0..30 {
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    let mut ui = ui_for(&app);
    assert!(ui.find("K29").is_ok(), "the last column is shown");
    assert!(ui.find("Palvelu 150").is_ok(), "the frozen first column still names the row");
    drop(ui);
    let started = std::time::Instant::now();
    for _ in 0..20 {
        key(&mut app, Key::Named(Named::ArrowDown));
        let _ = app.view();
    }
    eprintln!("20 cursor moves with a view each: {:?}", started.elapsed());
}

fn ui_for(app: &App) -> Simulator<'_, Message> {
    ui(app)
}
