//! `vagvisare train` without a scenario, on a terminal: it lists the scenarios and asks until it gets
//! one — a wrong number or a word asks again, Enter takes the first, `q` ends without training.

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
