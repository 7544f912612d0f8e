//! A compiled condition over answers and its three-valued evaluation.
//!
//! Conditions are stored as a postfix program (`Op`s), not a tree: that keeps them `const`-constructible
//! for the embedded content and makes evaluation a loop over a slice. The parser lives in
//! `content::condition`.

use super::{List, Text};

/// Three-valued truth: an unanswered question makes a test `Unknown`.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    False,
    Unknown,
    True,
}

impl std::ops::Not for Tri {
    type Output = Tri;
    /// Kleene negation: unknown stays unknown.
    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

impl Tri {
    /// Kleene conjunction: false wins, then unknown.
    pub fn and(self, other: Tri) -> Tri {
        self.min(other)
    }
    /// Kleene disjunction: true wins, then unknown.
    pub fn or(self, other: Tri) -> Tri {
        self.max(other)
    }
    fn rank(self) -> u8 {
        self as u8
    }
    fn min(self, o: Tri) -> Tri {
        if self.rank() <= o.rank() { self } else { o }
    }
    fn max(self, o: Tri) -> Tri {
        if self.rank() >= o.rank() { self } else { o }
    }
}

/// One instruction of a compiled condition.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Push whether question `question`'s answer is one of the options whose bit is set in `mask`.
    Test {
        question: u16,
        mask: u32,
    },
    Not,
    And,
    Or,
}

/// A parsed condition: its source text (shown to people) and its postfix program.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Condition {
    pub source: Text,
    pub ops: List<Op>,
}

/// Questions may have at most this many options, so a set of them fits a `u32` mask.
pub const MAX_OPTIONS: usize = 32;

impl Condition {
    /// Evaluates against answers: `answers[q]` is the chosen option index, `None` when unanswered.
    pub fn eval(&self, answers: &[Option<u8>]) -> Tri {
        let mut stack: [Tri; 64] = [Tri::Unknown; 64];
        let mut len = 0usize;
        for op in self.ops.iter() {
            let value = match *op {
                Op::Test { question, mask } => match answers.get(usize::from(question)).copied() {
                    Some(Some(v)) if u32::from(v) < 32 && mask & (1 << v) != 0 => Tri::True,
                    Some(Some(_)) => Tri::False,
                    _ => Tri::Unknown,
                },
                Op::Not => {
                    if len == 0 {
                        return Tri::Unknown;
                    }
                    len -= 1;
                    !stack[len]
                }
                Op::And | Op::Or => {
                    if len < 2 {
                        return Tri::Unknown;
                    }
                    len -= 2;
                    let (a, b) = (stack[len], stack[len + 1]);
                    if *op == Op::And { a.and(b) } else { a.or(b) }
                }
            };
            if len == stack.len() {
                return Tri::Unknown;
            }
            stack[len] = value;
            len += 1;
        }
        if len == 1 { stack[0] } else { Tri::Unknown }
    }

    /// The questions the condition tests, in order of first appearance, without repeats.
    pub fn questions(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for op in self.ops.iter() {
            if let Op::Test { question, .. } = op {
                let q = usize::from(*question);
                if !out.contains(&q) {
                    out.push(q);
                }
            }
        }
        out
    }

    /// Each test of the condition with whether it holds for `answers`, in the order written: the
    /// clauses a reader checks one by one ("Finns det barn med i bilden? → Nej" is a false clause even
    /// when the condition as a whole is true through another). A test under `!` is read as written
    /// with its negation: it holds when the answer is *not* among its options. Unanswered: `Unknown`.
    pub fn clauses(&self, answers: &[Option<u8>]) -> Vec<(usize, Tri)> {
        // Which tests each value on the stack is built from, and whether each test is negated.
        let mut stack: Vec<Vec<usize>> = Vec::new();
        let mut tests: Vec<(usize, u32, bool)> = Vec::new();
        for op in self.ops.iter() {
            match *op {
                Op::Test { question, mask } => {
                    stack.push(vec![tests.len()]);
                    tests.push((usize::from(question), mask, false));
                }
                Op::Not => {
                    for &t in stack.last().into_iter().flatten() {
                        tests[t].2 = !tests[t].2;
                    }
                }
                Op::And | Op::Or => {
                    let b = stack.pop().unwrap_or_default();
                    if let Some(a) = stack.last_mut() {
                        a.extend(b);
                    }
                }
            }
        }
        tests
            .into_iter()
            .map(|(q, mask, negated)| {
                let holds = match answers.get(q).copied().flatten() {
                    Some(v) if u32::from(v) < 32 && mask & (1 << v) != 0 => Tri::True,
                    Some(_) => Tri::False,
                    None => Tri::Unknown,
                };
                (q, if negated { !holds } else { holds })
            })
            .collect()
    }

