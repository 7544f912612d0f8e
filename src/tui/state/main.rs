//! The main view's state: the selected step, pane, question, duty and contact, and the duties of the
//! step under the answers (derived, recomputed when answers, step or role change).

use crate::engine::{self, Answers, DutyStatus, Scope};
use crate::model::Content;
use crate::tui::screen::Pane;

/// Where the user is in the main view, and the step's duties under the current answers.
#[derive(Debug, Clone, Default)]
pub struct MainState {
    pub step: usize,
    pub pane: Pane,
    pub question: usize,
    /// Index into `step_duties`.
    pub duty: usize,
    /// Index into the selected duty's contacts.
    pub detail_contact: usize,
    /// Scroll offset of the step's page (intro and guidance).
    pub page_scroll: usize,
    /// Listed duties of the selected step: my role first, then by actor, then content order.
    pub step_duties: Vec<DutyStatus>,
    /// Duties of the selected step that do not apply under the answers.
    pub hidden_in_step: usize,
}

impl MainState {
    /// Lists the selected step's duties under `answers`, `role`'s own first.
    pub fn recompute(&mut self, c: &Content, answers: &Answers, role: Option<usize>) {
        let scope = Scope {
            step: Some(self.step),
            role: None,
        };
        let mut listed = engine::assess(c, answers, scope).duties;
        listed.sort_by_key(|s| {
            let d = &c.duties[s.duty];
            (!role.is_some_and(|r| d.involves(r)), d.actor, s.duty)
        });
        let total = c.duties.iter().filter(|d| d.step == self.step).count();
        self.hidden_in_step = total - listed.len();
        self.step_duties = listed;
        self.clamp(c);
    }

    /// Keeps every selection inside its list.
    pub fn clamp(&mut self, c: &Content) {
        let last = |n: usize| n.saturating_sub(1);
        self.step = self.step.min(last(c.steps.len()));
        self.question = self.question.min(last(c.questions.len()));
        self.duty = self.duty.min(last(self.step_duties.len()));
        self.detail_contact = self.detail_contact.min(last(self.duty_contacts(c).len()));
    }

    /// The selected duty's status, if the step lists any.
    pub fn selected_duty(&self) -> Option<&DutyStatus> {
        self.step_duties.get(self.duty)
    }

    /// The contacts of the selected duty.
    pub fn duty_contacts<'c>(&self, c: &'c Content) -> &'c [usize] {
        self.selected_duty()
            .map_or(&[][..], |s| &c.duties[s.duty].contacts[..])
    }

    /// Whether the selected step has no duties at all (not only none under these answers): its page
    /// of guidance is what there is to read.
    pub fn step_has_no_duties(&self, c: &Content) -> bool {
        self.step_duties.is_empty() && self.hidden_in_step == 0 && !c.steps.is_empty()
    }
}
