//! The action plan: every duty that applies or may apply in the process, grouped by urgency (*Nu*,
//! *I dag / senast i morgon*, *Inom veckor*, *Längre sikt*; see [`super::urgency`]), each with its
//! deadline as a date from the discovery, the contacts to call for it (reachable now first) and the
//! guidance that concerns it; with "my role", my duties first and the others apart. On top, whom to call
//! in which order now; at the end, the questions that still decide something.
//!
//! Everything comes from content: deadlines and steps give the urgency, conditions the statuses, the
//! escalation chain the call order. The navigator and every output format draw this one structure.

use super::by_duty::ByDuty;
use super::calendar::LocalTime;
use super::guidance::GuidanceStatus;
use super::reach::{ReachNow, call_order, reach_at};
use super::relevance::{Decider, Relevance};
use super::urgency::{Deadlines, Timing, Urgency};
use super::{Answers, Due, Status, in_scope, timeline};
use crate::model::{Content, DeadlineKind};

/// What the plan is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanOptions {
    /// When the case was discovered (Swedish local time): deadlines count from its date.
    pub discovery: LocalTime,
    /// Whether `discovery` has a time of day the user gave (otherwise only its date means something).
    pub clock: bool,
    /// The time for reachability ("who can be reached now").
    pub at: LocalTime,
    /// "My role": an actor index. Its duties come first; the others go to [`Plan::others`].
    pub role: Option<usize>,
    /// Include the reference tracks (the 2005 city programme), which are left out by default.
    pub tracks: bool,
}

/// A contact to call and whether it can be reached at the plan's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Call {
    /// Index into `Content::contacts`.
    pub contact: usize,
    pub reach: ReachNow,
}

/// One duty of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRow {
    /// Index into `Content::duties`.
    pub duty: usize,
    pub status: Status,
    /// For `MayApply`: the unanswered questions that would decide it.
    pub depends_on: Vec<usize>,
    /// What orders it: its own deadline or its step's frame; `None` when the content gives no time.
    pub timing: Option<Timing>,
    /// Every deadline linked to the duty that applies or may apply, soonest first (also periods that
    /// run beside it, such as the reflection period).
    pub deadlines: Vec<Due>,
    /// Whom to call for it: the duty's own contacts and those attached to its actor or step, that serve
    /// the case, reachable now first.
    pub contacts: Vec<Call>,
    /// Indices into [`Plan::guidance`]: the guidance items shown with this row (each item is shown
    /// once, with the first row it concerns).
    pub guidance: Vec<usize>,
}

/// One urgency group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSection {
    pub urgency: Urgency,
    /// Most urgent first: by date, own deadlines before the step's frame, then by step and content.
    pub rows: Vec<PlanRow>,
    /// Time that runs in this group without a row of its own: a step's frame ("de första timmarna
    /// eller dygnet"), a period such as the reflection period, a deadline whose duties are not listed.
    pub times: Vec<Due>,
    /// Indices into [`Plan::guidance`]: items that concern no listed row, shown with the group of
    /// their step.
    pub guidance: Vec<usize>,
}

/// The action plan for a set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub options: PlanOptions,
    /// Whom to call now, in order: 112 first at acute danger; a closed office-hours line last.
    pub call_order: Vec<Call>,
    /// The groups (with a role: my duties), most urgent first; only groups with something in them.
    pub sections: Vec<PlanSection>,
    /// With a role: the other actors' duties ("Andra aktörer gör"), grouped the same way.
    pub others: Vec<PlanSection>,
    /// Every guidance item that applies or may apply, in content order; rows and sections point here.
    pub guidance: Vec<GuidanceStatus>,
    /// The unanswered questions that still decide something: whom to call first, then most decisive.
    pub questions: Vec<Relevance>,
    /// Every contact of the plan: those always shown that serve the case, then the rows' own,
    /// reachable now first.
    pub contacts: Vec<Call>,
}

impl Plan {
    /// Every row, mine (or all) first, in plan order.
    pub fn rows(&self) -> impl Iterator<Item = &PlanRow> {
        self.sections
            .iter()
            .chain(&self.others)
            .flat_map(|s| s.rows.iter())
    }

