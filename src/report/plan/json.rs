//! The plan as one stable JSON document (`plan --format json`, documented in the README): the same
//! groups and rows as the text, with ids beside every word so a script can follow them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::{Answers, Call, Due, GuidanceStatus, Plan, PlanRow, PlanSection};
use crate::i18n::Lang;
use crate::model::Content;
use crate::report::json::{ContactJson, DueJson, SourceJson, attribution, reach_json};
use crate::report::words::why_words;

/// The document of `plan --format json`.
#[derive(Serialize)]
pub struct PlanJson<'a> {
    /// "YYYY-MM-DD HH:MM", or "YYYY-MM-DD" when no time of day was given.
    pub discovery: String,
    /// The time reachability is judged at, "YYYY-MM-DD HH:MM".
    pub at: String,
    pub answers: BTreeMap<&'a str, &'a str>,
    /// "My role" (an actor id), or null.
    pub role: Option<&'a str>,
    /// Whether the reference tracks are included.
    pub tracks: bool,
    pub counts: CountsJson,
    /// Whom to call now, in order.
    pub call_order: Vec<CallJson<'a>>,
    /// The groups, most urgent first (with a role: my duties).
    pub sections: Vec<SectionJson<'a>>,
    /// With a role: the other actors' duties, grouped the same way; otherwise empty.
    pub others: Vec<SectionJson<'a>>,
    /// The unanswered questions that still decide something: whom to call first, then most decisive.
    pub questions: Vec<RelevantJson<'a>>,
    /// Every contact of the plan, reachable now first, with its reachability.
    pub contacts: Vec<ContactJson<'a>>,
    pub content_version: &'a str,
}

#[derive(Serialize)]
pub struct CountsJson {
    pub applies: usize,
    pub may_apply: usize,
}

/// A contact to call: its id, name and numbers, and whether it can be reached.
#[derive(Serialize)]
pub struct CallJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub phones: Vec<&'a str>,
    /// `open`, `likely_open`, `likely_closed`, `closed`, `alternative`, `unknown`.
    pub state: &'static str,
    pub why: String,
}

#[derive(Serialize)]
pub struct SectionJson<'a> {
    /// `now`, `today`, `weeks`, `later`.
    pub urgency: &'static str,
    pub rows: Vec<RowJson<'a>>,
    /// Time running in the group without a row of its own (a step's frame, a period).
    pub times: Vec<DueJson<'a>>,
    /// Guidance that concerns no listed row, shown with the group of its step.
    pub guidance: Vec<GuidanceJson<'a>>,
}

#[derive(Serialize)]
pub struct RowJson<'a> {
    pub duty: &'a str,
    pub step: &'a str,
    pub actor: &'a str,
    pub actor_name: &'a str,
    pub text: &'a str,
    /// `applies` or `may_apply`.
    pub status: &'static str,
    /// For `may_apply`: the question ids that would decide it.
    pub decided_by: Vec<&'a str>,
    /// What orders the row: a deadline of the duty (`via: "duty"`) or its step's frame (`"step"`);
    /// null when the content gives no time.
    pub timing: Option<TimingJson<'a>>,
    /// Every deadline linked to the duty that applies or may apply.
    pub deadlines: Vec<DueJson<'a>>,
    /// Whom to call for it, reachable now first.
    pub contacts: Vec<CallJson<'a>>,
    /// Guidance shown with this row (each item once, with the first row it concerns).
    pub guidance: Vec<GuidanceJson<'a>>,
    pub law: Vec<&'a str>,
    pub attribution: &'static str,
    pub source: SourceJson<'a>,
}

#[derive(Serialize)]
pub struct TimingJson<'a> {
    /// `duty` or `step`.
    pub via: &'static str,
    #[serde(flatten)]
    pub deadline: DueJson<'a>,
}

#[derive(Serialize)]
pub struct GuidanceJson<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub status: &'static str,
    pub decided_by: Vec<&'a str>,
    pub when: Option<&'a str>,
    pub step: &'a str,
    /// The duty ids it concerns.
    pub duties: Vec<&'a str>,
    pub source: SourceJson<'a>,
}

#[derive(Serialize)]
pub struct RelevantJson<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub values: Vec<&'a str>,
    /// How many duties and guidance items some answer to it would change.
    pub decides: usize,
    /// Whether some answer to it changes whom to call first (the case's urgency); such questions
    /// come first.
    pub urgent: bool,
}

