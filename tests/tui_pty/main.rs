//! End-to-end tests of the navigator: the real binary in a pseudo-terminal (portable-pty), its output
//! rebuilt into a screen by vt100. Every wait has a deadline, so a test can fail but never hang.
//! Restoring the terminal is checked three ways: the normal screen (vt100), the cursor shown (vt100)
//! and raw mode off (the pty's termios), after `q`, Ctrl-C, SIGTERM and a panic.
//! They use the navigator's own fixture content (tests/fixtures/tui), so edits to content/ do not move them.
//!
//! One test binary, a file per area: the exit paths and the plain guide here, [`flows`] (export, then
//! answer, search, help and resize end to end), [`dialogs`] (the question before quitting and the
//! discovery time), [`words`] (the source view, the glossary, the Swedish original), [`plan`] (the plan
//! as the first screen on the shipped content, the plain guide's back and quit).

#[path = "../common/mod.rs"]
mod common;
mod dialogs;
mod flows;
mod plan;
mod words;

use common::pty;

/// The ways the navigator is started here, each a [`pty::Session`].
struct Navigator;

impl Navigator {
    fn start() -> pty::Session {
        Navigator::start_in(None)
    }

    /// The navigator with `cwd` as its working directory (where an export lands).
    fn start_in(cwd: Option<&std::path::Path>) -> pty::Session {
        Navigator::spawn(cwd, &["--lang", "sv"], &[])
    }

    /// The navigator on the fixture with the options `args`, in `cwd` if given, with the extra
    /// environment `env`.
    fn spawn(cwd: Option<&std::path::Path>, args: &[&str], env: &[(&str, &str)]) -> pty::Session {
        pty::Session::spawn(pty::TUI_FIXTURE, cwd, args, env)
    }
}

#[test]
fn answering_barn_i_bilden_shows_orosanmalan_as_applying_and_q_quits() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(
        s.parser.screen().alternate_screen(),
        "the navigator draws in the alternate screen"
    );
    s.screen_has("112");
    // The main view (M): the duty may apply until the question is answered.
    s.send(b"M");
    s.screen_has("? kan bli aktuellt: Gör orosanmälan");
    // Its question list starts on the most decisive, barn_i_bilden: answer 1 (ja).
    s.send(b"1");
    s.screen_has("✔ gäller: Gör orosanmälan om det finns barn med i");
    // With an answer given, q asks first; j confirms.
    s.send(b"q");
    s.screen_has("Avsluta?");
    s.send(b"j");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q");
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(!s.cooked(), "raw mode while the navigator runs");
    s.send(b"\x03");
    assert_eq!(s.finish(), 0);
    s.assert_restored("Ctrl-C");
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(!s.cooked(), "raw mode while the navigator runs");
    s.kill("TERM");
    assert_eq!(s.finish(), 128 + 15);
    s.assert_restored("SIGTERM");
}

/// `guide --plain` on the navigator's fixture, `typed` on its stdin; its stdout, having succeeded.
fn plain_guide(typed: &str) -> String {
    use assert_cmd::Command;
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args([
            "--content",
            pty::TUI_FIXTURE,
            "--lang",
            "sv",
            "guide",
            "--plain",
        ])
        .write_stdin(typed.to_string())
        .timeout(pty::DEADLINE)
        .output()
        .expect("run");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn guide_plain_reads_answers_from_stdin() {
    let text = plain_guide("1\n0\n\n");
    // The most decisive question first, with how much it decides; the prompt says how to ask all.
    assert!(
        text.contains("Fråga 1. Finns det barn med i bilden? (avgör 2 rader)"),
        "{text}"
    );
    assert!(text.contains("0 hoppa över"));
    assert!(text.contains("a ställer alla frågor"), "{text}");
    // Then the plan.
    assert!(text.contains("Åtgärdsplan"), "{text}");
    assert!(
        text.contains("[✔ gäller] Socialtjänsten: Gör orosanmälan om det finns barn med i bilden."),
        "{text}"
    );
}

#[test]
fn q_ctrl_c_and_sigterm_restore_the_terminal_while_the_cursor_is_hidden() {
    for (how, status) in [("q", 0), ("Ctrl-C", 0), ("SIGTERM", 128 + 15)] {
        let mut s = Navigator::start();
        s.screen_has("Finns det barn med i bilden?");
        assert!(!s.cooked(), "{how}: raw mode while the navigator runs");
        // Too small: the navigator only asks for a larger window, with the cursor hidden.
        s.resize(10, 30);
        s.wait_until("the request to enlarge, the cursor hidden", |sc| {
            sc.hide_cursor() && sc.contents().contains("Förstora")
        });
        match how {
            "q" => s.send(b"q"),
            "Ctrl-C" => s.send(b"\x03"),
            _ => s.kill("TERM"),
        }
        assert_eq!(s.finish(), status, "{how}");
        s.assert_restored(how);
    }
}

#[test]
fn a_panic_restores_the_terminal_and_says_briefly_what_happened_in_the_users_language() {
    let expected: [(&[&str], &[&str]); 2] = [
        (
            &["--lang", "sv"],
            &[
                "vagvisare: internt fel",
                "Fel: VAGVISARE_TEST_PANIC",
                "Plats: src/tui/",
                "Terminalen är återställd.",
                "Inget sparades",
                "Rapportera felet",
            ],
        ),
        // With the mouse captured: the hook releases it too.
        (
            &["--lang", "en", "--mouse"],
            &[
                "vagvisare: internal error",
                "Error: VAGVISARE_TEST_PANIC",
                "Location: src/tui/",
                "The terminal has been restored.",
                "Nothing was saved",
                "Report it",
            ],
        ),
    ];
    for (args, lines) in expected {
        let lang = args.join(" ");
        let mouse = args.contains(&"--mouse");
        // The question as the navigator shows it in that language (its translation under `--lang en`).
        let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
        let (sv, en) =
            vagvisare::content::load_dir_translated(&fixture).unwrap_or_else(|e| panic!("{e}"));
        let c = if args.contains(&"en") { en } else { sv };
        let question = c
            .question_index("barn_i_bilden")
            .map_or(String::new(), |q| c.questions[q].text.to_string());
        let question = question.as_str();
        // The test-only switch (debug builds): the navigator panics at the first key.
        let mut s = Navigator::spawn(None, args, &[("VAGVISARE_TEST_PANIC", "1")]);
        s.wait_until("the navigator drawn", |sc| {
            sc.alternate_screen()
                && sc.contents().contains(question)
                && (sc.mouse_protocol_mode() != vt100::MouseProtocolMode::None) == mouse
        });
        assert!(!s.cooked(), "{lang}: raw mode while the navigator runs");
        s.send(b"j");
        let status = s.finish();
        assert_ne!(status, 0, "{lang}: a panic is a failure");
        s.assert_restored(&format!("panic ({lang})"));
        assert_eq!(
            s.parser.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "{lang}: mouse capture off"
        );
        let out = s.parser.screen().contents();
        for line in lines {
            assert!(out.contains(line), "{lang}: `{line}` missing in:\n{out}");
        }
        // Ours only: std's default text ("thread 'main' panicked at …") is left out.
        assert!(!out.contains("panicked"), "{lang}:\n{out}");
        assert!(!out.contains("thread '"), "{lang}:\n{out}");
        let shown = out.lines().filter(|l| !l.trim().is_empty()).count();
        assert!(shown <= 6, "{lang}: short, {shown} lines:\n{out}");
    }
}
