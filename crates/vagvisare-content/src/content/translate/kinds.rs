//! Which fields of which kind are translated: the one place that says it (the table of
//! `content/README.md`, "English"). Each line names a field of the English file and where it lives in the
//! model; [`super::fields::Fields`] does the checking and the writing.
//!
//! To make a new kind translatable (say `[[note]]` with `title` and an optional `text`), add one call:
//!
//! ```text
//! t.kind("note", c.notes.to_mut(), |f, x| {
//!     f.text("title", &mut x.title);
//!     f.opt("text", &mut x.text);
//! });
//! ```
//!
//! A kind present in the Swedish content without a line here is reported by the validator, so nothing
//! stays Swedish unnoticed in an English view.

use std::borrow::Cow;

use super::fields::Keep;
use super::translator::Translator;
use crate::model::{AsOf, Content, Phone, QOption, Question, ScenarioPart, Section};

/// How an undated source's date reads in English (the Swedish content says "odaterad").
pub const UNDATED_EN: &str = "undated";

/// The English labels of the default answers `ja`/`nej` of a question without `options`.
const YES_NO: [(&str, &str); 2] = [("ja", "Yes"), ("nej", "No")];

/// Applies every English item to `c`, a copy of the Swedish content.
pub(super) fn apply<'a>(t: &mut Translator<'a>, c: &mut Content) {
    t.single("meta", &mut c.meta, |f, m| f.text("title", &mut m.title));
    t.kind("source", c.sources.to_mut(), |f, s| {
        f.gloss("title", &mut s.title);
        // A publisher is a name and stays as printed; "anges inte" is `None` in the model.
        f.opt("publisher", &mut s.publisher);
        f.opt("edition", &mut s.edition);
        f.opt("date_text", &mut s.date_text);
        f.opt("note", &mut s.note);
    });
    // The seeds' "odaterad" is the model's undated marker, not a text of the source: say it in English
    // where the source states no date of its own words.
    for s in c.sources.to_mut() {
        if s.date == AsOf::Undated && s.date_text.is_none() {
            s.date_text = Some(UNDATED_EN.into());
        }
    }
    t.kind("step", c.steps.to_mut(), |f, s| {
        f.text("title", &mut s.title);
        f.text("summary", &mut s.summary);
        f.text("intro", &mut s.intro);
        f.tables("section", s.sections.to_mut(), &ALL_SECTIONS, &|f, x| {
            f.text("heading", &mut x.heading);
            f.text("text", &mut x.text);
        });
    });
    t.kind("actor", c.actors.to_mut(), |f, a| {
        f.text("name", &mut a.name);
        f.opt("description", &mut a.description);
    });
    t.kind("question", c.questions.to_mut(), |f, q| {
        f.text("text", &mut q.text);
        f.opt("help", &mut q.help);
        if is_yes_no(q) && !f.has("options") {
            yes_no(q);
        } else {
            f.tables("options", q.options.to_mut(), &BY_VALUE, &|f, o| {
                f.text("label", &mut o.label);
            });
        }
    });
    t.kind("duty", c.duties.to_mut(), |f, d| {
        f.text("text", &mut d.text);
        f.opt("attribution_note", &mut d.attribution_note);
    });
    t.kind("contact", c.contacts.to_mut(), |f, k| {
        f.maybe("name", &mut k.name);
        f.text("unit", &mut k.unit);
        f.text("target_group", &mut k.target_group);
        f.text("region", &mut k.region);
        f.opt("hours", &mut k.hours);
        f.opt("note", &mut k.note);
        f.tables("phones", k.phones.to_mut(), &LABELLED_PHONES, &|f, p| {
            f.opt("label", &mut p.label);
        });
        f.table("reach", k.reach.as_mut(), &|f, r| {
            f.text("words", &mut r.words)
        });
        // The seed's words on what kind of case the contact is for: shown in the call order.
        f.table("urgency", k.urgency.as_mut(), &|f, u| {
            f.text("words", &mut u.words)
        });
    });
    t.kind("law", c.law.to_mut(), |f, l| {
        f.text("title", &mut l.title);
        f.text("summary", &mut l.summary);
        f.opt("external", &mut l.external);
        // What replaced the law, in words ("en ny socialtjänstlag"); the acts and the date stay.
        f.table("replaced", l.replaced.as_mut(), &|f, r| {
            f.text("by", &mut r.by)
        });
    });
    t.kind("escalation", c.escalations.to_mut(), |f, e| {
        f.text("text", &mut e.text)
    });
    t.kind("deadline", c.deadlines.to_mut(), |f, d| {
        f.text("label", &mut d.label);
        f.text("words", &mut d.words);
    });
    t.kind("guidance", c.guidance.to_mut(), |f, g| {
        f.text("text", &mut g.text)
    });
    // A term's abbreviations and other forms are the Swedish words search matches: never translated.
    t.kind("term", c.terms.to_mut(), |f, x| {
        f.text("term", &mut x.term);
        f.text("explanation", &mut x.explanation);
        f.opt("external", &mut x.external);
    });
    t.kind("scenario", c.scenarios.to_mut(), |f, s| {
        f.text("title", &mut s.title);
        f.text("target_group", &mut s.target_group);
        f.tables("part", s.parts.to_mut(), &ALL_PARTS, &|f, p| {
            f.text("text", &mut p.text);
        });
        f.texts("discussion", &mut s.discussion);
        f.texts("learning_points", &mut s.learning_points);
    });
}

fn all<E>(_: &E) -> bool {
    true
}

fn none<E>(_: &E) -> &str {
    ""
}

const ALL_SECTIONS: Keep<Section> = Keep {
    key: "",
    get: none,
    only: all,
};

const ALL_PARTS: Keep<ScenarioPart> = Keep {
    key: "",
    get: none,
    only: all,
};

/// Options: every one, repeating its `value`.
const BY_VALUE: Keep<QOption> = Keep {
    key: "value",
    get: |o| &o.value,
    only: all,
};

/// Phones: only those with a label (a bare number has nothing to translate), repeating the `number`.
const LABELLED_PHONES: Keep<Phone> = Keep {
    key: "number",
    get: |p| &p.number,
    only: |p| p.label.is_some(),
};

/// Whether a question has the default answers: `ja`/`nej` labelled "Ja"/"Nej".
fn is_yes_no(q: &Question) -> bool {
    q.options.len() == 2
        && q.options
            .iter()
            .zip(["ja", "nej"])
            .all(|(o, v)| o.value == v)
        && q.options
            .iter()
            .zip(["Ja", "Nej"])
            .all(|(o, l)| o.label == l)
}

fn yes_no(q: &mut Question) {
    for (o, (_, label)) in q.options.to_mut().iter_mut().zip(YES_NO) {
        o.label = Cow::Borrowed(label);
    }
}
