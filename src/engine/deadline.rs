//! Deadlines that run from discovery, as dates: "skyddsbedömning: senast tisdag 24 november".

use super::calendar::add_days;
use super::{Answers, Status};
use crate::model::{Content, Date, DeadlineKind, Tri};

/// One deadline placed on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// Index into `Content::deadlines`.
    pub deadline: usize,
    /// Applies, or may apply while its condition is unknown.
    pub status: Status,
    /// `None` when the seed gives no countable time; the discovery day for a `genast` deadline.
    pub date: Option<Date>,
}

/// The deadlines under these answers, counted from `discovery`, soonest first (undated last).
pub fn timeline(c: &Content, answers: &Answers, discovery: Date) -> Vec<Due> {
    let mut out: Vec<Due> = c
        .deadlines
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let status = match d.when.as_ref().map_or(Tri::True, |w| w.eval(&answers.0)) {
                Tri::True => Status::Applies,
                Tri::Unknown => Status::MayApply,
                Tri::False => return None,
            };
            // `genast` is due at discovery; the others count their days from it.
            let date = match d.kind {
                DeadlineKind::Immediately => Some(discovery),
                _ => d.days.map(|n| add_days(discovery, i64::from(n))),
            };
            Some(Due {
                deadline: i,
                status,
                date,
            })
        })
        .collect();
    out.sort_by_key(|d| (d.date.is_none(), d.date, d.deadline));
    out
}
