//! The budget screen at the level of `update`: add a cost line and type its amount in Finnish,
//! see the target cost and the scenario table change, refuse a bad amount with a message and no
//! change, edit the sharing and the scenario shares, restore the reimbursable-cost list, and undo
//! everything back to the plan as it was.

use allianssi::app::{App, Env, Message};
use allianssi::commercial::{self, scenarios, target_cost};
use allianssi::i18n::Language;
use allianssi::model::{ActualPart, Bp, CategoryId, Level, Money, Plan, RiskNature};
use allianssi::screen::Tab;
use allianssi::screen::budget::{CategoryField, Field, Message as B, Section};
use allianssi::template;
#[path = "support/drive.rs"]
mod drive;
use drive::{run, send};

fn budget(app: &mut App, m: B) {
    send(app, Message::Budget(m));
}

fn plan(app: &App) -> &Plan {
    app.document().expect("a plan is open").plan()
}

fn with_template(name: &str) -> App {
    let day = "2026-11-22".parse().expect("date");
    let (mut app, task) = App::new(Env { paths: None, today: Some(day), file: None });
    assert!(run(task).is_empty());
    let index = template::all().iter().position(|t| t.name == name).expect("template");
    send(&mut app, Message::NewFromTemplate(index));
    send(&mut app, Message::TabSelected(Tab::Budget));
    app
}

#[test]
fn add_a_line_edit_the_sharing_see_tak_and_scenarios_change_and_undo() {
    let mut app = with_template("tampere-startup");
    assert_eq!(app.tab(), Tab::Budget);
    let original = plan(&app).clone();
    let tak0 = target_cost(&original).unwrap();
    let sc0 = scenarios(&original, None).unwrap();

    // Add a line: it belongs to the party of the last line, with a fresh id and no amount.
    budget(&mut app, B::AddLine);
    let line = plan(&app).budget.cost_lines.last().unwrap().clone();
    assert_eq!(plan(&app).budget.cost_lines.len(), original.budget.cost_lines.len() + 1);
    assert_eq!(line.amount, Money::ZERO);
    assert_eq!(line.party, original.budget.cost_lines.last().unwrap().party);

    // Type its amount as Finnish text: the base estimate and TAK grow by exactly that.
    budget(&mut app, B::Typed(Field::LineAmount(line.id), "10 000,50".into()));
    assert_eq!(app.budget().error(Field::LineAmount(line.id)), None);
    let tak1 = target_cost(plan(&app)).unwrap();
    assert_eq!(tak1.base.0 - tak0.base.0, 1_000_050);
    assert_eq!(tak1.target_cost.0 - tak0.target_cost.0, 1_000_050 + (tak1.reserve.0 - tak0.reserve.0));
    assert!(tak1.target_cost > tak0.target_cost);
    let sc1 = scenarios(plan(&app), None).unwrap();
    assert_ne!(sc1[0].settlement.actual, sc0[0].settlement.actual, "the scenarios follow TAK");

    // A bad amount shows a message and changes nothing.
    let before = plan(&app).clone();
    budget(&mut app, B::Typed(Field::LineAmount(line.id), "10.000,5".into()));
    let message = app.budget().error(Field::LineAmount(line.id)).expect("a message");
    assert!(message.contains("“10.000,5” ei ole euromäärä"), "{message}");
    assert_eq!(plan(&app), &before);
    // Typing a good amount again clears the message.
    budget(&mut app, B::Typed(Field::LineAmount(line.id), "10 000,50".into()));
    assert_eq!(app.budget().error(Field::LineAmount(line.id)), None);

    // Edit the sharing: producers take 30 % of an underrun; at 98 % of the target their gain
    // falls from half to 30 % of the underrun.
    let at98 = |plan: &Plan| {
        let actual = commercial::actual_at_share(plan, Bp(9800)).unwrap();
        commercial::settle(plan, &commercial::Actuals { actual, ..Default::default() }).unwrap()
    };
    let before = at98(plan(&app));
    budget(&mut app, B::Typed(Field::GainShare, "30".into()));
    assert_eq!(plan(&app).budget.sharing.gain_share, Bp(3000));
    let after = at98(plan(&app));
    assert_eq!(before.prod_gain, before.underrun.percent_of(Bp(5000)).unwrap());
    assert_eq!(after.prod_gain, after.underrun.percent_of(Bp(3000)).unwrap());
    assert!(after.prod_gain < before.prod_gain);
    budget(&mut app, B::Typed(Field::GainShare, "130".into()));
    assert!(app.budget().error(Field::GainShare).is_some(), "over 100 % is refused");
    assert_eq!(plan(&app).budget.sharing.gain_share, Bp(3000));

    // Scenario shares, typed with decimal commas.
    budget(&mut app, B::Typed(Field::Scenarios, "80; 100; 120,5".into()));
    assert_eq!(plan(&app).budget.scenarios, [Bp(8000), Bp(10_000), Bp(12_050)]);
    assert_eq!(scenarios(plan(&app), None).unwrap().len(), 3);

    // Undo step by step back to the template as it was.
    for _ in 0..4 {
        send(&mut app, Message::Undo);
    }
    assert_eq!(plan(&app), &original);
    send(&mut app, Message::Redo);
    assert_eq!(plan(&app).budget.cost_lines.len(), original.budget.cost_lines.len() + 1);
}

