//! Validation of `[[term]]` items on the fixture content with terms appended: forms loaded in order,
//! each problem named with the term's id and its place.

use crate::content::{Diagnostic, SourceFile, load_files};
use std::path::PathBuf;

fn fixture_text() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content");
    std::fs::read_to_string(dir.join("all.toml")).unwrap_or_default()
}

/// Loads the fixture with `extra` TOML appended.
fn with_terms(extra: &str) -> Result<crate::model::Content, Vec<Diagnostic>> {
    load_files(vec![SourceFile {
        name: "t.toml".into(),
        text: format!("{}\n{extra}", fixture_text()),
    }])
    .map_err(|d| d.0)
}

const TUT: &str = r#"
[[term]]
id = "tut"
term = "tidsbegränsat uppehållstillstånd"
abbreviations = ["TUT"]
forms = ["tidbegränsat uppehållstillstånd"]
explanation = "Beslutar om tidsbegränsat uppehållstillstånd."
external = "Förkortningen TUT står inte i källorna (uppgift utanför källorna)."
source = { doc = "s003", heading = "Olika aktörers ansvar i detta steg" }
"#;

#[test]
fn terms_load_with_their_forms() {
    let c = with_terms(TUT).unwrap_or_else(|d| panic!("{d:?}"));
    let t = &c.terms[c.term_index("tut").unwrap_or(usize::MAX)];
    assert_eq!(t.abbreviations.as_ref(), ["TUT"]);
    assert_eq!(
        t.all_forms().collect::<Vec<_>>(),
        [
            "tidsbegränsat uppehållstillstånd",
            "TUT",
            "tidbegränsat uppehållstillstånd"
        ]
    );
    assert!(t.external.is_some());
    let plain = with_terms("").unwrap_or_else(|d| panic!("{d:?}"));
    assert!(plain.terms.is_empty(), "terms are optional");
}

#[test]
fn a_term_error_names_the_term_and_its_place() {
    let text = format!("{}\n{TUT}", fixture_text());
    let line = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map_or(0, |i| i + 1)
    };
    for (from, to, want) in [
        (
            "forms = [\"tidbegränsat",
            "forms = [\"TUT\", \"tidbegränsat",
            "term `tut`: the form `TUT` is given twice",
        ),
        (
            "abbreviations = [\"TUT\"]",
            "abbreviations = [\"T U T\"]",
            "term `tut`: abbreviation `T U T` must be one word",
        ),
        (
            "explanation = \"Beslutar",
            "explanation = \" \"\nx = \"Beslutar",
            "unknown field `x`",
        ),
        (
            "doc = \"s003\", heading = \"Olika",
            "doc = \"s007\", heading = \"Olika",
            "term `tut`: unknown source document `s007`",
        ),
        (
            "id = \"tut\"",
            "id = \"TUT\"",
            "term id `TUT`: use only a-z, 0-9 and _",
        ),
    ] {
        let d = with_terms(&TUT.replacen(from, to, 1))
            .err()
            .unwrap_or_default();
        assert!(d.iter().any(|d| d.message.contains(want)), "{want}: {d:?}");
        assert!(
            d.iter()
                .all(|d| d.file == "t.toml" && d.line >= line("[[term]]")),
            "{d:?}"
        );
    }
    let empty = with_terms(&TUT.replacen(
        "explanation = \"Beslutar om tidsbegränsat uppehållstillstånd.\"",
        "explanation = \"\"",
        1,
    ));
    let d = empty.err().unwrap_or_default();
    assert!(
        d.iter()
            .any(|d| d.message == "explanation of term `tut`: empty text"),
        "{d:?}"
    );
}

#[test]
fn a_form_of_two_terms_is_refused() {
    let other = TUT
        .replace("id = \"tut\"", "id = \"tut2\"")
        .replace("abbreviations = [\"TUT\"]", "abbreviations = [\"tut\"]")
        .replace("forms = [\"tidbegränsat uppehållstillstånd\"]", "");
    let d = with_terms(&format!("{TUT}{other}"))
        .err()
        .unwrap_or_default();
    assert!(
        d.iter().any(|d| d.message.contains("term `tut2`: the form `tidsbegränsat uppehållstillstånd` is also a form of term `tut` (t.toml:")),
        "{d:?}"
    );
    assert!(
        d.iter().any(|d| d
            .message
            .contains("term `tut2`: the form `tut` is also a form of term `tut`")),
        "{d:?}"
    );
}
