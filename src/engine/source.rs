//! "Where does it say so": a seed document rebuilt, in its own order, from what content draws from it,
//! and the item a professional asked about found in it.
//!
//! The order is given by content, once: the document's `headings` (in the order it prints them), and
//! under each heading the seed's order, which content keeps — the bullets (duties) in file order, then
//! the prose (a step's intro, then its sections, steps in their order). Every seed prints its bullets
//! before the prose under a heading. An item that quotes words standing in a paragraph (a commitment
//! in 004's prose, a deadline's words, a contact's number, a law citation in a list) is found there
//! and marked in place, so the paragraph is shown once. `tests/coverage.rs` checks the order against
//! the seeds.

use std::ops::Range;

use crate::model::{Condition, Content, SourceRef};

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
fn parts_of(c: &Content, doc: usize) -> Vec<Part> {
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

/// What an id names, for the source view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Source(usize),
    Part(Part),
    Question(usize),
    Scenario(usize),
}

impl Found {
    /// The kind's word in JSON and for `kind:id`.
    pub fn kind(self) -> &'static str {
        match self {
            Found::Source(_) => "source",
            Found::Part(Part::Intro(_)) => "step",
            Found::Part(p) => p.kind(),
            Found::Question(_) => "question",
            Found::Scenario(_) => "scenario",
        }
    }

    /// The id as given.
    pub fn id(self, c: &Content) -> String {
        match self {
            Found::Source(i) => c.sources[i].id.to_string(),
            Found::Part(p) => p.id(c),
            Found::Question(i) => c.questions[i].id.to_string(),
            Found::Scenario(i) => c.scenarios[i].id.to_string(),
        }
    }
}

/// Everything `id` names, most specific kind first: source, duty, step, section (`step#n`), contact,
/// law, deadline, escalation, actor, question, scenario. `kind:id` (`law:kontaktforbud`) names one kind.
pub fn find(c: &Content, id: &str) -> Vec<Found> {
    let (kind, id) = match id.split_once(':') {
        Some((k, rest)) => (Some(k), rest),
        None => (None, id),
    };
    let section = id.split_once('#').and_then(|(step, n)| {
        let s = c.step_index(step)?;
        let n = n.parse::<usize>().ok()?.checked_sub(1)?;
        (n < c.steps[s].sections.len()).then_some(Found::Part(Part::Section(s, n)))
    });
    let all = [
        c.sources.iter().position(|x| x.id == id).map(Found::Source),
        c.duty_index(id).map(|i| Found::Part(Part::Duty(i))),
        c.step_index(id).map(|i| Found::Part(Part::Intro(i))),
        section,
        c.contact_index(id).map(|i| Found::Part(Part::Contact(i))),
        c.law_index(id).map(|i| Found::Part(Part::Law(i))),
        c.deadlines
            .iter()
            .position(|x| x.id == id)
            .map(|i| Found::Part(Part::Deadline(i))),
        c.escalations
            .iter()
            .position(|x| x.id == id)
            .map(|i| Found::Part(Part::Escalation(i))),
        c.actor_index(id).map(|i| Found::Part(Part::Actor(i))),
        c.question_index(id).map(Found::Question),
        c.scenario_index(id).map(Found::Scenario),
    ];
    all.into_iter()
        .flatten()
        .filter(|f| kind.is_none_or(|k| k == f.kind()))
        .collect()
}

/// The source to show for what was asked, and what to highlight in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub found: Found,
    pub doc: usize,
    /// The items to highlight.
    pub parts: Vec<Part>,
    /// Headings to highlight (a scenario's cited headings).
    pub headings: Vec<String>,
    /// Other sources with items that a question decides.
    pub also_in: Vec<usize>,
}

impl Target {
    /// Whether `part` is highlighted.
    pub fn highlights(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }
}

fn tests(cond: Option<&Condition>, q: usize) -> bool {
    cond.is_some_and(|w| w.questions().contains(&q))
}

