//! The question list's adapted order in the main view, action by action: up/down and the page keys
//! follow it, and a click selects the question on the row clicked (headings select nothing).

use super::*;
use crate::tui::app::Pane;

/// The questions in the order the lists show them.
fn order(a: &App) -> Vec<usize> {
    a.question_order().into_iter().map(|(q, _)| q).collect()
}

#[test]
fn up_down_move_the_question_in_the_adapted_order_and_clamp() {
    let mut a = app();
    let o = order(&a);
    assert_eq!(
        a.main.question, o[0],
        "the list starts on the most decisive"
    );
    update(&mut a, Action::Up);
    assert_eq!(a.main.question, o[0]);
    update(&mut a, Action::Down);
    assert_eq!(a.main.question, o[1]);
    for _ in 0..20 {
        update(&mut a, Action::Down);
    }
    assert_eq!(a.main.question, o[o.len() - 1]);
}

#[test]
fn page_keys_move_by_pages() {
    let mut a = app();
    let o = order(&a);
    update(&mut a, Action::PageDown);
    assert_eq!(a.main.question, o[o.len() - 1]);
    update(&mut a, Action::PageUp);
    assert_eq!(a.main.question, o[0]);
}

#[test]
fn click_on_a_question_selects_that_question() {
    let mut a = app();
    update(&mut a, Action::Resize(120, 40));
    let rect = (0..40)
        .find_map(|y| {
            crate::tui::views::layout::pane_at(&a, 2, y).filter(|p| p.0 == Pane::Questions)
        })
        .map(|p| p.1)
        .unwrap_or_default();
    assert!(rect.height > 3, "questions pane found: {rect:?}");
    // Row 1 is the heading of the questions that decide something; rows 2 and 3 the first two.
    let o = order(&a);
    update(&mut a, Action::Click(2, rect.y + 3));
    assert_eq!(a.main.pane, Pane::Questions);
    assert_eq!(
        a.main.question, o[1],
        "the third row is the second question"
    );
    update(&mut a, Action::Click(2, rect.y + 2));
    assert_eq!(a.main.question, o[0]);
    // A heading and the border row select nothing new.
    update(&mut a, Action::Click(2, rect.y + 1));
    update(&mut a, Action::Click(2, rect.y));
    assert_eq!(a.main.question, o[0]);
}
