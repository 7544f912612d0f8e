//! The navigator's whole state: one [`App`]. Derived data (the assessment) lives here too, recomputed by
//! `update` when answers, step or role change, so rendering only reads.

use crate::engine::{self, Answers, Assessment, DutyStatus, Hit, Scope, SearchIndex};
use crate::i18n::{Lang, Msg, text};
use crate::model::{Content, Date};

use super::dialog::{ExportDialog, ExportRequest};
pub use super::screen::{LayoutMode, Pane, View};
use super::theme::{Theme, ThemeKind};

/// The navigator's state.
pub struct App<'c> {
    /// The content shown: the Swedish, or under `--lang en` its unofficial English translation.
    pub content: &'c Content,
    /// The authoritative Swedish when `content` is a translation, `None` when it is the Swedish. The
    /// same items at the same indices, so any index into `content` (a duty, a question, a contact) is
    /// also one into it: what a toggle to the original shows, and what search also looks in.
    pub swedish: Option<&'c Content>,
    /// Built on the first search, then kept: every later keystroke only scans it. Not at start-up,
    /// where folding all content would delay the first frame for users who never search.
    pub index: std::cell::OnceCell<SearchIndex<'c>>,
    /// The Swedish original's index, beside `index` when `content` is a translation.
    pub index_sv: std::cell::OnceCell<SearchIndex<'c>>,
    pub answers: Answers,
    /// The whole content under the current answers (for the summary and contacts).
    pub assessment: Assessment,
    /// Listed duties of the selected step: my role first, then by actor, then content order.
    pub step_duties: Vec<DutyStatus>,
    /// Duties of the selected step that do not apply under the answers.
    pub hidden_in_step: usize,
    pub step: usize,
    pub view: View,
    pub pane: Pane,
    pub question: usize,
    /// Index into `step_duties`.
    pub duty: usize,
    /// Index into the selected duty's contacts.
    pub detail_contact: usize,
    /// Index into [`App::visible_contacts`].
    pub contact: usize,
    /// Distinct target groups and regions of the contacts, for the filters.
    pub groups: Vec<String>,
    pub regions: Vec<String>,
    pub group_filter: Option<usize>,
    pub region_filter: Option<usize>,
    pub law: usize,
    /// Selected cell of the actors view: (actor, step).
    pub cell: (usize, usize),
    pub query: String,
    pub hits: Vec<Hit>,
    pub hit: usize,
    pub summary_scroll: usize,
    /// Scroll offset of the timeline.
    pub timeline_scroll: usize,
    /// The time for reachability marks on the emergency line; `None` leaves them out (tests).
    pub now: Option<crate::engine::calendar::LocalTime>,
    pub help_open: bool,
    pub help_scroll: usize,
    /// "My role": an actor index.
    pub role: Option<usize>,
    pub size: (u16, u16),
    pub layout: LayoutMode,
    pub theme: Theme,
    pub lang: Lang,
    /// Today, for the age of contact information (fixed in tests).
    pub today: Date,
    /// A one-line message for the user (copied, reset…).
    pub status: Option<String>,
    /// A phone number the shell should put on the clipboard (OSC 52) and then clear.
    pub clipboard: Option<String>,
    /// The export dialog, when open (`e`).
    pub export: Option<ExportDialog>,
    /// A file the shell should write and then clear, feeding the outcome back as an action.
    pub export_request: Option<ExportRequest>,
    pub should_quit: bool,
}

