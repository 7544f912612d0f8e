//! The terminal's state while a face draws on it, and every change of that state: taken over (raw
//! mode, the alternate screen, bracketed paste, mouse capture on request), given back exactly once
//! (whatever ends the run), suspended and taken back again (SIGTSTP, `fg`).
//!
//! Whoever gives the terminal back first — quit, an error, a signal or a panic — takes the state, so it
//! happens once: leaving the alternate screen a second time would move the cursor back over what was
//! printed since (the panic message). Giving it back always discards the keys the program did not read
//! (`tcflush(TCIFLUSH)`), so the shell never runs the rest of a paste.
//!
//! The escape sequences are written straight to standard output's descriptor, not through Rust's locked
//! `Stdout`: a signal thread must be able to restore the terminal even while the main thread is inside a
//! write. The main thread holds [`frame`] while it draws, and the signal thread waits for it (for a
//! while), so a frame is never cut in two by a restore.

use std::io;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use ratatui::crossterm::{Command, cursor, event, terminal};

/// The terminal is in our state (raw mode, alternate screen) and nobody has given it back yet.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// This run captures the mouse (`--mouse`): taken back after a suspension too.
static MOUSE: AtomicBool = AtomicBool::new(false);
/// The screen must be painted anew: after a suspension the alternate screen is empty.
static REDRAW: AtomicBool = AtomicBool::new(false);
/// A suspension already took the terminal back; the SIGCONT that follows need not do it again.
static RESUMED: AtomicBool = AtomicBool::new(false);
/// Held while a frame is drawn, and by whoever suspends or restores from another thread.
static FRAME: Mutex<()> = Mutex::new(());

/// How long a signal waits for a frame being drawn before it restores anyway.
pub const FRAME_WAIT: Duration = Duration::from_millis(500);

/// Takes the terminal over: raw mode, then the alternate screen, bracketed paste and, with `mouse`,
/// mouse capture. [`restore`] undoes it.
pub fn enter(mouse: bool) -> io::Result<()> {
    MOUSE.store(mouse, Ordering::SeqCst);
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    write_all(&enter_sequence(mouse))
}

/// Whether the terminal is in our state.
pub fn active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// Gives the terminal back as the shell had it: mouse capture and bracketed paste off, the normal
/// screen, the cursor shown, raw mode off, unread input discarded. Does nothing when it is not ours
/// (never set up, or already given back); never fails or panics. Returns whether it restored.
pub fn restore() -> bool {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return false;
    }
    let _ = write_all(&leave_sequence(MOUSE.load(Ordering::SeqCst)));
    let _ = terminal::disable_raw_mode();
    discard_input();
    true
}

/// Suspends the process the way SIGTSTP does by default, with the terminal given back first and taken
/// over again when the shell continues it (`fg`): raw mode, the alternate screen, and a full redraw
/// (see [`take_redraw`]). Without the terminal in our state it only stops.
pub fn suspend() {
    let _frame = frame(FRAME_WAIT);
    let ours = restore();
    // Stops every thread until SIGCONT.
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    if ours {
        take_back(false);
        RESUMED.store(true, Ordering::SeqCst);
    }
}

/// After SIGCONT: when the process was stopped without [`suspend`] (SIGSTOP), the shell may have
/// changed the terminal meanwhile, so raw mode and the alternate screen are set again and the screen
/// redrawn. After a [`suspend`] this has already happened.
pub fn continued() {
    let _frame = frame(FRAME_WAIT);
    if RESUMED.swap(false, Ordering::SeqCst) || !active() {
        return;
    }
    take_back(true);
}

/// Raw mode and the alternate screen again, then a redraw asked for. `reset` first lets crossterm
/// forget the raw mode it set (it would otherwise skip setting it again).
fn take_back(reset: bool) {
    if reset {
        let _ = terminal::disable_raw_mode();
    }
    if terminal::enable_raw_mode().is_err() {
        return;
    }
    ACTIVE.store(true, Ordering::SeqCst);
    let _ = write_all(&enter_sequence(MOUSE.load(Ordering::SeqCst)));
    REDRAW.store(true, Ordering::SeqCst);
    // Wakes the event loop: crossterm turns SIGWINCH into a resize event, and the loop then finds the
    // redraw asked for.
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGWINCH);
}

/// Whether the whole screen must be painted again (once per request).
pub fn take_redraw() -> bool {
    REDRAW.swap(false, Ordering::SeqCst)
}

