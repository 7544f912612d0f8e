//! Validator tests of the later content kinds and fields: source headings, publishers, replaced law,
//! external facts and freshness, guidance, questions no condition uses, deadlines, overlays.

use super::tests::{broken, fixture_dir, fixture_text, line_of};
use super::*;

/// The fixture with `extra` appended, expecting errors; returns them.
fn with(extra: &str) -> Vec<Diagnostic> {
    match load_files(vec![SourceFile {
        name: "bad.toml".into(),
        text: format!("{}\n{extra}", fixture_text()),
    }]) {
        Ok(_) => panic!("appending {extra:?} should fail"),
        Err(d) => d.0,
    }
}

#[test]
fn a_reference_must_name_one_of_its_sources_headings() {
    let with_headings = "edition = \"regional version, Stockholms län\"\nheadings = [\"Ge akut skydd och stöd vid misstanke om människohandel\", \"Olika aktörers ansvar i detta steg\"]";
    let d = broken(
        "edition = \"regional version, Stockholms län\"",
        with_headings,
    );
    // The step's intro cites "Plats på skyddat boende", the coordinator another unlisted heading.
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(
        d[0].message
            .contains("step `akut`: `Plats på skyddat boende` is not a heading of source `s003`"),
        "{d:?}"
    );
    // One line further down: the `headings` line was inserted above it.
    assert_eq!(
        d[0].line,
        line_of("doc = \"s003\", heading = \"Plats på skyddat boende\"") + 1
    );
    let twice = "headings = [\"Olika aktörers ansvar i detta steg\", \"Olika aktörers ansvar i detta steg\"]\nedition = \"x\"";
    let d = broken("edition = \"regional version, Stockholms län\"", twice);
    assert!(
        d.iter().any(|x| x.message.contains("listed twice")),
        "{d:?}"
    );
}

#[test]
fn publisher_not_stated_and_the_former_field_name() {
    let c = load_dir(&fixture_dir()).unwrap_or_else(|e| panic!("{e}"));
    let s003 = &c.sources[1];
    assert_eq!(s003.publisher, None, "\"anges inte\" means not stated");
    assert_eq!(
        s003.citation(),
        "Ge akut skydd och stöd vid misstanke om människohandel (regional version, Stockholms län; odaterad)"
    );
    let text = fixture_text().replacen(
        "publisher = \"Jämställdhetsmyndigheten\"",
        "origin = \"Jämställdhetsmyndigheten\"",
        1,
    );
    let c = load_files(vec![SourceFile {
        name: "a.toml".into(),
        text,
    }])
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        c.sources[0].publisher.as_deref(),
        Some("Jämställdhetsmyndigheten")
    );
}

#[test]
fn replaced_law_must_be_marked_external_and_well_formed() {
    let ok = "as_of = \"odaterad\"\nreplaced = { external = true, law = \"LVU (1990:52)\", by = \"x\", by_sfs = \"SFS 2025:400\", from = \"2025-07-01\" }\nsource = { doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }\n";
    let from = "as_of = \"odaterad\"\nsource = { doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }\n";
    let text = fixture_text();
    let i = text.rfind(from).unwrap_or(0);
    let good = format!("{}{ok}{}", &text[..i], &text[i + from.len()..]);
    let c = load_files(vec![SourceFile {
        name: "a.toml".into(),
        text: good.clone(),
    }])
    .unwrap_or_else(|e| panic!("{e}"));
    let r = c.law[0]
        .replaced
        .as_ref()
        .unwrap_or_else(|| panic!("no replacement"));
    assert_eq!(
        (r.by_sfs.as_ref(), r.from.to_string()),
        ("SFS 2025:400", "2025-07-01".into())
    );
    for (bad, want) in [
        ("external = true", "must say `external = true`"),
        ("SFS 2025:400", "is not of the form `SFS YYYY:N`"),
        ("from = \"2025-07-01\"", "is not a date YYYY-MM-DD"),
    ] {
        let to = match bad {
            "external = true" => "external = false",
            "SFS 2025:400" => "2025:400",
            _ => "from = \"1 juli 2025\"",
        };
        let d = match load_files(vec![SourceFile {
            name: "a.toml".into(),
            text: good.replacen(bad, to, 1),
        }]) {
            Ok(_) => panic!("{bad} → {to} should fail"),
            Err(d) => d.0,
        };
        assert!(
            d[0].message.contains("law `lvu_6`") && d[0].message.contains(want),
            "{d:?}"
        );
    }
}

#[test]
fn external_facts_do_not_carry_the_guides_marker_and_freshness_and_age_limit_are_checked() {
    let d = broken(
        "as_of = \"odaterad\"\nsource = { doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }\n",
        "as_of = \"odaterad\"\nexternal = \"Lag (1990:52) (uppgift utanför källorna).\"\nsource = { doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }\n",
    );
    assert!(
        d[0].message
            .contains("leave out \"(uppgift utanför källorna)\""),
        "{d:?}"
    );
    let d = broken("freshness = \"national\"", "freshness = \"nationell\"");
    assert!(
        d[0].message
            .contains("freshness `nationell` is none of national, person, direct"),
        "{d:?}"
    );
    let d = broken(
        "date = \"2026-11-25\"",
        "date = \"2026-11-25\"\nmax_age_months = 0",
    );
    assert!(d[0].message.contains("max_age_months 0"), "{d:?}");
    let c = load_dir(&fixture_dir()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        c.meta.max_age_months, 12,
        "a year unless content says otherwise"
    );
    let k = &c.contacts[c.contact_index("barnkoordinator").unwrap_or(0)];
    assert_eq!(
        k.freshness,
        crate::model::Freshness::Direct,
        "unstated: checked when old"
    );
}

