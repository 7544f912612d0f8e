//! Export of a consultation to a file, and the generated shell completions and man page.

use std::os::unix::fs::PermissionsExt;

use assert_cmd::Command;
use predicates::str::contains;

fn bin(home: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("vagvisare").unwrap_or_else(|e| panic!("{e}"));
    c.env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .env("LANG", "sv_SE.UTF-8");
    c
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn markdown_export_is_private_complete_and_never_overwritten_without_force() {
    let dir = tmp();
    let file = dir.path().join("bedomning.md");
    let path = file.to_string_lossy().to_string();
    let args = [
        "assess",
        "-a",
        "barn_i_bilden=ja",
        "--at",
        "2026-11-25 10:00",
        "--format",
        "markdown",
        "--output",
        &path,
    ];
    bin(dir.path())
        .args(args)
        .assert()
        .success()
        .stdout(contains(path.as_str()));
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    for want in [
        "# Bedömning",
        "Innehåll: ",
        "Finns det barn med i bilden? **ja** (`barn_i_bilden`)",
        "## Gäller",
        "- [ ] Gör orosanmälan om det finns barn med i bilden, eller om ett barn själv är utsatt.",
        "## Kan bli aktuellt",
        "## Tidslinje från upptäckten",
        "## Kontakter",
        "## Lagrum",
    ] {
        assert!(text.contains(want), "export lacks {want:?}:\n{text}");
    }
    let mode = std::fs::metadata(&file)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0);
    assert_eq!(mode, 0o600);

    // A second export to the same file is refused and leaves it as it was.
    std::fs::write(&file, "mine").unwrap_or_else(|e| panic!("{e}"));
    bin(dir.path())
        .args(args)
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(
            "finns redan och skrevs inte över (använd --force för att ersätta den)",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_default(), "mine");
    bin(dir.path()).args(args).arg("--force").assert().success();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap_or_default()
            .starts_with("# Bedömning")
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .map(|r| r.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn json_export_is_the_assess_document() {
    let dir = tmp();
    let file = dir.path().join("a.json");
    bin(dir.path())
        .args(["assess", "-a", "fu_ledare=polis", "--format", "json", "-o"])
        .arg(&file)
        .assert()
        .success();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap_or_default())
            .unwrap_or_default();
    assert_eq!(v["answers"]["fu_ledare"], "polis");
    assert!(v["duties"].as_array().is_some_and(|d| !d.is_empty()));
}

#[test]
fn a_failed_write_is_a_clear_error_and_leaves_nothing_behind() {
    let dir = tmp();
    // The parent "directory" is a file: nothing can be created there (this holds for root too,
    // unlike a read-only directory).
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, "x").unwrap_or_else(|e| panic!("{e}"));
    let target = blocker.join("export.md");
    bin(dir.path())
        .args(["assess", "--format", "markdown", "--output"])
        .arg(&target)
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("kan inte skriva"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .map(|r| r.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(names, vec![std::ffi::OsString::from("not-a-dir")]);
    // --force needs --output.
    bin(dir.path()).args(["assess", "--force"]).assert().code(2);
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let dir = tmp();
    for (shell, marker) in [
        ("bash", "_vagvisare()"),
        ("zsh", "#compdef vagvisare"),
        ("fish", "complete -c vagvisare"),
        ("elvish", "vagvisare"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = bin(dir.path())
            .args(["completions", shell])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(marker), "{shell} completion lacks {marker}");
        // Deferred subcommand arguments are still complete: the assess flags are offered.
        assert!(
            text.contains("answer"),
            "{shell} completion lacks assess --answer"
        );
    }
    bin(dir.path())
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH vagvisare 1"))
        .stdout(contains("assess"))
        .stdout(contains("Bedöm svaren"));
    bin(dir.path())
        .args(["--lang", "en", "man"])
        .assert()
        .success()
        .stdout(contains("Evaluate answers"));
    // The command line's own help follows the language too.
    bin(dir.path())
        .args(["assess", "--help"])
        .assert()
        .success()
        .stdout(contains("Användning: vagvisare assess"))
        .stdout(contains("Bara skyldigheter i detta steg"));
    bin(dir.path())
        .args(["--lang", "en", "assess", "--help"])
        .assert()
        .success()
        .stdout(contains("Usage: vagvisare assess"))
        .stdout(contains("Only duties of this step"));
    bin(dir.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(contains("innehåll"));
}
