//! End-to-end tests of the navigator: the real binary in a pseudo-terminal (portable-pty), its output
//! rebuilt into a screen by vt100. Every wait has a deadline, so a test can fail but never hang.
//! Restoring the terminal is checked three ways: the normal screen (vt100), the cursor shown (vt100)
//! and raw mode off (the pty's termios), after `q`, Ctrl-C, SIGTERM and a panic.
//! They use the navigator's own fixture content (tests/fixtures/tui), so edits to content/ do not move them.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use ratatui::crossterm::event::KeyCode;
use vagvisare::i18n::{Lang, Msg, text};
use vagvisare::tui::action::Action;
use vagvisare::tui::app::View;
use vagvisare::tui::keymap::{BINDINGS, Context};

const ROWS: u16 = 40;
const COLS: u16 = 120;
const DEADLINE: Duration = Duration::from_secs(20);

struct Session {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
}

impl Session {
    fn start() -> Session {
        Session::start_in(None)
    }

    /// The navigator with `cwd` as its working directory (where an export lands).
    fn start_in(cwd: Option<&std::path::Path>) -> Session {
        Session::spawn(cwd, &["--lang", "sv"], &[])
    }

    /// The navigator on the fixture with the options `args`, in `cwd` if given, with the extra
    /// environment `env`.
    fn spawn(cwd: Option<&std::path::Path>, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_vagvisare"));
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tui");
        cmd.args(["--content", fixture]);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("RUST_BACKTRACE");
        cmd.env_remove("RUST_LIB_BACKTRACE");
        cmd.env_remove("VAGVISARE_TEST_PANIC");
        for (k, v) in env {
            cmd.env(k, v);
        }
        if let Some(dir) = cwd {
            cmd.cwd(dir);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Session {
            child,
            master: pair.master,
            writer,
            output: rx,
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).expect("rows"),
                std::num::NonZeroU16::new(COLS).expect("cols"),
                0,
            ),
        }
    }

    /// Feeds output to the screen until `done` holds; answers cursor-position queries on the way.
    fn wait_until(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let end = Instant::now() + DEADLINE;
        while !done(self.parser.screen()) {
            let left = end.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {what}; screen:\n{}",
                self.parser.screen().contents()
            );
            if let Ok(bytes) = self
                .output
                .recv_timeout(left.min(Duration::from_millis(200)))
            {
                if bytes.windows(4).any(|w| w == b"\x1b[6n") {
                    self.send(b"\x1b[1;1R");
                }
                self.parser.process(&bytes);
            }
        }
    }

    /// Resizes the pseudo-terminal (the program gets SIGWINCH) and the screen model with it.
    fn resize(&mut self, rows: u16, cols: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
        self.parser.set_size(nz(rows), nz(cols));
    }

    /// Whether the terminal's line discipline edits lines and echoes (ICANON and ECHO): true before the
    /// program enables raw mode and again after it restored the terminal, false in raw mode.
    fn cooked(&self) -> bool {
        let termios = self.master.get_termios().expect("termios of the pty");
        let flags = termios.local_flags.bits();
        flags & libc::ICANON != 0 && flags & libc::ECHO != 0
    }

    /// After the program exited: the normal screen, the cursor shown, raw mode off.
    fn assert_restored(&self, how: &str) {
        let screen = self.parser.screen();
        assert!(
            !screen.alternate_screen(),
            "{how}: alternate screen left; screen:\n{}",
            screen.contents()
        );
        assert!(!screen.hide_cursor(), "{how}: cursor shown again");
        assert!(
            self.cooked(),
            "{how}: raw mode ended (ICANON and ECHO back)"
        );
    }

    /// Row `row` of the screen as text.
    fn row(&self, row: u16) -> String {
        let (_, cols) = self.parser.screen().size();
        self.parser
            .screen()
            .rows(0, cols.get())
            .nth(usize::from(row))
            .unwrap_or_default()
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    fn screen_has(&mut self, text: &'static str) {
        self.wait_until(text, |s| s.contents().contains(text));
    }

    /// Sends `signal` (`TERM`, `INT` …) to the program with kill(1).
    fn kill(&self, signal: &str) {
        let pid = self.child.process_id().expect("pid");
        let killed = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid.to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
    }

    /// Waits for the child to exit, draining its output into the screen; returns the exit code.
    fn finish(&mut self) -> u32 {
        let end = Instant::now() + DEADLINE;
        loop {
            while let Ok(bytes) = self.output.try_recv() {
                self.parser.process(&bytes);
            }
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Whatever was written before exiting.
                while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(300)) {
                    self.parser.process(&bytes);
                }
                return status.exit_code();
            }
            assert!(Instant::now() < end, "the navigator did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn answering_barn_i_bilden_shows_orosanmalan_as_applying_and_q_quits() {
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(
        s.parser.screen().alternate_screen(),
        "the navigator draws in the alternate screen"
    );
    s.screen_has("112");
    // The duty may apply until the question is answered.
    s.screen_has("? kan bli aktuellt: Gör orosanmälan");
    // Questions pane: down to barn_i_bilden, answer 1 (ja).
    s.send(b"j");
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
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(!s.cooked(), "raw mode while the navigator runs");
    s.send(b"\x03");
    assert_eq!(s.finish(), 0);
    s.assert_restored("Ctrl-C");
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(!s.cooked(), "raw mode while the navigator runs");
    s.kill("TERM");
    assert_eq!(s.finish(), 128 + 15);
    s.assert_restored("SIGTERM");
}

#[test]
fn guide_plain_reads_answers_from_stdin() {
    use assert_cmd::Command;
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tui");
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(["--content", fixture, "--lang", "sv", "guide", "--plain"])
        .write_stdin("0\n1\n\n")
        .timeout(DEADLINE)
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1/3. Är den utsatta ett barn"), "{text}");
    assert!(text.contains("0 hoppa över"));
    assert!(
        text.contains("[✔ gäller] Gör orosanmälan om det finns barn med i bilden."),
        "{text}"
    );
}

#[test]
fn e_enter_exports_the_checklist_privately_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut s = Session::start_in(Some(dir.path()));
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"e");
    s.screen_has("Filnamn: vagvisare-bedomning-");
    s.send(b"\r");
    s.screen_has("Exporterad till: ");
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(
        files.len(),
        1,
        "exactly the export, no temporary file left: {files:?}"
    );
    let file = &files[0];
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(
        name.starts_with("vagvisare-bedomning-") && name.ends_with(".md"),
        "{name}"
    );
    let screen = s.parser.screen().contents();
    assert!(
        screen.contains(name),
        "the status shows the path written:\n{screen}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.starts_with("# Bedömning — "), "{text}");
    // Again: the file exists, so the dialog asks; `n` keeps it, `j` overwrites.
    s.send(b"e");
    s.screen_has("Filnamn: vagvisare-bedomning-");
    s.send(b"\r");
    s.screen_has("Filen finns. Skriv över? (j/n)");
    s.send(b"n");
    s.wait_until("the question gone", |sc| {
        !sc.contents().contains("Skriv över?")
    });
    s.send(b"\r");
    s.screen_has("Filen finns. Skriv över? (j/n)");
    s.send(b"j");
    s.screen_has("Exporterad till: ");
    s.send(b"q");
    assert_eq!(s.finish(), 0);
}

