//! The glossary view's state: the typed filter, the selected term, and — when opened with `t` from a
//! duty or a step's page — the terms marked in that text only, so their explanations are one key away.

use crate::engine::fold::fold;
use crate::model::Content;
use crate::tui::screen::View;

/// The glossary view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GlossaryState {
    /// Typed by the user: a term is listed when every word of it occurs (case and diacritics ignored)
    /// in its term, abbreviations, other forms or explanation.
    pub query: String,
    /// Index into [`GlossaryState::listed`].
    pub selected: usize,
    /// Only these terms (the marked terms of the item `t` was pressed on), in text order.
    pub only: Option<Vec<usize>>,
    /// The view to return to with Esc when opened from an item.
    pub back: Option<View>,
}

impl GlossaryState {
    /// The terms passing the filter (and the item's terms when opened with `t`), in content order or,
    /// for an item's terms, in the order the text uses them.
    pub fn listed(&self, c: &Content) -> Vec<usize> {
        let words: Vec<String> = self.query.split_whitespace().map(fold).collect();
        let all: Vec<usize> = match &self.only {
            Some(v) => v.clone(),
            None => (0..c.terms.len()).collect(),
        };
        all.into_iter()
            .filter(|&i| {
                let Some(t) = c.terms.get(i) else {
                    return false;
                };
                if words.is_empty() {
                    return true;
                }
                let mut hay = fold(&t.term);
                for f in t.abbreviations.iter().chain(t.forms.iter()) {
                    hay.push(' ');
                    hay.push_str(&fold(f));
                }
                hay.push(' ');
                hay.push_str(&fold(&t.explanation));
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_finds_a_term_by_abbreviation_form_or_explanation() {
        let c = crate::embedded::content();
        let all = GlossaryState::default().listed(c);
        assert_eq!(all.len(), c.terms.len());
        let by = |q: &str| {
            let s = GlossaryState {
                query: q.to_string(),
                ..GlossaryState::default()
            };
            s.listed(c)
        };
        let tut = by("tut");
        assert!(!tut.is_empty() && tut.len() < all.len(), "{tut:?}");
        assert!(
            tut.iter()
                .any(|&i| c.terms[i].abbreviations.iter().any(|a| &**a == "TUT")),
            "TUT listed"
        );
        // Diacritics and case are ignored; every word must occur.
        assert_eq!(by("UPPEHALLSTILLSTAND TUT"), by("uppehållstillstånd tut"));
        assert!(by("zzzz qqq").is_empty());
        let only = GlossaryState {
            only: Some(vec![1, 0]),
            ..GlossaryState::default()
        };
        assert_eq!(only.listed(c), vec![1, 0]);
    }
}
