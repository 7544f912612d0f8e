//! Loader and validator tests on the fixture content and on one broken file per error kind.

use super::*;
use std::path::PathBuf;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content")
}

fn fixture_text() -> String {
    std::fs::read_to_string(fixture_dir().join("all.toml")).unwrap_or_default()
}

/// Loads the fixture with `from` replaced by `to`, expecting errors; returns them.
fn broken(from: &str, to: &str) -> Vec<Diagnostic> {
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

fn line_of(needle: &str) -> usize {
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

/// The fixture with `extra` appended, expecting errors; returns them.
fn with(extra: &str) -> Vec<Diagnostic> {
    match load_files(vec![SourceFile {
        name: "bad.toml".into(),
        text: format!("{}\n{extra}", fixture_text()),
    }]) {
        Ok(_) => panic!("appending {extra:?} should fail"),
        Err(d) => d.0,
    }
}

#[test]
fn guidance_loads_and_resolves_its_references() {
    let text = format!(
        "{}\n[[guidance]]\nid = \"g\"\ntext = \"Du har även möjlighet att göra en orosanmälan om kvinnan är gravid.\"\nwhen = \"barn_i_bilden == ja\"\nstep = \"akut\"\nduties = [\"soc_skyddsbedomning\", \"soc_riskbedomning\"]\nsource = {{ doc = \"s003\", heading = \"Plats på skyddat boende\" }}\n",
        fixture_text()
    );
    let c = load_files(vec![SourceFile {
        name: "ok.toml".into(),
        text,
    }])
    .unwrap_or_else(|e| panic!("{e}"));
    let g = &c.guidance[c.guidance_index("g").unwrap_or(usize::MAX)];
    assert_eq!(c.steps[g.step].id, "akut");
    let duties: Vec<&str> = g.duties.iter().map(|&d| c.duties[d].id.as_ref()).collect();
    assert_eq!(duties, ["soc_skyddsbedomning", "soc_riskbedomning"]);
    assert!(g.when.is_some());
}

#[test]
fn guidance_errors_name_the_item_and_its_position() {
    let base = fixture_text().lines().count() + 1;
    let d = with(
        "[[guidance]]\nid = \"g\"\ntext = \" \"\nwhen = \"barn_utsatt == kanske\"\nstep = \"akutt\"\nduties = [\"okand\", \"okand\"]\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    let messages: Vec<String> = d.iter().map(ToString::to_string).collect();
    for (line, want) in [
        (3, "text of guidance `g`: empty text"),
        (
            4,
            "guidance `g`: condition: `kanske` is not a value of `barn_utsatt`",
        ),
        (5, "guidance `g`: unknown step `akutt`"),
        (6, "guidance `g`: unknown duty `okand`"),
    ] {
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with(&format!("bad.toml:{}:", base + line)) && m.contains(want)),
            "{want} at line {}: {messages:#?}",
            base + line
        );
    }
    let d = with(
        "[[guidance]]\nid = \"g\"\ntext = \"t\"\nstep = \"akut\"\nbogus = 1\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    assert!(d[0].message.contains("unknown field `bogus`"), "{d:?}");
}

#[test]
fn a_question_no_condition_uses_is_an_error_at_the_question() {
    let d = with("[[question]]\nid = \"oanvand\"\ntext = \"Används inte?\"\n");
    assert_eq!(d.len(), 1, "{d:?}");
    let line = fixture_text().lines().count() + 3;
    assert_eq!((d[0].line, d[0].col), (line, 6), "{}", d[0]);
    assert!(
        d[0].message.starts_with(
            "question `oanvand`: no duty, guidance item, deadline or contact condition uses it"
        ),
        "{}",
        d[0]
    );
    // A guidance item's condition is a use.
    let ok = format!(
        "{}\n[[question]]\nid = \"gravid\"\ntext = \"Är personen gravid?\"\n\n[[guidance]]\nid = \"g\"\ntext = \"t\"\nwhen = \"gravid == ja\"\nstep = \"akut\"\nsource = {{ doc = \"s003\", heading = \"h\" }}\n",
        fixture_text()
    );
    assert!(
        load_files(vec![SourceFile {
            name: "ok.toml".into(),
            text: ok,
        }])
        .is_ok()
    );
}

#[test]
fn deadlines_take_several_duties_and_genast_takes_no_days() {
    let d = with(
        "[[deadline]]\nid = \"nu\"\nlabel = \"L\"\nkind = \"genast\"\ndays = 0\nwords = \"w\"\nduty = \"soc_riskbedomning\"\nduties = [\"soc_riskbedomning\"]\nstep = \"akut\"\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    let messages: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(d.len(), 2, "{messages:#?}");
    assert!(messages.iter().any(|m| {
        m.contains("deadline `nu`: a `genast` deadline is due at discovery and takes no `days`")
    }));
    assert!(
        messages
            .iter()
            .any(|m| m.contains("deadline `nu`: duty `soc_riskbedomning` is named twice"))
    );
}

#[test]
fn an_overlay_may_not_add_guidance() {
    let base = load_dir(&fixture_dir()).unwrap_or_else(|e| panic!("{e}"));
    let files = vec![SourceFile {
        name: "kommun.toml".into(),
        text: "[[guidance]]\nid = \"g\"\ntext = \"t\"\nstep = \"akut\"\nsource = { doc = \"s003\", heading = \"h\" }\n".into(),
    }];
    let d = overlay::apply(&base, &files)
        .err()
        .map(|d| d.0)
        .unwrap_or_default();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].to_string(),
        "kommun.toml:1:1: an overlay may add only [[source]] and [[contact]], not [[guidance]]"
    );
}
