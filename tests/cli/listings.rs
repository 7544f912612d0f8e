//! The listing commands, search, validate, version and help.

use predicates::prelude::*;
use serde_json::Value;

use super::*;

#[test]
fn questions_lists_the_public_ids_and_values() {
    let env = TestEnv::new();
    let q = env.json(&["questions", "--format", "json"]);
    let listed = ids(&q);
    for (id, values) in [
        ("barn_utsatt", &["ja", "nej"][..]),
        ("barn_i_bilden", &["ja", "nej"]),
        ("gravid", &["ja", "nej"]),
        ("akut_fara", &["ja", "nej"]),
        ("hemvist_utomlands", &["ja", "nej"]),
        ("fu_ledare", &["polis", "aklagare", "ingen"]),
        ("deltar_rattsprocess", &["ja", "nej"]),
        ("skyddat_boende", &["ja", "nej"]),
        ("sexuellt_vald", &["ja", "nej"]),
        ("kontaktforbud", &["ja", "nej"]),
        ("vardnadstvist", &["ja", "nej"]),
        ("vill_atervanda", &["ja", "nej"]),
        ("samtycke", &["ja", "nej"]),
        ("kontaktperson", &["ja", "nej"]),
        ("asyl", &["ja", "nej"]),
        ("bradskande", &["ja", "nej"]),
        ("flera_utsatta", &["ja", "nej"]),
        (
            "andamal",
            &[
                "sexuella",
                "tvangsarbete",
                "tiggeri",
                "kriminalitet",
                "tvangsaktenskap",
                "hemarbete",
                "annat",
            ],
        ),
    ] {
        assert!(listed.contains(&id), "public question {id} missing");
        let item = q
            .as_array()
            .expect("array")
            .iter()
            .find(|x| x["id"] == id)
            .expect("listed");
        assert!(item["text"].is_string());
        let got: Vec<&str> = item["values"]
            .as_array()
            .expect("values")
            .iter()
            .filter_map(|v| v["value"].as_str())
            .collect();
        assert_eq!(got, values, "values of {id}");
    }
    let text = env.stdout(&["questions"]);
    assert!(text.contains("barn_utsatt") && text.contains("fu_ledare"));
    assert!(text.contains("aklagare"));
}

#[test]
fn steps_lists_the_process_in_order() {
    let env = TestEnv::new();
    let s = env.json(&["steps", "--format", "json"]);
    let listed = ids(&s);
    let akut = listed.iter().position(|x| *x == "akut").expect("akut");
    let lang = listed
        .iter()
        .position(|x| *x == "langsiktigt")
        .expect("langsiktigt");
    assert!(akut < lang);
    for step in s.as_array().expect("array") {
        assert_has_keys(
            step,
            &[
                "id", "order", "kind", "title", "summary", "duties", "source",
            ],
        );
        assert!(matches!(step["kind"].as_str(), Some("process" | "track")));
    }
    let text = env.stdout(&["steps"]);
    assert!(text.contains("Ge akut skydd och stöd vid misstanke om människohandel"));
    assert!(text.contains("id: akut"));
}

#[test]
fn show_prints_a_step_with_its_sections_and_duties() {
    let env = TestEnv::new();
    let text = env.stdout(&["show", "akut"]);
    assert!(text.starts_with("Ge akut skydd och stöd vid misstanke om människohandel"));
    assert!(text.contains("Plats på skyddat boende"));
    assert!(text.contains("Ingriper mot pågående brott vid larmsamtal till 112."));
    let j = env.json(&["show", "akut", "--format", "json"]);
    assert_eq!(j["id"], "akut");
    assert!(j["sections"].as_array().is_some_and(|s| !s.is_empty()));
    let duties = j["duties"].as_array().expect("duties");
    assert!(duties.iter().any(|d| d["id"] == "soc_skyddsbedomning_barn"));
    assert!(
        duties
            .iter()
            .all(|d| d["actor"].is_string() && d["text"].is_string())
    );
}

#[test]
fn actors_lists_each_actor_with_duties_per_step() {
    let env = TestEnv::new();
    let j = env.json(&["actors", "--format", "json"]);
    let police = j
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["id"] == "polisen")
        .expect("polisen");
    assert_eq!(police["name"], "Polisen");
    assert!(
        police["duties_per_step"]["akut"]
            .as_u64()
            .is_some_and(|n| n > 0)
    );
    let text = env.stdout(&["actors"]);
    assert!(text.contains("Socialtjänsten (socialtjansten)"));
    assert!(text.contains("Tingsrätten") || text.contains("tingsratten"));
}

#[test]
fn contacts_lists_every_contact_with_its_age() {
    let env = TestEnv::new();
    let j = env.json(&["contacts", "--format", "json"]);
    let all = j.as_array().expect("array");
    let stod = all
        .iter()
        .find(|c| c["id"] == "stodtelefon")
        .expect("stödtelefonen");
    assert_eq!(stod["phones"], serde_json::json!(["020-390 000"]));
    assert_eq!(stod["as_of"], "2022-10-06");
    let jenny = all
        .iter()
        .find(|c| c["id"] == "jenny_selenius")
        .expect("jenny");
    assert_eq!(jenny["email"], "jenny.selenius@stockholm.se");
    assert_eq!(jenny["target_group"], "Barn & unga");
    for c in all {
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
                "freshness",
                "check_before_calling",
            ],
        );
    }
    assert_eq!(jenny["freshness"], "person");
    assert_eq!(
        jenny["check_before_calling"], true,
        "undated: always checked"
    );
    let text = env.stdout(&["contacts"]);
    assert!(text.contains("020-39 00 00"));
    assert!(text.contains("Jenny Selenius"));
    assert!(text.contains("nationellt nummer"), "{text}");
    assert!(text.contains("Kontrollera uppgiften före samtal – källan är odaterad"));
    assert!(!text.contains("år gammal"), "{text}");
}

