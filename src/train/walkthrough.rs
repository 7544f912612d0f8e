//! The walkthrough of one scenario as plain state: pages in order (intro, the narrative one part at a
//! time, the answers the class decides before the reveal, the duties the case's answers make apply —
//! one page per actor —, what the case leaves open, the quiz, discussion, result) and the changes
//! between them. Nothing here draws; `view` renders this state, and `super::update` adds scrolling
//! within a page, which needs the page's length on screen.

use super::quiz::{self, Score};
use crate::engine::{self, Answers, DutyStatus, Scope, Status};
use crate::model::{Content, Scenario};

/// How many quiz questions a walkthrough asks at most.
pub const QUIZ_LEN: usize = 5;

/// One screen of the walkthrough.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Title, target group, sources.
    Intro,
    /// Narrative part `n` (index into the scenario's parts).
    Part(usize),
    /// The class decides answer `n` (index into the scenario's answers), then it is revealed.
    Decide(usize),
    /// The duties of actor group `n` (index into [`Walkthrough::groups`]).
    Duties(usize),
    /// The questions the case leaves open, and the duties that hang on them.
    Open,
    /// Quiz question `n`.
    Quiz(usize),
    /// Discussion questions and learning points.
    Discussion,
    /// The quiz score and the decisions.
    Score,
}

/// What the user asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Forward: the rest of a long page first, then (on an unrevealed decision: the reveal) the next.
    Next,
    /// Back: up a long page first, then the page before.
    Back,
    /// Scroll up one line.
    Up,
    /// Scroll down one line.
    Down,
    /// Choose option `n` (0-based) on a decision or quiz page: the only way a choice is recorded.
    Pick(usize),
    /// Enter: forward, as `Next` — never a choice (the digits choose).
    Confirm,
    /// Open or close the list of keys.
    ToggleHelp,
    /// Give the terminal back and stop until `fg` (Ctrl-Z; performed by the event loop).
    Suspend,
    /// Leave the walkthrough.
    Quit,
    /// The terminal has a new size (columns, rows).
    Resize(u16, u16),
}

/// What the event loop does after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// Suspend the process, then continue.
    Suspend,
    Quit,
}

/// The state of a walkthrough of one scenario.
#[derive(Debug, Clone)]
pub struct Walkthrough<'c> {
    pub content: &'c Content,
    /// Index into [`Content::scenarios`].
    pub scenario: usize,
    pub pages: Vec<Page>,
    /// Index into `pages`.
    pub pos: usize,
    /// Lines the current page is scrolled by.
    pub scroll: usize,
    /// The terminal's size (columns, rows): a long page scrolls by screenfuls.
    pub size: (u16, u16),
    /// Per scenario answer: the option the class chose before the reveal.
    pub decided: Vec<Option<usize>>,
    /// Per scenario answer: whether it has been revealed.
    pub revealed: Vec<bool>,
    /// The scenario's answers as engine answers.
    pub answers: Answers,
    /// The duties the answers make apply (or, in a historical track, the commitments), one group per
    /// actor in order of first appearance, duties in content order.
    pub groups: Vec<(usize, Vec<DutyStatus>)>,
    /// The questions the case leaves open, each with the duties that hang on it (most first).
    pub open: Vec<(usize, Vec<usize>)>,
    pub quiz: Vec<quiz::Question>,
    /// Per quiz question: the option position chosen.
    pub chosen: Vec<Option<usize>>,
    /// The list of keys is shown instead of the page.
    pub help_open: bool,
}

