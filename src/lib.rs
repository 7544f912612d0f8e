//! vagvisare: a terminal guide to the Swedish "Manual vid misstanke om människohandel".
//!
//! Data flows one way: [`content`] (TOML) → [`model`] (validated, typed) → [`engine`] (answers → duty
//! statuses) → the views [`cli`] and [`tui`].

pub mod cli;
pub use vagvisare_content::{content, model};
pub mod embedded;
pub mod engine;
pub mod i18n;
pub mod train;
pub mod tui;
