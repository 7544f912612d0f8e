//! The walkthrough of one scenario as plain state: pages in order (intro, the narrative one part at a
//! time, the answers the class decides before the reveal, the duties that follow grouped by actor, the
//! quiz, discussion, score) and `update(action)`. Nothing here draws; `view` renders this state.

use super::quiz::{self, Score};
use crate::engine::{self, Answers, DutyStatus, Scope};
use crate::model::{Content, Scenario};

/// How many quiz questions a walkthrough asks.
pub const QUIZ_LEN: usize = 5;

/// How many duties one page shows.
pub const DUTIES_PER_PAGE: usize = 4;

/// One screen of the walkthrough.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Title, target group, sources.
    Intro,
    /// Narrative part `n` (index into the scenario's parts).
    Part(usize),
    /// The class decides answer `n` (index into the scenario's answers), then it is revealed.
    Decide(usize),
    /// Duties of actor group `n` (index into [`Walkthrough::groups`]).
    Duties(usize),
    /// Quiz question `n`.
    Quiz(usize),
    /// Discussion questions and learning points.
    Discussion,
    /// The quiz score.
    Score,
}

/// What the user asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Forward (on an unrevealed decision: reveal first).
    Next,
    /// Back one page.
    Back,
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Choose option `n` (0-based) on a decision or quiz page.
    Pick(usize),
    /// Choose the selected option, or go forward when there is nothing to choose.
    Confirm,
    /// Open or close the list of keys.
    ToggleHelp,
    /// Give the terminal back and stop until `fg` (Ctrl-Z; performed by the event loop).
    Suspend,
    /// Leave the walkthrough.
    Quit,
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
    /// Highlighted option on a choice page.
    pub cursor: usize,
    /// Per scenario answer: the option the class chose before the reveal.
    pub decided: Vec<Option<usize>>,
    /// Per scenario answer: whether it has been revealed.
    pub revealed: Vec<bool>,
    /// The scenario's answers as engine answers.
    pub answers: Answers,
    /// The duties that follow, grouped by actor (actor index, duties in content order).
    pub groups: Vec<(usize, Vec<DutyStatus>)>,
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
        // The steps the case is about: those of its key duties (all steps when it names none).
        let steps: Vec<usize> = s
            .key_duties
            .iter()
            .map(|&d| content.duties[d].step)
            .collect();
        let assessment = engine::assess(content, &answers, Scope::default());
        let mut groups: Vec<(usize, Vec<DutyStatus>)> = Vec::new();
        for ds in assessment.duties {
            let d = &content.duties[ds.duty];
            if !steps.is_empty() && !steps.contains(&d.step) {
                continue;
            }
            match groups.iter_mut().find(|(a, _)| *a == d.actor) {
                Some((_, v)) => v.push(ds),
                None => groups.push((d.actor, vec![ds])),
            }
        }
        // One thing at a time: at most this many duties on a page.
        let groups: Vec<(usize, Vec<DutyStatus>)> = groups
            .into_iter()
            .flat_map(|(a, v)| {
                v.chunks(DUTIES_PER_PAGE)
                    .map(|ch| (a, ch.to_vec()))
                    .collect::<Vec<_>>()
            })
            .collect();
        let quiz = quiz::build(
            content,
            &s.key_duties,
            &s.key_contacts,
            QUIZ_LEN,
            quiz::seed_of(&s.id),
        );
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
        pages.extend((0..quiz.len()).map(Page::Quiz));
        pages.push(Page::Discussion);
        pages.push(Page::Score);
        Walkthrough {
            content,
            scenario,
            pages,
            pos: 0,
            cursor: 0,
            decided: vec![None; s.answers.len()],
            revealed: s.answers.iter().map(|a| !a.decide).collect(),
            answers,
            groups,
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

    /// The quiz score so far.
    pub fn score(&self) -> Score {
        Score::of(&self.quiz, &self.chosen)
    }

    fn go(&mut self, pos: usize) {
        self.pos = pos.min(self.pages.len().saturating_sub(1));
        self.cursor = 0;
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

    /// Applies one action; says whether to go on.
    pub fn update(&mut self, action: Action) -> Flow {
        match action {
            Action::Quit => return Flow::Quit,
            Action::Suspend => return Flow::Suspend,
            Action::ToggleHelp => self.help_open = !self.help_open,
            Action::Next => match self.page() {
                Page::Decide(i) if !self.revealed[i] => self.revealed[i] = true,
                _ => self.go(self.pos + 1),
            },
            Action::Back => self.go(self.pos.saturating_sub(1)),
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => {
                if let Some(n) = self.choice() {
                    self.cursor = (self.cursor + 1).min(n.saturating_sub(1));
                }
            }
            Action::Pick(n) => {
                if self.choice().is_some_and(|len| n < len) {
                    self.pick(n);
                }
            }
            Action::Confirm => match self.choice() {
                Some(_) => self.pick(self.cursor),
                None => self.go(self.pos + 1),
            },
        }
        Flow::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(id: &str) -> Walkthrough<'static> {
        let c = crate::embedded::content();
        let i = c
            .scenario_index(id)
            .unwrap_or_else(|| panic!("no scenario {id}"));
        Walkthrough::new(c, i)
    }

    #[test]
    fn pages_run_intro_parts_decisions_duties_quiz_discussion_score() {
        let w = walk("barn_akut");
        let s = w.scenario();
        assert_eq!(w.pages[0], Page::Intro);
        assert_eq!(w.pages[1], Page::Part(0));
        assert_eq!(w.pages[s.parts.len() + 1], Page::Decide(0));
        assert_eq!(w.pages.last(), Some(&Page::Score));
        assert_eq!(w.quiz.len(), QUIZ_LEN);
        assert_eq!(w.progress(), (1, w.pages.len()));
        // The key duties follow from the scenario's answers.
        let shown: Vec<usize> = w
            .groups
            .iter()
            .flat_map(|(_, v)| v.iter().map(|d| d.duty))
            .collect();
        for d in s.key_duties.iter() {
            assert!(shown.contains(d), "{}", w.content.duties[*d].id);
        }
    }

    #[test]
    fn decide_before_reveal_then_forward_and_back() {
        let mut w = walk("barn_akut");
        let decide = w
            .pages
            .iter()
            .position(|p| matches!(p, Page::Decide(_)))
            .unwrap_or(0);
        for _ in 0..decide {
            assert_eq!(w.update(Action::Next), Flow::Continue);
        }
        assert_eq!(w.page(), Page::Decide(0));
        assert_eq!(w.choice(), Some(2));
        w.update(Action::Down);
        w.update(Action::Down);
        assert_eq!(w.cursor, 1, "clamped to the options");
        w.update(Action::Up);
        w.update(Action::Confirm);
        assert_eq!(w.decided[0], Some(0));
        assert!(w.revealed[0]);
        assert_eq!(w.choice(), None, "no second choice after the reveal");
        w.update(Action::Next);
        assert_eq!(w.page(), Page::Decide(1));
        w.update(Action::Next);
        assert!(w.revealed[1], "Next reveals without a choice");
        assert_eq!(w.decided[1], None);
        assert_eq!(w.page(), Page::Decide(1));
        w.update(Action::Back);
        assert_eq!(w.page(), Page::Decide(0));
        assert_eq!(w.decided[0], Some(0), "going back keeps decisions");
        assert_eq!(w.update(Action::Quit), Flow::Quit);
        assert_eq!(w.update(Action::Suspend), Flow::Suspend);
        w.update(Action::ToggleHelp);
        assert!(w.help_open);
        w.update(Action::ToggleHelp);
        assert!(!w.help_open);
    }

    #[test]
    fn quiz_answers_are_scored_and_locked() {
        let mut w = walk("flera_utsatta");
        let first = w
            .pages
            .iter()
            .position(|p| matches!(p, Page::Quiz(_)))
            .unwrap_or(0);
        w.go(first);
        let right = w.quiz[0].correct;
        w.update(Action::Pick(right));
        w.update(Action::Pick((right + 1) % w.quiz[0].options.len()));
        assert_eq!(w.chosen[0], Some(right), "a given answer is locked");
        w.update(Action::Next);
        let wrong = (w.quiz[1].correct + 1) % w.quiz[1].options.len();
        w.update(Action::Pick(wrong));
        w.update(Action::Pick(99));
        assert_eq!(
            w.score(),
            Score {
                right: 1,
                answered: 2,
                total: w.quiz.len()
            }
        );
        for _ in 0..100 {
            w.update(Action::Next);
        }
        assert_eq!(w.page(), Page::Score);
        assert_eq!(w.progress().0, w.pages.len());
    }
}
