//! The relevance rule against brute force: for random answers, a question is listed by
//! `relevant_questions` exactly when flipping it (unanswered → each of its values) changes the status
//! (applies / may apply / not listed) of at least one duty or guidance item in scope, or the case's
//! urgency (whom to call first); its count is the number of items some value changes, and it is marked
//! urgent exactly when some value changes the urgency. Checked on the shipped content and on random content whose
//! conditions mix `!`, `&&`, `||`, `!=` and `in` (so the engine's shortcut — only unknown items can
//! change — is tested where negation could break it).

use proptest::prelude::*;
use vagvisare::content::{SourceFile, load_files};
use vagvisare::engine::calendar::LocalTime;
use vagvisare::engine::reach::case_urgency;
use vagvisare::engine::{
    Answers, PlanOptions, Status, duty_status, guidance_status, in_scope, plan, relevant_questions,
};
use vagvisare::model::Content;

/// The status of every duty and guidance item in scope: `None` = not listed.
fn statuses(c: &Content, a: &Answers, tracks: bool) -> Vec<Option<Status>> {
    let duties = (0..c.duties.len())
        .filter(|&d| in_scope(c, c.duties[d].step, tracks))
        .map(|d| duty_status(c, a, d).map(|s| s.status));
    let guidance = (0..c.guidance.len())
        .filter(|&g| in_scope(c, c.guidance[g].step, tracks))
        .map(|g| guidance_status(c, a, g).map(|s| s.status));
    duties.chain(guidance).collect()
}

/// (question, how many items some value changes, whether some value changes the urgency), by flipping
/// every unanswered question.
fn brute_force(c: &Content, a: &Answers, tracks: bool) -> Vec<(usize, usize, bool)> {
    let base = statuses(c, a, tracks);
    let urgency = case_urgency(c, a);
    let mut out = Vec::new();
    for q in 0..c.questions.len() {
        if a.get(q).is_some() {
            continue;
        }
        let mut changed = vec![false; base.len()];
        let mut urgent = false;
        for v in 0..c.questions[q].options.len() {
            let mut flipped = a.clone();
            flipped.set(q, Some(v));
            for (i, s) in statuses(c, &flipped, tracks).into_iter().enumerate() {
                changed[i] |= s != base[i];
            }
            urgent |= case_urgency(c, &flipped) != urgency;
        }
        let n = changed.iter().filter(|&&x| x).count();
        if n > 0 || urgent {
            out.push((q, n, urgent));
        }
    }
    out
}

