//! The walkthrough's event loop on the terminal shell the navigator uses ([`crate::term`]): the same
//! set-up and restore on every exit path (q, Ctrl-C, the ending signals, a panic), the same suspend
//! and resume (Ctrl-Z, SIGTSTP, `fg`); draw, read a batch of keys, update, until the user quits.
//!
//! Keys go through the one key table ([`super::keymap`]); the terminal's size goes to
//! [`super::update::update`] as [`Action::Resize`] — at the start, on every resize event and after a
//! suspension (the window may have changed while the process was stopped) — so a long page scrolls by
//! the screenful the user sees.

use ratatui::crossterm::event::{Event, KeyEventKind};

use super::keymap;
use super::update::update;
use super::view;
use super::walkthrough::{Action, Flow, Walkthrough};
use crate::i18n::Lang;
use crate::term::session::{self, Session};

/// Runs the walkthrough in the terminal until the user quits.
pub fn run(w: &mut Walkthrough, lang: Lang) -> std::io::Result<()> {
    let mut session = Session::start(session::Options { lang, mouse: false })?;
    let result = event_loop(&mut session, w, lang);
    session.end();
    result
}

/// Tells the walkthrough the terminal's size when it differs from the one it knows.
fn follow_size(session: &Session, w: &mut Walkthrough, lang: Lang) -> std::io::Result<()> {
    let size = session.size()?;
    if w.size != (size.width, size.height) {
        update(w, Action::Resize(size.width, size.height), lang);
    }
    Ok(())
}

fn event_loop(session: &mut Session, w: &mut Walkthrough, lang: Lang) -> std::io::Result<()> {
    // Tests only (debug builds): VAGVISARE_TEST_PANIC=1 panics at the first key, with the terminal set
    // up, to check what a panic leaves behind.
    #[cfg(debug_assertions)]
    let provoke_panic = std::env::var_os("VAGVISARE_TEST_PANIC").is_some_and(|v| v == "1");
    follow_size(session, w, lang)?;
    loop {
        session.draw(|f| view::render(f, w, lang))?;
        let batch = session.next_batch()?;
        #[cfg(debug_assertions)]
        if provoke_panic && batch.events.iter().any(|e| matches!(e, Event::Key(_))) {
            panic!("VAGVISARE_TEST_PANIC: a panic provoked for the tests");
        }
        for event in batch.events {
            let action = match event {
                Event::Resize(width, height) => Action::Resize(width, height),
                // A paste the terminal did not mark is not a series of commands (`q` in it would end
                // the class); training has no text field, so its keys are ignored.
                Event::Key(k) if k.kind != KeyEventKind::Release && !batch.pasted => {
                    match keymap::dispatch(w, k) {
                        Some(action) => action,
                        None => continue,
                    }
                }
                _ => continue,
            };
            match update(w, action, lang) {
                Flow::Continue => {}
                Flow::Suspend => {
                    session.suspend();
                    follow_size(session, w, lang)?;
                }
                Flow::Quit => return Ok(()),
            }
        }
    }
}
