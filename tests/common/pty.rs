//! The pseudo-terminal harness of the end-to-end tests: the real binary in a pty (portable-pty), its
//! output rebuilt into a screen by vt100. Every wait has a deadline, so a test can fail but never hang.
//! Restoring the terminal is checked three ways: the normal screen (vt100), the cursor shown (vt100)
//! and raw mode off (the pty's termios).

#![allow(dead_code)] // each test file uses part of the harness

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};

pub const ROWS: u16 = 40;
pub const COLS: u16 = 120;
pub const DEADLINE: Duration = Duration::from_secs(20);

/// The navigator's own fixture content (tests/fixtures/tui).
pub const TUI_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tui");
/// The CLI fixture content, with one training scenario (`demo_barn`).
pub const CONTENT_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/content");

pub struct Session {
    pub child: Box<dyn Child + Send + Sync>,
    pub master: Box<dyn MasterPty + Send>,
    /// Kept open so that a second program can read what is left in the terminal afterwards.
    slave: Box<dyn SlavePty + Send>,
    /// Shared with a thread that pastes ([`Session::paste`]).
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
}

impl Session {
    /// The binary with `args` (the content folder first, as `--content DIR`), in `cwd` if given, with
    /// the extra environment `env`.
    pub fn spawn(
        content: &str,
        cwd: Option<&std::path::Path>,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Session {
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
        cmd.args(["--content", content]);
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
            slave: pair.slave,
            writer: Arc::new(Mutex::new(writer)),
            output: rx,
            parser: vt100::Parser::new(nz(ROWS), nz(COLS), 0),
        }
    }

    /// Feeds output to the screen until `done` holds; answers cursor-position queries on the way.
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
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

    /// Feeds output to the screen until none has come for `quiet`: a frame is written in pieces, and
    /// what is read while the cursor moves over the cells is no whole frame.
    pub fn settle(&mut self, quiet: Duration) {
        let end = Instant::now() + DEADLINE;
        while let Ok(bytes) = self.output.recv_timeout(quiet) {
            assert!(Instant::now() < end, "the output never settled");
            if bytes.windows(4).any(|w| w == b"\x1b[6n") {
                self.send(b"\x1b[1;1R");
            }
            self.parser.process(&bytes);
        }
    }

    /// Resizes the pseudo-terminal (the program gets SIGWINCH) and the screen model with it.
    pub fn resize(&mut self, rows: u16, cols: u16) {
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
    pub fn cooked(&self) -> bool {
        let termios = self.master.get_termios().expect("termios of the pty");
        let flags = termios.local_flags.bits();
        flags & libc::ICANON != 0 && flags & libc::ECHO != 0
    }

    /// The terminal as the program found it: the normal screen, the cursor shown, raw mode off.
    pub fn assert_restored(&self, how: &str) {
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
    pub fn row(&self, row: u16) -> String {
        let (_, cols) = self.parser.screen().size();
        self.parser
            .screen()
            .rows(0, cols.get())
            .nth(usize::from(row))
            .unwrap_or_default()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let mut writer = self.writer.lock().expect("the writer");
        writer.write_all(bytes).expect("write");
        writer.flush().expect("flush");
    }

    /// Writes `bytes` from another thread, as a terminal pastes: the write may block until the program
    /// reads (the terminal's input queue holds a few kilobytes). Returns when all is written.
    pub fn paste(&mut self, bytes: Vec<u8>) -> std::thread::JoinHandle<()> {
        let writer = Arc::clone(&self.writer);
        std::thread::spawn(move || {
            if let Ok(mut w) = writer.lock() {
                let _ = w.write_all(&bytes);
                let _ = w.flush();
            }
        })
    }

    pub fn screen_has(&mut self, text: &str) {
        self.wait_until(text, |s| s.contents().contains(text));
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }

    /// Sends `signal` (`TERM`, `INT` …) to the program with kill(1).
    pub fn kill(&self, signal: &str) {
        let killed = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &self.pid().to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
    }

    /// The program's state letter in /proc (`S` sleeping, `T` stopped …).
    pub fn state(&self) -> char {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        // "pid (comm) S …": the state follows the last ')'.
        stat.rsplit_once(") ")
            .and_then(|(_, rest)| rest.chars().next())
            .unwrap_or('?')
    }

    /// Waits until the program's state is `want` (Linux /proc).
    pub fn wait_for_state(&self, want: char) {
        let end = Instant::now() + DEADLINE;
        while self.state() != want {
            assert!(
                Instant::now() < end,
                "state {want} never reached ({})",
                self.state()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for the child to exit, draining its output into the screen; returns the exit code.
    pub fn finish(&mut self) -> u32 {
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
            assert!(Instant::now() < end, "the program did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// After the program exited: how many bytes of input are still waiting in the terminal — what the
    /// shell would read next. A second program on the same terminal reads without waiting and says.
    pub fn left_to_read(&mut self) -> usize {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args([
            "-c",
            "stty -icanon -echo min 0 time 1; n=$(dd bs=65536 count=1 2>/dev/null | wc -c); \
             echo \"LEFT=$n.\"",
        ]);
        let mut probe = self.slave.spawn_command(cmd).expect("spawn the probe");
        let end = Instant::now() + DEADLINE;
        let mut seen = String::new();
        loop {
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(100)) {
                seen.push_str(&String::from_utf8_lossy(&bytes));
            }
            if let Some(n) = seen
                .split("LEFT=")
                .nth(1)
                .and_then(|r| r.split('.').next())
                .and_then(|n| n.trim().parse::<usize>().ok())
            {
                let _ = probe.wait();
                return n;
            }
            assert!(Instant::now() < end, "the probe said nothing: {seen:?}");
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}
