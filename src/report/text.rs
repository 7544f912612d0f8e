//! Text views for people: plain lines, bold/dim only on a terminal. The assessment and the blocks it
//! and the listings share (a contact, a law item); the listing commands are in [`super::catalog`].

use std::fmt::Write as _;

use super::View;
use super::condition::{explain, lines};
use super::freshness::{age, needs_check};
use super::law::{external_line, replaced_line, wording_line};
use super::words::{also_names, local_mark};
use crate::engine::{Answers, Assessment, Status};
use crate::i18n::Msg;
use crate::model::{Contact, Content, Law};

/// A contact as a block of lines, indented by `indent`.
pub fn contact(v: &View, c: &Content, k: &Contact, indent: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "{indent}{}{} — {} ({}, {})",
        local_mark(v.lang, k),
        v.style.bold(&k.name),
        k.unit,
        k.target_group,
        k.region
    );
    for p in k.phones.iter() {
        let label = p
            .label
            .as_deref()
            .map(|l| format!(" ({l})"))
            .unwrap_or_default();
        let alt = if p.alt.is_empty() {
            String::new()
        } else {
            format!(" = {}", p.alt.join(" = "))
        };
        let _ = writeln!(
            out,
            "{indent}  {}: {}{alt}{label}",
            v.t(Msg::Phone),
            v.style.bold(&p.number)
        );
    }
    if let Some(e) = &k.email {
        let _ = writeln!(out, "{indent}  {}: {e}", v.t(Msg::Email));
    }
    if let Some(h) = &k.hours {
        let _ = writeln!(out, "{indent}  {}: {h}", v.t(Msg::Hours));
    }
    if let Some(n) = &k.note {
        let _ = writeln!(out, "{indent}  {}: {n}", v.t(Msg::Note));
    }
    // A contact to check before calling stands out (bold); a current or national one is quiet.
    let age = age(v, c, k);
    let age = if needs_check(c, k, v.today) {
        v.style.bold(&age)
    } else {
        v.style.dim(&age)
    };
    let _ = writeln!(
        out,
        "{indent}  {age}{}",
        v.style
            .dim(&format!(" · {}: {}", v.t(Msg::Source), c.cite(&k.source)))
    );
}

/// A law item: citation and title, summary, what we know from outside the sources, the replaced-law
/// line, then the wording's date and the source.
pub fn law(v: &View, c: &Content, l: &Law, indent: &str, out: &mut String) {
    let title = super::words::law_title(l)
        .map(|t| format!(" — {t}"))
        .unwrap_or_default();
    let _ = writeln!(out, "{indent}{}{title}", v.style.bold(&l.citation));
    let _ = writeln!(out, "{indent}  {}", l.summary);
    for line in [external_line(v.lang, l), replaced_line(v.lang, l)]
        .into_iter()
        .flatten()
    {
        let _ = writeln!(out, "{indent}  {line}");
    }
    let _ = writeln!(
        out,
        "{indent}  {}",
        v.style.dim(&format!(
            "{} · {}: {}",
            wording_line(v.lang, l),
            v.t(Msg::Source),
            c.cite(&l.source)
        ))
    );
}

/// The `assess` text view: answers, duties by step and actor, contacts, law, open questions.
pub fn assessment(v: &View, c: &Content, answers: &Answers, a: &Assessment) -> String {
    assessment_with(v, c, answers, a, false)
}

/// [`assessment`], with each duty's raw condition too when `verbose`.
pub fn assessment_with(
    v: &View,
    c: &Content,
    answers: &Answers,
    a: &Assessment,
    verbose: bool,
) -> String {
    let mut out = String::new();
    let given = super::words::answers_given(v.lang, c, answers);
    let (applies, may) = a.counts();
    let _ = writeln!(
        out,
        "{} — {}: {given}",
        v.style.bold(v.t(Msg::Assessment)),
        v.t(Msg::Answers)
    );
    let historical = match a.historical() {
        0 => String::new(),
        n => format!(" · {n} {}", v.t(Msg::HistoricalMany)),
    };
    let _ = writeln!(
        out,
        "{applies} {} · {may} {}{historical}",
        v.t(Msg::Applies),
        v.t(Msg::MayApply)
    );
    let (mut step, mut actor) = (usize::MAX, usize::MAX);
    for s in &a.duties {
        let d = &c.duties[s.duty];
        if d.step != step {
            step = d.step;
            actor = usize::MAX;
            let st = &c.steps[step];
            let _ = writeln!(
                out,
                "\n{}",
                v.style.bold(&format!("== {} ({}) ==", st.title, st.id))
            );
        }
        if d.actor != actor {
            actor = d.actor;
            let _ = writeln!(out, "{}", v.style.bold(&c.actors[actor].name));
        }
        let mark = match s.status {
            Status::Applies => format!("✔ {}", v.t(Msg::Applies)),
            Status::MayApply => format!("? {}", v.t(Msg::MayApply)),
            Status::Historical => format!("– {}", v.t(Msg::Historical)),
        };
        let _ = writeln!(out, "  [{mark}] {}", d.text);
        let why = explain(c, answers, d.when.as_ref(), s.status, &s.depends_on);
        for line in lines(v.lang, c, &why) {
            let _ = writeln!(out, "      {line}");
        }
        let mut meta = vec![format!("id: {}", d.id)];
        meta.extend(also_names(v.lang, c, d));
        if let (true, Some(w)) = (verbose, &d.when) {
            meta.push(format!("{}: {}", v.t(Msg::Condition), w.source));
        }
        if !d.law.is_empty() {
            meta.push(format!(
                "{}: {}",
                v.t(Msg::Law),
                d.law
                    .iter()
                    .map(|&l| c.law[l].citation.as_ref())
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if !d.contacts.is_empty() {
            meta.push(format!(
                "{}: {}",
                v.t(Msg::Contacts),
                d.contacts
                    .iter()
                    .map(|&k| c.contacts[k].name.as_ref())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let _ = writeln!(out, "      {}", v.style.dim(&meta.join(" · ")));
        for &l in d.law.iter() {
            if let Some(line) = replaced_line(v.lang, &c.law[l]) {
                let _ = writeln!(out, "      {}", v.style.dim(&line));
            }
        }
    }
    if !a.contacts.is_empty() {
        let _ = writeln!(out, "\n{}", v.style.bold(v.t(Msg::Contacts)));
        for &k in &a.contacts {
            contact(v, c, &c.contacts[k], "  ", &mut out);
        }
    }
    if !a.law.is_empty() {
        let _ = writeln!(out, "\n{}", v.style.bold(v.t(Msg::Law)));
        for &l in &a.law {
            law(v, c, &c.law[l], "  ", &mut out);
        }
    }
    if !a.open_questions.is_empty() {
        let _ = writeln!(out, "\n{}", v.style.bold(v.t(Msg::OpenQuestions)));
        for &q in &a.open_questions {
            let question = &c.questions[q];
            let values: Vec<&str> = question.options.iter().map(|o| o.value.as_ref()).collect();
            let _ = writeln!(
                out,
                "  {} — {} [{}]",
                question.id,
                question.text,
                values.join("|")
            );
        }
    }
    out
}