/// The source view of what `found` names; `None` for a question that decides nothing drawn from a
/// source, or a scenario without sources.
pub fn target(c: &Content, found: Found) -> Option<Target> {
    let plain = |doc: usize, parts: Vec<Part>| Target {
        found,
        doc,
        parts,
        headings: Vec::new(),
        also_in: Vec::new(),
    };
    match found {
        Found::Source(doc) => Some(plain(doc, Vec::new())),
        Found::Part(p) => Some(plain(p.source(c).doc, vec![p])),
        Found::Question(q) => {
            let decided: Vec<Part> = (0..c.duties.len())
                .filter(|&d| tests(c.duties[d].when.as_ref(), q))
                .map(Part::Duty)
                .chain(
                    (0..c.contacts.len())
                        .filter(|&k| tests(c.contacts[k].when.as_ref(), q))
                        .map(Part::Contact),
                )
                .chain(
                    (0..c.deadlines.len())
                        .filter(|&x| tests(c.deadlines[x].when.as_ref(), q))
                        .map(Part::Deadline),
                )
                .collect();
            let mut docs: Vec<(usize, usize)> = Vec::new();
            for p in &decided {
                let doc = p.source(c).doc;
                match docs.iter_mut().find(|(d, _)| *d == doc) {
                    Some((_, n)) => *n += 1,
                    None => docs.push((doc, 1)),
                }
            }
            let (doc, _) = docs
                .iter()
                .copied()
                .reduce(|best, x| if x.1 > best.1 { x } else { best })?;
            Some(Target {
                also_in: docs.iter().map(|(d, _)| *d).filter(|&d| d != doc).collect(),
                ..plain(
                    doc,
                    decided
                        .into_iter()
                        .filter(|p| p.source(c).doc == doc)
                        .collect(),
                )
            })
        }
        Found::Scenario(i) => {
            let s = &c.scenarios[i];
            let doc = s.sources.first()?.doc;
            let parts = s
                .key_duties
                .iter()
                .map(|&d| Part::Duty(d))
                .chain(s.key_contacts.iter().map(|&k| Part::Contact(k)))
                .filter(|p| p.source(c).doc == doc)
                .collect();
            Some(Target {
                headings: s
                    .sources
                    .iter()
                    .filter(|r| r.doc == doc)
                    .map(|r| r.heading.to_string())
                    .collect(),
                ..plain(doc, parts)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> &'static Content {
        crate::embedded::content()
    }

    fn doc(c: &Content, id: &str) -> usize {
        c.sources
            .iter()
            .position(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn every_item_drawn_from_a_source_appears_once_in_its_outline() {
        let c = content();
        for d in 0..c.sources.len() {
            let o = outline(c, d);
            let mut seen: Vec<Part> = Vec::new();
            for b in &o.blocks {
                for e in &b.entries {
                    if let Entry::Item { in_text: true, .. } = e {
                        continue;
                    }
                    assert!(!seen.contains(&e.part()), "{:?} twice", e.part());
                    seen.push(e.part());
                    assert_eq!(e.part().source(c).heading, b.heading);
                }
            }
            let mut all = parts_of(c, d);
            let shown: Vec<Part> = o
                .blocks
                .iter()
                .flat_map(|b| b.entries.iter().map(Entry::part))
                .collect();
            all.retain(|p| !shown.contains(p));
            assert!(all.is_empty(), "not shown: {all:?}");
        }
    }

    #[test]
    fn the_acute_step_page_comes_back_in_the_seeds_order() {
        let c = content();
        let o = outline(c, doc(c, "s003"));
        let headings: Vec<&str> = o.blocks.iter().map(|b| b.heading).collect();
        assert_eq!(
            headings[0],
            "Ge akut skydd och stöd vid misstanke om människohandel"
        );
        assert_eq!(headings.last(), Some(&"Plats på skyddat boende"));
        let duties = o
            .blocks
            .iter()
            .find(|b| b.heading == "Olika aktörers ansvar i detta steg")
            .map(|b| b.entries.clone())
            .unwrap_or_default();
        let ids: Vec<String> = duties
            .iter()
            .filter(|e| matches!(e.part(), Part::Duty(_)))
            .map(|e| e.part().id(c))
            .collect();
        assert_eq!(ids.len(), 27, "{ids:?}");
        assert_eq!(ids[0], "soc_skyddsbedomning_barn");
        assert_eq!(ids[26], "rk_informerar_tut");
    }

    #[test]
    fn commitments_in_the_programmes_prose_are_marked_in_their_paragraph() {
        let c = content();
        let o = outline(c, doc(c, "s004"));
        let block = o
            .blocks
            .iter()
            .find(|b| b.heading == "Gatuprostitution")
            .unwrap_or_else(|| panic!("no block"));
        let Some(Entry::Text { part, marks }) = block.entries.first() else {
            panic!("{:?}", block.entries)
        };
        let text = part.paragraph(c).unwrap_or_default();
        assert_eq!(marks.len(), 2);
        for m in marks {
            let Part::Duty(d) = m.part else {
                panic!("{m:?}")
            };
            assert_eq!(&text[m.range.clone()], c.duties[d].text.as_ref());
        }
        assert!(
            block.entries[1..]
                .iter()
                .all(|e| matches!(e, Entry::Item { in_text: true, .. }))
        );
    }

    #[test]
    fn ids_of_every_kind_are_found_and_kinds_can_be_named() {
        let c = content();
        assert_eq!(find(c, "s003"), vec![Found::Source(doc(c, "s003"))]);
        let both = find(c, "kontaktforbud");
        assert!(both.len() >= 2, "{both:?}");
        assert_eq!(find(c, "question:kontaktforbud").len(), 1);
        assert!(
            find(c, "akut#1")
                .iter()
                .any(|f| matches!(f, Found::Part(Part::Section(..))))
        );
        assert!(find(c, "nonexistent").is_empty());
        let q = find(c, "question:barn_utsatt")[0];
        let t = target(c, q).unwrap_or_else(|| panic!("no target"));
        assert!(!t.parts.is_empty());
        assert!(t.parts.iter().all(|p| p.source(c).doc == t.doc));
    }
}
