//! vagvisare: a terminal guide to the Swedish "Manual vid misstanke om människohandel".
//!
//! Data flows one way (ARCHITECTURE.md has the map):
//! [`content`] (TOML) → [`model`] (validated, typed) → [`engine`] (answers → statuses, timeline, search)
//! → [`report`] (words for people) → the faces [`cli`], [`tui`], [`train`] → [`shell`] (arguments,
//! dispatch) → `main`. The full-screen faces share one terminal shell, [`term`] (set-up, restore,
//! signals, panics, input, key tables).

pub use vagvisare_content::{content, model};

pub mod cli;
pub mod embedded;
pub mod engine;
pub mod error;
pub mod i18n;
pub mod output;
pub mod report;
pub mod shell;
pub mod term;
pub mod train;
pub mod tui;
