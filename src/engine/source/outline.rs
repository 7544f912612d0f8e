//! A source rebuilt from content: its headings in order and, under each, the entries in the seed's
//! order (see the module above for the rule).

use std::ops::Range;

use crate::model::{Content, SourceRef};

/// Something content draws from a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// A step's intro text.
    Intro(usize),
    /// A step's guidance section (step, section).
    Section(usize, usize),
    Duty(usize),
    Contact(usize),
    Law(usize),
    Deadline(usize),
    Escalation(usize),
    Actor(usize),
}

impl Part {
    /// Where the item is drawn from.
    pub fn source(self, c: &Content) -> &SourceRef {
        match self {
            Part::Intro(s) => &c.steps[s].source,
            Part::Section(s, n) => &c.steps[s].sections[n].source,
            Part::Duty(i) => &c.duties[i].source,
            Part::Contact(i) => &c.contacts[i].source,
            Part::Law(i) => &c.law[i].source,
            Part::Deadline(i) => &c.deadlines[i].source,
            Part::Escalation(i) => &c.escalations[i].source,
            Part::Actor(i) => &c.actors[i].source,
        }
    }

    /// The kind's word in JSON.
    pub fn kind(self) -> &'static str {
        match self {
            Part::Intro(_) => "intro",
            Part::Section(..) => "section",
            Part::Duty(_) => "duty",
            Part::Contact(_) => "contact",
            Part::Law(_) => "law",
            Part::Deadline(_) => "deadline",
            Part::Escalation(_) => "escalation",
            Part::Actor(_) => "actor",
        }
    }

    /// The item's stable id (a step's intro: the step's id; a section: `step#n`).
    pub fn id(self, c: &Content) -> String {
        match self {
            Part::Intro(s) => c.steps[s].id.to_string(),
            Part::Section(s, n) => format!("{}#{}", c.steps[s].id, n + 1),
            Part::Duty(i) => c.duties[i].id.to_string(),
            Part::Contact(i) => c.contacts[i].id.to_string(),
            Part::Law(i) => c.law[i].id.to_string(),
            Part::Deadline(i) => c.deadlines[i].id.to_string(),
            Part::Escalation(i) => c.escalations[i].id.to_string(),
            Part::Actor(i) => c.actors[i].id.to_string(),
        }
    }

    /// The paragraph of a step's intro or section.
    pub fn paragraph(self, c: &Content) -> Option<&str> {
        match self {
            Part::Intro(s) => Some(&c.steps[s].intro),
            Part::Section(s, n) => Some(&c.steps[s].sections[n].text),
            _ => None,
        }
    }

    /// The words the item quotes from its source, to be found in a paragraph under its heading.
    fn quotes(self, c: &Content) -> Vec<&str> {
        match self {
            Part::Duty(i) => vec![&c.duties[i].text],
            Part::Law(i) => vec![&c.law[i].citation],
            Part::Deadline(i) => vec![&c.deadlines[i].words],
            Part::Escalation(i) => vec![&c.escalations[i].text],
            Part::Contact(i) => c.contacts[i]
                .phones
                .iter()
                .flat_map(|p| {
                    std::iter::once(p.number.as_ref()).chain(p.alt.iter().map(AsRef::as_ref))
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// An item quoted inside a paragraph: where (bytes of the paragraph) and which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub part: Part,
}

/// One entry under a heading, in the source's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A paragraph (a step's intro or a section) with the items quoted in it, in text order.
    Text { part: Part, marks: Vec<Mark> },
    /// An item: a bullet, a contact, a law item … `in_text` when it is quoted in the paragraph above
    /// (shown there; the entry carries what the paragraph cannot, such as a duty's actor).
    Item { part: Part, in_text: bool },
}

impl Entry {
    /// The item the entry shows.
    pub fn part(&self) -> Part {
        match self {
            Entry::Text { part, .. } | Entry::Item { part, .. } => *part,
        }
    }
}

/// A heading of the source and what content draws from under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'c> {
    pub heading: &'c str,
    pub entries: Vec<Entry>,
}

/// A source document rebuilt from content, heading by heading, in the document's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline<'c> {
    pub doc: usize,
    pub blocks: Vec<Block<'c>>,
}

/// Every item of content drawn from source `doc`, in content order, by kind.
pub(super) fn parts_of(c: &Content, doc: usize) -> Vec<Part> {
    let mut out = Vec::new();
    for (s, step) in c.steps.iter().enumerate() {
        out.push(Part::Intro(s));
        out.extend((0..step.sections.len()).map(|n| Part::Section(s, n)));
    }
    out.extend((0..c.duties.len()).map(Part::Duty));
    out.extend((0..c.contacts.len()).map(Part::Contact));
    out.extend((0..c.law.len()).map(Part::Law));
    out.extend((0..c.deadlines.len()).map(Part::Deadline));
    out.extend((0..c.escalations.len()).map(Part::Escalation));
    out.extend((0..c.actors.len()).map(Part::Actor));
    out.retain(|p| p.source(c).doc == doc);
    out
}

/// Where `quote` stands in `text` as a whole (not inside a longer number or word).
fn find_whole(text: &str, quote: &str) -> Option<Range<usize>> {
    if quote.is_empty() {
        return None;
    }
    text.match_indices(quote)
        .map(|(i, _)| i..i + quote.len())
        .find(|r| {
            let before = text[..r.start].chars().next_back();
            let after = text[r.end..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Source `doc` rebuilt from content in the document's order.
pub fn outline(c: &Content, doc: usize) -> Outline<'_> {
    let parts = parts_of(c, doc);
    let mut headings: Vec<&str> = c.sources[doc].headings.iter().map(AsRef::as_ref).collect();
    for p in &parts {
        let h = p.source(c).heading.as_ref();
        if !headings.contains(&h) {
            headings.push(h);
        }
    }
    let blocks = headings
        .into_iter()
        .map(|heading| Block {
            heading,
            entries: entries(
                c,
                parts
                    .iter()
                    .copied()
                    .filter(|p| p.source(c).heading == heading),
            ),
        })
        .collect();
    Outline { doc, blocks }
}

/// The entries under one heading: bullets, then each paragraph with what it quotes, then the rest.
fn entries(c: &Content, parts: impl Iterator<Item = Part>) -> Vec<Entry> {
    let (texts, items): (Vec<Part>, Vec<Part>) = parts.partition(|p| p.paragraph(c).is_some());
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); texts.len()];
    let mut loose = Vec::new();
    for item in items {
        let found = texts.iter().enumerate().find_map(|(t, text)| {
            let para = text.paragraph(c)?;
            item.quotes(c)
                .into_iter()
                .find_map(|q| find_whole(para, q))
                .map(|range| (t, range))
        });
        match found {
            Some((t, range)) => marks[t].push(Mark { range, part: item }),
            None => loose.push(item),
        }
    }
    let mut out: Vec<Entry> = loose
        .iter()
        .filter(|p| matches!(p, Part::Duty(_)))
        .map(|&part| Entry::Item {
            part,
            in_text: false,
        })
        .collect();
    for (text, mut m) in texts.into_iter().zip(marks) {
        m.sort_by_key(|x| x.range.start);
        let quoted: Vec<Entry> = m
            .iter()
            .map(|x| Entry::Item {
                part: x.part,
                in_text: true,
            })
            .collect();
        out.push(Entry::Text {
            part: text,
            marks: m,
        });
        out.extend(quoted);
    }
    out.extend(
        loose
            .into_iter()
            .filter(|p| !matches!(p, Part::Duty(_)))
            .map(|part| Entry::Item {
                part,
                in_text: false,
            }),
    );
    out
}
