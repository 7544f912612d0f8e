//! Which unanswered questions still matter: those for which some answer changes the status of at least
//! one duty or guidance item in scope, or the case's urgency, with how many items each would change:
//! those that decide whom to call first, then the most decisive. The plan's "answer these first", the
//! navigator's question list and `guide --plain` ask in this order.
//!
//! Only an item whose condition is *unknown* can change: Kleene logic is monotone, so answering more
//! never turns a true condition false or a false one true. For each such item, a question it tests
//! decides it when one of the question's values makes the condition known. `tests/relevance.rs` checks
//! this against brute force (every unanswered question flipped over every value).

use super::assess::in_scope;
use super::{Answers, Status};
use crate::model::{Condition, Content, MAX_OPTIONS, Op, Tri};

/// An unanswered question that still decides something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relevance {
    /// Index into `Content::questions`.
    pub question: usize,
    /// How many duties and guidance items in scope some answer to it would change (applies ↔ may
    /// apply ↔ not listed).
    pub decides: usize,
    /// Whether some answer to it changes how urgent the case is ([`super::reach::case_urgency`]):
    /// whom to call first. Such a question is asked before all others, even when it changes no row.
    pub urgent: bool,
}

/// Judges items one by one under the same answers: each item's status and what decides it, and for
/// every question how many of the judged items some answer to it would change. One buffer of trial
/// answers serves every item, so judging allocates only what it returns.
pub struct Decider<'c> {
    c: &'c Content,
    trial: Vec<Option<u8>>,
    /// The questions already tried for the current item (an item counts once per question).
    tried: Vec<usize>,
    decides: Vec<usize>,
}

impl<'c> Decider<'c> {
    /// A decider for `answers`.
    pub fn new(c: &'c Content, answers: &Answers) -> Decider<'c> {
        let n = c.questions.len();
        let mut trial = answers.0.clone();
        trial.resize(n, None);
        Decider {
            c,
            trial,
            tried: Vec::new(),
            decides: vec![0; n],
        }
    }

    /// The status of an item with condition `when`: applies, may apply with the unanswered questions
    /// that would decide it, or `None` (not listed) — the same as [`super::condition_status`]. Counts,
    /// for each question that alone would decide the item, one more item it decides.
    pub fn judge(&mut self, when: Option<&Condition>) -> Option<(Status, Vec<usize>)> {
        let Some(cond) = when else {
            return Some((Status::Applies, Vec::new()));
        };
        match cond.eval(&self.trial) {
            Tri::True => return Some((Status::Applies, Vec::new())),
            Tri::False => return None,
            Tri::Unknown => {}
        }
        let n = self.trial.len();
        self.tried.clear();
        let mut deciding: Vec<usize> = Vec::new();
        for op in cond.ops.iter() {
            let Op::Test { question, .. } = *op else {
                continue;
            };
            let q = usize::from(question);
            if q >= n || self.trial[q].is_some() || self.tried.contains(&q) {
                continue;
            }
            self.tried.push(q);
            let values = self.c.questions[q].options.len().min(MAX_OPTIONS);
            let changes = (0..values).any(|v| {
                self.trial[q] = u8::try_from(v).ok();
                cond.eval(&self.trial) != Tri::Unknown
            });
            self.trial[q] = None;
            if changes {
                self.decides[q] += 1;
                deciding.push(q);
            }
        }
        // Questions that decide it only together: name them all, as `Condition::deciding_questions` does.
        if deciding.is_empty() {
            deciding = self.tried.clone();
        }
        Some((Status::MayApply, deciding))
    }

    /// The questions that decide at least one judged item, most decisive first, then in content order.
    pub fn relevance(&self) -> Vec<Relevance> {
        let mut out: Vec<Relevance> = (0..self.decides.len())
            .filter(|&q| self.decides[q] > 0)
            .map(|q| Relevance {
                question: q,
                decides: self.decides[q],
                urgent: false,
            })
            .collect();
        out.sort_by_key(order);
        out
    }
}

/// The unanswered questions that would change the status of at least one duty or guidance item in
/// scope, most decisive (most items) first, then in content order. Empty when nothing is left to decide.
pub fn relevant_questions(c: &Content, answers: &Answers, tracks: bool) -> Vec<Relevance> {
    let mut decider = Decider::new(c, answers);
    let duties = c
        .duties
        .iter()
        .filter(|d| in_scope(c, d.step, tracks))
        .map(|d| d.when.as_ref());
    let guidance = c
        .guidance
        .iter()
        .filter(|g| in_scope(c, g.step, tracks))
        .map(|g| g.when.as_ref());
    for when in duties.chain(guidance) {
        decider.judge(when);
    }
    with_urgency(c, answers, decider.relevance())
}

/// The order of the lists: a question that decides whom to call first, then the most decisive, then
/// content order.
fn order(r: &Relevance) -> (std::cmp::Reverse<bool>, std::cmp::Reverse<usize>, usize) {
    (
        std::cmp::Reverse(r.urgent),
        std::cmp::Reverse(r.decides),
        r.question,
    )
}

/// `relevance` with every unanswered question that would change the case's urgency marked — and
/// added, when it changes no row — and put first: at 22:00 "is there acute danger?" comes before "who
/// leads the preliminary investigation?", whatever the count of rows each decides.
pub fn with_urgency(
    c: &Content,
    answers: &Answers,
    mut relevance: Vec<Relevance>,
) -> Vec<Relevance> {
    let now = super::reach::case_urgency(c, answers);
    let mut trial = answers.clone();
    for q in 0..c.questions.len() {
        if answers.get(q).is_some() {
            continue;
        }
        let urgent = (0..c.questions[q].options.len()).any(|v| {
            trial.set(q, Some(v));
            super::reach::case_urgency(c, &trial) != now
        });
        trial.set(q, None);
        if !urgent {
            continue;
        }
        match relevance.iter_mut().find(|r| r.question == q) {
            Some(r) => r.urgent = true,
            None => relevance.push(Relevance {
                question: q,
                decides: 0,
                urgent: true,
            }),
        }
    }
    relevance.sort_by_key(order);
    relevance
}
