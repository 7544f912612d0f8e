//! Whole-binary tests of the command line: every subcommand, every output format and every error path.
//!
//! Most tests run on the real, embedded content and assert what the manual says (issue 6's acceptance);
//! the error paths are also checked on `tests/fixtures/content`, so they do not hang on the real content.
//! Broken content lives in `tests/fixtures/broken/<kind>/all.toml`: the fixture with one thing broken.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// The fixture content, relative to the crate root (the tests' working directory).
const FIXTURE: &str = "tests/fixtures/content";

/// A clean environment for running the binary: fixed language, no `NO_COLOR`, the crate root as working
/// directory, and a temporary folder for content written by a test.
struct TestEnv {
    dir: tempfile::TempDir,
}

impl TestEnv {
    fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    /// The binary with `args`, in Swedish, colour rules untouched by the caller's environment.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vagvisare"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("NO_COLOR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args);
        cmd
    }

    /// Runs `args`, expects success and returns stdout.
    fn stdout(&self, args: &[&str]) -> String {
        let out = self.cmd(args).assert().success().get_output().clone();
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    /// Runs `args` (which should include `--format json`), expects success, parses stdout.
    fn json(&self, args: &[&str]) -> Value {
        let text = self.stdout(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{text}"))
    }

    /// Runs `args`, expects exit status `code`, an empty stdout, and returns stderr.
    fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self
            .cmd(args)
            .assert()
            .code(code)
            .stdout(predicate::str::is_empty())
            .get_output()
            .clone();
        String::from_utf8(out.stderr).expect("stderr is UTF-8")
    }

    /// Writes a content folder into the temporary directory: `name` with the given files.
    fn content_dir(&self, name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = self.dir.path().join(name);
        std::fs::create_dir_all(&dir).expect("create content dir");
        for (file, text) in files {
            std::fs::write(dir.join(file), text).expect("write content file");
        }
        dir
    }
}

fn fixture_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(FIXTURE)
            .join("all.toml"),
    )
    .expect("fixture all.toml")
}

