//! One terminal session of a face (the navigator, the training walkthrough): everything between taking
//! the terminal over and giving it back, so both faces behave the same on every exit path.
//!
//! [`Session::start`] installs the panic hook ([`super::panic`]), starts the signal thread
//! ([`super::signals`]) and sets the terminal up ([`super::tty`]); [`Session::end`] — or dropping the
//! session, or a signal, or a panic — gives it back exactly once, with unread input discarded. In
//! between the face draws ([`Session::draw`]) and reads input in batches ([`Session::next_batch`]),
//! and may suspend itself (Ctrl-Z, [`Session::suspend`]).

use std::io::{self, Write};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event;
use ratatui::layout::Size;
use ratatui::{DefaultTerminal, Frame, Terminal};

use super::input::{Batch, Reader};
use super::panic::{self, HookGuard};
use super::{signals, tty};
use crate::i18n::Lang;

/// How a face wants the terminal.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The language of the panic message.
    pub lang: Lang,
    /// Capture the mouse.
    pub mouse: bool,
}

/// The terminal, held by one face. Dropping it gives the terminal back.
pub struct Session {
    terminal: DefaultTerminal,
    reader: Reader,
    /// Taken (the previous hook put back) once the terminal is restored.
    hook: Option<HookGuard>,
}

impl Session {
    /// Takes the terminal over. The panic hook comes first, so no panic can find the terminal set up
    /// and unrestored.
    pub fn start(options: Options) -> io::Result<Session> {
        let hook = panic::install(options.lang);
        signals::watch();
        if let Err(e) = tty::enter(options.mouse) {
            tty::restore();
            return Err(e);
        }
        // crossterm starts watching SIGWINCH only when first asked for an event: ask now, before the
        // size is read, or a resize between the first frame and the first read is lost.
        let terminal = event::poll(std::time::Duration::ZERO)
            .and_then(|_| Terminal::new(CrosstermBackend::new(io::stdout())));
        match terminal {
            Ok(terminal) => Ok(Session {
                terminal,
                reader: Reader::default(),
                hook: Some(hook),
            }),
            Err(e) => {
                tty::restore();
                Err(e)
            }
        }
    }

    /// The terminal's size now.
    pub fn size(&self) -> io::Result<Size> {
        self.terminal.size()
    }

    /// Draws one frame. After a suspension the whole screen is painted, not only what changed: the
    /// screen is cleared and a fresh terminal (with empty buffers) draws everything. Not
    /// `Terminal::clear`, which asks the terminal where its cursor is: the answer arrives on the same
    /// input the face reads, and when the face's reader takes it first the question times out and the
    /// face ends with a terminal error (seen after `fg`).
    pub fn draw(&mut self, render: impl FnOnce(&mut Frame)) -> io::Result<()> {
        let _frame = tty::frame(tty::FRAME_WAIT);
        if tty::take_redraw() {
            ratatui::crossterm::execute!(
                io::stdout(),
                ratatui::crossterm::terminal::Clear(ratatui::crossterm::terminal::ClearType::All)
            )?;
            self.terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        }
        self.terminal.draw(render)?;
        Ok(())
    }

    /// Writes `bytes` to the terminal between frames (the navigator's OSC 52 clipboard sequence).
    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        let _frame = tty::frame(tty::FRAME_WAIT);
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()
    }

    /// Blocks until the user or the terminal does something; returns everything that arrived together.
    pub fn next_batch(&mut self) -> io::Result<Batch> {
        self.reader.read()
    }

    /// Ctrl-Z: gives the terminal back and stops, as SIGTSTP does; returns once the shell continues the
    /// process (`fg`), with the terminal taken over again and a full redraw due.
    pub fn suspend(&mut self) {
        tty::suspend();
    }

    /// Gives the terminal back (also done on drop).
    pub fn end(mut self) {
        self.finish();
    }

    fn finish(&mut self) {
        // Not during a suspension or a signal's restore in another thread.
        let frame = tty::frame(tty::FRAME_WAIT);
        tty::restore();
        drop(frame);
        // The previous hook back: a later panic finds the terminal as the shell left it.
        self.hook.take();
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.finish();
    }
}