#[test]
fn law_lists_citations_and_the_duties_they_support() {
    let env = TestEnv::new();
    let j = env.json(&["law", "--format", "json"]);
    let lvu = j
        .as_array()
        .expect("array")
        .iter()
        .find(|l| l["law"]["id"] == "lvu_6")
        .expect("lvu_6");
    assert_eq!(lvu["law"]["citation"], "§ 6 LVU");
    assert!(
        lvu["duties"]
            .as_array()
            .expect("duties")
            .iter()
            .any(|d| d == "soc_lvu6_omhandertagande")
    );
    let text = env.stdout(&["law"]);
    assert!(text.contains("§ 6 LVU"));
    assert!(text.contains("soc_lvu6_omhandertagande"));
}

#[test]
fn sources_lists_the_seeds_and_what_they_back() {
    let env = TestEnv::new();
    let j = env.json(&["sources", "--format", "json"]);
    let files: Vec<&str> = j
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|s| s["file"].as_str())
        .collect();
    assert_eq!(files.len(), 5, "{files:?}");
    assert!(files.contains(&"003_cb4608e897bee67a.txt"));
    for s in j.as_array().expect("array") {
        assert!(s["items"].as_u64().is_some_and(|n| n > 0), "{s}");
    }
    let s003 = &j.as_array().expect("array")[3];
    assert_eq!(
        s003["citation"],
        "Ge akut skydd och stöd vid misstanke om människohandel (regional version, Stockholms län; \
         odaterad)"
    );
    assert_eq!(
        s003["publisher"],
        Value::Null,
        "the page names no publisher"
    );
    let text = env.stdout(&["sources"]);
    assert!(
        !text.contains("003_cb4608e897bee67a.txt"),
        "file names are not for people"
    );
    assert!(text.contains(
        "Stöd till yrkesverksamma (Jämställdhetsmyndigheten; senast uppdaterad 6 oktober 2022)"
    ));
    assert!(text.contains("Utgivare: anges inte"));
}

#[test]
fn search_folds_diacritics_and_case() {
    let env = TestEnv::new();
    let hits = env.json(&["search", "atervand", "--format", "json"]);
    let hits = hits.as_array().expect("array");
    assert!(!hits.is_empty());
    assert!(
        hits.iter().any(|h| h["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Återvändande"))),
        "{hits:?}"
    );
    let scores: Vec<u64> = hits.iter().filter_map(|h| h["score"].as_u64()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "ranked: {scores:?}"
    );
    let text = env.stdout(&["search", "ATERVAND"]);
    assert!(text.contains("Återvändande"));

    let limited = env.json(&["search", "atervand", "--limit", "2", "--format", "json"]);
    assert_eq!(limited.as_array().map(Vec::len), Some(2));
}

#[test]
fn search_finds_the_support_line_by_its_number_in_any_spelling() {
    let env = TestEnv::new();
    for query in [
        &["020390000"][..],
        &["020-390 000"],
        &["020-390", "000"],
        &["020-39 00 00"],
    ] {
        let mut args = vec!["search"];
        args.extend(query);
        args.extend(["--format", "json"]);
        let hits = env.json(&args);
        let first = &hits[0];
        assert_eq!(first["kind"], "contact", "{query:?}: {hits}");
        assert_eq!(first["id"], "stodtelefon", "{query:?}: {hits}");
    }
    let text = env.stdout(&["search", "020390000"]);
    assert!(text.contains("Stödtelefon"));
}

#[test]
fn search_needs_a_query_and_may_find_nothing() {
    let env = TestEnv::new();
    env.cmd(&["search"]).assert().code(2).stdout("");
    let hits = env.json(&["search", "qqqxyzzy", "--format", "json"]);
    assert_eq!(hits, serde_json::json!([]));
}

#[test]
fn validate_accepts_the_embedded_and_the_fixture_content() {
    let env = TestEnv::new();
    let out = env.stdout(&["validate"]);
    assert!(out.starts_with("Innehållet är giltigt"), "{out}");
    let out = env.stdout(&["validate", "--content", FIXTURE]);
    assert_eq!(
        out,
        "Innehållet är giltigt: 2 steg, 3 aktörer, 4 skyldigheter, 3 kontakter, 1 lagrum\n"
    );
    // The shipped folder read at run time is valid too.
    env.cmd(&["validate", "--content", "content"])
        .assert()
        .success();
}

#[test]
fn no_subcommand_outside_a_terminal_prints_the_step_overview() {
    let env = TestEnv::new();
    let out = env.stdout(&[]);
    assert!(out.contains("Ge akut skydd och stöd vid misstanke om människohandel"));
    assert!(out.contains("vagvisare --help"));
}

#[test]
fn version_and_help() {
    let env = TestEnv::new();
    env.cmd(&["--version"]).assert().success().stdout(
        predicate::str::starts_with("vagvisare ").and(predicate::str::contains("innehåll")),
    );
    let help = env.stdout(&["--help"]);
    for sub in [
        "assess",
        "questions",
        "steps",
        "show",
        "actors",
        "contacts",
        "law",
        "search",
        "sources",
        "validate",
    ] {
        assert!(help.contains(sub), "{sub} not in --help");
    }
}
