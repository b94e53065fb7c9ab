//! The follow-up view (Ctrl+8): each KRA metric's chart and period table per area and for the
//! whole alliance, entry of measurements by hand, the actual costs against the target budget
//! with their entry, and the settlement forecast. Every figure comes from
//! `analysis::FollowUpFigures` (`crate::followup`); this screen formats and turns typing into
//! `Edit`s.

mod chart;
pub mod costs;

use crate::followup::{MetricSeries, Point as KpiPoint};
use crate::i18n::ui::followup::F;
use crate::i18n::{Language, format};
use crate::model::{
    Actual, ActualPart, Decimal, Edit, Metric, MetricId, PartValue, PartyId, Period, Periodicity, Plan,
};
use crate::screen::budget::chart::color;
use crate::screen::{Action, Context, SheetRequest};
use crate::theme::{size, space};
use crate::widget::{self as w, Beside, Labeled};
use iced::widget::{button, canvas, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

/// The view's own state: the chosen metric and what is being typed into the two entry forms.
#[derive(Debug, Clone, Default)]
pub struct State {
    metric: Option<MetricId>,
    entry: Entry,
    cost: costs::CostEntry,
    /// The estimate of the rest as typed, while it does not read as an amount.
    rest: Option<String>,
    /// The report's period as typed (`None`: the latest period with figures).
    report_period: Option<String>,
    /// What the last report did: written (Ok) or why not (Err).
    report_note: Option<Result<String, String>>,
    writing: bool,
}

/// The measurement being typed: period, area and the parts of the metric's kind of actual.
#[derive(Debug, Clone, Default)]
struct Entry {
    period: String,
    area: Option<PartyId>,
    parts: Vec<String>,
    /// A validation message for the form.
    error: Option<String>,
    /// Shown after a save.
    saved: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    MetricSelected(MetricId),
    PeriodicitySelected(Periodicity),
    PeriodTyped(String),
    AreaSelected(Option<PartyId>),
    PartTyped(usize, String),
    SaveMeasurement,
    RemoveMeasurement,
    /// A row of the period table chosen for editing.
    EditRow(Period, Option<PartyId>),
    Cost(costs::CostMessage),
    RestTyped(String),
    Sheet(SheetRequest),
    ReportPeriodTyped(String),
    ReportPressed,
    ReportPath(Option<std::path::PathBuf>),
    ReportWritten(Result<(std::path::PathBuf, usize), String>),
}

/// A period the way the view shows it and reads it back.
fn parse_period(text: &str, lang: Language) -> Result<Period, String> {
    text.parse::<Period>().map_err(|_| F::BadPeriod.with(text.trim(), lang))
}

/// The period a form's field means: as typed, or (left empty) the period of the plan's length
/// that holds today, which the field shows as its placeholder.
fn period_or_current(text: &str, plan: &Plan, ctx: &Context, lang: Language) -> Result<Period, String> {
    if text.trim().is_empty() { Ok(current_period(plan, ctx)) } else { parse_period(text, lang) }
}

/// The period of the plan's length that holds today.
fn current_period(plan: &Plan, ctx: &Context) -> Period {
    plan.followup.periodicity.period_of(ctx.today)
}

fn parse_count(text: &str, lang: Language) -> Result<u64, String> {
    format::read_count(text).ok_or_else(|| F::BadCount.with(text.trim(), lang))
}

fn parse_decimal(text: &str, lang: Language) -> Result<Decimal, String> {
    format::read_decimal(text).ok_or_else(|| F::BadValue.with(text.trim(), lang))
}

/// The kind of actual a metric's measurements take: the kind of its latest measurement, else
/// of the metric's own actual (a metric never measured takes values).
fn template(metric: &Metric, plan: &Plan) -> Actual {
    match plan.followup.latest_measurement(metric.id).map_or(&metric.actual, |m| &m.actual) {
        Actual::Unknown => Actual::Value(Decimal::ZERO),
        a => a.clone(),
    }
}

/// The labels of a kind's parts, in `Actual::parts` order.
fn part_label(part: ActualPart, lang: Language) -> &'static str {
    use crate::i18n::ui::budget::T;
    match part {
        ActualPart::Value => F::Value.get(lang),
        ActualPart::Unemployed => T::Unemployed.get(lang),
        ActualPart::InServices => T::InServices.get(lang),
        ActualPart::Promoters => T::Promoters.get(lang),
        ActualPart::Passives => T::Passives.get(lang),
        ActualPart::Detractors => T::Detractors.get(lang),
        ActualPart::Old => T::OldValue.get(lang),
        ActualPart::New => T::NewValue.get(lang),
        ActualPart::Numerator => T::Numerator.get(lang),
        ActualPart::Denominator => T::Denominator.get(lang),
    }
}

