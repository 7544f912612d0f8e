//! Snapshots of the training screens at projector size (100×30) and at 80×24, drawn into `TestBackend`.

#![allow(clippy::unwrap_used)] // tests: a panic is the failure report

use super::*;
use crate::train::update::update;
use crate::train::walkthrough::{Action, Page, Walkthrough};
use ratatui::{Terminal, backend::TestBackend};

fn walk(id: &str, size: (u16, u16)) -> Walkthrough<'static> {
    let c = crate::embedded::content();
    let i = c
        .scenario_index(id)
        .unwrap_or_else(|| panic!("no scenario {id}"));
    let mut w = Walkthrough::new(c, i);
    update(&mut w, Action::Resize(size.0, size.1), Lang::Sv);
    w
}

fn draw(w: &Walkthrough) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w.size.0, w.size.1)).unwrap();
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
    let mut w = walk("tiggeri_man_30", (100, 30));
    w.update(Action::Next);
    insta::assert_snapshot!(draw(&w).backend());
}

#[test]
fn decide_before_reveal() {
    let mut w = walk("barn_akut", (100, 30));
    goto(&mut w, |p| matches!(p, Page::Decide(_)));
    insta::assert_snapshot!("decide_unrevealed", draw(&w).backend());
    w.update(Action::Pick(0));
    insta::assert_snapshot!("decide_revealed", draw(&w).backend());
}

#[test]
fn revealed_duties() {
    let mut w = walk("barn_akut", (100, 30));
    goto(&mut w, |p| matches!(p, Page::Duties(_)));
    insta::assert_snapshot!(draw(&w).backend());
}

#[test]
fn what_the_case_leaves_open() {
    let mut w = walk("tiggeri_man_30", (100, 30));
    goto(&mut w, |p| p == Page::Open);
    insta::assert_snapshot!(draw(&w).backend());
}

#[test]
fn quiz_question_with_feedback() {
    let mut w = walk("flera_utsatta", (100, 30));
    goto(&mut w, |p| matches!(p, Page::Quiz(_)));
    insta::assert_snapshot!("quiz_question", draw(&w).backend());
    let wrong = (w.quiz[0].correct + 1) % w.quiz[0].options.len();
    w.update(Action::Pick(wrong));
    insta::assert_snapshot!("quiz_feedback", draw(&w).backend());
}

#[test]
fn final_score() {
    let mut w = walk("flera_utsatta", (100, 30));
    goto(&mut w, |p| matches!(p, Page::Decide(_)));
    // One decision right, one made without a choice.
    let Page::Decide(i) = w.page() else {
        unreachable!()
    };
    w.update(Action::Pick(w.scenario().answers[i].value));
    goto(&mut w, |p| matches!(p, Page::Quiz(_)));
    // Right, wrong, then the rest skipped.
    for i in 0..w.quiz.len() {
        let pick = match i {
            0 => Some(w.quiz[i].correct),
            1 => Some((w.quiz[i].correct + 1) % w.quiz[i].options.len()),
            _ => None,
        };
        if let Some(p) = pick {
            w.update(Action::Pick(p));
        }
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
    let mut w = walk("barn_akut", (100, 30));
    w.update(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&w).backend());
}

/// At 80×24 a long page shows its first screenful with "▼ mer – PgDn", then, scrolled to the end,
/// "▲ mer ovanför – PgUp".
#[test]
fn a_long_page_at_80x24_says_there_is_more() {
    let mut w = walk("barn_akut", (80, 24));
    while scroll_max(&w, Lang::Sv) == 0 {
        w.update(Action::Next);
    }
    let top = draw(&w);
    let screen = format!("{:?}", top.backend());
    assert!(screen.contains("▼ mer – PgDn"), "{screen}");
    assert!(!screen.contains("▲"), "{screen}");
    insta::assert_snapshot!("long_page_top_80x24", top.backend());
    while w.scroll < scroll_max(&w, Lang::Sv) {
        update(&mut w, Action::Next, Lang::Sv);
    }
    let end = draw(&w);
    let screen = format!("{:?}", end.backend());
    assert!(screen.contains("▲ mer ovanför – PgUp"), "{screen}");
    assert!(!screen.contains("▼"), "{screen}");
    insta::assert_snapshot!("long_page_end_80x24", end.backend());
}
