//! Property tests of search: folding, stemming, searching and marking terms never panic on any text,
//! and every range they give back (a highlight, a term mark, a word) lies on character boundaries of
//! the text it points into, so a face can slice it.
//!
//! Fast by default (proptest's 256 cases per property); `PROPTEST_CASES` sets more.

use std::sync::OnceLock;

use proptest::prelude::*;
use vagvisare::engine::fold::fold_into;
use vagvisare::engine::words::{stem_key, word_ranges};
use vagvisare::engine::{SearchIndex, TermMarker, part_text};
use vagvisare::model::Content;

fn content() -> &'static Content {
    vagvisare::embedded::content()
}

fn index() -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(content()))
}

/// Text made mostly of what the content holds (Swedish letters, digits, the signs numbers and
/// citations use, combining marks, other scripts), sometimes anything at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zåäöéüA-ZÅÄÖ0-9 :§/\\-–,.()”\u{301}\u{30a}ßİ]{0,40}",
        1 => any::<String>(),
        1 => prop::sample::select(vec![
            "TUT", "orosanmälningar", "020-39 00 00", "kontaktfobud", "skydat boende", "LVU 6",
            "İstanbul", "ﬁ", "A\u{30a}MP", "\u{301}", "ÅÅÅÅÅÅÅÅÅÅ", "1", "-",
        ])
        .prop_map(String::from),
    ]
}

proptest! {
    #[test]
    fn folding_maps_every_byte_back_to_a_character_start(s in text()) {
        let (mut out, mut map) = (String::new(), Vec::new());
        fold_into(&s, &mut out, &mut map);
        prop_assert_eq!(out.len(), map.len());
        for &o in &map {
            prop_assert!(s.is_char_boundary(o) && o < s.len());
        }
    }

    #[test]
    fn words_and_stems_never_panic(s in text()) {
        for r in word_ranges(&s) {
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end) && r.start < r.end);
            let _ = stem_key(&s[r]);
        }
        let _ = stem_key(&s);
    }

    #[test]
    fn highlights_fall_on_character_boundaries(q in text()) {
        let c = content();
        for h in index().search_top(&q, 30) {
            for r in std::iter::once(&h.highlight).chain(&h.highlights) {
                prop_assert!(r.start <= r.end && r.end <= h.snippet.len());
                prop_assert!(h.snippet.is_char_boundary(r.start) && h.snippet.is_char_boundary(r.end));
            }
            let whole = part_text(c, h.item, h.part);
            prop_assert!(whole.is_some(), "the hit's part exists");
            let whole = whole.unwrap_or_default();
            prop_assert!(whole.get(h.range.clone()).is_some(), "range in the part's text");
        }
    }

    #[test]
    fn term_marks_fall_on_character_boundaries(s in text()) {
        let marker = TermMarker::new(content());
        let mut last = 0;
        for m in marker.marks(&s) {
            prop_assert!(s.get(m.range.clone()).is_some());
            prop_assert!(m.range.start >= last, "in order, not overlapping");
            prop_assert!(m.term < content().terms.len());
            last = m.range.end;
        }
    }
}
