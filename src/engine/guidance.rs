//! Guidance items under the answers: judged like duties (applies, may apply and what decides it, or not
//! listed), so advice the seeds attach to a situation shows exactly when the situation does.

use super::assess::{condition_status, condition_status_with, in_scope, option_counts};
use super::{Answers, Status};
use crate::model::Content;

/// One listed guidance item and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidanceStatus {
    /// Index into `Content::guidance`.
    pub guidance: usize,
    pub status: Status,
    /// For `MayApply`: the unanswered questions that would decide it.
    pub depends_on: Vec<usize>,
}

/// The status of one guidance item under these answers; `None` when it does not apply.
pub fn guidance_status(c: &Content, answers: &Answers, g: usize) -> Option<GuidanceStatus> {
    let item = c.guidance.get(g)?;
    let (status, depends_on) = condition_status(c, answers, item.when.as_ref())?;
    Some(GuidanceStatus {
        guidance: g,
        status,
        depends_on,
    })
}

/// Every guidance item of the steps in scope (the process; the reference tracks too when `tracks`)
/// that applies or may apply, in content order.
pub fn guidance(c: &Content, answers: &Answers, tracks: bool) -> Vec<GuidanceStatus> {
    let counts = option_counts(c);
    (0..c.guidance.len())
        .filter(|&g| in_scope(c, c.guidance[g].step, tracks))
        .filter_map(|g| {
            let (status, depends_on) =
                condition_status_with(&counts, answers, c.guidance[g].when.as_ref())?;
            Some(GuidanceStatus {
                guidance: g,
                status,
                depends_on,
            })
        })
        .collect()
}
