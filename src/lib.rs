//! Allianssi: planning growth-service alliances. The library holds the whole domain and no
//! GUI: `model` (the plan and its `Edit`s), `history` and `document` (undo, dirty state),
//! `storage` (RON files, atomic save), `rules` (findings and legal guardrails), `template`
//! (built-in starting plans), `i18n` (fi/sv/en names and formats) and `cli`.

pub mod cli;
pub mod commercial;
pub mod document;
pub mod history;
pub mod i18n;
pub mod model;
pub mod rules;
pub mod storage;
pub mod template;

pub use model::Plan;
