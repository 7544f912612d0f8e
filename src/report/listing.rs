//! The JSON documents of the listing commands (`questions`, `steps`, `show`, `actors`, `law`,
//! `sources`): typed shapes borrowed from the model, documented in the README. Fields are in
//! alphabetical order, the order these documents have always had.

use std::collections::BTreeMap;

use serde::Serialize;

use super::json::{LawJson, SourceJson, attribution, step_kind};
use crate::model::{Content, Question, Step};

/// One value of a question.
#[derive(Serialize)]
pub struct ValueJson<'a> {
    pub label: &'a str,
    pub value: &'a str,
}

/// A question with its values (`questions`).
#[derive(Serialize)]
pub struct QuestionJson<'a> {
    pub help: Option<&'a str>,
    pub id: &'a str,
    pub text: &'a str,
    pub values: Vec<ValueJson<'a>>,
}

impl<'a> QuestionJson<'a> {
    fn new(q: &'a Question) -> Self {
        QuestionJson {
            help: q.help.as_deref(),
            id: &q.id,
            text: &q.text,
            values: q
                .options
                .iter()
                .map(|o| ValueJson {
                    label: &o.label,
                    value: &o.value,
                })
                .collect(),
        }
    }
}

/// Every question with its values.
pub fn questions(c: &Content) -> Vec<QuestionJson<'_>> {
    c.questions.iter().map(QuestionJson::new).collect()
}

/// A step with its duty count (`steps`).
#[derive(Serialize)]
pub struct StepJson<'a> {
    pub duties: usize,
    pub id: &'a str,
    pub kind: &'static str,
    pub order: i64,
    pub source: SourceJson<'a>,
    pub summary: &'a str,
    pub title: &'a str,
}

/// Every step with its duty count and source.
pub fn steps(c: &Content) -> Vec<StepJson<'_>> {
    c.steps
        .iter()
        .enumerate()
        .map(|(i, s)| StepJson {
            duties: c.duties.iter().filter(|d| d.step == i).count(),
            id: &s.id,
            kind: step_kind(s.kind),
            order: s.order,
            source: SourceJson::new(c, &s.source),
            summary: &s.summary,
            title: &s.title,
        })
        .collect()
}

/// An actor with its duty count per step (`actors`).
#[derive(Serialize)]
pub struct ActorJson<'a> {
    pub description: Option<&'a str>,
    pub duties_per_step: BTreeMap<&'a str, usize>,
    pub id: &'a str,
    pub name: &'a str,
}

/// Every actor with its duty count per step.
pub fn actors(c: &Content) -> Vec<ActorJson<'_>> {
    c.actors
        .iter()
        .enumerate()
        .map(|(a, actor)| {
            let mut per_step: BTreeMap<&str, usize> = BTreeMap::new();
            for d in c.duties.iter().filter(|d| d.involves(a)) {
                *per_step.entry(c.steps[d.step].id.as_ref()).or_insert(0) += 1;
            }
            ActorJson {
                description: actor.description.as_deref(),
                duties_per_step: per_step,
                id: &actor.id,
                name: &actor.name,
            }
        })
        .collect()
}

/// A law item with the duties citing it (`law`).
#[derive(Serialize)]
pub struct LawListJson<'a> {
    pub duties: Vec<&'a str>,
    pub law: LawJson<'a>,
}

/// Every law item with the duties citing it.
pub fn laws(c: &Content) -> Vec<LawListJson<'_>> {
    c.law
        .iter()
        .enumerate()
        .map(|(i, l)| LawListJson {
            duties: c
                .duties_citing(i)
                .into_iter()
                .map(|d| c.duties[d].id.as_ref())
                .collect(),
            law: LawJson::new(c, l),
        })
        .collect()
}

/// A seed document with the number of items drawn from it (`sources`): as people cite it, and the
/// seed's file name for scripts.
#[derive(Serialize)]
pub struct SourceListJson<'a> {
    pub citation: String,
    pub date: String,
    pub date_text: Option<&'a str>,
    pub edition: Option<&'a str>,
    pub file: &'a str,
    pub id: &'a str,
    pub items: usize,
    pub note: Option<&'a str>,
    /// `null` when the document names no publisher.
    pub publisher: Option<&'a str>,
    pub title: &'a str,
}

/// Every seed document with the number of items drawn from it.
pub fn sources(c: &Content) -> Vec<SourceListJson<'_>> {
    c.sources
        .iter()
        .enumerate()
        .map(|(i, s)| SourceListJson {
            citation: s.citation(),
            date: s.date.to_string(),
            date_text: s.date_text.as_deref(),
            edition: s.edition.as_deref(),
            file: &s.file,
            id: &s.id,
            items: items_from(c, i),
            note: s.note.as_deref(),
            publisher: s.publisher.as_deref(),
            title: &s.title,
        })
        .collect()
}

/// A guidance section of a step.
#[derive(Serialize)]
pub struct SectionJson<'a> {
    pub heading: &'a str,
    pub source: SourceJson<'a>,
    pub text: &'a str,
}

/// A duty as `show` lists it.
#[derive(Serialize)]
pub struct StepDutyJson<'a> {
    pub actor: &'a str,
    pub actor_name: &'a str,
    pub also: Vec<&'a str>,
    pub attribution: &'static str,
    pub attribution_note: Option<&'a str>,
    pub id: &'a str,
    pub source: SourceJson<'a>,
    pub text: &'a str,
    pub when: Option<&'a str>,
}

/// One step with its sections and duties (`show`).
#[derive(Serialize)]
pub struct ShowJson<'a> {
    pub duties: Vec<StepDutyJson<'a>>,
    pub id: &'a str,
    pub intro: &'a str,
    pub kind: &'static str,
    pub sections: Vec<SectionJson<'a>>,
    pub source: SourceJson<'a>,
    pub summary: &'a str,
    pub title: &'a str,
}

/// One step with its sections and duties.
pub fn show(c: &Content, i: usize) -> ShowJson<'_> {
    let s: &Step = &c.steps[i];
    ShowJson {
        duties: c
            .duties
            .iter()
            .filter(|d| d.step == i)
            .map(|d| StepDutyJson {
                actor: &c.actors[d.actor].id,
                actor_name: &c.actors[d.actor].name,
                also: d.also.iter().map(|&a| c.actors[a].id.as_ref()).collect(),
                attribution: attribution(d.attribution),
                attribution_note: d.attribution_note.as_deref(),
                id: &d.id,
                source: SourceJson::new(c, &d.source),
                text: &d.text,
                when: d.when.as_ref().map(|w| w.source.as_ref()),
            })
            .collect(),
        id: &s.id,
        intro: &s.intro,
        kind: step_kind(s.kind),
        sections: s
            .sections
            .iter()
            .map(|sec| SectionJson {
                heading: &sec.heading,
                source: SourceJson::new(c, &sec.source),
                text: &sec.text,
            })
            .collect(),
        source: SourceJson::new(c, &s.source),
        summary: &s.summary,
        title: &s.title,
    }
}

/// How many content items cite source document `doc`.
pub fn items_from(c: &Content, doc: usize) -> usize {
    let steps = c
        .steps
        .iter()
        .map(|s| {
            usize::from(s.source.doc == doc)
                + s.sections.iter().filter(|x| x.source.doc == doc).count()
        })
        .sum::<usize>();
    steps
        + c.actors.iter().filter(|x| x.source.doc == doc).count()
        + c.duties.iter().filter(|x| x.source.doc == doc).count()
        + c.contacts.iter().filter(|x| x.source.doc == doc).count()
        + c.law.iter().filter(|x| x.source.doc == doc).count()
}
