//! What each signal does while a face holds the terminal. One thread waits on them (costing nothing
//! while idle) and acts for the whole process:
//!
//! - SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ —
//!   every signal whose default is to end the process: the terminal is restored (unread input
//!   discarded) and the process exits with 128 + the signal's number, as a shell reports it.
//! - SIGTSTP: the terminal is restored and the process stopped, as the default would; on SIGCONT
//!   (`fg`) raw mode and the alternate screen come back and the screen is redrawn ([`super::tty`]).
//! - SIGCONT after a SIGSTOP (which cannot be caught): the terminal is taken back the same way.
//!
//! Once the terminal is given back (the face has ended), each signal does what its default does.
//!
//! A thread rather than a flag polled by the event loop: crossterm's blocking read retries after
//! `EINTR`, so a signal cannot wake the loop, and polling with a timeout would cost CPU while idle.
//! In raw mode Ctrl-C and Ctrl-Z are keys (the faces bind them), so these signals come from `kill`,
//! a closed terminal (SIGHUP) or the faces themselves (Ctrl-Z raises nothing; it calls
//! [`super::tty::suspend`] directly).

use std::sync::Once;

use signal_hook::consts::{
    SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU, SIGXFSZ,
};

use super::tty;

/// The signals whose default action ends the process, and that can be caught. (SIGPIPE stays ignored,
/// as Rust sets it: a closed pipe is an error on the write. SIGSEGV and its kind are not caught.)
pub const ENDING: [i32; 11] = [
    SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
    SIGXFSZ,
];

static WATCH: Once = Once::new();

/// Starts the thread that handles the signals (once per process; later calls do nothing).
pub fn watch() {
    WATCH.call_once(|| {
        let wanted = ENDING.iter().copied().chain([SIGTSTP, SIGCONT]);
        let Ok(mut signals) = signal_hook::iterator::Signals::new(wanted) else {
            return;
        };
        let spawned = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                for sig in signals.forever() {
                    handle(sig);
                }
            });
        // Without the thread the faces still restore on quit and on panic.
        drop(spawned);
    });
}

fn handle(sig: i32) {
    match sig {
        SIGTSTP => tty::suspend(),
        SIGCONT => tty::continued(),
        _ => {
            // Wait for a frame being drawn, then restore — unless it is no longer ours.
            let frame = tty::frame(tty::FRAME_WAIT);
            if tty::restore() {
                std::process::exit(128 + sig);
            }
            drop(frame);
            // Not ours (the face ended): what the signal would have done without us.
            let _ = signal_hook::low_level::emulate_default_handler(sig);
        }
    }
}
