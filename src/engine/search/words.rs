//! Words as search sees them: a text cut into words (with their byte ranges in the original, so a
//! highlight lands on what the user reads), each folded ("Återvändandet" → "atervandandet") and reduced
//! to a Swedish stem key ("återvändandet", "återvändande" → the same key), plus how many typos a word
//! of its length may carry.
//!
//! The stem is Snowball's Swedish algorithm (the `rust-stemmers` crate, the one tantivy uses), run on
//! the lowercased word with its å, ä, ö (the algorithm's suffixes are spelled with them), the result
//! folded. Four rules on top join inflections the algorithm leaves apart:
//! - a neuter definite `-et` (6+ letters): "kontaktförbudet", "barnet", "uppehållstillståndet";
//! - a trailing genitive or linking `s` (5+ letters): "spårsäkringssats" and "spårsäkringssatsen";
//! - `-or` left after an ending of its own was taken ("regionkoordinatorn", "regionkoordinatorer"),
//!   which the algorithm takes from the bare "regionkoordinator";
//! - a verbal noun in `-an` and its plural in `-ningar`: "orosanmälan" and "orosanmälningar".

use std::borrow::Cow;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

use crate::engine::fold::fold_into;

/// Whether a character belongs to a word: letters and digits, and combining marks (a decomposed "å").
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && unicode_normalization::char::is_combining_mark(c))
}

/// The words of `text`: each one's byte range in `text`. Words are runs of [`is_word_char`];
/// everything else (spaces, punctuation, `-`, `:`, `/`) separates them.
pub fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|&(_, c)| !is_word_char(c)) {
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        Some(start..end)
    })
}

/// Folds one word (case, diacritics) into `out`, which is cleared first: as
/// [`crate::engine::fold::fold`], without recording offsets (a word's range is known).
pub fn fold_word(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    let mut one = [0u8; 4];
    let mut map = Vec::new();
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_into(c.encode_utf8(&mut one), out, &mut map);
            map.clear();
        }
    }
}

/// The Swedish stem key of a word (any case, with or without diacritics): words that inflect one
/// another share it.
pub fn stem_key(word: &str) -> String {
    let stemmer = Stemmer::create(Algorithm::Swedish);
    let lower: Cow<'_, str> = if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    let stemmed = stemmer.stem(&lower);
    let mut stem: &str = &stemmed;
    if stem.ends_with("et") && stem.chars().nth(5).is_some() {
        stem = &stem[..stem.len() - "et".len()];
    }
    let mut key = String::with_capacity(stem.len());
    fold_word(stem, &mut key);
    let chars = key.chars().count();
    if chars >= 5 && key.ends_with('s') {
        key.pop();
    }
    if key.chars().count() >= 6 {
        if key.ends_with("orn") {
            key.truncate(key.len() - "orn".len());
        } else if key.ends_with("or") {
            key.truncate(key.len() - "or".len());
        }
    }
    if key.chars().count() >= 7 && key.ends_with("ning") {
        key.truncate(key.len() - "ning".len());
        key.push_str("an");
    }
    key
}

/// How many edits a query word of `chars` letters may be from a word of the text and still match it
/// (the defaults of Meilisearch and Typesense): none under 5 letters, one for 5–8, two from 9.
pub fn typo_budget(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The letters of a folded word as a bit set (letters a–z, digits, the rest hashed into the remaining
/// bits). Two words within `d` edits differ in at most `d` letters each way, so comparing the sets rules
/// most words out before the edit distance is computed.
pub fn letter_mask(folded: &str) -> u64 {
    folded.chars().fold(0u64, |m, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 36 + c as u32 % 28,
        };
        m | 1 << bit
    })
}

/// Whether two words' letter sets allow them to be within `budget` edits of each other.
pub fn masks_allow(a: u64, b: u64, budget: usize) -> bool {
    (a & !b).count_ones() as usize <= budget && (b & !a).count_ones() as usize <= budget
}

