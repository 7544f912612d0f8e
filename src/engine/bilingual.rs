//! Search in a translation and its original at once, so an English query finds the English text and
//! the Swedish (a Swedish term, a name as printed). A thin merge over two [`SearchIndex`] searches,
//! whatever their ranking: each item once with its better score (the translation's on a tie), best
//! first.

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
    /// highlight moved along: for views that show snippets of both languages.
    pub fn marked(self, mark: &str) -> Hit {
        let mut hit = self.hit;
        if self.original {
            hit.snippet.insert_str(0, mark);
            hit.highlight = hit.highlight.start + mark.len()..hit.highlight.end + mark.len();
        }
        hit
    }
}

/// The items matching `query` in `shown` (the translation) or `original`, best first, each once.
pub fn search_both(
    shown: &SearchIndex<'_>,
    original: &SearchIndex<'_>,
    query: &str,
) -> Vec<BothHit> {
    let (a, b) = (shown.search(query), original.search(query));
    // Each item once, from the side that scores it higher (the translation on a tie).
    let better = |h: &Hit, other: &[Hit], tie: bool| {
        other
            .iter()
            .find(|o| o.item == h.item)
            .is_none_or(|o| h.score > o.score || (tie && h.score == o.score))
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
    // Both lists are ranked best first (score down, then item): merge them, no sort needed.
    let mut out = Vec::new();
    loop {
        let take_b = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (Some(x), Some(y)) => {
                (y.score, std::cmp::Reverse(y.item)) > (x.score, std::cmp::Reverse(x.item))
            }
        };
        let next = if take_b { b.next() } else { a.next() };
        if let Some(hit) = next {
            out.push(BothHit {
                hit,
                original: take_b,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ItemRef;

    #[test]
    fn an_english_query_finds_both_languages_each_item_once() {
        let (sv, en) = (
            crate::embedded::content(),
            crate::embedded::content_in(crate::i18n::Lang::En),
        );
        let (shown, original) = (SearchIndex::new(en), SearchIndex::new(sv));
        let d = sv
            .duty_index("soc_skyddsbedomning_barn")
            .unwrap_or(usize::MAX);
        // The Swedish word finds the duty through its Swedish text…
        let hits = search_both(&shown, &original, "skyddsbedömning");
        let h = hits.iter().find(|h| h.hit.item == ItemRef::Duty(d));
        assert!(h.is_some_and(|h| h.original), "{hits:?}");
        // …the English words through the English one; no item twice.
        let hits = search_both(&shown, &original, "protection assessment");
        let h = hits.iter().find(|h| h.hit.item == ItemRef::Duty(d));
        assert!(h.is_some_and(|h| !h.original), "{hits:?}");
        let mut items: Vec<ItemRef> = hits.iter().map(|h| h.hit.item).collect();
        items.dedup();
        assert_eq!(items.len(), hits.len());
        assert!(hits.windows(2).all(|w| w[0].hit.score >= w[1].hit.score));
    }

    #[test]
    fn a_marked_snippet_keeps_its_highlight() {
        let hit = Hit {
            item: ItemRef::Duty(0),
            score: 1,
            snippet: "ab barn cd".into(),
            highlight: 3..7,
        };
        let marked = BothHit {
            hit,
            original: true,
        }
        .marked("(sv) ");
        assert_eq!(&marked.snippet[marked.highlight.clone()], "barn");
    }
}
