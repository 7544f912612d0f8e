//! Finding a clause's matches: the words of the vocabulary a query word meets (and in which class),
//! their occurrences, phrases word after word, phone numbers by digits — keeping, per item, the best.

use super::index::{SearchIndex, to_u32};
use super::query::{Alternative, Clause};
use super::rank::{MatchClass, match_points};
use super::words::{QueryWord, masks_allow, typo_budget};

/// A clause's best match in one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Best {
    pub points: u32,
    pub class: MatchClass,
    pub field: u32,
    /// First and last token of the match.
    pub first: u32,
    pub last: u32,
    /// Byte range in the field's text.
    pub start: u32,
    pub end: u32,
}

impl SearchIndex<'_> {
    /// Each item's best match of `clause` (indexed by item), `None` where it does not match.
    pub(super) fn clause_best(&self, clause: &Clause) -> Vec<Option<Best>> {
        let mut best = vec![None; self.items.len()];
        for alt in &clause.alternatives {
            match alt {
                Alternative::Word(q) => {
                    for (w, class) in self.word_matches(q) {
                        for &t in &self.postings[w as usize] {
                            self.offer_tokens(&mut best, t, t, class);
                        }
                    }
                }
                Alternative::Phrase { words, floor } => self.phrase(words, *floor, &mut best),
                Alternative::Digits(d) => self.digits(d, &mut best),
            }
        }
        best
    }

    /// The words of the vocabulary `q` meets, each once with its best class.
    pub(super) fn word_matches(&self, q: &QueryWord) -> Vec<(u32, MatchClass)> {
        let mut out: Vec<(u32, MatchClass)> = Vec::new();
        out.extend(self.same_words(q));
        if q.chars >= 2 {
            let pattern = format!("\n{}", q.folded);
            for (at, _) in self.joined.match_indices(&pattern) {
                out.push((self.word_at(at + 1), MatchClass::Prefix));
            }
        }
        let budget = typo_budget(q.chars);
        if budget > 0 {
            self.typos(q, budget, &mut out);
        }
        if q.chars >= 3 {
            for (at, _) in self.joined.match_indices(q.folded.as_str()) {
                if self.joined.as_bytes().get(at.wrapping_sub(1)) != Some(&b'\n') {
                    out.push((self.word_at(at), MatchClass::Inside));
                }
            }
        }
        out.sort_unstable();
        out.dedup_by_key(|(w, _)| *w);
        out
    }

    /// The word itself (exact) and the words sharing its stem.
    fn same_words(&self, q: &QueryWord) -> Vec<(u32, MatchClass)> {
        let mut out = Vec::new();
        if let Some(&w) = self.word_ids.get(q.folded.as_str()) {
            out.push((w, MatchClass::Exact));
        }
        if let Some(&s) = self.stem_ids.get(q.stem.as_str()) {
            out.extend(
                self.stems[s as usize]
                    .words
                    .iter()
                    .map(|&w| (w, MatchClass::Stem)),
            );
        }
        out
    }

    /// Words within `budget` edits of `q`, compared as words and as stems.
    fn typos(&self, q: &QueryWord, budget: usize, out: &mut Vec<(u32, MatchClass)>) {
        let close = |text: &str, chars: u32, mask: u64, of: &str, of_mask: u64, of_chars: usize| {
            if (chars as usize).abs_diff(of_chars) > budget || !masks_allow(mask, of_mask, budget) {
                return None;
            }
            let d = strsim::osa_distance(text, of);
            (d > 0 && d <= budget).then_some(d)
        };
        for (w, word) in self.words.iter().enumerate() {
            if let Some(d) = close(
                &word.text, word.chars, word.mask, &q.folded, q.mask, q.chars,
            ) {
                out.push((to_u32(w), MatchClass::typo(d)));
            }
        }
        let stem_chars = q.stem.chars().count();
        let stem_mask = super::words::letter_mask(&q.stem);
        for stem in &self.stems {
            if let Some(d) = close(
                &stem.text, stem.chars, stem.mask, &q.stem, stem_mask, stem_chars,
            ) {
                out.extend(stem.words.iter().map(|&w| (w, MatchClass::typo(d))));
            }
        }
    }

    /// The word whose text begins at byte `at` of the joined vocabulary (or contains it).
    fn word_at(&self, at: usize) -> u32 {
        let at = to_u32(at);
        to_u32(self.starts.partition_point(|&s| s <= at).saturating_sub(1))
    }

    /// Occurrences of `words` one after the other in one text, each exact or by stem, counted no
    /// better than `floor`.
    fn phrase(&self, words: &[QueryWord], floor: MatchClass, best: &mut [Option<Best>]) {
        let sets: Vec<Vec<(u32, MatchClass)>> = words.iter().map(|q| self.same_words(q)).collect();
        if sets.iter().any(Vec::is_empty) {
            return;
        }
        let n = to_u32(words.len());
        for &(w0, c0) in &sets[0] {
            for &t in &self.postings[w0 as usize] {
                let end = self.field_of(t).end;
                if t + n > end {
                    continue;
                }
                let mut class = c0.max(floor);
                let all = (1..n).all(|k| {
                    let w = self.tokens[(t + k) as usize].word;
                    match sets[k as usize].iter().find(|(x, _)| *x == w) {
                        Some(&(_, c)) => {
                            class = class.max(c);
                            true
                        }
                        None => false,
                    }
                });
                if all {
                    self.offer_tokens(best, t, t + n - 1, class);
                }
            }
        }
    }

    /// Phone numbers whose digits contain `digits`: the whole number, its beginning, or inside it.
    fn digits(&self, digits: &str, best: &mut [Option<Best>]) {
        for p in &self.phones {
            for (at, _) in p.digits.match_indices(digits) {
                let class = match (at, digits.len() == p.digits.len()) {
                    (0, true) => MatchClass::Exact,
                    (0, false) => MatchClass::Prefix,
                    _ => MatchClass::Inside,
                };
                let field = &self.fields[p.field as usize];
                let start = p.map[at];
                let end = p.map[at + digits.len() - 1] + 1;
                let inside = |t: &u32| {
                    let tok = &self.tokens[*t as usize];
                    tok.end > start && tok.start < end
                };
                let toks: Vec<u32> = (field.first..field.end).filter(inside).collect();
                let (Some(&first), Some(&last)) = (toks.first(), toks.last()) else {
                    continue;
                };
                let b = Best {
                    points: match_points(class, field.weight, class == MatchClass::Exact),
                    class,
                    field: p.field,
                    first,
                    last,
                    start,
                    end,
                };
                offer(best, field.item, b);
            }
        }
    }

    /// Offers the match of tokens `first..=last` (one field) in `class` to its item.
    fn offer_tokens(&self, best: &mut [Option<Best>], first: u32, last: u32, class: MatchClass) {
        let (a, b) = (self.tokens[first as usize], self.tokens[last as usize]);
        let field = &self.fields[a.field as usize];
        let whole = first == field.first && last + 1 == field.end;
        let m = Best {
            points: match_points(class, field.weight, whole),
            class,
            field: a.field,
            first,
            last,
            start: a.start,
            end: b.end,
        };
        offer(best, field.item, m);
    }
}

/// Keeps `m` for `item` when it scores more than what the item has.
fn offer(best: &mut [Option<Best>], item: u32, m: Best) {
    let slot = &mut best[item as usize];
    if slot.is_none_or(|b| m.points > b.points) {
        *slot = Some(m);
    }
}
