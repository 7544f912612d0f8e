//! `assess`: the documented JSON shape and the behaviour the manual asks for.

use serde_json::Value;

use super::*;

#[test]
fn assess_json_has_the_documented_shape() {
    let env = TestEnv::new();
    let a = assess(&env, &["barn_utsatt=ja", "fu_ledare=polis"]);
    assert_has_keys(
        &a,
        &["answers", "duties", "contacts", "law", "open_questions"],
    );
    assert_eq!(a["answers"]["barn_utsatt"], "ja");
    assert_eq!(a["answers"]["fu_ledare"], "polis");
    assert_eq!(a["answers"].as_object().map(|o| o.len()), Some(2));

    let duties = a["duties"].as_array().expect("duties");
    assert!(!duties.is_empty());
    for d in duties {
        assert_has_keys(
            d,
            &[
                "id",
                "step",
                "actor",
                "actor_name",
                "text",
                "status",
                "depends_on",
                "law",
                "contacts",
                "source",
            ],
        );
        for k in ["id", "step", "actor", "actor_name", "text"] {
            assert!(d[k].as_str().is_some_and(|s| !s.is_empty()), "{k} of {d}");
        }
        assert!(matches!(
            d["status"].as_str(),
            Some("applies" | "may_apply")
        ));
        for k in ["depends_on", "law", "contacts"] {
            assert!(
                d[k].as_array()
                    .is_some_and(|xs| xs.iter().all(Value::is_string)),
                "{k} of {d}"
            );
        }
        // depends_on is filled exactly for the duties that may apply.
        assert_eq!(
            d["status"] == "may_apply",
            !d["depends_on"].as_array().expect("depends_on").is_empty(),
            "{d}"
        );
        assert!(
            d["source"]["file"]
                .as_str()
                .is_some_and(|f| f.ends_with(".txt"))
        );
        assert!(d["source"]["heading"].is_string());
    }

    let contacts = a["contacts"].as_array().expect("contacts");
    assert!(!contacts.is_empty());
    for c in contacts {
        assert_has_keys(
            c,
            &[
                "id",
                "name",
                "unit",
                "target_group",
                "phones",
                "email",
                "hours",
                "as_of",
            ],
        );
        assert!(
            c["phones"]
                .as_array()
                .is_some_and(|p| p.iter().all(Value::is_string))
        );
        assert!(c["email"].is_string() || c["email"].is_null());
        assert!(c["hours"].is_string() || c["hours"].is_null());
        let as_of = c["as_of"].as_str().expect("as_of");
        assert!(
            as_of == "odaterad" || (as_of.len() == 10 && as_of.as_bytes()[4] == b'-'),
            "{as_of}"
        );
    }

    let law = a["law"].as_array().expect("law");
    assert!(!law.is_empty());
    for l in law {
        assert_has_keys(l, &["id", "title", "citation"]);
    }
    // Everything the listed duties reference is in `contacts` and `law`.
    let contact_ids = ids(&a["contacts"]);
    let law_ids = ids(&a["law"]);
    for d in duties {
        for l in d["law"].as_array().expect("law") {
            assert!(
                law_ids.contains(&l.as_str().expect("law id")),
                "{l} of {}",
                d["id"]
            );
        }
    }
    for c in ["larm_112", "stodtelefon"] {
        assert!(contact_ids.contains(&c), "always-relevant {c} missing");
    }

    for q in a["open_questions"].as_array().expect("open_questions") {
        assert_has_keys(q, &["id", "text"]);
    }
}