fn call<'a>(lang: Lang, c: &'a Content, k: &Call) -> CallJson<'a> {
    let x = &c.contacts[k.contact];
    CallJson {
        id: &x.id,
        name: &x.name,
        phones: x.phones.iter().map(|p| p.number.as_ref()).collect(),
        state: k.reach.state.as_str(),
        why: why_words(lang, k.reach.why),
    }
}

fn guidance<'a>(c: &'a Content, gs: &GuidanceStatus) -> GuidanceJson<'a> {
    let g = &c.guidance[gs.guidance];
    GuidanceJson {
        id: &g.id,
        text: &g.text,
        status: gs.status.as_str(),
        decided_by: gs
            .depends_on
            .iter()
            .map(|&q| c.questions[q].id.as_ref())
            .collect(),
        when: g.when.as_ref().map(|w| w.source.as_ref()),
        step: &c.steps[g.step].id,
        duties: g.duties.iter().map(|&d| c.duties[d].id.as_ref()).collect(),
        source: SourceJson::new(c, &g.source),
    }
}

fn row<'a>(lang: Lang, c: &'a Content, p: &Plan, r: &PlanRow) -> RowJson<'a> {
    let d = &c.duties[r.duty];
    RowJson {
        duty: &d.id,
        step: &c.steps[d.step].id,
        actor: &c.actors[d.actor].id,
        actor_name: &c.actors[d.actor].name,
        text: &d.text,
        status: r.status.as_str(),
        decided_by: r
            .depends_on
            .iter()
            .map(|&q| c.questions[q].id.as_ref())
            .collect(),
        timing: r.timing.as_ref().map(|t| TimingJson {
            via: t.via.as_str(),
            deadline: DueJson::new(c, &t.due),
        }),
        deadlines: r.deadlines.iter().map(|d| DueJson::new(c, d)).collect(),
        contacts: r.contacts.iter().map(|k| call(lang, c, k)).collect(),
        guidance: r
            .guidance
            .iter()
            .map(|&g| guidance(c, &p.guidance[g]))
            .collect(),
        law: d.law.iter().map(|&l| c.law[l].id.as_ref()).collect(),
        attribution: attribution(d.attribution),
        source: SourceJson::new(c, &d.source),
    }
}

fn section<'a>(lang: Lang, c: &'a Content, p: &Plan, s: &PlanSection) -> SectionJson<'a> {
    SectionJson {
        urgency: s.urgency.as_str(),
        rows: s.rows.iter().map(|r| row(lang, c, p, r)).collect(),
        times: s.times.iter().map(|d: &Due| DueJson::new(c, d)).collect(),
        guidance: s
            .guidance
            .iter()
            .map(|&g| guidance(c, &p.guidance[g]))
            .collect(),
    }
}

/// The `plan --format json` document.
pub fn plan<'a>(lang: Lang, c: &'a Content, answers: &Answers, p: &Plan) -> PlanJson<'a> {
    let o = p.options;
    let (applies, may_apply) = p.counts();
    PlanJson {
        discovery: if o.clock {
            o.discovery.to_string()
        } else {
            o.discovery.date.to_string()
        },
        at: o.at.to_string(),
        answers: answers.pairs(c).into_iter().collect(),
        role: o.role.map(|r| c.actors[r].id.as_ref()),
        tracks: o.tracks,
        counts: CountsJson { applies, may_apply },
        call_order: p.call_order.iter().map(|k| call(lang, c, k)).collect(),
        sections: p.sections.iter().map(|s| section(lang, c, p, s)).collect(),
        others: p.others.iter().map(|s| section(lang, c, p, s)).collect(),
        questions: p
            .questions
            .iter()
            .map(|r| {
                let q = &c.questions[r.question];
                RelevantJson {
                    id: &q.id,
                    text: &q.text,
                    values: q.options.iter().map(|o| o.value.as_ref()).collect(),
                    decides: r.decides,
                    urgent: r.urgent,
                }
            })
            .collect(),
        contacts: p
            .contacts
            .iter()
            .map(|k| ContactJson {
                reach: Some(reach_json(lang, c, k.contact, o.at)),
                ..ContactJson::new(c, &c.contacts[k.contact], o.at.date)
            })
            .collect(),
        content_version: &c.meta.version,
    }
}
