//! The terminal shell shared by the faces that draw full-screen — the navigator (`tui`) and the
//! training walkthrough (`train`) — so that both leave the terminal the same way on every exit path:
//! `q`, Ctrl-C, SIGTERM, SIGINT, SIGHUP, SIGQUIT and the other ending signals, a panic; and both
//! suspend (Ctrl-Z, SIGTSTP) and resume (`fg`) cleanly.
//!
//! - [`session`]: one face's hold on the terminal, from set-up to restore;
//! - [`tty`]: the terminal's state and its changes (set up, restore exactly once, suspend, resume,
//!   discard unread input);
//! - [`signals`]: what each signal does;
//! - [`mod@panic`]: the panic hook and its message;
//! - [`input`]: input in batches, and a paste told from typing;
//! - [`keys`]: the key-table mechanism behind each face's one table of keys.
//!
//! Below the faces and above `i18n` (the panic message and key help are in the user's language); it
//! knows nothing of content.

pub mod input;
pub mod keys;
pub mod panic;
pub mod session;
pub mod signals;
pub mod tty;
