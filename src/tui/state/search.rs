//! The search view's state: the query, its hits and the selected one, and the prepared index.

use crate::engine::{Hit, SearchIndex};
use crate::model::Content;

/// At most this many search hits are kept.
const MAX_HITS: usize = 200;

/// The search view.
#[derive(Default)]
pub struct SearchState<'c> {
    /// Built on the first search, then kept: every later keystroke only scans it. Not at start-up,
    /// where folding all content would delay the first frame for users who never search.
    pub index: std::cell::OnceCell<SearchIndex<'c>>,
    pub query: String,
    pub hits: Vec<Hit>,
    /// Index into `hits`.
    pub hit: usize,
}

impl<'c> SearchState<'c> {
    /// Runs the query again (after a keystroke) and selects the best hit.
    pub fn run(&mut self, c: &'c Content) {
        self.hits = if self.query.trim().is_empty() {
            Vec::new()
        } else {
            let mut hits = self
                .index
                .get_or_init(|| SearchIndex::new(c))
                .search(&self.query);
            hits.truncate(MAX_HITS);
            hits
        };
        self.hit = 0;
    }
}
