//! Answers → the duties that apply, those that may apply (and what decides them), and the contacts and
//! law behind them.

use super::Answers;
use crate::model::{Condition, Content, StepKind, Tri};

/// Whether a listed duty certainly applies or may apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The condition is true (or the duty has none).
    Applies,
    /// The condition is unknown: some deciding question is unanswered.
    MayApply,
    /// A commitment of a historical document (the 2005 city programme, a step marked `historical`):
    /// listed for reference, never as applying today.
    Historical,
}

impl Status {
    /// The stable word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Applies => "applies",
            Status::MayApply => "may_apply",
            Status::Historical => "historical",
        }
    }
}

/// One listed duty and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DutyStatus {
    pub duty: usize,
    pub status: Status,
    /// For `MayApply`: the unanswered questions that would decide it.
    pub depends_on: Vec<usize>,
}

/// Which duties to consider.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only duties of this step; `None` = every step of the process (not the reference tracks).
    pub step: Option<usize>,
    /// Only duties of this actor: those it carries and those whose text also gives it work
    /// ([`crate::model::Duty::also`]).
    pub role: Option<usize>,
}

/// The result of an assessment, as indices into the content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    /// In step order, then content order.
    pub duties: Vec<DutyStatus>,
    /// Always-relevant contacts first, then those the listed duties name.
    pub contacts: Vec<usize>,
    /// Law the listed duties cite, in order of first citation.
    pub law: Vec<usize>,
    /// Unanswered questions deciding a listed duty, most decisive (most duties) first.
    pub open_questions: Vec<usize>,
}

/// The status of one duty under these answers; `None` when it does not apply.
pub fn duty_status(content: &Content, answers: &Answers, duty: usize) -> Option<DutyStatus> {
    let d = content.duties.get(duty)?;
    let (status, depends_on) = condition_status(content, answers, d.when.as_ref())?;
    Some(DutyStatus {
        duty,
        status: historical_if(content, d.step, status),
        depends_on,
    })
}

/// A duty of a historical step (the 2005 city programme) that applies is a historical commitment, not
/// something that applies to a case today.
pub fn historical_if(content: &Content, step: usize, status: Status) -> Status {
    if status == Status::Applies && content.steps.get(step).is_some_and(|s| s.historical) {
        Status::Historical
    } else {
        status
    }
}

/// What a `when` makes of an item under these answers: applies (no condition, or true), may apply with
/// the unanswered questions that would decide it (unknown), or `None` (false: not listed). Duties and
/// guidance items are judged by this one rule.
pub fn condition_status(
    content: &Content,
    answers: &Answers,
    when: Option<&Condition>,
) -> Option<(Status, Vec<usize>)> {
    match when.map(|w| w.eval(&answers.0)) {
        Some(Tri::Unknown) => condition_status_with(&option_counts(content), answers, when),
        _ => condition_status_with(&[], answers, when),
    }
}

/// How many options each question has, for [`condition_status_with`].
pub fn option_counts(content: &Content) -> Vec<usize> {
    content.questions.iter().map(|q| q.options.len()).collect()
}

/// [`condition_status`] with the questions' option counts computed once by the caller (the plan
/// judges every duty and guidance item in one go).
pub fn condition_status_with(
    option_counts: &[usize],
    answers: &Answers,
    when: Option<&Condition>,
) -> Option<(Status, Vec<usize>)> {
    let Some(cond) = when else {
        return Some((Status::Applies, Vec::new()));
    };
    match cond.eval(&answers.0) {
        Tri::True => Some((Status::Applies, Vec::new())),
        Tri::False => None,
        Tri::Unknown => Some((
            Status::MayApply,
            cond.deciding_questions(&answers.0, option_counts),
        )),
    }
}

/// Whether items of `step` are considered: the process always, the reference tracks (the 2005 city
/// programme) only when asked for — they hold standing commitments, not duties of a case.
pub fn in_scope(content: &Content, step: usize, tracks: bool) -> bool {
    tracks
        || content
            .steps
            .get(step)
            .is_some_and(|s| s.kind == StepKind::Process)
}

/// A list without repeats, in order of first push; membership is a bitmap, so building it stays
/// linear as content grows (a `Vec::contains` per push made assess grow with duties × contacts).
struct Unique {
    seen: Vec<bool>,
    items: Vec<usize>,
}

impl Unique {
    fn new(len: usize) -> Unique {
        Unique {
            seen: vec![false; len],
            items: Vec::new(),
        }
    }
    fn push(&mut self, x: usize) {
        if let Some(seen) = self.seen.get_mut(x)
            && !*seen
        {
            *seen = true;
            self.items.push(x);
        }
    }
}

/// Evaluates every duty in `scope` against `answers`.
pub fn assess(content: &Content, answers: &Answers, scope: Scope) -> Assessment {
    let mut order: Vec<usize> = (0..content.duties.len())
        .filter(|&i| {
            let d = &content.duties[i];
            let in_step = match scope.step {
                Some(s) => d.step == s,
                // Without a step, the process only: reference tracks (the 2005 city programme) hold
                // standing commitments, not duties of a case; they are listed when asked for by step.
                None => content.steps[d.step].kind == StepKind::Process,
            };
            in_step && scope.role.is_none_or(|r| d.involves(r))
        })
        .collect();
    // Steps are stored in flow order, so their index is their position.
    order.sort_by_key(|&i| (content.duties[i].step, i));

    let mut out = Assessment::default();
    // A contact that does not serve this case (the coordinator for children when the person is an
    // adult) is left out, also when a listed duty names it.
    let fits = |c: usize| content.contacts[c].serves(&answers.0);
    let mut contacts = Unique::new(content.contacts.len());
    let mut law = Unique::new(content.law.len());
    for (i, c) in content.contacts.iter().enumerate() {
        if c.always && fits(i) {
            contacts.push(i);
        }
    }
    // Contacts attached to actors or steps (a municipality's own socialjour, say); usually none.
    let attached: Vec<usize> = (0..content.contacts.len())
        .filter(|&c| {
            !content.contacts[c].actors.is_empty() || !content.contacts[c].steps.is_empty()
        })
        .collect();
    let mut weight = vec![0usize; content.questions.len()];
    for i in order {
        let Some(status) = duty_status(content, answers, i) else {
            continue;
        };
        let d = &content.duties[i];
        d.contacts
            .iter()
            .filter(|&&c| fits(c))
            .for_each(|&c| contacts.push(c));
        for &c in &attached {
            let k = &content.contacts[c];
            let for_actor = k.actors.iter().any(|&a| d.involves(a));
            if (for_actor || k.steps.contains(&d.step)) && fits(c) {
                contacts.push(c);
            }
        }
        d.law.iter().for_each(|&l| law.push(l));
        for &q in &status.depends_on {
            if let Some(w) = weight.get_mut(q) {
                *w += 1;
            }
        }
        out.duties.push(status);
    }
    out.contacts = contacts.items;
    out.law = law.items;
    out.open_questions = (0..weight.len()).filter(|&q| weight[q] > 0).collect();
    out.open_questions
        .sort_by_key(|&q| (std::cmp::Reverse(weight[q]), q));
    out
}

impl Assessment {
    /// How many listed duties apply and how many may apply (historical commitments are neither).
    pub fn counts(&self) -> (usize, usize) {
        let count = |s: Status| self.duties.iter().filter(|d| d.status == s).count();
        (count(Status::Applies), count(Status::MayApply))
    }

    /// How many listed duties are historical commitments.
    pub fn historical(&self) -> usize {
        self.duties
            .iter()
            .filter(|d| d.status == Status::Historical)
            .count()
    }
}
