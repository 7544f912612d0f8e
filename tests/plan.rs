//! `vagvisare plan` in every format, on the shipped content: the scenario that started issue 15 (22:00 on
//! a Saturday, a 16-year-old, acute danger, protected housing) as text, JSON and a Markdown checklist,
//! and the checklist written to a private file. The options are in tests/plan_options.rs.

mod plan_support;

use std::os::unix::fs::PermissionsExt;

use plan_support::{SCENARIO, at, cmd, json, plan, row, rows, tmp};
use serde_json::Value;

#[test]
fn saturday_night_child_in_acute_danger_calls_112_first_and_dates_the_same_day_items() {
    let text = plan(&SCENARIO);
    assert!(
        text.starts_with("Åtgärdsplan — Upptäckt: lördag 28 november 2026 22:00"),
        "{text}"
    );
    // Nu comes first, and in it 112 before any other number.
    let now = at(&text, "== Nu ==");
    let call = at(&text, "1. 112 — öppet (dygnet runt)");
    let today = at(&text, "== I dag / senast i morgon ==");
    assert!(now < call && call < today, "{text}");
    assert!(
        at(&text, "2. Polis 114 14") > call,
        "114 14 after 112: {text}"
    );
    // The police's answer to the 112 call is the first row, due at once.
    let intervene = at(
        &text,
        "[✔ gäller] Polisen: Ingriper mot pågående brott vid larmsamtal till 112.",
    );
    assert!(call < intervene && intervene < today, "{text}");
    assert!(text[intervene..today].contains("Tid: genast"), "{text}");
    // The same-day items, with their dates and weekdays.
    // Housing "samma dag" is what is usual, never a limit (003: "det är vanligt att boende behöver
    // ordnas samma dag"); its day is today.
    let placement = at(&text, "Socialtjänsten: Fattar beslut om placering");
    let housing = at(
        &text,
        "Tid: vanligen lördag 28 november 2026 (i dag; inte en tidsfrist) — Boende",
    );
    let protection = at(
        &text,
        "Socialtjänsten: När en orosanmälan för barn inkommer",
    );
    let protection_due = at(
        &text,
        "Tid: senast söndag 29 november 2026 (i morgon) — Skyddsbedömning av barn",
    );
    assert!(today < placement && placement < housing, "{text}");
    assert!(today < protection && protection < protection_due, "{text}");
    assert!(protection_due < at(&text, "== Längre sikt"), "{text}");
    assert!(
        text.contains("löper till söndag 29 november 2026 (i morgon) — «Detta steg avser åtgärder de första timmarna eller dygnet efter upptäckten.»"),
        "the acute step's frame: {text}"
    );
    // The coordinator for children is the one to call for the protection assessment; the support line
    // is closed on a Saturday and said to be.
    assert!(
        text[protection..].contains("Ring: Jenny Selenius 08-508 437 26, 076-124 37 26"),
        "{text}"
    );
    assert!(
        text.contains("4. Stödtelefon 020-390 000 — stängt (helg – inte vardag)"),
        "{text}"
    );
    // Guidance the seeds attach to a child placed in protected housing.
    assert!(
        text.contains("Att tänka på [✔ gäller]: «Barn utsatta för människohandel kan sökas upp"),
        "{text}"
    );
    // The long-term step is last, ordered by step, with no invented deadline.
    let later = at(
        &text,
        "== Längre sikt (ingen tid i källan – i stegens ordning) ==",
    );
    assert!(later > protection, "{text}");
    assert!(!text[later..].contains("Tid: senast "), "{text}");
    // The questions that still decide something, most decisive first.
    assert!(
        text.contains("Svara först på: fu_ledare (avgör 9 rader)"),
        "{text}"
    );
    assert!(
        !text.contains("barn_utsatt — "),
        "answered questions are not asked: {text}"
    );
}

