//! The translation of the fixture content (`tests/fixtures/content/en`) and one break of each kind,
//! each reported as `file:line:col: message` at the right place and naming the item.

use std::path::PathBuf;

use crate::content::{Diagnostic, SourceFile, load_dir_translated, load_translated, read_dir};
use crate::model::Content;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content")
}

fn files() -> (Vec<SourceFile>, Vec<SourceFile>) {
    let sv = read_dir(&dir(), "fx").unwrap_or_else(|e| panic!("{e}"));
    let en = read_dir(&dir().join("en"), "fx/en").unwrap_or_else(|e| panic!("{e}"));
    (sv, en)
}

fn both() -> (Content, Content) {
    load_dir_translated(&dir()).unwrap_or_else(|e| panic!("{e}"))
}

/// The English fixture with `from` replaced by `to` in the file whose name ends with `file`: the errors.
fn broken(file: &str, from: &str, to: &str) -> Vec<Diagnostic> {
    broken_text(file, from, to).0
}

/// [`broken`], and the broken file's text.
fn broken_text(file: &str, from: &str, to: &str) -> (Vec<Diagnostic>, String) {
    let (sv, mut en) = files();
    let f = en
        .iter_mut()
        .find(|f| f.name.ends_with(file))
        .unwrap_or_else(|| panic!("no {file}"));
    assert!(f.text.contains(from), "{file} lacks {from:?}");
    f.text = f.text.replacen(from, to, 1);
    let text = f.text.clone();
    match load_translated(&sv, &en, "fx/en") {
        Ok(_) => panic!("replacing {from:?} with {to:?} should fail"),
        Err(d) => (d.0, text),
    }
}

/// 1-based line and column of the first `needle` in the English fixture file `file` (after `after`).
fn at(file: &str, after: &str, needle: &str) -> (usize, usize) {
    let (_, en) = files();
    let text = &en
        .iter()
        .find(|f| f.name.ends_with(file))
        .unwrap_or_else(|| panic!("no {file}"))
        .text;
    at_in(text, after, needle)
}

/// [`at`] in `text`.
fn at_in(text: &str, after: &str, needle: &str) -> (usize, usize) {
    let from = text.find(after).unwrap_or_else(|| panic!("no {after:?}"));
    let offset = from
        + text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("no {needle:?}"));
    let line = text[..offset].matches('\n').count() + 1;
    let col = text[..offset]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;
    (line, col)
}

/// Asserts exactly one error, at `file:line:col`, whose message contains every one of `words`.
fn one(d: &[Diagnostic], file: &str, (line, col): (usize, usize), words: &[&str]) {
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        (d[0].file.as_str(), d[0].line, d[0].col),
        (file, line, col),
        "{}",
        d[0]
    );
    for w in words {
        assert!(d[0].message.contains(w), "{w:?} not in {}", d[0]);
    }
}

#[test]
fn the_translation_replaces_texts_and_keeps_everything_else() {
    let (sv, en) = both();
    assert_eq!(en.meta.title, "Test content");
    assert_eq!(en.meta.version, sv.meta.version);
    let d = en.duty_index("soc_skyddsbedomning").unwrap_or(usize::MAX);
    assert_eq!(d, sv.duty_index("soc_skyddsbedomning").unwrap_or(0));
    assert!(en.duties[d].text.starts_with("When a report of concern"));
    assert_eq!(en.duties[d].when, sv.duties[d].when);
    assert_eq!(en.duties[d].law, sv.duties[d].law);
    assert_eq!(
        en.duties[d].source, sv.duties[d].source,
        "citations stay Swedish"
    );
    // ja/nej questions get English labels; listed options keep their values.
    let q = &en.questions[0];
    assert_eq!(
        q.options
            .iter()
            .map(|o| (&*o.value, &*o.label))
            .collect::<Vec<_>>(),
        [("ja", "Yes"), ("nej", "No")]
    );
    let fu = &en.questions[2].options;
    assert_eq!((&*fu[0].value, &*fu[0].label), ("polis", "The police"));
    // Names stay as printed unless translated; numbers and phones never change.
    let k = &en.contacts[1];
    assert_eq!(k.name, sv.contacts[1].name);
    assert_eq!(k.phones, sv.contacts[1].phones);
    assert_eq!(en.contacts[2].name, "Coordinator for children");
    assert_eq!(
        en.contacts[0].phones[0].label.as_deref(),
        Some("In acute danger")
    );
    // A source's title is the Swedish with the English as a gloss.
    assert_eq!(
        en.sources[0].title,
        "Stöd till yrkesverksamma (Support for professionals)"
    );
    let s = &en.scenarios[0];
    assert_eq!(
        s.parts[1].text,
        "The police are head of the preliminary investigation."
    );
    assert_eq!(s.parts[1].source, sv.scenarios[0].parts[1].source);
    assert_eq!(s.answers, sv.scenarios[0].answers);
    assert_eq!(
        en.steps[0].sections[0].heading,
        "A place in sheltered housing"
    );
}

