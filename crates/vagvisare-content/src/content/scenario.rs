//! `[[scenario]]` items: their TOML shape and their validation into [`crate::model::Scenario`].
//!
//! Every reference is checked: the question and value of each answer, the key duties and contacts and
//! the source documents. Each problem is a `file:line:col` diagnostic naming the scenario's id.

use std::borrow::Cow;
use std::collections::HashMap;

use toml::Spanned;

use super::ctx::Ctx;
use super::raw::{RawScenario, S};
use crate::model::{Question, Scenario, ScenarioAnswer, ScenarioPart, SourceRef, index_of};

/// What scenarios refer to: the id maps of other kinds and the validated questions.
pub(super) struct Refs<'a> {
    pub docs: &'a HashMap<String, usize>,
    pub duties: &'a HashMap<String, usize>,
    pub contacts: &'a HashMap<String, usize>,
    pub questions: &'a [Question],
}

/// Validates one scenario from file `f`; problems go to `cx`.
pub(super) fn scenario(
    cx: &mut Ctx<'_>,
    f: usize,
    raw: &Spanned<RawScenario>,
    refs: &Refs<'_>,
) -> Scenario {
    let s = raw.get_ref();
    let id = s.id.get_ref().as_str();
    let owner = format!("scenario `{id}`");
    if s.part.is_empty() {
        cx.at(
            f,
            s.id.span().start,
            format!("{owner}: needs at least one [[scenario.part]]"),
        );
    }
    let parts = s
        .part
        .iter()
        .map(|p| {
            let p = p.get_ref();
            ScenarioPart {
                text: cx.text(f, &p.text, "part text of scenario", id),
                source: p
                    .source
                    .as_ref()
                    .map(|r| cx.source_ref(f, r, refs.docs, &owner)),
            }
        })
        .collect::<Vec<_>>();
    let mut answers: Vec<ScenarioAnswer> = Vec::new();
    for a in &s.answers {
        let a = a.get_ref();
        let qid = a.question.get_ref();
        let Some(q) = index_of(refs.questions, qid) else {
            let msg = format!("{owner}: unknown question `{qid}`");
            cx.at(f, a.question.span().start, msg);
            continue;
        };
        let question = &refs.questions[q];
        let Some(value) = question.option_index(a.value.get_ref()) else {
            let allowed: Vec<&str> = question.options.iter().map(|o| o.value.as_ref()).collect();
            let msg = format!(
                "{owner}: `{}` is not a value of question `{qid}` (allowed: {})",
                a.value.get_ref(),
                allowed.join(", ")
            );
            cx.at(f, a.value.span().start, msg);
            continue;
        };
        if answers.iter().any(|x| x.question == q) {
            let msg = format!("{owner}: question `{qid}` is answered twice");
            cx.at(f, a.question.span().start, msg);
            continue;
        }
        answers.push(ScenarioAnswer {
            question: q,
            value,
            decide: a.decide,
        });
    }
    let texts = |cx: &mut Ctx<'_>, v: &[S], what: &str| -> Vec<Cow<'static, str>> {
        v.iter().map(|t| cx.text(f, t, what, id)).collect()
    };
    let discussion = texts(cx, &s.discussion, "discussion question of scenario");
    let learning_points = texts(cx, &s.learning_points, "learning point of scenario");
    let key_duties = cx.resolve_list(f, refs.duties, &s.key_duties, "duty", &owner);
    let key_contacts = cx.resolve_list(f, refs.contacts, &s.key_contacts, "contact", &owner);
    let mut sources: Vec<SourceRef> = Vec::new();
    for r in s.source.iter().chain(&s.sources) {
        sources.push(cx.source_ref(f, r, refs.docs, &owner));
    }
    if sources.is_empty() {
        let msg = format!("{owner}: needs `source = {{ doc, heading }}` or `sources = [...]`");
        cx.at(f, s.id.span().start, msg);
    }
    Scenario {
        id: Cow::Owned(id.to_string()),
        title: cx.text(f, &s.title, "title of scenario", id),
        target_group: cx.text(f, &s.target_group, "target group of scenario", id),
        parts: Cow::Owned(parts),
        answers: Cow::Owned(answers),
        discussion: Cow::Owned(discussion),
        key_duties: Cow::Owned(key_duties),
        key_contacts: Cow::Owned(key_contacts),
        learning_points: Cow::Owned(learning_points),
        sources: Cow::Owned(sources),
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{Diagnostic, SourceFile, load_files};
    use std::path::PathBuf;

    fn fixture() -> Vec<SourceFile> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content");
        crate::content::read_dir(&dir, "fx").unwrap_or_default()
    }

    /// Loads the fixture with `from` replaced by `to` in the scenario file; returns the errors.
    fn broken(from: &str, to: &str) -> Vec<Diagnostic> {
        let mut files = fixture();
        let scen = files
            .iter_mut()
            .find(|f| f.name.contains("scenarios/"))
            .unwrap_or_else(|| panic!("fixture has a scenario file"));
        assert!(scen.text.contains(from), "fixture lacks {from:?}");
        scen.text = scen.text.replacen(from, to, 1);
        match load_files(files) {
            Ok(_) => panic!("replacing {from:?} with {to:?} should fail"),
            Err(d) => d.0,
        }
    }

    fn line_of(needle: &str) -> usize {
        fixture()
            .iter()
            .find(|f| f.name.contains("scenarios/"))
            .and_then(|f| f.text.lines().position(|l| l.contains(needle)))
            .map_or(0, |i| i + 1)
    }

    fn one(d: &[Diagnostic], needle: &str, line_needle: &str) {
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].file.ends_with("scenarios/demo.toml"), "{}", d[0]);
        assert!(d[0].message.contains("scenario `demo_barn`"), "{}", d[0]);
        assert!(d[0].message.contains(needle), "{}", d[0]);
        assert_eq!(d[0].line, line_of(line_needle), "{}", d[0]);
        assert!(d[0].col > 1, "{}", d[0]);
    }

    #[test]
    fn fixture_scenario_loads() {
        let c = load_files(fixture()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.scenarios.len(), 1);
        let s = &c.scenarios[0];
        assert_eq!(s.parts.len(), 2);
        assert!(s.answers.iter().any(|a| a.decide));
        assert_eq!(c.duties[s.key_duties[0]].id, "soc_skyddsbedomning");
    }

    #[test]
    fn unknown_question() {
        let d = broken("question = \"barn_utsatt\"", "question = \"barn_okand\"");
        one(
            &d,
            "unknown question `barn_okand`",
            "question = \"barn_utsatt\"",
        );
    }

    #[test]
    fn unknown_value() {
        let d = broken("value = \"polis\"", "value = \"tullen\"");
        one(
            &d,
            "`tullen` is not a value of question `fu_ledare`",
            "value = \"polis\"",
        );
    }

    #[test]
    fn unknown_duty() {
        let d = broken("\"soc_skyddsbedomning\"]", "\"soc_okand\"]");
        one(&d, "unknown duty `soc_okand`", "key_duties");
    }

    #[test]
    fn unknown_contact() {
        let d = broken(
            "key_contacts = [\"barnkoordinator\"]",
            "key_contacts = [\"nobody\"]",
        );
        one(&d, "unknown contact `nobody`", "key_contacts");
    }

    #[test]
    fn unknown_source_document() {
        let d = broken(
            "doc = \"s003\", heading = \"Plats",
            "doc = \"s999\", heading = \"Plats",
        );
        one(&d, "unknown source document `s999`", "heading = \"Plats");
    }

    #[test]
    fn question_answered_twice() {
        let d = broken(
            "{ question = \"fu_ledare\", value = \"polis\" }",
            "{ question = \"fu_ledare\", value = \"polis\" },\n    { question = \"fu_ledare\", value = \"aklagare\" }",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(
            d[0].message
                .contains("scenario `demo_barn`: question `fu_ledare` is answered twice")
        );
        assert_eq!(d[0].line, line_of("value = \"polis\"") + 1);
    }
}
