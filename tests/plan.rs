//! `vagvisare plan` in every format, on the shipped content: the scenario that started issue 15 (22:00 on
//! a Saturday, a 16-year-old, acute danger, protected housing), my role first, the checklist written to a
//! private file, the questions that still decide something, and `--from` with a time of day (also for
//! `timeline`). Plus the plain guide under `ACCESSIBLE=1`.

use std::os::unix::fs::PermissionsExt;

use assert_cmd::Command;
use serde_json::Value;

/// The scenario: a child in acute danger who needs protected housing, found at 22:00 on Saturday
/// 28 November 2026.
const SCENARIO: [&str; 8] = [
    "--answer",
    "akut_fara=ja",
    "--answer",
    "barn_utsatt=ja",
    "--answer",
    "skyddat_boende=ja",
    "--from",
    "2026-11-28 22:00",
];

fn cmd(home: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LANG", "sv_SE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("ACCESSIBLE")
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home);
    c
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn stdout(args: &[&str]) -> String {
    let home = tmp();
    let out = cmd(home.path())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

fn plan(extra: &[&str]) -> String {
    let mut args = vec!["plan"];
    args.extend_from_slice(extra);
    stdout(&args)
}

fn json(extra: &[&str]) -> Value {
    let mut args = vec!["plan", "--format", "json"];
    args.extend_from_slice(extra);
    let text = stdout(&args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// The position of `needle` in `text`, or a failure naming it.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing in:\n{text}"))
}

fn rows(section: &Value) -> Vec<&Value> {
    section["rows"].as_array().into_iter().flatten().collect()
}

fn row<'a>(doc: &'a Value, duty: &str) -> (&'a str, &'a Value) {
    for s in doc["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(doc["others"].as_array().into_iter().flatten())
    {
        for r in rows(s) {
            if r["duty"] == duty {
                return (s["urgency"].as_str().unwrap_or(""), r);
            }
        }
    }
    panic!("no row {duty} in {doc:#}")
}

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
    // (Whether housing "samma dag" is a latest date or a period is content's call; its day is today.)
    let placement = at(&text, "Socialtjänsten: Fattar beslut om placering");
    let housing = at(&text, "lördag 28 november 2026 (i dag) — Boende");
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
    assert!(!text[later..].contains("senast "), "{text}");
    // The questions that still decide something, most decisive first.
    assert!(
        text.contains("Svara först på: fu_ledare (avgör 6 rader)"),
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
        "lördag 28 november 2026 (i dag)",
        "**senast söndag 29 november 2026 (i morgon)**",
        "  - Ring: Jenny Selenius 08-508 437 26, 076-124 37 26",
        "_(Källa: 003_cb4608e897bee67a.txt – Olika aktörers ansvar i detta steg (odaterad))_",
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
fn my_role_comes_first_and_the_others_follow() {
    let text = plan(&["--role", "socialtjansten", "--from", "2026-11-25"]);
    let mine = at(&text, "Min roll: Socialtjänsten");
    let others = at(&text, "──── Andra aktörer gör ────");
    assert!(mine < others);
    for line in text[mine..others].lines().filter(|l| l.starts_with('[')) {
        assert!(line.contains("] Socialtjänsten: "), "{line}");
    }
    assert!(!text[others..].contains("] Socialtjänsten: "), "{text}");
    let doc = json(&["--role", "socialtjansten", "--from", "2026-11-25"]);
    assert_eq!(doc["role"], "socialtjansten");
    let others = doc["others"].as_array().cloned().unwrap_or_default();
    assert!(!others.is_empty());
    for s in &others {
        for r in rows(s) {
            assert_ne!(r["actor"], "socialtjansten");
        }
    }
    // The role given before the subcommand counts too.
    let global = stdout(&["--role", "socialtjansten", "plan", "--from", "2026-11-25"]);
    assert!(global.contains("Min roll: Socialtjänsten"));
}

#[test]
fn with_no_answers_the_plan_still_says_whom_to_call_and_what_to_answer_first() {
    let text = plan(&["--from", "2026-11-25 10:00"]);
    assert!(text.contains("Svar: inga svar ännu"), "{text}");
    assert!(text.contains("== Nu =="), "{text}");
    assert!(
        text.contains("1. Stödtelefon 020-390 000 — troligen öppet"),
        "a Wednesday morning: {text}"
    );
    let first = at(&text, "Svara först på: ");
    let line = text[first..].lines().next().unwrap_or("");
    assert_eq!(line.matches("avgör").count(), 3, "{line}");
    // Everything always applying is listed as applying; nothing is left out for lack of answers.
    assert!(
        text.contains("[✔ gäller] Socialtjänsten: Gör en riskbedömning"),
        "{text}"
    );
}

#[test]
fn answering_what_decides_leaves_no_question_and_each_answer_moves_a_line() {
    let everything = [
        "akut_fara=nej",
        "barn_utsatt=nej",
        "barn_i_bilden=nej",
        "skyddat_boende=nej",
        "fu_ledare=polis",
        "hemvist_utomlands=nej",
        "sexuellt_vald=nej",
        "samtycke=ja",
        "kontaktforbud=nej",
        "deltar_rattsprocess=nej",
        "vill_atervanda=nej",
        "vardnadstvist=nej",
        "gravid=ja",
        "flera_utsatta=nej",
        "andamal=sexuella",
    ];
    let mut args = vec!["--from", "2026-11-25"];
    for a in &everything {
        args.extend_from_slice(&["--answer", a]);
    }
    let text = plan(&args);
    assert!(
        text.contains("Inga obesvarade frågor avgör något längre."),
        "{text}"
    );
    assert!(!text.contains("Svara först på"), "{text}");
    // The three questions that used to change nothing now do.
    assert!(
        text.contains(
            "[✔ gäller]: «Du har även möjlighet att göra en orosanmälan om kvinnan är gravid.»"
        ),
        "{text}"
    );
    assert!(text.contains("hedersrelaterat våld och förtryck"), "{text}");
    let several = plan(&[
        "--answer",
        "flera_utsatta=ja",
        "--answer",
        "skyddat_boende=ja",
        "--from",
        "2026-11-25",
    ]);
    assert!(
        several.contains(
            "[✔ gäller]: «Placering av flera personer i ett och samma människohandelsärende"
        ),
        "{several}"
    );
}

#[test]
fn tracks_only_when_asked_for() {
    let without = json(&["--from", "2026-11-25"]);
    let with = json(&["--from", "2026-11-25", "--tracks"]);
    let steps = |doc: &Value| -> Vec<String> {
        doc["sections"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(rows)
            .filter_map(|r| r["step"].as_str().map(String::from))
            .collect()
    };
    assert!(!steps(&without).iter().any(|s| s == "program_2005"));
    assert!(steps(&with).iter().any(|s| s == "program_2005"));
    assert_eq!(with["tracks"], true);
}

#[test]
fn from_takes_a_day_or_a_time_of_day_and_refuses_anything_else() {
    let day = json(&["--from", "2026-11-28", "--at", "2026-11-28 22:00"]);
    assert_eq!(day["discovery"], "2026-11-28");
    let text = plan(&["--from", "2026-11-28", "--at", "2026-11-28 22:00"]);
    assert!(
        text.starts_with("Åtgärdsplan — Upptäckt: lördag 28 november 2026\n"),
        "{text}"
    );
    let home = tmp();
    for bad in ["2026-11-31", "28/11/2026 22:00", "2026-11-28 25:00"] {
        let out = cmd(home.path())
            .args(["plan", "--from", bad])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(bad) && err.contains("ÅÅÅÅ-MM-DD TT:MM"),
            "{err}"
        );
    }
    // `timeline --from` takes a time of day too, counting from its day.
    let timed = stdout(&["timeline", "--from", "2026-11-28 22:00", "--format", "json"]);
    let dated = stdout(&["timeline", "--from", "2026-11-28", "--format", "json"]);
    assert_eq!(timed, dated);
}

#[test]
fn english_chrome_and_the_swedish_content() {
    let text = plan(&[&SCENARIO[..], &["--lang", "en"]].concat());
    assert!(
        text.starts_with("Action plan — Discovery: Saturday 28 November 2026 22:00"),
        "{text}"
    );
    for want in [
        "== Now ==",
        "== Today / tomorrow at the latest ==",
        "at the latest Sunday 29 November 2026 (tomorrow)",
        "[✔ applies] Polisen: Ingriper mot pågående brott",
    ] {
        assert!(text.contains(want), "{want:?}:\n{text}");
    }
}

#[test]
fn accessible_gives_the_plain_guide_for_a_bare_call_and_for_guide() {
    for args in [&[][..], &["guide"][..]] {
        let home = tmp();
        let out = cmd(home.path())
            .env("ACCESSIBLE", "1")
            .args(args)
            .write_stdin("1\n")
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Fråga 1. "), "{args:?}: {text}");
        assert!(text.contains("a = alla frågor"), "{text}");
        assert!(text.contains("Åtgärdsplan — Upptäckt: "), "{text}");
    }
    // Without it, a bare call off a terminal prints the overview as before.
    let home = tmp();
    let out = cmd(home.path()).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Fråga 1. "));
}
