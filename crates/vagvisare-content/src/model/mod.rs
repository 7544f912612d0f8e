//! The validated, typed content: what the guide knows, with every id resolved to an index.
//!
//! The same types serve the embedded content (generated `static` data, see `build.rs`, so start-up parses
//! nothing) and content read at run time with `--content DIR`. That is why strings are `Cow<'static, str>`
//! and lists `Cow<'static, [T]>`: borrowed from the binary, or owned when loaded from TOML.
//! This module depends on nothing but `std`, so `build.rs` can compile it too.

mod condition;
mod date;
mod guidance;
mod item;
mod scenario;
mod term;
mod time;

pub use condition::{Condition, MAX_OPTIONS, Op, Tri};
pub use date::{AsOf, Date, days_in_month};
pub use guidance::Guidance;
pub use item::{
    Actor, Attribution, Contact, Duty, Freshness, Law, Meta, Phone, QOption, Question, Reach,
    ReachKind, Replacement, Section, Source, SourceRef, Step, StepKind, Urgency, UrgencyKind,
};
pub use term::Term;
pub use time::{Deadline, DeadlineKind, Escalation, Level};

pub use scenario::{Scenario, ScenarioAnswer, ScenarioPart};

use std::borrow::Cow;

/// Text that is either part of the binary or loaded at run time.
pub type Text = Cow<'static, str>;
/// A list that is either part of the binary or loaded at run time.
pub type List<T> = Cow<'static, [T]>;

/// All content of the guide, validated: every reference points at an existing item.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Content {
    pub meta: Meta,
    pub sources: List<Source>,
    /// Sorted by `order`: the process flow, then the reference tracks in their order.
    pub steps: List<Step>,
    pub actors: List<Actor>,
    pub questions: List<Question>,
    pub duties: List<Duty>,
    pub contacts: List<Contact>,
    pub law: List<Law>,
    pub escalations: List<Escalation>,
    pub deadlines: List<Deadline>,
    /// Advice the seeds attach to a situation (`[[guidance]]`).
    pub guidance: List<Guidance>,
    /// Training scenarios (`content/scenarios/*.toml`).
    pub scenarios: List<Scenario>,
    /// Terms and abbreviations with their forms (`terms.toml`): the glossary and search's synonyms.
    pub terms: List<Term>,
}

/// Something with a stable public id, so lookups by id are written once.
pub trait HasId {
    /// The item's stable id.
    fn id(&self) -> &str;
}

/// Finds the index of the item with `id` in `items`.
pub fn index_of<T: HasId>(items: &[T], id: &str) -> Option<usize> {
    items.iter().position(|item| item.id() == id)
}

impl Content {
    /// The index of the step with this id.
    pub fn step_index(&self, id: &str) -> Option<usize> {
        index_of(&self.steps, id)
    }
    /// The index of the actor with this id.
    pub fn actor_index(&self, id: &str) -> Option<usize> {
        index_of(&self.actors, id)
    }
    /// The index of the question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        index_of(&self.questions, id)
    }
    /// The index of the contact with this id.
    pub fn contact_index(&self, id: &str) -> Option<usize> {
        index_of(&self.contacts, id)
    }
    /// The index of the duty with this id.
    pub fn duty_index(&self, id: &str) -> Option<usize> {
        index_of(&self.duties, id)
    }
    /// The index of the scenario with this id.
    pub fn scenario_index(&self, id: &str) -> Option<usize> {
        index_of(&self.scenarios, id)
    }
    /// The index of the guidance item with this id.
    pub fn guidance_index(&self, id: &str) -> Option<usize> {
        index_of(&self.guidance, id)
    }
    /// The index of the term with this id.
    pub fn term_index(&self, id: &str) -> Option<usize> {
        index_of(&self.terms, id)
    }
    /// The index of the law item with this id.
    pub fn law_index(&self, id: &str) -> Option<usize> {
        index_of(&self.law, id)
    }
    /// Whether actor `a` is actor `b` or a unit of it, directly or through other units
    /// ([`Actor::part_of`]).
    pub fn within(&self, a: usize, b: usize) -> bool {
        let mut seen = vec![false; self.actors.len()];
        let mut todo = vec![a];
        while let Some(x) = todo.pop() {
            if x == b {
                return true;
            }
            if let Some(s) = seen.get_mut(x).filter(|s| !**s) {
                *s = true;
                todo.extend(self.actors[x].part_of.iter().copied());
            }
        }
        false
    }

    /// The duties (indices) that cite law item `law`, in content order.
    pub fn duties_citing(&self, law: usize) -> Vec<usize> {
        (0..self.duties.len())
            .filter(|&d| self.duties[d].law.contains(&law))
            .collect()
    }

    /// The seed document an item cites.
    pub fn source(&self, r: &SourceRef) -> &Source {
        &self.sources[r.doc]
    }
    /// How an item's source is shown to people, wherever they read it: the document as people cite
    /// it ([`Source::citation`]), then the heading — "Ge akut skydd och stöd vid misstanke om
    /// människohandel (regional version, Stockholms län; odaterad) › Olika aktörers ansvar i detta
    /// steg". The heading is left out when it is the document's own title. Never the file name.
    pub fn cite(&self, r: &SourceRef) -> String {
        let doc = self.source(r);
        if r.heading == doc.title {
            doc.citation()
        } else {
            format!("{} › {}", doc.citation(), r.heading)
        }
    }

    /// Several references as people read them, each document once with its headings:
    /// "Title (…; date) › Heading 1, Heading 2; Other title (…)".
    pub fn cite_all(&self, refs: &[SourceRef]) -> String {
        let mut docs: Vec<(usize, Vec<&str>)> = Vec::new();
        for r in refs {
            let heading = (r.heading != self.sources[r.doc].title).then_some(r.heading.as_ref());
            match docs.iter_mut().find(|(d, _)| *d == r.doc) {
                Some((_, hs)) => hs.extend(heading.filter(|h| !hs.contains(h))),
                None => docs.push((r.doc, heading.into_iter().collect())),
            }
        }
        docs.iter()
            .map(|(d, hs)| {
                let doc = self.sources[*d].citation();
                if hs.is_empty() {
                    doc
                } else {
                    format!("{doc} › {}", hs.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}
