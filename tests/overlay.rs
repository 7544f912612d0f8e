//! The local contacts overlay: merge, explicit replacement, conflicts and errors with positions, the
//! config folder as default, and `--no-overlay`.

use assert_cmd::Command;
use serde_json::Value;

const OK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/overlay/ok");
const CONFLICT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/overlay/conflict"
);

/// The binary with an empty config folder, so a developer's own overlay never leaks into a test.
fn bin(config: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("vagvisare").unwrap_or_else(|e| panic!("{e}"));
    c.env("XDG_CONFIG_HOME", config)
        .env("HOME", config)
        .env_remove("NO_COLOR");
    c
}

fn contacts_json(cmd: &mut Command) -> Vec<(String, bool)> {
    let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    v["contacts"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|c| {
                    (
                        c["id"].as_str().unwrap_or("").to_string(),
                        c["local"] == true,
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn overlay_adds_and_explicitly_replaces_contacts_marked_local() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ids = contacts_json(bin(home.path()).args([
        "--overlay",
        OK,
        "assess",
        "-a",
        "barn_utsatt=ja",
        "--format",
        "json",
    ]));
    // Replaced in place: the shipped support line is gone, the local one takes its slot.
    assert!(!ids.iter().any(|(id, _)| id == "stodtelefon"), "{ids:?}");
    assert!(
        ids.contains(&("exempel_stodtelefon".into(), true)),
        "{ids:?}"
    );
    // Attached to socialtjänsten: listed because socialtjänsten has listed duties.
    assert!(
        ids.contains(&("exempel_socialjour".into(), true)),
        "{ids:?}"
    );
    assert!(ids.contains(&("larm_112".into(), false)), "{ids:?}");
    let text = bin(home.path())
        .args(["--overlay", OK, "contacts"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("[lokal] Socialjouren i Exempelkommun"),
        "{text}"
    );
    bin(home.path())
        .args(["--overlay", OK, "validate"])
        .assert()
        .success()
        .stdout(predicates::str::contains("9 kontakter (2 lokal)"));
}

#[test]
fn conflicts_and_errors_are_reported_with_positions_and_exit_1() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = bin(home.path())
        .args(["--overlay", CONFLICT, "validate"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    let file = format!("{CONFLICT}/kommun.toml");
    for want in [
        format!(
            "{file}:2:6: contact `stodtelefon` already ships with the guide; to replace it write `replaces = \"stodtelefon\"`"
        ),
        format!("{file}:12:12: contact `ny`: replaces unknown contact `finns_inte`"),
        format!("{file}:18:11: contact `ny`: unknown actor `ingen_aktor`"),
        format!("{file}:21:1: an overlay may add only [[source]] and [[contact]], not [[duty]]"),
    ] {
        assert!(err.contains(&want), "missing {want}\nin {err}");
    }
    // Any command refuses to run on a broken overlay rather than silently ignoring it.
    bin(home.path())
        .args(["--overlay", CONFLICT, "contacts"])
        .assert()
        .code(1);
}

#[test]
fn the_config_folder_is_the_default_overlay_and_no_overlay_ignores_it() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = home.path().join("vagvisare");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(format!("{OK}/kommun.toml"), dir.join("kommun.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let out = bin(home.path())
        .args(["contacts", "--format", "json"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let local = |v: &Value| {
        v.as_array()
            .map(|a| a.iter().filter(|c| c["local"] == true).count())
            .unwrap_or(0)
    };
    assert_eq!(local(&listed), 2, "config folder overlay applied");
    let out = bin(home.path())
        .args(["--no-overlay", "contacts", "--format", "json"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(local(&listed), 0, "--no-overlay ignores it");
}

#[test]
fn two_overlay_contacts_replacing_one_shipped_contact_is_an_error() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ok = std::fs::read_to_string(format!("{OK}/kommun.toml")).unwrap_or_default();
    std::fs::write(dir.path().join("a.toml"), &ok).unwrap_or_else(|e| panic!("{e}"));
    let second = "[[contact]]\nid = \"annan_stodtelefon\"\nreplaces = \"stodtelefon\"\n\
        name = \"En annan linje\"\nunit = \"Test\"\ntarget_group = \"Alla\"\nregion = \"Här\"\n\
        as_of = \"2026-10-01\"\nsource = { doc = \"exempel_kommun\", heading = \"Kontakt\" }\n";
    std::fs::write(dir.path().join("b.toml"), second).unwrap_or_else(|e| panic!("{e}"));
    let out = bin(home.path())
        .args(["--lang", "en", "--overlay"])
        .arg(dir.path())
        .arg("validate")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("b.toml:3:12: contact `annan_stodtelefon`: `stodtelefon` is already replaced by the overlay at"),
        "{err}"
    );
}
