//! `vagvisare source ID` (issue 17): where does it say so — the source rebuilt in its order with the
//! item highlighted, as text and JSON, for a duty, a source and other kinds; an unknown id is a usage
//! error. And the age of contacts as the command line says it: national numbers never flagged, an old
//! named contact always.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn cmd(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("XDG_CONFIG_HOME", env!("CARGO_MANIFEST_DIR"))
        .args(args);
    cmd
}

fn stdout(args: &[&str]) -> String {
    let out = cmd(args).assert().success().get_output().clone();
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

fn json(args: &[&str]) -> Value {
    let text = stdout(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}\n{text}"))
}

/// The lines marked `▶` (highlighted, no terminal).
fn marked(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.starts_with('▶')).collect()
}

#[test]
fn a_duty_shows_its_source_in_order_with_the_duty_and_its_actor_highlighted() {
    let text = stdout(&["source", "soc_placering"]);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Ge akut skydd och stöd vid misstanke om människohandel (regional version, Stockholms län; odaterad)"
        )
    );
    assert_eq!(lines.next(), Some("Utgivare: anges inte · Datum: odaterad"));
    assert!(text.contains("Markerat: skyldighet soc_placering ▶"));
    // Headings in the seed's order.
    let at = |h: &str| {
        text.find(&format!("## {h}\n"))
            .unwrap_or_else(|| panic!("{h} missing"))
    };
    assert!(
        at("Ge akut skydd och stöd vid misstanke om människohandel")
            < at("Konsultativt stöd för yrkesverksamma")
    );
    assert!(at("Konsultativt stöd för yrkesverksamma") < at("Olika aktörers ansvar i detta steg"));
    assert!(at("Olika aktörers ansvar i detta steg") < at("Plats på skyddat boende"));
    // Every bullet in the seed's order: the first before the highlighted fifth before the last.
    let first = text
        .find("• När en orosanmälan för barn inkommer")
        .unwrap_or(usize::MAX);
    let fifth = text.find("• Fattar beslut om placering").unwrap_or(0);
    let last = text
        .find("• Om behov finns, informerar om möjlighet")
        .unwrap_or(0);
    assert!(first < fifth && fifth < last, "{first} {fifth} {last}");
    let m = marked(&text);
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m[0].contains("• Fattar beslut om placering, till exempel skyddat boende"));
    assert!(
        m[1].contains("Aktör: Socialtjänsten – tolkad (ej utskriven i källan): Stegsidan under"),
        "{m:?}"
    );
    assert!(m[1].contains("id: soc_placering"));
    // A stated duty says so, without a marker.
    assert!(text.contains("Aktör: Polisen – angiven i källan: Punkten säger själv"));
    assert!(!text.contains(".txt"), "no file names for people");
}

#[test]
fn the_same_view_as_json_carries_the_highlight_and_the_attribution() {
    let j = json(&["source", "soc_placering", "--format", "json"]);
    assert_eq!(j["source"]["id"], "s003");
    assert_eq!(j["source"]["file"], "003_cb4608e897bee67a.txt");
    assert_eq!(j["source"]["publisher"], Value::Null);
    assert_eq!(j["asked"]["kind"], "duty");
    assert_eq!(j["asked"]["id"], "soc_placering");
    let headings = j["headings"].as_array().unwrap_or_else(|| panic!("{j}"));
    assert_eq!(
        headings[0]["heading"],
        "Ge akut skydd och stöd vid misstanke om människohandel"
    );
    let entries: Vec<&Value> = headings
        .iter()
        .flat_map(|h| h["entries"].as_array().into_iter().flatten())
        .collect();
    let lit: Vec<&&Value> = entries
        .iter()
        .filter(|e| e["highlighted"] == true)
        .collect();
    assert_eq!(lit.len(), 1, "{lit:?}");
    assert_eq!(lit[0]["kind"], "duty");
    assert_eq!(lit[0]["actor"], "socialtjansten");
    assert_eq!(lit[0]["attribution"], "inferred");
    assert!(
        lit[0]["attribution_note"]
            .as_str()
            .is_some_and(|n| !n.is_empty())
    );
    let duties = entries.iter().filter(|e| e["kind"] == "duty").count();
    assert_eq!(duties, 27, "every bullet of the acute step page");
}

#[test]
fn a_source_id_shows_the_whole_document_with_nothing_highlighted() {
    let text = stdout(&["source", "s004"]);
    assert!(text.starts_with(
        "Socialt program för att minska prostitution (Socialtjänstförvaltningen, Stockholms stad; odaterad)\n"
    ));
    assert!(marked(&text).is_empty());
    assert!(!text.contains("Markerat:"));
    // A commitment in the programme's prose is shown in its paragraph, with its actor beneath.
    assert!(text.contains("## Gatuprostitution"));
    assert!(text.contains("↳ skyldighet (i texten ovan)"));
    let j = json(&["source", "s004", "--format", "json"]);
    let lit = j["headings"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|h| h["entries"].as_array().into_iter().flatten())
        .filter(|e| e["highlighted"] == true)
        .count();
    assert_eq!(lit, 0);
}

