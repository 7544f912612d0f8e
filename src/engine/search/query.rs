//! A query, cut into clauses (see `rank.rs`): a phone number, a run of words that names a term of the
//! glossary (then any of the term's forms matches), or a single word.

use super::index::TermForms;
use super::rank::MatchClass;
use super::words::QueryWord;

/// One way a clause can match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Alternative {
    /// A typed word: exact, by stem, as a beginning, with typos or inside a word, as its length allows.
    Word(QueryWord),
    /// Words matched exactly or by stem, one after the other in one text (a term's form, a number's
    /// digit groups), counted no better than `floor`: how the query itself met the term (a query
    /// "kontaktförbudet" meets the term "kontaktförbud" by stem, so nothing it finds through the term
    /// is exact).
    Phrase {
        words: Vec<QueryWord>,
        floor: MatchClass,
    },
    /// The digits of a phone number, however the number is spaced.
    Digits(String),
}

/// What must match somewhere in an item for it to be a hit: any one of its alternatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Clause {
    pub alternatives: Vec<Alternative>,
    /// The term the clause names, if any.
    pub term: Option<usize>,
}

/// A query with only digits and the signs numbers are written with is a phone number from 3 digits.
fn phone_digits(query: &str) -> Option<String> {
    let phone_like = query
        .chars()
        .all(|c| c.is_ascii_digit() || " -+".contains(c));
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    (phone_like && digits.len() >= 3).then_some(digits)
}

/// The clauses of `query`, with the glossary's forms `terms` found in it.
pub(super) fn parse(query: &str, terms: &[TermForms]) -> Vec<Clause> {
    let mut words = QueryWord::all(query);
    if words.iter().any(|w| w.chars > 1) {
        // A lone letter beside real words ("IOM:s", "barn i bilden") would demand that letter.
        words.retain(|w| w.chars > 1 || w.folded.bytes().all(|b| b.is_ascii_digit()));
    }
    if words.is_empty() {
        return Vec::new();
    }
    if let Some(digits) = phone_digits(query) {
        return vec![Clause {
            alternatives: vec![
                Alternative::Digits(digits),
                Alternative::Phrase {
                    words,
                    floor: MatchClass::Exact,
                },
            ],
            term: None,
        }];
    }
    let mut clauses = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let rest = &words[i..];
        let mut found: Option<(&TermForms, &[QueryWord])> = None;
        for t in terms {
            for f in &t.forms {
                let fits = f.len() <= rest.len() && f.iter().zip(rest).all(|(a, b)| a.same_word(b));
                if fits && found.is_none_or(|(_, g)| f.len() > g.len()) {
                    found = Some((t, f));
                }
            }
        }
        match found {
            Some((t, form)) => {
                let len = form.len();
                let exact = form.iter().zip(rest).all(|(a, b)| a.folded == b.folded);
                let floor = if exact {
                    MatchClass::Exact
                } else {
                    MatchClass::Stem
                };
                let mut alternatives: Vec<Alternative> = t
                    .forms
                    .iter()
                    .map(|f| Alternative::Phrase {
                        words: f.clone(),
                        floor,
                    })
                    .collect();
                if len == 1 {
                    alternatives.push(Alternative::Word(words[i].clone()));
                }
                clauses.push(Clause {
                    alternatives,
                    term: Some(t.term),
                });
                i += len;
            }
            None => {
                clauses.push(Clause {
                    alternatives: vec![Alternative::Word(words[i].clone())],
                    term: None,
                });
                i += 1;
            }
        }
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Vec<TermForms> {
        vec![TermForms {
            term: 7,
            forms: ["tidsbegränsat uppehållstillstånd", "TUT"]
                .iter()
                .map(|f| QueryWord::all(f))
                .collect(),
        }]
    }

    #[test]
    fn a_term_in_the_query_becomes_one_clause_of_all_its_forms() {
        for q in ["TUT", "tut", "tidsbegränsade uppehållstillståndet"] {
            let c = parse(q, &terms());
            assert_eq!(c.len(), 1, "{q}");
            assert_eq!(c[0].term, Some(7));
            assert!(c[0].alternatives.len() >= 2, "{q}: {c:?}");
        }
        let c = parse("barn TUT", &terms());
        assert_eq!(c.len(), 2);
        assert_eq!((c[0].term, c[1].term), (None, Some(7)));
    }

    #[test]
    fn numbers_match_by_digits_and_lone_letters_are_dropped() {
        let c = parse("020-39 00 00", &terms());
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].alternatives[0],
            Alternative::Digits("020390000".into())
        );
        assert_eq!(parse("IOM:s", &[]).len(), 1);
        assert_eq!(parse("i", &[]).len(), 1);
        assert!(parse(" ,.-", &[]).is_empty());
    }
}
