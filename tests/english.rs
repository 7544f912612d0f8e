//! `--lang en` on every subcommand: the content is the English translation, marked once per document as
//! an unofficial translation; no Swedish question or duty text appears in any English text output; JSON
//! carries the Swedish beside each text (`text_sv` …) and says `"lang": "en"`. Swedish JSON stays as it
//! was, without any of that.

use assert_cmd::Command;
use serde_json::Value;
use vagvisare::i18n::{Lang, Msg, text};
use vagvisare::model::Content;

fn marker() -> &'static str {
    text(Lang::En, Msg::Unofficial)
}

fn sv() -> &'static Content {
    vagvisare::embedded::content()
}

fn en() -> &'static Content {
    vagvisare::embedded::content_in(Lang::En)
}

/// The binary in a clean environment: no locale, no colour, no local overlay.
fn bin(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("--no-overlay")
        .args(args);
    cmd
}

/// Stdout of a successful run.
fn run(args: &[&str]) -> String {
    let out = bin(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
}

/// Every Swedish question, duty and guidance text, contact urgency and law replacement that its
/// translation changed: none may show in an English view.
fn swedish_texts() -> Vec<&'static str> {
    let (sv, en) = (sv(), en());
    let mut out = Vec::new();
    for (s, e) in sv.questions.iter().zip(en.questions.iter()) {
        out.push((&*s.text, &*e.text));
        if let (Some(s), Some(e)) = (&s.help, &e.help) {
            out.push((s, e));
        }
    }
    for (s, e) in sv.duties.iter().zip(en.duties.iter()) {
        out.push((&*s.text, &*e.text));
    }
    // The seed's words on whom to call for what (the call order) and what replaced a law.
    for (s, e) in sv.contacts.iter().zip(en.contacts.iter()) {
        if let (Some(s), Some(e)) = (&s.urgency, &e.urgency) {
            out.push((&*s.words, &*e.words));
        }
    }
    for (s, e) in sv.guidance.iter().zip(en.guidance.iter()) {
        out.push((&*s.text, &*e.text));
    }
    for (s, e) in sv.law.iter().zip(en.law.iter()) {
        if let (Some(s), Some(e)) = (&s.replaced, &e.replaced) {
            out.push((&*s.by, &*e.by));
        }
    }
    // A source's headings stay as printed (the source view shows them): words that are also a heading
    // ("Konsultativt stöd för yrkesverksamma") are not looked for.
    let heading = |t: &str| sv.sources.iter().any(|x| x.headings.iter().any(|h| h == t));
    out.into_iter()
        .filter(|(s, e)| s != e && !heading(s))
        .map(|(s, _)| s)
        .collect()
}

fn assert_english(args: &[&str], out: &str) {
    let shown: Vec<&str> = swedish_texts()
        .into_iter()
        .filter(|s| out.contains(s))
        .collect();
    assert!(shown.is_empty(), "{args:?} shows Swedish {shown:#?}\n{out}");
}

/// Every text command of the command line, with arguments that show much of the content.
fn commands() -> Vec<Vec<String>> {
    let mut all: Vec<Vec<&str>> = vec![
        vec![],
        vec!["assess"],
        vec![
            "assess",
            "-a",
            "barn_utsatt=ja",
            "-a",
            "akut_fara=ja",
            "-a",
            "hemvist_utomlands=ja",
        ],
        vec![
            "assess",
            "-a",
            "barn_utsatt=nej",
            "--at",
            "2026-11-28 23:00",
        ],
        vec!["questions"],
        vec!["steps"],
        vec!["actors"],
        vec!["contacts"],
        vec!["contacts", "--at", "2026-11-25 10:00"],
        vec!["contacts", "--at", "2026-11-25 22:00"],
        vec!["timeline", "--from", "2026-11-25", "-a", "barn_utsatt=ja"],
        vec!["plan", "-a", "akut_fara=ja", "--from", "2026-11-28 22:00"],
        vec!["plan", "--tracks", "--from", "2026-11-25 10:00"],
        vec!["law"],
        vec!["search", "protection", "assessment"],
        vec!["sources"],
        vec!["source", "sol_3_6b"],
        vec!["source", "soc_ansoker_betanketid"],
        vec!["scenarios"],
    ];
    for s in sv().steps.iter() {
        all.push(vec!["show", &s.id]);
    }
    for s in sv().scenarios.iter() {
        all.push(vec!["train", &s.id]);
    }
    all.into_iter()
        .map(|a| {
            std::iter::once("--lang")
                .chain(std::iter::once("en"))
                .chain(a)
                .map(str::to_string)
                .collect()
        })
        .collect()
}