impl<'c> App<'c> {
    /// A fresh navigator on `content`, every question unanswered.
    pub fn new(
        content: &'c Content,
        lang: Lang,
        theme: ThemeKind,
        role: Option<usize>,
        today: Date,
    ) -> App<'c> {
        let distinct = |f: fn(&crate::model::Contact) -> &str| {
            let mut v: Vec<String> = Vec::new();
            for k in content.contacts.iter() {
                if !v.iter().any(|x| x == f(k)) {
                    v.push(f(k).to_string());
                }
            }
            v
        };
        let mut app = App {
            content,
            swedish: None,
            index: std::cell::OnceCell::new(),
            index_sv: std::cell::OnceCell::new(),
            answers: Answers::new(content),
            assessment: Assessment::default(),
            step_duties: Vec::new(),
            hidden_in_step: 0,
            step: 0,
            view: View::Main,
            pane: Pane::Questions,
            question: 0,
            duty: 0,
            detail_contact: 0,
            contact: 0,
            groups: distinct(|k| &k.target_group),
            regions: distinct(|k| &k.region),
            group_filter: None,
            region_filter: None,
            law: 0,
            cell: (0, 0),
            query: String::new(),
            hits: Vec::new(),
            hit: 0,
            summary_scroll: 0,
            timeline_scroll: 0,
            now: None,
            help_open: false,
            help_scroll: 0,
            role,
            size: (120, 40),
            layout: LayoutMode::Wide,
            theme: Theme::of(theme),
            lang,
            today,
            status: None,
            clipboard: None,
            export: None,
            export_request: None,
            should_quit: false,
        };
        app.recompute();
        app
    }

    /// The navigator with `swedish`, the original of its content when that is a translation.
    pub fn with_swedish(mut self, swedish: Option<&'c Content>) -> App<'c> {
        self.swedish = swedish;
        self
    }

    /// The content in `lang`'s place: the shown one, or the Swedish original when there is one and
    /// Swedish is asked for (for a toggle between the translation and the original).
    pub fn content_in(&self, lang: Lang) -> &'c Content {
        match (lang, self.swedish) {
            (Lang::Sv, Some(sv)) => sv,
            _ => self.content,
        }
    }

    /// The best `limit` hits for `query`, the indexes built on first use. In a translation the Swedish
    /// original is searched too, its snippets marked "(sv) ".
    pub fn search_hits(&self, query: &str, limit: usize) -> Vec<Hit> {
        let shown = self.index.get_or_init(|| SearchIndex::new(self.content));
        match self.swedish {
            None => shown.search_top(query, limit),
            Some(sv) => {
                let original = self.index_sv.get_or_init(|| SearchIndex::new(sv));
                engine::search_both(shown, original, query, limit)
                    .into_iter()
                    .map(|h| h.marked(crate::report::bilingual::SWEDISH_MARK))
                    .collect()
            }
        }
    }

    /// Recomputes the derived data after answers, step or role changed; keeps selections in range.
    pub fn recompute(&mut self) {
        let c = self.content;
        self.assessment = engine::assess(c, &self.answers, Scope::default());
        let mut listed = engine::assess(
            c,
            &self.answers,
            Scope {
                step: Some(self.step),
                role: None,
            },
        )
        .duties;
        let role = self.role;
        listed.sort_by_key(|s| {
            let d = &c.duties[s.duty];
            (!role.is_some_and(|r| d.involves(r)), d.actor, s.duty)
        });
        let total = c.duties.iter().filter(|d| d.step == self.step).count();
        self.hidden_in_step = total - listed.len();
        self.step_duties = listed;
        self.clamp();
    }

    /// Keeps every selection inside its list.
    pub fn clamp(&mut self) {
        let last = |n: usize| n.saturating_sub(1);
        self.duty = self.duty.min(last(self.step_duties.len()));
        self.question = self.question.min(last(self.content.questions.len()));
        self.step = self.step.min(last(self.content.steps.len()));
        self.detail_contact = self.detail_contact.min(last(self.duty_contacts().len()));
        self.contact = self.contact.min(last(self.visible_contacts().len()));
        self.law = self.law.min(last(self.content.law.len()));
        self.hit = self.hit.min(last(self.hits.len()));
        self.cell.0 = self.cell.0.min(last(self.content.actors.len()));
        self.cell.1 = self.cell.1.min(last(self.content.steps.len()));
    }

    /// The selected duty's status, if the step lists any.
    pub fn selected_duty(&self) -> Option<&DutyStatus> {
        self.step_duties.get(self.duty)
    }

    /// The contacts of the selected duty.
    pub fn duty_contacts(&self) -> &[usize] {
        self.selected_duty()
            .map_or(&[][..], |s| &self.content.duties[s.duty].contacts[..])
    }

    /// Indices of the contacts that pass the target-group and region filters.
    pub fn visible_contacts(&self) -> Vec<usize> {
        let g = self.group_filter.and_then(|i| self.groups.get(i));
        let r = self.region_filter.and_then(|i| self.regions.get(i));
        self.content
            .contacts
            .iter()
            .enumerate()
            .filter(|(_, k)| g.is_none_or(|g| *g == k.target_group))
            .filter(|(_, k)| r.is_none_or(|r| *r == k.region))
            .map(|(i, _)| i)
            .collect()
    }

    /// The contacts of the emergency line: `always` and without a condition. With a time, in the order
    /// to call them then (by urgency: 112 first unless acute danger is ruled out, the support line first
    /// only for advice, a closed line last); otherwise in content order.
    pub fn emergency_contacts(&self) -> Vec<usize> {
        if let Some(now) = self.now {
            let mut order: Vec<usize> =
                crate::engine::reach::call_order(self.content, &self.answers, now)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect();
            if !order.is_empty() {
                for (i, k) in self.content.contacts.iter().enumerate() {
                    if k.always && k.when.is_none() && !order.contains(&i) {
                        order.push(i);
                    }
                }
                return order;
            }
        }
        self.content
            .contacts
            .iter()
            .enumerate()
            .filter(|(_, k)| k.always && k.when.is_none())
            .map(|(i, _)| i)
            .collect()
    }

    /// The contact a copy key acts on in the current view, if any.
    pub fn selected_contact(&self) -> Option<usize> {
        match self.view {
            View::Contacts => self.visible_contacts().get(self.contact).copied(),
            View::Main => self.duty_contacts().get(self.detail_contact).copied(),
            View::Search => match self.hits.get(self.hit)?.item {
                engine::ItemRef::Contact(k) => Some(k),
                _ => None,
            },
            _ => None,
        }
    }

    /// The duties of actor `a` in step `s`, in content order.
    pub fn cell_duties(&self, a: usize, s: usize) -> Vec<usize> {
        (0..self.content.duties.len())
            .filter(|&d| self.content.duties[d].involves(a) && self.content.duties[d].step == s)
            .collect()
    }

    /// The duties citing law item `l`.
    pub fn law_duties(&self, l: usize) -> Vec<usize> {
        self.content.duties_citing(l)
    }

    /// A message from the catalogue in the UI language.
    pub fn t(&self, m: Msg) -> &'static str {
        text(self.lang, m)
    }
}
