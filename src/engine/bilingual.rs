//! Search in a translation and its original at once, so an English query finds the English text and
//! the Swedish (a Swedish term, a name as printed). A thin merge over two [`SearchIndex`] searches by
//! their common sort key ([`Hit::order`]): each item once where it ranks higher (the translation on a
//! tie), best first. The best `limit` of the merge are among the best `limit` of each side (an item ranked below
//! `limit` others on its better side has `limit` others above it in the merge too), so each side is
//! asked only for its page, as the faces ask one index.

use super::{Hit, SearchIndex};

/// A hit of [`search_both`] and whether it matched the original's text rather than the translation's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BothHit {
    pub hit: Hit,
    /// The snippet is the original's (Swedish) text.
    pub original: bool,
}

impl BothHit {
    /// The hit with its snippet prefixed by `mark` (e.g. "(sv) ") when it is the original's text, the
    /// highlights moved along: for views that show snippets of both languages. (`part` and `range`
    /// still point into the original's text.)
    pub fn marked(self, mark: &str) -> Hit {
        let mut hit = self.hit;
        if self.original {
            let n = mark.len();
            hit.snippet.insert_str(0, mark);
            hit.highlight = hit.highlight.start + n..hit.highlight.end + n;
            for r in &mut hit.highlights {
                *r = r.start + n..r.end + n;
            }
        }
        hit
    }
}

/// The best `limit` items matching `query` in `shown` (the translation) or `original`, best first, each
/// once.
pub fn search_both(
    shown: &SearchIndex<'_>,
    original: &SearchIndex<'_>,
    query: &str,
    limit: usize,
) -> Vec<BothHit> {
    let (a, b) = (
        shown.search_top(query, limit),
        original.search_top(query, limit),
    );
    // Each item once, from the side that ranks it higher (the translation on a tie).
    let better = |h: &Hit, other: &[Hit], tie: bool| {
        other
            .iter()
            .find(|o| o.item == h.item)
            .is_none_or(|o| h.order < o.order || (tie && h.order == o.order))
    };
    let keep_a: Vec<bool> = a.iter().map(|h| better(h, &b, true)).collect();
    let keep_b: Vec<bool> = b.iter().map(|h| better(h, &a, false)).collect();
    let mut a = a
        .into_iter()
        .zip(keep_a)
        .filter(|(_, k)| *k)
        .map(|(h, _)| h)
        .peekable();
    let mut b = b
        .into_iter()
        .zip(keep_b)
        .filter(|(_, k)| *k)
        .map(|(h, _)| h)
        .peekable();
    // Both lists are ranked best first by the same key over the same items: merge them, no sort needed.
    let mut out = Vec::new();
    loop {
        let take_b = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (Some(x), Some(y)) => y.order < x.order,
        };
        let next = if take_b { b.next() } else { a.next() };
        if let Some(hit) = next {
            out.push(BothHit {
                hit,
                original: take_b,
            });
        }
    }
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{ItemRef, MatchClass, Part};

    fn both() -> (SearchIndex<'static>, SearchIndex<'static>) {
        let (sv, en) = (
            crate::embedded::content(),
            crate::embedded::content_in(crate::i18n::Lang::En),
        );
        (SearchIndex::new(en), SearchIndex::new(sv))
    }

    #[test]
    fn an_english_query_finds_both_languages_each_item_once() {
        let (shown, original) = both();
        let d = crate::embedded::content()
            .duty_index("soc_skyddsbedomning_barn")
            .unwrap_or(usize::MAX);
        // The Swedish word finds the duty through its Swedish text…
        let hits = search_both(&shown, &original, "skyddsbedömning", usize::MAX);
        let h = hits.iter().find(|h| h.hit.item == ItemRef::Duty(d));
        assert!(h.is_some_and(|h| h.original), "{hits:?}");
        // …the English words through the English one; no item twice.
        let hits = search_both(&shown, &original, "protection assessment", usize::MAX);
        let h = hits.iter().find(|h| h.hit.item == ItemRef::Duty(d));
        assert!(h.is_some_and(|h| !h.original), "{hits:?}");
        let mut items: Vec<ItemRef> = hits.iter().map(|h| h.hit.item).collect();
        items.sort_unstable();
        items.dedup();
        assert_eq!(items.len(), hits.len());
        assert!(hits.windows(2).all(|w| w[0].hit.order <= w[1].hit.order));
    }

    #[test]
    fn a_page_is_the_beginning_of_the_whole_merge() {
        let (shown, original) = both();
        for query in [
            "barn",
            "protection",
            "skydd",
            "TUT",
            "socialjour",
            "112",
            "regional",
        ] {
            let all = search_both(&shown, &original, query, usize::MAX);
            for limit in [1, 3, 10, 20] {
                let page = search_both(&shown, &original, query, limit);
                let want = &all[..all.len().min(limit)];
                assert_eq!(page, want, "{query} {limit}");
            }
        }
    }

    #[test]
    fn a_marked_snippet_keeps_its_highlights() {
        let hit = Hit {
            item: ItemRef::Duty(0),
            score: 1,
            class: MatchClass::Exact,
            part: Part::Text,
            range: 10..14,
            snippet: "ab barn cd barn".into(),
            highlight: 3..7,
            highlights: vec![3..7, 11..15],
            order: (0, 0, 0, 0),
        };
        let marked = BothHit {
            hit,
            original: true,
        }
        .marked("(sv) ");
        assert_eq!(&marked.snippet[marked.highlight.clone()], "barn");
        for r in &marked.highlights {
            assert_eq!(&marked.snippet[r.clone()], "barn");
        }
    }
}
