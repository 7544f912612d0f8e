//! Who can be reached at a given time, and in which order to call: the seed's escalation chain with
//! the closed office-hours line moved behind its alternatives, and 112 first at acute danger.
//!
//! Only weekends and public holidays make a "kontorstid på vardagar" line certainly closed; the seeds
//! give no clock hours, so inside or outside ordinary office hours is said as *troligen* (likely).

use super::Answers;
use super::calendar::{LocalTime, eve, is_weekday, public_holiday};
use crate::model::{Contact, Content, ReachKind};

/// Ordinary office hours as we read "kontorstid" (an interpretation; the seeds give no hours).
pub const OFFICE_HOURS: std::ops::Range<u8> = 8..17;

/// How reachable a contact is at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReachState {
    /// Around the clock.
    Open,
    /// A weekday within ordinary office hours.
    LikelyOpen,
    /// A weekday outside ordinary office hours, or an eve.
    LikelyClosed,
    /// A weekend day or public holiday for an office-hours line.
    Closed,
    /// Named by the seed as the alternative out of hours.
    Alternative,
    /// The content says nothing of hours.
    Unknown,
}

impl ReachState {
    /// The stable word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ReachState::Open => "open",
            ReachState::LikelyOpen => "likely_open",
            ReachState::LikelyClosed => "likely_closed",
            ReachState::Closed => "closed",
            ReachState::Alternative => "alternative",
            ReachState::Unknown => "unknown",
        }
    }

    /// Whether calling now is worth trying first.
    pub fn worth_calling(self) -> bool {
        matches!(
            self,
            ReachState::Open | ReachState::LikelyOpen | ReachState::Alternative
        )
    }
}

/// Why a contact has its state: the calendar fact behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Weekend,
    Holiday(&'static str),
    Eve(&'static str),
    InsideOfficeHours,
    OutsideOfficeHours,
    AroundTheClock,
    NamedAlternative,
    NoInformation,
}

/// A contact's reachability at a time, with the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReachNow {
    pub state: ReachState,
    pub why: Why,
}

/// The reachability of `contact` at `at`.
pub fn reach_at(contact: &Contact, at: LocalTime) -> ReachNow {
    let Some(reach) = &contact.reach else {
        return ReachNow {
            state: ReachState::Unknown,
            why: Why::NoInformation,
        };
    };
    match reach.kind {
        ReachKind::AroundTheClock => ReachNow {
            state: ReachState::Open,
            why: Why::AroundTheClock,
        },
        ReachKind::OutOfHoursAlternative => ReachNow {
            state: ReachState::Alternative,
            why: Why::NamedAlternative,
        },
        ReachKind::OfficeHoursWeekdays => {
            if let Some(h) = public_holiday(at.date) {
                ReachNow {
                    state: ReachState::Closed,
                    why: Why::Holiday(h),
                }
            } else if !is_weekday(at.date) {
                ReachNow {
                    state: ReachState::Closed,
                    why: Why::Weekend,
                }
            } else if let Some(e) = eve(at.date) {
                ReachNow {
                    state: ReachState::LikelyClosed,
                    why: Why::Eve(e),
                }
            } else if OFFICE_HOURS.contains(&at.hour) {
                ReachNow {
                    state: ReachState::LikelyOpen,
                    why: Why::InsideOfficeHours,
                }
            } else {
                ReachNow {
                    state: ReachState::LikelyClosed,
                    why: Why::OutsideOfficeHours,
                }
            }
        }
    }
}

/// The contacts of the first escalation chain in the order to call them at `at`: 112 first at acute
/// danger; an office-hours line that is (likely) closed moves behind the alternatives.
pub fn call_order(c: &Content, answers: &Answers, at: LocalTime) -> Vec<(usize, ReachNow)> {
    let Some(esc) = c.escalations.first() else {
        return Vec::new();
    };
    let acute = c
        .question_index("akut_fara")
        .map(|q| answers.get(q) == c.questions[q].option_index("ja"))
        .unwrap_or(false)
        && answers.answered() > 0;
    let mut order: Vec<(usize, ReachNow)> = esc
        .chain
        .iter()
        .map(|&k| (k, reach_at(&c.contacts[k], at)))
        .collect();
    // Stable: worth-calling first, then the rest, each in the seed's order.
    order.sort_by_key(|(_, r)| !r.state.worth_calling());
    if let Some(first) = esc.acute.filter(|_| acute) {
        order.retain(|(k, _)| *k != first);
        order.insert(0, (first, reach_at(&c.contacts[first], at)));
    }
    order
}
