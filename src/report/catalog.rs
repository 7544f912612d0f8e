//! Text of the listing commands (`questions`, `steps`, `show`, `actors`, `contacts`, `law`, `search`,
//! `sources`): plain lines for people, bold/dim only on a terminal. Sources are cited as people cite
//! them; conditions are said in words (the raw syntax only with `--verbose`).

use std::fmt::Write as _;

use super::View;
use super::condition::when_words;
use super::text::{contact, law};
use crate::i18n::Msg;
use crate::model::{Attribution, Content, StepKind};

/// The `questions` view.
pub fn questions(v: &View, c: &Content) -> String {
    let mut out = String::new();
    for q in c.questions.iter() {
        let values: Vec<&str> = q.options.iter().map(|o| o.value.as_ref()).collect();
        let _ = writeln!(out, "{} — {}", v.style.bold(&q.id), q.text);
        let _ = writeln!(
            out,
            "  {}: {} (vet_ej = {})",
            v.t(Msg::Values),
            values.join(", "),
            v.t(Msg::Unknown)
        );
        if let Some(h) = &q.help {
            let _ = writeln!(out, "  {}", v.style.dim(h));
        }
    }
    out
}

/// The `steps` view.
pub fn steps(v: &View, c: &Content) -> String {
    let mut out = String::new();
    let mut n = 0;
    for (i, s) in c.steps.iter().enumerate() {
        let duties = c.duties.iter().filter(|d| d.step == i).count();
        let label = match s.kind {
            StepKind::Process => {
                n += 1;
                format!("{n}.")
            }
            StepKind::Track => format!("({})", v.t(Msg::Track)),
        };
        let _ = writeln!(out, "{label} {} — {}", v.style.bold(&s.title), s.summary);
        let _ = writeln!(
            out,
            "   id: {} · {}: {duties} · {}: {}",
            s.id,
            v.t(Msg::Duties),
            v.t(Msg::Source),
            c.cite(&s.source)
        );
    }
    out
}

/// The `show STEP` view.
pub fn step(v: &View, c: &Content, i: usize) -> String {
    step_with(v, c, i, false)
}

/// [`step`], with each duty's raw condition too when `verbose`.
pub fn step_with(v: &View, c: &Content, i: usize, verbose: bool) -> String {
    let s = &c.steps[i];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n{}\n\n{}",
        v.style.bold(&s.title),
        s.summary,
        s.intro
    );
    let _ = writeln!(
        out,
        "{}",
        v.style
            .dim(&format!("{}: {}", v.t(Msg::Source), c.cite(&s.source)))
    );
    for sec in s.sections.iter() {
        let _ = writeln!(out, "\n{}\n{}", v.style.bold(&sec.heading), sec.text);
        let _ = writeln!(
            out,
            "{}",
            v.style
                .dim(&format!("{}: {}", v.t(Msg::Source), c.cite(&sec.source)))
        );
    }
    let mut actor = usize::MAX;
    let mut duties: Vec<usize> = (0..c.duties.len())
        .filter(|&d| c.duties[d].step == i)
        .collect();
    duties.sort_by_key(|&d| (c.duties[d].actor, d));
    if !duties.is_empty() {
        let _ = writeln!(out, "\n{}", v.style.bold(v.t(Msg::Duties)));
    }
    for d in duties {
        let d = &c.duties[d];
        if d.actor != actor {
            actor = d.actor;
            let _ = writeln!(out, "{}", v.style.bold(&c.actors[actor].name));
        }
        let when = d.when.as_ref().map_or_else(
            || v.t(Msg::Always).to_string(),
            |w| when_words(v.lang, c, w),
        );
        let _ = writeln!(out, "  • {}", d.text);
        let _ = writeln!(out, "    {}: {when}", v.t(Msg::CondWhen));
        let attr = match d.attribution {
            Attribution::Stated => v.t(Msg::Stated),
            Attribution::Inferred => v.t(Msg::Inferred),
        };
        let also = super::words::also_names(v.lang, c, d)
            .map(|a| format!(" · {a}"))
            .unwrap_or_default();
        let mut meta = format!("id: {}{also} · {}: {attr}", d.id, v.t(Msg::Attribution));
        if let (true, Some(w)) = (verbose, &d.when) {
            let _ = write!(meta, " · {}: {}", v.t(Msg::Condition), w.source);
        }
        let _ = writeln!(out, "    {}", v.style.dim(&meta));
    }
    out
}

/// The `actors` view: each actor with its duty count per step.
pub fn actors(v: &View, c: &Content) -> String {
    let mut out = String::new();
    for (a, actor) in c.actors.iter().enumerate() {
        let per_step: Vec<String> = c
            .steps
            .iter()
            .enumerate()
            .filter_map(|(s, st)| {
                let n = c
                    .duties
                    .iter()
                    .filter(|d| d.involves(a) && d.step == s)
                    .count();
                (n > 0).then(|| format!("{} {n}", st.id))
            })
            .collect();
        let _ = writeln!(out, "{} ({})", v.style.bold(&actor.name), actor.id);
        if !per_step.is_empty() {
            let _ = writeln!(out, "  {}: {}", v.t(Msg::Duties), per_step.join(", "));
        }
    }
    out
}

/// The `contacts` view.
pub fn contacts(v: &View, c: &Content) -> String {
    let mut out = String::new();
    for k in c.contacts.iter() {
        contact(v, c, k, "", &mut out);
        out.push('\n');
    }
    out
}

/// The `law` view: each reference with the duties it supports.
pub fn laws(v: &View, c: &Content) -> String {
    let mut out = String::new();
    for (i, l) in c.law.iter().enumerate() {
        law(v, c, l, "", &mut out);
        let duties: Vec<&str> = c
            .duties_citing(i)
            .into_iter()
            .map(|d| c.duties[d].id.as_ref())
            .collect();
        if !duties.is_empty() {
            let _ = writeln!(out, "  {}: {}", v.t(Msg::SupportsDuties), duties.join(", "));
        }
        out.push('\n');
    }
    out
}

/// The `sources` view: each document as people cite it, who published it and when, and what it backs.
pub fn sources(v: &View, c: &Content) -> String {
    let mut out = String::new();
    for (i, s) in c.sources.iter().enumerate() {
        let _ = writeln!(out, "{}", v.style.bold(&s.citation()));
        // Publisher and date as the source view states them, then the note, dimmed.
        for (n, line) in super::source::header(v, s).iter().enumerate() {
            let line = if n == 0 {
                line.clone()
            } else {
                v.style.dim(line)
            };
            let _ = writeln!(out, "  {line}");
        }
        let _ = writeln!(
            out,
            "  id: {} · {} {} · vagvisare source {}",
            s.id,
            super::listing::items_from(c, i),
            v.t(Msg::Items),
            s.id
        );
    }
    out
}
