//! Issue 21: the content is exactly as narrow and as broad as its source. One test per point of the
//! issue, each running the binary (`assess`, `timeline`, `contacts`, `law`, `questions`) over a concrete
//! situation and naming the seed sentence it rests on.

mod actors_and_questions;

use assert_cmd::Command;
use serde_json::Value;

/// The binary with `args`, in Swedish, without a local overlay.
fn cmd(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("--no-overlay")
        .args(args);
    cmd
}

fn stdout(args: &[&str]) -> String {
    let out = cmd(args).assert().success().get_output().clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

fn json(args: &[&str]) -> Value {
    let text = stdout(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{text}"))
}

/// `assess --format json` with these answers (and any extra arguments, e.g. `--role`).
fn assess(answers: &[&str], extra: &[&str]) -> Value {
    let mut args = vec!["assess", "--format", "json", "--at", "2026-11-25 10:00"];
    for a in answers {
        args.extend(["--answer", a]);
    }
    args.extend(extra);
    json(&args)
}

fn duty<'a>(a: &'a Value, id: &str) -> Option<&'a Value> {
    a["duties"]
        .as_array()
        .expect("duties")
        .iter()
        .find(|d| d["id"] == id)
}

fn status<'a>(a: &'a Value, id: &str) -> Option<&'a str> {
    duty(a, id).map(|d| d["status"].as_str().expect("status"))
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_str().expect("string"))
        .collect()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("array")
        .iter()
        .map(|x| x["id"].as_str().expect("id"))
        .collect()
}

/// Point 1. 002: "Från och med 1 augusti 2022 kan socialnämnder ansöka hos Migrationsverket om betänketid
/// för offer för människohandel." 003: "Om den utsatta har hemvist i ett annat land bör
/// förundersökningsledaren ansöka om tidsbegränsat uppehållstillstånd, först om 30 dagar för att ge den
/// utsatta betänketid om den vill delta i rättsprocessen." A foreign victim has someone shown to apply
/// whoever leads the investigation — also when nobody does.
#[test]
fn point_1_a_foreign_victim_always_has_someone_to_apply_for_a_permit() {
    let appliers = [
        "soc_ansoker_betanketid",
        "pol_fu_tut_akut",
        "akl_fu_tut_akut",
    ];
    for (fu, leader) in [
        ("polis", Some("pol_fu_tut_akut")),
        ("aklagare", Some("akl_fu_tut_akut")),
        ("ingen", None),
    ] {
        let a = assess(&["hemvist_utomlands=ja", &format!("fu_ledare={fu}")], &[]);
        let applying: Vec<&str> = appliers
            .iter()
            .copied()
            .filter(|id| status(&a, id) == Some("applies"))
            .collect();
        assert!(
            applying.contains(&"soc_ansoker_betanketid"),
            "fu_ledare={fu}: {applying:?}"
        );
        if let Some(l) = leader {
            assert!(applying.contains(&l), "fu_ledare={fu}: {applying:?}");
        }
        assert_eq!(
            status(&a, "mig_beslut_tut"),
            Some("applies"),
            "someone decides"
        );
    }
    // With no investigation, social services are the ones shown to apply, with the law item behind it.
    let a = assess(
        &["hemvist_utomlands=ja", "fu_ledare=ingen"],
        &["--role", "socialtjansten"],
    );
    let d = duty(&a, "soc_ansoker_betanketid").expect("listed for socialtjänsten");
    assert_eq!(d["status"], "applies");
    assert_eq!(d["actor"], "socialtjansten");
    assert_eq!(strs(&d["law"]), ["betanketid"]);
    assert!(ids(&a["law"]).contains(&"betanketid"));
    assert_eq!(
        d["text"],
        "Från och med 1 augusti 2022 kan socialnämnder ansöka hos Migrationsverket om betänketid för offer för människohandel."
    );
    assert_eq!(d["source"]["doc"], "s002");
    // Until hemvist is known it may apply; for a person registered in Sweden it does not.
    let a = assess(&[], &[]);
    assert_eq!(status(&a, "soc_ansoker_betanketid"), Some("may_apply"));
    let a = assess(&["hemvist_utomlands=nej"], &[]);
    assert_eq!(status(&a, "soc_ansoker_betanketid"), None);
}