fn check(c: &Content, a: &Answers, tracks: bool) -> Result<(), TestCaseError> {
    let got = relevant_questions(c, a, tracks);
    let mut sorted_got: Vec<(usize, usize, bool)> = got
        .iter()
        .map(|r| (r.question, r.decides, r.urgent))
        .collect();
    sorted_got.sort_unstable();
    prop_assert_eq!(&sorted_got, &brute_force(c, a, tracks), "answers {:?}", a.0);
    // Whom to call first, then most decisive, ties in content order.
    let keys: Vec<(std::cmp::Reverse<bool>, std::cmp::Reverse<usize>, usize)> = got
        .iter()
        .map(|r| {
            (
                std::cmp::Reverse(r.urgent),
                std::cmp::Reverse(r.decides),
                r.question,
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    prop_assert_eq!(keys, sorted);

    // The plan judges with the same rule: its questions, and each row's and guidance item's status and
    // deciding questions, are what `relevant_questions`, `duty_status` and `guidance_status` say.
    let at = LocalTime::parse("2026-11-28 22:00").unwrap_or_else(|| panic!("time"));
    let options = PlanOptions {
        discovery: at,
        clock: true,
        at,
        role: None,
        tracks,
    };
    let p = plan(c, a, options);
    prop_assert_eq!(&p.questions, &got);
    let mut rows = 0;
    for r in p.rows() {
        rows += 1;
        let s = duty_status(c, a, r.duty);
        prop_assert_eq!(
            s.map(|s| (s.status, s.depends_on)),
            Some((r.status, r.depends_on.clone()))
        );
    }
    let listed = (0..c.duties.len())
        .filter(|&d| in_scope(c, c.duties[d].step, tracks) && duty_status(c, a, d).is_some())
        .count();
    prop_assert_eq!(rows, listed, "every listed duty is a row, once");
    for g in &p.guidance {
        prop_assert_eq!(Some(g.clone()), guidance_status(c, a, g.guidance));
    }
    Ok(())
}

/// Answers from raw draws: `None` or an option of each question.
fn answers(c: &Content, draws: &[Option<usize>]) -> Answers {
    let mut a = Answers::new(c);
    for (q, d) in draws.iter().enumerate().take(c.questions.len()) {
        a.set(q, d.map(|v| v % c.questions[q].options.len()));
    }
    a
}

fn draws() -> impl Strategy<Value = Vec<Option<usize>>> {
    prop::collection::vec(prop::option::weighted(0.4, 0usize..8), 24)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn shipped_content_matches_brute_force(draws in draws(), tracks in any::<bool>()) {
        let c = vagvisare::embedded::content();
        check(c, &answers(c, &draws), tracks)?;
    }
}

// ---------------------------------------------------------------- random content

/// A random condition over the fixture's three questions, as content writes it.
fn condition() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        prop::sample::select(vec!["ja", "nej"]).prop_map(|v| format!("barn_utsatt == {v}")),
        prop::sample::select(vec!["ja", "nej"]).prop_map(|v| format!("barn_i_bilden != {v}")),
        prop::sample::select(vec!["polis", "aklagare", "ingen"])
            .prop_map(|v| format!("fu_ledare == {v}")),
        Just("fu_ledare in [polis, ingen]".to_string()),
    ];
    leaf.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|a| format!("!({a})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) && ({b})")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("({a}) || ({b})")),
        ]
    })
}

/// The fixture content plus duties and guidance items under `conditions`.
fn random_content(conditions: &[String]) -> Content {
    let base = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/content/all.toml"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut text = base;
    for (i, w) in conditions.iter().enumerate() {
        let kind = if i % 2 == 0 { "duty" } else { "guidance" };
        let extra = if kind == "duty" {
            "actor = \"polisen\"\nattribution = \"stated\"\n"
        } else {
            ""
        };
        text.push_str(&format!(
            "\n[[{kind}]]\nid = \"x{i}\"\nstep = \"akut\"\n{extra}text = \"Slumpad punkt {i}.\"\nwhen = \"{w}\"\nsource = {{ doc = \"s003\", heading = \"Olika aktörers ansvar i detta steg\" }}\n"
        ));
    }
    load_files(vec![SourceFile {
        name: "random.toml".into(),
        text,
    }])
    .unwrap_or_else(|e| panic!("random content invalid:\n{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_conditions_match_brute_force(
        conditions in prop::collection::vec(condition(), 1..6),
        draws in draws(),
    ) {
        let c = random_content(&conditions);
        check(&c, &answers(&c, &draws), false)?;
    }
}

/// At 22:00 on a Saturday the first question is whether there is acute danger (it decides whom to call
/// first), not the one that decides most rows; once acute danger is ruled out, whether the case is
/// urgent decides the call order and is asked first though it changes no duty.
#[test]
fn the_question_that_decides_whom_to_call_first_comes_first() {
    let c = vagvisare::embedded::content();
    let q = |id: &str| c.question_index(id).unwrap_or_else(|| panic!("{id}"));
    let none = Answers::new(c);
    let first = relevant_questions(c, &none, false);
    assert_eq!(
        first.first().map(|r| (r.question, r.urgent)),
        Some((q("akut_fara"), true))
    );
    assert!(
        first.iter().all(|r| r.question != q("bradskande")),
        "{first:?}"
    );
    let mut no_danger = Answers::new(c);
    no_danger.set(q("akut_fara"), Some(1));
    let next = relevant_questions(c, &no_danger, false);
    let top = next.first().unwrap_or_else(|| panic!("{next:?}"));
    assert_eq!(
        (top.question, top.decides, top.urgent),
        (q("bradskande"), 0, true)
    );
}
