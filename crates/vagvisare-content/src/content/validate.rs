//! Turns parsed content files into the validated [`Content`] model, collecting every problem.
//!
//! Checks: ids (form, duplicates), references (step, actor, law, contact, question, source document and
//! a heading the document lists), conditions (syntax, unknown question, value outside its options),
//! empty texts, phone numbers, emails, dates, step order, attribution notes, contacts' freshness,
//! external facts about law (marked once, a replaced law marked `external`), terms' forms (`term.rs`).

use std::borrow::Cow;

use toml::Spanned;

use super::condition::QuestionInfo;
use super::ctx::{At, Ctx};
use super::error::{Diagnostic, SourceFile};
use super::raw::*;
use crate::model::*;

/// All items of all files, by kind, each with its file index.
#[derive(Default)]
pub struct Collected {
    pub meta: Vec<At<RawMeta>>,
    pub sources: Vec<At<RawSource>>,
    pub steps: Vec<At<RawStep>>,
    pub actors: Vec<At<RawActor>>,
    pub questions: Vec<At<RawQuestion>>,
    pub duties: Vec<At<RawDuty>>,
    pub contacts: Vec<At<RawContact>>,
    pub law: Vec<At<RawLaw>>,
    pub escalations: Vec<At<RawEscalation>>,
    pub deadlines: Vec<At<RawDeadline>>,
    pub guidance: Vec<At<RawGuidance>>,
    pub scenarios: Vec<At<RawScenario>>,
    pub terms: Vec<At<RawTerm>>,
}

impl Collected {
    /// Adds the items of one parsed file.
    pub fn add(&mut self, file: usize, raw: RawFile) {
        fn tag<T>(file: usize, v: Vec<Spanned<T>>) -> impl Iterator<Item = At<T>> {
            v.into_iter().map(move |x| (file, x))
        }
        self.meta.extend(raw.meta.map(|m| (file, m)));
        self.sources.extend(tag(file, raw.source));
        self.steps.extend(tag(file, raw.step));
        self.actors.extend(tag(file, raw.actor));
        self.questions.extend(tag(file, raw.question));
        self.duties.extend(tag(file, raw.duty));
        self.contacts.extend(tag(file, raw.contact));
        self.law.extend(tag(file, raw.law));
        self.scenarios.extend(tag(file, raw.scenario));
        self.escalations.extend(tag(file, raw.escalation));
        self.deadlines.extend(tag(file, raw.deadline));
        self.guidance.extend(tag(file, raw.guidance));
        self.terms.extend(tag(file, raw.term));
    }
}

