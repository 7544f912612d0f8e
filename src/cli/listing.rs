//! The JSON documents of the listing commands (`questions`, `steps`, `show`, `actors`, `law`,
//! `sources`): plain `serde_json` values built from the model, documented in the README.

use std::collections::BTreeMap;

use serde_json::Value;

use super::json;
use crate::model::Content;

/// Every question with its values.
pub fn questions(c: &Content) -> Vec<Value> {
    c.questions
        .iter()
        .map(|q| {
            serde_json::json!({"id": q.id, "text": q.text, "help": q.help,
                "values": q.options.iter().map(|o| serde_json::json!({"value": o.value, "label": o.label})).collect::<Vec<_>>()})
        })
        .collect::<Vec<_>>()
}

/// Every step with its duty count and source.
pub fn steps(c: &Content) -> Vec<Value> {
    c.steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({"id": s.id, "order": s.order, "kind": json::step_kind(s.kind), "title": s.title,
                "summary": s.summary, "duties": c.duties.iter().filter(|d| d.step == i).count(),
                "source": json::SourceJson::new(c, &s.source)})
        })
        .collect::<Vec<_>>()
}

/// Every actor with its duty count per step.
pub fn actors(c: &Content) -> Vec<Value> {
    c.actors
        .iter()
        .enumerate()
        .map(|(a, actor)| {
            let per_step: BTreeMap<&str, usize> = c
                .duties
                .iter()
                .filter(|d| d.involves(a))
                .fold(BTreeMap::new(), |mut m, d| {
                    *m.entry(c.steps[d.step].id.as_ref()).or_insert(0) += 1;
                    m
                });
            serde_json::json!({"id": actor.id, "name": actor.name, "description": actor.description, "duties_per_step": per_step})
        })
        .collect::<Vec<_>>()
}

/// Every law item with the duties citing it.
pub fn laws(c: &Content) -> Vec<Value> {
    c.law
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let duties: Vec<&str> = c
                .duties_citing(i)
                .into_iter()
                .map(|d| c.duties[d].id.as_ref())
                .collect();
            serde_json::json!({"law": json::LawJson::new(c, l), "duties": duties})
        })
        .collect::<Vec<_>>()
}

/// Every seed document with the number of items drawn from it.
pub fn sources(c: &Content) -> Vec<Value> {
    c.sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({"id": s.id, "file": s.file, "title": s.title, "date": s.date.to_string(),
                "origin": s.origin, "note": s.note, "items": items_from(c, i)})
        })
        .collect::<Vec<_>>()
}

/// One step with its sections and duties.
pub fn show(c: &Content, i: usize) -> Value {
    let s = &c.steps[i];
    serde_json::json!({
        "id": s.id, "title": s.title, "summary": s.summary, "intro": s.intro, "kind": json::step_kind(s.kind),
        "source": json::SourceJson::new(c, &s.source),
        "sections": s.sections.iter().map(|sec| serde_json::json!({"heading": sec.heading, "text": sec.text,
            "source": json::SourceJson::new(c, &sec.source)})).collect::<Vec<_>>(),
        "duties": c.duties.iter().filter(|d| d.step == i).map(|d| serde_json::json!({
            "id": d.id, "actor": c.actors[d.actor].id, "actor_name": c.actors[d.actor].name,
            "also": d.also.iter().map(|&a| &c.actors[a].id).collect::<Vec<_>>(), "text": d.text,
            "when": d.when.as_ref().map(|w| &w.source), "attribution": json::attribution(d.attribution),
            "attribution_note": d.attribution_note, "source": json::SourceJson::new(c, &d.source)})).collect::<Vec<_>>(),
    })
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
