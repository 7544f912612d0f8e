//! The plan as text for the terminal (`vagvisare plan`, the end of `guide --plain`): whom to call now,
//! then each urgency group with its rows — status, actor, the verbatim duty, its deadline as a date,
//! whom to call, what to keep in mind — then the questions that still decide something and the
//! contacts. Bold and dim only on a terminal; every mark is a sign and a word, never colour alone.

use std::fmt::Write as _;

use super::words::{
    at_phrase, call_line, decides_phrase, discovery_phrase, due_phrase, questions_phrase,
    status_mark, urgency_heading,
};
use crate::engine::{Answers, Plan, PlanRow, PlanSection, Status, Urgency};
use crate::i18n::Msg;
use crate::model::Content;
use crate::report::View;
use crate::report::text::contact;

/// The whole plan as text.
pub fn plan(v: &View, c: &Content, answers: &Answers, p: &Plan) -> String {
    write_plan(v, c, answers, p, false)
}

/// The plan as a screen reader reads it (`guide --plain`): whom to call — the call order, then every
/// contact — right after the answers, before the duty list; no ids, only each row's source.
pub fn plan_for_reading(v: &View, c: &Content, answers: &Answers, p: &Plan) -> String {
    write_plan(v, c, answers, p, true)
}

fn write_plan(v: &View, c: &Content, answers: &Answers, p: &Plan, reading: bool) -> String {
    let mut out = String::new();
    header(v, c, answers, p, &mut out);
    if reading {
        if !p.call_order.is_empty() {
            let _ = writeln!(out);
            call_order(v, c, p, &mut out);
        }
        contacts(v, c, p, &mut out);
    }
    let now_section = p.sections.iter().find(|s| s.urgency == Urgency::Now);
    let empty_now = PlanSection {
        urgency: Urgency::Now,
        rows: Vec::new(),
        times: Vec::new(),
        guidance: Vec::new(),
    };
    if let Some(r) = p.options.role {
        let _ = writeln!(
            out,
            "\n{}",
            v.style
                .bold(&format!("{}: {}", v.t(Msg::PlanMine), c.actors[r].name))
        );
    }
    if let Some(m) = super::words::nothing_listed(p) {
        let _ = writeln!(out, "\n{}", v.t(m));
    }
    // *Nu* opens the plan whenever the content has someone to call.
    if now_section.is_some() || !p.call_order.is_empty() {
        section(
            v,
            c,
            p,
            now_section.unwrap_or(&empty_now),
            reading,
            &mut out,
        );
    }
    for s in p.sections.iter().filter(|s| s.urgency != Urgency::Now) {
        section(v, c, p, s, reading, &mut out);
    }
    if !p.others.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            v.style.bold(&format!("──── {} ────", v.t(Msg::PlanOthers)))
        );
        for s in &p.others {
            section(v, c, p, s, reading, &mut out);
        }
    }
    questions(v, c, p, &mut out);
    if !reading {
        contacts(v, c, p, &mut out);
    }
    out
}

/// Every contact of the plan, reachable now first.
fn contacts(v: &View, c: &Content, p: &Plan, out: &mut String) {
    if !p.contacts.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            v.style.bold(&format!("== {} ==", v.t(Msg::Contacts)))
        );
        for k in &p.contacts {
            let _ = writeln!(
                out,
                "[{}]",
                crate::report::words::state_word(v.lang, k.reach.state)
            );
            contact(v, c, &c.contacts[k.contact], "  ", out);
        }
    }
}

fn header(v: &View, c: &Content, answers: &Answers, p: &Plan, out: &mut String) {
    let _ = writeln!(
        out,
        "{} — {}: {}",
        v.style.bold(v.t(Msg::PlanTitle)),
        v.t(Msg::Discovery),
        discovery_phrase(v.lang, p)
    );
    let given = crate::report::words::answers_given(v.lang, c, answers);
    let _ = writeln!(out, "{}: {given}", v.t(Msg::Answers));
    let (applies, may) = p.counts();
    let _ = writeln!(
        out,
        "{applies} {} · {may} {} — {}",
        v.t(Msg::Applies),
        v.t(Msg::MayApply),
        v.style.dim(v.t(Msg::PlanLegend))
    );
    if !p.questions.is_empty() {
        let first: Vec<String> = p
            .questions
            .iter()
            .take(3)
            .map(|r| {
                format!(
                    "{} ({})",
                    c.questions[r.question].id,
                    decides_phrase(v.lang, r)
                )
            })
            .collect();
        let _ = writeln!(out, "{}: {}", v.t(Msg::PlanAnswerFirst), first.join(", "));
    }
}

