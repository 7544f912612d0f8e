//! Search over every text of the content: diacritic- and case-insensitive, all words must match, ranked
//! by where they match (titles before body text, word starts before word middles). Phone numbers match
//! by their digits, however spaced.

use super::fold::{digits, fold, fold_into};
use crate::model::Content;

/// An item a search hit points at, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    Step(usize),
    Section(usize, usize),
    Duty(usize),
    Actor(usize),
    Question(usize),
    Contact(usize),
    Law(usize),
}

impl ItemRef {
    /// The kind's word in JSON and for display keys.
    pub fn kind(self) -> &'static str {
        match self {
            ItemRef::Step(_) => "step",
            ItemRef::Section(..) => "section",
            ItemRef::Duty(_) => "duty",
            ItemRef::Actor(_) => "actor",
            ItemRef::Question(_) => "question",
            ItemRef::Contact(_) => "contact",
            ItemRef::Law(_) => "law",
        }
    }

    /// The item's stable id (sections: `step#n`).
    pub fn id(self, c: &Content) -> String {
        match self {
            ItemRef::Step(i) => c.steps[i].id.to_string(),
            ItemRef::Section(s, n) => format!("{}#{}", c.steps[s].id, n + 1),
            ItemRef::Duty(i) => c.duties[i].id.to_string(),
            ItemRef::Actor(i) => c.actors[i].id.to_string(),
            ItemRef::Question(i) => c.questions[i].id.to_string(),
            ItemRef::Contact(i) => c.contacts[i].id.to_string(),
            ItemRef::Law(i) => c.law[i].id.to_string(),
        }
    }

    /// A short human title of the item.
    pub fn title(self, c: &Content) -> String {
        match self {
            ItemRef::Step(i) => c.steps[i].title.to_string(),
            ItemRef::Section(s, n) => c.steps[s].sections[n].heading.to_string(),
            ItemRef::Duty(i) => format!(
                "{}: {}",
                c.actors[c.duties[i].actor].name, c.steps[c.duties[i].step].summary
            ),
            ItemRef::Actor(i) => c.actors[i].name.to_string(),
            ItemRef::Question(i) => c.questions[i].text.to_string(),
            ItemRef::Contact(i) => c.contacts[i].name.to_string(),
            ItemRef::Law(i) => format!("{} ({})", c.law[i].citation, c.law[i].title),
        }
    }
}

/// One ranked result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub item: ItemRef,
    pub score: u32,
    /// A piece of the matching text around the first match.
    pub snippet: String,
    /// Byte range of the first match within `snippet`.
    pub highlight: std::ops::Range<usize>,
}

struct Doc<'c> {
    item: ItemRef,
    weight: u32,
    text: &'c str,
    folded: String,
    /// Byte offset in `text` of each byte of `folded`.
    map: Vec<usize>,
    /// A digits-only phone document.
    phone: bool,
}

/// All content texts, folded once so each query is a scan of prepared strings.
pub struct SearchIndex<'c> {
    docs: Vec<Doc<'c>>,
}

const TITLE: u32 = 4;
const BODY: u32 = 1;

