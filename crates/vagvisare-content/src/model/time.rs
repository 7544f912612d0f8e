//! Time in the content: the escalation chain of whom to call, and deadlines that run from the discovery
//! of a case (when a contact can be reached is the contact's [`super::Reach`]). Always the seed's own words, with what is our
//! interpretation marked as such.

use super::{Condition, HasId, List, SourceRef, Text};

/// Whom to turn to, in order, as a seed describes it (support line → 114 14 / socialjour → 112).
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Escalation {
    pub id: Text,
    /// The seed's words, verbatim.
    pub text: Text,
    /// Contact indices, first choice first.
    pub chain: List<usize>,
    /// The contact to call first at acute danger.
    pub acute: Option<usize>,
    pub source: SourceRef,
}

/// Whether a deadline is a latest date, a period that runs, or due at once.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    /// Due at once, at discovery (`genast`): "Vid akut fara ring 112." Has no `days`.
    Immediately,
    /// Done at the latest by the date.
    Latest,
    /// A period that runs from discovery (e.g. the reflection period).
    Period,
}

/// A time limit the seeds attach to a duty or guidance, counted in days from discovery.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Deadline {
    pub id: Text,
    pub label: Text,
    pub kind: DeadlineKind,
    /// Days after discovery (0 = the same day); `None` when the seed gives no countable time.
    pub days: Option<u32>,
    /// The seed's wording, verbatim.
    pub words: Text,
    pub when: Option<Condition>,
    /// Index of the duty it belongs to, if any (the first of `duties`).
    pub duty: Option<usize>,
    /// Indices of every duty it belongs to (`duty` first, then `duties` as written). Empty: the deadline
    /// is the time frame of its step ("de första timmarna eller dygnet efter upptäckten").
    pub duties: List<usize>,
    /// Index of the step it belongs to.
    pub step: usize,
    pub source: SourceRef,
}

impl HasId for Escalation {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Deadline {
    fn id(&self) -> &str {
        &self.id
    }
}
