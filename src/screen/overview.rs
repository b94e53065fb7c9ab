//! The overview of a plan: every field of its metadata, editable (the plan's and the agreement's
//! names, the record number, setting, procurement, status, version, date and place, and the
//! target group, clients' needs and goals as multi-line text), and how many parties, services,
//! risks and findings it has.

use super::Action;
use crate::analysis::Analysis;
use crate::csvio::parse_date;
use crate::document::RevisionKey;
use crate::i18n::ui::overview::Tx;
use crate::i18n::ui::{self, Text};
use crate::i18n::{Language, Named, format};
use crate::model::{Edit, Meta, Plan, PlanStatus, Procurement, Setting};
use crate::theme::{size, space};
use crate::widget::{self as w, Beside};
use iced::widget::{column, pick_list, row, text_editor, text_input};
use iced::{Element, Length};

/// The id of the plan-name field.
pub const NAME_ID: &str = "plan-name";

/// A one-line text field of the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    AllianceName,
    RecordNumber,
    Version,
    ReplacesVersion,
    Place,
}

/// A multi-line text field of the metadata; the goals are one per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Long {
    TargetGroup,
    ClientNeeds,
    StrategicGoals,
    CommunityGoals,
    IndividualGoals,
}

impl Long {
    pub const ALL: [Long; 5] =
        [Long::TargetGroup, Long::ClientNeeds, Long::StrategicGoals, Long::CommunityGoals, Long::IndividualGoals];

    fn is_goals(self) -> bool {
        matches!(self, Long::StrategicGoals | Long::CommunityGoals | Long::IndividualGoals)
    }

    fn goals(self, meta: &mut Meta) -> Option<&mut Vec<String>> {
        match self {
            Long::StrategicGoals => Some(&mut meta.strategic_goals),
            Long::CommunityGoals => Some(&mut meta.community_goals),
            Long::IndividualGoals => Some(&mut meta.individual_goals),
            Long::TargetGroup | Long::ClientNeeds => None,
        }
    }

    /// The field's text in the plan: the goals one per line.
    pub fn text(self, meta: &Meta) -> String {
        match self {
            Long::TargetGroup => meta.target_group.clone(),
            Long::ClientNeeds => meta.client_needs.clone(),
            Long::StrategicGoals => meta.strategic_goals.join("\n"),
            Long::CommunityGoals => meta.community_goals.join("\n"),
            Long::IndividualGoals => meta.individual_goals.join("\n"),
        }
    }

    /// The metadata with this field set from the editor's text: a goal per non-empty line,
    /// trimmed; the other fields as typed, without trailing line breaks.
    pub fn set(self, meta: &Meta, text: &str) -> Meta {
        let mut meta = meta.clone();
        if let Some(goals) = self.goals(&mut meta) {
            *goals = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
        } else {
            let value = text.trim_end_matches(['\n', '\r']).to_string();
            match self {
                Long::TargetGroup => meta.target_group = value,
                _ => meta.client_needs = value,
            }
        }
        meta
    }

    fn label(self) -> Labelled {
        match self {
            Long::TargetGroup => Labelled::Ui(Text::TargetGroup),
            Long::ClientNeeds => Labelled::Form(Tx::ClientNeeds),
            Long::StrategicGoals => Labelled::Form(Tx::StrategicGoals),
            Long::CommunityGoals => Labelled::Form(Tx::CommunityGoals),
            Long::IndividualGoals => Labelled::Form(Tx::IndividualGoals),
        }
    }
}

/// A label from the shared interface texts or from the form's own.
#[derive(Clone, Copy)]
enum Labelled {
    Ui(Text),
    Form(Tx),
}

impl Labelled {
    fn get(self, lang: Language) -> &'static str {
        match self {
            Labelled::Ui(t) => t.get(lang),
            Labelled::Form(t) => t.get(lang),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    NameChanged(String),
    LineChanged(Line, String),
    SettingSelected(Setting),
    ProcurementSelected(Procurement),
    StatusSelected(PlanStatus),
    DateChanged(String),
    LongEdited(Long, text_editor::Action),
}

/// The view state of the overview: the multi-line editors' contents (with the plan's text they
/// were last in line with) and a date being typed.
pub struct State {
    editors: Vec<(text_editor::Content, String)>,
    date_draft: Option<String>,
    /// The plan revision the editors were last brought in line with.
    synced_at: Option<RevisionKey>,
}

impl Default for State {
    fn default() -> Self {
        State {
            editors: Long::ALL.iter().map(|_| (text_editor::Content::new(), String::new())).collect(),
            date_draft: None,
            synced_at: None,
        }
    }
}

/// A value and its label, for the pick lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick<T> {
    value: T,
    label: &'static str,
}

