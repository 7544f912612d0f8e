//! Helpers shared by the `plan` CLI tests (tests/plan.rs, tests/plan_options.rs): the binary in a clean
//! Swedish environment, the Saturday-night scenario, and lookups in the plan's JSON.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// The scenario: a child in acute danger who needs protected housing, found at 22:00 on Saturday
/// 28 November 2026.
pub const SCENARIO: [&str; 8] = [
    "--answer",
    "akut_fara=ja",
    "--answer",
    "barn_utsatt=ja",
    "--answer",
    "skyddat_boende=ja",
    "--from",
    "2026-11-28 22:00",
];

pub fn cmd(home: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LANG", "sv_SE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("ACCESSIBLE")
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home);
    c
}

pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

pub fn stdout(args: &[&str]) -> String {
    let home = tmp();
    let out = cmd(home.path())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

pub fn plan(extra: &[&str]) -> String {
    let mut args = vec!["plan"];
    args.extend_from_slice(extra);
    stdout(&args)
}

pub fn json(extra: &[&str]) -> Value {
    let mut args = vec!["plan", "--format", "json"];
    args.extend_from_slice(extra);
    let text = stdout(&args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// The position of `needle` in `text`, or a failure naming it.
pub fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing in:\n{text}"))
}

pub fn rows(section: &Value) -> Vec<&Value> {
    section["rows"].as_array().into_iter().flatten().collect()
}

pub fn row<'a>(doc: &'a Value, duty: &str) -> (&'a str, &'a Value) {
    for s in doc["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(doc["others"].as_array().into_iter().flatten())
    {
        for r in rows(s) {
            if r["duty"] == duty {
                return (s["urgency"].as_str().unwrap_or(""), r);
            }
        }
    }
    panic!("no row {duty} in {doc:#}")
}
