//! Batches of terminal events into actions: pastes into a text field as one insert, pastes elsewhere
//! ignored, a pasted line break never Enter.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::term::input::Batch;
use crate::tui::app::View;
use crate::tui::state::modal::Modal;
use crate::tui::update::modal::{MAX_ROLE_FILTER, MAX_TIME_INPUT};
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
    assert_eq!(a.search.query, "skydd");
    assert!(!a.search.hits.is_empty());
    // One key at a time, as a person types: the same.
    let seen = run(&mut a, typed("s"));
    assert_eq!(seen, vec![Action::InsertText("s".into())]);
    assert_eq!(a.search.query, "skydds");
}

#[test]
fn an_unbracketed_paste_in_the_search_is_text_and_its_line_breaks_are_spaces() {
    let mut a = app();
    run(&mut a, typed("/"));
    let seen = run(&mut a, typed("barn\nåtgärd\t112\n"));
    assert_eq!(seen, vec![Action::InsertText("barn\nåtgärd\t112\n".into())]);
    assert_eq!(a.view, View::Search, "Enter in a paste opened no hit");
    assert_eq!(a.search.query, "barn åtgärd 112 ");
    // Esc afterwards acts: the text goes in first, then Esc.
    let mut events = typed("x");
    events.push(key(KeyCode::Esc));
    let seen = run(&mut a, events);
    assert_eq!(seen, vec![Action::InsertText("x".into()), Action::Back]);
    assert_eq!(a.view, View::Plan);
}

#[test]
fn a_huge_paste_is_cut_to_the_longest_query() {
    let mut a = app();
    run(&mut a, typed("/"));
    let text: String = "åäö 0771 ".repeat(600);
    run(&mut a, typed(&text));
    assert_eq!(a.search.query.chars().count(), MAX_QUERY);
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
    assert_eq!(a.search.query, "skydds  bedömning");
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
    assert_eq!(a.search.query, "abc");
}

/// The role list (`R`) and the discovery time (`D`) take pastes as the search does: into the field,
/// a line break as a space and never Enter, cut at the field's length with a status that says so.
#[test]
fn the_role_filter_and_the_discovery_time_take_pastes() {
    let mut a = app();
    run(&mut a, typed("R"));
    let seen = run(&mut a, vec![Event::Paste("polis\n".into())]);
    assert_eq!(seen, vec![Action::InsertText("polis\n".into())]);
    let Some(Modal::Role(p)) = &a.modal else {
        panic!("the role list closed: {:?}", a.modal);
    };
    assert_eq!(p.query, "polis ", "the line break is a space, not Enter");
    assert_eq!(p.selected, 0);
    // Typed fast (one batch): the same field; `q` is a letter of the filter here, not quit.
    run(&mut a, vec![key(KeyCode::Backspace)]);
    run(&mut a, typed("q"));
    assert!(matches!(&a.modal, Some(Modal::Role(p)) if p.query == "polisq"));
    assert!(!a.should_quit);
    // Every actor's full name, in either language, fits the filter.
    for lang in [crate::i18n::Lang::Sv, crate::i18n::Lang::En] {
        let c = crate::embedded::content_in(lang);
        assert!(
            c.actors
                .iter()
                .all(|x| x.name.chars().count() <= MAX_ROLE_FILTER)
        );
    }
    let long = "x".repeat(MAX_ROLE_FILTER + 50);
    run(&mut a, vec![Event::Paste(long)]);
    assert!(matches!(&a.modal, Some(Modal::Role(p)) if p.query.chars().count() == MAX_ROLE_FILTER));
    assert!(a.status.is_some(), "the cut is said");
    run(&mut a, vec![key(KeyCode::Esc)]);
    assert!(a.modal.is_none());

    // The discovery time: a paste replaces the pre-filled time, a line break in it is a space.
    run(&mut a, typed("D"));
    run(&mut a, vec![Event::Paste("2026-11-24\n22:00".into())]);
    let Some(Modal::Discovery(d)) = &a.modal else {
        panic!("the discovery dialog closed: {:?}", a.modal);
    };
    assert_eq!(d.text, "2026-11-24 22:00");
    run(&mut a, vec![key(KeyCode::Enter)]);
    assert!(a.modal.is_none(), "{:?}", a.modal);
    assert_eq!(
        (
            a.discovery.date.to_string(),
            a.discovery.hour,
            a.discovery.minute
        ),
        ("2026-11-24".to_string(), 22, 0)
    );
    run(&mut a, typed("D"));
    run(&mut a, vec![Event::Paste("1".repeat(100))]);
    assert!(
        matches!(&a.modal, Some(Modal::Discovery(d)) if d.text.chars().count() == MAX_TIME_INPUT)
    );
}

/// A paste in the question before quitting (no field) is ignored and says so; the question stays.
#[test]
fn a_paste_in_the_question_before_quitting_is_ignored() {
    let mut a = app();
    run(&mut a, typed("1"));
    run(&mut a, typed("q"));
    assert_eq!(a.modal, Some(Modal::Quit));
    let seen = run(&mut a, vec![Event::Paste("jq".into())]);
    assert_eq!(seen, vec![Action::PasteIgnored]);
    assert_eq!(a.modal, Some(Modal::Quit));
    assert!(!a.should_quit);
    assert!(a.status.is_some());
}
