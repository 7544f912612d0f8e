//! End-to-end tests of the navigator: the real binary in a pseudo-terminal (portable-pty), its output
//! rebuilt into a screen by vt100. Every wait has a deadline, so a test can fail but never hang.
//! They use the navigator's own fixture content (tests/fixtures/tui), so edits to content/ do not move them.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
const DEADLINE: Duration = Duration::from_secs(20);

struct Session {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
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
        cmd.args(["--content", fixture, "--lang", "sv"]);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
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
            _master: pair.master,
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

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    fn screen_has(&mut self, text: &'static str) {
        self.wait_until(text, |s| s.contents().contains(text));
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
    s.send(b"q");
    assert_eq!(s.finish(), 0);
    assert!(
        !s.parser.screen().alternate_screen(),
        "alternate screen left"
    );
    assert!(!s.parser.screen().hide_cursor(), "cursor shown again");
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"\x03");
    assert_eq!(s.finish(), 0);
    assert!(!s.parser.screen().alternate_screen());
    assert!(!s.parser.screen().hide_cursor());
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start();
    s.screen_has("Finns det barn med i bilden?");
    let pid = s.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    assert_eq!(s.finish(), 128 + 15);
    assert!(
        !s.parser.screen().alternate_screen(),
        "alternate screen left"
    );
    assert!(!s.parser.screen().hide_cursor(), "cursor shown again");
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