impl<'c> SearchIndex<'c> {
    /// Folds every text of `content`.
    pub fn new(content: &'c Content) -> SearchIndex<'c> {
        let mut docs = Vec::new();
        let mut add = |item: ItemRef, weight: u32, text: &'c str| {
            let (mut folded, mut map) = (
                String::with_capacity(text.len()),
                Vec::with_capacity(text.len()),
            );
            fold_into(text, &mut folded, &mut map);
            docs.push(Doc {
                item,
                weight,
                text,
                folded,
                map,
                phone: false,
            });
        };
        for (i, s) in content.steps.iter().enumerate() {
            add(ItemRef::Step(i), TITLE, &s.title);
            add(ItemRef::Step(i), TITLE, &s.summary);
            add(ItemRef::Step(i), BODY, &s.intro);
            for (n, sec) in s.sections.iter().enumerate() {
                add(ItemRef::Section(i, n), TITLE, &sec.heading);
                add(ItemRef::Section(i, n), BODY, &sec.text);
            }
        }
        for (i, d) in content.duties.iter().enumerate() {
            add(ItemRef::Duty(i), BODY + 1, &d.text);
        }
        for (i, a) in content.actors.iter().enumerate() {
            add(ItemRef::Actor(i), TITLE, &a.name);
            if let Some(t) = &a.description {
                add(ItemRef::Actor(i), BODY, t);
            }
        }
        for (i, q) in content.questions.iter().enumerate() {
            add(ItemRef::Question(i), BODY + 1, &q.text);
            if let Some(t) = &q.help {
                add(ItemRef::Question(i), BODY, t);
            }
        }
        for (i, k) in content.contacts.iter().enumerate() {
            for t in [&k.name, &k.unit] {
                add(ItemRef::Contact(i), TITLE, t);
            }
            for t in [&k.target_group, &k.region] {
                add(ItemRef::Contact(i), BODY, t);
            }
            for t in [&k.email, &k.hours, &k.note, &k.web].into_iter().flatten() {
                add(ItemRef::Contact(i), BODY, t);
            }
        }
        for (i, l) in content.law.iter().enumerate() {
            add(ItemRef::Law(i), TITLE, &l.title);
            add(ItemRef::Law(i), TITLE, &l.citation);
            add(ItemRef::Law(i), BODY, &l.summary);
        }
        for (i, k) in content.contacts.iter().enumerate() {
            for p in k.phones.iter() {
                for n in std::iter::once(&p.number).chain(p.alt.iter()) {
                    let (folded, map): (String, Vec<usize>) = n
                        .char_indices()
                        .filter(|(_, c)| c.is_ascii_digit())
                        .map(|(o, c)| (c, o))
                        .unzip();
                    docs.push(Doc {
                        item: ItemRef::Contact(i),
                        weight: TITLE * 2,
                        text: n,
                        folded,
                        map,
                        phone: true,
                    });
                }
            }
        }
        SearchIndex { docs }
    }

    /// Items matching every word of `query`, best first, each item once.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let phone_query = query
            .chars()
            .all(|c| c.is_ascii_digit() || " -+".contains(c));
        let digit_query = digits(query);
        let terms: Vec<String> = if phone_query && digit_query.len() >= 3 {
            vec![digit_query]
        } else {
            fold(query).split_whitespace().map(str::to_string).collect()
        };
        let phone_query = phone_query && terms.first().is_some_and(|t| t.len() >= 3);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = Vec::new();
        for doc in self.docs.iter().filter(|d| d.phone == phone_query) {
            let Some((score, first)) = score(doc, &terms) else {
                continue;
            };
            let score = score * doc.weight;
            match hits.iter_mut().find(|h| h.item == doc.item) {
                Some(h) if h.score >= score => {}
                Some(h) => *h = hit(doc, score, first),
                None => hits.push(hit(doc, score, first)),
            }
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.item.cmp(&b.item)));
        hits
    }
}

/// Scores a document: `None` unless every term occurs. Returns the first match's folded range too.
fn score(doc: &Doc<'_>, terms: &[String]) -> Option<(u32, std::ops::Range<usize>)> {
    let mut total = 0;
    let mut first: Option<std::ops::Range<usize>> = None;
    for term in terms {
        let mut best = 0;
        let mut best_at = None;
        for (at, _) in doc.folded.match_indices(term.as_str()) {
            let before = doc.folded[..at].chars().next_back();
            let after = doc.folded[at + term.len()..].chars().next();
            let starts = before.is_none_or(|c| !c.is_alphanumeric());
            let ends = after.is_none_or(|c| !c.is_alphanumeric());
            let s = 1 + if starts { 4 } else { 0 } + if starts && ends { 3 } else { 0 };
            if s > best {
                best = s;
                best_at = Some(at..at + term.len());
            }
        }
        if best == 0 {
            return None;
        }
        total += best;
        if first.is_none() {
            first = best_at;
        }
    }
    if terms.len() > 1 && doc.folded.contains(&terms.join(" ")) {
        total += 4;
    }
    first.map(|f| (total, f))
}

fn hit(doc: &Doc<'_>, score: u32, folded: std::ops::Range<usize>) -> Hit {
    let start = doc.map.get(folded.start).copied().unwrap_or(0);
    let end_char_start = doc
        .map
        .get(folded.end.saturating_sub(1))
        .copied()
        .unwrap_or(start);
    let end = doc.text[end_char_start..]
        .chars()
        .next()
        .map_or(end_char_start, |c| end_char_start + c.len_utf8());
    let (from, to) = around(doc.text, start, end, 60);
    let snippet = doc.text[from..to].replace('\n', " ");
    Hit {
        item: doc.item,
        score,
        highlight: (start - from)..(end - from),
        snippet,
    }
}

/// A window of about `context` characters on each side of `start..end`, on character boundaries.
fn around(text: &str, start: usize, end: usize, context: usize) -> (usize, usize) {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(context)
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(context)
        .map_or(text.len(), |(i, _)| end + i);
    (from, to)
}
