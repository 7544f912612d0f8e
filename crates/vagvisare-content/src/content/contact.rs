//! Validation of contacts: numbers and emails as printed, dates, reachability, the condition that
//! says whom a contact serves, and the actors and steps it is attached to. Shared by the shipped content
//! and the local overlay.

use std::borrow::Cow;
use std::collections::HashMap;

use super::condition::QuestionInfo;
use super::ctx::Ctx;
use super::raw::{RawContact, S};
use crate::model::{Contact, Freshness, Phone, Text};

/// The id maps a contact refers into.
pub(super) struct Refs<'a, 'q> {
    pub docs: &'a HashMap<String, usize>,
    pub actors: &'a HashMap<String, usize>,
    pub steps: &'a HashMap<String, usize>,
    pub questions: &'a [QuestionInfo<'q>],
    /// Validating a local overlay: `replaces` is allowed and the contact is marked local.
    pub overlay: bool,
}

/// Whether a phone number is printed plausibly: digits with spaces, hyphens, an optional leading `+`.
pub fn phone_ok(n: &str) -> bool {
    let digits = n.bytes().filter(u8::is_ascii_digit).count();
    let body = n.strip_prefix('+').unwrap_or(n);
    digits >= 3
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
}

/// Whether an email address is well formed: `local@domain.tld`, no spaces.
pub fn email_ok(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(char::is_whitespace)
}

pub(super) fn contact(cx: &mut Ctx<'_>, f: usize, k: &RawContact, refs: &Refs<'_, '_>) -> Contact {
    let (docs, infos) = (refs.docs, refs.questions);
    if let Some(r) = k.replaces.as_ref().filter(|_| !refs.overlay) {
        let msg = format!(
            "contact `{}`: `replaces` belongs in a local overlay, not in the shipped content",
            k.id.get_ref()
        );
        cx.at(f, r.span().start, msg);
    }
    let id = k.id.get_ref().as_str();
    let owner = format!("contact `{id}`");
    let number = |cx: &mut Ctx<'_>, s: &S| -> Text {
        if !phone_ok(s.get_ref()) {
            cx.at(
                f,
                s.span().start,
                format!("{owner}: malformed phone number `{}`", s.get_ref()),
            );
        }
        Cow::Owned(s.get_ref().clone())
    };
    let phones = k
        .phones
        .iter()
        .map(|p| {
            let p = p.get_ref();
            Phone {
                number: number(cx, &p.number),
                alt: Cow::Owned(p.alt_number.iter().map(|a| number(cx, a)).collect()),
                label: cx.opt_text(f, &p.label, "phone label of contact", id),
            }
        })
        .collect::<Vec<_>>();
    if let Some(e) = &k.email
        && !email_ok(e.get_ref())
    {
        cx.at(
            f,
            e.span().start,
            format!("{owner}: malformed email `{}`", e.get_ref()),
        );
    }
    Contact {
        id: Cow::Owned(id.to_string()),
        name: cx.text(f, &k.name, "name of contact", id),
        unit: cx.text(f, &k.unit, "unit of contact", id),
        target_group: cx.text(f, &k.target_group, "target group of contact", id),
        region: cx.text(f, &k.region, "region of contact", id),
        phones: Cow::Owned(phones),
        email: k.email.as_ref().map(|e| Cow::Owned(e.get_ref().clone())),
        web: cx.opt_text(f, &k.web, "web of contact", id),
        hours: cx.opt_text(f, &k.hours, "hours of contact", id),
        note: cx.opt_text(f, &k.note, "note of contact", id),
        as_of: cx.as_of(f, &k.as_of, "contact", id),
        always: k.always,
        when: k
            .when
            .as_ref()
            .and_then(|w| cx.condition(f, w, infos, &owner)),
        reach: k
            .reach
            .as_ref()
            .and_then(|r| super::time::reach(cx, f, r.get_ref(), id)),
        urgency: k
            .urgency
            .as_ref()
            .and_then(|u| super::time::urgency(cx, f, u.get_ref(), id)),
        actors: Cow::Owned(cx.resolve_list(f, refs.actors, &k.actors, "actor", &owner)),
        steps: Cow::Owned(cx.resolve_list(f, refs.steps, &k.steps, "step", &owner)),
        local: refs.overlay,
        freshness: freshness(cx, f, k.freshness.as_ref(), &owner),
        source: cx.source_ref(f, &k.source, docs, &owner),
    }
}

/// `freshness`: how the age of the information is judged; `direct` (checked when old) when absent, so
/// a contact whose kind nobody stated is never spared the warning.
fn freshness(cx: &mut Ctx<'_>, f: usize, s: Option<&S>, owner: &str) -> Freshness {
    let Some(s) = s else {
        return Freshness::Direct;
    };
    Freshness::parse(s.get_ref()).unwrap_or_else(|| {
        let msg = format!(
            "{owner}: freshness `{}` is none of {}",
            s.get_ref(),
            Freshness::WORDS.join(", ")
        );
        cx.at(f, s.span().start, msg);
        Freshness::Direct
    })
}
