//! Whole-binary tests of the command line: every subcommand, every output format and every error path.
//!
//! Most tests run on the real, embedded content and assert what the manual says (issue 6's acceptance);
//! the error paths are also checked on `tests/fixtures/content`, so they do not hang on the real content.
//! Broken content lives in `tests/fixtures/broken/<kind>/all.toml`: the fixture with one thing broken.
//!
//! One test binary, a file per area: [`assess`], [`listings`], [`colour`], [`errors`] (on the real
//! content), [`fixture`] and [`broken`] (on the fixture content); the shared environment and helpers
//! are here.

use std::path::{Path, PathBuf};

mod assess;
mod broken;
mod colour;
mod errors;
mod fixture;
mod listings;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// The fixture content, relative to the crate root (the tests' working directory).
pub(crate) const FIXTURE: &str = "tests/fixtures/content";

/// A clean environment for running the binary: fixed language, no `NO_COLOR`, the crate root as working
/// directory, and a temporary folder for content written by a test.
pub(crate) struct TestEnv {
    dir: tempfile::TempDir,
}

impl TestEnv {
    pub(crate) fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    /// The binary with `args`, in Swedish, colour rules untouched by the caller's environment.
    pub(crate) fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("NO_COLOR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args);
        cmd
    }

    /// Runs `args`, expects success and returns stdout.
    pub(crate) fn stdout(&self, args: &[&str]) -> String {
        let out = self.cmd(args).assert().success().get_output().clone();
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    /// Runs `args` (which should include `--format json`), expects success, parses stdout.
    pub(crate) fn json(&self, args: &[&str]) -> Value {
        let text = self.stdout(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{text}"))
    }

    /// Runs `args`, expects exit status `code`, an empty stdout, and returns stderr.
    pub(crate) fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self
            .cmd(args)
            .assert()
            .code(code)
            .stdout(predicate::str::is_empty())
            .get_output()
            .clone();
        String::from_utf8(out.stderr).expect("stderr is UTF-8")
    }

    /// Writes a content folder into the temporary directory: `name` with the given files.
    pub(crate) fn content_dir(&self, name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = self.dir.path().join(name);
        std::fs::create_dir_all(&dir).expect("create content dir");
        for (file, text) in files {
            std::fs::write(dir.join(file), text).expect("write content file");
        }
        dir
    }
}

pub(crate) fn fixture_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(FIXTURE)
            .join("all.toml"),
    )
    .expect("fixture all.toml")
}

/// `assess --format json` with these answers on the embedded content.
pub(crate) fn assess(env: &TestEnv, answers: &[&str]) -> Value {
    let mut args = vec!["assess", "--format", "json"];
    for a in answers {
        args.extend(["--answer", a]);
    }
    env.json(&args)
}

pub(crate) fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("array")
        .iter()
        .map(|x| x["id"].as_str().expect("id is a string"))
        .collect()
}

pub(crate) fn duty<'a>(a: &'a Value, id: &str) -> Option<&'a Value> {
    a["duties"]
        .as_array()
        .expect("duties")
        .iter()
        .find(|d| d["id"] == id)
}

pub(crate) fn status<'a>(a: &'a Value, id: &str) -> Option<&'a str> {
    duty(a, id).map(|d| d["status"].as_str().expect("status"))
}

pub(crate) fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

pub(crate) fn assert_has_keys(v: &Value, want: &[&str]) {
    let have = keys(v);
    for k in want {
        assert!(have.contains(k), "missing `{k}` in {v}");
    }
}
