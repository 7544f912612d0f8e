//! Issue 22's dialogs in the pseudo-terminal: the question before quitting with answers, and the
//! discovery time set with `D`.

use super::Navigator;

/// Issue 22: `q` with answers given asks before quitting, and nothing is lost unseen: `n` (or Esc)
/// stays with the answers, `q` again (or `j`) quits; Ctrl-C asks too, and a second Ctrl-C quits.
#[test]
fn quitting_with_answers_asks_first() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    // The main view; its question list starts on the most decisive, barn_i_bilden.
    s.send(b"M");
    s.screen_has("Skyldigheter – ");
    s.send(b"1");
    s.screen_has("✔ gäller: Gör orosanmälan om det finns barn med i");
    s.send(b"q");
    s.screen_has("Avsluta?");
    s.screen_has("Svaren sparas inte när du avslutar (1 besvarade)");
    s.screen_has("e exportera först");
    // n stays: the dialog closes, the answer is still there, the program still runs.
    s.send(b"n");
    s.wait_until("the question gone", |sc| {
        !sc.contents().contains("Avsluta?")
    });
    s.screen_has("✔ gäller: Gör orosanmälan om det finns barn med i");
    assert!(!s.cooked(), "still running, in raw mode");
    // Ctrl-C asks too; Esc stays.
    s.send(b"\x03");
    s.screen_has("Avsluta?");
    s.send(b"\x1b");
    s.wait_until("the question gone", |sc| {
        !sc.contents().contains("Avsluta?")
    });
    // q, then q again: quits.
    s.send(b"q");
    s.screen_has("Avsluta?");
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q q");
    // Ctrl-C twice quits as well.
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    // On the plan: Tab to its questions, 1 answers the first.
    s.send(b"\t");
    s.screen_has("▶ Frågor");
    s.send(b"1");
    s.screen_has("Frågor (1/3)");
    s.send(b"\x03");
    s.screen_has("Avsluta?");
    s.send(b"\x03");
    assert_eq!(s.finish(), 0);
    s.assert_restored("Ctrl-C Ctrl-C");
}

/// Issue 22: the discovery time is set in the navigator (`D`): the pre-filled time is replaced by
/// what is typed, the timeline counts from it, and a time in the future is refused with the reason.
#[test]
fn the_discovery_time_is_set_with_d_and_the_timeline_counts_from_it() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"D");
    s.screen_has("När upptäcktes ärendet?");
    // Typed text and Enter in one batch would be a paste with a line break: Enter after the text.
    s.send("2099-01-01 10:00".as_bytes());
    s.screen_has("2099-01-01 10:00");
    s.send(b"\r");
    s.screen_has("Upptäckten kan inte ligga i framtiden.");
    // Backspace down to nothing, then the evening the case began.
    for _ in 0..20 {
        s.send(b"\x7f");
    }
    s.send("2026-01-05 22:00".as_bytes());
    s.screen_has("2026-01-05 22:00");
    s.send(b"\r");
    // The dialog's own field reads "Upptäckt: …" too: wait until it has closed, so that `T` comes as
    // a key of its own and not together with the Enter (which would make both text).
    s.wait_until("the dialog closed", |sc| {
        !sc.contents().contains("När upptäcktes ärendet?")
    });
    s.screen_has("Upptäckt: 2026-01-05 22:00");
    s.send(b"T");
    s.screen_has("Upptäckt: måndag 5 januari 2026 22:00");
    s.screen_has("Tidsfristerna räknas från upptäckten.");
    // Nothing answered: q quits at once.
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q after D");
}