/// Point 2. 003: "… först om 30 dagar för att ge den utsatta betänketid om den vill delta i
/// rättsprocessen." — no start is given, and the permit does not run from discovery. 003: "Vid bedömning av
/// behov är det vanligt att boende behöver ordnas samma dag" — what is usual, not a deadline.
#[test]
fn point_2_no_invented_dates_and_usual_is_not_a_deadline() {
    let answers = [
        "timeline",
        "--from",
        "2026-11-23",
        "-a",
        "hemvist_utomlands=ja",
        "-a",
        "skyddat_boende=ja",
    ];
    let mut with_json = answers.to_vec();
    with_json.extend(["--format", "json"]);
    let t = json(&with_json);
    let deadlines = t["deadlines"].as_array().expect("deadlines");
    let find = |id: &str| {
        deadlines
            .iter()
            .find(|d| d["id"] == id)
            .unwrap_or_else(|| panic!("{id} listed"))
    };
    let reflection = find("tut_betanketid");
    assert_eq!(reflection["status"], "applies");
    assert!(reflection["date"].is_null(), "{reflection}");
    assert!(reflection["days"].is_null(), "{reflection}");
    let housing = find("boende_samma_dag");
    assert_eq!(housing["kind"], "vanligt");
    assert_eq!(housing["date"], "2026-11-23");

    let text = stdout(&answers);
    assert!(
        text.contains("vanligen måndag 23 november 2026 (inte en tidsfrist)"),
        "{text}"
    );
    assert!(!text.contains("senast måndag 23 november 2026"), "{text}");
    assert!(!text.contains("23 december 2026"), "no 30-day date: {text}");
    let reflection_line = text
        .lines()
        .find(|l| l.starts_with("Betänketid"))
        .expect("reflection permit line");
    assert!(
        reflection_line.contains("inget datum i källan"),
        "{reflection_line}"
    );
}

/// Point 3. 002: "Stödtelefonen är bemannad under kontorstid på vardagar. Vid brådskande ärenden kontakta
/// polis på telefonnummer 114 14 alternativt socialjour eller motsvarande jourfunktion inom socialtjänsten.
/// Vid akut fara ring 112." Urgency, not the clock, decides the order; with nothing known of the case, 112
/// comes first and the advice line last, on a weekday morning as at night. (The order for advice-only
/// cases, `bradskande=nej`, is tested in tests/time.rs.)
#[test]
fn point_3_the_call_order_follows_urgency_not_the_clock() {
    let triage = ["larm_112", "polisen_11414", "socialjouren", "stodtelefon"];
    for at in ["2026-11-25 10:00", "2026-11-25 22:00", "2026-11-28 10:00"] {
        let c = json(&["contacts", "--at", at, "--format", "json"]);
        assert_eq!(strs(&c["call_order"]), triage, "{at}");
        let urgency = |id: &str| {
            c["contacts"]
                .as_array()
                .expect("contacts")
                .iter()
                .find(|k| k["id"] == id)
                .map(|k| k["urgency"]["kind"].clone())
                .unwrap_or(Value::Null)
        };
        assert_eq!(urgency("larm_112"), "akut_fara");
        assert_eq!(urgency("polisen_11414"), "bradskande");
        assert_eq!(urgency("socialjouren"), "bradskande");
        assert_eq!(urgency("stodtelefon"), "rad_och_vagledning");
        // The seed gives no hours for 114 14 or the socialjour: none are invented.
        for id in ["polisen_11414", "socialjouren"] {
            let k = c["contacts"]
                .as_array()
                .expect("contacts")
                .iter()
                .find(|k| k["id"] == id)
                .expect("listed");
            assert_eq!(k["reach"]["state"], "unknown", "{id} at {at}");
        }
    }
    let text = stdout(&["contacts", "--at", "2026-11-25 10:00"]);
    let order: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Ring i denna ordning"))
        .skip(1)
        .take(4)
        .collect();
    assert!(order[0].starts_with("  1. 112"), "{order:?}");
    assert!(order[0].contains("«Vid akut fara ring 112.»"), "{order:?}");
    assert!(order[3].starts_with("  4. Stödtelefon"), "{order:?}");
    assert!(!text.contains("när stödtelefonen är stängd"), "{text}");
    // The support line is marked closed out of office hours, as before.
    let night = stdout(&["contacts", "--at", "2026-11-25 22:00"]);
    assert!(
        night.contains("4. Stödtelefon 020-390 000 — troligen stängt"),
        "{night}"
    );
    // At acute danger the assessment lists 112 first, then the urgent numbers, then the advice line.
    let a = assess(&["akut_fara=ja"], &[]);
    let contacts = ids(&a["contacts"]);
    assert_eq!(&contacts[..4], triage, "{contacts:?}");
}

