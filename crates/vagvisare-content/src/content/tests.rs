//! Loader and validator tests on the fixture content and on one broken file per error kind.

use super::*;
use std::path::PathBuf;

pub(super) fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content")
}

pub(super) fn fixture_text() -> String {
    std::fs::read_to_string(fixture_dir().join("all.toml")).unwrap_or_default()
}

/// Loads the fixture with `from` replaced by `to`, expecting errors; returns them.
pub(super) fn broken(from: &str, to: &str) -> Vec<Diagnostic> {
    let text = fixture_text();
    assert!(text.contains(from), "fixture lacks {from:?}");
    let text = text.replacen(from, to, 1);
    match load_files(vec![SourceFile {
        name: "bad.toml".into(),
        text,
    }]) {
        Ok(_) => panic!("replacing {from:?} with {to:?} should fail"),
        Err(d) => d.0,
    }
}

pub(super) fn line_of(needle: &str) -> usize {
    fixture_text()
        .lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

#[test]
fn fixture_loads_and_resolves_references() {
    let c = load_dir(&fixture_dir()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.steps.len(), 2);
    assert_eq!(c.steps[0].id, "akut", "steps sorted by order");
    let d = &c.duties[c.duty_index("pol_malsagandebitrade").unwrap_or(0)];
    assert_eq!(c.actors[d.actor].id, "polisen");
    assert_eq!(
        c.questions[c.question_index("barn_utsatt").unwrap_or(0)]
            .options
            .len(),
        2
    );
    assert_eq!(c.contacts[1].phones[0].alt[0], "020-390 000");
}

#[test]
fn syntax_error_has_position() {
    let d = broken("kind = \"process\"", "kind = \"process");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].file, "bad.toml");
    assert_eq!(d[0].line, line_of("kind = \"process\""));
}

#[test]
fn unknown_field_is_an_error() {
    let d = broken("summary = \"De första", "sumary = \"De första");
    assert!(d[0].message.contains("unknown field `sumary`"), "{:?}", d);
}

#[test]
fn duplicate_id_names_first_definition() {
    let d = broken("id = \"soc_riskbedomning\"", "id = \"soc_skyddsbedomning\"");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].line, line_of("id = \"soc_riskbedomning\""));
    let first = line_of("id = \"soc_skyddsbedomning\"");
    assert!(
        d[0].message.contains(&format!(
            "duplicate duty id `soc_skyddsbedomning` (first defined at bad.toml:{first}:"
        )),
        "{}",
        d[0]
    );
}

#[test]
fn dangling_references_are_named() {
    for (from, to, want) in [
        (
            "actor = \"polisen\"",
            "actor = \"polis\"",
            "duty `pol_malsagandebitrade`: unknown actor `polis`",
        ),
        (
            "step = \"akut\"",
            "step = \"akutt\"",
            "duty `soc_skyddsbedomning`: unknown step `akutt`",
        ),
        (
            "law = [\"lvu_6\"]",
            "law = [\"lvu_7\"]",
            "unknown law `lvu_7`",
        ),
        (
            "contacts = [\"stodtelefon\"]",
            "contacts = [\"stodtel\"]",
            "unknown contact `stodtel`",
        ),
        (
            "doc = \"s003\", heading = \"Plats",
            "doc = \"s009\", heading = \"Plats",
            "unknown source document `s009`",
        ),
    ] {
        let d = broken(from, to);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].message.contains(want), "{} lacks {want}", d[0]);
        assert_eq!(d[0].line, line_of(from), "{}", d[0]);
    }
}

#[test]
fn condition_errors_point_into_the_string() {
    let d = broken(
        "when = \"fu_ledare == polis\"",
        "when = \"fu_ledare == domstol\"",
    );
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].col, "when = \"fu_ledare == ".len() + 1);
    assert!(
        d[0].message
            .contains("`domstol` is not a value of `fu_ledare` (allowed: polis, aklagare, ingen)"),
        "{}",
        d[0]
    );
    let d = broken("when = \"fu_ledare == polis\"", "when = \"fu == polis\"");
    assert!(
        d[0].message
            .contains("duty `pol_malsagandebitrade`: condition: unknown question `fu`"),
        "{}",
        d[0]
    );
}

