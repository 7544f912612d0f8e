//! The JSON shapes of the CLI: stable, documented in the README. Built from the model, borrowed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::calendar::LocalTime;
use crate::engine::{Answers, Assessment, Hit};
use crate::i18n::Lang;
use crate::model::{Attribution, Contact, Content, Law, SourceRef, StepKind};

/// `source` of any item: seed file and heading.
#[derive(Serialize)]
pub struct SourceJson<'a> {
    pub doc: &'a str,
    pub file: &'a str,
    pub heading: &'a str,
    pub date: String,
}

impl<'a> SourceJson<'a> {
    pub fn new(c: &'a Content, r: &'a SourceRef) -> Self {
        let s = c.source(r);
        SourceJson {
            doc: &s.id,
            file: &s.file,
            heading: &r.heading,
            date: s.date.to_string(),
        }
    }
}

#[derive(Serialize)]
pub struct DutyJson<'a> {
    pub id: &'a str,
    pub step: &'a str,
    pub actor: &'a str,
    pub actor_name: &'a str,
    /// Other actors the duty's text also gives work to (ids).
    pub also: Vec<&'a str>,
    pub text: &'a str,
    pub status: &'static str,
    pub when: Option<&'a str>,
    pub depends_on: Vec<&'a str>,
    pub law: Vec<&'a str>,
    pub contacts: Vec<&'a str>,
    pub attribution: &'static str,
    pub source: SourceJson<'a>,
}

#[derive(Serialize)]
pub struct ContactJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub unit: &'a str,
    pub target_group: &'a str,
    pub region: &'a str,
    pub phones: Vec<&'a str>,
    pub alt_phones: Vec<&'a str>,
    pub email: Option<&'a str>,
    pub hours: Option<&'a str>,
    pub note: Option<&'a str>,
    pub as_of: String,
    /// What kind of case the contact is for (`akut_fara`, `bradskande`, `rad_och_vagledning`), with
    /// the seed's words; absent when the content says nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<UrgencyJson<'a>>,
    /// Added by a local overlay, not shipped with the guide.
    pub local: bool,
    pub source: SourceJson<'a>,
    /// Reachability at the assessment's time (only in `assess`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reach: Option<super::time::ReachJson<'a>>,
}

/// A contact's urgency in JSON.
#[derive(Serialize)]
pub struct UrgencyJson<'a> {
    pub kind: &'static str,
    pub words: &'a str,
}

impl<'a> ContactJson<'a> {
    pub fn new(c: &'a Content, k: &'a Contact) -> Self {
        ContactJson {
            id: &k.id,
            name: &k.name,
            unit: &k.unit,
            target_group: &k.target_group,
            region: &k.region,
            phones: k.phones.iter().map(|p| p.number.as_ref()).collect(),
            alt_phones: k
                .phones
                .iter()
                .flat_map(|p| p.alt.iter().map(AsRef::as_ref))
                .collect(),
            email: k.email.as_deref(),
            hours: k.hours.as_deref(),
            note: k.note.as_deref(),
            as_of: k.as_of.to_string(),
            urgency: k.urgency.as_ref().map(|u| UrgencyJson {
                kind: u.kind.as_str(),
                words: &u.words,
            }),
            local: k.local,
            source: SourceJson::new(c, &k.source),
            reach: None,
        }
    }
}

#[derive(Serialize)]
pub struct LawJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub citation: &'a str,
    pub summary: &'a str,
    pub as_of: String,
    pub external: Option<&'a str>,
    pub source: SourceJson<'a>,
}

impl<'a> LawJson<'a> {
    pub fn new(c: &'a Content, l: &'a Law) -> Self {
        LawJson {
            id: &l.id,
            title: &l.title,
            citation: &l.citation,
            summary: &l.summary,
            as_of: l.as_of.to_string(),
            external: l.external.as_deref(),
            source: SourceJson::new(c, &l.source),
        }
    }
}

#[derive(Serialize)]
pub struct QuestionRef<'a> {
    pub id: &'a str,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct AssessJson<'a> {
    pub answers: BTreeMap<&'a str, &'a str>,
    pub duties: Vec<DutyJson<'a>>,
    pub contacts: Vec<ContactJson<'a>>,
    pub law: Vec<LawJson<'a>>,
    pub open_questions: Vec<QuestionRef<'a>>,
    pub content_version: &'a str,
}

/// The `assess --format json` document.
pub fn assessment<'a>(
    c: &'a Content,
    answers: &Answers,
    a: &Assessment,
    lang: Lang,
    at: LocalTime,
) -> AssessJson<'a> {
    let q = |i: usize| c.questions[i].id.as_ref();
    AssessJson {
        answers: answers.pairs(c).into_iter().collect(),
        duties: a
            .duties
            .iter()
            .map(|s| {
                let d = &c.duties[s.duty];
                DutyJson {
                    id: &d.id,
                    step: &c.steps[d.step].id,
                    actor: &c.actors[d.actor].id,
                    actor_name: &c.actors[d.actor].name,
                    also: d.also.iter().map(|&a| c.actors[a].id.as_ref()).collect(),
                    text: &d.text,
                    status: s.status.as_str(),
                    when: d.when.as_ref().map(|w| w.source.as_ref()),
                    depends_on: s.depends_on.iter().map(|&i| q(i)).collect(),
                    law: d.law.iter().map(|&i| c.law[i].id.as_ref()).collect(),
                    contacts: d
                        .contacts
                        .iter()
                        .map(|&i| c.contacts[i].id.as_ref())
                        .collect(),
                    attribution: attribution(d.attribution),
                    source: SourceJson::new(c, &d.source),
                }
            })
            .collect(),
        contacts: a
            .contacts
            .iter()
            .map(|&i| ContactJson {
                reach: Some(super::time::reach_json(lang, c, i, at)),
                ..ContactJson::new(c, &c.contacts[i])
            })
            .collect(),
        law: a.law.iter().map(|&i| LawJson::new(c, &c.law[i])).collect(),
        open_questions: a
            .open_questions
            .iter()
            .map(|&i| QuestionRef {
                id: &c.questions[i].id,
                text: &c.questions[i].text,
            })
            .collect(),
        content_version: &c.meta.version,
    }
}

/// The word for an attribution in JSON.
pub fn attribution(a: Attribution) -> &'static str {
    match a {
        Attribution::Stated => "stated",
        Attribution::Inferred => "inferred",
    }
}

/// The word for a step kind in JSON.
pub fn step_kind(k: StepKind) -> &'static str {
    match k {
        StepKind::Process => "process",
        StepKind::Track => "track",
    }
}

#[derive(Serialize)]
pub struct HitJson<'a> {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    pub snippet: &'a str,
    pub score: u32,
}

/// One search hit as JSON.
pub fn hit<'a>(c: &Content, h: &'a Hit) -> HitJson<'a> {
    HitJson {
        kind: h.item.kind(),
        id: h.item.id(c),
        title: h.item.title(c),
        snippet: &h.snippet,
        score: h.score,
    }
}
