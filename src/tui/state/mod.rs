//! The navigator's state, one struct per view, each beside the others here rather than in its view's
//! render module (the views read [`super::app::App`], which holds these, so a state inside a view
//! module would make the two import each other). [`super::app::App`] holds what every view shares.

pub mod actors;
pub mod contacts;
pub mod glossary;
pub mod law;
pub mod main;
pub mod modal;
pub mod plan;
pub mod scrolled;
pub mod search;
pub mod source;
