//! The navigator in a real pseudo-terminal, against the budgets of issue 10 (see BENCHMARKS.md):
//!
//! * **first frame** — time from spawning the *release* binary (`target/release/vagvisare --lang sv`,
//!   embedded content) in a 120×40 pty to its first complete frame on a vt100 screen — the action
//!   plan, the start view: the emergency line with "112", the plan's pane with its discovery time and
//!   the key hints on the last row (ratatui writes a frame top to bottom, so the last row means the
//!   whole frame is there). In the same run,
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

mod common;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use common::{
    COLS, DEADLINE, Pty, ROWS, Result, cargo, cpu_ticks, first_frame, release_binary, root, stats,
};

/// First-frame runs of each binary (after [`WARMUP`] runs that are not counted).
const RUNS: usize = 50;
const WARMUP: usize = 5;
const IDLE: Duration = Duration::from_secs(30);
const SETTLE: Duration = Duration::from_millis(500);

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
const KEYS: [(&str, &[u8]); 23] = [
    ("plan: next row", b"j"),
    ("plan: its questions", b"\t"),
    ("question down", b"j"),
    ("answer 1 (ja)", b"1"),
    ("question down", b"j"),
    ("answer 2 (nej)", b"2"),
    ("plan: its rows", b"\t"),
    ("open the row in its step", b"\r"),
    ("back", b"\x1b"),
    ("next pane", b"\t"),
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
    // With answers given, `q` asks first ("Avsluta?"); `j` confirms.
    p.send(b"q")?;
    p.wait_until("the question before quitting", DEADLINE, |s| {
        s.contents().contains("Avsluta?")
    })?;
    p.send(b"j")?;
    let code = p.wait_exit(DEADLINE)?;
    if code != 0 {
        return Err(format!("the navigator exited with {code} after `q`"));
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
