//! The overview of a plan: its name (editable), the agreement it belongs to, its setting and
//! status, and how many parties, services, risks and findings it has.

use super::Action;
use crate::analysis::Analysis;
use crate::i18n::ui::{self, Text};
use crate::i18n::{Language, Named, format};
use crate::model::{Edit, Plan};
use crate::theme::{size, space};
use crate::widget as w;
use iced::widget::{column, row, text_input};
use iced::{Element, Length};

/// The id of the plan-name field.
pub const NAME_ID: &str = "plan-name";

#[derive(Debug, Clone)]
pub enum Message {
    NameChanged(String),
}

/// Turns an overview message into an edit of the plan.
pub fn update(message: Message, plan: &Plan) -> Action<Message> {
    match message {
        Message::NameChanged(name) => {
            let mut meta = plan.meta.clone();
            meta.name = name;
            Action::Edit(Edit::SetMeta(Box::new(meta)))
        }
    }
}

pub fn view<'a>(plan: &'a Plan, analysis: &Analysis, lang: Language, read_only: bool) -> Element<'a, Message> {
    let t = |x: Text| x.get(lang);
    let name = text_input(t(Text::PlanNamePlaceholder), &plan.meta.name)
        .id(NAME_ID)
        .on_input_maybe((!read_only).then_some(Message::NameChanged))
        .size(size::H2)
        .padding(space::S);

    let fact = |label: Text, value: String| -> Element<'a, Message> {
        row![w::muted(t(label)).size(size::BODY).width(Length::Fixed(220.0)), w::body(value)].spacing(space::M).into()
    };
    let dash = |s: &str| if s.trim().is_empty() { "–".to_string() } else { s.to_string() };
    let (errors, warnings) = (analysis.errors, analysis.warnings);

    column![
        w::h3(t(Text::PlanName)),
        name,
        w::card(
            column![
                fact(Text::AllianceName, dash(&plan.meta.alliance_name)),
                fact(Text::RecordNumber, dash(&plan.meta.record_number)),
                fact(Text::Setting, plan.meta.setting.name(lang).to_string()),
                fact(Text::Procurement, plan.meta.procurement.name(lang).to_string()),
                fact(Text::Status, plan.meta.status.name(lang).to_string()),
                fact(Text::Version, dash(&plan.meta.version)),
                fact(Text::Date, plan.meta.date.map_or_else(|| "–".to_string(), |d| format::date(d, lang))),
                fact(Text::TargetGroup, dash(&plan.meta.target_group)),
            ]
            .spacing(space::S)
        ),
        w::card(
            column![
                fact(Text::Parties, plan.parties.len().to_string()),
                fact(Text::Services, plan.services.len().to_string()),
                fact(Text::TabRisks, plan.risks.risks.len().to_string()),
                fact(Text::Findings, ui::findings_summary(errors, warnings, lang)),
            ]
            .spacing(space::S)
        ),
    ]
    .spacing(space::L)
    .padding(space::XL)
    .max_width(1000)
    .into()
}
