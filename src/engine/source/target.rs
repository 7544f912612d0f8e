//! What an id names (`vagvisare source ID`), and which source and items to show for it.

use super::outline::Part;
use crate::model::{Condition, Content};

/// What an id names, for the source view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Source(usize),
    Part(Part),
    Question(usize),
    Scenario(usize),
}

impl Found {
    /// The kind's word in JSON and for `kind:id`.
    pub fn kind(self) -> &'static str {
        match self {
            Found::Source(_) => "source",
            Found::Part(Part::Intro(_)) => "step",
            Found::Part(p) => p.kind(),
            Found::Question(_) => "question",
            Found::Scenario(_) => "scenario",
        }
    }

    /// The id as given.
    pub fn id(self, c: &Content) -> String {
        match self {
            Found::Source(i) => c.sources[i].id.to_string(),
            Found::Part(p) => p.id(c),
            Found::Question(i) => c.questions[i].id.to_string(),
            Found::Scenario(i) => c.scenarios[i].id.to_string(),
        }
    }
}

/// Everything `id` names, most specific kind first: source, duty, step, section (`step#n`), contact,
/// law, deadline, escalation, actor, question, scenario. `kind:id` (`law:kontaktforbud`) names one kind.
pub fn find(c: &Content, id: &str) -> Vec<Found> {
    let (kind, id) = match id.split_once(':') {
        Some((k, rest)) => (Some(k), rest),
        None => (None, id),
    };
    let section = id.split_once('#').and_then(|(step, n)| {
        let s = c.step_index(step)?;
        let n = n.parse::<usize>().ok()?.checked_sub(1)?;
        (n < c.steps[s].sections.len()).then_some(Found::Part(Part::Section(s, n)))
    });
    let all = [
        c.sources.iter().position(|x| x.id == id).map(Found::Source),
        c.duty_index(id).map(|i| Found::Part(Part::Duty(i))),
        c.step_index(id).map(|i| Found::Part(Part::Intro(i))),
        section,
        c.contact_index(id).map(|i| Found::Part(Part::Contact(i))),
        c.law_index(id).map(|i| Found::Part(Part::Law(i))),
        c.deadlines
            .iter()
            .position(|x| x.id == id)
            .map(|i| Found::Part(Part::Deadline(i))),
        c.escalations
            .iter()
            .position(|x| x.id == id)
            .map(|i| Found::Part(Part::Escalation(i))),
        c.actor_index(id).map(|i| Found::Part(Part::Actor(i))),
        c.question_index(id).map(Found::Question),
        c.scenario_index(id).map(Found::Scenario),
    ];
    all.into_iter()
        .flatten()
        .filter(|f| kind.is_none_or(|k| k == f.kind()))
        .collect()
}

/// The source to show for what was asked, and what to highlight in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub found: Found,
    pub doc: usize,
    /// The items to highlight.
    pub parts: Vec<Part>,
    /// Headings to highlight (a scenario's cited headings).
    pub headings: Vec<String>,
    /// Other sources with items that a question decides.
    pub also_in: Vec<usize>,
}

impl Target {
    /// Whether `part` is highlighted.
    pub fn highlights(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }
}

fn tests(cond: Option<&Condition>, q: usize) -> bool {
    cond.is_some_and(|w| w.questions().contains(&q))
}

/// The source view of what `found` names; `None` for a question that decides nothing drawn from a
/// source, or a scenario without sources.
pub fn target(c: &Content, found: Found) -> Option<Target> {
    let plain = |doc: usize, parts: Vec<Part>| Target {
        found,
        doc,
        parts,
        headings: Vec::new(),
        also_in: Vec::new(),
    };
    match found {
        Found::Source(doc) => Some(plain(doc, Vec::new())),
        Found::Part(p) => Some(plain(p.source(c).doc, vec![p])),
        Found::Question(q) => {
            let decided: Vec<Part> = (0..c.duties.len())
                .filter(|&d| tests(c.duties[d].when.as_ref(), q))
                .map(Part::Duty)
                .chain(
                    (0..c.contacts.len())
                        .filter(|&k| tests(c.contacts[k].when.as_ref(), q))
                        .map(Part::Contact),
                )
                .chain(
                    (0..c.deadlines.len())
                        .filter(|&x| tests(c.deadlines[x].when.as_ref(), q))
                        .map(Part::Deadline),
                )
                .collect();
            let mut docs: Vec<(usize, usize)> = Vec::new();
            for p in &decided {
                let doc = p.source(c).doc;
                match docs.iter_mut().find(|(d, _)| *d == doc) {
                    Some((_, n)) => *n += 1,
                    None => docs.push((doc, 1)),
                }
            }
            let (doc, _) = docs
                .iter()
                .copied()
                .reduce(|best, x| if x.1 > best.1 { x } else { best })?;
            Some(Target {
                also_in: docs.iter().map(|(d, _)| *d).filter(|&d| d != doc).collect(),
                ..plain(
                    doc,
                    decided
                        .into_iter()
                        .filter(|p| p.source(c).doc == doc)
                        .collect(),
                )
            })
        }
        Found::Scenario(i) => {
            let s = &c.scenarios[i];
            let doc = s.sources.first()?.doc;
            let parts = s
                .key_duties
                .iter()
                .map(|&d| Part::Duty(d))
                .chain(s.key_contacts.iter().map(|&k| Part::Contact(k)))
                .filter(|p| p.source(c).doc == doc)
                .collect();
            Some(Target {
                headings: s
                    .sources
                    .iter()
                    .filter(|r| r.doc == doc)
                    .map(|r| r.heading.to_string())
                    .collect(),
                ..plain(doc, parts)
            })
        }
    }
}
