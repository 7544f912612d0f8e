//! Time in the content: the escalation chain of whom to call, and deadlines that run from the discovery
//! of a case (when a contact can be reached is the contact's [`super::Reach`]). Always the seed's own words, with what is our
//! interpretation marked as such.

use super::{Condition, HasId, List, SourceRef, Text, UrgencyKind};

/// Whom to turn to, as a seed describes it (112 at acute danger, 114 14 or socialjour when urgent, the
/// support line for advice); the order to call them follows each contact's [`super::Urgency`].
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Escalation {
    pub id: Text,
    /// The seed's words, verbatim.
    pub text: Text,
    /// Contact indices, in the seed's order of urgency; ties in urgency keep this order.
    pub chain: List<usize>,
    /// The contact for acute danger (112), kept visible however short the emergency line.
    pub acute: Option<usize>,
    /// How urgent a case is, judged from the answers: the first level whose condition is not false.
    /// Whom to call first follows from it (content, not code, names the questions).
    pub levels: List<Level>,
    pub source: SourceRef,
}

/// One level of a case's urgency: the kind of contact to call first, and when the case is this urgent
/// (`None`: always, the last level).
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Level {
    pub urgency: UrgencyKind,
    pub when: Option<Condition>,
}

/// Whether a deadline is due at once, a latest date, a period that runs, or only what is usual.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    /// Due at once, at discovery (`genast`): "Vid akut fara ring 112." Has no `days`.
    Immediately,
    /// Done at the latest by the date.
    Latest,
    /// A period that runs from discovery (the first hours or day of the acute step).
    Period,
    /// What is usual, not a time limit (003: "det är vanligt att boende behöver ordnas samma dag"):
    /// shown as "vanligen <date> (inte en tidsfrist)", never as "senast".
    Usual,
}

impl DeadlineKind {
    /// The stable word used in content and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::Immediately => "genast",
            DeadlineKind::Latest => "senast",
            DeadlineKind::Period => "period",
            DeadlineKind::Usual => "vanligt",
        }
    }
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
