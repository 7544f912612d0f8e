//! Text views for people: plain lines, bold/dim only on a terminal. One function per command.

use std::fmt::Write as _;

use super::View;
use super::words::{age, also_names, local_mark};
use crate::engine::{Answers, Assessment, Hit, Status};
use crate::i18n::Msg;
use crate::model::{Attribution, Contact, Content, Law, StepKind};

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
    let _ = writeln!(
        out,
        "{indent}  {}",
        v.style.dim(&format!(
            "{} · {}: {}",
            age(v, k),
            v.t(Msg::Source),
            c.cite(&k.source)
        ))
    );
}

/// A law item as one or two lines.
pub fn law(v: &View, c: &Content, l: &Law, indent: &str, out: &mut String) {
    let title = super::words::law_title(l)
        .map(|t| format!(" — {t}"))
        .unwrap_or_default();
    let _ = writeln!(out, "{indent}{}{title}", v.style.bold(&l.citation));
    let _ = writeln!(out, "{indent}  {}", l.summary);
    let mut tail = format!(
        "{} ({}: {})",
        v.t(Msg::SeedCitesAsOf),
        v.t(Msg::AsOf),
        l.as_of
    );
    if let Some(x) = &l.external {
        let _ = write!(tail, " · {}: {x}", v.t(Msg::External));
    }
    let _ = writeln!(
        out,
        "{indent}  {}",
        v.style.dim(&format!(
            "{tail} · {}: {}",
            v.t(Msg::Source),
            c.cite(&l.source)
        ))
    );
}

/// The `assess` text view: answers, duties by step and actor, contacts, law, open questions.
pub fn assessment(v: &View, c: &Content, answers: &Answers, a: &Assessment) -> String {
    let mut out = String::new();
    let pairs = answers.pairs(c);
    let given = if pairs.is_empty() {
        v.t(Msg::NoAnswers).to_string()
    } else {
        pairs
            .iter()
            .map(|(q, val)| format!("{q}={val}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
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
        if !s.depends_on.is_empty() {
            let qs: Vec<&str> = s
                .depends_on
                .iter()
                .map(|&q| c.questions[q].id.as_ref())
                .collect();
            let _ = writeln!(out, "      {}: {}", v.t(Msg::DecidedBy), qs.join(", "));
        }
        let mut meta = vec![format!("id: {}", d.id)];
        meta.extend(also_names(v.lang, c, d));
        if let Some(w) = &d.when {
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
        let when = d
            .when
            .as_ref()
            .map_or_else(|| v.t(Msg::Always).to_string(), |w| w.source.to_string());
        let _ = writeln!(out, "  • {}", d.text);
        let also = also_names(v.lang, c, d)
            .map(|a| format!(" · {a}"))
            .unwrap_or_default();
        let attr = match d.attribution {
            Attribution::Stated => v.t(Msg::Stated),
            Attribution::Inferred => v.t(Msg::Inferred),
        };
        let _ = writeln!(
            out,
            "    {}",
            v.style.dim(&format!(
                "id: {}{also} · {}: {when} · {}: {attr}",
                d.id,
                v.t(Msg::Condition),
                v.t(Msg::Attribution)
            ))
        );
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

/// The `search` view.
pub fn hits(v: &View, c: &Content, hits: &[Hit]) -> String {
    let mut out = String::new();
    if hits.is_empty() {
        let _ = writeln!(out, "{}", v.t(Msg::NoHits));
    }
    for h in hits {
        let snippet = if v.style.on {
            format!(
                "{}{}{}",
                &h.snippet[..h.highlight.start],
                v.style.bold(&h.snippet[h.highlight.clone()]),
                &h.snippet[h.highlight.end..]
            )
        } else {
            h.snippet.clone()
        };
        let _ = writeln!(
            out,
            "{} {}",
            v.style.dim(&format!(
                "[{} {}]",
                crate::report::words::kind_text(v.lang, h.item),
                h.item.id(c)
            )),
            h.item.title(c)
        );
        let _ = writeln!(out, "    …{snippet}…");
    }
    out
}

/// The `sources` view: each seed document with what it backs.
pub fn sources(v: &View, c: &Content) -> String {
    let mut out = String::new();
    for (i, s) in c.sources.iter().enumerate() {
        let _ = writeln!(out, "{} — {} ({})", v.style.bold(&s.title), s.file, s.date);
        let _ = writeln!(out, "  {}", s.origin);
        if let Some(n) = &s.note {
            let _ = writeln!(out, "  {}", v.style.dim(n));
        }
        let _ = writeln!(
            out,
            "  {} {}",
            super::listing::items_from(c, i),
            v.t(Msg::Items)
        );
    }
    out
}
