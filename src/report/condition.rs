//! Conditions in words: why a duty is listed ("Gäller eftersom: ✔ Är den utsatta ett barn? → Ja"),
//! what would decide it ("Kan bli aktuellt – avgörs av: ? … → obesvarad (gäller vid Ja)") and, without
//! answers, when it applies ("Gäller när: … → Ja eller … → Ja"). The raw syntax (`barn_utsatt == ja`)
//! stays in JSON and under `--verbose`.
//!
//! Each test of a question is a *clause* with one of three states, each with its own mark so that
//! nothing depends on colour: ✔ holds, ✘ does not hold, ? unanswered. The navigator can draw the same
//! [`Explanation`] with its own styles and take the words from [`clause_words`] and [`heading`].

use crate::engine::{Answers, Status};
use crate::i18n::{Lang, Msg, text};
use crate::model::{Condition, Content, Op, Tri};

/// A condition as a tree, rebuilt from its postfix program.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    /// The answer to `question` is one of the options in `mask`.
    Test {
        question: usize,
        mask: u32,
    },
    Not(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
}

/// The tree of a condition; `None` for a malformed program (which evaluates as unknown).
fn tree(cond: &Condition) -> Option<Node> {
    let mut stack: Vec<Node> = Vec::new();
    for op in cond.ops.iter() {
        let node = match *op {
            Op::Test { question, mask } => Node::Test {
                question: usize::from(question),
                mask,
            },
            Op::Not => Node::Not(Box::new(stack.pop()?)),
            Op::And | Op::Or => {
                let b = Box::new(stack.pop()?);
                let a = Box::new(stack.pop()?);
                if *op == Op::And {
                    Node::And(a, b)
                } else {
                    Node::Or(a, b)
                }
            }
        };
        stack.push(node);
    }
    let root = stack.pop()?;
    stack.is_empty().then_some(root)
}

/// One test of a question, as the explanation shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub question: usize,
    /// The options (indices) that make the clause hold, a negation already applied.
    pub holds_on: Vec<usize>,
    /// The answer given, if any.
    pub answer: Option<usize>,
    /// True, false, or unknown (unanswered).
    pub state: Tri,
}

/// Why a duty is listed: its status and the clauses that say why, in the order to show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub status: Status,
    /// `Applies`: the clauses that hold. `MayApply`: the unanswered clauses that decide it, then the
    /// answered ones. Empty for a duty without a condition.
    pub clauses: Vec<Clause>,
}

fn option_count(c: &Content, q: usize) -> usize {
    c.questions.get(q).map_or(0, |q| q.options.len())
}

/// Collects the clauses of `node` with the polarity of the `Not`s above them.
fn clauses(c: &Content, answers: &Answers, node: &Node, negated: bool, out: &mut Vec<Clause>) {
    match node {
        Node::Test { question, mask } => {
            let inside = |v: usize| u32::try_from(v).is_ok_and(|v| v < 32 && mask & (1 << v) != 0);
            let holds_on: Vec<usize> = (0..option_count(c, *question))
                .filter(|&v| inside(v) != negated)
                .collect();
            let answer = answers.get(*question);
            let state = match answer {
                None => Tri::Unknown,
                Some(a) if holds_on.contains(&a) => Tri::True,
                Some(_) => Tri::False,
            };
            let clause = Clause {
                question: *question,
                holds_on,
                answer,
                state,
            };
            if !out.contains(&clause) {
                out.push(clause);
            }
        }
        Node::Not(n) => clauses(c, answers, n, !negated, out),
        Node::And(a, b) | Node::Or(a, b) => {
            clauses(c, answers, a, negated, out);
            clauses(c, answers, b, negated, out);
        }
    }
}

/// Why a duty with condition `cond` (or none) has `status` under `answers`; `depends_on` are the
/// engine's deciding questions for a duty that may apply.
pub fn explain(
    c: &Content,
    answers: &Answers,
    cond: Option<&Condition>,
    status: Status,
    depends_on: &[usize],
) -> Explanation {
    let mut all = Vec::new();
    if let Some(node) = cond.and_then(tree) {
        clauses(c, answers, &node, false, &mut all);
    }
    let clauses = match status {
        // A historical commitment (the 2005 programme) is explained like one that applies.
        Status::Applies | Status::Historical => {
            all.into_iter().filter(|k| k.state == Tri::True).collect()
        }
        Status::MayApply => {
            let deciding = |k: &Clause| {
                k.state == Tri::Unknown
                    && (depends_on.is_empty() || depends_on.contains(&k.question))
            };
            let (mut first, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(deciding);
            first.extend(rest.into_iter().filter(|k| k.state != Tri::Unknown));
            first
        }
    };
    Explanation { status, clauses }
}

/// The mark of a clause's state: ✔ holds, ✘ does not, ? unanswered.
pub fn mark(state: Tri) -> &'static str {
    match state {
        Tri::True => "✔",
        Tri::False => "✘",
        Tri::Unknown => "?",
    }
}

