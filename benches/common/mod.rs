//! The pseudo-terminal harness of the benches that run the real binary (navigator, paste): the
//! program in a pty (portable-pty), its output rebuilt into a screen by vt100 with every chunk stamped
//! when it arrived, cursor-position queries answered, every wait with a deadline, every child killed and
//! reaped; the release binary; and the statistics they print.

#![allow(dead_code)] // each bench uses part of it

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const ROWS: u16 = 40;
pub const COLS: u16 = 120;
/// The longest any single wait may take.
pub const DEADLINE: Duration = Duration::from_secs(10);

pub type Result<T> = std::result::Result<T, String>;

/// One program running in its own pty, its output parsed into a vt100 screen.
pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    pub writer: Box<dyn Write + Send>,
    /// Chunks of output, stamped when the reader thread got them.
    pub output: Receiver<(Instant, Vec<u8>)>,
    pub parser: vt100::Parser,
    /// The last bytes seen, so a query split across two chunks is still recognised.
    tail: Vec<u8>,
    pub spawned: Instant,
    /// When the chunk last fed to the screen arrived.
    last_chunk: Instant,
    exited: bool,
}

impl Pty {
    pub fn spawn(program: &Path, args: &[&str]) -> Result<Pty> {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .map_err(|e| format!("openpty: {e}"))?;
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let mut reader = pair
            .master
            .try_clone_reader()
            .map_err(|e| format!("pty reader: {e}"))?;
        let writer = pair
            .master
            .take_writer()
            .map_err(|e| format!("pty writer: {e}"))?;
        let (tx, rx) = channel();
        let spawned = Instant::now();
        let child = pair
            .slave
            .spawn_command(cmd)
            .map_err(|e| format!("spawn {}: {e}", program.display()))?;
        drop(pair.slave);
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Ok(Pty {
            child,
            _master: pair.master,
            writer,
            output: rx,
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).expect("rows"),
                std::num::NonZeroU16::new(COLS).expect("cols"),
                0,
            ),
            tail: Vec::new(),
            spawned,
            last_chunk: spawned,
            exited: false,
        })
    }

    pub fn pid(&self) -> Result<u32> {
        self.child
            .process_id()
            .ok_or_else(|| "the child has no process id".to_string())
    }

    pub fn feed(&mut self, at: Instant, bytes: &[u8]) -> Result<()> {
        self.tail.extend_from_slice(bytes);
        if self.tail.windows(4).any(|w| w == b"\x1b[6n") {
            // Cursor-position query: answer "row 1, column 1", as a terminal would.
            self.send(b"\x1b[1;1R")?;
            self.tail.clear();
        }
        let keep = self.tail.len().saturating_sub(3);
        self.tail.drain(..keep);
        self.parser.process(bytes);
        self.last_chunk = at;
        Ok(())
    }

    /// Feeds output to the screen until `done` holds; returns when the chunk that made it hold
    /// arrived. Fails after `deadline`.
    pub fn wait_until(
        &mut self,
        what: &str,
        deadline: Duration,
        done: impl Fn(&vt100::Screen) -> bool,
    ) -> Result<Instant> {
        let end = Instant::now() + deadline;
        while !done(self.parser.screen()) {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(format!(
                    "timed out after {deadline:?} waiting for {what}; screen:\n{}",
                    self.parser.screen().contents()
                ));
            }
            match self
                .output
                .recv_timeout(left.min(Duration::from_millis(100)))
            {
                Ok((at, bytes)) => self.feed(at, &bytes)?,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(format!(
                        "the program closed the terminal while waiting for {what}; screen:\n{}",
                        self.parser.screen().contents()
                    ));
                }
            }
        }
        Ok(self.last_chunk)
    }

    /// Feeds whatever output is waiting, without blocking.
    pub fn drain(&mut self) -> Result<()> {
        while let Ok((at, bytes)) = self.output.try_recv() {
            self.feed(at, &bytes)?;
        }
        Ok(())
    }

    pub fn send(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer
            .write_all(bytes)
            .and_then(|()| self.writer.flush())
            .map_err(|e| format!("write to the pty: {e}"))
    }

    /// Waits up to `deadline` for the child to exit by itself; returns its exit code.
    pub fn wait_exit(&mut self, deadline: Duration) -> Result<u32> {
        let end = Instant::now() + deadline;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    self.exited = true;
                    return Ok(status.exit_code());
                }
                Ok(None) if Instant::now() < end => std::thread::sleep(Duration::from_millis(1)),
                Ok(None) => return Err(format!("the child did not exit within {deadline:?}")),
                Err(e) => return Err(format!("try_wait: {e}")),
            }
        }
    }

    /// Kills the child (SIGHUP, then SIGKILL after a grace period) and reaps it.
    pub fn kill(&mut self) {
        if !self.exited {
            let _ = self.child.kill();
            let _ = self.child.wait();
            self.exited = true;
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The navigator's first complete frame, the action plan (its start view): "112" in the emergency
/// line, the plan's pane with the discovery time, and the hints on the last row.
pub fn first_frame(s: &vt100::Screen) -> bool {
    let rows: Vec<String> = s.rows(0, COLS).collect();
    let top = rows.iter().take(3).any(|r| r.contains("112"));
    let plan = rows.iter().take(10).any(|r| r.contains("▶ Åtgärdsplan"))
        && rows.iter().take(10).any(|r| r.contains("Upptäckt: "));
    let hints = rows.last().is_some_and(|r| !r.trim().is_empty());
    top && plan && hints
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// `target/release/vagvisare`, as built by `cargo build --release`.
pub fn release_binary() -> Result<PathBuf> {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    let bin = target.join("release").join("vagvisare");
    if !bin.is_file() {
        return Err(format!(
            "the release binary {} is missing: run `cargo build --release` first",
            bin.display()
        ));
    }
    // `cargo bench` has just overwritten target/release/vagvisare with the bin it builds for the
    // bench profile (dev-dependencies' features unified in; not byte-identical to the release
    // build). `cargo build --release` puts the release artifact back: 0.1 s when it is up to date,
    // a rebuild when the sources changed since.
    let status = std::process::Command::new(cargo())
        .args(["build", "--release", "--quiet", "--bin", "vagvisare"])
        .current_dir(root())
        .status()
        .map_err(|e| format!("cargo build --release: {e}"))?;
    if !status.success() {
        return Err("cargo build --release failed".to_string());
    }
    Ok(bin)
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median, minimum and 90th percentile, in ms.
pub fn stats(mut v: Vec<Duration>) -> (f64, f64, f64) {
    v.sort();
    let n = v.len();
    let median = if n % 2 == 1 {
        ms(v[n / 2])
    } else {
        (ms(v[n / 2 - 1]) + ms(v[n / 2])) / 2.0
    };
    (median, ms(v[0]), ms(v[(n * 9 / 10).min(n - 1)]))
}

/// utime + stime of the whole process, in clock ticks.
pub fn cpu_ticks(pid: u32) -> Result<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map_err(|e| format!("/proc/{pid}/stat: {e}"))?;
    // Fields after the command name (which may hold spaces) start with field 3, the state.
    let after = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .ok_or("malformed /proc/<pid>/stat")?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |n: usize| -> Result<u64> {
        fields
            .get(n - 3)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| format!("/proc/{pid}/stat: no field {n}"))
    };
    Ok(field(14)? + field(15)?)
}