impl<T> std::fmt::Display for Pick<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label)
    }
}

fn picks<T: Named + Copy>(all: &[T], lang: Language) -> Vec<Pick<T>> {
    all.iter().map(|&value| Pick { value, label: value.name(lang) }).collect()
}

const SETTINGS: [Setting; 2] = [Setting::Regional2018, Setting::EmploymentArea];
const PROCUREMENTS: [Procurement; 6] = [
    Procurement::NotDecided,
    Procurement::Negotiated,
    Procurement::Open,
    Procurement::Restricted,
    Procurement::CompetitiveDialogue,
    Procurement::DirectAward,
];
const STATUSES: [PlanStatus; 2] = [PlanStatus::Draft, PlanStatus::Approved];

impl State {
    /// Brings the editors in line with the plan after anything that changed it elsewhere
    /// (opening a file, undo, redo); an editor the user is typing in keeps its caret.
    pub fn sync(&mut self, plan: &Plan, revision: RevisionKey) {
        if self.synced_at == Some(revision) {
            return;
        }
        self.synced_at = Some(revision);
        for (field, (content, synced)) in Long::ALL.iter().zip(self.editors.iter_mut()) {
            let text = field.text(&plan.meta);
            if *synced != text {
                *content = text_editor::Content::with_text(&text);
                *synced = text;
            }
        }
        let typed = self.date_draft.as_deref().map(|d| (d.trim().is_empty(), parse_date(d)));
        if let Some((empty, parsed)) = typed
            && (parsed.is_some() || empty)
            && parsed != plan.meta.date
        {
            self.date_draft = None;
        }
    }

    /// The text in an editor now.
    pub fn editor_text(&self, field: Long) -> String {
        let i = Long::ALL.iter().position(|&f| f == field).unwrap_or(0);
        self.editors[i].0.text()
    }

    /// Turns a message into an edit of the plan's metadata.
    pub fn update(&mut self, message: Message, plan: &Plan) -> Action<Message> {
        let mut meta = plan.meta.clone();
        match message {
            Message::NameChanged(name) => meta.name = name,
            Message::LineChanged(line, value) => match line {
                Line::AllianceName => meta.alliance_name = value,
                Line::RecordNumber => meta.record_number = value,
                Line::Version => meta.version = value,
                Line::ReplacesVersion => meta.replaces_version = value,
                Line::Place => meta.place = value,
            },
            Message::SettingSelected(s) => meta.setting = s,
            Message::ProcurementSelected(p) => meta.procurement = p,
            Message::StatusSelected(s) => meta.status = s,
            Message::DateChanged(typed) => {
                let empty = typed.trim().is_empty();
                let parsed = parse_date(&typed);
                self.date_draft = Some(typed);
                // Only a whole date (or an emptied field) reaches the plan: "15.3.2" is not taken
                // for year 2 while "15.3.2027" is being typed.
                match parsed {
                    Some(d) => meta.date = Some(d),
                    None if empty => meta.date = None,
                    None => return Action::None,
                }
            }
            Message::LongEdited(field, action) => {
                let i = Long::ALL.iter().position(|&f| f == field).unwrap_or(0);
                let (content, synced) = &mut self.editors[i];
                let edits = action.is_edit();
                content.perform(action);
                if !edits {
                    return Action::None;
                }
                meta = field.set(&plan.meta, &content.text());
                *synced = field.text(&meta);
            }
        }
        if meta == plan.meta { Action::None } else { Action::Edit(Edit::SetMeta(Box::new(meta))) }
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        analysis: &Analysis,
        lang: Language,
        read_only: bool,
    ) -> Element<'a, Message> {
        let t = |x: Text| x.get(lang);
        let f = |x: Tx| x.get(lang);
        let meta = &plan.meta;
        let editable = !read_only;
        let name = text_input(t(Text::PlanNamePlaceholder), &meta.name)
            .id(NAME_ID)
            .on_input_maybe(editable.then_some(Message::NameChanged))
            .size(size::H2)
            .padding(space::S);

