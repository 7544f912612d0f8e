//! Validation of the seed documents (`[[source]]`): what a citation for people needs — title,
//! publisher and date as the document states them — and the document's headings in order, against
//! which every item's `source.heading` is checked.

use std::borrow::Cow;

use super::ctx::Ctx;
use super::raw::RawSource;
use crate::model::{Source, Text};

pub(super) fn source(cx: &mut Ctx<'_>, f: usize, s: &RawSource) -> Source {
    let id = s.id.get_ref().as_str();
    let publisher = cx.text(f, &s.publisher, "publisher of source", id);
    let mut seen: Vec<&str> = Vec::new();
    let headings: Vec<Text> = s
        .headings
        .iter()
        .map(|h| {
            let t = h.get_ref().trim();
            if seen.contains(&t) {
                let msg = format!("source `{id}`: heading `{t}` is listed twice");
                cx.at(f, h.span().start, msg);
            }
            seen.push(t);
            cx.text(f, h, "heading of source", id)
        })
        .collect();
    Source {
        id: Cow::Owned(id.to_string()),
        file: cx.text(f, &s.file, "file of source", id),
        title: cx.text(f, &s.title, "title of source", id),
        publisher: (publisher != Source::NOT_STATED).then_some(publisher),
        edition: cx.opt_text(f, &s.edition, "edition of source", id),
        date: cx.as_of(f, &s.date, "source", id),
        date_text: cx.opt_text(f, &s.date_text, "date_text of source", id),
        headings: Cow::Owned(headings),
        note: cx.opt_text(f, &s.note, "note of source", id),
    }
}

/// A source's headings as the validation context keeps them.
pub(super) fn heading_list(s: &Source) -> Vec<String> {
    s.headings.iter().map(ToString::to_string).collect()
}