/// "Gäller eftersom" or "Kan bli aktuellt – avgörs av".
pub fn heading(lang: Lang, status: Status) -> &'static str {
    text(
        lang,
        match status {
            Status::Applies => Msg::CondBecause,
            Status::MayApply => Msg::CondDecidedBy,
            Status::Historical => Msg::Historical,
        },
    )
}

fn labels(c: &Content, q: usize, options: &[usize]) -> String {
    let question = &c.questions[q];
    options
        .iter()
        .filter_map(|&o| question.options.get(o).map(|x| x.label.as_ref()))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// "✔ Är den utsatta ett barn? → Ja", "✘ … → Nej", "? … → obesvarad (gäller vid Ja)".
pub fn clause_words(lang: Lang, c: &Content, k: &Clause) -> String {
    let question = &c.questions[k.question].text;
    let said = match k.answer {
        Some(a) => labels(c, k.question, &[a]),
        None => format!(
            "{} ({} {})",
            text(lang, Msg::CondUnanswered),
            text(lang, Msg::CondAppliesOn),
            labels(c, k.question, &k.holds_on)
        ),
    };
    format!("{} {question} → {said}", mark(k.state))
}

/// The explanation as lines: the heading with the only clause on one line, or the heading and one
/// indented line per clause. Nothing for a duty without a condition that applies.
pub fn lines(lang: Lang, c: &Content, e: &Explanation) -> Vec<String> {
    let words: Vec<String> = e.clauses.iter().map(|k| clause_words(lang, c, k)).collect();
    match words.as_slice() {
        [] => Vec::new(),
        [one] => vec![format!("{}: {one}", heading(lang, e.status))],
        many => std::iter::once(format!("{}:", heading(lang, e.status)))
            .chain(many.iter().map(|w| format!("  {w}")))
            .collect(),
    }
}

/// A condition in words, without answers: "Är den utsatta ett barn? → Ja eller Finns det barn med i
/// bilden? → Ja". Options that satisfy a test are joined by " / ".
pub fn when_words(lang: Lang, c: &Content, cond: &Condition) -> String {
    match tree(cond) {
        Some(node) => node_words(lang, c, &node, None),
        None => cond.source.to_string(),
    }
}

/// `parent` is the operator above, so a mixed and/or is bracketed.
fn node_words(lang: Lang, c: &Content, node: &Node, parent: Option<Msg>) -> String {
    match node {
        Node::Test { question, mask } => test_words(c, *question, *mask, false),
        Node::Not(inner) => match inner.as_ref() {
            Node::Test { question, mask } => test_words(c, *question, *mask, true),
            other => format!(
                "{} ({})",
                text(lang, Msg::CondNot),
                node_words(lang, c, other, None)
            ),
        },
        Node::And(a, b) | Node::Or(a, b) => {
            let op = if matches!(node, Node::And(..)) {
                Msg::CondAnd
            } else {
                Msg::CondOr
            };
            let s = format!(
                "{} {} {}",
                node_words(lang, c, a, Some(op)),
                text(lang, op),
                node_words(lang, c, b, Some(op))
            );
            match parent {
                Some(p) if p != op => format!("({s})"),
                _ => s,
            }
        }
    }
}

fn test_words(c: &Content, q: usize, mask: u32, negated: bool) -> String {
    let inside = |v: usize| u32::try_from(v).is_ok_and(|v| v < 32 && mask & (1 << v) != 0);
    let options: Vec<usize> = (0..option_count(c, q))
        .filter(|&v| inside(v) != negated)
        .collect();
    format!("{} → {}", c.questions[q].text, labels(c, q, &options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::duty_status;

    fn duty(c: &Content, id: &str) -> usize {
        c.duty_index(id).unwrap_or_else(|| panic!("{id}"))
    }

    fn answers(c: &Content, pairs: &[&str]) -> Answers {
        Answers::parse(c, pairs).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn explained(c: &Content, a: &Answers, id: &str) -> Vec<String> {
        let d = duty(c, id);
        let s = duty_status(c, a, d).unwrap_or_else(|| panic!("{id} not listed"));
        let e = explain(c, a, c.duties[d].when.as_ref(), s.status, &s.depends_on);
        lines(Lang::Sv, c, &e)
    }

    #[test]
    fn a_duty_that_applies_says_why_with_the_answer() {
        let c = crate::embedded::content();
        let a = answers(c, &["samtycke=ja"]);
        let l = explained(c, &a, "hs_kontakt_socialtjanst");
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].starts_with("Gäller eftersom: ✔ "), "{l:?}");
        assert!(l[0].ends_with("→ Ja"), "{l:?}");
        assert!(!l[0].contains("=="), "no condition syntax: {l:?}");
    }

    #[test]
    fn a_duty_that_may_apply_names_what_decides_it_with_three_marks() {
        let c = crate::embedded::content();
        let a = answers(c, &[]);
        let l = explained(c, &a, "soc_skyddsbedomning_barn");
        assert_eq!(l[0], "Kan bli aktuellt – avgörs av:", "{l:?}");
        assert!(l[1..].iter().all(|x| x.starts_with("  ? ")), "{l:?}");
        assert!(l[1].contains("obesvarad (gäller vid Ja)"), "{l:?}");
        // One of an "or" answered no: still open, the no shown with its own mark.
        let first = c.duties[duty(c, "soc_skyddsbedomning_barn")]
            .when
            .as_ref()
            .map(|w| w.questions()[0])
            .unwrap_or_default();
        let a = answers(c, &[&format!("{}=nej", c.questions[first].id)]);
        let l = explained(c, &a, "soc_skyddsbedomning_barn");
        assert!(l.iter().any(|x| x.starts_with("  ✘ ")), "{l:?}");
        assert!(l.iter().any(|x| x.starts_with("  ? ")), "{l:?}");
    }

    #[test]
    fn conditions_read_as_words_with_brackets_only_where_needed() {
        let c = crate::embedded::content();
        for d in c.duties.iter() {
            if let Some(w) = &d.when {
                let words = when_words(Lang::Sv, c, w);
                assert!(!words.contains("=="), "{}: {words}", d.id);
                assert!(!words.contains("&&") && !words.contains("||"), "{words}");
                assert!(words.contains(" → "), "{}: {words}", d.id);
            }
        }
        let d = &c.duties[duty(c, "mig_beslut_tut_6_manader")];
        let words = d.when.as_ref().map(|w| when_words(Lang::Sv, c, w));
        assert!(
            words
                .as_deref()
                .is_some_and(|w| w.contains(" och ") && !w.starts_with('(')),
            "{words:?}"
        );
    }

    /// A condition parsed against the shipped questions.
    fn parsed(c: &Content, src: &str) -> Condition {
        let infos: Vec<crate::content::condition::QuestionInfo<'_>> = c
            .questions
            .iter()
            .map(|q| crate::content::condition::QuestionInfo {
                id: &q.id,
                values: q.options.iter().map(|o| o.value.as_ref()).collect(),
            })
            .collect();
        let ops = crate::content::condition::parse(src, &infos).unwrap_or_else(|e| panic!("{e:?}"));
        Condition {
            source: src.to_string().into(),
            ops: ops.into(),
        }
    }

    #[test]
    fn mixed_and_or_is_bracketed_and_negation_reads_as_the_other_options() {
        let c = crate::embedded::content();
        let w = parsed(
            c,
            "(barn_utsatt == ja || barn_i_bilden == ja) && fu_ledare != polis",
        );
        let words = when_words(Lang::Sv, c, &w);
        assert!(words.starts_with("(Är den utsatta"), "{words}");
        assert!(
            words.contains(" eller ") && words.contains(") och "),
            "{words}"
        );
        let other = words.rsplit("→ ").next().unwrap_or_default();
        assert!(
            other.starts_with("Åklagaren / ") && !other.contains("Polis"),
            "`!= polis` reads as the other options: {words}"
        );
        // Answered: the negated clause holds on another option, and says which was given.
        let a = answers(c, &["barn_utsatt=ja", "fu_ledare=aklagare"]);
        let e = explain(c, &a, Some(&w), Status::Applies, &[]);
        let l = lines(Lang::Sv, c, &e);
        assert_eq!(l.len(), 3, "{l:?}");
        assert!(
            l[2].starts_with("  ✔ ") && l[2].ends_with("→ Åklagaren"),
            "{l:?}"
        );
    }
}
