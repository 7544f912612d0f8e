//! Diacritic- and case-folding for search: "Återvändande" and "atervandande" meet.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for matching: decomposes (NFD), drops combining marks, lowercases.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, &mut Vec::new());
    out
}

/// Folds `s` into `out`, recording for every byte pushed the byte offset in `s` of the character it
/// came from, so a match in folded text maps back to the original for highlighting.
pub fn fold_into(s: &str, out: &mut String, map: &mut Vec<usize>) {
    for (offset, c) in s.char_indices() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            map.push(offset);
            continue;
        }
        for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
            for l in d.to_lowercase() {
                out.push(l);
                map.extend(std::iter::repeat_n(offset, l.len_utf8()));
            }
        }
    }
}

/// Only the digits of `s`: phone numbers match however they are spaced.
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_swedish_letters_and_case() {
        assert_eq!(fold("Återvändande ÖVER Ä"), "atervandande over a");
        assert_eq!(fold("Människohandel"), "manniskohandel");
        assert_eq!(digits("020-39 00 00"), "020390000");
    }

    #[test]
    fn maps_folded_bytes_back_to_original_offsets() {
        let (mut out, mut map) = (String::new(), Vec::new());
        fold_into("aÅb", &mut out, &mut map);
        assert_eq!(out, "aab");
        assert_eq!(map, vec![0, 1, 3]);
    }
}