fn section(v: &View, c: &Content, p: &Plan, s: &PlanSection, reading: bool, out: &mut String) {
    let _ = writeln!(
        out,
        "\n{}",
        v.style
            .bold(&format!("== {} ==", urgency_heading(v.lang, s.urgency)))
    );
    // Read aloud, the call order came first, with the contacts.
    if s.urgency == Urgency::Now && !reading {
        call_order(v, c, p, out);
    }
    for d in &s.times {
        let dl = &c.deadlines[d.deadline];
        let label = if d.status == Status::MayApply {
            format!("{} [{}]", dl.label, status_mark(v.lang, d.status))
        } else {
            dl.label.to_string()
        };
        let _ = writeln!(
            out,
            "{}: {} — «{}»",
            label,
            due_phrase(v.lang, c, d, p.options.discovery),
            dl.words
        );
    }
    let mut step = usize::MAX;
    for row in &s.rows {
        let st = c.duties[row.duty].step;
        if s.urgency == Urgency::Later && st != step {
            let _ = writeln!(out, "{}", v.style.bold(&c.steps[st].title));
        }
        step = st;
        self::row(v, c, p, row, reading, out);
    }
    for &g in &s.guidance {
        guidance(v, c, p, g, "", reading, out);
    }
}

fn call_order(v: &View, c: &Content, p: &Plan, out: &mut String) {
    if p.call_order.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "{} ({}):",
        v.t(Msg::CallOrder),
        at_phrase(v.lang, p.options.at)
    );
    for (n, call) in p.call_order.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", n + 1, call_line(v, c, call));
    }
    if let Some(e) = c.escalations.first() {
        let _ = writeln!(
            out,
            "  {}",
            v.style
                .dim(&crate::report::schedule::escalation_quote(v, c, e))
        );
    }
}

fn row(v: &View, c: &Content, p: &Plan, r: &PlanRow, reading: bool, out: &mut String) {
    let d = &c.duties[r.duty];
    let _ = writeln!(
        out,
        "[{}] {}: {}",
        status_mark(v.lang, r.status),
        v.style.bold(&c.actors[d.actor].name),
        d.text
    );
    if !r.depends_on.is_empty() {
        let _ = writeln!(
            out,
            "    {}: {}",
            v.t(Msg::DecidedBy),
            deciding(c, &r.depends_on, reading)
        );
    }
    // The deadlines of the duty itself; a row timed only by its step's frame has it in the group's head.
    for due in &r.deadlines {
        let dl = &c.deadlines[due.deadline];
        let may = if due.status == Status::MayApply {
            format!(" [{}]", status_mark(v.lang, due.status))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "    {}: {} — {}{may}",
            v.t(Msg::PlanDeadline),
            due_phrase(v.lang, c, due, p.options.discovery),
            dl.label
        );
    }
    for call in &r.contacts {
        let _ = writeln!(out, "    {}: {}", v.t(Msg::PlanCall), call_line(v, c, call));
    }
    for &g in &r.guidance {
        guidance(v, c, p, g, "    ", reading, out);
    }
    let _ = writeln!(
        out,
        "    {}",
        v.style.dim(&cited(v, c, &d.id, &d.source, reading))
    );
}

/// The questions that decide a row: "text (id)", or read aloud the texts alone.
fn deciding(c: &Content, questions: &[usize], reading: bool) -> String {
    if !reading {
        return questions_phrase(c, questions);
    }
    let texts: Vec<&str> = questions
        .iter()
        .map(|&q| c.questions[q].text.as_ref())
        .collect();
    texts.join("; ")
}

/// "id: … · Källa: …", or read aloud only "Källa: …" (an id is noise to a listener).
fn cited(
    v: &View,
    c: &Content,
    id: &str,
    source: &crate::model::SourceRef,
    reading: bool,
) -> String {
    let cite = format!("{}: {}", v.t(Msg::Source), c.cite(source));
    if reading {
        cite
    } else {
        format!("id: {id} · {cite}")
    }
}

fn guidance(
    v: &View,
    c: &Content,
    p: &Plan,
    g: usize,
    indent: &str,
    reading: bool,
    out: &mut String,
) {
    let gs = &p.guidance[g];
    let item = &c.guidance[gs.guidance];
    let _ = writeln!(
        out,
        "{indent}{} [{}]: «{}»",
        v.style.bold(v.t(Msg::PlanThinkAbout)),
        status_mark(v.lang, gs.status),
        item.text
    );
    if !gs.depends_on.is_empty() {
        let _ = writeln!(
            out,
            "{indent}    {}: {}",
            v.t(Msg::DecidedBy),
            deciding(c, &gs.depends_on, reading)
        );
    }
    let cite = cited(v, c, &item.id, &item.source, reading);
    let _ = writeln!(out, "{indent}    {}", v.style.dim(&cite));
}

fn questions(v: &View, c: &Content, p: &Plan, out: &mut String) {
    let _ = writeln!(
        out,
        "\n{}",
        v.style.bold(&format!("== {} ==", v.t(Msg::PlanAnswerNext)))
    );
    if p.questions.is_empty() {
        let _ = writeln!(out, "{}", v.t(Msg::PlanNoOpen));
    }
    for r in &p.questions {
        let q = &c.questions[r.question];
        let values: Vec<&str> = q.options.iter().map(|o| o.value.as_ref()).collect();
        let _ = writeln!(
            out,
            "  {} — {} [{}] — {}",
            q.id,
            q.text,
            values.join("|"),
            decides_phrase(v.lang, r)
        );
    }
}
