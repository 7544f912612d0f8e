//! Broken content: exit 1, `file:line:col: message`, nothing on stdout.

use std::path::Path;

use super::*;

/// 1-based number of the first line of `text` containing `needle`.
fn line_in(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the broken file"))
}

#[test]
fn every_broken_fixture_is_reported_with_file_line_and_message() {
    let env = TestEnv::new();
    // kind, a text on the offending line, column, message
    let cases: &[(&str, &str, usize, &str)] = &[
        ("syntax", "kind = \"process", 16, "invalid basic string"),
        ("unknown_field", "sumary = ", 1, "unknown field `sumary`"),
        (
            "duplicate_id",
            "id = \"soc_skyddsbedomning\"\nstep = \"akut\"\nactor = \"socialtjansten\"\ntext = \"Gör",
            6,
            "duplicate duty id `soc_skyddsbedomning` (first defined at tests/fixtures/broken/duplicate_id/all.toml:78:6)",
        ),
        (
            "malformed_id",
            "id = \"Soc-risk\"",
            6,
            "duty id `Soc-risk`: use only a-z, 0-9 and _",
        ),
        (
            "unknown_actor",
            "actor = \"polis\"",
            9,
            "duty `pol_malsagandebitrade`: unknown actor `polis`",
        ),
        (
            "unknown_step",
            "step = \"akutt\"",
            8,
            "duty `soc_skyddsbedomning`: unknown step `akutt`",
        ),
        (
            "unknown_law",
            "law = [\"lvu_7\"]",
            8,
            "duty `soc_skyddsbedomning`: unknown law `lvu_7`",
        ),
        (
            "unknown_contact",
            "contacts = [\"stodtel\"]",
            13,
            "duty `soc_skyddsbedomning`: unknown contact `stodtel`",
        ),
        (
            "unknown_source",
            "doc = \"s009\"",
            18,
            "step `akut`: unknown source document `s009`",
        ),
        (
            "condition_unknown_question",
            "when = \"fu == polis\"",
            9,
            "duty `pol_malsagandebitrade`: condition: unknown question `fu` (known: barn_utsatt, barn_i_bilden, fu_ledare)",
        ),
        (
            "condition_unknown_value",
            "when = \"fu_ledare == domstol\"",
            22,
            "duty `pol_malsagandebitrade`: condition: `domstol` is not a value of `fu_ledare` (allowed: polis, aklagare, ingen)",
        ),
        (
            "condition_syntax",
            "when = \"fu_ledare ==\"",
            21,
            "duty `akl_malsagandebitrade`: condition: expected a value",
        ),
        (
            "empty_text",
            "text = \"  \"",
            8,
            "text of duty `soc_riskbedomning`: empty text",
        ),
        (
            "malformed_phone",
            "number = \"11two\"",
            22,
            "contact `larm_112`: malformed phone number `11two`",
        ),
        (
            "malformed_email",
            "email = \"stod@\"",
            9,
            "contact `stodtelefon`: malformed email `stod@`",
        ),
        (
            "malformed_date",
            "date = \"2022-10-32\"",
            8,
            "source `s002`: malformed date `2022-10-32` (want YYYY-MM-DD or `odaterad`)",
        ),
        (
            "missing_attribution_note",
            "attribution = \"inferred\"\nsource = { doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }\n\n[[duty]]\nid = \"pol_",
            15,
            "duty `soc_riskbedomning`: an inferred attribution needs `attribution_note` saying why",
        ),
        (
            "bad_step_kind",
            "kind = \"spår\"",
            8,
            "step `stod`: kind `spår` is neither `process` nor `track`",
        ),
        (
            "duplicate_order",
            "order = 20\nkind = \"track\"",
            9,
            "step `stod`: order 20 is also used at tests/fixtures/broken/duplicate_order/all.toml:23:9",
        ),
        ("missing_meta", "", 1, "no [meta] table in any content file"),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let on_disk = std::fs::read_dir(&root)
        .expect("tests/fixtures/broken")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .count();
    // every folder is a case here, plus `several` below
    assert_eq!(
        on_disk,
        cases.len() + 1,
        "a broken fixture without a test case"
    );
    for &(kind, needle, col, message) in cases {
        let dir = format!("tests/fixtures/broken/{kind}");
        let file = format!("{dir}/all.toml");
        let text = std::fs::read_to_string(root.join(kind).join("all.toml")).expect("broken file");
        // The line where `needle` starts; multi-line needles pin down which of equal lines is meant.
        let line = text
            .find(needle)
            .map(|at| text[..at].matches('\n').count() + 1)
            .unwrap_or_else(|| panic!("{kind}: {needle:?} not found"));
        let want = format!("{file}:{line}:{col}: {message}");
        for args in [
            &["validate", "--content", &dir][..],
            &["--content", &dir, "assess"],
        ] {
            let err = env.fails(args, 1);
            let first = err.lines().next().unwrap_or("");
            assert!(
                first.starts_with(&want),
                "{kind}: got\n{first}\nwant\n{want}"
            );
            assert_eq!(
                err.lines().last(),
                Some(format!("vagvisare: {dir}: 1 problem").as_str()),
                "{kind}: {err}"
            );
        }
    }
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let env = TestEnv::new();
    let dir = "tests/fixtures/broken/several";
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(dir)
            .join("all.toml"),
    )
    .expect("several/all.toml");
    let err = env.fails(&["validate", "--content", dir], 1);
    let file = format!("{dir}/all.toml");
    for (needle, message) in [
        (
            "number = \"x\"",
            "contact `larm_112`: malformed phone number `x`",
        ),
        (
            "actor = \"x\"",
            "duty `pol_malsagandebitrade`: unknown actor `x`",
        ),
        (
            "when = \"fu_ledare ==\"",
            "duty `akl_malsagandebitrade`: condition: expected a value",
        ),
    ] {
        let prefix = format!("{file}:{}:", line_in(&text, needle));
        assert!(
            err.lines()
                .any(|l| l.starts_with(&prefix) && l.contains(message)),
            "{message} at {prefix} missing:\n{err}"
        );
    }
    assert!(
        err.ends_with("vagvisare: tests/fixtures/broken/several: 3 problem\n"),
        "{err}"
    );
}

