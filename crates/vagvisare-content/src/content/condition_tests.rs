//! Condition parser tests: operators, precedence, and errors pointing into the string.

use super::*;
use crate::model::{Condition, Tri};
use std::borrow::Cow;

fn qs() -> Vec<QuestionInfo<'static>> {
    vec![
        QuestionInfo {
            id: "barn",
            values: vec!["ja", "nej"],
        },
        QuestionInfo {
            id: "fu",
            values: vec!["polis", "aklagare", "ingen"],
        },
    ]
}

fn eval(src: &str, answers: &[Option<u8>]) -> Tri {
    let ops = parse(src, &qs()).unwrap_or_else(|e| panic!("{src}: {e:?}"));
    Condition {
        source: Cow::Borrowed(""),
        ops: Cow::Owned(ops),
    }
    .eval(answers)
}

#[test]
fn precedence_and_operators() {
    use Tri::*;
    assert_eq!(eval("barn == ja", &[Some(0), None]), True);
    assert_eq!(eval("barn != ja", &[Some(0), None]), False);
    assert_eq!(eval("barn != ja", &[None, None]), Unknown);
    assert_eq!(eval("fu in [polis, aklagare]", &[None, Some(1)]), True);
    assert_eq!(eval("fu in [polis,aklagare]", &[None, Some(2)]), False);
    // && binds tighter than ||: true || (unknown && false) = true
    assert_eq!(
        eval("barn == ja || fu == polis && barn == nej", &[Some(0), None]),
        True
    );
    // (true || unknown) && false = false
    assert_eq!(
        eval(
            "(barn == ja || fu == polis) && barn == nej",
            &[Some(0), None]
        ),
        False
    );
    assert_eq!(eval("!(barn == ja)", &[Some(1), None]), True);
    assert_eq!(eval("!!barn == ja", &[Some(0), None]), True);
    assert_eq!(eval("barn == ja && fu == polis", &[Some(0), None]), Unknown);
    assert_eq!(eval("barn == nej && fu == polis", &[Some(0), None]), False);
}

#[test]
fn errors_point_at_the_offending_text() {
    let e = |src: &str| parse(src, &qs()).err().map(|e| (e.offset, e.message));
    let (off, msg) = e("barn == kanske").unwrap_or_default();
    assert_eq!(off, 8);
    assert!(
        msg.contains("`kanske` is not a value of `barn` (allowed: ja, nej)"),
        "{msg}"
    );
    let (off, msg) = e("fu == polis && alder == ja").unwrap_or_default();
    assert_eq!(off, 15);
    assert!(msg.contains("unknown question `alder`"), "{msg}");
    assert_eq!(e("barn = ja").map(|x| x.0), Some(5));
    assert_eq!(
        e("(barn == ja").map(|x| x.1),
        Some("expected `)`, found the end".into())
    );
    assert_eq!(e("barn == ja)").map(|x| x.0), Some(10));
    assert_eq!(e("").map(|x| x.1), Some("empty condition".into()));
    assert_eq!(e("barn").map(|x| x.0), Some(4));
    assert!(e("Barn == ja").is_some_and(|x| x.1.contains("unexpected character `B`")));
    let deep = format!("{}barn == ja{}", "(".repeat(100), ")".repeat(100));
    assert!(e(&deep).is_some_and(|x| x.1.contains("nested deeper")));
}