#[test]
fn empty_text_malformed_phone_email_date() {
    let d = broken(
        "text = \"Gör en riskbedömning för fortsatt våld samt behov av skydd för barn och vuxna.\"",
        "text = \"  \"",
    );
    assert!(
        d[0].message
            .contains("text of duty `soc_riskbedomning`: empty text"),
        "{}",
        d[0]
    );
    let d = broken("number = \"112\"", "number = \"11two\"");
    assert!(
        d[0].message
            .contains("contact `larm_112`: malformed phone number `11two`"),
        "{}",
        d[0]
    );
    let d = broken("hours = \"Stöd", "email = \"stod@\"\nhours = \"Stöd");
    assert!(
        d[0].message
            .contains("contact `stodtelefon`: malformed email `stod@`"),
        "{}",
        d[0]
    );
    let d = broken("date = \"2022-10-06\"", "date = \"2022-10-32\"");
    assert!(
        d[0].message
            .contains("source `s002`: malformed date `2022-10-32`"),
        "{}",
        d[0]
    );
}

#[test]
fn inferred_attribution_needs_a_note_and_kinds_are_checked() {
    let d = broken(
        "attribution_note = \"Riskbedömning är socialtjänstens uppgift.\"\n",
        "",
    );
    assert!(
        d[0].message
            .contains("inferred attribution needs `attribution_note`"),
        "{}",
        d[0]
    );
    let d = broken("kind = \"track\"", "kind = \"spår\"");
    assert!(d[0].message.contains("kind `spår` is neither"), "{}", d[0]);
    let d = broken("id = \"soc_riskbedomning\"", "id = \"Soc-risk\"");
    assert!(
        d[0].message
            .contains("duty id `Soc-risk`: use only a-z, 0-9 and _"),
        "{}",
        d[0]
    );
}

#[test]
fn all_errors_are_reported_in_one_run() {
    let text = fixture_text()
        .replacen("actor = \"polisen\"", "actor = \"x\"", 1)
        .replacen("number = \"112\"", "number = \"x\"", 1)
        .replacen(
            "when = \"fu_ledare == aklagare\"",
            "when = \"fu_ledare ==\"",
            1,
        );
    let d = load_files(vec![SourceFile {
        name: "bad.toml".into(),
        text,
    }])
    .err()
    .map(|d| d.0)
    .unwrap_or_default();
    assert_eq!(d.len(), 3, "{d:?}");
}

#[test]
fn missing_meta_and_no_files() {
    let d = broken(
        "[meta]\ntitle = \"Testinnehåll\"\nversion = \"test-1\"\ndate = \"2026-11-25\"\n",
        "",
    );
    assert!(d[0].message.contains("no [meta] table"), "{}", d[0]);
    let d = load_files(Vec::new())
        .err()
        .map(|d| d.0)
        .unwrap_or_default();
    assert!(d[0].message.contains("no content files"));
}

#[test]
fn condition_errors_point_into_escaped_and_multi_line_strings() {
    // An escape before the bad value shifts the value against the literal: the column follows the
    // literal, where the author typed `domstol`.
    let d = broken(
        "when = \"fu_ledare == polis\"",
        "when = \"fu_ledare \\u003d= domstol\"",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].col,
        "when = \"fu_ledare \\u003d= ".len() + 1,
        "{}",
        d[0]
    );
    let d = broken(
        "when = \"fu_ledare == polis\"",
        "when = \"\"\"\nfu_ledare ==\n  domstol\"\"\"",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        (d[0].line, d[0].col),
        (line_of("when = \"fu_ledare == polis\"") + 2, 3),
        "{}",
        d[0]
    );
}

#[test]
fn an_id_listed_twice_in_a_reference_list_is_an_error() {
    let d = broken(
        "contacts = [\"stodtelefon\"]",
        "contacts = [\"stodtelefon\", \"stodtelefon\"]",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].message
            .contains("contact `stodtelefon` is listed twice (first at bad.toml:"),
        "{}",
        d[0]
    );
    assert_eq!(d[0].line, line_of("contacts = [\"stodtelefon\"]"));
}

#[test]
fn control_and_bidi_characters_are_refused_where_typed() {
    for (typed, code) in [
        ("\\u001b[31m", "U+001B"),
        ("\\u009b", "U+009B"),
        ("\u{202e}", "U+202E"),
    ] {
        let d = broken(
            "when = \"fu_ledare == polis\"",
            &format!("when = \"fu_ledare == polis\"\nattribution_note = \"x {typed}\""),
        );
        let hit = d.iter().find(|x| x.message.contains(code));
        assert!(hit.is_some(), "{typed}: {d:?}");
        let hit = hit.map(|h| (h.line, h.col)).unwrap_or_default();
        assert_eq!(
            hit,
            (
                line_of("when = \"fu_ledare == polis\"") + 1,
                "attribution_note = \"x ".chars().count() + 1
            ),
            "{typed}"
        );
    }
}