#[test]
fn an_item_quoted_in_a_paragraph_is_marked_in_place() {
    let text = stdout(&["source", "p05_gatuprostitution_kunskap"]);
    assert!(
        text.contains("▶Enheten ansvarar också för att i samverkan med polisen ha aktuell kunskap"),
        "{text}"
    );
    let number = stdout(&["source", "stodtelefon"]);
    assert!(number.contains("Stödtelefon: ▶020-390 000◀"), "{number}");
}

#[test]
fn a_shared_id_says_so_and_a_kind_picks_one() {
    let text = stdout(&["source", "kontaktforbud"]);
    assert!(text.contains("Markerat: lagrum kontaktforbud"));
    assert!(
        text.contains("Samma id finns också som: fråga kontaktforbud (question:kontaktforbud)")
    );
    let q = stdout(&["source", "question:kontaktforbud"]);
    assert!(q.contains("Markerat: fråga kontaktforbud"));
    assert!(q.contains("frågan är vägvisarens egen"));
    assert!(
        !marked(&q).is_empty(),
        "the duties it decides are highlighted"
    );
}

#[test]
fn an_unknown_id_is_a_usage_error_that_names_the_sources() {
    let out = cmd(&["source", "finns_inte"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("vagvisare: okänt id `finns_inte`"), "{err}");
    assert!(err.contains("s000, s001, s002, s003, s004"), "{err}");
    cmd(&["source", "duty:stodtelefon", "--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown id `duty:stodtelefon`"));
}

fn contact<'a>(all: &'a Value, id: &str) -> &'a Value {
    all["contacts"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|k| k["id"] == id)
        .unwrap_or_else(|| panic!("{id}"))
}

#[test]
fn national_numbers_are_never_flagged_and_an_old_named_contact_always_is() {
    for (at, months) in [
        ("2016-01-01 10:00", None),
        ("2026-11-25 10:00", None),
        ("2090-06-01 10:00", Some("1200")),
    ] {
        let mut args = vec!["contacts", "--at", at, "--format", "json"];
        if let Some(m) = months {
            args.extend(["--max-age-months", m]);
        }
        let j = json(&args);
        for national in ["larm_112", "polisen_11414"] {
            let k = contact(&j, national);
            assert_eq!(k["freshness"], "national");
            assert_eq!(k["check_before_calling"], false, "{national} at {at}");
        }
    }
    // Charlotta Thorelius, from 2015-03-24: current for twelve months, then always flagged.
    let flagged = |at: &str, extra: &[&str]| {
        let mut args = vec!["contacts", "--at", at, "--format", "json"];
        args.extend(extra);
        contact(&json(&args), "charlotta_thorelius")["check_before_calling"] == true
    };
    assert!(!flagged("2016-03-24 10:00", &[]));
    assert!(flagged("2016-03-25 10:00", &[]));
    assert!(flagged("2026-11-25 10:00", &[]));
    assert!(!flagged("2026-11-25 10:00", &["--max-age-months", "240"]));
    // The text says it in the words of the rule.
    let text = stdout(&["contacts", "--at", "2026-11-25 10:00"]);
    assert!(text.contains("Kontrollera uppgiften före samtal – uppgift från 2015-03-24"));
    let text = stdout(&["contacts"]);
    let k112 = text
        .split("\n\n")
        .find(|b| b.contains("112 — Larmnummer vid akut fara"))
        .unwrap_or_default();
    assert!(
        k112.contains("nationellt nummer") && !k112.contains("Kontrollera"),
        "{k112}"
    );
    cmd(&["contacts", "--max-age-months", "0"]).assert().code(2);
}

#[test]
fn conditions_are_words_unless_verbose() {
    let plain = stdout(&["assess", "-a", "samtycke=ja", "--at", "2026-11-25 10:00"]);
    assert!(
        !plain.contains(" == ") && !plain.contains("||") && !plain.contains("Villkor:"),
        "no condition syntax without --verbose"
    );
    assert!(plain.contains("Gäller eftersom: ✔ Samtycker patienten"));
    let verbose = stdout(&[
        "assess",
        "-a",
        "samtycke=ja",
        "--verbose",
        "--at",
        "2026-11-25 10:00",
    ]);
    assert!(verbose.contains("Villkor: samtycke == ja"));
    let md = stdout(&["assess", "--format", "markdown", "--at", "2026-11-25 10:00"]);
    assert!(!md.contains(" == ") && !md.contains("Villkor"));
    assert!(md.contains("Kan bli aktuellt – avgörs av:"));
    let show = stdout(&["show", "akut"]);
    assert!(!show.contains(" == "));
    assert!(show.contains("Gäller när: "));
}

#[test]
fn replaced_law_is_said_once_per_line() {
    let law = stdout(&["law"]);
    let line = "SoL (2001:453), ersatt 1 juli 2025 av en ny socialtjänstlag (SFS 2025:400); hänvisningen \
                avser den äldre lagen (uppgift utanför källorna)";
    assert_eq!(law.matches(line).count(), 4, "the four SoL items");
    for l in law.lines() {
        assert!(l.matches("utanför källorna").count() <= 1, "{l}");
    }
    let md = stdout(&[
        "assess",
        "--format",
        "markdown",
        "-a",
        "samtycke=ja",
        "--step",
        "langsiktigt",
    ]);
    assert_eq!(md.matches(line).count(), 1, "{md}");
}