#[test]
fn rules_categories_owners_and_metrics_through_edits() {
    let mut app = with_template("tyollisyysalue");
    let original = plan(&app).clone();
    budget(&mut app, B::SectionSelected(Section::Target));
    assert_eq!(app.budget().section(), Section::Target);

    // The reserve as a flat 10 % of the base estimate.
    budget(&mut app, B::ReserveRuleSelected(allianssi::screen::budget::RuleKind::FlatPercent));
    budget(&mut app, B::Typed(Field::ReserveValue, "10".into()));
    let t = target_cost(plan(&app)).unwrap();
    assert_eq!(t.reserve, t.base.percent_of(Bp(1000)).unwrap());
    // Back to the register: the expected values of the open risks.
    budget(&mut app, B::ReserveRuleSelected(allianssi::screen::budget::RuleKind::FromRegister));
    let open_threats = plan(&app).risks.risks.iter().filter(|r| r.status.is_open() && r.nature == RiskNature::Threat);
    assert!(open_threats.count() > 0);
    assert_eq!(target_cost(plan(&app)).unwrap().reserve, target_cost(&original).unwrap().reserve);

    // An owner's funding share and a producer's fee, typed.
    let owner = plan(&app).owners().next().unwrap().id;
    budget(&mut app, B::Typed(Field::OwnerShare(owner), "12,5".into()));
    assert_eq!(plan(&app).party(owner).unwrap().funding_share, Bp(1250));
    let producer = plan(&app).producers().next().unwrap().id;
    budget(&mut app, B::Typed(Field::ProducerFee(producer), "99 999,99".into()));
    assert_eq!(plan(&app).party(producer).unwrap().fee, Money(9_999_999));

    // The reimbursable-cost list, addressed by row id: change a rate, remove a row (the rows
    // after it keep their ids, so a message for a later row still reaches it), add a row and
    // name it, then restore the defaults.
    let ids: Vec<CategoryId> = plan(&app).budget.cost_categories.iter().map(|c| c.id).collect();
    budget(&mut app, B::Typed(Field::CategoryRate(ids[1]), "65,00".into()));
    assert_eq!(plan(&app).budget.cost_categories[1].rate, Some(Money(6500)));
    budget(&mut app, B::RemoveCategory(ids[0]));
    assert_eq!(plan(&app).budget.cost_categories.iter().map(|c| c.id).collect::<Vec<_>>(), ids[1..]);
    budget(&mut app, B::CategoryChanged(ids[2], CategoryField::Unit, "pv".into()));
    assert_eq!(plan(&app).budget.cost_categories[1].unit, "pv", "the row with that id, now second");
    budget(&mut app, B::ReimbursableToggled(ids[2], false));
    assert!(!plan(&app).budget.cost_categories[1].reimbursable);
    let before = plan(&app).clone();
    budget(&mut app, B::RemoveCategory(ids[0]));
    budget(&mut app, B::CategoryChanged(ids[0], CategoryField::Code, "X".into()));
    assert_eq!(plan(&app), &before, "a removed row's id reaches nothing");
    budget(&mut app, B::AddCategory);
    let added = plan(&app).budget.cost_categories.last().unwrap().clone();
    assert!(!ids[1..].contains(&added.id));
    budget(&mut app, B::CategoryChanged(added.id, CategoryField::Category, "Tulkkaus".into()));
    assert_eq!(plan(&app).budget.cost_categories.last().unwrap().category, "Tulkkaus");
    budget(&mut app, B::RestoreDefaults);
    assert_eq!(plan(&app).budget.cost_categories, allianssi::model::budget::default_cost_categories());

    // A metric: add, levels, counts; its score and S come from the library.
    budget(&mut app, B::AddMetric);
    let m = plan(&app).budget.metrics.last().unwrap().id;
    budget(&mut app, B::ActualKindSelected(m, allianssi::screen::budget::ActualKind::ActivationRate));
    budget(&mut app, B::Typed(Field::MetricActual(m, ActualPart::Unemployed), "351872".into()));
    budget(&mut app, B::Typed(Field::MetricActual(m, ActualPart::InServices), "117 789".into()));
    budget(&mut app, B::Typed(Field::MetricActual(m, ActualPart::InServices), "x".into()));
    assert!(app.budget().error(Field::MetricActual(m, ActualPart::InServices)).is_some());
    // A part this kind of actual does not have changes nothing.
    budget(&mut app, B::Typed(Field::MetricActual(m, ActualPart::Promoters), "5".into()));
    assert!(app.budget().error(Field::MetricActual(m, ActualPart::Promoters)).is_some());
    let metric = plan(&app).metric(m).unwrap().clone();
    assert_eq!(metric.actual, allianssi::model::Actual::ActivationRate { unemployed: 351_872, in_services: 117_789 });
    assert_eq!(commercial::kra::activation_rate_display(351_872, 117_789).map(|d| d.to_string()), Some("25.1".into()));
    budget(&mut app, B::Typed(Field::MetricLevel(m, Level::Target), "abc".into()));
    let message = app.budget().error(Field::MetricLevel(m, Level::Target)).unwrap();
    assert!(message.contains("“abc” ei ole luku"), "{message}");
    assert!(app.budget().error(Field::MetricLevel(m, Level::Excellent)).is_none());
    budget(&mut app, B::Typed(Field::MetricLevel(m, Level::Excellent), "77,5".into()));
    budget(&mut app, B::Typed(Field::MetricLevel(m, Level::Minimum), "12".into()));
    let metric = plan(&app).metric(m).unwrap().clone();
    assert_eq!(
        [metric.minimum, metric.target, metric.excellent].map(|d| d.to_string()),
        ["12".to_string(), "50".into(), "77.5".into()],
        "each level reaches its own field"
    );

    // A change % reported with the levels' one decimal, then with none: shown and scored as
    // reported, the choice undone with Ctrl+Z.
    budget(&mut app, B::ActualKindSelected(m, allianssi::screen::budget::ActualKind::Change));
    budget(&mut app, B::Typed(Field::MetricActual(m, ActualPart::Old), "100".into()));
    budget(&mut app, B::Typed(Field::MetricActual(m, ActualPart::New), "162,26".into()));
    let shown = |app: &App| allianssi::i18n::format::metric_value(plan(app).metric(m).unwrap(), Language::Fi);
    assert_eq!(shown(&app).as_deref(), Some("62,3"), "levels 12 / 50 / 77,5: one decimal");
    budget(&mut app, B::DecimalsSelected(m, Some(0)));
    assert_eq!(plan(&app).metric(m).unwrap().decimals, Some(0));
    assert_eq!(shown(&app).as_deref(), Some("62"));
    let score = commercial::kra::metric_score(plan(&app).metric(m).unwrap()).unwrap();
    assert_eq!(score.score_e4, 4364, "(62 − 50) / 27,5");
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app).metric(m).unwrap().decimals, None);

    // The view renders every section in every language without panicking.
    for section in Section::ALL {
        budget(&mut app, B::SectionSelected(section));
        for lang in Language::ALL {
            send(&mut app, Message::LanguageSelected(lang));
            let _ = app.view();
        }
    }
}

