//! The terminal shell both full-screen faces share (src/term), end to end in a pseudo-terminal: every
//! exit path of the navigator and of the training walkthrough leaves the normal screen, the cursor
//! shown, raw mode off and nothing typed or pasted for the shell to read; SIGTSTP and Ctrl-Z suspend
//! with the terminal given back, and `fg` (SIGCONT) takes it back with the screen drawn anew; a large
//! paste without bracketed-paste marks is read to the end and the navigator still answers Esc.

mod common;

use common::paste::mixed_paste;
use common::pty::{self, Session};
use vagvisare::i18n::{Lang, Msg, text};

/// A face to start: the navigator or the training walkthrough, each on its fixture.
#[derive(Debug, Clone, Copy)]
enum Face {
    Navigator,
    Training,
}

impl Face {
    fn start(self, env: &[(&str, &str)]) -> Session {
        let mut s = match self {
            Face::Navigator => Session::spawn(pty::TUI_FIXTURE, None, &["--lang", "sv"], env),
            Face::Training => Session::spawn(
                pty::CONTENT_FIXTURE,
                None,
                &["--lang", "sv", "train", "demo_barn"],
                env,
            ),
        };
        s.wait_until("the face drawn", |sc| self.drawn(sc));
        assert!(!s.cooked(), "{self:?}: raw mode while it runs");
        s
    }

    /// Whether the face's screen is there: in the alternate screen, with its own text.
    fn drawn(self, sc: &vt100::Screen) -> bool {
        let marker = match self {
            Face::Navigator => "Finns det barn med i bilden?",
            Face::Training => "Ett barn i en akut situation",
        };
        sc.alternate_screen() && sc.contents().contains(marker)
    }
}

const FACES: [Face; 2] = [Face::Navigator, Face::Training];

#[test]
fn every_exit_path_of_both_faces_restores_the_terminal_and_leaves_no_input() {
    let ways: [(&str, Option<&[u8]>, u32); 9] = [
        ("q", Some(b"q"), 0),
        ("Ctrl-C", Some(b"\x03"), 0),
        ("TERM", None, 128 + 15),
        ("INT", None, 128 + 2),
        ("HUP", None, 128 + 1),
        ("QUIT", None, 128 + 3),
        ("USR1", None, 128 + 10),
        ("USR2", None, 128 + 12),
        ("ALRM", None, 128 + 14),
    ];
    for face in FACES {
        for (how, keys, status) in ways {
            let mut s = face.start(&[]);
            match keys {
                Some(k) => s.send(k),
                None => s.kill(how),
            }
            assert_eq!(s.finish(), status, "{face:?} {how}");
            s.assert_restored(&format!("{face:?} {how}"));
            assert_eq!(
                s.left_to_read(),
                0,
                "{face:?} {how}: input left for the shell"
            );
        }
    }
}

#[test]
fn a_panic_in_either_face_leaves_no_input_behind() {
    for face in FACES {
        let mut s = face.start(&[("VAGVISARE_TEST_PANIC", "1")]);
        // The key that panics, and a line the shell would run if it were left over.
        s.send(b"lecho pwned\r");
        assert_ne!(s.finish(), 0, "{face:?}: a panic is a failure");
        s.assert_restored(&format!("{face:?} panic"));
        assert_eq!(s.left_to_read(), 0, "{face:?}: input left for the shell");
    }
}

#[test]
fn a_panic_in_training_restores_the_terminal_and_says_so() {
    let mut s = Face::Training.start(&[("VAGVISARE_TEST_PANIC", "1")]);
    s.send(b"l");
    let status = s.finish();
    assert_ne!(status, 0, "a panic is a failure");
    s.assert_restored("panic in training");
    let out = s.parser.screen().contents();
    for line in [
        "vagvisare: internt fel",
        "Fel: VAGVISARE_TEST_PANIC",
        "Plats: src/train/",
        "Terminalen är återställd.",
    ] {
        assert!(out.contains(line), "`{line}` missing in:\n{out}");
    }
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn sigtstp_and_ctrl_z_suspend_and_fg_resumes_in_raw_mode_with_a_full_redraw() {
    for face in FACES {
        for how in ["TSTP", "Ctrl-Z"] {
            let what = format!("{face:?} {how}");
            let mut s = face.start(&[]);
            match how {
                "TSTP" => s.kill("TSTP"),
                _ => s.send(b"\x1a"),
            }
            s.wait_for_state('T');
            s.wait_until("the normal screen while stopped", |sc| {
                !sc.alternate_screen()
            });
            s.assert_restored(&format!("{what}, stopped"));
            // `fg`: the shell continues the process.
            s.kill("CONT");
            s.wait_until("the face drawn again", |sc| face.drawn(sc));
            assert!(!s.cooked(), "{what}: raw mode again after fg");
            assert!(s.state() != 'T', "{what}: running again");
            // And it still answers keys.
            s.send(b"q");
            assert_eq!(s.finish(), 0, "{what}");
            s.assert_restored(&what);
        }
    }
}

#[test]
fn sigcont_after_sigstop_takes_the_terminal_back() {
    let mut s = Face::Navigator.start(&[]);
    s.kill("STOP");
    s.wait_for_state('T');
    s.kill("CONT");
    // Nothing was given back, yet the screen is drawn anew (the alternate screen may have been used
    // by others meanwhile): wait for a fresh frame after clearing the model's screen.
    s.parser.process(b"\x1b[2J");
    s.wait_until("a full redraw", |sc| Face::Navigator.drawn(sc));
    s.send(b"q");
    let code = s.finish();
    assert_eq!(code, 0, "{}", s.parser.screen().contents());
    s.assert_restored("after SIGSTOP and SIGCONT");
}

#[test]
fn an_unbracketed_paste_is_read_to_the_end_and_the_navigator_still_answers() {
    let prompt = text(Lang::Sv, Msg::TuiSearchPrompt);
    let mut s = Face::Navigator.start(&[]);
    s.send(b"/");
    s.screen_has(prompt);
    let paste = mixed_paste();
    let writer = s.paste(paste.into_bytes());
    // The query keeps its first 200 characters and says so.
    s.screen_has("Texten kortades till 200 tecken");
    writer.join().expect("the paste was written");
    s.send(b"\x1b");
    s.wait_until("Esc leaves the search", |sc| {
        !sc.contents().contains(prompt)
    });
    s.kill("TERM");
    assert_eq!(s.finish(), 128 + 15);
    s.assert_restored("SIGTERM after a paste");
    assert_eq!(
        s.left_to_read(),
        0,
        "nothing of the paste is left for the shell"
    );
}

#[test]
fn a_paste_outside_the_search_answers_nothing_and_a_pasted_line_break_is_no_enter() {
    let prompt = text(Lang::Sv, Msg::TuiSearchPrompt);
    let mut s = Face::Navigator.start(&[]);
    // Digits would answer, `e` open the export, Enter write it, `q` quit.
    s.send("12 e export.md\rq".as_bytes());
    s.screen_has("Inklistrad text ignorerades här");
    assert!(
        s.parser
            .screen()
            .contents()
            .contains("Finns det barn med i bilden?"),
        "still the main view"
    );
    // Bracketed: in the search the line break is a space, and opens nothing.
    s.send(b"/");
    s.screen_has(prompt);
    s.send("\x1b[200~skydds\r\nbedömning\x1b[201~".as_bytes());
    s.screen_has("skydds  bedömning");
    assert!(
        s.parser.screen().contents().contains(prompt),
        "still searching"
    );
    s.send(b"\x1b");
    s.wait_until("the main view", |sc| !sc.contents().contains(prompt));
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q after pastes");
}