/// The key the keymap binds to `action` everywhere (a plain character), as the terminal sends it.
fn key_for(action: Action) -> Vec<u8> {
    let binding = BINDINGS
        .iter()
        .find(|b| b.context == Context::Global && b.action == action && b.mods.is_empty())
        .unwrap_or_else(|| panic!("no global key for {action:?}"));
    match binding.code {
        KeyCode::Char(c) => c.to_string().into_bytes(),
        other => panic!("{action:?} is bound to {other:?}, not a character"),
    }
}

/// Whether the screen, `cols` wide and `rows` high, holds a frame drawn at that size: a pane's top
/// right corner in the last column (a frame from a wider screen, clipped, has a line there), and the
/// key hints on the last row.
fn drawn_at(screen: &vt100::Screen, rows: u16, cols: u16) -> bool {
    let cell = |r: u16, c: u16| screen.cell(r, c).map(|x| x.contents().to_string());
    let corner = (0..rows)
        .any(|r| cell(r, 0).as_deref() == Some("┌") && cell(r, cols - 1).as_deref() == Some("┐"));
    let hints = screen
        .rows(0, cols)
        .nth(usize::from(rows - 1))
        .is_some_and(|last| last.starts_with("? hjälp  q avsluta"));
    screen.size() == (nz(rows), nz(cols)) && corner && hints
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}

