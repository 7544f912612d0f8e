//! The walkthrough's keys as a trainer uses them (issue 22): Enter never chooses, a skipped question
//! never scores, the decisions count in the result, and a page longer than the screen is scrolled
//! through before the next one comes.

use super::*;
use crate::train::walkthrough::Page;

fn walk(id: &str) -> Walkthrough<'static> {
    let c = crate::embedded::content();
    let i = c
        .scenario_index(id)
        .unwrap_or_else(|| panic!("no scenario {id}"));
    Walkthrough::new(c, i)
}

fn to(w: &mut Walkthrough, page: impl Fn(Page) -> bool) {
    for _ in 0..500 {
        if page(w.page()) {
            return;
        }
        update(w, Action::Next, Lang::Sv);
    }
    panic!("page not reached: {:?}", w.pages);
}

#[test]
fn enter_on_a_decision_reveals_without_choosing() {
    let mut w = walk("barn_akut");
    update(&mut w, Action::Resize(100, 30), Lang::Sv);
    to(&mut w, |p| matches!(p, Page::Decide(_)));
    let Page::Decide(i) = w.page() else {
        unreachable!()
    };
    update(&mut w, Action::Down, Lang::Sv);
    update(&mut w, Action::Confirm, Lang::Sv);
    assert!(w.revealed[i], "Enter shows the answer");
    assert_eq!(w.decided[i], None, "and records no choice");
    // A digit chooses: on the next decision, 1 is option 1.
    update(&mut w, Action::Next, Lang::Sv);
    let Page::Decide(j) = w.page() else {
        panic!("a second decision: {:?}", w.page())
    };
    update(&mut w, Action::Pick(0), Lang::Sv);
    assert_eq!(w.decided[j], Some(0));
    assert!(w.revealed[j]);
}

#[test]
fn skipping_never_scores_and_answers_do() {
    let mut w = walk("flera_utsatta");
    update(&mut w, Action::Resize(100, 30), Lang::Sv);
    to(&mut w, |p| matches!(p, Page::Quiz(_)));
    let n = w.quiz.len();
    assert!(n >= 3, "{n}");
    // Skip every question with → and Enter: nothing answered, nothing scored, no "0 %".
    while matches!(w.page(), Page::Quiz(_)) {
        update(&mut w, Action::Confirm, Lang::Sv);
    }
    let s = w.score();
    assert_eq!((s.right, s.answered, s.total), (0, 0, n));
    assert_eq!(s.percent(), None);
    assert!(w.chosen.iter().all(Option::is_none));
    // Back to the first question: one right, one wrong, the rest skipped.
    let first = w
        .pages
        .iter()
        .position(|p| matches!(p, Page::Quiz(0)))
        .unwrap_or(0);
    w.pos = first;
    let right = w.quiz[0].correct;
    update(&mut w, Action::Pick(right), Lang::Sv);
    update(&mut w, Action::Next, Lang::Sv);
    let wrong = (w.quiz[1].correct + 1) % w.quiz[1].options.len();
    update(&mut w, Action::Pick(wrong), Lang::Sv);
    let s = w.score();
    assert_eq!((s.right, s.answered, s.skipped()), (1, 2, n - 2));
    assert_eq!(s.percent(), Some(50));
}

#[test]
fn the_decisions_count_in_the_result() {
    let mut w = walk("barn_akut");
    update(&mut w, Action::Resize(100, 30), Lang::Sv);
    let decide: Vec<usize> = w
        .pages
        .iter()
        .filter_map(|p| match p {
            Page::Decide(i) => Some(*i),
            _ => None,
        })
        .collect();
    assert_eq!(decide.len(), 2);
    to(&mut w, |p| p == Page::Decide(decide[0]));
    let right = w.scenario().answers[decide[0]].value;
    update(&mut w, Action::Pick(right), Lang::Sv);
    update(&mut w, Action::Next, Lang::Sv);
    update(&mut w, Action::Next, Lang::Sv);
    let d = w.decisions();
    assert_eq!((d.right, d.answered, d.total), (1, 1, 2));
    to(&mut w, |p| p == Page::Score);
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(area.width, area.height))
        .unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| view::render(f, &w, Lang::Sv))
        .unwrap_or_else(|e| panic!("{e}"));
    let screen = format!("{:?}", t.backend());
    assert!(
        screen.contains("Beslut före svaret: 1 rätt av 1 besvarade (100 %)"),
        "{screen}"
    );
    assert!(screen.contains("1 av 2 hoppades över"), "{screen}");
}

#[test]
fn a_long_page_scrolls_before_the_next_comes_at_80x24() {
    let mut w = walk("barn_akut");
    update(&mut w, Action::Resize(80, 24), Lang::Sv);
    // The first page longer than the screen at 80×24.
    for _ in 0..100 {
        if view::scroll_max(&w, Lang::Sv) > 0 {
            break;
        }
        update(&mut w, Action::Next, Lang::Sv);
    }
    let max = view::scroll_max(&w, Lang::Sv);
    assert!(max > 0, "some page is longer than 80×24");
    let pos = w.pos;
    // PgDn (Next) scrolls down to the end first, then moves on.
    let mut presses = 0;
    while w.pos == pos {
        update(&mut w, Action::Next, Lang::Sv);
        presses += 1;
        assert!(
            w.pos == pos || w.scroll == 0,
            "a new page starts at its top"
        );
    }
    assert!(presses >= 2, "scrolled before moving on");
    // PgUp goes back to the page (at its top), ↓ and ↑ scroll a line, never past the end.
    update(&mut w, Action::Back, Lang::Sv);
    assert_eq!((w.pos, w.scroll), (pos, 0));
    for _ in 0..200 {
        update(&mut w, Action::Down, Lang::Sv);
    }
    assert_eq!(w.scroll, max);
    update(&mut w, Action::Up, Lang::Sv);
    assert_eq!(w.scroll, max - 1);
    // PgUp scrolls up before going back a page.
    update(&mut w, Action::Back, Lang::Sv);
    assert_eq!(w.pos, pos);
    // A larger window: the page fits, nothing stays scrolled.
    update(&mut w, Action::Resize(250, 80), Lang::Sv);
    assert_eq!(w.scroll, 0);
}