/// The lock held while drawing a frame. The main thread takes it for each frame (`wait` does not matter
/// there: no one else holds it for long); a signal thread gives up waiting after `wait` — a main thread
/// stuck in a write must not keep the terminal from being restored. A poisoned lock is still a lock.
pub fn frame(wait: Duration) -> Option<MutexGuard<'static, ()>> {
    let end = Instant::now() + wait;
    loop {
        match FRAME.try_lock() {
            Ok(guard) => return Some(guard),
            Err(std::sync::TryLockError::Poisoned(p)) => return Some(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) if Instant::now() < end => {
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(std::sync::TryLockError::WouldBlock) => return None,
        }
    }
}

/// Discards what was typed or pasted but not read, on standard input and output when they are
/// terminals (the same one, as a rule), so the shell does not read it once it has the terminal back.
pub fn discard_input() {
    let stdin = io::stdin();
    let stdout = io::stdout();
    for fd in [stdin.as_fd(), stdout.as_fd()] {
        discard_pending(fd);
    }
}

/// `tcflush(fd, TCIFLUSH)` when `fd` is a terminal: what arrived and was not read is dropped.
fn discard_pending(fd: impl AsFd) {
    use rustix::termios::{QueueSelector, isatty, tcflush};
    if isatty(&fd) {
        let _ = tcflush(&fd, QueueSelector::IFlush);
    }
}

/// The sequences that take the screen over: the alternate screen, bracketed paste, the mouse.
fn enter_sequence(mouse: bool) -> String {
    let mut s = String::new();
    let _ = terminal::EnterAlternateScreen.write_ansi(&mut s);
    let _ = event::EnableBracketedPaste.write_ansi(&mut s);
    if mouse {
        let _ = event::EnableMouseCapture.write_ansi(&mut s);
    }
    s
}

/// The sequences that give the screen back, the reverse of [`enter_sequence`], and the cursor shown (a
/// frame without a cursor position, such as the request to enlarge the window, hides it).
fn leave_sequence(mouse: bool) -> String {
    let mut s = String::new();
    if mouse {
        let _ = event::DisableMouseCapture.write_ansi(&mut s);
    }
    let _ = event::DisableBracketedPaste.write_ansi(&mut s);
    let _ = terminal::LeaveAlternateScreen.write_ansi(&mut s);
    let _ = cursor::Show.write_ansi(&mut s);
    s
}

/// Writes `text` to standard output's descriptor directly (see the module's comment), all of it.
fn write_all(text: &str) -> io::Result<()> {
    let stdout = io::stdout();
    let mut bytes = text.as_bytes();
    while !bytes.is_empty() {
        match rustix::io::write(stdout.as_fd(), bytes) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => bytes = &bytes[n..],
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaving_undoes_entering_in_reverse_and_shows_the_cursor() {
        let enter = enter_sequence(true);
        assert_eq!(
            enter,
            "\x1b[?1049h\x1b[?2004h\x1b[?1000h\x1b[?1002h\x1b[?1003h\x1b[?1015h\x1b[?1006h"
        );
        let leave = leave_sequence(true);
        assert!(leave.starts_with("\x1b[?1006l"), "{leave:?}");
        assert!(
            leave.ends_with("\x1b[?2004l\x1b[?1049l\x1b[?25h"),
            "{leave:?}"
        );
        assert!(!enter_sequence(false).contains("?1000h"));
        assert!(!leave_sequence(false).contains("?1000l"));
    }

    #[test]
    fn what_was_typed_and_not_read_is_discarded() {
        use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
        fn fail<T>(e: &dyn std::fmt::Display) -> T {
            panic!("pseudo-terminal: {e}")
        }
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap_or_else(|e| fail(&e));
        grantpt(&master).unwrap_or_else(|e| fail(&e));
        unlockpt(&master).unwrap_or_else(|e| fail(&e));
        let name = ptsname(&master, Vec::new()).unwrap_or_else(|e| fail(&e));
        let path = name.to_str().unwrap_or_else(|e| fail(&e)).to_string();
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .unwrap_or_else(|e| fail(&e));
        // The rest of a paste, with a line the shell would run.
        rustix::io::write(&master, b"echo pwned\n").unwrap_or_else(|e| fail(&e));
        let waiting = || rustix::io::ioctl_fionread(&slave).unwrap_or(0);
        let end = Instant::now() + Duration::from_secs(5);
        while waiting() == 0 && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(waiting(), 11, "the line is waiting to be read");
        discard_pending(&slave);
        assert_eq!(waiting(), 0, "nothing is left for the shell");
        // Not a terminal: nothing happens (and nothing fails).
        let file = tempfile::tempfile().unwrap_or_else(|e| fail(&e));
        discard_pending(&file);
    }

    #[test]
    fn nothing_is_restored_that_was_not_set_up() {
        // Not set up in a unit test: restoring is a no-op, twice.
        assert!(!restore());
        assert!(!restore());
        assert!(!take_redraw());
    }
}