#[test]
fn a_missing_item_is_reported_at_the_swedish_item_naming_the_english_file() {
    let d = broken(
        "all.toml",
        "[[actor]]\nid = \"aklagaren\"\nname = \"The prosecutor\"\n",
        "",
    );
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].file, "fx/all.toml");
    let sv = std::fs::read_to_string(dir().join("all.toml")).unwrap_or_default();
    let line = sv
        .lines()
        .position(|l| l == "id = \"aklagaren\"")
        .map_or(0, |i| i + 1);
    assert_eq!((d[0].line, d[0].col), (line, 6), "{}", d[0]);
    assert!(
        d[0].message
            .contains("actor `aklagaren` has no English translation (expected in fx/en/all.toml)"),
        "{}",
        d[0]
    );
}

#[test]
fn a_missing_file_is_one_error_for_its_items() {
    let (sv, en) = files();
    let en: Vec<SourceFile> = en
        .into_iter()
        .filter(|f| !f.name.contains("scenarios"))
        .collect();
    let Err(d) = load_translated(&sv, &en, "fx/en") else {
        panic!("a missing scenario file must fail");
    };
    assert_eq!(d.0.len(), 1, "{d}");
    assert_eq!(d.0[0].file, "fx/scenarios/demo.toml");
    assert!(
        d.0[0]
            .message
            .contains("scenario `demo_barn` has no English translation: fx/en/scenarios/demo.toml does not exist"),
        "{}",
        d.0[0]
    );
}

#[test]
fn a_missing_field_is_reported_at_the_english_item() {
    let d = broken(
        "all.toml",
        "attribution_note = \"Risk assessment is the task of social services.\"\n",
        "",
    );
    let pos = at(
        "all.toml",
        "id = \"soc_riskbedomning\"",
        "\"soc_riskbedomning\"",
    );
    one(
        &d,
        "fx/en/all.toml",
        pos,
        &["duty `soc_riskbedomning`", "no English `attribution_note`"],
    );
}

#[test]
fn a_changed_number_is_an_error() {
    let d = broken("all.toml", "(under 18 years)", "(under 19 years)");
    let pos = at("all.toml", "id = \"barn_utsatt\"", "\"Is the victim");
    let want = [
        "question `barn_utsatt`",
        "`text`",
        "number `18` of the Swedish is missing",
    ];
    assert_eq!(d.len(), 2, "{d:#?}");
    one(&d[..1], "fx/en/all.toml", pos, &want);
    assert!(
        d[1].message.contains("number `19` is not in the Swedish"),
        "{}",
        d[1]
    );
}

#[test]
fn a_dropped_citation_is_an_error() {
    let (sv, _) = files();
    assert!(sv[0].text.contains("citation = \"§ 6 LVU\""));
    let d = broken(
        "all.toml",
        "at the acute stage.\"",
        "at the acute stage (§ 6 LVU).\"",
    );
    // The English may not add the number 6 the Swedish summary does not have…
    assert!(
        d.iter()
            .any(|x| x.message.contains("number `6` is not in the Swedish")),
        "{d:#?}"
    );
    // …and a Swedish citation must stay: break the law summary of a Swedish text that has one.
    let mut sv = sv;
    sv[0].text = sv[0].text.replace(
        "summary = \"Beslut om omedelbart omhändertagande i det akuta skedet.\"",
        "summary = \"Beslut om omedelbart omhändertagande enligt § 6 LVU i det akuta skedet.\"",
    );
    let (_, mut en) = files();
    en[0].text = en[0].text.replace(
        "at the acute stage.",
        "at the acute stage under section 6 LVU.",
    );
    let Err(d) = load_translated(&sv, &en, "fx/en") else {
        panic!("a dropped citation must fail");
    };
    let pos = at("all.toml", "id = \"lvu_6\"", "\"Decision on");
    one(
        &d.0,
        "fx/en/all.toml",
        pos,
        &[
            "law `lvu_6`",
            "§-citation `§ 6 LVU` of the Swedish is missing",
        ],
    );
}

