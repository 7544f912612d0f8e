//! `vagvisare scenarios` and `vagvisare train` as a user runs them: listing, plain-text walkthrough,
//! handout and answer key files, refusal to overwrite without `--force`.

#![allow(clippy::unwrap_used)] // tests: a panic is the failure report

use assert_cmd::Command;
use predicates::prelude::*;

fn bin() -> Command {
    let mut cmd = Command::cargo_bin("vagvisare").unwrap();
    cmd.env("LANG", "sv_SE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

#[test]
fn scenarios_lists_all_six_with_sources() {
    let out = bin()
        .arg("scenarios")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for id in [
        "tiggeri_man_30",
        "barn_akut",
        "atervandande_kvinna",
        "langsiktigt_vardnadstvist",
        "uppsokande_gatuprostitution",
        "flera_utsatta",
    ] {
        assert!(out.contains(id), "{id} missing:\n{out}");
    }
    assert!(out.contains(
        "Stöd i återvändande för personer utsatta för prostitution och människohandel (Länsstyrelsen i \
         Stockholm, Nationella sekretariatet mot prostitution & människohandel; 2015-03-24) › Ett ärende"
    ));
    assert!(!out.contains(".txt"), "no seed file names for people");
}

#[test]
fn scenarios_as_json() {
    let out = bin()
        .args(["scenarios", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let list = v.as_array().unwrap();
    assert!(list.len() >= 6);
    let barn = list.iter().find(|s| s["id"] == "barn_akut").unwrap();
    assert_eq!(barn["answers"][0]["question"], "barn_utsatt");
    assert_eq!(barn["answers"][0]["decide"], true);
    assert!(
        barn["key_duties"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d == "soc_skyddsbedomning_barn")
    );
    assert_eq!(barn["sources"][0]["doc"], "s003");
}

#[test]
fn train_into_a_pipe_prints_the_walkthrough() {
    bin()
        .args(["train", "tiggeri_man_30"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "En man, 30 år, påträffas tiggande på gatan",
        ))
        .stdout(predicate::str::contains("Vem gör vad?"));
}

#[test]
fn train_without_a_scenario_and_no_one_to_ask_lists_them_instead_of_picking_one() {
    let out = bin().arg("train").write_stdin("").assert().success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    // Every scenario is offered, and no walkthrough started (a walkthrough prints "## Fallet").
    for id in ["tiggeri_man_30", "barn_akut", "flera_utsatta"] {
        assert!(out.contains(id), "{id} missing:\n{out}");
    }
    assert!(!out.contains("## Fallet"), "a scenario was picked:\n{out}");
    assert!(out.contains("vagvisare train ID"), "{out}");
}

#[test]
fn unknown_scenario_is_a_usage_error() {
    bin()
        .args(["train", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("okänt scenario `nope`"));
}

#[test]
fn handout_has_no_answers_and_key_has_them_with_sources() {
    let dir = tempfile::tempdir().unwrap();
    let handout = dir.path().join("underlag.md");
    let key = dir.path().join("facit.md");
    bin()
        .args(["train", "barn_akut", "--handout"])
        .arg(&handout)
        .arg("--key")
        .arg(&key)
        .assert()
        .success()
        .stdout(predicate::str::contains(handout.display().to_string()))
        .stdout(predicate::str::contains(key.display().to_string()));
    let h = std::fs::read_to_string(&handout).unwrap();
    let k = std::fs::read_to_string(&key).unwrap();
    assert!(h.contains("# Ett barn i en akut situation"));
    assert!(h.contains("☐ Ja"), "decisions offered as boxes");
    assert!(!h.contains("**Ja**"), "no revealed answers in the handout");
    assert!(!h.contains("Källa:"), "no answer sources in the handout");
    assert!(!h.contains('★'), "no key duties in the handout");
    assert!(k.contains("**Ja** (`barn_utsatt=ja`)"));
    assert!(k.contains("★ När en orosanmälan för barn inkommer"));
    assert!(k.contains(
        "Källa: Ge akut skydd och stöd vid misstanke om människohandel (regional version, Stockholms \
         län; odaterad) › Olika aktörers ansvar i detta steg"
    ));
    assert!(k.contains("Jenny Selenius"));
    // Only the finished files remain: no temporary files.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let handout = dir.path().join("underlag.md");
    std::fs::write(&handout, "mine").unwrap();
    bin()
        .args(["train", "flera_utsatta", "--handout"])
        .arg(&handout)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&handout).unwrap(), "mine");
    bin()
        .args(["train", "flera_utsatta", "--force", "--handout"])
        .arg(&handout)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&handout)
            .unwrap()
            .contains("Flera utsatta i samma ärende")
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn the_same_file_for_handout_and_key_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let same = dir.path().join("x.md");
    let dotted = dir.path().join(".").join("x.md");
    for (h, k) in [(&same, &same), (&same, &dotted)] {
        bin()
            .args(["train", "barn_akut", "--handout"])
            .arg(h)
            .arg("--key")
            .arg(k)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(
                "--handout och --key pekar på samma fil",
            ));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
    // A key that exists stops the handout too: both are checked first.
    let handout = dir.path().join("underlag.md");
    let key = dir.path().join("facit.md");
    std::fs::write(&key, "mine").unwrap();
    bin()
        .args(["train", "barn_akut", "--handout"])
        .arg(&handout)
        .arg("--key")
        .arg(&key)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("finns redan"));
    assert!(!handout.exists(), "nothing half done");
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "mine");
}

#[test]
fn a_handout_is_private_unless_a_mode_to_share_is_given_and_the_output_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let handout = dir.path().join("underlag.md");
    let key = dir.path().join("facit.md");
    bin()
        .args(["train", "barn_akut", "--handout"])
        .arg(&handout)
        .arg("--key")
        .arg(&key)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Skrev: {} (läge 0600: bara du kan läsa filen; --mode 644 gör ett underlag läsbart för andra)",
            handout.display()
        )))
        .stdout(predicate::str::contains(format!(
            "Skrev: {} (läge 0600: bara du kan läsa filen)\n",
            key.display()
        )));
    assert_eq!((mode(&handout), mode(&key)), (0o600, 0o600));
    let shared = dir.path().join("dela.md");
    bin()
        .args([
            "--lang",
            "en",
            "train",
            "barn_akut",
            "--mode",
            "644",
            "--handout",
        ])
        .arg(&shared)
        .assert()
        .success()
        .stdout(predicate::str::contains("(mode 0644)"));
    assert_eq!(mode(&shared), 0o644);
    // Only modes that leave the file yours; --mode belongs to the handout.
    for bad in ["744x", "1777", "044", "9"] {
        bin()
            .args(["train", "barn_akut", "--mode", bad, "--handout"])
            .arg(dir.path().join("nej.md"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("är inget filläge"));
    }
    bin()
        .args(["train", "barn_akut", "--mode", "644"])
        .assert()
        .code(2);
    assert!(!dir.path().join("nej.md").exists());
}
