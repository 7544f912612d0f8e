//! The plan as a Markdown checklist to file or print (`plan --output`, the navigator's export): one
//! `- [ ]` per duty with its deadline as a date, whom to call and its source; the answers, the content's
//! version and the discovery day. Nothing else about the case: no free text, no personal data.

use std::fmt::Write as _;

use super::words::{
    at_phrase, call_line, decides_phrase, discovery_phrase, due_phrase, questions_phrase,
    status_mark, urgency_heading,
};
use crate::engine::{Answers, Plan, PlanRow, PlanSection, Status, Urgency, Via};
use crate::i18n::Msg;
use crate::model::Content;
use crate::report::View;
use crate::report::freshness::age;
use crate::report::words::local_mark;

/// The whole plan as a Markdown checklist.
pub fn plan(v: &View, c: &Content, answers: &Answers, p: &Plan) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", v.t(Msg::PlanTitle), c.meta.title);
    if let Some(m) = crate::report::bilingual::marker(v.lang) {
        let _ = writeln!(out, "> **{m}**\n");
    }
    let _ = writeln!(
        out,
        "{}: {} ({})  ",
        v.t(Msg::Version),
        c.meta.version,
        c.meta.date
    );
    let _ = writeln!(
        out,
        "{}: {}  ",
        v.t(Msg::Discovery),
        discovery_phrase(v.lang, p)
    );
    let _ = writeln!(out, "_{}_  ", v.t(Msg::PlanLegend));
    let _ = writeln!(out, "_{}_\n", v.t(Msg::PlanPrivacy));
    let _ = writeln!(out, "## {}\n", v.t(Msg::Answers));
    let pairs = answers.pairs(c);
    if pairs.is_empty() {
        let _ = writeln!(out, "- {}", v.t(Msg::NoAnswers));
    }
    for (q, val) in pairs {
        let text = c
            .question_index(q)
            .map_or("", |i| c.questions[i].text.as_ref());
        let _ = writeln!(out, "- {text} **{val}** (`{q}`)");
    }

    let level = if p.options.role.is_some() {
        "###"
    } else {
        "##"
    };
    if let Some(r) = p.options.role {
        let _ = writeln!(out, "\n## {}: {}", v.t(Msg::PlanMine), c.actors[r].name);
    }
    if let Some(m) = super::words::nothing_listed(p) {
        let _ = writeln!(out, "\n_{}_", v.t(m));
    }
    let empty_now = PlanSection {
        urgency: Urgency::Now,
        rows: Vec::new(),
        times: Vec::new(),
        guidance: Vec::new(),
    };
    let now = p.sections.iter().find(|s| s.urgency == Urgency::Now);
    if now.is_some() || !p.call_order.is_empty() {
        section(v, c, p, now.unwrap_or(&empty_now), level, &mut out);
    }
    for s in p.sections.iter().filter(|s| s.urgency != Urgency::Now) {
        section(v, c, p, s, level, &mut out);
    }
    if !p.others.is_empty() {
        let _ = writeln!(out, "\n## {}", v.t(Msg::PlanOthers));
        for s in &p.others {
            section(v, c, p, s, level, &mut out);
        }
    }

    let _ = writeln!(out, "\n## {}\n", v.t(Msg::PlanAnswerNext));
    if p.questions.is_empty() {
        let _ = writeln!(out, "- {}", v.t(Msg::PlanNoOpen));
    }
    for r in &p.questions {
        let q = &c.questions[r.question];
        let _ = writeln!(
            out,
            "- {} (`{}`) — {}",
            q.text,
            q.id,
            decides_phrase(v.lang, r)
        );
    }
    if !p.contacts.is_empty() {
        let _ = writeln!(out, "\n## {}\n", v.t(Msg::Contacts));
        for call in &p.contacts {
            let k = &c.contacts[call.contact];
            let mut line = format!(
                "- {}{} — {} ({})",
                local_mark(v.lang, k),
                call_line(v, c, call),
                k.unit,
                k.target_group
            );
            if let Some(e) = &k.email {
                let _ = write!(line, " · {}: {e}", v.t(Msg::Email));
            }
            if let Some(h) = &k.hours {
                let _ = write!(line, " · {}: {h}", v.t(Msg::Hours));
            }
            let _ = writeln!(
                out,
                "{line} · _{} · {}: {}_",
                age(v, c, k),
                v.t(Msg::Source),
                c.cite(&k.source)
            );
        }
    }
    out
}