/// `assess --format json` with these answers on the embedded content.
fn assess(env: &TestEnv, answers: &[&str]) -> Value {
    let mut args = vec!["assess", "--format", "json"];
    for a in answers {
        args.extend(["--answer", a]);
    }
    env.json(&args)
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("array")
        .iter()
        .map(|x| x["id"].as_str().expect("id is a string"))
        .collect()
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

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn assert_has_keys(v: &Value, want: &[&str]) {
    let have = keys(v);
    for k in want {
        assert!(have.contains(k), "missing `{k}` in {v}");
    }
}

// ---------------------------------------------------------------------------------------------------
// assess: the documented JSON shape and the behaviour the manual asks for

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
    // answered nej is she left out (tests/content_rules.rs, point 7).
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
    // tests/content_rules.rs.
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

// ---------------------------------------------------------------------------------------------------
// the listing commands

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

// ---------------------------------------------------------------------------------------------------
// colour

#[test]
fn no_ansi_codes_in_a_pipe_or_with_no_color() {
    let env = TestEnv::new();
    let commands: [&[&str]; 9] = [
        &["assess", "-a", "barn_utsatt=ja"],
        &["questions"],
        &["steps"],
        &["show", "akut"],
        &["actors"],
        &["contacts"],
        &["law"],
        &["search", "atervand"],
        &["sources"],
    ];
    for args in commands {
        for no_color in [false, true] {
            let mut cmd = env.cmd(args);
            if no_color {
                cmd.env("NO_COLOR", "1");
            }
            cmd.assert()
                .success()
                .stdout(predicate::str::contains("\x1b").not());
        }
    }
}

/// Runs the binary on a pseudo-terminal and returns everything it wrote.
fn run_on_pty(args: &[&str], no_color: bool) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;

    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_vagvisare"));
    cmd.args(args);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd.env("LANG", "sv_SE.UTF-8");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn on the pty");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    // Linux reports EIO once the child has closed its side: that is the end of output.
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    let _ = child.wait();
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn a_terminal_gets_styling_unless_no_color_is_set() {
    let styled = run_on_pty(&["steps"], false);
    assert!(styled.contains("Ge akut skydd"), "{styled}");
    assert!(styled.contains("\x1b["), "bold titles on a terminal");
    let plain = run_on_pty(&["steps"], true);
    assert!(plain.contains("Ge akut skydd"), "{plain}");
    assert!(
        !plain.contains('\x1b'),
        "NO_COLOR=1: no ANSI codes:\n{plain:?}"
    );
}

// ---------------------------------------------------------------------------------------------------
// error paths on the real content: status 2, a message naming the id and the allowed ones, empty stdout

#[test]
fn unknown_question_id_exits_2_and_lists_the_questions() {
    let env = TestEnv::new();
    let err = env.fails(&["assess", "--answer", "barn=ja"], 2);
    assert!(err.contains("okänd fråga `barn`"), "{err}");
    for id in [
        "barn_utsatt",
        "barn_i_bilden",
        "fu_ledare",
        "andamal",
        "vardnadstvist",
    ] {
        assert!(err.contains(id), "{id} not listed: {err}");
    }
}

#[test]
fn unknown_value_exits_2_and_lists_the_values() {
    let env = TestEnv::new();
    let err = env.fails(&["assess", "-a", "fu_ledare=domstol"], 2);
    assert!(
        err.contains("`domstol`") && err.contains("`fu_ledare`"),
        "{err}"
    );
    assert!(err.contains("polis, aklagare, ingen, vet_ej"), "{err}");
    let err = env.fails(&["assess", "-a", "barn_utsatt=kanske"], 2);
    assert!(
        err.contains("`barn_utsatt`") && err.contains("ja, nej, vet_ej"),
        "{err}"
    );
}

#[test]
fn malformed_answer_exits_2() {
    let env = TestEnv::new();
    for bad in ["barn_utsatt", "barn_utsatt:ja", ""] {
        let err = env.fails(&["assess", "-a", bad], 2);
        assert!(err.contains("ID=VÄRDE"), "{bad:?}: {err}");
        assert!(err.contains(&format!("`{bad}`")), "{bad:?}: {err}");
    }
}

#[test]
fn unknown_step_exits_2_and_lists_the_steps() {
    let env = TestEnv::new();
    for args in [&["assess", "--step", "akutt"][..], &["show", "akutt"]] {
        let err = env.fails(args, 2);
        assert!(err.contains("okänt steg `akutt`"), "{err}");
        assert!(
            err.contains("akut,") && err.contains("langsiktigt"),
            "{err}"
        );
    }
}

#[test]
fn unknown_role_exits_2_and_lists_the_actors() {
    let env = TestEnv::new();
    for args in [
        &["assess", "--role", "polis"][..],
        &["--role", "polis", "steps"],
        &["--role", "polis"],
    ] {
        let err = env.fails(args, 2);
        assert!(err.contains("okänd aktör `polis`"), "{args:?}: {err}");
        assert!(
            err.contains("polisen") && err.contains("socialtjansten"),
            "{err}"
        );
    }
}

#[test]
fn bad_format_is_a_usage_error() {
    let env = TestEnv::new();
    env.cmd(&["assess", "--format", "yaml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("yaml"));
    env.cmd(&["steps", "--format", "markdown"])
        .assert()
        .code(2)
        .stdout("");
}

// ---------------------------------------------------------------------------------------------------
// the same on the fixture content, independent of the real content

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

// ---------------------------------------------------------------------------------------------------
// broken content: exit 1, `file:line:col: message`, nothing on stdout

/// 1-based number of the first line of `text` containing `needle`.
fn line_in(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the broken file"))
}

#[test]
fn every_broken_fixture_is_reported_with_file_line_and_message() {
    let env = TestEnv::new();
    // kind, a text on the offending line, column, message
    let cases: &[(&str, &str, usize, &str)] = &[
        ("syntax", "kind = \"process", 16, "invalid basic string"),
        ("unknown_field", "sumary = ", 1, "unknown field `sumary`"),
        (
            "duplicate_id",
            "id = \"soc_skyddsbedomning\"\nstep = \"akut\"\nactor = \"socialtjansten\"\ntext = \"Gör",
            6,
            "duplicate duty id `soc_skyddsbedomning` (first defined at tests/fixtures/broken/duplicate_id/all.toml:78:6)",
        ),
        (
            "malformed_id",
            "id = \"Soc-risk\"",
            6,
            "duty id `Soc-risk`: use only a-z, 0-9 and _",
        ),
        (
            "unknown_actor",
            "actor = \"polis\"",
            9,
            "duty `pol_malsagandebitrade`: unknown actor `polis`",
        ),
        (
            "unknown_step",
            "step = \"akutt\"",
            8,
            "duty `soc_skyddsbedomning`: unknown step `akutt`",
        ),
        (
            "unknown_law",
            "law = [\"lvu_7\"]",
            8,
            "duty `soc_skyddsbedomning`: unknown law `lvu_7`",
        ),
        (
            "unknown_contact",
            "contacts = [\"stodtel\"]",
            13,
            "duty `soc_skyddsbedomning`: unknown contact `stodtel`",
        ),
        (
            "unknown_source",
            "doc = \"s009\"",
            18,
            "step `akut`: unknown source document `s009`",
        ),
        (
            "condition_unknown_question",
            "when = \"fu == polis\"",
            9,
            "duty `pol_malsagandebitrade`: condition: unknown question `fu` (known: barn_utsatt, barn_i_bilden, fu_ledare)",
        ),
        (
            "condition_unknown_value",
            "when = \"fu_ledare == domstol\"",
            22,
            "duty `pol_malsagandebitrade`: condition: `domstol` is not a value of `fu_ledare` (allowed: polis, aklagare, ingen)",
        ),
        (
            "condition_syntax",
            "when = \"fu_ledare ==\"",
            21,
            "duty `akl_malsagandebitrade`: condition: expected a value",
        ),
        (
            "empty_text",
            "text = \"  \"",
            8,
            "text of duty `soc_riskbedomning`: empty text",
        ),
        (
            "malformed_phone",
            "number = \"11two\"",
            22,
            "contact `larm_112`: malformed phone number `11two`",
        ),
        (
            "malformed_email",
            "email = \"stod@\"",
            9,
            "contact `stodtelefon`: malformed email `stod@`",
        ),
        (
            "malformed_date",
            "date = \"2022-10-32\"",
            8,
            "source `s002`: malformed date `2022-10-32` (want YYYY-MM-DD or `odaterad`)",
        ),
        (
            "missing_attribution_note",
            "attribution = \"inferred\"\nsource = { doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }\n\n[[duty]]\nid = \"pol_",
            15,
            "duty `soc_riskbedomning`: an inferred attribution needs `attribution_note` saying why",
        ),
        (
            "bad_step_kind",
            "kind = \"spår\"",
            8,
            "step `stod`: kind `spår` is neither `process` nor `track`",
        ),
        (
            "duplicate_order",
            "order = 20\nkind = \"track\"",
            9,
            "step `stod`: order 20 is also used at tests/fixtures/broken/duplicate_order/all.toml:23:9",
        ),
        ("missing_meta", "", 1, "no [meta] table in any content file"),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let on_disk = std::fs::read_dir(&root)
        .expect("tests/fixtures/broken")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .count();
    // every folder is a case here, plus `several` below
    assert_eq!(
        on_disk,
        cases.len() + 1,
        "a broken fixture without a test case"
    );
    for &(kind, needle, col, message) in cases {
        let dir = format!("tests/fixtures/broken/{kind}");
        let file = format!("{dir}/all.toml");
        let text = std::fs::read_to_string(root.join(kind).join("all.toml")).expect("broken file");
        // The line where `needle` starts; multi-line needles pin down which of equal lines is meant.
        let line = text
            .find(needle)
            .map(|at| text[..at].matches('\n').count() + 1)
            .unwrap_or_else(|| panic!("{kind}: {needle:?} not found"));
        let want = format!("{file}:{line}:{col}: {message}");
        for args in [
            &["validate", "--content", &dir][..],
            &["--content", &dir, "assess"],
        ] {
            let err = env.fails(args, 1);
            let first = err.lines().next().unwrap_or("");
            assert!(
                first.starts_with(&want),
                "{kind}: got\n{first}\nwant\n{want}"
            );
            assert_eq!(
                err.lines().last(),
                Some(format!("vagvisare: {dir}: 1 problem").as_str()),
                "{kind}: {err}"
            );
        }
    }
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let env = TestEnv::new();
    let dir = "tests/fixtures/broken/several";
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(dir)
            .join("all.toml"),
    )
    .expect("several/all.toml");
    let err = env.fails(&["validate", "--content", dir], 1);
    let file = format!("{dir}/all.toml");
    for (needle, message) in [
        (
            "number = \"x\"",
            "contact `larm_112`: malformed phone number `x`",
        ),
        (
            "actor = \"x\"",
            "duty `pol_malsagandebitrade`: unknown actor `x`",
        ),
        (
            "when = \"fu_ledare ==\"",
            "duty `akl_malsagandebitrade`: condition: expected a value",
        ),
    ] {
        let prefix = format!("{file}:{}:", line_in(&text, needle));
        assert!(
            err.lines()
                .any(|l| l.starts_with(&prefix) && l.contains(message)),
            "{message} at {prefix} missing:\n{err}"
        );
    }
    assert!(
        err.ends_with("vagvisare: tests/fixtures/broken/several: 3 problem\n"),
        "{err}"
    );
}

#[test]
fn a_broken_file_in_a_temporary_folder() {
    let env = TestEnv::new();
    let good = fixture_text();
    let bad = good.replacen("step = \"akut\"", "step = \"nowhere\"", 1);
    let dir = env.content_dir("broken", &[("all.toml", &bad)]);
    let dir = dir.to_str().expect("UTF-8 temp path");
    let line = line_in(&bad, "step = \"nowhere\"");
    let err = env.fails(&["validate", "--content", dir], 1);
    assert!(
        err.starts_with(&format!(
            "{dir}/all.toml:{line}:8: duty `soc_skyddsbedomning`: unknown step `nowhere`"
        )),
        "{err}"
    );
    // The same content split over two files validates, and errors name the right file.
    let (head, tail) = good.split_at(good.find("[[duty]]").expect("a duty"));
    let split = env.content_dir("split", &[("a.toml", head), ("b.toml", tail)]);
    let split = split.to_str().expect("UTF-8 temp path");
    env.cmd(&["validate", "--content", split])
        .assert()
        .success();
    let tail_bad = tail.replacen("actor = \"polisen\"", "actor = \"polis\"", 1);
    let split_bad = env.content_dir("split_bad", &[("a.toml", head), ("b.toml", &tail_bad)]);
    let split_bad = split_bad.to_str().expect("UTF-8 temp path");
    let err = env.fails(&["validate", "--content", split_bad], 1);
    let line = line_in(&tail_bad, "actor = \"polis\"");
    assert!(
        err.starts_with(&format!(
            "{split_bad}/b.toml:{line}:9: duty `pol_malsagandebitrade`: unknown actor `polis`"
        )),
        "{err}"
    );
}

#[test]
fn a_missing_or_empty_content_folder_is_an_error() {
    let env = TestEnv::new();
    let missing = env.dir.path().join("does-not-exist");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let err = env.fails(&["validate", "--content", missing], 1);
    assert!(
        err.contains(missing) && err.contains("cannot read"),
        "{err}"
    );
    let empty = env.content_dir("empty", &[]);
    let err = env.fails(
        &["validate", "--content", empty.to_str().expect("UTF-8")],
        1,
    );
    assert!(err.contains("no content files"), "{err}");
}