#[test]
fn an_unknown_id_is_an_error() {
    let (d, text) = broken_text("all.toml", "id = \"polisen\"", "id = \"polis\"");
    let pos = at_in(&text, "id = \"polis\"", "\"polis\"");
    assert_eq!(d.len(), 2, "{d:#?}");
    let en = d.iter().find(|x| x.file == "fx/en/all.toml");
    one(
        en.map(std::slice::from_ref).unwrap_or(&[]),
        "fx/en/all.toml",
        pos,
        &["actor `polis`: no such actor"],
    );
    assert!(
        d.iter().any(
            |x| x.file == "fx/all.toml" && x.message.contains("actor `polisen` has no English")
        )
    );
}

#[test]
fn a_wrong_list_length_is_an_error() {
    let (d, text) = broken_text(
        "scenarios/demo.toml",
        "discussion = [\"Who makes the protection assessment, and when?\"]",
        "discussion = [\"Who makes the protection assessment, and when?\", \"Why?\"]",
    );
    let pos = at_in(&text, "discussion", "[");
    one(
        &d,
        "fx/en/scenarios/demo.toml",
        pos,
        &[
            "scenario `demo_barn`",
            "`discussion` has 2 entries, the Swedish 1",
        ],
    );
    let d = broken(
        "all.toml",
        "  { value = \"ingen\", label = \"No preliminary investigation yet\" },\n",
        "",
    );
    let pos = at("all.toml", "options = [", "[");
    one(
        &d,
        "fx/en/all.toml",
        pos,
        &[
            "question `fu_ledare`",
            "`options` has 2 entries, the Swedish 3",
        ],
    );
}

#[test]
fn values_numbers_and_untranslatable_fields_stay_out() {
    let (d, text) = broken_text("all.toml", "value = \"aklagare\"", "value = \"prosecutor\"");
    let pos = at_in(&text, "value = \"prosecutor\"", "\"prosecutor\"");
    one(
        &d,
        "fx/en/all.toml",
        pos,
        &[
            "question `fu_ledare`, options 2",
            "`value` is `prosecutor`, the Swedish `aklagare`",
        ],
    );
    let d = broken("all.toml", "number = \"112\"", "number = \"911\"");
    assert!(
        d.iter()
            .any(|x| x.message.contains("`number` is `911`, the Swedish `112`")),
        "{d:#?}"
    );
    let (d, text) = broken_text(
        "all.toml",
        "id = \"soc_riskbedomning\"\n",
        "id = \"soc_riskbedomning\"\nwhen = \"barn_utsatt == ja\"\n",
    );
    let pos = at_in(&text, "when = ", "when");
    one(
        &d,
        "fx/en/all.toml",
        pos,
        &[
            "duty `soc_riskbedomning`",
            "`when` is not a translated field",
            "translated: text, attribution_note",
        ],
    );
    let d = broken(
        "all.toml",
        "id = \"akl_malsagandebitrade\"\n",
        "id = \"akl_malsagandebitrade\"\nattribution_note = \"Why.\"\n",
    );
    assert!(
        d[0].message
            .contains("`attribution_note` is not in the Swedish item"),
        "{d:#?}"
    );
}

#[test]
fn the_same_swedish_is_translated_the_same_way() {
    let (mut sv, mut en) = files();
    sv[0].text = sv[0]
        .text
        .replace("name = \"Polisen\"", "name = \"Socialtjänsten\"");
    en[0].text = en[0]
        .text
        .replace("name = \"The police\"", "name = \"The social services\"");
    let Err(d) = load_translated(&sv, &en, "fx/en") else {
        panic!("two translations of one text must fail");
    };
    let pos = at("all.toml", "id = \"polisen\"", "\"The police\"");
    assert_eq!(d.0.len(), 1, "{d}");
    assert_eq!((d.0[0].line, d.0[0].col), pos, "{}", d.0[0]);
    assert!(
        d.0[0]
            .message
            .contains("translates the same Swedish as actor `socialtjansten` (fx/en/all.toml:"),
        "{}",
        d.0[0]
    );
}

#[test]
fn english_names_mirror_the_swedish_files() {
    use super::english_name;
    assert_eq!(
        english_name("content/duties_akut.toml"),
        "content/en/duties_akut.toml"
    );
    assert_eq!(
        english_name("content/scenarios/02.toml"),
        "content/en/scenarios/02.toml"
    );
    assert_eq!(
        english_name("a/b/scenarios/x.toml"),
        "a/b/en/scenarios/x.toml"
    );
    assert_eq!(english_name("meta.toml"), "en/meta.toml");
}
