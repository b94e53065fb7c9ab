//! Allianssi: planning growth-service alliances. The library holds the whole domain and no
//! GUI: `model` (the plan and its `Edit`s), `history` and `document` (undo, dirty state),
//! `storage` (RON files, atomic save), `rules` (findings and legal guardrails), `compare`
//! (plan versions compared and merged by meaning), `followup` (KPI series, cost burn
//! and the settlement forecast of the service phase), `template`
//! (built-in starting plans), `generate` (plans of any size), `analysis` (the derived figures
//! of a revision) and `i18n` (fi/sv/en names, interface texts, and every number and
//! date format in `i18n::format`). With the `cli` feature: `cli` (the command line, clap); with
//! the `gui` feature: `app` (the window), `screen` (its views), `widget` and `theme`. Without
//! them the library depends on neither clap nor iced.

/// The application's id: the desktop entry's and the icon's name, the window's app id.
pub const APP_ID: &str = "fi.allianssi.Allianssi";

pub mod analysis;
pub mod annex;
#[cfg(feature = "gui")]
pub mod app;
pub mod baseline;
#[cfg(feature = "cli")]
pub mod cli;
pub mod commercial;
pub mod compare;
pub mod csvio;
pub mod document;
pub mod followup;
pub mod generate;
pub mod history;
pub mod i18n;
pub mod model;
pub mod rules;
#[cfg(feature = "gui")]
pub mod screen;
pub mod storage;
pub mod template;
#[cfg(feature = "gui")]
pub mod theme;
pub mod timescale;
#[cfg(feature = "gui")]
pub mod widget;

pub use model::Plan;
