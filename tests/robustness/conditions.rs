//! The condition parser: any input ends in a program or a positioned error; compiled programs follow
//! Kleene logic and name the questions that decide them.

use super::conditions_gen::*;
use proptest::prelude::*;
use proptest::test_runner::Config;
use vagvisare::content::condition::{MAX_DEPTH, MAX_LEN, parse};
use vagvisare::model::{Op, Tri};

proptest! {
    #![proptest_config(Config::default())]

    #[test]
    fn parser_arbitrary_strings(src in any::<String>()) {
        let _ = parse_checked(&src)?;
    }

    #[test]
    fn parser_ascii_soup(src in "[a-z0-9_()\\[\\],!=&| \t\n]{0,300}") {
        let _ = parse_checked(&src)?;
    }

    #[test]
    fn parser_token_soup(tokens in prop::collection::vec(token(), 0..200), spaced in any::<bool>()) {
        let src = tokens.join(if spaced { " " } else { "" });
        let _ = parse_checked(&src)?;
    }

    #[test]
    fn parser_deep_nesting(open in 0usize..3000, close in 0usize..3000, nots in 0usize..3000,
                           inner in prop::sample::select(vec!["barn == ja", "", "barn", "fu in [polis"])) {
        let src = format!("{}{}{inner}{}", "!".repeat(nots), "(".repeat(open), ")".repeat(close));
        let r = parse_checked(&src)?;
        let depth = open + nots;
        if inner == "barn == ja" && open == close && depth < MAX_DEPTH {
            prop_assert!(r.is_ok(), "{src:?}: {r:?}");
        }
        if depth >= MAX_DEPTH {
            prop_assert!(r.is_err(), "{src:?} nested {depth} deep parsed");
        }
    }

    #[test]
    fn parser_long_chains(tests in prop::collection::vec((test_strategy(), any::<bool>()), 1..400)) {
        let mut src = String::new();
        for (i, (t, and)) in tests.iter().enumerate() {
            if i > 0 {
                src.push_str(if *and { " && " } else { " || " });
            }
            t.render(&mut src, true);
        }
        let r = parse_checked(&src)?;
        if src.len() <= MAX_LEN {
            prop_assert!(r.is_ok(), "{src:?}: {r:?}");
        }
    }

    /// Grammar-built conditions parse exactly when nested within the limit, and the compiled program
    /// agrees with a reference evaluation of the tree.
    #[test]
    fn parser_agrees_with_reference(ast in ast_strategy(), spaced in any::<bool>(),
                                    answers in answers_strategy()) {
        let mut src = String::new();
        ast.render(&mut src, spaced);
        let r = parse_checked(&src)?;
        let within = ast.depth() < MAX_DEPTH && src.len() <= MAX_LEN;
        prop_assert_eq!(r.is_ok(), within, "{:?} (depth {}): {:?}", src, ast.depth(), r);
        if let Ok(ops) = r {
            let c = condition(ops);
            prop_assert_eq!(c.eval(&answers), ast.eval(&answers), "{} under {:?}", src, answers);
        }
    }

    /// Three-valued consistency: a condition that is already True or False with questions open keeps
    /// that value however they are answered; one with every question answered is never Unknown.
    #[test]
    fn kleene_monotonicity(ast in ast_strategy(), answers in answers_strategy()) {
        let src = ast.source();
        let v = values();
        let Ok(ops) = parse(&src, &questions(&v)) else { return Ok(()) };
        let c = condition(ops);
        let known = c.eval(&answers);
        for r in refinements(&answers) {
            let now = c.eval(&r);
            if known != Tri::Unknown {
                prop_assert_eq!(now, known, "{} was {:?} under {:?}, {:?} under {:?}", src, known, answers, now, r);
            }
            if r.iter().all(Option::is_some) {
                prop_assert_ne!(now, Tri::Unknown, "{} unknown with all answered: {:?}", src, r);
            }
        }
        // The questions said to decide an unknown condition are unanswered ones it tests.
        let counts = OPTION_COUNTS.to_vec();
        let deciding = c.deciding_questions(&answers, &counts);
        if known == Tri::Unknown {
            prop_assert!(!deciding.is_empty());
            for q in deciding {
                prop_assert!(answers[q].is_none() && c.questions().contains(&q));
            }
        } else {
            prop_assert!(deciding.is_empty());
        }
    }

    /// Compiled programs under arbitrary answers (any length, any option index) never panic.
    #[test]
    fn eval_arbitrary_answers(ast in ast_strategy(),
                              answers in prop::collection::vec(proptest::option::of(any::<u8>()), 0..8),
                              counts in prop::collection::vec(0usize..300, 0..8)) {
        let v = values();
        if let Ok(ops) = parse(&ast.source(), &questions(&v)) {
            let c = condition(ops);
            let _ = c.eval(&answers);
            let _ = c.deciding_questions(&answers, &counts);
            let _ = c.questions();
        }
    }

    /// Even programs the parser would never produce evaluate without panicking.
    #[test]
    fn eval_arbitrary_programs(ops in prop::collection::vec(prop_oneof![
                                   (any::<u16>(), any::<u32>()).prop_map(|(question, mask)| Op::Test { question, mask }),
                                   Just(Op::Not), Just(Op::And), Just(Op::Or)], 0..200),
                               answers in prop::collection::vec(proptest::option::of(any::<u8>()), 0..8),
                               counts in prop::collection::vec(0usize..300, 0..8)) {
        let c = condition(ops);
        let _ = c.eval(&answers);
        let _ = c.deciding_questions(&answers, &counts);
    }
}

#[test]
fn deciding_questions_with_short_answers_regression() {
    // Found by `eval_arbitrary_answers`: answers shorter than the question a condition tests made
    // `deciding_questions` index out of bounds.
    let c = condition(vec![Op::Test {
        question: 0,
        mask: 1,
    }]);
    assert_eq!(c.deciding_questions(&[], &[]), vec![0]);
    assert_eq!(c.deciding_questions(&[], &[2]), vec![0]);
}
