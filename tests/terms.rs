//! The glossary (`content/terms.toml`): every form of a term is printed in a seed or named in the
//! term's `external` note, every explanation is its seed's text, and `vagvisare terms` lists them as
//! text and JSON.
//!
//! The seeds live beside the clone (`../shared/seeds`; `VAGVISARE_SEEDS=DIR` points elsewhere). Where
//! they are absent the seed checks say so and pass; CI has them.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;
use vagvisare::model::Content;

fn seeds() -> Option<BTreeMap<String, String>> {
    let dir = std::env::var_os("VAGVISARE_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds")));
    if !dir.is_dir() {
        println!("terms: seed checks skipped, no seeds at {}", dir.display());
        return None;
    }
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            out.insert(name, flat(&text));
        }
    }
    Some(out)
}

/// Whitespace (line breaks too) as single spaces: a quote may run over a line break of the seed.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn content() -> &'static Content {
    vagvisare::embedded::content()
}

#[test]
fn the_glossary_has_the_terms_the_seeds_expand() {
    let c = content();
    for id in [
        "tut",
        "iom",
        "nmt",
        "amp",
        "hvb",
        "sol",
        "lvu",
        "sparsakringssats",
        "nck",
        "bops",
    ] {
        assert!(c.term_index(id).is_some(), "term `{id}`");
    }
    let bops = &c.terms[c.term_index("bops").unwrap_or(0)];
    assert!(
        bops.abbreviations.is_empty() && bops.forms.is_empty() && bops.external.is_none(),
        "the seeds do not expand BOPS, and neither does the guide"
    );
}

#[test]
fn every_form_is_printed_in_a_seed_or_named_as_external() {
    let Some(seeds) = seeds() else { return };
    let all: Vec<String> = seeds.values().map(|t| t.to_lowercase()).collect();
    let mut missing = Vec::new();
    for t in content().terms.iter() {
        for form in t.all_forms() {
            let printed = all.iter().any(|s| s.contains(&flat(form).to_lowercase()));
            let external = t.external.as_deref().is_some_and(|x| x.contains(form));
            if !printed && !external {
                missing.push(format!("term `{}`: `{form}`", t.id));
            }
        }
        if let Some(x) = &t.external {
            assert!(
                x.ends_with("(uppgift utanför källorna)."),
                "term `{}`: {x}",
                t.id
            );
        }
    }
    assert!(
        missing.is_empty(),
        "forms in no seed and not marked external:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_explanation_is_the_text_of_its_seed() {
    let Some(seeds) = seeds() else { return };
    let c = content();
    for t in c.terms.iter() {
        let file = &c.sources[t.source.doc].file;
        let seed = &seeds[file.as_ref()];
        assert!(
            seed.contains(&flat(&t.source.heading)),
            "term `{}`: heading",
            t.id
        );
        for piece in t
            .explanation
            .split('…')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            assert!(
                seed.contains(&flat(piece)),
                "term `{}`: not in {file}: {piece}",
                t.id
            );
        }
    }
}

#[test]
fn the_english_file_translates_every_term_by_id() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/en/terms.toml");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let en: toml::Table = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
    let items = en
        .get("term")
        .and_then(|v| v.as_array())
        .cloned()
        .unwrap_or_default();
    let ids: Vec<&str> = items.iter().filter_map(|t| t.get("id")?.as_str()).collect();
    let sv: Vec<&str> = content().terms.iter().map(|t| t.id.as_ref()).collect();
    assert_eq!(ids, sv, "same terms, same order");
    for (item, t) in items.iter().zip(content().terms.iter()) {
        let keys: Vec<&str> = item
            .as_table()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        for k in &keys {
            assert!(
                ["id", "term", "explanation", "external"].contains(k),
                "term `{}`: `{k}`",
                t.id
            );
        }
        assert_eq!(
            keys.contains(&"external"),
            t.external.is_some(),
            "term `{}`",
            t.id
        );
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let en_text = item
            .get("explanation")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        assert_eq!(
            digits(en_text),
            digits(&t.explanation),
            "term `{}`: every number kept",
            t.id
        );
    }
}

fn vagvisare(args: &[&str]) -> String {
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_SE.UTF-8")
        .env("XDG_CONFIG_HOME", empty.path())
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn terms_lists_the_glossary_as_text_and_json() {
    let text = vagvisare(&["terms"]);
    assert!(
        text.starts_with("TUT – tidsbegränsat uppehållstillstånd\n"),
        "{text}"
    );
    assert!(
        text.contains("  även: tidbegränsat uppehållstillstånd, tillfälligt uppehållstillstånd\n")
    );
    assert!(text.contains("uppgift utanför källorna: Förkortningen TUT står inte i källorna"));
    assert!(
        text.contains("\nBOPS\n  Gör en individuell skyddsbedömning"),
        "{text}"
    );

    let json: Value = serde_json::from_str(&vagvisare(&["terms", "--format", "json"]))
        .unwrap_or_else(|e| panic!("{e}"));
    let terms = json.as_array().cloned().unwrap_or_default();
    assert_eq!(terms.len(), content().terms.len());
    let tut = &terms[0];
    assert_eq!(tut["id"], "tut");
    assert_eq!(tut["abbreviations"], serde_json::json!(["TUT"]));
    assert_eq!(tut["source"]["doc"], "s003");
    assert!(tut["external"].is_string());
    assert!(
        terms
            .iter()
            .any(|t| t["id"] == "bops" && t["external"].is_null())
    );

    let en = vagvisare(&["--lang", "en", "terms"]);
    assert!(
        en.contains("  also: tidbegränsat uppehållstillstånd"),
        "labels in English, content Swedish"
    );
}

#[test]
fn search_json_says_how_each_hit_matched() {
    let json: Value =
        serde_json::from_str(&vagvisare(&["search", "kontaktfobud", "--format", "json"]))
            .unwrap_or_else(|e| panic!("{e}"));
    let first = &json[0];
    assert_eq!(first["match"], "typo");
    assert_eq!(first["matched"], serde_json::json!(["kontaktförbud"]));
    for key in ["kind", "id", "title", "snippet", "score"] {
        assert!(!first[key].is_null(), "{key} kept");
    }
}
