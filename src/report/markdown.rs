//! The Markdown checklist of a consultation: what applies (to tick off), what may apply and what to find
//! out, the contacts and law, and the content's version. No free text, no personal data. In English the
//! marker of the unofficial translation stands under the title.

use std::fmt::Write as _;

use super::View;
use super::condition::{clause_words, explain, heading as why_heading};
use super::freshness::{age, needs_check};
use super::law::{external_line, replaced_line, wording_line};
use super::words::{due_words, local_mark};
use crate::engine::{Answers, Assessment, Status};
use crate::i18n::Msg;
use crate::model::Content;

/// Renders an assessment as a Markdown checklist, the case discovered today.
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
    assessment_from(v, c, answers, a, (v.today, None), verbose)
}

/// Renders an assessment as a Markdown checklist, the case discovered on the date of `from` (at its
/// hours and minutes, when known): the navigator's export, where the user sets the discovery time.
pub fn assessment_from(
    v: &View,
    c: &Content,
    answers: &Answers,
    a: &Assessment,
    from: (crate::model::Date, Option<(u8, u8)>),
    verbose: bool,
) -> String {
    let (from, at) = from;
    let t = |m| crate::i18n::text(v.lang, m);
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", t(Msg::Assessment), c.meta.title);
    if let Some(m) = super::bilingual::marker(v.lang) {
        let _ = writeln!(out, "> **{m}**\n");
    }
    let _ = writeln!(
        out,
        "{}: {} ({})  ",
        t(Msg::Version),
        c.meta.version,
        c.meta.date
    );
    let _ = writeln!(out, "{}: {}\n", t(Msg::DateLabel), v.today);
    let _ = writeln!(out, "## {}\n", t(Msg::Answers));
    let pairs = answers.pairs(c);
    if pairs.is_empty() {
        let _ = writeln!(out, "- {}", t(Msg::NoAnswers));
    }
    for (q, val) in pairs {
        let text = c
            .question_index(q)
            .map_or("", |i| c.questions[i].text.as_ref());
        let _ = writeln!(out, "- {text} **{val}** (`{q}`)");
    }
    for (status, heading) in [
        (Status::Applies, Msg::Applies),
        (Status::MayApply, Msg::MayApply),
        (Status::Historical, Msg::HistoricalMany),
    ] {
        let listed: Vec<_> = a.duties.iter().filter(|s| s.status == status).collect();
        if listed.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {} ({})", capitalise(t(heading)), listed.len());
        let (mut step, mut actor) = (usize::MAX, usize::MAX);
        for s in listed {
            let d = &c.duties[s.duty];
            if d.step != step {
                step = d.step;
                actor = usize::MAX;
                let _ = writeln!(out, "\n### {}", c.steps[step].title);
            }
            if d.actor != actor {
                actor = d.actor;
                let _ = writeln!(out, "\n**{}**\n", c.actors[actor].name);
            }
            let also = super::words::also_names(v.lang, c, d)
                .map(|a| format!(" _({a})_"))
                .unwrap_or_default();
            let box_ = if status == Status::Applies {
                "- [ ] "
            } else {
                "- "
            };
            let _ = writeln!(
                out,
                "{box_}{}{also} _({}: {})_",
                d.text,
                t(Msg::Source),
                c.cite(&d.source)
            );
            let why = explain(c, answers, d.when.as_ref(), s.status, &s.depends_on);
            if !why.clauses.is_empty() {
                let _ = writeln!(out, "  - {}:", why_heading(v.lang, why.status));
                for k in &why.clauses {
                    let _ = writeln!(out, "    - {}", clause_words(v.lang, c, k));
                }
            }
            if let (true, Some(w)) = (verbose, &d.when) {
                let _ = writeln!(out, "  - {}: `{}`", t(Msg::Condition), w.source);
            }
        }
    }
    let due = crate::engine::timeline(c, answers, from);
    if !due.is_empty() {
        let time = at.map_or(String::new(), |(h, m)| format!(" {h:02}:{m:02}"));
        let _ = writeln!(
            out,
            "\n## {} ({}: {from}{time})\n",
            t(Msg::Timeline),
            t(Msg::Discovery),
        );
        for d in &due {
            let dl = &c.deadlines[d.deadline];
            let when = due_words(v.lang, d.date, dl.kind);
            let may = if d.status == Status::MayApply {
                format!(" ({})", t(Msg::MayApply))
            } else {
                String::new()
            };
            let _ = writeln!(out, "- **{}**: {when}{may} — «{}»", dl.label, dl.words);
        }
    }
    if !a.open_questions.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(Msg::OpenQuestions));
        for &q in &a.open_questions {
            let _ = writeln!(out, "- {} (`{}`)", c.questions[q].text, c.questions[q].id);
        }
    }
    if !a.contacts.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(Msg::Contacts));
        for &k in &a.contacts {
            let k = &c.contacts[k];
            let phones: Vec<&str> = k.phones.iter().map(|p| p.number.as_ref()).collect();
            let mut line = format!(
                "- {}**{}** — {} ({})",
                local_mark(v.lang, k),
                k.name,
                k.unit,
                k.target_group
            );
            if !phones.is_empty() {
                let _ = write!(line, " · {}: {}", t(Msg::Phone), phones.join(", "));
            }
            if let Some(e) = &k.email {
                let _ = write!(line, " · {}: {e}", t(Msg::Email));
            }
            if let Some(h) = &k.hours {
                let _ = write!(line, " · {}: {h}", t(Msg::Hours));
            }
            let age = age(v, c, k);
            if needs_check(c, k, v.today) {
                let _ = writeln!(out, "{line} · **{age}**");
            } else {
                let _ = writeln!(out, "{line} · _{age}_");
            }
        }
    }
    if !a.law.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(Msg::Law));
        for &l in &a.law {
            let l = &c.law[l];
            let title = super::words::law_title(l)
                .map(|t| format!(" — {t}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- **{}**{title} _({})_",
                l.citation,
                wording_line(v.lang, l)
            );
            for line in [external_line(v.lang, l), replaced_line(v.lang, l)]
                .into_iter()
                .flatten()
            {
                let _ = writeln!(out, "  - {line}");
            }
        }
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
}