#[test]
fn the_json_document_is_the_same_plan() {
    let doc = json(&SCENARIO);
    assert_eq!(doc["discovery"], "2026-11-28 22:00");
    assert_eq!(doc["at"], "2026-11-28 22:00", "reachability at --from");
    assert_eq!(doc["answers"]["akut_fara"], "ja");
    assert_eq!(doc["call_order"][0]["id"], "larm_112");
    assert_eq!(doc["call_order"][0]["state"], "open");
    let urgencies: Vec<&str> = doc["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["urgency"].as_str())
        .collect();
    assert_eq!(urgencies.first(), Some(&"now"), "{urgencies:?}");
    let mut sorted = urgencies.clone();
    sorted.sort_by_key(|u| {
        ["now", "today", "weeks", "later"]
            .iter()
            .position(|x| x == u)
    });
    assert_eq!(urgencies, sorted, "most urgent first");

    let (u, r) = row(&doc, "pol_ingriper_112");
    assert_eq!((u, &r["timing"]["kind"]), ("now", &Value::from("genast")));
    let (u, r) = row(&doc, "soc_placering");
    assert_eq!(u, "today");
    let dates: Vec<&str> = r["deadlines"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["date"].as_str())
        .collect();
    assert_eq!(dates, ["2026-11-28"], "housing the same day");
    let ids: Vec<&str> = r["guidance"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert!(ids.contains(&"barn_uppsoks_av_organisatorer"), "{ids:?}");
    let (u, r) = row(&doc, "soc_skyddsbedomning_barn");
    assert_eq!(
        (u, &r["timing"]["date"]),
        ("today", &Value::from("2026-11-29"))
    );
    assert_eq!(r["contacts"][0]["id"], "jenny_selenius");
    let (_, r) = row(&doc, "hs_akut_vard");
    assert_eq!(r["timing"]["via"], "step");
    let (u, r) = row(&doc, "soc_foljer_upp");
    assert_eq!(
        (u, &r["timing"]),
        ("later", &Value::Null),
        "no time in the source"
    );

    // Questions: unanswered, most decisive first.
    let qs = doc["questions"].as_array().cloned().unwrap_or_default();
    assert!(!qs.is_empty());
    let decides: Vec<u64> = qs.iter().filter_map(|q| q["decides"].as_u64()).collect();
    assert!(decides.windows(2).all(|w| w[0] >= w[1]), "{decides:?}");
    for q in &qs {
        assert!(
            doc["answers"].get(q["id"].as_str().unwrap_or("")).is_none(),
            "{q}"
        );
    }
    let (applies, may) = (
        doc["counts"]["applies"].as_u64().unwrap_or(0),
        doc["counts"]["may_apply"].as_u64().unwrap_or(0),
    );
    let listed = doc["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| rows(s).len() as u64)
        .sum::<u64>();
    assert_eq!(applies + may, listed);
}

#[test]
fn the_markdown_checklist_has_a_box_per_duty_with_dates_contacts_and_sources() {
    let md = plan(&[&SCENARIO[..], &["--format", "markdown"]].concat());
    let doc = json(&SCENARIO);
    let listed = doc["counts"]["applies"].as_u64().unwrap_or(0)
        + doc["counts"]["may_apply"].as_u64().unwrap_or(0);
    assert_eq!(md.matches("\n- [ ] ").count() as u64, listed, "{md}");
    for want in [
        "# Åtgärdsplan — ",
        "Upptäckt: lördag 28 november 2026 22:00",
        "## Nu",
        "1. 112 — öppet (dygnet runt)",
        "vanligen lördag 28 november 2026 (i dag; inte en tidsfrist)",
        "**senast söndag 29 november 2026 (i morgon)**",
        "  - Ring: Jenny Selenius 08-508 437 26, 076-124 37 26",
        "_(Källa: Ge akut skydd och stöd vid misstanke om människohandel (regional version, Stockholms län; odaterad) › Olika aktörers ansvar i detta steg)_",
        "## Kontakter",
        "- Finns det akut fara just nu? **ja** (`akut_fara`)",
    ] {
        assert!(md.contains(want), "{want:?} missing:\n{md}");
    }
}

#[test]
fn output_writes_a_private_checklist_and_never_overwrites_without_force() {
    let home = tmp();
    let file = home.path().join("plan.md");
    let path = file.to_string_lossy().to_string();
    let mut args: Vec<&str> = vec!["plan"];
    args.extend_from_slice(&SCENARIO);
    args.extend_from_slice(&["--output", &path]);
    let out = cmd(home.path())
        .args(&args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), path);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        text.starts_with("# Åtgärdsplan"),
        "Markdown by default: {text}"
    );
    assert!(text.contains("- [ ] **Socialtjänsten**: Fattar beslut om placering"));
    let mode = std::fs::metadata(&file).map(|m| m.permissions().mode() & 0o777);
    assert_eq!(mode.ok(), Some(0o600));

    let again = cmd(home.path())
        .args(&args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("finns redan"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    args.extend_from_slice(&["--force", "--format", "json"]);
    let forced = cmd(home.path())
        .args(&args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(forced.status.success());
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(doc["call_order"][0]["id"], "larm_112");
    // Nothing but the file: no temporary left behind.
    let entries = std::fs::read_dir(home.path())
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(entries, 1);
}

#[test]
fn a_plan_that_cannot_be_written_is_an_error_and_a_closed_pipe_is_not() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("note: no /dev/full here; not checked");
        return;
    };
    let home = tmp();
    for format in ["text", "json", "markdown"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_vagvisare"))
            .args(["plan", "--format", format, "--from", "2026-11-28 22:00"])
            .env("LANG", "sv_SE.UTF-8")
            .env("XDG_CONFIG_HOME", home.path())
            .stdout(full.try_clone().unwrap_or_else(|e| panic!("{e}")))
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("kan inte skriva till standard ut"),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // `| head -1`: the reader's choice, quiet and successful.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(["plan", "--from", "2026-11-28 22:00"])
        .env("XDG_CONFIG_HOME", home.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn a_named_contact_from_an_undated_source_is_to_be_checked_before_calling_and_112_never_is() {
    for text in [plan(&SCENARIO), {
        let mut args = SCENARIO.to_vec();
        args.extend(["--format", "markdown"]);
        plan(&args)
    }] {
        let calls: Vec<&str> = text.lines().filter(|l| l.contains("Ring: ")).collect();
        let named: Vec<&&str> = calls
            .iter()
            .filter(|l| l.contains("Jenny Selenius"))
            .collect();
        assert!(!named.is_empty(), "{text}");
        for line in named {
            assert!(
                line.contains("Kontrollera uppgiften före samtal – källan är odaterad"),
                "{line}"
            );
        }
        for line in calls.iter().filter(|l| l.contains("Ring: 112")) {
            assert!(!line.contains("Kontrollera"), "{line}");
        }
    }
}