#[test]
fn a_broken_file_in_a_temporary_folder() {
    let env = TestEnv::new();
    let good = fixture_text();
    let bad = good.replacen("step = \"akut\"", "step = \"nowhere\"", 1);
    let dir = env.content_dir("broken", &[("all.toml", &bad)]);
    let dir = dir.to_str().expect("UTF-8 temp path");
    let line = line_in(&bad, "step = \"nowhere\"");
    let err = env.fails(&["validate", "--content", dir], 1);
    assert!(
        err.starts_with(&format!(
            "{dir}/all.toml:{line}:8: duty `soc_skyddsbedomning`: unknown step `nowhere`"
        )),
        "{err}"
    );
    // The same content split over two files validates, and errors name the right file.
    let (head, tail) = good.split_at(good.find("[[duty]]").expect("a duty"));
    let split = env.content_dir("split", &[("a.toml", head), ("b.toml", tail)]);
    let split = split.to_str().expect("UTF-8 temp path");
    env.cmd(&["validate", "--content", split])
        .assert()
        .success();
    let tail_bad = tail.replacen("actor = \"polisen\"", "actor = \"polis\"", 1);
    let split_bad = env.content_dir("split_bad", &[("a.toml", head), ("b.toml", &tail_bad)]);
    let split_bad = split_bad.to_str().expect("UTF-8 temp path");
    let err = env.fails(&["validate", "--content", split_bad], 1);
    let line = line_in(&tail_bad, "actor = \"polis\"");
    assert!(
        err.starts_with(&format!(
            "{split_bad}/b.toml:{line}:9: duty `pol_malsagandebitrade`: unknown actor `polis`"
        )),
        "{err}"
    );
}

#[test]
fn a_missing_or_empty_content_folder_is_an_error() {
    let env = TestEnv::new();
    let missing = env.dir.path().join("does-not-exist");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let err = env.fails(&["validate", "--content", missing], 1);
    assert!(
        err.contains(missing) && err.contains("cannot read"),
        "{err}"
    );
    let empty = env.content_dir("empty", &[]);
    let err = env.fails(
        &["validate", "--content", empty.to_str().expect("UTF-8")],
        1,
    );
    assert!(err.contains("no content files"), "{err}");
}
