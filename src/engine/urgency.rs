//! How urgent a duty is, from content alone: the deadlines linked to it, else the time frame of its step,
//! counted from the discovery. No duty gets a time its source does not give: one with neither is
//! ordered by its step under *Längre sikt*.
//!
//! - a `genast` deadline ("Vid akut fara ring 112.") → *Nu*;
//! - a date no later than the day after discovery (the acute step's "de första timmarna eller dygnet",
//!   "samma dag eller senast dagen efter") → *I dag / senast i morgon*;
//! - a later date within [`WEEKS_HORIZON`] days → *Inom veckor*;
//! - a later date, or no date at all → *Längre sikt*.
//!
//! A `genast` or `senast` deadline linked to a duty times it. A deadline linked to no duty is the time
//! frame of its step and times every duty of the step that no deadline of its own times. A `period`
//! linked to duties (the reflection period) runs beside them: shown with them, timing none.

use super::Due;
use super::calendar::add_days;
use crate::model::{Content, Date, DeadlineKind};

/// Days after discovery up to which a date counts as "within weeks" (eight weeks).
pub const WEEKS_HORIZON: i64 = 56;

/// The groups of the plan, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Now: what a `genast` deadline times (at acute danger, the call to 112).
    Now,
    /// Today, or tomorrow at the latest.
    Today,
    /// Within weeks.
    Weeks,
    /// Longer term, and whatever the sources give no time: in the order of the steps.
    Later,
}

impl Urgency {
    /// Every group, most urgent first.
    pub const ALL: [Urgency; 4] = [Urgency::Now, Urgency::Today, Urgency::Weeks, Urgency::Later];

    /// The stable word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Now => "now",
            Urgency::Today => "today",
            Urgency::Weeks => "weeks",
            Urgency::Later => "later",
        }
    }

    /// The group of a deadline placed on the calendar, counted from `discovery`.
    pub fn of(c: &Content, due: &Due, discovery: Date) -> Urgency {
        if c.deadlines[due.deadline].kind == DeadlineKind::Immediately {
            return Urgency::Now;
        }
        match due.date {
            Some(d) if d <= add_days(discovery, 1) => Urgency::Today,
            Some(d) if d <= add_days(discovery, WEEKS_HORIZON) => Urgency::Weeks,
            _ => Urgency::Later,
        }
    }
}

/// What times a duty: its own deadline, or its step's time frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Via {
    /// A `genast` or `senast` deadline linked to the duty.
    Duty,
    /// The time frame of the duty's step (a deadline linked to no duty).
    Step,
}

impl Via {
    /// The stable word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Duty => "duty",
            Via::Step => "step",
        }
    }
}

/// The deadline that orders a duty, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timing {
    pub due: Due,
    pub via: Via,
}

/// The deadlines of a case sorted out for the plan: which are linked to which duty, and each step's
/// time frame. Indices point into `due`.
pub struct Deadlines {
    /// Every deadline that applies or may apply, placed on the calendar, soonest first.
    pub due: Vec<Due>,
    /// Per duty: the `due` entries linked to it, soonest first.
    pub linked: Vec<Vec<usize>>,
    /// Per step: its time frame (the soonest dated `due` entry linked to no duty).
    pub frames: Vec<Option<usize>>,
}

impl Deadlines {
    /// Sorts out `due` (soonest first, as [`super::timeline`] returns it).
    pub fn new(c: &Content, due: Vec<Due>) -> Deadlines {
        let mut linked = vec![Vec::new(); c.duties.len()];
        let mut frames = vec![None; c.steps.len()];
        for (i, d) in due.iter().enumerate() {
            let dl = &c.deadlines[d.deadline];
            if dl.duties.is_empty() {
                if d.date.is_some()
                    && let Some(slot) = frames.get_mut(dl.step)
                {
                    slot.get_or_insert(i);
                }
            } else {
                for &k in dl.duties.iter() {
                    if let Some(l) = linked.get_mut(k) {
                        l.push(i);
                    }
                }
            }
        }
        Deadlines {
            due,
            linked,
            frames,
        }
    }

    /// What times duty `duty` of step `step`: its soonest dated `genast`/`senast` deadline, else its
    /// step's frame; `None` when the content gives it no time.
    pub fn timing(&self, c: &Content, duty: usize, step: usize) -> Option<Timing> {
        let own = self.linked.get(duty).and_then(|l| {
            l.iter()
                .copied()
                .filter(|&i| {
                    self.due[i].date.is_some()
                        && c.deadlines[self.due[i].deadline].kind != DeadlineKind::Period
                })
                .min_by_key(|&i| {
                    let d = &self.due[i];
                    (
                        c.deadlines[d.deadline].kind != DeadlineKind::Immediately,
                        d.date,
                    )
                })
        });
        if let Some(i) = own {
            return Some(Timing {
                due: self.due[i].clone(),
                via: Via::Duty,
            });
        }
        let frame = (*self.frames.get(step)?)?;
        Some(Timing {
            due: self.due[frame].clone(),
            via: Via::Step,
        })
    }

    /// The group of a step's items that no deadline of their own times: by the step's frame.
    pub fn step_urgency(&self, c: &Content, step: usize, discovery: Date) -> Urgency {
        match self.frames.get(step).copied().flatten() {
            Some(i) => Urgency::of(c, &self.due[i], discovery),
            None => Urgency::Later,
        }
    }
}
