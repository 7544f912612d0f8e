//! Time-aware views: who can be reached at a time (`contacts --now/--at`) and the deadlines from
//! discovery (`timeline`). Shared wording for dates and reachability lives here too.

use std::fmt::Write as _;

use serde::Serialize;

use super::Failure;
use super::json::{ContactJson, SourceJson};
use super::text::{View, contact};
use crate::engine::calendar::{LocalTime, weekday};
use crate::engine::reach::{ReachNow, ReachState, Why, call_order, reach_at};
use crate::engine::{Answers, Due, Status};
use crate::i18n::{Lang, Msg, text};
use crate::model::{Content, Date, DeadlineKind};

/// Parses `--at`, or takes now; a malformed time is a usage error (exit 2).
pub fn parse_at(lang: Lang, at: Option<&str>) -> Result<LocalTime, Failure> {
    match at {
        None => Ok(LocalTime::now()),
        Some(s) => LocalTime::parse(s)
            .ok_or_else(|| Failure::usage(crate::i18n::fill(lang, Msg::ErrBadTime, &[s]))),
    }
}

/// Parses `--from`, or takes today; a malformed date is a usage error (exit 2).
pub fn parse_from(lang: Lang, from: Option<&str>) -> Result<Date, Failure> {
    match from {
        None => Ok(LocalTime::now().date),
        Some(s) => Date::parse(s)
            .ok_or_else(|| Failure::usage(crate::i18n::fill(lang, Msg::ErrBadDate, &[s]))),
    }
}

/// "tisdag 24 november 2026".
pub fn long_date(lang: Lang, d: Date) -> String {
    const DAYS: [Msg; 7] = [
        Msg::Mon,
        Msg::Tue,
        Msg::Wed,
        Msg::Thu,
        Msg::Fri,
        Msg::Sat,
        Msg::Sun,
    ];
    const MONTHS: [Msg; 12] = [
        Msg::Jan,
        Msg::Feb,
        Msg::Mar,
        Msg::Apr,
        Msg::May,
        Msg::Jun,
        Msg::Jul,
        Msg::Aug,
        Msg::Sep,
        Msg::Oct,
        Msg::Nov,
        Msg::Dec,
    ];
    let day = text(lang, DAYS[usize::from(weekday(d)) % 7]);
    let month = text(lang, MONTHS[usize::from(d.month.saturating_sub(1)) % 12]);
    match lang {
        Lang::Sv => format!("{day} {} {month} {}", d.day, d.year),
        Lang::En => format!("{day} {} {month} {}", d.day, d.year),
    }
}

/// "senast tisdag 24 november 2026", "löper till …", "vanligen … (inte en tidsfrist)" or "inget datum
/// i källan".
pub fn due_words(lang: Lang, date: Option<Date>, kind: DeadlineKind) -> String {
    match (date, kind) {
        (Some(d), DeadlineKind::Latest) => {
            format!("{} {}", text(lang, Msg::Latest), long_date(lang, d))
        }
        (Some(d), DeadlineKind::Period) => {
            format!("{} {}", text(lang, Msg::Until), long_date(lang, d))
        }
        (Some(d), DeadlineKind::Usual) => format!(
            "{} {} ({})",
            text(lang, Msg::Usually),
            long_date(lang, d),
            text(lang, Msg::NotADeadline)
        ),
        (None, _) => text(lang, Msg::NoDate).to_string(),
    }
}

/// The word for a reachability state.
pub fn state_word(lang: Lang, s: ReachState) -> &'static str {
    text(
        lang,
        match s {
            ReachState::Open => Msg::ReachOpen,
            ReachState::LikelyOpen => Msg::ReachLikelyOpen,
            ReachState::LikelyClosed => Msg::ReachLikelyClosed,
            ReachState::Closed => Msg::ReachClosed,
            ReachState::Alternative => Msg::ReachAlternative,
            ReachState::Unknown => Msg::ReachUnknown,
        },
    )
}

/// Why, in words: "helgdag: Juldagen".
pub fn why_words(lang: Lang, w: Why) -> String {
    match w {
        Why::Weekend => text(lang, Msg::WhyWeekend).to_string(),
        Why::Holiday(name) => format!("{}: {name}", text(lang, Msg::WhyHoliday)),
        Why::Eve(name) => format!("{name}: {}", text(lang, Msg::WhyEve)),
        Why::InsideOfficeHours => text(lang, Msg::WhyInsideOffice).to_string(),
        Why::OutsideOfficeHours => text(lang, Msg::WhyOutsideOffice).to_string(),
        Why::AroundTheClock => text(lang, Msg::WhyAroundTheClock).to_string(),
        Why::NamedAlternative => text(lang, Msg::WhyAlternative).to_string(),
        Why::NoInformation => text(lang, Msg::WhyNoInformation).to_string(),
    }
}

