//! A large paste into the navigator's search, end to end (issue 20; BENCHMARKS.md): the *release*
//! binary in a 120×40 pty (the harness of benches/common), `/`, then 5 000 characters written at once
//! without bracketed-paste marks — as `tmux paste-buffer` without `-p` — followed by Esc: the time until
//! the main view is back (every byte read and Esc acted on) and the CPU it took, for Swedish words with
//! å, ä, ö, digits and a phone number, and for 5 000 × `x`. Before the fix neither ever finished: the
//! input stalled after the first 1 024 bytes until the next key. Reported, never asserted.
//!
//! ```sh
//! cargo build --release && cargo bench --bench paste     # a few seconds of measuring (+ build)
//! ```

mod common;
#[path = "../tests/common/paste.rs"]
mod paste;
use paste::mixed_paste;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use common::{DEADLINE, Pty, Result, cpu_ticks, first_frame, release_binary, stats};

const NAV_ARGS: [&str; 2] = ["--lang", "sv"];

/// `/`, then `text` and Esc written at once: the time until the plan (the view Esc returns to) is back,
/// and CPU ticks.
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
    let at = p.wait_until("the plan after the paste and Esc", DEADLINE, first_frame)?;
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

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; filters are not supported, so any other argument is ignored.
    match release_binary().and_then(|nav| paste_bench(&nav)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("paste bench: {e}");
            ExitCode::FAILURE
        }
    }
}