fn section(v: &View, c: &Content, p: &Plan, s: &PlanSection, level: &str, out: &mut String) {
    let _ = writeln!(out, "\n{level} {}\n", urgency_heading(v.lang, s.urgency));
    if s.urgency == Urgency::Now && !p.call_order.is_empty() {
        let _ = writeln!(
            out,
            "**{}** ({}):\n",
            v.t(Msg::CallOrder),
            at_phrase(v.lang, p.options.at)
        );
        for (n, call) in p.call_order.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", n + 1, call_line(v, c, call));
        }
        out.push('\n');
    }
    for d in &s.times {
        let dl = &c.deadlines[d.deadline];
        let may = if d.status == Status::MayApply {
            format!(" ({})", status_mark(v.lang, d.status))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "_{}: {}{may} — «{}»_  ",
            dl.label,
            due_phrase(v.lang, c, d, p.options.discovery),
            dl.words
        );
    }
    if !s.times.is_empty() {
        out.push('\n');
    }
    for r in &s.rows {
        row(v, c, p, r, out);
    }
    for &g in &s.guidance {
        guidance(v, c, p, g, "- ", out);
    }
}

fn row(v: &View, c: &Content, p: &Plan, r: &PlanRow, out: &mut String) {
    let d = &c.duties[r.duty];
    let may = if r.status == Status::MayApply {
        format!("_{}_ — ", status_mark(v.lang, r.status))
    } else {
        String::new()
    };
    // The date that orders the row: its own deadline, or its step's frame (said as such).
    let own = match &r.timing {
        Some(t) if t.via == Via::Duty => {
            format!(
                " — **{}**",
                due_phrase(v.lang, c, &t.due, p.options.discovery)
            )
        }
        Some(t) => format!(
            " — **{}** ({})",
            due_phrase(v.lang, c, &t.due, p.options.discovery),
            v.t(Msg::PlanStepFrame)
        ),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "- [ ] {may}**{}**: {}{own} _({}: {})_",
        c.actors[d.actor].name,
        d.text,
        v.t(Msg::Source),
        c.cite(&d.source)
    );
    if !r.depends_on.is_empty() {
        let _ = writeln!(
            out,
            "  - {}: {}",
            v.t(Msg::DecidedBy),
            questions_phrase(c, &r.depends_on)
        );
    }
    let timing = r.timing.as_ref().map(|t| &t.due);
    for due in r.deadlines.iter().filter(|due| Some(*due) != timing) {
        let _ = writeln!(
            out,
            "  - {}: {} — {}",
            v.t(Msg::PlanDeadline),
            due_phrase(v.lang, c, due, p.options.discovery),
            c.deadlines[due.deadline].label
        );
    }
    for call in &r.contacts {
        let _ = writeln!(out, "  - {}: {}", v.t(Msg::PlanCall), call_line(v, c, call));
    }
    for &g in &r.guidance {
        guidance(v, c, p, g, "  - ", out);
    }
}

fn guidance(v: &View, c: &Content, p: &Plan, g: usize, bullet: &str, out: &mut String) {
    let gs = &p.guidance[g];
    let item = &c.guidance[gs.guidance];
    let may = if gs.status == Status::MayApply {
        format!(
            " ({}: {})",
            status_mark(v.lang, gs.status),
            questions_phrase(c, &gs.depends_on)
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{bullet}{}{may}: «{}» _({}: {})_",
        v.t(Msg::PlanThinkAbout),
        item.text,
        v.t(Msg::Source),
        c.cite(&item.source)
    );
}