/// A word of a query, prepared for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    pub folded: String,
    pub stem: String,
    pub chars: usize,
    pub mask: u64,
}

impl QueryWord {
    /// Prepares a word as written.
    pub fn new(word: &str) -> QueryWord {
        let mut folded = String::new();
        fold_word(word, &mut folded);
        QueryWord {
            stem: stem_key(word),
            chars: folded.chars().count(),
            mask: letter_mask(&folded),
            folded,
        }
    }

    /// The words of a text (a query, a term's form), prepared.
    pub fn all(text: &str) -> Vec<QueryWord> {
        word_ranges(text)
            .map(|r| QueryWord::new(&text[r]))
            .collect()
    }

    /// Whether this word and `other` are the same word or inflections of each other.
    pub fn same_word(&self, other: &QueryWord) -> bool {
        self.folded == other.folded || self.stem == other.stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(w: &str) -> String {
        stem_key(w)
    }

    #[test]
    fn words_keep_their_byte_ranges() {
        let t = "Ring 020-390 000, IOM:s kontor – Återvändandet.";
        let words: Vec<&str> = word_ranges(t).map(|r| &t[r]).collect();
        assert_eq!(
            words,
            [
                "Ring",
                "020",
                "390",
                "000",
                "IOM",
                "s",
                "kontor",
                "Återvändandet"
            ]
        );
        assert_eq!(word_ranges("  ,. ").count(), 0);
        let decomposed = "A\u{30a}tervända";
        assert_eq!(
            word_ranges(decomposed).count(),
            1,
            "a combining ring stays in its word"
        );
    }

    #[test]
    fn inflections_share_a_key() {
        for group in [
            &[
                "orosanmälan",
                "orosanmälningar",
                "orosanmälningen",
                "orosanmälans",
            ][..],
            &[
                "kontaktförbud",
                "kontaktförbudet",
                "kontaktförbuden",
                "KONTAKTFORBUDET",
            ],
            &[
                "uppehållstillstånd",
                "uppehållstillståndet",
                "uppehållstillstånden",
            ],
            &["återvändande", "återvändandet", "Återvända"],
            &["samhälle", "samhället"],
            &["skyddat", "skyddade", "skydd"],
            &["boende", "boenden", "boendet"],
            &["stödtelefon", "stödtelefonen"],
            &["spårsäkringssats", "spårsäkringssatsen"],
            &[
                "regionkoordinator",
                "regionkoordinatorn",
                "regionkoordinatorer",
            ],
            &["tidsbegränsat", "tidsbegränsade"],
            &["barn", "barnet", "barnen"],
            &["polis", "polisen", "poliser"],
        ] {
            let keys: Vec<String> = group.iter().map(|w| key(w)).collect();
            assert!(
                keys.windows(2).all(|w| w[0] == w[1]),
                "{group:?} → {keys:?}"
            );
        }
        assert_ne!(key("polis"), key("politik"));
        assert_eq!(key("tut"), "tut");
    }

    #[test]
    fn typo_budget_follows_word_length() {
        assert_eq!(typo_budget(4), 0);
        assert_eq!(typo_budget(5), 1);
        assert_eq!(typo_budget(8), 1);
        assert_eq!(typo_budget(9), 2);
    }

    #[test]
    fn the_letter_filter_never_rules_out_a_real_typo() {
        for (a, b, d) in [
            ("kontaktfobud", "kontaktforbud", 1),
            ("skydat", "skyddat", 1),
            ("uppehallstilstand", "uppehallstillstand", 1),
            ("polsi", "polis", 1),
            ("barnkonvetnionen", "barnkonventionen", 1),
        ] {
            assert!(strsim::osa_distance(a, b) <= d, "{a} {b}");
            assert!(masks_allow(letter_mask(a), letter_mask(b), d), "{a} {b}");
        }
        assert!(!masks_allow(letter_mask("polis"), letter_mask("barn"), 1));
    }
}