#[test]
fn child_in_acute_danger_gets_same_day_protection_lvu_and_the_child_coordinator() {
    let env = TestEnv::new();
    let a = assess(&env, &["barn_utsatt=ja", "akut_fara=ja"]);
    let same_day = duty(&a, "soc_skyddsbedomning_barn").expect("skyddsbedömning listed");
    assert_eq!(same_day["status"], "applies");
    assert!(
        same_day["text"]
            .as_str()
            .is_some_and(|t| t.contains("skyddsbedömning göras samma dag")),
        "{same_day}"
    );
    assert_eq!(status(&a, "soc_lvu6_omhandertagande"), Some("applies"));
    assert!(
        a["duties"]
            .as_array()
            .expect("duties")
            .iter()
            .any(|d| d["status"] == "applies"
                && d["law"]
                    .as_array()
                    .expect("law")
                    .iter()
                    .any(|l| l == "lvu_6")),
        "a duty citing LVU 6 § applies"
    );
    assert!(ids(&a["law"]).contains(&"lvu_6"));
    let lvu = a["law"]
        .as_array()
        .expect("law")
        .iter()
        .find(|l| l["id"] == "lvu_6")
        .expect("lvu_6");
    assert_eq!(lvu["citation"], "§ 6 LVU");

    let contacts = a["contacts"].as_array().expect("contacts");
    let children = contacts
        .iter()
        .find(|c| c["target_group"] == "Barn & unga")
        .expect("the coordinator for children is listed");
    assert_eq!(children["name"], "Jenny Selenius");
    assert!(
        !contacts.iter().any(|c| c["target_group"] == "Vuxna"),
        "the coordinator for adults is not listed for a child: {:?}",
        ids(&a["contacts"])
    );
    assert_eq!(status(&a, "pol_ingriper_112"), Some("applies"));
    assert!(ids(&a["contacts"]).contains(&"larm_112"));
}

#[test]
fn adult_gets_the_adult_coordinator_and_not_the_child_one() {
    let env = TestEnv::new();
    // The coordinator for children also serves when children are in the picture: only with both
    // answered nej is she left out (tests/content_rules/, point 7).
    let a = assess(&env, &["barn_utsatt=nej", "barn_i_bilden=nej"]);
    let groups: Vec<&str> = a["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .filter_map(|c| c["target_group"].as_str())
        .collect();
    assert!(groups.contains(&"Vuxna"), "{groups:?}");
    assert!(!groups.contains(&"Barn & unga"), "{groups:?}");
}

#[test]
fn police_leading_the_investigation_lists_police_applications_never_the_prosecutors() {
    let env = TestEnv::new();
    // The residence-permit application also needs hemvist in another country (003), see
    // tests/content_rules/.
    let a = assess(&env, &["fu_ledare=polis", "hemvist_utomlands=ja"]);
    for id in [
        "pol_fu_tut_akut",
        "pol_fu_malsagandebitrade_akut",
        "pol_fu_malsagandebitrade_tut",
    ] {
        assert_eq!(status(&a, id), Some("applies"), "{id}");
    }
    for d in a["duties"].as_array().expect("duties") {
        let text = d["text"].as_str().expect("text");
        assert!(
            !(text.contains("Om åklagaren är förundersökningsledare")),
            "prosecutor's application listed: {}",
            d["id"]
        );
        assert!(
            !d["id"].as_str().is_some_and(|i| i.starts_with("akl_fu_")),
            "{}",
            d["id"]
        );
    }
    // and the other way round
    let a = assess(&env, &["fu_ledare=aklagare", "hemvist_utomlands=ja"]);
    assert_eq!(status(&a, "akl_fu_tut_akut"), Some("applies"));
    assert_eq!(status(&a, "pol_fu_tut_akut"), None);
    assert_eq!(status(&a, "akl_fu_malsagandebitrade_akut"), Some("applies"));
    assert_eq!(status(&a, "pol_fu_malsagandebitrade_akut"), None);
}

#[test]
fn custody_dispute_brings_in_the_district_courts_cooperation_talks() {
    let env = TestEnv::new();
    let before = assess(&env, &["vardnadstvist=nej"]);
    assert_eq!(
        status(&before, "tr_vardnadstvist"),
        None,
        "false: not listed"
    );
    let a = assess(&env, &["vardnadstvist=ja"]);
    let d = duty(&a, "tr_vardnadstvist").expect("listed");
    assert_eq!(d["status"], "applies");
    assert_eq!(d["actor"], "tingsratten");
    assert!(
        d["text"]
            .as_str()
            .is_some_and(|t| t.contains("samarbetssamtal")),
        "{d}"
    );
}

#[test]
fn without_answers_a_conditional_duty_may_apply_and_names_its_deciding_question() {
    let env = TestEnv::new();
    let a = assess(&env, &[]);
    assert_eq!(a["answers"].as_object().map(|o| o.len()), Some(0));
    let d = duty(&a, "tr_vardnadstvist").expect("listed as may_apply");
    assert_eq!(d["status"], "may_apply");
    assert_eq!(d["depends_on"], serde_json::json!(["vardnadstvist"]));
    let open = ids(&a["open_questions"]);
    assert!(open.contains(&"vardnadstvist"), "{open:?}");
    let d = duty(&a, "soc_skyddsbedomning_barn").expect("listed");
    assert_eq!(d["status"], "may_apply");
    let deps: Vec<&str> = d["depends_on"]
        .as_array()
        .expect("depends_on")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        deps.contains(&"barn_utsatt") && deps.contains(&"barn_i_bilden"),
        "{deps:?}"
    );
    // Unconditional duties apply regardless.
    assert_eq!(status(&a, "soc_riskbedomning"), Some("applies"));
    // Every open question decides some listed duty.
    for q in &open {
        assert!(
            a["duties"]
                .as_array()
                .expect("duties")
                .iter()
                .any(|d| d["depends_on"]
                    .as_array()
                    .expect("deps")
                    .iter()
                    .any(|x| x == q)),
            "{q} decides nothing"
        );
    }
}

