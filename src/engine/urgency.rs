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
use super::by_duty::ByDuty;
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
    /// Per duty, the `due` entries linked to it, soonest first.
    links: ByDuty,
    /// Per step: its time frame (the soonest dated `due` entry linked to no duty).
    pub frames: Vec<Option<usize>>,
    /// Per `due` entry: its group, counted from the discovery.
    pub urgency: Vec<Urgency>,
}

impl Deadlines {
    /// Sorts out `due` (soonest first, as [`super::timeline`] returns it, counted from `discovery`).
    pub fn new(c: &Content, due: Vec<Due>, discovery: Date) -> Deadlines {
        let urgency = due.iter().map(|d| Urgency::of(c, d, discovery)).collect();
        let mut links = Vec::new();
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
                links.extend(dl.duties.iter().map(|&k| (k, i)));
            }
        }
        Deadlines {
            links: ByDuty::new(c.duties.len(), &links),
            due,
            frames,
            urgency,
        }
    }

    /// The `due` entries linked to `duty`, soonest first.
    pub fn linked(&self, duty: usize) -> impl Iterator<Item = usize> + '_ {
        self.links.get(duty).iter().copied()
    }

    /// What times duty `duty` of step `step`: its soonest dated `genast`/`senast` deadline, else its
    /// step's frame; `None` when the content gives it no time.
    pub fn timing(&self, c: &Content, duty: usize, step: usize) -> Option<Timing> {
        self.timing_index(c, duty, step).map(|(i, via)| Timing {
            due: self.due[i].clone(),
            via,
        })
    }

    /// [`Deadlines::timing`] as the index of its `due` entry.
    pub fn timing_index(&self, c: &Content, duty: usize, step: usize) -> Option<(usize, Via)> {
        let own = self
            .linked(duty)
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
            });
        if let Some(i) = own {
            return Some((i, Via::Duty));
        }
        let frame = (*self.frames.get(step)?)?;
        Some((frame, Via::Step))
    }

    /// The group of a step's items that no deadline of their own times: by the step's frame.
    pub fn step_urgency(&self, step: usize) -> Urgency {
        match self.frames.get(step).copied().flatten() {
            Some(i) => self.urgency[i],
            None => Urgency::Later,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Status;

    #[test]
    fn dates_fall_into_groups_by_days_from_discovery() {
        let c = crate::embedded::content();
        let id = |s: &str| {
            c.deadlines
                .iter()
                .position(|d| d.id == s)
                .unwrap_or_else(|| panic!("no deadline {s}"))
        };
        let day0 = Date {
            year: 2026,
            month: 12,
            day: 31,
        };
        let due = |deadline: usize, days: Option<i64>| Due {
            deadline,
            status: Status::Applies,
            date: days.map(|n| add_days(day0, n)),
        };
        let latest = id("skyddsbedomning_barn");
        for (days, want) in [
            (Some(0), Urgency::Today),
            (Some(1), Urgency::Today),
            (Some(2), Urgency::Weeks),
            (Some(WEEKS_HORIZON), Urgency::Weeks),
            (Some(WEEKS_HORIZON + 1), Urgency::Later),
            (None, Urgency::Later),
        ] {
            assert_eq!(Urgency::of(c, &due(latest, days), day0), want, "{days:?}");
        }
        // `genast` is now, whatever its date.
        assert_eq!(
            Urgency::of(c, &due(id("akut_fara_112"), Some(0)), day0),
            Urgency::Now
        );
    }

    #[test]
    fn a_deadline_without_duties_times_its_step_and_own_deadlines_win() {
        let c = crate::embedded::content();
        let day0 = Date {
            year: 2026,
            month: 11,
            day: 28,
        };
        let all = crate::engine::Answers::parse(c, &["barn_utsatt=ja", "skyddat_boende=ja"])
            .unwrap_or_else(|e| panic!("{e}"));
        let d = Deadlines::new(c, crate::engine::timeline(c, &all, day0), day0);
        let duty = |s: &str| c.duty_index(s).unwrap_or_else(|| panic!("no duty {s}"));
        let step = |s: &str| c.step_index(s).unwrap_or(usize::MAX);
        let t = d.timing(c, duty("soc_skyddsbedomning_barn"), step("akut"));
        assert_eq!(
            t.as_ref().map(|t| (t.via, t.due.date)),
            Some((Via::Duty, Some(add_days(day0, 1))))
        );
        let t = d.timing(c, duty("hs_akut_vard"), step("akut"));
        assert_eq!(
            t.map(|t| (t.via, t.due.date)),
            Some((Via::Step, Some(add_days(day0, 1))))
        );
        // The reflection period runs beside the police's application; it does not time it.
        let t = d.timing(c, duty("pol_fu_tut_akut"), step("akut"));
        assert_eq!(t.map(|t| t.via), Some(Via::Step));
        assert_eq!(
            d.timing(c, duty("soc_foljer_upp"), step("langsiktigt")),
            None
        );
    }
}
