//! Which unanswered questions still matter: those for which some answer changes the status of at least
//! one duty or guidance item in scope, with how many items each would change, most decisive first. The
//! plan's "answer these first", the navigator's question list and `guide --plain` ask in this order.
//!
//! Only an item whose condition is *unknown* can change: Kleene logic is monotone, so answering more
//! never turns a true condition false or a false one true. For each such item, a question it tests
//! decides it when one of the question's values makes the condition known. `tests/relevance.rs` checks
//! this against brute force (every unanswered question flipped over every value).

use super::Answers;
use super::assess::in_scope;
use crate::model::{Condition, Content, MAX_OPTIONS, Op, Tri};

/// An unanswered question that still decides something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relevance {
    /// Index into `Content::questions`.
    pub question: usize,
    /// How many duties and guidance items in scope some answer to it would change (applies ↔ may
    /// apply ↔ not listed).
    pub decides: usize,
}

/// The conditions of every duty and guidance item in scope (the process; the tracks too when `tracks`).
/// Items without a condition always apply and decide nothing.
fn conditions(c: &Content, tracks: bool) -> impl Iterator<Item = &Condition> {
    let duties = c
        .duties
        .iter()
        .filter(move |d| in_scope(c, d.step, tracks))
        .filter_map(|d| d.when.as_ref());
    let guidance = c
        .guidance
        .iter()
        .filter(move |g| in_scope(c, g.step, tracks))
        .filter_map(|g| g.when.as_ref());
    duties.chain(guidance)
}

/// The unanswered questions that would change the status of at least one duty or guidance item in
/// scope, most decisive (most items) first, then in content order. Empty when nothing is left to decide.
pub fn relevant_questions(c: &Content, answers: &Answers, tracks: bool) -> Vec<Relevance> {
    let n = c.questions.len();
    let mut trial = answers.0.clone();
    trial.resize(n, None);
    let mut decides = vec![0usize; n];
    // The questions already tried for the current item (an item counts once per question).
    let mut tried: Vec<usize> = Vec::new();
    for cond in conditions(c, tracks) {
        if cond.eval(&trial) != Tri::Unknown {
            continue;
        }
        tried.clear();
        for op in cond.ops.iter() {
            let Op::Test { question, .. } = *op else {
                continue;
            };
            let q = usize::from(question);
            if q >= n || trial[q].is_some() || tried.contains(&q) {
                continue;
            }
            tried.push(q);
            let values = c.questions[q].options.len().min(MAX_OPTIONS);
            let changes = (0..values).any(|v| {
                trial[q] = u8::try_from(v).ok();
                cond.eval(&trial) != Tri::Unknown
            });
            trial[q] = None;
            if changes {
                decides[q] += 1;
            }
        }
    }
    let mut out: Vec<Relevance> = (0..n)
        .filter(|&q| decides[q] > 0)
        .map(|q| Relevance {
            question: q,
            decides: decides[q],
        })
        .collect();
    out.sort_by_key(|r| (std::cmp::Reverse(r.decides), r.question));
    out
}