impl<'c> Walkthrough<'c> {
    /// Starts a walkthrough of scenario `scenario` (an index into `content.scenarios`).
    pub fn new(content: &'c Content, scenario: usize) -> Walkthrough<'c> {
        let s = &content.scenarios[scenario];
        let mut answers = Answers::new(content);
        for a in s.answers.iter() {
            answers.set(a.question, Some(a.value));
        }
        // The steps the case is about: those of its key duties (every step when it names none).
        let mut steps: Vec<usize> = s
            .key_duties
            .iter()
            .map(|&d| content.duties[d].step)
            .collect();
        if steps.is_empty() {
            steps = (0..content.steps.len()).collect();
        }
        steps.sort_unstable();
        steps.dedup();
        let mut groups: Vec<(usize, Vec<DutyStatus>)> = Vec::new();
        let mut open: Vec<(usize, Vec<usize>)> = Vec::new();
        for &step in &steps {
            // Step by step, so a reference track (the 2005 programme) is assessed too.
            let scope = Scope {
                step: Some(step),
                role: None,
            };
            for ds in engine::assess(content, &answers, scope).duties {
                if ds.status == Status::MayApply {
                    for &q in &ds.depends_on {
                        match open.iter_mut().find(|(x, _)| *x == q) {
                            Some((_, v)) => v.push(ds.duty),
                            None => open.push((q, vec![ds.duty])),
                        }
                    }
                    continue;
                }
                let actor = content.duties[ds.duty].actor;
                match groups.iter_mut().find(|(a, _)| *a == actor) {
                    Some((_, v)) => v.push(ds),
                    None => groups.push((actor, vec![ds])),
                }
            }
        }
        open.sort_by_key(|(q, v)| (std::cmp::Reverse(v.len()), *q));
        // The key duties and contacts first; the other duties the case makes apply fill in when those
        // give too few fair questions.
        let more: Vec<usize> = groups
            .iter()
            .flat_map(|(_, v)| v.iter().map(|d| d.duty))
            .filter(|d| !s.key_duties.contains(d))
            .collect();
        let subjects = quiz::Subjects {
            duties: &s.key_duties,
            contacts: &s.key_contacts,
            more: &more,
        };
        let quiz = quiz::build(content, &answers, subjects, QUIZ_LEN, quiz::seed_of(&s.id));
        let mut pages = vec![Page::Intro];
        pages.extend((0..s.parts.len()).map(Page::Part));
        pages.extend(
            s.answers
                .iter()
                .enumerate()
                .filter(|(_, a)| a.decide)
                .map(|(i, _)| Page::Decide(i)),
        );
        pages.extend((0..groups.len()).map(Page::Duties));
        if !open.is_empty() {
            pages.push(Page::Open);
        }
        pages.extend((0..quiz.len()).map(Page::Quiz));
        pages.push(Page::Discussion);
        pages.push(Page::Score);
        Walkthrough {
            content,
            scenario,
            pages,
            pos: 0,
            scroll: 0,
            size: (100, 30),
            decided: vec![None; s.answers.len()],
            revealed: s.answers.iter().map(|a| !a.decide).collect(),
            answers,
            groups,
            open,
            chosen: vec![None; quiz.len()],
            quiz,
            help_open: false,
        }
    }

    /// The scenario walked through.
    pub fn scenario(&self) -> &'c Scenario {
        &self.content.scenarios[self.scenario]
    }

    /// The current page.
    pub fn page(&self) -> Page {
        self.pages.get(self.pos).copied().unwrap_or(Page::Score)
    }

    /// Progress as (current page, 1-based; number of pages), shown as "3/7".
    pub fn progress(&self) -> (usize, usize) {
        (self.pos + 1, self.pages.len())
    }

    /// How many options the current page offers, and whether a choice can still be made.
    pub fn choice(&self) -> Option<usize> {
        match self.page() {
            Page::Decide(i) if !self.revealed[i] => {
                let q = self.scenario().answers[i].question;
                Some(self.content.questions[q].options.len())
            }
            Page::Quiz(i) if self.chosen[i].is_none() => Some(self.quiz[i].options.len()),
            _ => None,
        }
    }

    /// The quiz so far: right answers out of those answered (a skipped question does not count).
    pub fn score(&self) -> Score {
        let correct: Vec<usize> = self.quiz.iter().map(|q| q.correct).collect();
        Score::of(&correct, &self.chosen)
    }

    /// The decisions: the class's choices before the reveals that matched the answer, out of those
    /// made, out of all the answers to decide.
    pub fn decisions(&self) -> Score {
        let s = self.scenario();
        let (right, chosen): (Vec<usize>, Vec<Option<usize>>) = s
            .answers
            .iter()
            .zip(&self.decided)
            .filter(|(a, _)| a.decide)
            .map(|(a, d)| (a.value, *d))
            .unzip();
        Score::of(&right, &chosen)
    }

    fn go(&mut self, pos: usize) {
        self.pos = pos.min(self.pages.len().saturating_sub(1));
        self.scroll = 0;
    }

    fn pick(&mut self, n: usize) {
        match self.page() {
            Page::Decide(i) if !self.revealed[i] => {
                self.decided[i] = Some(n);
                self.revealed[i] = true;
            }
            Page::Quiz(i) if self.chosen[i].is_none() => self.chosen[i] = Some(n),
            _ => {}
        }
    }

    /// Applies one action page by page (scrolling within a page is `super::update`'s); says whether to
    /// go on. Nothing but a digit (`Pick`) records a choice: Enter and → only move forward, and on an
    /// unrevealed decision they reveal it with no choice made.
    pub fn update(&mut self, action: Action) -> Flow {
        match action {
            Action::Quit => return Flow::Quit,
            Action::Suspend => return Flow::Suspend,
            Action::ToggleHelp => self.help_open = !self.help_open,
            Action::Next | Action::Confirm => match self.page() {
                Page::Decide(i) if !self.revealed[i] => self.revealed[i] = true,
                _ => self.go(self.pos + 1),
            },
            Action::Back => self.go(self.pos.saturating_sub(1)),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll += 1,
            Action::Pick(n) => {
                if self.choice().is_some_and(|len| n < len) {
                    self.pick(n);
                }
            }
            Action::Resize(w, h) => self.size = (w, h),
        }
        Flow::Continue
    }
}

#[cfg(test)]
#[path = "walkthrough_tests.rs"]
mod tests;
