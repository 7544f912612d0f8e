//! The phrases of the plan every format shares: a group's title, a status mark that does not rely on
//! colour (✔ / ?), a deadline as a date with its weekday and "i dag"/"i morgon", whom to call and
//! whether they can be reached, the questions that decide a row.

use crate::engine::calendar::{LocalTime, add_days};
use crate::engine::{Call, Due, Plan, Relevance, Status, Urgency};
use crate::i18n::{Lang, Msg, fill, text};
use crate::model::{Content, DeadlineKind};
use crate::report::View;
use crate::report::words::{due_words, long_date, state_word, why_words};

/// A group's title: "Nu", "I dag / senast i morgon", "Inom veckor", "Längre sikt".
pub fn urgency_title(lang: Lang, u: Urgency) -> &'static str {
    text(
        lang,
        match u {
            Urgency::Now => Msg::UrgencyNow,
            Urgency::Today => Msg::UrgencyToday,
            Urgency::Weeks => Msg::UrgencyWeeks,
            Urgency::Later => Msg::UrgencyLater,
        },
    )
}

/// A group's title with what it means when that is not plain: "Längre sikt (ingen tid i källan – i
/// stegens ordning)".
pub fn urgency_heading(lang: Lang, u: Urgency) -> String {
    match u {
        Urgency::Later => format!(
            "{} ({})",
            urgency_title(lang, u),
            text(lang, Msg::UrgencyLaterNote)
        ),
        _ => urgency_title(lang, u).to_string(),
    }
}

/// "✔ gäller" or "? kan bli aktuellt": a sign and a word, never colour alone.
pub fn status_mark(lang: Lang, s: Status) -> String {
    match s {
        Status::Applies => format!("✔ {}", text(lang, Msg::Applies)),
        Status::MayApply => format!("? {}", text(lang, Msg::MayApply)),
        Status::Historical => format!("– {}", text(lang, Msg::Historical)),
    }
}

/// "(i dag)" / "(i morgon)" after a date that is the discovery day or the day after; empty otherwise.
fn relative(lang: Lang, due: &Due, discovery: LocalTime) -> String {
    match due.date {
        Some(d) if d == discovery.date => format!(" ({})", text(lang, Msg::PlanToday)),
        Some(d) if d == add_days(discovery.date, 1) => {
            format!(" ({})", text(lang, Msg::PlanTomorrow))
        }
        _ => String::new(),
    }
}

/// A deadline as people read it: "senast söndag 29 november 2026 (i morgon)", "genast", "löper till
/// måndag 28 december 2026", "inget datum i källan".
pub fn due_phrase(lang: Lang, c: &Content, due: &Due, discovery: LocalTime) -> String {
    let kind = c.deadlines[due.deadline].kind;
    match (kind, due.date) {
        (DeadlineKind::Immediately, _) => due_words(lang, due.date, kind),
        // What is usual, not a limit: "vanligen lördag 28 november 2026 (i dag; inte en tidsfrist)".
        (DeadlineKind::Usual, Some(d)) => {
            let rel = relative(lang, due, discovery);
            let rel = rel.trim().trim_start_matches('(').trim_end_matches(')');
            let note = text(lang, Msg::NotADeadline);
            let when = if rel.is_empty() {
                format!("({note})")
            } else {
                format!("({rel}; {note})")
            };
            format!("{} {} {when}", text(lang, Msg::Usually), long_date(lang, d))
        }
        _ => format!(
            "{}{}",
            due_words(lang, due.date, kind),
            relative(lang, due, discovery)
        ),
    }
}

/// The discovery as the plan's header says it: "lördag 28 november 2026 22:00", or the day alone when
/// no time of day was given.
pub fn discovery_phrase(lang: Lang, plan: &Plan) -> String {
    let d = plan.options.discovery;
    if plan.options.clock {
        format!("{} {:02}:{:02}", long_date(lang, d.date), d.hour, d.minute)
    } else {
        long_date(lang, d.date)
    }
}

/// The time reachability is judged at: "lördag 28 november 2026 22:00".
pub fn at_phrase(lang: Lang, at: LocalTime) -> String {
    format!(
        "{} {:02}:{:02}",
        long_date(lang, at.date),
        at.hour,
        at.minute
    )
}

/// "112 — öppet (dygnet runt)", "Jenny Selenius 08-508 437 26, 076-124 37 26 — tider okända (källan
/// anger inga tider)": the contact's name, its numbers as printed, whether it can be reached and why.
pub fn call_phrase(lang: Lang, c: &Content, call: &Call) -> String {
    let k = &c.contacts[call.contact];
    let phones: Vec<&str> = k
        .phones
        .iter()
        .map(|p| p.number.as_ref())
        .filter(|p| *p != k.name)
        .collect();
    let who = if phones.is_empty() {
        k.name.to_string()
    } else {
        format!("{} {}", k.name, phones.join(", "))
    };
    format!(
        "{who} — {} ({})",
        state_word(lang, call.reach.state),
        why_words(lang, call.reach.why)
    )
}

/// [`call_phrase`] and, for a contact whose information is to be checked before calling (a named
/// person or direct number from an old or undated source), that warning with its date: what a plan
/// says wherever a person reads whom to call.
pub fn call_line(v: &View, c: &Content, call: &Call) -> String {
    let k = &c.contacts[call.contact];
    let phrase = call_phrase(v.lang, c, call);
    if crate::report::freshness::needs_check(c, k, v.today) {
        format!("{phrase} · {}", crate::report::freshness::age(v, c, k))
    } else {
        phrase
    }
}

/// "Samtycker personen till …? (samtycke)" for each question, joined by "; ".
pub fn questions_phrase(c: &Content, questions: &[usize]) -> String {
    questions
        .iter()
        .map(|&q| format!("{} ({})", c.questions[q].text, c.questions[q].id))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What to say when the plan (with a role: my part of it) lists no duty, so no group is just empty:
/// why, and what to change. `None` when there are rows.
pub fn nothing_listed(p: &Plan) -> Option<Msg> {
    if p.sections.iter().any(|s| !s.rows.is_empty()) {
        return None;
    }
    Some(if p.options.role.is_some() && !p.others.is_empty() {
        Msg::PlanNothingMine
    } else {
        Msg::PlanNothing
    })
}

/// "avgör 4 rader", "avgör 1 rad"; a question that decides whom to call first says so ("avgör vem som
/// ska ringas först och 2 av raderna").
pub fn decides_phrase(lang: Lang, r: &Relevance) -> String {
    match (r.urgent, r.decides) {
        (false, 1) => text(lang, Msg::PlanDecidesOne).to_string(),
        (false, n) => fill(lang, Msg::PlanDecides, &[&n.to_string()]),
        (true, 0) => text(lang, Msg::PlanDecidesCall).to_string(),
        (true, n) => fill(lang, Msg::PlanDecidesCallAnd, &[&n.to_string()]),
    }
}
