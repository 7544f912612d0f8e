//! The search index: every text of the content cut into words once, each word folded, stemmed and
//! listed with where it occurs, so a query only looks words up. Built when it is first needed (the
//! navigator's first search, a `search` command), never at start-up.

use std::collections::HashMap;

use super::item::{ItemRef, Part};
use super::rank::Weight;
use super::words::{QueryWord, fold_word, letter_mask, stem_key, word_ranges};
use crate::model::Content;

/// One text of an item: its words are `tokens[first..end]`.
pub(super) struct Field<'c> {
    pub item: u32,
    pub part: Part,
    pub weight: Weight,
    pub text: &'c str,
    pub first: u32,
    pub end: u32,
}

impl Field<'_> {
    /// How many words the text has.
    pub fn words(&self) -> u32 {
        self.end - self.first
    }
}

/// One occurrence of a word: in which field, and its byte range in the field's text.
#[derive(Clone, Copy)]
pub(super) struct Token {
    pub field: u32,
    pub word: u32,
    pub start: u32,
    pub end: u32,
}

/// A distinct folded word of the content.
pub(super) struct Word {
    pub text: Box<str>,
    pub chars: u32,
    pub mask: u64,
}

/// A distinct stem key and the words that share it.
pub(super) struct Stem {
    pub text: Box<str>,
    pub chars: u32,
    pub mask: u64,
    pub words: Vec<u32>,
}

/// A phone number as digits, with the byte offset in the printed number of each digit.
pub(super) struct PhoneDigits {
    pub field: u32,
    pub digits: String,
    pub map: Vec<u32>,
}

/// The forms of a term, as words, for finding a term in a query.
pub(super) struct TermForms {
    pub term: usize,
    pub forms: Vec<Vec<QueryWord>>,
}

/// All content texts, cut into words and looked up by word, stem, beginning and letters.
pub struct SearchIndex<'c> {
    pub(super) content: &'c Content,
    pub(super) items: Vec<ItemRef>,
    pub(super) fields: Vec<Field<'c>>,
    pub(super) tokens: Vec<Token>,
    pub(super) words: Vec<Word>,
    pub(super) word_ids: HashMap<Box<str>, u32>,
    pub(super) stems: Vec<Stem>,
    pub(super) stem_ids: HashMap<Box<str>, u32>,
    /// Word → its tokens, in content order.
    pub(super) postings: Vec<Vec<u32>>,
    /// Every word between newlines ("\nord\nannat\n"), so a beginning or a piece of a word is one
    /// substring search over the vocabulary; `starts[w]` is where word `w` begins in it.
    pub(super) joined: String,
    pub(super) starts: Vec<u32>,
    pub(super) phones: Vec<PhoneDigits>,
    pub(super) terms: Vec<TermForms>,
}