#[test]
fn a_lines_party_is_chosen_by_searching_and_enter_and_escape_closes_the_chooser() {
    use allianssi::screen::budget::Pick;
    let mut app = with_template("tyollisyysalue");
    let line = plan(&app).budget.cost_lines[0].clone();
    let other = plan(&app).parties.iter().find(|p| p.id != line.party).expect("another party").clone();

    // Escape closes the chooser and changes nothing.
    budget(&mut app, B::ChooserOpened(line.id, Pick::Party));
    assert_eq!(app.budget().chooser(), Some((line.id, Pick::Party)));
    send(&mut app, Message::EscapePressed);
    assert_eq!(app.budget().chooser(), None);
    assert_eq!(plan(&app).budget.cost_lines[0], line);

    // A search that matches nothing: Enter picks nothing and the chooser stays open.
    budget(&mut app, B::ChooserOpened(line.id, Pick::Party));
    budget(&mut app, B::ChooserSearched("xyzzy".into()));
    budget(&mut app, B::ChooserSubmitted);
    assert_eq!(app.budget().chooser(), Some((line.id, Pick::Party)));
    assert_eq!(plan(&app).budget.cost_lines[0], line);

    // The other party's full name, typed in lower case: Enter picks it and closes the chooser.
    budget(&mut app, B::ChooserSearched(other.name.to_lowercase()));
    budget(&mut app, B::ChooserSubmitted);
    assert_eq!(app.budget().chooser(), None);
    assert_eq!(plan(&app).budget.cost_lines[0].party, other.id);

    // The category the same way, by its code.
    let code =
        plan(&app).budget.cost_categories.iter().find(|c| c.code != line.category).expect("category").code.clone();
    budget(&mut app, B::ChooserOpened(line.id, Pick::Category));
    budget(&mut app, B::ChooserSearched(code.clone()));
    budget(&mut app, B::ChooserSubmitted);
    assert_eq!(plan(&app).budget.cost_lines[0].category, code);
}

