//! `vagvisare train` on a terminal: without a scenario it lists them and asks until it gets one — a
//! wrong number or a word asks again, Enter takes the first, `q` ends without training; in the
//! walkthrough a resize reaches the page, which scrolls, and `?` lists the keys.

mod common;

use common::pty::{self, Session};

fn start() -> Session {
    let mut s = Session::spawn(pty::CONTENT_FIXTURE, None, &["--lang", "sv", "train"], &[]);
    s.screen_has("Välj scenario (nummer, Enter = 1, q = avsluta): ");
    s
}

#[test]
fn invalid_choices_ask_again_and_q_quits() {
    let mut s = start();
    s.send(b"99\r");
    s.screen_has("`99` är inget scenario: skriv ett nummer från 1 till 1");
    s.send(b"abc\r");
    s.screen_has("`abc` är inget scenario");
    s.send(b"q\r");
    assert_eq!(s.finish(), 0);
    assert!(
        !s.parser.screen().contents().contains("1/"),
        "no walkthrough started"
    );
    s.assert_restored("q at the prompt");
}

#[test]
fn enter_takes_the_first_scenario() {
    let mut s = start();
    s.send(b"\r");
    s.wait_until("the walkthrough", |sc| {
        sc.alternate_screen() && sc.contents().contains("Ett barn i en akut situation")
    });
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q in the walkthrough");
}

/// Training on the shared terminal session: a resize reaches the walkthrough, so a page that no longer
/// fits says so and PgDn shows its rest before moving on (the progress stays on the first page); back
/// at full size the marks go. `?` lists the keys from the table, Ctrl-Z's among them.
#[test]
fn a_long_page_scrolls_and_follows_resizes() {
    let mut s = start();
    s.send(b"\r");
    s.wait_until("the walkthrough", |sc| {
        sc.contents().contains("Ett barn i en akut situation")
    });
    s.resize(12, 60);
    s.screen_has("▼ mer – PgDn");
    s.send(b"\x1b[6~");
    s.screen_has("▲ mer ovanför – PgUp");
    assert!(
        s.row(0).contains(" 1/"),
        "still the first page: {}",
        s.row(0)
    );
    s.resize(40, 120);
    s.wait_until("no marks at full size", |sc| {
        let text = sc.contents();
        !text.contains("▼ mer") && !text.contains("▲ mer") && text.contains("Målgrupp")
    });
    s.send(b"?");
    s.screen_has("Tangenter");
    s.screen_has("pausa (fortsätt med fg)");
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q after resizing the walkthrough");
}
