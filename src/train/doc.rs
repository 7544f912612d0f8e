//! Scenarios as text: the list, the walkthrough printed as plain text (when stdout is no terminal),
//! the Markdown handout without answers and the answer key with sources.

use std::fmt::Write as _;

use super::quiz::{self, Kind};
use super::walkthrough::Walkthrough;
use crate::i18n::{Lang, Msg, text};
use crate::model::{Content, Scenario};
use crate::report::bilingual::marker;

/// `vagvisare scenarios` for people.
pub fn list_text(c: &Content, lang: Lang) -> String {
    let t = |m| text(lang, m);
    if c.scenarios.is_empty() {
        return format!("{}\n", t(Msg::TrainNoScenarios));
    }
    let mut out = String::new();
    for (i, s) in c.scenarios.iter().enumerate() {
        let decide = s.answers.iter().filter(|a| a.decide).count();
        let _ = writeln!(out, "{:>2}. {} — {}", i + 1, s.id, s.title);
        let _ = writeln!(
            out,
            "    {}: {} · {} {} · {decide} {}",
            t(Msg::TargetGroup),
            s.target_group,
            s.parts.len(),
            t(Msg::TrainParts),
            t(Msg::TrainToDecide)
        );
        let _ = writeln!(out, "    {}: {}", t(Msg::Source), c.cite_all(&s.sources));
    }
    out
}

