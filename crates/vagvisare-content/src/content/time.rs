//! Validation of the time kinds: contact reachability, escalation chains and deadlines.

use std::borrow::Cow;
use std::collections::HashMap;

use super::condition::QuestionInfo;
use super::ctx::Ctx;
use super::raw::{RawDeadline, RawEscalation, RawReach, RawUrgency, S};
use crate::model::{
    Deadline, DeadlineKind, Escalation, Level, Reach, ReachKind, Urgency, UrgencyKind,
};

/// The id maps the time kinds refer into.
pub(super) struct Refs<'a> {
    pub docs: &'a HashMap<String, usize>,
    pub steps: &'a HashMap<String, usize>,
    pub duties: &'a HashMap<String, usize>,
    pub contacts: &'a HashMap<String, usize>,
}

/// Longest deadline accepted, in days (ten years): anything longer is a typo.
const MAX_DAYS: i64 = 3_650;

pub(super) fn reach(cx: &mut Ctx<'_>, f: usize, r: &RawReach, id: &str) -> Option<Reach> {
    let kind = match r.kind.get_ref().as_str() {
        "kontorstid_vardagar" => ReachKind::OfficeHoursWeekdays,
        "dygnet_runt" => ReachKind::AroundTheClock,
        "alternativ_utanfor_kontorstid" => ReachKind::OutOfHoursAlternative,
        other => {
            let msg = format!(
                "contact `{id}`: reach kind `{other}` is not one of kontorstid_vardagar, dygnet_runt, alternativ_utanfor_kontorstid"
            );
            cx.at(f, r.kind.span().start, msg);
            return None;
        }
    };
    Some(Reach {
        kind,
        words: cx.text(f, &r.words, "reach words of contact", id),
        interpretation: r.interpretation,
    })
}

pub(super) fn urgency(cx: &mut Ctx<'_>, f: usize, u: &RawUrgency, id: &str) -> Option<Urgency> {
    let kind = urgency_kind(cx, f, &u.kind, &format!("contact `{id}`"))?;
    Some(Urgency {
        kind,
        words: cx.text(f, &u.words, "urgency words of contact", id),
    })
}

/// `akut_fara`, `bradskande` or `rad_och_vagledning`.
fn urgency_kind(cx: &mut Ctx<'_>, f: usize, s: &S, owner: &str) -> Option<UrgencyKind> {
    Some(match s.get_ref().as_str() {
        "akut_fara" => UrgencyKind::Acute,
        "bradskande" => UrgencyKind::Urgent,
        "rad_och_vagledning" => UrgencyKind::Advice,
        other => {
            let msg = format!(
                "{owner}: urgency kind `{other}` is not one of akut_fara, bradskande, rad_och_vagledning"
            );
            cx.at(f, s.span().start, msg);
            return None;
        }
    })
}

pub(super) fn escalation(
    cx: &mut Ctx<'_>,
    f: usize,
    e: &RawEscalation,
    refs: &Refs<'_>,
    questions: &[QuestionInfo<'_>],
) -> Escalation {
    let id = e.id.get_ref().as_str();
    let owner = format!("escalation `{id}`");
    if e.chain.is_empty() {
        cx.at(f, e.id.span().start, format!("{owner}: empty chain"));
    }
    Escalation {
        id: Cow::Owned(id.to_string()),
        text: cx.text(f, &e.text, "text of escalation", id),
        chain: Cow::Owned(cx.resolve_list(f, refs.contacts, &e.chain, "contact", &owner)),
        acute: e
            .acute
            .as_ref()
            .map(|k| cx.resolve(f, refs.contacts, k, "contact", &owner)),
        levels: Cow::Owned(
            e.levels
                .iter()
                .filter_map(|l| {
                    let l = l.get_ref();
                    Some(Level {
                        urgency: urgency_kind(cx, f, &l.urgency, &owner)?,
                        when: l
                            .when
                            .as_ref()
                            .and_then(|w| cx.condition(f, w, questions, &owner)),
                    })
                })
                .collect(),
        ),
        source: cx.source_ref(f, &e.source, refs.docs, &owner),
    }
}

pub(super) fn deadline(
    cx: &mut Ctx<'_>,
    f: usize,
    d: &RawDeadline,
    refs: &Refs<'_>,
    questions: &[QuestionInfo<'_>],
) -> Deadline {
    let id = d.id.get_ref().as_str();
    let owner = format!("deadline `{id}`");
    let kind = match d.kind.get_ref().as_str() {
        "genast" => DeadlineKind::Immediately,
        "senast" => DeadlineKind::Latest,
        "period" => DeadlineKind::Period,
        "vanligt" => DeadlineKind::Usual,
        other => {
            cx.at(
                f,
                d.kind.span().start,
                format!(
                    "{owner}: kind `{other}` is not one of `genast`, `senast`, `period`, `vanligt`"
                ),
            );
            DeadlineKind::Latest
        }
    };
    if let (DeadlineKind::Immediately, Some(n)) = (kind, &d.days) {
        cx.at(
            f,
            n.span().start,
            format!("{owner}: a `genast` deadline is due at discovery and takes no `days`"),
        );
    }
    let days = d.days.as_ref().and_then(|n| {
        let v = *n.get_ref();
        match u32::try_from(v) {
            Ok(days) if v <= MAX_DAYS => Some(days),
            _ => {
                cx.at(
                    f,
                    n.span().start,
                    format!("{owner}: days must be 0 to {MAX_DAYS}, not {v}"),
                );
                None
            }
        }
    });
    // `duty` (one) and `duties` (several) name one list.
    let listed: Vec<_> = d.duty.iter().chain(&d.duties).cloned().collect();
    let duties = cx.resolve_list(f, refs.duties, &listed, "duty", &owner);
    Deadline {
        id: Cow::Owned(id.to_string()),
        label: cx.text(f, &d.label, "label of deadline", id),
        kind,
        days,
        words: cx.text(f, &d.words, "words of deadline", id),
        when: d
            .when
            .as_ref()
            .and_then(|w| cx.condition(f, w, questions, &owner)),
        duty: duties.first().copied(),
        duties: Cow::Owned(duties),
        step: cx.resolve(f, refs.steps, &d.step, "step", &owner),
        source: cx.source_ref(f, &d.source, refs.docs, &owner),
    }
}
