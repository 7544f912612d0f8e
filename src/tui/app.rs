//! The navigator's whole state: one [`App`] holding what every view shares — the content (and, under
//! `--lang en`, the Swedish original beside its unofficial translation), the answers and their
//! assessment, my role, the language, theme and size, the discovery time — and one state per view
//! ([`super::state`]), so a view's render reads the shared data and its own state. Derived data (the
//! assessment, the step's duties) is recomputed by `update` when answers, step or role change, so
//! rendering only reads.

use crate::engine::calendar::LocalTime;
use crate::engine::{self, Answers, Assessment, Scope};
use crate::i18n::{Lang, Msg, text};
use crate::model::{Content, Date};

use super::dialog::{ExportDialog, ExportRequest};
pub use super::screen::{LayoutMode, Pane, View};
use super::state::actors::ActorsState;
use super::state::contacts::ContactsState;
use super::state::glossary::GlossaryState;
use super::state::law::LawState;
use super::state::main::MainState;
use super::state::modal::Modal;
use super::state::plan::PlanState;
use super::state::scrolled::{HelpState, SummaryState, TimelineState};
use super::state::search::SearchState;
use super::state::source::SourceState;
use super::theme::{Theme, ThemeKind};

/// The navigator's state.
pub struct App<'c> {
    /// The content shown: the Swedish, or under `--lang en` its unofficial English translation.
    pub content: &'c Content,
    /// The authoritative Swedish when `content` is a translation, `None` when it is the Swedish. The
    /// same items at the same indices, so any index into `content` (a duty, a question, a contact) is
    /// also one into it: what a toggle to the original shows, and what search also looks in.
    pub swedish: Option<&'c Content>,
    pub answers: Answers,
    /// The whole content under the current answers (for the summary, the contacts and the export).
    pub assessment: Assessment,
    /// "My role": an actor index.
    pub role: Option<usize>,
    pub lang: Lang,
    pub theme: Theme,
    pub size: (u16, u16),
    pub layout: LayoutMode,
    /// Today, for the age of contact information (fixed in tests).
    pub today: Date,
    /// The time for reachability marks on the emergency line; `None` leaves them out (tests).
    pub now: Option<LocalTime>,
    /// When the case was discovered: deadlines count from its date. Start-up time unless set (`D`).
    pub discovery: LocalTime,
    /// The view on screen.
    pub view: View,
    /// The action plan for the answers (derived) and where the plan screen's focus is.
    pub plan: PlanState,
    pub main: MainState,
    pub contacts: ContactsState,
    pub law: LawState,
    pub actors: ActorsState,
    pub search: SearchState<'c>,
    pub summary: SummaryState,
    pub timeline: TimelineState,
    pub help: HelpState,
    /// The glossary (`B`, or `t` on an item with marked terms).
    pub glossary: GlossaryState,
    /// The source view (`s` on an item).
    pub source: SourceState,
    /// The translation, kept aside while `content` shows the Swedish original instead (`o`); `None`
    /// while the translation (or the Swedish, when that is the language) is shown.
    pub translation: Option<&'c Content>,
    /// The glossary's term finder for the shown content and for the other language's, built on first
    /// use (cheap, but not needed for the first frame).
    pub markers: [std::cell::OnceCell<crate::engine::TermMarker>; 2],
    /// The export dialog, when open (`e`).
    pub export: Option<ExportDialog>,
    /// Another dialog (quit, role, discovery time), when open.
    pub modal: Option<Modal>,
    /// A one-line message for the user (copied, reset…).
    pub status: Option<String>,
    /// A phone number the shell should put on the clipboard (OSC 52) and then clear.
    pub clipboard: Option<String>,
    /// A file the shell should write and then clear, feeding the outcome back as an action.
    pub export_request: Option<ExportRequest>,
    pub should_quit: bool,
}

