//! Validation of `[[guidance]]` items, and the rule that every question changes something: a question
//! that no duty, guidance item, deadline or contact condition tests is asked for nothing.

use std::borrow::Cow;
use std::collections::HashMap;

use super::condition::QuestionInfo;
use super::ctx::{At, Ctx};
use super::raw::{RawGuidance, RawQuestion};
use crate::model::{Condition, Guidance, Op};

/// The id maps a guidance item refers into.
pub(super) struct Refs<'a> {
    pub docs: &'a HashMap<String, usize>,
    pub steps: &'a HashMap<String, usize>,
    pub duties: &'a HashMap<String, usize>,
}

pub(super) fn guidance(
    cx: &mut Ctx<'_>,
    f: usize,
    g: &RawGuidance,
    refs: &Refs<'_>,
    questions: &[QuestionInfo<'_>],
) -> Guidance {
    let id = g.id.get_ref().as_str();
    let owner = format!("guidance `{id}`");
    let duties = cx.resolve_list(f, refs.duties, &g.duties, "duty", &owner);
    Guidance {
        id: Cow::Owned(id.to_string()),
        text: cx.text(f, &g.text, "text of guidance", id),
        when: g
            .when
            .as_ref()
            .and_then(|w| cx.condition(f, w, questions, &owner)),
        step: cx.resolve(f, refs.steps, &g.step, "step", &owner),
        duties: Cow::Owned(duties),
        source: cx.source_ref(f, &g.source, refs.docs, &owner),
    }
}

/// Reports every question that none of `conditions` tests, at the question's id: answering it would
/// move nothing, so the guide must not ask it.
pub(super) fn unused_questions<'c>(
    cx: &mut Ctx<'_>,
    questions: &[At<RawQuestion>],
    conditions: impl Iterator<Item = &'c Condition>,
) {
    let mut used = vec![false; questions.len()];
    for cond in conditions {
        for op in cond.ops.iter() {
            if let Op::Test { question, .. } = op
                && let Some(u) = used.get_mut(usize::from(*question))
            {
                *u = true;
            }
        }
    }
    for ((f, q), used) in questions.iter().zip(used) {
        if !used {
            let id = &q.get_ref().id;
            let msg = format!(
                "question `{}`: no duty, guidance item, deadline or contact condition uses it; every question must change something (use it in a `when`, or remove it)",
                id.get_ref()
            );
            cx.at(*f, id.span().start, msg);
        }
    }
}
