//! The walkthrough's event loop on the terminal shell the navigator uses ([`crate::term`]): the same
//! set-up and restore on every exit path (q, Ctrl-C, the ending signals, a panic), the same suspend
//! and resume (Ctrl-Z, SIGTSTP, `fg`); draw, read a batch of keys, update, until the user quits.

use ratatui::crossterm::event::{Event, KeyEventKind};

use super::keymap;
use super::view;
use super::walkthrough::{Flow, Walkthrough};
use crate::i18n::Lang;
use crate::term::session::{self, Session};

/// Runs the walkthrough in the terminal until the user quits.
pub fn run(w: &mut Walkthrough, lang: Lang) -> std::io::Result<()> {
    let mut session = Session::start(session::Options { lang, mouse: false })?;
    let result = event_loop(&mut session, w, lang);
    session.end();
    result
}

fn event_loop(session: &mut Session, w: &mut Walkthrough, lang: Lang) -> std::io::Result<()> {
    // Tests only (debug builds): VAGVISARE_TEST_PANIC=1 panics at the first key, with the terminal set
    // up, to check what a panic leaves behind.
    #[cfg(debug_assertions)]
    let provoke_panic = std::env::var_os("VAGVISARE_TEST_PANIC").is_some_and(|v| v == "1");
    loop {
        session.draw(|f| view::render(f, w, lang))?;
        let batch = session.next_batch()?;
        #[cfg(debug_assertions)]
        if provoke_panic && batch.events.iter().any(|e| matches!(e, Event::Key(_))) {
            panic!("VAGVISARE_TEST_PANIC: a panic provoked for the tests");
        }
        // A paste the terminal did not mark is not a series of commands (`q` in it would end the
        // class); training has no text field, so it is ignored.
        if batch.pasted {
            continue;
        }
        for event in batch.events {
            let Event::Key(k) = event else {
                continue;
            };
            if k.kind == KeyEventKind::Release {
                continue;
            }
            let Some(action) = keymap::dispatch(w, k) else {
                continue;
            };
            match w.update(action) {
                Flow::Continue => {}
                Flow::Suspend => session.suspend(),
                Flow::Quit => return Ok(()),
            }
        }
    }
}
