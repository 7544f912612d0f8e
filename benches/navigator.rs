//! The navigator in a real pseudo-terminal, against the budgets of issue 10 (see BENCHMARKS.md):
//!
//! * **first frame** — time from spawning the *release* binary (`target/release/vagvisare --lang sv`,
//!   embedded content) in a 120×40 pty to its first complete frame on a vt100 screen: the emergency
//!   line with "112", the step bar ("Steg" pane with "1 …") and the key hints on the last row (ratatui
//!   writes a frame top to bottom, so the last row means the whole frame is there). In the same run,
//!   interleaved, the time from spawning a hello-world release binary in the same harness to its
//!   "Hello, world!" on the screen: the floor; and `vagvisare --version` (process start-up and argument
//!   parsing without any terminal set-up), to split the difference. Medians of [`RUNS`] each; budget
//!   ≤ 2× the floor.
//!   Each time is taken when the chunk of output that completes the screen arrives from the pty (the
//!   reader thread stamps it), so the vt100 parsing here is not counted.
//! * **idle CPU** — after the first frame and a 0.5 s settle, 30 s without input: utime + stime from
//!   `/proc/<pid>/stat` before and after (budget ≤ 1 clock tick), and the context switches of all the
//!   process's threads (`/proc/<pid>/task/*/status`): 0 means nothing woke up at all.
//! * **peak memory** — `VmHWM` from `/proc/<pid>/status` after start and after answering questions,
//!   opening every view, the help and a search (budget ≤ 10 MB).
//! * **paste** — in the search view, 5 000 characters written at once without bracketed-paste marks
//!   (as `tmux paste-buffer` without `-p`: Swedish words with å, ä, ö, digits and phone numbers; and
//!   5 000 × `x`) followed by Esc: the time until the main view is back (every byte read, Esc acted
//!   on) and the CPU it took. Before the fix this never happened: the input stalled after the first
//!   1 024 bytes until the next key.
//!
//! The hello-world is built once into `target/navigator-bench/` with the `[profile.release]` table
//! copied from our Cargo.toml (lto, codegen-units, strip, opt-level, panic), so the floor always has
//! our profile. Cursor-position queries (`ESC[6n`) are answered. Every wait has a deadline and every
//! child is killed and reaped, also on failure. Budgets are reported, never asserted: the program
//! fails only when the harness itself fails (binary missing, a timeout, a dead child).
//!
//! ```sh
//! cargo build --release && cargo bench --bench navigator     # ≈ 35 s of measuring (+ build)
//! ```
//! `NAVIGATOR_BENCH_RUNS=N` changes the number of first-frame runs; `NAVIGATOR_BENCH_SHOW=1` prints
//! the first frame as the harness saw it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// First-frame runs of each binary (after [`WARMUP`] runs that are not counted).
const RUNS: usize = 50;
const WARMUP: usize = 5;
const IDLE: Duration = Duration::from_secs(30);
const SETTLE: Duration = Duration::from_millis(500);
/// The longest any single wait may take.
const DEADLINE: Duration = Duration::from_secs(10);

type Result<T> = std::result::Result<T, String>;

/// One program running in its own pty, its output parsed into a vt100 screen.
struct Pty {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    /// Chunks of output, stamped when the reader thread got them.
    output: Receiver<(Instant, Vec<u8>)>,
    parser: vt100::Parser,
    /// The last bytes seen, so a query split across two chunks is still recognised.
    tail: Vec<u8>,
    spawned: Instant,
    /// When the chunk last fed to the screen arrived.
    last_chunk: Instant,
    exited: bool,
}

