//! Batches of terminal events into actions: pastes into a text field as one insert, pastes elsewhere
//! ignored, a pasted line break never Enter.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::term::input::Batch;
use crate::tui::app::View;
use crate::tui::update::{self, MAX_QUERY, tests::app};

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(s: &str) -> Vec<Event> {
    s.chars()
        .map(|c| match c {
            '\n' => key(KeyCode::Enter),
            '\t' => key(KeyCode::Tab),
            c => key(KeyCode::Char(c)),
        })
        .collect()
}

/// Runs `events`, taken as one batch, through `handle` and `update`; returns the actions applied.
fn run(app: &mut App, events: Vec<Event>) -> Vec<Action> {
    let mut seen = Vec::new();
    handle(app, Batch::of(events, false), &mut |app, a| {
        seen.push(a.clone());
        update::update(app, a);
    });
    seen
}

#[test]
fn a_typed_query_is_searched_once_per_batch() {
    let mut a = app();
    run(&mut a, typed("/"));
    assert_eq!(a.view, View::Search);
    let seen = run(&mut a, typed("skydd"));
    assert_eq!(seen, vec![Action::InsertText("skydd".into())]);
    assert_eq!(a.query, "skydd");
    assert!(!a.hits.is_empty());
    // One key at a time, as a person types: the same.
    let seen = run(&mut a, typed("s"));
    assert_eq!(seen, vec![Action::InsertText("s".into())]);
    assert_eq!(a.query, "skydds");
}

#[test]
fn an_unbracketed_paste_in_the_search_is_text_and_its_line_breaks_are_spaces() {
    let mut a = app();
    run(&mut a, typed("/"));
    let seen = run(&mut a, typed("barn\nåtgärd\t112\n"));
    assert_eq!(seen, vec![Action::InsertText("barn\nåtgärd\t112\n".into())]);
    assert_eq!(a.view, View::Search, "Enter in a paste opened no hit");
    assert_eq!(a.query, "barn åtgärd 112 ");
    // Esc afterwards acts: the text goes in first, then Esc.
    let mut events = typed("x");
    events.push(key(KeyCode::Esc));
    let seen = run(&mut a, events);
    assert_eq!(seen, vec![Action::InsertText("x".into()), Action::Back]);
    assert_eq!(a.view, View::Main);
}

#[test]
fn a_huge_paste_is_cut_to_the_longest_query() {
    let mut a = app();
    run(&mut a, typed("/"));
    let text: String = "åäö 0771 ".repeat(600);
    run(&mut a, typed(&text));
    assert_eq!(a.query.chars().count(), MAX_QUERY);
    assert!(a.status.as_deref().is_some_and(|s| s.contains("200")));
}

#[test]
fn a_paste_outside_a_text_field_acts_on_nothing() {
    let mut a = app();
    let before = a.answers.clone();
    // Digits would answer, `r` reset, `e` open an export and Enter write it; `q` would quit.
    let seen = run(&mut a, typed("12 e mitt namn\nq"));
    assert_eq!(seen, vec![Action::PasteIgnored]);
    assert_eq!(a.answers, before);
    assert!(a.export.is_none() && !a.should_quit);
    assert!(a.status.is_some());
    // Marked by the terminal: the same.
    let seen = run(&mut a, vec![Event::Paste("1q".into())]);
    assert_eq!(seen, vec![Action::PasteIgnored]);
    // A key held down while the program was busy still moves.
    let seen = run(&mut a, typed("jjjjjjjjjj"));
    assert_eq!(seen.len(), 10);
    assert!(seen.iter().all(|s| *s == Action::Down));
}

#[test]
fn a_bracketed_paste_goes_into_the_focused_field() {
    let mut a = app();
    run(&mut a, typed("/"));
    run(&mut a, vec![Event::Paste("skydds\r\nbedömning".into())]);
    assert_eq!(a.query, "skydds  bedömning");
    run(&mut a, vec![key(KeyCode::Esc)]);
    run(&mut a, typed("e"));
    let name = a
        .export
        .as_ref()
        .map(|d| d.name.clone())
        .unwrap_or_default();
    run(&mut a, vec![Event::Paste("-kopia\n".into())]);
    let after = a
        .export
        .as_ref()
        .map(|d| d.name.clone())
        .unwrap_or_default();
    assert_eq!(
        after,
        format!("{name}-kopia"),
        "no line break in a file name"
    );
    assert!(
        a.export_request.is_none(),
        "the paste's line break wrote nothing"
    );
}

#[test]
fn typing_fast_after_slash_still_searches() {
    // `/` and the query in one batch (a slow moment): the search opens, then takes the text.
    let mut a = app();
    let seen = run(&mut a, typed("/abc"));
    assert_eq!(
        seen,
        vec![Action::Show(View::Search), Action::InsertText("abc".into())]
    );
    assert_eq!(a.query, "abc");
}