/// A part of an actual as it is typed.
fn part_text(actual: &Actual, part: ActualPart, lang: Language) -> String {
    match actual.part(part) {
        Some(PartValue::Count(n)) => n.to_string(),
        Some(PartValue::Decimal(d)) => format::decimal_input(d, lang),
        None => String::new(),
    }
}

impl State {
    /// The metric shown: the chosen one while the plan has it, else the first with
    /// measurements, else the first.
    fn shown<'a>(&self, plan: &'a Plan) -> Option<&'a Metric> {
        let measured = plan.followup.measurements.first().and_then(|m| plan.metric(m.metric));
        self.metric.and_then(|id| plan.metric(id)).or(measured).or_else(|| plan.budget.metrics.first())
    }

    pub fn update(&mut self, message: Message, plan: &Plan, ctx: &Context) -> Action<Message> {
        let lang = ctx.lang;
        match message {
            Message::MetricSelected(id) => {
                self.metric = Some(id);
                self.entry = Entry { period: self.entry.period.clone(), area: self.entry.area, ..Entry::default() };
            }
            Message::PeriodicitySelected(p) => return Action::Edit(Edit::SetPeriodicity(p)),
            Message::PeriodTyped(s) => {
                self.entry.period = s;
                self.entry.error = None;
                self.entry.saved = false;
                self.load_existing(plan, lang);
            }
            Message::AreaSelected(a) => {
                self.entry.area = a;
                self.entry.saved = false;
                self.load_existing(plan, lang);
            }
            Message::PartTyped(i, s) => {
                if self.entry.parts.len() <= i {
                    self.entry.parts.resize(i + 1, String::new());
                }
                self.entry.parts[i] = s;
                self.entry.error = None;
                self.entry.saved = false;
            }
            Message::SaveMeasurement => {
                let Some(metric) = self.shown(plan) else { return Action::None };
                match self.measurement(metric, plan, ctx) {
                    Ok((period, actual)) => {
                        self.entry.saved = true;
                        return Action::Edit(Edit::SetMeasurement {
                            metric: metric.id,
                            area: self.entry.area,
                            period,
                            actual: Some(actual),
                        });
                    }
                    Err(e) => self.entry.error = Some(e),
                }
            }
            Message::RemoveMeasurement => {
                let Some(metric) = self.shown(plan) else { return Action::None };
                match period_or_current(&self.entry.period, plan, ctx, lang) {
                    Ok(period) if plan.followup.measurement(metric.id, self.entry.area, period).is_some() => {
                        self.entry.parts.clear();
                        return Action::Edit(Edit::SetMeasurement {
                            metric: metric.id,
                            area: self.entry.area,
                            period,
                            actual: None,
                        });
                    }
                    Ok(_) => {}
                    Err(e) => self.entry.error = Some(e),
                }
            }
            Message::EditRow(period, area) => {
                self.entry.period = period.to_string();
                self.entry.area = area;
                self.entry.error = None;
                self.entry.saved = false;
                self.load_existing(plan, lang);
            }
            Message::Cost(m) => return self.cost.update(m, plan, ctx).map(Message::Cost),
            Message::RestTyped(s) => {
                let t = s.trim();
                let parsed =
                    if t.is_empty() { Ok(None) } else { crate::commercial::parse_euros(t).map(Some).map_err(|_| ()) };
                match parsed {
                    Ok(m) if m.is_none_or(|m| m.cents() >= 0) => {
                        self.rest = Some(s);
                        if m != plan.followup.rest_estimate {
                            return Action::Edit(Edit::SetRestEstimate(m));
                        }
                    }
                    _ => self.rest = Some(s),
                }
            }
            Message::Sheet(r) => return Action::Sheet(r),
            Message::ReportPeriodTyped(s) => {
                self.report_period = Some(s);
                self.report_note = None;
            }
            Message::ReportPressed => match parse_period(&self.report_period(plan), lang) {
                Ok(period) => {
                    return Action::AskPath(super::PathRequest {
                        purpose: super::PathPurpose::ExportPdf,
                        suggested: format!("{}-{period}.pdf", F::ReportFile.get(lang)),
                        then: Box::new(Message::ReportPath),
                    });
                }
                Err(e) => self.report_note = Some(Err(e)),
            },
            Message::ReportPath(None) => {}
            Message::ReportPath(Some(path)) => {
                if let Ok(period) = parse_period(&self.report_period(plan), lang) {
                    self.writing = true;
                    self.report_note = None;
                    let plan = plan.clone();
                    return Action::Run(iced::Task::perform(
                        write_report(plan, period, path, lang),
                        Message::ReportWritten,
                    ));
                }
            }
            Message::ReportWritten(result) => {
                self.writing = false;
                self.report_note =
                    Some(result.map(|(path, bytes)| {
                        crate::i18n::ui::annexes::written(&path.display().to_string(), bytes, lang)
                    }));
            }
        }
        Action::None
    }

    /// The report's period: as typed, or the latest period the plan has figures for.
    fn report_period(&self, plan: &Plan) -> String {
        self.report_period
            .clone()
            .unwrap_or_else(|| plan.followup.latest_period().map_or_else(String::new, |p| p.to_string()))
    }

    /// What the last report did, for tests.
    pub fn report_note(&self) -> Option<&Result<String, String>> {
        self.report_note.as_ref()
    }

    /// Fills the parts with the measurement already entered for the typed period and area.
    fn load_existing(&mut self, plan: &Plan, lang: Language) {
        let Some(metric) = self.shown(plan) else { return };
        let Ok(period) = self.entry.period.parse::<Period>() else { return };
        if let Some(m) = plan.followup.measurement(metric.id, self.entry.area, period) {
            self.entry.parts = m.actual.parts().iter().map(|&p| part_text(&m.actual, p, lang)).collect();
        }
    }

    /// The typed measurement, or the first thing wrong with it.
    fn measurement(&self, metric: &Metric, plan: &Plan, ctx: &Context) -> Result<(Period, Actual), String> {
        let lang = ctx.lang;
        let period = period_or_current(&self.entry.period, plan, ctx, lang)?;
        let mut actual = template(metric, plan);
        for (i, &part) in actual.clone().parts().iter().enumerate() {
            let typed = self.entry.parts.get(i).map_or("", String::as_str);
            let value = if part.is_count() {
                PartValue::Count(parse_count(typed, lang)?)
            } else {
                PartValue::Decimal(parse_decimal(typed, lang)?)
            };
            actual = actual.with_part(part, value).unwrap_or(actual);
        }
        Ok((period, actual))
    }

    /// The text of the rest-estimate field: as typed, or the plan's value.
    fn rest_text(&self, plan: &Plan, lang: Language) -> String {
        self.rest
            .clone()
            .unwrap_or_else(|| plan.followup.rest_estimate.map_or_else(String::new, |m| format::money_input(m, lang)))
    }

    /// The measurement form's validation message, if any.
    pub fn entry_error(&self) -> Option<&str> {
        self.entry.error.as_deref()
    }

    /// The measurement form's typed parts (a saved or chosen measurement fills them).
    pub fn entry_parts(&self) -> &[String] {
        &self.entry.parts
    }

    /// Forgets typed text that no longer matches the plan (after undo, or another file).
    pub fn edit_applied(&mut self) {
        self.rest = None;
    }

    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let figures = &ctx.analysis.followup;
        let periodicities: Vec<Labeled<Periodicity>> =
            Periodicity::ALL.map(|p| Labeled { value: p, label: F::periodicity(p, lang) }).to_vec();
        let current = plan.followup.periodicity;
        let periodicity = pick_list(
            periodicities,
            Some(Labeled { value: current, label: F::periodicity(current, lang) }),
            |l: Labeled<Periodicity>| Message::PeriodicitySelected(l.value),
        )
        .text_size(size::SMALL)
        .padding(space::XS);
        let head = row![
            w::h1(F::Title.get(lang)),
            iced::widget::space::horizontal(),
            w::muted(F::Periodicity.get(lang)),
            periodicity,
        ]
        .spacing(space::S)
        .align_y(Alignment::Center)
        .wrap();
        let mut body = column![head, w::muted(F::Intro.get(lang)), self.report_row(plan, ctx)].spacing(space::M);
        match self.shown(plan) {
            None => body = body.push(w::card(w::body(F::NoMetrics.get(lang)))),
            Some(metric) => {
                let tabs = row(plan.budget.metrics.iter().map(|m| {
                    let name = if m.name.trim().is_empty() { "–".to_string() } else { m.name.clone() };
                    w::tab(name, m.id == metric.id, Message::MetricSelected(m.id))
                }))
                .spacing(space::XS)
                .wrap();
                body = body.push(tabs);
                let series = figures.kpis.metrics.iter().find(|s| s.metric == metric.id);
                body = body.push(self.metric_card(plan, metric, series, ctx));
            }
        }
        body = body.push(costs::view(&self.cost, plan, &figures.burn, ctx).map(Message::Cost));
        body = body.push(costs::forecast(plan, figures.forecast.as_ref(), self.rest_text(plan, lang), ctx));
        scrollable(container(body.padding(space::L)).width(Length::Fill))
            .id(crate::app::CONTENT_ID)
            .height(Length::Fill)
            .into()
    }

    /// The leadership group's report: its period and the button that writes the PDF.
    fn report_row<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let period = self.report_period(plan);
        let input = text_input("2027-Q3", &period)
            .id("followup-report-period")
            .on_input(Message::ReportPeriodTyped)
            .on_submit(Message::ReportPressed)
            .size(size::SMALL)
            .padding(space::XS)
            .width(Length::Fixed(110.0));
        let button = button(text(F::Report.get(lang)).size(size::SMALL))
            .padding([space::XS, space::M])
            .style(button::secondary)
            .on_press_maybe((!self.writing).then_some(Message::ReportPressed));
        let mut line =
            row![w::muted(F::ReportPeriod.get(lang)), input, button].spacing(space::S).align_y(Alignment::Center);
        match &self.report_note {
            Some(Ok(done)) => line = line.push(w::muted(done.clone())),
            Some(Err(e)) => {
                line = line.push(
                    w::colored(e.clone(), |t: &iced::Theme| t.extended_palette().danger.base.color).size(size::SMALL),
                )
            }
            None => {}
        }
        line.wrap().into()
    }

    fn metric_card<'a>(
        &'a self,
        plan: &'a Plan,
        metric: &'a Metric,
        series: Option<&'a MetricSeries>,
        ctx: &Context<'a>,
    ) -> Element<'a, Message> {
        let lang = ctx.lang;
        let decimals = metric.precision();
        let shown: Vec<_> =
            series.map(|s| s.series.iter().filter(|x| !x.points.is_empty()).collect()).unwrap_or_default();
        let periods = series.map(MetricSeries::periods).unwrap_or_default();
        let area_name = |area: Option<PartyId>| match area {
            None => F::Alliance.get(lang).to_string(),
            Some(id) => plan.party(id).map_or_else(|| id.to_string(), |p| p.label().to_string()),
        };
        let levels = format!(
            "{}: {} {} · {} {} · {} {} {}",
            F::Levels.get(lang),
            F::Minimum.get(lang),
            format::decimal(metric.minimum, lang),
            F::Target.get(lang),
            format::decimal(metric.target, lang),
            F::Excellent.get(lang),
            format::decimal(metric.excellent, lang),
            metric.unit
        );
        let [import, export] = w::sheet_tools(crate::csvio::Kind::Measurements, ctx.editable, lang, Message::Sheet);
        let title = row![w::h2(metric.name.clone()), iced::widget::space::horizontal(), import, export]
            .spacing(space::S)
            .align_y(Alignment::Center);
        let mut card = column![title, w::muted(levels)].spacing(space::S);
        if periods.is_empty() {
            card = card.push(w::body(F::NoMeasurements.get(lang)));
        } else {
            let lines = shown
                .iter()
                .map(|s| chart::Line {
                    name: area_name(s.area),
                    values: periods
                        .iter()
                        .map(|p| {
                            s.points.iter().find(|x| x.period == *p).and_then(KpiPoint::value_f64).map(|v| v as f32)
                        })
                        .collect(),
                    bold: s.area.is_none(),
                })
                .collect();
            let level = |label: F, d: Decimal| (label.get(lang).to_string(), d.raw() as f32 / Decimal::SCALE as f32);
            let program = chart::KpiChart {
                periods: periods.iter().map(ToString::to_string).collect(),
                lines,
                levels: vec![
                    level(F::Minimum, metric.minimum),
                    level(F::Target, metric.target),
                    level(F::Excellent, metric.excellent),
                ],
                decimals,
                lang,
            };
            card = card.push(canvas(program).width(Length::Fill).height(Length::Fixed(300.0)));
            card = card.push(self.table(&shown, &periods, &area_name, lang));
        }
        card = card.push(self.entry_form(plan, metric, ctx));
        w::card(card).into()
    }

    fn table<'a>(
        &'a self,
        shown: &[&'a crate::followup::Series],
        periods: &[Period],
        area_name: &dyn Fn(Option<PartyId>) -> String,
        lang: Language,
    ) -> Element<'a, Message> {
        const FIRST: f32 = 90.0;
        const CELL: f32 = 120.0;
        let mut head = row![w::th(F::Period.get(lang)).width(Length::Fixed(FIRST))].spacing(space::S);
        for (k, s) in shown.iter().enumerate() {
            let whole = s.area.is_none();
            let name =
                w::colored(area_name(s.area), move |t: &iced::Theme| if whole { t.palette().text } else { color(k) });
            head = head
                .push(name.size(size::SMALL).width(Length::Fixed(CELL)).align_x(iced::alignment::Horizontal::Right));
        }
        let mut rows = column![head].spacing(2);
        let mut any_summed = false;
        for &period in periods {
            let mut r = row![w::td(period.to_string()).width(Length::Fixed(FIRST))].spacing(space::S);
            for s in shown {
                let cell: Element<'a, Message> = match s.points.iter().find(|p| p.period == period) {
                    None => w::td("").width(Length::Fixed(CELL)).into(),
                    Some(p) => {
                        let v = p.digits.map_or_else(|| "–".to_string(), |(d, n)| format::reported(d, n, lang));
                        any_summed |= p.summed;
                        let label = if p.summed { format!("{v}*") } else { v };
                        let t = if s.area.is_none() { w::th(label) } else { w::td_number(label) };
                        button(t.width(Length::Fill).align_x(iced::alignment::Horizontal::Right))
                            .style(button::text)
                            .padding(0)
                            .width(Length::Fixed(CELL))
                            .on_press(Message::EditRow(period, s.area))
                            .into()
                    }
                };
                r = r.push(cell);
            }
            rows = rows.push(r);
        }
        if any_summed {
            rows = rows.push(w::muted(F::Summed.get(lang)));
        }
        scrollable(rows).direction(scrollable::Direction::Horizontal(scrollable::Scrollbar::default())).into()
    }

    fn entry_form<'a>(&'a self, plan: &'a Plan, metric: &'a Metric, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let editable = ctx.editable;
        let period = text_input(&current_period(plan, ctx).to_string(), &self.entry.period)
            .id("followup-period")
            .on_input_maybe(editable.then_some(Message::PeriodTyped))
            .on_submit(Message::SaveMeasurement)
            .size(size::SMALL)
            .padding(space::XS)
            .width(Length::Fixed(110.0));
        // The area as buttons: the whole alliance, then each party.
        let chosen_area = self.entry.area;
        let area_buttons = row(std::iter::once(None).chain(plan.parties.iter().map(|p| Some(p.id))).map(|a| {
            let label = match a {
                None => F::WholeAlliance.get(lang).to_string(),
                Some(id) => plan.party(id).map_or_else(|| id.to_string(), |p| p.label().to_string()),
            };
            w::tab(label, a == chosen_area, Message::AreaSelected(a))
        }))
        .spacing(space::XS)
        .wrap();
        let mut fields =
            row![column![w::muted(F::Period.get(lang)), period].spacing(2)].spacing(space::S).align_y(Alignment::End);
        for (i, &part) in template(metric, plan).parts().iter().enumerate() {
            let value = self.entry.parts.get(i).map_or("", String::as_str);
            let input = text_input("", value)
                .id(format!("followup-part-{i}"))
                .on_input_maybe(editable.then_some(move |s| Message::PartTyped(i, s)))
                .on_submit(Message::SaveMeasurement)
                .size(size::SMALL)
                .padding(space::XS)
                .width(Length::Fixed(110.0));
            fields = fields.push(column![w::muted(part_label(part, lang)), input].spacing(2));
        }
        let save = button(text(F::Save.get(lang)).size(size::SMALL))
            .padding([space::XS, space::M])
            .on_press_maybe(editable.then_some(Message::SaveMeasurement));
        let remove = button(text(F::Remove.get(lang)).size(size::SMALL))
            .padding([space::XS, space::M])
            .style(button::secondary)
            .on_press_maybe(editable.then_some(Message::RemoveMeasurement));
        fields = fields.push(save).push(remove);
        if self.entry.saved && self.entry.error.is_none() {
            fields = fields.push(w::muted(F::Saved.get(lang)));
        }
        column![
            w::h3(F::EntryTitle.get(lang)),
            column![w::muted(F::Area.get(lang)), area_buttons].spacing(2),
            w::with_message(fields.wrap(), self.entry.error.clone(), Beside::Below, None)
        ]
        .spacing(space::S)
        .into()
    }
}

/// Lays out, renders and writes the report on a thread of its own.
async fn write_report(
    plan: Plan,
    period: Period,
    path: std::path::PathBuf,
    lang: Language,
) -> Result<(std::path::PathBuf, usize), String> {
    super::on_thread(move || {
        let edition = crate::followup::report::language(&plan);
        crate::followup::report::write(&plan, period, edition, &path).map(|n| (path, n)).map_err(|e| e.message(lang))
    })
    .await
    .unwrap_or_else(|| Err(crate::annex::Error::Render.message(lang)))
}
