//! The JSON shapes of the CLI: stable, documented in the README. Built from the model, borrowed.

use std::collections::BTreeMap;

use serde::Serialize;

pub use super::json_items::{ContactJson, LawJson, ReachJson, ReplacedJson, SourceJson};

use super::words::why_words;
use crate::engine::calendar::LocalTime;
use crate::engine::reach::{ReachNow, Why, call_order, reach_at};
use crate::engine::{Answers, Assessment, Due};
use crate::i18n::Lang;
use crate::model::{Attribution, Content, Date, StepKind};

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
                reach: Some(reach_json(lang, c, i, at)),
                ..ContactJson::new(c, &c.contacts[i], at.date)
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

/// A contact's reachability at `at` as JSON.
pub fn reach_json<'a>(lang: Lang, c: &'a Content, k: usize, at: LocalTime) -> ReachJson<'a> {
    let r: ReachNow = reach_at(&c.contacts[k], at);
    let reach = c.contacts[k].reach.as_ref();
    ReachJson {
        at: at.to_string(),
        state: r.state.as_str(),
        why: why_words(lang, r.why),
        words: reach.map(|x| x.words.as_ref()),
        interpretation: reach.is_some_and(|x| x.interpretation)
            || matches!(
                r.why,
                Why::InsideOfficeHours | Why::OutsideOfficeHours | Why::Eve(_)
            ),
    }
}

#[derive(Serialize)]
pub struct ContactAt<'a> {
    #[serde(flatten)]
    pub contact: ContactJson<'a>,
    pub reach: ReachJson<'a>,
}

/// `contacts --now/--at --format json`: the call order, the escalation and every contact with its
/// reachability at `at`.
pub fn contacts_at<'a>(lang: Lang, c: &'a Content, at: LocalTime) -> ContactsAtJson<'a> {
    let none = Answers::new(c);
    ContactsAtJson {
        at: at.to_string(),
        call_order: call_order(c, &none, at)
            .iter()
            .map(|(k, _)| c.contacts[*k].id.as_ref())
            .collect(),
        escalation: c.escalations.first().map(|e| EscalationJson {
            id: &e.id,
            text: &e.text,
            source: SourceJson::new(c, &e.source),
        }),
        contacts: (0..c.contacts.len())
            .map(|k| ContactAt {
                contact: ContactJson::new(c, &c.contacts[k], at.date),
                reach: reach_json(lang, c, k, at),
            })
            .collect(),
    }
}

/// The document of `contacts --now/--at --format json`.
#[derive(Serialize)]
pub struct ContactsAtJson<'a> {
    pub at: String,
    pub call_order: Vec<&'a str>,
    pub escalation: Option<EscalationJson<'a>>,
    pub contacts: Vec<ContactAt<'a>>,
}

/// The escalation chain's words and source.
#[derive(Serialize)]
pub struct EscalationJson<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub source: SourceJson<'a>,
}

#[derive(Serialize)]
pub struct DueJson<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub kind: &'static str,
    pub days: Option<u32>,
    pub date: Option<String>,
    pub status: &'static str,
    pub when: Option<&'a str>,
    pub duty: Option<&'a str>,
    /// Every duty the deadline belongs to (`duty` is the first); empty for a step's time frame.
    pub duties: Vec<&'a str>,
    pub step: &'a str,
    pub words: &'a str,
    pub source: SourceJson<'a>,
}

impl<'a> DueJson<'a> {
    /// One deadline placed on the calendar.
    pub fn new(c: &'a Content, d: &Due) -> Self {
        let dl = &c.deadlines[d.deadline];
        DueJson {
            id: &dl.id,
            label: &dl.label,
            kind: dl.kind.as_str(),
            days: dl.days,
            date: d.date.map(|x| x.to_string()),
            status: d.status.as_str(),
            when: dl.when.as_ref().map(|w| w.source.as_ref()),
            duty: dl.duty.map(|i| c.duties[i].id.as_ref()),
            duties: dl.duties.iter().map(|&i| c.duties[i].id.as_ref()).collect(),
            step: &c.steps[dl.step].id,
            words: &dl.words,
            source: SourceJson::new(c, &dl.source),
        }
    }
}

/// `timeline --format json`: each deadline as a date from `from`.
pub fn timeline<'a>(c: &'a Content, from: Date, due: &[Due]) -> TimelineJson<'a> {
    TimelineJson {
        discovery: from.to_string(),
        deadlines: due.iter().map(|d| DueJson::new(c, d)).collect(),
    }
}

/// The document of `timeline --format json`.
#[derive(Serialize)]
pub struct TimelineJson<'a> {
    pub discovery: String,
    pub deadlines: Vec<DueJson<'a>>,
}

/// `value` as a pretty JSON document with a final newline.
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Room for a typical document up front: growing the buffer step by step cost more than writing it.
    let mut buf = Vec::with_capacity(64 * 1024);
    // Serialising the typed shapes of this module cannot fail: no maps with non-string keys, no
    // failing `Serialize` impls; an error would be a bug, shown rather than hidden.
    if let Err(e) = serde_json::to_writer_pretty(&mut buf, value) {
        return format!("{e}\n");
    }
    buf.push(b'\n');
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Streams `value` into `out` as the same document [`to_json`] makes.
pub fn write_json<T: Serialize>(out: &mut dyn std::io::Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}