    /// The unanswered questions that would decide an `Unknown` condition: those for which some answer
    /// makes the result known. Falls back to all unanswered questions tested when none does alone
    /// (they decide it only together). Empty when the condition is already known.
    pub fn deciding_questions(
        &self,
        answers: &[Option<u8>],
        option_counts: &[usize],
    ) -> Vec<usize> {
        if self.eval(answers) != Tri::Unknown {
            return Vec::new();
        }
        let open: Vec<usize> = self
            .questions()
            .into_iter()
            .filter(|&q| answers.get(q).copied().flatten().is_none())
            .collect();
        // Long enough for every question the program tests, even if `answers` is shorter.
        let mut trial = answers.to_vec();
        if let Some(&max) = open.iter().max() {
            trial.resize(trial.len().max(max + 1), None);
        }
        let deciding: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&q| {
                let n = option_counts.get(q).copied().unwrap_or(0).min(MAX_OPTIONS);
                let decides = (0..n).any(|v| {
                    trial[q] = u8::try_from(v).ok();
                    self.eval(&trial) != Tri::Unknown
                });
                trial[q] = None;
                decides
            })
            .collect();
        if deciding.is_empty() { open } else { deciding }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    const T: Tri = Tri::True;
    const F: Tri = Tri::False;
    const U: Tri = Tri::Unknown;

    #[test]
    fn kleene_truth_tables() {
        let all = [F, U, T];
        let and = [[F, F, F], [F, U, U], [F, U, T]];
        let or = [[F, U, T], [U, U, T], [T, T, T]];
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(a.and(*b), and[i][j], "{a:?} && {b:?}");
                assert_eq!(a.or(*b), or[i][j], "{a:?} || {b:?}");
            }
        }
        assert_eq!([!F, !U, !T], [T, U, F]);
    }

    fn cond(ops: Vec<Op>) -> Condition {
        Condition {
            source: Cow::Borrowed("test"),
            ops: Cow::Owned(ops),
        }
    }

    #[test]
    fn evaluates_tests_with_unknown_for_unanswered() {
        // q0 == option 0
        let c = cond(vec![Op::Test {
            question: 0,
            mask: 1,
        }]);
        assert_eq!(c.eval(&[Some(0)]), T);
        assert_eq!(c.eval(&[Some(1)]), F);
        assert_eq!(c.eval(&[None]), U);
        assert_eq!(c.eval(&[]), U);
    }

    #[test]
    fn clauses_hold_one_by_one_as_written() {
        // q0 == 0 || q1 == 0: a true condition through q0, with a false clause on q1.
        let or = cond(vec![
            Op::Test {
                question: 0,
                mask: 1,
            },
            Op::Test {
                question: 1,
                mask: 1,
            },
            Op::Or,
        ]);
        assert_eq!(or.eval(&[Some(0), Some(1)]), T);
        assert_eq!(or.clauses(&[Some(0), Some(1)]), vec![(0, T), (1, F)]);
        assert_eq!(or.clauses(&[None, Some(0)]), vec![(0, U), (1, T)]);
        // !(q0 == 0) && q1 == 0: the negated test holds when q0 is not 0.
        let not = cond(vec![
            Op::Test {
                question: 0,
                mask: 1,
            },
            Op::Not,
            Op::Test {
                question: 1,
                mask: 1,
            },
            Op::And,
        ]);
        assert_eq!(not.clauses(&[Some(1), Some(0)]), vec![(0, T), (1, T)]);
        assert_eq!(not.clauses(&[Some(0), None]), vec![(0, F), (1, U)]);
    }

    #[test]
    fn finds_the_questions_that_decide() {
        // (q0 == 0 && q1 == 0) || q2 == 0, with q1 answered "no": q0 cannot decide any more.
        let c = cond(vec![
            Op::Test {
                question: 0,
                mask: 1,
            },
            Op::Test {
                question: 1,
                mask: 1,
            },
            Op::And,
            Op::Test {
                question: 2,
                mask: 1,
            },
            Op::Or,
        ]);
        let answers = [None, Some(1), None];
        assert_eq!(c.eval(&answers), U);
        assert_eq!(c.deciding_questions(&answers, &[2, 2, 2]), vec![2]);
        assert_eq!(
            c.deciding_questions(&[Some(0), Some(0), None], &[2, 2, 2]),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn malformed_programs_are_unknown_not_panics() {
        assert_eq!(cond(vec![Op::And]).eval(&[]), U);
        assert_eq!(cond(vec![Op::Not]).eval(&[]), U);
        assert_eq!(cond(vec![]).eval(&[]), U);
        let many = vec![
            Op::Test {
                question: 0,
                mask: 1
            };
            100
        ];
        assert_eq!(cond(many).eval(&[Some(0)]), U);
    }
}
