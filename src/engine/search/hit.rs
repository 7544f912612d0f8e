//! A ranked result as faces show it: the item, a snippet of the text that matched with every match in
//! it marked (byte ranges on character boundaries of the original text), and where the match is in the
//! item so a face can open it in its context.

use std::ops::Range;

use super::index::SearchIndex;
use super::item::{ItemRef, Part};
use super::matching::Best;
use super::rank::{MatchClass, OrderKey};

/// Characters of context on each side of the first match in a snippet.
const CONTEXT: usize = 60;

/// One ranked result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub item: ItemRef,
    pub score: u32,
    /// The weakest of the query's matches in this item (a hit found through a typo says `Typo…`).
    pub class: MatchClass,
    /// The text of the item the snippet is cut from ([`super::part_text`] gives it whole).
    pub part: Part,
    /// Byte range of the first match in that whole text.
    pub range: Range<usize>,
    /// A piece of the matching text around the first match (newlines as spaces).
    pub snippet: String,
    /// Byte range of the first match within `snippet`.
    pub highlight: Range<usize>,
    /// Byte ranges of every match within `snippet`, in order, not overlapping.
    pub highlights: Vec<Range<usize>>,
    /// The ranking's sort key (lower first: score, intent, length, position; [`super::rank::order_key`]),
    /// so the hits of two indexes over the same items (a translation and its original) merge in order.
    pub order: OrderKey,
}

impl SearchIndex<'_> {
    /// The hit of `item` from its clauses' best matches.
    pub(super) fn hit(&self, item: u32, bests: &[Best], score: u32, order: OrderKey) -> Hit {
        let class = bests
            .iter()
            .map(|b| b.class)
            .max()
            .unwrap_or(MatchClass::Exact);
        // The text holding most of the matches; among those, the best scoring.
        let field = bests
            .iter()
            .map(|b| {
                let same: Vec<&Best> = bests.iter().filter(|o| o.field == b.field).collect();
                (
                    same.len(),
                    same.iter().map(|o| o.points).sum::<u32>(),
                    b.field,
                )
            })
            .fold(None::<(usize, u32, u32)>, |acc, x| match acc {
                Some(a) if (a.0, a.1) >= (x.0, x.1) => Some(a),
                _ => Some(x),
            })
            .map_or(0, |x| x.2);
        let f = &self.fields[field as usize];
        let mut ranges: Vec<Range<usize>> = bests
            .iter()
            .filter(|b| b.field == field)
            .map(|b| b.start as usize..b.end as usize)
            .collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        let merged = merge(ranges);
        let first = merged.first().cloned().unwrap_or(0..0);
        let (from, to) = window(f.text, &merged);
        let snippet = f.text[from..to].replace('\n', " ");
        let highlights: Vec<Range<usize>> = merged
            .iter()
            .filter(|r| r.end <= to)
            .map(|r| r.start - from..r.end - from)
            .collect();
        Hit {
            item: self.items[item as usize],
            score,
            class,
            part: f.part,
            highlight: highlights.first().cloned().unwrap_or(0..0),
            range: first,
            snippet,
            highlights,
            order,
        }
    }
}

/// Sorted ranges with overlapping ones joined.
fn merge(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The snippet's byte window in `text`: all of a short text; else [`CONTEXT`] characters before the
/// first match, through the last match that starts within twice that after it, and [`CONTEXT`]
/// characters after that.
fn window(text: &str, matches: &[Range<usize>]) -> (usize, usize) {
    if text.chars().nth(3 * CONTEXT).is_none() {
        return (0, text.len());
    }
    let Some(first) = matches.first() else {
        return (0, text.len().min(char_end(text, 0, 2 * CONTEXT)));
    };
    let from = text[..first.start]
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(i, _)| i);
    let reach = char_end(text, first.start, 2 * CONTEXT);
    let last_end = matches
        .iter()
        .filter(|r| r.start < reach)
        .map(|r| r.end)
        .max()
        .unwrap_or(first.end);
    (from, char_end(text, last_end, CONTEXT))
}

/// The byte offset `n` characters after `at` (or the end of `text`).
fn char_end(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_on_character_boundaries_around_the_matches() {
        let text = "å".repeat(100) + "träff" + &"ö".repeat(100);
        let at = 200..206;
        assert_eq!(&text[at.clone()], "träff");
        let (from, to) = window(&text, std::slice::from_ref(&at));
        assert!(text.is_char_boundary(from) && text.is_char_boundary(to));
        assert_eq!(text[from..200].chars().count(), CONTEXT);
        assert_eq!(text[206..to].chars().count(), CONTEXT);
        assert_eq!(merge(vec![0..3, 2..5, 7..8]), vec![0..5, 7..8]);
        assert_eq!(
            window("kort text", std::slice::from_ref(&(0..4))),
            (0, 9),
            "a short text is shown whole"
        );
    }
}