/// Point 4. 003: "Om den utsatta har hemvist i ett annat land bör förundersökningsledaren ansöka om
/// tidsbegränsat uppehållstillstånd"; 000: "Bedriver utredning inom ramen för förundersökningen …";
/// 000: "Handlägger ansökan om asyl."; 003: "Fattar beslut om placering, till exempel skyddat boende
/// och/eller andra akuta insatser." Each condition is as narrow and as broad as these words.
#[test]
fn point_4_conditions_are_as_narrow_as_their_words() {
    // The investigation leader's residence-permit application needs hemvist in another country.
    let a = assess(&["fu_ledare=polis", "hemvist_utomlands=nej"], &[]);
    assert_eq!(status(&a, "pol_fu_tut_akut"), None);
    assert_eq!(status(&a, "pol_fu_malsagandebitrade_akut"), Some("applies"));
    let a = assess(&["fu_ledare=aklagare", "hemvist_utomlands=nej"], &[]);
    assert_eq!(status(&a, "akl_fu_tut_akut"), None);
    let a = assess(&["fu_ledare=polis"], &[]);
    let d = duty(&a, "pol_fu_tut_akut").expect("may apply");
    assert_eq!(d["status"], "may_apply");
    assert_eq!(strs(&d["depends_on"]), ["hemvist_utomlands"]);

    // Investigation work and rättsintyg need an investigation.
    let within = ["pol_utredning_fu", "pol_rattsintyg", "akl_rattsintyg"];
    let none = assess(&["fu_ledare=ingen"], &[]);
    let open = assess(&[], &[]);
    for id in within {
        assert_eq!(status(&none, id), None, "{id} without an investigation");
        let d = duty(&open, id).expect("may apply while fu_ledare is open");
        assert_eq!(d["status"], "may_apply", "{id}");
        assert_eq!(strs(&d["depends_on"]), ["fu_ledare"], "{id}");
        for fu in ["fu_ledare=polis", "fu_ledare=aklagare"] {
            assert_eq!(
                status(&assess(&[fu], &[]), id),
                Some("applies"),
                "{id} {fu}"
            );
        }
    }

    // Asylum is handled when asylum is sought — not for every foreign resident.
    let a = assess(&["hemvist_utomlands=ja"], &[]);
    let d = duty(&a, "mig_asyl").expect("may apply");
    assert_eq!(d["status"], "may_apply");
    assert_eq!(strs(&d["depends_on"]), ["asyl"]);
    assert_eq!(
        status(
            &assess(&["hemvist_utomlands=ja", "asyl=nej"], &[]),
            "mig_asyl"
        ),
        None
    );
    assert_eq!(
        status(&assess(&["asyl=ja"], &[]), "mig_asyl"),
        Some("applies")
    );

    // Placement "och/eller andra akuta insatser": not only when protected housing is needed.
    let a = assess(&["skyddat_boende=nej"], &[]);
    assert_eq!(status(&a, "soc_placering"), Some("applies"));
}
