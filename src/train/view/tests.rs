//! Snapshots of the training screens at projector size (100×30), drawn into `TestBackend`.

#![allow(clippy::unwrap_used)] // tests: a panic is the failure report

use super::*;
use crate::train::walkthrough::{Action, Walkthrough};
use ratatui::{Terminal, backend::TestBackend};

fn walk(id: &str) -> Walkthrough<'static> {
    let c = crate::embedded::content();
    let i = c
        .scenario_index(id)
        .unwrap_or_else(|| panic!("no scenario {id}"));
    Walkthrough::new(c, i)
}

fn draw(w: &Walkthrough) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| render(f, w, Lang::Sv)).unwrap();
    terminal
}

fn goto(w: &mut Walkthrough, pred: impl Fn(Page) -> bool) {
    while !pred(w.page()) {
        w.update(Action::Next);
    }
}

#[test]
fn narrative_part() {
    let mut w = walk("tiggeri_man_30");
    w.update(Action::Next);
    insta::assert_snapshot!(draw(&w).backend());
}

#[test]
fn decide_before_reveal() {
    let mut w = walk("barn_akut");
    goto(&mut w, |p| matches!(p, Page::Decide(_)));
    w.update(Action::Down);
    insta::assert_snapshot!("decide_unrevealed", draw(&w).backend());
    w.update(Action::Confirm);
    insta::assert_snapshot!("decide_revealed", draw(&w).backend());
}

#[test]
fn revealed_duties() {
    let mut w = walk("barn_akut");
    goto(&mut w, |p| matches!(p, Page::Duties(_)));
    insta::assert_snapshot!(draw(&w).backend());
}

#[test]
fn quiz_question_with_feedback() {
    let mut w = walk("flera_utsatta");
    goto(&mut w, |p| matches!(p, Page::Quiz(_)));
    insta::assert_snapshot!("quiz_question", draw(&w).backend());
    let wrong = (w.quiz[0].correct + 1) % w.quiz[0].options.len();
    w.update(Action::Pick(wrong));
    insta::assert_snapshot!("quiz_feedback", draw(&w).backend());
}

#[test]
fn final_score() {
    let mut w = walk("flera_utsatta");
    goto(&mut w, |p| matches!(p, Page::Quiz(_)));
    for i in 0..w.quiz.len() {
        let pick = if i % 2 == 0 {
            w.quiz[i].correct
        } else {
            (w.quiz[i].correct + 1) % w.quiz[i].options.len()
        };
        w.update(Action::Pick(pick));
        w.update(Action::Next);
    }
    goto(&mut w, |p| p == Page::Score);
    insta::assert_snapshot!(draw(&w).backend());
}

#[test]
fn english_walkthrough_is_marked_and_english() {
    let en = crate::embedded::content_in(Lang::En);
    let i = en.scenario_index("barn_akut").unwrap();
    let mut w = Walkthrough::new(en, i);
    goto(&mut w, |p| matches!(p, Page::Duties(_)));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| render(f, &w, Lang::En)).unwrap();
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_keys_behind_the_question_mark() {
    let mut w = walk("barn_akut");
    w.update(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&w).backend());
}