#[test]
fn every_text_document_is_marked_and_english() {
    for args in commands() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args);
        assert_eq!(out.lines().next(), Some(marker()), "{args:?}:\n{out}");
        assert_eq!(out.matches(marker()).count(), 1, "{args:?}: once:\n{out}");
        assert_english(&args, &out);
    }
}

#[test]
fn every_question_and_duty_has_its_english_on_show_and_questions() {
    // `questions` lists every question, `show` every duty of a step: all English.
    let out = run(&["--lang", "en", "questions"]);
    for q in en().questions.iter() {
        assert!(out.contains(&*q.text), "{}", q.id);
    }
    let out: String = en()
        .steps
        .iter()
        .map(|s| run(&["--lang", "en", "show", &s.id]))
        .collect();
    for d in en().duties.iter() {
        assert!(out.contains(&*d.text), "{}", d.id);
    }
}

#[test]
fn markdown_exports_carry_the_marker_under_the_title() {
    let out = run(&[
        "--lang",
        "en",
        "assess",
        "-a",
        "barn_utsatt=ja",
        "--format",
        "markdown",
    ]);
    let lines: Vec<&str> = out.lines().take(3).collect();
    assert!(lines[0].starts_with("# Assessment — "), "{out}");
    assert_eq!(lines[2], format!("> **{}**", marker()));
    assert_english(&["assess markdown"], &out);
    let out = run(&[
        "--lang",
        "en",
        "plan",
        "-a",
        "akut_fara=ja",
        "--format",
        "markdown",
    ]);
    let lines: Vec<&str> = out.lines().take(3).collect();
    assert!(lines[0].starts_with("# Action plan — "), "{out}");
    assert_eq!(lines[2], format!("> **{}**", marker()));
    assert_eq!(out.matches(marker()).count(), 1, "{out}");
    assert_english(&["plan markdown"], &out);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (h, k) = (dir.path().join("h.md"), dir.path().join("k.md"));
    let (hs, ks) = (h.display().to_string(), k.display().to_string());
    run(&[
        "--lang",
        "en",
        "train",
        "barn_akut",
        "--handout",
        &hs,
        "--key",
        &ks,
    ]);
    for path in [h, k] {
        let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            doc.matches(&format!("> **{}**", marker())).count(),
            1,
            "{doc}"
        );
        assert_english(&[&path.display().to_string()], &doc);
    }
}