        let labelled = |label: &'static str, field: Element<'a, Message>| -> Element<'a, Message> {
            row![w::muted(label).size(size::BODY).width(Length::Fixed(200.0)), field]
                .spacing(space::M)
                .align_y(iced::Alignment::Center)
                .into()
        };
        let line = |label: &'static str, value: &'a str, which: Line| -> Element<'a, Message> {
            let input = text_input("", value)
                .on_input_maybe(editable.then_some(move |v| Message::LineChanged(which, v)))
                .size(size::BODY)
                .padding(space::XS + 2.0);
            labelled(label, input.into())
        };
        let choose = |label: &'static str, field: Element<'a, Message>| labelled(label, field);
        let setting = pick_list(
            picks(&SETTINGS, lang),
            Some(Pick { value: meta.setting, label: meta.setting.name(lang) }),
            |p: Pick<Setting>| Message::SettingSelected(p.value),
        );
        let procurement = pick_list(
            picks(&PROCUREMENTS, lang),
            Some(Pick { value: meta.procurement, label: meta.procurement.name(lang) }),
            |p: Pick<Procurement>| Message::ProcurementSelected(p.value),
        );
        let status = pick_list(
            picks(&STATUSES, lang),
            Some(Pick { value: meta.status, label: meta.status.name(lang) }),
            |p: Pick<PlanStatus>| Message::StatusSelected(p.value),
        );
        let (setting, procurement, status): (Element<'a, Message>, Element<'a, Message>, Element<'a, Message>) =
            if editable {
                (
                    setting.text_size(size::BODY).into(),
                    procurement.text_size(size::BODY).into(),
                    status.text_size(size::BODY).into(),
                )
            } else {
                (
                    w::body(meta.setting.name(lang)).into(),
                    w::body(meta.procurement.name(lang)).into(),
                    w::body(meta.status.name(lang)).into(),
                )
            };
        let date_text =
            self.date_draft.clone().unwrap_or_else(|| meta.date.map_or_else(String::new, |d| format::date(d, lang)));
        let bad = self
            .date_draft
            .as_deref()
            .is_some_and(|d| !d.trim().is_empty() && parse_date(d).is_none())
            .then(|| f(Tx::BadDate).to_string());
        let date_input = text_input(f(Tx::DatePlaceholder), &date_text)
            .on_input_maybe(editable.then_some(Message::DateChanged))
            .size(size::BODY)
            .padding(space::XS + 2.0)
            .width(Length::Fixed(160.0));
        let date = w::with_message(date_input, bad, Beside::Right, None);

        let long = |field: Long| -> Element<'a, Message> {
            let i = Long::ALL.iter().position(|&x| x == field).unwrap_or(0);
            let mut editor = text_editor(&self.editors[i].0).size(size::BODY).padding(space::S).height(Length::Shrink);
            if editable {
                editor = editor.on_action(move |a| Message::LongEdited(field, a));
            }
            let mut block = column![w::h3(field.label().get(lang))].spacing(space::XS);
            if field.is_goals() {
                block = block.push(w::muted(f(Tx::OneGoalPerLine)).size(size::SMALL));
            }
            block.push(editor).into()
        };
        let (errors, warnings) = (analysis.errors, analysis.warnings);
        let count = |label: Text, value: String| -> Element<'a, Message> {
            row![w::muted(t(label)).size(size::BODY).width(Length::Fixed(200.0)), w::body(value)]
                .spacing(space::M)
                .into()
        };

        column![
            w::h3(t(Text::PlanName)),
            name,
            w::card(
                column![
                    w::h3(f(Tx::Agreement)),
                    line(t(Text::AllianceName), &meta.alliance_name, Line::AllianceName),
                    line(t(Text::RecordNumber), &meta.record_number, Line::RecordNumber),
                    choose(t(Text::Setting), setting),
                    choose(t(Text::Procurement), procurement),
                    choose(t(Text::Status), status),
                    line(t(Text::Version), &meta.version, Line::Version),
                    line(f(Tx::ReplacesVersion), &meta.replaces_version, Line::ReplacesVersion),
                    labelled(t(Text::Date), date),
                    line(f(Tx::Place), &meta.place, Line::Place),
                ]
                .spacing(space::S)
            ),
            w::card(column(Long::ALL.iter().map(|&field| long(field))).spacing(space::M)),
            w::card(
                column![
                    w::h3(f(Tx::Figures)),
                    count(Text::Parties, plan.parties.len().to_string()),
                    count(Text::Services, plan.services.len().to_string()),
                    count(Text::TabRisks, plan.risks.risks.len().to_string()),
                    count(Text::Findings, ui::findings_summary(errors, warnings, lang)),
                ]
                .spacing(space::S)
            ),
        ]
        .spacing(space::L)
        .padding(space::XL)
        .max_width(1000)
        .into()
    }
}