    /// How many rows apply and how many may apply.
    pub fn counts(&self) -> (usize, usize) {
        let applies = self.rows().filter(|r| r.status == Status::Applies).count();
        (applies, self.rows().count() - applies)
    }
}

/// Reachable now first (open, likely open, a named alternative), otherwise in the given order.
fn reachable_first(calls: &mut [Call]) {
    calls.sort_by_key(|k| !k.reach.state.worth_calling());
}

/// Reachability at the plan's time, worked out once per kind of hours: it depends on nothing else, and
/// the calendar (holidays, eves) is the costly part.
struct Reachability {
    at: LocalTime,
    /// By `ReachKind` (0–2), and 3 for a contact whose hours the content does not give.
    known: [Option<ReachNow>; 4],
}

impl Reachability {
    fn new(at: LocalTime) -> Reachability {
        Reachability {
            at,
            known: [None; 4],
        }
    }

    fn call(&mut self, c: &Content, contact: usize) -> Call {
        let k = &c.contacts[contact];
        let slot = k.reach.as_ref().map_or(3, |r| r.kind as usize);
        let reach = *self.known[slot].get_or_insert_with(|| reach_at(k, self.at));
        Call { contact, reach }
    }
}

/// The contacts of one duty that serve the case, with their reachability. `attached` are the contacts
/// attached to actors or steps (a municipality's own socialjour, say; usually none).
fn row_contacts(
    c: &Content,
    answers: &Answers,
    duty: usize,
    attached: &[usize],
    reach: &mut Reachability,
) -> Vec<Call> {
    let d = &c.duties[duty];
    let attached = attached.iter().copied().filter(|&k| {
        let x = &c.contacts[k];
        x.actors.contains(&d.actor) || x.steps.contains(&d.step)
    });
    let mut out: Vec<Call> = Vec::new();
    for k in d.contacts.iter().copied().chain(attached) {
        if c.contacts[k].serves(&answers.0) && !out.iter().any(|x| x.contact == k) {
            out.push(reach.call(c, k));
        }
    }
    reachable_first(&mut out);
    out
}

/// Puts `row` into the group `u` of `sections`, creating the group.
fn section(sections: &mut Vec<PlanSection>, u: Urgency) -> &mut PlanSection {
    let pos = match sections.iter().position(|s| s.urgency == u) {
        Some(p) => p,
        None => {
            sections.push(PlanSection {
                urgency: u,
                rows: Vec::new(),
                times: Vec::new(),
                guidance: Vec::new(),
            });
            sections.len() - 1
        }
    };
    &mut sections[pos]
}