impl<'c> SearchIndex<'c> {
    /// Cuts every text of `content` into words and indexes them.
    pub fn new(content: &'c Content) -> SearchIndex<'c> {
        let mut ix = SearchIndex {
            content,
            items: Vec::new(),
            fields: Vec::new(),
            tokens: Vec::new(),
            words: Vec::new(),
            word_ids: HashMap::new(),
            stems: Vec::new(),
            stem_ids: HashMap::new(),
            postings: Vec::new(),
            joined: String::new(),
            starts: Vec::new(),
            phones: Vec::new(),
            terms: Vec::new(),
        };
        ix.add_all(content);
        ix.joined.push('\n');
        for w in &ix.words {
            ix.starts
                .push(u32::try_from(ix.joined.len()).unwrap_or(u32::MAX));
            ix.joined.push_str(&w.text);
            ix.joined.push('\n');
        }
        ix.terms = content
            .terms
            .iter()
            .enumerate()
            .map(|(term, t)| TermForms {
                term,
                forms: t
                    .all_forms()
                    .map(QueryWord::all)
                    .filter(|f| !f.is_empty())
                    .collect(),
            })
            .collect();
        ix
    }

    fn add_all(&mut self, c: &'c Content) {
        use Weight::{Body, Name, Title};
        for (i, s) in c.steps.iter().enumerate() {
            let it = self.item(ItemRef::Step(i));
            self.field(it, Part::Title, Title, &s.title);
            self.field(it, Part::Summary, Title, &s.summary);
            self.field(it, Part::Intro, Body, &s.intro);
            for (n, sec) in s.sections.iter().enumerate() {
                let it = self.item(ItemRef::Section(i, n));
                self.field(it, Part::Heading, Title, &sec.heading);
                self.field(it, Part::Text, Body, &sec.text);
            }
        }
        for (i, d) in c.duties.iter().enumerate() {
            let it = self.item(ItemRef::Duty(i));
            self.field(it, Part::Text, Body, &d.text);
        }
        for (i, a) in c.actors.iter().enumerate() {
            let it = self.item(ItemRef::Actor(i));
            self.field(it, Part::Name, Name, &a.name);
            if let Some(t) = &a.description {
                self.field(it, Part::Description, Body, t);
            }
        }
        for (i, q) in c.questions.iter().enumerate() {
            let it = self.item(ItemRef::Question(i));
            self.field(it, Part::Text, Title, &q.text);
            if let Some(t) = &q.help {
                self.field(it, Part::Help, Body, t);
            }
            for (n, o) in q.options.iter().enumerate() {
                self.field(it, Part::Option(n), Body, &o.label);
            }
        }
        for (i, k) in c.contacts.iter().enumerate() {
            let it = self.item(ItemRef::Contact(i));
            self.field(it, Part::Name, Name, &k.name);
            self.field(it, Part::Unit, Name, &k.unit);
            self.field(it, Part::TargetGroup, Name, &k.target_group);
            self.field(it, Part::Region, Name, &k.region);
            for (n, p) in k.phones.iter().enumerate() {
                self.phone(it, Part::Number(n), &p.number);
                for (m, alt) in p.alt.iter().enumerate() {
                    self.phone(it, Part::AltNumber(n, m), alt);
                }
                if let Some(l) = &p.label {
                    self.field(it, Part::Label(n), Body, l);
                }
            }
            let named = [(Part::Email, &k.email), (Part::Web, &k.web)];
            let body = [(Part::Hours, &k.hours), (Part::Note, &k.note)];
            for (part, t) in named {
                if let Some(t) = t {
                    self.field(it, part, Name, t);
                }
            }
            for (part, t) in body {
                if let Some(t) = t {
                    self.field(it, part, Body, t);
                }
            }
        }
        for (i, l) in c.law.iter().enumerate() {
            let it = self.item(ItemRef::Law(i));
            self.field(it, Part::Title, Name, &l.title);
            self.field(it, Part::Citation, Name, &l.citation);
            self.field(it, Part::LawSummary, Body, &l.summary);
            if let Some(t) = &l.external {
                self.field(it, Part::External, Body, t);
            }
        }
        for (i, t) in c.terms.iter().enumerate() {
            let it = self.item(ItemRef::Term(i));
            self.field(it, Part::Term, Name, &t.term);
            for (n, a) in t.abbreviations.iter().enumerate() {
                self.field(it, Part::Abbreviation(n), Name, a);
            }
            for (n, f) in t.forms.iter().enumerate() {
                self.field(it, Part::Form(n), Name, f);
            }
            self.field(it, Part::Explanation, Body, &t.explanation);
            if let Some(x) = &t.external {
                self.field(it, Part::External, Body, x);
            }
        }
    }

    fn item(&mut self, item: ItemRef) -> u32 {
        self.items.push(item);
        to_u32(self.items.len() - 1)
    }

    /// Adds a text of `item`, word by word.
    fn field(&mut self, item: u32, part: Part, weight: Weight, text: &'c str) -> u32 {
        let id = to_u32(self.fields.len());
        let first = to_u32(self.tokens.len());
        let mut folded = String::new();
        for r in word_ranges(text) {
            fold_word(&text[r.clone()], &mut folded);
            let word = self.word(&folded, &text[r.clone()]);
            self.postings[word as usize].push(to_u32(self.tokens.len()));
            self.tokens.push(Token {
                field: id,
                word,
                start: to_u32(r.start),
                end: to_u32(r.end),
            });
        }
        self.fields.push(Field {
            item,
            part,
            weight,
            text,
            first,
            end: to_u32(self.tokens.len()),
        });
        id
    }

    /// Adds a phone number: as words (its digit groups) and as its digits.
    fn phone(&mut self, item: u32, part: Part, number: &'c str) {
        let field = self.field(item, part, Weight::Name, number);
        let (digits, map): (String, Vec<u32>) = number
            .char_indices()
            .filter(|(_, c)| c.is_ascii_digit())
            .map(|(o, c)| (c, to_u32(o)))
            .unzip();
        self.phones.push(PhoneDigits { field, digits, map });
    }

    /// The id of a folded word (`written` as in the text), adding it and its stem the first time.
    fn word(&mut self, folded: &str, written: &str) -> u32 {
        if let Some(&w) = self.word_ids.get(folded) {
            return w;
        }
        let key = stem_key(written);
        let stem = match self.stem_ids.get(key.as_str()) {
            Some(&s) => s,
            None => {
                let s = to_u32(self.stems.len());
                self.stems.push(Stem {
                    chars: to_u32(key.chars().count()),
                    mask: letter_mask(&key),
                    text: key.clone().into_boxed_str(),
                    words: Vec::new(),
                });
                self.stem_ids.insert(key.into_boxed_str(), s);
                s
            }
        };
        let w = to_u32(self.words.len());
        self.stems[stem as usize].words.push(w);
        self.words.push(Word {
            text: folded.into(),
            chars: to_u32(folded.chars().count()),
            mask: letter_mask(folded),
        });
        self.word_ids.insert(folded.into(), w);
        self.postings.push(Vec::new());
        w
    }

    /// The field a token belongs to.
    pub(super) fn field_of(&self, token: u32) -> &Field<'c> {
        &self.fields[self.tokens[token as usize].field as usize]
    }
}

/// Sizes in the index are counts of content words, far below `u32::MAX`; saturate rather than wrap.
pub(super) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
