//! Guidance: advice the seeds attach to a situation ("Du har även möjlighet att göra en orosanmälan om
//! kvinnan är gravid"), quoted verbatim and evaluated like a duty, so the plan can show it under
//! *Att tänka på* beside the duties it concerns.

use super::{Condition, HasId, List, SourceRef, Text};

/// A piece of advice the seeds give for a situation a question captures. Not a duty: nobody *must* do
/// it, but a professional in that situation should know it.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Guidance {
    pub id: Text,
    /// The seed's words, verbatim.
    pub text: Text,
    /// When it applies; `None` = always. Three-valued, like a duty's.
    pub when: Option<Condition>,
    /// Index into [`super::Content::steps`]: the step it belongs to (where the plan shows it when no
    /// listed duty takes it).
    pub step: usize,
    /// Indices into [`super::Content::duties`]: the duties it concerns, in the order given.
    pub duties: List<usize>,
    pub source: SourceRef,
}

impl HasId for Guidance {
    fn id(&self) -> &str {
        &self.id
    }
}