/// Builds the plan for `answers`.
pub fn plan(c: &Content, answers: &Answers, options: PlanOptions) -> Plan {
    let day0 = options.discovery.date;
    let deadlines = Deadlines::new(c, timeline(c, answers, day0), day0);
    let mut sections: Vec<PlanSection> = Vec::new();
    let mut others: Vec<PlanSection> = Vec::new();

    let mut order: Vec<usize> = (0..c.duties.len())
        .filter(|&i| in_scope(c, c.duties[i].step, options.tracks))
        .collect();
    order.sort_unstable_by_key(|&i| (c.duties[i].step, i));
    let mut listed = vec![false; c.duties.len()];
    let attached: Vec<usize> = (0..c.contacts.len())
        .filter(|&k| !c.contacts[k].actors.is_empty() || !c.contacts[k].steps.is_empty())
        .collect();
    let mut decider = Decider::new(c, answers);
    let mut reach = Reachability::new(options.at);
    for i in order {
        let d = &c.duties[i];
        let Some((status, depends_on)) = decider.judge(d.when.as_ref()) else {
            continue;
        };
        listed[i] = true;
        let timed = deadlines.timing_index(c, i, d.step);
        let urgency = timed.map_or(Urgency::Later, |(k, _)| deadlines.urgency[k]);
        let timing = timed.map(|(k, via)| Timing {
            due: deadlines.due[k].clone(),
            via,
        });
        let row = PlanRow {
            duty: i,
            status: super::assess::historical_if(c, d.step, status),
            depends_on,
            timing,
            deadlines: deadlines
                .linked(i)
                .map(|k| deadlines.due[k].clone())
                .collect(),
            contacts: row_contacts(c, answers, i, &attached, &mut reach),
            guidance: Vec::new(),
        };
        let mine = options.role.is_none_or(|r| d.actor == r);
        let target = if mine { &mut sections } else { &mut others };
        section(target, urgency).rows.push(row);
    }
    for s in sections.iter_mut().chain(others.iter_mut()) {
        s.rows.sort_by_cached_key(|r| {
            let t = r.timing.as_ref();
            (
                t.map(|t| c.deadlines[t.due.deadline].kind != DeadlineKind::Immediately),
                t.and_then(|t| t.due.date),
                t.map(|t| t.via),
                c.duties[r.duty].step,
                r.duty,
            )
        });
    }

    // Time that runs without a row: frames, periods, and deadlines none of whose duties is listed.
    for (i, d) in deadlines.due.iter().enumerate() {
        let dl = &c.deadlines[d.deadline];
        let on_a_row = dl.kind != DeadlineKind::Period && dl.duties.iter().any(|&k| listed[k]);
        if !on_a_row && in_scope(c, dl.step, options.tracks) {
            section(&mut sections, deadlines.urgency[i])
                .times
                .push(d.clone());
        }
    }

    // Guidance: with the first row (in plan order) it concerns, else with the group of its step.
    let guidance: Vec<GuidanceStatus> = (0..c.guidance.len())
        .filter(|&g| in_scope(c, c.guidance[g].step, options.tracks))
        .filter_map(|g| {
            let (status, depends_on) = decider.judge(c.guidance[g].when.as_ref())?;
            Some(GuidanceStatus {
                guidance: g,
                status,
                depends_on,
            })
        })
        .collect();
    // Per duty, the listed guidance items that concern it, in content order.
    let pairs: Vec<(usize, usize)> = guidance
        .iter()
        .enumerate()
        .flat_map(|(g, gs)| c.guidance[gs.guidance].duties.iter().map(move |&d| (d, g)))
        .collect();
    let concerning = ByDuty::new(c.duties.len(), &pairs);
    let mut placed = vec![false; guidance.len()];
    for s in sections.iter_mut().chain(others.iter_mut()) {
        for row in &mut s.rows {
            for &g in concerning.get(row.duty) {
                if !placed[g] {
                    placed[g] = true;
                    row.guidance.push(g);
                }
            }
        }
    }
    for (g, gs) in guidance.iter().enumerate() {
        if !placed[g] {
            let u = deadlines.step_urgency(c.guidance[gs.guidance].step);
            section(&mut sections, u).guidance.push(g);
        }
    }
    sections.sort_by_key(|s| s.urgency);
    others.sort_by_key(|s| s.urgency);

    let call_order: Vec<Call> = call_order(c, answers, options.at)
        .into_iter()
        .map(|(contact, reach)| Call { contact, reach })
        .collect();
    let mut contacts: Vec<Call> = Vec::new();
    let always = (0..c.contacts.len())
        .filter(|&k| c.contacts[k].always && c.contacts[k].serves(&answers.0))
        .map(|k| reach.call(c, k))
        .collect::<Vec<_>>();
    let from_rows = sections
        .iter()
        .chain(&others)
        .flat_map(|s| s.rows.iter().flat_map(|r| r.contacts.iter().copied()));
    let mut seen = vec![false; c.contacts.len()];
    for k in always.into_iter().chain(from_rows) {
        if !std::mem::replace(&mut seen[k.contact], true) {
            contacts.push(k);
        }
    }
    reachable_first(&mut contacts);

    Plan {
        options,
        call_order,
        sections,
        others,
        guidance,
        questions: super::relevance::with_urgency(c, answers, decider.relevance()),
        contacts,
    }
}
