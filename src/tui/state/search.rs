//! The search view's state: the query, its hits and the selected one, and the prepared indexes — the
//! shown content's and, in a translation, the Swedish original's, searched together.

use crate::engine::{self, Hit, SearchIndex};
use crate::model::Content;

/// At most this many search hits are kept.
pub const MAX_HITS: usize = 200;

/// At most this many characters of a search query are kept: more finds nothing more, and each one
/// would be searched for (a stray paste of thousands of characters).
pub const MAX_QUERY: usize = 200;

/// The search view.
#[derive(Default)]
pub struct SearchState<'c> {
    /// Built on the first search, then kept: every later keystroke only scans it. Not at start-up,
    /// where folding all content would delay the first frame for users who never search.
    pub index: std::cell::OnceCell<SearchIndex<'c>>,
    /// The Swedish original's index, beside `index` when the content shown is a translation.
    pub index_sv: std::cell::OnceCell<SearchIndex<'c>>,
    pub query: String,
    pub hits: Vec<Hit>,
    /// Index into `hits`.
    pub hit: usize,
}

impl<'c> SearchState<'c> {
    /// Runs the query again (after a keystroke) over `c` and, when `c` is a translation, its Swedish
    /// original `swedish` too; selects the best hit.
    pub fn run(&mut self, c: &'c Content, swedish: Option<&'c Content>) {
        self.hits = if self.query.trim().is_empty() {
            Vec::new()
        } else {
            self.hits_for(c, swedish, &self.query, MAX_HITS)
        };
        self.hit = 0;
    }

    /// The best `limit` hits for `query`, the indexes built on first use. In a translation the Swedish
    /// original is searched too, its snippets marked "(sv) ".
    pub fn hits_for(
        &self,
        c: &'c Content,
        swedish: Option<&'c Content>,
        query: &str,
        limit: usize,
    ) -> Vec<Hit> {
        let shown = self.index.get_or_init(|| SearchIndex::new(c));
        match swedish {
            None => shown.search_top(query, limit),
            Some(sv) => {
                let original = self.index_sv.get_or_init(|| SearchIndex::new(sv));
                engine::search_both(shown, original, query, limit)
                    .into_iter()
                    .map(|h| h.marked(crate::report::bilingual::SWEDISH_MARK))
                    .collect()
            }
        }
    }
}