#[test]
fn the_plain_guide_asks_in_english() {
    let out = bin(&["--lang", "en", "guide", "--plain"])
        .write_stdin("1\n2\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8_lossy(&out);
    assert_eq!(out.lines().next(), Some(marker()), "{out}");
    assert!(out.contains(&*en().questions[0].text), "{out}");
    assert!(out.contains("1 Yes"), "{out}");
    assert_english(&["guide --plain"], &out);
}

#[test]
fn json_carries_the_swedish_beside_each_text() {
    let doc = json(&["--lang", "en", "questions", "--format", "json"]);
    assert_eq!(doc["lang"], "en");
    assert_eq!(doc["translation"], marker());
    let items = doc["items"].as_array().map_or(&[][..], Vec::as_slice);
    assert_eq!(items.len(), sv().questions.len());
    for (item, (s, e)) in items
        .iter()
        .zip(sv().questions.iter().zip(en().questions.iter()))
    {
        assert_eq!(item["text"], *e.text);
        assert_eq!(item["text_sv"], *s.text);
        assert_eq!(item["values"][0]["label_sv"], *s.options[0].label);
    }
    let doc = json(&[
        "--lang",
        "en",
        "assess",
        "-a",
        "barn_utsatt=ja",
        "--format",
        "json",
    ]);
    assert_eq!(doc["lang"], "en");
    let duties = doc["duties"].as_array().map_or(&[][..], Vec::as_slice);
    assert!(!duties.is_empty());
    for d in duties {
        let i = sv()
            .duty_index(d["id"].as_str().unwrap_or(""))
            .unwrap_or(usize::MAX);
        assert_eq!(d["text_sv"], *sv().duties[i].text);
        assert_eq!(d["text"], *en().duties[i].text);
        assert!(d["actor_name_sv"].is_string());
        assert!(
            d["source"].get("heading_sv").is_none(),
            "citations stay Swedish"
        );
    }
    for c in doc["contacts"].as_array().map_or(&[][..], Vec::as_slice) {
        assert!(
            c["unit_sv"].is_string() && c["reach"]["words_sv"].is_string()
                || c["reach"]["words"].is_null(),
            "{c}"
        );
    }
    for args in [
        &["steps"][..],
        &["show", "akut"],
        &["actors"],
        &["contacts"],
        &["contacts", "--at", "2026-11-25 10:00"],
        &["timeline", "--from", "2026-11-25"],
        &["plan", "--from", "2026-11-25"],
        &["law"],
        &["sources"],
        &["scenarios"],
    ] {
        let full: Vec<&str> = ["--lang", "en"]
            .iter()
            .chain(args)
            .chain(&["--format", "json"])
            .copied()
            .collect();
        let doc = json(&full);
        assert_eq!(doc["lang"], "en", "{args:?}");
        let text = doc.to_string();
        assert!(text.contains("_sv\""), "{args:?}: {text}");
    }
    let hits = json(&[
        "--lang",
        "en",
        "search",
        "skyddsbedömning",
        "--format",
        "json",
    ]);
    let first = &hits["items"][0];
    assert_eq!(first["snippet_lang"], "sv", "{hits}");
    assert!(first["title_sv"].is_string(), "{hits}");
}

#[test]
fn swedish_json_is_left_as_it_was() {
    let doc = json(&["--lang", "sv", "questions", "--format", "json"]);
    assert!(doc.is_array());
    assert!(!doc.to_string().contains("_sv\""));
    let doc = json(&["--lang", "sv", "assess", "--format", "json"]);
    assert!(doc.get("lang").is_none() && doc.get("translation").is_none());
    let out = run(&["--lang", "sv", "steps"]);
    assert!(!out.contains(marker()) && !out.contains(text(Lang::Sv, Msg::Unofficial)));
}

#[test]
fn search_in_english_finds_the_english_and_the_swedish_text() {
    let out = run(&["--lang", "en", "search", "skyddsbedömning"]);
    assert!(
        out.contains("(sv) "),
        "a Swedish word finds the Swedish text, marked:\n{out}"
    );
    let out = run(&["--lang", "en", "search", "protection", "assessment"]);
    assert!(out.contains("[duty soc_skyddsbedomning_barn]"), "{out}");
}

#[test]
fn validate_in_english_says_the_translation_was_checked() {
    let out = run(&["--lang", "en", "validate"]);
    assert!(
        out.contains(text(Lang::En, Msg::TranslationChecked)),
        "{out}"
    );
    let out = run(&["--lang", "en", "validate", "--content", "content"]);
    assert!(
        out.contains(text(Lang::En, Msg::TranslationChecked)),
        "{out}"
    );
}

#[test]
fn local_contacts_stay_as_printed_and_marked_in_english() {
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .args([
            "--lang",
            "en",
            "--overlay",
            "tests/fixtures/overlay/ok",
            "contacts",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8_lossy(&out);
    assert!(out.contains("[local] "), "{out}");
}

#[test]
fn an_undated_source_reads_undated_in_english() {
    for args in [
        vec!["--lang", "en", "source", "s003"],
        vec!["--lang", "en", "plan", "--answer", "barn_utsatt=ja"],
        vec!["--lang", "en", "contacts"],
    ] {
        let out = Command::cargo_bin("vagvisare")
            .unwrap_or_else(|e| panic!("{e}"))
            .args(&args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}");
        assert!(!text.contains("odaterad"), "{args:?}:\n{text}");
        assert!(text.contains("undated"), "{args:?}:\n{text}");
    }
}
