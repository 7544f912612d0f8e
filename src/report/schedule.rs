//! Time-aware text: who can be reached at a time (`contacts --now/--at`) and the deadlines from
//! discovery (`timeline`).

use std::fmt::Write as _;

use super::View;
use super::text::contact;
use super::words::{due_words, long_date, state_word, why_words};
use crate::engine::calendar::LocalTime;
use crate::engine::reach::{call_order, reach_at};
use crate::engine::{Answers, Due, Status};
use crate::i18n::{Msg, text};
use crate::model::{Content, Date, Escalation};

/// The escalation chain's own words with their source — «Vid brådskande ärenden … ring 112.» — Källa:
/// …: said under every call order.
pub fn escalation_quote(v: &View, c: &Content, e: &Escalation) -> String {
    format!(
        "«{}» — {}: {}",
        e.text,
        text(v.lang, Msg::Source),
        c.cite(&e.source)
    )
}

/// `contacts --now/--at`: the call order of the escalation chain first, then every contact with its state.
pub fn contacts_at(v: &View, c: &Content, at: LocalTime) -> String {
    let order = call_order(c, &Answers::new(c), at);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} ({})",
        v.style.bold(text(v.lang, Msg::At)),
        at,
        long_date(v.lang, at.date)
    );
    if let Some(e) = c.escalations.first() {
        let _ = writeln!(out, "\n{}", v.style.bold(text(v.lang, Msg::CallOrder)));
        for (n, (k, r)) in order.iter().enumerate() {
            let k_ = &c.contacts[*k];
            let phones: Vec<&str> = k_
                .phones
                .iter()
                .map(|p| p.number.as_ref())
                .filter(|p| *p != k_.name)
                .collect();
            let who = std::iter::once(v.style.bold(&k_.name))
                .chain(phones.iter().map(|p| p.to_string()))
                .collect::<Vec<_>>()
                .join(" ");
            let words = k_
                .urgency
                .as_ref()
                .map(|u| format!(" — «{}»", u.words))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {}. {who} — {} ({}){words}",
                n + 1,
                state_word(v.lang, r.state),
                why_words(v.lang, r.why)
            );
        }
        let _ = writeln!(out, "  {}", v.style.dim(&escalation_quote(v, c, e)));
    }
    let _ = writeln!(out, "\n{}", v.style.bold(text(v.lang, Msg::Contacts)));
    for contact_ in c.contacts.iter() {
        let r = reach_at(contact_, at);
        let _ = writeln!(out, "[{}]", state_word(v.lang, r.state));
        contact(v, c, contact_, "  ", &mut out);
    }
    out
}

/// `timeline`: each deadline as a date from `from`, with its condition in words (and as content writes
/// it when `verbose`) and the seed's words.
pub fn timeline(v: &View, c: &Content, from: Date, due: &[Due], verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}: {}",
        v.style.bold(text(v.lang, Msg::Timeline)),
        text(v.lang, Msg::Discovery),
        long_date(v.lang, from)
    );
    for d in due {
        let dl = &c.deadlines[d.deadline];
        let when = due_words(v.lang, d.date, dl.kind);
        let mark = match d.status {
            Status::Applies => format!("✔ {}", text(v.lang, Msg::Applies)),
            Status::MayApply => format!("? {}", text(v.lang, Msg::MayApply)),
            Status::Historical => format!("– {}", text(v.lang, Msg::Historical)),
        };
        let _ = writeln!(out, "\n{}: {}  [{mark}]", v.style.bold(&dl.label), when);
        let _ = writeln!(out, "  «{}»", dl.words);
        let mut meta = vec![format!(
            "{}: {}",
            text(v.lang, Msg::Source),
            c.cite(&dl.source)
        )];
        if let Some(w) = &dl.when {
            let words = super::condition::when_words(v.lang, c, w);
            meta.insert(0, format!("{}: {words}", text(v.lang, Msg::CondWhen)));
            if verbose {
                meta.insert(1, format!("{}: {}", text(v.lang, Msg::Condition), w.source));
            }
        }
        let _ = writeln!(out, "  {}", v.style.dim(&meta.join(" · ")));
    }
    out
}
