//! `vagvisare plan`'s options: my role first, no answers, every answer, the reference tracks, `--from`
//! with a day or a time of day (also for `timeline`), English chrome; and the plain guide under
//! `ACCESSIBLE=1`.

mod plan_support;

use plan_support::{SCENARIO, at, cmd, json, plan, rows, stdout, tmp};
use serde_json::Value;

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
    // A role with nothing listed says so, and where the rest is, instead of empty groups.
    let none = plan(&[
        "--role",
        "tingsratten",
        "--answer",
        "vardnadstvist=nej",
        "--from",
        "2026-11-25",
    ]);
    let said = at(
        &none,
        "Din roll har inga skyldigheter som gäller eller kan bli aktuella",
    );
    assert!(said < at(&none, "== Nu =="), "{none}");
    // The role given before the subcommand counts too.
    let global = stdout(&["--role", "socialtjansten", "plan", "--from", "2026-11-25"]);
    assert!(global.contains("Min roll: Socialtjänsten"));
}

#[test]
fn with_no_answers_the_plan_still_says_whom_to_call_and_what_to_answer_first() {
    let text = plan(&["--from", "2026-11-25 10:00"]);
    assert!(text.contains("Svar: inga svar ännu"), "{text}");
    assert!(text.contains("== Nu =="), "{text}");
    // Acute danger not ruled out: 112 first (002: "Vid akut fara ring 112."); the support line is
    // still listed, likely open on a Wednesday morning.
    assert!(text.contains("1. 112 — öppet"), "{text}");
    assert!(
        text.contains("Stödtelefon 020-390 000 — troligen öppet"),
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
        "kontaktperson=nej",
        "asyl=nej",
        "bradskande=nej",
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
fn english_plan_is_marked_and_in_english() {
    let text = plan(&[&SCENARIO[..], &["--lang", "en"]].concat());
    assert!(
        text.starts_with(
            "Unofficial translation — the Swedish text is authoritative\n\
             Action plan — Discovery: Saturday 28 November 2026 22:00"
        ),
        "{text}"
    );
    for want in [
        "== Now ==",
        "== Today / tomorrow at the latest ==",
        "at the latest Sunday 29 November 2026 (tomorrow)",
        "[✔ applies] The police: Intervenes against ongoing crime on emergency calls to 112.",
        "Time: at once — Acute danger: emergency call to 112",
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
        assert!(text.contains("a ställer alla frågor"), "{text}");
        assert!(text.contains("Åtgärdsplan — Upptäckt: "), "{text}");
    }
    // Without it, a bare call off a terminal prints the overview as before.
    let home = tmp();
    let out = cmd(home.path()).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Fråga 1. "));
}
