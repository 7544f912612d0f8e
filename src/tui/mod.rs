//! The navigator: a full-screen guide that turns answers into duties and contacts.
//!
//! Elm-shaped: one state ([`app::App`]), one message type ([`action::Action`]), one key table
//! ([`keymap`]), a pure [`update::update`] and pure render functions per view ([`views`]). This module is
//! the thin shell around them: the blocking event loop on a terminal session ([`crate::term`]: set-up,
//! restore, signals, panics, suspend), input in batches ([`input`]), and the effects — the OSC 52
//! clipboard write and the export's file write.

pub mod action;
pub mod app;
pub mod dialog;
pub mod export;
pub mod input;
pub mod keymap;
pub mod plain;
mod plain_search;
pub mod screen;
pub mod state;
pub mod theme;
pub mod update;
pub mod views;

use std::io;

use crate::engine::calendar::LocalTime;
use crate::error::Error;
use crate::i18n::{Lang, Msg};
use crate::model::Content;
use crate::term::session::{self, Session};
use action::Action;
use app::App;
use theme::ThemeKind;

/// How the navigator was asked to start, resolved by the shell.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub lang: Lang,
    /// "My role": an actor index.
    pub role: Option<usize>,
    pub theme: ThemeKind,
    /// Capture the mouse (off by default, so the terminal's own selection keeps working).
    pub mouse: bool,
    /// When the case was discovered (`guide --from`); `None`: at start-up.
    pub discovery: Option<LocalTime>,
}

/// Opens the navigator on `content` in the alternate screen, with `answers` already given, and runs
/// until the user quits.
/// `swedish` is the authoritative original when `content` is a translation (see [`App::swedish`]).
/// The terminal is restored on quit, on error, on panic and on every signal that ends the process
/// ([`crate::term`]); Ctrl-Z and SIGTSTP suspend it until `fg`.
pub fn run(
    content: &Content,
    swedish: Option<&Content>,
    answers: crate::engine::Answers,
    options: Options,
) -> Result<(), Error> {
    let lang = options.lang;
    let now = LocalTime::now();
    let mut app =
        App::new(content, lang, options.theme, options.role, now.date).with_swedish(swedish);
    // Everything the first frame depends on set at once, then worked out once (the loop sees the
    // same minute and does not again): the start-up is part of the first frame's time.
    app.answers = answers;
    app.discovery = options.discovery.unwrap_or(now);
    app.now = Some(now);
    app.recompute();
    app.main.question = app.first_question();
    let result = Session::start(session::Options {
        lang,
        mouse: options.mouse,
    })
    .and_then(|mut session| {
        let result = event_loop(&mut session, &mut app);
        session.end();
        result
    });
    result
        .map_err(|e| Error::Terminal(crate::i18n::fill(lang, Msg::ErrTerminal, &[&e.to_string()])))
}

/// Draws, then blocks on the next batch of events; redraws only after events or a resize. Idle costs
/// nothing: no timer, no polling. One frame per batch, however many keys it holds (a paste).
fn event_loop(session: &mut Session, app: &mut App) -> io::Result<()> {
    // Tests only (debug builds): VAGVISARE_TEST_PANIC=1 panics at the first key, with the terminal set
    // up, to check what a panic leaves behind.
    #[cfg(debug_assertions)]
    let provoke_panic = std::env::var_os("VAGVISARE_TEST_PANIC").is_some_and(|v| v == "1");
    let size = session.size()?;
    update::update(app, Action::Resize(size.width, size.height));
    while !app.should_quit {
        // Reachability marks follow the clock at each event; an idle screen keeps the last marks
        // rather than waking up to refresh them (idle costs nothing). When the minute has changed,
        // the plan's call order and "reachable now" are worked out again for it.
        let now = LocalTime::now();
        if app.now != Some(now) {
            app.now = Some(now);
            app.recompute();
        }
        session.draw(|f| views::render(app, f))?;
        // Blocks until the user or the terminal does something.
        let batch = session.next_batch()?;
        #[cfg(debug_assertions)]
        if provoke_panic
            && batch
                .events
                .iter()
                .any(|e| matches!(e, ratatui::crossterm::event::Event::Key(_)))
        {
            panic!("VAGVISARE_TEST_PANIC: a panic provoked for the tests");
        }
        let mut failed = Ok(());
        input::handle(app, batch, &mut |app, action| {
            if failed.is_ok() {
                failed = perform(session, app, action);
            }
        });
        failed?;
    }
    Ok(())
}

/// One action: `update`, then the effects it asked the shell for — suspending, the clipboard, an
/// export (whose outcome goes back to `update`).
fn perform(session: &mut Session, app: &mut App, action: Action) -> io::Result<()> {
    if action == Action::Suspend {
        session.suspend();
        return Ok(());
    }
    update::update(app, action);
    if let Some(number) = app.clipboard.take() {
        session.write_raw(osc52(&number).as_bytes())?;
    }
    // The one file the navigator writes, and only when asked: the outcome goes back to `update`.
    if let Some(req) = app.export_request.take() {
        let outcome = crate::term::panic::exporting(|| export::perform(app, &req));
        update::update(app, outcome);
    }
    Ok(())
}

/// The OSC 52 sequence that puts `text` on the terminal's clipboard (works over SSH, no crate needed).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
        assert_eq!(osc52("112"), "\x1b]52;c;MTEy\x07");
    }
}

#[cfg(test)]
mod render_tests;

#[cfg(test)]
mod action_props;

#[cfg(test)]
mod test_screen;

#[cfg(test)]
mod lang_tests;

#[cfg(test)]
mod words_tests;

#[cfg(test)]
mod words_render_tests;

#[cfg(test)]
mod plan_tests;

#[cfg(test)]
mod cursor_tests;
