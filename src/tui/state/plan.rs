//! The plan screen's state and the question order both question lists share.
//!
//! The plan itself ([`engine::Plan`]) is derived: `App::recompute` rebuilds it whenever the answers, the
//! role or the discovery time change, so drawing only reads. The screen has two panes — the plan's rows
//! and the questions that decide them — and remembers which row has the focus.
//!
//! [`question_order`] is the adaptive order of the navigator's question lists (the plan screen and the
//! main view): the unanswered questions that still decide something, whom to call first and then the
//! most decisive (the engine's `relevant_questions`), then the answered ones, then those that change
//! nothing now.

use crate::engine::calendar::LocalTime;
use crate::engine::{self, Answers, Plan, PlanOptions, Relevance};
use crate::model::Content;

/// The panes of the plan screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlanPane {
    /// The plan's rows.
    #[default]
    Rows,
    /// The questions that decide them, with the selected question's answers.
    Questions,
}

/// Where the user is on the plan screen, and the plan for the current answers.
#[derive(Debug, Clone)]
pub struct PlanState {
    /// The plan for the answers, role and discovery time (derived).
    pub plan: Plan,
    /// The focused pane.
    pub pane: PlanPane,
    /// The focused row, an index into [`Plan::rows`] order.
    pub row: usize,
}

impl PlanState {
    /// The plan for `answers` as the navigator shows it: deadlines from `discovery`, reachability at
    /// `at`, my role's duties first, the reference tracks left out.
    pub fn new(
        c: &Content,
        answers: &Answers,
        role: Option<usize>,
        discovery: LocalTime,
        at: LocalTime,
    ) -> PlanState {
        PlanState {
            plan: build(c, answers, role, discovery, at),
            pane: PlanPane::default(),
            row: 0,
        }
    }

    /// Rebuilds the plan after answers, role or discovery changed; keeps the focus inside it.
    pub fn recompute(
        &mut self,
        c: &Content,
        answers: &Answers,
        role: Option<usize>,
        discovery: LocalTime,
        at: LocalTime,
    ) {
        self.plan = build(c, answers, role, discovery, at);
        self.row = self.row.min(self.rows().saturating_sub(1));
    }

    /// How many rows the plan lists (mine and the others').
    pub fn rows(&self) -> usize {
        self.plan.rows().count()
    }

    /// The duty of the focused row, if the plan lists any.
    pub fn selected_duty(&self) -> Option<usize> {
        self.plan.rows().nth(self.row).map(|r| r.duty)
    }
}

fn build(
    c: &Content,
    answers: &Answers,
    role: Option<usize>,
    discovery: LocalTime,
    at: LocalTime,
) -> Plan {
    let options = PlanOptions {
        discovery,
        clock: true,
        at,
        role,
        tracks: false,
    };
    engine::plan(c, answers, options)
}

/// Every question in the order the lists show them, each with how many items it decides now (`None`:
/// answered; `Some(0)`: unanswered and changes nothing now): first the unanswered questions that still
/// decide something, most decisive first, then the answered ones, then the rest — all in content order
/// within their group.
pub fn question_order(
    c: &Content,
    answers: &Answers,
    relevance: &[Relevance],
) -> Vec<(usize, Option<Relevance>)> {
    let mut out: Vec<(usize, Option<Relevance>)> = relevance
        .iter()
        .filter(|r| answers.get(r.question).is_none())
        .map(|r| (r.question, Some(*r)))
        .collect();
    let n = c.questions.len();
    out.extend(
        (0..n)
            .filter(|&q| answers.get(q).is_some())
            .map(|q| (q, None)),
    );
    out.extend(
        (0..n)
            .filter(|&q| answers.get(q).is_none() && !relevance.iter().any(|r| r.question == q))
            .map(|q| {
                let nothing = Relevance {
                    question: q,
                    decides: 0,
                    urgent: false,
                };
                (q, Some(nothing))
            }),
    );
    out
}
