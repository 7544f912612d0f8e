//! Where a text uses a term of the glossary, so a face can mark it and put its explanation one key
//! away: "… med hjälp av spårsäkringssatsen från NCK" marks "spårsäkringssatsen" and "NCK".
//!
//! A term is found in any of its forms and their inflections (the same Swedish stem keys search uses);
//! an abbreviation ("SoL", "TUT", "IOM") and an all-capital word of a form ("BOPS", "KAST") only as
//! printed, case and all, so that an ordinary word spelled the same is not taken for it.

use std::ops::Range;

use super::search::words::{fold_word, stem_key, word_ranges};
use crate::model::Content;

/// A term used in a text: the byte range of the words (on character boundaries) and the term's index
/// in [`Content::terms`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMark {
    pub range: Range<usize>,
    pub term: usize,
}

/// How one word of a form is recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
enum WordPattern {
    /// Exactly as printed (abbreviations).
    Cased(String),
    /// Folded, or any inflection (same stem key).
    Inflected { folded: String, stem: String },
}

/// The words of one form of one term.
#[derive(Debug, Clone)]
struct Pattern {
    term: usize,
    words: Vec<WordPattern>,
}

/// Finds the glossary's terms in texts. Cheap to build (the glossary is short); build it once and
/// keep it.
#[derive(Debug, Clone, Default)]
pub struct TermMarker {
    patterns: Vec<Pattern>,
}

/// Whether a word is written as an abbreviation: two or more letters, all capitals.
fn all_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// A word of a text, prepared for comparison.
struct TextWord {
    range: Range<usize>,
    folded: String,
    stem: String,
}

impl TermMarker {
    /// The patterns of every form of every term of `c`.
    pub fn new(c: &Content) -> TermMarker {
        let mut patterns = Vec::new();
        let mut folded = String::new();
        for (term, t) in c.terms.iter().enumerate() {
            let abbreviations = t.abbreviations.iter().map(|a| (a.as_ref(), true));
            let others = std::iter::once(t.term.as_ref())
                .chain(t.forms.iter().map(AsRef::as_ref))
                .map(|f| (f, false));
            for (form, abbreviation) in abbreviations.chain(others) {
                let words: Vec<WordPattern> = word_ranges(form)
                    .map(|r| {
                        let w = &form[r];
                        if abbreviation || all_capitals(w) {
                            WordPattern::Cased(w.to_string())
                        } else {
                            fold_word(w, &mut folded);
                            WordPattern::Inflected {
                                stem: stem_key(w),
                                folded: folded.clone(),
                            }
                        }
                    })
                    .collect();
                if !words.is_empty() {
                    patterns.push(Pattern { term, words });
                }
            }
        }
        TermMarker { patterns }
    }

    /// The terms used in `text`, in order, not overlapping; where forms overlap, the longest wins.
    pub fn marks(&self, text: &str) -> Vec<TermMark> {
        if self.patterns.is_empty() {
            return Vec::new();
        }
        let mut buf = String::new();
        let words: Vec<TextWord> = word_ranges(text)
            .map(|r| {
                fold_word(&text[r.clone()], &mut buf);
                TextWord {
                    stem: stem_key(&text[r.clone()]),
                    range: r,
                    folded: buf.clone(),
                }
            })
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let rest = &words[i..];
            let found = self
                .patterns
                .iter()
                .filter(|p| p.words.len() <= rest.len())
                .filter(|p| p.words.iter().zip(rest).all(|(p, w)| fits(p, w, text)))
                .fold(None::<&Pattern>, |best, p| match best {
                    Some(b) if b.words.len() >= p.words.len() => Some(b),
                    _ => Some(p),
                });
            match found {
                Some(p) => {
                    let last = &rest[p.words.len() - 1];
                    out.push(TermMark {
                        range: rest[0].range.start..last.range.end,
                        term: p.term,
                    });
                    i += p.words.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

fn fits(p: &WordPattern, w: &TextWord, text: &str) -> bool {
    match p {
        WordPattern::Cased(s) => text.get(w.range.clone()) == Some(s.as_str()),
        WordPattern::Inflected { folded, stem } => w.folded == *folded || w.stem == *stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker() -> (TermMarker, &'static Content) {
        let c = crate::embedded::content();
        (TermMarker::new(c), c)
    }

    fn marked(text: &str) -> Vec<(String, String)> {
        let (m, c) = marker();
        m.marks(text)
            .into_iter()
            .map(|k| (text[k.range].to_string(), c.terms[k.term].id.to_string()))
            .collect()
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn marks_forms_inflections_and_abbreviations() {
        assert_eq!(
            marked(
                "Dokumenterar skador från sexuellt våld med hjälp av spårsäkringssatsen från NCK."
            ),
            pairs(&[("spårsäkringssatsen", "sparsakringssats"), ("NCK", "nck")])
        );
        assert_eq!(
            marked(
                "Om Polisen är förundersökningsledare. Ansöker om ett tidsbegränsat uppehållstillstånd bland annat"
            ),
            pairs(&[("tidsbegränsat uppehållstillstånd", "tut")])
        );
        assert_eq!(
            marked("beslut om omedelbart omhändertagande, enligt § 6 LVU, i det akuta skedet"),
            pairs(&[("LVU", "lvu")])
        );
        assert_eq!(
            marked("Förmedlar ansökan om att delta i Återvändandeprogrammet till IOM:s kontor"),
            pairs(&[("Återvändandeprogrammet", "amp"), ("IOM", "iom")])
        );
    }

    #[test]
    fn an_abbreviation_is_marked_only_as_printed() {
        assert!(
            marked("tut och sol").is_empty(),
            "{:?}",
            marked("tut och sol")
        );
        assert_eq!(marked("enligt SoL"), pairs(&[("SoL", "sol")]));
        assert!(TermMarker::default().marks("LVU").is_empty());
    }

    #[test]
    fn every_mark_is_on_character_boundaries_of_its_text() {
        let (m, c) = marker();
        let mut n = 0;
        for d in c.duties.iter() {
            for k in m.marks(&d.text) {
                assert!(
                    d.text.is_char_boundary(k.range.start) && d.text.is_char_boundary(k.range.end)
                );
                assert!(k.term < c.terms.len());
                n += 1;
            }
        }
        assert!(n >= 10, "the duties use the glossary's terms: {n}");
    }
}
