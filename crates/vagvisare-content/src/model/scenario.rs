//! Training scenarios: a case told in parts, the answers it implies, and what a good answer names.

use super::{HasId, List, SourceRef, Text};

/// A training case for the walkthrough and the handouts, drawn from the seeds.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: Text,
    pub title: Text,
    /// Who the case is for, e.g. "Socialsekreterare, polis".
    pub target_group: Text,
    /// The narrative, told one part at a time as the case unfolds.
    pub parts: List<ScenarioPart>,
    /// The answers to the situation questions that the case implies.
    pub answers: List<ScenarioAnswer>,
    /// Questions for the group to discuss.
    pub discussion: List<Text>,
    /// Indices into [`super::Content::duties`]: the duties a good answer names.
    pub key_duties: List<usize>,
    /// Indices into [`super::Content::contacts`]: the contacts a good answer names.
    pub key_contacts: List<usize>,
    /// What the students should take away.
    pub learning_points: List<Text>,
    /// The seeds the case draws on (at least one).
    pub sources: List<SourceRef>,
}

/// One part of a scenario's narrative.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct ScenarioPart {
    pub text: Text,
    /// Where the facts of this part come from, when it is narrower than the scenario's sources.
    pub source: Option<SourceRef>,
}

/// An answer a scenario implies: question and option as indices.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct ScenarioAnswer {
    /// Index into [`super::Content::questions`].
    pub question: usize,
    /// Index into that question's options.
    pub value: usize,
    /// Whether students decide this answer before it is revealed.
    pub decide: bool,
}

impl HasId for Scenario {
    fn id(&self) -> &str {
        &self.id
    }
}
