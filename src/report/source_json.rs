//! The source view as JSON (`vagvisare source ID --format json`): the document as people cite it and
//! its file, what was asked, and the outline — each entry with its kind, id, whether it is highlighted,
//! a paragraph's text and the items marked in it, a duty's actor and attribution.

use serde::Serialize;

use super::source::entry_label;
use crate::engine::source::{Entry, Found, Part, Target, outline};
use crate::model::{Content, Source};

/// The document as JSON: its description, what was asked, and the outline with highlights.
#[derive(Serialize)]
pub struct SourceViewJson<'a> {
    pub source: SourceMetaJson<'a>,
    pub asked: AskedJson,
    /// Other items with the same id (`kind:id` names one).
    pub also: Vec<AskedJson>,
    /// For a question: other sources whose items it decides.
    pub also_in: Vec<&'a str>,
    pub headings: Vec<HeadingJson<'a>>,
}

/// A source document as people cite it; `file` is the seed's file name.
#[derive(Serialize)]
pub struct SourceMetaJson<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub title: &'a str,
    pub publisher: Option<&'a str>,
    pub edition: Option<&'a str>,
    pub date: String,
    pub date_text: Option<&'a str>,
    pub citation: String,
    pub note: Option<&'a str>,
}

impl<'a> SourceMetaJson<'a> {
    pub fn new(s: &'a Source) -> Self {
        SourceMetaJson {
            id: &s.id,
            file: &s.file,
            title: &s.title,
            publisher: s.publisher.as_deref(),
            edition: s.edition.as_deref(),
            date: s.date.to_string(),
            date_text: s.date_text.as_deref(),
            citation: s.citation(),
            note: s.note.as_deref(),
        }
    }
}

/// An item by kind and id.
#[derive(Serialize)]
pub struct AskedJson {
    pub kind: &'static str,
    pub id: String,
}

/// A heading and its entries.
#[derive(Serialize)]
pub struct HeadingJson<'a> {
    pub heading: &'a str,
    pub highlighted: bool,
    pub entries: Vec<EntryJson<'a>>,
}

/// One entry: a paragraph (`text`, `marks`) or an item (`label`, a duty's actor and attribution).
#[derive(Serialize)]
pub struct EntryJson<'a> {
    pub kind: &'static str,
    pub id: String,
    pub highlighted: bool,
    /// Quoted in the paragraph before it.
    pub in_text: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<MarkJson>,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution_note: Option<&'a str>,
}

/// An item quoted in a paragraph, by its character offsets (Unicode scalar values) in `text`.
#[derive(Serialize)]
pub struct MarkJson {
    pub kind: &'static str,
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub highlighted: bool,
}

/// The source view as JSON.
pub fn source_view<'a>(c: &'a Content, t: &Target, also: &[Found]) -> SourceViewJson<'a> {
    let o = outline(c, t.doc);
    let asked = |f: Found| AskedJson {
        kind: f.kind(),
        id: f.id(c),
    };
    SourceViewJson {
        source: SourceMetaJson::new(&c.sources[t.doc]),
        asked: asked(t.found),
        also: also.iter().map(|&f| asked(f)).collect(),
        also_in: t
            .also_in
            .iter()
            .map(|&d| c.sources[d].id.as_ref())
            .collect(),
        headings: o
            .blocks
            .iter()
            .map(|b| HeadingJson {
                heading: b.heading,
                highlighted: t.headings.iter().any(|h| h == b.heading),
                entries: b.entries.iter().map(|e| entry_json(c, t, e)).collect(),
            })
            .collect(),
    }
}

fn entry_json<'a>(c: &'a Content, t: &Target, e: &Entry) -> EntryJson<'a> {
    let part = e.part();
    let text_ = part.paragraph(c);
    let chars = |byte: usize| text_.map_or(0, |s| s[..byte.min(s.len())].chars().count());
    let duty = match part {
        Part::Duty(d) => Some(&c.duties[d]),
        _ => None,
    };
    EntryJson {
        kind: part.kind(),
        id: part.id(c),
        highlighted: t.highlights(part),
        in_text: matches!(e, Entry::Item { in_text: true, .. }),
        text: text_,
        marks: match e {
            Entry::Text { marks, .. } => marks
                .iter()
                .map(|m| MarkJson {
                    kind: m.part.kind(),
                    id: m.part.id(c),
                    start: chars(m.range.start),
                    end: chars(m.range.end),
                    highlighted: t.highlights(m.part),
                })
                .collect(),
            Entry::Item { .. } => Vec::new(),
        },
        label: entry_label(c, part),
        actor: duty.map(|d| c.actors[d.actor].id.as_ref()),
        attribution: duty.map(|d| super::json::attribution(d.attribution)),
        attribution_note: duty.and_then(|d| d.attribution_note.as_deref()),
    }
}