#[test]
fn vet_ej_means_unanswered_and_one_question_takes_one_answer() {
    let env = TestEnv::new();
    let a = assess(&env, &["vardnadstvist=vet_ej"]);
    assert_eq!(a["answers"].as_object().map(|o| o.len()), Some(0));
    assert_eq!(status(&a, "tr_vardnadstvist"), Some("may_apply"));
    // The same answer twice is one answer; two different ones are a usage error (tests/arguments.rs).
    let a = assess(&env, &["vardnadstvist=ja", "vardnadstvist=ja"]);
    assert_eq!(status(&a, "tr_vardnadstvist"), Some("applies"));
}

#[test]
fn assess_step_and_role_narrow_the_duties() {
    let env = TestEnv::new();
    let a = env.json(&["assess", "--step", "akut", "--format", "json"]);
    let duties = a["duties"].as_array().expect("duties");
    assert!(!duties.is_empty());
    assert!(duties.iter().all(|d| d["step"] == "akut"));

    let a = env.json(&["assess", "--role", "polisen", "--format", "json"]);
    let duties = a["duties"].as_array().expect("duties");
    assert!(!duties.is_empty());
    assert!(duties.iter().all(|d| d["actor"] == "polisen"));
    assert!(duties.iter().all(|d| d["actor_name"] == "Polisen"));

    let a = env.json(&[
        "assess",
        "-a",
        "fu_ledare=polis",
        "--step",
        "langsiktigt",
        "--role",
        "polisen",
        "--format",
        "json",
    ]);
    let duties = a["duties"].as_array().expect("duties");
    assert!(!duties.is_empty());
    assert!(
        duties
            .iter()
            .all(|d| d["actor"] == "polisen" && d["step"] == "langsiktigt")
    );
}

#[test]
fn assess_text_is_for_people() {
    let env = TestEnv::new();
    let out = env.stdout(&["assess", "-a", "barn_utsatt=ja", "-a", "akut_fara=ja"]);
    assert!(out.starts_with("Bedömning"), "{out}");
    assert!(out.contains("akut_fara=ja, barn_utsatt=ja"));
    assert!(out.contains(
        "När en orosanmälan för barn inkommer ska en skyddsbedömning göras samma dag eller senast dagen efter."
    ));
    assert!(out.contains("gäller"));
    assert!(out.contains("kan bli aktuellt"));
    assert!(out.contains("Jenny Selenius"));
    assert!(!out.contains('\x1b'), "no ANSI codes in a pipe");

    let en = env.stdout(&["--lang", "en", "assess", "-a", "barn_utsatt=ja"]);
    assert_ne!(
        en,
        env.stdout(&["assess", "-a", "barn_utsatt=ja"]),
        "--lang en changes labels"
    );
}

#[test]
fn assess_markdown_is_a_checklist() {
    let env = TestEnv::new();
    let out = env.stdout(&["assess", "-a", "barn_utsatt=ja", "--format", "markdown"]);
    assert!(out.starts_with("# "), "{out}");
    assert!(out.contains("## Svar"));
    assert!(out.contains("(`barn_utsatt`)"));
    assert!(out.contains("- [ ] När en orosanmälan för barn inkommer"));
    assert!(out.contains("Jenny Selenius"));
    assert!(!out.contains('\x1b'));
}
