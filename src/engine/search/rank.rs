//! The ranking rules of search, all in one place.
//!
//! A query is cut into *clauses*: one per word, or one per run of words that names a term of the
//! glossary ("TUT", "tidsbegränsat uppehållstillstånd"), which then matches any form of that term. An
//! item is a hit when **every clause matches somewhere in it** — in any of its texts: a contact's name,
//! unit, target group, region, numbers and email are searched as one.
//!
//! Each clause scores the best of its matches in the item; a match scores its **class** plus the
//! **weight of the text** it is in:
//!
//! | class | points | the query word … |
//! |---|---|---|
//! | exact | 12 | is the word (case and diacritics aside), or a form of the term it names |
//! | stem | 10 | is an inflection of the word: the same Swedish stem ("kontaktförbudet" – "kontaktförbud") |
//! | prefix | 8 | begins the word ("atervand" – "Återvändandet"): the word being typed |
//! | typo, 1 edit | 6 | is one edit away (5–8 letters may carry one, 9 or more two; a swap of two letters is one edit) |
//! | typo, 2 edits | 4 | is two edits away |
//! | inside | 2 | stands inside a longer word ("koordinator" in "regionkoordinator") — 3 letters or more |
//!
//! | text | points |
//! |---|---|
//! | what the item *is* called: a term and its forms, a contact's name, unit, group, region, numbers, email; an actor's name; a law item's title and citation | +6 |
//! | a title: a step's title and summary, a section's heading, a question | +4 |
//! | body text: duties, guidance, descriptions, notes, explanations | 0 |
//!
//! A match that covers a whole name or title (the contact "Stödtelefon" for "stödtelefonen") adds +4:
//! that item *is* what was searched, while a text that only mentions it does not get this.
//! Phone numbers match by their digits, however spaced: the whole number is exact, its beginning a
//! prefix, digits within it inside.
//!
//! The item's score is the sum of its clauses' scores, plus, for several clauses, +2 when their best
//! matches are in one text and +4 more when they stand there in the query's order, word after word.
//! Equal scores are ordered by kind (term, contact, law, actor, duty, question, step, section), then
//! by the shorter text (the match is more of it), then by the content's order. A term found only in
//! its explanation comes after every other kind: the explanation quotes a text that is itself an item.

use super::item::ItemRef;

/// How a query word met a word of the text, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchClass {
    Exact,
    Stem,
    Prefix,
    Typo1,
    Typo2,
    Inside,
}

impl MatchClass {
    /// The class's points (see the table above).
    pub fn points(self) -> u32 {
        match self {
            MatchClass::Exact => 12,
            MatchClass::Stem => 10,
            MatchClass::Prefix => 8,
            MatchClass::Typo1 => 6,
            MatchClass::Typo2 => 4,
            MatchClass::Inside => 2,
        }
    }

    /// The typo class for `edits` edits.
    pub fn typo(edits: usize) -> MatchClass {
        if edits <= 1 {
            MatchClass::Typo1
        } else {
            MatchClass::Typo2
        }
    }

    /// The stable word for JSON: `exact`, `stem`, `prefix`, `typo`, `inside`.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchClass::Exact => "exact",
            MatchClass::Stem => "stem",
            MatchClass::Prefix => "prefix",
            MatchClass::Typo1 | MatchClass::Typo2 => "typo",
            MatchClass::Inside => "inside",
        }
    }
}

/// The weight of the text a match is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// What the item is called.
    Name,
    /// A title or heading.
    Title,
    /// Body text that mentions things.
    Body,
}

impl Weight {
    fn points(self) -> u32 {
        match self {
            Weight::Name => 6,
            Weight::Title => 4,
            Weight::Body => 0,
        }
    }
}

/// A match covering a whole name or title.
const WHOLE: u32 = 4;
/// Several clauses' best matches in one text.
const SAME_TEXT: u32 = 2;
/// … standing there in the query's order, word after word.
const IN_ORDER: u32 = 4;

/// The points of one match.
pub fn match_points(class: MatchClass, weight: Weight, whole: bool) -> u32 {
    let whole = whole && weight != Weight::Body;
    class.points() + weight.points() + if whole { WHOLE } else { 0 }
}

/// The bonus of several clauses by where their best matches are: `(field, first word, last word)` of
/// each, in query order.
pub fn proximity_points(spans: &[(u32, u32, u32)]) -> u32 {
    let Some(&(field, ..)) = spans.first() else {
        return 0;
    };
    if spans.len() < 2 || spans.iter().any(|s| s.0 != field) {
        return 0;
    }
    let in_order = spans.windows(2).all(|w| w[1].1 == w[0].2 + 1);
    SAME_TEXT + if in_order { IN_ORDER } else { 0 }
}

/// A hit's place in the ranking, lower first: score (inverted), intent (kind), words of the matched
/// text, the item's position in content.
pub type OrderKey = (u32, u8, u32, u32);

/// The order of hits: the sort key of an item with `score`, whose matched text has `words` words, and
/// whether any of its matches is in a name or title (`named`).
pub fn order_key(item: ItemRef, score: u32, named: bool, words: u32, position: u32) -> OrderKey {
    let kind = match item {
        ItemRef::Term(_) if !named => u8::MAX,
        _ => item.kind_rank(),
    };
    (u32::MAX - score, kind, words, position)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_rank_exact_stem_prefix_typo_inside() {
        let pts: Vec<u32> = [
            MatchClass::Exact,
            MatchClass::Stem,
            MatchClass::Prefix,
            MatchClass::Typo1,
            MatchClass::Typo2,
            MatchClass::Inside,
        ]
        .iter()
        .map(|c| c.points())
        .collect();
        assert!(pts.windows(2).all(|w| w[0] > w[1]), "{pts:?}");
    }

    #[test]
    fn a_name_that_is_the_query_beats_a_text_that_mentions_it() {
        let name = match_points(MatchClass::Stem, Weight::Name, true);
        let title = match_points(MatchClass::Stem, Weight::Title, false);
        let body = match_points(MatchClass::Exact, Weight::Body, true);
        assert!(name > title && title > body, "{name} {title} {body}");
        assert_eq!(match_points(MatchClass::Exact, Weight::Body, true), 12);
    }

    #[test]
    fn words_in_the_query_order_in_one_text_score_more() {
        assert_eq!(proximity_points(&[(3, 4, 4), (3, 5, 5)]), 6);
        assert_eq!(proximity_points(&[(3, 5, 5), (3, 4, 4)]), 2);
        assert_eq!(proximity_points(&[(3, 4, 4), (2, 5, 5)]), 0);
        assert_eq!(proximity_points(&[(3, 4, 4)]), 0);
    }
}
