//! Generators for the condition tests: random condition ASTs over test questions, their source text,
//! answers, and the refinements of a set of answers.

use std::borrow::Cow;

use proptest::prelude::*;
use vagvisare::content::condition::{QuestionInfo, parse};
use vagvisare::model::{Condition, Op, Tri};

/// Option values of the test questions; `many` has 33 options, one more than a mask holds.
pub(super) fn values() -> Vec<Vec<String>> {
    vec![
        vec!["ja".into(), "nej".into()],
        vec!["polis".into(), "aklagare".into(), "ingen".into()],
        vec!["under_18".into(), "over_18".into()],
        (0..33).map(|i| format!("v{i}")).collect(),
    ]
}
pub(super) const IDS: [&str; 4] = ["barn", "fu", "alder", "many"];

pub(super) fn questions(values: &[Vec<String>]) -> Vec<QuestionInfo<'_>> {
    IDS.iter()
        .zip(values)
        .map(|(id, v)| QuestionInfo {
            id,
            values: v.iter().map(String::as_str).collect(),
        })
        .collect()
}

pub(super) fn condition(ops: Vec<Op>) -> Condition {
    Condition {
        source: Cow::Borrowed(""),
        ops: Cow::Owned(ops),
    }
}

/// Parses and checks the error contract: an offset inside the input, on a character boundary.
pub(super) fn parse_checked(src: &str) -> Result<Result<Vec<Op>, String>, TestCaseError> {
    let v = values();
    match parse(src, &questions(&v)) {
        Ok(ops) => Ok(Ok(ops)),
        Err(e) => {
            prop_assert!(
                e.offset <= src.len(),
                "offset {} past the end ({}) of {src:?}: {}",
                e.offset,
                src.len(),
                e.message
            );
            prop_assert!(
                src.is_char_boundary(e.offset),
                "offset {} inside a character of {src:?}",
                e.offset
            );
            prop_assert!(!e.message.is_empty());
            Ok(Err(e.message))
        }
    }
}

/// A condition as a tree, rendered to source text and evaluated as a reference.
#[derive(Debug, Clone)]
pub(super) enum Ast {
    /// `question in [values]` (or `==` / `!=` for one value): question index, option indices, negate.
    Test(usize, Vec<usize>, bool),
    Not(Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
}

pub(super) const OPTION_COUNTS: [usize; 4] = [2, 3, 2, 33];

impl Ast {
    /// Source text; binary operands are parenthesised, so precedence never matters.
    pub(super) fn render(&self, out: &mut String, spaced: bool) {
        let sp = if spaced { " " } else { "" };
        match self {
            Ast::Test(q, vals, negate) => {
                let v = values();
                out.push_str(IDS[*q]);
                if vals.len() == 1 {
                    out.push_str(sp);
                    out.push_str(if *negate { "!=" } else { "==" });
                    out.push_str(sp);
                    out.push_str(&v[*q][vals[0]]);
                } else {
                    out.push_str(" in [");
                    let names: Vec<&str> = vals.iter().map(|&i| v[*q][i].as_str()).collect();
                    out.push_str(&names.join(&format!(",{sp}")));
                    out.push(']');
                }
            }
            Ast::Not(a) => {
                out.push('!');
                out.push_str(sp);
                a.render_operand(out, spaced);
            }
            Ast::And(a, b) | Ast::Or(a, b) => {
                a.render_operand(out, spaced);
                out.push_str(if matches!(self, Ast::And(..)) {
                    " && "
                } else {
                    " || "
                });
                b.render_operand(out, spaced);
            }
        }
    }

    pub(super) fn render_operand(&self, out: &mut String, spaced: bool) {
        if matches!(self, Ast::And(..) | Ast::Or(..)) {
            out.push('(');
            self.render(out, spaced);
            out.push(')');
        } else {
            self.render(out, spaced);
        }
    }

    /// Nesting as the parser counts it: every `!` and `(` is one level.
    pub(super) fn depth(&self) -> usize {
        match self {
            Ast::Test(..) => 0,
            Ast::Not(a) => 1 + a.operand_depth(),
            Ast::And(a, b) | Ast::Or(a, b) => a.operand_depth().max(b.operand_depth()),
        }
    }

    pub(super) fn operand_depth(&self) -> usize {
        match self {
            Ast::And(..) | Ast::Or(..) => 1 + self.depth(),
            _ => self.depth(),
        }
    }

