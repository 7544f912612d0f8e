//! Validation of `[[term]]` items: every text non-empty, an abbreviation one word, and no form shared by
//! two terms or given twice — search expands a form to all forms of its term, so a shared form would
//! silently merge two terms.

use std::borrow::Cow;
use std::collections::HashMap;

use super::ctx::{At, Ctx};
use super::raw::{RawTerm, S};
use crate::model::{Term, Text};

/// Validates every term; reports each problem with the term's id.
pub(super) fn terms(
    cx: &mut Ctx<'_>,
    raw: &[At<RawTerm>],
    docs: &HashMap<String, usize>,
) -> Vec<Term> {
    // A form, lowercased with its spaces normalised → (term id, file, offset) where it was first given.
    let mut seen: HashMap<String, (String, usize, usize)> = HashMap::new();
    raw.iter()
        .map(|(f, t)| {
            let t = t.get_ref();
            let id = t.id.get_ref().as_str();
            let owner = format!("term `{id}`");
            let mut form = |cx: &mut Ctx<'_>, s: &S, what: &str| -> Text {
                let text = cx.text(*f, s, what, id);
                let key = text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                if key.is_empty() {
                    return text;
                }
                match seen.get(&key) {
                    Some((other, ff, off)) => {
                        let first = cx.pos(*ff, *off);
                        let msg = if other == id {
                            format!("{owner}: the form `{text}` is given twice (first at {first})")
                        } else {
                            format!(
                                "{owner}: the form `{text}` is also a form of term `{other}` ({first}); a form may name one term only"
                            )
                        };
                        cx.at(*f, s.span().start, msg);
                    }
                    None => {
                        seen.insert(key, (id.to_string(), *f, s.span().start));
                    }
                }
                text
            };
            let term = form(cx, &t.term, "term of term");
            let abbreviations: Vec<Text> = t
                .abbreviations
                .iter()
                .map(|a| {
                    if a.get_ref().trim().contains(char::is_whitespace) {
                        let msg = format!(
                            "{owner}: abbreviation `{}` must be one word (put longer forms in `forms`)",
                            a.get_ref()
                        );
                        cx.at(*f, a.span().start, msg);
                    }
                    form(cx, a, "abbreviation of term")
                })
                .collect();
            let forms: Vec<Text> = t.forms.iter().map(|s| form(cx, s, "form of term")).collect();
            Term {
                id: Cow::Owned(id.to_string()),
                term,
                abbreviations: Cow::Owned(abbreviations),
                forms: Cow::Owned(forms),
                explanation: cx.text(*f, &t.explanation, "explanation of term", id),
                external: cx.opt_text(*f, &t.external, "external note of term", id),
                source: cx.source_ref(*f, &t.source, docs, &owner),
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "term_tests.rs"]
mod tests;
