//! Nothing written: every read-only subcommand, run in a jail of temporary home, config and working
//! folders, leaves every file as it was.

use super::help::listed_subcommands;
use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// A snapshot of a directory tree: every entry's path with its size and modification time; directories
/// too, so a file created and removed again still shows as a changed directory.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (u64, Option<SystemTime>)> {
    let mut out = BTreeMap::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(p) = todo.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        out.insert(p.clone(), (meta.len(), meta.modified().ok()));
        if meta.is_dir()
            && let Ok(entries) = std::fs::read_dir(&p)
        {
            todo.extend(entries.filter_map(Result::ok).map(|e| e.path()));
        }
    }
    out
}

struct Jail {
    dirs: Vec<(&'static str, tempfile::TempDir)>,
}

impl Jail {
    fn new() -> Jail {
        let names = ["cwd", "home", "config", "data", "cache", "state", "tmp"];
        let dirs = names
            .into_iter()
            .map(|n| {
                let d = tempfile::Builder::new()
                    .prefix(&format!("vagvisare-privacy-{n}-"))
                    .tempdir()
                    .expect("temp dir");
                std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o555))
                    .expect("chmod 0555");
                (n, d)
            })
            .collect();
        Jail { dirs }
    }

    fn path(&self, name: &str) -> &Path {
        self.dirs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, d)| d.path())
            .expect("known dir")
    }

    fn snapshot(&self) -> Vec<BTreeMap<PathBuf, (u64, Option<SystemTime>)>> {
        self.dirs.iter().map(|(_, d)| snapshot(d.path())).collect()
    }
}

impl Drop for Jail {
    fn drop(&mut self) {
        for (_, d) in &self.dirs {
            let _ = std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755));
        }
    }
}

/// Runs the binary jailed; returns (exit success, stdout, stderr). A run that does not end within a
/// minute is killed and reported: that is a hang, not a slow run.
fn run_jailed(jail: &Jail, args: &[&str]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(args)
        .current_dir(jail.path("cwd"))
        .env("HOME", jail.path("home"))
        .env("XDG_CONFIG_HOME", jail.path("config"))
        .env("XDG_DATA_HOME", jail.path("data"))
        .env("XDG_CACHE_HOME", jail.path("cache"))
        .env("XDG_STATE_HOME", jail.path("state"))
        .env("TMPDIR", jail.path("tmp"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start vagvisare");
    // Drain the pipes on threads so a large output cannot block the child.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`vagvisare {}` did not finish within a minute",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let err = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    (status.success(), out, err)
}

/// Every subcommand of `--help` with the arguments it is run with here.
fn runs() -> Vec<Vec<String>> {
    let fixtures = format!("{}/tests/fixtures/content", env!("CARGO_MANIFEST_DIR"));
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["--version"],
        vec![],
        vec!["assess"],
        vec!["assess", "--format", "json", "--answer", "barn_utsatt=ja"],
        vec!["assess", "--format", "markdown"],
        // Without --output (the export): the plan on stdout.
        vec!["plan"],
        vec!["plan", "--format", "json", "--answer", "akut_fara=ja"],
        vec!["plan", "--format", "markdown", "--from", "2026-11-28 22:00"],
        vec!["questions"],
        vec!["questions", "--format", "json"],
        vec!["steps"],
        vec!["steps", "--format", "json"],
        vec!["show", "akut"],
        vec!["show", "akut", "--format", "json"],
        vec!["actors"],
        vec!["contacts"],
        vec!["contacts", "--format", "json"],
        vec!["timeline"],
        vec!["timeline", "--format", "json", "--answer", "barn_utsatt=ja"],
        vec!["law"],
        vec!["search", "polis"],
        vec!["search", "112", "--format", "json"],
        vec!["terms"],
        vec!["terms", "--format", "json"],
        vec!["sources"],
        vec!["source", "soc_placering"],
        vec!["source", "s002", "--format", "json"],
        vec!["validate"],
        vec!["scenarios"],
        vec!["scenarios", "--format", "json"],
        // Without --handout/--key (the exports): the walkthrough as plain text.
        vec!["train"],
        vec!["train", "barn_akut"],
        vec!["guide", "--plain"],
        vec!["completions", "bash"],
        vec!["man"],
    ];
    let mut runs: Vec<Vec<String>> = runs
        .drain(..)
        .map(|r| r.into_iter().map(String::from).collect())
        .collect();
    runs.push(vec!["validate".into(), "--content".into(), fixtures]);
    runs
}

/// Subcommands that only write files on purpose (exports) and clap's own `help`. The export flags of
/// other subcommands (`assess --output`, `train --handout/--key`) are simply not passed here.
const EXEMPT: &[&str] = &["help", "export"];

#[test]
fn every_subcommand_writes_nothing() {
    let jail = Jail::new();
    let mut before = jail.snapshot();
    let runs = runs();

    let (ok, help, _) = run_jailed(&jail, &["--help"]);
    assert!(ok, "--help failed");
    let listed = listed_subcommands(&help);
    assert!(
        listed.iter().any(|c| c == "assess"),
        "no subcommands found in --help:\n{help}"
    );
    let covered: BTreeSet<&str> = runs
        .iter()
        .filter_map(|r| r.first())
        .map(String::as_str)
        .collect();
    let missing: Vec<&String> = listed
        .iter()
        .filter(|c| !covered.contains(c.as_str()) && !EXEMPT.iter().any(|e| c.starts_with(e)))
        .collect();
    assert!(
        missing.is_empty(),
        "subcommands not covered by the privacy test (add them to `runs`, or to EXEMPT if they \
         are explicit exports): {missing:?}"
    );

    let mut failures = Vec::new();
    for args in &runs {
        // The subcommand might not exist in this build (the CLI is evolving); --help is the truth.
        if let Some(cmd) = args.first().filter(|a| !a.starts_with('-'))
            && !listed.contains(cmd)
        {
            continue;
        }
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let (ok, out, err) = run_jailed(&jail, &a);
        if !ok {
            failures.push(format!("`vagvisare {}` failed: {err}", a.join(" ")));
        } else if out.is_empty() && !a.is_empty() {
            failures.push(format!("`vagvisare {}` printed nothing", a.join(" ")));
        }
        let after = jail.snapshot();
        for (((name, _), b), a2) in jail.dirs.iter().zip(&before).zip(&after) {
            if b != a2 {
                let added: Vec<_> = a2.keys().filter(|k| !b.contains_key(*k)).collect();
                failures.push(format!(
                    "`vagvisare {}` changed the {name} dir; new entries: {added:?}",
                    a.join(" ")
                ));
            }
        }
        before = after;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn help_parser_finds_commands() {
    let help = "Usage: x\n\nCommands:\n  assess  Evaluate\n          more\n  help    Print\n\nOptions:\n  -h\n";
    assert_eq!(listed_subcommands(help), vec!["assess", "help"]);
}

#[test]
fn snapshot_sees_a_file_created_and_one_created_then_removed() {
    let jail = Jail::new();
    let before = jail.snapshot();
    let home = jail.path("home");
    // Root ignores the 0555 mode, which is why the listing is the real check.
    std::fs::write(home.join("x"), b"1").expect("write as root");
    assert_ne!(before, jail.snapshot());
    let with_file = jail.snapshot();
    std::fs::remove_file(home.join("x")).expect("remove");
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(home.join("y"), b"").expect("write");
    std::fs::remove_file(home.join("y")).expect("remove");
    assert_ne!(with_file, jail.snapshot());
}