#[test]
fn guidance_loads_and_resolves_its_references() {
    let text = format!(
        "{}\n[[guidance]]\nid = \"g\"\ntext = \"Du har även möjlighet att göra en orosanmälan om kvinnan är gravid.\"\nwhen = \"barn_i_bilden == ja\"\nstep = \"akut\"\nduties = [\"soc_skyddsbedomning\", \"soc_riskbedomning\"]\nsource = {{ doc = \"s003\", heading = \"Plats på skyddat boende\" }}\n",
        fixture_text()
    );
    let c = load_files(vec![SourceFile {
        name: "ok.toml".into(),
        text,
    }])
    .unwrap_or_else(|e| panic!("{e}"));
    let g = &c.guidance[c.guidance_index("g").unwrap_or(usize::MAX)];
    assert_eq!(c.steps[g.step].id, "akut");
    let duties: Vec<&str> = g.duties.iter().map(|&d| c.duties[d].id.as_ref()).collect();
    assert_eq!(duties, ["soc_skyddsbedomning", "soc_riskbedomning"]);
    assert!(g.when.is_some());
}

#[test]
fn guidance_errors_name_the_item_and_its_position() {
    let base = fixture_text().lines().count() + 1;
    let d = with(
        "[[guidance]]\nid = \"g\"\ntext = \" \"\nwhen = \"barn_utsatt == kanske\"\nstep = \"akutt\"\nduties = [\"okand\", \"okand\"]\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    let messages: Vec<String> = d.iter().map(ToString::to_string).collect();
    for (line, want) in [
        (3, "text of guidance `g`: empty text"),
        (
            4,
            "guidance `g`: condition: `kanske` is not a value of `barn_utsatt`",
        ),
        (5, "guidance `g`: unknown step `akutt`"),
        (6, "guidance `g`: unknown duty `okand`"),
    ] {
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with(&format!("bad.toml:{}:", base + line)) && m.contains(want)),
            "{want} at line {}: {messages:#?}",
            base + line
        );
    }
    let d = with(
        "[[guidance]]\nid = \"g\"\ntext = \"t\"\nstep = \"akut\"\nbogus = 1\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    assert!(d[0].message.contains("unknown field `bogus`"), "{d:?}");
}

#[test]
fn a_question_no_condition_uses_is_an_error_at_the_question() {
    let d = with("[[question]]\nid = \"oanvand\"\ntext = \"Används inte?\"\n");
    assert_eq!(d.len(), 1, "{d:?}");
    let line = fixture_text().lines().count() + 3;
    assert_eq!((d[0].line, d[0].col), (line, 6), "{}", d[0]);
    assert!(
        d[0].message.starts_with(
            "question `oanvand`: no duty, guidance item, deadline or contact condition uses it"
        ),
        "{}",
        d[0]
    );
    // A guidance item's condition is a use.
    let ok = format!(
        "{}\n[[question]]\nid = \"gravid\"\ntext = \"Är personen gravid?\"\n\n[[guidance]]\nid = \"g\"\ntext = \"t\"\nwhen = \"gravid == ja\"\nstep = \"akut\"\nsource = {{ doc = \"s003\", heading = \"h\" }}\n",
        fixture_text()
    );
    assert!(
        load_files(vec![SourceFile {
            name: "ok.toml".into(),
            text: ok,
        }])
        .is_ok()
    );
}

#[test]
fn deadlines_take_several_duties_and_genast_takes_no_days() {
    let d = with(
        "[[deadline]]\nid = \"nu\"\nlabel = \"L\"\nkind = \"genast\"\ndays = 0\nwords = \"w\"\nduty = \"soc_riskbedomning\"\nduties = [\"soc_riskbedomning\"]\nstep = \"akut\"\nsource = { doc = \"s003\", heading = \"h\" }\n",
    );
    let messages: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(d.len(), 2, "{messages:#?}");
    assert!(messages.iter().any(|m| {
        m.contains("deadline `nu`: a `genast` deadline is due at discovery and takes no `days`")
    }));
    assert!(
        messages.iter().any(
            |m| m.contains("deadline `nu`: duty `soc_riskbedomning` is listed twice (first at")
        )
    );
}

#[test]
fn an_overlay_may_not_add_guidance() {
    let base = load_dir(&fixture_dir()).unwrap_or_else(|e| panic!("{e}"));
    let files = vec![SourceFile {
        name: "kommun.toml".into(),
        text: "[[guidance]]\nid = \"g\"\ntext = \"t\"\nstep = \"akut\"\nsource = { doc = \"s003\", heading = \"h\" }\n".into(),
    }];
    let d = overlay::apply(&base, &files)
        .err()
        .map(|d| d.0)
        .unwrap_or_default();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].to_string(),
        "kommun.toml:1:1: an overlay may add only [[source]] and [[contact]], not [[guidance]]"
    );
}
