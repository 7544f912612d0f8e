//! Words for people: everything that turns the model and the engine's results into text, Markdown and
//! the JSON shapes — citations, ages of information, conditions, dates, reachability, replaced law and
//! the source view. Every face (the
//! command line, the navigator, training mode) reads them from here, so a duty, a contact or a date is
//! said the same way everywhere.
//!
//! Depends only on `model`, `engine` and `i18n`: no terminal, no files, no arguments.

pub mod bilingual;
pub mod catalog;
pub mod condition;
pub mod freshness;
pub mod hits;
pub mod json;
pub mod json_items;
pub mod law;
pub mod listing;
pub mod markdown;
pub mod plan;
pub mod schedule;
pub mod source;
pub mod source_json;
pub mod style;
pub mod terms;
pub mod text;
pub mod words;
pub mod wrap;

#[cfg(test)]
mod law_tests;

pub use style::Style;

use crate::i18n::{Lang, Msg, text};
use crate::model::Date;

/// How a view writes: language, styling, and today's date for the age of information.
#[derive(Clone, Copy)]
pub struct View {
    pub lang: Lang,
    pub style: Style,
    pub today: Date,
}

impl View {
    pub fn t(&self, m: Msg) -> &'static str {
        text(self.lang, m)
    }
}