impl<'c> App<'c> {
    /// A fresh navigator on `content`, every question unanswered, discovered at the start of `today`
    /// (the shell sets the real start-up time with [`App::discovered_at`]).
    pub fn new(
        content: &'c Content,
        lang: Lang,
        theme: ThemeKind,
        role: Option<usize>,
        today: Date,
    ) -> App<'c> {
        let discovery = LocalTime {
            date: today,
            hour: 0,
            minute: 0,
        };
        let mut app = App {
            content,
            swedish: None,
            answers: Answers::new(content),
            assessment: Assessment::default(),
            role,
            lang,
            theme: Theme::of(theme),
            size: (120, 40),
            layout: LayoutMode::Wide,
            today,
            now: None,
            discovery,
            view: View::Plan,
            plan: PlanState::new(content, &Answers::new(content), role, discovery, discovery),
            main: MainState::default(),
            contacts: ContactsState::new(content),
            law: LawState::default(),
            actors: ActorsState::default(),
            search: SearchState::default(),
            summary: SummaryState::default(),
            timeline: TimelineState::default(),
            help: HelpState::default(),
            glossary: GlossaryState::default(),
            source: SourceState::default(),
            translation: None,
            markers: Default::default(),
            export: None,
            modal: None,
            status: None,
            clipboard: None,
            export_request: None,
            should_quit: false,
        };
        app.recompute();
        app.main.question = app.first_question();
        app
    }

    /// The question the lists start on: the one that decides most now (the top of the adapted order).
    pub fn first_question(&self) -> usize {
        self.question_order().first().map_or(0, |&(q, _)| q)
    }

    /// The navigator with `swedish`, the original of its content when that is a translation.
    pub fn with_swedish(mut self, swedish: Option<&'c Content>) -> App<'c> {
        self.swedish = swedish;
        self
    }

    /// The same navigator, the case discovered at `at` (the shell passes the start-up time).
    pub fn discovered_at(mut self, at: LocalTime) -> App<'c> {
        self.discovery = at;
        self.recompute();
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

    /// Finds the glossary's terms in the texts of the content shown now (the translation's terms in
    /// the translation, the Swedish terms in the original).
    pub fn marker(&self) -> &crate::engine::TermMarker {
        let which = usize::from(self.translation.is_some());
        self.markers[which].get_or_init(|| crate::engine::TermMarker::new(self.content))
    }

    /// Runs the search view's query again (after it changed) over the shown content and, in a
    /// translation, the Swedish original too; selects the best hit.
    pub fn run_search(&mut self) {
        // The translation's index also while the original is shown: the same items at the same places.
        self.search
            .run(self.translation.unwrap_or(self.content), self.swedish);
    }

    /// Recomputes the derived data after answers, step or role changed; keeps selections in range.
    pub fn recompute(&mut self) {
        let c = self.content;
        self.assessment = engine::assess(c, &self.answers, Scope::default());
        self.main.recompute(c, &self.answers, self.role);
        // Reachability at the last clock reading (the loop sets it before each frame), else at the
        // discovery (tests).
        let at = self.now.unwrap_or(self.discovery);
        self.plan
            .recompute(c, &self.answers, self.role, self.discovery, at);
        self.clamp();
    }

    /// Keeps every selection inside its list.
    pub fn clamp(&mut self) {
        let c = self.content;
        let last = |n: usize| n.saturating_sub(1);
        self.main.clamp(c);
        let listed = self.contacts.listed(c, &self.answers).contacts.len();
        self.contacts.selected = self.contacts.selected.min(last(listed));
        self.law.selected = self.law.selected.min(last(c.law.len()));
        self.search.hit = self.search.hit.min(last(self.search.hits.len()));
        self.glossary.selected = self
            .glossary
            .selected
            .min(last(self.glossary.listed(c).len()));
        self.actors.cell.0 = self.actors.cell.0.min(last(c.actors.len()));
        self.actors.cell.1 = self.actors.cell.1.min(last(c.steps.len()));
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

    /// Every question in the order the question lists show them (see
    /// [`super::state::plan::question_order`]): those that still decide something first.
    pub fn question_order(&self) -> Vec<(usize, Option<crate::engine::Relevance>)> {
        super::state::plan::question_order(self.content, &self.answers, &self.plan.plan.questions)
    }

    /// The question `delta` places after `q` in the lists' order (before it when negative), kept
    /// inside the list.
    pub fn question_after(&self, q: usize, delta: isize) -> usize {
        let order: Vec<usize> = self.question_order().into_iter().map(|(q, _)| q).collect();
        let at = order.iter().position(|&x| x == q).unwrap_or(0);
        let to = super::update::moves::moved(at, delta, order.len());
        order.get(to).copied().unwrap_or(q)
    }

    /// The contact a copy key acts on in the current view, if any.
    pub fn selected_contact(&self) -> Option<usize> {
        let c = self.content;
        match self.view {
            View::Contacts => {
                let listed = self.contacts.listed(c, &self.answers);
                listed.contacts.get(self.contacts.selected).copied()
            }
            View::Main => self
                .main
                .duty_contacts(c)
                .get(self.main.detail_contact)
                .copied(),
            View::Plan => {
                let row = self.plan.plan.rows().nth(self.plan.row)?;
                row.contacts.first().map(|k| k.contact)
            }
            View::Search => match self.search.hits.get(self.search.hit)?.item {
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
