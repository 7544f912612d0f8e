//! Search in the plain guide: `/ WORDS` (or `sök WORDS`, `search WORDS`) at any question prints the
//! best hits of the one search engine, as `vagvisare search` words them; the guide then asks its question
//! again —
//! a screen-reader user looks something up without leaving the consultation.

use std::io::{self, Write};

use crate::engine::SearchIndex;
use crate::i18n::{Msg, text as t};
use crate::model::Content;
use crate::report::View;

/// How many hits the guide reads out: enough to find the item, few enough to listen to.
const HITS: usize = 5;

/// Prints the best hits for `query` in `c`, or says there are none.
pub fn answer(view: &View, c: &Content, query: &str, output: &mut impl Write) -> io::Result<()> {
    if query.is_empty() {
        return writeln!(output, "{}", t(view.lang, Msg::GuideCommands));
    }
    let hits = SearchIndex::new(c).search_top(query, HITS);
    writeln!(output)?;
    write!(output, "{}", crate::report::hits::text(view, c, &hits))
}
