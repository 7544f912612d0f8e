//! Styling: none in a pipe or with `NO_COLOR`, bold and dim on a terminal.

use predicates::prelude::*;

use super::*;

#[test]
fn no_ansi_codes_in_a_pipe_or_with_no_color() {
    let env = TestEnv::new();
    let commands: [&[&str]; 9] = [
        &["assess", "-a", "barn_utsatt=ja"],
        &["questions"],
        &["steps"],
        &["show", "akut"],
        &["actors"],
        &["contacts"],
        &["law"],
        &["search", "atervand"],
        &["sources"],
    ];
    for args in commands {
        for no_color in [false, true] {
            let mut cmd = env.cmd(args);
            if no_color {
                cmd.env("NO_COLOR", "1");
            }
            cmd.assert()
                .success()
                .stdout(predicate::str::contains("\x1b").not());
        }
    }
}

/// Runs the binary on a pseudo-terminal and returns everything it wrote.
fn run_on_pty(args: &[&str], no_color: bool) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;

    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_vagvisare"));
    cmd.args(args);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd.env("LANG", "sv_SE.UTF-8");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn on the pty");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    // Linux reports EIO once the child has closed its side: that is the end of output.
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    let _ = child.wait();
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn a_terminal_gets_styling_unless_no_color_is_set() {
    let styled = run_on_pty(&["steps"], false);
    assert!(styled.contains("Ge akut skydd"), "{styled}");
    assert!(styled.contains("\x1b["), "bold titles on a terminal");
    let plain = run_on_pty(&["steps"], true);
    assert!(plain.contains("Ge akut skydd"), "{plain}");
    assert!(
        !plain.contains('\x1b'),
        "NO_COLOR=1: no ANSI codes:\n{plain:?}"
    );
}
