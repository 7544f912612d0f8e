//! What a panic in a face that holds the terminal (the navigator, training) leaves behind: a restored
//! terminal and a short message in the user's language — that vagvisare hit an internal error, the panic's message and location, that the
//! terminal is restored and nothing was saved, and where to report it — instead of std's "thread
//! 'main' panicked at …" printed into a terminal still in raw mode and the alternate screen.
//!
//! The hook restores first, then writes to stderr. It runs before the abort of the release profile
//! (`panic = "abort"`) as well as before unwinding in the dev profile. It names no thread (the main
//! thread may be unnamed) and does not call std's hook; with `RUST_BACKTRACE` set it adds a backtrace
//! below the message.

use std::backtrace::{Backtrace, BacktraceStatus};
use std::io::Write;
use std::panic::PanicHookInfo;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::i18n::{Lang, Msg, fill, text};

/// The panic hook in place before [`install`].
type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

/// At most this many characters of the panic's own message are shown.
const MAX_WHAT: usize = 200;

/// Whether an export is being written: a panic then may leave its temporary file behind.
static EXPORTING: AtomicBool = AtomicBool::new(false);

/// Puts the hook that was in place before [`install`] back when dropped (not while panicking, when
/// the hook cannot be changed).
pub struct HookGuard {
    previous: Option<Hook>,
}

impl Drop for HookGuard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(previous) = self.previous.take() {
            std::panic::set_hook(previous);
        }
    }
}

/// Replaces the panic hook while a face holds the terminal: restore the terminal, then say what
/// happened in `lang`. Install it before the terminal is set up, so no panic can find the terminal
/// unrestored.
pub fn install(lang: Lang) -> HookGuard {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A frame cut short by the panic goes out first, into the alternate screen, rather than after
        // the restore onto the shell's screen.
        let _ = std::io::stdout().flush();
        super::tty::restore();
        let what = payload_text(info.payload());
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
        let report = message(
            lang,
            what,
            location.as_deref(),
            EXPORTING.load(Ordering::SeqCst),
        );
        // Never panic inside the hook: a failed write to stderr is ignored.
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(report.as_bytes());
        let backtrace = Backtrace::capture();
        if backtrace.status() == BacktraceStatus::Captured {
            let _ = writeln!(err, "{backtrace}");
        }
        let _ = err.flush();
    }));
    HookGuard {
        previous: Some(previous),
    }
}

/// Runs `write` (a face writing a file: the navigator's export) marked as such, for the panic message.
pub fn exporting<T>(write: impl FnOnce() -> T) -> T {
    EXPORTING.store(true, Ordering::SeqCst);
    let out = write();
    EXPORTING.store(false, Ordering::SeqCst);
    out
}

/// The panic's message: `panic!("…")` gives a `&str` or a `String`; anything else has none.
fn payload_text(payload: &(dyn std::any::Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
}

/// The message after a panic, one line per fact, ending in a newline. `what` is shortened to one line
/// of at most [`MAX_WHAT`] characters.
pub fn message(lang: Lang, what: Option<&str>, location: Option<&str>, exporting: bool) -> String {
    let unknown = text(lang, Msg::PanicUnknown);
    let what = match what.map(str::split_whitespace) {
        Some(words) => {
            let line = words.collect::<Vec<_>>().join(" ");
            match line.char_indices().nth(MAX_WHAT) {
                Some((cut, _)) => format!("{}…", &line[..cut]),
                None if line.is_empty() => unknown.to_string(),
                None => line,
            }
        }
        None => unknown.to_string(),
    };
    let saved = if exporting {
        Msg::PanicDuringExport
    } else {
        Msg::PanicNothingSaved
    };
    let repository = env!("CARGO_PKG_REPOSITORY");
    let report = if repository.is_empty() {
        text(lang, Msg::PanicReport).to_string()
    } else {
        fill(lang, Msg::PanicReportAt, &[repository])
    };
    [
        text(lang, Msg::PanicInternal).to_string(),
        format!("  {}", fill(lang, Msg::PanicWhat, &[&what])),
        format!(
            "  {}",
            fill(lang, Msg::PanicWhere, &[location.unwrap_or(unknown)])
        ),
        text(lang, saved).to_string(),
        report,
    ]
    .map(|line| line + "\n")
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_says_what_where_restored_nothing_saved_and_where_to_report() {
        let sv = message(Lang::Sv, Some("boom"), Some("src/tui/mod.rs:1:2"), false);
        assert!(sv.starts_with("vagvisare: internt fel"), "{sv}");
        assert!(
            sv.contains("\n  Fel: boom\n  Plats: src/tui/mod.rs:1:2\n"),
            "{sv}"
        );
        assert!(
            sv.contains("Terminalen är återställd. Inget sparades"),
            "{sv}"
        );
        assert!(sv.contains("Rapportera felet"), "{sv}");
        assert_eq!(sv.lines().count(), 5);
        let en = message(Lang::En, Some("boom"), None, false);
        assert!(en.starts_with("vagvisare: internal error"), "{en}");
        assert!(
            en.contains("\n  Error: boom\n  Location: unknown\n"),
            "{en}"
        );
        assert!(en.contains("The terminal has been restored. Nothing was saved"));
        assert!(en.contains("Report it"), "{en}");
        for line in sv.lines().chain(en.lines()) {
            assert!(line.chars().count() <= 120, "fits a terminal: {line}");
        }
    }

    #[test]
    fn a_long_or_multi_line_panic_message_is_one_short_line() {
        let long = format!("first\nsecond {}", "x".repeat(1000));
        let m = message(Lang::En, Some(&long), None, false);
        let line = m.lines().nth(1).unwrap_or_default();
        assert!(line.starts_with("  Error: first second xxx"), "{line}");
        assert!(line.ends_with('…'));
        assert_eq!(line.chars().count(), "  Error: ".len() + MAX_WHAT + 1);
        let empty = message(Lang::Sv, Some(" \n"), None, false);
        assert!(empty.contains("  Fel: okänt\n"), "{empty}");
        assert!(message(Lang::Sv, None, None, false).contains("  Fel: okänt\n"));
    }

    #[test]
    fn a_panic_during_an_export_names_the_temporary_file_it_may_leave() {
        let m = message(Lang::Sv, Some("boom"), None, true);
        assert!(m.contains(".tmp"), "{m}");
        assert!(!m.contains("Inget sparades"), "{m}");
        assert!(message(Lang::En, Some("boom"), None, true).contains(".tmp"));
    }

    #[test]
    fn payload_text_reads_str_and_string_messages() {
        let s: Box<dyn std::any::Any + Send> = Box::new("static");
        assert_eq!(payload_text(s.as_ref()), Some("static"));
        let s: Box<dyn std::any::Any + Send> = Box::new(String::from("owned"));
        assert_eq!(payload_text(s.as_ref()), Some("owned"));
        let s: Box<dyn std::any::Any + Send> = Box::new(7_u8);
        assert_eq!(payload_text(s.as_ref()), None);
    }
}
