//! The terminal the navigator draws on: raw mode and the alternate screen set up, and restored exactly
//! once whatever ends the run — quit, an error, a panic ([`super::panic`]) or a signal.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::event;
use ratatui::crossterm::{cursor, execute, terminal};

/// Whether the terminal is in the navigator's state (raw mode, alternate screen), and whether mouse
/// capture is on. Whoever restores first — quit, error, signal or panic — takes the state, so the
/// terminal is restored exactly once: leaving the alternate screen a second time would move the cursor
/// back over what was printed since (the panic message).
static TERMINAL_SET_UP: AtomicBool = AtomicBool::new(false);
static MOUSE_CAPTURED: AtomicBool = AtomicBool::new(false);

/// Raw mode, the alternate screen and, with `mouse`, mouse capture; what [`restore_terminal`] undoes.
/// (Not `ratatui::init`: its panic hook would restore a second time and then print std's text.)
pub fn set_up_terminal(mouse: bool) -> io::Result<ratatui::DefaultTerminal> {
    terminal::enable_raw_mode()?;
    TERMINAL_SET_UP.store(true, Ordering::SeqCst);
    execute!(io::stdout(), terminal::EnterAlternateScreen)?;
    if mouse && execute!(io::stdout(), event::EnableMouseCapture).is_ok() {
        MOUSE_CAPTURED.store(true, Ordering::SeqCst);
    }
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(io::stdout()))
}

/// Leaves the terminal as the shell had it: mouse capture off, raw mode off, the normal screen, the
/// cursor shown (a frame without a cursor position, such as the request to enlarge the window, hides
/// it). Does nothing if the terminal is not set up or already restored; never fails or panics.
pub(crate) fn restore_terminal() {
    if !TERMINAL_SET_UP.swap(false, Ordering::SeqCst) {
        return;
    }
    if MOUSE_CAPTURED.swap(false, Ordering::SeqCst) {
        let _ = execute!(io::stdout(), event::DisableMouseCapture);
    }
    let _ = ratatui::try_restore();
    let _ = execute!(io::stdout(), cursor::Show);
}

/// Restores the terminal and exits on SIGTERM, SIGINT or SIGHUP.
///
/// crossterm's blocking `event::read` retries after `EINTR`, so a signal cannot wake the event loop to
/// check a flag. Instead a thread waits on the signals (costing nothing while idle, unlike polling the
/// keyboard with a timeout) and, holding the stdout lock so no frame is half-drawn over the restored
/// screen, restores the terminal ([`restore_terminal`]) and exits with 128 + the signal number.
/// In raw mode Ctrl-C is a key (bound to quit), so SIGINT only comes from `kill`.
pub fn watch_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let stdout = io::stdout();
            let _guard = stdout.lock();
            restore_terminal();
            std::process::exit(128 + sig);
        }
    });
}
