//! Who can be reached at a given time, and in which order to call. Urgency, not the clock, decides the
//! order (002: "Vid brådskande ärenden kontakta polis på telefonnummer 114 14 alternativt socialjour eller
//! motsvarande jourfunktion inom socialtjänsten. Vid akut fara ring 112."): acute danger → 112; urgent →
//! 114 14 or socialjour; advice → the support line. Only then does the clock move a (likely) closed
//! office-hours line behind the others.
//!
//! Only weekends and public holidays make a "kontorstid på vardagar" line certainly closed; the seeds
//! give no clock hours, so inside or outside ordinary office hours is said as *troligen* (likely).

use super::Answers;
use super::calendar::{LocalTime, eve, is_weekday, public_holiday};
use crate::model::{Contact, Content, ReachKind, UrgencyKind};

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

    /// Whether calling now is worth trying: anything but a (likely) closed line. A contact whose hours
    /// the seed does not give is worth trying.
    pub fn worth_calling(self) -> bool {
        !matches!(self, ReachState::Closed | ReachState::LikelyClosed)
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

/// How urgent the case is, as far as the answers say: the first of the escalation's levels whose
/// condition is not false (content names the questions). `None` when the content gives no levels.
pub fn case_urgency(c: &Content, answers: &Answers) -> Option<usize> {
    let levels = &c.escalations.first()?.levels;
    levels.iter().position(|l| {
        l.when
            .as_ref()
            .is_none_or(|w| w.eval(&answers.0) != crate::model::Tri::False)
    })
}

/// The place of a contact serving `kind` in the call order of a case at level `case`: the case's own
/// kind first, then the levels after it in their order, then those before it, nearest first (acute
/// danger last once it is ruled out); a contact without an urgency after them all.
fn rank(levels: &[crate::model::Level], case: Option<usize>, kind: Option<UrgencyKind>) -> usize {
    let (Some(case), Some(kind)) = (case, kind) else {
        return levels.len();
    };
    let order = levels[case..]
        .iter()
        .chain(levels[..case].iter().rev())
        .map(|l| l.urgency);
    order
        .take(levels.len())
        .position(|u| u == kind)
        .unwrap_or(levels.len())
}

/// The contacts of the first escalation chain in the order to call them at `at`: by the case's urgency
/// ([`case_urgency`]; 112 first unless acute danger is ruled out), then a (likely) closed office-hours
/// line behind the rest; ties keep the chain's order.
pub fn call_order(c: &Content, answers: &Answers, at: LocalTime) -> Vec<(usize, ReachNow)> {
    let Some(esc) = c.escalations.first() else {
        return Vec::new();
    };
    let case = case_urgency(c, answers);
    let mut order: Vec<(usize, ReachNow)> = esc
        .chain
        .iter()
        .map(|&k| (k, reach_at(&c.contacts[k], at)))
        .collect();
    // Stable: the chain's order breaks ties.
    order.sort_by_key(|(k, r)| {
        let kind = c.contacts[*k].urgency.as_ref().map(|u| u.kind);
        (!r.state.worth_calling(), rank(&esc.levels, case, kind))
    });
    order
}