impl Pty {
    fn spawn(program: &Path, args: &[&str]) -> Result<Pty> {
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

    fn pid(&self) -> Result<u32> {
        self.child
            .process_id()
            .ok_or_else(|| "the child has no process id".to_string())
    }

    fn feed(&mut self, at: Instant, bytes: &[u8]) -> Result<()> {
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
    fn wait_until(
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
    fn drain(&mut self) -> Result<()> {
        while let Ok((at, bytes)) = self.output.try_recv() {
            self.feed(at, &bytes)?;
        }
        Ok(())
    }

    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer
            .write_all(bytes)
            .and_then(|()| self.writer.flush())
            .map_err(|e| format!("write to the pty: {e}"))
    }

    /// Waits up to `deadline` for the child to exit by itself; returns its exit code.
    fn wait_exit(&mut self, deadline: Duration) -> Result<u32> {
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
    fn kill(&mut self) {
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

/// The navigator's first complete frame: "112" in the emergency line, the step bar and the hints.
fn first_frame(s: &vt100::Screen) -> bool {
    let rows: Vec<String> = s.rows(0, COLS).collect();
    let top = rows.iter().take(3).any(|r| r.contains("112"));
    let steps = rows.iter().take(10).any(|r| r.contains("Steg"))
        && rows
            .iter()
            .take(10)
            .any(|r| r.contains("│1 ") && r.contains(" → "));
    let hints = rows.last().is_some_and(|r| !r.trim().is_empty());
    top && steps && hints
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// `target/release/vagvisare`, as built by `cargo build --release`.
fn release_binary() -> Result<PathBuf> {
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

/// A hello-world binary built with our `[profile.release]`, in `target/navigator-bench/hello`.
fn hello_binary() -> Result<PathBuf> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|e| format!("Cargo.toml: {e}"))?;
    let manifest: toml::Table =
        toml::from_str(&manifest).map_err(|e| format!("Cargo.toml: {e}"))?;
    let profile = manifest
        .get("profile")
        .and_then(|p| p.get("release"))
        .and_then(|r| r.as_table())
        .ok_or("Cargo.toml has no [profile.release]")?;
    let mut profile_table = toml::Table::new();
    profile_table.insert("release".to_string(), toml::Value::Table(profile.clone()));
    let mut doc = toml::Table::new();
    doc.insert("profile".to_string(), toml::Value::Table(profile_table));
    let profile_text = toml::to_string(&doc).map_err(|e| format!("profile: {e}"))?;

    let dir = root().join("target").join("navigator-bench").join("hello");
    std::fs::create_dir_all(dir.join("src")).map_err(|e| format!("{}: {e}", dir.display()))?;
    let cargo_toml = format!(
        "[package]\nname = \"hello\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n\n{profile_text}"
    );
    let write_if_changed = |path: PathBuf, text: &str| -> Result<()> {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(())
    };
    write_if_changed(dir.join("Cargo.toml"), &cargo_toml)?;
    write_if_changed(
        dir.join("src").join("main.rs"),
        "fn main() {\n    println!(\"Hello, world!\");\n}\n",
    )?;
    let status = std::process::Command::new(cargo())
        .args(["build", "--release", "--quiet", "--target-dir"])
        .arg(dir.join("target"))
        .current_dir(&dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .status()
        .map_err(|e| format!("cargo build (hello): {e}"))?;
    if !status.success() {
        return Err(format!("cargo build of {} failed", dir.display()));
    }
    println!(
        "hello-world: {} with\n  {}",
        dir.display(),
        profile_text.trim().replace('\n', "\n  ")
    );
    Ok(dir.join("target").join("release").join("hello"))
}

const NAV_ARGS: [&str; 2] = ["--lang", "sv"];

/// Spawn → first frame of the navigator; quits it with `q`.
fn navigator_once(bin: &Path, show: bool) -> Result<Duration> {
    let mut p = Pty::spawn(bin, &NAV_ARGS)?;
    let at = p.wait_until("the first frame", DEADLINE, first_frame)?;
    if show {
        println!("first frame:\n{}", p.parser.screen().contents());
    }
    p.send(b"q")?;
    let code = p.wait_exit(DEADLINE)?;
    if code != 0 {
        return Err(format!("the navigator exited with {code} after `q`"));
    }
    Ok(at - p.spawned)
}

/// Spawn → `expect` on the screen (a program that prints a line and exits).
fn print_once(bin: &Path, args: &[&str], expect: &str) -> Result<Duration> {
    let mut p = Pty::spawn(bin, args)?;
    let at = p.wait_until(expect, DEADLINE, |s| s.contents().contains(expect))?;
    p.wait_exit(DEADLINE)?;
    Ok(at - p.spawned)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median, minimum and 90th percentile, in ms.
fn stats(mut v: Vec<Duration>) -> (f64, f64, f64) {
    v.sort();
    let n = v.len();
    let median = if n % 2 == 1 {
        ms(v[n / 2])
    } else {
        (ms(v[n / 2 - 1]) + ms(v[n / 2])) / 2.0
    };
    (median, ms(v[0]), ms(v[(n * 9 / 10).min(n - 1)]))
}

fn first_frame_bench(nav: &Path, hello: &Path, runs: usize) -> Result<()> {
    println!(
        "\n== first frame: spawn → complete frame in a {COLS}×{ROWS} pty, {runs} runs each, interleaved"
    );
    let show = std::env::var_os("NAVIGATOR_BENCH_SHOW").is_some();
    let version = format!("vagvisare {}", env!("CARGO_PKG_VERSION"));
    // One round: the floor, `vagvisare --version` (start-up and argument parsing, no terminal set-up)
    // and the navigator; the order rotates so none always runs right after another.
    let round = |i: usize, show: bool| -> Result<[Duration; 3]> {
        let mut t = [Duration::ZERO; 3];
        for k in 0..3 {
            match (i + k) % 3 {
                0 => t[0] = print_once(hello, &[], "Hello, world!")?,
                1 => t[1] = print_once(nav, &["--version"], &version)?,
                _ => t[2] = navigator_once(nav, show)?,
            }
        }
        Ok(t)
    };
    for i in 0..WARMUP {
        round(i, show && i == 0)?;
    }
    let mut times: [Vec<Duration>; 3] = Default::default();
    for i in 0..runs {
        for (v, t) in times.iter_mut().zip(round(i, false)?) {
            v.push(t);
        }
    }
    let [h, v, n] = times.map(stats);
    let line = |name: &str, (median, min, p90): (f64, f64, f64)| {
        println!(
            "{name:<22} median {median:.3} ms   min {min:.3} ms   p90 {p90:.3} ms   ({:.2}× hello-world)",
            median / h.0
        );
    };
    line("hello-world", h);
    line("vagvisare --version", v);
    line("navigator first frame", n);
    let ratio = n.0 / h.0;
    println!(
        "ratio (medians)        {ratio:.2}×   budget ≤ 2×: {}",
        if ratio <= 2.0 { "pass" } else { "MISSED" }
    );
    Ok(())
}

/// utime + stime of the whole process, in clock ticks.
fn cpu_ticks(pid: u32) -> Result<u64> {
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

/// Threads of the process and their context switches (voluntary + involuntary), summed.
fn context_switches(pid: u32) -> Result<(usize, u64)> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task"))
        .map_err(|e| format!("/proc/{pid}/task: {e}"))?;
    let (mut threads, mut switches) = (0, 0);
    for t in tasks.filter_map(|t| t.ok()) {
        let Ok(status) = std::fs::read_to_string(t.path().join("status")) else {
            continue;
        };
        threads += 1;
        switches += status
            .lines()
            .filter(|l| l.contains("ctxt_switches:"))
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            .sum::<u64>();
    }
    Ok((threads, switches))
}

/// A `kB` field of `/proc/<pid>/status` (`VmHWM`, `VmRSS`).
fn status_kb(pid: u32, key: &str) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map_err(|e| format!("/proc/{pid}/status: {e}"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| format!("/proc/{pid}/status: no {key}"))
}

fn clock_ticks_per_second() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok()?.trim().parse().ok())
        .unwrap_or(100)
}

/// Keys pressed for the memory figure: what each does, and the bytes.
const KEYS: [(&str, &[u8]); 20] = [
    ("question down", b"j"),
    ("answer 1 (ja)", b"1"),
    ("question down", b"j"),
    ("answer 2 (nej)", b"2"),
    ("next pane", b"\t"),
    ("open", b"\r"),
    ("back", b"\x1b"),
    ("next step", b"]"),
    ("contacts view", b"K"),
    ("contacts: next group", b"f"),
    ("law view", b"L"),
    ("actors view", b"A"),
    ("summary view", b"S"),
    ("timeline view", b"T"),
    ("help open", b"?"),
    ("help closed", b"?"),
    ("search view", b"/"),
    ("type `polis`", b"polis"),
    ("leave search", b"\x1b"),
    ("previous step", b"["),
];

fn idle_and_memory_bench(nav: &Path) -> Result<()> {
    let mut p = Pty::spawn(nav, &NAV_ARGS)?;
    p.wait_until("the first frame", DEADLINE, first_frame)?;
    let pid = p.pid()?;
    std::thread::sleep(SETTLE);
    p.drain()?;
    let hwm_start = status_kb(pid, "VmHWM")?;

    let tck = clock_ticks_per_second();
    println!(
        "\n== idle: {} s without input after the first frame (+ {} ms settle); CLK_TCK = {tck}",
        IDLE.as_secs(),
        SETTLE.as_millis()
    );
    let (threads, sw0) = context_switches(pid)?;
    let t0 = cpu_ticks(pid)?;
    std::thread::sleep(IDLE);
    let t1 = cpu_ticks(pid)?;
    let (_, sw1) = context_switches(pid)?;
    p.drain()?;
    let ticks = t1.saturating_sub(t0);
    println!(
        "CPU (utime+stime) {ticks} tick(s) = {:.1} ms over {} s ({t0} → {t1} since start)   budget ≤ 1 tick: {}",
        ticks as f64 * 1e3 / tck as f64,
        IDLE.as_secs(),
        if ticks <= 1 { "pass" } else { "MISSED" }
    );
    println!(
        "context switches of its {threads} thread(s) while idle: {}",
        sw1.saturating_sub(sw0)
    );
    if p.child.try_wait().ok().flatten().is_some() {
        return Err("the navigator exited while idle".to_string());
    }

    println!("\n== peak memory (VmHWM of the navigator)");
    println!("after the first frame: {hwm_start} kB");
    let mut unchanged = Vec::new();
    for (what, bytes) in KEYS {
        let before = p.parser.screen().contents_formatted();
        p.send(bytes)?;
        let changed = p.wait_until(what, Duration::from_secs(2), |s| {
            s.contents_formatted() != before
        });
        if changed.is_err() {
            unchanged.push(what);
        }
        // Let the rest of the frame arrive before the next key.
        std::thread::sleep(Duration::from_millis(30));
        p.drain()?;
    }
    if !unchanged.is_empty() {
        println!(
            "(screen unchanged within 2 s after: {})",
            unchanged.join(", ")
        );
    }
    let hwm = status_kb(pid, "VmHWM")?;
    let rss = status_kb(pid, "VmRSS")?;
    println!(
        "after {} key presses (answers, every view, help, search): VmHWM {hwm} kB = {:.2} MB (VmRSS now {rss} kB)   budget ≤ 10 MB: {}",
        KEYS.len(),
        hwm as f64 / 1024.0,
        if hwm <= 10 * 1024 { "pass" } else { "MISSED" }
    );
    p.send(b"q")?;
    let code = p.wait_exit(DEADLINE)?;
    if code != 0 {
        return Err(format!("the navigator exited with {code} after `q`"));
    }
    Ok(())
}

/// The paste of the paste bench: Swedish words with å, ä and ö, digits and a phone number, spaces.
fn mixed_paste() -> String {
    let words = [
        "åtgärd",
        "ärende",
        "över",
        "2026",
        "polisen",
        "112",
        "barn",
        "människohandel",
        "säkerhet",
        "020-39 00 00",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.chars().count() < 5000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 7;
    }
    text.chars().take(5000).collect()
}

/// `/`, then `text` and Esc written at once: the time until the main view is back, and CPU ticks.
fn paste_once(nav: &Path, text: &str) -> Result<(Duration, u64)> {
    let mut p = Pty::spawn(nav, &NAV_ARGS)?;
    p.wait_until("the first frame", DEADLINE, first_frame)?;
    p.send(b"/")?;
    p.wait_until("the search", DEADLINE, |s| !first_frame(s))?;
    let pid = p.pid()?;
    let t0 = cpu_ticks(pid)?;
    let mut bytes = text.as_bytes().to_vec();
    bytes.push(0x1b);
    // From another thread: the write blocks while the terminal's input queue is full.
    let mut writer = std::mem::replace(&mut p.writer, Box::new(std::io::sink()));
    let start = Instant::now();
    let paste = std::thread::spawn(move || {
        let _ = writer.write_all(&bytes);
        let _ = writer.flush();
        writer
    });
    let at = p.wait_until(
        "the main view after the paste and Esc",
        DEADLINE,
        first_frame,
    )?;
    let ticks = cpu_ticks(pid)?.saturating_sub(t0);
    if let Ok(w) = paste.join() {
        p.writer = w;
    }
    p.send(b"q")?;
    p.wait_exit(DEADLINE)?;
    Ok((at.saturating_duration_since(start), ticks))
}

fn paste_bench(nav: &Path) -> Result<()> {
    const PASTES: usize = 10;
    println!(
        "
== paste: 5 000 characters and Esc in the search view, {PASTES} runs each"
    );
    for (name, text) in [
        ("mixed (å ä ö, digits)", mixed_paste()),
        ("5 000 × x", "x".repeat(5000)),
    ] {
        let mut times = Vec::new();
        let mut ticks = 0;
        for _ in 0..PASTES {
            let (t, c) = paste_once(nav, &text)?;
            times.push(t);
            ticks += c;
        }
        let (median, min, p90) = stats(times);
        println!(
            "{name:<22} median {median:.1} ms   min {min:.1} ms   p90 {p90:.1} ms   CPU {:.1} tick(s) per paste",
            ticks as f64 / PASTES as f64
        );
    }
    Ok(())
}

fn run() -> Result<()> {
    let started = Instant::now();
    let nav = release_binary()?;
    let hello = hello_binary()?;
    println!(
        "navigator: {} {} ({} bytes)",
        nav.display(),
        NAV_ARGS.join(" "),
        std::fs::metadata(&nav).map(|m| m.len()).unwrap_or(0)
    );
    let runs = std::env::var("NAVIGATOR_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(RUNS);
    first_frame_bench(&nav, &hello, runs)?;
    idle_and_memory_bench(&nav)?;
    paste_bench(&nav)?;
    println!("\n(total {:.1} s)", started.elapsed().as_secs_f64());
    Ok(())
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; filters are not supported, so any other argument is ignored.
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("navigator bench: {e}");
            ExitCode::FAILURE
        }
    }
}
