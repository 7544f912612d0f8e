//! Standard output and standard error that cannot be written. A full disk on stdout (`> /dev/full`)
//! is an error on stderr with exit 1 for every command — a user who redirected a checklist must not
//! believe it was saved; a closed pipe (`| head -1`) is the reader's choice and stays quiet with exit 0;
//! a stderr that cannot be written (`2>/dev/full`) never turns an error into a panic (exit 134).

use std::path::Path;
use std::process::{Command, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_SE.UTF-8")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env_remove("NO_COLOR");
    c
}

fn full() -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
}

/// Commands whose output is large and small, in every format the issue names.
const COMMANDS: [&[&str]; 6] = [
    &["law"],
    &["assess", "--format", "json"],
    &["assess", "--format", "markdown"],
    &["assess"],
    &["show", "akut"],
    &["questions"],
];

#[test]
fn a_full_disk_on_stdout_is_an_error_for_every_command() {
    let Some(_) = full() else {
        eprintln!("skipped: no /dev/full");
        return;
    };
    for args in COMMANDS {
        let out = bin()
            .args(args)
            .stdout(full().unwrap_or_else(|| panic!("/dev/full")))
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(
            err.trim_end(),
            "vagvisare: kan inte skriva till standard ut: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}

#[test]
fn a_closed_pipe_is_quiet() {
    for args in COMMANDS {
        // As `vagvisare … | head -1`.
        let out = Command::new("bash")
            .args([
                "-c",
                "\"$0\" \"$@\" | head -1 >/dev/null; echo \"status ${PIPESTATUS[0]}\"",
            ])
            .arg(env!("CARGO_BIN_EXE_vagvisare"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LANG", "sv_SE.UTF-8")
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "status 0",
            "{args:?}"
        );
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
        // And a pipe closed before anything is written.
        let mut child = bin()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn a_stderr_that_cannot_be_written_keeps_the_exit_status_and_never_panics() {
    let Some(_) = full() else {
        eprintln!("skipped: no /dev/full");
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let existing = dir.path().join("finns.md");
    std::fs::write(&existing, "mine").unwrap_or_else(|e| panic!("{e}"));
    let existing = existing.display().to_string();
    let cases: [(&[&str], i32); 4] = [
        (&["assess", "--answer", "x=y"], 2),
        (&["validate", "--content", "/nonexistent"], 1),
        (&["assess", "--output", &existing], 1),
        (&["contacts", "--at", "2026-03-29 02:30"], 2),
    ];
    for (args, code) in cases {
        let out = bin()
            .args(args)
            .stderr(full().unwrap_or_else(|| panic!("/dev/full")))
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        assert_eq!(out.stdout, b"", "{args:?}");
    }
    assert_eq!(
        std::fs::read_to_string(Path::new(&existing)).unwrap_or_default(),
        "mine"
    );
    // The note for a time that exists twice goes to stderr too: the answer still comes.
    let out = bin()
        .args(["contacts", "--at", "2026-10-25 02:30"])
        .stderr(full().unwrap_or_else(|| panic!("/dev/full")))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.is_empty());
}