/// Reachability in JSON.
#[derive(Serialize)]
pub struct ReachJson<'a> {
    pub at: String,
    pub state: &'static str,
    pub why: String,
    /// The seed's words about the contact's hours.
    pub words: Option<&'a str>,
    /// True when the contact's hours are our reading, not the seed's statement.
    pub interpretation: bool,
}

/// A contact's reachability at `at` as JSON.
pub fn reach_json<'a>(lang: Lang, c: &'a Content, k: usize, at: LocalTime) -> ReachJson<'a> {
    let r: ReachNow = reach_at(&c.contacts[k], at);
    let reach = c.contacts[k].reach.as_ref();
    ReachJson {
        at: at.to_string(),
        state: r.state.as_str(),
        why: why_words(lang, r.why),
        words: reach.map(|x| x.words.as_ref()),
        interpretation: reach.is_some_and(|x| x.interpretation)
            || matches!(
                r.why,
                Why::InsideOfficeHours | Why::OutsideOfficeHours | Why::Eve(_)
            ),
    }
}

#[derive(Serialize)]
struct ContactAt<'a> {
    #[serde(flatten)]
    contact: ContactJson<'a>,
    reach: ReachJson<'a>,
}

/// `contacts --now/--at`: the call order of the escalation chain first, then every contact with its state.
pub fn contacts_at(v: &View, c: &Content, at: LocalTime, json: bool) -> String {
    let none = Answers::new(c);
    let order = call_order(c, &none, at);
    if json {
        let call: Vec<&str> = order
            .iter()
            .map(|(k, _)| c.contacts[*k].id.as_ref())
            .collect();
        let all: Vec<ContactAt<'_>> = (0..c.contacts.len())
            .map(|k| ContactAt {
                contact: ContactJson::new(c, &c.contacts[k]),
                reach: reach_json(v.lang, c, k, at),
            })
            .collect();
        let doc = serde_json::json!({ "at": at.to_string(), "call_order": call,
            "escalation": c.escalations.first().map(|e| serde_json::json!({"id": e.id, "text": e.text, "source": SourceJson::new(c, &e.source)})),
            "contacts": all });
        return super::to_json(&doc);
    }
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
        let _ = writeln!(
            out,
            "  {}",
            v.style.dim(&format!(
                "«{}» — {}: {}",
                e.text,
                text(v.lang, Msg::Source),
                c.cite(&e.source)
            ))
        );
    }
    let _ = writeln!(out, "\n{}", v.style.bold(text(v.lang, Msg::Contacts)));
    for contact_ in c.contacts.iter() {
        let r = reach_at(contact_, at);
        let _ = writeln!(out, "[{}]", state_word(v.lang, r.state));
        contact(v, c, contact_, "  ", &mut out);
    }
    out
}

#[derive(Serialize)]
struct DueJson<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'static str,
    days: Option<u32>,
    date: Option<String>,
    status: &'static str,
    when: Option<&'a str>,
    duty: Option<&'a str>,
    step: &'a str,
    words: &'a str,
    source: SourceJson<'a>,
}

/// `timeline`: each deadline as a date from `from`, with its condition and the seed's words.
pub fn timeline(v: &View, c: &Content, from: Date, due: &[Due], json: bool) -> String {
    if json {
        let items: Vec<DueJson<'_>> = due
            .iter()
            .map(|d| {
                let dl = &c.deadlines[d.deadline];
                DueJson {
                    id: &dl.id,
                    label: &dl.label,
                    kind: dl.kind.as_str(),
                    days: dl.days,
                    date: d.date.map(|x| x.to_string()),
                    status: d.status.as_str(),
                    when: dl.when.as_ref().map(|w| w.source.as_ref()),
                    duty: dl.duty.map(|i| c.duties[i].id.as_ref()),
                    step: &c.steps[dl.step].id,
                    words: &dl.words,
                    source: SourceJson::new(c, &dl.source),
                }
            })
            .collect();
        return super::to_json(
            &serde_json::json!({ "discovery": from.to_string(), "deadlines": items }),
        );
    }
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
            meta.insert(0, format!("{}: {}", text(v.lang, Msg::Condition), w.source));
        }
        let _ = writeln!(out, "  {}", v.style.dim(&meta.join(" · ")));
    }
    out
}
