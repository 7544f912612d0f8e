//! Arguments that contradict each other or cannot be meant, as a hurried user gives them: one
//! question answered two ways, two roles, a local time that does not exist or exists twice, a year
//! outside the calendar, bytes that are not UTF-8. Each is a usage error (exit 2) that names what was
//! given — or, for the repeated hour, a note — never a silent guess.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_SE.UTF-8")
        .env_remove("NO_COLOR");
    c
}

/// Runs `args`; expects exit 2, nothing on stdout; returns stderr.
fn usage_error(args: &[&str]) -> String {
    let out = bin()
        .args(args)
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .clone();
    String::from_utf8(out.stderr).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn one_question_answered_two_ways_is_a_usage_error_naming_both() {
    let e = usage_error(&[
        "assess",
        "--answer",
        "barn_utsatt=ja",
        "--answer",
        "barn_utsatt=nej",
    ]);
    assert_eq!(
        e.trim_end(),
        "vagvisare: motstridiga svar på `barn_utsatt`: `ja` och `nej`; ge ett svar per fråga"
    );
    // `vet_ej` is an answer too: "yes" and "don't know" contradict each other.
    let e = usage_error(&[
        "--lang",
        "en",
        "assess",
        "-a",
        "barn_utsatt=ja",
        "-a",
        "barn_utsatt=vet_ej",
    ]);
    assert!(
        e.contains("conflicting answers to `barn_utsatt`: `ja` and `vet_ej`"),
        "{e}"
    );
    // The timeline takes answers the same way.
    let e = usage_error(&["timeline", "-a", "barn_utsatt=nej", "-a", "barn_utsatt=ja"]);
    assert!(e.contains("`barn_utsatt`: `nej` och `ja`"), "{e}");
    // The same answer twice is fine.
    bin()
        .args(["assess", "-a", "barn_utsatt=ja", "-a", "barn_utsatt=ja"])
        .assert()
        .success();
}

#[test]
fn the_role_means_the_same_before_and_after_assess_and_two_roles_are_refused() {
    let roles = |args: &[&str]| -> Vec<String> {
        let out = bin()
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let mut actors: Vec<String> = v["duties"]
            .as_array()
            .map(|d| {
                d.iter()
                    .filter_map(|d| d["actor"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        actors.dedup();
        actors
    };
    assert_eq!(roles(&["--role", "polisen", "assess"]), vec!["polisen"]);
    assert_eq!(roles(&["assess", "--role", "polisen"]), vec!["polisen"]);
    assert_eq!(
        roles(&["--role", "polisen", "assess", "--role", "polisen"]),
        vec!["polisen"]
    );
    let e = usage_error(&["--role", "polisen", "assess", "--role", "aklagare"]);
    assert_eq!(
        e.trim_end(),
        "vagvisare: två olika roller: `polisen` och `aklagare`; ge --role en gång"
    );
    // An unknown role given before the subcommand is named as well.
    let e = usage_error(&["--role", "ingen", "assess"]);
    assert!(e.contains("okänd aktör `ingen`"), "{e}");
}

#[test]
fn the_plain_guide_takes_the_role_before_or_after_guide_and_its_plan_puts_mine_first() {
    for args in [
        &["guide", "--plain", "--role", "socialtjansten"][..],
        &["--role", "socialtjansten", "guide", "--plain"][..],
    ] {
        let out = bin().args(args).write_stdin("q\n").assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(
            text.contains("Min roll: Socialtjänsten"),
            "{args:?}: {text}"
        );
        assert!(text.contains("Andra aktörer gör"), "{args:?}: {text}");
    }
    let e = usage_error(&[
        "--role", "polisen", "guide", "--plain", "--role", "aklagare",
    ]);
    assert!(e.contains("två olika roller"), "{e}");
}

#[test]
fn a_time_that_does_not_exist_in_sweden_is_refused_and_says_why() {
    for cmd in [&["contacts", "--at"][..], &["assess", "--at"]] {
        let mut args = cmd.to_vec();
        args.push("2026-03-29 02:30");
        let e = usage_error(&args);
        assert!(
            e.contains("`2026-03-29 02:30` finns inte i svensk tid")
                && e.contains("ställs klockan fram från 02:00 till 03:00"),
            "{e}"
        );
    }
    let e = usage_error(&["--lang", "en", "contacts", "--at", "2027-03-28 02:00"]);
    assert!(e.contains("does not exist in Swedish time"), "{e}");
    // A minute before and the hour after are fine.
    for t in ["2026-03-29 01:59", "2026-03-29 03:00"] {
        bin()
            .args(["contacts", "--at", t])
            .assert()
            .success()
            .stderr("");
    }
}

#[test]
fn a_time_that_exists_twice_is_taken_as_the_first_with_a_note() {
    bin()
        .args(["contacts", "--at", "2026-10-25 02:30"])
        .assert()
        .success()
        .stdout(contains("2026"))
        .stderr(contains(
            "2026-10-25 02:30 inträffar två gånger (den sista söndagen i oktober ställs klockan \
             tillbaka från 03:00 till 02:00); den första används, sommartid (UTC+2)",
        ));
    bin()
        .args(["contacts", "--at", "2026-10-25 03:00"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn dates_outside_the_calendar_are_refused_with_the_range() {
    let e = usage_error(&["contacts", "--at", "0000-01-01 00:00"]);
    assert_eq!(
        e.trim_end(),
        "vagvisare: `0000-01-01 00:00` ligger utanför de år vägvisaren räknar med (1900–2199)"
    );
    let e = usage_error(&["--lang", "en", "timeline", "--from", "9999-12-31"]);
    assert!(
        e.contains("`9999-12-31` is outside the years vagvisare works with (1900–2199)"),
        "{e}"
    );
    usage_error(&["assess", "--at", "1899-12-31 23:59"]);
    usage_error(&["timeline", "--from", "2200-01-01"]);
    // The edges themselves are in.
    for (cmd, value) in [("--at", "1900-01-01 00:00"), ("--at", "2199-12-31 23:59")] {
        bin().args(["contacts", cmd, value]).assert().success();
    }
    bin()
        .args(["timeline", "--from", "2199-12-31"])
        .assert()
        .success()
        .stdout(contains("2199").and(contains("10000").not()));
}

#[test]
fn an_argument_that_is_not_utf8_is_named() {
    let arg = |b: &[u8]| OsString::from_vec(b.to_vec());
    let out = bin()
        .args(["contacts", "--at"])
        .arg(arg(b"2026-11-25 1\xff:00"))
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .clone();
    let e = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        e.trim_end(),
        "vagvisare: värdet till --at är inte giltig UTF-8: `2026-11-25 1\\xFF:00`"
    );
    let out = bin()
        .args(["--lang", "en", "assess", "--answer"])
        .arg(arg(b"barn_utsatt=j\xe4"))
        .assert()
        .code(2)
        .get_output()
        .clone();
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("the value of --answer is not valid UTF-8: `barn_utsatt=j\\xE4`"),
        "{e}"
    );
    let out = bin()
        .arg("show")
        .arg(arg(b"\xe5kut"))
        .assert()
        .code(2)
        .get_output()
        .clone();
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("argumentet `\\xE5kut` är inte giltig UTF-8"),
        "{e}"
    );
}