    /// Reference Kleene evaluation; options past the 32 a mask holds never parse, so never get here.
    pub(super) fn eval(&self, answers: &[Option<u8>]) -> Tri {
        match self {
            Ast::Test(q, vals, negate) => {
                let t = match answers.get(*q).copied().flatten() {
                    None => Tri::Unknown,
                    Some(a) if vals.contains(&usize::from(a)) => Tri::True,
                    Some(_) => Tri::False,
                };
                if *negate { !t } else { t }
            }
            Ast::Not(a) => !a.eval(answers),
            Ast::And(a, b) => a.eval(answers).and(b.eval(answers)),
            Ast::Or(a, b) => a.eval(answers).or(b.eval(answers)),
        }
    }

    pub(super) fn source(&self) -> String {
        let mut s = String::new();
        self.render(&mut s, true);
        s
    }
}

pub(super) fn test_strategy() -> impl Strategy<Value = Ast> {
    // Question 3 ("many") only with its first 32 options, which a mask can hold.
    (0usize..4, any::<bool>())
        .prop_flat_map(|(q, negate)| {
            let n = OPTION_COUNTS[q].min(32);
            (
                Just(q),
                prop::collection::btree_set(0..n, 1..=n.min(4)),
                Just(negate),
            )
        })
        .prop_map(|(q, vals, negate)| {
            let vals: Vec<usize> = vals.into_iter().collect();
            let negate = negate && vals.len() == 1;
            Ast::Test(q, vals, negate)
        })
}

pub(super) fn ast_strategy() -> impl Strategy<Value = Ast> {
    let bushy = test_strategy().prop_recursive(8, 64, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|a| Ast::Not(Box::new(a))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Ast::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| Ast::Or(Box::new(a), Box::new(b))),
        ]
    });
    // Then wrapped in a spine of 0..40 levels, so nesting reaches past MAX_DEPTH.
    let wrapper = prop_oneof![
        Just(None),
        test_strategy().prop_map(|t| Some((t, true))),
        test_strategy().prop_map(|t| Some((t, false))),
    ];
    (
        bushy,
        prop::collection::vec((wrapper, any::<bool>()), 0..40),
    )
        .prop_map(|(core, spine)| {
            spine.into_iter().fold(core, |acc, (w, left)| match w {
                None => Ast::Not(Box::new(acc)),
                Some((t, and)) => {
                    let (a, b) = if left { (t, acc) } else { (acc, t) };
                    if and {
                        Ast::And(Box::new(a), Box::new(b))
                    } else {
                        Ast::Or(Box::new(a), Box::new(b))
                    }
                }
            })
        })
}

/// Answers for the four test questions, each unanswered or one of its options.
pub(super) fn answers_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    OPTION_COUNTS
        .iter()
        .map(|&n| proptest::option::of(0..u8::try_from(n.min(32)).unwrap_or(32)).boxed())
        .collect::<Vec<_>>()
}

/// The grammar's tokens, valid and invalid, for token soup.
pub(super) fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "barn",
            "fu",
            "alder",
            "many",
            "ja",
            "nej",
            "polis",
            "v31",
            "v32",
            "in",
            "==",
            "!=",
            "&&",
            "||",
            "!",
            "(",
            ")",
            "[",
            "]",
            ",",
            "=",
            "&",
            "|",
            " ",
            "\t",
            "\n",
            "B",
            "ä",
            "\u{1F600}",
            "\"",
            "-",
            "x_1",
        ])
        .prop_map(str::to_string),
        "[a-z0-9_]{1,12}",
    ]
}

/// Every refinement of `answers` (each unanswered question left open or given any of its options).
pub(super) fn refinements(answers: &[Option<u8>]) -> Vec<Vec<Option<u8>>> {
    let mut out = vec![answers.to_vec()];
    for (q, a) in answers.iter().enumerate() {
        if a.is_some() {
            continue;
        }
        let n = OPTION_COUNTS[q].min(32);
        // Options of the big question are sampled, or the product explodes.
        let opts: Vec<u8> = if n > 4 {
            vec![0, 1, 31]
        } else {
            (0..n).filter_map(|o| u8::try_from(o).ok()).collect()
        };
        let mut next = Vec::new();
        for r in &out {
            next.push(r.clone());
            for &o in &opts {
                let mut r2 = r.clone();
                r2[q] = Some(o);
                next.push(r2);
            }
        }
        out = next;
    }
    out
}