/// Validates everything collected from `files`; returns the model or every problem found.
pub fn validate(files: &[SourceFile], mut c: Collected) -> Result<Content, Vec<Diagnostic>> {
    let mut cx = Ctx {
        files,
        diags: Vec::new(),
        headings: Vec::new(),
    };
    c.steps.sort_by_key(|(_, s)| *s.get_ref().order.get_ref());

    let docs = cx.ids(&c.sources, |s| &s.id, "source");
    let step_ids = cx.ids(&c.steps, |s| &s.id, "step");
    let actor_ids = cx.ids(&c.actors, |s| &s.id, "actor");
    let question_ids = cx.ids(&c.questions, |s| &s.id, "question");
    let duty_ids = cx.ids(&c.duties, |s| &s.id, "duty");
    let contact_ids = cx.ids(&c.contacts, |s| &s.id, "contact");
    let law_ids = cx.ids(&c.law, |s| &s.id, "law");
    drop(question_ids);

    let meta = super::meta::meta(&mut cx, &c.meta);
    let sources = c
        .sources
        .iter()
        .map(|(f, s)| super::source::source(&mut cx, *f, s.get_ref()))
        .collect::<Vec<_>>();
    cx.headings = sources.iter().map(super::source::heading_list).collect();
    let questions = c
        .questions
        .iter()
        .map(|(f, q)| super::question::question(&mut cx, *f, q))
        .collect::<Vec<_>>();
    let infos: Vec<QuestionInfo<'_>> = questions
        .iter()
        .map(|q: &Question| QuestionInfo {
            id: &q.id,
            values: q.options.iter().map(|o| o.value.as_ref()).collect(),
        })
        .collect();

    let mut steps = Vec::new();
    let mut last_order: Option<(i64, usize, usize)> = None;
    for (f, s) in &c.steps {
        let raw = s.get_ref();
        let id = raw.id.get_ref().as_str();
        let order = *raw.order.get_ref();
        if let Some((o, ff, off)) = last_order
            && o == order
        {
            let msg = format!(
                "step `{id}`: order {order} is also used at {}",
                cx.pos(ff, off)
            );
            cx.at(*f, raw.order.span().start, msg);
        }
        last_order = Some((order, *f, raw.order.span().start));
        let kind = match raw.kind.get_ref().as_str() {
            "process" => StepKind::Process,
            "track" => StepKind::Track,
            other => {
                cx.at(
                    *f,
                    raw.kind.span().start,
                    format!("step `{id}`: kind `{other}` is neither `process` nor `track`"),
                );
                StepKind::Track
            }
        };
        let sections = raw
            .section
            .iter()
            .map(|sec| {
                let sec = sec.get_ref();
                Section {
                    heading: cx.text(*f, &sec.heading, "section heading in step", id),
                    text: cx.text(*f, &sec.text, "section text in step", id),
                    source: cx.source_ref(*f, &sec.source, &docs, &format!("step `{id}`")),
                }
            })
            .collect::<Vec<_>>();
        steps.push(Step {
            id: Cow::Owned(id.to_string()),
            order,
            kind,
            historical: raw.historical,
            title: cx.text(*f, &raw.title, "title of step", id),
            summary: cx.text(*f, &raw.summary, "summary of step", id),
            intro: cx.text(*f, &raw.intro, "intro of step", id),
            source: cx.source_ref(*f, &raw.source, &docs, &format!("step `{id}`")),
            sections: Cow::Owned(sections),
        });
    }

    let actors = super::actor::actors(&mut cx, &c.actors, &docs, &actor_ids);

    let law = c
        .law
        .iter()
        .map(|(f, l)| super::law::law_item(&mut cx, *f, l.get_ref(), &docs))
        .collect::<Vec<_>>();

    let contacts = c
        .contacts
        .iter()
        .map(|(f, k)| {
            let refs = super::contact::Refs {
                docs: &docs,
                actors: &actor_ids,
                steps: &step_ids,
                questions: &infos,
                overlay: false,
            };
            super::contact::contact(&mut cx, *f, k.get_ref(), &refs)
        })
        .collect::<Vec<_>>();

    let duties = c
        .duties
        .iter()
        .map(|(f, d)| {
            let d = d.get_ref();
            let id = d.id.get_ref().as_str();
            let owner = format!("duty `{id}`");
            let attribution = match d.attribution.get_ref().as_str() {
                "stated" => Attribution::Stated,
                "inferred" => Attribution::Inferred,
                other => {
                    let msg = format!(
                        "{owner}: attribution `{other}` is neither `stated` nor `inferred`"
                    );
                    cx.at(*f, d.attribution.span().start, msg);
                    Attribution::Stated
                }
            };
            let attribution_note =
                cx.opt_text(*f, &d.attribution_note, "attribution note of duty", id);
            if attribution == Attribution::Inferred && attribution_note.is_none() {
                let msg =
                    format!("{owner}: an inferred attribution needs `attribution_note` saying why");
                cx.at(*f, d.attribution.span().start, msg);
            }
            let actor = cx.resolve(*f, &actor_ids, &d.actor, "actor", &owner);
            let mut also: Vec<usize> = Vec::new();
            for (n, a) in d.also.iter().enumerate() {
                let i = cx.resolve(*f, &actor_ids, a, "actor", &owner);
                let repeated = a.get_ref() == d.actor.get_ref()
                    || d.also[..n].iter().any(|b| b.get_ref() == a.get_ref());
                if repeated {
                    let msg = format!("{owner}: `also` repeats actor `{}`", a.get_ref());
                    cx.at(*f, a.span().start, msg);
                }
                also.push(i);
            }
            Duty {
                id: Cow::Owned(id.to_string()),
                step: cx.resolve(*f, &step_ids, &d.step, "step", &owner),
                actor,
                also: Cow::Owned(also),
                text: cx.text(*f, &d.text, "text of duty", id),
                when: d
                    .when
                    .as_ref()
                    .and_then(|w| cx.condition(*f, w, &infos, &owner)),
                law: Cow::Owned(cx.resolve_list(*f, &law_ids, &d.law, "law", &owner)),
                contacts: Cow::Owned(cx.resolve_list(
                    *f,
                    &contact_ids,
                    &d.contacts,
                    "contact",
                    &owner,
                )),
                attribution,
                attribution_note,
                source: cx.source_ref(*f, &d.source, &docs, &owner),
            }
        })
        .collect::<Vec<_>>();

    let refs = super::time::Refs {
        docs: &docs,
        steps: &step_ids,
        duties: &duty_ids,
        contacts: &contact_ids,
    };
    let escalations = c
        .escalations
        .iter()
        .map(|(f, e)| super::time::escalation(&mut cx, *f, e.get_ref(), &refs, &infos))
        .collect::<Vec<_>>();
    let deadlines = c
        .deadlines
        .iter()
        .map(|(f, d)| super::time::deadline(&mut cx, *f, d.get_ref(), &refs, &infos))
        .collect::<Vec<_>>();
    cx.ids(&c.escalations, |e| &e.id, "escalation");
    cx.ids(&c.deadlines, |d| &d.id, "deadline");
    cx.ids(&c.guidance, |g| &g.id, "guidance");
    let guidance_refs = super::guidance::Refs {
        docs: &docs,
        steps: &step_ids,
        duties: &duty_ids,
    };
    let guidance = c
        .guidance
        .iter()
        .map(|(f, g)| super::guidance::guidance(&mut cx, *f, g.get_ref(), &guidance_refs, &infos))
        .collect::<Vec<_>>();

    cx.ids(&c.scenarios, |s| &s.id, "scenario");
    let scenario_refs = super::scenario::Refs {
        docs: &docs,
        duties: &duty_ids,
        contacts: &contact_ids,
        questions: &questions,
    };
    let scenarios = c
        .scenarios
        .iter()
        .map(|(f, s)| super::scenario::scenario(&mut cx, *f, s, &scenario_refs))
        .collect::<Vec<_>>();
    cx.ids(&c.terms, |t| &t.id, "term");
    let terms = super::term::terms(&mut cx, &c.terms, &docs);

    if c.questions.len() > usize::from(u16::MAX) {
        cx.diags.push(
            files
                .first()
                .map_or_else(Diagnostic::default_at_nowhere, |f| {
                    f.diag(0, "too many questions")
                }),
        );
    }
    if cx.diags.is_empty() {
        // Only on otherwise valid content: a condition that failed to parse would make its questions
        // look unused.
        let conditions = (duties.iter().filter_map(|d| d.when.as_ref()))
            .chain(guidance.iter().filter_map(|g| g.when.as_ref()))
            .chain(deadlines.iter().filter_map(|d| d.when.as_ref()))
            .chain(contacts.iter().filter_map(|k| k.when.as_ref()))
            .chain(
                escalations
                    .iter()
                    .flat_map(|e| e.levels.iter().filter_map(|l| l.when.as_ref())),
            );
        super::guidance::unused_questions(&mut cx, &c.questions, conditions);
    }
    if !cx.diags.is_empty() {
        return Err(cx.diags);
    }
    drop(infos);
    Ok(Content {
        meta,
        sources: Cow::Owned(sources),
        steps: Cow::Owned(steps),
        actors: Cow::Owned(actors),
        questions: Cow::Owned(questions),
        duties: Cow::Owned(duties),
        contacts: Cow::Owned(contacts),
        law: Cow::Owned(law),
        scenarios: Cow::Owned(scenarios),
        escalations: Cow::Owned(escalations),
        deadlines: Cow::Owned(deadlines),
        guidance: Cow::Owned(guidance),
        terms: Cow::Owned(terms),
    })
}

impl Diagnostic {
    fn default_at_nowhere() -> Diagnostic {
        Diagnostic {
            file: "content".into(),
            line: 1,
            col: 1,
            message: "too many questions".into(),
        }
    }
}