#[test]
fn answer_search_help_resize_and_quit_end_to_end() {
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(!s.cooked(), "raw mode while the navigator runs");
    // Answer: down to barn_i_bilden, 1 = ja.
    s.send(b"j");
    s.send(b"1");
    s.screen_has("✔ gäller: Gör orosanmälan om det finns barn med i");

    // Search, opened with the keymap's key: capitals and no diacritics still find "skyddsbedömning".
    let prompt = text(Lang::Sv, Msg::TuiSearchPrompt);
    s.send(&key_for(Action::Show(View::Search)));
    s.screen_has(prompt);
    s.send("SKYDDSBEDOMNING".as_bytes());
    s.screen_has("SKYDDSBEDOMNING");
    s.screen_has("1 träffar");
    s.screen_has("[skyldighet] Socialtjänsten");
    s.screen_has("ska en skyddsbedömning göras");
    // Enter jumps to the hit: the duty, in the detail pane of the main view.
    s.send(b"\r");
    s.wait_until("the duty in the detail pane", |sc| {
        let t = sc.contents();
        !t.contains(prompt)
            && t.contains("Detalj")
            && t.contains("id: soc_skyddsbedomning")
            && t.contains("När en orosanmälan för barn inkommer ska en")
    });

    // Help, opened with the keymap's key: generated from the same table; Esc closes it.
    let intro = text(Lang::Sv, Msg::TuiHelpIntro);
    s.send(&key_for(Action::ToggleHelp));
    s.screen_has(intro);
    s.screen_has("Överallt");
    s.screen_has("svara (svarsalternativets nummer)");
    s.send(b"\x1b");
    s.wait_until("the help closed", |sc| {
        let t = sc.contents();
        !t.contains(intro) && t.contains("id: soc_skyddsbedomning")
    });

    // Smaller: below 100 columns the panes become tabs; the frame is drawn at 80×24.
    s.resize(24, 80);
    s.wait_until("a frame at 80×24", |sc| {
        drawn_at(sc, 24, 80)
            && sc
                .contents()
                .contains("Steg 2/3 │ Frågor │ Skyldigheter │ Detalj")
    });
    assert!(s.row(0).starts_with("☎ 112"), "{}", s.row(0));
    // Larger: side by side again, at 140×50.
    s.resize(50, 140);
    s.wait_until("a frame at 140×50", |sc| {
        let t = sc.contents();
        drawn_at(sc, 50, 140)
            && !t.contains("Steg 2/3 │ Frågor")
            && t.contains("Finns det barn med i bilden?")
            && t.contains("id: soc_skyddsbedomning")
    });
    assert!(s.row(0).starts_with("☎ 112"), "{}", s.row(0));
    assert!(
        (1..5).any(|r| s.row(r).starts_with(" Vägvisare │ Kontakter │ Lagrum")),
        "the tab bar below the emergency line:\n{}",
        s.parser.screen().contents()
    );

    s.send(b"q");
    s.screen_has("Avsluta?");
    s.send(b"j");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q after resizing");
}

#[test]
fn q_ctrl_c_and_sigterm_restore_the_terminal_while_the_cursor_is_hidden() {
    for (how, status) in [("q", 0), ("Ctrl-C", 0), ("SIGTERM", 128 + 15)] {
        let mut s = Session::start();
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
        // The test-only switch (debug builds): the navigator panics at the first key.
        let mut s = Session::spawn(None, args, &[("VAGVISARE_TEST_PANIC", "1")]);
        s.wait_until("the navigator drawn", |sc| {
            sc.alternate_screen()
                && sc.contents().contains("Finns det barn med i bilden?")
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

/// Issue 22: `q` with answers given asks before quitting, and nothing is lost unseen: `n` (or Esc)
/// stays with the answers, `q` again (or `j`) quits; Ctrl-C asks too, and a second Ctrl-C quits.
#[test]
fn quitting_with_answers_asks_first() {
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"j");
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
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
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
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"D");
    s.screen_has("När upptäcktes ärendet?");
    s.send("2099-01-01 10:00".as_bytes());
    s.send(b"\r");
    s.screen_has("Upptäckten kan inte ligga i framtiden.");
    // Backspace down to nothing, then the evening the case began.
    for _ in 0..20 {
        s.send(b"\x7f");
    }
    s.send("2026-01-05 22:00".as_bytes());
    s.send(b"\r");
    s.screen_has("Upptäckt: 2026-01-05 22:00");
    s.send(b"T");
    s.screen_has("Upptäckt: måndag 5 januari 2026 22:00");
    s.screen_has("Tidsfristerna räknas från upptäckten.");
    // Nothing answered: q quits at once.
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q after D");
}
