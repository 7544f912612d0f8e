//! Search over every text of the content, the one engine behind `vagvisare search` and the navigator's
//! `/`: Swedish inflections (a stemmer), typos, the glossary's abbreviations and other forms, phone
//! numbers by their digits; all words of a query must match somewhere in an item. How hits are ranked is
//! written down once, in [`rank`].
//!
//! - [`words`]: words, folding, Swedish stem keys, typo budgets;
//! - [`index`]: the index, built lazily by its user (the navigator on its first search);
//! - [`query`]: a query cut into clauses, terms found in it;
//! - [`matching`]: a clause's matches, the best per item;
//! - [`rank`]: the ranking rules;
//! - [`hit`]: a result with its snippet and highlights;
//! - [`item`]: what a hit points at.

mod hit;
mod index;
mod item;
mod matching;
mod query;
pub mod rank;
pub mod words;

pub use hit::Hit;
pub use index::SearchIndex;
pub use item::{ItemRef, Part, part_text};
pub use rank::MatchClass;

use matching::Best;

impl SearchIndex<'_> {
    /// Every item matching all of `query`, best first (see [`rank`]).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_top(query, usize::MAX)
    }

    /// The best `limit` items matching all of `query`: only those get a snippet, which is what a face
    /// showing a page of results needs.
    pub fn search_top(&self, query: &str, limit: usize) -> Vec<Hit> {
        let clauses = query::parse(query, &self.terms);
        if clauses.is_empty() || limit == 0 {
            return Vec::new();
        }
        let per_clause: Vec<Vec<Option<Best>>> =
            clauses.iter().map(|c| self.clause_best(c)).collect();
        let mut ranked = Vec::new();
        let mut spans = Vec::with_capacity(clauses.len());
        for item in 0..self.items.len() {
            spans.clear();
            let mut score = 0;
            for best in &per_clause {
                let Some(b) = best[item] else { break };
                score += b.points;
                spans.push((b.field, b.first, b.last));
            }
            if spans.len() < clauses.len() {
                continue;
            }
            score += rank::proximity_points(&spans);
            let words = self.fields[spans[0].0 as usize].words();
            let named = spans
                .iter()
                .any(|s| self.fields[s.0 as usize].weight != rank::Weight::Body);
            let item = index::to_u32(item);
            let key = rank::order_key(self.items[item as usize], score, named, words, item);
            ranked.push((key, item, score));
        }
        ranked.sort_unstable();
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(key, item, score)| {
                let bests: Vec<Best> = per_clause.iter().filter_map(|b| b[item as usize]).collect();
                self.hit(item, &bests, score, key)
            })
            .collect()
    }

    /// The content the index was built from.
    pub fn content(&self) -> &crate::model::Content {
        self.content
    }
}
