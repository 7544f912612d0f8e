//! The shipped English translation is whole and changes only what a translation may: the build checks
//! it (`content/en/`), and here it is loaded again and compared with the Swedish field by field. And a
//! broken translation is reported by the command line as `file:line:col: message`.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use vagvisare::i18n::Lang;

/// The model's fields a translation replaces (`content/README.md`, "English"); every other value of
/// the English content must equal the Swedish.
const TRANSLATED: &[&str] = &[
    "title",
    "date_text",
    "by",
    "term",
    "explanation",
    "note",
    "summary",
    "intro",
    "heading",
    "text",
    "name",
    "description",
    "help",
    "label",
    "attribution_note",
    "unit",
    "target_group",
    "region",
    "hours",
    "words",
    "external",
    "discussion",
    "learning_points",
];

/// Walks the two contents in parallel; returns where they differ outside the translated fields.
fn differences(sv: &Value, en: &Value, key: &str, path: &str, out: &mut Vec<String>) {
    match (sv, en) {
        (Value::Object(s), Value::Object(e)) => {
            for (k, v) in s {
                differences(v, &e[k], k, &format!("{path}.{k}"), out);
            }
        }
        (Value::Array(s), Value::Array(e)) if s.len() == e.len() => {
            for (i, (a, b)) in s.iter().zip(e).enumerate() {
                differences(a, b, key, &format!("{path}[{i}]"), out);
            }
        }
        (Value::String(_), Value::String(_)) if TRANSLATED.contains(&key) => {}
        // An undated source's date, the model's marker "odaterad", is said in English.
        (Value::Null, Value::String(x)) if key == "date_text" && x == "undated" => {}
        (a, b) if a == b => {}
        _ => out.push(format!("{path}: {sv} ≠ {en}")),
    }
}

#[test]
fn the_shipped_translation_is_the_embedded_one_and_changes_only_texts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let (sv, en) = vagvisare::content::load_dir_translated(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&sv, vagvisare::embedded::content());
    assert_eq!(&en, vagvisare::embedded::content_in(Lang::En));
    let (s, e) = (
        serde_json::to_value(&sv).unwrap_or_default(),
        serde_json::to_value(&en).unwrap_or_default(),
    );
    let mut out = Vec::new();
    differences(&s, &e, "", "content", &mut out);
    assert!(out.is_empty(), "{}", out.join("\n"));
    // And it is a translation: the texts a reader reads are not the Swedish.
    let same = sv
        .duties
        .iter()
        .zip(en.duties.iter())
        .filter(|(a, b)| a.text == b.text)
        .count();
    assert_eq!(same, 0, "untranslated duties");
}

/// A copy of the fixture content (with its translation) in a temporary folder, `edit`ed.
fn fixture_copy(edit: impl Fn(&Path)) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    for sub in ["", "scenarios", "en", "en/scenarios"] {
        std::fs::create_dir_all(tmp.path().join(sub)).unwrap_or_else(|e| panic!("{e}"));
        for entry in std::fs::read_dir(from.join(sub))
            .into_iter()
            .flatten()
            .flatten()
        {
            if entry.path().is_file() {
                let to = tmp.path().join(sub).join(entry.file_name());
                std::fs::copy(entry.path(), to).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    edit(tmp.path());
    tmp
}

fn replace(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap_or_else(|e| panic!("{e}"));
}

/// `file:line:col` of the first `needle` in the file at `path`.
fn at(path: &Path, needle: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in {}", path.display()));
    let line = text[..offset].matches('\n').count() + 1;
    let col = text[..offset]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;
    format!("{}:{line}:{col}", path.display())
}

/// Runs `args` on the folder `dir`; expects exit 1 and returns stderr.
fn fails(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .arg("--no-overlay")
        .arg("--content")
        .arg(dir)
        .args(args)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn a_broken_translation_is_reported_with_positions() {
    let dir = fixture_copy(|d| {
        let en = d.join("en/all.toml");
        replace(&en, "(under 18 years)", "(under 19 years)");
        replace(
            &en,
            "[[actor]]\nid = \"aklagaren\"\nname = \"The prosecutor\"\n",
            "",
        );
        replace(&en, "id = \"polisen\"", "id = \"polis\"");
        replace(
            &en,
            "  { value = \"ingen\", label = \"No preliminary investigation yet\" },\n",
            "",
        );
    });
    let err = fails(dir.path(), &["--lang", "en", "validate"]);
    let (sv, en) = (dir.path().join("all.toml"), dir.path().join("en/all.toml"));
    for want in [
        format!(
            "{}: question `barn_utsatt`: `text`: number `18` of the Swedish is missing",
            at(&en, "\"Is the victim")
        ),
        format!(
            "{}: actor `aklagaren` has no English translation (expected in {})",
            at(&sv, "\"aklagaren\"\nname"),
            en.display()
        ),
        format!("{}: actor `polis`: no such actor", at(&en, "\"polis\"")),
        format!(
            "{}: actor `polisen` has no English",
            at(&sv, "\"polisen\"\nname")
        ),
        format!(
            "{}: question `fu_ledare`: `options` has 2 entries, the Swedish 3",
            at(&en, "[\n  { value")
        ),
    ] {
        assert!(err.contains(&want), "{want}\nnot in:\n{err}");
    }
    // The same broken folder in Swedish: the translation is checked only by `validate`.
    Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(["--no-overlay", "--lang", "sv", "--content"])
        .arg(dir.path())
        .arg("steps")
        .assert()
        .success();
    fails(dir.path(), &["--lang", "sv", "validate"]);
}

#[test]
fn english_needs_a_translation_and_swedish_does_not() {
    let dir = fixture_copy(|d| {
        std::fs::remove_dir_all(d.join("en")).unwrap_or_else(|e| panic!("{e}"));
    });
    let err = fails(dir.path(), &["--lang", "en", "steps"]);
    let root = dir.path().display().to_string();
    assert!(
        err.contains(&format!("{root}/en:1:1: no English translation")),
        "{err}"
    );
    Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(["--no-overlay", "--lang", "sv", "--content"])
        .arg(dir.path())
        .arg("validate")
        .assert()
        .success();
}

#[test]
fn a_dropped_citation_is_reported() {
    let dir = fixture_copy(|d| {
        replace(
            &d.join("all.toml"),
            "summary = \"Beslut om omedelbart omhändertagande i det akuta skedet.\"",
            "summary = \"Beslut om omedelbart omhändertagande enligt § 6 LVU.\"",
        );
        replace(
            &d.join("en/all.toml"),
            "summary = \"Decision on an immediate care order at the acute stage.\"",
            "summary = \"Decision on an immediate care order under section 6 LVU.\"",
        );
    });
    let err = fails(dir.path(), &["--lang", "en", "validate"]);
    assert!(
        err.contains("law `lvu_6`: `summary`: §-citation `§ 6 LVU` of the Swedish is missing"),
        "{err}"
    );
}