#[test]
fn typed_text_stands_while_it_is_the_plans_value_and_gives_way_after_undo() {
    let mut app = with_template("tampere-startup");
    budget(&mut app, B::SectionSelected(Section::Target));
    let before = plan(&app).budget.sharing.gain_share;
    let shown = |app: &App| app.budget().shown(Field::GainShare, plan(app), Language::Fi);
    budget(&mut app, B::Typed(Field::GainShare, "4".into()));
    budget(&mut app, B::Typed(Field::GainShare, "45".into()));
    assert_eq!(plan(&app).budget.sharing.gain_share, Bp(4_500));
    assert_eq!(shown(&app), "45", "the typed text, not a reformatted value");
    // A text that cannot be read stays as typed, with its message, and changes nothing.
    budget(&mut app, B::Typed(Field::GainShare, "45x".into()));
    assert_eq!(shown(&app), "45x");
    assert!(app.budget().error(Field::GainShare).is_some());
    assert_eq!(plan(&app).budget.sharing.gain_share, Bp(4_500));
    // After undo the field shows the plan's value again.
    budget(&mut app, B::Typed(Field::GainShare, "45".into()));
    send(&mut app, Message::Undo);
    assert_eq!(plan(&app).budget.sharing.gain_share, before);
    assert_ne!(shown(&app), "45");
}

/// A new cost line is the last row of a virtualised list: the list snaps to its end (its state
/// too, so the next view builds that row) and its amount field is focused with its "0,00"
/// selected, so typing replaces it.
#[test]
fn a_new_cost_line_is_scrolled_to_and_its_amount_focused() {
    let mut state = allianssi::screen::budget::State::default();
    let plan = (template::find("tampere-startup").expect("template").build)();
    assert!(plan.budget.cost_lines.len() > 30, "more lines than a viewport holds");
    let analysis = allianssi::analysis::Analysis::of(&plan);
    let today = "2026-11-22".parse().expect("date");
    let ctx = allianssi::screen::Context::of(&analysis, 0, Language::Fi, today);
    let action = state.update(B::AddLine, &plan, &ctx);
    let allianssi::screen::Action::EditThen(allianssi::model::Edit::AddCostLine(line), task) = action else {
        panic!("the add is an edit followed by the scroll and focus task")
    };
    assert_eq!(line.id.0, plan.next_id);
    assert!(iced_test::runtime::task::into_stream(task).is_some(), "operations to run");
    let last = plan.budget.cost_lines.len() as f32;
    let height = allianssi::screen::budget::LINE_HEIGHT;
    assert!(state.lines_offset() >= last * height, "the list's state at its end: {}", state.lines_offset());
    assert_eq!(Field::LineAmount(line.id).id(), format!("budget-LineAmount(CostLineId({}))", line.id.0));
}