/// `vagvisare scenarios --format json`: one object per scenario.
pub fn list_json(c: &Content) -> serde_json::Value {
    let items: Vec<serde_json::Value> = c
        .scenarios
        .iter()
        .map(|s| {
            serde_json::json!({
                "id": s.id, "title": s.title, "target_group": s.target_group,
                "parts": s.parts.len(),
                "answers": s.answers.iter().map(|a| {
                    let q = &c.questions[a.question];
                    serde_json::json!({"question": q.id, "value": q.options[a.value].value, "decide": a.decide})
                }).collect::<Vec<_>>(),
                "key_duties": s.key_duties.iter().map(|&d| &c.duties[d].id).collect::<Vec<_>>(),
                "key_contacts": s.key_contacts.iter().map(|&k| &c.contacts[k].id).collect::<Vec<_>>(),
                "sources": s.sources.iter().map(|r| serde_json::json!({
                    "doc": c.sources[r.doc].id, "file": c.sources[r.doc].file, "heading": r.heading})).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::Value::Array(items)
}

fn answer_label(c: &Content, q: usize, v: usize) -> String {
    c.questions[q].options[v].label.to_string()
}

/// In a translation, the marker as a Markdown quote: "> **Unofficial translation — …**".
fn unofficial(out: &mut String, lang: Lang) {
    if let Some(m) = marker(lang) {
        let _ = writeln!(out, "> **{m}**\n");
    }
}

/// The case itself: title (then, when `mark`, the marker of a translation), target group, parts and
/// the given (not to be decided) facts.
fn case(out: &mut String, c: &Content, s: &Scenario, lang: Lang, mark: bool) {
    let t = |m| text(lang, m);
    let _ = writeln!(out, "# {}\n", s.title);
    if mark {
        unofficial(out, lang);
    }
    let _ = writeln!(out, "{}: {}\n", t(Msg::TargetGroup), s.target_group);
    let _ = writeln!(out, "## {}\n", t(Msg::TrainCase));
    for (i, p) in s.parts.iter().enumerate() {
        let _ = writeln!(out, "{}. {}\n", i + 1, p.text);
    }
    let given: Vec<String> = s
        .answers
        .iter()
        .filter(|a| !a.decide)
        .map(|a| {
            let q = &c.questions[a.question];
            format!("- {} **{}**", q.text, answer_label(c, a.question, a.value))
        })
        .collect();
    if !given.is_empty() {
        let _ = writeln!(out, "## {}\n\n{}\n", t(Msg::TrainGiven), given.join("\n"));
    }
}

/// The Markdown handout: the case, what to decide, the quiz and the discussion — no answers.
pub fn handout(w: &Walkthrough, lang: Lang) -> String {
    let (c, s) = (w.content, w.scenario());
    let t = |m| text(lang, m);
    let mut out = format!("<!-- {} -->\n", t(Msg::TrainHandout));
    case(&mut out, c, s, lang, true);
    let _ = writeln!(out, "## {}\n", t(Msg::TrainDecide));
    for a in s.answers.iter().filter(|a| a.decide) {
        let q = &c.questions[a.question];
        let opts: Vec<String> = q.options.iter().map(|o| format!("☐ {}", o.label)).collect();
        let _ = writeln!(out, "- {}  \n  {}", q.text, opts.join("   "));
    }
    let _ = writeln!(out, "\n## {}\n", t(Msg::TrainQuiz));
    for (i, q) in w.quiz.iter().enumerate() {
        let _ = writeln!(out, "{}. {}  \n   ”{}”", i + 1, ask(q.kind, lang), q.prompt);
        for &o in &q.options {
            let _ = writeln!(out, "   - ☐ {}", quiz::option_label(c, q.kind, o));
        }
        out.push('\n');
    }
    discussion(&mut out, s, lang, false);
    out
}

fn ask(kind: Kind, lang: Lang) -> &'static str {
    text(
        lang,
        match kind {
            Kind::ActorForDuty => Msg::TrainAskActor,
            Kind::StepForDuty => Msg::TrainAskStep,
            Kind::ContactForNeed => Msg::TrainAskContact,
        },
    )
}

fn discussion(out: &mut String, s: &Scenario, lang: Lang, learning: bool) {
    let t = |m| text(lang, m);
    let _ = writeln!(out, "## {}\n", t(Msg::TrainDiscussion));
    for (i, d) in s.discussion.iter().enumerate() {
        let _ = writeln!(out, "{}. {d}", i + 1);
    }
    out.push('\n');
    if learning {
        let _ = writeln!(out, "## {}\n", t(Msg::TrainLearning));
        for p in s.learning_points.iter() {
            let _ = writeln!(out, "- {p}");
        }
        out.push('\n');
    }
}

/// The Markdown answer key: the right answers, the duties that follow, the quiz answers, key contacts,
/// learning points — each with its source.
pub fn key(w: &Walkthrough, lang: Lang) -> String {
    let s = w.scenario();
    let t = |m| text(lang, m);
    let mut out = format!("# {}: {}\n\n", t(Msg::TrainAnswerKey), s.title);
    unofficial(&mut out, lang);
    reveal(&mut out, w, lang);
    out
}

/// The answer key below its title: the right answers, the duties, the quiz, contacts, discussion.
fn reveal(out: &mut String, w: &Walkthrough, lang: Lang) {
    let (c, s) = (w.content, w.scenario());
    let t = |m| text(lang, m);
    let _ = writeln!(out, "## {}\n", t(Msg::TrainDecide));
    for a in s.answers.iter().filter(|a| a.decide) {
        let q = &c.questions[a.question];
        let _ = writeln!(
            out,
            "- {} **{}** (`{}={}`)",
            q.text,
            answer_label(c, a.question, a.value),
            q.id,
            q.options[a.value].value
        );
    }
    let _ = writeln!(out, "\n## {}\n", t(Msg::TrainDutiesFollow));
    for (actor, duties) in &w.groups {
        let _ = writeln!(out, "### {}\n", c.actors[*actor].name);
        for ds in duties {
            let d = &c.duties[ds.duty];
            let star = if s.key_duties.contains(&ds.duty) {
                "★ "
            } else {
                ""
            };
            let may = if ds.status == crate::engine::Status::Historical {
                format!(" *({})*", t(Msg::Historical))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "- {star}{}{may}  \n  {}: {}",
                d.text,
                t(Msg::Source),
                c.cite(&d.source)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}\n", t(Msg::TrainKeyDuty));
    open_questions(out, w, lang);
    let _ = writeln!(out, "## {}\n", t(Msg::TrainQuiz));
    for (i, q) in w.quiz.iter().enumerate() {
        let right = quiz::option_label(c, q.kind, q.options[q.correct]);
        let _ = writeln!(
            out,
            "{}. ”{}” → **{right}**  \n   {}: {}",
            i + 1,
            q.prompt,
            t(Msg::Source),
            quiz::source_of(c, q)
        );
    }
    let _ = writeln!(out, "\n## {}\n", t(Msg::TrainKeyContacts));
    for &k in s.key_contacts.iter() {
        let k = &c.contacts[k];
        let phones: Vec<&str> = k.phones.iter().map(|p| p.number.as_ref()).collect();
        let _ = writeln!(
            out,
            "- {} ({}) {}  \n  {}: {}",
            k.name,
            k.target_group,
            phones.join(", "),
            t(Msg::Source),
            c.cite(&k.source)
        );
    }
    out.push('\n');
    discussion(out, s, lang, true);
    let _ = writeln!(out, "## {}\n", t(Msg::Sources));
    for r in s.sources.iter() {
        let _ = writeln!(out, "- {}", c.cite(r));
    }
}

/// What the case leaves open: each question with the number of duties that hang on it and whose they
/// are — one line each, not the duties themselves (the case does not make them apply).
fn open_questions(out: &mut String, w: &Walkthrough, lang: Lang) {
    if w.open.is_empty() {
        return;
    }
    let c = w.content;
    let t = |m| text(lang, m);
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        t(Msg::TrainOpenTitle),
        t(Msg::TrainOpenIntro)
    );
    for (q, duties) in &w.open {
        let line = open_line(c, duties, lang);
        let _ = writeln!(
            out,
            "- {} (`{}`): {line}",
            c.questions[*q].text, c.questions[*q].id
        );
    }
    out.push('\n');
}

/// What hangs on an open question of the case: how many duties and whose ("3 skyldigheter: Polisen,
/// Socialtjänsten"), for the open-questions page on a slide and in the documents.
pub fn open_line(c: &Content, duties: &[usize], lang: Lang) -> String {
    let mut actors: Vec<&str> = Vec::new();
    for &d in duties {
        let name = &*c.actors[c.duties[d].actor].name;
        if !actors.contains(&name) {
            actors.push(name);
        }
    }
    let msg = if duties.len() == 1 {
        Msg::TrainOpenDuty
    } else {
        Msg::TrainOpenDuties
    };
    crate::i18n::fill(lang, msg, &[&duties.len().to_string(), &actors.join(", ")])
}

/// The walkthrough as plain text, everything revealed: what `train SCENARIO` prints into a pipe. In a
/// translation the marker is its first line.
pub fn plain(w: &Walkthrough, lang: Lang) -> String {
    let mut out = marker(lang).map_or_else(String::new, |m| format!("{m}\n\n"));
    case(&mut out, w.content, w.scenario(), lang, false);
    out.push('\n');
    reveal(&mut out, w, lang);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 22: `--key` printed "### Socialtjänsten" twice and "### Polisen" three times (one per
    /// page of four duties). Every heading of every shipped scenario's key now stands once, and the
    /// handout keeps the answers out.
    #[test]
    fn the_key_names_each_heading_once_and_the_handout_has_no_answers() {
        let c = crate::embedded::content();
        for i in 0..c.scenarios.len() {
            let w = Walkthrough::new(c, i);
            let key = key(&w, Lang::Sv);
            let mut headings: Vec<&str> = key.lines().filter(|l| l.starts_with('#')).collect();
            let n = headings.len();
            headings.sort_unstable();
            headings.dedup();
            assert_eq!(
                headings.len(),
                n,
                "{}: a heading twice:\n{key}",
                w.scenario().id
            );
            let handout = handout(&w, Lang::Sv);
            assert!(
                !handout.contains('★') && !handout.contains("→ **"),
                "{handout}"
            );
        }
    }
}
