//! The same on the fixture content, independent of the real content.

use serde_json::Value;

use super::*;

#[test]
fn fixture_assessment() {
    let env = TestEnv::new();
    let a = env.json(&[
        "--content",
        FIXTURE,
        "assess",
        "-a",
        "fu_ledare=polis",
        "-a",
        "barn_utsatt=ja",
        "--format",
        "json",
    ]);
    assert_eq!(status(&a, "pol_malsagandebitrade"), Some("applies"));
    assert_eq!(status(&a, "akl_malsagandebitrade"), None);
    assert_eq!(status(&a, "soc_skyddsbedomning"), Some("applies"));
    assert_eq!(status(&a, "soc_riskbedomning"), Some("applies"));
    assert_eq!(ids(&a["law"]), ["lvu_6"]);
    assert_eq!(
        ids(&a["contacts"]),
        ["larm_112", "stodtelefon", "barnkoordinator"]
    );
    assert_eq!(a["open_questions"], serde_json::json!([]));
    let stod = &a["contacts"][1];
    assert_eq!(stod["phones"], serde_json::json!(["020-39 00 00"]));
    assert_eq!(
        stod["hours"],
        "Stödtelefonen är bemannad under kontorstid på vardagar."
    );
    assert_eq!(stod["email"], Value::Null);
    assert_eq!(stod["as_of"], "2022-10-06");

    let a = env.json(&["--content", FIXTURE, "assess", "--format", "json"]);
    assert_eq!(status(&a, "pol_malsagandebitrade"), Some("may_apply"));
    assert_eq!(
        duty(&a, "pol_malsagandebitrade").expect("listed")["depends_on"],
        serde_json::json!(["fu_ledare"])
    );
    assert_eq!(
        a["open_questions"],
        serde_json::json!([
            {"id": "fu_ledare", "text": "Vem är förundersökningsledare?"},
            {"id": "barn_utsatt", "text": "Är den utsatta ett barn (under 18 år)?"},
            {"id": "barn_i_bilden", "text": "Finns det barn med i bilden?"},
        ])
    );
    let a = env.json(&[
        "--content",
        FIXTURE,
        "assess",
        "-a",
        "barn_utsatt=nej",
        "--format",
        "json",
    ]);
    assert!(!ids(&a["contacts"]).contains(&"barnkoordinator"));
}

#[test]
fn fixture_listings() {
    let env = TestEnv::new();
    let steps = env.json(&["--content", FIXTURE, "steps", "--format", "json"]);
    assert_eq!(ids(&steps), ["akut", "stod"]);
    let q = env.json(&["--content", FIXTURE, "questions", "--format", "json"]);
    assert_eq!(ids(&q), ["barn_utsatt", "barn_i_bilden", "fu_ledare"]);
    let actors = env.json(&["--content", FIXTURE, "actors", "--format", "json"]);
    assert_eq!(ids(&actors), ["socialtjansten", "polisen", "aklagaren"]);
    let contacts = env.json(&["--content", FIXTURE, "contacts", "--format", "json"]);
    assert_eq!(
        ids(&contacts),
        ["larm_112", "stodtelefon", "barnkoordinator"]
    );
    let law = env.json(&["--content", FIXTURE, "law", "--format", "json"]);
    assert_eq!(law[0]["law"]["id"], "lvu_6");
    assert_eq!(law[0]["duties"], serde_json::json!(["soc_skyddsbedomning"]));
    let sources = env.json(&["--content", FIXTURE, "sources", "--format", "json"]);
    assert_eq!(ids(&sources), ["s002", "s003"]);
    let show = env.json(&["--content", FIXTURE, "show", "stod", "--format", "json"]);
    assert_eq!(show["id"], "stod");
    let hits = env.json(&[
        "--content",
        FIXTURE,
        "search",
        "020390000",
        "--format",
        "json",
    ]);
    assert_eq!(hits[0]["id"], "stodtelefon");
    let hits = env.json(&[
        "--content",
        FIXTURE,
        "search",
        "atervand",
        "--format",
        "json",
    ]);
    assert_eq!(
        hits,
        serde_json::json!([]),
        "the fixture has no Återvändande"
    );
}

#[test]
fn fixture_error_paths() {
    let env = TestEnv::new();
    let err = env.fails(
        &[
            "--lang",
            "en",
            "--content",
            FIXTURE,
            "assess",
            "-a",
            "akut_fara=ja",
        ],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: unknown question `akut_fara`; known questions: barn_utsatt, barn_i_bilden, fu_ledare"
    );
    let err = env.fails(
        &[
            "--lang",
            "en",
            "--content",
            FIXTURE,
            "assess",
            "-a",
            "fu_ledare=domstol",
        ],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: `domstol` is not a value of `fu_ledare`; allowed: polis, aklagare, ingen, vet_ej"
    );
    let err = env.fails(
        &[
            "--lang",
            "en",
            "--content",
            FIXTURE,
            "assess",
            "-a",
            "fu_ledare",
        ],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: `fu_ledare` is not of the form ID=VALUE"
    );
    let err = env.fails(
        &[
            "--lang",
            "en",
            "--content",
            FIXTURE,
            "assess",
            "--step",
            "langsiktigt",
        ],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: unknown step `langsiktigt`; known: akut, stod"
    );
    let err = env.fails(
        &["--lang", "en", "--content", FIXTURE, "show", "langsiktigt"],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: unknown step `langsiktigt`; known: akut, stod"
    );
    let err = env.fails(
        &[
            "--lang",
            "en",
            "--content",
            FIXTURE,
            "assess",
            "--role",
            "tingsratten",
        ],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: unknown actor `tingsratten`; known: socialtjansten, polisen, aklagaren"
    );
    // The same in Swedish, the default.
    let err = env.fails(
        &["--content", FIXTURE, "assess", "-a", "fu_ledare=domstol"],
        2,
    );
    assert_eq!(
        err.trim_end(),
        "vagvisare: `domstol` är inte ett värde för `fu_ledare`; tillåtna: polis, aklagare, ingen, vet_ej"
    );
}
